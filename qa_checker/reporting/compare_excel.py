"""The Excel comparison: elements as rows, offerings as columns, differing rows filled and flagged."""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter

from qa_checker import table
from qa_checker.compare import Comparison, ComparisonRow
from qa_checker.reporting.excel import Book, header_cell, safe, write_table

DIFF_FILL = PatternFill("solid", fgColor="FFFFF4CC")
WRAP = Alignment(wrap_text=True, vertical="top")


def render(comparison: Comparison, **_: object) -> bytes:
    """Sheets Comparison (side by side), Offerings (their normalised rows) and Stamp."""
    report = comparison.report
    book = Book()
    sheet = book.workbook.create_sheet("Comparison")
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["B"].width = 9
    for index in range(len(comparison.offerings)):
        sheet.column_dimensions[get_column_letter(index + 3)].width = 42
    sheet.freeze_panes = "C2"
    titles = [o["title"] or o["id"] or o["source"] for o in comparison.offerings]
    sheet.append(
        [header_cell(sheet, "element"), header_cell(sheet, "differs"), *(header_cell(sheet, t) for t in titles)]
    )
    for row in comparison.rows:
        cells = []
        for index, value in enumerate((row.label, "yes" if row.differs else "no", *_with_status(row))):
            cell = WriteOnlyCell(sheet, value=safe(value))
            cell.alignment = WRAP
            if row.differs and index != 0:
                cell.fill = DIFF_FILL
            cells.append(cell)
        sheet.append(cells)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles) + 2)}{len(comparison.rows) + 1}"
    names = table.COLUMN_NAMES
    write_table(book, "Offerings", names, [18] * len(names), ([o[n] for n in names] for o in comparison.offerings))
    stamp = report.stamp
    write_table(
        book,
        "Stamp",
        ("item", "value"),
        [30, 80],
        [
            ("tool", f"{stamp['tool']} {stamp['version']}"),
            ("rubric", f"{stamp['rubric']['id']} {stamp['rubric']['version']}"),
            ("rubric sha256", stamp["rubric"]["sha256"]),
            ("run time", stamp["generated_at"]),
            *((f"input {i['source']}", i["sha256"]) for i in stamp["inputs"]),
        ],
    )
    return book.to_bytes(report.generated_at)


def _with_status(row: ComparisonRow) -> list[str]:
    return [f"{v}\n({s})" if s not in (None, "present") else v for v, s in zip(row.values, row.statuses)]
