"""Consistency across fields: workload, schedule, dates and levels.

Every date rule uses the run's fixed clock (``ctx.today``), never the wall clock, so a report can
be reproduced with ``--now``. Values the schema already rejects are left to MC-SC-001.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from qa_checker.aliases import unaccented
from qa_checker.descriptor import (
    DATE_YEARS,
    DAYS_PER_WEEK,
    DAYS_PER_YEAR,
    DURATION,
    HOURS_PER_DAY,
    LONGEST_DURATION_YEARS,
    NQF_LEVEL_MAXIMUM,
    Descriptor,
    stated_duration_days,
    whole_number,
)
from qa_checker.ects import (
    HOURS_AGREE_TOLERANCE,
    HOURS_PER_ECTS_MAX,
    HOURS_PER_ECTS_MIN,
    UK_COUNTRIES,
    UK_HOURS_PER_ECTS,
    ects_band,
    hours_band,
    hours_per_credit,
    is_ects,
    same_credit_system,
)
from qa_checker.findings import Severity
from qa_checker.frameworks import (
    LIFELONG_LEARNING_SUFFIXES,
    NQF_ALIASES,
    NQF_NAMED_LEVELS,
    NQF_NAMES,
    NQF_TO_EQF,
    NQF_UNREFERENCED,
)
from qa_checker.patterns import regex
from qa_checker.pointer import child
from qa_checker.rules import register
from qa_checker.rules.base import Hit, Rule, RuleContext, either
from qa_checker.text import N_, Text, msg, plural, plural_form, quote

# A duration whose last number is a fraction ("P0.5Y", "PT1,5H"), which ISO 8601 allows and the format does not.
_FRACTIONAL_DURATION = regex(r"^(P[\dYMWDTH]*?)(\d+)[.,](\d+)([YMWDHS])$")
# The next smaller unit of each (of a month none is exact), and how many of it make one: a time's minutes
# are written after T, a month's M before it.
_SMALLER_UNIT = {"Y": ("M", 12), "W": ("D", DAYS_PER_WEEK), "D": ("H", HOURS_PER_DAY), "H": ("M", 60), "TM": ("S", 60)}


def whole_duration(value: str) -> str | None:
    """A duration with a fractional last unit in whole units of the next smaller one, when they are whole
    (P0.5Y is P6M, P2.5D is P2DT12H, PT1.5H is PT1H30M); ``None`` otherwise (P1.5W is 10.5 days)."""
    found = _FRACTIONAL_DURATION.match(value.strip().upper())
    if found is None:
        return None
    head, whole, fraction, unit = found.groups()
    timed = "T" in head
    smaller = _SMALLER_UNIT.get("TM" if timed and unit == "M" else unit)
    if smaller is None or (timed and unit in "YWD"):
        return None
    count = Decimal(f"0.{fraction}") * smaller[1]
    if count != count.to_integral_value():
        return None
    written = head + (f"{whole}{unit}" if int(whole) else "") + ("T" if unit == "D" else "")
    result = f"{written}{int(count)}{smaller[0]}"
    return result if DURATION.match(result) else None


def parse_date(value: object) -> date | None:
    """An ISO 8601 date, or the date of a date and time as written (``2026-11-20T14:30:00+01:00`` is
    2026-11-20, which the schema reports as a time too many); ``None`` when absent, malformed or in a year
    no descriptor's date falls in (:data:`DATE_YEARS`: the schema reports the placeholder)."""
    if not isinstance(value, str):
        return None
    day: date | None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        try:
            day = datetime.fromisoformat(value).date() if value[10:11] in ("T", "t", " ") else None
        except ValueError:
            return None
    return day if day is not None and day.year in DATE_YEARS else None


def duration_days(value: object) -> float | None:
    """Days in an ISO 8601 duration of years, months, weeks, days and hours, minutes and seconds (months as
    30.44 days, a time as elapsed time: PT36H is 1.5 days); ``None`` for a duration of nothing (P0D), which
    holds no time to spread a workload over (see :func:`stated_duration_days`)."""
    return stated_duration_days(value) or None


def issued_on(doc: Descriptor, ctx: RuleContext) -> date | None:
    """The day an issued credential is judged on: its date of issuing, when it is one and not later than
    the run's date; ``None`` for an offer (judged on the run's date)."""
    issued = parse_date(doc.get("/issue_date")) if doc.kind == "credential" else None
    return issued if issued is not None and issued <= ctx.today else None


def review_overdue(reviewed: date, doc: Descriptor, ctx: RuleContext) -> tuple[float, date | None] | None:
    """By how many years (as a message shows them) a review on ``reviewed`` is older than the rule's
    ``max_age_years`` on the day the descriptor is judged (:func:`issued_on`, else the run's date), with
    the date of issuing it was judged on; ``None`` when it is not older."""
    issued = issued_on(doc, ctx)
    judged, maximum = issued or ctx.today, ctx.options["max_age_years"]
    if not more_than_years(reviewed, judged, maximum):
        return None
    return years_over(years_between(reviewed, judged), maximum), issued


def years_between(earlier: date, later: date) -> float:
    """Whole and fractional years from one date to another."""
    return (later - earlier).days / DAYS_PER_YEAR


def more_than_years(earlier: date, later: date, years: float) -> bool:
    """Whether ``later`` is more than ``years`` after ``earlier``, counted in calendar years (a review exactly
    three years ago is not more than three years old, whatever leap days lie between); a fraction of a
    year in days."""
    whole = int(years)
    if earlier.year + whole > date.max.year:
        return False
    try:
        anniversary = earlier.replace(year=earlier.year + whole)
    except ValueError:  # 29 February, in a year without one
        anniversary = earlier.replace(year=earlier.year + whole, day=28)
    try:
        return later > anniversary + timedelta(days=(years - whole) * DAYS_PER_YEAR)
    except OverflowError:
        return False


def years_over(years: float, maximum: float) -> float:
    """Years as a message gives them (to two decimals at most) against a maximum they pass: rounded up
    where rounding would hide that they do (6.01 for six years and a day, not "6 years ago, more than 6")."""
    shown = round(years, 1)
    return shown if shown > maximum or years <= maximum else math.ceil(years * 100) / 100


# How far a schedule's duration may differ from its dates (the MC-DT-001 default), as a share of the days the dates
# span; a week always.
_DURATION_TOLERANCE = 0.25


def contradicts(span: float, days: float, tolerance: float = _DURATION_TOLERANCE) -> bool:
    """Whether a duration of ``days`` contradicts dates ``span`` days apart: it differs by more than the
    ``tolerance`` (a share of the dates' span, which say when the learning runs) and by more than a week."""
    return abs(span - days) > max(DAYS_PER_WEEK, tolerance * span)


# The most days a duration may hold: the schema refuses a longer one, as no learning lasts so long.
_LONGEST_DAYS = LONGEST_DURATION_YEARS * DAYS_PER_YEAR


def schedule_days(doc: Descriptor) -> tuple[float | None, dict[str, str]]:
    """Length of the schedule in days, from its dates or else its duration, with where it came from
    (``start`` and ``end``, or ``duration``, as written); from a longer duration that contradicts the dates
    too, as one of the two is wrong (MC-DT-001 tells which disagree) and the workload may fit the other, unless
    it is longer than any learning lasts (the schema refuses it, and the dates alone are a schedule). Found once
    per descriptor (three rules ask); what it gives must not be changed."""
    return doc.memo("schedule days", _schedule_days)


def _schedule_days(doc: Descriptor) -> tuple[float | None, dict[str, str]]:
    start, end = _schedule_dates(doc)
    days = duration_days(doc.get("/participation/schedule/duration"))
    if start and end and end >= start:
        span = float((end - start).days + 1)
        if not days or days <= span or days > _LONGEST_DAYS or not contradicts(span, days):
            return span, {"start": start.isoformat(), "end": end.isoformat()}
    if days:
        return days, {"duration": str(doc.get("/participation/schedule/duration"))}
    return None, {}


# The fewest hours of learning a learning experience takes (the MC-WL-002 default): the smallest volume of
# learning a micro-credential framework sets (Australia's National Microcredentials Framework, 2022: one hour).
_MIN_LEARNING_HOURS = 1


