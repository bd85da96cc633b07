"""Schedules with hours, short schedules judged by the day, national levels and the French framework's name."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.descriptor import Descriptor
from qa_checker.rules.consistency import duration_days, national_eqf
from tests.rules.cases import RULE_FIXTURES, Case, build_descriptor, run_case


def messages(rule: str, changes: dict[str, Any], options: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    """The pointer and message of each finding of ``rule`` on the good offer with ``changes`` set."""
    spec = {"id": "gap", "set": changes, "options": options or {}}
    return [(f.pointer, f.message) for f in run_case(Case(rule, "gap", spec, RULE_FIXTURES / f"{rule}.yaml"))]


def schedule(start: str | None = None, end: str | None = None, duration: str | None = None) -> dict[str, str]:
    given = {"start": start, "end": end, "duration": duration}
    return {k: v for k, v in given.items() if v is not None}


class TestDurationWithHours:
    @pytest.mark.parametrize(
        ("duration", "days"),
        [("PT36H", 1.5), ("P1DT12H", 1.5), ("PT90M", 90 / 1440), ("PT3600S", 1 / 24), ("P1WT24H", 8.0)],
    )
    def test_a_time_is_elapsed_time(self, duration: str, days: float) -> None:
        assert duration_days(duration) == pytest.approx(days)

    @pytest.mark.parametrize("duration", ["PT", "P1DT", "P1DTfoo", "PT0H", "PT1.5H"])
    def test_a_time_the_schema_rejects_or_of_nothing_is_no_length(self, duration: str) -> None:
        assert duration_days(duration) is None

    def test_hours_that_contradict_the_dates(self) -> None:
        found = messages("MC-DT-001", {"/participation/schedule": schedule("2026-02-02", "2026-04-10", "PT40H")})
        assert found == [
            (
                "/participation/schedule/duration",
                "the duration PT40H (2 days) does not match the dates 2026-02-02 to 2026-04-10 (68 days)",
            )
        ]

    def test_less_than_a_day_is_shown_as_a_fraction(self) -> None:
        found = messages("MC-DT-001", {"/participation/schedule": schedule("2026-02-02", "2026-02-10", "PT12H")})
        assert [message for _, message in found] == [
            "the duration PT12H (0.5 days) does not match the dates 2026-02-02 to 2026-02-10 (9 days)"
        ]

    def test_days_and_hours_that_agree_with_the_dates(self) -> None:
        changes = {"/participation/schedule": schedule("2026-02-02", "2026-02-03", "P1DT12H")}
        assert messages("MC-DT-001", changes) == []

    def test_the_workload_is_judged_against_hours(self) -> None:
        changes = {"/workload": {"hours": 40}, "/participation/schedule": schedule(duration="PT40H")}
        assert messages("MC-WL-004", changes) == [
            ("/workload/hours", "40 hours in 1.67 days (duration PT40H) is more than 12 hours a day")
        ]

    def test_a_workload_that_fits_hours(self) -> None:
        changes = {"/workload": {"hours": 10}, "/participation/schedule": schedule(duration="P1DT12H")}
        assert messages("MC-WL-004", changes) == []


class TestShortScheduleByTheDay:
    def test_one_day(self) -> None:
        changes = {"/workload": {"hours": 20}, "/participation/schedule": schedule("2026-02-02", "2026-02-02")}
        assert messages("MC-WL-004", changes) == [
            ("/workload/hours", "20 hours in 1 day (2026-02-02 to 2026-02-02) is more than 12 hours a day")
        ]

    def test_a_workshop_of_its_own_length_in_hours(self) -> None:
        """8 hours of learning in a duration of 8 hours was "8 hours in 0.33 days ... more than 12 hours a day"."""
        changes = {"/workload": {"hours": 8}, "/participation/schedule": schedule(duration="PT8H")}
        assert messages("MC-WL-004", changes) == []

    def test_more_hours_than_the_duration_lasts(self) -> None:
        changes = {"/workload": {"hours": 20}, "/participation/schedule": schedule(duration="PT8H")}
        assert [message for _, message in messages("MC-WL-004", changes)] == [
            "20 hours of learning do not fit in the duration PT8H, which lasts 8 hours"
        ]

    def test_a_long_sitting_of_less_than_a_day_counts_as_a_day(self) -> None:
        changes = {"/workload": {"hours": 14}, "/participation/schedule": schedule(duration="PT16H")}
        assert [message for _, message in messages("MC-WL-004", changes)] == [
            "14 hours in 0.67 days (duration PT16H) is more than 12 hours a day"
        ]

    def test_a_weekend(self) -> None:
        changes = {"/workload": {"hours": 30}, "/participation/schedule": schedule("2026-02-07", "2026-02-08")}
        assert [message for _, message in messages("MC-WL-004", changes)] == [
            "30 hours in 2 days (2026-02-07 to 2026-02-08) is more than 12 hours a day"
        ]

    def test_the_daily_maximum_is_an_option(self) -> None:
        day = schedule("2026-02-02", "2026-02-02")
        assert messages("MC-WL-004", {"/workload": {"hours": 13}, "/participation/schedule": day}, {}) != []
        options = {"max_hours_per_day": 14}
        assert messages("MC-WL-004", {"/workload": {"hours": 13}, "/participation/schedule": day}, options) == []
        found = messages("MC-WL-004", {"/workload": {"hours": 15}, "/participation/schedule": day}, options)
        assert [message for _, message in found] == [
            "15 hours in 1 day (2026-02-02 to 2026-02-02) is more than 14 hours a day"
        ]

    def test_nor_more_than_a_week_holds(self) -> None:
        changes = {"/workload": {"hours": 65}, "/participation/schedule": schedule("2026-02-02", "2026-02-07")}
        assert [message for _, message in messages("MC-WL-004", changes)] == [
            "65 hours in 6 days (2026-02-02 to 2026-02-07) is 65 hours per week, more than 60"
        ]

    def test_a_week_or_longer_is_judged_by_the_week(self) -> None:
        changes = {"/workload": {"hours": 130}, "/participation/schedule": schedule("2026-02-02", "2026-02-15")}
        assert [message for _, message in messages("MC-WL-004", changes)] == [
            "130 hours in 14 days (2026-02-02 to 2026-02-15) is 65 hours per week, more than 60"
        ]

    def test_the_ects_a_short_schedule_cannot_hold_are_the_culprit(self) -> None:
        changes = {
            "/workload": {"ects": 5, "hours": 10},
            "/participation/schedule": schedule("2026-02-02", "2026-02-02"),
        }
        assert [pointer for pointer, _ in messages("MC-WL-002", changes)] == ["/workload/ects"]


class TestCycleAgainstANationalLevel:
    def test_a_national_level_that_contradicts_the_cycle(self) -> None:
        changes = {"/level": {"qf_ehea_cycle": "second", "nqf": {"framework": "DQR", "level": 6}}}
        assert messages("MC-LV-002", changes) == [
            ("/level/qf_ehea_cycle", "the second cycle is EQF level 7, but DQR 6 is declared, which is EQF 6")
        ]

    def test_a_national_level_that_agrees(self) -> None:
        changes = {"/level": {"qf_ehea_cycle": "second", "nqf": {"framework": "DQR", "level": 7}}}
        assert messages("MC-LV-002", changes) == []

    def test_the_eqf_level_given_is_the_one_compared(self) -> None:
        changes = {"/level": {"eqf": 7, "qf_ehea_cycle": "second", "nqf": {"framework": "DQR", "level": 6}}}
        assert messages("MC-LV-002", changes) == []

    def test_a_framework_without_a_known_referencing_is_not_judged(self) -> None:
        changes = {"/level": {"qf_ehea_cycle": "second", "nqf": {"framework": "ISQF", "level": 6}}}
        assert messages("MC-LV-002", changes) == []


class TestFrenchFrameworkName:
    @pytest.mark.parametrize(
        ("framework", "named"),
        [
            ("RNCP", "RNCP"),
            ("FRNQF", "FRNQF"),
            ("CNCP", "CNCP"),
            ("Répertoire national des certifications professionnelles", "RNCP"),
            ("Cadre national des certifications professionnelles", "RNCP"),
            ("Cadre national des certifications professionnelles (CNCP)", "CNCP"),
        ],
    )
    def test_named_as_the_descriptor_names_it(self, framework: str, named: str) -> None:
        changes = {"/level": {"eqf": 7, "nqf": {"framework": framework, "level": 6}}}
        assert [message for _, message in messages("MC-LV-003", changes)] == [
            f"{named} level 6 corresponds to EQF 6, but EQF 7 is declared"
        ]

    def test_a_level_the_framework_lacks(self) -> None:
        changes = {"/level": {"eqf": 7, "nqf": {"framework": "RNCP", "level": 9}}}
        found = run_case(Case("MC-LV-003", "gap", {"id": "gap", "set": changes}, RULE_FIXTURES / "MC-LV-003.yaml"))
        assert [(f.message, f.hint) for f in found] == [
            ("RNCP has no level 9 (levels 1-8)", "Give a RNCP level between 1 and 8.")
        ]

    def test_a_national_level_as_other_rules_show_it(self) -> None:
        data = build_descriptor({"set": {"/level": {"nqf": {"framework": "RNCP", "level": 7}}}})
        assert national_eqf(Descriptor(data)) == ("RNCP 7", 7)

    def test_other_frameworks_keep_their_names(self) -> None:
        changes = {"/level": {"eqf": 6, "nqf": {"framework": " Irish  NFQ ", "level": 9}}}
        assert [message for _, message in messages("MC-LV-003", changes)] == [
            "Irish NFQ level 9 corresponds to EQF 7, but EQF 6 is declared"
        ]

    def test_a_profile_names_the_same_framework_another_way(self) -> None:
        changes = {"/level": {"eqf": 6, "nqf": {"framework": "RNCP", "level": 6}}}
        assert messages("MC-LV-004", changes, {"framework": "CNCP"}) == []


class TestDutchEntryLevel:
    """The NLQF's Entry level (Entreeniveau), below NLQF 1 and referenced to EQF 1, was no level at all: a
    descriptor giving it with EQF 1 or alone was not judged, and one giving it with EQF 2 passed."""

    @pytest.mark.parametrize(
        "level",
        ["Entry", "entry", "Entreeniveau", "entreeniveau", "Entree-niveau", "Entrée", "Entry level", "NLQF Entry"],
    )
    def test_maps_to_eqf_1(self, level: str) -> None:
        data = build_descriptor({"set": {"/level": {"nqf": {"framework": "NLQF", "level": level}}}})
        assert national_eqf(Descriptor(data)) == ("NLQF Entry", 1)
        assert messages("MC-LV-003", {"/level": {"eqf": 1, "nqf": {"framework": "NLQF", "level": level}}}) == []

    def test_another_eqf_level_is_a_mismatch(self) -> None:
        changes = {"/level": {"eqf": 2, "nqf": {"framework": "NLQF", "level": "Entreeniveau"}}}
        assert [message for _, message in messages("MC-LV-003", changes)] == [
            "NLQF level Entry corresponds to EQF 1, but EQF 2 is declared"
        ]

    def test_eqf_1_names_both_nlqf_levels_that_correspond(self) -> None:
        changes = {"/level": {"eqf": 1, "nqf": {"framework": "NLQF", "level": 2}}}
        found = run_case(Case("MC-LV-003", "gap", {"id": "gap", "set": changes}, RULE_FIXTURES / "MC-LV-003.yaml"))
        assert [f.hint for f in found] == ["EQF 1 is NLQF level 1 or Entry; correct one of the two."]

    def test_only_the_nlqf_names_an_entry_level(self) -> None:
        data = build_descriptor({"set": {"/level": {"nqf": {"framework": "DQR", "level": "Entry"}}}})
        assert national_eqf(Descriptor(data)) is None
        changes = {"/level": {"eqf": 7, "nqf": {"framework": "NLQF", "level": 9}}}
        found = run_case(Case("MC-LV-003", "gap", {"id": "gap", "set": changes}, RULE_FIXTURES / "MC-LV-003.yaml"))
        assert [f.message for f in found] == ["NLQF has no level 9 (levels 1-8)"]


@pytest.mark.parametrize(
    ("earlier", "later", "years", "over"),
    [
        ("2023-12-01", "2026-12-01", 3, False),
        ("2023-12-01", "2026-12-02", 3, True),
        ("2024-02-29", "2027-02-28", 3, False),
        ("2024-02-29", "2027-03-01", 3, True),
        ("2020-01-01", "2022-07-01", 2.5, False),
        ("2020-01-01", "2022-07-03", 2.5, True),
        ("9990-01-01", "9999-12-31", 20, False),
    ],
)
def test_years_are_counted_in_calendar_years(earlier: str, later: str, years: float, over: bool) -> None:
    from datetime import date

    from qa_checker.rules.consistency import more_than_years

    assert more_than_years(date.fromisoformat(earlier), date.fromisoformat(later), years) is over


@pytest.mark.parametrize("duration", ["P" + "9" * 5000 + "D", "P" + "9" * 400 + "Y", "PT" + "9" * 400 + "M"])
def test_a_duration_of_more_days_than_can_be_counted_is_judged_by_no_rule_and_crashes_none(duration: str) -> None:
    assert duration_days(duration) is None
    spec = {"set": {"/participation/schedule": {"start": "2026-02-02", "end": "2026-04-10", "duration": duration}}}
    findings = run_case(Case("MC-DT-001", "huge-duration", spec, RULE_FIXTURES / "MC-DT-001.yaml"))
    assert [f.rule for f in findings] == []
