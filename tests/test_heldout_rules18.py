"""Held-out descriptors, round eighteen: dates, schedules, validity and review dates as providers write them.

``tests/heldout_rules18`` holds offers and issued credentials of universities, VET providers and adult-education
institutes in sixteen countries (YAML, JSON and three spreadsheets), most in the provider's own language: ISO dates,
date-times with a zone and national forms in date fields, several cohorts, self-paced courses without dates, ends
before starts, durations and workloads the dates cannot hold, credentials issued before the course or after the corpus
day, leap days, accreditations and reviews just past, just to come or years old. ``expectations.yaml`` says which rules must report, and where, each
decided before the checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from qa_checker.rubric import RuleSetting, load_rubric
from qa_checker.rules import RULES_BY_ID
from qa_checker.runner import RunConfig, run
from tests.conftest import baseline
from tests.heldout import (
    NOW,
    assert_exactly_expected,
    data_findings,
    expectations,
    expected_cases,
    expected_files,
)

FOLDER = Path(__file__).resolve().parent / "heldout_rules18"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_18_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 45, flawed_one_in=2)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_18_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize("name", sorted(name for name, entry in EXPECTATIONS.items() if "notes" in entry))
def test_descriptor_of_round_18_gets_the_expected_notes(name: str) -> None:
    """A note (an info finding, which the exact expectations leave aside) listed under ``notes`` is given there, by
    its rule enabled beside the baseline's (MC-DT-006 is off in eu-2022)."""
    rubric = load_rubric("eu-2022")
    rules = {**rubric.rules, **{n.split()[0]: _setting(n.split()[0]) for n in EXPECTATIONS[name]["notes"]}}
    config = RunConfig(rubric=dataclasses.replace(rubric, rules=rules), now=NOW, jobs=1)
    report = run([str(FOLDER / name)], config)
    notes = {f"{f.rule} {f.pointer}" for result in report.results for f in result.findings if f.severity == "info"}
    assert set(EXPECTATIONS[name]["notes"]) <= notes


def _setting(rule: str) -> RuleSetting:
    """A rule's default setting."""
    found = RULES_BY_ID[rule]
    return RuleSetting(found.severity, found.weight, dict(found.defaults))


def _rule_findings(data: dict[str, Any], rule: str) -> set[str]:
    """Where ``rule`` reports on a descriptor given as data."""
    return {at for found, at in data_findings(data) if found == rule}


@pytest.mark.parametrize(
    ("schedule", "workload", "overloaded", "contradicted"),
    [
        # Dates of one week beside a duration of two months: one of them is wrong (MC-DT-001 says so), and the
        # workload fits the longer, so it is not told to be too much as well.
        ({"start": "2026-03-02", "end": "2026-03-06", "duration": "P2M"}, {"ects": 10, "hours": 250}, set(), True),
        # A workload that fits neither is still told, over the longer.
        ({"start": "2026-03-02", "end": "2026-03-02", "duration": "P3W"}, {"hours": 400}, {"/workload/hours"}, True),
        # Dates and duration that agree hold the workload they give.
        ({"start": "2026-03-02", "end": "2026-03-03", "duration": "P2D"}, {"hours": 150}, {"/workload/hours"}, False),
        # A shorter duration that contradicts the dates leaves the dates' length.
        ({"start": "2026-01-05", "end": "2026-03-27", "duration": "P1W"}, {"hours": 120}, set(), True),
    ],
)
def test_a_longer_duration_contradicting_the_dates_is_the_time_a_workload_may_take(
    schedule: dict[str, str], workload: dict[str, float], overloaded: set[str], contradicted: bool
) -> None:
    data = baseline()
    data["participation"]["schedule"] = schedule
    data["workload"] = workload
    assert _rule_findings(data, "MC-WL-004") == overloaded
    assert (_rule_findings(data, "MC-DT-001") == {"/participation/schedule/duration"}) is contradicted


@pytest.mark.parametrize(
    ("description", "found"),
    [
        # A Spanish identity card joined to the sitting by "y" is shown at it ("... por videollamada y DNI").
        ("Defensa del proyecto por videollamada y DNI ante la cámara.", set()),
        ("Reconocimiento de la experiencia con entrevista presencial y su DNI.", set()),
        ("Proyecto entregado en línea, sin identificación ni vigilancia.", {"/assessment/supervision"}),
    ],
)
def test_an_identity_card_joined_by_y_states_a_checked_sitting(description: str, found: set[str]) -> None:
    data = baseline()
    data["languages"] = ["es"]
    data["assessment"] = {
        "types": ["project-work"],
        "supervision": "supervised-online-id-check",
        "description": {"es": description},
    }
    assert _rule_findings(data, "MC-AS-001") == found
