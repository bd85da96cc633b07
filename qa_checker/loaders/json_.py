"""JSON and JSON-LD files.

Integers are read through :func:`~qa_checker.loaders.common.parse_int`, so a number of thousands of
digits is a located finding instead of Python's int-to-string ``ValueError``; objects are built by a
hook that notes keys given twice (the C parser keeps only the last, silently), at about 30 microseconds
per 3 KB descriptor. The parser gives no positions: only a file with a repeated key is scanned again
(:func:`_repeats_at`) for the line and column of each repeat.
"""

from __future__ import annotations

import json
import re
from typing import Any

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Origin
from qa_checker.limits import Limits
from qa_checker.loaders.common import (
    ParseNotes,
    decode,
    finish_all,
    load_error,
    may_hold_unusual,
    parse_int,
    too_deep,
)
from qa_checker.text import msg

# A string, its body in group 1 and, when it is a key, the colon after it in group 2; or a brace.
_TOKEN = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"([ \t\n\r]*:)?|[{}]', re.DOTALL)
_DECODER = json.JSONDecoder()


def load(raw: bytes, source: str, limits: Limits | None = None) -> list[Document]:
    """Parse one JSON document."""
    text = decode(raw, source, "json")
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

    try:
        data = json.loads(text, object_pairs_hook=mapping, parse_int=parse_int)
    except json.JSONDecodeError as exc:
        return [
            load_error(
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
        ]
    except RecursionError:
        return [too_deep(source, "json")]
    notes = ParseNotes()
    if repeated:
        places = _repeats_at(text, {number: keys for number, (_, keys) in repeated.items()})
        for number, (built, keys) in repeated.items():
            for key in keys:
                line, column = places.get((number, key), (None, None))
                notes.duplicate(built, key, line, column)
    return finish_all(data, source, "json", limits, notes, size=len(text), clean=not may_hold_unusual(text))


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
