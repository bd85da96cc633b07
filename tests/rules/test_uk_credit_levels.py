"""UK providers: 20 hours per ECTS (two UK credits of 10 hours), and the RQF, CQFW, FHEQ and SCQF levels."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rules.cases import RULE_FIXTURES, Case, run_case

UK_BODY = {"/awarding_bodies/0/country": "GB"}
NO_REGION = ["/awarding_bodies/0/region"]


def messages(rule: str, changes: dict[str, Any]) -> list[tuple[str, str]]:
    """The pointer and message of each finding of ``rule`` on the good offer with ``changes`` set."""
    spec = {"id": "uk", "set": changes, "remove": NO_REGION}
    return [(f.pointer, f.message) for f in run_case(Case(rule, "uk", spec, RULE_FIXTURES / f"{rule}.yaml"))]


class TestUkWorkload:
    def test_ten_uk_credits_of_ten_hours_are_five_ects(self) -> None:
        assert messages("MC-WL-002", {**UK_BODY, "/workload": {"ects": 5, "hours": 100}}) == []

    def test_the_uk_band_still_has_a_floor(self) -> None:
        assert messages("MC-WL-002", {**UK_BODY, "/workload": {"ects": 5, "hours": 60}}) == [
            ("/workload/hours", "60 hours for 5 ECTS is 12 hours per ECTS; expected 100-150 hours (20-30 per ECTS)")
        ]

    def test_twenty_hours_per_ects_elsewhere_is_a_finding(self) -> None:
        assert [p for p, _ in messages("MC-WL-002", {"/workload": {"ects": 5, "hours": 100}})] == ["/workload/hours"]

    def test_a_body_outside_the_uk_beside_a_uk_one_keeps_the_ects_band(self) -> None:
        bodies = [{"name": "The Open University", "country": "GB"}, {"name": "Universiteit Leiden", "country": "NL"}]
        assert messages("MC-WL-002", {"/awarding_bodies": bodies, "/workload": {"ects": 5, "hours": 100}})


class TestUkLevels:
    @pytest.mark.parametrize(
        ("framework", "level", "eqf"),
        [
            ("RQF", 4, 5),
            ("RQF", 1, 2),
            ("Regulated Qualifications Framework", 6, 6),
            ("CQFW", 3, 4),
            ("FHEQ", 5, 5),
            ("SCQF", 10, 6),
            ("SCQF", 7, 5),
            ("Scottish Credit and Qualifications Framework", 11, 7),
        ],
    )
    def test_referenced_levels_agree(self, framework: str, level: int, eqf: int) -> None:
        changes = {**UK_BODY, "/level": {"eqf": eqf, "nqf": {"framework": framework, "level": level}}}
        assert messages("MC-LV-003", changes) == []

    def test_an_scqf_level_at_another_eqf_level_is_a_finding(self) -> None:
        changes = {**UK_BODY, "/level": {"eqf": 7, "nqf": {"framework": "SCQF", "level": 7}}}
        assert messages("MC-LV-003", changes) == [
            ("/level/nqf/level", "SCQF level 7 corresponds to EQF 5, but EQF 7 is declared")
        ]

    def test_an_rqf_level_at_another_eqf_level_is_a_finding(self) -> None:
        changes = {**UK_BODY, "/level": {"eqf": 6, "nqf": {"framework": "RQF", "level": 4}}}
        assert messages("MC-LV-003", changes) == [
            ("/level/nqf/level", "RQF level 4 corresponds to EQF 5, but EQF 6 is declared")
        ]

    def test_the_fheq_starts_at_level_4(self) -> None:
        changes = {**UK_BODY, "/level": {"eqf": 4, "nqf": {"framework": "FHEQ", "level": 3}}}
        assert messages("MC-LV-003", changes) == [("/level/nqf/level", "FHEQ has no level 3 (levels 4-8)")]

    @pytest.mark.parametrize(("framework", "level"), [("SCQF", 1), ("SCQF", 2), ("RQF", "Entry 3")])
    def test_levels_referenced_to_no_eqf_level_are_not_judged(self, framework: str, level: object) -> None:
        changes = {**UK_BODY, "/level": {"eqf": 6, "nqf": {"framework": framework, "level": level}}}
        assert messages("MC-LV-003", changes) == []

    def test_the_scqf_has_twelve_levels(self) -> None:
        changes = {**UK_BODY, "/level": {"eqf": 8, "nqf": {"framework": "SCQF", "level": 13}}}
        assert messages("MC-LV-003", changes) == [("/level/nqf/level", "SCQF has no level 13 (levels 1-12)")]


class TestTenHourCredits:
    @pytest.mark.parametrize(
        ("system", "credits", "hours"),
        [
            ("UK credits", 10, 100),
            ("CATS points", 15, 150),
            ("SCQF credit points", 20, 200),
            ("QQI FET credits", 15, 150),
        ],
    )
    def test_credits_of_ten_hours_that_agree(self, system: str, credits: int, hours: int) -> None:
        workload = {"hours": hours, "other_credits": {"system": system, "value": credits}}
        assert messages("MC-WL-002", {**UK_BODY, "/workload": workload}) == []

    def test_credits_that_disagree_with_the_hours(self) -> None:
        workload = {"ects": 5, "hours": 100, "other_credits": {"system": "UK credits", "value": 20}}
        assert messages("MC-WL-002", {**UK_BODY, "/workload": workload}) == [
            (
                "/workload/other_credits/value",
                "20 credits (UK credits) stand for 200 hours of learning at 10 hours per credit, but 100 hours are given",
            )
        ]

    def test_a_credit_system_of_unknown_hours_is_not_judged(self) -> None:
        workload = {"hours": 120, "other_credits": {"system": "ECVET", "value": 8}}
        assert messages("MC-WL-002", {"/workload": workload}) == []
