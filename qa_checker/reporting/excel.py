"""The Excel workbook reviewers work in: Summary, Descriptors, Findings, Coverage, Principles, Rules.

openpyxl (write-only mode) writes the package: styles, column widths, frozen header rows,
autofilters and conditional formatting, and each sheet's styled first row. The data rows, the bulk
of a large batch, are serialised here straight to SpreadsheetML in openpyxl's own cell forms
(inline strings, ``t="n"`` numbers, ``t="b"`` booleans) and spliced into its ``<sheetData>``:
about ten times faster than openpyxl's pure-Python XML writer. The package is then re-zipped with
fixed entry dates and the run time as creation date, so with ``--now`` the workbook is
byte-for-byte reproducible. Numbers are stored as numbers.

Formula injection: any text that would start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is stored as text with a leading apostrophe (``'=HYPERLINK(...)``), the neutralisation
OWASP recommends for spreadsheet exports (:mod:`qa_checker.cells`, shared with the CSV dataset);
the apostrophe is visible, so nothing is hidden from the reader. Characters XML cannot hold
(control characters) and lone surrogates become U+FFFD, and text is cut to Excel's
32,767-character cell limit.
"""

from __future__ import annotations

import io
import json
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from qa_checker import table
from qa_checker.cells import FORMULA_START as FORMULA_START
from qa_checker.cells import neutralise, without_surrogates
from qa_checker.ects import HOURS_PER_ECTS
from qa_checker.elements import ELEMENTS
from qa_checker.principles import PRINCIPLES
from qa_checker.results import Report, principle_notes

CELL_LIMIT = 32_767
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFE8E8E8")
STATUS_COLOURS = {
    "present": "FFC8E6C9",
    "missing": "FFFFCDD2",
    "invalid": "FFFFE0B2",
    "not-applicable": "FFEEEEEE",
    "pass": "FFC8E6C9",
    "fail": "FFFFCDD2",
    "error": "FFE1BEE7",
}

DESCRIPTOR_COLUMNS = tuple(n for n in table.COLUMN_NAMES if not n.startswith(("element_", "principle_")))
FINDING_HEADERS = (
    "source",
    "descriptor_id",
    "provider",
    "rule",
    "severity",
    "element",
    "pointer",
    "message",
    "hint",
    "origin_sheet",
    "origin_cell",
    "origin_pointer",
    "origin_line",
    "waived",
    "waiver_reason",
)


def safe(value: Any) -> Any:
    """A cell value that can never start a formula; numbers and booleans pass through."""
    if not isinstance(value, str):
        return value
    text = neutralise(ILLEGAL_CHARACTERS_RE.sub("\ufffd", without_surrogates(value)))
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - 1] + "…"
    return text


class Heading(str):
    """Text shown in the bold, shaded header style where it appears inside a sheet."""


_HEADER_STYLE = "\x01"  # replaced by the header's style index once openpyxl has assigned it
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


class Book:
    """A workbook whose data rows are written as SpreadsheetML text (see the module docstring)."""

    def __init__(self) -> None:
        self.workbook = Workbook(write_only=True)
        self.rows: dict[str, list[str]] = {}
        self._next: dict[str, int] = {}
        self._letters: list[str] = []

    def sheet(
        self, title: str, widths: Sequence[float], first: Sequence[Any], *, freeze: str | None = None
    ) -> WriteOnlyWorksheet:
        """A new sheet with column widths, frozen panes and its first row (header cells styled).

        Everything that openpyxl writes before the rows must be set here, before the first row.
        """
        sheet: WriteOnlyWorksheet = self.workbook.create_sheet(title)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = freeze
        sheet.append([header_cell(sheet, v) if isinstance(v, Heading) else safe(v) for v in first])
        self.rows[title] = []
        self._next[title] = 2
        return sheet

    def append(self, title: str, values: Sequence[Any]) -> None:
        """Add one data row (after the first) to a sheet."""
        number = self._next[title]
        self._next[title] = number + 1
        while len(self._letters) < len(values):
            self._letters.append(get_column_letter(len(self._letters) + 1))
        cells = "".join(_cell(f"{letter}{number}", value) for letter, value in zip(self._letters, values))
        if cells:
            self.rows[title].append(f'<row r="{number}">{cells}</row>')

    def to_bytes(self, generated_at: str | None) -> bytes:
        """The ``.xlsx`` package, re-zipped with fixed entry dates and the run time as its date."""
        created = _w3cdtf(generated_at)
        buffer = io.BytesIO()
        self.workbook.save(buffer)
        parts = {f"xl/worksheets/sheet{i}.xml": title for i, title in enumerate(self.workbook.sheetnames, start=1)}
        out = io.BytesIO()
        with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for name in source.namelist():
                data = source.read(name)
                if name in parts and self.rows.get(parts[name]):
                    data = _splice(data, "".join(self.rows[parts[name]]))
                elif name == "docProps/core.xml" and created:
                    data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + created.encode(), data)
                target.writestr(
                    zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED
                )
        return out.getvalue()


