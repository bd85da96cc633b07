"""Annex II principles: every rule gives evidence for some; results say what needs evidence beyond the descriptor."""

from __future__ import annotations

import json

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.principles import PRINCIPLE_KEYS, PRINCIPLES_BY_KEY
from qa_checker.reporting import render
from qa_checker.rules import RULES_BY_ID
from tests.conftest import NOW, baseline

PROVIDER_LEVEL = {
    "quality",
    "relevance",
    "recognition",
    "portability",
    "learner_centred",
    "authenticity",
    "information_guidance",
}


def test_every_rule_declares_principles_except_the_internal_failure_rules() -> None:
    missing = [
        rule_id for rule_id, rule in RULES_BY_ID.items() if not rule.principles and not rule_id.startswith("MC-EN-")
    ]
    assert not missing


def test_every_principle_is_covered_by_an_eu_2022_rule() -> None:
    from qa_checker.rubric import load_rubric

    rubric = load_rubric("eu-2022")
    covered = {p for rule_id in rubric.rules for p in RULES_BY_ID[rule_id].principles}
    assert covered == set(PRINCIPLE_KEYS)


def report_for(data: dict) -> dict:
    return check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW).to_dict()


def test_json_keeps_the_score_shape_and_lists_principles_beyond_with_notes() -> None:
    data = report_for(baseline())
    result = data["results"][0]
    assert set(result["principles"]) == set(PRINCIPLE_KEYS)
    assert all(isinstance(v, float) for v in result["principles"].values())
    assert set(result["principles_beyond"]) == PROVIDER_LEVEL
    notes = data["principle_notes"]
    assert set(notes) == PROVIDER_LEVEL
    assert notes["quality"]["look_for"] == PRINCIPLES_BY_KEY["quality"].beyond_descriptor
    json.dumps(data)


def test_a_failed_principle_lowers_its_score_only() -> None:
    flawed = baseline()
    flawed["stackability"] = {"type": "stackable"}
    scores = report_for(flawed)["results"][0]["principles"]
    assert scores["learning_pathways"] < 100
    assert scores["portability"] == 100


def test_text_report_names_the_principles_beyond() -> None:
    report = check_documents([Document(source="d.yaml", data=baseline(), format="yaml")], now=NOW)
    text = render(report, "text")
    assert "Annex II principles needing evidence beyond the descriptors: Quality, Relevance" in text


def test_unreadable_file_has_no_principles_beyond() -> None:
    report = check_documents([Document(source="d.yaml", data=None, format="yaml")], now=NOW)
    assert report.to_dict()["results"][0]["principles_beyond"] == []
    assert "principle_notes" not in report.to_dict()


def test_each_outcome_reports_its_bloom_level_in_every_output() -> None:
    """The level of each outcome is in the JSON result, the text report and the comparability table."""
    from qa_checker.api import check_paths
    from qa_checker.reporting import render
    from qa_checker.table import rows
    from tests.conftest import NOW, SAMPLES

    report = check_paths([SAMPLES / "offers" / "data-ethics-nl.yaml"], now=NOW)
    (result,) = report.results
    assert [(o["pointer"], o["verb"], o["bloom"]) for o in result.outcomes] == [
        ("/learning_outcomes/0/en", "apply", "apply"),
        ("/learning_outcomes/1/en", "evaluate", "evaluate"),
        ("/learning_outcomes/2/en", "design", "create"),
    ]
    assert "outcome levels (Bloom): apply, evaluate, create" in render(report, "text")
    assert rows(report)[0]["outcome_levels"] == "apply; evaluate; create"
    assert "Outcome levels (Bloom): apply; evaluate; create." in render(report, "html")
