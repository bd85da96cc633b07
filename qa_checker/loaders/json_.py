"""JSON and JSON-LD files.

A usual file is read by orjson (:func:`_read_fast`), which gives the value the standard library would,
and whose size alone often shows it within the limits, without a walk. Any other file is read by the
standard library. Its integers are read through :func:`~qa_checker.loaders.common.parse_int`, so a number
of thousands of digits is a located finding instead of Python's int-to-string ``ValueError``; its objects
are built by a hook that notes keys given twice (the C parser keeps only the last, silently), at about 30
microseconds per 3 KB descriptor. The parsers give no positions: only a file with a repeated key is
scanned again (:func:`_repeats_at`) for the line and column of each repeat.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import orjson

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Origin
from qa_checker.limits import Limits
from qa_checker.loaders.common import (
    LOOK_CHARS,
    Explanation,
    ParseNotes,
    conflict_markers,
    decode,
    explained_refusal,
    finish_all,
    load_error,
    may_hold_unusual,
    missing_comma,
    parse_int,
    shown,
    too_deep,
    within_by_size,
)
from qa_checker.patterns import regex
from qa_checker.text import Text, msg

# A string, its body in group 1 and, when it is a key, the colon after it in group 2; or a brace.
_TOKEN = regex(r'"([^"\\]*(?:\\.[^"\\]*)*)"([ \t\n\r]*:)?|[{}]', re.DOTALL)
# A string (skipped whole) or a bracket that opens or closes a level of nesting.
_NESTING = regex(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_DECODER = json.JSONDecoder()
# The longest number a syntax error's explanation quotes or reads back.
_NUMBER_CHARS = 100
# The number the parser read before stopping (with a comma after it, for a decimal comma).
_NUMBER_END = regex(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?,?\Z")
# What the number goes on with where the parser stopped: letters, digits, points, signs and _.
_NUMBER_REST = regex(r"[\w.+-]{1,100}")
_DIGITS = regex(r"\d{1,100}")
# A whole number with a leading zero, as JSON refuses and an ISCED-F code is written.
_LEADING_ZERO = regex(r"-?0\d+")
_BAD_UNICODE_ESCAPE = regex(r"\\u[^\"\\\s]{0,4}")


def load(
    raw: bytes | str, source: str, limits: Limits | None = None, prepare: Callable[[Any], object] | None = None
) -> list[Document]:
    """Parse one JSON document (its bytes, or its text as :func:`decode` gives it); ``prepare`` may complete the
    parsed data in place before it is read."""
    text = raw if isinstance(raw, str) else decode(raw, source, "json")
    if isinstance(text, Document):
        return [text]
    # The objects with a repeated key (each with its repeated keys, in the order they are met), by their
    # number in the order the parser builds them: the order their closing braces come in the text.
    repeated: dict[int, tuple[dict[str, Any], list[str]]] = {}
    built_count = 0

    def mapping(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal built_count
        built = dict(pairs)
        if len(built) != len(pairs):
            seen: set[str] = set()
            noted: dict[str, None] = {}
            for key, _ in pairs:
                if key in seen:
                    noted[key] = None
                seen.add(key)
            repeated[built_count] = (built, list(noted))
        built_count += 1
        return built

    fast, data = _read_fast(text)
    try:
        data = data if fast else json.loads(text, object_pairs_hook=mapping, parse_int=parse_int)
    except json.JSONDecodeError as exc:
        return [conflict_markers(text, source, "json") or _syntax_error(exc, text, source)]
    except RecursionError:
        return [_too_deep(text, source, limits or Limits())]
    if prepare is not None:
        prepare(data)
    notes = ParseNotes()
    if repeated:
        places = _repeats_at(text, {number: keys for number, (_, keys) in repeated.items()})
        for number, (built, keys) in repeated.items():
            for key in keys:
                line, column = places.get((number, key), (None, None))
                notes.duplicate(built, key, line, column)
    limits = limits or Limits()
    return finish_all(
        data,
        source,
        "json",
        limits,
        notes,
        size=len(text),
        clean=not may_hold_unusual(text),
        screened=fast and within_by_size(text, limits),
    )


def _read_fast(text: str) -> tuple[bool, Any]:
    """``(True, value)`` of a JSON text read by orjson (five times faster than the standard library with
    the hook of :func:`load`), when it is the value the standard library gives; ``(False, None)`` when the
    standard library must read it (and explain what is wrong with it). Such a value holds only texts,
    integers of 64 bits, finite floats, booleans, nulls, lists and objects: within the limits when the
    text's size and brackets say so (:func:`~qa_checker.loaders.common.within_by_size`).

    orjson refuses NaN, infinities, lone surrogates and nesting past 255 levels (where its writer stops),
    which the standard library reads. It reads an integer beyond 64 bits as a float: a value whose
    written form holds a float of 16 digits or more (``e+``) is read again. It keeps the last of a
    repeated key silently: the colons of the text are those of its pairs and its texts, those of the
    value written again those of its keys and texts (JSON writes a colon in a text only as itself or
    ``\\u003a``), so the counts differ exactly when the text writes more pairs than the value holds.
    """
    if "\\u003" in text:
        return False, None
    try:
        value = orjson.loads(text)
        written = orjson.dumps(value)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return False, None
    if b"e+" in written or text.count(":") != written.count(b":"):
        return False, None
    return True, value


def _too_deep(text: str, source: str, limits: Limits) -> Document:
    """The refusal of a file nested too deeply for the parser, placed at the bracket that opens the first
    level beyond ``max-depth``."""
    place = too_deep_at(text, limits.max_depth)
    if place is None:
        return too_deep(source, "json")
    line, column = place
    return too_deep(
        source,
        "json",
        msg(
            "the document is nested too deeply to read at line {line}, column {column}",
            line=str(line),
            column=str(column),
        ),
        origin=Origin(line=line),
    )


def too_deep_at(text: str, max_depth: int) -> tuple[int, int] | None:
    """The line and column of the bracket that opens the first level of ``text`` beyond ``max_depth``."""
    depth = 0
    for token in _NESTING.finditer(text):
        bracket = token.group()
        if bracket in "]}":
            depth -= 1
        elif bracket in "[{":
            depth += 1
            if depth > max_depth:
                from qa_checker.locate import line_columns  # only a text nested this deep needs it

                return line_columns(text, (token.start(),))[token.start()]
    return None


def syntax_problem(exc: json.JSONDecodeError, text: str) -> tuple[int, int, Text | str]:
    """Where a text stops being JSON and why: a common slip in plain words (:func:`_explain`) at the place
    the text shows it, else the parser's own message at its place."""
    explained = _explain(exc, text)
    if explained is None:
        return exc.lineno, exc.colno, exc.msg
    return explained.line, explained.column, explained.problem


