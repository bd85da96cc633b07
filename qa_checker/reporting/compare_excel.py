"""The Excel comparison: elements as rows, offerings as columns, differing rows filled and flagged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter

from qa_checker import table
from qa_checker.compare import Comparison, ComparisonRow
from qa_checker.i18n import Translator, translator
from qa_checker.reporting import labels
from qa_checker.reporting.compare_html import NUMBER_ROWS, view
from qa_checker.reporting.workbook import COLUMN_LIMIT, Book, header_cell, safe, write_table
from qa_checker.text import N_, msg

DIFF_FILL = PatternFill("solid", fgColor="FFFFF4CC")
WRAP = Alignment(wrap_text=True, vertical="top")
SHEETS = {"comparison": N_("Comparison"), "offerings": N_("Offerings"), "stamp": N_("Stamp")}
DIFFERS = {True: N_("yes"), False: N_("no")}
# A number cell (of NUMBER_ROWS) of a derived workload: marked ≈ by its number format.
DERIVED_FORMAT = '"≈"General'
# The offerings one Comparison sheet holds side by side, after its label and "differs" columns; more go on in a
# sheet after it ("Comparison (2)").
OFFERINGS_PER_SHEET = COLUMN_LIMIT - 2


def render(
    comparison: Comparison, *, language: str | None = None, tr: Translator | None = None, **_options: object
) -> bytes:
    """Sheets Comparison (side by side), Offerings (their normalised rows, the dataset's columns) and Stamp, in
    ``language`` (by default the language of the comparison's report) or ``tr``'s."""
    report = comparison.report
    tr = tr or translator(language or report.language)
    _ = tr.gettext
    book = Book(tr)
    title = book.name(SHEETS["comparison"])
    rows = [(row, _with_status(row, tr)) for row in view(comparison, tr)]
    for start in range(0, max(len(comparison.offerings), 1), OFFERINGS_PER_SHEET):
        name = title if start == 0 else book.continued(title, start // OFFERINGS_PER_SHEET + 1)
        _comparison_sheet(book, name, comparison.offerings[start : start + OFFERINGS_PER_SHEET], rows, start, tr)
    names = table.COLUMN_NAMES
    write_table(
        book,
        book.name(SHEETS["offerings"]),
        names,
        [18] * len(names),
        ([o[n] for n in names] for o in comparison.offerings),
    )
    stamp = report.stamp
    write_table(
        book,
        book.name(SHEETS["stamp"]),
        (_(N_("item")), _(N_("value"))),
        [30, 80],
        [
            (_(N_("tool")), f"{stamp['tool']} {stamp['version']}"),
            (_(N_("rubric")), f"{stamp['rubric']['id']} {stamp['rubric']['version']}"),
            (_(N_("rubric sha256")), stamp["rubric"]["sha256"]),
            (_(N_("run time")), stamp["generated_at"]),
            *((tr.render(msg("input {source}", source=i["source"])), i["sha256"]) for i in stamp["inputs"]),
        ],
    )
    return book.to_bytes(report.generated_at)


def _comparison_sheet(
    book: Book,
    name: str,
    offerings: Sequence[dict[str, Any]],
    rows: list[tuple[ComparisonRow, list[str]]],
    start: int,
    tr: Translator,
) -> None:
    """The side-by-side sheet ``name`` of ``offerings``, those from position ``start`` on: each row's label and
    whether it differs (among all the offerings compared), then one column per offering, headed by its title
    and, below it, its file (two offerings may share a title)."""
    sheet = book.workbook.create_sheet(name)
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["B"].width = 9
    for index in range(len(offerings)):
        sheet.column_dimensions[get_column_letter(index + 3)].width = 42
    sheet.freeze_panes = "C2"
    heads = [(o["title"] or o["id"] or o["source"], o["source"]) for o in offerings]
    sheet.append(
        [
            header_cell(sheet, tr.gettext(N_("element"))),
            header_cell(sheet, tr.gettext(N_("differs"))),
            *(header_cell(sheet, head if head == source else f"{head}\n{source}") for head, source in heads),
        ]
    )
    for row, values in rows:
        cells = []
        shown = (row.label, tr.gettext(DIFFERS[row.differs]), *values[start : start + len(offerings)])
        for index, value in enumerate(shown):
            cell = WriteOnlyCell(sheet, value=safe(value))
            if index >= 2 and row.key in NUMBER_ROWS:
                _number(cell, offerings[index - 2], row.key)
            cell.alignment = WRAP
            if row.differs and index != 0:
                cell.fill = DIFF_FILL
            cells.append(cell)
        sheet.append(cells)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(offerings) + 2)}{len(rows) + 1}"


def _number(cell: WriteOnlyCell, offering: dict[str, Any], key: str) -> None:
    """Put the offering's number of the row ``key`` into ``cell`` (its text stays when it has none)."""
    number = offering[key]
    if number is None:
        return
    cell.value = round(number, NUMBER_ROWS[key]) if NUMBER_ROWS[key] else number
    if offering.get(f"{key}_source") == "derived":
        cell.number_format = DERIVED_FORMAT


def _with_status(row: ComparisonRow, tr: Translator) -> list[str]:
    return [
        f"{v}\n({labels.word(tr, labels.ELEMENT_STATUS, s)})" if s not in (None, "present") else v
        for v, s in zip(row.values, row.statuses)
    ]