@register
class EctsMatchesHours(Rule):
    """ECTS credits and hours agree: one ECTS is 25 to 30 hours of learning.

    Why: the ECTS Users' Guide (2015) sets 60 ECTS for a full-time year of 1,500 to 1,800 hours, so
    1 ECTS = 25-30 hours (ECTS Users' Guide 2015); hours far outside the band mean one of the two
    numbers is wrong.
    Options: ``hours_per_ects_min`` (25), ``hours_per_ects_max`` (30) and ``tolerance`` (0.1: a
    further 10% either side before a finding).
    The UK converts two UK credits of 10 notional hours to one ECTS credit, so from awarding bodies all in
    the UK the band starts at 20 hours per ECTS. Credits of a system of 10 notional hours each (UK, SCQF,
    CQFW, NZQCF, QQI further-education credits) are compared with the hours too, within the tolerance.
    Credits given under other_credits by a national name of the ECTS credit (the Finnish opintopiste, the
    Swedish högskolepoäng, the Lithuanian kreditai, the Italian CFU ...) are ECTS credits; the plain word for a
    credit (kredity, credite) only in higher education (a QF-EHEA cycle given, or formal learning at EQF 5 or
    above), as elsewhere it names a chamber's points.
    Passes: hours within the band, or only one of the two given. Fails: hours outside it, reported on
    the number that is at fault: the ECTS when they alone are implausible (more than a full-time year,
    60 ECTS) or when the schedule cannot hold them but can hold the hours, otherwise the hours.

    A workload of less than ``min_hours`` (1) hour of learning is no learning experience and fails on its own,
    even when it is the only figure given (`hours: 0.01`, or `ects: 0.0001`, which is less than an hour even at
    30 hours per ECTS): the smallest volume of learning a micro-credential framework sets is one hour (Australia's
    National Microcredentials Framework, 2022); the Recommendation sets none, and one ECTS is 25 to 30 hours.
    Set ``min_hours`` to 0 to leave it to another rule (the au-nmf profile's MC-WL-003).
    """

    id = "MC-WL-002"
    name = "ects-matches-hours"
    title = "ECTS and hours agree"
    element = "workload"
    clause = "Annex I M7"
    principles = ("transparency", "recognition")
    severity = Severity.WARNING
    weight = 1.0
    message = "the hours do not match the ECTS credits"
    hint = f"Check both numbers: 1 ECTS is {HOURS_PER_ECTS_MIN}-{HOURS_PER_ECTS_MAX} hours of learning."
    defaults = {
        "hours_per_ects_min": HOURS_PER_ECTS_MIN,
        "hours_per_ects_max": HOURS_PER_ECTS_MAX,
        "tolerance": HOURS_AGREE_TOLERANCE,
        "min_hours": _MIN_LEARNING_HOURS,
    }
    options_schema = {
        "hours_per_ects_min": {"type": "number", "exclusiveMinimum": 0},
        "hours_per_ects_max": {"type": "number", "exclusiveMinimum": 0},
        "tolerance": {"type": "number", "minimum": 0, "maximum": 1},
        "min_hours": {"type": "number", "minimum": 0},
    }
    example_fail = {"workload": {"ects": 5, "hours": 40}}
    example_pass = {"workload": {"ects": 5, "hours": 140}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when hours or ECTS are given."""
        return doc.figure("/workload/hours") is not None or ects_given(doc)[0] is not None

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """A workload too small to be learning, else hours against the tolerant band and the other credits."""
        (ects, ects_at), hours = ects_given(doc), doc.figure("/workload/hours")
        tiny = list(self._too_small(ects, ects_at, hours, ctx.options))
        if tiny:
            yield from tiny
            return
        if hours is None:
            return
        yield from self._credits(doc, ctx)
        if ects is None:
            return
        opts = ctx.options
        rate_min = _fewest_hours_per_ects(doc, opts["hours_per_ects_min"])
        low, high = ects * rate_min, ects * opts["hours_per_ects_max"]
        if not math.isfinite(hours / ects):
            return  # ECTS below about 1e-306: no number of hours compares with them
        swapped_low, swapped_high = hours * rate_min, hours * opts["hours_per_ects_max"]
        if hours < ects and swapped_low * (1 - opts["tolerance"]) <= ects <= swapped_high * (1 + opts["tolerance"]):
            yield Hit(
                "/workload",
                message=msg(
                    "{ects} ECTS and {hours} hours look swapped: {hours} ECTS would be {ects} hours",
                    hours=hours,
                    ects=ects,
                ),
                hint=msg("Write the ECTS credits under ects and the hours under hours."),
            )
        elif not hours_agree(
            doc, ects, hours, opts["hours_per_ects_min"], opts["hours_per_ects_max"], opts["tolerance"]
        ):
            yield Hit(
                _culprit(doc, ects, hours, ects_at, opts["tolerance"]),
                message=msg(
                    "{hours} hours for {ects} ECTS is {rate} hours per ECTS; "
                    "expected {low}-{high} hours ({rate_min}-{rate_max} per ECTS)",
                    hours=hours,
                    ects=ects,
                    rate=round(hours / ects, 1) if hours / ects >= 0.1 else round(hours / ects, 3),
                    low=low,
                    high=high,
                    rate_min=rate_min,
                    rate_max=opts["hours_per_ects_max"],
                ),
                hint=msg(
                    "Count all learning time (contact, self-study, assessment): "
                    "{ects} ECTS is {low}-{high} hours; or correct the ECTS.",
                    ects=ects,
                    low=low,
                    high=high,
                ),
            )

    def _too_small(self, ects: float | None, ects_at: str, hours: float | None, opts: dict[str, Any]) -> Iterator[Hit]:
        """Hours, or ECTS at the most hours per ECTS, below the ``min_hours`` of a learning experience."""
        least = opts["min_hours"]
        if hours is not None and hours < least:
            message = msg(
                "the workload of {amount} is below the minimum of {minimum}",
                amount=_amount("hours", "", _beside(hours, least)),
                minimum=_amount("hours", "", least),
            )
            yield Hit("/workload/hours", message=message, hint=_too_small_hint(least))
        most = ects * opts["hours_per_ects_max"] if ects is not None else None
        if ects is not None and most is not None and most < least:
            fewest = ects * opts["hours_per_ects_min"]
            how = msg(
                "(derived from {ects} ECTS at {rate_min}-{rate_max} hours each)",
                ects=ects,
                rate_min=opts["hours_per_ects_min"],
                rate_max=opts["hours_per_ects_max"],
            )
            message = msg(
                "the workload of {amount} {derivation} is below the minimum of {minimum}",
                amount=_amount("hours", "", _span(fewest, most, least)),
                derivation=how,
                minimum=_amount("hours", "", least),
            )
            yield Hit(ects_at, message=message, hint=_too_small_hint(least))

    def _credits(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Credits of a system of known hours against the hours."""
        of_credits, hours = _hours_of_credits(doc), doc.figure("/workload/hours")
        if of_credits is None or hours is None or _credits_fit(of_credits, hours, ctx.options["tolerance"]):
            return
        credits, per_credit = of_credits
        expected = credits * per_credit
        yield Hit(
            "/workload/other_credits/value",
            message=msg(
                "{credits} credits ({system}) stand for {expected} hours of learning at {per_credit} hours per "
                "credit, but {hours} hours are given",
                credits=credits,
                system=str(doc.get("/workload/other_credits/system")),
                expected=expected,
                per_credit=per_credit,
                hours=hours,
            ),
            hint=msg("Correct the credits or the hours: one credit is {per_credit} hours.", per_credit=per_credit),
        )


def _too_small_hint(least: float) -> Text:
    """The hint of a workload below the ``least`` hours of a learning experience (made only for such a one)."""
    return msg(
        "A learning experience takes at least {minimum}: check the number and its unit.",
        minimum=_amount("hours", "", least),
    )


# A full-time year (ECTS Users' Guide); a micro-credential claiming more is a typo, not a large course.
_MAX_PLAUSIBLE_ECTS = 60
# Above this many hours a week (the MC-WL-004 default) a schedule cannot hold a workload.
_MAX_HOURS_PER_WEEK = 60
# Nor, in a schedule shorter than a week, above this many hours a day (the MC-WL-004 default): a long day
# of study, the weekly maximum over five working days.
_MAX_HOURS_PER_DAY = 12


def overload(
    hours: float, days: float, per_week: float = _MAX_HOURS_PER_WEEK, per_day: float = _MAX_HOURS_PER_DAY
) -> str | None:
    """The maximum that ``hours`` of learning over ``days`` calendar days pass: ``"elapsed"`` (more hours than a
    schedule of less than a day lasts), ``"day"`` (more than ``per_day`` a day, in a schedule shorter than a
    week; one shorter than a day counts as a day), ``"week"`` (more than ``per_week`` a week, or in all in a
    schedule shorter than a week), or ``None`` when the schedule holds them."""
    if days < DAYS_PER_WEEK:
        if days < 1 and hours > days * HOURS_PER_DAY:
            return "elapsed"
        if hours / max(days, 1.0) > per_day:
            return "day"
        return "week" if hours > per_week else None
    return "week" if hours / days * DAYS_PER_WEEK > per_week else None


def _hours_of_credits(doc: Descriptor) -> tuple[float, int] | None:
    """The credits given of a system of known hours (UK, SCQF ...) and the hours one of them stands for."""
    system = doc.get("/workload/other_credits/system")
    if system is None:
        return None
    per_credit = hours_per_credit(system, higher_education=higher_education(doc))
    credits = doc.figure("/workload/other_credits/value")
    return None if per_credit is None or credits is None else (credits, per_credit)


def _fewest_hours_per_ects(doc: Descriptor, rate_min: float) -> float:
    """The fewest hours per ECTS that agree with the credits: from 20 for awarding bodies all in the UK."""
    countries = doc.body_countries()
    return min(rate_min, UK_HOURS_PER_ECTS) if countries and countries <= UK_COUNTRIES else rate_min


def hours_agree(
    doc: Descriptor,
    ects: float,
    hours: float,
    rate_min: float = HOURS_PER_ECTS_MIN,
    rate_max: float = HOURS_PER_ECTS_MAX,
    tolerance: float = HOURS_AGREE_TOLERANCE,
) -> bool:
    """Whether ``hours`` agree with ``ects`` as MC-WL-002 judges them: within the band of hours per ECTS and the
    ``tolerance`` beyond it (by default MC-WL-002's own defaults, so the rules that weigh two figures that vouch
    for each other take as agreeing what MC-WL-002 passes)."""
    return ects * _fewest_hours_per_ects(doc, rate_min) * (1 - tolerance) <= hours <= ects * rate_max * (1 + tolerance)


def _credits_fit(of_credits: tuple[float, int], hours: float, tolerance: float) -> bool:
    """Whether credits of a system of known hours stand for ``hours`` within ``tolerance``."""
    expected = of_credits[0] * of_credits[1]
    return expected * (1 - tolerance) <= hours <= expected * (1 + tolerance)


def _culprit(doc: Descriptor, ects: float, hours: float, ects_at: str, tolerance: float) -> str:
    """Which of two disagreeing workload figures is wrong: the ECTS (given at ``ects_at``) when they are
    implausible on their own, when credits of a system of known hours vouch for the hours (15 UK credits beside
    150 hours: the 15 ECTS are the slip), or when they do not fit the schedule while the hours do; else the
    hours."""
    of_credits = _hours_of_credits(doc)
    if ects > _MAX_PLAUSIBLE_ECTS or (of_credits is not None and _credits_fit(of_credits, hours, tolerance)):
        return ects_at
    days, _basis = schedule_days(doc)
    if days and overload(ects * HOURS_PER_ECTS_MIN, days) and not overload(hours, days):
        return ects_at
    return "/workload/hours"


def ects_given(doc: Descriptor) -> tuple[float | None, str]:
    """The ECTS credits a descriptor gives and where: ``workload.ects``, or else credits in other_credits of a
    system that is the ECTS credit by a national name ("opintopiste", "högskolepoäng", "CFU"), or by the plain
    word for a credit ("kredity") in higher education. Found once per descriptor (the workload rules ask)."""
    return doc.memo("ects given", _ects_given)


def _ects_given(doc: Descriptor) -> tuple[float | None, str]:
    ects = doc.figure("/workload/ects")
    system = doc.get("/workload/other_credits/system")
    if ects is None and system is not None and is_ects(system, higher_education=higher_education(doc)):
        return doc.figure("/workload/other_credits/value"), "/workload/other_credits/value"
    return ects, "/workload/ects"


def higher_education(doc: Descriptor) -> bool:
    """Whether a descriptor is of higher education: it names a QF-EHEA cycle, or is formal learning at EQF 5 or
    above (the levels of the cycles)."""
    if isinstance(doc.get("/level/qf_ehea_cycle"), str):
        return True
    eqf = implied_eqf(doc)
    return doc.get("/participation/learning_setting") == "formal" and eqf is not None and eqf >= min(CYCLE_EQF.values())


@register
class WorkloadInRange(Rule):
    """The workload is within the size range a framework sets (a profile threshold).

    Why: the Recommendation sets no size limit, but national and sector frameworks do: EMC
    100-150 hours / 4-6 ECTS / 10-15 UK credits, Dutch pilot 3-30 EC, NZQA 5-40 credits of 10 hours,
    Australia at least one hour.
    Options (all off by default): ``min_ects``/``max_ects``, ``min_hours``/``max_hours`` and
    ``min_credits``/``max_credits`` in ``credit_system`` (other_credits.system, compared without
    case and the words credits or points, and under the system's other names: "NZQCF credits" and
    "NZQA credits" are NZQCF, "CATS points" are UK credits), converted from hours with
    ``hours_per_credit`` when no such credits are given. Each bound is checked against the value the
    descriptor gives, or the range derived from it (ECTS and hours at 25-30 hours each, as the ECTS
    Users' Guide sets them), which breaks a bound only when all of it does: 100 hours are 4 ECTS at
    25 hours each. The message says which.
    Passes: every configured bound holds. Fails: a value outside a bound.
    """

    id = "MC-WL-003"
    name = "workload-in-range"
    title = "Workload is within the framework's range"
    element = "workload"
    clause = "Annex I M7"
    principles = ("transparency", "recognition")
    severity = Severity.ERROR
    weight = 2.0
    message = "the workload is outside the framework's range"
    hint = "Resize the unit, or check the profile is the right one."
    defaults = {
        "min_ects": None,
        "max_ects": None,
        "min_hours": None,
        "max_hours": None,
        "min_credits": None,
        "max_credits": None,
        "credit_system": None,
        "hours_per_credit": None,
    }
    options_schema = {
        **{
            k: {"type": ["number", "null"], "minimum": 0}
            for k in ("min_ects", "max_ects", "min_hours", "max_hours", "min_credits", "max_credits")
        },
        "hours_per_credit": {"type": ["number", "null"], "exclusiveMinimum": 0},
        "credit_system": {"type": ["string", "null"]},
    }
    example_options = {"min_ects": 3, "max_ects": 30}
    example_fail = {"workload": {"ects": 2, "hours": 55}}
    example_pass = {"workload": {"ects": 5, "hours": 140}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when a bound is configured and a workload is given."""
        bounds = [k for k, v in ctx.options.items() if k.startswith(("min_", "max_")) and v is not None]
        return bool(bounds) and bool(doc.mapping("/workload"))

    def _values(self, doc: Descriptor, opts: dict[str, Any]) -> dict[str, tuple[float, float, str, Text | None]]:
        """unit -> (fewest, most, pointer, how it was obtained when derived): a value the descriptor gives is
        one number; one derived across ECTS and hours is the range the 25-30 hours of an ECTS credit span."""
        (ects, ects_at), hours = ects_given(doc), doc.figure("/workload/hours")
        band = {"rate_min": HOURS_PER_ECTS_MIN, "rate_max": HOURS_PER_ECTS_MAX}
        values: dict[str, tuple[float, float, str, Text | None]] = {}
        if ects is not None:
            values["ects"] = (ects, ects, ects_at, None)
        elif hours is not None:
            values["ects"] = (
                *ects_band(hours),
                "/workload/hours",
                msg("(derived from {hours} hours at {rate_min}-{rate_max} hours per ECTS)", hours=hours, **band),
            )
        if hours is not None:
            values["hours"] = (hours, hours, "/workload/hours", None)
        elif ects is not None:
            values["hours"] = (
                *hours_band(ects),
                ects_at,
                msg("(derived from {ects} ECTS at {rate_min}-{rate_max} hours each)", ects=ects, **band),
            )
        system = opts.get("credit_system")
        other = doc.mapping("/workload/other_credits")
        per_credit = opts.get("hours_per_credit")
        credits = doc.figure("/workload/other_credits/value")
        if (
            system
            and isinstance(other.get("system"), str)
            and same_credit_system(other["system"], str(system))
            and credits is not None
        ):
            values["credits"] = (credits, credits, "/workload/other_credits/value", None)
        elif per_credit and hours is not None:
            values["credits"] = (
                hours / float(per_credit),
                hours / float(per_credit),
                "/workload/hours",
                msg("(derived from {hours} hours at {rate} hours per credit)", hours=hours, rate=float(per_credit)),
            )
        elif per_credit and ects is not None:
            fewest, most = hours_band(ects)
            values["credits"] = (
                fewest / float(per_credit),
                most / float(per_credit),
                ects_at,
                msg(
                    "(derived from {ects} ECTS at {rate_min}-{rate_max} hours each and {rate} hours per credit)",
                    ects=ects,
                    rate=float(per_credit),
                    **band,
                ),
            )
        return values

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Check each configured bound once per unit: a derived range breaks a bound only when all of it does.
        A figure derived from a value that breaks its own bound says that slip again: only the value's is told."""
        hits = list(self._bounds_broken(doc, ctx.options))
        told = {hit.pointer for derived, hit in hits if not derived}
        yield from (hit for derived, hit in hits if not derived or hit.pointer not in told)

    def _bounds_broken(self, doc: Descriptor, opts: dict[str, Any]) -> Iterator[tuple[bool, Hit]]:
        """Each bound a unit's value breaks, with whether the value was derived from another unit's."""
        values = self._values(doc, opts)
        system = str(opts.get("credit_system") or "").strip()
        for unit in ("ects", "hours", "credits"):
            if unit not in values:
                continue
            fewest, most, where, how = values[unit]
            low, high = opts.get(f"min_{unit}"), opts.get(f"max_{unit}")
            # The range the profile expects (a template of its own: the extractor does not look inside another).
            expected = msg("{low}-{high}", low=low, high=high) if low is not None and high is not None else None
            if low is not None and most < low:
                amount, bound = _amount(unit, system, _span(fewest, most, low)), _amount(unit, system, low)
                message = (
                    msg(
                        "the workload of {amount} {derivation} is below the minimum of {minimum}",
                        amount=amount,
                        derivation=how,
                        minimum=bound,
                    )
                    if how
                    else msg("the workload of {amount} is below the minimum of {minimum}", amount=amount, minimum=bound)
                )
                hint = msg("This profile expects {amount}.", amount=_amount(unit, system, expected or _at_least(low)))
            elif high is not None and fewest > high:
                amount, bound = _amount(unit, system, _span(fewest, most, high)), _amount(unit, system, high)
                message = (
                    msg(
                        "the workload of {amount} {derivation} is above the maximum of {maximum}",
                        amount=amount,
                        derivation=how,
                        maximum=bound,
                    )
                    if how
                    else msg("the workload of {amount} is above the maximum of {maximum}", amount=amount, maximum=bound)
                )
                hint = (
                    msg("This profile expects {amount}.", amount=_amount(unit, system, expected or high))
                    if low is not None
                    else msg("This profile expects at most {amount}.", amount=bound)
                )
            else:
                continue
            yield how is not None, Hit(where, message=message, hint=hint)


# A workload figure with its unit: ECTS, hours, or credits of a named (or unnamed) credit system.
_AMOUNTS = {"ects": N_("{value} ECTS"), "hours": N_("{value} hours"), "credits": N_("{value} credits")}


def _amount(unit: str, system: str, value: float | Text) -> Text:
    """A workload figure (a number, or a range or bound as a :class:`Text`) in its unit."""
    if unit == "credits" and system:
        return msg("{value} {system} credits", value=value, system=system)
    return msg(_AMOUNTS[unit], value=value)


def _at_least(low: float) -> Text:
    """A lower bound with no upper one: ``5+``."""
    return msg("{low}+", low=low)


def _beside(value: float, bound: float) -> float:
    """``value`` to three significant digits, or as many more as keep it apart from the ``bound`` it breaks
    (30.03 ECTS above a maximum of 30 is not shown as 30)."""
    for digits in range(3, 18):
        shown = float(f"{value:.{digits}g}")
        if shown != bound:
            return shown
    return value


def _span(fewest: float, most: float, bound: float) -> float | Text:
    """A workload figure that breaks ``bound`` as shown: one number, or the range a derived one spans
    (``3.33-4``), each end kept apart from the bound."""
    low, high = _beside(fewest, bound), _beside(most, bound)
    return low if fewest == most else msg("{low}-{high}", low=low, high=high)


# A duration written in hours alone (PT16H) states how many hours the learning takes; a workload of less than
# this share of them (the MC-WL-004 default) is far too small for it: 0.1 ECTS, at most 3 hours, is no course of 16.
_MIN_SHARE_OF_DURATION = 0.25


def in_hours(duration: object) -> bool:
    """Whether a duration is written in hours, minutes or seconds alone (PT16H, PT90M), or after a date part of
    nothing (P0DT16H, P0Y0M0DT16H0M0S, as XML and Java write sixteen hours), not in days or longer."""
    match = DURATION.match(duration.strip().upper()) if isinstance(duration, str) else None
    if match is None:
        return False
    date_part, time_part = match.groups()[:4], match.groups()[4:]
    return any(time_part) and not any(number.strip("0") for number in date_part if number)


def _most_hours(doc: Descriptor) -> tuple[float, str] | None:
    """The most hours of learning the workload can be, the larger of its hours and its ECTS at 30 hours each (so
    a slip in one of them, MC-WL-002's, is not told again here), with where to report it: the duration when the
    two agree, else the figure given."""
    hours, (ects, ects_at) = doc.figure("/workload/hours"), ects_given(doc)
    if ects is None:
        return None if hours is None else (hours, "/workload/hours")
    high = hours_band(ects)[1]
    if hours is None:
        return high, ects_at
    return max(hours, high), "/participation/schedule/duration" if hours_agree(doc, ects, hours) else "/workload/hours"


@register
class HoursFitSchedule(Rule):
    """The hours can be done in the time the schedule allows.

    Why: 140 hours in one week is not a plausible workload; either the hours or the schedule is wrong.
    How: hours (or, without hours, the minimum of 25 per ECTS) over the days from the schedule's start
    to its end (or its duration, which may give hours: PT40H is 1.67 days): per day in a schedule
    shorter than a week, which holds no more than a week's maximum either, and per week in a longer one;
    a duration of less than a day holds no more hours than it lasts, and counts as a day.
    When the hours agree with the ECTS, two figures vouch for the workload and the schedule is
    reported; otherwise the hours (or the ECTS) are.
    Options: ``max_hours_per_week`` (60, well above a full-time week of about 40) and
    ``max_hours_per_day`` (12, a long day of study).
    Passes: a plausible daily or weekly load, or no schedule. Fails: more hours a day (in a schedule
    shorter than a week) or a week than the maximum.

    A duration longer than the dates that contradicts them (MC-DT-001) is the time the hours are set against, so
    one slip is reported once.

    A duration written in hours alone (PT16H) states how many hours the learning takes, and a workload of less
    than ``min_share_of_duration`` (0.25) of them fails too: 0.1 ECTS, at most 3 hours, is no course of 16. The
    most the workload can be counts (its hours, or its ECTS at 30 hours each, whichever is more). A duration in
    days or longer, and dates, say when the learning runs, not how many hours it takes: no workload is too small
    for them.
    """

    id = "MC-WL-004"
    name = "hours-fit-schedule"
    title = "Hours fit the schedule"
    element = "workload"
    clause = "Annex I M7, M10"
    principles = ("transparency", "learner_centred")
    severity = Severity.WARNING
    weight = 0.5
    message = "the hours do not fit the schedule"
    hint = "Check the hours and the schedule's dates or duration."
    defaults = {
        "max_hours_per_week": _MAX_HOURS_PER_WEEK,
        "max_hours_per_day": _MAX_HOURS_PER_DAY,
        "min_share_of_duration": _MIN_SHARE_OF_DURATION,
    }
    options_schema = {
        "max_hours_per_week": {"type": "number", "exclusiveMinimum": 0},
        "max_hours_per_day": {"type": "number", "exclusiveMinimum": 0, "maximum": HOURS_PER_DAY},
        "min_share_of_duration": {"type": "number", "minimum": 0, "maximum": 1},
    }
    example_fail = {"participation": {"mode": "online", "schedule": {"start": "2026-02-02", "end": "2026-02-06"}}}
    example_pass = {"participation": {"mode": "online", "schedule": {"start": "2026-02-02", "end": "2026-04-10"}}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when a schedule and a workload are given."""
        return schedule_days(doc)[0] is not None and bool(doc.mapping("/workload"))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare the daily or weekly load with the maximum."""
        days, basis = schedule_days(doc)
        hours, (ects, ects_at) = doc.figure("/workload/hours"), ects_given(doc)
        where = "/workload/hours"
        if hours is None and ects is not None:
            hours, where = hours_band(ects)[0], ects_at
        elif hours is not None and ects is not None and hours_agree(doc, ects, hours):
            where = "/participation/schedule"
        if not hours or not days:
            return
        per_week, per_day = ctx.options["max_hours_per_week"], ctx.options["max_hours_per_day"]
        passed = overload(hours, days, per_week, per_day)
        if passed is None:
            yield from _too_few_for_duration(doc, ctx.options["min_share_of_duration"])
            return
        figures = {"hours": hours, "days": int(days) if days == int(days) else days, **basis}
        if passed == "elapsed":
            message = msg(
                "{hours} hours of learning do not fit in the duration {duration}, which lasts {elapsed} hours",
                hours=hours,
                duration=basis.get("duration", ""),
                elapsed=round(days * HOURS_PER_DAY, 2),
            )
        elif passed == "day":
            message = (
                plural(
                    "{hours} hours in {days} day ({start} to {end}) is more than {maximum} hours a day",
                    "{hours} hours in {days} days ({start} to {end}) is more than {maximum} hours a day",
                    plural_form(days),
                    maximum=per_day,
                    **figures,
                )
                if "start" in basis
                else plural(
                    "{hours} hours in {days} day (duration {duration}) is more than {maximum} hours a day",
                    "{hours} hours in {days} days (duration {duration}) is more than {maximum} hours a day",
                    plural_form(days),
                    maximum=per_day,
                    **figures,
                )
            )
        else:
            weekly = {"per_week": round(hours / max(days, DAYS_PER_WEEK) * DAYS_PER_WEEK), "maximum": per_week}
            message = (
                plural(
                    "{hours} hours in {days} day ({start} to {end}) is {per_week} hours per week, more than {maximum}",
                    "{hours} hours in {days} days ({start} to {end}) is {per_week} hours per week, more than {maximum}",
                    plural_form(days),
                    **weekly,
                    **figures,
                )
                if "start" in basis
                else plural(
                    "{hours} hours in {days} day (duration {duration}) is {per_week} hours per week, "
                    "more than {maximum}",
                    "{hours} hours in {days} days (duration {duration}) is {per_week} hours per week, "
                    "more than {maximum}",
                    plural_form(days),
                    **weekly,
                    **figures,
                )
            )
        yield Hit(
            where,
            message=message,
            hint=msg("Correct the workload, or give the real schedule (dates or duration) over which it is spread."),
        )


def _too_few_for_duration(doc: Descriptor, share: float) -> Iterator[Hit]:
    """A hit when the most the workload can be is less than ``share`` of the hours a duration in hours states."""
    duration = doc.get("/participation/schedule/duration")
    days = stated_duration_days(duration) if in_hours(duration) else None
    most = _most_hours(doc)
    if not days or days > _LONGEST_DAYS or most is None or most[0] >= share * days * HOURS_PER_DAY:
        return
    yield Hit(
        most[1],
        message=msg(
            "the workload, at most {hours} hours, is less than {percent}% of the {stated} hours the duration "
            "{duration} states",
            hours=round(most[0], 2),
            percent=round(share * 100),
            stated=round(days * HOURS_PER_DAY, 2),
            duration=str(duration),
        ),
        hint=msg("Correct the workload, or give the real schedule (dates or duration) over which it is spread."),
    )


def _schedule_dates(doc: Descriptor) -> tuple[date | None, date | None]:
    """The schedule's start and end, where they are dates (read once per descriptor: five rules ask)."""
    return doc.memo("schedule dates", _read_schedule_dates)


def _read_schedule_dates(doc: Descriptor) -> tuple[date | None, date | None]:
    return parse_date(doc.get("/participation/schedule/start")), parse_date(doc.get("/participation/schedule/end"))


@register
class ScheduleInOrder(Rule):
    """The schedule ends after it starts.

    Why: an end before the start is impossible: one of the two dates is wrong, and learners cannot
    tell when the course runs.
    Passes: an end on or after the start, or a schedule without both dates. Fails: an end before the start.
    """

    id = "MC-DT-004"
    name = "schedule-in-order"
    title = "The schedule ends after it starts"
    element = "participation"
    clause = "Annex I M10"
    principles = ("transparency", "information_guidance")
    severity = Severity.ERROR
    weight = 0.5
    message = "the schedule ends before it starts"
    hint = "Swap or correct the dates."
    example_fail = {"participation": {"mode": "online", "schedule": {"start": "2026-04-10", "end": "2026-02-02"}}}
    example_pass = {"participation": {"mode": "online", "schedule": {"start": "2026-02-02", "end": "2026-04-10"}}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when the schedule has dates."""
        return bool(doc.mapping("/participation/schedule"))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare the two dates."""
        start, end = _schedule_dates(doc)
        if start and end and end < start:
            yield Hit(
                "/participation/schedule/end",
                message=msg(
                    "the schedule ends ({end}) before it starts ({start})", end=end.isoformat(), start=start.isoformat()
                ),
                hint=msg("Swap or correct the dates."),
            )


@register
class ScheduleConsistent(Rule):
    """The schedule's dates and duration agree with each other.

    Why: a duration that contradicts the dates leaves learners unsure how long the course runs.
    Options: ``tolerance`` (0.25: the duration may differ from the dates by 25%, and always by a week).
    Passes: a duration close to the dates (one in hours as the time it spans: PT36H is 1.5 days).
    Fails: a duration far from the dates (dates out of order are MC-DT-004's error, and this rule then
    says nothing).
    """

    id = "MC-DT-001"
    name = "schedule-consistent"
    title = "Schedule dates and duration agree"
    element = "participation"
    clause = "Annex I M10"
    principles = ("transparency", "information_guidance")
    severity = Severity.WARNING
    weight = 0.5
    message = "the schedule is inconsistent"
    hint = "Correct the start, end or duration."
    defaults = {"tolerance": _DURATION_TOLERANCE}
    options_schema = {"tolerance": {"type": "number", "minimum": 0}}
    example_fail = {
        "participation": {"mode": "online", "schedule": {"start": "2026-02-02", "end": "2026-04-10", "duration": "P3W"}}
    }
    example_pass = {
        "participation": {
            "mode": "online",
            "schedule": {"start": "2026-02-02", "end": "2026-04-10", "duration": "P10W"},
        }
    }

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when the schedule has dates."""
        return bool(doc.mapping("/participation/schedule"))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Check the duration against the dates, when they are in order."""
        start, end = _schedule_dates(doc)
        if start and end and end < start:
            return
        # A duration of nothing (P0D) is a length stated too, and weeks of dates contradict it.
        days = stated_duration_days(doc.get("/participation/schedule/duration"))
        if start and end and days is not None:
            span = (end - start).days + 1
            if contradicts(span, days, ctx.options["tolerance"]):
                yield Hit(
                    "/participation/schedule/duration",
                    message=msg(
                        "the duration {duration} ({length}) does not match the dates {start} to {end} ({span})",
                        duration=str(doc.get("/participation/schedule/duration")),
                        length=_days(round(days) if days >= 1 else days),
                        start=start.isoformat(),
                        end=end.isoformat(),
                        span=_days(span),
                    ),
                    hint=_duration_hint(str(doc.get("/participation/schedule/duration"))),
                )


def _duration_hint(duration: str) -> Text:
    """How to make a duration agree with its dates; a duration of hours alone (PT28H) is mostly the hours of
    study, which a schedule's length is not."""
    if in_hours(duration):
        return msg(
            "A duration in hours ({duration}) is time elapsed, not hours of study: give the schedule's length "
            "in days, weeks or months (P6W), and the hours of study as workload.hours.",
            duration=duration,
        )
    return msg("Correct the duration or the dates so that they agree.")


def _days(count: float) -> Text:
    """A number of days, whole or a fraction (0.5 days)."""
    return plural("{count} day", "{count} days", plural_form(count), count=count)


@register
class IssueDateNotFuture(Rule):
    """A credential's date of issuing is not in the future.

    Why: a credential cannot have been issued after today (Annex I M5); a future date is a typing
    error or a credential issued in advance.
    Passes: an issue date up to the run's date (``--now``). Fails: a later date.
    """

    id = "MC-DT-002"
    name = "issue-date-not-future"
    title = "Date of issuing is not in the future"
    element = "issue_date"
    clause = "Annex I M5"
    principles = ("authenticity",)
    severity = Severity.ERROR
    weight = 1.0
    message = "the date of issuing is in the future"
    hint = "Give the date the credential was actually issued."
    kinds = ("credential",)
    example_fail = {"kind": "credential", "learner": {"name": "Mara Schneider"}, "issue_date": "2099-01-01"}
    example_pass = {"kind": "credential", "learner": {"name": "Mara Schneider"}, "issue_date": "2026-07-03"}

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare with the run's date."""
        issued = parse_date(doc.get("/issue_date"))
        if issued and issued > ctx.today:
            yield Hit(
                "/issue_date",
                message=msg(
                    "the date of issuing {date} is after today ({today})",
                    date=issued.isoformat(),
                    today=ctx.today.isoformat(),
                ),
            )


# No learner is older than this many years: a date of birth further back is a placeholder for one not known.
_OLDEST_LEARNER = 120
# Younger than this on the date of issuing, a learner's date of birth is a recent year typed for theirs.
_YOUNGEST_LEARNER = 10
# The assessment type of a credential that attests learning done before the offer's schedule.
_PRIOR_LEARNING = "recognition-of-prior-learning"


def _age(born: date, on: date) -> int:
    """Someone's age in whole years on a day (ten on their tenth birthday)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# Activity types at the learner's own pace: a schedule of them is a window the learner may finish early in.
_SELF_PACED = ("self-study", "e-learning")


def _self_paced(doc: Descriptor) -> bool:
    """Whether the learning is at the learner's pace: its activity types include self-study or are all e-learning."""
    kinds = [t for t in doc.items("/participation/activity_types") if isinstance(t, str)]
    return _SELF_PACED[0] in kinds or (bool(kinds) and set(kinds) <= set(_SELF_PACED))


def _prior_learning_only(types: object) -> bool:
    """Whether the assessment types are recognition of prior learning and nothing else."""
    return isinstance(types, list) and bool(types) and all(t == _PRIOR_LEARNING for t in types)


@register
class CredentialDatesInOrder(Rule):
    """An issued credential's dates are in order: issued once the learning has begun, to a learner born
    before it.

    Why: a credential attests learning that took place (Annex I M5, Annex II Authenticity): one issued
    before the learning began, or to a learner born after the date of issuing or more than 120 years
    before it (1900-01-01, a system's default for a date not known), holds a typing error or was not
    earned as it says.
    Passes: the date of issuing on or after the schedule's start (or before it when the only assessment is
    recognition of prior learning, which attests learning done before), and a date of birth before the date
    of issuing (and before today) by at most 120 years; or those dates not given. Fails: any out of order.

    A learner less than ten years old on the date of issuing is told too: a date of birth typed as a
    recent year (the year of issuing for the year of birth) is a typing error.

    A credential issued after the start but before the schedule's end is told too, unless the learning is
    self-paced (its activity types include self-study, or are all e-learning: a learner who sets the pace may
    finish early) or the only assessment is recognition of prior learning.
    """

    id = "MC-DT-005"
    name = "credential-dates-in-order"
    title = "A credential's dates are in order"
    element = "issue_date"
    clause = "Annex I M5"
    principles = ("authenticity",)
    severity = Severity.WARNING
    weight = 0.5
    message = "the credential's dates are not in order"
    hint = "Check the date of issuing, the schedule and the learner's date of birth."
    kinds = ("credential",)
    example_fail = {
        "kind": "credential",
        "learner": {"name": "Mara Schneider"},
        "issue_date": "2026-01-15",
        "participation": {"mode": "online", "schedule": {"start": "2026-02-01", "end": "2026-03-20"}},
    }
    example_pass = {
        "kind": "credential",
        "learner": {"name": "Mara Schneider"},
        "issue_date": "2026-04-10",
        "participation": {"mode": "online", "schedule": {"start": "2026-02-01", "end": "2026-03-20"}},
    }

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare the date of issuing with the schedule's start and the learner's date of birth."""
        issued = parse_date(doc.get("/issue_date"))
        start = parse_date(doc.get("/participation/schedule/start"))
        end = parse_date(doc.get("/participation/schedule/end"))
        born = parse_date(doc.get("/learner/date_of_birth"))
        prior = _prior_learning_only(doc.get("/assessment/types"))
        if issued and start and issued < start and not prior:
            yield Hit(
                "/issue_date",
                message=msg(
                    "the credential was issued on {date}, before the learning began on {start}",
                    date=issued.isoformat(),
                    start=start.isoformat(),
                ),
                hint=msg("Give the date the credential was issued, after the learning and its assessment."),
            )
        elif issued and end and issued < end and not prior and not _self_paced(doc):
            yield Hit(
                "/issue_date",
                message=msg(
                    "the credential was issued on {date}, before the learning ended on {end}",
                    date=issued.isoformat(),
                    end=end.isoformat(),
                ),
                hint=msg("Give the date the credential was issued, after the learning and its assessment."),
            )
        latest = min(issued, ctx.today) if issued else ctx.today
        if born and born >= latest:
            yield Hit(
                "/learner/date_of_birth",
                message=msg(
                    "the learner's date of birth {date} is not before {latest}",
                    date=born.isoformat(),
                    latest=latest.isoformat(),
                ),
                element="learner",
                hint=msg("Correct the learner's date of birth."),
            )
        elif born and _age(born, latest) < _YOUNGEST_LEARNER:
            yield Hit(
                "/learner/date_of_birth",
                message=msg(
                    "the learner's date of birth {date} is less than {years} years before {latest}",
                    date=born.isoformat(),
                    years=_YOUNGEST_LEARNER,
                    latest=latest.isoformat(),
                ),
                element="learner",
                hint=msg("Correct the learner's date of birth."),
            )
        elif born and more_than_years(born, latest, _OLDEST_LEARNER):
            yield Hit(
                "/learner/date_of_birth",
                message=msg(
                    "the learner's date of birth {date} is more than {years} years before {latest}",
                    date=born.isoformat(),
                    years=_OLDEST_LEARNER,
                    latest=latest.isoformat(),
                ),
                element="learner",
                hint=msg("Give the learner's real date of birth, or leave it out when it is not known."),
            )


@register
class OfferScheduleNotPast(Rule):
    """An offer's schedule has not ended.

    Why: a catalogue tells learners what they can still take part in (Annex I M10, Annex II Information
    and guidance); an offer whose only run ended before today is stale: its next run's dates are missing,
    or it is no longer offered.
    Passes: a schedule that ends today or later, or gives no end. Fails (a note, not counted): an end
    before the run's date (``--now``). Issued credentials are not judged: their learning is over.
    """

    id = "MC-DT-006"
    name = "offer-schedule-not-past"
    title = "The offer's schedule has not ended"
    element = "participation"
    clause = "Annex I M10"
    principles = ("information_guidance", "relevance")
    severity = Severity.INFO
    weight = 0.0
    message = "the offer's schedule has ended"
    hint = "Give the dates of the next run, or take the offer out of the catalogue."
    kinds = ("offer",)
    example_fail = {"participation": {"mode": "online", "schedule": {"start": "2025-02-03", "end": "2025-04-11"}}}
    example_pass = {"participation": {"mode": "online", "schedule": {"start": "2027-02-01", "end": "2027-04-09"}}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged on an offer whose schedule has an end."""
        return super().applies(doc, ctx) and doc.get("/participation/schedule/end") is not None

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare the end with the run's date."""
        _start, end = _schedule_dates(doc)
        if end and end < ctx.today:
            yield Hit(
                "/participation/schedule/end",
                message=msg(
                    "the offer's schedule ended on {end}, before today ({today})",
                    end=end.isoformat(),
                    today=ctx.today.isoformat(),
                ),
            )


# How many years after the run's date an offer's schedule may start or end (the MC-DT-007 default): no
# micro-credential is planned further ahead.
_MAX_YEARS_AHEAD = 5
# Where MC-DT-007 tells of the schedule's start, or else its end, and what.
_YEARS_AHEAD = (
    (
        "/participation/schedule/start",
        N_("the schedule starts on {date}, more than {years} years after today ({today})"),
    ),
    ("/participation/schedule/end", N_("the schedule ends on {date}, more than {years} years after today ({today})")),
)


@register
class ScheduleNotFarAhead(Rule):
    """An offer's schedule is not years ahead.

    Why: a catalogue describes runs learners can plan for (Annex I M10, Annex II Information and guidance);
    a start or end many years after today is a typing slip (2062 for 2026) or a system's stand-in for no end
    (2099-12-31), and learners cannot tell when the course runs.
    Options: ``max_years_ahead`` (5).
    Passes: a start and an end at most ``max_years_ahead`` years after the run's date (``--now``), or no
    dates. Fails: a later start, or else a later end (a run with no end leaves it out).

    Issued credentials are not judged: MC-DT-005 tells a date of issuing before the learning began. Nor are
    dates out of order, MC-DT-004's error.
    """

    id = "MC-DT-007"
    name = "schedule-not-far-ahead"
    title = "The offer's schedule is not years ahead"
    element = "participation"
    clause = "Annex I M10"
    principles = ("information_guidance", "transparency")
    severity = Severity.WARNING
    weight = 0.5
    message = "the offer's schedule is years ahead"
    hint = "Correct the year of the schedule's dates, or leave out an end the run does not have."
    kinds = ("offer",)
    defaults = {"max_years_ahead": _MAX_YEARS_AHEAD}
    options_schema = {"max_years_ahead": {"type": "number", "exclusiveMinimum": 0}}
    example_fail = {"participation": {"mode": "online", "schedule": {"start": "2098-02-02", "end": "2098-04-10"}}}
    example_pass = {"participation": {"mode": "online", "schedule": {"start": "2027-02-01", "end": "2027-04-09"}}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged on an offer whose schedule has a start or an end."""
        return super().applies(doc, ctx) and any(_schedule_dates(doc))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare the start, or else the end, with the run's date."""
        start, end = _schedule_dates(doc)
        if start and end and end < start:
            return
        years = ctx.options["max_years_ahead"]
        for day, (place, told) in zip((start, end), _YEARS_AHEAD):
            if day and more_than_years(ctx.today, day, years):
                message = msg(told, date=day.isoformat(), years=years, today=ctx.today.isoformat())
                yield Hit(place, message=message)
                return


@register
class OfferRecentlyReviewed(Rule):
    """The offer was reviewed recently.

    Why: Annex II (relevance) asks that offers are updated as needed; the ETF checklist suggests a
    review at least yearly. An offer last reviewed years ago may no longer meet the need it was
    designed for.
    Options: ``max_age_years`` (3) and ``required`` (false: when true, a missing `last_reviewed`
    is a finding too).
    An issued credential is judged on the day it was issued: the offer it was issued for was reviewed
    recently then.
    Passes: `last_reviewed` within the age (of the run's date, or an issued credential's date of
    issuing). Fails: an older date, a date in the future, or (when required) no date.
    """

    id = "MC-DT-003"
    name = "offer-recently-reviewed"
    title = "Offer was reviewed recently"
    clause = "Annex II Relevance"
    principles = ("relevance", "quality")
    severity = Severity.WARNING
    weight = 0.5
    message = "the offer has not been reviewed recently"
    hint = "Review the offer and record the date in last_reviewed."
    defaults = {"max_age_years": 3, "required": False}
    options_schema = {"max_age_years": {"type": "number", "exclusiveMinimum": 0}, "required": {"type": "boolean"}}
    example_fail = {"last_reviewed": "2019-03-01"}
    example_pass = {"last_reviewed": "2026-01-15"}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when a review date is given, or required."""
        return doc.get("/last_reviewed") is not None or bool(ctx.options["required"])

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Age of the review date."""
        raw = doc.get("/last_reviewed")
        if raw is None:
            yield Hit(
                "/last_reviewed",
                message=msg("the descriptor does not say when the offer was last reviewed"),
                hint=msg("Add last_reviewed: YYYY-MM-DD."),
            )
            return
        reviewed = parse_date(raw)
        if reviewed is None:
            return
        if reviewed > ctx.today:
            yield Hit(
                "/last_reviewed",
                message=msg(
                    "last_reviewed {date} is in the future (today is {today})",
                    date=reviewed.isoformat(),
                    today=ctx.today.isoformat(),
                ),
                hint=msg("Give the date of the last review that took place."),
            )
            return
        overdue = review_overdue(reviewed, doc, ctx)
        if overdue is None:
            return
        (years, issued), maximum = overdue, ctx.options["max_age_years"]
        yield Hit(
            "/last_reviewed",
            message=msg(
                "the offer was last reviewed on {date}, {years} years before the credential was issued on "
                "{issued} (more than {maximum})",
                date=reviewed.isoformat(),
                years=years,
                issued=issued.isoformat(),
                maximum=maximum,
            )
            if issued
            else msg(
                "the offer was last reviewed on {date}, {years} years ago (more than {maximum})",
                date=reviewed.isoformat(),
                years=years,
                maximum=maximum,
            ),
        )


# The EQF level each QF-EHEA cycle is referenced to.
CYCLE_EQF = {"short": 5, "first": 6, "second": 7, "third": 8}
_EQF_CYCLE = {level: cycle for cycle, level in CYCLE_EQF.items()}
# One message per cycle: the cycle's name is part of the sentence.
_CYCLE_MISMATCH = {
    "short": N_("the short cycle is EQF level {level}, but EQF {eqf} is declared"),
    "first": N_("the first cycle is EQF level {level}, but EQF {eqf} is declared"),
    "second": N_("the second cycle is EQF level {level}, but EQF {eqf} is declared"),
    "third": N_("the third cycle is EQF level {level}, but EQF {eqf} is declared"),
}
# The same where a national level ("DQR 6") stands for the EQF level.
_CYCLE_NATIONAL_MISMATCH = {
    "short": N_("the short cycle is EQF level {level}, but {national} is declared, which is EQF {eqf}"),
    "first": N_("the first cycle is EQF level {level}, but {national} is declared, which is EQF {eqf}"),
    "second": N_("the second cycle is EQF level {level}, but {national} is declared, which is EQF {eqf}"),
    "third": N_("the third cycle is EQF level {level}, but {national} is declared, which is EQF {eqf}"),
}

_LEVEL_WORDS = frozenset({"level", "niveau"})


# The names above that say no more than "national qualifications framework", with the countries of the
# framework they name: from awarding bodies elsewhere they name those countries' own frameworks, whose
# referencing is not in these tables ("National Framework of Qualifications" from Romania is not Ireland's).
# So is the bare abbreviation NFQ, which bodies in Hungary, Malta and elsewhere use for their own framework;
# a qualified one ("Irish NFQ", "QQI NFQ") is Ireland's wherever the body is.
_GENERIC_NAMES: dict[str, frozenset[str]] = {
    "national framework of qualifications": frozenset({"IE"}),
    "nfq": frozenset({"IE"}),
    "nationaler qualifikationsrahmen": frozenset({"AT"}),
    "quadro nazionale delle qualificazioni": frozenset({"IT"}),
    "quadro nacional de qualificacoes": frozenset({"PT"}),
    "kansallinen tutkintojen viitekehys": frozenset({"FI"}),
    "εθνικο πλαισιο προσοντων": frozenset({"GR"}),
    "национална квалификационна рамка": frozenset({"BG"}),
    "εππ": frozenset({"GR"}),
    "нкр": frozenset({"BG"}),
    "nomenclature": frozenset({"FR"}),
    "nomenclature de": frozenset({"FR"}),
}
# What a name says when it says no more than "national qualifications framework", in English; the same names in the
# languages of the frameworks are those of _GENERIC_NAMES.
_SAYS_NATIONAL = frozenset(
    {
        "nqf",
        "nfq",
        "national qualifications framework",
        "national qualification framework",
        "national framework of qualifications",
        "national framework for qualifications",
    }
)
# The one national framework known here of each country, which its awarding bodies mean by such a name ("NQF 6" from
# Finland is FINQF 6). Belgium (the Flemish VKS, the French community's CFC), Spain (MECU, MECES) and the United
# Kingdom (RQF, CQFW, FHEQ, SCQF) have several, and countries whose framework is not known here none.
_NATIONAL: dict[str, str] = {
    "AT": "NQR",
    "BG": "BQF",
    "CY": "CYQF",
    "DE": "DQR",
    "DK": "DKQF",
    "EE": "EKR",
    "FI": "FINQF",
    "FR": "RNCP",
    "GR": "HQF",
    "HR": "CROQF",
    "HU": "MKKR",
    "IE": "NFQ",
    "IT": "QNQ",
    "LT": "LTKS",
    "LU": "CLQ",
    "LV": "LKI",
    "MT": "MQF",
    "NL": "NLQF",
    "NO": "NKR",
    "PL": "PRK",
    "PT": "QNQ",
    "RO": "CNC",
    "SE": "SEQF",
    "SI": "SOK",
    "SK": "SKKR",
}
# An abbreviation that is one framework's and, in another country's language, that country's own: "CNC" is Romania's
# Cadrul Național al Calificărilor, and in Irish Ireland's An Creat Náisiúnta Cáilíochtaí (the NFQ); "CNCP" is
# France's Commission nationale de la certification professionnelle (the RNCP's), and Spain's Catálogo Nacional de
# las Cualificaciones Profesionales, whose levels are not referenced here (""). From awarding bodies all of that
# country it names their framework.
_ABBREVIATIONS_AT_HOME: dict[str, dict[str, str]] = {"CNC": {"IE": "NFQ"}, "CNCP": {"ES": ""}}


def _home_reading(abbreviation: str, countries: frozenset[str]) -> str | None:
    """What an abbreviation of :data:`_ABBREVIATIONS_AT_HOME` names from awarding bodies all of its other
    country: that country's framework ("" for one not known); ``None`` where it is read as everywhere else."""
    own = _ABBREVIATIONS_AT_HOME.get(abbreviation, {})
    homes = {own[country] for country in countries} if countries and countries <= own.keys() else set()
    return homes.pop() if len(homes) == 1 else None


def _plain_words(text: str) -> str:
    """Lower case without accents, words of letters (of any script: "εθνικο πλαισιο") separated by one space."""
    return " ".join(re.findall(r"[^\W\d_]+", unaccented(text)))


def nqf_framework(name: object, countries: frozenset[str] = frozenset()) -> str | None:
    """The canonical id of a national framework with a known EQF mapping.

    Known by its abbreviation ("DQR", "Irish NFQ"), its name written out ("Polska Rama Kwalifikacji"),
    or the name with the abbreviation in capitals beside it ("Deutscher Qualifikationsrahmen (DQR)"); a
    generic name ("NQF", "National Framework of Qualifications") as the framework of the awarding bodies' country
    (see :func:`_framework`).
    """
    known = _framework(name, countries)
    return known[0] if known else None


def _declared_framework(doc: Descriptor) -> tuple[str, str] | None:
    """The known framework of the descriptor's NQF level, read as :func:`_framework` reads it (once per
    descriptor: the level rules and the workload's all ask)."""
    return doc.memo("declared framework", _read_declared_framework)


def _read_declared_framework(doc: Descriptor) -> tuple[str, str] | None:
    return _framework(doc.get("/level/nqf/framework"), doc.body_countries())


def _framework(name: object, countries: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The canonical id of a known framework (see :func:`nqf_framework`) and how messages name it: by its
    abbreviation as the descriptor writes it ("RNCP", "Irish NFQ"), by the one beside its name ("DQR"), or
    else by the id ("Polska Rama Kwalifikacji" is PRK).

    A generic name ("National Framework of Qualifications", "... (NFQ)", "NQF") names the framework of the awarding
    bodies' ``countries`` when they are all of one country whose framework is known (:data:`_NATIONAL`); from
    bodies of other countries or of several, it is not known (given no country, the framework whose name it is).
    """
    return _named_framework(name, countries) if isinstance(name, str) else None


@functools.lru_cache(maxsize=1024)
def _named_framework(name: str, countries: frozenset[str]) -> tuple[str, str] | None:
    """:func:`_framework` of a text, remembered: several rules ask it of each descriptor, and a catalogue names
    few frameworks."""
    return _framework_by_name(name, countries) or _national_framework(name, countries)


def _name_words(name: str) -> str:
    """A framework's name as its words are compared (:func:`_plain_words`), without its notes in brackets and a
    leading article. A note in brackets holds no bracket (one left open is no note: read from each, it would be
    read to the end)."""
    return _plain_words(re.sub(r"\([^()]*\)", " ", name)).removeprefix("the ")


def _national_framework(name: str, countries: frozenset[str]) -> tuple[str, str] | None:
    """The framework of the awarding bodies' country that a name saying no more than "national qualifications
    framework" names ("NQF" from Finland is FINQF), where all of them are of one country of :data:`_NATIONAL`."""
    plain = _name_words(name)
    if plain not in _SAYS_NATIONAL and plain not in _GENERIC_NAMES:
        return None
    known = {_NATIONAL.get(country) for country in countries}
    framework = known.pop() if len(known) == 1 else None
    return (framework, " ".join(name.split())) if framework is not None else None


def _framework_by_name(name: str, countries: frozenset[str]) -> tuple[str, str] | None:
    """:func:`_named_framework` of a name that names its framework (or says "national" from the bodies of its
    country)."""
    words = re.findall(r"\b[A-Z]{2,}\b", name)
    plain = _name_words(name)
    if plain not in NQF_NAMES:
        plain = next((plain.removesuffix(end) for end in LIFELONG_LEARNING_SUFFIXES if plain.endswith(end)), plain)
    home = _GENERIC_NAMES.get(plain) if countries else None
    if home is not None and home.isdisjoint(countries) and all(word in NQF_ALIASES for word in words):
        return None
    letters = "".join(c for c in name.upper() if c.isalpha())
    # Read as an abbreviation only when nothing but a to z was written ("Irish NFQ"): "Εθνικό Πλαίσιο
    # Προσόντων (NFQ)" is not the NFQ for having its Greek letters left out.
    known = _home_reading(letters, countries)
    if known == "":
        return None
    if known is None and letters.isascii():
        known = NQF_ALIASES.get(letters) or _OWNED_FRAMEWORK.get(letters)
    if known is not None:
        return known, " ".join(name.split())
    known = NQF_NAMES.get(plain)
    if known is None:
        # An abbreviation beside a name is read as it is at home too ("Catálogo Nacional ... (CNCP)" from Spain).
        homes = [_home_reading(word, countries) for word in words]
        named = {NQF_ALIASES[word] for word, home in zip(words, homes) if word in NQF_ALIASES and home is None}
        named |= {home for home in homes if home}
        # "EKR" is the Estonian framework and the EQF's abbreviation in Estonian, Czech and Slovak: beside
        # another framework's ("EKR/SKKR") it is the EQF.
        if len(named) > 1:
            named = {NQF_ALIASES[word] for word in words if word in NQF_ALIASES and word not in _EQF_NAMES}
        # "Hungarian NFQ (MKKR)" is not Ireland's NFQ: an abbreviation beside one not known, or beside
        # another country's name, names another framework.
        foreign = set(_plain_words(name).split()) & _NATIONALITIES
        only = next(iter(named)) if len(named) == 1 else ""
        owners = _FRAMEWORK_OWNERS.get(only, frozenset())
        # An abbreviation several countries' frameworks share ("NFQ") beside a name not known is the bodies' own
        # framework, as the bare abbreviation is (see _GENERIC_NAMES), unless its owner ("NFQ (QQI)") or its
        # nationality names it.
        shared = next((_GENERIC_NAMES[w.lower()] for w in words if w.lower() in _GENERIC_NAMES), None)
        named_as_its_own = set(words) & owners or foreign & _FRAMEWORK_NATIONALITIES.get(only, frozenset())
        if countries and shared is not None and shared.isdisjoint(countries) and not named_as_its_own:
            only = ""
        if only and all(word in NQF_ALIASES or word in _EQF_NAMES or word in owners for word in words):
            known = only if foreign <= _FRAMEWORK_NATIONALITIES.get(only, frozenset()) else None
    if known is None:
        return None
    return known, next((word for word in words if NQF_ALIASES.get(word) == known), known)


# The nationality words of Europe's frameworks (as a name written in English gives them), and of those
# with a known referencing: a framework's name with another country's is not that framework.
_NATIONALITIES = frozenset(
    {
        *("austrian", "belgian", "bulgarian", "croatian", "cypriot", "czech", "danish", "dutch", "estonian"),
        *("finnish", "flemish", "french", "german", "greek", "hungarian", "icelandic", "irish", "italian"),
        *("latvian", "lithuanian", "luxembourgish", "maltese", "norwegian", "polish", "portuguese", "romanian"),
        *("scottish", "slovak", "slovenian", "spanish", "swedish", "swiss", "welsh", "british"),
    }
)
# The bodies that keep a framework, which a name may give beside it ("NFQ (QQI)", as "QQI NFQ" is written
# too): the same framework, not another one's abbreviation.
_FRAMEWORK_OWNERS: dict[str, frozenset[str]] = {"NFQ": frozenset({"QQI"})}
# A framework named by its owner alone ("QQI Level 6" is how Irish providers write the NFQ's level).
_OWNED_FRAMEWORK = {owner: framework for framework, owners in _FRAMEWORK_OWNERS.items() for owner in owners}
# The EQF's own abbreviation in the languages of the frameworks, which a name may give beside the national
# one ("EQR/DQR").
_EQF_NAMES = frozenset({"EQF", "EQR", "CEC", "EKR", "ERK", "MEC", "QEQ"})
_FRAMEWORK_NATIONALITIES: dict[str, frozenset[str]] = {
    "NLQF": frozenset({"dutch"}),
    "DQR": frozenset({"german"}),
    "NQR": frozenset({"austrian"}),
    "PRK": frozenset({"polish"}),
    "RNCP": frozenset({"french"}),
    "NFQ": frozenset({"irish"}),
    "QNQ": frozenset({"italian", "portuguese"}),
    "MQF": frozenset({"maltese"}),
    "VKS": frozenset({"flemish", "belgian"}),
    "CFC": frozenset({"belgian", "french"}),
    "MECU": frozenset({"spanish"}),
    "MECES": frozenset({"spanish"}),
    "CROQF": frozenset({"croatian"}),
    "RQF": frozenset({"british"}),
    "CQFW": frozenset({"welsh", "british"}),
    "FHEQ": frozenset({"british", "scottish", "welsh"}),
    "SCQF": frozenset({"scottish", "british"}),
    "FINQF": frozenset({"finnish"}),
    "SEQF": frozenset({"swedish"}),
    "NKR": frozenset({"norwegian"}),
    "LTKS": frozenset({"lithuanian"}),
    "LKI": frozenset({"latvian"}),
    "SKKR": frozenset({"slovak"}),
    "HQF": frozenset({"greek"}),
    "CNC": frozenset({"romanian"}),
    "CLQ": frozenset({"luxembourgish"}),
    "MKKR": frozenset({"hungarian"}),
    "EKR": frozenset({"estonian"}),
    "DKQF": frozenset({"danish"}),
    "CYQF": frozenset({"cypriot"}),
    "BQF": frozenset({"bulgarian"}),
    "SOK": frozenset({"slovenian"}),
}


def implied_eqf(doc: Descriptor) -> int | None:
    """The EQF level a descriptor gives, or else the one its national level stands for (NLQF 3 is EQF 3,
    by the framework's referencing) or its QF-EHEA cycle (second is EQF 7); ``None`` when none says."""
    if doc.eqf is not None:
        return doc.eqf
    national = national_eqf(doc)
    if national is not None:
        return national[1]
    cycle = doc.get("/level/qf_ehea_cycle")
    return CYCLE_EQF.get(cycle) if isinstance(cycle, str) else None


def national_eqf(doc: Descriptor) -> tuple[str, int] | None:
    """The national level a descriptor gives, with its framework as the descriptor names it ("DQR 7",
    "RNCP 7"), and the EQF level the framework's referencing gives it; ``None`` for a framework or level
    without a known mapping. Found once per descriptor."""
    return doc.memo("national eqf", _national_eqf)


def _national_eqf(doc: Descriptor) -> tuple[str, int] | None:
    known = _declared_framework(doc)
    level = _nqf_level(doc.get("/level/nqf/level"), known[0] if known else None)
    if known is None or level is None or level not in NQF_TO_EQF[known[0]]:
        return None
    return f"{known[1]} {level}", NQF_TO_EQF[known[0]][level]


def declared_nqf(doc: Descriptor) -> tuple[str, int | str | None] | None:
    """The known framework of the descriptor's national level (its id: "DQR") and the level given in it (``None``
    when none is, or it is no level)."""
    known = _declared_framework(doc)
    return None if known is None else (known[0], _nqf_level(doc.get("/level/nqf/level"), known[0]))


def national_range_eqf(doc: Descriptor) -> int | None:
    """The EQF level the lower of two national levels given as one stands for ("DQR 4-5" is EQF 4, as far as
    the framework's referencing goes); ``None`` when the national level is no such pair."""
    spanned = _spanned_eqf(_declared_framework(doc), doc.get("/level/nqf/level"))
    return min(spanned, default=None) if spanned is not None else None


def _spanned_eqf(known: tuple[str, str] | None, written: object) -> list[int] | None:
    """The EQF levels that two or more levels of a known framework given as one ("4-5", "5 or 6", "4-5-6") stand
    for, those the framework has; ``None`` when ``written`` is no such range or choice."""
    if known is None or not isinstance(written, str):
        return None
    written = _OTHER_SCALE.sub(" ", written)
    if not _LEVEL_RANGE.fullmatch(written):
        return None
    table = NQF_TO_EQF[known[0]]
    levels = [_nqf_level(number, known[0]) for number in re.findall(r"\d{1,2}(?:\.\d)?", written)]
    return [table[level] for level in levels if level in table]


# A level as written with its word ("Level 6", "Niveau 6", "poziom 7"): one number and no other, or a
# sub-level ("razina 7.1").
_WORDED_LEVEL = regex(r"[^\d]*?(\d{1,9})(?:\.(\d))?[^\d]*")
# What a level field may hold beside or instead of the level, whose figure is no level of the framework: a CEFR
# language level ("B2", "C1+", "GER B1/B2") and the French count of years of study after the baccalauréat
# ("bac+3"). Written alone, it is a level the framework does not have.
_OTHER_SCALE = regex(r"(?<!\w)(?:[ABC][12](?:\.\d)?\+?|(?i:bac)\s*\+\s*\d)(?![\w+])")
# An entry level written with its number ("Entry 3", "Entry Level 3" of the RQF) is not the level of that number.
_ENTRY = regex(r"\bentry\b", re.IGNORECASE)
# Two or more levels given as one, a range or a choice: "4-5", "Niveau 5 bis 6", "5/6", "6 or 7", "4-5-6"; the spaces
# after a separator are read by the [^\d]*? before the next level alone, so that each is read once.
_LEVEL_RANGE = regex(
    r"[^\d]*?\d{1,2}(?:\.\d)?(?:(?:\s*[-/–—]|\s+(?:to|bis|à|a|al|do|tot|til|till|až|or|oder|ou|o|of|lub)\s)"
    r"[^\d]*?\d{1,2}(?:\.\d)?)+[^\d]*",
    re.IGNORECASE,
)


def _nqf_level(value: object, framework: str | None = None) -> int | str | None:
    """The level a descriptor gives: its number or sub-level ("7.1"), or a level ``framework`` names by a
    word ("Entry" of the NLQF, however written: see :data:`NQF_NAMED_LEVELS`); another scale's level written
    beside it is left out ("Niveau 4 / GER B2" is 4), and written alone it is that text, which no framework has
    ("B2")."""
    number = whole_number(value)
    if number is not None:
        return number if abs(number) <= NQF_LEVEL_MAXIMUM else None  # (the schema reports a larger one)
    if isinstance(value, str):
        text = _OTHER_SCALE.sub(" ", value).strip()
        worded = _WORDED_LEVEL.fullmatch(text)
        if worded is not None and not _ENTRY.search(text):
            number, sub = int(worded.group(1)), worded.group(2)
            return number if sub is None else f"{number}.{sub}"
        named = NQF_NAMED_LEVELS.get(framework or "")
        if named:
            aliases = {alias for alias, known in NQF_ALIASES.items() if known == framework}
            words = [w for w in _plain_words(text).split() if w not in _LEVEL_WORDS and w.upper() not in aliases]
            found = named.get("".join(words)) or named.get(" ".join(words))
            if found is not None:
                return found
        if text != value.strip():
            return " ".join(value.split())
    return None


def sub_level(value: object) -> tuple[str, str, int] | None:
    """The framework whose sub-level a number is, the sub-level and the EQF level it stands for (7.1 is
    CROQF 7.1, EQF 7); ``None`` for a number no known framework has, or more than one has."""
    if not isinstance(value, (float, str)):
        return None
    level = _nqf_level(str(value))
    found = [
        (name, str(level), table[level])
        for name, table in NQF_TO_EQF.items()
        if isinstance(level, str) and level in table
    ]
    return found[0] if len(found) == 1 else None


@register
class CycleMatchesEqf(Rule):
    """The QF-EHEA cycle agrees with the EQF level.

    Why: the cycles of the Qualifications Framework of the EHEA are referenced to EQF levels: short
    cycle 5, first 6, second 7, third 8 (QF-EHEA 2005); a mismatch means one is wrong.
    How: the EQF level given, or without one the level a national level stands for (DQR 7 is EQF 7,
    as MC-LV-003 maps it).
    Passes: matching cycle and level, or only one given. Fails: a mismatch.
    """

    id = "MC-LV-002"
    name = "cycle-matches-eqf"
    title = "QF-EHEA cycle matches the EQF level"
    element = "level"
    clause = "Annex I M8"
    principles = ("transparency", "recognition")
    severity = Severity.WARNING
    weight = 1.0
    message = "the QF-EHEA cycle does not match the EQF level"
    hint = "Write the cycle as its code: short (EQF 5), first (EQF 6), second (EQF 7) or third (EQF 8)."
    example_fail = {"level": {"eqf": 6, "qf_ehea_cycle": "second"}}
    example_pass = {"level": {"eqf": 6, "qf_ehea_cycle": "first"}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when the cycle and an EQF level (or a national level referenced to one) are given."""
        cycle = doc.get("/level/qf_ehea_cycle")
        return isinstance(cycle, str) and cycle in CYCLE_EQF and (doc.eqf is not None or national_eqf(doc) is not None)

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare with the reference table."""
        cycle = doc.get("/level/qf_ehea_cycle")
        national = national_eqf(doc) if doc.eqf is None else None
        eqf = national[1] if national is not None else doc.eqf
        if CYCLE_EQF[cycle] != eqf:
            yield Hit(
                "/level/qf_ehea_cycle",
                message=(
                    msg(_CYCLE_MISMATCH[cycle], level=str(CYCLE_EQF[cycle]), eqf=str(eqf))
                    if national is None
                    else msg(
                        _CYCLE_NATIONAL_MISMATCH[cycle],
                        level=str(CYCLE_EQF[cycle]),
                        national=national[0],
                        eqf=str(eqf),
                    )
                ),
                hint=_cycle_hint(eqf),
            )


def _cycle_hint(eqf: int | None) -> Text | None:
    """The cycle code to write for the EQF level declared; none (the rule's hint) outside the cycles' levels."""
    if eqf is None or eqf not in _EQF_CYCLE:
        return None
    return msg(
        "Write qf_ehea_cycle: {cycle} for EQF {eqf}, or correct the EQF level.", cycle=_EQF_CYCLE[eqf], eqf=str(eqf)
    )


@register
class NqfMatchesEqf(Rule):
    """The national framework level agrees with the EQF level, where the mapping is known.

    Why: national frameworks are referenced to the EQF; a descriptor that gives both must give levels
    that correspond. Bundled mappings: NLQF, DQR, NQR (Austria), PRK (Poland), the French 2019
    nomenclature (CNCP/RNCP), QNQ (Italy, Portugal), MQF (Malta), VKS (Flanders), CFC (French-speaking
    Belgium) and MECU (Spain), all level for level (the NLQF's Entry level, Entreeniveau, is EQF 1);
    the Croatian CROQF level for level, its sub-levels included (4.1 and 4.2 are EQF 4, 7.1 and 7.2
    EQF 7, 8.1 and 8.2 EQF 8); the Irish NFQ (1-4 -> 1-4, 5 -> 4, 6 -> 5, 7 and 8 -> 6, 9 -> 7,
    10 -> 8) and the Spanish higher-education MECES (1 -> 5, 2 -> 6, 3 -> 7, 4 -> 8); the UK's RQF and
    CQFW (1 -> 2, 2 -> 3, 3 -> 4, 4 and 5 -> 5, 6-8 level for level; entry levels not judged), the FHEQ
    (levels 4-8 on the same scale) and the SCQF (3 -> 1, 4 -> 2, 5 -> 3, 6 -> 4, 7 and 8 -> 5, 9 and
    10 -> 6, 11 -> 7, 12 -> 8; levels 1 and 2 are referenced to none).
    A name that says no more than "national framework" ("National Framework of Qualifications", a bare
    "NFQ" or "NQF") is the framework of the awarding bodies' country where they are all of one country with
    one framework bundled: from a Romanian body the CNC, from a Hungarian one the MKKR, from a Finnish one the
    FiNQF, not Ireland's NFQ; from bodies of several countries, of Belgium, Spain or the United Kingdom (several
    frameworks each) or of a country whose framework is not bundled, it is not judged. Other frameworks are
    not judged.
    Options: ``framework`` (null; a national profile names its own, and a generic name is then read as
    that framework whatever the awarding bodies' countries: "NFQ" under the Irish profile is Ireland's).
    Passes: corresponding levels, or an unknown framework. Fails: a mismatch, and a level the framework
    does not have (DQR 9, NLQF -1), with or without an EQF level beside it, and two levels given as one (DQR
    "4-5", "5 or 6") unless an EQF level beside them says which.

    Bundled too, level for level: the Finnish FiNQF, Swedish SeQF, Lithuanian LTKS, Latvian LKI, Slovak
    SKKR, Greek HQF, Romanian CNC and Luxembourg CLQ, Hungarian MKKR, Estonian EKR, Danish framework for
    lifelong learning and Cyprus CyQF, the Bulgarian framework from level 1 (its level 0 is not judged), and
    the Norwegian NKR from level 2 (its 5.1 and 5.2 are EQF 5; its level 1 is not judged); the Slovenian
    SOK's ten levels (1-4 -> 1-4, 5 -> 4, 6 -> 5, 7 -> 6, 8 -> 7, 9 and 10 -> 8).

    France's nomenclature of 1969, numbered the other way round in Roman numerals, is read as the decree
    of 2019 places it (I -> 7, II -> 6, III -> 5, IV -> 4, V -> 3). A level of another scale written in
    the level beside the framework's (a CEFR "B2", "bac+3") is left out, and alone it is a level the
    framework does not have; so is a course number ("Level 300"). A level.nqf that names a scale which
    is no qualifications framework (CEFR, DigComp, EntreComp, GreenComp, LifeComp, e-CF, SFIA, ISCED)
    fails when it is the only level given, with no EQF level or QF-EHEA cycle beside it.
    """

    id = "MC-LV-003"
    name = "nqf-matches-eqf"
    title = "NQF level matches the EQF level"
    element = "level"
    clause = "Annex I M8"
    principles = ("transparency", "recognition")
    severity = Severity.WARNING
    weight = 1.0
    message = "the NQF level does not match the EQF level"
    hint = "Check the national framework's referencing to the EQF."
    defaults = {"framework": None}
    options_schema = {"framework": {"type": ["string", "null"]}}
    example_fail = {"level": {"eqf": 6, "qf_ehea_cycle": "first", "nqf": {"framework": "NLQF", "level": 5}}}
    example_pass = {"level": {"eqf": 6, "qf_ehea_cycle": "first", "nqf": {"framework": "NLQF", "level": 6}}}

    def _known(self, doc: Descriptor, ctx: RuleContext) -> tuple[str, str] | None:
        """The declared framework: the profile's own when the name may be read as it, else as the awarding
        bodies' countries let it be read."""
        name, wanted = doc.get("/level/nqf/framework"), ctx.options["framework"]
        own = _framework(name)
        if wanted and own is not None and own[0] == nqf_framework(wanted):
            return own
        return _declared_framework(doc)

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when an NQF level of a known framework is given: with an EQF level, that the two agree;
        alone, that the framework has that level. And when the only level named is on a scale that is no
        qualifications framework (CEFR B2, DigComp 5)."""
        return self._known(doc, ctx) is not None or _scale_alone(doc)

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look the NQF level up in the framework's table."""
        known = self._known(doc, ctx)
        if known is None:
            if _scale_alone(doc):
                yield Hit(
                    "/level/nqf/framework",
                    message=msg(
                        "{framework} is no qualifications framework: its levels are neither EQF nor national levels",
                        framework=quote(str(doc.get("/level/nqf/framework")), 40),
                    ),
                    hint=msg(
                        "Give level: {eqf: 6} (and the QF-EHEA cycle or NQF level), or level: {not_applicable: reason}."
                    ),
                )
            return
        written = doc.get("/level/nqf/level")
        level = _nqf_level(written, known[0])
        eqf = doc.eqf
        spanned = _spanned_eqf(known, written) if level is None else None
        if isinstance(written, str) and spanned is not None and eqf not in spanned:  # an EQF level may say which
            yield Hit(
                "/level/nqf/level",
                message=msg(
                    "{framework} level '{level}' is several levels, not one",
                    framework=known[1],
                    level=quote(written, 40),
                ),
                hint=msg("Give the one {framework} level the learning outcomes are at.", framework=known[1]),
            )
            return
        if level is None or level in NQF_UNREFERENCED.get(known[0], ()):
            return
        table, framework = NQF_TO_EQF[known[0]], known[1]
        if level not in table:
            numbered = [key for key in (*table, *NQF_UNREFERENCED.get(known[0], ())) if isinstance(key, int)]
            yield Hit(
                "/level/nqf/level",
                message=msg(
                    "{framework} has no level {level} (levels {lowest}-{highest})",
                    framework=framework,
                    level=str(level),
                    lowest=str(min(numbered)),
                    highest=str(max(numbered)),
                ),
                hint=msg(
                    "Give a {framework} level between {lowest} and {highest}.",
                    framework=framework,
                    lowest=str(min(numbered)),
                    highest=str(max(numbered)),
                ),
            )
        elif eqf is not None and table[level] != eqf:
            matching = [str(k) for k, v in table.items() if v == eqf]
            yield Hit(
                "/level/nqf/level",
                message=msg(
                    "{framework} level {level} corresponds to EQF {mapped}, but EQF {eqf} is declared",
                    framework=framework,
                    level=str(level),
                    mapped=str(table[level]),
                    eqf=str(eqf),
                ),
                hint=(
                    msg(
                        "EQF {eqf} is {framework} level {levels}; correct one of the two.",
                        eqf=str(eqf),
                        framework=framework,
                        levels=either(matching),
                    )
                    if matching
                    else msg(
                        "No {framework} level corresponds to EQF {eqf}; correct one of the two.",
                        eqf=str(eqf),
                        framework=framework,
                    )
                ),
            )


# Scales of proficiency and classifications that a level.nqf may name and that are no qualifications framework,
# by their abbreviations and names (as plain words, see _plain_words): the CEFR of languages (GER, CECRL, MCER,
# QCER, ESOKJ, SERR in its languages), the European competence frameworks DigComp (and DigCompEdu), EntreComp,
# GreenComp and LifeComp, the e-CF and SFIA of ICT skills, and ISCED's levels of education programmes.
_NON_QUALIFICATION_SCALES = frozenset(
    {"cefr", "ger", "cecrl", "cecr", "mcer", "qcer", "esokj", "serr", "digcomp", "digcompedu", "entrecomp"}
    | {"greencomp", "lifecomp", "ecf", "sfia", "isced"}
)
_NON_QUALIFICATION_NAMES = ("common european framework of reference", "gemeinsamer europaischer referenzrahmen")


def _scale_alone(doc: Descriptor) -> bool:
    """Whether the descriptor's only level is one of a scale that is no qualifications framework: level.nqf
    names such a scale, and no EQF level or QF-EHEA cycle is given."""
    name = doc.get("/level/nqf/framework")
    if not isinstance(name, str) or doc.get("/level/eqf") is not None or doc.get("/level/qf_ehea_cycle") is not None:
        return False
    words = _plain_words(name)
    return (
        not _NON_QUALIFICATION_SCALES.isdisjoint(words.split())
        or words.replace(" ", "") in _NON_QUALIFICATION_SCALES
        or words.startswith(_NON_QUALIFICATION_NAMES)
    )


@register
class EqfInRange(Rule):
    """The EQF level is within the range a framework accepts (a profile threshold).

    Why: some frameworks admit micro-credentials only at certain levels, e.g. the EMC Common
    Microcredential Framework at EQF 6-7, later also 4-5.
    Options (off by default): ``min_eqf``, ``max_eqf``, ``required`` (an EQF level must be given,
    not only an NQF level or a reason none applies) and ``national_equivalent`` (a profile that admits
    the national equivalent, as the EMC's does, takes the EQF level a national level or QF-EHEA cycle
    stands for when no EQF level is given: FHEQ 7 is EQF 7).
    Passes: a level within the range. Fails: a level outside it, or none when required.

    Not when `level` is missing altogether: MC-EL-008 says so, once.
    """

    id = "MC-LV-001"
    name = "eqf-in-range"
    title = "EQF level is within the framework's range"
    element = "level"
    clause = "Annex I M8"
    principles = ("transparency", "recognition")
    severity = Severity.ERROR
    weight = 2.0
    message = "the EQF level is outside the framework's range"
    hint = "Check the level, or the profile."
    defaults = {"min_eqf": None, "max_eqf": None, "required": False, "national_equivalent": False}
    options_schema = {
        "min_eqf": {"type": ["integer", "null"], "minimum": 1, "maximum": 8},
        "max_eqf": {"type": ["integer", "null"], "minimum": 1, "maximum": 8},
        "required": {"type": "boolean"},
        "national_equivalent": {"type": "boolean"},
    }
    example_options = {"min_eqf": 6, "max_eqf": 7}
    example_fail = {"level": {"eqf": 5, "qf_ehea_cycle": "short"}}
    example_pass = {"level": {"eqf": 6, "qf_ehea_cycle": "first"}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when the profile sets a range or requires a level."""
        opts = ctx.options
        return opts["min_eqf"] is not None or opts["max_eqf"] is not None or bool(opts["required"])

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare with the range."""
        opts = ctx.options
        eqf = doc.whole("/level/eqf")
        low, high = opts["min_eqf"] or 1, opts["max_eqf"] or 8
        if eqf is None:
            # A level given but not as a whole number in level.eqf ("EQF 6", level: 6) is the schema
            # rule's finding, which says how to write it: it is given, not missing.
            level = doc.get("/level")
            given = level.get("eqf") if isinstance(level, dict) else level
            equivalent = implied_eqf(doc) if opts["national_equivalent"] and given is None else None
            if equivalent is not None and not low <= equivalent <= high:
                yield Hit(
                    "/level",
                    message=msg(
                        "the level given stands for EQF {eqf}, outside the range EQF {low}-{high} this profile accepts",
                        eqf=str(equivalent),
                        low=str(low),
                        high=str(high),
                    ),
                )
            elif opts["required"] and given is None and level is not None and equivalent is None:
                yield Hit(
                    "/level",
                    message=msg("no EQF level is given, and this profile requires one"),
                    hint=msg("Give level: {eqf: N}."),
                )
            return
        if not low <= eqf <= high:
            yield Hit(
                "/level/eqf",
                message=msg(
                    "EQF level {eqf} is outside the range EQF {low}-{high} this profile accepts",
                    eqf=str(eqf),
                    low=str(low),
                    high=str(high),
                ),
            )


@register
class NqfLevelGiven(Rule):
    """A national framework level is given (a profile threshold).

    Why: national listings (for example the Irish NFQ) place every award on the national framework.
    Options: ``framework`` (null: any framework; else its name, e.g. NFQ, compared like MC-LV-003).
    Passes: level.nqf names the framework. Fails: no NQF level, or one in another framework.

    ``framework`` may also list several names (the UK's FHEQ, FQHEIS, SCQF, CQFW and RQF): a level in any
    of them passes. Not when `level` is missing altogether: MC-EL-008 says so, once.
    """

    id = "MC-LV-004"
    name = "nqf-level-given"
    title = "National framework level is given"
    element = "level"
    clause = "Annex I M8"
    principles = ("transparency", "recognition")
    severity = Severity.ERROR
    weight = 1.0
    message = "no national framework level is given"
    hint = "Give level: {nqf: {framework: ..., level: ...}}."
    defaults = {"framework": None}
    options_schema = {
        "framework": {"type": ["string", "null", "array"], "items": {"type": "string", "minLength": 1}, "minItems": 1}
    }
    example_options = {"framework": "NLQF"}
    example_fail = {"level": {"eqf": 6, "qf_ehea_cycle": "first"}}
    example_pass = {"level": {"eqf": 6, "qf_ehea_cycle": "first", "nqf": {"framework": "NLQF", "level": 6}}}

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look for the NQF level and its framework."""
        names = ctx.options["framework"]
        names = [names] if isinstance(names, str) else list(names or ())
        wanted = "/".join(names)
        if doc.get("/level") is None:
            return
        framework = doc.get("/level/nqf/framework")
        if not isinstance(framework, str) or not framework.strip():
            yield Hit(
                "/level",
                message=(
                    msg(
                        "no national framework level is given; this profile requires a {framework} level",
                        framework=wanted,
                    )
                    if wanted
                    else msg("no national framework level is given")
                ),
                hint=(
                    msg("Give level: {nqf: {framework: {framework}, level: ...}}.", framework=wanted)
                    if wanted
                    else msg("Give level: {nqf: {framework: ..., level: ...}}.")
                ),
            )
            return
        # As the bodies' countries read it, or the abbreviation the profile asks for as it is written ("NFQ" under
        # the Irish profile is Ireland's, whatever the bodies' countries, as MC-LV-003 reads it)
        given = {nqf_framework(framework, doc.body_countries()) or framework.upper(), framework.strip().upper()}
        if names and given.isdisjoint(nqf_framework(name) or name.upper() for name in names):
            yield Hit(
                "/level/nqf/framework",
                message=msg(
                    "the NQF level is given in {given}, but this profile requires {framework}",
                    given=framework,
                    framework=wanted,
                ),
                hint=msg("Give the {framework} level.", framework=wanted),
            )


@register
class GradeFitsScheme(Rule):
    """A credential's grade fits its grading scheme: on the scheme's scale, a pass, and no grade where the
    scheme awards none.

    Why: the grade achieved (Annex I O3) is read against the grading scheme; a grade outside its scale or of
    another scale, or a failing grade on an issued credential, is a typing error or a credential not earned
    as it says (Annex II valid assessment, authenticity).
    Passes: a grade within the scale the scheme states (a range such as `1-5`, `0 à 20`, `od 2 do 5`;
    `sur 20`, `out of 100`, percentages, `10-point scale`; the Danish 7-point scale; letters such as
    `A-F` or the ECTS grades A-E/FX/F), not below the pass mark the scheme names (in the direction its labels
    or an unambiguous convention give: 1 is the best of a German, Czech or Slovak 1-5 scale and of a German body's
    1-6 scale, 6 the best of a Swiss or Liechtenstein body's 1-6 scale or of one the scheme calls Swiss, other 1-6
    scales either way round) and within the passing grades it lists (`6-10 passing`); a pass, or no grade, for a
    pass/fail or "not graded" scheme; any grade when the scale cannot be read (only the first 300 characters
    of a scheme are read), but a failing result of a scheme of worded results that names its fail
    (`Fail` for "Distinction, Merit, Credit, Pass, Fail").
    Fails (a warning): a grade outside the range (`25` for `0-20`), a number or letter of another scale
    (`8/10` or `B` for `0-20`, `5` on the Danish scale), a graded result for a pass/fail or not graded
    scheme (`8`, `B+`, `sehr gut`), and a failing grade where the scheme names its pass mark or failing
    grades (`8` with "pass at 10", `F` with "E lowest pass", `5` with "1 (sehr gut) bis 5 (nicht
    genügend)", `Fail`), an ECTS grade FX or F given beside the national one (`4,0 (ECTS FX)`). One finding,
    at the first language entry of the grade that does not fit.

    Also read, in the EU's languages: a scale named by its number of points in words (`ten-point scale`,
    `Zehn-Punkte-Skala`, `dešimtbalė skalė`, `escala de cero a diez`, `scala in trentesimi`); grades named by
    symbols with their labels in the same order (`U, G, VG (underkänd, godkänd, väl godkänd)`), whose symbols
    labelled as a fail are failing grades; failing grades given as a band or a single grade (`suspenso
    (0-4,9)`, `0-39 fail`, `nicht bestanden: 5,0`); and open bands (`70+`, `below 50`, `unter 50 %`, `moins de
    10`), which make the scale run from 0 or to 100 and, labelled as a fail, give the pass mark.

    Read too: a scale named by its two labelled ends (`Sehr gut (1) bis Nicht genügend (5)`); a number said to mean a
    failing grade (`2 oznacza ocenę niedostateczną`); the Swedish grades listed without labels (`U, G, VG`, `U, 3, 4,
    5`), whose first is the fail; and a pass mark named with the grade a pass is given with, in the case each language
    puts it in (`hyväksytty arvosanalla 1`, `zaliczenie z oceną 3`, `godkänt med betyget 3`, `mit der Note 4`).
    """

    id = "MC-AS-004"
    name = "grade-fits-grading-scheme"
    title = "Grade fits the grading scheme"
    element = "grade"
    clause = "Annex I O3"
    principles = ("valid_assessment", "authenticity")
    severity = Severity.WARNING
    weight = 0.5
    message = "the grade does not fit the grading scheme"
    hint = "Give the grade on the scale the grading scheme states, or correct the grading scheme."
    kinds = ("credential",)
    example_fail = {
        "kind": "credential",
        "learner": {"name": "Mara Schneider"},
        "issue_date": "2026-07-03",
        "assessment": {"types": ["project-work"], "grading_scheme": {"en": "0-20, pass at 10"}},
        "grade": {"en": "8/10"},
    }
    example_pass = {
        "kind": "credential",
        "learner": {"name": "Mara Schneider"},
        "issue_date": "2026-07-03",
        "assessment": {"types": ["project-work"], "grading_scheme": {"en": "0-20, pass at 10"}},
        "grade": {"en": "16/20"},
    }

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged on a credential whose grade and grading scheme are given and whose scheme's scale can be read."""
        if not super().applies(doc, ctx) or doc.get("/grade") is None:
            return False
        from qa_checker.rules import grading  # imported on use: its patterns are compiled only for graded credentials

        return bool(doc.memo("grades-on-scales", grading.grades_on_scales))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Judge each grade's language entry against the scale; report the first that does not fit."""
        from qa_checker.rules import grading

        plain = isinstance(doc.get("/grade"), str)
        for language, grade, scale, scheme_text in doc.memo("grades-on-scales", grading.grades_on_scales):
            problem = grading.judge(grade, scale, scheme_text)
            if problem is None:
                continue
            kind, letters = problem
            yield Hit(
                "/grade" if plain else child("/grade", language),
                message=msg(grading.MESSAGES[kind], grade=quote(grade.text, 40), scale=scale.label(letters)),
                hint=msg(grading.HINTS.get(kind, self.hint)),
            )
            return