def _syntax_error(exc: json.JSONDecodeError, text: str, source: str) -> Document:
    """The refusal of a file that is not JSON: a common slip explained in plain words, at the place the
    text shows it (:func:`_explain`), with the parser's own words after it; else the parser's message."""
    explained = _explain(exc, text)
    if explained is None:
        return load_error(
            source,
            ids.UNPARSABLE,
            msg(
                "invalid JSON at line {line}, column {column}: {detail}",
                line=str(exc.lineno),
                column=str(exc.colno),
                detail=exc.msg,
            ),
            msg("Fix the JSON syntax (a validator or editor will show the spot)."),
            fmt="json",
            origin=Origin(line=exc.lineno),
        )
    return explained_refusal(
        source,
        "json",
        msg(
            "invalid JSON at line {line}, column {column}: {problem} (parser message: {detail})",
            line=str(explained.line),
            column=str(explained.column),
            problem=explained.problem,
            detail=exc.msg,
        ),
        explained.fix,
        explained,
    )


# Characters that look like white space or nothing (a byte-order mark, a no-break or zero-width space, a
# line separator) by their Unicode category: format, space, line and paragraph separators.
_UNSEEN = frozenset(("Cf", "Zs", "Zl", "Zp"))
# The white space JSON allows between its values.
_JSON_SPACE = " \t\n\r"
# Quotation marks that word processors and phones type instead of the straight ``"``.
_TYPOGRAPHIC = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2033\u2036"
_NAME = regex(r"[A-Za-z_$][\w$-]*")
_CAPITAL_LITERALS = {"True": "true", "TRUE": "true", "False": "false", "FALSE": "false", "None": "null"}
_CAPITAL_LITERALS.update({"NULL": "null", "Null": "null", "nil": "null", "undefined": "null"})
# A value, as an unquoted word goes on to the next ``,``, ``}``, ``]`` or the line's end.
_UNQUOTED = regex(r"[^,}\]\n]*")


