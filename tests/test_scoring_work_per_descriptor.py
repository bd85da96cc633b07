"""Scores are reckoned from a rubric's weighing made once, and from the few rules a descriptor did not pass:
the same exact scores as adding up every rule of every principle for each descriptor, for less work."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker import scoring
from qa_checker.findings import Finding, weight_lost
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.rubric import Rubric
from qa_checker.rules import RULES_BY_ID
from qa_checker.scoring import scores
from tests.unit.test_scoring_properties import POOL, WEIGHTS, finding, findings_of, rubric_of


def _rule_by_rule(judged: list[str], findings: list[Finding], rubric: Rubric) -> tuple[float, dict[str, Any]]:
    """The scores as reckoned before: each principle's rules listed, then each score summed over them."""
    lost = weight_lost(findings)
    units = scoring._units(tuple(rubric.weights.items()))
    counted = [rule for rule in dict.fromkeys(judged) if rule in units]
    per_principle: dict[str, list[str]] = {principle: [] for principle in PRINCIPLE_KEYS}
    for rule in counted:
        for principle in RULES_BY_ID[rule].principles:
            if principle in per_principle:
                per_principle[principle].append(rule)

    def score(rules: list[str]) -> float | None:
        earned = possible = shared = 0
        kept: Fraction | int = 0
        for rule in rules:
            weight, share = units[rule], lost.get(rule)
            if not share:
                earned += weight
                possible += weight
            elif share >= 1:
                possible += weight
            else:
                kept += weight * (1 - share)
                shared += weight
        if not shared:
            return scoring._percent(earned, possible) if possible else None
        top, bottom = earned * kept.denominator + kept.numerator, (possible + shared) * kept.denominator
        if possible and earned * bottom < top * possible:
            top, bottom = earned, possible
        return scoring._percent(top, bottom)

    overall = score(counted)
    return (100.0 if overall is None else overall), {p: score(rules) for p, rules in per_principle.items()}


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.sampled_from(POOL), WEIGHTS, min_size=1),
    st.lists(st.sampled_from((*POOL, "MC-LD-008", "MC-EN-001")), max_size=20),
    st.lists(findings_of(), max_size=12),
)
def test_scores_are_those_of_every_rule_added_up(
    weights: dict[str, float], judged: list[str], findings: list[Finding]
) -> None:
    rubric = rubric_of(weights)
    assert scores(judged, findings, rubric) == _rule_by_rule(judged, findings, rubric)


class _Unread(Mapping[str, Any]):
    """A rule registry that must not be read."""

    def __getitem__(self, key: str) -> Any:
        raise AssertionError(f"the rules were read again for {key}")

    def __iter__(self) -> Any:
        raise AssertionError("the rules were read again")

    def __len__(self) -> int:
        return 0


def test_a_descriptor_after_the_first_is_scored_without_reading_every_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    rubric = rubric_of(dict.fromkeys(POOL, 1.0))
    first = scores(list(POOL), [], rubric)
    monkeypatch.setattr(scoring, "RULES_BY_ID", _Unread())
    assert scores(list(POOL), [], rubric) == first == (100.0, first[1])
    # Another descriptor, judged by fewer rules and failing some, reads only what the rubric's weighing holds.
    failed = [finding(rule) for rule in POOL[1:4]]
    monkeypatch.undo()
    expected = _rule_by_rule(list(POOL[:-2]), failed, rubric)
    monkeypatch.setattr(scoring, "RULES_BY_ID", _Unread())
    assert scores(list(POOL[:-2]), failed, rubric) == expected
