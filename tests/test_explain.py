"""`qa-checker explain`: every rule's documentation with a failing and a fixed example, run for real."""

from __future__ import annotations

import json

import pytest

from qa_checker.errors import ConfigError
from qa_checker.explain import explain, find_rule
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID
from tests.conftest import NOW

# Reported only while importing foreign formats or reading spreadsheets, or when a rule crashes:
# no descriptor content can show them.
WITHOUT_EXAMPLES = {r for r in RULES_BY_ID if r.startswith(("MC-EN-", "MC-IM-", "MC-SS-"))}


@pytest.mark.parametrize("rule_id", sorted(set(RULES_BY_ID) - WITHOUT_EXAMPLES))
def test_every_rule_fails_its_failing_example_and_passes_the_fixed_one(rule_id: str) -> None:
    explanation = explain(rule_id, today=NOW.date())
    assert explanation.failing is not None and explanation.fixed is not None
    assert explanation.failing.findings, f"{rule_id}: the failing example gives no finding"
    assert all(f.rule == rule_id for f in explanation.failing.findings)
    assert explanation.fixed.findings == [], f"{rule_id}: the fixed example still fails"
    assert explanation.failing.shown and explanation.rule.documentation()


@pytest.mark.parametrize("rule_id", sorted(WITHOUT_EXAMPLES & set(RULES_BY_ID)))
def test_rules_without_examples_say_why(rule_id: str) -> None:
    explanation = explain(rule_id, today=NOW.date())
    if explanation.failing is None:
        assert "No example" in explanation.note


def test_find_rule_by_id_or_name_and_suggests() -> None:
    assert find_rule("mc-lo-002").id == "MC-LO-002"
    assert find_rule("outcome-not-vague").id == "MC-LO-002"
    with pytest.raises(ConfigError, match="did you mean MC-LO-002"):
        find_rule("MC-LO-02")


def test_rubric_settings_are_used() -> None:
    explanation = explain("MC-WL-003", today=NOW.date(), rubric=load_rubric("nzqa"))
    assert explanation.options["min_credits"] == 5 and explanation.options["hours_per_credit"] == 10
    assert explanation.rubric == "nzqa" and explanation.enabled
    assert not explain("MC-WL-003", today=NOW.date(), rubric=load_rubric("eu-2022")).enabled


def test_cli_text(run_cli) -> None:
    outcome = run_cli("explain", "MC-LO-002", "--now", NOW.isoformat())
    assert outcome.exit_code == 0
    text = outcome.output
    assert text.startswith("MC-LO-002  outcome-not-vague")
    assert "Failing example:" in text and "-> warning MC-LO-002 at /learning_outcomes/0" in text
    assert "hint: Say what the learner does" in text
    assert "Fixed:" in text and "-> no MC-LO-002 finding" in text


def test_cli_profile_threshold_and_json(run_cli) -> None:
    outcome = run_cli("explain", "MC-TT-001", "--rubric", "nzqa", "--format", "json", "--now", NOW.isoformat())
    assert outcome.exit_code == 0
    data = json.loads(outcome.output)
    assert data["rubric"] == "nzqa" and "diploma" in data["options"]["forbidden_words"]
    assert data["failing"]["findings"][0]["rule"] == "MC-TT-001"
    assert data["fixed"]["findings"] == []


def test_cli_example_values_are_labelled(run_cli) -> None:
    outcome = run_cli("explain", "MC-LV-001", "--now", NOW.isoformat())
    assert "options (example values; off unless a rubric sets them): min_eqf=6" in outcome.output


def test_cli_unknown_rule_exits_2(run_cli) -> None:
    outcome = run_cli("explain", "MC-QQ-123")
    assert outcome.exit_code == 2 and "unknown rule 'MC-QQ-123'" in outcome.output


def test_a_rule_id_typed_in_fullwidth_letters_is_the_rule(run_cli) -> None:
    """An id pasted from a document set in CJK or East Asian width ('ＭＣ-ＬＯ-００１') was an unknown rule."""
    for typed in ("ＭＣ-ＬＯ-００１", "mc\u2010lo\u2010001", "MC\u2013LO\u2013001"):
        outcome = run_cli("explain", typed, "--now", NOW.isoformat())
        assert outcome.exit_code == 0 and outcome.output.startswith("MC-LO-001"), typed