def _explain(exc: json.JSONDecodeError, text: str) -> Explanation | None:
    """The plain explanation of a JSON syntax error, when the text around it shows a common slip; only
    the characters near the error (and the lines just before it) are looked at."""
    pos, problem = exc.pos, exc.msg
    if not 0 <= pos <= len(text):
        return None
    ahead = text[pos : pos + LOOK_CHARS]
    char = ahead[:1]
    if char not in ("", " ") and unicodedata.category(char) in _UNSEEN:
        return Explanation(
            msg(
                "the character U+{code} ({name}) stands here, which shows as a space or as nothing, "
                "but JSON allows only spaces, tabs and line breaks between its values",
                code=f"{ord(char):04X}",
                name=unicodedata.name(char, "?"),
            ),
            msg("Delete the character, or replace it with a plain space."),
            exc.lineno,
            exc.colno,
        )
    if problem == "Extra data":
        return _comment(ahead, exc) or _extra(text, ahead, exc)
    tail = text[-LOOK_CHARS:]  # the white space the file ends with (a copy of the tail only, however large)
    ends = len(text) - len(tail) + len(tail.rstrip(_JSON_SPACE))
    if problem.startswith("Unterminated string") or (
        pos >= ends and problem.startswith(("Expecting", "Invalid control character"))
    ):
        return _cut_short(text, ends)
    if problem.startswith("Expecting"):
        if char in ("}", "]"):
            return _trailing_comma(text, exc, char)
        if char and char in _TYPOGRAPHIC:
            return Explanation(
                msg("the quote {quote} is a typographic quote, which JSON does not read as a quote", quote=char),
                msg('Use straight double quotes " instead of typographic ones (“ ” ‘ ’).'),
                exc.lineno,
                exc.colno,
            )
        comment = _comment(ahead, exc)
        if comment is not None:
            return comment
        if char == "'":
            return _single_quotes(ahead, exc)
        if problem.startswith(("Expecting property name", "Expecting value")) and _NAME.match(ahead):
            return _unquoted(ahead, exc)
    if problem.startswith("Expecting"):
        number = _number(text, exc, ahead)
        if number is not None:
            return number
    if problem == "Expecting ',' delimiter":
        return _missing_comma(text, exc)
    if problem.startswith("Invalid control character") and char in ("\n", "\r"):
        return Explanation(
            msg(
                "a text in double quotes goes on past the end of line {line}: its closing quote is missing",
                line=str(exc.lineno),
            ),
            msg('End the text with " on the same line (a line break inside a text is written \\n).'),
            exc.lineno,
            exc.colno,
        )
    if problem.startswith("Invalid control character") and char == "\t":
        return Explanation(
            msg("a text in double quotes holds a tab character, which JSON allows only written as \\t"),
            msg("Replace the tab with a space (or write it as \\t)."),
            exc.lineno,
            exc.colno,
        )
    if problem.startswith("Invalid \\uXXXX escape"):
        escape = _BAD_UNICODE_ESCAPE.match(text, max(0, pos - 1))
        return Explanation(
            msg(
                "a text holds the escape {escape}, but \\u must be followed by four hexadecimal digits (0-9, A-F)",
                escape=shown(escape.group() if escape else "\\u"),
            ),
            msg("Write the character itself, or \\u and its four-digit code, such as \\u00e9 for é."),
            exc.lineno,
            exc.colno - 1 if escape else exc.colno,
        )
    if problem.startswith("Invalid \\escape"):
        return Explanation(
            msg("a backslash \\ in a text starts an escape, and {escape} is not one", escape=ahead[:2]),
            msg("Write a backslash in a text as two: \\\\."),
            exc.lineno,
            exc.colno,
        )
    return None


