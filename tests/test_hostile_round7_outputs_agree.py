"""Hostile round seven: every output of generated hostile descriptors says the same, and stays what it is.

``tests/reporting/test_outputs_agree.py`` holds this for an ordinary batch; here hypothesis puts hostile text in
every field a report shows (file and folder names, title, provider, country, outcomes, summary, assessment,
waiver reason): markup and script, Excel formula starts (tabs, line breaks and full-width signs first), DDE
strings, bidirectional overrides and isolates, zero width joiners, NUL and other control characters, lone
surrogates, GitHub command text (``::``, ``%``, line breaks) and texts of tens of thousands of characters. For
each batch the terminal, JSON, SARIF, GitHub, HTML and Excel reports give every descriptor the same status and
the same findings (rule and pointer); no HTML page (report, comparison, diff) holds an element or attribute a
descriptor brought; every workbook opens and holds no formula, no cell starting as one (as
:data:`qa_checker.cells.FORMULA_START` says) and none past Excel's limit; the terminal, diff and annotation
texts hold no raw control character; and each output is written within seconds.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from qa_checker import diff as diffing
from qa_checker.cells import FORMULA_START, visible
from qa_checker.compare import compare_report
from qa_checker.reporting import (
    RENDERERS_BY_NAME,
    compare_excel,
    compare_html,
    diff_excel,
    diff_html,
    diff_text,
    workbook,
)
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from qa_checker.waivers import load_waivers
from tests.conftest import NOW, baseline
from tests.reporting.test_outputs_agree import _FINDING, _HEAD, _PLACE
from tests.timing import assert_linear

PIECES = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg onload=alert(1)>",
    "</td></tr></table><h1>x</h1>",
    "<!--",
    "]]>",
    "&lt;b&gt;",
    "{{ 7*7 }}",
    "{% raw %}",
    "%(title)s",
    "{title}",
    "=1+1",
    "+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "=cmd|' /C calc'!A0",
    "\uff1d1+1",
    "\uff20x",
    "\n=1",
    '=HYPERLINK("http://x")',
    "\u202eevil\u202c",
    "\u2066isolated\u2069",
    "a\u200db\u200bc",
    "nul\x00",
    "\x1b[31m",
    "\x07\x7f\x85",
    "\ud800",
    "\ufeff",
    "\uffff",
    "::error::injected",
    "%0A%25",
    "\r\n::warning file=x::y",
    "Δ Ελληνικά",
    "עברית",
    "العربية",
    "中文",
    "\U0001f600",
    " ",
)
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), min_size=1, max_size=6).map("".join)
LONG = st.builds(lambda piece, times: piece * times, st.sampled_from(PIECES[:24]), st.integers(1_000, 4_000))
VALUE = st.one_of(TEXT, TEXT, LONG)
FIELDS = ("title", "provider", "country", "outcome", "summary", "assessment", "id")


def _descriptor(values: dict[str, str]) -> dict[str, Any]:
    data = baseline()
    for field, value in values.items():
        if field == "title":
            data["title"] = {"en": value, "nl": value}
        elif field == "provider":
            data["awarding_bodies"][0]["name"] = {"en": value}
        elif field == "country":
            data["awarding_bodies"][0]["country"] = value
        elif field == "outcome":
            data["learning_outcomes"].append({"en": value})
        elif field == "summary":
            data["summary"] = {"en": value}
        elif field == "assessment":
            data["assessment"]["description"] = {"en": value}
        else:
            data["id"] = value
    return data


# A batch of ordinary text that passes, fails and is waived: the elements and attributes a page may have.
PLAIN = [("", {"outcome": "Know the law."}), ("", {"title": "Plain", "country": "XX"}), ("", {"summary": "Plain."})]
# What a file or folder name may hold beside its number (no "/" or NUL, which no name can; no two spaces, which
# the terminal report's layout uses): markup, formula and command starts, escapes, controls, reserved names.
NAME_PIECES = (
    "<b>",
    "=1",
    "+",
    "@",
    "%0A",
    "%",
    "::",
    "\n",
    "\r",
    "\t",
    "\u202e",
    "\u200b",
    "\x1b",
    "CON",
    "x.",
    "sp ace",
)
NAME = st.lists(st.sampled_from((*NAME_PIECES, "#", "?", ",", ";", "é", "עב", "'", '"', "&amp;")), max_size=3).map(
    "".join
)
BATCH = st.lists(st.tuples(NAME, st.dictionaries(st.sampled_from(FIELDS), VALUE, min_size=1)), min_size=1, max_size=3)
ALL = "".join(PIECES)


class _Tags(HTMLParser):
    """Every element and attribute name of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.attributes.update(name for name, _ in attrs)


