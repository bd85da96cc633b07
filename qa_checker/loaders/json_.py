"""JSON and JSON-LD files."""

from __future__ import annotations

import json

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Origin
from qa_checker.loaders.common import decode, finish_all, load_error, too_deep


def load(raw: bytes, source: str) -> list[Document]:
    """Parse one JSON document."""
    text = decode(raw, source, "json")
    if isinstance(text, Document):
        return [text]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [load_error(source, ids.UNPARSABLE, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                           "Fix the JSON syntax (a validator or editor will show the spot).", fmt="json",
                           origin=Origin(line=exc.lineno))]
    except RecursionError:
        return [too_deep(source, "json", "too deeply to read")]
    return finish_all(data, source, "json")
