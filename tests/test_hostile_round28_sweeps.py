"""Hostile round 28: what sweeps of every catalogue column and every descriptor value with hostile shapes found.

A vocabulary cell of asides alone is read in bounded work. A code may come with asides the reader takes off one at a time (a system's code before its label, a closing note, a
standard's version, a weight or a note after a dash), each by reading the rest again. Every way of taking them off was
tried in turn, so a cell of asides alone branched at each one: "- a - a - a ..." of 120 characters in a languages
or assessment column kept the check busy for minutes (a sweep of every catalogue column with hostile shapes found
it). At most four asides are taken off now, so the reads of one text are bounded whatever it holds.

A date written with more than a date is read in linear time. The hint for a date with words beside it takes off a
note in brackets after it; the note was searched for at each place of a run of spaces, each tried to the run's end
("2400", 10,000 spaces, "Minuten" as a date of review took 0.2 s, 100 times as long at ten times the length).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

from qa_checker import value_reader
from qa_checker.loaders import tabular
from tests.conftest import baseline_checked_with
from tests.timing import assert_linear

COLUMNS = ("languages", "assessment.types", "participation.activity_types", "participation.mode", "kind")
SHAPES = ("- a ", "a (b) ", "x 60% ", "ONL - ", "ESG 2015 ", "Klausur (90 Min.) – 60 % ", "a - b (c) 5% ")
# Reads of one cell's texts beyond which the reader is taken to branch (a bounded read makes under a hundred).
MOST_READS = 400


class _Branching(Exception):
    """The reader read one cell's texts more than MOST_READS times (raised to end the read; the loader may report it
    as the cell's failure, so the count tells)."""


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The number of texts :func:`value_reader.code` has read, ending a read that branches."""
    count = [0]
    read = value_reader.code

    def counted(*args: Any, **kwargs: Any) -> str | None:
        count[0] += 1
        if count[0] > MOST_READS:
            raise _Branching
        return read(*args, **kwargs)

    monkeypatch.setattr(value_reader, "code", counted)
    yield count


def _cell(column: str, text: str) -> dict[str, Any]:
    (document,) = tabular.load_csv(f'id;title;{column}\nx;T;"{text}"\n'.encode(), "c.csv")
    return document.data


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("column", COLUMNS)
def test_a_cell_of_asides_alone_is_read_in_bounded_reads(reads: list[int], column: str, shape: str) -> None:
    for length in (40, 120, 480, 4_000):
        reads[0] = 0
        with contextlib.suppress(_Branching):
            _cell(column, shape * (length // len(shape)))
        assert reads[0] <= MOST_READS, f"{column}: {shape!r} x {length // len(shape)} read more than {MOST_READS} texts"


@pytest.mark.parametrize("shape", ["- a ", "a - b (c) 5% "])
def test_a_cell_of_asides_alone_is_read_in_linear_time(shape: str) -> None:
    assert_linear(lambda n: _cell("languages", shape * (n // len(shape))))


@pytest.mark.parametrize(
    ("column", "text", "read"),
    [
        ("assessment.types", "Written exam (90 Min.) 60%", ["written-examination"]),
        ("assessment.types", "Klausur (90 Min.) – 60 %", ["written-examination"]),
        ("participation.mode", "ONL - Online (synchron) 50%", "online"),
        ("quality_assurance.external.framework", "ESG 2015 (Part 1)", "ESG"),
    ],
)
def test_asides_around_a_code_are_still_taken_off(column: str, text: str, read: object) -> None:
    data = _cell(column, text)
    for key in column.split("."):
        data = data[key]
    assert data == read


DATES = (("last_reviewed",), ("participation", "schedule", "start"), ("quality_assurance", "external", "last_review"))


@pytest.mark.parametrize("path", DATES, ids=["/".join(p) for p in DATES])
@pytest.mark.parametrize("around", [("01.03.2027 -", "10.05.2027"), ("2400", "Minuten"), ("Start:", "(tbc)")])
def test_a_date_with_a_run_of_spaces_is_read_in_linear_time(path: tuple[str, ...], around: tuple[str, str]) -> None:
    before, after = around
    assert_linear(lambda n: baseline_checked_with(path, before + " " * n + after))
