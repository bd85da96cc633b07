"""Comparability, round 4: the classes of fields and levels the held-out corpus (tests/comparability_heldout4/)
showed misread or unread, each with an example of the class the fix was not made on: the national name of
informatics in other languages, an ISCED-F code after the classification's name, two-digit codes of ISCED 1997
(never a three-digit ISCED-F code without its zero), levels written as text naming the EQF or a national framework
(also in the EQF field, and a framework's abbreviation in its own letters), and QF-EHEA cycles in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from qa_checker import vocab
from qa_checker.table import field_code, level_read
from qa_checker.value_reader import cycle_named
from tests.comparability import Case, case_frame, cell

CASES: list[Case] = [
    ("greek-informatics", {"field_of_education": "Πληροφορική"}, {"field_code": "061"}, None),
    ("danish-informatics", {"field_of_education": "Datalogi"}, {"field_code": "061"}, None),
    # Unread in round 4; round 5 reads a discipline's name to the narrowest field that holds it.
    ("law-in-german", {"field_of_education": "Rechtswissenschaft"}, {"field_code": "0421"}, None),
    ("isced-f-2013-code", {"field_of_education": "ISCED-F 2013: 0731"}, {"field_code": "0731"}, None),
    ("isced-1997-named", {"field_of_education": "ISCED 1997 34"}, {"field_code": None}, "field_code"),
    ("erasmus-subject-code", {"field_of_education": "52"}, {"field_code": None}, "field_code"),
    ("detailed-code-lost-zero", {"field_of_education": 731}, {"field_code": "0731"}, None),
    ("eqf-stufe", {"level": {"eqf": "EQR-Stufe 5"}}, {"eqf_level": 5, "eqf_level_source": "declared"}, None),
    ("eqf-whole", {"level": "EQF level 4"}, {"eqf_level": 4, "eqf_level_source": "declared"}, None),
    (
        "rqf-whole",
        {"level": "RQF Level 3", "awarding_bodies": [{"name": "Leeds City College", "country": "GB"}]},
        {"eqf_level": 4, "eqf_level_source": "derived"},
        None,
    ),
    (
        "irish-nfq-in-eqf-field",
        {"level": {"eqf": "Level 7 NFQ"}, "awarding_bodies": [{"name": "TU Dublin", "country": "IE"}]},
        {"eqf_level": 6, "eqf_level_source": "derived"},
        None,
    ),
    (
        "greek-abbreviation",
        {"level": "επίπεδο 5 ΕΠΠ", "awarding_bodies": [{"name": "Πανεπιστήμιο Κρήτης", "country": "GR"}]},
        {"eqf_level": 5, "eqf_level_source": "derived"},
        None,
    ),
    (
        "bulgarian-abbreviation-elsewhere",
        {"level": {"nqf": {"framework": "НКР", "level": 6}}, "awarding_bodies": [{"name": "Univ", "country": "MK"}]},
        {"eqf_level": None},
        "eqf_level",
    ),
    ("niveau-alone", {"level": "Niveau 5"}, {"eqf_level": None}, "eqf_level"),
    ("meces-without-level-5", {"level": "MECES 5"}, {"eqf_level": None}, "eqf_level"),
    (
        "segundo-ciclo",
        {"level": {"qf_ehea_cycle": "segundo ciclo"}},
        {"eqf_level": 7, "eqf_level_source": "derived"},
        None,
    ),
    ("doctorate", {"level": {"qf_ehea_cycle": "Doctorate"}}, {"eqf_level": 8, "eqf_level_source": "derived"}, None),
    ("undergraduate", {"level": {"qf_ehea_cycle": "undergraduate"}}, {"eqf_level": None}, "eqf_level"),
]


@pytest.fixture(scope="module")
def frame(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return case_frame(tmp_path_factory.mktemp("round4"), CASES)


@pytest.mark.parametrize(("case", "change", "expected", "unread"), CASES, ids=[c[0] for c in CASES])
def test_fields_and_levels_are_read_or_marked_unread(
    frame: pd.DataFrame, case: str, change: dict[str, Any], expected: dict[str, Any], unread: str | None
) -> None:
    row = frame.loc[case]
    assert {column: cell(row[column]) for column in expected} == expected
    assert set((cell(row["unread"]) or "").split("; ")) - {""} == set((unread or "").split("; ")) - {""}


def test_two_digits_never_get_a_zero_put_back() -> None:
    assert vocab.isced_without_zero("48", read=True) is None
    assert vocab.isced_without_zero("48") == "048"  # a hint may still ask whether it was meant
    assert (vocab.isced_without_zero("6", read=True), vocab.isced_without_zero("613", read=True)) == ("06", "0613")
    assert field_code("ISCED 481") is None  # after the classification's name a code is written in full


def test_a_level_given_as_the_format_says_is_kept_as_it_is() -> None:
    block = {"eqf": 6, "nqf": {"framework": "DQR", "level": 6}, "qf_ehea_cycle": "first"}
    assert level_read({"level": block}) is block
    assert level_read({"level": {"eqf": "EQF 6", "nqf": {"framework": "DQR", "level": 6}}}) == {
        "eqf": 6,
        "nqf": {"framework": "DQR", "level": 6},
    }


@pytest.mark.parametrize(
    ("words", "cycle"),
    [("1st cycle", "first"), ("Bachelor's level", "first"), ("laurea magistrale", "second"), ("cycle court", "short")],
)
def test_cycles_in_words(words: str, cycle: str) -> None:
    assert cycle_named(words) == cycle


def test_a_catalogue_row_reads_the_same(tmp_path: Path) -> None:
    from qa_checker.api import audit_paths
    from qa_checker.rubric import load_rubric
    from qa_checker.table import to_frame
    from tests.conftest import NOW

    outcome = "Analyse a data set with descriptive statistics and report the results."
    (tmp_path / "c.csv").write_text(
        "id;title;languages;awarding_bodies.0.name;awarding_bodies.0.country;workload.ects;level.qf_ehea_cycle;"
        "field_of_education;participation.mode;assessment.types;learning_outcomes\r\n"
        f"a;Course A;cs;Univerzita;CZ;5;magisterský;Informatika;online;project-work;{outcome}\r\n"
        f"b;Course B;it;Università;IT;5;Laurea magistrale;34;online;project-work;{outcome}\r\n",
        encoding="utf-8",
    )
    frame = to_frame(audit_paths([tmp_path / "c.csv"], rubric=load_rubric(), now=NOW, jobs=1)).set_index("id")
    assert [cell(frame.loc["a"][c]) for c in ("field_code", "eqf_level", "unread")] == ["061", 7, None]
    assert [cell(frame.loc["b"][c]) for c in ("field_code", "eqf_level", "unread")] == [None, 7, "field_code"]
