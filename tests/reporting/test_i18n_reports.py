"""The reports in another language: every word a reader sees comes through the translator.

A marker catalogue puts every translated string between ⟦ and ⟧. Rendered with it, a report may
show outside the markers only what is not ours to translate: the descriptors' own text, file
names, ids, rule ids, pointers, hashes, numbers and symbols. Anything else left is a string that
never reached the catalogue. The translator also brings the language: ``lang="de"``, German
numbers and dates.
"""

from __future__ import annotations

import gettext
import io
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

import openpyxl
import pytest

from qa_checker import diff as diffing
from qa_checker import table
from qa_checker.api import audit_paths
from qa_checker.compare import compare_report
from qa_checker.elements import ELEMENTS
from qa_checker.findings import Severity, Waiver
from qa_checker.i18n import Translator
from qa_checker.principles import PRINCIPLES
from qa_checker.reporting import (
    compare_excel,
    compare_html,
    diff_excel,
    diff_html,
    diff_text,
    excel,
    github,
    html,
    sarif,
    text,
    workbook,
)
from qa_checker.results import Report
from qa_checker.runner import RunConfig, build_report
from tests.conftest import NOW, ROOT, SAMPLES

OPEN, CLOSE = "⟦", "⟧"
_INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
# The start of a marked label that a short form cut with an ellipsis.
_CUT = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*…$")
_LETTER = re.compile(r"[^\W\d_]")
_SEPARATOR = "\x00"
WAIVER = Waiver(reason="accepted for the pilot cohort", accepted_by="QA board", until="2027-06-30")


class _Marked(gettext.NullTranslations):
    """Every message between markers, its placeholders kept."""

    def gettext(self, message: str) -> str:
        return f"{OPEN}{message}{CLOSE}"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"{OPEN}{msgid1 if n == 1 else msgid2}{CLOSE}"

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self.ngettext(msgid1, msgid2, n)


def marked() -> Translator:
    """A German translator whose catalogue marks every message (numbers and dates are German)."""
    return Translator("de", _Marked())


def _strip_marked(value: str) -> str:
    while True:
        stripped = _INNERMOST.sub(" ", value)
        if stripped == value:
            return value
        value = stripped


def leftovers(pieces: list[str], tokens: set[str]) -> set[str]:
    """The pieces of visible text (joined, so that a marked sentence may span elements) that still hold a
    word once every marked message and every token of data is taken out."""
    joined = _strip_marked(_SEPARATOR.join(pieces))
    ordered = sorted((t for t in tokens if t), key=len, reverse=True)
    found = set()
    for piece in joined.split(_SEPARATOR):
        rest = _CUT.sub(" ", piece.strip())
        for token in ordered:
            if token in rest:
                rest = rest.replace(token, " ")
        if _LETTER.search(rest):
            found.add(piece.strip())
    return found