def _tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def _report(folder: Path, batch: list[tuple[str, dict[str, str]]], reason: str):
    folder.mkdir(parents=True, exist_ok=True)
    for number, (name, values) in enumerate(batch):
        path = folder / f"{number}{name}" / f"{name}{number}.json"
        path.parent.mkdir()
        # ensure_ascii: lone surrogates are written as JSON escapes, as another program may write them
        path.write_text(json.dumps(_descriptor(values)), encoding="utf-8")
    (folder / "waivers.yaml").write_text(
        "waivers:\n  - rule: MC-LO-*\n    descriptor: '*'\n    reason: "
        + json.dumps("Accepted " + reason)
        + "\n    accepted_by: QA\n",
        encoding="utf-8",
    )
    waivers = load_waivers(str(folder / "waivers.yaml"))
    config = RunConfig(rubric=load_rubric(), now=NOW, jobs=1, waivers=waivers)
    return run(sorted(str(p) for p in folder.glob("*/*.json")), config)


def _expected(report) -> dict[str, tuple[str, Counter[tuple[str, str]]]]:
    data = json.loads(RENDERERS_BY_NAME["json"](report))
    return {
        r["source"]: (r["status"], Counter((f["rule"], f["pointer"] or "") for f in r["findings"]))
        for r in data["results"]
    }


def _from_terminal(text: str) -> dict[str, tuple[str, Counter[tuple[str, str]]]]:
    got: dict[str, tuple[str, Counter[tuple[str, str]]]] = {}
    findings: Counter[tuple[str, str]] = Counter()
    for line in text.splitlines():
        if head := _HEAD.match(line):
            findings = Counter()
            got[head.group(2)] = (head.group(1).lower(), findings)
        elif finding := _FINDING.match(line):
            place = _PLACE.match(finding.group(3))
            assert place is not None, line
            findings[(finding.group(2), "" if place["pointer"] == "(file)" else place["pointer"])] += 1
    return got


def _from_sarif(text: str) -> dict[str, Counter[tuple[str, str]]]:
    got: dict[str, Counter[tuple[str, str]]] = {}
    for entry in json.loads(text)["runs"][0]["results"]:
        props = entry["properties"]
        got.setdefault(props["source"], Counter())[(entry["ruleId"], props["pointer"] or "")] += 1
    return got


