"""The HTML report in a real browser (Debian's chromium driven by Playwright) at the size of a real batch:
each page type at phone width, printed to an A4 landscape PDF, filtered, timed, and checked by axe-core."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa_checker.api import audit_paths
from qa_checker.reporting import html
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, realworld_or_skip
from tests.reporting.batch import batch, samples_report, write_pages

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")

AXE = Path(__file__).resolve().parents[1] / "web" / "vendor" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"]
# The bound: the report opens in under two seconds (navigation start to DOMContentLoaded).
OPENS_WITHIN_MS = 2_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    contexts: list[Any] = []

    def make(path: Path, fragment: str = "", **options: Any) -> Any:
        context = browser.new_context(**{"viewport": DESKTOP, **options})
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        page.goto(path.as_uri() + fragment)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each page type: the one-file report, the paged report's index, a provider page and the inputs page."""
    folder = tmp_path_factory.mktemp("html")
    single = folder / "single.html"
    single.write_text(html.render(samples_report()), encoding="utf-8")
    index = write_pages(batch(300, providers=4), folder / "paged", per_page=60)
    pages = index.parent / "report-pages"
    return {"single": single, "index": index, "page": pages / "page-0001.html", "inputs": pages / "inputs.html"}


def axe_violations(page: Any) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in found]


def opened_in_ms(page: Any) -> float:
    """Navigation start to DOMContentLoaded of the page as loaded."""
    return float(page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))


