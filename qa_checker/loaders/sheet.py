"""The pieces every spreadsheet format is read into, whichever parser reads it (openpyxl for ``.xlsx``,
:mod:`qa_checker.loaders.ods` for ``.ods``, the CSV reader): the budget of XML tags a workbook may spend,
the cells that are not plain values (far, formula, hyperlinked, merged, too long), and merged areas
applied row by row."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

from qa_checker.elements import blank

# The day dates' serial numbers count from in Excel's 1900 date system (serial 1 is 1 January 1900, counted
# from 30 December 1899 as Excel's leap day 1900-02-29 makes it), and in LibreOffice unless a spreadsheet
# names another (table:null-date); a workbook in the 1904 system of old Mac Excel counts from 1 January 1904.
EXCEL_EPOCH = date(1899, 12, 30)
# Merged areas (and hyperlinks) a sheet may have read, at most.
MAX_MERGES = 20_000
# XML tags ('<') a workbook may hold per row the rows limit allows: a row of 25 text columns takes about
# 200 (four per cell, four per shared string), and openpyxl parses some 200,000 tags a second.
TAGS_PER_ROW = 200


class LongCell(Exception):
    """A CSV cell of more characters than ``limit`` (max-string-chars)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"a cell of more than {limit} characters")
        self.limit = limit


class Tags:
    """What openpyxl may still parse of one workbook.

    ``limit`` XML tags of rows and shared strings (``spent`` so far), merged cells the reader fills in
    counted as tags too; ``OBJECT_TAGS`` tags of the parts openpyxl turns into objects when it opens
    the workbook (styles, the workbook part, properties, each sheet's settings before its rows), whose
    tags cost it far more (``objects`` so far).
    """

    OBJECT_TAGS = 100_000

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.spent = 0
        self.objects = 0
        self.unreadable: tuple[str, str] | None = None
        # A part declaring a document type: entities can expand to gigabytes, and openpyxl refuses them.
        self.doctype: str | None = None

    def spend(self, count: int) -> None:
        """Count ``count`` more tags read or cells filled in; :class:`OverBudget` past the limit."""
        self.spent += count
        if self.spent > self.limit:
            raise OverBudget(self.limit)


class OverBudget(Exception):
    """A sheet's XML went past the workbook's budget of tags while openpyxl read it."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit:,} XML tags")
        self.limit = limit


@dataclass(frozen=True)
class FarCell:
    """Data in column ``column`` (1-based), past the columns read, standing at the first column not read
    so that a reader need not pad a row out to it."""

    column: int


@dataclass(frozen=True)
class Formula:
    """A formula cell with no saved result."""

    text: str


class Amount(float):
    """A number a cell gives as money (an ``.ods`` currency cell, a workbook cell whose format shows its
    currency), with that currency's ISO 4217 code."""

    currency: str

    def __new__(cls, value: float, currency: str) -> Amount:
        amount = super().__new__(cls, value)
        amount.currency = currency
        return amount


class Link(str):
    """The text of a hyperlinked cell, with the web address it links to (read for a web address field)."""

    address: str

    def __new__(cls, text: str, address: str) -> Link:
        link = super().__new__(cls, text)
        link.address = address
        return link


@dataclass(frozen=True)
class Merged:
    """A cell covered by a merged area: the value of its top-left cell, or nothing across columns."""

    value: Any
    ref: str
    top_left: str
    down: bool


@dataclass
class _Area:
    """A merged area being applied: its range, its top-left value and its labels."""

    r1: int
    c1: int
    r2: int
    c2: int
    value: Any
    ref: str
    top_left: str


class Merges:
    """The merged areas of a sheet, applied row by row.

    Areas are taken in order of their first row; one overlapping an area already applied is invalid
    and left out, so the cells an area covers in a row are at most the columns read, whatever the
    number of areas (at most ``MAX_MERGES``).
    """

    def __init__(self, merges: list[tuple[int, int, int, int]], columns: int, tags: Tags) -> None:
        self.pending = sorted(m for m in merges if m[1] <= columns)
        self.next = 0
        self.columns = columns
        self.tags = tags
        self.active: list[_Area] = []
        self.used = bytearray(columns + 2)

    def add(self, area: tuple[int, int, int, int]) -> None:
        """One more area ``(r1, c1, r2, c2)``, found as the sheet is read: it starts at or after the row read
        last, and after the areas of that row already added (an OpenDocument cell spanning others)."""
        if area[1] <= self.columns and len(self.pending) < MAX_MERGES:
            self.pending.append(area)

    def start(self, number: int, cells: list[Any]) -> None:
        """Areas starting at or before row ``number`` (a first row missing from the sheet has no value)."""
        self._expire(number)
        while self.next < len(self.pending) and self.pending[self.next][0] <= number:
            r1, c1, r2, c2 = self.pending[self.next]
            self.next += 1
            last = min(c2, self.columns)
            if r2 < number or any(self.used[c1 : last + 1]):
                continue
            self.used[c1 : last + 1] = b"\x01" * (last + 1 - c1)
            value = cells[c1 - 1] if r1 == number and c1 <= len(cells) else None
            self.active.append(
                _Area(
                    r1,
                    c1,
                    r2,
                    c2,
                    value,
                    f"{column_letter(c1)}{r1}:{column_letter(c2)}{r2}",
                    f"{column_letter(c1)}{r1}",
                )
            )

    def gap(self, first: int, stop: int) -> range:
        """Rows from ``first`` up to ``stop`` missing from the sheet that a filled area merged down covers."""
        self._expire(first)
        down = [a.r2 for a in self.active if is_filled(a.value)]
        return range(first, min(stop, max(down, default=0) + 1))

    def apply(self, number: int, cells: list[Any]) -> list[Any]:
        """The row's cells with every active area's cells replaced by :class:`Merged` markers."""
        self._expire(number)
        for area in self.active:
            last = min(area.c2, self.columns)
            self.tags.spend(last + 1 - area.c1)
            if len(cells) < last:
                cells.extend([None] * (last - len(cells)))
            for column in range(area.c1, last + 1):
                if (number, column) == (area.r1, area.c1):
                    continue
                down = column == area.c1
                cells[column - 1] = Merged(area.value if down else None, area.ref, area.top_left, down)
        return cells

    def _expire(self, number: int) -> None:
        if any(a.r2 < number for a in self.active):
            for area in self.active:
                if area.r2 < number:
                    last = min(area.c2, self.columns)
                    self.used[area.c1 : last + 1] = bytes(last + 1 - area.c1)
            self.active = [a for a in self.active if a.r2 >= number]


@functools.lru_cache(maxsize=4096)
def column_letter(column: int) -> str:
    """Excel's letters for a 1-based column number (beyond XFD too, for a CSV that wide)."""
    text = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


def is_filled(value: Any) -> bool:
    """Whether a cell holds something visible (a merged cell: its area's value)."""
    if value is None:
        return False
    if isinstance(value, str):
        return not blank(value)
    if isinstance(value, Merged):
        return is_filled(value.value)
    return True
