"""The workbook streamed into a file: the same bytes as in memory, sheets continued past the row limit,
and memory that does not grow with the batch."""

from __future__ import annotations

import contextlib
import copy
import gc
import io
import os
import re
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qa_checker.i18n import Translator, translator
from qa_checker.reporting import excel, workbook
from qa_checker.results import Report, Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report, run
from qa_checker.spill import SpilledResults
from tests.conftest import NOW, SAMPLES
from tests.reporting.batch import batch, samples_report
from tests.reporting.fakes import FakeBatch, FakeInputs

LINK = re.compile(r"^'((?:[^']|'')+)'!([A-Z]+)(\d+)$")


def _written(report: Report, **options: Any) -> bytes:
    buffer = io.BytesIO()
    excel.write(report, buffer, **options)
    return buffer.getvalue()


def _cells(data: bytes) -> dict[str, list[list[tuple[Any, str | None]]]]:
    """Every sheet's cells: value and hyperlink location, row by row, up to the row's last cell."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheets = {}
    for sheet in workbook:
        rows = [[(c.value, c.hyperlink.location if c.hyperlink else None) for c in row] for row in sheet.iter_rows()]
        for row in rows:
            while row and row[-1] == (None, None):
                row.pop()
        sheets[sheet.title] = rows
    return sheets


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_spilled_report_gives_the_same_workbook_as_one_in_memory(language, tmp_path):
    config = RunConfig(rubric=load_rubric(), now=NOW, language=language)
    kept = run([str(SAMPLES)], config)
    spilled = run([str(SAMPLES)], replace(config, spill_after=2))
    assert isinstance(spilled.results, SpilledResults) and isinstance(kept.results, list)
    path = tmp_path / "report.xlsx"
    with path.open("wb") as file:
        excel.write(spilled, file)
    in_memory = excel.render(kept)
    assert path.read_bytes() == in_memory == _written(kept)  # --now: byte for byte, as before
    assert _cells(path.read_bytes()) == _cells(in_memory)


def test_render_is_write_into_memory():
    report = batch(120)
    assert excel.render(report) == _written(report)
    assert excel.render(report) == _written(report, row_limit=workbook.ROW_LIMIT)


def _parts(cells: dict[str, list[list[Any]]], title: str, limited: dict[str, list[list[Any]]]) -> list[str]:
    """The sheets of ``limited`` that continue the sheet ``title`` (itself first), in workbook order."""
    names = list(limited)
    start = names.index(title)
    parts = [title]
    for name in names[start + 1 :]:
        if not name.startswith(f"{title} ("):
            break
        parts.append(name)
    return parts


def _target(cells: dict[str, list[list[Any]]], location: str) -> list[Any]:
    """The values of the row a hyperlink location points at."""
    found = LINK.match(location)
    assert found, location
    sheet, _, row = found.groups()
    return [value for value, _ in cells[sheet.replace("''", "'")][int(row) - 1]]


def test_full_sheets_go_on_in_sheets_of_the_same_header_and_links_follow():
    report = batch(30)
    whole = _cells(excel.render(report))
    limit = 8
    limited = _cells(_written(report, row_limit=limit))
    assert all(len(rows) <= limit for rows in limited.values())
    order = []
    for title, rows in whole.items():
        parts = _parts(whole, title, limited)
        assert parts[1:] == [f"{title} ({n})" for n in range(2, len(parts) + 1)]
        assert len(parts) == -(-max(len(rows) - 1, 1) // (limit - 1))  # as many as the rows need
        order += parts
        # Each sheet repeats the first row; their other rows are the whole sheet's rows, in order.
        assert all(limited[p][0] == rows[0] for p in parts)
        continued = [row for p in parts for row in limited[p][1:]]
        assert [[v for v, _ in row] for row in continued] == [[v for v, _ in row] for row in rows[1:]]
        # Every link points at the row the whole workbook's link points at.
        for row, whole_row in zip(continued, rows[1:]):
            for (_, link), (_, whole_link) in zip(row, whole_row):
                assert (link is None) == (whole_link is None)
                if link:
                    assert _target(limited, link) == _target(whole, whole_link)
    assert list(limited) == order
    assert len(limited["Findings"]) == limit and "Findings (5)" in limited
    assert sum(1 for row in limited["Descriptors (4)"] for value, link in row if link) > 0


def test_each_continued_sheet_has_its_own_filter_and_colours():
    workbook = openpyxl.load_workbook(io.BytesIO(_written(batch(30), row_limit=8)))
    for name in ("Findings", "Findings (2)", "Coverage (3)"):
        sheet = workbook[name]
        assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(sheet.max_column)}{sheet.max_row}"
        ranges = {str(r.sqref) for r in sheet.conditional_formatting}
        assert ranges and all(r.endswith(str(sheet.max_row)) for r in ranges)
        assert sheet.print_title_rows == "$1:$1" and sheet.freeze_panes == "A2"


def test_continued_sheet_names_keep_the_number_within_31_characters():
    book = workbook.Book(translator(), row_limit=5)
    title = "A sheet name of thirty-one char"
    assert len(title) == 31
    names = [book.continued(title, n) for n in (2, 10, 100)]
    assert names == [
        "A sheet name of thirty-one (2)",
        "A sheet name of thirty-one (10)",
        "A sheet name of thirty-on (100)",
    ]
    assert book.continued(title, 2) == names[0]  # the same sheet always gets the same name
    assert book.location(title, 3) == f"'{title}'!A5" and book.location(title, 4) == f"'{names[0]}'!A2"


def test_continued_sheet_names_are_translated():
    class Marked(Translator):
        def gettext(self, message: str) -> str:
            return "{sheet}, Teil {number}" if message == workbook.CONTINUED else message

    book = workbook.Book(Marked("de", None), row_limit=5)
    assert book.continued(book.name(excel.SHEETS["findings"]), 3) == "Findings, Teil 3"


def _templates() -> list[Result]:
    """The samples' results under eight awarding bodies, with at most three findings each."""
    templates = []
    for number in range(8):
        for result in samples_report().results:
            data = copy.deepcopy(result.data) if isinstance(result.data, dict) else None
            bodies = data.get("awarding_bodies") if data else None
            if isinstance(bodies, list) and bodies and isinstance(bodies[0], dict):
                bodies[0]["name"] = f"Provider {number}"
            templates.append(replace(result, data=data, findings=result.findings[:3]))
    return templates


