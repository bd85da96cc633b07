"""Values no person would write, which valid JSON or YAML still carries: every number and date of the descriptor
format at its extremes (0, negative, tiny, huge, 1e308, many decimals, year 1 or 9999).

An impossible value (beyond what its field can mean) is one schema error at its own pointer, with the number
shown readably, and no rule judges it again elsewhere; an unusual but possible one is left to the rules.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from qa_checker import pointer as jp
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.resources import descriptor_schema as schema
from tests.conftest import NOW, baseline

# Where each field sits and what the good offer needs besides to hold it.
_CREDENTIAL = {"kind": "credential", "learner": {"name": "Ada Lovelace"}, "issue_date": "2026-06-01"}
_SETUP: dict[str, dict[str, Any]] = {
    "/workload/other_credits/value": {"/workload/other_credits": {"system": "UK", "value": 14}},
    "/price/amount": {"/price": {"amount": 450, "currency": "EUR"}},
    "/issue_date": {f"/{k}": v for k, v in _CREDENTIAL.items()},
    "/learner/date_of_birth": {f"/{k}": v for k, v in _CREDENTIAL.items()},
}

NUMBERS = ["/workload/ects", "/workload/hours", "/workload/other_credits/value", "/stackability/towards/0/credits"]
DATES = [
    "/participation/schedule/start",
    "/participation/schedule/end",
    "/last_reviewed",
    "/quality_assurance/external/last_review",
    "/quality_assurance/accreditations/0/expires",
    "/issue_date",
    "/learner/date_of_birth",
]


def _data(pointer: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(baseline())
    for where, given in {**_SETUP.get(pointer, {}), pointer: value}.items():
        parent, key = jp.split(where)[:-1], jp.split(where)[-1]
        node: Any = data
        for token in parent:
            node = node[int(token)] if isinstance(node, list) else node.setdefault(token, {})
        if isinstance(node, list):
            node[int(key)] = given
        else:
            node[key] = given
    return data


def _findings(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    (result,) = check_documents([Document(source="extreme.json", data=data, format="json")], now=NOW).results
    return {(f.rule, f.pointer, str(f.message)) for f in result.findings}


def _added(pointer: str, value: Any) -> list[tuple[str, str, str]]:
    """The findings ``value`` at ``pointer`` adds to the good offer's (set up to hold the field)."""
    setup = _SETUP.get(pointer, {})
    before = _findings(_data(next(iter(setup)), next(iter(setup.values())))) if setup else _findings(baseline())
    return sorted(_findings(_data(pointer, value)) - before)


IMPOSSIBLE_NUMBERS = [(pointer, value) for pointer in NUMBERS for value in (0, -1, -1e308, 1e9, 1e15, 1e308, 10**400)]


@pytest.mark.parametrize(
    ("pointer", "value"), IMPOSSIBLE_NUMBERS, ids=[f"{p}={v!r:.12}" for p, v in IMPOSSIBLE_NUMBERS]
)
def test_an_impossible_workload_figure_is_one_schema_error_at_its_pointer(pointer: str, value: float) -> None:
    ((rule, where, message),) = _added(pointer, value)
    assert (rule, where) == ("MC-SC-001", pointer)
    assert len(message) < 120 and "e+" not in message and "inf" not in message.split()


@pytest.mark.parametrize(
    ("pointer", "value", "told"),
    [
        ("/workload/ects", 1e308, "workload/ects is 1e308; it must be at most 600"),
        ("/workload/ects", 1e9, "workload/ects is 1,000,000,000; it must be at most 600"),
        ("/workload/hours", 18_001, "workload/hours is 18,001; it must be at most 18,000"),
        ("/price/amount", 1e15, "price/amount is 1e15; it must be at most 1,000,000,000,000"),
        ("/level/eqf", 1e308, "level/eqf is 1e308; it must be at most 8"),
    ],
)
def test_an_impossible_number_is_shown_readably(pointer: str, value: float, told: str) -> None:
    assert _added(pointer, value) == [("MC-SC-001", pointer, told)]


@pytest.mark.parametrize(
    ("pointer", "value", "told"),
    [
        ("/workload/ects", 600.001, "workload/ects is 600.001; it must be at most 600"),
        ("/price/amount", -0.001, "price/amount is -0.001; it must be at least 0"),
    ],
)
def test_a_number_just_beyond_its_bound_is_not_shown_rounded_onto_it(pointer: str, value: float, told: str) -> None:
    assert _added(pointer, value) == [("MC-SC-001", pointer, told)]


@pytest.mark.parametrize(
    ("pointer", "value"),
    [("/workload/ects", 600), ("/workload/hours", 18_000), ("/price/amount", 0), ("/price/amount", 1e9)],
)
def test_the_largest_possible_figures_and_a_free_course_pass_the_schema(pointer: str, value: float) -> None:
    assert not [f for f in _added(pointer, value) if f[0] == "MC-SC-001"]


