"""Hostile round 13: a workbook's numbers at the limits of a float, in the percentage, currency and duration
formats read since round ten, are told at their cell and never stop the sheet.

A cell of 1e308 shown as a percentage is 1e+310 % (no float holds it: it was written 'inf%'); a whole number of
400 digits (a workbook may store one; no float holds it either) stopped the whole sheet with an OverflowError.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

openpyxl = pytest.importorskip("openpyxl")

from qa_checker import check_paths  # noqa: E402

HUGE = "1" + "0" * 400
PLACEHOLDER = 12345


def _workbook(
    tmp_path: Path, ects: Any, number_format: str, hours: Any = 125 / 24, hours_format: str = "[h]:mm"
) -> Path:
    """A workbook of two offerings, the first with ``ects`` in ``number_format`` (a number no float holds is
    written into the sheet's XML as given), the second an ordinary one."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "title", "workload.ects", "workload.hours", "price.amount"])
    written = PLACEHOLDER if isinstance(ects, str) else ects
    sheet.append(["urn:x:1", "Data ethics", written, hours, written])
    sheet.append(["urn:x:2", "Data literacy", 5, 125 / 24, 450])
    for cell in ("C2", "E2"):
        sheet[cell].number_format = number_format
    sheet["D2"].number_format = hours_format
    sheet["D3"].number_format = hours_format
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / "values.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if isinstance(ects, str) and item.filename.endswith("sheet1.xml"):
                data = data.replace(f"<v>{PLACEHOLDER}</v>".encode(), f"<v>{ects}</v>".encode())
            target.writestr(item, data)
    return path


def _results(path: Path) -> dict[str, Any]:
    return {result.id: result for result in check_paths([path]).results}


@pytest.mark.parametrize("number_format", ["0%", "0.00%", "0", "#,##0.00 [$€-407]", "General"])
@pytest.mark.parametrize("ects", [1e308, HUGE])
def test_a_number_no_float_holds_is_told_at_its_cell_and_the_sheet_is_read(
    ects: Any, number_format: str, tmp_path: Path
) -> None:
    results = _results(_workbook(tmp_path, ects, number_format))
    assert set(results) == {"urn:x:1", "urn:x:2"}, "one cell never stops the sheet"
    told = [f for f in results["urn:x:1"].findings if f.pointer == "/workload/ects"]
    assert [f.rule for f in told] == ["MC-SC-001"]
    assert "inf" not in str(told[0].message)
    assert not [f for f in results["urn:x:2"].findings if f.pointer.startswith("/workload")]


def test_a_percentage_beyond_a_float_is_written_as_shown(tmp_path: Path) -> None:
    results = _results(_workbook(tmp_path, 1e308, "0%"))
    told = [str(f.message) for f in results["urn:x:1"].findings if f.pointer == "/workload/ects"]
    assert "1e+310%" in told[0]


def test_a_duration_of_a_billion_hours_is_told_as_too_long(tmp_path: Path) -> None:
    results = _results(_workbook(tmp_path, 5, "0", hours=10**9 / 24))
    told = [f for f in results["urn:x:1"].findings if f.pointer == "/workload/hours"]
    assert [f.rule for f in told] == ["MC-SC-001"]
    assert "1,000,000,000" in str(told[0].message)