class _Visible(HTMLParser):
    """The text a reader sees (scripts and styles aside) and the attributes read aloud or shown on hover."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self.language: str | None = None
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.language = values.get("lang")
        if tag in ("script", "style"):
            self._hidden += 1
        for name in ("title", "aria-label", "placeholder", "alt"):
            if values.get(name):
                self.pieces.append(str(values[name]))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.pieces.append(data)


def visible(page: str) -> _Visible:
    parser = _Visible()
    parser.feed(page)
    return parser


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return {s for v in value.values() for s in _strings(v)}
    if isinstance(value, (list, tuple)):
        return {s for v in value for s in _strings(v)}
    return set()


def data_tokens(report: Report, tr: Translator) -> set[str]:
    """What the reports show as it is: descriptor text, names, ids, rule ids, pointers, hashes, citations."""
    tokens = {"qa-checker", "qa-checker explain RULE-ID", "qa-checker explain", "SHA-256", "ISCED-F", "Bloom"}
    tokens |= {tr.date(report.generated_at, time=True), tr.date(WAIVER.until)}
    for row in table.rows(report):
        values = [v for k, v in row.items() if isinstance(v, str) and k != "status" and not k.startswith("element_")]
        tokens |= set(values) | {part for v in values for part in v.split("; ")}
    for result in report.results:
        tokens |= {result.source, result.id or "", result.imported_from or "", result.format}
        for finding in result.findings:
            tokens |= {finding.rule, finding.pointer, finding.element or ""}
            if finding.origin is not None:
                tokens |= {finding.origin.sheet or "", finding.origin.cell or "", finding.origin.pointer or ""}
                tokens.add(finding.origin.label() if finding.origin.line is None else "")
            if finding.waiver is not None:
                tokens |= {finding.waiver.reason, finding.waiver.accepted_by or ""}
        tokens |= {str(o.get("bloom")) for o in result.outcomes}
    for info in report.rules.values():
        tokens |= {info.id, info.clause, info.element or "", *info.principles}
        if info.options:
            tokens.add(json.dumps(info.options, ensure_ascii=False, sort_keys=True))
    tokens |= {report.rubric.id, report.rubric.version, report.rubric.title}
    tokens |= _strings(report.stamp)
    tokens |= {e.key for e in ELEMENTS} | {e.clause.replace("Annex I ", "") for e in ELEMENTS}
    tokens |= {p.key for p in PRINCIPLES}
    return tokens


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Report:
    """The samples, an unreadable and a hostile file, a JSON Schema (skipped), and a waived finding."""
    folder = tmp_path_factory.mktemp("i18n") / "batch"
    folder.mkdir()
    for sample in sorted(SAMPLES.rglob("*.*")):
        if sample.suffix in (".yaml", ".json", ".xlsx"):
            (folder / sample.name).write_bytes(sample.read_bytes())
    for name in ("broken.json", "hostile.yaml"):
        (folder / name).write_bytes((ROOT / "tests" / "golden" / "batch" / "inputs" / name).read_bytes())
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Badge", "type": "object"}
    (folder / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    checked = audit_paths([folder], now=NOW)
    results = list(checked.results)
    index = next(i for i, r in enumerate(results) if any(f.severity is Severity.WARNING for f in r.findings))
    findings = list(results[index].findings)
    first = next(i for i, f in enumerate(findings) if f.severity is Severity.WARNING)
    findings[first] = findings[first].waived(WAIVER)
    results[index] = replace(results[index], findings=findings)
    out = build_report(results, RunConfig(rubric=checked.rubric, now=NOW))
    assert {"pass", "fail", "error", "skipped"} <= {r.status for r in out.results}
    return out


def _before(report: Report) -> diffing.Snapshot:
    """An earlier run: one failing descriptor passed then, one passing failed, one is new, one is gone."""
    after = diffing.from_report(report)
    states = list(after.descriptors)
    failing = next(i for i, s in enumerate(states) if s.status == "fail" and s.findings)
    passing = next(i for i, s in enumerate(states) if s.status == "pass")
    elements = {**states[failing].elements, **dict.fromkeys(states[failing].elements, "present")}
    states[failing] = replace(states[failing], status="pass", score=100.0, findings=(), elements=elements)
    states[passing] = replace(states[passing], status="fail", score=50.0, findings=states[failing - 1].findings)
    gone = replace(states[0], source="gone.yaml", id="gone-1", sha256="0" * 64, title="A retired offering")
    states = [*states[1:], gone]
    return replace(after, label="run 7", descriptors=tuple(states), rubric="older 0.9", tool_version="0.0.1")


@pytest.fixture(scope="module")
def change(report: Report) -> diffing.Diff:
    return diffing.diff(_before(report), diffing.from_report(report))


@pytest.fixture(scope="module")
def since_report(report: Report, change: diffing.Diff) -> Report:
    """The report with what changed since the last audit, in the report's language (as a caller fills it)."""
    with_since = replace(report, language="de")
    with_since.since = change.to_dict(translator=marked())
    return with_since


