"""Hostile round 11: a CSV header found below a preamble of up to a thousand rows, whatever the rows hold.

The far-header search reads the first 1,000 rows; the delimiter of those rows was sniffed in the first 64 KiB
only, so a header split on semicolons under 999 lines of guidance a hundred characters long was not found,
where the same header split on commas was. Past row 1,000 the file is refused with a located message, never a
traceback, and the time spent grows with the rows searched, not with the rows of the file.
"""

from __future__ import annotations

import time

import pytest

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.loaders.tabular import load_csv

GUIDANCE = "Guidance: fill in one row per credential and keep the codes of the vocabulary as they are listed\n"
FIELDS = ("id", "title", "description", "kind", "ects")
VALUES = ("mc-1", "Data literacy", '"A course; with, quotes\nover two lines"', "course", "3")


def csv_text(preamble: list[str], delimiter: str, rows: int = 1) -> bytes:
    header = delimiter.join(FIELDS) + "\n"
    body = "".join(delimiter.join((f"mc-{i}", *VALUES[1:])) + "\n" for i in range(rows))
    return ("".join(preamble) + header + body).encode("utf-8")


def messages(docs: list[Document]) -> list[str]:
    return [str(f.message) for doc in docs for f in doc.findings]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("row", [999, 1000])
def test_a_header_under_long_guidance_is_found_with_any_delimiter(delimiter: str, row: int) -> None:
    docs = load_csv(csv_text([GUIDANCE] * (row - 1), delimiter), "export.csv")
    assert len(docs) == 1
    assert docs[0].data.get("title") is not None, messages(docs)
    assert any(f"is row {row}," in m for m in messages(docs)), messages(docs)


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_a_header_at_row_1001_is_refused_with_a_located_message(delimiter: str) -> None:
    (doc,) = load_csv(csv_text([GUIDANCE] * 1000, delimiter), "export.csv")
    (finding,) = [f for f in doc.findings if f.severity.name == "ERROR"]
    assert "no header row naming descriptor fields was found" in str(finding.message)
    assert "nor one naming an id or a title and two more fields in the first 1,000 rows" in str(finding.message)
    assert finding.origin is not None and finding.origin.cell == "A1"


def test_a_header_written_twice_under_a_preamble_is_read_once() -> None:
    raw = csv_text([GUIDANCE] * 200, ";", rows=2)
    header = (";".join(FIELDS) + "\n").encode()
    raw = raw.replace(header, header + header, 1)
    docs = load_csv(raw, "export.csv")
    assert len(docs) == 2, messages(docs)
    assert any("names the columns' fields again" in m for m in messages(docs)), messages(docs)
    assert not any(f.rule == ids.UNREADABLE for doc in docs for f in doc.findings)


def _cpu(raw: bytes) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        load_csv(raw, "export.csv")
        best = min(best, time.process_time() - start)
    return max(best, 0.005)


@pytest.mark.parametrize(
    "noise",
    [
        "a;b,c\td|e:" * 10 + "\n",  # every delimiter on every line
        '"' + "x," * 20 + "\n",  # quotes that pair across lines
        "\n",  # blank lines
    ],
    ids=["delimiters", "open-quotes", "blank"],
)
def test_the_search_stops_at_its_rows_whatever_the_file_holds_below(noise: str) -> None:
    small, large = _cpu(csv_text([noise] * 1_000, ";")), _cpu(csv_text([noise] * 10_000, ";"))
    assert large / small < 30, (small, large)