def _cut_short(text: str, ends: int) -> Explanation:
    """The file ends (at offset ``ends``, before white space) inside its JSON value: cut short, or a bracket
    or quote not closed; told at its last character."""
    line = text.count("\n", 0, ends) + 1
    column = ends - 1 - text.rfind("\n", 0, ends - 1)
    return Explanation(
        msg(
            "the file ends at line {line}, column {column}, before its JSON value does (cut short, or a bracket or "
            "quote not closed)",
            line=str(line),
            column=str(column),
        ),
        msg("Restore the end of the file (a copy or a download may have cut it), or close what is left open."),
        line,
        column,
    )


def _number(text: str, exc: json.JSONDecodeError, ahead: str) -> Explanation | None:
    """A number JSON does not read, at the parser's stop: written with a leading ``+``, ``.`` or zero, in
    hexadecimal, with ``_`` between digits, a decimal point or exponent with no digits after it, or a
    decimal comma (read as the comma before the next key)."""
    before = _NUMBER_END.search(text, max(0, exc.pos - _NUMBER_CHARS), exc.pos)
    read = before.group() if before else ""
    if exc.msg.startswith("Expecting property name") and read.endswith(",") and ahead[:1].isdigit():
        digits = _DIGITS.match(ahead)
        assert digits is not None  # ahead starts with a digit
        written = f"{read}{digits.group()}"
        return Explanation(
            msg(
                "the number {number} is written with a decimal comma, which JSON reads as the comma before "
                "the next item",
                number=shown(written),
            ),
            msg("Write it with a decimal point: {fixed}.", fixed=shown(written.replace(",", "."))),
            exc.lineno,
            exc.colno - len(read),
        )
    read = read.rstrip(",")
    rest = _NUMBER_REST.match(ahead)
    tail = rest.group() if rest else ""
    if read and not tail:
        return None
    if not read and (ahead[:1] not in "+.-" or (not ahead[1:2].isdigit() and ahead[1:2] != ".")):
        return None
    written = read + tail
    column = exc.colno - len(read)
    if _LEADING_ZERO.fullmatch(written):
        return Explanation(
            msg("the number {number} starts with a zero, which JSON does not allow", number=shown(written)),
            msg(
                'Write the number without the leading zero ({fixed}), or a code such as the ISCED-F "0613" '
                "as a text, in double quotes.",
                fixed=shown(str(int(written))),
            ),
            exc.lineno,
            column,
        )
    problem = msg(
        "the number {number} is not written as JSON writes numbers: decimal digits, with - before them "
        "when negative, and a decimal point only between digits",
        number=shown(written),
    )
    fixed = _plain_number(written)
    if fixed is None:
        return Explanation(
            problem, msg("Write it as a decimal number, or in double quotes if it is a text."), exc.lineno, column
        )
    return Explanation(
        problem,
        msg("Write it as a decimal number, {fixed}, or in double quotes if it is a text.", fixed=shown(fixed)),
        exc.lineno,
        column,
    )


def _plain_number(written: str) -> str | None:
    """``written`` as JSON writes the number it means (``+5``: ``5``, ``.5``: ``0.5``, ``0x1F``: ``31``,
    ``1_000``: ``1000``, ``5.``: ``5``), or ``None`` when it does not mean one."""
    if len(written) > _NUMBER_CHARS:
        return None
    try:
        return str(int(written, 0))
    except ValueError:
        pass
    try:
        number = float(written)
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return str(int(number)) if number.is_integer() and "e" not in written.lower() else repr(number)


def _comment(ahead: str, exc: json.JSONDecodeError) -> Explanation | None:
    """A comment (``//``, ``#`` or ``/*``) where the parser expected a value or the end of the text."""
    if ahead.startswith(("//", "#")):
        mark = "//" if ahead.startswith("//") else "#"
        return Explanation(
            msg("JSON has no comments: this line holds a comment starting with {mark}", mark=mark),
            msg("Remove the comment, from {mark} to the end of the line.", mark=mark),
            exc.lineno,
            exc.colno,
        )
    if ahead.startswith("/*"):
        return Explanation(
            msg("JSON has no comments: a comment starts here with /*"),
            msg("Remove the comment, from /* to */."),
            exc.lineno,
            exc.colno,
        )
    return None