def _no_formula_and_within_limits(data: bytes) -> openpyxl.Workbook:
    """The workbook, opened, once no cell holds a formula, starts as one or is past Excel's limit."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_START), (sheet.title, cell.coordinate, cell.value[:40])
                    units = len(cell.value.encode("utf-16-le")) // 2
                    assert units <= workbook.CELL_LIMIT, (sheet.title, cell.coordinate, units)
    return book


def _from_workbook(data: bytes) -> dict[str, tuple[str, Counter[tuple[str, str]]]]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    got: dict[str, tuple[str, Counter[tuple[str, str]]]] = {}
    rows = list(book["Descriptors"].iter_rows(values_only=True))
    header = rows[0]
    for row in rows[1:]:
        record = dict(zip(header, row))
        got[record["source"]] = (record["status"], Counter())
    rows = list(book["Findings"].iter_rows(values_only=True))
    header = rows[0]
    for row in rows[1:]:
        record = dict(zip(header, row))
        got[record["source"]][1][(record["rule"], record["pointer"] or "")] += 1
    return got


_ROW = re.compile(r'<tr data-f[^>]* data-rule="([^"]*)"')
_ARTICLE = re.compile(r'<article [^>]*class="descriptor"')


FORMS = ("text", "sarif", "github", "html", "xlsx")


@pytest.mark.parametrize("form", FORMS)
def test_each_output_of_a_long_hostile_title_is_written_in_linear_time(tmp_path: Path, form: str) -> None:
    reports = {size: _report(tmp_path / str(size), [("", {"title": "=" * size})], ALL) for size in (10_000, 40_000)}
    assert_linear(lambda n: RENDERERS_BY_NAME[form](reports[n]))


@settings(
    max_examples=25,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(batch=BATCH, reason=TEXT)
@example(batch=[("".join(NAME_PIECES), dict.fromkeys(FIELDS, ALL)), ("", {"title": "=" * 40_000})], reason=ALL)
def test_every_output_of_hostile_descriptors_agrees_and_stays_what_it_is(tmp_path_factory, batch, reason) -> None:
    report = _report(tmp_path_factory.mktemp("batch"), batch, reason)
    expected = _expected(report)
    outputs: dict[str, Any] = {}
    for form in FORMS:
        outputs[form] = RENDERERS_BY_NAME[form](report)

    terminal = outputs["text"]
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", terminal)
    assert _from_terminal(terminal) == {visible(source): record for source, record in expected.items()}

    assert _from_sarif(outputs["sarif"]) == {s: f for s, (_, f) in expected.items() if f}

    annotations = outputs["github"].splitlines()
    for line in annotations:
        assert re.fullmatch(r"::(error|warning|notice) file=[^,:]*(,line=\d+)?(,col=\d+)?,title=[A-Z0-9-]+::.*", line)
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", line), line
    unwaived = sum(1 for r in report.results for f in r.findings if f.waiver is None)
    assert len(annotations) == unwaived

    page = outputs["html"]
    _no_injected_markup(page, RENDERERS_BY_NAME["html"](_report(tmp_path_factory.mktemp("plain"), PLAIN, "ok")))
    assert len(_ARTICLE.findall(page)) == len(expected)
    assert Counter(_ROW.findall(page)) == sum(
        (Counter(r for r, _ in f.elements()) for _, f in expected.values()), Counter()
    )

    _no_formula_and_within_limits(outputs["xlsx"])
    got = _from_workbook(outputs["xlsx"])
    assert got == {
        workbook.safe(s): (status, Counter({(r, workbook.safe(p)): n for (r, p), n in f.items()}))
        for s, (status, f) in expected.items()
    }


def _no_injected_markup(page: str, plain: str) -> None:
    """The page holds only elements and attributes its form of ordinary text has, and no control character."""
    tags, usual = _tags(page), _tags(plain)
    assert set(tags.tags) <= set(usual.tags) and tags.tags["script"] == usual.tags["script"]
    assert tags.attributes <= usual.attributes
    assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", page)


@settings(max_examples=10, deadline=None, phases=[Phase.explicit, Phase.generate])
@given(batch=BATCH, reason=TEXT)
@example(batch=[("".join(NAME_PIECES), dict.fromkeys(FIELDS, ALL)), ("", {"title": "=" * 40_000})], reason=ALL)
def test_the_comparison_and_the_diff_of_hostile_descriptors_stay_what_they_are(tmp_path_factory, batch, reason) -> None:
    report = _report(tmp_path_factory.mktemp("batch"), [*batch, ("", {"title": "Other"})], reason)
    plain = _report(tmp_path_factory.mktemp("plain"), PLAIN, "ok")
    comparison = compare_report(report)
    _no_injected_markup(compare_html.render(comparison), compare_html.render(compare_report(plain)))
    _no_formula_and_within_limits(compare_excel.render(comparison))
    change = diffing.diff(diffing.from_report(plain), diffing.from_report(report))
    other = _report(
        tmp_path_factory.mktemp("other"), [*PLAIN[1:], ("", {"outcome": "Understand it."}), ("", {"id": "x"})], "ok"
    )
    usual = diffing.diff(diffing.from_report(plain), diffing.from_report(other))
    _no_injected_markup(diff_html.render(change), diff_html.render(usual))
    _no_formula_and_within_limits(diff_excel.render(change))
    shown = diff_text.render(change, unchanged=True)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", shown)
