"""Scores: the 0-100 weighted share of rules a descriptor satisfies, overall and per Annex II principle.

Each rule that judged the descriptor counts for its weight in the rubric: all of it earned when the rule
passes, none when it fails; the schema rule keeps part of it (:func:`~qa_checker.findings.weight_lost`), but
never scores a descriptor above what the rules it passed or failed outright give on their own. A score is
the weight earned over the weight possible, reckoned exactly and rounded (half to even) to one decimal.
Rules of weight 0 do not count at all; where no rule of positive weight judged, the overall score is 100
(nothing weighed was failed) and a principle's is ``None`` (not assessed).

So for any rubric of non-negative weights: a rule of weight 0 changes no score; a finding that counts, or
a rule failed that passed, never raises a score; weighting a failed rule more never raises a score and
weighting a passed one more never lowers it; a descriptor that fails no weighted rule scores 100.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from fractions import Fraction

from qa_checker.findings import Finding, weight_lost
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.rubric import Rubric
from qa_checker.rules import RULES_BY_ID


def scores(judged: Iterable[str], findings: list[Finding], rubric: Rubric) -> tuple[float, dict[str, float | None]]:
    """The overall score and the score per principle, from one reckoning of the weight each rule loses."""
    lost = weight_lost(findings)
    units = _units(tuple(rubric.weights.items()))
    # The rules that count: judged, and of positive weight (in the order they judged).
    counted = [rule for rule in dict.fromkeys(judged) if rule in units]
    per_principle: dict[str, list[str]] = {principle: [] for principle in PRINCIPLE_KEYS}
    for rule in counted:
        for principle in RULES_BY_ID[rule].principles:
            if principle in per_principle:
                per_principle[principle].append(rule)
    overall = _score(counted, lost, units)
    return (100.0 if overall is None else overall), {
        principle: _score(rules, lost, units) for principle, rules in per_principle.items()
    }


@functools.lru_cache(maxsize=64)
def _units(weights: tuple[tuple[str, float], ...]) -> dict[str, int]:
    """Each positive weight as a whole number of one unit common to all, so that sums of weights are exact
    (a float weight is a fraction whose denominator is a power of two). A weight that is not a positive,
    finite number counts for nothing."""
    exact = {rule: Fraction(weight) for rule, weight in weights if weight > 0 and math.isfinite(weight)}
    unit = math.lcm(*(weight.denominator for weight in exact.values()))
    return {rule: int(weight * unit) for rule, weight in exact.items()}


def _score(rules: list[str], lost: Mapping[str, Fraction], units: Mapping[str, int]) -> float | None:
    """The score over ``rules`` (each of positive weight); ``None`` when there are none."""
    earned = possible = 0  # the rules passed or failed outright
    kept: Fraction | int = 0  # the weight rules that lost a share of theirs keep (a Fraction once one has) ...
    shared = 0  # ... of all they had
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
        return _percent(earned, possible) if possible else None
    top, bottom = earned * kept.denominator + kept.numerator, (possible + shared) * kept.denominator
    if possible and earned * bottom < top * possible:
        # A rule that lost part of its weight has failed: what it keeps must not lift the score above that of
        # the other rules (else weighting it more would raise the score).
        top, bottom = earned, possible
    return _percent(top, bottom)


def _percent(top: int, bottom: int) -> float:
    """``100 * top / bottom`` rounded half to even to one decimal, exactly."""
    tenths, rest = divmod(1000 * top, bottom)
    if 2 * rest > bottom or (2 * rest == bottom and tenths % 2):
        tenths += 1
    return tenths / 10
