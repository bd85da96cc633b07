"""Comparability, round 6: a held-out corpus (tests/comparability_heldout6/) of 59 offerings from providers of 30
countries whose workload, price, mode and languages are written as providers write them ("3 ECTS-Punkte", "4 kr.",
"3-5 ECTS", "ca. 75 Stunden", "2 SWS", "€ 1.200,-", "ab 490 €", "kostenlos", "on request", "berufsbegleitend
online", "MOOC", "EN/DE", "bilingue"), and what a careful researcher expects of each in the comparability table
(``expectations.yaml``, labelled before the checker was run; its header gives the decisions on ranges, "from"
prices and approximate figures).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from qa_checker.table import to_frame
from qa_checker.value_reader import joined_languages
from tests.comparability import Case, case_frame, cell, corpus_report

CORPUS = Path(__file__).parent / "comparability_heldout6"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((CORPUS / "expectations.yaml").read_text(encoding="utf-8"))
COLUMNS = ("country", "ects", "hours", "hours_per_ects", "price", "currency", "mode", "languages")

# Descriptors whose row still differs from the expectation, by the reason (strict: an xfail that passes fails).
LIMITS: dict[str, str] = {}


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return to_frame(corpus_report(CORPUS)).set_index("id")


def test_every_offering_has_a_row_and_an_expectation(frame: pd.DataFrame) -> None:
    assert sorted(frame.index) == sorted(EXPECTED)
    assert len(EXPECTED) >= 50
    assert len({row["country"] for row in EXPECTED.values()}) >= 20


@pytest.mark.parametrize(
    "ident",
    [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=LIMITS[i])) if i in LIMITS else i for i in EXPECTED],
)
def test_the_row_is_what_a_researcher_expects(frame: pd.DataFrame, ident: str) -> None:
    row = frame.loc[ident]
    expected = {column: EXPECTED[ident][column] for column in COLUMNS}
    found = {column: cell(row[column]) for column in COLUMNS}
    unread = cell(row["unread"])
    assert (found, sorted(unread.split("; ")) if unread else None) == (expected, EXPECTED[ident]["unread"])


# Each class the corpus found, with an example of it not in the corpus: (case, what the provider writes, the
# columns expected, the unread ones).
CLASSES: list[Case] = [
    ("languages-joined-by-a-slash", {"languages": "FR/NL"}, {"languages": "fr; nl"}, None),
    ("languages-joined-by-a-word", {"languages": ["polski i angielski"]}, {"languages": "pl; en"}, None),
    ("languages-joined-one-unknown", {"languages": "EN/Klingonisch"}, {"languages": None}, "languages"),
    ("hours-about", {"workload": {"hours": "etwa 120 Stunden"}}, {"hours": 120.0, "ects": 4.36}, None),
    ("hours-about-dutch", {"workload": {"hours": "ongeveer 40 uur"}}, {"hours": 40.0}, None),
    ("ects-anrechnungspunkte", {"workload": {"ects": "5 ECTS-Anrechnungspunkte"}}, {"ects": 5.0}, None),
    ("ects-kr-without-dot", {"workload": {"ects": "6 kr"}}, {"ects": 6.0}, None),
    ("ects-boda", {"workload": {"ects": "3 boda"}}, {"ects": 3.0}, None),
    ("hours-bulgarian", {"workload": {"hours": "40 часове"}}, {"hours": 40.0}, None),
    (
        "ects-with-the-credit-rate",
        {"workload": {"ects": "6 ECTS-Punkte (1 ECTS-Punkt entspricht 30 Stunden)"}},
        {"ects": 6.0, "hours": 165.0, "hours_source": "derived", "hours_per_ects": None},
        None,
    ),
    ("ects-range-dash", {"workload": {"ects": "4–6 ECTS"}}, {"ects": None, "hours": None}, "ects"),
    ("hours-range", {"workload": {"hours": "120-150 Stunden"}}, {"ects": None, "hours": None}, "hours"),
    ("mode-part-time", {"participation": {"mode": "Teilzeit, online"}}, {"mode": "online"}, None),
    ("mode-only-a-schedule", {"participation": {"mode": "berufsbegleitend"}}, {"mode": None}, "mode"),
    ("mode-massive-open-online", {"participation": {"mode": "Massive Open Online Course"}}, {"mode": "online"}, None),
    (
        "price-students-reduced",
        {"price": {"amount": "€ 300 (students € 150)"}},
        {"price": 300.0, "currency": "EUR"},
        None,
    ),
    ("price-per-month-note", {"price": {"amount": "€ 49 (per month)"}}, {"price": None, "currency": "EUR"}, "price"),
    ("price-from-french", {"price": {"amount": "à partir de 300 €"}}, {"price": None, "currency": "EUR"}, "price"),
]


@pytest.fixture(scope="module")
def classes(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return case_frame(tmp_path_factory.mktemp("round6"), CLASSES)


@pytest.mark.parametrize(("case", "change", "expected", "unread"), CLASSES, ids=[c[0] for c in CLASSES])
def test_a_class_reads_beyond_the_corpus(
    classes: pd.DataFrame, case: str, change: dict[str, Any], expected: dict[str, Any], unread: str | None
) -> None:
    row = classes.loc[case]
    assert ({column: cell(row[column]) for column in expected}, cell(row["unread"])) == (expected, unread)


def test_languages_joined_are_each_a_language() -> None:
    """A text joins languages only when each of its parts is one ("bilingue" joins none)."""
    assert joined_languages("EN/DE") == ["en", "de"]
    assert joined_languages("Deutsch und Englisch") == ["de", "en"]
    assert joined_languages("bilingue") is None
