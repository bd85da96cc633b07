"""The rule engine's cheaper paths judge as the plain ones would.

The engine asks a rule about a descriptor only when the descriptor's kind is one of the rule's ``kinds``, reads
no list of hits from a rule that has none, and the scores read the schema rule's loss for a set of elements once;
each gives what asking every rule, listing every check and summing every share gave.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import pytest

from qa_checker import ids
from qa_checker.descriptor import KINDS, Descriptor
from qa_checker.engine import MAX_RULE_FINDINGS, RulePlan, run_rules
from qa_checker.findings import Finding, Severity, schema_share, weight_lost
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import Hit, Rule, RuleContext
from tests.conftest import NOW, baseline, graded_credential

TODAY = NOW.date()
RUBRIC = load_rubric()


def _credential() -> dict[str, Any]:
    return graded_credential({"en": "0-20, pass at 10"}, {"en": "16/20"})


def _schedule(data: dict[str, Any]) -> dict[str, Any]:
    data.setdefault("participation", {})["schedule"] = {"start": "2027-02-01", "end": "2027-05-28"}
    return data


# Descriptors of each kind that give what the rules of one kind judge (a schedule, a learner, a grade on a scheme).
DESCRIPTORS = {
    "offer": [_schedule(baseline()), {**_schedule(_credential()), "kind": "offer"}],
    "credential": [_credential(), _schedule(_credential())],
}
NARROW = sorted(rid for rid, rule in RULES_BY_ID.items() if not rule.engine_only and set(rule.kinds) != set(KINDS))


def test_some_rules_judge_one_kind_only() -> None:
    assert len(NARROW) >= 5


@pytest.mark.parametrize("rule_id", NARROW)
def test_a_rule_says_it_does_not_apply_to_a_kind_it_does_not_judge(rule_id: str) -> None:
    rule = RULES_BY_ID[rule_id]
    setting = RUBRIC.rules.get(rule_id)
    ctx = RuleContext(options={**rule.defaults, **(setting.options if setting else {})}, today=TODAY)
    for kind in set(KINDS) - set(rule.kinds):
        for data in DESCRIPTORS[kind]:
            assert not rule().applies(Descriptor(data), ctx)


@pytest.mark.parametrize("kind", KINDS)
def test_the_engine_judges_by_the_rules_that_say_they_apply(kind: str) -> None:
    plan = RulePlan.of(RUBRIC, TODAY)
    for data in DESCRIPTORS[kind]:
        doc = Descriptor(data)
        asked = [rule_id for rule_id, _cls, rule, ctx, _severity in plan.rules if rule.applies(doc, ctx)]
        assert run_rules(Descriptor(data), RUBRIC, TODAY, plan)[1] == asked


class _Listing(Rule):
    """A rule whose check gives a list, not a generator."""

    id = "MC-XX-901"
    name = "listing"
    title = "Listing"
    message = "listed"
    hint = "Fix it."

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        return iter([Hit(f"/title/x{index}") for index in range(MAX_RULE_FINDINGS + 5)])


class _Breaking(Rule):
    """A rule that fails after its first hit."""

    id = "MC-XX-902"
    name = "breaking"
    title = "Breaking"
    message = "broken"
    hint = "Fix it."

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        yield Hit("/title")
        raise ValueError("no more")


class _Passing(Rule):
    """A rule with nothing to say."""

    id = "MC-XX-903"
    name = "passing"
    title = "Passing"
    message = "never"
    hint = "Nothing."

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        yield from ()


def _run(*rules: type[Rule]) -> tuple[list[Finding], list[str]]:
    ctx = RuleContext(options={}, today=TODAY)
    plan = RulePlan(RUBRIC, TODAY, tuple((rule.id, rule, rule(), ctx, Severity.WARNING) for rule in rules))
    return run_rules(Descriptor(baseline()), RUBRIC, TODAY, plan)


def test_a_check_that_gives_a_list_is_read_to_the_bound() -> None:
    findings, judged = _run(_Listing, _Passing)
    assert judged == [_Listing.id, _Passing.id]
    assert [f.pointer for f in findings[:MAX_RULE_FINDINGS]] == [f"/title/x{i}" for i in range(MAX_RULE_FINDINGS)]
    assert len(findings) == MAX_RULE_FINDINGS + 1 and findings[-1].pointer == ""


def test_a_check_that_fails_midway_gives_only_the_crash() -> None:
    findings, judged = _run(_Breaking, _Passing)
    assert judged == [_Passing.id]
    (crash,) = findings
    assert crash.rule == ids.RULE_CRASHED and "MC-XX-902" in crash.message and "no more" in crash.message


def _schema_error(element: str | None) -> Finding:
    return Finding.make(rule=ids.SCHEMA, severity=Severity.ERROR, element=element, pointer="", message="m", hint="h")


@pytest.mark.parametrize(
    "elements",
    [["title"], ["title", "title", None], ["prerequisites", "grade"], ["title", "workload", "level", "assessment"]],
)
def test_the_schema_rule_loses_the_exact_sum_of_its_elements_shares(elements: list[str | None]) -> None:
    for _ in range(2):  # the second time from what was remembered
        lost = weight_lost([_schema_error(element) for element in elements])
        expected = min(Fraction(1), sum((schema_share(element) for element in set(elements)), Fraction(0)))
        assert lost == {ids.SCHEMA: expected}
