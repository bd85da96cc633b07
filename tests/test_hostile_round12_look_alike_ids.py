"""Hostile round twelve: ids that differ only by a character that shows as nothing never look the same in a report.

Four descriptors of a batch had the ids ``MC-LOOK-1``, ``MC-LOOK-1`` + zero width space, ``MC-LOOK-1`` + word
joiner and a byte-order mark + ``MC-LOOK-1``. The terminal showed the three odd ones with their escapes
(``MC-LOOK-1\\u200b``), but the HTML pages and the workbooks printed the four alike: a reader saw one
descriptor four times, and could not tell which row was which. Every report a person reads must show the odd
ones as odd (the terminal's escape, or U+FFFD where the pages and the workbooks put a control character), while
the JSON report keeps each id exactly as it was given.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.conftest import baseline
from tests.reporting.helpers import NOW_TEXT, write_json

PLAIN = "MC-LOOK-1"
# Characters no script needs that show as nothing.
NOTHING = ("\u200b", "\u2060", "\u2062", "\ufeff")
IDS = (PLAIN, PLAIN + "\u200b", PLAIN + "\u2060", "\ufeff" + PLAIN, "MC-\u2062LOOK-1")
HIDDEN = re.compile("[" + "".join(NOTHING) + "]")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("look-alike")
    for index, given in enumerate(IDS):
        data = baseline()
        data["id"] = given
        write_json(root / "before" / f"d{index}.json", data)
        data["colour"] = "blue"  # a new finding in the later run
        write_json(root / "after" / f"d{index}.json", data)
    runner = CliRunner()
    before, after = str(root / "before"), str(root / "after")
    commands = [
        ["check", before, "--format", "text", "-o", str(root / "check.txt")],
        ["check", before, "--format", "json", "-o", str(root / "check.json")],
        ["check", before, "--format", "xlsx", "-o", str(root / "check.xlsx")],
        ["audit", before, "--out", str(root / "audit"), "--no-progress"],
        ["diff", before, after, "--format", "html", "-o", str(root / "diff.html")],
        ["diff", before, after, "--format", "xlsx", "-o", str(root / "diff.xlsx")],
        ["diff", before, after, "--format", "text", "-o", str(root / "diff.txt")],
        ["compare", *(str(root / "before" / f"d{i}.json") for i in range(len(IDS))), "--out", str(root / "compare")],
    ]
    for command in commands:
        done = runner.invoke(
            cli, [*command, "--now", NOW_TEXT, "-j", "1"] if command[0] == "check" else [*command, "--now", NOW_TEXT]
        )
        assert done.exit_code in (0, 1), (command, done.output)
    return root


def _pages(root: Path) -> list[Path]:
    return [
        root / "audit" / "report.html",
        *sorted((root / "audit" / "report-pages").glob("*.html")),
        root / "diff.html",
        root / "compare" / "compare.html",
    ]


def _books(root: Path) -> list[Path]:
    return [root / "check.xlsx", root / "audit" / "report.xlsx", root / "diff.xlsx", root / "compare" / "compare.xlsx"]


def test_no_html_page_prints_a_character_that_shows_as_nothing(reports: Path) -> None:
    for page in _pages(reports):
        text = page.read_text(encoding="utf-8")
        assert not HIDDEN.search(text), (page.name, HIDDEN.search(text))


def test_each_odd_id_is_shown_as_odd_on_the_pages(reports: Path) -> None:
    report = (reports / "audit" / "report.html").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in sorted((reports / "audit" / "report-pages").glob("*.html"))
    )
    for shown in (PLAIN + "\ufffd", "\ufffd" + PLAIN, "MC-\ufffdLOOK-1"):
        assert shown in report, shown
    assert PLAIN + "\ufffd" in (reports / "diff.html").read_text(encoding="utf-8")


def test_no_workbook_cell_holds_a_character_that_shows_as_nothing(reports: Path) -> None:
    for path in _books(reports):
        book = openpyxl.load_workbook(path)
        shown: set[str] = set()
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for value in row:
                    if isinstance(value, str):
                        assert not HIDDEN.search(value), (path.name, sheet.title, value)
                        shown.update(v for v in (value,) if "LOOK-1" in v and len(v) < 20)
        if path.name != "diff.xlsx":  # the diff lists changed descriptors; the others all five
            assert len({s for s in shown if s.replace("\ufffd", "") == PLAIN}) >= 2, (path.name, shown)


def test_the_terminal_shows_the_escapes_and_json_keeps_the_ids_exactly(reports: Path) -> None:
    text = (reports / "check.txt").read_text(encoding="utf-8") + (reports / "diff.txt").read_text(encoding="utf-8")
    assert not HIDDEN.search(text)
    for shown in ("MC-LOOK-1\\u200b", "MC-LOOK-1\\u2060", "\\ufeffMC-LOOK-1"):
        assert shown in text, shown
    given = {r["id"] for r in json.loads((reports / "check.json").read_text(encoding="utf-8"))["results"]}
    assert given == set(IDS)


def test_joiners_of_real_text_stay_on_the_pages(tmp_path: Path) -> None:
    """Emoji and Persian joiners (U+200D, U+200C) are text: the pages print them as given."""
    data = baseline()
    data["title"] = {"en": "Coding \U0001f469\u200d\U0001f4bb and \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"}
    write_json(tmp_path / "in" / "a.json", data)
    done = CliRunner().invoke(cli, ["check", str(tmp_path / "in"), "--format", "html", "--now", NOW_TEXT])
    assert done.exit_code in (0, 1), done.output
    assert data["title"]["en"] in done.output
