"""CSV, Excel (``.xlsx``) and OpenDocument (``.ods``) catalogues: one descriptor per row.

Columns name descriptor fields (see :mod:`qa_checker.loaders.columns`). The header row is the first of the first
ten rows of two cells or more in which at least two cells (or the only filled cell) name fields, so title rows and
lines of guidance above the table are fine; past them, a header naming three fields, an id or a title among them,
is looked for in the first thousand rows (a report's long preamble), the rows above it noted as not read. Each
filled row becomes one :class:`Document` whose source is ``FILE [SHEET row N]`` (``FILE [row N]`` for CSV) and
whose ``origins`` map every descriptor pointer the row fills (or has a column for) to its cell, so each finding
names ``Sheet!F14``; the descriptor root maps to the whole row (``Courses!A14:R14``). A CSV's sheet is named after
the file, as Excel does.

Cells (read as values by :mod:`qa_checker.loaders.cell_values`): empty cells are absent; numbers stay
numbers only where the schema expects numbers, so codes such as ISCED-F ``0613`` keep their leading zero;
list cells split on new lines (a cell without new lines splits on ``;``; lists of codes also on ``,``);
bullets and numbering are dropped; a code may be written as ``NL - Netherlands`` or by its label;
``descriptor_version`` defaults to ``1.0``.

Safety: an ``.xlsx`` is inspected as a zip before it is opened (one whole archive, member count,
declared uncompressed size, compression ratio; CPython's zipfile never inflates past a member's
declared size), then streamed with openpyxl ``read_only`` and ``data_only``, in one pass: formulas
are never evaluated, a formula's saved result is read, and the text of a formula without one is
taken from the same cell for the report. Merged cells are read from the sheet XML: a value merged
down over rows is read for each row (info), a merge across columns is reported.

Bounds (:class:`~qa_checker.limits.Limits`): at most ``spreadsheet_rows`` rows holding data are read
from one file, all sheets together, and ``spreadsheet_columns`` columns of each row; reading stops at
the first row past the limit, and data further right is reported once per sheet, each as one
``MC-LD-005`` error naming the limit and the cell. What openpyxl parses is bounded too, whatever the
XML's structure (a million shared strings, styles, elements that are not rows, a row of a million
cells, merged areas filling in cells): the workbook may hold ``TAGS_PER_ROW`` XML tags for every row
the limit allows, plus ``Tags.OBJECT_TAGS`` in the parts openpyxl turns into objects. What openpyxl
reads when it opens the workbook is counted before it is opened (over budget: refused unopened), each
sheet is counted as it is read and ends with its rows (over budget: ``MC-LD-005`` at the row reached),
and rows of nothing are passed over without a document. A CSV row of nothing but delimiters is passed
over as it is read.

A hidden sheet is read when its header names an id or a title column (agencies hide withdrawn offerings:
they are checked, and each of their documents says it came from a hidden sheet, info); any other hidden
sheet is skipped and reported (info) on the workbook's first document, with any sheet that has no header
row; the template's own ``Instructions`` and (hidden) ``Lists`` sheets pass silently. A hidden row
(``<row hidden="1">``, an ``.ods`` row ``table:visibility="collapse"``) is read, its document noted.
Dates' serial numbers count from the workbook's epoch: Excel's 1900 or 1904 date system, an ``.ods``'s
``table:null-date``.

Sheets of one catalogue are read as one: the same offerings in one sheet per language ("EN", "Deutsch",
"English version") give one descriptor each, their texts read into language strings (rows matched by id, else
in order), and a sheet keyed by the offering's code (its outcomes or assessment, a row each) gives more values
of the offering with that code; a key matching none is a warning at its cell. Tables side by side under one
header row, an empty column between them, each naming an id or a title and the same fields, give a descriptor
per table from each row.

An ``.ods`` is inspected as a zip within the same limits as an ``.xlsx``; its ``content.xml`` is read by
:mod:`qa_checker.loaders.ods` within the same XML budget, and its rows go through the same reader (header
mapping, cells, merged areas, notes and findings) as a workbook's.

CSV is read as UTF-8 (with or without BOM), or UTF-16 or UTF-32 as JSON and YAML may be. A CSV in none of them
(Excel's "CSV" on Windows writes the code page of its language: Windows-1250 in Central Europe, 1251 Bulgarian,
1252 Western, 1253 Greek, 1257 Baltic) is read in the one code page whose reading is plausible text
(:func:`~qa_checker.loaders.code_pages.legacy_reading`), with a warning naming it and the first word it gave; when
code pages read it differently and plausibly it is refused, naming each with the word it gives, because a wrong
guess (cp1250 read as cp1252) would silently corrupt titles and outcomes that the rules then judge. A CSV whose
encoding the user names is read in it, nothing told, and refused at the first byte that is no character of it
(its line, column and cell); a Unicode byte-order mark still says how a file was saved (noted when it overrules
the name). The
delimiter (``,`` ``;`` or tab) is sniffed from the
header row (the line with the most of them); an Excel ``sep=;`` first line is honoured.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import csv
import functools
import html
import io
import itertools
import json
import re
import sys
import warnings
import zipfile
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import PurePosixPath
from typing import IO, Any

from qa_checker import ids, value_reader
from qa_checker import pointer as jp
from qa_checker.aliases import (
    normalise,
)
from qa_checker.document import Document
from qa_checker.ects import HOUR_WORDS, workload_written
from qa_checker.elements import element_for_pointer
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.limits import Limits
from qa_checker.loaders.archive import ELSEWHERE, ZIP_ERRORS, Layout, zip_layout
from qa_checker.loaders.cell_values import (
    BODIES_SPLIT,
    CROWNS,
    ISO_DATE,
    NQF_FRAMEWORK,
    NQF_LEVEL,
    NQF_WORDS,
    as_code,
    as_number,
    as_text,
    convert,
    format_currency,
    framework_named,
    header_credit_system,
    header_currency,
    header_identifier_scheme,
    is_day_first,
    level_digits,
    looks_like_formula,
    names_eqf,
    names_no_level,
    no_value,
    quoted_cell,
    same_value,
    says_no,
    shows_percent,
    unit_of,
    with_header_unit,
)
from qa_checker.loaders.code_pages import LEGACY_CODECS, codec_label, legacy_reading, line_at
from qa_checker.loaders.columns import (
    IGNORE,
    LANGUAGE_KEY,
    ColumnResolver,
    Field,
    field_for_path,
    headed_day_first,
    header_languages,
    numbering,
    sheet_language,
)
from qa_checker.loaders.common import load_error, text_findings, wide_text
from qa_checker.loaders.sheet import (
    EXCEL_EPOCH,
    MAX_MERGES,
    TAGS_PER_ROW,
    Amount,
    FarCell,
    Formula,
    Link,
    LongCell,
    Merged,
    Merges,
    OverBudget,
    Tags,
    column_letter,
    is_filled,
)
from qa_checker.patterns import regex
from qa_checker.stamp import TOOL
from qa_checker.table import written_header
from qa_checker.text import N_, Text, listed, msg, plural
from qa_checker.value_reader import GROSS_WORDS, crowns_of, price, value_forms, without_tax_note

TEMPLATE_SHEETS = ("Instructions", "Lists")
HEADER_SEARCH_ROWS = 10
# Past those rows, a header naming an id or a title column is looked for in up to this many rows in all (a
# report's long preamble of parameters or guidance above its table).
_FAR_HEADER_ROWS = 1_000
# The characters of a CSV those rows are sniffed for their delimiter in, at most (a thousand lines of a kilobyte).
_FAR_HEADER_CHARS = 1 << 20
# The fields, at least, that such a header names.
_FAR_HEADER_FIELDS = 3
# A header is looked for in the first ten rows of two filled cells or more, rows of one cell or none (a title,
# a line of guidance, a blank) passed over up to this many times ten rows in all.
_LINES_PER_ROW = 5
_ROWS_HINT = N_(
    "Split the catalogue into smaller files, or raise the limit with --limit spreadsheet-rows=N if it is genuine."
)
_RESAVE_HINT = N_("Open the file in Excel or LibreOffice and save it again as .xlsx.")
_RETYPE_HINT = N_("Type the value again in Excel or LibreOffice and save the workbook.")
_ODS_RESAVE_HINT = N_("Open the file in LibreOffice and save it again as .ods.")

COLUMNS, CELLS, SHEETS, IDS = ids.SHEET_COLUMNS, ids.SHEET_CELLS, ids.SHEET_SKIPPED, ids.SHEET_IDS


@dataclass(frozen=True)
class ZipLimits:
    """What an ``.xlsx`` may unpack to before it is opened."""

    members: int = 2_000
    total_bytes: int = 128 * 1024 * 1024
    ratio: int = 200
    ratio_floor: int = 1024 * 1024


LIMITS = ZipLimits()


# ---------------------------------------------------------------- loaders


# What to do about a report or dataset qa-checker wrote that was given to check; the longest dataset header.
_REPORTS_ELSEWHERE_HINT = N_("Keep reports out of the folders you check: write them with --out elsewhere.")
_WRITTEN_HEADER_CHARS = 4096


def load_csv(
    raw: bytes,
    source: str,
    mapping: Mapping[str, str | None] | None = None,
    limits: Limits | None = None,
    encoding: str | None = None,
) -> list[Document]:
    """Every descriptor row of a CSV file; ``encoding`` (a codec of
    :func:`~qa_checker.loaders.code_pages.text_codec`) is the one the user says it is in, read without a guess."""
    decoded = _decode_csv(raw, source, encoding)
    if isinstance(decoded, Document):
        return [decoded]
    text, read_notes = decoded
    if written_header(text[:_WRITTEN_HEADER_CHARS].split("\n", 1)[0]):
        return [
            load_error(
                source,
                ids.SHEET_COLUMNS,
                msg("this is a dataset qa-checker wrote (or its data dictionary), not a descriptor catalogue"),
                _REPORTS_ELSEWHERE_HINT,
                fmt="csv",
            )
        ]
    other = _other_text(text)
    if other is not None:
        return [
            load_error(
                source,
                ids.UNREADABLE,
                msg("the file holds {format} text, not CSV: a descriptor saved under a .csv name", format=other),
                msg("Name it .{suffix} to check it as a descriptor.", suffix=other.lower()),
                fmt="csv",
                origin=Origin(line=1),
            )
        ]
    sheet = _csv_sheet(source)
    limits = limits or Limits()
    resolver = ColumnResolver(mapping)
    split = _delimiter(text, resolver)
    if isinstance(split, Text):
        hint = msg("Name one delimiter after sep= (sep=; or sep=,), or delete the first line.")
        return [load_error(source, ids.UNPARSABLE, split, hint, fmt="csv", origin=Origin(line=1))]
    reader = _Reader(source, "csv", resolver, limits)
    reader.notes.extend(read_notes)
    reader.delimiter, text = split
    rows = _csv_rows(text, limits.max_string_chars, reader.delimiter)
    return reader.finish(reader.read_sheet(sheet, rows, lambda row: f"{source} [row {row}]"))


# A line of YAML naming a key ("title: Data ethics", "descriptor_version: '1.0'"), a list item or a comment; and
# how many of the first lines of text are looked at to tell a YAML file saved as .csv.
_YAML_LINE = regex(r"^(?:[A-Za-z_][\w.-]*:(?:\s|$)|\s+\S|- |#|---\s*$)")
_YAML_KEY = regex(r"^(?:[A-Za-z_][\w.-]*:(?:\s|$)|---\s*$)")
_FIRST_LINES = 8


def _other_text(text: str) -> str | None:
    """``JSON`` or ``YAML`` when a file given as CSV holds a descriptor in either (a JSON object or list that
    parses; YAML keys on its first lines, no delimited header), else ``None``."""
    body = text.lstrip("\ufeff \t\r\n")
    if body[:1] in ("{", "["):
        try:
            parsed = json.loads(body)
        except ValueError:
            return None
        return "JSON" if isinstance(parsed, (dict, list)) else None
    lines = [line for line in body.splitlines()[:_FIRST_LINES] if line.strip()]
    keys = {line.split(":", 1)[0] for line in lines if _YAML_KEY.match(line)}
    if len(lines) >= 3 and _YAML_KEY.match(lines[0]) and all(_YAML_LINE.match(line) for line in lines):
        return "YAML" if keys & _DESCRIPTOR_KEYS else None
    return None


# Keys a descriptor's first lines give (a YAML file of other keys, "Guidance: ...", is a CSV's preamble).
_DESCRIPTOR_KEYS = frozenset({"descriptor_version", "kind", "id", "title", "summary", "languages", "awarding_bodies"})


def load_xlsx(
    raw: bytes, source: str, mapping: Mapping[str, str | None] | None = None, limits: Limits | None = None
) -> list[Document]:
    """Every descriptor row of every visible sheet of an Excel workbook."""
    limits = limits or Limits()
    refusal = inspect_zip(raw, LIMITS)
    if refusal is not None:
        rule, message, hint = refusal
        return [load_error(source, rule, message, hint, fmt="xlsx")]
    tags = Tags(limits.spreadsheet_rows * TAGS_PER_ROW)
    scan = _scan_parts(raw, tags)
    if tags.unreadable is not None:
        part, reason = tags.unreadable
        return [
            load_error(
                source,
                ids.UNREADABLE,
                msg("the workbook part {part} cannot be read ({reason}); it was not opened", part=part, reason=reason),
                _RESAVE_HINT,
                fmt="xlsx",
            )
        ]
    if tags.doctype is not None:
        return [_declares_doctype(source, tags.doctype, _RESAVE_HINT, "xlsx")]
    if tags.objects > tags.OBJECT_TAGS:
        return [
            load_error(
                source,
                ids.OVER_LIMIT,
                plural(
                    "the workbook's styles, names, properties and sheet settings hold more than {count} XML tag, "
                    "far more than a catalogue needs; it was not opened",
                    "the workbook's styles, names, properties and sheet settings hold more than {count} XML tags, "
                    "far more than a catalogue needs; it was not opened",
                    tags.OBJECT_TAGS,
                ),
                msg("Copy the catalogue's cells into a new workbook (or save it as CSV UTF-8)."),
                fmt="xlsx",
            )
        ]
    if tags.spent > tags.limit:
        return [
            load_error(
                source,
                ids.OVER_LIMIT,
                plural(
                    "the workbook holds more than {count} XML tag to parse before its rows can be read (its shared "
                    "strings), over what {rows} rows (spreadsheet-rows) allow; it was not opened",
                    "the workbook holds more than {count} XML tags to parse before its rows can be read (its shared "
                    "strings), over what {rows} rows (spreadsheet-rows) allow; it was not opened",
                    tags.limit,
                    rows=limits.spreadsheet_rows,
                ),
                _ROWS_HINT,
                fmt="xlsx",
            )
        ]
    try:
        workbook = _open_workbook(raw)
    except Exception as exc:
        return [
            load_error(
                source,
                ids.UNREADABLE,
                msg("the workbook cannot be read: {reason}", reason=_describe(exc)),
                _RESAVE_HINT,
                fmt="xlsx",
            )
        ]
    if workbook.properties.creator == TOOL:
        workbook.close()
        return [
            load_error(
                source,
                ids.SHEET_COLUMNS,
                msg("this is a workbook qa-checker wrote (a report), not a descriptor catalogue"),
                _REPORTS_ELSEWHERE_HINT,
                fmt="xlsx",
            )
        ]
    reader = _Reader(source, "xlsx", ColumnResolver(mapping), limits)
    reader.epoch = _epoch(workbook)
    documents = [_lost_sheet(source, name, part) for name, part in _lost_sheets(workbook)]
    try:
        for sheet in workbook.worksheets:
            if reader.stopped:
                break
            title = sheet.title
            if sheet.sheet_state != "visible" and title in TEMPLATE_SHEETS:
                continue
            part = getattr(sheet, "_worksheet_path", "")
            hidden: set[int] = set()
            remarks: dict[int, list[Text]] = {}
            merges, links = scan.merges.get(part, []), scan.links(part)
            rows = _xlsx_rows(workbook, sheet, merges, links, tags, limits.spreadsheet_columns, hidden, remarks)
            documents.extend(
                reader.read_sheet(
                    title, rows, _row_source(source, title), hidden=hidden, state=sheet.sheet_state, remarks=remarks
                )
            )
    except Exception as exc:
        documents.append(
            load_error(
                source,
                ids.UNREADABLE,
                msg("the workbook cannot be read to the end: {reason}", reason=_describe(exc)),
                _RESAVE_HINT,
                fmt="xlsx",
            )
        )
    finally:
        workbook.close()
    return reader.finish(documents)


def load_ods(
    raw: bytes, source: str, mapping: Mapping[str, str | None] | None = None, limits: Limits | None = None
) -> list[Document]:
    """Every descriptor row of an OpenDocument spreadsheet (``.ods``), read as a workbook's are.

    The zip is inspected within the limits of an ``.xlsx``; ``content.xml`` is then read in one pass by
    :mod:`qa_checker.loaders.ods` within the same XML budget, and its sheets' rows go through the same
    reader, merged areas and notes as a workbook's.
    """
    from defusedxml import DefusedXmlException

    from qa_checker.loaders import ods

    limits = limits or Limits()
    refusal = inspect_zip(raw, LIMITS, kind="ods")
    if refusal is not None:
        rule, message, hint = refusal
        return [load_error(source, rule, message, hint, fmt="ods")]
    tags = Tags(limits.spreadsheet_rows * TAGS_PER_ROW)
    reader = _Reader(source, "ods", ColumnResolver(mapping), limits)
    documents: list[Document] = []
    spreadsheet: ods.Spreadsheet | None = None
    try:
        with ods.open_package(raw) as archive:
            ods.check_package(archive)
            spreadsheet = ods.Spreadsheet(archive, tags, limits.spreadsheet_columns, limits.max_string_chars)
            try:
                for sheet in spreadsheet.sheets():
                    if reader.stopped:
                        break
                    if sheet.hidden and sheet.name in TEMPLATE_SHEETS:
                        continue
                    reader.epoch = spreadsheet.epoch
                    merges = Merges([], limits.spreadsheet_columns, tags)
                    hidden: set[int] = set()
                    documents.extend(
                        reader.read_sheet(
                            sheet.name,
                            _merged_rows(sheet.rows(merges, hidden), merges),
                            _row_source(source, sheet.name),
                            hidden=hidden,
                            state="hidden" if sheet.hidden else "visible",
                        )
                    )
            finally:
                spreadsheet.close()
    except ods.Refused as exc:
        if exc.what == "encrypted":
            refused = msg("the workbook is encrypted")
            advice: Text = msg("Save the workbook without a password.")
        else:
            refused = msg("the file is not an OpenDocument spreadsheet: its mimetype is '{type}'", type=exc.detail)
            advice = msg("Give an OpenDocument spreadsheet (.ods); a .zip of descriptors must be named .zip.")
        return [load_error(source, ids.UNREADABLE, refused, advice, fmt="ods")]
    except DefusedXmlException:
        return [_declares_doctype(source, ods.CONTENT, _ODS_RESAVE_HINT, "ods")]
    except OverBudget as exc:
        if spreadsheet is None or spreadsheet.sheet is None:
            return [
                load_error(
                    source,
                    ids.OVER_LIMIT,
                    plural(
                        "the spreadsheet holds more than {count} XML tag before its first sheet, over what {rows} "
                        "rows (spreadsheet-rows) allow; it was not read",
                        "the spreadsheet holds more than {count} XML tags before its first sheet, over what {rows} "
                        "rows (spreadsheet-rows) allow; it was not read",
                        exc.limit,
                        rows=limits.spreadsheet_rows,
                    ),
                    msg("Copy the catalogue's cells into a new workbook (or save it as CSV UTF-8)."),
                    fmt="ods",
                )
            ]
        documents.append(reader.over_budget(spreadsheet.sheet, spreadsheet.last + 1, exc))
    except LongCell as exc:  # a tag, comment or instruction of megabytes, met between sheets' rows
        if spreadsheet is not None and spreadsheet.sheet is not None:
            documents.append(reader._unparsable(spreadsheet.sheet, spreadsheet.last, exc))
        else:
            documents.append(
                load_error(
                    source,
                    ids.OVER_LIMIT,
                    plural(
                        "the spreadsheet holds an XML tag or comment of more than {count} character before its "
                        "first sheet, over the limit of {count} (max-string-chars); it was not read",
                        "the spreadsheet holds an XML tag or comment of more than {count} characters before its "
                        "first sheet, over the limit of {count} (max-string-chars); it was not read",
                        exc.limit,
                    ),
                    msg("Copy the catalogue's cells into a new workbook (or save it as CSV UTF-8)."),
                    fmt="ods",
                )
            )
    except Exception as exc:
        started = spreadsheet is not None and spreadsheet.sheet is not None
        documents.append(
            load_error(
                source,
                ids.UNREADABLE,
                msg("the workbook cannot be read to the end: {reason}", reason=_describe(exc))
                if started
                else msg("the workbook cannot be read: {reason}", reason=_describe(exc)),
                _ODS_RESAVE_HINT,
                fmt="ods",
            )
        )
    return reader.finish(documents)


def _declares_doctype(source: str, part: str, hint: str | Text, fmt: str) -> Document:
    """The refusal of a workbook whose XML part declares a document type (entity bombs live there)."""
    return load_error(
        source,
        ids.UNREADABLE,
        msg(
            "the workbook part {part} declares a document type (<!DOCTYPE>), whose entities can expand "
            "to gigabytes and which Excel and LibreOffice never write; it was not opened",
            part=part,
        ),
        hint,
        fmt=fmt,
    )


def _epoch(workbook: Any) -> date:
    """The day a workbook counts dates' serial numbers from: 30 December 1899, or 1 January 1904 for a
    workbook in Excel's 1904 date system (``<workbookPr date1904="1">``, as old Mac Excel saved)."""
    epoch = getattr(workbook, "epoch", None)
    return epoch.date() if isinstance(epoch, datetime) else epoch if isinstance(epoch, date) else EXCEL_EPOCH


_CSV_HEADER_HINT = N_(
    "If the columns are split on another delimiter, name it in a first line such as sep=; (Excel writes one); "
    "else put a header row naming descriptor fields (id, title.en, workload.ects ...) above the descriptors."
)


def _delimiter_name(delimiter: str) -> str:
    """A delimiter as shown in a message: ``';'``, or ``tab``."""
    return "tab" if delimiter == "\t" else repr(delimiter)


def _hidden_sheet(state: str, title: str) -> Text:
    """The note on a sheet that is not read because it is hidden (``hidden``, or ``veryHidden`` by a macro)."""
    if state == "hidden":
        return msg("the hidden sheet '{sheet}' was not read", sheet=title)
    if state == "veryHidden":
        return msg("the veryHidden sheet '{sheet}' was not read", sheet=title)
    return msg("the {state} sheet '{sheet}' was not read", state=state, sheet=title)


def _row_source(source: str, sheet: str) -> Callable[[int], str]:
    return lambda row: f"{source} [{sheet} row {row}]"


# ---------------------------------------------------------------- CSV