def _cell(ref: str, value: Any) -> str:
    """One cell in the forms openpyxl writes; nothing for ``None`` or empty text, as openpyxl."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return f'<c r="{ref}" t="n"><v>{value!r}</v></c>'
    text = safe(str(value)).translate(_ESCAPES)
    style = f' s="{_HEADER_STYLE}"' if isinstance(value, Heading) else ""
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _splice(sheet_xml: bytes, rows: str) -> bytes:
    """Insert data rows after the first row, with the header style index openpyxl chose for it."""
    found = re.search(rb'<c r="A1" s="(\d+)"', sheet_xml)
    body = rows.replace(_HEADER_STYLE, found.group(1).decode() if found else "0").encode("utf-8")
    return sheet_xml.replace(b"</sheetData>", body + b"</sheetData>", 1)


def render(report: Report, **_: object) -> bytes:
    """The workbook as ``.xlsx`` bytes."""
    rows = table.rows(report)
    book = Book()
    _summary(book, report, report.stamp, report.providers)
    if report.since is not None:  # what changed since the last audit (audit --store)
        from qa_checker.reporting.diff_excel import since_sheet

        since_sheet(book, report.since)
    _descriptors(book, rows)
    _findings(book, report, rows)
    _coverage(book, rows)
    _principles(book, rows)
    _beyond(book, report)
    _rules(book, report)
    return book.to_bytes(report.generated_at)


def _w3cdtf(moment: str | None) -> str | None:
    """The run time in the UTC form document properties use (``2026-11-29T12:00:00Z``)."""
    if not moment:
        return None
    from datetime import datetime, timezone

    parsed = datetime.fromisoformat(moment)
    parsed = parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed
    return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_table(
    book: Book,
    title: str,
    headers: Sequence[str],
    widths: Sequence[float],
    body: Iterable[Sequence[Any]],
    *,
    coloured: Sequence[int] = (),
) -> None:
    """Add a tabular sheet: bold frozen header, autofilter, widths.

    Columns whose indexes are in ``coloured`` hold statuses and are coloured by conditional
    formatting (one rule per status for the whole range: cheap to write, and the colour follows
    a reviewer's edits).
    """
    sheet = book.sheet(title, widths, [Heading(h) for h in headers], freeze="A2")
    count = 0
    for values in body:
        count += 1
        book.append(title, values)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    for index in coloured if count else ():
        letter = get_column_letter(index + 1)
        for status, colour in STATUS_COLOURS.items():
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            sheet.conditional_formatting.add(
                f"{letter}2:{letter}{count + 1}", CellIsRule(operator="equal", formula=[f'"{status}"'], fill=fill)
            )


def header_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """A bold, shaded header cell."""
    cell = WriteOnlyCell(sheet, value=safe(text))
    cell.font = BOLD
    cell.fill = HEADER_FILL
    return cell


def _width(name: str) -> float:
    if name in ("source", "title", "provider", "message", "hint", "sha256", "field_label"):
        return 40
    if name.startswith(("element_", "principle_")) or name in ("ects", "hours", "score", "eqf_level"):
        return 12
    return 18


def _summary(book: Book, report: Report, stamp: dict[str, Any], groups: list[dict[str, Any]]) -> None:
    book.sheet("Summary", (42, 70, 10, 10, 10, 14, 12), [Heading("qa-checker audit report")])
    summary = report.summary
    scores = [r.score for r in report.results if r.score is not None]
    rubric = stamp["rubric"]
    lines: list[list[Any]] = [
        ["Tool", f"{stamp['tool']} {stamp['version']}"],
        ["Rubric", f"{rubric['id']} {rubric['version']}: {report.rubric.title}"],
        ["Rubric SHA-256", rubric.get("sha256")],
        ["Run time", stamp["generated_at"]],
    ]
    if "waivers" in stamp:
        lines.append(["Waivers", f"{stamp['waivers']['path']} (SHA-256 {stamp['waivers']['sha256']})"])
    lines += [
        ["Descriptors", summary["descriptors"]],
        ["Pass", summary["pass"]],
        ["Fail", summary["fail"]],
        ["Error (unreadable)", summary["error"]],
        ["Mean score", round(sum(scores) / len(scores), 1) if scores else None],
        ["Hours per ECTS used to normalise workload", HOURS_PER_ECTS],
        [],
        [Heading(h) for h in ("Provider", "Descriptors", "Pass", "Fail", "Error", "Pass rate (%)", "Mean score")],
    ]
    lines += [
        [g["provider"], g["descriptors"], g["pass"], g["fail"], g["error"], g["pass_rate"], g["mean_score"]]
        for g in groups
    ]
    lines += [[], [Heading("Input (source)"), Heading("SHA-256")]]
    lines += [[i["source"], i["sha256"]] for i in stamp["inputs"]]
    for line in lines:
        book.append("Summary", line)


def _descriptors(book: Book, rows: list[dict[str, Any]]) -> None:
    """The comparability columns, status and score; element statuses and principle scores have their own sheets."""
    names = DESCRIPTOR_COLUMNS
    write_table(
        book,
        "Descriptors",
        names,
        [_width(n) for n in names],
        ([row[n] for n in names] for row in rows),
        coloured=[names.index("status")],
    )


def _findings(book: Book, report: Report, rows: list[dict[str, Any]]) -> None:
    def body() -> Iterable[list[Any]]:
        for result, row in zip(report.results, rows):
            for f in result.findings:
                origin = f.origin
                yield [
                    result.source,
                    result.id,
                    row["provider"],
                    f.rule,
                    f.severity.value,
                    f.element,
                    f.pointer,
                    f.message,
                    f.hint,
                    origin.sheet if origin else None,
                    origin.cell if origin else None,
                    origin.pointer if origin else None,
                    origin.line if origin else None,
                    f.waiver is not None,
                    f.waiver.reason if f.waiver else None,
                ]

    widths = [40, 22, 30, 12, 10, 18, 28, 60, 50, 14, 10, 24, 8, 8, 30]
    write_table(book, "Findings", FINDING_HEADERS, widths, body())


def _coverage(book: Book, rows: list[dict[str, Any]]) -> None:
    headers = ["source", "id", "provider", "status", *(f"{e.clause.replace('Annex I ', '')} {e.key}" for e in ELEMENTS)]
    body = (
        [row["source"], row["id"], row["provider"], row["status"], *(row[f"element_{e.key}"] for e in ELEMENTS)]
        for row in rows
    )
    write_table(
        book, "Coverage", headers, [40, 22, 30, 10, *([14] * len(ELEMENTS))], body, coloured=range(3, len(headers))
    )


def _principles(book: Book, rows: list[dict[str, Any]]) -> None:
    headers = ["source", "id", "provider", "score", *(p.label for p in PRINCIPLES)]
    body = (
        [row["source"], row["id"], row["provider"], row["score"], *(row[f"principle_{p.key}"] for p in PRINCIPLES)]
        for row in rows
    )
    write_table(book, "Principles", headers, [40, 22, 30, 10, *([14] * len(PRINCIPLES))], body)


def _beyond(book: Book, report: Report) -> None:
    """The Annex II principles a reviewer must judge from evidence beyond the descriptors, and what to look for."""
    notes = principle_notes(report.results)
    body = ([note["label"], note["look_for"]] for note in notes.values())
    write_table(book, "Beyond the descriptors", ["principle", "look for"], [24, 110], body)


def _rules(book: Book, report: Report) -> None:
    headers = ("rule", "title", "element", "clause", "principles", "severity", "weight", "options", "message", "hint")
    body = []
    for rule in report.rules.values():
        body.append(
            [
                rule.id,
                rule.title,
                rule.element,
                rule.clause,
                ", ".join(rule.principles),
                rule.severity.value,
                rule.weight,
                json.dumps(rule.options, ensure_ascii=False, sort_keys=True) if rule.options else None,
                rule.message,
                rule.hint,
            ]
        )
    write_table(book, "Rules", headers, [12, 40, 18, 14, 30, 10, 8, 30, 60, 60], body)
