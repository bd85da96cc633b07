"""The Excel workbook reviewers work in: Summary, Descriptors, Findings, Coverage, Principles, Rules.

Written with openpyxl in write-only mode (streamed, fast for large batches). Every tabular sheet
has a frozen header row, an autofilter and set column widths; numbers are stored as numbers.

Formula injection: any text that would start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is stored as text with a leading apostrophe (``'=HYPERLINK(...)``), the neutralisation
OWASP recommends for spreadsheet exports; the apostrophe is visible, so nothing is hidden from
the reader. Characters XML cannot hold (control characters) become U+FFFD, and text is cut to
Excel's 32,767-character cell limit. (A carriage return is kept, but XML reads it back as a line feed.)
"""

from __future__ import annotations

import io
import json
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
from qa_checker.elements import ELEMENTS
from qa_checker.principles import PRINCIPLES
from qa_checker.results import Report
from qa_checker.rules import RULES_BY_ID

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CELL_LIMIT = 32_767
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFE8E8E8")
STATUS_COLOURS = {
    "present": "FFC8E6C9", "missing": "FFFFCDD2", "invalid": "FFFFE0B2", "not-applicable": "FFEEEEEE",
    "pass": "FFC8E6C9", "fail": "FFFFCDD2", "error": "FFE1BEE7",
}

DESCRIPTOR_COLUMNS = tuple(n for n in table.COLUMN_NAMES if not n.startswith(("element_", "principle_")))
FINDING_HEADERS = ("source", "descriptor_id", "provider", "rule", "severity", "element", "pointer", "message",
                   "hint", "origin_sheet", "origin_cell", "origin_pointer", "origin_line", "waived", "waiver_reason")


def safe(value: Any) -> Any:
    """A cell value that can never start a formula; numbers and booleans pass through."""
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if text.startswith(FORMULA_START):
        text = "'" + text
    if len(text) > CELL_LIMIT:
        text = text[:CELL_LIMIT - 1] + "…"
    return text


def render(report: Report, **_: object) -> bytes:
    """The workbook as ``.xlsx`` bytes."""
    from qa_checker.audit import providers, stamp

    rows = table.rows(report)
    workbook = Workbook(write_only=True)
    _summary(workbook, report, report.metadata.get("stamp") or stamp(report),
             report.metadata.get("providers") or providers(rows))
    _descriptors(workbook, rows)
    _findings(workbook, report, rows)
    _coverage(workbook, rows)
    _principles(workbook, rows)
    _rules(workbook, report)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_table(workbook: Workbook, title: str, headers: Sequence[str], widths: Sequence[float],
                body: Iterable[Sequence[Any]], *, coloured: Sequence[int] = ()) -> None:
    """Append a tabular sheet: bold frozen header, autofilter, widths.

    Columns whose indexes are in ``coloured`` hold statuses and are coloured by conditional
    formatting (one rule per status for the whole range: cheap to write, and the colour follows
    a reviewer's edits).
    """
    sheet: WriteOnlyWorksheet = workbook.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([header_cell(sheet, h) for h in headers])
    count = 0
    for values in body:
        count += 1
        sheet.append([safe(v) for v in values])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    for index in coloured if count else ():
        letter = get_column_letter(index + 1)
        for status, colour in STATUS_COLOURS.items():
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            sheet.conditional_formatting.add(f"{letter}2:{letter}{count + 1}",
                                             CellIsRule(operator="equal", formula=[f'"{status}"'], fill=fill))


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


