"""Every workbook qa-checker writes (check, audit, diff and compare) keeps a descriptor's text as text: a title,
provider, id or outcome starting with = + - @ (or a tab or carriage return before one) is never a formula;
each sheet of rows has its header frozen, a filter and set column widths."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.conftest import baseline
from tests.reporting.helpers import NOW_TEXT, write_yaml

HOSTILE = ("=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", '\t=HYPERLINK("http://x")', "\r=1")
STARTS_A_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("formulas")
    for index, text in enumerate(HOSTILE):
        data = baseline()
        data.update(id=f"{text}-{index}", title=text, learning_outcomes=[f"{text} outcome", "Apply it."])
        data["awarding_bodies"][0]["name"] = f"{text} provider"
        write_yaml(root / "before" / f"d{index}.yaml", data)
        data["colour"] = text  # a new finding quoting the text
        write_yaml(root / "after" / f"d{index}.yaml", data)
    runner = CliRunner()
    common = ["--now", NOW_TEXT]
    commands = [
        ["check", str(root / "before"), "--format", "xlsx", "-o", str(root / "check.xlsx")],
        ["audit", str(root / "before"), "--out", str(root / "audit"), "--no-progress"],
        ["diff", str(root / "before"), str(root / "after"), "--format", "xlsx", "-o", str(root / "diff.xlsx")],
        ["compare", *(str(p) for p in sorted((root / "before").iterdir())[:3]), "--out", str(root / "compare")],
    ]
    for command in commands:
        done = runner.invoke(cli, [*command, *common, "--lang", "fr"], catch_exceptions=False)
        assert done.exit_code in (0, 1), done.output
    return [root / "check.xlsx", root / "audit" / "report.xlsx", root / "diff.xlsx", root / "compare" / "compare.xlsx"]


def test_no_cell_is_a_formula_and_descriptor_text_stays_text(workbooks: list[Path]) -> None:
    for path in workbooks:
        book = openpyxl.load_workbook(path)
        quoted = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (path.name, sheet.title, cell.coordinate, cell.value)
                    if isinstance(cell.value, str):
                        assert not cell.value.startswith(STARTS_A_FORMULA), (path.name, sheet.title, cell.coordinate)
                        quoted += any(text.strip() in cell.value for text in HOSTILE)
        assert quoted, path.name


def test_each_sheet_of_rows_has_a_frozen_header_a_filter_and_widths(workbooks: list[Path]) -> None:
    for path in workbooks:
        book = openpyxl.load_workbook(path)
        tables = [s for s in book.worksheets if s.auto_filter.ref]
        assert tables, path.name
        for sheet in tables:
            assert sheet.freeze_panes in ("A2", "B2", "C2"), (path.name, sheet.title)
            assert sheet.column_dimensions["A"].width, (path.name, sheet.title)
