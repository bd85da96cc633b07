"""Shared steps of the text loaders: decoding, depth and shape checks, load findings."""

from __future__ import annotations

import math
from typing import Any

from qa_checker import ids
from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.importers import accepts, import_document, import_documents
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.limits import MAX_DEPTH, depth



def load_error(source: str, rule: str, message: str, hint: str, *, fmt: str = "unknown",
               origin: Origin | None = None) -> Document:
    """A document that could not be read, carrying one load finding."""
    finding = Finding(rule=rule, severity=Severity.ERROR, element=None, pointer="", message=message,
                      hint=hint, origin=origin)
    return Document(source=source, data=None, format=fmt, findings=[finding])


def decode(raw: bytes, source: str, fmt: str) -> str | Document:
    """Decode UTF-8 (with or without BOM); a document with a finding for anything else."""
    if not raw.strip():
        return load_error(source, ids.EMPTY, "the file is empty", "Write the descriptor into the file.", fmt=fmt)
    if b"\x00" in raw[:8192]:
        return load_error(source, ids.UNREADABLE, "the file is binary, not a text descriptor",
                          "Give a UTF-8 JSON or YAML file.", fmt=fmt)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return load_error(source, ids.UNREADABLE,
                          f"the file is not UTF-8 text (line {line}, column {column}: byte 0x{raw[exc.start]:02X})",
                          "Save the file as UTF-8" + ("; it looks like Windows-1252 or Latin-1 text."
                                                      if _legacy_text(raw) else "."),
                          fmt=fmt, origin=Origin(line=line))


def _legacy_text(raw: bytes) -> bool:
    """Whether the bytes read as Windows-1252, the usual encoding of a non-UTF-8 European text file."""
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def too_deep(source: str, fmt: str, how: str) -> Document:
    """The MC-LD-004 document for nesting beyond what a descriptor can have."""
    return load_error(source, ids.TOO_DEEP, f"the document is nested {how}",
                      "A descriptor is a shallow object; check the file was generated correctly.", fmt=fmt)


_SHAPES = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "true or false",
           type(None): "empty"}


def non_finite(value: Any) -> str | None:
    """The pointer of the first NaN or infinite number (JSON's NaN/Infinity, YAML's .inf, 1e999), if any."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, float) and not math.isfinite(node):
            return where
        if isinstance(node, dict):
            stack.extend((v, jp.child(where, str(k))) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, jp.child(where, i)) for i, v in enumerate(node))
    return None


def finish(data: Any, source: str, fmt: str) -> Document:
    """Shape checks every parsed document passes through before import and validation."""
    if depth(data) > MAX_DEPTH:
        return too_deep(source, fmt, f"more than {MAX_DEPTH} levels deep")
    where = non_finite(data)
    if where is not None:
        return load_error(source, ids.UNPARSABLE,
                          f"the number at {where or 'the top level'} is not finite (NaN or infinity)",
                          "Write an ordinary number: JSON has no NaN or Infinity, and numbers beyond about 1e308 "
                          "overflow.", fmt=fmt, origin=Origin(pointer=where))
    if not isinstance(data, dict):
        kind = _SHAPES.get(type(data), type(data).__name__)
        return load_error(source, ids.NOT_AN_OBJECT, f"the document is {kind}, not an object of descriptor fields",
                          "Write one descriptor per file as an object (a mapping) at the top level.", fmt=fmt)
    return import_document(Document(source=source, data=data, format=fmt))


def finish_all(data: Any, source: str, fmt: str) -> list[Document]:
    """Like :func:`finish`, but a foreign document may give several descriptors (a CTDL graph, an ELM
    credential with several claims), a JSON-LD array or a compact JWS string is imported too, and a
    list of descriptors (as ``qa-checker convert`` writes) gives one document per item."""
    if depth(data) > MAX_DEPTH or non_finite(data) is not None:
        return [finish(data, source, fmt)]
    if is_descriptor_list(data):
        return finish_each(data, source, fmt)
    if not (isinstance(data, dict) or accepts(data)):
        return [finish(data, source, fmt)]
    return import_documents(Document(source=source, data=data, format=fmt))


def is_descriptor_list(data: Any) -> bool:
    """A list of objects of which at least one is a descriptor: several descriptors in one file."""
    return (isinstance(data, list) and bool(data) and all(isinstance(item, dict) for item in data)
            and any("descriptor_version" in item for item in data))


def finish_each(items: list[Any], source: str, fmt: str) -> list[Document]:
    """One or more documents per item of a multi-document file, named ``FILE [document N]``."""
    if len(items) == 1:
        return finish_all(items[0], source, fmt)
    return [document for number, item in enumerate(items, start=1)
            for document in finish_all(item, f"{source} [document {number}]", fmt)]
