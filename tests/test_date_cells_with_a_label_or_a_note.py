"""A date as catalogues write it in a cell with a label, a word for "from" or a note in brackets: "Start: 01.03.2027",
"Kursbeginn: 1. März 2027", "ab 01.03.2027", "à partir du 1er mars 2027", "01.03.2027 (tbc)".

A probe of 32 start-date cells (labelled before the run) found these refused by the schema (an error weighing five)
while the date they give was plain. Each is now read as its date, with a note at the cell; a cell that gives no one
date ("März 2027", "Beginn: laufend"), a note with a figure ("01.03.2027 (2. Durchgang)")
or a date whose day and month could be either is kept as typed. A descriptor that writes a date so is told the date
to write. (A period, "01.03.2027 - 10.05.2027", was kept here too; it now gives the start and the end:
tests/test_date_periods_as_catalogues_write_them.py.)
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import tabular
from tests.conftest import NOW, baseline
from tests.timing import assert_linear

READ = [
    ("ab 01.03.2027", "2027-03-01"),
    ("from 1 March 2027", "2027-03-01"),
    ("à partir du 1er mars 2027", "2027-03-01"),
    ("Start: 01.03.2027", "2027-03-01"),
    ("Kursbeginn: 1. März 2027", "2027-03-01"),
    ("Date de début : 01.03.2027", "2027-03-01"),
    ("01.03.2027 (tbc)", "2027-03-01"),
    ("01.03.2027 (vorläufig)", "2027-03-01"),
    ("Start: 2027-03-01 (provisional)", "2027-03-01"),
    ("am 01.03.2027", "2027-03-01"),
    ("Kursbeginn am 01.03.2027", "2027-03-01"),
    ("le 1er mars 2027", "2027-03-01"),
    ("starts on 1 March 2027", "2027-03-01"),
]
KEPT = [
    "März 2027",
    "Beginn: laufend",
    "Note: see website",
    "01.03.2027 (2. Durchgang)",
    "01/03/2027 (tbc)",
    "(tbc) 01.03.2027",
]


def _start(cell: str):
    (document,) = tabular.load_csv(f"id;title;Start date\na;T;{cell}\n".encode(), "c.csv")
    notes = [(f.origin.label(), f.message) for f in document.findings if f.rule == "MC-SS-002"]
    return document.data["participation"]["schedule"]["start"], notes


@pytest.mark.parametrize(("cell", "day"), READ)
def test_a_date_with_a_label_or_a_note_is_read_and_noted(cell: str, day: str) -> None:
    assert _start(cell) == (day, [("c!C2", f"C2: the date '{cell}' was read as {day}")])


@pytest.mark.parametrize("cell", KEPT)
def test_a_cell_that_gives_no_one_date_is_kept(cell: str) -> None:
    assert _start(cell)[0] == cell


def test_a_plain_date_is_read_without_a_note() -> None:
    assert _start("01.03.2027") == ("2027-03-01", [])


@pytest.mark.parametrize(
    "cell", [lambda n: "Start:" + " " * n + "01.03.2027", lambda n: "01.03.2027" + " " * n + "(x)"]
)
def test_a_long_cell_is_read_in_linear_time(cell) -> None:
    assert_linear(lambda n: _start(cell(n)), 5_000, 20_000)


@pytest.mark.parametrize(
    "written",
    ["ab 01.03.2027", "01.03.2027 (tbc)", "Start: 2027-03-01", "from 1 March 2027", "Kursbeginn: 1. März 2027"],
)
def test_a_descriptor_is_told_the_date_to_write(written: str) -> None:
    data = baseline()
    data["participation"]["schedule"]["start"] = written
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    (message,) = [str(f.message) for f in result.findings if f.rule == "MC-SC-001"]
    assert message.endswith("a date with words beside it; write it as YYYY-MM-DD: 2027-03-01")


def test_a_day_that_does_not_exist_is_not_offered_as_the_date_to_write() -> None:
    data = baseline()
    data["participation"]["schedule"]["start"] = "Start: 2027-02-30"
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    (message,) = [str(f.message) for f in result.findings if f.rule == "MC-SC-001"]
    assert message.endswith("'Start: 2027-02-30', not a calendar date written YYYY-MM-DD")


@pytest.mark.parametrize(
    ("header", "cell", "path", "day"),
    [
        ("Issue date", "ausgestellt am 01.03.2026", ("issue_date",), "2026-03-01"),
        ("Issue date", "issued on 1 March 2026", ("issue_date",), "2026-03-01"),
        ("Issue date", "délivré le 1er mars 2026", ("issue_date",), "2026-03-01"),
        ("Date of birth", "geb. 01.01.1990", ("learner", "date_of_birth"), "1990-01-01"),
    ],
)
def test_a_credentials_date_after_a_word_for_on_or_born_is_read(header: str, cell: str, path: tuple, day: str) -> None:
    """A later probe of credential columns: "ausgestellt am ...", "issued on ...", "geb. ..." were kept as typed."""
    (document,) = tabular.load_csv(f"id;title;kind;{header}\na;T;credential;{cell}\n".encode(), "c.csv")
    node = document.data
    for key in path:
        node = node[key]
    assert node == day
