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
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from qa_checker.findings import Finding, weight_lost
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.rubric import Rubric
from qa_checker.rules import RULES_BY_ID


def scores(
    judged: Iterable[str], findings: list[Finding], rubric: Rubric, weighing: Weighing | None = None
) -> tuple[float, dict[str, float | None]]:
    """The overall score and the score per principle, from one reckoning of the weight each rule loses.

    ``weighing`` is the rubric's (:func:`weighing_of`) when the caller keeps it for a batch: finding it again
    for each descriptor costs a tuple of every weight and its hash."""
    lost = weight_lost(findings)
    if weighing is None:
        weighing = weighing_of(rubric)
    counted, totals = _counted(weighing, tuple(judged))
    # Each rule that lost weight, with the share of it it keeps (``None``: none), reckoned once for every group.
    losses = [
        (rule, None if share.numerator >= share.denominator else 1 - share)
        for rule, share in lost.items()
        if share and rule in counted
    ]
    overall = _score(weighing, None, totals[None], losses)
    return (100.0 if overall is None else overall), {
        principle: _score(weighing, principle, totals[principle], losses) for principle in PRINCIPLE_KEYS
    }


@functools.lru_cache(maxsize=64)
def _units(weights: tuple[tuple[str, float], ...]) -> dict[str, int]:
    """Each positive weight as a whole number of one unit common to all, so that sums of weights are exact
    (a float weight is a fraction whose denominator is a power of two). A weight that is not a positive,
    finite number counts for nothing."""
    exact = {rule: Fraction(weight) for rule, weight in weights if weight > 0 and math.isfinite(weight)}
    unit = math.lcm(*(weight.denominator for weight in exact.values()))
    return {rule: int(weight * unit) for rule, weight in exact.items()}


@dataclass(frozen=True, eq=False)
class Weighing:
    """A rubric's weights as its scores use them: each rule's units, and per group of rules (``None``: the
    overall score's, else a principle's) the units each rule counts for in it and their total."""

    units: dict[str, int]
    shares: dict[str, tuple[tuple[str | None, int], ...]]
    totals: dict[str | None, int]
    groups: dict[str | None, dict[str, int]]


def weighing_of(rubric: Rubric) -> Weighing:
    """The :class:`Weighing` of a rubric's weights."""
    return _weighing(tuple(rubric.weights.items()))


@functools.lru_cache(maxsize=64)
def _weighing(weights: tuple[tuple[str, float], ...]) -> Weighing:
    """The :class:`Weighing` of a rubric's weights, made once per rubric. A rule that names a principle twice
    counts twice in it."""
    units = _units(weights)
    groups: dict[str | None, dict[str, int]] = {None: dict(units)}
    groups.update({principle: {} for principle in PRINCIPLE_KEYS})
    for rule, weight in units.items():
        known = RULES_BY_ID.get(rule)  # a rule no descriptor can be judged by counts in no principle
        for principle in known.principles if known is not None else ():
            if principle in PRINCIPLE_KEYS:
                groups[principle][rule] = groups[principle].get(rule, 0) + weight
    shares = {rule: tuple((group, found[rule]) for group, found in groups.items() if rule in found) for rule in units}
    return Weighing(units, shares, {group: sum(found.values()) for group, found in groups.items()}, groups)


@functools.lru_cache(maxsize=256)
def _counted(weighing: Weighing, judged: tuple[str, ...]) -> tuple[frozenset[str], dict[str | None, int]]:
    """The rules that count, judged and of positive weight, and the total of each group (its weight less that of the
    rules that did not judge, few), for the rules that judged a descriptor (the descriptors of a catalogue are
    judged by few sets of rules); what it gives must not be changed. What a score loses is then reckoned from the
    rules that lost weight alone (fewer still): the same exact sums as rule by rule."""
    counted = frozenset(weighing.units.keys() & set(judged))
    totals = dict(weighing.totals)
    for rule in weighing.units.keys() - counted:
        for group, weight in weighing.shares[rule]:
            totals[group] -= weight
    return counted, totals


def _score(
    weighing: Weighing, group: str | None, total: int, losses: list[tuple[str, Fraction | None]]
) -> float | None:
    """The score over a group of rules whose weight is ``total`` units (``0``: no rules, ``None``), of which those
    in ``losses`` lost their weight, all of it (``None``) or all but the share they keep."""
    earned = possible = total  # the rules passed or failed outright
    kept: Fraction | int = 0  # the weight rules that lost a share of theirs keep (a Fraction once one has) ...
    shared = 0  # ... of all they had
    found = weighing.groups[group]
    for rule, keeps in losses:
        weight = found.get(rule)
        if weight is None:
            continue
        earned -= weight
        if keeps is None:
            continue
        possible -= weight
        kept += weight * keeps
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