def _extra(text: str, ahead: str, exc: json.JSONDecodeError) -> Explanation | None:
    """More after the end of the file's JSON value: a second object (JSON Lines, or objects separated by
    commas without a list's brackets), a comma, a closing bracket too many, or other text."""
    end = _before(text, exc.pos)
    place = _place(text, end, exc) if end >= 0 else None
    if place is None:
        return None
    line, column = place
    char = ahead[0]
    at = {"line": str(line), "column": str(column)}
    if char == "{" and line == 1 and (exc.lineno, exc.colno) == (2, 1):
        problem = msg("the file holds one JSON object per line (JSON Lines), but a JSON file holds one JSON value")
        fix = msg(
            "qa-checker does not read JSON Lines: write the objects as a list, with [ before the first, a comma "
            "after each but the last, and ] after the last; or give each object a file of its own."
        )
    elif char in "{[":
        problem = msg(
            "the file's JSON value ends at line {line}, column {column}, and another one starts here; a JSON file "
            "holds one JSON value",
            **at,
        )
        fix = msg(
            "Give each descriptor a file of its own, or write them as one list: [ before the first, a comma "
            "between them, and ] after the last."
        )
    elif char in "}]":
        problem = msg(
            "the file's JSON value ends at line {line}, column {column}, and an extra '{found}' follows it",
            found=char,
            **at,
        )
        fix = msg(
            "Remove the extra '{found}', or check that each '{open}' before it has its '{found}'.",
            found=char,
            open="{" if char == "}" else "[",
        )
    elif char == ",":
        if ahead[1:].lstrip(_JSON_SPACE)[:1] == "{":
            problem = msg("the file holds several objects separated by commas, without the brackets of a list")
            fix = msg("Write them as a list: put [ at the start of the file and ] at its end.")
        else:
            problem = msg("the file's JSON value ends at line {line}, column {column}, and a comma follows it", **at)
            fix = msg("Remove the comma at line {line}, column {column}.", line=str(exc.lineno), column=str(exc.colno))
    else:
        problem = msg(
            "the file's JSON value ends at line {line}, column {column}, and more text follows: {text}",
            text=shown(ahead.split("\n", 1)[0].strip()),
            **at,
        )
        fix = msg("Remove what follows line {line}, column {column}.", **at)
    return Explanation(problem, fix, exc.lineno, exc.colno)


def _before(text: str, pos: int) -> int:
    """The offset of the last character before ``pos`` that is not white space (within the look), or -1."""
    low = max(0, pos - LOOK_CHARS)
    back = text[low:pos].rstrip(_JSON_SPACE)
    return low + len(back) - 1 if back else -1


def _place(text: str, at: int, exc: json.JSONDecodeError) -> tuple[int, int] | None:
    """The 1-based line and column of offset ``at``, shortly before the error's; ``None`` when its line is
    too long to look at."""
    breaks = text.count("\n", at, exc.pos)
    if not breaks:
        return exc.lineno, exc.colno - (exc.pos - at)
    line = exc.lineno - breaks
    low = max(0, at - LOOK_CHARS)
    start = text.rfind("\n", low, at) + 1
    if start == 0 and low > 0 and line > 1:
        return None  # the line's start is further back than is looked (on the first line, it is the text's)
    return line, at - start + 1


def _trailing_comma(text: str, exc: json.JSONDecodeError, bracket: str) -> Explanation | None:
    """A comma after the last item of an object or list."""
    comma = _before(text, exc.pos)
    place = _place(text, comma, exc) if comma >= 0 and text[comma] == "," else None
    if place is None:
        return None
    line, column = place
    return Explanation(
        msg("there is a comma after the last item, before '{bracket}'", bracket=bracket),
        msg("Remove the comma after the last item (line {line}).", line=str(line)),
        line,
        column,
    )