def _peak(report: Report, count: int, path: Path) -> int:
    results = _generated(list(report.results), count)
    large = replace(report, results=results, stamp={**report.stamp, "inputs": FakeInputs(count)})
    gc.collect()
    tracemalloc.start()
    try:
        with path.open("wb") as file:
            excel.write(large, file)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("room", [0, 5_000, 200_000])
def test_rows_spooled_to_files_past_the_memory_room_give_the_same_workbook(room, monkeypatch):
    report = batch(120)
    in_memory = _written(report, row_limit=100)
    monkeypatch.setattr(workbook, "_IN_MEMORY", room)
    assert _written(report, row_limit=100) == in_memory


def test_writing_a_large_report_takes_memory_that_does_not_grow_with_it(tmp_path, monkeypatch):
    # Rows are kept in memory up to a bound (32 MB) and spooled to files past it: here past 64 KB.
    monkeypatch.setattr(workbook, "_IN_MEMORY", 1 << 16)
    report = build_report(_templates(), RunConfig(rubric=load_rubric(), now=NOW))
    small = _peak(report, 500, tmp_path / "small.xlsx")
    large = _peak(report, 2_000, tmp_path / "large.xlsx")
    book = openpyxl.load_workbook(tmp_path / "large.xlsx", read_only=True)
    assert sum(1 for _ in book["Descriptors"].iter_rows()) == 2_001
    book.close()
    # Rows or links kept per descriptor would be kilobytes each: megabytes more for 1,500 more descriptors.
    assert large < small * 1.15, (small, large)


def _generated(templates: list[Result], count: int) -> FakeBatch:
    """``count`` results like ``templates``, each with its own source and id."""
    return FakeBatch(
        templates,
        count,
        lambda template, position: replace(
            template, source=f"batch/{position:06d}-{template.source}", id=f"d{position}"
        ),
    )


class _Broken(FakeBatch):
    def __iter__(self) -> Iterator[Result]:
        yield from super().__iter__()
        raise OSError("disk gone")


def _spools() -> int:
    """How many files this process has open that are unnamed temporary files (openpyxl's own are named)."""
    targets = []
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            targets.append(os.readlink(fd))
    return sum(1 for t in targets if t.endswith("(deleted)") and "openpyxl" not in t)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files in /proc")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # openpyxl's unfinished sheets
def test_a_failed_write_leaves_no_spooled_rows_behind(monkeypatch):
    monkeypatch.setattr(workbook, "_IN_MEMORY", 0)  # every row spooled to a file
    report = samples_report()
    broken = replace(report, results=_Broken(list(report.results), 5))
    before = _spools()
    with pytest.raises(OSError, match="disk gone") as failure:
        excel.write(broken, io.BytesIO(), row_limit=3)
    assert failure.traceback  # the book is still referenced from the traceback: its files are closed anyway
    assert _spools() == before
    del failure
    gc.collect()