def _diff_tokens(report: Report, change: diffing.Diff) -> set[str]:
    tokens = data_tokens(report, marked()) | {"run 7", "older 0.9", "0.0.1", "gone.yaml", "gone-1"}
    tokens |= {"A retired offering", "0" * 64}
    for side in (change.before, change.after):
        tokens |= {d.title or d.id or d.source for d in side.descriptors} | {d.source for d in side.descriptors}
        tokens |= {f.message for d in side.descriptors for f in d.findings}  # stored in English by design
        tokens |= {f.hint for d in side.descriptors for f in d.findings}
    return tokens


def test_the_html_report_says_its_language_and_every_word_comes_through_the_translator(since_report, change):
    tr = marked()
    page = html.render(since_report, tr=tr)
    seen = visible(page)
    assert seen.language == "de"
    assert leftovers(seen.pieces, _diff_tokens(since_report, change)) == set()
    # The check finds words that did not come through the translator: every one of the English report's.
    english = visible(html.render(since_report, tr=Translator("de", gettext.NullTranslations())))
    assert {"Overview", "Coverage of Annex I elements", "Rules"} <= leftovers(english.pieces, set())
    assert 'link.title = "⟦Show only these⟧";' in page
    assert '"⟦" + anchoredShown + " of " + anchored + " descriptors shown⟧"' in page
    assert 'hint.textContent = " ⟦(select a column heading to sort)⟧";' in page
    assert f"{OPEN}Waived: accepted for the pilot cohort (accepted by QA board) until 30. Juni 2027{CLOSE}" in page
    # A filter option shows the word and keeps the key it filters by.
    assert '<option value="fail">⟦fail⟧</option>' in page and '<option value="warning">⟦warning⟧</option>' in page


def test_the_paged_html_report_speaks_the_language_on_every_page(since_report, change):
    tr = marked()
    tokens = _diff_tokens(since_report, change)
    written = html.pages(since_report, tr=tr, per_page=2)
    assert len(written) > 3
    for name, page in written.items():
        seen = visible(page)
        assert seen.language == "de", name
        assert leftovers(seen.pieces, tokens) == set(), name
    assert any(f"{OPEN}%(provider)s" not in p and ", part " in p for p in written.values())


def test_german_numbers_and_dates(report):
    tr = marked()
    page = html.render(report, tr=tr)
    assert "27,5" in page and "27.5 hours" not in page  # hours per ECTS
    assert tr.date(report.generated_at, time=True) in page
    # English stays as it was written: ISO time, decimal point.
    english = html.render(report)
    assert f"on {report.generated_at}." in english and "27.5" in english and '<html lang="en">' in english


def test_the_workbook_speaks_the_language_and_keeps_the_dataset_sheet_as_the_data_dictionary(since_report, change):
    tr = marked()
    workbook = openpyxl.load_workbook(io.BytesIO(excel.render(since_report, tr=tr)))
    assert all(name.startswith(OPEN) and name.endswith(CLOSE) and len(name) <= 31 for name in workbook.sheetnames)
    assert workbook.sheetnames[:2] == ["⟦Summary⟧", "⟦Since last audit⟧"]
    descriptors = workbook["⟦Descriptors⟧"]
    assert [c.value for c in next(descriptors.iter_rows(max_row=1))] == list(excel.DESCRIPTOR_COLUMNS)
    tokens = _diff_tokens(since_report, change)
    for sheet in workbook:
        if sheet.title == "⟦Descriptors⟧":
            continue  # the dataset: the data dictionary's names and values in every language
        pieces = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
        assert leftovers(pieces, tokens) == set(), sheet.title
    findings = workbook["⟦Findings⟧"]
    header = [c.value for c in next(findings.iter_rows(max_row=1))]
    assert header[0] == "⟦source⟧" and "⟦message⟧" in header
    # Links follow the translated sheet names.
    locations = [c.hyperlink.location for row in findings.iter_rows() for c in row if c.hyperlink]
    assert locations and all(loc.startswith(("'⟦Descriptors⟧'!", "'⟦Rules⟧'!")) for loc in locations)