def test_the_code_and_the_schema_agree_on_the_largest_figures() -> None:
    from qa_checker.descriptor import FIGURE_MAXIMUM

    for pointer, maximum in FIGURE_MAXIMUM.items():
        assert (
            jp.resolve(schema()["properties"], pointer.replace("/", "/properties/")[len("/properties") :])["maximum"]
            == maximum
        ), pointer


def test_the_code_and_the_schema_agree_on_the_largest_national_level() -> None:
    from qa_checker.descriptor import NQF_LEVEL_MAXIMUM

    level = schema()["properties"]["level"]["properties"]["nqf"]["properties"]["level"]
    assert (level["minimum"], level["maximum"]) == (-NQF_LEVEL_MAXIMUM, NQF_LEVEL_MAXIMUM)


@pytest.mark.parametrize(
    "value", [101, -101, 1e15, 1e308, 10**400, -(10**400)], ids=["101", "-101", "1e15", "1e308", "1e400", "-1e400"]
)
def test_a_national_level_no_framework_has_is_one_short_schema_error(value: float) -> None:
    ((rule, where, message),) = _added("/level/nqf/level", value)
    assert (rule, where) == ("MC-SC-001", "/level/nqf/level")
    assert len(message) < 80


@pytest.mark.parametrize("value", [0, 99, -1])
def test_a_national_level_a_framework_lacks_is_told_by_its_rule(value: int) -> None:
    assert [(f[0], f[1]) for f in _added("/level/nqf/level", value)] == [("MC-LV-003", "/level/nqf/level")]


def test_many_decimals_are_shown_rounded() -> None:
    ((rule, where, message),) = _added("/workload/ects", 3.141592653589)
    assert (rule, where) == ("MC-WL-002", "/workload/hours")
    assert message.startswith("140 hours for 3.14 ECTS")


PLACEHOLDER_DATES = [(pointer, value) for pointer in DATES for value in ("0001-01-01", "1899-12-30", "9999-12-31")]


@pytest.mark.parametrize(("pointer", "value"), PLACEHOLDER_DATES, ids=[f"{p}={v}" for p, v in PLACEHOLDER_DATES])
def test_a_date_in_a_year_no_descriptor_means_is_one_schema_error_at_its_pointer(pointer: str, value: str) -> None:
    field = pointer.lstrip("/")
    assert _added(pointer, value) == [
        (
            "MC-SC-001",
            pointer,
            f"{field} is '{value}', a date outside the years 1900 to 2199: a placeholder, not the real date",
        )
    ]


def test_a_review_long_ago_but_in_a_possible_year_is_a_warning_of_its_rule() -> None:
    ((rule, where, message),) = _added("/last_reviewed", "1900-01-01")
    assert (rule, where) == ("MC-DT-003", "/last_reviewed")
    assert "126.9 years ago" in message


def test_a_learner_born_in_1900_a_systems_default_is_a_warning_of_the_credential_dates_rule() -> None:
    assert _added("/learner/date_of_birth", "1900-01-01") == [
        (
            "MC-DT-005",
            "/learner/date_of_birth",
            "the learner's date of birth 1900-01-01 is more than 120 years before 2026-06-01",
        )
    ]


def test_a_duration_of_nothing_is_left_to_the_rules() -> None:
    """P0D is how an export writes a one-day course (its end the day it starts): possible, so no schema error."""
    data = _data("/participation/schedule", {"start": "2026-02-02", "end": "2026-02-02", "duration": "P0D"})
    assert not [f for f in _findings(data) if f[0] in ("MC-SC-001", "MC-DT-001")]


@pytest.mark.parametrize("duration", ["P999Y", "P11Y", "P1000W", "P4000D", "PT100000H", "P" + "9" * 400 + "D"])
def test_a_duration_longer_than_any_learning_is_one_schema_error(duration: str) -> None:
    data = _data("/participation/schedule", {"duration": duration})
    told = [(f[0], f[1]) for f in _findings(data) if f[0] in ("MC-SC-001", "MC-DT-001", "MC-WL-004")]
    assert told == [("MC-SC-001", "/participation/schedule/duration")]
    ((message,),) = [(f[2],) for f in _findings(data) if f[0] == "MC-SC-001"]
    assert message.endswith("a duration of more than 10 years: no learning lasts so long") and len(message) < 160


@pytest.mark.parametrize("duration", ["P10Y", "P3Y6M", "P520W", "PT1500H", "P1Y2M3W4DT5H"])
def test_a_long_but_possible_duration_passes_the_schema(duration: str) -> None:
    data = _data("/participation/schedule", {"duration": duration})
    assert not [f for f in _findings(data) if f[0] == "MC-SC-001"]


def test_a_json_file_with_extreme_numbers_is_reported_without_failing() -> None:
    text = json.dumps(_data("/workload/ects", 1e308)).replace("1e+308", "1" + "0" * 400)
    data = json.loads(text)
    ((rule, where, message),) = sorted(_findings(data) - _findings(baseline()))
    assert (rule, where) == ("MC-SC-001", "/workload/ects")
    assert len(message) < 120
