"""Comparability, round 3: a held-out corpus (tests/comparability_heldout3/) of 45 offerings from providers of 31
countries, written as they write them, and the row a careful researcher expects of each in the comparability
table (``expectations.yaml``, labelled from the README and the reference texts before the checker was run).

What earlier rounds did not cover: workload as weeks x hours a week, "2 x 3 EC", a range ("3-4 ECTS"), credits of
a national name or of another system (opintopiste, högskolepoäng, CATS and SCQF points, US credit hours); prices
with VAT, per month, free, ranges, members' and others' prices, currencies as signs, names and codes (zł, Kč, kr.,
Ft, lei, лв., ευρώ); modes such as hybrid, b-learning, Fernstudium, w trybie zdalnym; national levels of many
frameworks; languages by their own names and ISO 639-2 codes. A value that cannot be read without a guess is
empty and named in ``unread``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from qa_checker.api import audit_paths
from qa_checker.compare import compare_report
from qa_checker.rubric import load_rubric
from qa_checker.table import display_number, to_frame
from tests.comparability import corpus_report
from tests.conftest import NOW

CORPUS = Path(__file__).parent / "comparability_heldout3"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((CORPUS / "expectations.yaml").read_text(encoding="utf-8"))

# Descriptors whose row still differs from the expectation, by the reason (strict: an xfail that passes fails).
LIMITS: dict[str, str] = {}


@pytest.fixture(scope="module")
def report() -> Any:
    return corpus_report(CORPUS)


@pytest.fixture(scope="module")
def frame(report: Any) -> pd.DataFrame:
    return to_frame(report).set_index("id")


def _value(cell: Any) -> Any:
    if cell is pd.NA or (isinstance(cell, float) and math.isnan(cell)):
        return None
    return cell


def _columns(cells: dict[str, Any]) -> dict[str, Any]:
    """The cells with ``unread`` as a set (its order says nothing)."""
    unread = cells["unread"]
    return {**cells, "unread": frozenset(unread.split("; ")) if unread else frozenset()}


def test_every_descriptor_has_a_row_and_an_expectation(frame: pd.DataFrame) -> None:
    assert sorted(frame.index) == sorted(EXPECTED)
    assert len({row["country"] for row in EXPECTED.values()} - {None}) >= 12


@pytest.mark.parametrize(
    "ident",
    [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=LIMITS[i])) if i in LIMITS else i for i in EXPECTED],
)
def test_the_row_is_what_a_researcher_expects(frame: pd.DataFrame, ident: str) -> None:
    expected = _columns(EXPECTED[ident])
    got = _columns({column: _value(frame.loc[ident][column]) for column in expected})
    numbers = ("ects", "hours", "price")
    assert {c: v for c, v in got.items() if c not in numbers} == {c: v for c, v in expected.items() if c not in numbers}
    # Derived figures are rounded (7.5 ECTS are 206.25 h, shown 206.2).
    assert [got[c] for c in numbers] == pytest.approx([expected[c] for c in numbers], abs=0.06)


COMPARED = ["uk-cats-points", "de-wochen-stunden", "be-bereik", "cz-mesicne", "gr-evro", "us-semester-credit-hours"]


def test_compare_shows_what_the_dataset_holds(frame: pd.DataFrame) -> None:
    paths = [next(CORPUS.glob(f"{ident}.*")) for ident in COMPARED]
    compared = compare_report(audit_paths(paths, rubric=load_rubric(), now=NOW, jobs=1))
    rows = {row.key: row.values for row in compared.rows}
    for index, ident in enumerate(o["id"] for o in compared.offerings):
        expected = frame.loc[ident]
        for column, digits in (("ects", 2), ("hours", 1), ("eqf_level", 0)):
            value = _value(expected[column])
            marked = "≈" if _value(expected[f"{column}_source"]) == "derived" and value is not None else ""
            assert rows[column][index] == marked + display_number(value, digits), (ident, column)
        assert rows["languages"][index] == (_value(expected["languages"]) or "–")
        assert rows["unread"][index] == (_value(expected["unread"]) or "–")
