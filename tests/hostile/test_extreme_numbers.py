"""Numbers at the ends of what a float or a file's integer can hold, in every numeric field: no rule fails
on them, and messages write them in a few characters."""

from __future__ import annotations

import copy
import math
from typing import Any

import pytest

from qa_checker import table
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.explain import good_offer
from qa_checker.text import scientific
from tests.conftest import NOW

FIELDS = [
    ("workload", "ects"),
    ("workload", "hours"),
    ("level", "eqf"),
    ("stackability", "towards", 0, "credits"),
    ("price", "amount"),
]
EXTREMES = [1.7e308, 1e308, -1.7e308, 5e-324, 10**300, -(2**1023), 1e16]


def _with(path: tuple[Any, ...], value: Any, *, alone: bool = False) -> dict[str, Any]:
    data = copy.deepcopy(good_offer())
    data.setdefault("price", {"amount": 950, "currency": "EUR"})
    if alone:  # the workload given by this one number: the other is derived from it
        data["workload"] = {}
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return data


# Each field beside the descriptor's other values; a workload number also alone (the other is derived).
CASES = [(path, False) for path in FIELDS] + [(path, True) for path in FIELDS if path[0] == "workload"]


@pytest.mark.parametrize(
    ("path", "alone"), CASES, ids=["/".join(map(str, p)) + ("-alone" if a else "") for p, a in CASES]
)
def test_no_rule_fails_on_a_number_at_the_ends_of_its_range(path: tuple[Any, ...], alone: bool) -> None:
    for value in EXTREMES:
        documents = [Document(source="extreme.json", data=_with(path, value, alone=alone), format="json")]
        report = check_documents(documents, now=NOW)
        (result,) = report.results
        failed = [f.message for f in result.findings if f.rule.startswith("MC-EN")]
        assert not failed, (value, failed)
        assert all(len(f.message) < 400 and "inf" not in f.message.split() for f in result.findings), (
            value,
            [f.message for f in result.findings],
        )
        assert all(math.isfinite(v) for v in table.row(result).values() if isinstance(v, float))


@pytest.mark.parametrize(
    ("value", "written"),
    [(1.7e308, "1.7e308"), (-(10**300), "-1e300"), (5e-324, "4.94e-324"), (1e15, "1e15"), (0.004, "0.004")],
)
def test_numbers_beyond_plain_digits_are_written_in_scientific_notation(value: float, written: str) -> None:
    assert scientific(value) == written


@pytest.mark.parametrize("value", [0, 0.0, 0.005, 12.5, 999_999_999_999_999, float("inf")])
def test_numbers_of_plain_size_are_left_to_plain_digits(value: float) -> None:
    assert scientific(value) is None