def pdf_text(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page of a PDF: pdftotext (poppler-utils) when installed, else pypdf."""
    target = tmp_path / "printed.pdf"
    target.write_bytes(pdf)
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True)
        return done.stdout.split("\f")
    pypdf = pytest.importorskip("pypdf", reason="neither pdftotext (poppler-utils) nor pypdf is installed")
    return [page.extract_text() or "" for page in pypdf.PdfReader(str(target)).pages]


@pytest.mark.parametrize("kind", ["single", "index", "page", "inputs"])
def test_no_horizontal_overflow_at_phone_width_and_charts_stay_readable(
    open_page: Any, reports: dict[str, Path], kind: str
):
    page = open_page(reports[kind], viewport=PHONE, is_mobile=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    heights = page.evaluate(
        "Array.from(document.querySelectorAll('svg text')).map(t => t.getBoundingClientRect().height).filter(h => h > 0)"
    )
    assert all(h >= 10 for h in heights), min(heights)  # about 5 px before: unreadable
    if kind in ("single", "index"):
        assert heights


@pytest.mark.parametrize("kind", ["single", "index", "page", "inputs"])
def test_axe_core_finds_no_violation_on_each_page_type(open_page: Any, reports: dict[str, Path], kind: str):
    assert axe_violations(open_page(reports[kind])) == []
    assert axe_violations(open_page(reports[kind], viewport=PHONE)) == []


@pytest.mark.parametrize("kind", ["single", "page"])
def test_printed_a4_landscape_keeps_every_column_and_repeats_readable_headers(
    open_page: Any, reports: dict[str, Path], kind: str, tmp_path: Path
):
    page = open_page(reports[kind])
    pages = pdf_text(page.pdf(format="A4", landscape=True, print_background=True), tmp_path)
    text = "\n".join(pages)
    # The heatmap's last columns (they were cut from M11 on) and the table's (Field through Status).
    heat_headers = [p for p in pages if re.search(r"Descriptor\s+M1\s+M2.*O4\s+O5", p)]
    assert heat_headers, text[:2000]
    table_headers = [p for p in pages if re.search(r"Title.*Provider.*Languages\s+Score\s+Status", p, flags=re.S)]
    assert table_headers
    # Status and score of the last descriptor of the table are on paper.
    last = page.evaluate(
        "(() => { const rows = document.querySelectorAll('#offerings-table tr[data-unit]');"
        " const cells = rows[rows.length - 1].cells; return [cells[11].textContent, cells[12].textContent]; })()"
    )
    assert re.search(rf"{re.escape(last[0])}\s+{re.escape(last[1])}", text)
    if kind == "page":  # 60 descriptors: both tables run over several sheets, each repeating its header
        assert len(heat_headers) >= 2 and len(table_headers) >= 2
    assert "↕" not in text and "select a column heading" not in text  # no screen-only controls on paper


def test_filters_apply_to_the_whole_page_and_say_when_nothing_matches(open_page: Any, reports: dict[str, Path]):
    report = samples_report()
    rule = next(f.rule for r in report.results for f in r.findings if f.counts)
    page = open_page(reports["single"], f"#view&rule={rule}")
    shown = page.eval_on_selector_all("#offerings-table tr[data-unit]:not([hidden])", "rows => rows.map(r => r.id)")
    expected = [f"row-d{i + 1}" for i, r in enumerate(report.results) if any(f.rule == rule for f in r.findings)]
    assert shown == expected
    articles = page.eval_on_selector_all("article.descriptor:not([hidden])", "items => items.map(a => a.id)")
    assert articles == [row.removeprefix("row-") for row in expected]
    heat = page.eval_on_selector_all(".heat tbody tr[data-d]:not([hidden])", "rows => rows.length")
    assert heat == len(expected)
    findings = page.eval_on_selector_all("tr[data-f]:not([hidden])", "rows => rows.map(r => r.dataset.rule)")
    assert findings and set(findings) == {rule}
    assert page.eval_on_selector_all("tr[data-none]:not([hidden]), p[data-none]:not([hidden])", "n => n.length") == 0
    # A choice in the form filters at once, is kept in the address and in the links to other pages.
    page.fill("input[name=q]", "no such text anywhere")
    assert page.eval_on_selector_all("#offerings-table tr[data-unit]:not([hidden])", "rows => rows.length") == 0
    assert page.is_visible("#offerings-table tr[data-none]") and page.is_visible("#descriptors p[data-none]")
    assert "q=no+such+text+anywhere" in page.url
    assert "0 of" in page.inner_text("form.filters output")
    # A rule's count in the rule view shows only the descriptors it fails.
    page.click("form.filters button[type=reset]")
    page.click(f'#rules-table a[href="#view&rule={rule}"]')
    failing = [f"row-d{i + 1}" for i, r in enumerate(report.results) if any(f.rule == rule for f in r.findings)]
    # The address changes before its hashchange event filters the page: wait for the filter, not the address.
    page.wait_for_function(
        "n => location.hash.indexOf('rule=') > 0"
        " && document.querySelectorAll('#offerings-table tr[data-unit]:not([hidden])').length === n",
        arg=len(failing),
    )
    shown = page.eval_on_selector_all("#offerings-table tr[data-unit]:not([hidden])", "rows => rows.map(r => r.id)")
    assert shown == failing
    index = open_page(reports["index"], "#view&provider=p2")
    assert index.eval_on_selector_all("#providers-table tr[data-unit]:not([hidden])", "rows => rows.length") == 1
    link = index.get_attribute("#providers-table tr[data-unit]:not([hidden]) a", "href")
    assert link.endswith("#view&provider=p2")


def test_each_descriptor_links_back_to_its_row(open_page: Any, reports: dict[str, Path]):
    page = open_page(reports["page"])
    page.click("article.descriptor >> nth=3 >> text=back to the table")
    assert re.search(r"#row-d\d+$", page.url)
    target = page.url.rsplit("#", 1)[1]
    assert page.evaluate(f"document.getElementById('{target}').getBoundingClientRect().top") < DESKTOP["height"]


def test_table_headers_stay_in_view_while_scrolling(open_page: Any, reports: dict[str, Path]):
    page = open_page(reports["page"])
    box = page.locator("#offerings-table").element_handle()
    assert box is not None
    page.evaluate("document.querySelector('#offerings-table').closest('.scroll').scrollTop = 600")
    head = page.evaluate(
        "(() => { const s = document.querySelector('#offerings-table').closest('.scroll').getBoundingClientRect();"
        " const h = document.querySelector('#offerings-table thead th').getBoundingClientRect();"
        " return [s.top, h.top]; })()"
    )
    assert abs(head[0] - head[1]) < 2  # the header row is pinned to the top of its scrolled box


def test_the_index_and_pages_of_a_2000_descriptor_batch_open_in_under_two_seconds(open_page: Any, tmp_path: Path):
    index = write_pages(batch(2_000), tmp_path / "big")
    pages = sorted((index.parent / "report-pages").glob("page-*.html"), key=lambda p: p.stat().st_size)
    for path in (index, pages[-1]):
        page = open_page(path)
        assert opened_in_ms(page) < OPENS_WITHIN_MS, path.name


def test_the_realworld_audit_opens_fast_fits_a_phone_and_passes_axe(open_page: Any, tmp_path: Path):
    report = audit_paths([realworld_or_skip()], rubric=load_rubric(), now=NOW)
    index = write_pages(report, tmp_path / "realworld")
    pages = sorted((index.parent / "report-pages").glob("page-*.html"), key=lambda p: p.stat().st_size)
    for path in (index, pages[-1]):
        page = open_page(path)
        assert opened_in_ms(page) < OPENS_WITHIN_MS, path.name
        assert axe_violations(page) == [], path.name
        phone = open_page(path, viewport=PHONE, is_mobile=True)
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path.name
