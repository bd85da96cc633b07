"""Text made safe for the files the checker writes: spreadsheet cells and any UTF-8 output.

Formula injection: text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is taken as a formula by spreadsheet programs, in a workbook as in a CSV file, and so is such text
after spaces or line breaks where a program trims them (LibreOffice's "trim spaces", Google Sheets'
import). It gets a leading apostrophe (``'=HYPERLINK(...)``), the neutralisation OWASP recommends
for spreadsheet exports; the apostrophe is visible, so nothing is hidden from the reader. Only text is touched: numbers,
negative ones included, stay numbers.

Lone surrogates (``"\\ud800"``, which a Python string can hold but UTF-8 cannot) become U+FFFD,
so no writer fails halfway through a file.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

from qa_checker.patterns import regex
from qa_checker.scripts import LOOK_ALIKES, SHOWS_AS_NOTHING

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SURROGATES = regex("[\ud800-\udfff]")
# The bidirectional embeddings, overrides and isolates, as a regular-expression class body: in a report they
# would make a text show other than it reads ("Data \u202eEthics" shown as "Data scihtE").
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# The marks that set the direction of the text around them (left-to-right, right-to-left, Arabic letter mark),
# which show as nothing.
DIRECTION_MARKS = "\u200e\u200f\u061c"

T = TypeVar("T")


def neutralise(value: T) -> T | str:
    """A cell value that can never start a formula; anything but text passes through."""
    if isinstance(value, str) and (value.startswith(FORMULA_START) or value.lstrip().startswith(FORMULA_START)):
        return "'" + value
    return value


def without_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, so it can be written as UTF-8."""
    return SURROGATES.sub("\ufffd", text)


def escaped(char: str) -> str:
    """A character as the escape that shows it in plain text: ``\\x1b`` below U+0100, ``\\u2028`` above."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# C0 and C1 controls, DEL, line and paragraph separators, the bidirectional overrides and isolates
# that reorder how text shows, lone surrogates (which a terminal cannot be sent at all), and the
# characters no script needs that show as nothing (zero width space, word joiner and invisible
# operators, byte-order mark), which would make 'N\u200bL' read as a valid 'NL'. The joiners of
# emoji and of Arabic or Indic script (U+200C, U+200D) and the direction marks are text, and stay.
_CONTROL = regex(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}{SHOWS_AS_NOTHING}\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or escaped(char)


def visible(value: object, *, lines: bool = False) -> str:
    """``value`` as one line of plain text: control characters shown as escapes (``\\x1b``, ``\\n``).

    With ``lines``, line breaks are kept (for messages that are several lines by design).
    """
    if lines:
        return "\n".join(_CONTROL.sub(_escape, line) for line in str(value).split("\n"))
    return _CONTROL.sub(_escape, str(value))


def plain_reading(text: str) -> str:
    """``text`` with each character that stands for an ASCII letter, digit or space written as that: another
    script's look-alike letter (``DΕ``: DE), a compatibility form (fullwidth ``５``, ``Ⅵ``, ``⁶``, a no-break
    space) and another script's digit (``٥``: 5). Other text is left as it is."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKC", text.translate(LOOK_ALIKES))
    return "".join(
        str(unicodedata.decimal(char)) if not char.isascii() and unicodedata.decimal(char, None) is not None else char
        for char in folded
    )


def _looks_ascii(char: str) -> bool:
    return not char.isascii() and plain_reading(char).isascii()


def shown_code(value: str, shown: str | None = None) -> str:
    """A value as a report quotes it (``shown``, by default :func:`visible`), with each character that only
    looks like an ASCII one escaped when the whole value reads as ASCII: 'D\\u0395', not a seemingly valid
    'DΕ'; words of another script ('Österreich', 'Ελλάδα') are shown as written."""
    shown = visible(value) if shown is None else shown
    if shown.isascii() or not plain_reading(value).isascii():
        return shown
    return "".join(escaped(char) if _looks_ascii(char) else char for char in shown)