def test_sheet_names_stay_short_unique_and_valid():
    class Long(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return "Übersicht: [sehr] lange Blattnamen/Seiten?" if message in excel.SHEETS.values() else message

    book = workbook.Book(Translator("de", Long()))
    names = [book.name(label) for label in excel.SHEETS.values()]
    assert len({n.casefold() for n in names}) == len(names)
    assert all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)
    assert book.name(excel.SHEETS["rules"]) == names[-1]  # the same label always gets the same name


def test_the_terminal_report_speaks_the_language(report):
    tr = marked()
    output = text.render(report, tr=tr)
    lines = [line for line in output.splitlines() if line.strip()]
    assert leftovers(lines, data_tokens(report, tr)) == set()
    assert "⟦PASS⟧" in output and "⟦FAIL⟧" in output and "⟦ERROR⟧" in output and "⟦SKIPPED⟧" in output
    assert "⟦warning⟧" in output and "⟦(waived)⟧" in output


def test_sarif_and_github_messages_speak_the_language_ids_stay(report):
    tr = marked()
    log = sarif.build(report, tr=tr)
    results = log["runs"][0]["results"]
    assert results and all(r["message"]["text"].startswith(OPEN) for r in results)
    assert all(not r["ruleId"].startswith(OPEN) and r["level"] in ("error", "warning", "note") for r in results)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(r["shortDescription"]["text"].startswith(OPEN) for r in rules if r["id"] in report.rules)
    for line in github.render(report, tr=tr).splitlines():
        command, message = line.split("::", 2)[1:]
        assert message.startswith(OPEN) and OPEN not in command, line


def test_the_diff_speaks_the_language(report, change):
    tr = marked()
    tokens = _diff_tokens(report, change)
    output = diff_text.render(change, tr=tr, unchanged=True)
    assert leftovers(output.splitlines(), tokens) == set()
    page = diff_html.render(change, tr=tr)
    seen = visible(page)
    assert seen.language == "de" and leftovers(seen.pieces, tokens) == set()
    workbook = openpyxl.load_workbook(io.BytesIO(diff_excel.render(change, tr=tr)))
    assert workbook.sheetnames == ["⟦Summary⟧", "⟦Providers⟧", "⟦Descriptors⟧", "⟦Findings⟧"]
    for sheet in workbook:
        pieces = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
        assert leftovers(pieces, tokens) == set(), sheet.title


def test_the_comparison_speaks_the_language(report):
    tr = marked()
    chosen = [r for r in report.results if r.status != "skipped"][:2]
    chosen.append(next(r for r in report.results if r.status == "error"))
    comparison = compare_report(build_report(chosen, RunConfig(rubric=report.rubric, now=NOW)))
    tokens = data_tokens(comparison.report, tr)
    shown_as_given = [v for row in comparison.rows if row.key != "status" for v in row.values if v != "not read"]
    tokens |= set(shown_as_given) | {part for v in shown_as_given for part in v.split("\n")}
    page = compare_html.render(comparison, tr=tr)
    seen = visible(page)
    assert seen.language == "de" and leftovers(seen.pieces, tokens) == set()
    assert "⟦not read⟧" in page
    workbook = openpyxl.load_workbook(io.BytesIO(compare_excel.render(comparison, tr=tr)))
    assert workbook.sheetnames == ["⟦Comparison⟧", "⟦Offerings⟧", "⟦Stamp⟧"]
    for sheet in workbook:
        if sheet.title == "⟦Offerings⟧":
            continue  # the dataset's columns
        pieces = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
        assert leftovers(pieces, tokens) == set(), sheet.title


def test_the_language_comes_from_the_report_by_default(report, monkeypatch):
    seen: list[str] = []

    def fake(language: str = "en") -> Translator:
        seen.append(language)
        return marked()

    for module in (html, excel, text, sarif, github):
        monkeypatch.setattr(module, "translator", fake)
    german = replace(report, language="de")
    html.render(german)
    excel.render(german)
    text.render(german)
    sarif.render(german)
    github.render(german)
    assert seen.count("de") == 5
