"""A schedule's duration as catalogues write it in a cell: with a label, an "about", a count in words, a short unit
or a note ("Dauer: 10 Wochen", "ca. 10 Wochen", "ten weeks", "10 wks", "10 weeks (part-time)").

A probe of 19 duration cells (labelled before the run) found every one but "10 weeks" and "P10W" refused by the
schema, an error that weighs five: a catalogue's "10 weeks (part-time)" cost the offer as much as a missing
outcome. Such a cell is now read as the one length of time it gives, and the reading is noted at the cell; a cell that
gives no one length of time ("10-12 weeks", "1 semester", "8 weeks / 2 months", "2,5 Monate") is kept for the schema
to report, as before. A descriptor that writes one so is told the ISO 8601 form to write.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_checker.aliases import duration_written
from qa_checker.api import check_documents
from qa_checker.descriptor import DURATION
from qa_checker.document import Document
from qa_checker.loaders import tabular
from tests.conftest import NOW, baseline
from tests.timing import assert_linear

READ = [
    ("ten weeks", "P10W"),
    ("zehn Wochen", "P10W"),
    ("dix semaines", "P10W"),
    ("about ten weeks", "P10W"),
    ("one year", "P1Y"),
    ("10 wks", "P10W"),
    ("10 wk.", "P10W"),
    ("10 Wo.", "P10W"),
    ("3 mo.", "P3M"),
    ("3 Mon.", "P3M"),
    ("10 weeks (part-time)", "P10W"),
    ("10 settimane (part-time)", "P10W"),
    ("10 Wochen berufsbegleitend", "P10W"),
    ("12 weeks - self-paced", "P12W"),
    ("ca. 10 Wochen", "P10W"),
    ("approx. 10 weeks", "P10W"),
    ("Dauer: 10 Wochen", "P10W"),
    ("Duration: 10 weeks", "P10W"),
    ("Durée : 10 semaines", "P10W"),
    ("10 weeks, 5 h/week", "P10W"),
    ("12 weeks – 2 days per week", "P12W"),
    ("4 Wochen, 2 Tage pro Woche", "P4W"),
    ("10 tygodni, 4 godz. tygodniowo", "P10W"),
    ("10 weeks of 4 hours a week", "P10W"),
]
NOT_READ = [
    "10-12 weeks",
    "10 to 12 weeks",
    "1 semester",
    "12 sem.",
    "2.5 months",
    "2,5 Monate",
    "6 weeks + 1 exam week",
    "8 weeks / 2 months",
    "8 weeks/2 months",
    "3 Monate (12 Wochen)",
    "10 weeks 2 days",
    "two days a week for 10 weeks",
    "10 Wochen à 2 Tage",
    "10 hours",
    "Weeks: 10",
    "10",
    "hello world",
    "10 weeks (max.)",
    "10 weeks per module",
    "10 Wochen je Modul",
]


@pytest.mark.parametrize(("cell", "duration"), READ)
def test_a_length_of_time_as_catalogues_write_it(cell: str, duration: str) -> None:
    assert duration_written(cell) == duration


@pytest.mark.parametrize("cell", NOT_READ)
def test_a_text_that_gives_no_one_length_of_time_is_not_read(cell: str) -> None:
    assert duration_written(cell) is None


def _findings(document: Document) -> list[tuple[str, str, str]]:
    return [(f.rule, f.origin.label(), f.message) for f in document.findings if f.rule.startswith("MC-SS")]


def test_a_cell_is_read_and_the_reading_noted_at_the_cell() -> None:
    rows = "".join(f"d{i};T;{cell}\n" for i, (cell, _) in enumerate(READ))
    documents = tabular.load_csv(f"id;title;Duration\n{rows}".encode(), "c.csv")
    for number, (document, (cell, duration)) in enumerate(zip(documents, READ), start=2):
        assert document.data["participation"]["schedule"]["duration"] == duration
        ((rule, place, message),) = _findings(document)
        assert (rule, place, message) == (
            "MC-SS-002",
            f"c!C{number}",
            f"C{number}: the duration '{cell}' was read as {duration}",
        )


def test_a_plain_cell_is_read_without_a_note_and_the_others_are_kept() -> None:
    rows = "a;T;10 weeks\n" + "".join(f"d{i};T;{cell}\n" for i, cell in enumerate(NOT_READ))
    plain, *kept = tabular.load_csv(f"id;title;Duration\n{rows}".encode(), "c.csv")
    assert plain.data["participation"]["schedule"]["duration"] == "P10W" and not _findings(plain)
    assert [d.data["participation"]["schedule"]["duration"] for d in kept] == NOT_READ


@pytest.mark.parametrize(
    ("written", "hint"), [("about 10 weeks", "P10W"), ("10 weeks (part-time)", "P10W"), ("ten weeks", "P10W")]
)
def test_a_descriptor_is_told_the_iso_form(written: str, hint: str) -> None:
    data = baseline()
    data["participation"]["schedule"]["duration"] = written
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    (message,) = [str(f.message) for f in result.findings if f.rule == "MC-SC-001"]
    assert message.endswith(f"which has the wrong form; write {hint}")


@given(st.text(max_size=80))
def test_any_text_is_read_as_a_valid_duration_or_not_at_all(text: str) -> None:
    read = duration_written(text)
    assert read is None or DURATION.match(read)


@pytest.mark.parametrize(
    "cell",
    [
        lambda n: "a" * n + "1",
        lambda n: "ca. " + "a" * n + "1",
        lambda n: "10 weeks (" + "a" * n + ")",
        lambda n: "10 weeks (" + "a/" * n + ")",
        lambda n: "10 weeks (" + "a per " * n + "1 month)",
    ],
)
def test_a_cell_of_any_length_is_read_in_linear_time(cell) -> None:
    assert_linear(lambda n: duration_written(cell(n)), 5_000, 20_000)
