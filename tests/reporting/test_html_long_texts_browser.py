"""One descriptor's long text (a title or provider name of hundreds of characters with no space) wraps inside
its cell in a real browser: it cannot widen its column, and so every row, of the tables it appears in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner

from qa_checker.api import audit_paths
from qa_checker.cli import cli
from qa_checker.reporting import html
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, SAMPLES, baseline
from tests.reporting.helpers import NOW_TEXT, write_yaml
from tests.reporting.test_html_browser import browser, open_page, pytestmark  # noqa: F401 (fixtures and marks)

# The widest a cell showing a descriptor's text may be: 24rem of text (at the root's 16 px), padding and border.
WIDEST_PX = 24 * 16 + 32
TABLES = ("#offerings-table", "#providers-table", ".heat", ".top")
WIDEST = """selectors => Object.fromEntries(selectors.map(s => [s, Math.max(0, ...Array.from(
    document.querySelectorAll(`${s} th, ${s} td`), c => c.getBoundingClientRect().width))]))"""


def _long_texts(folder: Path) -> Path:
    """A descriptor whose title and provider name are hundreds of characters with no space."""
    long = baseline()
    long["id"] = "long-texts"
    long["title"] = "Supercalifragilistic" * 20
    long["awarding_bodies"][0]["name"] = "A" * 400
    return write_yaml(folder / "long.yaml", long)


def test_a_long_unbroken_title_or_provider_name_wraps_inside_its_cell(open_page: Any, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "in"
    _long_texts(folder)
    for sample in sorted((SAMPLES / "flawed").glob("*.*")):
        (folder / sample.name).write_bytes(sample.read_bytes())
    page_file = tmp_path / "report.html"
    page_file.write_text(html.render(audit_paths([folder], rubric=load_rubric(), now=NOW)), encoding="utf-8")
    page = open_page(page_file)
    widest = page.evaluate(WIDEST, [f"{table} tbody" for table in TABLES])
    assert widest["#offerings-table tbody"] and widest["#providers-table tbody"], widest
    assert all(width <= WIDEST_PX for width in widest.values()), widest


def test_compared_offerings_of_long_texts_keep_their_columns_narrow(open_page: Any, tmp_path: Path) -> None:  # noqa: F811
    long = _long_texts(tmp_path / "in")
    other = SAMPLES / "offers" / "data-ethics-nl.yaml"
    out = tmp_path / "out"
    done = CliRunner().invoke(cli, ["compare", str(long), str(other), "--out", str(out), "--now", NOW_TEXT])
    assert done.exit_code == 0, done.output
    widest = open_page(out / "compare.html").evaluate(WIDEST, [".compare"])
    assert 0 < widest[".compare"] <= WIDEST_PX, widest
