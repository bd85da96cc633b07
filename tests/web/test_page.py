"""The self-check page in a real browser (Debian's chromium driven by Playwright) against a real server:
upload, read the findings, download the reports, without JavaScript, with the keyboard only, at phone
width, and with axe-core reporting no accessibility violation."""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.conftest import SAMPLES, baseline
from tests.web.server import Server
from tests.web.test_api import cli_json

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
FLAWED = SAMPLES / "flawed" / "de-cloud-grundlagen.yaml"
CATALOGUE = SAMPLES / "spreadsheets" / "catalogue.xlsx"
PHONE = {"width": 390, "height": 844}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def context_for(browser: Any) -> Iterator[Any]:
    opened: list[Any] = []

    def make(**options: Any) -> Any:
        context = browser.new_context(accept_downloads=True, **options)
        context.set_default_timeout(30_000)
        opened.append(context)
        return context

    yield make
    for context in opened:
        context.close()


@pytest.fixture
def page(context_for: Any, server: Server) -> Any:
    opened = context_for().new_page()
    opened.goto(server.url + "/")
    return opened


def check_files(page: Any, *paths: Path) -> None:
    page.set_input_files("#files", [str(p) for p in paths])
    page.click("#check-button")
    page.wait_for_selector("#results")


def axe_violations(page: Any) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in found]


def test_upload_a_file_and_read_verdict_score_elements_and_findings(page: Any) -> None:
    assert page.get_attribute("html", "data-js") == "ready"
    check_files(page, FLAWED)
    assert page.url.endswith("/check#results")
    article = page.locator("article.result")
    assert article.count() == 1
    assert "Cloud-Grundlagen für den Mittelstand" in article.locator("h3").inner_text()
    (result,) = json.loads(cli_json(FLAWED.read_bytes(), FLAWED.name))["results"]
    assert (
        "Fail" in article.locator("dl.counts").inner_text() and f"{result['score']:.1f} / 100" in article.inner_text()
    )
    rows = article.locator("table tbody tr")
    assert rows.count() == 16
    statuses = [rows.nth(i).locator("td").inner_text() for i in range(16)]
    assert sum("present" in s for s in statuses) == 12 and any("invalid" in s for s in statuses)
    findings = article.locator("ol.findings > li")
    assert findings.count() == 12
    first = findings.first.inner_text()
    assert "MC-QA-002" in first and "line 37" in first and "How to fix:" in first
    assert page.evaluate("document.activeElement.id") == "results"


def test_a_spreadsheet_finding_names_its_sheet_and_cell(page: Any) -> None:
    check_files(page, CATALOGUE)
    places = page.locator("p.where strong").all_inner_texts()
    assert places and all(re.fullmatch(r"Courses![A-Z]+\d+(:[A-Z]+\d+)?", p) for p in places)


def test_pasted_yaml_is_checked_with_line_numbers_and_kept_for_fixing(page: Any) -> None:
    text = FLAWED.read_text(encoding="utf-8")
    page.fill("#text", text)
    page.click("#check-button")
    page.wait_for_selector("#results")
    assert "pasted.yaml" in page.locator("article.result p.meta").inner_text()
    assert "line 37" in page.locator("ol.findings > li").first.inner_text()
    assert page.input_value("#text") == text


def test_a_finding_links_to_its_rule_explained(page: Any) -> None:
    check_files(page, FLAWED)
    page.locator("ol.findings > li").first.get_by_role("link").click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text().startswith("MC-QA-002")
    assert "Failing example" in page.inner_text("main") and "Fixed" in page.inner_text("main")


def _download(page: Any, fmt: str) -> bytes:
    with page.expect_download() as info:
        page.click(f"#downloads button[value={fmt}]")
    download = info.value
    assert download.suggested_filename == f"qa-checker-report.{fmt}"
    return Path(download.path()).read_bytes()


def test_the_reports_of_the_check_download(page: Any) -> None:
    check_files(page, FLAWED)
    report = _download(page, "json")
    assert report.decode() == cli_json(FLAWED.read_bytes(), FLAWED.name)
    html = _download(page, "html").decode()
    assert "<title>Micro-credential audit: 1 descriptor(s)" in html and "MC-QA-002" in html
    workbook = openpyxl.load_workbook(io.BytesIO(_download(page, "xlsx")), read_only=True)
    assert {"Summary", "Findings", "Coverage"} <= set(workbook.sheetnames)
    assert page.url.endswith("/check#results")  # downloading did not leave the results