def _summary(workbook: Workbook, report: Report, stamp: dict[str, Any], groups: list[dict[str, Any]]) -> None:
    sheet: WriteOnlyWorksheet = workbook.create_sheet("Summary")
    for letter, width in zip("ABCDEFG", (42, 70, 10, 10, 10, 14, 12)):
        sheet.column_dimensions[letter].width = width
    summary = report.summary
    scores = [r.score for r in report.results if r.score is not None]
    rubric = stamp["rubric"]
    lines: list[list[Any]] = [
        [header_cell(sheet, "qa-checker audit report")],
        ["Tool", f"{stamp['tool']} {stamp['version']}"],
        ["Rubric", f"{rubric['id']} {rubric['version']}: {report.rubric.title}"],
        ["Rubric SHA-256", rubric.get("sha256")],
        ["Run time", stamp["generated_at"]],
    ]
    if "waivers" in stamp:
        lines.append(["Waivers", f"{stamp['waivers']['path']} (SHA-256 {stamp['waivers']['sha256']})"])
    lines += [
        ["Descriptors", summary["descriptors"]], ["Pass", summary["pass"]], ["Fail", summary["fail"]],
        ["Error (unreadable)", summary["error"]],
        ["Mean score", round(sum(scores) / len(scores), 1) if scores else None],
        ["Hours per ECTS used to normalise workload", table.HOURS_PER_ECTS],
        [],
        [header_cell(sheet, h) for h in ("Provider", "Descriptors", "Pass", "Fail", "Error", "Pass rate (%)", "Mean score")],
    ]
    lines += [[g["provider"], g["descriptors"], g["pass"], g["fail"], g["error"], g["pass_rate"], g["mean_score"]]
              for g in groups]
    lines += [[], [header_cell(sheet, "Input (source)"), header_cell(sheet, "SHA-256")]]
    lines += [[i["source"], i["sha256"]] for i in stamp["inputs"]]
    for line in lines:
        sheet.append([v if isinstance(v, Cell) else safe(v) for v in line])


def _descriptors(workbook: Workbook, rows: list[dict[str, Any]]) -> None:
    """The comparability columns, status and score; element statuses and principle scores have their own sheets."""
    names = DESCRIPTOR_COLUMNS
    write_table(workbook, "Descriptors", names, [_width(n) for n in names], ([row[n] for n in names] for row in rows),
                coloured=[names.index("status")])


def _findings(workbook: Workbook, report: Report, rows: list[dict[str, Any]]) -> None:
    def body() -> Iterable[list[Any]]:
        for result, row in zip(report.results, rows):
            for f in result.findings:
                origin = f.origin
                yield [result.source, result.id, row["provider"], f.rule, f.severity.value, f.element, f.pointer,
                       f.message, f.hint, origin.sheet if origin else None, origin.cell if origin else None,
                       origin.pointer if origin else None, origin.line if origin else None,
                       f.waiver is not None, f.waiver.reason if f.waiver else None]

    widths = [40, 22, 30, 12, 10, 18, 28, 60, 50, 14, 10, 24, 8, 8, 30]
    write_table(workbook, "Findings", FINDING_HEADERS, widths, body())


def _coverage(workbook: Workbook, rows: list[dict[str, Any]]) -> None:
    headers = ["source", "id", "provider", "status", *(f"{e.clause.replace('Annex I ', '')} {e.key}" for e in ELEMENTS)]
    body = ([row["source"], row["id"], row["provider"], row["status"], *(row[f"element_{e.key}"] for e in ELEMENTS)]
            for row in rows)
    write_table(workbook, "Coverage", headers, [40, 22, 30, 10, *([14] * len(ELEMENTS))], body,
                coloured=range(3, len(headers)))


def _principles(workbook: Workbook, rows: list[dict[str, Any]]) -> None:
    headers = ["source", "id", "provider", "score", *(p.label for p in PRINCIPLES)]
    body = ([row["source"], row["id"], row["provider"], row["score"], *(row[f"principle_{p.key}"] for p in PRINCIPLES)]
            for row in rows)
    write_table(workbook, "Principles", headers, [40, 22, 30, 10, *([14] * len(PRINCIPLES))], body)


def _rules(workbook: Workbook, report: Report) -> None:
    headers = ("rule", "title", "element", "clause", "principles", "severity", "weight", "options", "message", "hint")
    body = []
    for rule_id, setting in report.rubric.rules.items():
        rule = RULES_BY_ID[rule_id]
        body.append([rule_id, rule.title, rule.element, rule.clause, ", ".join(rule.principles),
                     setting.severity.value, setting.weight,
                     json.dumps(setting.options, ensure_ascii=False, sort_keys=True) if setting.options else None,
                     rule.message, rule.hint])
    write_table(workbook, "Rules", headers, [12, 40, 18, 14, 30, 10, 8, 30, 60, 60], body)
