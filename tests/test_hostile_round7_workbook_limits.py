"""Hostile round seven: what Excel can hold, in every workbook qa-checker writes.

Excel counts a cell's 32,767 characters as UTF-16 code units: a title of emoji or CJK extension ideographs
(each two units) was cut at 32,767 code points, twice what a cell holds. A sheet has 16,384 columns: ``compare``
of more offerings than the Comparison sheet has columns for stopped with a traceback once the offerings had
been checked; they now go on in a sheet after it ("Comparison (2)"), each headed by its title and its file.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from qa_checker.compare import compare_report
from qa_checker.reporting import compare_excel, workbook
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report, run
from tests.conftest import NOW, baseline
from tests.reporting.helpers import NOW_TEXT, write_json
from tests.timing import assert_linear

EXCEL_COLUMNS = 16_384
WIDE = ("\U0001f600", "\U00020000", "a\U0001f600")  # an emoji, a CJK extension B ideograph, both units mixed


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("piece", WIDE)
def test_a_cell_of_characters_beyond_the_basic_plane_is_cut_at_excels_limit(piece: str) -> None:
    cut = workbook.safe("=" + piece * 40_000)
    assert _units(cut) <= workbook.CELL_LIMIT and cut.endswith("…") and cut.startswith("'=")
    assert _units(cut) >= workbook.CELL_LIMIT - 3  # no more cut than a character and the mark
    assert cut.encode("utf-8").decode("utf-8") == cut  # never half a character
    short = "\U0001f600" * (workbook.CELL_LIMIT // 2)
    assert workbook.safe(short) == short


def test_every_workbook_cell_of_a_wide_title_fits(run_cli, tmp_path: Path) -> None:
    data = baseline()
    data["title"] = {"en": "\U0001f600" * 30_000, "nl": "\U00020000" * 20_000}
    data["awarding_bodies"][0]["name"] = {"en": "@" + "\U0001f600" * 20_000}
    write_json(tmp_path / "in" / "wide.json", data)
    write_json(tmp_path / "in" / "plain.json", baseline())
    out = tmp_path / "out"
    for args in (
        ("check", str(tmp_path / "in"), "--format", "xlsx", "-o", str(out / "check.xlsx")),
        ("compare", str(tmp_path / "in"), "--out", str(out)),
    ):
        result = run_cli(*args, "--now", NOW_TEXT)
        assert result.exit_code in (0, 1), result.output
    for path in (out / "check.xlsx", out / "compare.xlsx"):
        book = openpyxl.load_workbook(path, read_only=True)
        cut = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for value in row:
                    if isinstance(value, str):
                        assert _units(value) <= workbook.CELL_LIMIT, (path.name, sheet.title, len(value))
                        cut += value.endswith("…") and _units(value) > workbook.CELL_LIMIT - 3
        book.close()
        assert cut, path.name  # the title was cut, and its cut shows


@pytest.fixture(scope="module")
def one_result(tmp_path_factory: pytest.TempPathFactory):
    data = baseline()
    data["title"] = "=Same title"
    path = write_json(tmp_path_factory.mktemp("one") / "same.json", data)
    return run([str(path)], RunConfig(rubric=load_rubric(), now=NOW)).results[0]


def test_more_offerings_than_a_sheet_has_columns_go_on_in_a_sheet_after_it(one_result) -> None:
    def comparison(count: int) -> object:
        results = [replace(one_result, source=f"p{number}/same.json") for number in range(count)]
        return compare_report(build_report(results, RunConfig(rubric=load_rubric(), now=NOW)))

    count = EXCEL_COLUMNS - 2 + 3  # the label and "differs" columns, then the offerings
    data = compare_excel.render(comparison(count))
    small, large = comparison(250), comparison(1_000)
    assert_linear(lambda n: compare_excel.render(small if n == 250 else large), 250, 1_000)
    package = zipfile.ZipFile(io.BytesIO(data))
    names = re.findall(r'<sheet name="([^"]*)"', package.read("xl/workbook.xml").decode())
    assert names == ["Comparison", "Comparison (2)", "Offerings", "Stamp"]
    first, second = (_first_rows(package, f"xl/worksheets/sheet{n}.xml") for n in (1, 2))
    assert len(first[0]) == EXCEL_COLUMNS and len(second[0]) == 5
    assert first[0][:3] == ["element", "differs", "'=Same title\np0/same.json"]
    assert second[0][2:] == [f"'=Same title\np{n}/same.json" for n in range(count - 3, count)]
    assert first[1][:2] == second[1][:2] == ["Status", "no"]


def _first_rows(package: zipfile.ZipFile, name: str) -> list[list[str]]:
    """The texts of the first two rows of a sheet (read as far as them only: openpyxl reads the whole sheet)."""
    rows: list[list[str]] = []
    with package.open(name) as sheet:
        for _, element in ElementTree.iterparse(sheet):
            if element.tag.endswith("}row"):
                rows.append(["".join(t.text or "" for t in c.iter() if t.tag.endswith("}t")) for c in element])
                if len(rows) == 2:
                    return rows
    return rows


REORDERING = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")


def test_no_workbook_cell_is_reordered_by_bidirectional_controls(run_cli, tmp_path: Path) -> None:
    """Every workbook shows a provider's text as the HTML report does: its bidirectional controls as U+FFFD."""
    data = baseline()
    data["title"] = {"en": "Data \u202eEthics\u202c in \u2067Practice\u2069", "nl": "\u2066x\u2069"}
    data["awarding_bodies"][0]["name"] = {"en": "\u202dAcme\u202c \u202bUniversity\u202c \u202aX\u202c \u2068Y\u2069"}
    before, after = tmp_path / "before", tmp_path / "after"
    write_json(before / "offer.json", data)
    other = baseline()
    other.update(id="other", title={"en": "Plain", "nl": "Plain"})
    write_json(before / "other.json", other)
    del data["quality_assurance"]
    write_json(after / "offer.json", data)
    out = tmp_path / "out"
    for args in (
        ("check", str(before), "--format", "xlsx", "-o", str(out / "check.xlsx")),
        ("compare", str(before), "--out", str(out)),
        ("diff", str(before), str(after), "--format", "xlsx", "-o", str(out / "diff.xlsx")),
    ):
        result = run_cli(*args, "--now", NOW_TEXT)
        assert result.exit_code in (0, 1), result.output
    for path in (out / "check.xlsx", out / "compare.xlsx", out / "diff.xlsx"):
        book = openpyxl.load_workbook(path, read_only=True)
        texts = [v for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row]
        book.close()
        shown = [v for v in texts if isinstance(v, str) and "Ethics" in v]
        assert shown and all("Data \ufffdEthics\ufffd in \ufffdPractice\ufffd" in v for v in shown), path.name
        assert not [v for v in texts if isinstance(v, str) and any(c in v for c in REORDERING)], path.name