def _missing_comma(text: str, exc: json.JSONDecodeError) -> Explanation | None:
    """Two items on two lines without a comma between them: the comma missing at the end of the first."""
    last = _before(text, exc.pos)
    ahead = text[exc.pos : exc.pos + 1]
    if last < 0 or "\n" not in text[last : exc.pos] or not ahead or ahead not in '"{[-0123456789tfn':
        return None
    if text[last] not in '"}]el0123456789':  # the end of a text, object, list, true/false/null or number
        return None
    place = _place(text, last, exc)
    if place is None:
        return None
    line, column = place
    return missing_comma(line, column + 1, exc.lineno)


def _single_quotes(ahead: str, exc: json.JSONDecodeError) -> Explanation:
    """A key or text in single quotes."""
    end = ahead.find("'", 1)
    body = ahead[1:end] if end > 0 and "\n" not in ahead[:end] else ""
    if body and '"' not in body and "\\" not in body:
        return Explanation(
            msg(
                "JSON writes keys and texts in double quotes, not single quotes: {written}",
                written=shown(ahead[: end + 1]),
            ),
            msg("Use double quotes: {example}", example=shown(f'"{body}"')),
            exc.lineno,
            exc.colno,
        )
    return Explanation(
        msg("JSON writes keys and texts in double quotes, not single quotes"),
        msg('Use double quotes " around every key and text.'),
        exc.lineno,
        exc.colno,
    )


def _unquoted(ahead: str, exc: json.JSONDecodeError) -> Explanation | None:
    """A key without quotes, a literal in capitals, or a text without quotes."""
    name = _NAME.match(ahead)
    if name is None:
        return None
    word = name.group()
    if exc.msg.startswith("Expecting property name"):
        if not ahead[name.end() :].lstrip(" \t").startswith(":"):
            return None
        return Explanation(
            msg("the key {key} is not in double quotes", key=word),
            msg("Write the key in double quotes: {example}", example=f'"{word}":'),
            exc.lineno,
            exc.colno,
        )
    literal = _CAPITAL_LITERALS.get(word)
    if literal is not None:
        return Explanation(
            msg("JSON writes true, false and null in small letters, and has no {word}", word=word),
            msg("Write {literal} instead of {word}.", literal=literal, word=word),
            exc.lineno,
            exc.colno,
        )
    value = (_UNQUOTED.match(ahead) or name).group().strip()
    if '"' in value or "\\" in value:
        return None
    return Explanation(
        msg("the text {text} is not in double quotes", text=shown(value)),
        msg("Put the text in double quotes: {example}", example=shown(f'"{value}"')),
        exc.lineno,
        exc.colno,
    )


def _repeats_at(text: str, wanted: dict[int, list[str]]) -> dict[tuple[int, str], tuple[int, int]]:
    """The 1-based line and column of the second occurrence of each wanted key of each wanted object in a
    JSON text that parses; objects are numbered from 0 in the order they close, as the parser builds them.

    One pass over the text, stopping after the last wanted object: strings (those followed by a colon are
    keys, which belong to the innermost open object) and braces. Each open object keeps only the wanted
    keys it has met, so memory is bounded by the nesting times the number of wanted keys.
    """
    names = {key for keys in wanted.values() for key in keys}
    last = max(wanted)
    offsets: dict[tuple[int, str], int] = {}
    # Per open object: each wanted key met, with -1 after its first occurrence and the offset of its second.
    open_: list[dict[str, int]] = []
    closed = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastindex
        if kind == 2:
            body = match.group(1)
            key = _DECODER.raw_decode(text, match.start())[0] if "\\" in body else body
            if key in names:
                met = open_[-1]
                seen = met.get(key)
                if seen is None:
                    met[key] = -1
                elif seen == -1:
                    met[key] = match.start()
        elif kind is None:
            if match.group() == "{":
                open_.append({})
                continue
            met = open_.pop()
            for key in wanted.get(closed, ()):
                if met.get(key, -1) >= 0:
                    offsets[(closed, key)] = met[key]
            if closed == last:
                break
            closed += 1
    return _lines_and_columns(text, offsets)


def _lines_and_columns(text: str, offsets: dict[tuple[int, str], int]) -> dict[tuple[int, str], tuple[int, int]]:
    """Each offset as a 1-based line and column (in characters)."""
    from qa_checker.locate import line_columns  # only a file with a repeated key needs it

    places = line_columns(text, offsets.values())
    return {name: places[offset] for name, offset in offsets.items()}
