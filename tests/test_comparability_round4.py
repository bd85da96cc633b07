"""Comparability, round 4: a held-out corpus (tests/comparability_heldout4/) of 46 offerings from providers of 29
countries, their field of education and level written as providers write them, and what a careful researcher
expects of each in the comparability table (``expectations.yaml``, labelled from the reference texts before the
checker was run).

What earlier rounds did not cover: ISCED-F codes with the classification's name ("ISCED-F 0612"), the national
name of informatics (Informatik, Informatique, Informatyka, tietojenkäsittely), ISCED 1997 / Erasmus subject codes
("48", "481"), which are no ISCED-F codes; levels written as text that name the EQF or a national framework ("EQF
6", "niveau 6", "Niveau 6 DQR", "poziom 7 PRK", "SCQF 9", "NFQ Level 8", even in the EQF field), QF-EHEA cycles in
words ("primer ciclo", "livello laurea", "Master level"), and national levels read only through the bundled
tables. A value that cannot be read without a guess is empty and named in ``unread``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from qa_checker.api import audit_paths
from qa_checker.compare import compare_report
from qa_checker.descriptor import Descriptor
from qa_checker.rubric import load_rubric
from qa_checker.rules.consistency import national_eqf, nqf_framework
from qa_checker.table import display_number, level_read, to_frame
from tests.comparability import cell, corpus_report
from tests.conftest import NOW

CORPUS = Path(__file__).parent / "comparability_heldout4"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((CORPUS / "expectations.yaml").read_text(encoding="utf-8"))

# Descriptors whose row still differs from the expectation, by the reason (strict: an xfail that passes fails).
LIMITS: dict[str, str] = {}


@pytest.fixture(scope="module")
def report() -> Any:
    return corpus_report(CORPUS)


@pytest.fixture(scope="module")
def frame(report: Any) -> pd.DataFrame:
    return to_frame(report).set_index("id")


@pytest.fixture(scope="module")
def national(report: Any) -> dict[str, str | None]:
    """The national level the level rules read of each descriptor, as "<framework id> <level>"."""
    return {r.id: _national(r.data) for r in report.results}


def _national(data: dict[str, Any]) -> str | None:
    doc = Descriptor({**data, "level": level_read(data)})
    found = national_eqf(doc)
    if found is None:
        return None
    return f"{nqf_framework(doc.get('/level/nqf/framework'), doc.body_countries())} {found[0].rsplit(' ', 1)[1]}"


def _columns(cells: dict[str, Any]) -> dict[str, Any]:
    """The cells with ``unread`` as a set (its order says nothing)."""
    unread = cells["unread"]
    return {**cells, "unread": frozenset(unread.split("; ")) if unread else frozenset()}


def test_every_descriptor_has_a_row_and_an_expectation(frame: pd.DataFrame) -> None:
    assert sorted(frame.index) == sorted(EXPECTED)
    assert len({row["country"] for row in EXPECTED.values()}) >= 20


@pytest.mark.parametrize(
    "ident",
    [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=LIMITS[i])) if i in LIMITS else i for i in EXPECTED],
)
def test_the_row_is_what_a_researcher_expects(frame: pd.DataFrame, national: dict[str, Any], ident: str) -> None:
    expected = _columns(EXPECTED[ident])
    got = _columns({column: cell(frame.loc[ident][column]) for column in expected if column != "nqf"})
    assert {**got, "nqf": national[ident]} == expected


COMPARED = ["de-niveau-dqr", "ie-nfq-in-eqf", "fr-informatique", "nl-erasmus-48", "es-nivel-meces"]


def test_compare_shows_the_field_and_level_the_dataset_holds(frame: pd.DataFrame) -> None:
    paths = [next(CORPUS.glob(f"{ident}.*")) for ident in COMPARED]
    compared = compare_report(audit_paths(paths, rubric=load_rubric(), now=NOW, jobs=1))
    rows = {row.key: row.values for row in compared.rows}
    for index, ident in enumerate(o["id"] for o in compared.offerings):
        expected = frame.loc[ident]
        level = cell(expected["eqf_level"])
        marked = "≈" if cell(expected["eqf_level_source"]) == "derived" and level is not None else ""
        assert rows["eqf_level"][index] == marked + display_number(level, 0), ident
        code = cell(expected["field_code"])
        assert rows["field"][index] == (f"{code} {cell(expected['field_label'])}" if code else "–"), ident
        assert rows["unread"][index] == (cell(expected["unread"]) or "–"), ident
