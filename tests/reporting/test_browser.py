"""Open the HTML report in a real headless browser (Debian's chromium) and check what a person sees."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from qa_checker.api import audit_paths
from qa_checker.reporting import html
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, SAMPLES, baseline
from tests.reporting.helpers import write_yaml

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_SERVICES = (".google.com", ".googleapis.com", ".gstatic.com", ".gvt1.com", ".chromium.org")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]


def _chromium(tmp_path: Path, *args: str) -> str:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


class _Offerings(HTMLParser):
    """Rows of the comparability table as the browser left them: cell texts and hidden flags."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.rows: list[tuple[list[str], bool]] = []
        self.cell: list[str] | None = None
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "table" and values.get("id") == "offerings-table":
            self.inside = True
        elif self.inside and tag == "tbody":
            self.in_body = True
        elif self.in_body and tag == "tr":
            self.rows.append(([], "hidden" in values))
        elif self.in_body and tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if self.in_body and tag in ("td", "th") and self.cell is not None:
            self.rows[-1][0].append("".join(self.cell).strip())
            self.cell = None
        elif tag == "table" and self.inside:
            self.inside = self.in_body = False

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("batch")
    for sample in sorted(SAMPLES.rglob("*.*")):
        (folder / sample.name).write_bytes(sample.read_bytes())
    data = baseline()
    data["id"] = "hostile"
    data["title"] = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>"
    write_yaml(folder / "hostile.yaml", data)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    target = folder / "report.html"
    target.write_text(html.render(audit_paths([folder], rubric=load_rubric(), now=NOW)), encoding="utf-8")
    return target


def _dom(tmp_path: Path, page: Path, fragment: str = "") -> str:
    return _chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", page.as_uri() + fragment)


def _rows(dom: str) -> list[tuple[list[str], bool]]:
    parser = _Offerings()
    parser.feed(dom)
    return [row for row in parser.rows if len(row[0]) > 1]  # not the "no results" line


def test_the_script_runs_and_markup_from_a_descriptor_stays_text(tmp_path, page):
    dom = _dom(tmp_path, page)
    assert 'data-js="ready"' in dom
    assert "<title>Micro-credential audit" in dom and "pwned" not in dom.split("</title>")[0]
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in dom
    assert not re.search(r"<img[^>]*onerror", dom)
    assert dom.count("<script") == 1
    assert "<button" in dom and re.search(r'<div id="filters" class="filters-slot">\s*<form class="filters"', dom)
    assert "(select a column heading to sort)" in dom


def test_the_comparability_table_sorts_by_score(tmp_path, page):
    rows = _rows(_dom(tmp_path, page, "#view&sort=Score&dir=desc"))
    scores = [float(cells[11]) for cells, _ in rows if cells[11] != "–"]
    assert len(scores) >= 4 and scores == sorted(scores, reverse=True)
    ascending = _rows(_dom(tmp_path, page, "#view&sort=Score"))
    values = [float(cells[11]) for cells, _ in ascending if cells[11] != "–"]
    assert values == sorted(values) and ascending[-1][0][11] == "–"  # unreadable files last


def test_the_comparability_table_filters(tmp_path, page):
    rows = _rows(_dom(tmp_path, page, "#view&status=fail"))
    shown = [cells for cells, hidden in rows if not hidden]
    assert shown and all(cells[12] == "fail" for cells in shown)
    assert any(hidden for _, hidden in rows)


def test_without_javascript_the_table_is_complete(tmp_path, page):
    """As in a mail client that blocks scripts: the page without its script still shows every row."""
    text = page.read_text(encoding="utf-8")
    blocked = tmp_path / "no-script.html"
    blocked.write_text(re.sub(r"<script>.*?</script>", "", text, flags=re.S), encoding="utf-8")
    dom = _dom(tmp_path, blocked)
    assert 'data-js="ready"' not in dom and '<div id="filters" class="filters-slot"></div>' in dom
    assert "<button" not in dom.split("<template")[0] and "select a column heading" not in dom
    assert 'href="#view&amp;' not in dom  # links that only the script can follow are not there either
    rows = _rows(dom)
    assert len(rows) == text.count('<article id="d') >= 8
    assert not any(hidden for _, hidden in rows)


def test_a_screenshot_shows_the_report(tmp_path, page):
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000


def _requested_hosts(tmp_path: Path, page: Path, name: str) -> set[str]:
    """Hosts of every URL request in chromium's network log while it loads a page."""
    log = tmp_path / f"{name}.netlog.json"
    _chromium(tmp_path / name, f"--log-net-log={log}", "--virtual-time-budget=3000", "--dump-dom", page.as_uri())
    urls = re.findall(r'"url":"([a-z][a-z0-9+.-]*://[^"/]*)', log.read_text(encoding="utf-8", errors="replace"))
    return {url.split("://", 1)[1] for url in urls if not url.startswith(("file:", "data:"))}


def test_opening_the_report_makes_no_network_request(tmp_path, page):
    """Chromium's own background requests are the baseline; the report must add none to them."""
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text('<!DOCTYPE html><img src="http://qa-checker-probe.invalid/x.png" alt="">', encoding="utf-8")
    baseline = _requested_hosts(tmp_path, blank, "blank")
    assert "qa-checker-probe.invalid" in _requested_hosts(tmp_path, probe, "probe")  # the log does see requests
    added = _requested_hosts(tmp_path, page, "report") - baseline
    # Chromium's own update, time and account services come and go between runs.
    assert {h for h in added if not h.split(":")[0].endswith(CHROMIUM_SERVICES)} == set()