def test_without_javascript_a_check_and_its_downloads_work(context_for: Any, server: Server) -> None:
    page = context_for(java_script_enabled=False).new_page()
    page.goto(server.url + "/")
    assert page.get_attribute("html", "data-js") is None
    check_files(page, FLAWED, CATALOGUE)
    assert page.locator("article.result").count() == 5
    counts = page.locator("#results > dl.counts").inner_text()
    assert re.search(r"Pass\s+2", counts) and re.search(r"Fail\s+3", counts)
    assert json.loads(_download(page, "json"))["summary"] == {"descriptors": 5, "pass": 2, "fail": 3, "error": 0}


def test_the_provider_template_downloads_from_the_page(page: Any) -> None:
    with page.expect_download() as info:
        page.click("a[href$='/template/offer.xlsx']")
    assert info.value.suggested_filename == "micro-credential-offer-template.xlsx"
    assert "Instructions" in openpyxl.load_workbook(io.BytesIO(Path(info.value.path()).read_bytes())).sheetnames


def test_markup_in_a_title_stays_text(page: Any, tmp_path: Path) -> None:
    data = baseline()
    data["title"] = {"en": "<img src=x onerror=alert(1)><script>alert(2)</script>"}
    path = tmp_path / "inject.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    check_files(page, path)
    assert (
        page.locator("article.result h3").inner_text().endswith("<img src=x onerror=alert(1)><script>alert(2)</script>")
    )
    assert page.locator("article img").count() == 0 and dialogs == []


def test_files_dropped_on_the_box_are_chosen(page: Any) -> None:
    page.evaluate("""() => {
        const data = new DataTransfer();
        data.items.add(new File(['id: dropped'], 'dropped.yaml', {type: 'application/yaml'}));
        document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true}));
    }""")
    assert page.locator("#chosen li").inner_text().startswith("dropped.yaml")
    page.click("#check-button")
    page.wait_for_selector("#results")
    assert "dropped.yaml" in page.inner_text("#results")


def test_a_file_too_large_is_flagged_before_it_is_sent(page: Any, server: Server) -> None:
    page.set_input_files(
        "#files", files=[{"name": "huge.yaml", "mimeType": "application/yaml", "buffer": b"#" * (2 * 1024 * 1024)}]
    )
    assert "too large" in page.inner_text("#chosen")
    page.click("#check-button")
    assert "larger than 1.0 MB" in page.inner_text("#status")
    assert page.url == server.url + "/"


def _choose_by_keyboard(page: Any) -> Any:
    """The file chooser Space opens on the focused file input.

    Chromium now and then drops the chooser of a keypress that arrives while it is busy (a loaded
    CI machine); a person would press again, and so does this, up to three times.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):
        try:
            with page.expect_file_chooser(timeout=10_000) as chooser:
                page.keyboard.press("Space")
            return chooser.value
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            assert page.evaluate("document.activeElement.id") == "files"
    raise AssertionError("unreachable")


def test_keyboard_only_upload_in_a_sensible_focus_order(page: Any) -> None:
    order = []
    languages = ["English", "Deutsch", "Français", "Español", "Italiano", "Nederlands", "Polski"]
    for _ in range(11 + len(languages)):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert order == [
        "Skip to main content",
        "Micro-credential self-check",
        "Check a descriptor",
        "Templates",
        "Rules",
        "API",
        "Privacy",
        *languages,
        "files",
        "encoding",
        "text",
        "rubric",
    ]
    for _ in range(10 + len(languages)):
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "files"
    _choose_by_keyboard(page).set_files(str(FLAWED))
    for _ in range(5):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "check-button"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "HTML report"


def test_at_phone_width_nothing_overflows(context_for: Any, server: Server) -> None:
    page = context_for(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    widths = {}
    for address in ("/", "/rules", "/rules/MC-LO-004", "/rules/MC-LD-005", "/nowhere"):
        page.goto(server.url + address)
        widths[address] = page.evaluate("document.documentElement.scrollWidth")
    page.goto(server.url + "/")
    check_files(page, CATALOGUE, FLAWED)
    widths["results"] = page.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(widths, PHONE["width"])


def test_axe_core_finds_no_accessibility_violation(context_for: Any, server: Server, tmp_path: Path) -> None:
    page = context_for(bypass_csp=True).new_page()
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    problems = {}
    page.goto(server.url + "/")
    problems["/"] = axe_violations(page)
    check_files(page, FLAWED, CATALOGUE, broken)
    problems["results"] = axe_violations(page)
    for address in ("/rules", "/rules/MC-LO-004", "/nowhere"):
        page.goto(server.url + address)
        problems[address] = axe_violations(page)
    assert problems == {address: [] for address in problems}
