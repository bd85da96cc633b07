"""Rules the spreadsheet loader reports while reading CSV and Excel catalogues.

Like the other engine rules they have no ``check``: the loader (``qa_checker/loaders/tabular.py``)
raises their findings, each located at its sheet and cell (``Courses!F14``).
"""

from __future__ import annotations

from qa_checker import ids
from qa_checker.findings import Severity
from qa_checker.rules import register
from qa_checker.rules.builtin import _EngineRule


@register
class SpreadsheetColumnsKnown(_EngineRule):
    """Every column of a spreadsheet names a descriptor field.

    Why: a value in a column the checker cannot place is silently missing from the descriptor.
    Passes: headers that are dotted descriptor paths (``workload.ects``, ``title.en``), bundled aliases
    ("ECTS", "EQF level", "Awarding body") or names mapped with ``--mapping FILE``.
    Fails: a value under an unknown or empty header (one warning per row, naming its ignored cells); two
    columns giving the same field (the later cell is ignored); a workbook with no header row at all.
    """

    id = ids.SHEET_COLUMNS
    name = "spreadsheet-columns-known"
    title = "Spreadsheet columns name descriptor fields"
    principles = ("transparency",)
    severity = Severity.WARNING
    message = "a spreadsheet column does not name a descriptor field"
    hint = "Rename the column to a descriptor field such as workload.ects, or map it with --mapping FILE."
    example_raw_suffix = ".csv"
    example_raw_fail = b"id,title.en,workload.ects,Course leader\nc-1,Data Ethics,5,Dr. Smit\n"
    example_raw_pass = b"id,title.en,workload.ects\nc-1,Data Ethics,5\n"


@register
class SpreadsheetCellsPlain(_EngineRule):
    """Every spreadsheet cell holds a plain value, not a formula, an error or a merged area.

    Why: formulas are never evaluated (a checker must not run a provider's spreadsheet logic), and
    merged cells hide which row a value belongs to.
    Passes: typed values, and formulas whose result Excel saved (the saved result is read).
    Fails: a formula with no saved result, text that starts a formula (``=``, ``+cmd|``, ``@SUM(``), an
    Excel error value (``#REF!``), a cell merged across descriptor columns. A value merged down over
    several rows is read for each of them and noted as info; a code Excel stored as a number without its
    leading zero (ISCED-F ``613`` for ``0613``) is repaired and noted as info.
    """

    id = ids.SHEET_CELLS
    name = "spreadsheet-cells-plain"
    title = "Spreadsheet cells hold plain values"
    principles = ("transparency",)
    message = "a spreadsheet cell does not hold a plain value"
    hint = "Type the value itself into the cell."
    example_raw_suffix = ".csv"
    example_raw_fail = b'id,title.en,further_information\nc-1,Data Ethics,"=HYPERLINK(""https://x.example"")"\n'
    example_raw_pass = b"id,title.en,further_information\nc-1,Data Ethics,https://www.hva.nl/data-ethics\n"


@register
class SpreadsheetSheetsRead(_EngineRule):
    """Which sheets and rows of a workbook were read, and which were hidden.

    Why: an auditor must know when part of a workbook was not checked, and when a row a provider hid
    (a withdrawn offering, as often as not) was checked all the same.
    Reports (info): sheets without a header row of descriptor columns, which are skipped (a hidden one
    too, such as a sheet of drop-down lists); rows of descriptors that are hidden, or on a hidden sheet
    whose header names an id or title column, which are read and checked like the others, each noted at
    its row. The Instructions and Lists sheets of the ``qa-checker template`` workbook are skipped silently.
    """

    id = ids.SHEET_SKIPPED
    name = "spreadsheet-sheets-read"
    title = "Skipped spreadsheet sheets are reported"
    severity = Severity.INFO
    weight = 0.0
    message = "a sheet of the workbook was not read"
    hint = "Unhide the sheet, or give it a header row of descriptor columns, if it holds descriptors."


@register
class SpreadsheetIdsUnique(_EngineRule):
    """Every row of a spreadsheet catalogue has an id of its own.

    Why: the id tells an offering apart from the others of its provider: the audit history follows a
    descriptor by it from run to run, and a comparison matches by it; two rows of one catalogue with
    one id are a copy left in, or two offerings that cannot be told apart.
    Passes: ids that differ in every row of the file (on any of its sheets). Fails: a row whose id an
    earlier row of the file already gave (a warning at the later row's id cell, naming the earlier).
    """

    id = ids.SHEET_IDS
    name = "spreadsheet-ids-unique"
    title = "Spreadsheet rows have ids of their own"
    severity = Severity.WARNING
    message = "two rows of a spreadsheet give the same id"
    hint = "Give each offering an id of its own, or delete the copied row."
    example_raw_suffix = ".csv"
    example_raw_fail = b"id,title.en,workload.ects\nc-1,Data Ethics,5\nc-1,Data Literacy,3\n"
    example_raw_pass = b"id,title.en,workload.ects\nc-1,Data Ethics,5\nc-2,Data Literacy,3\n"
