"""Comparability, round 2: the dataset reads the forms providers write values in, and marks a value it could
not read in the ``unread`` column instead of leaving a silent gap (a researcher must tell "not given" from
"given but unreadable", and never see zero for either).

Each case: the descriptor's values as a provider writes them, and the row a researcher expects, written by
hand before the checker was run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from qa_checker.api import audit_paths
from qa_checker.rubric import load_rubric
from qa_checker.table import dictionary, write_dataset
from tests.comparability import Case, case_frame, cell, write_case
from tests.conftest import NOW

CASES: list[Case] = [
    ("ects-in-words", {"workload": {"ects": "fünf"}}, {"ects": None, "hours": None}, "ects"),
    ("ects-with-unit", {"workload": {"ects": "5 ECTS"}}, {"ects": 5.0, "hours": 137.5}, None),
    ("ects-decimal-comma", {"workload": {"ects": "2,5"}}, {"ects": 2.5, "ects_source": "declared"}, None),
    (
        "workload-as-one-text",
        {"workload": "5 ECTS / 125 h"},
        {"ects": 5.0, "hours": 125.0, "hours_per_ects": 25.0},
        None,
    ),
    ("hours-with-unit", {"workload": {"hours": "140 Stunden"}}, {"hours": 140.0, "ects": 5.09}, None),
    ("hours-in-the-ects-field", {"workload": {"ects": "140 h"}}, {"ects": None}, "ects"),
    ("zero-ects", {"workload": {"ects": 0}}, {"ects": None}, "ects"),
    ("no-workload", {"workload": None}, {"ects": None, "hours": None}, None),
    ("unknown-country", {"awarding_bodies": [{"name": "X", "country": "Atlantis"}]}, {"country": None}, "country"),
    ("greek-eu-code", {"awarding_bodies": [{"name": "X", "country": "EL"}]}, {"country": "GR"}, None),
    ("alpha-3-country", {"awarding_bodies": [{"name": "X", "country": "DEU"}]}, {"country": "DE"}, None),
    ("country-name-in-french", {"awarding_bodies": [{"name": "X", "country": "Allemagne"}]}, {"country": "DE"}, None),
    (
        "two-bodies-one-unread",
        {"awarding_bodies": [{"name": "A", "country": "Belgique"}, {"name": "B", "country": "Narnia"}]},
        {"country": "BE", "provider": "A; B"},
        "country",
    ),
    ("unknown-mode", {"participation": {"mode": "irgendwie"}}, {"mode": None}, "mode"),
    ("mode-in-capitals", {"participation": {"mode": "ONLINE"}}, {"mode": "online"}, None),
    ("language-unknown", {"languages": ["Klingonisch", "en"]}, {"languages": "en"}, "languages"),
    ("language-with-region", {"languages": ["en-GB", "Deutsch"]}, {"languages": "en; de"}, None),
    ("price-on-request", {"price": {"amount": "auf Anfrage", "currency": "EUR"}}, {"price": None}, "price"),
    ("price-with-sign", {"price": {"amount": "1.200,00 €"}}, {"price": 1200.0, "currency": "EUR"}, None),
    ("price-thousands-ambiguous", {"price": {"amount": "1.200", "currency": "EUR"}}, {"price": None}, "price"),
    ("currency-named", {"price": {"amount": 90, "currency": "Schweizer Franken"}}, {"currency": "CHF"}, None),
    ("eqf-in-words", {"level": {"eqf": "hoch"}}, {"eqf_level": None}, "eqf_level"),
    ("level-not-applicable", {"level": {"not_applicable": "Open to all."}}, {"eqf_level": None}, None),
    (
        "irish-nfq-only",
        {"awarding_bodies": [{"name": "X", "country": "IE"}], "level": {"nqf": {"framework": "NFQ", "level": 9}}},
        {"eqf_level": 7},
        None,
    ),
    ("unreferenced-framework", {"level": {"nqf": {"framework": "XYZ", "level": 3}}}, {"eqf_level": None}, "eqf_level"),
    (
        "assessment-in-words",
        {"assessment": {"types": ["mündliche Prüfung"]}},
        {"assessment_types": "oral-examination"},
        None,
    ),
    (
        "several-unread",
        {"workload": {"ects": "viel"}, "participation": {"mode": "??"}},
        {"ects": None, "mode": None},
        "ects; mode",
    ),
]


@pytest.fixture(scope="module")
def frame(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return case_frame(tmp_path_factory.mktemp("unread"), CASES)


@pytest.mark.parametrize(("case", "change", "expected", "unread"), CASES, ids=[c[0] for c in CASES])
def test_values_are_read_or_marked_unread(
    frame: pd.DataFrame, case: str, change: dict[str, Any], expected: dict[str, Any], unread: str | None
) -> None:
    row = frame.loc[case]
    got = {column: cell(row[column]) for column in expected}
    assert got == pytest.approx(expected)
    assert cell(row["unread"]) == unread


def test_an_unread_value_is_never_counted_as_zero(frame: pd.DataFrame) -> None:
    # Of the 27 cases, 22 give the ECTS in a usable form, declared or derived from hours (BASE's 5 unless the
    # case changes it): not ects-in-words, hours-in-the-ects-field, zero-ects, several-unread, nor no-workload.
    assert frame["ects"].notna().sum() == 22
    assert (frame["ects"].dropna() > 0).all()


def test_the_unread_column_is_described_in_the_dictionary() -> None:
    described = {term["column"]: term for term in dictionary()}
    assert described["unread"]["type"] == "string"
    assert "could not read" in described["unread"]["description"]


def test_parquet_keeps_the_level_an_integer_with_gaps(tmp_path: Path, frame: pd.DataFrame) -> None:
    report = audit_paths(
        [write_case(tmp_path, "a", {}), write_case(tmp_path, "b", {"level": {"not_applicable": "Open to all."}})],
        rubric=load_rubric(),
        now=NOW,
        jobs=1,
    )
    path, _ = write_dataset(report, tmp_path / "offerings.parquet")
    read = pd.read_parquet(path)
    assert str(read["eqf_level"].dtype) == "Int64"
    assert read["eqf_level"].tolist()[0] == 6 and read["eqf_level"].isna().tolist() == [False, True]


def test_compare_names_the_values_it_could_not_read(tmp_path: Path) -> None:
    from qa_checker.compare import compare_report

    paths = [write_case(tmp_path, "a", {}), write_case(tmp_path, "b", {"workload": {"ects": "fünf"}})]
    rows = {row.key: row for row in compare_report(audit_paths(paths, rubric=load_rubric(), now=NOW, jobs=1)).rows}
    assert rows["ects"].values == ("5", "–")
    assert rows["unread"].values == ("–", "ects") and rows["unread"].differs


def test_compare_has_no_such_row_when_every_value_was_read(tmp_path: Path) -> None:
    from qa_checker.compare import compare_report

    paths = [write_case(tmp_path, "a", {}), write_case(tmp_path, "b", {"workload": {"ects": "2,5"}})]
    rows = {row.key: row for row in compare_report(audit_paths(paths, rubric=load_rubric(), now=NOW, jobs=1)).rows}
    assert "unread" not in rows and rows["ects"].values == ("5", "2.5")
