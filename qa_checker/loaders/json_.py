"""JSON and JSON-LD files.

Integers are read through :func:`~qa_checker.loaders.common.parse_int`, so a number of thousands of
digits is a located finding instead of Python's int-to-string ``ValueError``; objects are built by a
hook that notes keys given twice (the C parser keeps only the last, silently), at about 30 microseconds
per 3 KB descriptor.
"""

from __future__ import annotations

import json
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


def load(raw: bytes, source: str, limits: Limits | None = None) -> list[Document]:
    """Parse one JSON document."""
    text = decode(raw, source, "json")
    if isinstance(text, Document):
        return [text]
    notes = ParseNotes()

    def mapping(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        built = dict(pairs)
        if len(built) != len(pairs):
            seen: set[str] = set()
            noted: set[str] = set()
            for key, _ in pairs:
                if key in seen and key not in noted:
                    notes.duplicate(built, key)
                    noted.add(key)
                seen.add(key)
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
    return finish_all(data, source, "json", limits, notes, size=len(text), clean=not may_hold_unusual(text))
