"""How a file's name is shown in results and reports, and read back to its bytes.

A byte of a name that is not UTF-8 is shown as its escape (``caf\\xe9.json``); where a backslash is a letter of
names (POSIX), a backslash written before such an escape's letters is shown as ``\\x5c``, so no two names are
shown alike and each shown name reads back to its exact bytes. What people read (the text and HTML reports, the
diff and the comparison, SARIF and annotation messages, the web page) shows a name with its control characters as
escapes and, when it is not in Unicode's composed form (NFC), the characters composing would change as escapes
too (see :func:`name_shown`); where a name is data (JSON, a SARIF URI, a dataset or workbook cell) it is kept.
"""

from __future__ import annotations

import os
import unicodedata

from qa_checker.cells import escaped, visible
from qa_checker.patterns import regex

# Where a backslash is a letter of a name (POSIX), what a byte's escape is written as, and a backslash written
# before such letters.
BACKSLASH_IN_NAMES = "\\" not in (os.sep, os.altsep)
_WRITTEN_ESCAPE = regex(r"\\(?=x[0-9a-f]{2})")
_SHOWN_ESCAPE = regex(rb"\\x([0-9a-f]{2})")


def backslashes_shown(name: str) -> str:
    """``name`` with each backslash before the letters of a byte's escape written as ``\\x5c``."""
    if "\\x" in name and BACKSLASH_IN_NAMES:
        return _WRITTEN_ESCAPE.sub(r"\\x5c", name)
    return name


def shown_bytes(name: str) -> bytes:
    """The bytes of the path shown as ``name`` (see :func:`qa_checker.loaders.shown`)."""
    raw = name.encode("utf-8", "surrogateescape")
    if not BACKSLASH_IN_NAMES or b"\\x" not in raw:
        return raw
    return _SHOWN_ESCAPE.sub(lambda found: bytes.fromhex(found[1].decode("ascii")), raw)


def name_shown(name: str) -> str:
    """A file's shown name as the outputs people read print it: control and line-breaking characters as their
    escapes (:func:`~qa_checker.cells.visible`), and in a name not in composed form (NFC) each combining mark and
    each character composing replaces as its escape, so that ``cafe\\u0301.yaml`` does not look like its
    composed twin ``café.yaml``, another file."""
    shown = visible(name)
    if shown.isascii() or unicodedata.is_normalized("NFC", shown):
        return shown
    composed = set(unicodedata.normalize("NFC", shown))
    return "".join(
        escaped(char) if not char.isascii() and (unicodedata.combining(char) or char not in composed) else char
        for char in shown
    )
