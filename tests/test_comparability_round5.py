"""Comparability, round 5: a held-out corpus (tests/comparability_heldout5/) of 60 offerings from providers of 27
countries whose field of education is written as the name of its discipline ("Betriebswirtschaftslehre", "Droit",
"Enfermería", "Ingegneria meccanica", "Pielęgniarstwo", "Law", "Nursing") or as a bundled ISCED-F label, and what a
careful researcher expects of each in the comparability table (``expectations.yaml``, labelled from the reference
texts before the checker was run).

Round 4 read the national name of informatics alone. A discipline's name is read to the narrowest ISCED-F field that
holds the whole discipline; a name that spans broad fields (business informatics, bioinformatics, data science,
engineering management, environmental law) is empty and named in ``unread``, never guessed. The rules still judge a
descriptor's field as it is written: the dataset reads, the rules judge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from qa_checker.api import audit_paths
from qa_checker.compare import compare_report
from qa_checker.rubric import load_rubric
from qa_checker.table import display_number, to_frame
from tests.comparability import cell, corpus_report
from tests.conftest import NOW

CORPUS = Path(__file__).parent / "comparability_heldout5"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((CORPUS / "expectations.yaml").read_text(encoding="utf-8"))
COLUMNS = ("country", "field_code", "eqf_level", "eqf_level_source", "unread")

# Descriptors whose row still differs from the expectation, by the reason (strict: an xfail that passes fails).
LIMITS: dict[str, str] = {}


@pytest.fixture(scope="module")
def report() -> Any:
    return corpus_report(CORPUS)


@pytest.fixture(scope="module")
def frame(report: Any) -> pd.DataFrame:
    return to_frame(report).set_index("id")


def test_every_descriptor_has_a_row_and_an_expectation(frame: pd.DataFrame) -> None:
    assert sorted(frame.index) == sorted(EXPECTED)
    assert len({row["country"] for row in EXPECTED.values()}) >= 20


@pytest.mark.parametrize(
    "ident",
    [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=LIMITS[i])) if i in LIMITS else i for i in EXPECTED],
)
def test_the_row_is_what_a_researcher_expects(frame: pd.DataFrame, ident: str) -> None:
    expected = {column: EXPECTED[ident][column] for column in COLUMNS}
    assert {column: cell(frame.loc[ident][column]) for column in COLUMNS} == expected


def test_the_rules_judge_the_field_as_written(report: Any) -> None:
    """A descriptor's field written as a name is still no ISCED-F code to the schema, read or not; a catalogue's
    cell is read by the loader as before, and the rules judge the code it gives."""
    for result in report.results:
        written = EXPECTED[result.id]["written"]
        given = result.data.get("field_of_education")
        at_field = [f for f in result.findings if f.pointer == "/field_of_education"]
        if ".csv" in result.source:
            assert given == (EXPECTED[result.id]["field_code"] or written), result.id
        else:
            assert given == written and any(f.rule == "MC-SC-001" for f in at_field), result.id


COMPARED = ["de-bwl", "fr-droit", "nl-data-science", "at-ingenieurwissenschaften", "pl-label-lowercase"]


def test_compare_shows_the_field_the_dataset_holds(frame: pd.DataFrame) -> None:
    paths = [next(CORPUS.glob(f"{ident}.*")) for ident in COMPARED]
    compared = compare_report(audit_paths(paths, rubric=load_rubric(), now=NOW, jobs=1))
    rows = {row.key: row.values for row in compared.rows}
    for index, ident in enumerate(o["id"] for o in compared.offerings):
        expected = frame.loc[ident]
        assert rows["eqf_level"][index] == display_number(cell(expected["eqf_level"]), 0), ident
        code = cell(expected["field_code"])
        assert rows["field"][index] == (f"{code} {cell(expected['field_label'])}" if code else "–"), ident
        assert rows["unread"][index] == (cell(expected["unread"]) or "–"), ident