def _decode_csv(raw: bytes, source: str, encoding: str | None = None) -> tuple[str, list[Finding]] | Document:
    """The text of a CSV file, with a warning naming the code page it was read in when it is not Unicode; in
    ``encoding`` when one is named, unless a byte-order mark says otherwise."""
    if not raw.strip():
        return load_error(source, ids.EMPTY, msg("the file is empty"), msg("Export the catalogue again."), fmt="csv")
    # The columns' names as the sniffer reads them to place a byte in its cell: built once for the file.
    resolver = ColumnResolver()
    if encoding is not None and _WIDE_CODEC.match(encoding) and not raw.startswith(_MARKS):
        return _named_csv(raw, source, encoding, resolver)
    wide = wide_text(raw, source, "csv")
    if isinstance(wide, Document):
        return wide
    if wide is not None:
        return wide, _marked_over(raw, encoding)
    if raw.startswith(b"PK\x03\x04"):
        return load_error(
            source,
            ids.UNREADABLE,
            msg("the file is an Excel workbook or other zip archive, not CSV text"),
            msg("Rename an Excel workbook to .xlsx, or save it as CSV UTF-8."),
            fmt="csv",
        )
    nuls: list[Finding] = []
    if b"\x00" in raw:
        if raw.count(b"\x00") > max(_FEW_NULS, len(raw) // _NUL_SHARE) or _CONTROL_BYTES.search(raw[:8192]):
            return load_error(
                source,
                ids.UNREADABLE,
                msg("the file is binary, not CSV text"),
                msg("Save the catalogue as CSV UTF-8, or give the .xlsx workbook."),
                fmt="csv",
            )
        raw, nuls = _without_nuls(raw)
    # A UTF-8 byte-order mark before text in a code page (a line appended by another program) is no letter of it.
    body = raw.removeprefix(codecs.BOM_UTF8)
    if encoding is not None and not raw.startswith(codecs.BOM_UTF8):
        return _named_csv(raw, source, encoding, resolver)
    try:
        return body.decode("utf-8"), _marked_over(raw, encoding) + nuls
    except UnicodeDecodeError as exc:
        if encoding is not None:
            return _named_csv(body, source, encoding, resolver)
        return _legacy_csv(body, source, exc, resolver)


# A text file holds at most a few NUL bytes, or one in this many (stray ones an export left): more make it binary.
_FEW_NULS, _NUL_SHARE = 3, 1000
# Control bytes no text holds (besides the NUL): beside a NUL they make a file binary.
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")


def _without_nuls(raw: bytes) -> tuple[bytes, list[Finding]]:
    """A CSV file's bytes without the few NUL bytes in it, and a warning placing the first one."""
    first = raw.index(b"\x00")
    line = raw.count(b"\n", 0, first) + 1
    column = first - (raw.rfind(b"\n", 0, first) + 1) + 1
    count = raw.count(b"\x00")
    message = plural(
        "the file holds {count} NUL byte (at line {line}, column {column}), which no text has; it was left out",
        "the file holds {count} NUL bytes (the first at line {line}, column {column}), which no text has; they "
        "were left out",
        count,
        line=line,
        column=column,
    )
    hint = msg("Check that row's cells, and export the catalogue again.")
    return raw.replace(b"\x00", b""), [_finding(CELLS, Severity.WARNING, "", message, hint, Origin(line=line))]


# The codecs of text whose characters take two or four bytes, NUL bytes among them; and the byte-order marks that
# say a file is UTF-8, UTF-16 or UTF-32 whatever encoding is named.
_WIDE_CODEC = regex(r"utf[-_]?(16|32)")
_MARK_NAMES = (
    (codecs.BOM_UTF8, "UTF-8"),
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_MARKS = tuple(mark for mark, _ in _MARK_NAMES)


def _marked_over(raw: bytes, encoding: str | None) -> list[Finding]:
    """The note on a file read as the Unicode form its byte-order mark says rather than the ``encoding`` named
    (a mark is the file's own word on how it was saved, as Excel's "CSV UTF-8" writes it)."""
    found = next((name for mark, name in _MARK_NAMES if raw.startswith(mark)), None)
    if encoding is None or found is None or codec_label(encoding).startswith(found):
        return []
    message = msg(
        "the file begins with a byte-order mark saying it is {found} text; it was read as {found}, "
        "not in the encoding named ({encoding})",
        found=found,
        encoding=codec_label(encoding),
    )
    hint = msg("Name no encoding for files saved as Unicode; they are told by their byte-order mark.")
    return [_finding(CELLS, Severity.INFO, "", message, hint, Origin(line=1))]


def _csv_sheet(source: str) -> str:
    """The sheet a CSV file's cells are named in: the file's name without its suffix, as Excel names it."""
    return PurePosixPath(source.replace("\\", "/")).stem or "csv"


def _named_csv(
    raw: bytes, source: str, encoding: str, resolver: ColumnResolver
) -> tuple[str, list[Finding]] | Document:
    """A CSV read in the ``encoding`` the user named, or refused at the first byte that is not text in it: its
    line and column, and the cell it falls in."""
    try:
        return raw.decode(encoding), []
    except UnicodeDecodeError as exc:
        error = exc
    # Lines and columns are counted in the text read so far: in UTF-16 a byte 0x0A may be half of any character.
    before = raw[: error.start].decode(encoding, errors="replace")
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    column = len(before) - max(before.rfind("\n"), before.rfind("\r"))
    cell = _csv_cell(before, resolver)
    sheet = _csv_sheet(source)
    return load_error(
        source,
        ids.UNREADABLE,
        msg(
            "the file is not {encoding} text, the encoding it was named to be in: byte 0x{byte} at line {line}, "
            "column {column} (cell {cell}) is no character of it; the file was not read",
            encoding=codec_label(encoding),
            byte=format(raw[error.start], "02X"),
            line=str(line),
            column=str(column),
            cell=cell or "?",
        ),
        msg("Name the encoding the file was saved in, or name none to have it told; or save the file as UTF-8."),
        fmt="csv",
        origin=Origin(sheet=sheet, cell=cell or None, line=line),
        line=line,
        column=column,
    )


def _csv_cell(before: str, resolver: ColumnResolver, whole: str | None = None) -> str:
    """The cell (``D1``) of a CSV that the character after ``before``, the text up to it, falls in, the delimiter
    told by the ``whole`` text where it is known (by the file's ``resolver``); "" where no delimiter is told."""
    split = _delimiter(before + "\ufffd", resolver)
    told = _delimiter(whole, resolver) if whole is not None else split
    if isinstance(split, Text) or isinstance(told, Text):
        return ""
    records = list(csv.reader(io.StringIO(split[1], newline=""), _Dialect, delimiter=told[0]))
    return f"{column_letter(max(len(records[-1]), 1))}{len(records)}" if records else ""


def _legacy_csv(
    raw: bytes, source: str, error: UnicodeDecodeError, resolver: ColumnResolver
) -> tuple[str, list[Finding]] | Document:
    """A CSV that is not UTF-8 read in the one code page that makes its letters plausible (a warning names it
    and the first word it gave), or refused: naming the code pages that read it differently, with the word
    each gives, or at its first byte that is not UTF-8 when none reads it plausibly."""
    reading = legacy_reading(raw)
    if reading.codec is not None:
        try:
            text = raw.decode(reading.codec)
        except UnicodeDecodeError as exc:
            error = exc
        else:
            encoding = LEGACY_CODECS[reading.codec]
            first = _FIRST_BEYOND_ASCII.search(text)
            note = _finding(
                CELLS,
                Severity.WARNING,
                "",
                msg(
                    "the file is not UTF-8 text; it was read as {encoding}, the one code page its letters beyond "
                    "ASCII read plausibly in (line {line}: '{word}'): check that accented letters read right",
                    encoding=encoding,
                    line=str(reading.line),
                    word=reading.word,
                ),
                _SAVE_AS_UTF8,
                _legacy_origin(source, reading.line, _csv_cell(text[: first.start()], resolver, text) if first else ""),
            )
            return text, [note]
    line = line_at(raw, error.start)
    byte = format(raw[error.start], "02X")
    if len(reading.candidates) > 1:
        readings = ", ".join(f"'{word}' ({LEGACY_CODECS[codec]})" for codec, word in reading.candidates)
        reason = msg(
            "the file is not UTF-8 text (line {line}: byte 0x{byte}), and the code page it was saved in cannot "
            "be told: its letters read as {readings}; it was not read rather than guessed",
            line=str(line),
            byte=byte,
            readings=readings,
        )
    else:
        reason = msg(
            "the file is not UTF-8 text (line {line}: byte 0x{byte}); it was not read "
            "rather than guessed, since a wrong guess would garble accented letters",
            line=str(line),
            byte=byte,
        )
    # Bytes read one a character, as the delimiters and quotes that place the byte are ASCII in any code page.
    origin = _legacy_origin(source, line, _csv_cell(raw[: error.start].decode("latin-1"), resolver))
    return load_error(source, ids.UNREADABLE, reason, _SAVE_AS_UTF8, fmt="csv", origin=origin)


def _legacy_origin(source: str, line: int, cell: str) -> Origin:
    """Where a finding on a CSV's code page stands: the cell, in the sheet the CSV's cells are named in, of the
    first byte that told it, and its line."""
    return Origin(sheet=_csv_sheet(source), cell=cell or "A1", line=line)


# The first character beyond ASCII of a text: that of the first byte beyond it in a code page of a byte a character.
_FIRST_BEYOND_ASCII = regex(r"[^\x00-\x7f]")


# How to give a CSV that is not UTF-8 text.
_SAVE_AS_UTF8 = msg(
    "Save it as UTF-8: in Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)'; "
    "in LibreOffice choose the character set 'Unicode (UTF-8)'."
)


class _Dialect(csv.excel):
    """CSV as Excel writes it, and as hand-written and scripted exports do: a space after a delimiter is passed
    over, so that ``C-1, "Data, ethics", 5`` is three cells, the quoted one whole."""

    skipinitialspace = True


class _Unclosed(Exception):
    """A CSV record starting on ``line`` opens a quote never closed: the rest of the file is in one cell."""

    def __init__(self, line: int) -> None:
        super().__init__(f"a quote opened on line {line} is never closed")
        self.line = line


def _csv_rows(text: str, max_chars: int, delimiter: str) -> Iterator[tuple[int, list[Any]]]:
    # Python's csv module gives up on a field of more than 131,072 characters unless told otherwise (a
    # setting of the process, only ever raised here): fields are read up to max-string-chars, as texts of
    # JSON and YAML are, and a row holding a longer one stops reading with that limit named.
    if csv.field_size_limit() <= max_chars:
        csv.field_size_limit(max_chars + 1)
    # The lines of the record being read: a quote never closed reads the rest of the file into the last
    # record, which is then not given as a row (each row is given once the next is read) but refused.
    lines: list[str] = []

    def feed() -> Iterator[str]:
        for line in io.StringIO(text, newline=""):
            lines.append(line)
            yield line

    reader = csv.reader(feed(), _Dialect, delimiter=delimiter)
    held: tuple[int, list[Any]] | None = None
    last: list[str] = []
    first_line = lines_before = 0
    # A row of nothing but delimiters (an export of formatted but empty rows, millions of them in a file
    # under the size limit) is passed over here, as an empty row of a workbook is never read.
    try:
        for number, row in enumerate(reader, start=1):
            first_line, last = lines_before + 1, lines[:]
            lines_before += len(lines)
            lines.clear()
            if any(row):
                if held is not None:
                    yield held
                    held = None
                if max(map(len, row)) > max_chars:
                    raise LongCell(max_chars)
                held = number, row
    except csv.Error as exc:
        if held is not None:
            yield held
        if "field larger than field limit" in str(exc):
            raise LongCell(max_chars) from None
        raise
    if last and '"' in last[0] and _unclosed("".join(last), delimiter):
        raise _Unclosed(first_line)
    if held is not None:
        yield held


def _unclosed(record: str, delimiter: str) -> bool:
    """Whether the text of one CSV record ends inside a quoted cell (its quote never closed)."""
    try:
        list(csv.reader(io.StringIO(record, newline=""), _Dialect, delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


_SEP_LINE = regex(r"[ \t]*sep=([^\r\n]*)(?:\r\n|\r|\n|$)", re.IGNORECASE)


def _delimiter(text: str, resolver: ColumnResolver) -> tuple[str, str] | Text:
    """The delimiter of a CSV text and the text to read: an Excel ``sep=;`` first line names it (and is not
    read; any line ending ends it), else it is sniffed; a ``sep=`` line naming no usable delimiter is refused."""
    directive = _SEP_LINE.match(text)
    if directive is None:
        head = far = text[:65536].splitlines()
        if len(head) < _FAR_HEADER_ROWS and len(text) > 65536:
            far = text[:_FAR_HEADER_CHARS].splitlines()  # a preamble of long lines of guidance
        return _sniff(head[:HEADER_SEARCH_ROWS], resolver, far[:_FAR_HEADER_ROWS]), text
    named = directive.group(1).strip(" ")
    if len(named) != 1 or named == '"' or (named.isspace() and named != "\t"):
        return msg(
            "the first line {line} should name the delimiter of the columns, but {delimiter} cannot be one; "
            "the file was not read",
            line=quoted_cell(directive.group(0)),
            delimiter=repr(directive.group(1)),
        )
    return named, text[directive.end() :]


def _sniff(lines: list[str], resolver: ColumnResolver, more: list[str] | None = None) -> str:
    """The delimiter (``,`` ``;``, tab, or ``|`` as Blackboard's and other SIS feed files use) with which one
    of the first lines names the most descriptor fields; failing that, the one that splits most lines into
    one same number of cells (more than one), then the one with the most occurrences on a line; comma on a
    tie. A title row above the header, or commas in a title or a quoted cell, do not mislead it. When no line
    names two fields, the delimiter with which one of the ``more`` lines does (a header under a long preamble),
    if any, is taken."""

    def score(delimiter: str) -> tuple[int, int, int, bool]:
        rows = _sniffed_rows(lines, delimiter)
        named = _most_named(rows, resolver)
        widths = collections.Counter(len(row) for row in rows if len(row) > 1)
        most = max((line.count(delimiter) for line in unquoted), default=0)
        return named if named >= 2 else 0, max(widths.values(), default=0), most, delimiter == ","

    unquoted = re.sub(r'"[^"]*"', "", "\n".join(lines)).split("\n")
    best = max((",", ";", "\t", "|"), key=score)
    if more is not None and len(more) > len(lines) and score(best)[0] == 0:
        far = _sniff(more, resolver)
        if _most_named(_sniffed_rows(more, far), resolver) >= 2:
            return far
    return best


def _most_named(rows: list[list[str]], resolver: ColumnResolver) -> int:
    """The most descriptor fields the first 200 cells of one of ``rows`` name."""
    return max((sum(1 for c in row[:200] if resolver.resolve(c) is not None) for row in rows), default=0)


def _sniffed_rows(lines: list[str], delimiter: str) -> list[list[str]]:
    """The rows of ``lines`` split on ``delimiter``, up to a cell longer than the csv module reads (a quote left
    open over the lines sniffed)."""
    rows: list[list[str]] = []
    with contextlib.suppress(csv.Error):
        rows.extend(csv.reader(lines, _Dialect, delimiter=delimiter))
    return rows


# ---------------------------------------------------------------- XLSX


def inspect_zip(raw: bytes, limits: ZipLimits = LIMITS, kind: str = "xlsx") -> tuple[str, Text, Text] | None:
    """Why an ``.xlsx`` (or, ``kind`` ``ods``, an OpenDocument spreadsheet) must not be opened, as
    ``(rule, message, hint)``, or ``None``."""
    ods = kind == "ods"
    if ods and not raw.startswith(b"PK"):
        save = msg("Save the catalogue from LibreOffice or Excel as OpenDocument Spreadsheet (.ods), or as CSV UTF-8.")
        if not raw.strip():
            return (ids.EMPTY, msg("the file is empty"), save)
        return (
            ids.UNREADABLE,
            msg("the file is not an OpenDocument spreadsheet (an .ods file is a zip archive)"),
            save,
        )
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return (
            ids.UNREADABLE,
            msg("the file is an old-style .xls workbook or a password-protected one, not an .xlsx"),
            msg("Remove any password and save the workbook as Excel Workbook (.xlsx)."),
        )
    if not raw.startswith(b"PK"):
        save = msg("Save the catalogue from Excel or LibreOffice as Excel Workbook (.xlsx), or as CSV UTF-8.")
        if not raw.strip():
            return (ids.EMPTY, msg("the file is empty"), save)
        return (ids.UNREADABLE, msg("the file is not an Excel workbook (an .xlsx file is a zip archive)"), save)
    layout: Layout | Text | str
    try:
        layout = zip_layout(io.BytesIO(raw), limits.members)
        if isinstance(layout, Layout) and layout.entries <= limits.members:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                members = archive.infolist()
                if archive.start_dir != layout.directory:
                    layout = ELSEWHERE
    except ZIP_ERRORS as exc:
        layout = _describe(exc)
    if not isinstance(layout, Layout):
        return (
            ids.UNREADABLE,
            msg(
                "the file is not a readable .ods (broken zip archive: it is truncated or damaged: {reason})",
                reason=layout,
            )
            if ods
            else msg(
                "the file is not a readable .xlsx (broken zip archive: it is truncated or damaged: {reason})",
                reason=layout,
            ),
            msg(
                "Save the workbook again from Excel or LibreOffice; if it was downloaded or copied, "
                "it may be incomplete."
            ),
        )
    if layout.entries > limits.members:
        return (
            ids.OVER_LIMIT,
            plural(
                "the workbook has {count} part, over the limit of {limit}; it was not opened",
                "the workbook has {count} parts, over the limit of {limit}; it was not opened",
                layout.entries,
                limit=limits.members,
            ),
            msg("Save the catalogue as a plain workbook, or split it."),
        )
    names = {m.filename for m in members}
    if len(names) < len(members):
        # Two parts of one name: which one a program reads differs (zipfile and openpyxl the last, Excel
        # and LibreOffice the first), so what is checked could differ from what the provider sees.
        twice = next(name for name, count in collections.Counter(m.filename for m in members).items() if count > 1)
        return (
            ids.UNREADABLE,
            msg("the zip holds two parts named {part}, which programs read differently; it was not opened", part=twice),
            msg(_ODS_RESAVE_HINT if ods else _RESAVE_HINT),
        )
    total = sum(m.file_size for m in members)
    if total > limits.total_bytes:
        return (
            ids.OVER_LIMIT,
            plural(
                "the workbook unpacks to {count} byte, over the limit of {limit}; it was not opened",
                "the workbook unpacks to {count} bytes, over the limit of {limit}; it was not opened",
                total,
                limit=limits.total_bytes,
            ),
            msg("Split the catalogue into smaller workbooks."),
        )
    for member in members:
        if member.file_size > limits.ratio_floor and member.file_size > limits.ratio * max(member.compress_size, 1):
            return (
                ids.OVER_LIMIT,
                plural(
                    "the workbook part {part} is compressed more than {ratio}:1 ({packed} to {count} byte), "
                    "like a zip bomb; it was not opened",
                    "the workbook part {part} is compressed more than {ratio}:1 ({packed} to {count} bytes), "
                    "like a zip bomb; it was not opened",
                    member.file_size,
                    part=member.filename,
                    ratio=str(limits.ratio),
                    packed=member.compress_size,
                ),
                msg("Give the real catalogue workbook."),
            )
        if member.flag_bits & 0x1:
            return (ids.UNREADABLE, msg("the workbook is encrypted"), msg("Save the workbook without a password."))
    if ods and "content.xml" not in names:
        return (
            ids.UNREADABLE,
            msg("the file is a zip archive but not an OpenDocument spreadsheet (no content.xml)"),
            msg("Give an OpenDocument spreadsheet (.ods); a .zip of descriptors must be named .zip."),
        )
    if not ods and ("xl/workbook.xml" not in names or "[Content_Types].xml" not in names):
        return (
            ids.UNREADABLE,
            msg("the file is a zip archive but not an Excel workbook (no xl/workbook.xml)"),
            msg("Give an Excel Workbook (.xlsx); a .zip of descriptors must be named .zip."),
        )
    return None


_SHEET_DATA = regex(rb"<(?:\w+:)?sheetData[\s>/]")
_SHEET_DATA_END = regex(rb"</(?:\w+:)?sheetData\s*>")
# A cell or row numbered by its ``r`` (among its attributes in any order, the tag with or without a namespace
# prefix) that holds nothing: a self-closing tag, or its tags with nothing between.
_EMPTY_CELL = regex(rb'<((?:\w+:)?)c(?=[^<>]*?\sr=")\s[^<>]*(?:/>|(?<!/)>\s*</\1c>)')
_EMPTY_ROW = regex(rb'<((?:\w+:)?)row(?=[^<>]*?\sr=")\s[^<>]*(?:/>|(?<!/)>\s*</\1row>)')
# At most this much of a part is held back for a tag that is not complete (a longer "tag" is no empty one).
_HELD_BYTES = 1 << 16
_ROW_START = regex(rb"<(?:\w+:)?row[\s>/]")
_ROW_CLOSE = regex(rb"</(?:\w+:)?row\s*>")


def _row_split(data: bytes, complete: int) -> int:
    """Where to end what is passed on of ``data``, whose tags are complete up to ``complete``: at the start of its last
    row when that row is not closed yet, so that an empty row is never split between two reads and counted."""
    floor = max(0, complete - _HELD_BYTES)
    before = complete
    while (found := data.rfind(b"row", floor, before)) >= 0 and (before := data.rfind(b"<", floor, found)) >= 0:
        if _ROW_CLOSE.match(data, before):
            break
        if _ROW_START.match(data, before):
            end = data.find(b">", before, complete)
            return complete if end > 0 and data[end - 1] == ord("/") else before
    return complete


_MERGE_TAG = regex(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3}\d{1,7})(?::([A-Z]{1,3}\d{1,7}))?\"")


# The XML parser's error at the end of a part ended after its rows (expat's XML_ERROR_NO_ELEMENTS); any
# other error is in the rows themselves.
_NO_ELEMENT_FOUND = 3


class _Counted(io.RawIOBase):
    """A worksheet part as openpyxl reads it: its tags counted against the workbook's budget, and its end
    after the rows (``</sheetData>``), so what follows them (formatting, validations) is never parsed.

    Cells and rows that hold nothing (``<c r="A9" s="3"/>``, ``<row r="9" s="2" customFormat="1"/>``, as a
    sheet formatted down to its millionth row has) are left out before they are counted or parsed: a row
    missing from the sheet reads as the empty row it is. Only those numbered by their ``r`` are left out,
    so every other keeps its place."""

    def __init__(self, stream: IO[bytes], tags: Tags) -> None:
        super().__init__()
        self.stream = stream
        self.tags = tags
        self.tail = b""
        self.cut = False
        # What was read after the last complete tag, held back so that no tag is split when emptied out.
        self.held = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        while not (self.cut and not self.held):
            data = b"" if self.cut else self.stream.read(-1 if size is None else size)
            if not data:
                self.cut = True
            window = self.tail + data
            end = _SHEET_DATA_END.search(window)
            if end is not None:
                data = data[: max(0, end.end() - len(self.tail))]
                self.cut = True
            self.tail = window[-64:]
            data, self.held = self.held + data, b""
            complete = _row_split(data, data.rfind(b">") + 1)
            if not self.cut and len(data) - complete <= _HELD_BYTES:
                data, self.held = data[:complete], data[complete:]
            data = _EMPTY_ROW.sub(b"", _EMPTY_CELL.sub(b"", data))
            self.tags.spend(data.count(b"<"))
            if data:
                return data
        return b""

    def close(self) -> None:
        self.stream.close()
        super().close()


@dataclass
class _Scan:
    """What the scan of a workbook's parts found: each worksheet's merged ranges, and its hyperlinks by
    cell (``D2`` -> relationship id) with the targets of each worksheet's relationships."""

    merges: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)
    refs: dict[str, dict[str, str]] = field(default_factory=dict)
    targets: dict[str, dict[str, str]] = field(default_factory=dict)

    def links(self, part: str) -> dict[int, dict[int, str]]:
        """The web addresses of a worksheet's hyperlinked cells: row -> column -> address."""
        folder, _, name = part.rpartition("/")
        targets = self.targets.get(f"{folder}/_rels/{name}.rels", {})
        found: dict[int, dict[int, str]] = {}
        for ref, rid in self.refs.get(part, {}).items():
            if rid in targets:
                row, column, _, _ = _range(ref.encode(), ref.encode())
                found.setdefault(row, {})[column] = targets[rid]
        return found


def _scan_parts(raw: bytes, tags: Tags) -> _Scan:
    """Merged ranges and hyperlinks of every worksheet part, read in chunks from the zip, and the tags of what openpyxl
    parses when it opens the workbook counted into ``tags``: the shared strings whole, every other part
    whole as objects, and each worksheet's settings before its rows as objects (its rows are counted as they
    are read). Scanning stops once a budget is spent (the caller refuses the workbook)."""
    scan = _Scan()
    merges = scan.merges
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for info in archive.infolist():
            name = info.filename
            sheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
            rels = name.startswith("xl/worksheets/_rels/") and name.endswith(".rels")
            links = scan.refs.setdefault(name, {}) if sheet else scan.targets.setdefault(name, {}) if rels else {}
            if not name.endswith((".xml", ".rels")):
                continue
            found: list[tuple[int, int, int, int]] = []
            tail = b""
            seen: set[bytes] = set()
            settings = sheet
            try:
                with archive.open(info) as stream:
                    for chunk in iter(lambda: stream.read(1 << 20), b""):
                        window = tail + chunk
                        if not sheet:
                            if name == "xl/sharedStrings.xml":
                                tags.spent += chunk.count(b"<")
                            else:
                                tags.objects += chunk.count(b"<")
                        else:
                            if settings:
                                data = _SHEET_DATA.search(window)
                                before = data.start() if data else len(window)
                                cut = max(0, before - len(tail))
                                tags.objects += chunk[:cut].count(b"<")
                                settings = data is None
                            for match in _MERGE_TAG.finditer(window):
                                if match.group(0) not in seen and len(found) < MAX_MERGES:
                                    seen.add(match.group(0))
                                    found.append(_range(match.group(1), match.group(2) or match.group(1)))
                        if sheet or rels:
                            _scan_links(window, links, sheet)
                        if b"<!DOCTYPE" in window:
                            tags.doctype = name
                            return scan
                        if tags.spent > tags.limit or tags.objects > tags.OBJECT_TAGS:
                            return scan
                        tail = window[-256:]
            except Exception as exc:  # a part that cannot be read whole: the workbook is refused, not half-counted
                tags.unreadable = (name, _describe(exc))
                return scan
            if sheet:
                merges[name] = found
    return scan


_HYPERLINK_TAG = regex(rb"<(?:\w+:)?hyperlink\s[^>]*>")
_RELATIONSHIP_TAG = regex(rb"<(?:\w+:)?Relationship\s[^>]*>")
# An attribute and its value, its name begun where a word begins: a tag of one long word (a crafted hyperlink of a
# megabyte of letters) was tried from each of its letters, each attempt running to its end (quadratic).
_ATTRIBUTE = regex(rb'(?<![\w:])([\w:]+)\s*=\s*"([^"]*)"')
_CELL_REF = regex(r"^[A-Z]{1,3}[1-9]\d{0,6}$")


def _scan_links(window: bytes, links: dict[str, str], sheet: bool) -> None:
    """Add the hyperlinks of a worksheet's XML (cell -> relationship id), or the web addresses its
    relationships part gives (relationship id -> address), found in ``window``; at most ``MAX_MERGES``."""
    for match in (_HYPERLINK_TAG if sheet else _RELATIONSHIP_TAG).finditer(window):
        if len(links) >= MAX_MERGES:
            return
        attributes = {
            k.split(b":")[-1].decode(): v.decode(errors="replace") for k, v in _ATTRIBUTE.findall(match.group(0))
        }
        if sheet and _CELL_REF.match(attributes.get("ref", "")) and attributes.get("id"):
            links[attributes["ref"]] = attributes["id"]
        elif not sheet and attributes.get("Type", "").endswith("/hyperlink") and attributes.get("Id"):
            links[attributes["Id"]] = html.unescape(attributes.get("Target", ""))


def _range(first: bytes, last: bytes) -> tuple[int, int, int, int]:
    from openpyxl.utils.cell import coordinate_to_tuple

    r1, c1 = coordinate_to_tuple(first.decode())
    r2, c2 = coordinate_to_tuple(last.decode())
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def _lost_sheets(workbook: Any) -> list[tuple[str, str]]:
    """The sheets the workbook lists whose part is missing from the file or lies outside it (openpyxl
    passes over them): ``(sheet, part)``."""
    from openpyxl.reader.workbook import WorkbookParser

    try:
        parser = WorkbookParser(workbook._archive, "xl/workbook.xml", keep_links=False)
        parser.parse()
        names = set(workbook._archive.namelist())
        return [(sheet.name, str(rel.target)) for sheet, rel in parser.find_sheets() if rel.target not in names]
    except Exception:  # a workbook part openpyxl read once is read alike: nothing more to say
        return []


def _lost_sheet(source: str, sheet: str, part: str) -> Document:
    """The error of a sheet the workbook lists whose part is missing, or outside the workbook."""
    if part.startswith(("../", "/")) or part == "..":
        message = msg(
            "sheet '{sheet}' points to {part}, outside the workbook; it was not read",
            sheet=sheet,
            part=quoted_cell(part),
        )
    else:
        message = msg(
            "sheet '{sheet}' is listed in the workbook, but its part {part} is missing from the file; it was not read",
            sheet=sheet,
            part=quoted_cell(part),
        )
    return load_error(source, ids.UNREADABLE, message, _RESAVE_HINT, fmt="xlsx", origin=Origin(sheet=sheet))


def _open_workbook(raw: bytes) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = _reader_class()(io.BytesIO(raw), read_only=True, data_only=True, keep_links=False)
        reader.read()
        return reader.wb


@functools.cache
def _reader_class() -> Any:
    """openpyxl's workbook reader in read-only mode, leaving each sheet's size unmeasured: openpyxl parses a sheet
    without a ``<dimension>`` whole to measure it, and the loader, which reads the rows itself, needs no size."""
    from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class Unsized(ReadOnlyWorksheet):  # type: ignore[misc]
        def _get_size(self) -> None:
            pass

    class Reader(ExcelReader):  # type: ignore[misc]
        def read_strings(self) -> None:
            found = self.package.find(SHARED_STRINGS)
            if found is not None:
                with self.archive.open(found.PartName[1:]) as source:
                    self.shared_strings = _string_table(source)

        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                if rel.target not in self.valid_files:
                    continue
                if "chartsheet" in rel.Type:
                    self.read_chartsheet(sheet, rel)
                    continue
                worksheet = Unsized(self.wb, sheet.name, rel.target, self.shared_strings)
                worksheet.sheet_state = sheet.state
                self.wb._sheets.append(worksheet)

    return Reader


# A run raised or lowered (``<vertAlign val="superscript"/>``) shows its digits and signs as Unicode does:
# "m²", "CO₂", a footnote's mark "Data ethics¹"; joined as they are, they would read "m2" and "Data ethics1".
_SHIFTED = {
    "superscript": str.maketrans("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ"),
    "subscript": str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎"),
}


@functools.cache
def _string_tags() -> tuple[str, str, str, str]:
    """The tags of a string item, a text, a run and a run's vertical alignment in a workbook's XML."""
    from openpyxl.xml.constants import SHEET_MAIN_NS

    return tuple(f"{{{SHEET_MAIN_NS}}}{name}" for name in ("si", "t", "r", "vertAlign"))  # type: ignore[return-value]


def _runs_text(node: Any) -> str | None:
    """The text of a rich string (``<si>`` or ``<is>``) with a run raised or lowered, each such run in Unicode's
    superscript or subscript characters where it has them all; ``None`` for a string without such a run."""
    _, text_tag, run_tag, shift = _string_tags()
    if node.find(f".//{shift}") is None:
        return None
    parts = []
    for child in node:
        if child.tag == text_tag:
            parts.append(child.text or "")
        elif child.tag == run_tag:
            text = "".join(t.text or "" for t in child.iter(text_tag))
            aligned = child.find(f".//{shift}")
            table = _SHIFTED.get(aligned.get("val", "")) if aligned is not None else None
            shifted = text.translate(table) if table else text
            parts.append(shifted if table and not set(shifted) & set(text) - {" "} else text)
    return "".join(parts)


def _string_table(source: Any) -> list[str]:
    """A workbook's shared strings, as openpyxl reads them but for raised and lowered runs (:func:`_runs_text`)."""
    from openpyxl.cell.text import Text as RichText
    from openpyxl.xml.functions import iterparse

    item = _string_tags()[0]
    strings = []
    for _, node in iterparse(source):
        if node.tag == item:
            text = _runs_text(node)
            strings.append((RichText.from_tree(node).content if text is None else text).replace("x005F_", ""))
            node.clear()
    return strings


@functools.cache
def _parser_class() -> Any:
    """openpyxl's worksheet parser, keeping the text of a formula that has no saved result.

    The workbook is read once, for the saved results (``data_only``); a formula cell without one would
    be read as empty, so its formula is kept as a :class:`Formula` for the report instead of opening
    the workbook a second time for the formulas. A plain inline string (``<is><t>text</t></is>``, as
    openpyxl writes text) is read directly: openpyxl builds a rich-text object for each, which costs it
    several times more than the rest of the cell.
    """
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import FORMULA_TAG, INLINE_STRING, VALUE_TAG, WorkSheetParser

    text_tag = INLINE_STRING[:-2] + "t"
    phonetic_tag = INLINE_STRING[:-2] + "rPh"

    def phonetic(child: Any) -> set[Any]:
        """The text elements of an inline string's phonetic guides (``<rPh>``), which are not its text."""
        return {t for guide in child.iter(phonetic_tag) for t in guide.iter(text_tag)}

    class Parser(WorkSheetParser):  # type: ignore[misc]
        # Notes on rows (row number -> texts), given to the reader with the rows they are about.
        remarks: dict[int, list[Text]]

        def parse_row(self, row: Any) -> tuple[int, list[dict[str, Any]]]:
            given = row.get("r")
            if given is not None and _row_number(given) is None:
                del row.attrib["r"]
                self.remarks.setdefault(self.row_counter + 1, []).append(
                    msg(
                        "the row after row {row} is numbered {number}, which is not a row number; it was read as "
                        "row {next}",
                        row=str(self.row_counter),
                        number=quoted_cell(given),
                        next=str(self.row_counter + 1),
                    )
                )
            number, cells = super().parse_row(row)
            return number, cells

        def parse_cell(self, element: Any) -> dict[str, Any]:
            before = self.col_counter
            try:
                return self._cell(element)
            except Exception:
                return self._bad_cell(element, before)

        def _bad_cell(self, element: Any, before: int) -> dict[str, Any]:
            """A cell whose value does not read as its type says: its text as a :class:`_BadCell`."""
            coordinate = element.get("r")
            row, column = self.row_counter, before + 1
            try:
                if coordinate:
                    row, column = coordinate_to_tuple(coordinate)
            except ValueError:
                self.col_counter = column
                return {"row": row, "column": 0, "value": _BadCell("", str(coordinate), "r")}
            self.col_counter = column
            kind = element.get("t", "n")
            if kind == "inlineStr":
                child = element.find(INLINE_STRING)
                guides = set() if child is None else phonetic(child)
                text = "" if child is None else "".join(t.text or "" for t in child.iter(text_tag) if t not in guides)
                return {"row": row, "column": self.col_counter, "value": _BadCell(text, "", kind)}
            raw = element.findtext(VALUE_TAG) or ""
            return {"row": row, "column": self.col_counter, "value": _BadCell("" if kind == "s" else raw, raw, kind)}

        def _cell(self, element: Any) -> dict[str, Any]:
            if element.get("t") == "inlineStr" and element.find(FORMULA_TAG) is None:
                child = element.find(INLINE_STRING)
                plain = child is not None and len(child) == 1 and child[0].tag == text_tag and not len(child[0])
                text = None if child is None else child[0].text or "" if plain else _runs_text(child)
                if text is not None:
                    coordinate = element.get("r")
                    row = self.row_counter
                    if coordinate:
                        row, self.col_counter = coordinate_to_tuple(coordinate)
                    else:
                        self.col_counter += 1
                    return {"row": row, "column": self.col_counter, "value": text}
            cell: dict[str, Any] = super().parse_cell(element)
            if element.find(FORMULA_TAG) is not None:
                # Every formula is parsed, so that a shared formula's master is known to the cells after it.
                formula = self.parse_formula(element)
                text = str(getattr(formula, "text", formula))
                if cell["value"] is None and element.get("t") == "str" and element.find(VALUE_TAG) is not None:
                    cell["value"] = ""  # the saved result is the empty text (=IF(A2="","",...)), not a missing one
                elif cell["value"] is None:
                    cell["value"] = Formula(text)
                elif isinstance(cell["value"], str):
                    link = _HYPERLINK_FORMULA.match(text)
                    if link is not None:
                        cell["value"] = Link(cell["value"], link.group(1).replace('""', '"'))
            return cell

    return Parser


def _row_number(text: str) -> int | None:
    """The number a ``<row r="...">`` gives (``2`` or ``2.0``, as openpyxl reads it), or ``None``."""
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


class _BadCell(str):
    """A cell whose value does not read as the type the file marks it with (``<c t="n"><v>abc</v>``, a
    shared string the workbook does not hold): the text it was read as, the raw value and the type."""

    raw: str
    kind: str

    def __new__(cls, text: str, raw: str, kind: str) -> _BadCell:
        cell = super().__new__(cls, text)
        cell.raw, cell.kind = raw, kind
        return cell

    def note(self, cell: str) -> Text:
        """What was wrong with the cell at ``cell`` and how it was read."""
        shown = quoted_cell(self.raw)
        if self.kind == "s":
            return msg(
                "{cell} refers to shared string {index}, which the workbook does not hold; it was left empty",
                cell=cell,
                index=shown,
            )
        if self.kind == "inlineStr":
            return msg(
                "{cell} holds an inline string whose parts are malformed; its text {text} was read",
                cell=cell,
                text=quoted_cell(self),
            )
        if self.kind == "n":
            return msg("{cell} holds {text} marked as a number; it was read as text", cell=cell, text=shown)
        if self.kind == "b":
            return msg("{cell} holds {text} marked as a yes/no value; it was read as text", cell=cell, text=shown)
        if self.kind == "d":
            return msg("{cell} holds {text} marked as a date; it was read as text", cell=cell, text=shown)
        return msg(
            "{cell} holds {text} marked with the type {type}, which it does not read as; it was read as text",
            cell=cell,
            text=shown,
            type=quoted_cell(self.kind),
        )


# A character XML cannot hold, or a carriage return, as OOXML writes it in a string: ``_x000D_`` before the line
# break of a cell pasted with Windows line ends. openpyxl hands these on as written.
_OOXML_ESCAPE = regex(r"_x([0-9A-Fa-f]{4})_")
# LibreOffice's error values besides Excel's: Err:502 (invalid argument), Err:504, Err:522 ...
_LIBREOFFICE_ERROR = regex(r"^Err:\d{3}$")
# A formula that is only a text, ="0613": nothing to evaluate, its text is read.
_TEXT_FORMULA = regex(r'^\s*=\s*"((?:[^"]|"")*)"\s*$')
_HYPERLINK_FORMULA = regex(r'^=?\s*HYPERLINK\(\s*"((?:[^"]|"")*)"', re.IGNORECASE)
# The first id of a workbook's own number formats (the ids below name Excel's built-in ones).
_CUSTOM_FORMATS = 164
# Excel's built-in percentage formats (0% and 0.00%), and what _style_unit gives for a percentage format.
_PERCENT_FORMATS = (9, 10)
_PERCENT = "%"
_ERROR_VALUES = {
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
    "#ERROR!",  # Google Sheets
    # As Excel writes them in a CSV saved in German, French, Dutch, Spanish, Italian, Polish and Portuguese.
    *("#WERT!", "#BEZUG!", "#ZAHL!", "#NV", "#ÜBERLAUF!", "#BERECHNEN!"),
    *("#NUL!", "#VALEUR!", "#NOM?", "#NOMBRE!", "#EPARPILLER!"),
    *("#LEEG!", "#DEEL/0!", "#WAARDE!", "#VERW!", "#NAAM?", "#GETAL!", "#N/B", "#OVERLOOP!"),
    *("#¡NULO!", "#¡DIV/0!", "#¡VALOR!", "#¡REF!", "#¿NOMBRE?", "#¡NUM!", "#¡DESBORDAMIENTO!", "#¡CALC!"),
    *("#NULLO!", "#VALORE!", "#RIF!", "#NOME?", "#N/D", "#ESPANSIONE!"),
    *("#ZERO!", "#DZIEL/0!", "#ARG!", "#ADR!", "#NAZWA?", "#LICZBA!", "#N/D!", "#ROZLANIE!", "#OBL!"),
    *("#NULO!", "#VALOR!", "#NÚM!"),
}


def _xlsx_rows(
    workbook: Any,
    sheet: Any,
    merges: list[tuple[int, int, int, int]],
    links: dict[int, dict[int, str]],
    tags: Tags,
    columns: int,
    hidden: set[int],
    remarks: dict[int, list[Text]],
) -> Iterator[tuple[int, list[Any]]]:
    """``(row number, cell values)`` of the rows holding data, formula cells without a result marked,
    hyperlinked text marked with its address, merged areas resolved; the sheet's XML is counted against
    ``tags`` as it is read, and each hidden row (``<row hidden="1">``) is added to ``hidden``, and notes on
    a row's XML (a cell placed in another row, given twice) to ``remarks``, before it is given."""
    return _merged_rows(_xlsx_cells(workbook, sheet, links, tags, hidden, remarks), Merges(merges, columns, tags))


def _xlsx_cells(
    workbook: Any,
    sheet: Any,
    links: dict[int, dict[int, str]],
    tags: Tags,
    hidden: set[int],
    remarks: dict[int, list[Text]],
) -> Iterator[tuple[int, list[Any]]]:
    """``(row number, cell values)`` of each row of a worksheet as openpyxl parses it, in the file's order."""
    source = _Counted(workbook._archive.open(sheet._worksheet_path), tags)
    parser = _parser_class()(
        source,
        sheet._shared_strings,
        data_only=True,
        epoch=workbook.epoch,
        date_formats=workbook._date_formats,
        timedelta_formats=workbook._timedelta_formats,
    )
    parser.remarks = remarks
    rows = parser.parse()
    currencies: dict[Any, str | None] = {}
    with source, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        while True:
            try:
                number, parsed = next(rows)
            except StopIteration:
                break
            except SyntaxError as exc:
                if source.cut and getattr(exc, "code", None) == _NO_ELEMENT_FOUND:
                    break  # the part was ended after its rows: the parser misses the rest of the document
                raise
            attributes = parser.row_dimensions.pop(str(number), None)
            if attributes is not None and str(attributes.get("hidden", "")).lower() in ("1", "true"):
                hidden.add(number)
            width = max((c["column"] for c in parsed), default=0)
            cells: list[Any] = [None] * width
            for cell in parsed:
                column, value = cell["column"], cell["value"]
                if type(value) in (int, float) and cell.get("style_id"):
                    currency = _style_unit(workbook, cell["style_id"], currencies)
                    if currency == _PERCENT:
                        value = _as_percent(value)  # as shown: a share, never a count of credits or hours
                    elif currency is not None and abs(value) <= sys.float_info.max:  # no float holds 10**400
                        value = Amount(value, currency)
                if type(value) is str and "_x" in value:
                    value = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
                if column > 0 and (cell.get("row", number) == number or number < 1) and cells[column - 1] is None:
                    cells[column - 1] = value
                elif value is not None:
                    remarks.setdefault(number, []).append(_misplaced(number, column, cell.get("row", number), value))
            for column, address in links.get(number, {}).items():
                if column <= width and isinstance(cells[column - 1], str):
                    cells[column - 1] = Link(cells[column - 1], address)
            yield number, cells


def _as_percent(value: float) -> str:
    """The text a percentage format shows for a cell's number ("5%" for 0.05), of one too large for a float times
    100 too ("1e+310%" for 1e308, not "inf%")."""
    shown = Decimal(repr(value)).scaleb(2)
    return f"{float(shown):.10g}%" if shown.adjusted() < 308 else f"{shown.normalize():.10g}%"


def _style_unit(workbook: Any, style: Any, known: dict[Any, str | None]) -> str | None:
    """The currency a cell style's own number format shows (``#,##0.00 [$€-407]``), or ``_PERCENT`` for a
    format showing a percentage; none for Excel's built-in currency formats, whose currency is the reader's
    locale's. ``known`` keeps each style's answer."""
    if style not in known:
        try:
            format_id = workbook._cell_styles[int(style)].numFmtId
            custom = workbook._number_formats[format_id - _CUSTOM_FORMATS] if format_id >= _CUSTOM_FORMATS else ""
        except (IndexError, ValueError, TypeError):
            format_id, custom = 0, ""
        percent = format_id in _PERCENT_FORMATS or shows_percent(custom)
        known[style] = _PERCENT if percent else format_currency(custom) if custom else None
    return known[style]


def _misplaced(number: int, column: int, row: int, value: Any) -> Text:
    """The note on a cell of row ``number``'s XML that was not read: its reference is no cell, names another
    row, or names a cell given before."""
    if isinstance(value, _BadCell) and value.kind == "r":
        return msg(
            "row {row} holds a cell whose reference {ref} is not a cell; it was not read",
            row=str(number),
            ref=quoted_cell(value.raw),
        )
    ref = f"{column_letter(column)}{row}"
    if row != number:
        return msg(
            "row {row} holds a cell with the reference {ref}, which belongs to another row; it was not read",
            row=str(number),
            ref=ref,
        )
    return msg("row {row} gives the cell {ref} twice; the second was not read", row=str(number), ref=ref)


def _merged_rows(rows: Iterator[tuple[int, list[Any]]], merged: Merges) -> Iterator[tuple[int, list[Any]]]:
    """The rows holding data of a sheet's rows, in the order given, with ``merged``'s areas applied (a row
    missing from the sheet under a value merged down is given too); a row given twice or out of order is
    given as it is, without merged areas."""
    previous = 0
    for number, cells in rows:
        if number <= previous:
            if any(is_filled(v) for v in cells):
                yield number, cells
            continue
        for gap in merged.gap(previous + 1, number):
            yield gap, merged.apply(gap, [])
        previous = number
        merged.start(number, cells)
        cells = merged.apply(number, cells)
        if any(is_filled(v) for v in cells):
            yield number, cells


# ---------------------------------------------------------------- rows to documents


class _Arr(dict):  # type: ignore[type-arg]
    """A list under construction: raw column index -> item (compacted in index order at the end)."""


@dataclass
class _Column:
    index: int
    letter: str
    header: str
    field: Field | None
    # Whether the column gives more items of the list of the column left of it, under one header merged over both.
    more: bool = False
    # Of a price list's two prices (before and with the tax), the one not read: the column whose price is read
    # instead, and the field this column gives in a row where that column's cell is empty (a VAT-exempt course).
    instead_of: _Column | None = None
    fallback: Field | None = None


# The price's path.
_PRICE_PATH = ("price", "amount")


class _Reader:
    """Turns the rows of one file's sheets into documents; collects file-level notes."""

    def __init__(self, source: str, fmt: str, resolver: ColumnResolver, limits: Limits) -> None:
        self.source = source
        self.fmt = fmt
        self.resolver = resolver
        self.limits = limits
        self.notes: list[Finding] = []
        self.headerless: list[str] = []
        self.edc_issuer_sheets: list[str] = []
        self.rows_read = 0
        # The characters of text the cells read so far gave (see Limits.spreadsheet_chars).
        self.chars_read = 0
        self.stopped = False
        # The delimiter a CSV file's columns were split on.
        self.delimiter = ","
        # The indexes of the columns of the sheet being read that write dates day first.
        self.day_first: set[int] = set()
        # The day the workbook counts dates' serial numbers from (Excel's 1900 or 1904 date system).
        self.epoch = EXCEL_EPOCH
        # The first sheet whose header names more fields than a code list does.
        self.catalogue_sheet: str | None = None

    def finish(self, documents: list[Document]) -> list[Document]:
        """Attach file-level notes to the first document; a file without descriptor rows is one error."""
        rows = [d for d in documents if d.data is not None]
        if self.edc_issuer_sheets:
            return [self._nothing_found()]
        if not rows:
            # One error per source: a CSV too wide whose header also names no field is one file refused twice.
            errors: dict[str, Document] = {}
            for document in documents:
                if document.source in errors:
                    errors[document.source].findings.extend(document.findings)
                else:
                    errors[document.source] = document
            refused = list(errors.values()) or [self._nothing_found()]
            refused[0].findings.extend(self.notes)
            return refused
        documents = _join_sheets(documents, self.notes) or documents
        documents[0].findings.extend(self.notes)
        _note_repeated_ids(documents)
        return documents

    def _unread_table(self, sheet: str, row: int, texts: list[str]) -> Document:
        """The error of a sheet laid out as a table of rows that was not read: its header named no field."""
        columns = quoted_cell(" | ".join(texts))
        if self.fmt == "csv":
            source, message = (
                self.source,
                msg(
                    "too few columns of the header in row {row} ({columns}, split on {delimiter}) name descriptor "
                    "fields the aliases know; the rows were not read",
                    row=row,
                    columns=columns,
                    delimiter=_delimiter_name(self.delimiter),
                ),
            )
        else:
            source, message = (
                f"{self.source} [{sheet}]",
                msg(
                    "sheet '{sheet}' holds a table, but too few columns of its header in row {row} ({columns}) name "
                    "descriptor fields the aliases know; its rows were not read",
                    sheet=sheet,
                    row=row,
                    columns=columns,
                ),
            )
        return load_error(
            source,
            COLUMNS,
            message,
            _MAPPING_HINT,
            fmt=self.fmt,
            origin=Origin(sheet=sheet, cell=f"A{row}"),
        )

    def _nothing_found(self) -> Document:
        if self.edc_issuer_sheets:
            where = ", ".join(f"'{s}'" for s in self.edc_issuer_sheets)
            return load_error(
                self.source,
                COLUMNS,
                plural(
                    "this is a Europass EDC issuer bulk-issuing workbook (sheet {sheets} names ELM classes and "
                    "properties in Class/Field/Type rows), not a descriptor catalogue",
                    "this is a Europass EDC issuer bulk-issuing workbook (sheets {sheets} name ELM classes and "
                    "properties in Class/Field/Type rows), not a descriptor catalogue",
                    len(self.edc_issuer_sheets),
                    sheets=where,
                ),
                msg(
                    "Issue the credentials and check the ELM JSON-LD they produce, or copy the offerings "
                    "into 'qa-checker template --format xlsx'."
                ),
                fmt=self.fmt,
                origin=Origin(sheet=self.edc_issuer_sheets[0], cell="A1"),
            )
        if self.headerless and self.fmt == "csv":
            return load_error(
                self.source,
                COLUMNS,
                plural(
                    "no header row naming descriptor fields was found in the first {count} row, with the columns "
                    "split on {delimiter}, nor one naming an id or a title and two more fields in the first {far} rows",
                    "no header row naming descriptor fields was found in the first {count} rows, with the columns "
                    "split on {delimiter}, nor one naming an id or a title and two more fields in the first {far} rows",
                    HEADER_SEARCH_ROWS,
                    delimiter=_delimiter_name(self.delimiter),
                    far=_FAR_HEADER_ROWS,
                ),
                _CSV_HEADER_HINT,
                fmt=self.fmt,
                origin=Origin(sheet=self.headerless[0], cell="A1"),
            )
        if self.headerless:
            where = ", ".join(f"'{s}'" for s in self.headerless)
            return load_error(
                self.source,
                COLUMNS,
                plural(
                    "no header row naming descriptor fields was found in the first {count} row of {sheets}, nor one "
                    "naming an id or a title and two more fields in the first {far} rows",
                    "no header row naming descriptor fields was found in the first {count} rows of {sheets}, nor one "
                    "naming an id or a title and two more fields in the first {far} rows",
                    HEADER_SEARCH_ROWS,
                    sheets=where,
                    far=_FAR_HEADER_ROWS,
                ),
                msg(
                    "Put a header row above the descriptors, naming each column by a descriptor field "
                    "(id, title.en, workload.ects ...) or an alias; start from 'qa-checker template'."
                ),
                fmt=self.fmt,
                origin=Origin(sheet=self.headerless[0], cell="A1"),
            )
        return load_error(
            self.source,
            ids.EMPTY,
            msg("the file has no descriptor rows"),
            msg("Fill in one row per micro-credential under the header row."),
            fmt=self.fmt,
        )

    def read_sheet(
        self,
        sheet: str,
        rows: Iterator[tuple[int, list[Any]]],
        row_source: Callable[[int], str],
        *,
        hidden: Container[int] = (),
        state: str = "visible",
        remarks: dict[int, list[Text]] | None = None,
    ) -> list[Document]:
        """Documents for the filled rows of one sheet (see :meth:`_read_sheet`), none for a sheet beside the
        catalogue whose every row is a code of a vocabulary and its name (``LT | Lietuva``, ``fi | suomi`` under
        ``Koodi | Nimi``): the values of a dropdown, not offerings."""
        documents = self._read_sheet(sheet, rows, row_source, hidden=hidden, state=state, remarks=remarks)
        catalogue = self.catalogue_sheet
        if (
            catalogue not in (None, sheet)
            and documents
            and len(documents) <= _DROPDOWN_ROWS
            and all(_vocabulary_row(d.data) for d in documents)
        ):
            self.notes.append(_dropdown_sheet(sheet, str(catalogue)))
            return []
        return documents

    def _read_sheet(
        self,
        sheet: str,
        rows: Iterator[tuple[int, list[Any]]],
        row_source: Callable[[int], str],
        *,
        hidden: Container[int] = (),
        state: str = "visible",
        remarks: dict[int, list[Text]] | None = None,
    ) -> list[Document]:
        """Documents for the filled rows of one sheet; ``row_source`` names a row's document.

        A hidden sheet (``state`` ``hidden`` or ``veryHidden``) is read when its header names an id or a title
        column, else passed over with a note; a row of a hidden sheet, or one of the ``hidden`` rows (each
        added to it by the time the row is given), is read and checked like the others, with an info note
        on its document saying it was hidden. ``remarks`` are notes on rows' XML (each added by the time its
        row is given), put on the row's document, or on the file's when the row gives none; a row numbered
        below 1 is not read, and one out of order or repeated is read where it stands, each reported."""
        remarks = {} if remarks is None else remarks
        highest = 0
        self.day_first = set()
        notes: list[Finding] = []  # on the row being read, until its document takes them
        documents: list[Document] = []
        buffered: list[tuple[int, list[Any]]] = []
        # The rows of two filled cells or more among them: lines of a title or guidance do not hide a header.
        lead = 0
        columns: list[_Column] | None = None
        # The spans of the tables side by side under the header (see _blocks), and the columns they are of.
        blocks: list[tuple[int, int]] | None = None
        blocks_of: list[_Column] | None = None
        # The descriptor of the last row read, which the rows right under it may continue.
        opened: _Opened | None = None
        opened_after_gap = False  # whether the row of the descriptor last opened follows a blank row
        heading_after_gap: int | None = None  # the row of a heading or caption skipped under a blank row
        # The columns naming the fields of a sheet of one descriptor laid out as field and value, row by row.
        labels: tuple[int, ...] | None = None
        # How many rows were buffered when the first rows searched gave no header: rows after them are looked
        # at for a header naming an id or a title only, and set aside again when none does.
        window: int | None = None
        number = header_row = 0
        header_cells: list[Any] = []
        first_data: int | None = None
        width = self.limits.spreadsheet_columns
        wide: str | None = None
        try:
            for number, cells in rows:
                self.notes.extend(notes)
                notes = []
                if len(cells) > width:
                    if wide is None:
                        extra = next((i for i in range(width, len(cells)) if is_filled(cells[i])), None)
                        far = cells[extra] if extra is not None else None
                        column = far.column if isinstance(far, FarCell) else (extra or 0) + 1
                        wide = None if extra is None else f"{column_letter(column)}{number}"
                    cells = cells[:width]
                self.chars_read += sum(len(v) for v in cells if isinstance(v, str))
                if self.chars_read > self.limits.spreadsheet_chars:
                    documents.append(
                        self._stop(
                            sheet,
                            number,
                            msg(
                                "the cells of the file give more than {count} characters of text, over the limit of "
                                "{count} (spreadsheet-chars; a shared or repeated cell counted each time it is "
                                "used); reading stopped at {cell}: that row, the rows after it and any later sheet "
                                "were not read",
                                count=f"{self.limits.spreadsheet_chars:,}",
                                cell=f"{sheet}!A{number}",
                            ),
                        )
                    )
                    break
                if not any(is_filled(v) for v in cells):
                    if columns is not None:
                        continue  # a row of blanks gives no document
                else:
                    self.rows_read += 1
                    if self.rows_read > self.limits.spreadsheet_rows:
                        stopped_at = f"{sheet}!A{number}"
                        documents.append(
                            self._stop(
                                sheet,
                                number,
                                plural(
                                    "the file has more than {count} row holding data, over the limit of {count} "
                                    "(spreadsheet-rows); reading stopped at {cell}: that row, the rows after it "
                                    "and any later sheet were not read",
                                    "the file has more than {count} rows holding data, over the limit of {count} "
                                    "(spreadsheet-rows); reading stopped at {cell}: that row, the rows after it "
                                    "and any later sheet were not read",
                                    self.limits.spreadsheet_rows,
                                    cell=stopped_at,
                                ),
                            )
                        )
                        break
                notes.extend(self._row_note(sheet, number, text) for text in remarks.pop(number, ()))
                if number < 1:
                    documents.append(self._unnumbered(sheet, number, highest))
                    continue
                if number <= highest:
                    notes.append(self._row_note(sheet, number, _unordered(sheet, number, highest)))
                before, highest = highest, max(highest, number)
                if labels is not None:
                    buffered.append((number, cells))
                    continue
                if columns is None:
                    buffered.append((number, cells))
                    lead += sum(1 for v in cells if is_filled(v)) > 1
                    columns = self._header(cells)
                    if columns is not None and window is not None and not _far_header_names(columns):
                        columns = None
                    if columns is not None:
                        columns = self._one_price(sheet, number, columns)
                    if columns is not None and len(buffered) > 1 and buffered[-2][0] == number - 1:
                        columns = self._grouped(buffered[-2][1], cells, columns)
                    if window is None and columns is None:
                        if _edc_issuer_rows(buffered):
                            break
                        if max(lead, len(buffered) // _LINES_PER_ROW) < HEADER_SEARCH_ROWS:
                            continue
                        labels = self._labels(sheet, buffered, state)
                        if labels is not None:
                            continue
                        window = len(buffered)
                    if columns is None:
                        if len(buffered) < _FAR_HEADER_ROWS:
                            continue
                        break
                    if state != "visible" and not _names_id_or_title(columns):
                        self.notes.append(_hidden_sheet_note(state, sheet))
                        return documents
                    if self.fmt != "csv" and _lists_sheet(sheet, columns):
                        if sheet not in TEMPLATE_SHEETS:
                            self.notes.append(_skipped_sheet(sheet, number))
                        return documents
                    catalogue = self.catalogue_sheet
                    if _code_list(columns) and (
                        state != "visible"
                        or normalise(sheet) in _LISTS_SHEETS
                        or (catalogue is not None and _code_first(columns))
                    ):
                        self.notes.append(_code_list_sheet(sheet, number, columns, catalogue))
                        return documents
                    if catalogue is None and len(_distinct([c.field for c in columns])) > _CODE_LIST_FIELDS:
                        self.catalogue_sheet = sheet
                    if window is not None:
                        self.notes.append(_far_header(sheet, number))
                    header_row, header_cells, first_data = number, cells, None
                    continue
                if first_data is None and _form_header(columns):
                    # "Title | Data Ethics | Course code | DE-1" over more such pairs: a form, not a header.
                    labels = self._labels(sheet, [*buffered, (number, cells)], state)
                    if labels is not None:
                        buffered.append((number, cells))
                        columns = None
                        continue
                if first_data is None:
                    below = self._sub_header(header_cells, cells, columns) if number == header_row + 1 else None
                    if below is not None:
                        columns, header_row = below, number
                        continue
                    units = _units_row(cells, columns, self.resolver) if number == header_row + 1 else None
                    if units is not None:
                        columns, header_row = units, number
                        continue
                    if _notes_row(cells, columns, self.epoch) or _example_row(cells, columns):
                        self.day_first.update(i for i, v in enumerate(cells) if _DAY_FIRST_NOTE.search(_header_text(v)))
                        self.notes.append(_skipped_row(sheet, number, cells, "notes"))
                        continue
                    first_data = number
                if _totals_row(cells, columns):
                    self.notes.append(_skipped_row(sheet, number, cells, "totals"))
                    continue
                captioned = opened is not None and opened_after_gap and _caption(opened, documents, before)
                other = self._new_header(cells, columns)
                if other is not None:
                    # "Title | ID | EQF level | ECTS" over more descriptors: their columns, in their own order
                    if opened is not None and captioned:
                        documents.remove(opened.document)
                        self.notes.append(_skipped_row(sheet, opened.first, opened.cells, "footnote"))
                        opened = None
                    columns, header_row, header_cells = other, number, cells
                    self.notes.append(_skipped_row(sheet, number, cells, "new header"))
                    continue
                gap = number > before + 1 or heading_after_gap == before  # a blank row above, or above its caption
                if (gap or captioned) and self._heads_another_table(cells, columns):
                    # "Name | E-mail | Phone" under a blank row (and perhaps a caption): a table of something else
                    if opened is not None and captioned:
                        documents.remove(opened.document)
                        self.notes.append(_skipped_row(sheet, opened.first, opened.cells, "footnote"))
                        opened = None
                    self.notes.append(_skipped_row(sheet, number, cells, "table"))
                    break
                if self._repeats_header(cells, columns):
                    if opened is not None and _caption(opened, documents, before):
                        # One cell right above the header repeated over another block captions that block.
                        documents.remove(opened.document)
                        self.notes.append(_skipped_row(sheet, opened.first, opened.cells, "footnote"))
                        opened = None
                    self.notes.append(_skipped_row(sheet, number, cells, "header"))
                    continue
                if _footnote_row(cells, columns) or self._caption_row(cells, columns):
                    self.notes.append(_skipped_row(sheet, number, cells, "footnote"))
                    heading_after_gap = number if number > before + 1 else None
                    continue
                if blocks_of is not columns:
                    blocks, blocks_of = _blocks(columns), columns
                if blocks is not None:
                    # Tables side by side, an empty column between them: each row gives a descriptor per table.
                    if opened is not None:
                        opened.settle()
                    opened = None
                    for index in range(len(blocks)):
                        block = self._block(sheet, number, cells, columns, blocks, index, header_row, row_source)
                        if block is not None:
                            _keep(block, notes, _hidden_row_note(sheet, number, cells, state, hidden), documents)
                            notes = []
                    continue
                if opened is not None and number == opened.last + 1 and _continues(cells, columns, opened.cells):
                    opened.extend(number, cells, columns, header_row)
                    opened.extra.extend(notes)
                    notes = []
                    continue
                if opened is not None:
                    opened.settle()
                opened = self._row(sheet, number, cells, columns, header_row, row_source)
                opened_after_gap = number > before + 1
                if opened is not None:
                    _keep(opened, notes, _hidden_row_note(sheet, number, cells, state, hidden), documents)
                    notes = []
        except OverBudget as exc:
            documents.append(self.over_budget(sheet, number + 1, exc))
        except Exception as exc:
            documents.append(self._unparsable(sheet, number, exc))
        if opened is not None:
            opened.settle()
        if columns is None and window is not None:
            del buffered[window:]
        self.notes.extend(notes)
        self.notes.extend(self._row_note(sheet, row, text) for row, texts in remarks.items() for text in texts)
        if wide is not None:
            documents.append(
                load_error(
                    self.source,
                    ids.OVER_LIMIT,
                    plural(
                        "sheet '{sheet}' has data in {cell}, past the limit of {count} column (spreadsheet-columns); "
                        "columns from {column} on were not read in any row",
                        "sheet '{sheet}' has data in {cell}, past the limit of {count} columns (spreadsheet-columns); "
                        "columns from {column} on were not read in any row",
                        width,
                        sheet=sheet,
                        cell=wide,
                        column=column_letter(width + 1),
                    ),
                    msg(
                        "Keep the descriptor columns within the first {count}, or raise the limit with --limit "
                        "spreadsheet-columns=N.",
                        count=width,
                    ),
                    fmt=self.fmt,
                    origin=Origin(sheet=sheet, cell=wide),
                )
            )
        if columns is None and labels is None and not self.stopped:
            labels = self._labels(sheet, buffered, state)
        if labels is not None:
            documents.extend(self._key_values(sheet, buffered, labels))
        elif columns is None and state != "visible":
            self.notes.append(_hidden_sheet_note(state, sheet))
        elif columns is None and any(any(is_filled(v) for v in cells) for _, cells in buffered):
            self.headerless.append(sheet)
            if _edc_issuer_rows(buffered):
                self.edc_issuer_sheets.append(sheet)
            table = _table_header(buffered)
            if table is not None and sheet not in TEMPLATE_SHEETS and normalise(sheet) not in _LISTS_SHEETS:
                documents.append(self._unread_table(sheet, *table))
            elif self.fmt != "csv" and sheet not in TEMPLATE_SHEETS:
                self.notes.append(
                    _finding(
                        SHEETS,
                        Severity.INFO,
                        "",
                        msg("sheet '{sheet}' has no header row naming descriptor fields; it was not read", sheet=sheet),
                        msg("Give the sheet a header row of descriptor columns if it holds descriptors."),
                        Origin(sheet=sheet, cell="A1"),
                    )
                )
        return documents

    def _labels(self, sheet: str, rows: list[tuple[int, list[Any]]], state: str) -> tuple[int, ...] | None:
        """The columns (0-based) naming the fields of a sheet laid out as one descriptor, a field per row with its
        value beside it ("Title | Data Ethics", "ECTS | 5"), or as a form of such pairs side by side ("Title |
        Data Ethics | Course code | DE-1"); or ``None``. A column names fields when two of its cells or more
        does, with a value right of it, and most of its names beside a value do; together the columns name
        three fields or more, an id or a title among them. A hidden sheet, one named as a sheet of lists or
        instructions ("Legend"), and the EDC issuer workbook's sheets are never one."""
        if state != "visible" or sheet in TEMPLATE_SHEETS or normalise(sheet) in _LISTS_SHEETS:
            return None
        if any(_header_text(v) and normalise(_header_text(v)) in _EXPLAINED for _, cells in rows for v in cells[1:2]):
            return None  # "Column | Description": a legend of the columns of another sheet
        if _edc_issuer_rows(rows):
            return None  # the EDC issuer workbook's Class/Field/Type rows, refused as what they are
        width = min(max((len(cells) for _, cells in rows), default=0), self.limits.spreadsheet_columns)
        columns: list[int] = []
        paths: set[tuple[str, ...]] = set()
        for index in range(width - 1):
            if columns and index == columns[-1] + 1:
                continue  # the values of the column before
            beside = [cells[index] for _, cells in rows if index + 1 < len(cells) and is_filled(cells[index + 1])]
            labelled = [cell for cell in beside if _header_text(cell)]
            named = [found for cell in labelled if (found := self._label(cell)) is not None and found is not IGNORE]
            # Most names beside a value name fields: a table of other things (ELM classes and properties) is
            # no form whose few words happen to be field names.
            if named and 2 * len(named) >= len(labelled):
                columns.append(index)
                paths.update(f.path[:1] for f in named)
            if not columns and index + 1 >= _LABEL_COLUMNS:
                return None
        if len(paths) < _LABEL_FIELDS or not paths & {("id",), ("title",)}:
            return None
        return tuple(columns)

    def _label(self, value: Any) -> Field | None:
        """The field a cell of a label column names."""
        text = _header_text(value)
        return self.resolver.resolve(text) if text and len(text) <= _HEADER_CHARS else None

    def _key_values(self, sheet: str, rows: list[tuple[int, list[Any]]], labels: tuple[int, ...]) -> list[Document]:
        """The descriptors of a sheet laid out field by field, the fields named in the columns ``labels``: a form of
        several such columns is one descriptor, its values each right of its name; one column of names is one
        descriptor for each column right of it that gives an id or a title. A row without a name goes on with
        the list above it ("Learning outcomes" one per row); a value beside no field's name is reported and left
        out."""
        named: list[tuple[int, int, list[Any], Field | None, str]] = []
        for label in labels:
            field_: Field | None = None
            header = ""
            for number, cells in rows:
                text = _header_text(cells[label]) if label < len(cells) else ""
                if text:
                    field_, header = self._label(cells[label]), text
                elif field_ is not None and field_.kind not in _LIST_KINDS:
                    field_, header = None, ""
                named.append((number, label, cells, field_ if text or field_ is not None else None, header))
        named.sort(key=lambda entry: entry[:2])
        # The value columns, each one descriptor; None: each value right of its field's name, as in a form.
        given: list[int | None] = [None]
        if len(labels) == 1:
            given = [
                *sorted(
                    {
                        index
                        for _, label, cells, f, _ in named
                        if f is not None and f.path[:1] in (("id",), ("title",))
                        for index in range(label + 1, len(cells))
                        if is_filled(cells[index])
                    }
                )
            ]
        languages = _column_languages(named, given)
        if languages is not None:
            named = [entry for entry in named if entry[0] != named[0][0]]
        elif len(given) > 1 and _heads_columns(named):
            number, label, cells, _, header = named[0]
            named[0] = (number, label, cells, None, header)
        documents: list[Document] = []
        versions: list[tuple[Document, str, int]] = []
        for chosen in given:
            filled = [
                (number, label, index, cells[index], f, h)
                for number, label, cells, f, h in named
                for index in (label + 1 if chosen is None else chosen,)
                if index < len(cells)
                and (is_filled(cells[index]) or isinstance(cells[index], Formula))
                and normalise(_header_text(cells[index])) not in _VALUE_WORDS
            ]
            if not filled:
                continue
            row = _Row(sheet, filled[0][0], self.epoch, {f.path for *_, f, _ in named if f is not None})
            for number, label, index, value, found, header in filled:
                row.continue_at(number)
                letter = column_letter(index + 1)
                if found is None:
                    row.findings.append(
                        self._unlabelled(sheet, number, header, f"{column_letter(label + 1)}{number}", letter)
                    )
                elif found is not IGNORE:
                    row.cell(_Column(index, letter, header, found), value, number)
            left, right = column_letter(labels[0] + 1), column_letter(max(e[2] for e in filled) + 1)
            values = ", ".join(sorted({column_letter(e[2] + 1) for e in filled}, key=lambda c: (len(c), c)))
            several = len(given) > 1 and languages is None
            where = ([] if self.fmt == "csv" else [sheet]) + ([f"column {right}"] if several else [])
            source = f"{self.source} [{' '.join(where)}]" if where else self.source
            opened = _Opened(row, Document(source=source, data=None, format=self.fmt), filled[0][0], right)
            opened.left, opened.last = column_letter(filled[0][2] + 1) if len(labels) == 1 else left, filled[-1][0]
            version = languages[given.index(chosen)] if languages is not None else None
            if version is None or not versions:
                opened.extra.append(
                    _finding(
                        SHEETS,
                        Severity.INFO,
                        "",
                        plural(
                            "sheet '{sheet}' names a field in each row of column {labels} with its value in column "
                            "{values}; it was read as one descriptor",
                            "sheet '{sheet}' names fields in columns {labels} with their values right of them (in "
                            "{values}); it was read as one descriptor",
                            len(labels),
                            sheet=sheet,
                            labels=", ".join(column_letter(c + 1) for c in labels),
                            values=values,
                        ),
                        msg(
                            "One descriptor per row of one sheet, a column per field, keeps a catalogue easy to "
                            "compare."
                        ),
                        Origin(sheet=sheet, cell=f"{left}{filled[0][0]}:{right}{filled[-1][0]}"),
                    )
                )
            opened.settle()
            if version is not None:
                versions.append((opened.document, version, filled[0][2]))
            if version is None or len(versions) == 1:
                documents.append(opened.document)
        for part, language, index in versions[1:]:
            _join_into(
                versions[0][0],
                part,
                _Join(language=language, base=versions[0][1]),
                msg(
                    "column {column} of sheet '{sheet}' is headed by a language and gives the '{language}' version "
                    "of this descriptor, read into its language strings",
                    column=column_letter(index + 1),
                    sheet=sheet,
                    language=language,
                ),
            )
        return documents

    def _unlabelled(self, sheet: str, number: int, header: str, label: str, letter: str) -> Finding:
        """The warning on a value of a sheet laid out field by field whose row names no field."""
        cell = f"{letter}{number}"
        return _finding(
            COLUMNS,
            Severity.WARNING,
            "",
            msg(
                "'{header}' in {label} does not name a descriptor field; the value in {cell} was ignored",
                header=header,
                label=label,
                cell=cell,
            )
            if header
            else msg("{cell} holds a value, but {label} names no field for it; it was ignored", cell=cell, label=label),
            _MAPPING_HINT,
            Origin(sheet=sheet, cell=cell),
        )

    def _row_note(self, sheet: str, row: int, text: Text) -> Finding:
        """A warning on how row ``row``'s XML was read."""
        return _finding(CELLS, Severity.WARNING, "", text, _RESAVE_HINT, Origin(sheet=sheet, cell=f"A{row}"))

    def _unnumbered(self, sheet: str, row: int, after: int) -> Document:
        """The error of a row numbered below 1, which no spreadsheet shows: it is not read."""
        return load_error(
            self.source,
            ids.UNPARSABLE,
            msg(
                "sheet '{sheet}' holds a row numbered {row} (after row {previous}), which no spreadsheet can show; "
                "it was not read",
                sheet=sheet,
                row=str(row),
                previous=str(after),
            ),
            _RESAVE_HINT,
            fmt=self.fmt,
            origin=Origin(sheet=sheet, cell=f"A{after + 1}"),
        )

    def over_budget(self, sheet: str, row: int, exc: OverBudget) -> Document:
        """The ``MC-LD-005`` document of reading that spent the workbook's XML budget by ``row``."""
        stopped_at = f"{sheet}!A{row}"
        return self._stop(
            sheet,
            row,
            plural(
                "the workbook's XML holds more than {count} tag by {cell}, over what {rows} rows "
                "(spreadsheet-rows) allow; reading stopped there: that row, the rows after it and any later "
                "sheet were not read",
                "the workbook's XML holds more than {count} tags by {cell}, over what {rows} rows "
                "(spreadsheet-rows) allow; reading stopped there: that row, the rows after it and any later "
                "sheet were not read",
                exc.limit,
                cell=stopped_at,
                rows=self.limits.spreadsheet_rows,
            ),
        )

    def _stop(self, sheet: str, row: int, message: Text) -> Document:
        """The ``MC-LD-005`` document of reading that stopped at ``row`` (nothing after it is read)."""
        self.stopped = True
        return load_error(
            self.source, ids.OVER_LIMIT, message, _ROWS_HINT, fmt=self.fmt, origin=Origin(sheet=sheet, cell=f"A{row}")
        )

    def _unparsable(self, sheet: str, number: int, exc: Exception) -> Document:
        if isinstance(exc, _Unclosed):
            return load_error(
                self.source,
                ids.UNPARSABLE,
                msg(
                    "reading sheet '{sheet}' stopped after row {row}: the row starting on line {line} opens a quoted "
                    "cell that is never closed, so the rest of the file was read into it; that row was not read",
                    sheet=sheet,
                    row=str(number),
                    line=str(exc.line),
                ),
                msg('Close the quote (or double a quote meant inside the cell: "") and check the rows after it.'),
                fmt=self.fmt,
                origin=Origin(sheet=sheet, cell=f"A{number + 1}", line=exc.line),
            )
        if isinstance(exc, LongCell):
            return load_error(
                self.source,
                ids.OVER_LIMIT,
                plural(
                    "reading sheet '{sheet}' stopped after row {row}: the next row holds a cell of more than "
                    "{count} character, over the limit of {count} (max-string-chars); it and the rows after it "
                    "were not read",
                    "reading sheet '{sheet}' stopped after row {row}: the next row holds a cell of more than "
                    "{count} characters, over the limit of {count} (max-string-chars); it and the rows after it "
                    "were not read",
                    exc.limit,
                    sheet=sheet,
                    row=str(number),
                ),
                msg(
                    "Split the file, or raise the limit with --limit {name}=N if the file is genuine.",
                    name="max-string-chars",
                ),
                fmt=self.fmt,
                origin=Origin(sheet=sheet, cell=f"A{number + 1}"),
            )
        return load_error(
            self.source,
            ids.UNPARSABLE,
            msg(
                "reading sheet '{sheet}' stopped after row {row}: {reason}",
                sheet=sheet,
                row=str(number),
                reason=_describe(exc),
            ),
            msg("Fix or re-export the file from that row on."),
            fmt=self.fmt,
            origin=Origin(sheet=sheet, cell=f"A{number + 1}"),
        )

    def _header(self, cells: list[Any]) -> list[_Column] | None:
        names = [_header_text(v) for v in cells]
        if names and names[0] in _EDC_ISSUER_LABELS:
            return None
        resolved = [self.resolver.resolve(n) if n else None for n in names]
        fields = _remarks_of_offers(names, _short_names_beside_id(names, _platform_columns(names, resolved)))
        if not any(f is not None and f.path == ("id",) for f in fields):
            # A column numbering the rows ("Nr.", "Lp.", "#") is the id where no column names one.
            first = next((i for i, n in enumerate(names) if fields[i] is None and numbering(n)), None)
            if first is not None:
                fields[first] = field_for_path("id")
        if not _names_fields(names, fields):
            return None
        columns = [_Column(i, column_letter(i + 1), names[i], fields[i]) for i in range(len(names))]
        by_header: dict[str, _Column] = {}
        for column in columns:
            # "Learning outcomes" merged over the columns of its items, or typed (or repeated) over each of them:
            # each column gives more of them.
            left = columns[column.index - 1] if column.index else None
            merged = cells[column.index]
            merged_over = isinstance(merged, Merged) and not merged.down and left is not None
            if merged_over and left is not None and _lists(left.field) and column.field is None:
                column.header, column.field, column.more = left.header, left.field, True
            named = by_header.setdefault(column.header.casefold(), column)
            if named is not column and _lists(column.field) and column.field == named.field:
                column.more = True
        return columns

    def _one_price(self, sheet: str, row: int, columns: list[_Column]) -> list[_Column]:
        """The columns with one price: of a price list's two, before and with the tax ("Tarif HT | Tarif TTC",
        "Preis netto | Preis brutto"), the price with the tax is read (what a learner pays), and the other is noted
        once rather than refused in every row as a second price."""
        prices = [c for c in columns if c.field is not None and c.field is not IGNORE and c.field.path == _PRICE_PATH]
        if len(prices) != 2 or not all(without_tax_note(c.header) != c.header for c in prices):
            return columns
        gross = [c for c in prices if GROSS_WORDS & {normalise(w) for w in c.header.split()}]
        kept = gross[0] if len(gross) == 1 else prices[0]
        (other,) = (c for c in prices if c is not kept)
        message = msg(
            "column {column} '{header}' is read only in a row where column {kept} '{kept_header}' is empty: one "
            "price is read per course, that of column {kept} where it gives one",
            column=other.letter,
            header=other.header,
            kept=kept.letter,
            kept_header=kept.header,
        )
        hint = msg("No action needed; give one price column to choose the price that is read.")
        self.notes.append(
            _finding(
                COLUMNS, Severity.INFO, "/price/amount", message, hint, Origin(sheet=sheet, cell=f"{other.letter}{row}")
            )
        )
        return [replace(c, field=IGNORE, instead_of=kept, fallback=c.field) if c is other else c for c in columns]

    @staticmethod
    def _price_instead(row: _Row, column: _Column, kept: _Column, cells: list[Any]) -> _Column:
        """The column of a price list's other price (see :meth:`_one_price`), as read in a row: its price is the
        course's where the price that is read is not given (a course exempt from the tax has no price with it),
        never dropped without a word; where it is given, the column is not read."""
        # A mark for no value ("-", "n/a") gives no price with the tax either.
        cell = cells[kept.index] if kept.index < len(cells) else None
        given = isinstance(cell, Formula) or (
            is_filled(cell) and not (kept.field is not None and no_value(cell, kept.field))
        )
        if given or column.fallback is None:
            return column
        read = replace(column, field=column.fallback, instead_of=None, fallback=None)
        row.note(
            COLUMNS,
            Severity.INFO,
            column.fallback.path,
            msg(
                "{cell} (column {column} '{header}') was read as the price: column {kept} '{kept_header}', whose "
                "price is read in the other rows, gives none in this row",
                cell=f"{column.letter}{row.number}",
                column=column.letter,
                header=column.header,
                kept=kept.letter,
                kept_header=kept.header,
            ),
            msg(
                "No action needed if this price is the one a learner pays; else give it in column {kept}.",
                kept=kept.letter,
            ),
            read,
        )
        return read

    def _repeats_header(self, cells: list[Any], columns: list[_Column]) -> bool:
        """Whether a row names its columns' fields again, in other words or the same (the header's translation
        under it, or the header repeated above another block of rows): most of its filled cells, two at least,
        name the field of their column as a whole. Looking stops once most of the cells looked at name none."""
        named = other = 0
        for index, value in enumerate(cells[: len(columns)]):
            if not is_filled(value) or isinstance(value, Merged):
                continue
            text = _header_text(value)
            field_ = columns[index].field
            if field_ is not None and len(text) <= _HEADER_CHARS and self.resolver.named_plainly(text) == field_:
                named += 1
            else:
                other += 1
                if other >= 2 and other > named:
                    return False
        return named >= 2 and named > other

    def _new_header(self, cells: list[Any], columns: list[_Column]) -> list[_Column] | None:
        """The columns of a row that heads more descriptors with a header of its own: each filled cell, two at least,
        a label naming a field, no two the same, not all of them the field of their column (the header repeated,
        which :meth:`_repeats_header` tells)."""
        filled = [(i, v) for i, v in enumerate(cells) if is_filled(v)]
        if len(filled) < 2 or not all(_label_like(v) for _, v in filled):
            return None
        fields = [self.resolver.named_plainly(v) for _, v in filled]
        paths = [f.path for f in fields if f is not None]
        if len(paths) < len(filled) or len(set(paths)) < len(paths):
            return None
        if all(i < len(columns) and columns[i].field == f for (i, _), f in zip(filled, fields)):
            return None
        return self._header(cells)

    def _heads_another_table(self, cells: list[Any], columns: list[_Column]) -> bool:
        """Whether a row heads a table of something else than the descriptors above it ("Name | E-mail | Phone |
        Role" of the contacts under a course list): each cell a label of a few words without a figure, none a value
        of its column's list (a course's "English" under "Language"); two of them labels of contacts naming no field
        of their own column (the contact's "Name" under the title column may), or, none naming its own column's
        field (as a header repeated does), fewer cells than the header names fields, one naming another field."""
        filled = [(i, v) for i, v in enumerate(cells[: len(columns)]) if is_filled(v)]
        named = sum(1 for c in columns if c.field is not None)
        if len(filled) < 2 or not all(_label_like(v) for _, v in filled):
            return False
        if any(_listed_value(v, columns[i].field) for i, v in filled):
            return False
        fields = [(self.resolver.named_plainly(v), columns[i].field) for i, v in filled]
        owns = [f is not None and f == own for f, own in fields]
        if (
            sum(1 for (_, v), own in zip(filled, owns) if not own and normalise(v) in _CONTACT_LABELS)
            >= _CONTACT_COLUMNS
        ):
            return True
        if any(owns):
            return False
        return len(filled) < named and any(f is not None and f != own for f, own in fields)

    def _caption_row(self, cells: list[Any], columns: list[_Column]) -> bool:
        """Whether a row is one text cell captioning the rows under it with a field and its value ("Provider: Uni
        B" over a second block of rows), which no descriptor's own cell reads as. A cell of a list column is an
        item going on with the row above ("Assessment: design a test plan" under the outcomes), not a caption."""
        filled = [(i, v) for i, v in enumerate(cells) if is_filled(v)]
        if len(filled) != 1 or not isinstance(filled[0][1], str):
            return False
        index, text = filled[0]
        field_ = columns[index].field if index < len(columns) else None
        if field_ is not None and field_.kind in _LIST_KINDS:
            return False
        label, colon, value = text.partition(":")
        return (
            bool(colon and value.strip()) and len(label) <= _HEADER_CHARS and self.resolver.resolve(label) is not None
        )

    def _grouped(self, above: list[Any], cells: list[Any], columns: list[_Column]) -> list[_Column]:
        """The columns of a header (``cells``, named ``columns``) read with the row above it as its groups when
        the two name more fields than it alone ("Title" over "EN | FR", where "Course code" is in the header's
        row); else ``columns``."""
        names = [_header_text(v) for v in above]
        plain = [
            _Column(i, column_letter(i + 1), n, self.resolver.resolve(n) if n else None) for i, n in enumerate(names)
        ]
        both = self._sub_header(above, cells, plain)
        more = both is not None and len(_distinct([c.field for c in both])) > len(_distinct([c.field for c in columns]))
        return both if both is not None and more else columns

    def _sub_header(self, above: list[Any], cells: list[Any], columns: list[_Column]) -> list[_Column] | None:
        """The columns of a header in two rows, or ``None`` when ``cells`` (the row under the header) is not
        its second row: a group merged over sub-headers ("Workload" over "ECTS" and "Hours"), or a field
        over its languages ("Title" over "EN" and "NL"). A header cell merged down, or with nothing under it,
        keeps its field. A group over its parts and their total ("Volume horaire" over "CM | TD | TP | Total") gives
        its field to the total. The two rows are one header when they name more fields than the first alone (as
        many, where a total takes the group's field) and the second holds no number where a number belongs."""
        names: list[str] = []
        fields: list[Field | None] = []
        group = ""
        carried = totalled = False
        for index in range(max(len(cells), len(columns))):
            top = above[index] if index < len(above) else None
            # An empty cell right of a group not merged over its columns goes on with it ("Title | (empty)" over
            # "EN | FR") for a sub-header that names no field alone.
            carried = not is_filled(top) and not isinstance(top, Merged) and bool(group)
            if not (isinstance(top, Merged) and not top.down) and not carried:
                group = _header_text(top)
            cell = cells[index] if index < len(cells) else None
            if ((isinstance(cell, Merged) and cell.down) or not is_filled(cell)) and index < len(columns):
                names.append(columns[index].header)
                fields.append(columns[index].field)
                group = "" if carried else group
                continue
            if _typed_value(cell, columns[index].field if index < len(columns) else None, self.epoch):
                return None
            sub = _header_text(cell)
            alone = self.resolver.resolve(sub) if sub else None
            both = f"{group} {sub}".strip() if sub else ""
            found = self.resolver.grouped(group, sub) if group and sub and not (carried and alone) else None
            if found is None and alone is None and group and normalise(sub) in _TOTAL_WORDS:
                # "Volume horaire" over "CM | TD | TP | Total": the total is the group's figure, its parts none.
                found = self.resolver.resolve(group)
                totalled = totalled or found is not None
            group = "" if carried and alone else group
            names.append(both if found is not None else sub)
            fields.append(found if found is not None else alone)
        fields = _remarks_of_offers(names, _short_names_beside_id(names, _platform_columns(names, fields)))
        # A group's total under it names the group's field anew, in its own column: as many fields as the first row.
        fewest = len(_distinct([c.field for c in columns])) + (0 if totalled else 1)
        if not _names_fields(names, fields) or len(_distinct(fields)) < fewest:
            return None
        return [_Column(i, column_letter(i + 1), names[i], fields[i]) for i in range(len(names))]

    def _block(
        self,
        sheet: str,
        number: int,
        cells: list[Any],
        columns: list[_Column],
        spans: list[tuple[int, int]],
        index: int,
        header_row: int,
        row_source: Callable[[int], str],
    ) -> _Opened | None:
        """The descriptor the cells of table ``index`` of the tables side by side (columns ``spans``) give in row
        ``number``, named by its row and, past the first table, its columns. The first table's also reads the
        cells outside every table, so that a value there is reported."""
        start, end = spans[index]

        def own(column: int) -> bool:
            return start <= column < end or (not index and not any(a <= column < b for a, b in spans))

        inside = [c if own(c.index) else replace(c, field=IGNORE) for c in columns]
        opened = self._row(
            sheet, number, [v if own(i) else None for i, v in enumerate(cells)], inside, header_row, row_source
        )
        if opened is None:
            return None
        opened.left, opened.right = column_letter(start + 1), column_letter(end)
        if index:
            where = f"columns {opened.left}:{opened.right}"
            base = opened.document.source
            opened.document.source = f"{base[:-1]}, {where}]" if base.endswith("]") else f"{base} [{where}]"
        return opened

    def _row(
        self,
        sheet: str,
        number: int,
        cells: list[Any],
        columns: list[_Column],
        header_row: int,
        row_source: Callable[[int], str],
    ) -> _Opened | None:
        row = _Row(sheet, number, self.epoch, {c.field.path for c in columns if c.field is not None})
        # A date that can only be day first (20/12/2026) settles how the sheet writes its dates, in every date
        # column, from its own row on: the start date 01/10/2026 beside it is 1 October.
        dates = [c.index for c in columns if c.field is not None and c.field.format == "date"]
        # So does a date column headed in a language that writes dates day first ("Data di inizio").
        if any(index < len(cells) and is_day_first(cells[index]) for index in dates) or any(
            headed_day_first(c.header) for c in columns if c.index in dates
        ):
            self.day_first.update(dates)
        row.day_first = self.day_first
        split = _split_numbers(cells, columns) if self.fmt == "csv" and self.delimiter == "," else []
        for index in reversed(split):
            cells = [*cells[:index], f"{cells[index]},{cells[index + 1]}", *cells[index + 2 :]]
        # Where each joined number now stands, and the two cells it was split over.
        mended = {index - before: index for before, index in enumerate(split)}
        for index, value in enumerate(cells):
            column = columns[index] if index < len(columns) else _Column(index, column_letter(index + 1), "", None)
            if index in mended and column.field is not None:
                first = mended[index] + 1
                row.note(
                    CELLS,
                    Severity.WARNING,
                    column.field.path,
                    msg(
                        "{cells}: the number '{number}' was written with an unquoted comma, the file's delimiter, "
                        "which split it over two cells and moved the cells after them one column right; it was "
                        "read as one number under column {column} '{header}', and the cells after it under their "
                        "own columns",
                        cells=f"{column_letter(first)}{number}:{column_letter(first + 1)}{number}",
                        number=value,
                        column=column.letter,
                        header=column.header,
                    ),
                    msg('Put quotes around a number with a decimal comma ("7,5"), or save the file from Excel.'),
                    column,
                )
            if column.instead_of is not None and column.fallback is not None and is_filled(value):
                column = self._price_instead(row, column, column.instead_of, cells)
            row.cell(column, value, header_row)
        if not row.filled:
            return None
        document = Document(source=row_source(number), data=None, format=self.fmt)
        return _Opened(row, document, number, column_letter(max(len(columns), len(cells), 1)), cells=cells)


@dataclass
class _Opened:
    """The descriptor of one row, and of the rows under it that continue its lists (see :func:`_continues`)."""

    row: _Row
    document: Document
    first: int
    # The letters of the first and last column of its rows.
    right: str
    left: str = "A"
    last: int = 0
    # Notes on its rows from beyond their cells (a hidden row, a row's XML).
    extra: list[Finding] = field(default_factory=list)
    settled: bool = False
    # The cells of its own row, which a row continuing its lists may repeat.
    cells: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.last = self.first

    def extend(self, number: int, cells: list[Any], columns: list[_Column], header_row: int) -> None:
        """Read row ``number``'s list items as the next items of this descriptor's lists."""
        self.row.continue_at(number)
        self.last = number
        self.settled = False
        own = [(columns[i], v) for i, v in enumerate(cells[: len(columns)]) if not isinstance(v, Merged)]
        # Values repeating those of the descriptor's own row (one row per outcome, the module's columns, its
        # assessment too, repeated in each) were read there already.
        repeated = any(is_filled(v) and (c.field is None or c.field.kind not in _LIST_KINDS) for c, v in own)
        own = [
            (c, v)
            for c, v in own
            if not is_filled(v)
            or (
                c.field is not None
                and c.field.kind in _LIST_KINDS
                and not (repeated and c.index < len(self.cells) and _same_value(v, self.cells[c.index]))
            )
        ]
        for column, value in own:
            self.row.cell(column, value, header_row)
        if not any(is_filled(v) or isinstance(v, Formula) for _, v in own):
            return  # a row of cells merged down from the descriptor's own row
        self.extra.append(
            _finding(
                SHEETS,
                Severity.INFO,
                "",
                msg(
                    "row {row} repeats the other values of the descriptor in row {first} and adds list items, so "
                    "they were read as more items of that descriptor",
                    row=str(number),
                    first=str(self.first),
                )
                if repeated
                else msg(
                    "row {row} gives no id or title of its own, only list items, so they were read as more items "
                    "of the descriptor in row {first}",
                    row=str(number),
                    first=str(self.first),
                ),
                msg("Give each offering one row, with a list's items on new lines (Alt+Enter) in one cell."),
                Origin(sheet=self.row.sheet, cell=f"A{number}:{self.right}{number}"),
            )
        )

    def settle(self) -> None:
        """The document's data, origins and findings from the rows read so far."""
        if self.settled:
            return
        row, document = self.row, self.document
        row.pair_bodies()
        row.place_versions()
        row.fill_implied()
        row.read_crowns()
        row.read_credit_unit()
        data = row.data()
        data.setdefault("descriptor_version", "1.0")
        origins, implied = row.origins()
        origins[""] = Origin(sheet=row.sheet, cell=f"{self.left}{self.first}:{self.right}{self.last}")
        # Control characters and bidirectional controls in a cell are reported at it, as in a JSON or YAML text.
        document.data, document.origins, document.implied = data, origins, implied
        document.findings = [*row.findings, *row.unmapped(), *text_findings(data), *self.extra]
        self.settled = True


_EQF_LEVEL = ("level", "eqf")
_CURRENCY_PATH = ("price", "currency")
# The units a credit-unit column names ECTS by, as normalise() gives them.
_ECTS_UNITS = frozenset({"ects", "ectscredit", "ectscredits", "ectspoints", "ectspunkte", "ectscp"})
_NUMBERS = regex(r"\d+")
# The kinds of field whose items a row under a descriptor's row may continue.
_LIST_KINDS = frozenset({"list", "text-list", "lang-list"})
# A row giving other languages than the row above together with statements (outcomes written in them) is
# another language version of the offering, not more items of the one above.
_LANGUAGES = ("languages",)
_UNNAMED_LANGUAGE_HINT = N_(
    "Name the language in each text column's header ('Title (German)'), or give the offering's languages in a "
    "Languages column: a text of no language named is then read as in the one no other column names."
)
# Where a text of no language beside texts in named ones is kept when nothing tells its language.
_UNNAMED_LANGUAGE_KEY = "unnamed_language"
# The reason a level does not apply: a cell saying no to it (a checkbox left empty) gives none.
_NOT_APPLICABLE = ("level", "not_applicable")


def _continues(cells: list[Any], columns: list[_Column], above: list[Any]) -> bool:
    """Whether a row continues the lists of the descriptor whose own row's cells are ``above``: the header has
    an id or title column, and the row gives nothing but list items ("Learning outcomes" one per row, under a
    title merged down over them), besides values repeating ``above``'s (the module's id, title and credits
    written again in each of its outcomes' rows) as long as it adds an item of its own (a row repeated whole
    is a copy, not a continuation). A row giving other languages and statements (outcomes in them) is another
    language version. A value merged down from above is not its own."""
    if not _names_id_or_title(columns):
        return False
    own = repeats = new = relanguaged = statements = False
    for index, value in enumerate(cells):
        if isinstance(value, Merged) or not (is_filled(value) or isinstance(value, Formula)):
            continue
        field_ = columns[index].field if index < len(columns) else None
        same = index < len(above) and _same_value(value, above[index])
        if field_ is None or field_.kind not in _LIST_KINDS:
            if not same:
                return False
            repeats = True
            continue
        own, new = True, new or not same
        relanguaged = relanguaged or (field_.path == _LANGUAGES and not same)
        statements = statements or field_.kind != "list"
    if relanguaged and statements:
        return False
    if repeats:
        return own and new
    return own or any(
        isinstance(cells[c.index], Merged) and cells[c.index].down
        for c in columns
        if c.index < len(cells) and c.field is not None and c.field.path[0] in ("id", "title")
    )


def _blocks(columns: list[_Column]) -> list[tuple[int, int]] | None:
    """The column spans of tables side by side under one header row, an empty header cell parting them, each
    naming an id or a title, a later one naming fields an earlier one names ("Modulnr. | Titel | ECTS" twice);
    else ``None``."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for column in [*columns, _Column(len(columns), "", "", None)]:
        if column.header and start is None:
            start = column.index
        elif not column.header and start is not None:
            spans.append((start, column.index))
            start = None
    if len(spans) < 2 or not all(_names_id_or_title(columns[a:b]) for a, b in spans):
        return None
    named = [{c.field.path for c in columns[a:b] if c.field is not None and c.field is not IGNORE} for a, b in spans]
    return spans if any(named[i] & named[j] for i in range(len(spans)) for j in range(i)) else None


# The labels of a table of contacts (as normalise() gives them), two of which head one ("Kontakt | E-Mail | Telefon").
_CONTACT_LABELS = frozenset(
    {"contact", "contacts", "kontakt", "kontakte", "contactpersoon", "ansprechpartner", "ansprechperson", "email"}
    | {"mail", "epost", "courriel", "correo", "correoelectronico", "phone", "telephone", "tel", "telefon", "telefono"}
    | {"telefoon", "telefone", "puhelin", "fax", "role", "rolle", "funktion", "fonction", "funcion", "office", "buro"}
)
_CONTACT_COLUMNS = 2
# The most words of a label in a row heading a table.
_LABEL_WORDS = 3


def _listed_value(text: str, field: Field | None) -> bool:
    """Whether a text is a value of the list a field takes its values from (a language, a mode, a country)."""
    if field is None or field is IGNORE:
        return False
    allowed = value_forms(field.vocab, field.enum)[0]
    return bool(allowed) and as_code(text, field) in allowed


def _label_like(value: Any) -> bool:
    """Whether a cell reads as a column's label: a text of a few words, none a figure."""
    return (
        isinstance(value, str)
        and len(value) <= _HEADER_CHARS
        and len(value.split()) <= _LABEL_WORDS
        and not any(c.isdigit() for c in value)
    )


def _caption(opened: _Opened, documents: list[Document], above: int) -> bool:
    """Whether the descriptor last read is one text cell in the filled row ``above`` the one being read, and
    nothing more: a caption over a block of rows, when that row repeats the header."""
    filled = [v for v in opened.cells if is_filled(v)]
    return (
        opened.first == opened.last == above
        and bool(documents)
        and documents[-1] is opened.document
        and len(filled) == 1
        and isinstance(filled[0], str)
    )


def _same_value(value: Any, other: Any) -> bool:
    """Whether two plain cell values are the same, spaces around a text aside."""
    if isinstance(value, (Merged, Formula)) or isinstance(other, (Merged, Formula)) or type(value) is not type(other):
        return False
    return bool(value.strip() == other.strip() if isinstance(value, str) else value == other)


# Column A of the EU's EDC issuer workbook labels its header rows with these words.
_EDC_ISSUER_LABELS = frozenset({"Class", "Field", "Type"})


def _edc_issuer_rows(rows: list[tuple[int, list[Any]]]) -> bool:
    """Whether column A of the rows labels them as the EDC issuer workbook's header rows do."""
    return {_header_text(cells[0]) for _, cells in rows if cells} >= _EDC_ISSUER_LABELS


# Sheets explaining a catalogue's abbreviations, by normalised name: "Legend", "Vysvětlivky", "Zkratky".
_LEGEND_SHEETS = frozenset(
    {"legend", "legende", "leyenda", "legenda", "vysvetlivky", "vysvetlivka", "selitykset", "explanations"}
    | {"erlauterungen", "abkurzungen", "abbreviations", "afkortingen", "skroty", "zkratky", "skratky", "lyhenteet"}
    | {"forkortelser", "forkortningar", "abreviaturas", "abbreviazioni", "abreviations", "legendas"}
)
# Sheets of dropdown values or instructions beside a catalogue, by normalised name: not read as
# descriptors unless their header names an id or a title.
_LISTS_SHEETS = _LEGEND_SHEETS | frozenset(
    {"lists", "list", "listen", "liste", "listes", "listas", "listy", "lijsten", "values", "werte", "valeurs"}
    | {"valores", "valori", "wartosci", "waarden", "dropdowns", "dropdown", "auswahllisten", "lookup", "lookups"}
    | {"codes", "codelists", "vocabulary", "vocabularies", "legend", "legende", "leyenda", "legenda"}
    | {"instructions", "anleitung", "hinweise", "ausfullhinweise", "instrucciones", "istruzioni", "instrukcja"}
    | {"instructies", "toelichting", "readme", "help", "hilfe", "aide", "ayuda", "aiuto", "pomoc"}
    | {"sarasai", "seznamy", "ciselniky", "ciselnik", "zoznamy", "listak", "luettelot", "saraksti", "loendid"}
    | {"popisi", "listor", "lister", "λιστεσ", "списъци", "koodid", "kody", "codigos", "codici"}
)
# A cell marking a row of notes on the columns under the header: whether a column must be filled, an
# example, a date's format or the range of EQF levels.
_NOTE_WORDS = frozenset(
    {"mandatory", "optional", "required", "compulsory", "obligatory", "recommended", "obligatoire", "facultatif"}
    | {"pflicht", "pflichtfeld", "pflichtangabe", "freiwillig", "verplicht", "optioneel", "obligatorio"}
    | {"opcional", "obbligatorio", "facoltativo", "wymagane", "obowiazkowe", "opcjonalne", "nieobowiazkowe"}
)
_NOTE_MARK = regex(
    r"(?:^|[\s(])(?:e\.\s?g\.|z\.\s?b\.|ex\.|p\.\s?ex\.|ej\.|es\.|bijv\.|bv\.|np\.)"
    r"|^(?:example|beispiel|exemple|ejemplo|esempio|voorbeeld|przyk.ad|format)\s*(?:[:(]|$)"
    r"|\b(?:dd|tt|jj|gg|pp)[./-](?:mm|kk)[./-](?:yyyy|jjjj|aaaa|rrrr|gggg|vvvv|éééé|åååå|yy|jj|aa)\b\.?"
    r"|\b(?:yyyy|jjjj|aaaa|rrrr|gggg|vvvv|éééé|åååå)[./-](?:mm|kk)[./-](?:dd|tt|jj|gg|pp)\b"
    r"|\b1\s*(?:-|–|à|a|bis|to|tot|do|al)\s*8\b",
    re.IGNORECASE,
)
# A note that a column's dates are written day first: DD/MM/YYYY, JJ/MM/AAAA, TT.MM.JJJJ ...
_DAY_FIRST_NOTE = regex(r"\b(?:dd|tt|jj|gg|pp)[./-](?:mm|kk)[./-]", re.IGNORECASE)
# A cell naming a totals row, as normalised text.
# A note under (or over) a table: a footnote mark, or a word for a note, source or date of the data and a colon.
_FOOTNOTE = regex(
    r"^(?:[*†‡§¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,2}\)\s|\[\d{1,2}\]\s"
    r"|(?:notes?|nb|n\.b\.|source|sources|hinweis|hinweise|anmerkung|anmerkungen|quelle|stand|remarque|remarques"
    r"|note de bas de page|nota|notas|fuente|fonte|opmerking|opmerkingen|bron|uwaga|uwagi|źródło|legend|legende)"
    r"\s?:)",
    re.IGNORECASE,
)
# The fewest words a note in the id column has (an id has one).
_NOTE_WORD_COUNT = 4
# How a sentence ends, which a title does not.
_SENTENCE_ENDS = (".", "!")
# The header over the values of a sheet laid out field by field ("Field | Value"): not a value.
_VALUE_WORDS = frozenset(
    {"value", "values", "wert", "werte", "angabe", "angaben", "valeur", "valeurs", "valor", "valores", "valore"}
    | {"valori", "waarde", "waarden", "wartosc", "wartosci", "entry", "eintrag", "inhalt", "contenu", "contenido"}
)
# The header over a legend's explanations of the columns of another sheet ("Column | Description").
_EXPLAINED = frozenset(
    {"description", "explanation", "meaning", "beschreibung", "erlauterung", "erklarung", "bedeutung"}
    | {"explication", "signification", "descripcion", "explicacion", "significado", "descrizione", "spiegazione"}
    | {"significato", "beschrijving", "toelichting", "uitleg", "betekenis", "opis", "objasnienie", "znaczenie"}
)
# A sheet laid out field by field names them in one of its first columns, three fields at least.
_LABEL_COLUMNS = 3
_LABEL_FIELDS = 3
# The longest cell text looked up as a header when a row may repeat the header.
_HEADER_CHARS = 80
_TOTAL_WORDS = frozenset(
    {"total", "totals", "grandtotal", "sum", "summe", "gesamt", "insgesamt", "gesamtsumme", "totaal", "totale"}
    | {"totalgeneral", "somma", "razem", "suma", "ogolem", "totalen", "somme", "celkem", "celkom", "spolu"}
    | {"osszesen", "ialt", "totalt", "yhteensa", "kokku", "kopa", "isviso", "ukupno", "skupaj", "общо", "συνολο"}
)


# The words a heading over a group of rows begins or ends with, naming a part of an institution or of a study
# year (as normalise() gives them), in the EU's languages ("Faculty of Law", "Juristische Fakultät", "Právnická
# fakulta", "Wydział Prawa", "Semester 2"): a descriptor's title neither begins nor ends with one.
_HEADING_WORDS = frozenset(
    {"faculty", "school", "department", "institute", "division", "college", "semester", "trimester"}
    | {"fakultat", "fachbereich", "institut", "lehrstuhl", "abteilung", "faculte", "departement", "ecole", "ufr"}
    | {"semestre", "facultad", "departamento", "escuela", "facolta", "dipartimento", "scuola", "faculteit"}
    | {"afdeling", "faculdade", "escola", "wydział", "katedra", "instytut", "semestr", "fakulta", "ustav"}
    | {"fakultet", "tanszek", "kar", "fakulteta", "oddelek", "teaduskond", "fakultetas", "fakultate"}
    # a year of study, and the compulsory or elective modules of a programme
    | {"year", "studienjahr", "annee", "anno", "ano", "rok", "studiejaar", "jaar", "vuosi", "evfolyam"}
    | {"elective", "electives", "compulsory", "mandatory", "optional", "pflichtmodule", "wahlpflichtmodule"}
    | {"wahlmodule", "wahlpflichtbereich", "pflichtbereich", "povinne", "volitelne", "obligatoriu", "optionale"}
)


# A platform's short name of a course (Moodle's "shortname", Canvas's "short_name"), as normalise() gives it.
_SHORT_NAMES = frozenset({"shortname", "courseshortname"})


def _short_names_beside_id(names: list[str], fields: list[Field | None]) -> list[Field | None]:
    """The fields of a header's columns, a short name kept as ``extensions.short_name`` where another column
    names the id (Moodle's ID number, Canvas's course_id): it is the id only where none does."""
    ids = [i for i, f in enumerate(fields) if f is not None and f.path == ("id",)]
    short = {i for i in ids if normalise(names[i]) in _SHORT_NAMES}
    if not short or len(short) == len(ids):
        return fields
    kept = field_for_path("extensions.short_name")
    return [kept if i in short else f for i, f in enumerate(fields)]


# Moodle's own columns of a course upload, as normalise() gives them: beside two of them a "format" column is the
# layout of the course page (topics, weeks, social, singleactivity), not the mode of participation, and is kept as
# extensions.course_format (Moodle's "course format").
_MOODLE_COLUMNS = frozenset({"shortname", "fullname", "idnumber", "category", "categoryidnumber", "categorypath"})
_MOODLE_FORMAT = "format"
# Coursera's own columns of a partner's course sheet, as normalise() gives them: beside two of them a bare "Partner"
# is the university or company offering the course; elsewhere a partner may be a partner university or a company
# of a programme's, so the word alone names no field.
_COURSERA_COLUMNS = frozenset({"primarylanguage", "estimatedworkload", "whatyouwilllearn", "launchdate"})
_COURSERA_PARTNER = "partner"
_PLATFORM_COLUMNS = 2


def _platform_columns(names: list[str], fields: list[Field | None]) -> list[Field | None]:
    """The fields of a header's columns, those a learning platform's export names in its own sense read so: Moodle's
    course format kept as ``extensions.course_format``, Coursera's partner the awarding body's name."""
    keys = [normalise(name) for name in names]
    if len(_MOODLE_COLUMNS.intersection(keys)) >= _PLATFORM_COLUMNS:
        kept = field_for_path("extensions.course_format")
        fields = [kept if key == _MOODLE_FORMAT else f for key, f in zip(keys, fields)]
    if len(_COURSERA_COLUMNS.intersection(keys)) >= _PLATFORM_COLUMNS:
        partner = field_for_path("awarding_bodies.0.name")
        fields = [partner if key == _COURSERA_PARTNER and f is None else f for key, f in zip(keys, fields)]
    return fields


def _remarks_of_offers(names: list[str], fields: list[Field | None]) -> list[Field | None]:
    """The fields of a header's columns, a "Note" or "Nota" column kept as ``extensions.note`` where no column
    names a learner, an issue date or the kind: in a catalogue of offers it holds remarks (Portuguese, Romanian,
    English), not the grade a learner achieved (French, Spanish)."""
    credential = any(f is not None and f.path[:1] in (("learner",), ("issue_date",), ("kind",)) for f in fields)
    remarks = {
        i for i, f in enumerate(fields) if f is not None and f.path == ("grade",) and normalise(names[i]) in _REMARKS
    }
    if credential or not remarks:
        return fields
    kept = field_for_path("extensions.note")
    return [kept if i in remarks else f for i, f in enumerate(fields)]


# Headers naming a grade in some languages and remarks in others.
_REMARKS = frozenset({"note", "nota", "notes", "notas"})


def _distinct(fields: list[Field | None]) -> set[tuple[str, ...]]:
    return {f.path for f in fields if f is not None and f is not IGNORE}


def _names_fields(names: list[str], fields: list[Field | None]) -> bool:
    """Whether header names are a descriptor header: two different fields or more (or the only name
    filled), and most names filled naming a field, or a quarter of them when an id and a title are among
    them (a catalogue in a language whose other headers the aliases do not know: each is reported). A
    sheet where most headers mean nothing to us (an ELM mapping table, the EDC issuer's Class/Field/Type
    rows, instructions naming one field twice) is not a descriptor sheet."""
    filled = [n for n in names if n]
    known = sum(1 for f in fields if f is not None)
    named = {f.path[:1] for f in fields if f is not None and f is not IGNORE}
    enough = known * 2 >= len(filled) or ({("id",), ("title",)} <= named and known * 4 >= len(filled))
    if not filled or not enough:
        return False
    return len(filled) == 1 == known or len(_distinct(fields)) + fields.count(IGNORE) >= 2


def _lists_sheet(sheet: str, columns: list[_Column]) -> bool:
    """A sheet of dropdown values or instructions (``Lists``, ``Listen``, ``Anleitung`` ...) whose header names no
    title, nor more than a code and its label (``Code | Country``); or a legend of abbreviations (``Legend``,
    ``Vysvětlivky``) whose header names no more than a code and what it stands for (``Code | Name``): its rows are
    not descriptors."""
    named = _distinct([c.field for c in columns])
    titled = any(c.field is not None and c.field.path[:1] == ("title",) for c in columns)
    if normalise(sheet) in _LEGEND_SHEETS and len({path[0] for path in named}) <= _CODE_LIST_FIELDS:
        return True  # (a name in two languages is one field: "Kód | Název | Název anglicky")
    return (
        normalise(sheet) in _LISTS_SHEETS
        and not titled
        and (len(named) <= _CODE_LIST_FIELDS or not _names_id_or_title(columns))
    )


# A code list names two fields: a code of a vocabulary and its label (a title).
_CODE_LIST_FIELDS = 2


def _code_list(columns: list[_Column]) -> bool:
    """Whether a header names only a vocabulary's code and its label (``Country | Name``, ``ISCED-F | Title``,
    ``EQF level | Title``), as a sheet of dropdown values or lookups does. An id and a title are the least a
    sheet of descriptors gives, so ``Code | Name`` is read."""
    named = [c.field for c in columns if c.field is not None and c.field is not IGNORE]
    if len(named) != _CODE_LIST_FIELDS or len({f.path for f in named}) != _CODE_LIST_FIELDS:
        return False
    label = [f for f in named if f.path[0] == "title"]
    code = [f for f in named if f.path[0] != "title" and f.vocab is not None]
    return len(label) == 1 and len(code) == 1


# The most rows a dropdown's list of codes is told by (a country list has some 250).
_DROPDOWN_ROWS = 1000


def _vocabulary_row(data: dict[str, Any]) -> bool:
    """Whether a row read as a descriptor is only a code of a vocabulary (a country's, a language's, a currency's)
    and its name: ``LT | Lietuva`` under ``Kodas | Pavadinimas`` (not ``DE | Deutsch für Pflegekräfte``, an
    offering whose id looks like a code)."""
    code, name = data.get("id"), data.get("title")
    if set(data) - {"id", "title", "descriptor_version"} or not isinstance(code, str) or not isinstance(name, str):
        return False
    named = (value_reader.country(name), value_reader.language(name), value_reader.currency(name))
    return code.strip().casefold() in {found.casefold() for found in named if found}


def _dropdown_sheet(sheet: str, catalogue: str) -> Finding:
    """The note on a hidden or list sheet of codes and their names beside the catalogue, not read."""
    return _finding(
        SHEETS,
        Severity.INFO,
        "",
        msg(
            "sheet '{sheet}' lists codes of a vocabulary (countries, languages or currencies) and their names, the "
            "values of a dropdown beside the descriptors of sheet '{catalogue}'; it was not read",
            sheet=sheet,
            catalogue=catalogue,
        ),
        msg("Give the sheet the other columns of a descriptor if it holds descriptors."),
        Origin(sheet=sheet, cell="A1"),
    )


def _code_first(columns: list[_Column]) -> bool:
    """Whether a code list's code column comes before its label, as in a lookup table (a lookup searches its
    first column). A visible sheet led by titles (``Title | EQF level``, ``Course title | Field of education``)
    lists offerings with one coded field each, not codes and their labels."""
    named = [c.field for c in columns if c.field is not None and c.field is not IGNORE]
    return bool(named) and named[0].path[0] != "title"


def _code_list_sheet(sheet: str, row: int, columns: list[_Column], catalogue: str | None) -> Finding:
    """The note on a sheet of codes and their labels that was not read."""
    named = " | ".join(c.header for c in columns if c.field is not None and c.field is not IGNORE)
    return _finding(
        SHEETS,
        Severity.INFO,
        "",
        msg(
            "sheet '{sheet}' reads as a list of codes and their labels (its header in row {row} names only "
            "{columns}) beside the descriptors of sheet '{catalogue}'; it was not read",
            sheet=sheet,
            row=str(row),
            columns=quoted_cell(named),
            catalogue=catalogue,
        )
        if catalogue is not None
        else msg(
            "sheet '{sheet}' reads as a list of codes and their labels (its header in row {row} names only "
            "{columns}); it was not read",
            sheet=sheet,
            row=str(row),
            columns=quoted_cell(named),
        ),
        msg("Give the sheet the other columns of a descriptor if it holds descriptors."),
        Origin(sheet=sheet, cell="A1"),
    )


def _far_header_names(columns: list[_Column]) -> bool:
    """Whether a header found below the first rows searched names enough to be one: an id or a title column, and
    :data:`_FAR_HEADER_FIELDS` fields or more (a row of a table of other things names one or two)."""
    return _names_id_or_title(columns) and len(_distinct([c.field for c in columns])) >= _FAR_HEADER_FIELDS


def _names_id(columns: list[_Column]) -> bool:
    """Whether a header has an id column."""
    return any(c.field is not None and c.field.path == ("id",) for c in columns)


def _names_id_or_title(columns: list[_Column]) -> bool:
    """Whether a header has an id or a title column, as a sheet of descriptors has."""
    return any(c.field is not None and c.field.path[:1] in (("id",), ("title",)) for c in columns)


def _hidden_sheet_note(state: str, sheet: str) -> Finding:
    """The note on a hidden sheet that was not read: it has no header row with an id or title column."""
    return _finding(
        SHEETS,
        Severity.INFO,
        "",
        _hidden_sheet(state, sheet),
        msg("Unhide the sheet if it holds descriptors."),
        Origin(sheet=sheet, cell="A1"),
    )


def _unordered(sheet: str, number: int, after: int) -> Text:
    """The note on a row that comes after a row of its number or a later one in the file."""
    if number == after:
        return msg(
            "row {row} of sheet '{sheet}' is given twice in the file; both were read, in the order given",
            row=str(number),
            sheet=sheet,
        )
    return msg(
        "row {row} of sheet '{sheet}' comes after row {previous} in the file; it was read in the order given",
        row=str(number),
        sheet=sheet,
        previous=str(after),
    )


def _keep(part: _Opened, notes: list[Finding], hidden_note: Finding | None, documents: list[Document]) -> None:
    """Settle a descriptor read from rows, with the notes on the rows before it, and keep it."""
    if hidden_note is not None:
        part.extra.append(hidden_note)
    part.extra.extend(notes)
    part.settle()
    documents.append(part.document)


def _hidden_row_note(sheet: str, number: int, cells: list[Any], state: str, hidden: Container[int]) -> Finding | None:
    """The note on a descriptor read from a hidden row, or from a row of a hidden sheet; ``None`` for a
    visible row of a visible sheet."""
    if state == "visible" and number not in hidden:
        return None
    span = Origin(sheet=sheet, cell=f"A{number}:{column_letter(max(len(cells), 1))}{number}")
    if state != "visible":
        message = msg(
            "row {row} is on the hidden sheet '{sheet}'; it was read and checked like the rows of visible sheets",
            row=str(number),
            sheet=sheet,
        )
    else:
        message = msg(
            "row {row} of sheet '{sheet}' is hidden; it was read and checked like the visible rows",
            row=str(number),
            sheet=sheet,
        )
    return _finding(
        SHEETS,
        Severity.INFO,
        "",
        message,
        msg("Delete the row if the offering was withdrawn; hiding it does not leave it out of the check."),
        span,
    )


def _typed_value(value: Any, spec: Field | None, epoch: date = EXCEL_EPOCH) -> bool:
    """Whether ``value`` reads as a value of a number, yes/no or date field (a cell of a descriptor row)."""
    if spec is None or spec is IGNORE or not is_filled(value) or isinstance(value, (Formula, Merged)):
        return False
    if spec.kind in ("number", "integer", "boolean") or spec.format == "date":
        converted = convert(value, spec, epoch).value
        if spec.format == "date":
            return bool(ISO_DATE.match(str(converted)))
        return not isinstance(converted, str)
    return False


# A unit alone in a cell, bracketed or after "in": "[ECTS]", "(h)", "€", "in EUR".
_UNIT_CELL = regex(r"^(?:in\s+)?[\[(]?\s*(?P<unit>[^\[\]()\d]{1,12}?)\s*[\])]?$", re.IGNORECASE)
# The fewest units that make a row of units under the header.
_UNITS_IN_ROW = 2


def _units_row(cells: list[Any], columns: list[_Column], resolver: ColumnResolver) -> list[_Column] | None:
    """The header's columns closed by the units a row right under it gives ("Teilnahmegebühr" over "[€]" is
    "Teilnahmegebühr (€)", "Workload" over "(hours)" the hours), or ``None`` when the row is not one: each
    filled cell is a unit of its column's field, and two or more are."""
    units: dict[int, tuple[str, Field]] = {}
    for index, value in enumerate(cells):
        if not is_filled(value):
            continue
        match = _UNIT_CELL.match(_header_text(value).strip())
        if match is None or index >= len(columns):
            return None
        header = f"{columns[index].header} ({match['unit']})"
        spec = columns[index].field or resolver.resolve(header)
        if spec is None or spec is IGNORE or not unit_of(match["unit"], spec):
            return None
        units[index] = header, spec
    if len(units) < _UNITS_IN_ROW:
        return None
    return [replace(c, header=units[c.index][0], field=units[c.index][1]) if c.index in units else c for c in columns]


def _notes_row(cells: list[Any], columns: list[_Column], epoch: date = EXCEL_EPOCH) -> bool:
    """A row of notes on the columns between the header and the first descriptor ("Mandatory", "e.g. 5",
    "DD/MM/YYYY", "1-8"): a cell marks it so, and no number, yes/no or date column holds a value."""
    pairs = [(v, columns[i].field if i < len(columns) else None) for i, v in enumerate(cells) if is_filled(v)]
    if any(_typed_value(v, f, epoch) for v, f in pairs):
        return False
    texts = [_header_text(v) for v, _ in pairs]
    return any(normalise(t) in _NOTE_WORDS or _NOTE_MARK.search(t) for t in texts)


def _example_row(cells: list[Any], columns: list[_Column]) -> bool:
    """A template's example under the header, whatever its other cells hold: its id or title is marked as an
    example ("Example: MC-000", "e.g. Data Literacy")."""
    return any(
        c.field is not None
        and c.field.path[:1] in (("id",), ("title",))
        and c.index < len(cells)
        and _NOTE_MARK.match(_header_text(cells[c.index])) is not None
        for c in columns
    )


def _totals_row(cells: list[Any], columns: list[_Column]) -> bool:
    """A row summing the ones above it: one text cell is "Total" (or "Summe", "Razem" ...), every other
    filled cell a number, a formula, or a sum with its unit ("11 pkt ECTS", "150 h", "4 150 zł")."""
    filled = [v.value if isinstance(v, Merged) else v for v in cells if is_filled(v)]
    words = [v for v in filled if isinstance(v, str) and normalise(v) in _TOTAL_WORDS]
    others = [v for v in filled if not (isinstance(v, str) and normalise(v) in _TOTAL_WORDS)]
    numeric = all(
        isinstance(v, Formula)
        or type(as_number(v)) in (int, float)
        or (isinstance(v, str) and (workload_written(v) is not None or price(v) is not None))
        for v in others
    )
    return len(words) == 1 and numeric and bool(columns)


def _form_header(columns: list[_Column]) -> bool:
    """Whether a header reads as a row of a form: two fields or more, each named beside a value that names none
    ("Title | Data Ethics | Course code | DE-1")."""
    named = [c.index for c in columns if c.field is not None]
    return len(named) >= 2 and all(
        i + 1 < len(columns) and columns[i + 1].field is None and columns[i + 1].header for i in named
    )


def _column_languages(
    named: list[tuple[int, int, list[Any], Field | None, str]], given: list[int | None]
) -> list[str] | None:
    """The language each value column of a sheet laid out field by field is in, when its first row heads them
    by languages ("Field | English | Deutsch") and they give no two ids: one offering's language versions. The
    first row naming the language field ("Language | English | German") gives two offerings' languages."""
    first = named[0]
    if len(given) < 2 or (first[3] is not None and first[3].path[:1] in (("language",), ("languages",))):
        return None
    codes: list[str] = []
    for index in given:
        text = _header_text(first[2][index]) if index is not None and index < len(first[2]) else ""
        found = sheet_language(text) if text else None
        if found is None or found[0]:
            return None
        codes.append(found[1])
    ids_ = {
        _header_text(cells[index])
        for _, _, cells, f, _ in named
        if f is not None and f.path == ("id",)
        for index in given
        if index is not None and index < len(cells) and _header_text(cells[index])
    }
    return codes if len(set(codes)) == len(codes) and len(ids_) <= 1 else None


def _heads_columns(named: list[tuple[int, int, list[Any], Field | None, str]]) -> bool:
    """Whether the first row of a sheet laid out field by field heads its value columns ("Field | Offer 1 |
    Offer 2") rather than giving a field: its name, taken for a field ("Field" for the field of education), is
    given again by a later row's name."""
    first = named[0][3]
    return first is not None and any(f is not None and f.path == first.path and h for *_, f, h in named[1:])


def _footnote_row(cells: list[Any], columns: list[_Column]) -> bool:
    """A row of one text cell that is a note on the sheet, not a descriptor: marked as a footnote or a note
    ("* ECTS = European Credit Transfer ...", "Note: ...", "Quelle: ..."), or words in the id column
    ("Last updated on 3 March 2025 by the QA office"), where an id never has that many, or a word of letters not
    all capitals, alone or among others, as a heading over a group of rows has ("Faculty of Economics", "Semester
    1", "Pflichtmodule:"),
    where the words of an id are codes ("MC 2025 01"); or words (two or more, one a word of letters) in any
    other column but a list's (whose cell goes on with the row above) or the title's where the sheet has an id
    column, which a descriptor's row fills; or, in the title column, whose lone cell is a descriptor yet to be
    filled in, words beginning or ending with one naming a part of an institution or of a year, as a heading's
    do ("Faculty of Law", "Juristische Fakultät", "Semester 2"), or a sentence of four words or more ending in a full
    stop ("Prices exclude VAT at 23%.")."""
    filled = [(i, v) for i, v in enumerate(cells) if is_filled(v)]
    if len(filled) != 1 or not isinstance(filled[0][1], str):
        return False
    index, text = filled[0][0], filled[0][1].strip()
    field_ = columns[index].field if index < len(columns) else None
    words = text.split()
    heading = len(words) > 1 and any(w.isalpha() and not w.isupper() for w in words)
    # one word of letters not all capitals ("Pflichtmodule:", "Grundlagen", "Electives"): an id is a code
    word = len(words) == 1 and text.rstrip(":").isalpha() and not text.isupper()
    if field_ is not None and field_.path == ("id",):
        return len(words) >= _NOTE_WORD_COUNT or heading or word
    lettered = len(words) > 1 and any(w.isalpha() for w in words)
    if field_ is not None and field_.path[:1] == ("title",) and _group_heading(words):
        return True
    if lettered and field_ is not None and field_.path[:1] == ("title",):
        if len(words) >= _NOTE_WORD_COUNT and text.endswith(_SENTENCE_ENDS):
            return True  # a sentence ("Les prix s'entendent TVA non applicable."), which no title is
    elif lettered and (field_ is None or field_.kind not in _LIST_KINDS) and _names_id(columns):
        return True
    label, colon, _ = text.partition(":")
    return _FOOTNOTE.match(text) is not None or bool(colon and normalise(label) in _TOTAL_WORDS)


def _group_heading(words: list[str]) -> bool:
    """Whether a title cell's words head a group of rows: beginning or ending, a study year's number aside, with a
    word naming a part of an institution or of a year ("Faculty of Law", "Semester 2", "Zimní semestr 2026/27"),
    a term's compound ("Wintersemester 2026/27", "Sommersemester") or a term's abbreviation before its year ("WS
    2026/27", "SoSe 2027")."""
    named = [normalise(w) for w in words if not _STUDY_YEAR.match(w)]
    if not named:
        return False
    if len(named) < len(words) and len(named) == 1 and named[0] in _TERM_ABBREVIATIONS:
        return True
    if named[-1] in _TERM_WORDS and len(words) > 1:
        return True
    if any(named[-1] == season + term for season in _SEASONS for term in _TERM_WORDS):
        return True
    return len(words) > 1 and bool({named[0], named[-1]} & _HEADING_WORDS)


# A study year or a year's number beside a heading's words ("2026/27", "2026-2027", "2", "II").
_STUDY_YEAR = regex(r"^(?:\d{1,4}(?:[/-]\d{2,4})?\.?|[IVX]{1,4}\.?)$")
# A term by the word its compounds end with ("Wintersemester", "Sommersemester", "Herbsttrimester"), and the German
# and Swedish terms' abbreviations (Wintersemester, Sommersemester; höstterminen, vårterminen).
_TERM_WORDS = ("semester", "semestr", "semestre", "trimester", "trimestre")
# The seasons a term's compound begins with ("Wintersemester", "Sommersemester", "Herbsttrimester"): a course's name
# may end in "semester" too ("Praxissemester", "Auslandssemester").
_SEASONS = (
    *("winter", "sommer", "summer", "herbst", "fruhjahrs", "fruhlings", "autumn", "spring", "fall"),
    *("najaars", "voorjaars", "zomer", "lente", "herfst", "efterars", "forars", "høst", "host", "var", "vinter"),
)
_TERM_ABBREVIATIONS = frozenset({"ws", "ss", "wise", "sose", "ht", "vt"})


# Why a row under the header was not read, by kind: the message and the hint (:func:`_skipped_row` makes the one kind
# whose rows under it go unread too, "table", a warning).
_SKIPPED_ROW = {
    "totals": (
        N_("row {row} of sheet '{sheet}' totals the rows above ({cells}); it was not read"),
        N_("If the row is a descriptor, type its values over the notes or totals."),
    ),
    "footnote": (
        N_("row {row} of sheet '{sheet}' holds a note ({cells}), not a descriptor; it was not read"),
        N_("If the row is a descriptor, give it its other values too."),
    ),
    "new header": (
        N_(
            "row {row} of sheet '{sheet}' heads more descriptors with columns of its own ({cells}); the rows under it "
            "were read by them"
        ),
        N_("If the row is a descriptor, type its values over the notes or totals."),
    ),
    "table": (
        N_(
            "row {row} of sheet '{sheet}' heads another table ({cells}), not a descriptor; it and the rows under it "
            "were not read"
        ),
        N_("If the rows under it are descriptors, put them on a sheet of their own with their header."),
    ),
    "header": (
        N_("row {row} of sheet '{sheet}' names the columns' fields again ({cells}), as a header does; it was not read"),
        N_("If the row is a descriptor, type its own values over the column names."),
    ),
    "notes": (
        N_("row {row} of sheet '{sheet}' holds notes on the columns ({cells}), not a descriptor; it was not read"),
        N_("If the row is a descriptor, type its values over the notes or totals."),
    ),
}


def _skipped_row(sheet: str, number: int, cells: list[Any], kind: str) -> Finding:
    """The note on a row under the header that was not read (a kind of ``_SKIPPED_ROW``): notes on the columns, a
    totals row, a note on the sheet, the header again, or the header of other descriptors or of another table."""
    span = Origin(sheet=sheet, cell=f"A{number}:{column_letter(max(len(cells), 1))}{number}")
    shown = quoted_cell(" | ".join(_header_text(v) or as_text(v) for v in cells if is_filled(v)))
    message, hint = _SKIPPED_ROW[kind]
    return _finding(
        SHEETS,
        Severity.WARNING if kind == "table" else Severity.INFO,  # the rows under a table go unread
        "",
        msg(message, row=str(number), sheet=sheet, cells=shown),
        msg(hint),
        span,
    )


def _far_header(sheet: str, row: int) -> Finding:
    """The note on a header found below the first rows searched, the rows above it not read."""
    return _finding(
        SHEETS,
        Severity.INFO,
        "",
        msg(
            "the header of sheet '{sheet}' is row {row}, below rows naming no descriptor fields; the rows above "
            "it were not read",
            sheet=sheet,
            row=str(row),
        ),
        msg("If rows above the header hold descriptors, move the header row above them."),
        Origin(sheet=sheet, cell=f"A{row}"),
    )


def _skipped_sheet(sheet: str, row: int) -> Finding:
    return _finding(
        SHEETS,
        Severity.INFO,
        "",
        msg(
            "sheet '{sheet}' reads as lists of values or instructions (its header in row {row} names no id or "
            "title column); it was not read",
            sheet=sheet,
            row=str(row),
        ),
        msg("Give the sheet an id or title column if it holds descriptors."),
        Origin(sheet=sheet, cell="A1"),
    )


# What to do about a table whose columns the aliases do not know.
_MAPPING_HINT = msg(
    "Name the columns' descriptor fields in a mapping file (--mapping FILE, one line per column: "
    "'LV-Nr.: id'), or rename the headers to descriptor fields (id, title.en, workload.ects ...); "
    "'qa-checker template' shows them."
)
# A table: a header of this many filled cells over rows of at least as many (instructions and notes
# sheets hold a column or two of text).
_TABLE_WIDTH = 3


def _table_header(rows: list[tuple[int, list[Any]]]) -> tuple[int, list[str]] | None:
    """The header row of rows laid out as a table (a row of short texts over rows as wide), and its texts;
    ``None`` when they read as instructions, notes or lists."""
    for at, (number, cells) in enumerate(rows):
        texts = [_header_text(v) for v in cells if is_filled(v)]
        if len(texts) < _TABLE_WIDTH:
            continue
        if sum(1 for v in cells if isinstance(v, str) and 0 < len(v.strip()) <= 80) < len(texts) * 0.8:
            return None
        wide = [c for _, c in rows[at + 1 :] if sum(1 for v in c if is_filled(v)) >= _TABLE_WIDTH]
        return (number, texts) if wide else None
    return None


# A whole number, and the digits after a comma that belong to it (a decimal comma, or grouped thousands); and the
# most such splits one row is mended of, among at most so many cells that could be one (a bounded search).
_WHOLE, _AFTER_COMMA = regex(r"^\s*\d+\s*$"), regex(r"^\d{1,3}\s*$")
_MOST_SPLITS, _MOST_SPLIT_CELLS = 3, 12


def _split_numbers(cells: list[Any], columns: list[_Column]) -> list[int]:
    """The indexes of a comma-separated row's number cells that an unquoted comma split in two (``7,5`` read as
    ``7`` and ``5``): the one way of joining cells to the cell after them that brings every filled cell under a
    named column and each joined number under a number column. None when the row does not reach past the header's
    last named column, or when no way or more than one does (``5,125,5`` under ECTS and Hours)."""
    named = max((c.index + 1 for c in columns if c.header), default=0)
    over = max((i + 1 for i, v in enumerate(cells) if is_filled(v)), default=0) - named
    if not 0 < over <= _MOST_SPLITS:
        return []
    pairs = [
        i
        for i in range(len(cells) - 1)
        if isinstance(cells[i], str)
        and isinstance(cells[i + 1], str)
        and _WHOLE.match(cells[i])
        and _AFTER_COMMA.match(cells[i + 1])
    ]
    if len(pairs) > _MOST_SPLIT_CELLS:
        return []

    def numeric(index: int) -> bool:
        field = columns[index].field if index < named else None
        return field is not None and field.kind in ("number", "integer")

    ways = [
        list(joined)
        for joined in itertools.combinations(pairs, over)
        if all(b > a + 1 for a, b in itertools.pairwise(joined))
        and all(numeric(index - before) for before, index in enumerate(joined))
    ]
    return ways[0] if len(ways) == 1 else []


def _lists(field: Field | None) -> bool:
    """Whether a column's field is a list its cells give items of (learning outcomes, assessment types)."""
    return field is not None and field.kind in ("list", "text-list")


def _header_text(value: Any) -> str:
    if value is None or isinstance(value, (Formula, Merged)):
        return ""
    return " ".join(str(value).split())


class _Row:
    """One row being turned into descriptor data, with its origins and findings."""

    def __init__(
        self, sheet: str, number: int, epoch: date = EXCEL_EPOCH, given: Container[tuple[str, ...]] = ()
    ) -> None:
        self.sheet = sheet
        self.number = number
        self.epoch = epoch
        # The fields the header has columns for: a value a cell implies for one of them is taken only when the row
        # leaves that column's cell empty ("49 €" beside an empty currency cell), at its end (see fill_implied).
        self.given = given
        self.pending: list[tuple[tuple[str, ...], Any, Origin, _Column, str]] = []
        # The indexes of the sheet's columns that write dates day first, shared by its rows.
        self.day_first: set[int] = set()
        self.tree: dict[str, Any] = {}
        # The column (letter, header) that gave each path.
        self.owners: dict[tuple[str, ...], tuple[str, str]] = {}
        # The column that gave each path (see place_versions).
        self.owner_columns: dict[tuple[str, ...], _Column] = {}
        # The cells of each path, those that give a value and those left empty.
        self.places: list[tuple[tuple[str, ...], Origin]] = []
        self.blank_places: list[tuple[tuple[str, ...], Origin]] = []
        # The columns that give one language of every item of a list ("Learning outcomes (EN)"), filled or not.
        self.language_columns: list[tuple[tuple[str, ...], Origin]] = []
        self.findings: list[Finding] = []
        # The filled cells of columns naming no descriptor field (column, cell, header row, row), told in one warning.
        self.ignored: list[tuple[_Column, str, int, int]] = []
        self.filled = False
        # Whether the row being read continues the lists of the rows above it, and where each list it
        # continues (by its raw tokens) goes on.
        self.continuing = False
        self.next_items: dict[tuple[str, ...], int] = {}
        # Texts given in a named language beside a text of the same field in none (see place_versions).
        self.versions: list[tuple[tuple[str, ...], str | None, Any, _Column]] = []

    def unmapped(self) -> list[Finding]:
        """One warning on the values of the columns that name no descriptor field, however many they are."""
        if not self.ignored:
            return []
        column, cell, header_row, _ = self.ignored[0]
        if len(self.ignored) > 1:
            named = dict.fromkeys(f"{c.letter} '{c.header}'" if c.header else c.letter for c, *_ in self.ignored)
            message = msg(
                "the values in {cells} were ignored, under columns that name no descriptor field: {columns}",
                cells=listed(cell for _, cell, _, _ in self.ignored),
                columns=listed(named),
            )
            indexes = [c.index for c, *_ in self.ignored]
            rows = [number for *_, number in self.ignored]
            left, right = column_letter(min(indexes) + 1), column_letter(max(indexes) + 1)
            cell = f"{left}{min(rows)}:{right}{max(rows)}"
        elif column.header:
            message = msg(
                "column {column} '{header}' does not name a descriptor field; the value in {cell} was ignored",
                column=column.letter,
                header=column.header,
                cell=cell,
            )
        else:
            message = msg(
                "column {column} (no header in row {row}) does not name a descriptor field; the value in "
                "{cell} was ignored",
                column=column.letter,
                row=str(header_row),
                cell=cell,
            )
        return [_finding(COLUMNS, Severity.WARNING, "", message, _MAPPING_HINT, Origin(sheet=self.sheet, cell=cell))]

    def continue_at(self, number: int) -> None:
        """Read the cells of row ``number`` next, as more items of this descriptor's lists."""
        self.number = number
        self.continuing = True
        self.next_items = {}

    def origin(self, column: _Column) -> Origin:
        return Origin(sheet=self.sheet, cell=f"{column.letter}{self.number}")

    def note(
        self,
        rule: str,
        severity: Severity,
        path: tuple[str, ...],
        message: Text,
        hint: str | Text,
        column: _Column,
    ) -> None:
        self.findings.append(_finding(rule, severity, jp.join(*path), message, hint, self.origin(column)))

    def cell(self, column: _Column, value: Any, header_row: int) -> None:
        if column.field is IGNORE:
            return
        merged = value if isinstance(value, Merged) else None
        if merged is not None:
            value = merged.value
        if isinstance(value, Link):
            value = value.address if column.field is not None and column.field.format == "url" else str(value)
        where = f"{column.letter}{self.number}"
        if isinstance(value, _BadCell):
            path = column.field.path if column.field is not None else ()
            self.note(CELLS, Severity.WARNING, path, value.note(where), _RETYPE_HINT, column)
        present = isinstance(value, Formula) or is_filled(value)
        self.filled = self.filled or present
        if column.field is None:
            if present:
                self.ignored.append((column, where, header_row, self.number))
            return
        path = column.field.path
        # An empty cell places what is missing; a second column of the field that gives the value places it.
        places = self.places if present else self.blank_places
        if column.field.kind == "lang-list":
            places.append((path[:-1], self.origin(column)))
            self.language_columns.append((path, self.origin(column)))
        else:
            places.append((path, self.origin(column)))
        if merged is not None:
            self._merged(column, merged, path, where)
        if isinstance(value, Formula):
            self.note(
                CELLS,
                Severity.ERROR,
                path,
                msg(
                    "{cell} holds the formula {formula} with no saved result; formulas are never evaluated, "
                    "so the cell was read as empty",
                    cell=where,
                    formula=quoted_cell(value.text),
                ),
                msg("Type the value itself, or open and save the file in Excel so the result is stored."),
                column,
            )
            return
        literal = _TEXT_FORMULA.match(value) if isinstance(value, str) else None
        if literal is not None:
            value = literal.group(1).replace('""', '"')  # ="0613", as a CSV keeps a code's leading zero for Excel
        if not is_filled(value):
            return
        if isinstance(value, str) and (value.strip() in _ERROR_VALUES or _LIBREOFFICE_ERROR.match(value.strip())):
            self.note(
                CELLS,
                Severity.ERROR,
                path,
                msg("{cell} holds the Excel error {error}; it was read as empty", cell=where, error=value.strip()),
                msg("Fix the formula or type the value itself."),
                column,
            )
            return
        if isinstance(value, str) and looks_like_formula(value):
            self.note(
                CELLS,
                Severity.ERROR,
                path,
                msg(
                    "{cell} holds text that starts a formula ({text}); it is never evaluated and was read as empty",
                    cell=where,
                    text=quoted_cell(value),
                ),
                msg("Type the value itself; start text with an apostrophe if it must begin with =, +, - or @."),
                column,
            )
            return
        if path[:2] == _NOT_APPLICABLE and says_no(value):
            self.note(
                CELLS,
                Severity.INFO,
                path,
                msg(
                    "{cell} says no ({text}) under '{header}': the level applies, so no reason was read",
                    cell=where,
                    text=quoted_cell(as_text(value)),
                    header=column.header,
                ),
                msg("Leave the cell empty when the offering has a level, and give the level."),
                column,
            )
            return
        if no_value(value, column.field):
            self.note(
                CELLS,
                Severity.INFO,
                path,
                msg(
                    "{cell} holds {text}, a mark for no value, where {field} wants a value of its own; it was read "
                    "as empty",
                    cell=where,
                    text=quoted_cell(as_text(value)),
                    field=column.field.dotted,
                ),
                msg("Leave the cell empty when there is no value."),
                column,
            )
            return
        spec = column.field
        other = self._other_level(value, path, column, where)
        if other is not None:
            spec, path, column = other
        framework = framework_named(as_text(value)) or framework_named(column.header) if path == NQF_LEVEL else None
        if framework is not None and isinstance(value, str):
            # A Roman numeral is the level ("LTKS VI"), but in France's old nomenclature ("Niveau III"), which counted
            # down.
            roman = framework != "RNCP" and "niveau" not in value.casefold()
            value = level_digits(value, NQF_WORDS, roman=roman)
        if path == NQF_LEVEL and isinstance(value, str) and names_no_level(value):
            self.note(
                CELLS,
                Severity.WARNING,
                path,
                msg(
                    "{cell} under '{header}' names no level ({text}); it was read as empty",
                    cell=where,
                    header=column.header,
                    text=quoted_cell(value),
                ),
                msg("Give the level's number, or say why there is none: level: {not_applicable: reason}."),
                column,
            )
            return
        if spec.format == "date" and is_day_first(value):
            self.day_first.add(column.index)
        value = with_header_unit(value, column.header, spec)
        converted = convert(value, spec, self.epoch, day_first=column.index in self.day_first, header=column.header)
        if converted.note is not None:
            self.note(
                CELLS,
                converted.severity,
                path,
                replace(converted.note, params={**converted.note.params, "cell": where}),
                converted.hint,
                column,
            )
        self._put(column, path, converted.value)
        implied_values = (
            converted.implied
            or header_currency(column.header, spec)
            or header_credit_system(column.header, spec)
            or header_identifier_scheme(column.header, spec)
        )
        for implied, given in implied_values + (((NQF_FRAMEWORK, framework),) if framework else ()):
            if implied in self.given:
                self.pending.append((implied, given, self.origin(column), column, where))
            elif not _assign(self.tree, implied, given):
                self.places.append((implied, self.origin(column)))

    def _merged(self, column: _Column, merged: Merged, path: tuple[str, ...], where: str) -> None:
        if merged.down:
            if is_filled(merged.value):
                self.note(
                    CELLS,
                    Severity.INFO,
                    path,
                    msg(
                        "{cell} is part of the merged cells {range}; the value of {first} was read for this row too",
                        cell=where,
                        range=merged.ref,
                        first=merged.top_left,
                    ),
                    msg("Unmerge the cells and type the value in every row to make this explicit."),
                    column,
                )
        else:
            self.note(
                CELLS,
                Severity.WARNING,
                path,
                msg(
                    "{cell} is covered by the merged cells {range}, so column {column} ({field}) is empty in this "
                    "row; the merged value was read for {first} only",
                    cell=where,
                    range=merged.ref,
                    column=column.letter,
                    field=column.field.dotted if column.field else column.header,
                    first=merged.top_left,
                ),
                msg("Unmerge the cells and type each field's value in its own column."),
                column,
            )

    def _other_level(
        self, value: Any, path: tuple[str, ...], column: _Column, where: str
    ) -> tuple[Field, tuple[str, ...], _Column] | None:
        """The field a level cell gives when it names the other kind of level than its column's, noted: "NFQ Level 6"
        under a level read as EQF is the national level (NFQ 6 is EQF 5), "EQF 7" under a national level ("Nivel
        CNC", "DQR-Niveau") the EQF level; one number only ("EQR 6 / DQR 6" gives both, "DQR 6 / NLQF 6" is two). A
        QF-EHEA cycle by its name under a level read as EQF ("Bachelor", "Grundnivå", "Master level") is the cycle."""
        if path == _EQF_LEVEL and isinstance(value, str) and value_reader.cycle_named(value) is not None:
            target = "level.qf_ehea_cycle"
            note = msg(
                "{cell} names a QF-EHEA cycle, read as the cycle (level.qf_ehea_cycle), not as an EQF level",
                cell=where,
            )
            hint = msg("Give the EQF level in a column of its own.")
            return self._read_as(target, note, hint, column)
        if not isinstance(value, str) or len(_NUMBERS.findall(value)) != 1:
            return None
        national = framework_named(value)
        if path == _EQF_LEVEL and national is not None and not names_eqf(value):
            target = "level.nqf.level"
            note = msg(
                "{cell} names a level of the {framework}, read as the national level (level.nqf), not as an EQF level",
                cell=where,
                framework=national,
            )
            hint = msg("Give the EQF level the national level is referenced to in a column of its own.")
        elif path == NQF_LEVEL and national is None and names_eqf(value):
            target = "level.eqf"
            note = msg(
                "{cell} names an EQF level, read as the EQF level (level.eqf), not as the national level '{header}' "
                "asks for",
                cell=where,
                header=column.header,
            )
            hint = msg("Give the national level and the EQF level in columns of their own.")
        else:
            return None
        return self._read_as(target, note, hint, column)

    def _read_as(
        self, target: str, note: Text, hint: Text, column: _Column
    ) -> tuple[Field, tuple[str, ...], _Column] | None:
        """A level cell read as the field ``target`` instead of its column's, noted."""
        spec = field_for_path(target)
        if spec is None:
            return None
        column = replace(column, field=spec)
        self.note(CELLS, Severity.INFO, spec.path, note, hint, column)
        return spec, spec.path, column

    def _put(self, column: _Column, path: tuple[str, ...], value: Any) -> None:
        lang_list = column.field is not None and column.field.kind == "lang-list"
        if lang_list:
            start = self._next_item(path[:-1])
            items = [((*path[:-1], str(start + i), path[-1]), v) for i, v in enumerate(value)]
        else:
            items = [(path, value)]
        extend = self.continuing or column.more
        listed = _node(self.tree, path) if extend and not lang_list and isinstance(value, list) else None
        if isinstance(listed, list):
            self.places.extend(((*path, str(len(listed) + i)), self.origin(column)) for i in range(len(value)))
            listed.extend(value)
            return
        if column.more and listed is None and isinstance(value, list):
            # The first items, in a column after the list's first (left empty): each is located in its own.
            self.places.extend(((*path, str(i)), self.origin(column)) for i in range(len(value)))
        for tokens, item in items:
            clash = _assign(self.tree, tokens, item)
            if clash and _same_value(_node(self.tree, tokens), item):
                continue  # a second column repeating the value (a system's key and its code alike) loses nothing
            if clash and self._language_version(tokens, item, column):
                continue
            if clash:
                self._clash(column, tokens)
                return
            self.owners[tokens] = (column.letter, column.header)
            self.owner_columns[tokens] = column
            if len(items) > 1 or lang_list:
                self.places.append((tokens, self.origin(column)))

    def _clash(self, column: _Column, tokens: tuple[str, ...], hint: str | Text | None = None) -> None:
        """Tell that ``column``'s cell gives ``tokens``, which another column gave already; the cell is ignored."""
        owner = next(
            (o for p, o in self.owners.items() if p[: len(tokens)] == tokens or tokens[: len(p)] == p),
            None,
        )
        self.note(
            COLUMNS,
            Severity.ERROR,
            tokens,
            msg(
                "{cell} (column {column} '{header}') gives {field}, which column {other} '{other_header}' "
                "already gives; this cell was ignored",
                cell=str(self.origin(column).cell),
                column=column.letter,
                header=column.header,
                field=".".join(tokens),
                other=owner[0],
                other_header=owner[1],
            )
            if owner is not None
            else msg(
                "{cell} (column {column} '{header}') gives {field}, which another column already gives; "
                "this cell was ignored",
                cell=str(self.origin(column).cell),
                column=column.letter,
                header=column.header,
                field=".".join(tokens),
            ),
            hint or msg("Keep one column per descriptor field (check aliases such as ECTS and workload.ects)."),
            column,
        )

    def _language_version(self, tokens: tuple[str, ...], item: Any, column: _Column) -> bool:
        """Whether ``item`` is a text in one language beside a text of no language named for the same field, or
        the reverse ('Titel' beside 'Title (English)'): kept for :meth:`place_versions`, which knows the row's
        languages once the row is read."""
        head, tag = tokens[:-1], tokens[-1]
        given = _node(self.tree, tokens)
        if head and LANGUAGE_KEY.match(tag) and isinstance(_node(self.tree, head), str):
            self.versions.append((head, tag, item, column))
            return True
        if isinstance(item, str) and _is_language_map(given):
            self.versions.append((tokens, None, item, column))
            return True
        return False

    def place_versions(self) -> None:
        """Read a text given with no language beside texts in named ones as the text in another language than
        theirs (see :func:`_plain_language`): 'Benämning' beside 'Benämning engelska' of a course taught in English
        is the Swedish title, not a second English one. Where no language is told, the text is kept under
        ``extensions`` with a warning rather than dropped."""
        declared = _node(self.tree, _LANGUAGES)
        languages = [v for _, v in sorted(declared.items())] if isinstance(declared, _Arr) else declared or []
        for path in dict.fromkeys(p for p, *_ in self.versions):
            versions = [(tag, item, column) for p, tag, item, column in self.versions if p == path]
            given = _node(self.tree, path)
            plains = [(i, c) for t, i, c in versions if t is None]
            plain = given if isinstance(given, str) else plains[0][0] if plains else None
            for item, column in plains if isinstance(given, str) else plains[1:]:
                if not _same_value(item, plain):
                    self._clash(column, path)  # a second text of no language: one of them is the field's
            tagged = dict(given) if isinstance(given, dict) else {}
            tagged.update((t, i) for t, i, _ in versions if t is not None)
            # The headers of the columns naming their languages, those read before the plain one's among them.
            heads = [c.header for t, _, c in versions if t is not None]
            heads += [owner[1] for tag in tagged if (owner := self.owners.get((*path, tag))) is not None]
            language = _plain_language(heads, tagged, languages, plain) if plain is not None else None
            parent = _node(self.tree, path[:-1]) if path[:-1] else self.tree
            # (the column of a text given before the texts in named languages: it is the plain one's too)
            plain_column = plains[0][1] if plains else self.owner_columns.get(path) if isinstance(given, str) else None
            origin = self.origin(plain_column) if plain_column else self._owner_origin(path)
            parent[path[-1]] = {language: plain, **tagged} if language is not None else tagged
            if language is None:
                if plain is not None:
                    self._keep_unnamed(path, plain, origin, plain_column, list(tagged))
            elif origin is not None:
                self.places.append(((*path, language), origin))
            for tag, _, column in versions:
                if tag is not None:
                    self.places.append(((*path, tag), self.origin(column)))

    def _keep_unnamed(
        self, path: tuple[str, ...], plain: str, origin: Origin | None, column: _Column | None, tags: list[str]
    ) -> None:
        """Keep a text whose language nothing tells under ``extensions``, and say so where it stands."""
        kept = ("extensions", _UNNAMED_LANGUAGE_KEY, ".".join(path))
        if _assign(self.tree, kept, plain) and column is not None:
            # (a column naming that place itself gave it first: the text is not where the note would say)
            self._clash(column, kept)
            return
        where = origin or Origin(sheet=self.sheet, cell=f"A{self.number}")
        self.places.append((kept, where))
        letter, header = (column.letter, column.header) if column is not None else self.owners.get(path, ("", ""))
        words = {"cell": str(where.cell), "field": ".".join(path), "languages": listed(tags), "kept": ".".join(kept)}
        message = (
            msg(
                "{cell} (column {column} '{header}') gives {field} in a language neither its header nor the "
                "Languages column names, beside {field} in {languages}; it was kept as {kept}",
                column=letter,
                header=header,
                **words,
            )
            if letter
            else msg(
                "{cell} gives {field} in a language neither its header nor the Languages column names, beside "
                "{field} in {languages}; it was kept as {kept}",
                **words,
            )
        )
        self.findings.append(
            _finding(COLUMNS, Severity.WARNING, jp.join(*kept), message, _UNNAMED_LANGUAGE_HINT, where)
        )

    def _owner_origin(self, tokens: tuple[str, ...]) -> Origin | None:
        """The cell of the column that gave ``tokens``."""
        owner = self.owners.get(tokens)
        return Origin(sheet=self.sheet, cell=f"{owner[0]}{self.number}") if owner else None

    def pair_bodies(self) -> None:
        """Awarding bodies listed in one name cell and their countries in one country cell, as many of each
        ("Uni A; Uni B" beside "DE; AT"): each body is an item of its own, with the country in its place."""
        bodies = self.tree.get("awarding_bodies")
        if not isinstance(bodies, _Arr) or list(bodies) != [0] or set(bodies[0]) != {"name", "country"}:
            return
        body = bodies[0]
        if not (isinstance(body["name"], str) and isinstance(body["country"], str)):
            return
        names, countries = (BODIES_SPLIT.split(body[key].strip()) for key in ("name", "country"))
        spec = field_for_path("awarding_bodies.0.country")
        codes = [as_code(c.strip(), spec) for c in countries] if spec is not None else []
        allowed, _ = value_forms(spec.vocab, spec.enum) if spec is not None else (frozenset(), {})
        if len(names) < 2 or len(names) != len(codes) or not all(c in allowed for c in codes):
            return
        places = {tokens[-1]: origin for tokens, origin in self.places if tokens[:2] == ("awarding_bodies", "0")}
        for index, (name, code) in enumerate(zip(names, codes)):
            bodies[index] = {"name": name.strip(), "country": code}
            self.places.extend(((("awarding_bodies", str(index), k), o) for k, o in places.items()) if index else ())

    def _next_item(self, tokens: tuple[str, ...]) -> int:
        """The index the items of a list of language strings start at in this row: 0, or after the items the
        rows above gave (the same for each language's column of the row)."""
        if not self.continuing:
            return 0
        if tokens not in self.next_items:
            items = _node(self.tree, tokens)
            self.next_items[tokens] = max(items, default=-1) + 1 if isinstance(items, _Arr) else 0
        return self.next_items[tokens]

    def fill_implied(self) -> None:
        """Take the values cells implied for fields whose own column's cells the row left empty, placed at the cell
        that implied them (not at the empty one); where the field's own cell gives another value, it is kept and the
        cell that implied one is told of the other."""
        for tokens, value, origin, column, where in self.pending:
            given = _node(self.tree, tokens)
            if given is None:
                if not _assign(self.tree, tokens, value):
                    self.places = [place for place in self.places if place[0] != tokens]
                    self.blank_places = [place for place in self.blank_places if place[0] != tokens]
                    self.places.append((tokens, origin))
            elif not same_value(tokens, value, given) and tokens in self.owners:
                letter, _ = self.owners[tokens]
                self.note(
                    CELLS,
                    Severity.WARNING,
                    tokens,
                    msg(
                        "{cell} gives {field} as {implied}, but {other} gives {given}; the value of {other} was kept",
                        cell=where,
                        field="/".join(tokens),
                        implied=quoted_cell(as_text(value)),
                        other=f"{letter}{self.number}",
                        given=quoted_cell(as_text(given)),
                    ),
                    msg("Correct whichever of the two cells is wrong."),
                    column,
                )
        self.pending.clear()

    def read_credit_unit(self) -> None:
        """Read credits by the unit a column of their own names ("Credits | Credit Unit" of an SAP export, "Credit Unit
        Type | Credit Unit Value" of Credential Engine's): ECTS as ECTS, hours as hours, another unit's as other
        credits, with a note; the credits were taken for ECTS (60 hours as 60 ECTS) or left without a workload."""
        workload = _node(self.tree, ("workload",))
        other = workload.get("other_credits") if isinstance(workload, dict) else None
        if not isinstance(workload, dict) or not isinstance(other, dict) or not isinstance(other.get("system"), str):
            return
        unit = normalise(other["system"])
        field = "ects" if unit in _ECTS_UNITS else "hours" if unit in HOUR_WORDS else None
        given = ("other_credits", "value") if "value" in other else ("ects",) if "ects" in workload else None
        if given is None:
            self._unit_alone(workload, other["system"], field is not None and field in workload)
            return
        if field is None and given == ("other_credits", "value"):
            return
        if field == "ects" and given == ("ects",):  # ECTS under a column taken for them: as read
            del workload["other_credits"]
            self.places = [p for p in self.places if p[0][:2] != ("workload", "other_credits")]
            return
        origin = next((o for tokens, o in self.places if tokens == ("workload", *given)), None)
        if field is not None and field in workload:  # (ECTS under a column taken for ECTS returned above)
            self._credits_beside(workload, field, given, origin)
            return
        value = other.pop("value") if given[0] == "other_credits" else workload.pop("ects")
        field_path: tuple[str, ...]
        if field is None:  # credits of another unit, from a column taken for ECTS
            other["value"] = value
            field_path = ("workload", "other_credits", "value")
        else:
            del workload["other_credits"]
            workload[field] = value
            field_path = ("workload", field)
        self.places = [p for p in self.places if p[0][:2] != ("workload", "other_credits") or field is None]
        if origin is not None:
            self.places.append((field_path, origin))
            message = msg(
                "the credits {value} were read as {field}, the unit the row gives them in ({unit})",
                value=as_text(value),
                field="/".join(field_path),
                unit=other["system"],
            )
            self.findings.append(
                _finding(CELLS, Severity.INFO, jp.join(*field_path), message, msg("No action needed."), origin)
            )

    def _unit_alone(self, workload: dict[str, Any], unit: str, given: bool) -> None:
        """Leave out a credit unit the row gives no credits in ("Credit Unit Type ECTS" beside an empty "Credit Unit
        Value"): other credits of a unit and no figure say nothing of the workload, and the schema refuses them. It is
        told, at the unit's cell, unless the row ``given`` its workload in that unit in a column of its own."""
        del workload["other_credits"]
        if not workload:
            del self.tree["workload"]
        system = ("workload", "other_credits", "system")
        origin = next((o for tokens, o in self.places if tokens == system), None)
        self.places = [p for p in self.places if p[0][:2] != ("workload", "other_credits")]
        if origin is None or given:
            return
        message = msg("the credit unit '{unit}' was not read: the row gives no credits in it", unit=unit)
        hint = msg("Give the credits beside their unit, or leave the unit blank where there are none.")
        self.findings.append(_finding(CELLS, Severity.WARNING, "/workload/other_credits", message, hint, origin))

    def _credits_beside(
        self, workload: dict[str, Any], field: str, given: tuple[str, ...], origin: Origin | None
    ) -> None:
        """Leave credits in a unit unread where the row gives that unit's value in a column of its own as well (the
        ECTS column beside "Credit Unit Type ECTS | Credit Unit Value", a workload in hours beside "Credits 60 |
        Credit Unit Hours"): that column's value is kept, and credits that differ from it are told."""
        other = workload.pop("other_credits")
        value = other["value"] if given[0] == "other_credits" else workload.pop("ects")
        unread = ("workload", *given)
        self.places = [p for p in self.places if p[0][:2] != ("workload", "other_credits") and p[0] != unread]
        kept = workload[field]
        if origin is None or as_text(value) == as_text(kept):
            return
        message = msg(
            "the credits {value} in {unit} differ from {field} {kept}, which the row gives in a column of its own; "
            "the credits were not read",
            value=as_text(value),
            unit=other["system"],
            field=f"workload/{field}",
            kept=as_text(kept),
        )
        hint = msg("Give the workload once, or make the two columns agree.")
        self.findings.append(_finding(CELLS, Severity.WARNING, f"/workload/{field}", message, hint, origin))

    def read_crowns(self) -> None:
        """Read a price in crowns ("4.500 kr.") as the crowns of the awarding body's country (DKK in Denmark), with a
        note; where no one country tells which crowns, leave its currency unread, with a warning at the cell."""
        price = _node(self.tree, ("price",))
        if not isinstance(price, dict) or price.get("currency") != CROWNS:
            return
        bodies = _node(self.tree, ("awarding_bodies",))
        countries = (
            [b.get("country") for b in bodies.values() if isinstance(b, dict)] if isinstance(bodies, _Arr) else []
        )
        found = crowns_of(countries)
        cell = Origin(sheet=self.sheet, cell=f"A{self.number}")
        origin = next((o for tokens, o in self.places if tokens == _CURRENCY_PATH), cell)
        if found is not None:
            price["currency"] = found
            message = msg(
                "the price is in crowns (kr), read as {currency}: the crowns of the awarding body's country",
                currency=price["currency"],
            )
            self.findings.append(
                _finding(CELLS, Severity.INFO, "/price/currency", message, msg("No action needed."), origin)
            )
            return
        del price["currency"]
        self.places = [place for place in self.places if place[0] != _CURRENCY_PATH]
        message = msg(
            "the price is in crowns (kr), which may be Danish, Swedish, Norwegian or Icelandic; its currency was not "
            "read"
        )
        hint = msg("Write the currency's code beside the amount (DKK, SEK, NOK, ISK), or give it in a currency column.")
        self.findings.append(_finding(CELLS, Severity.WARNING, "/price/currency", message, hint, origin))

    def data(self) -> dict[str, Any]:
        compacted: dict[str, Any] = _compact(self.tree)
        return compacted

    def origins(self) -> tuple[dict[str, Origin], frozenset[str]]:
        """Exact pointers first (in column order, the cells that give a value before empty ones), then the ancestors
        they imply, first column winning; and the implied ones (see :class:`Document`)."""
        found: dict[str, Origin] = {}
        positions: dict[int, dict[int, int]] = {}
        places = self.places + self.blank_places
        for tokens, origin in places:
            pointer = _translate(self.tree, tokens, positions)
            if pointer is not None and pointer not in found:
                found[pointer] = origin
        implied: set[str] = set()
        for tokens, origin in places:
            for end in range(len(tokens) - 1, 0, -1):
                pointer = _translate(self.tree, tokens[:end], positions)
                if pointer is not None and pointer not in found:
                    found[pointer] = origin
                    implied.add(pointer)
        # Each item's text in a language its column leaves empty is placed at that column's cell, where a
        # finding that it is missing sends the reader: for the first items only (a rule reports a hundred
        # findings at most), so that a cell of a quarter of a million lines beside a hundred language
        # columns costs no more than a hundred items each.
        data = self.data() if self.language_columns else {}
        for (*head, language), origin in self.language_columns:
            items = _translate(self.tree, tuple(head), positions)
            listed = jp.resolve(data, items) if items is not None else None
            for index in range(min(len(listed), _PLACED_ITEMS) if isinstance(listed, list) else 0):
                found.setdefault(jp.child(items or "", index, language), origin)
        return found, frozenset(implied)


def _assign(tree: dict[str, Any], tokens: tuple[str, ...], value: Any) -> bool:
    """Set a value at raw tokens (digits index lists); ``True`` when it clashes with one already set."""
    node: Any = tree
    for position, token in enumerate(tokens):
        key: Any = int(token) if isinstance(node, _Arr) else token
        last = position == len(tokens) - 1
        if last:
            if key in node:
                return True
            node[key] = value
            return False
        wants_list = tokens[position + 1].isdigit()
        child = node.get(key)
        if child is None:
            child = _Arr() if wants_list else {}
            node[key] = child
        elif not isinstance(child, dict) or isinstance(child, _Arr) != wants_list:
            return True
        node = child
    return False


def _plain_language(heads: list[str], tagged: Mapping[str, Any], languages: list[Any], text: str) -> str | None:
    """The language of a text given with no language beside texts in the named ``tagged`` ones, never one of
    those: the language their headers are written in, as their name of the language tells it ('Benämning'
    beside 'Benämning engelska' is Swedish, 'Titel' beside 'Titel (Englisch)' German), else the first language
    the row declares that they do not name. A name several languages give ('Název anglicky': Czech or Slovak)
    is narrowed to the one the row declares, or the one whose letters the text is written with; ``None`` where
    nothing tells one."""
    told = frozenset().union(*(header_languages(h) for h in heads)) - set(tagged)
    others = [v for v in languages if isinstance(v, str) and v not in tagged]
    if len(told) > 1:
        told = told & set(others) or _written_in(text, told)
        return next(iter(told)) if len(told) == 1 else None
    return next(iter(told), next(iter(others), None))


def _written_in(text: str, among: frozenset[str]) -> frozenset[str]:
    """Those of the languages ``among`` that are written with every letter beyond a to z of ``text`` (all of
    them where it has none, or the alphabet of none of them is known)."""
    from qa_checker.language.detect import alphabets  # the detector's module, loaded only when asked

    letters = {c for c in text.lower() if c.isalpha() and not c.isascii()}
    fits = frozenset(code for code in among if code in alphabets() and letters <= alphabets()[code])
    return fits or among


def _is_language_map(value: Any) -> bool:
    """Whether ``value`` is a text by language ({"en": "..."}), as language-tagged columns build one."""
    return (
        isinstance(value, dict)
        and not isinstance(value, _Arr)
        and bool(value)
        and all(isinstance(k, str) and LANGUAGE_KEY.match(k) and isinstance(v, str) for k, v in value.items())
    )


def _node(tree: dict[str, Any], tokens: tuple[str, ...]) -> Any:
    """The value set at raw tokens, or ``None``."""
    node: Any = tree
    for token in tokens:
        if not isinstance(node, dict) or (isinstance(node, _Arr) and not token.isdigit()):
            return None
        node = node.get(int(token) if isinstance(node, _Arr) else token)
    return node


def _compact(node: Any) -> Any:
    if isinstance(node, _Arr):
        return [_compact(node[k]) for k in sorted(node)]
    if isinstance(node, dict):
        return {k: _compact(v) for k, v in node.items()}
    return node


@functools.lru_cache(maxsize=4096)
def _plain_pointer(tokens: tuple[str, ...]) -> str | None:
    """The pointer of tokens without list indexes (the same in every row), else ``None``."""
    return None if any(t.isdigit() for t in tokens) else jp.join(*tokens)


# The items of a list whose empty language cells are placed (see _Row.origins).
_PLACED_ITEMS = 100


def _translate(tree: dict[str, Any], tokens: tuple[str, ...], positions: dict[int, dict[int, int]]) -> str | None:
    """The final pointer of raw tokens (list indexes compacted); ``None`` when a list item does not exist.

    ``positions`` keeps each list's raw index -> position, made once per list (a cell of thousands of
    lines is thousands of items, and sorting the list again for each was quadratic)."""
    plain = _plain_pointer(tokens)
    if plain is not None:
        return plain
    node: Any = tree
    out: list[str | int] = []
    for token in tokens:
        if isinstance(node, _Arr):
            if not token.isdigit() or int(token) not in node:
                return None
            order = positions.get(id(node))
            if order is None:
                order = positions[id(node)] = {key: i for i, key in enumerate(sorted(node))}
            out.append(order[int(token)])
            node = node[int(token)]
        else:
            out.append(token)
            node = node.get(token) if isinstance(node, dict) else None
    return jp.join(*out)


# ---------------------------------------------------------------- sheets of one catalogue, joined


_LANGUAGE_KEY = regex(r"^[a-z]{2}$")


@dataclass
class _Join:
    """Values of one sheet's row merged into the descriptor of another's: into its language strings (``language``
    the row's, ``base`` the descriptor's), or as more values of the descriptor (``language`` ``None``: lists are
    extended). ``moved`` maps the row's tokens to where they went; ``clashes`` are the row's tokens of values that
    differ from the descriptor's, ``uneven`` those of lists of another length (with the two lengths)."""

    language: str | None = None
    base: str | None = None
    moved: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    rebased: list[tuple[str, ...]] = field(default_factory=list)
    clashes: list[tuple[str, ...]] = field(default_factory=list)
    uneven: list[tuple[tuple[str, ...], int, int]] = field(default_factory=list)


_ABSENT = object()


def _merge(old: Any, new: Any, src: tuple[str, ...], dst: tuple[str, ...], join: _Join) -> Any:
    """``old`` (a descriptor's value, or ``_ABSENT``) with ``new`` (another sheet's) merged in, see :class:`_Join`."""
    spec = field_for_path(".".join(src)) if src and src[0] != "extensions" else None
    if join.language is not None and spec is not None and spec.kind == "text" and _language_string(new):
        return _merge_text(old, new, src, dst, join)
    if old is _ABSENT:
        join.moved[src] = dst
        return new
    if isinstance(old, dict) and isinstance(new, dict):
        for key, value in new.items():
            if src or key not in ("id", "descriptor_version"):
                old[key] = _merge(old.get(key, _ABSENT), value, (*src, key), (*dst, key), join)
        return old
    if isinstance(old, list) and isinstance(new, list):
        if join.language is None:
            present = {repr(item) for item in old}
            for index, item in enumerate(new):
                if repr(item) not in present:
                    present.add(repr(item))
                    here: tuple[str, ...] = (*src, str(index))
                    join.moved[here] = (*dst, str(len(old)))
                    old.append(item)
            return old
        if old and new and len(old) != len(new) and spec is not None and spec.kind == "text-list":
            join.uneven.append((src, len(new), len(old)))
        for index, item in enumerate(new):
            here, there = (*src, str(index)), (*dst, str(index))
            if index < len(old):
                old[index] = _merge(old[index], item, here, there, join)
            else:
                old.append(_merge(_ABSENT, item, here, there, join))
        return old
    if not _same_value(old, new) and old != new:
        join.clashes.append(src)
    return old


def _language_string(value: Any) -> bool:
    """Whether a value is a language string: a text, or a map of language codes to texts."""
    if isinstance(value, dict):
        return bool(value) and all(_LANGUAGE_KEY.match(k) and isinstance(v, str) for k, v in value.items())
    return isinstance(value, str)


def _merge_text(old: Any, new: Any, src: tuple[str, ...], dst: tuple[str, ...], join: _Join) -> Any:
    """A language string with another language version's text merged in."""
    language = join.language or ""
    given = new if isinstance(new, dict) else {language: new}
    if old is not _ABSENT and not _language_string(old):
        join.clashes.append(src)
        return old
    if old is _ABSENT:
        merged: dict[str, str] = {}
    elif isinstance(old, dict):
        merged = old
    else:
        merged = {join.base or "": old}
        join.rebased.append(dst)
    for language, text in given.items():
        here = (*src, language) if isinstance(new, dict) else src
        if language not in merged:
            merged[language] = text
            join.moved[here] = (*dst, language)
        elif not _same_value(merged[language], text):
            join.clashes.append(here)
    return merged


def _moved(tokens: tuple[str, ...], join: _Join) -> tuple[str, ...] | None:
    """Where the value at a merged row's tokens went, or ``None`` when the descriptor kept its own."""
    for end in range(len(tokens), 0, -1):
        if tokens[:end] in join.moved:
            return (*join.moved[tokens[:end]], *tokens[end:])
    return None


def _sheet_of(document: Document) -> str | None:
    root = document.origins.get("")
    return root.sheet if isinstance(document.data, dict) and root is not None else None


def _id_origin(document: Document) -> Origin | None:
    """Where a descriptor read from rows gives its id: the id's cell, else its row."""
    return document.origins.get("/id") or document.origins.get("")


def _warn_at_id(document: Document, message: Text, hint: Text) -> None:
    """A warning about a row's id, at its id cell (else the row)."""
    document.findings.append(_finding(IDS, Severity.WARNING, "/id", message, hint, _id_origin(document) or Origin()))


def _key(document: Document) -> str | None:
    """A descriptor's id as rows of other sheets may write it: case and spaces aside ("inf-101", "INF-101 ")."""
    given = document.data.get("id") if isinstance(document.data, dict) else None
    return " ".join(given.split()).casefold() if isinstance(given, str) and given.strip() else None


def _titles(document: Document) -> set[str]:
    """A descriptor's title, in each of its languages, case and spaces aside."""
    title = document.data.get("title") if isinstance(document.data, dict) else None
    texts = title.values() if isinstance(title, dict) else [title]
    return {" ".join(t.split()).casefold() for t in texts if isinstance(t, str) and t.strip()}


def _join_into(target: Document, row: Document, join: _Join, note: Text) -> None:
    """Merge a row of another sheet into a descriptor: its values, their cells and its findings, with a note
    at the row, and a warning at each of its cells whose value differs from the descriptor's."""
    target.data = _merge(target.data, row.data, (), (), join)
    for tokens in join.rebased:
        place = target.origin_for(jp.join(*tokens))
        if place is not None:
            target.origins.setdefault(jp.join(*tokens, join.base or ""), place)
    for pointer, origin in row.origins.items():
        went = _moved(tuple(jp.split(pointer)), join) if pointer else None
        if went is not None:
            target.origins.setdefault(jp.join(*went), origin)
    for src, dst in join.moved.items():
        place = row.origin_for(jp.join(*src))
        if place is not None:
            target.origins.setdefault(jp.join(*dst), place)
    for finding in row.findings:
        went = _moved(tuple(jp.split(finding.pointer)), join) if finding.pointer else None
        target.findings.append(replace(finding, pointer=jp.join(*went)) if went is not None else finding)
    root = row.origins.get("") or Origin()
    target.findings.append(_finding(SHEETS, Severity.INFO, "", note, _JOIN_HINT, root))
    for tokens in join.clashes:
        pointer = jp.join(*tokens)
        kept = target.origin_for(pointer)
        target.findings.append(
            _finding(
                COLUMNS,
                Severity.WARNING,
                pointer,
                msg(
                    "{cell} gives {field} as {value}, but {kept} gives it as {other} for the same descriptor; "
                    "{kept} was kept",
                    cell=(row.origin_for(pointer) or root).label(),
                    field=".".join(tokens),
                    value=quoted_cell(str(jp.resolve(row.data, pointer))),
                    kept=kept.label() if kept is not None else target.source,
                    other=quoted_cell(str(jp.resolve(target.data, pointer))),
                ),
                msg("Give the value once, or the same in each sheet."),
                row.origin_for(pointer) or root,
            )
        )
    for tokens, count, other in join.uneven:
        pointer = jp.join(*tokens)
        target.findings.append(
            _finding(
                COLUMNS,
                Severity.WARNING,
                pointer,
                plural(
                    "{cell} lists {count} item of {field}, {place} lists {other}; they were paired in order, as "
                    "language versions of each other",
                    "{cell} lists {count} items of {field}, {place} lists {other}; they were paired in order, as "
                    "language versions of each other",
                    count,
                    cell=(row.origin_for(pointer) or root).label(),
                    field=".".join(tokens),
                    place=(target.origin_for(pointer) or Origin()).label() or target.source,
                    other=other,
                ),
                msg("List the same items in the same order in each language's sheet."),
                row.origin_for(pointer) or root,
            )
        )


_JOIN_HINT = N_("Nothing to do if this is how the catalogue is meant to be read.")


def _join_sheets(documents: list[Document], notes: list[Finding]) -> list[Document]:
    """The descriptors of a workbook whose sheets give parts of one catalogue: the same offerings in one sheet
    per language ("EN", "Deutsch"), each row read into the language strings of the first language's sheet's
    row (matched by id, else in order); and sheets of more values keyed by the offering's code (its learning
    outcomes or assessment one per row, on a sheet without other titles), each row joined to the offering
    with that code. A keyed row that matches no offering is a warning in ``notes``."""
    sheets: dict[str, list[Document]] = {}
    for document in documents:
        sheet = _sheet_of(document)
        if sheet is not None:
            sheets.setdefault(sheet, []).append(document)
    if len(sheets) < 2:
        return documents
    joined: set[int] = set()
    _join_languages(sheets, joined, notes)
    _join_keyed(sheets, joined, notes)
    return [d for d in documents if id(d) not in joined]


def _join_languages(sheets: dict[str, list[Document]], joined: set[int], notes: list[Finding]) -> None:
    """Sheets naming a language, with the same rest of their name (or each its own): language versions of the
    first's rows."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for sheet in sheets:
        named = sheet_language(sheet)
        if named is not None:
            groups.setdefault(named[0], []).append((sheet, named[1]))
    if all(len(members) == 1 for members in groups.values()):
        # "Kurse (Deutsch)" beside "Courses (English)": the rest of each name is in its own language.
        groups = {"": [members[0] for members in groups.values()]}
    for members in groups.values():
        if len(members) < 2 or len({code for _, code in members}) < len(members):
            continue
        (first, base), *others = members
        rows = sheets[first]
        for sheet, language in others:
            for target, row, by_position in _pairs(rows, sheets[sheet], sheet, notes, first):
                _join_into(
                    target,
                    row,
                    _Join(language=language, base=base),
                    msg(
                        "row {row} of sheet '{sheet}' is the '{language}' version of this descriptor (matched to "
                        "sheet '{first}' by position, as the rows give no ids), read into its language strings",
                        row=_row_of(row),
                        sheet=sheet,
                        language=language,
                        first=first,
                    )
                    if by_position
                    else msg(
                        "row {row} of sheet '{sheet}' is the '{language}' version of this descriptor (matched by "
                        "its id), read into its language strings",
                        row=_row_of(row),
                        sheet=sheet,
                        language=language,
                    ),
                )
                joined.add(id(row))


def _row_of(document: Document) -> str:
    cell = (document.origins.get("") or Origin()).cell or ""
    return re.sub(r"[A-Z]+", "", cell.split(":")[0]) or "?"


def _pairs(
    rows: list[Document], others: list[Document], sheet: str, notes: list[Finding], first: str
) -> list[tuple[Document, Document, bool]]:
    """The rows of ``others`` paired with those of ``rows`` they are language versions of: by id when each row
    of both has one of its own; in order when no row of one of them has one (a translation without the codes) and
    both have as many rows (``True``); by id for the rows with one when only some of both have, a row without one
    read as a descriptor of its own (a course not yet given a code); none otherwise, noted. Sheets whose ids differ
    are different offerings ("FI" and "FF", two faculties' sheets named like languages)."""
    keys = [_key(d) for d in rows]
    other_keys = [_key(d) for d in others]
    unkeyed = all(k is None for k in keys) or all(k is None for k in other_keys)  # a sheet of texts without codes
    if not unkeyed and (None in keys or None in other_keys):
        known = [k for k in keys if k is not None]
        by_key = dict(zip(keys, rows))
        unique = len(set(known)) == len(known) and len({k for k in other_keys if k}) == sum(1 for k in other_keys if k)
        return [(by_key[k], d, False) for k, d in zip(other_keys, others) if unique and k is not None and k in by_key]
    if None not in keys and None not in other_keys:
        by_key = dict(zip(keys, rows))
        if len(by_key) == len(rows) and len(set(other_keys)) == len(others):
            pairs = [(by_key[k], d, False) for k, d in zip(other_keys, others) if k in by_key]
            for key, document in zip(other_keys, others):
                if key not in by_key and pairs:
                    _warn_at_id(
                        document,
                        msg(
                            "sheet '{first}' has no row with the id {id}, so this row of sheet '{sheet}' was "
                            "read as a descriptor of its own, not as a language version",
                            first=first,
                            id=quoted_cell(str(document.data["id"])),
                            sheet=sheet,
                        ),
                        msg("Give each language's row of an offering the same id."),
                    )
            return pairs
    if len(rows) == len(others):
        return [(a, b, True) for a, b in zip(rows, others)]
    notes.append(
        _finding(
            SHEETS,
            Severity.INFO,
            "",
            msg(
                "sheets '{first}' and '{sheet}' name languages, but their rows have no ids to pair them and they "
                "hold {count} and {other} rows; each row was read as a descriptor of its own",
                first=first,
                sheet=sheet,
                count=len(rows),
                other=len(others),
            ),
            msg("Give each language's row of an offering the same id, in an id or code column."),
            Origin(sheet=sheet, cell="A1"),
        )
    )
    return []


def _join_keyed(sheets: dict[str, list[Document]], joined: set[int], notes: list[Finding]) -> None:
    """Sheets whose rows give an offering's code and more values of it (no other title), or, with no codes, its
    title and values it lacks (its outcomes one per row, beside the module's name): joined to that offering, the
    first one, on an earlier sheet, with that code or title."""
    by_id: dict[str, list[Document]] = {}
    by_title: dict[str, list[Document]] = {}
    for documents in sheets.values():
        for document in documents:
            key = _key(document)
            if id(document) not in joined and _titles(document):
                if key is not None:
                    by_id.setdefault(key, []).append(document)
                for title in _titles(document):
                    by_title.setdefault(title, []).append(document)
    given = {sheet: _fields_given(documents) for sheet, documents in sheets.items()}
    for sheet, documents in sheets.items():
        rows = [d for d in documents if id(d) not in joined]
        keyed = _keyed(rows, by_id, by_title, joined)
        if keyed is None:
            continue
        matched = [t for _, t in keyed if t is not None]
        if not matched or len(matched) < len(rows) - len(matched):
            continue
        offered = given[_sheet_of(matched[0]) or ""]
        if offered and given[sheet] >= offered:
            continue  # the offerings again (an archived copy of the sheet), not more values of them
        for row, (key, target) in zip(rows, keyed):
            joined.add(id(row))
            pointer = "/id" if _key(row) is not None else "/title"
            where = row.origins.get(pointer) or row.origins.get("") or Origin()
            if target is None:
                notes.extend(row.findings)
                notes.append(
                    _finding(
                        IDS,
                        Severity.WARNING,
                        pointer,
                        msg(
                            "{cell} gives {key}, the code or title of no offering of the catalogue; the values of row "
                            "{row} of sheet '{sheet}' were not joined to any descriptor",
                            cell=where.label(),
                            key=quoted_cell(key),
                            row=_row_of(row),
                            sheet=sheet,
                        ),
                        msg("Correct the code or title, or add the offering it names."),
                        where,
                    )
                )
                continue
            _join_into(
                target,
                row,
                _Join(),
                msg(
                    "row {row} of sheet '{sheet}' gives more values of this descriptor, joined to it by {key} at "
                    "{cell}",
                    row=_row_of(row),
                    sheet=sheet,
                    key=quoted_cell(key),
                    cell=where.label(),
                ),
            )


def _keyed(
    rows: list[Document],
    by_id: dict[str, list[Document]],
    by_title: dict[str, list[Document]],
    joined: Container[int],
) -> list[tuple[str, Document | None]] | None:
    """Each row's key and the offering it names, or ``None`` when the rows are not keyed so: each row gives a
    code (and a title only as its offering's), or none does and each gives a title and values its offering
    lacks, or more items of its lists. A key names the first offering that has it, when that is on an earlier
    sheet and not ``joined`` to another."""
    if not rows:
        return None
    sheet = _sheet_of(rows[0]) or ""

    def offering(found: list[Document]) -> Document | None:
        first = found[0] if found else None
        return first if first is not None and _sheet_of(first) != sheet and id(first) not in joined else None

    keys = [_key(d) for d in rows]
    if None not in keys:
        pairs = [(str(r.data["id"]), offering(by_id.get(k, []))) for r, k in zip(rows, keys) if k is not None]
        if all(not _titles(r) or (t is not None and _titles(r) <= _titles(t)) for r, (_, t) in zip(rows, pairs)):
            return pairs
        return None
    if any(k is not None for k in keys) or not all(isinstance(r.data.get("title"), str) and _titles(r) for r in rows):
        return None
    pairs = [(str(r.data["title"]), offering(by_title.get(min(_titles(r)), []))) for r in rows]
    if all(t is None or _adds_only(r, t) for r, (_, t) in zip(rows, pairs)):
        return pairs
    return None


def _fields_given(documents: list[Document]) -> set[str]:
    """The fields the rows of a sheet give, besides the id and title that key them."""
    return {k for d in documents if isinstance(d.data, dict) for k in d.data} - {"id", "title", "descriptor_version"}


def _adds_only(row: Document, target: Document) -> bool:
    """Whether a row's values, title aside, are ones the descriptor lacks, or more items of its lists."""
    return all(
        key in ("title", "descriptor_version") or key not in target.data or isinstance(target.data[key], list)
        for key in row.data
    )


# ---------------------------------------------------------------- helpers


def _note_repeated_ids(documents: list[Document]) -> None:
    """A warning on each row whose id an earlier row of the file gave, at its id cell, naming the earlier."""
    first: dict[str, Document] = {}
    for document in documents:
        given = document.data.get("id") if isinstance(document.data, dict) else None
        if not isinstance(given, str) or not given.strip():
            continue
        earlier = first.setdefault(given.strip(), document)
        if earlier is document:
            continue
        place = _id_origin(earlier)
        _warn_at_id(
            document,
            msg(
                "the id {id} is also the id of an earlier row ({place})",
                id=quoted_cell(given),
                place=place.label() if place is not None else earlier.source,
            ),
            msg("Give each offering an id of its own, or delete the copied row."),
        )


def _finding(rule: str, severity: Severity, pointer: str, message: Text, hint: str | Text, origin: Origin) -> Finding:
    return Finding.make(
        rule=rule,
        severity=severity,
        element=element_for_pointer(pointer),
        pointer=pointer,
        message=message,
        hint=hint,
        origin=origin,
    )


def _describe(exc: BaseException) -> str:
    """An exception as ``Type: message`` on one line; its cause instead when it has one (openpyxl wraps
    the real reason in a general message)."""
    if exc.__cause__ is not None:
        return _describe(exc.__cause__)
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
