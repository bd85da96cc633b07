"""A CSV whose lines end in a carriage return alone (old Mac exports) reads as the same file with line feeds:
the same descriptors, rows and cells, in about the same time."""

from __future__ import annotations

import time

import pytest

from qa_checker.limits import Limits
from qa_checker.loaders import tabular

ROWS = ["id,title.en,workload.ects,description.en"] + [
    f'MC-{n},Course {n},5,"A description, of course {n}"' for n in range(4_000)
]


def _load(ending: str) -> tuple[list, float]:
    raw = (ending.join(ROWS) + ending).encode()
    started = time.process_time()
    documents = tabular.load_csv(raw, "catalogue.csv", limits=Limits(spreadsheet_rows=10_000))
    return documents, time.process_time() - started


@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_a_file_of_other_line_endings_reads_as_with_line_feeds(ending):
    expected, _ = _load("\n")
    documents, _ = _load(ending)
    assert [(d.source, d.data) for d in documents] == [(d.source, d.data) for d in expected]
    assert documents[-1].source == "catalogue.csv [row 4001]"


def test_carriage_returns_alone_cost_no_more_than_line_feeds():
    _, feeds = min((_load("\n") for _ in range(2)), key=lambda read: read[1])
    _, returns = min((_load("\r") for _ in range(2)), key=lambda read: read[1])
    assert returns <= 1.5 * feeds + 0.2, (returns, feeds)
