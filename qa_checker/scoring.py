"""Scores: the 0-100 weighted share of rules a descriptor satisfies, overall and per Annex II principle."""

from __future__ import annotations

from collections.abc import Iterable

from qa_checker.findings import Finding, weight_lost
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.rubric import Rubric
from qa_checker.rules import RULES_BY_ID


def _ratio(weights: dict[str, float], lost: dict[str, float]) -> float | None:
    possible = sum(weights.values())
    if possible <= 0:
        return None
    earned = sum(w * (1.0 - lost.get(rule, 0.0)) for rule, w in weights.items())
    return round(100.0 * earned / possible, 1)


def scores(judged: Iterable[str], findings: list[Finding], rubric: Rubric) -> tuple[float, dict[str, float | None]]:
    """The overall score and the score per principle, from one reckoning of the weight each rule loses."""
    judged = list(judged)
    lost = weight_lost(findings, rubric.weights)
    return _overall(judged, lost, rubric), _per_principle(judged, lost, rubric)


def _overall(judged: Iterable[str], lost: dict[str, float], rubric: Rubric) -> float:
    """Overall score over the rules that judged the descriptor."""
    value = _ratio({rule: rubric.weights[rule] for rule in judged if rule in rubric.weights}, lost)
    return 100.0 if value is None else value


def _per_principle(judged: Iterable[str], lost: dict[str, float], rubric: Rubric) -> dict[str, float | None]:
    """Score per Annex II principle over the rules that give evidence for it; ``None`` = not assessed."""
    # Each principle's rules in the order they judged (the order the weights are added up in).
    weights: dict[str, dict[str, float]] = {principle: {} for principle in PRINCIPLE_KEYS}
    for rule in judged:
        setting = rubric.rules.get(rule)
        if setting is None:
            continue
        for principle in RULES_BY_ID[rule].principles:
            if principle in weights:
                weights[principle][rule] = setting.weight or 1.0
    return {principle: _ratio(weights[principle], lost) for principle in PRINCIPLE_KEYS}
