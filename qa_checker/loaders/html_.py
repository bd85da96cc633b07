"""HTML pages: the JSON-LD of their ``<script type="application/ld+json">`` blocks, as providers publish a course
(schema.org ``Course``) on its web page.

The page is scanned once, without building a tree: comments and every script's text are skipped whole, so a
``<script>`` in a comment or a string is no block. Each block is parsed and imported as a JSON file of its own,
and kept when it gives something to check (a course, any credential qa-checker imports, a descriptor, or a block
that could not be read); a block of another type (``BreadcrumbList``, ``WebSite``) is left out. A reference
(``{"@id": ...}``) to a node only another block of the page describes, in the same context, is read as that node:
JSON-LD 1.1 reads a page's scripts as one document. Findings are placed at their line and column in the page: a
block's parse errors are moved there, and the block is kept for placing the findings of its descriptors (its text at
its place in the page, the rest blank). Several kept blocks are named ``FILE [script N]``, N counting the page's
JSON-LD blocks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Finding
from qa_checker.limits import Limits
from qa_checker.loaders import json_
from qa_checker.loaders.code_pages import legacy_reading, text_codec
from qa_checker.loaders.common import load_error
from qa_checker.patterns import regex
from qa_checker.text import msg, plural

# A comment, or the start of a script's tag.
_OPEN = regex(r"<!--|<script\b", re.IGNORECASE)
_CLOSE = regex(r"</script\s*>", re.IGNORECASE)
_TYPE = regex(r"""(?<![\w-])type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_JSON_LD = "application/ld+json"
# The wrappers some pages put around a script's text (CDATA, an HTML comment), blanked before parsing.
_WRAP_START = regex(r"\A\s*(?:(?://|/\*)[ \t]*)?(?:<!\[CDATA\[|<!--)(?:[ \t]*\*/)?")
_WRAP_END = regex(r"(?:(?://|/\*)[ \t]*)?(?:\]\]>|-->)(?:[ \t]*\*/)?\s*\Z")
# The keys of a reference to a node described elsewhere.
_REFERENCE_KEYS = frozenset({"@id", "@type"})
_CHARSET = regex(rb"""<meta[^>]{0,200}charset\s*=\s*["']?([A-Za-z0-9_-]{1,40})""", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    """The text of one JSON-LD block, its number among the page's blocks and where it starts (1-based)."""

    number: int
    text: str
    line: int
    column: int

    def placed(self) -> bytes:
        """The page as far as the block is concerned: the block's text at its place, everything before it blank."""
        return ("\n" * (self.line - 1) + " " * (self.column - 1) + self.text).encode("utf-8")


@dataclass(frozen=True)
class Read:
    """What one page gave: the documents, and the text of each kept block by the name of its documents."""

    documents: list[Document]
    texts: dict[str, Block]


def blocks(text: str) -> list[Block]:
    """The page's JSON-LD blocks that hold something, in order; the page is read once, lines counted as it goes."""
    found: list[Block] = []
    number, pos, counted, line, line_start = 0, 0, 0, 1, 0
    while True:
        tag = _OPEN.search(text, pos)
        if tag is None:
            return found
        if tag.group(0) == "<!--":
            end = text.find("-->", tag.end())
            pos = len(text) if end < 0 else end + 3
            continue
        closed = text.find(">", tag.end())
        if closed < 0:
            return found  # a tag never closed: nothing after it is markup
        start = closed + 1
        close = _CLOSE.search(text, start)
        end, pos = (close.start(), close.end()) if close is not None else (len(text), len(text))
        kind = _TYPE.search(text, tag.end(), closed)
        media = next((g for g in kind.groups() if g is not None), "") if kind is not None else ""
        if media.split(";")[0].strip().lower() != _JSON_LD:
            continue
        number += 1
        body = _unwrapped(text[start:end])
        if not body.strip():
            continue
        breaks = text.count("\n", counted, start)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", counted, start) + 1
        counted = start
        found.append(Block(number, body, line, start - line_start + 1))


def _unwrapped(body: str) -> str:
    """A script's text with a CDATA section's or comment's marks around it blanked (its places kept)."""
    head = _WRAP_START.match(body)
    if head is not None:
        body = _blank(head.group(0)) + body[head.end() :]
        tail = _WRAP_END.search(body)
        if tail is not None:
            body = body[: tail.start()] + _blank(tail.group(0))
    return body


def _blank(text: str) -> str:
    """Text as white space of its lines: its line breaks kept, anything else a space."""
    return "".join(c if c == "\n" else " " for c in text)


def decode(raw: bytes) -> str:
    """A page's text: UTF-8, else the charset its meta tag names, else the one code page its letters beyond
    ASCII read plausibly in (as a CSV's, :func:`~qa_checker.loaders.code_pages.legacy_reading`), else UTF-8 for
    a page mostly in it, else Windows-1252 (each byte a character), a byte no character replaced."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    named = _CHARSET.search(raw[:4096])
    # A charset naming no text encoding (an escape or transform codec: "idna", "punycode", "unicode_escape") is
    # passed over as one naming nothing known.
    codec = text_codec(named.group(1).decode("ascii")) if named is not None else None
    if codec is not None:
        return raw.decode(codec, errors="replace")
    reading = legacy_reading(raw)
    if reading.codec is not None:
        return raw.decode(reading.codec, errors="replace")
    return raw.decode("utf-8" if reading.utf8 else "cp1252", errors="replace")


def load(raw: bytes, source: str, limits: Limits | None = None) -> Read:
    """The documents of a page's JSON-LD blocks; one refusal, naming the page as HTML, when none holds any."""
    limits = limits or Limits()
    found_blocks = blocks(decode(raw))
    if len(found_blocks) > limits.max_documents:
        return Read([_too_many(source, len(found_blocks), limits.max_documents)], {})
    described = _described(found_blocks) if len(found_blocks) > 1 else {}
    kept: list[tuple[Block, list[Document]]] = []
    for block in found_blocks:
        others = {i: theirs for i, n in described.items() if (theirs := [d for d in n if d[0] != block.number])}
        linked = partial(_linked, described=others, limit=limits.max_nodes)
        documents = json_.load(block.text.encode("utf-8"), source, limits, linked if described else None)
        if all(_other_type(d) for d in documents):
            continue
        kept.append((block, [_moved(d, block) for d in documents]))
    if not kept:
        return Read([_no_course(source)], {})
    named = len(kept) > 1
    found: list[Document] = []
    texts: dict[str, Block] = {}
    for block, documents in kept:
        name = f"{source} [script {block.number}]" if named else source
        texts[name] = block
        found.extend(replace(d, source=name) for d in documents)
    return Read(found, texts)


def _described(found: list[Block]) -> dict[str, list[tuple[int, object, dict[str, Any]]]]:
    """The nodes the page's blocks describe, by ``@id``: for each block that describes it, the number of the block,
    its ``@context`` and the node (a block's object, the items of its top-level array or of its ``@graph``). JSON-LD
    1.1 reads all of a page's scripts as one document (``extractAllScripts``), so a course in one block may name its
    provider, described in another, by its ``@id``."""
    nodes: dict[str, list[tuple[int, object, dict[str, Any]]]] = {}
    for block in found:
        try:
            data = json.loads(block.text)
        except (ValueError, RecursionError):
            continue
        for top in data if isinstance(data, list) else [data]:
            if not isinstance(top, dict):
                continue
            graph = top.get("@graph")
            members = graph if isinstance(graph, list) else [graph] if isinstance(graph, dict) else [top]
            for node in members:
                ident = node.get("@id") if isinstance(node, dict) else None
                if isinstance(ident, str) and any(k not in _REFERENCE_KEYS for k in node):
                    nodes.setdefault(ident, []).append((block.number, _context(top.get("@context")), node))
    return nodes


def _context(context: object) -> object:
    """A context for comparing: a schema.org address by ``http`` or ``https``, with or without its slash, is one."""
    return context.rstrip("/").replace("http://", "https://") if isinstance(context, str) else context


def _linked(data: object, described: dict[str, list[tuple[int, object, dict[str, Any]]]], limit: int) -> None:
    """The block's references (objects of ``@id`` and ``@type`` only) to nodes only other blocks describe, in the
    same context, replaced in place by those nodes: by the first block's, with the other blocks' descriptions of it
    as its ``@included`` nodes, so that they are read as objects of one id (a term they give differently is a
    conflict, named where it is read). Each copy adds the node's values to the block, so copying stops once more
    than ``limit`` (``max-nodes``) were added: the block then holds more values than it may, and is refused for it
    (ten thousand references to a node of ten thousand keys took gigabytes)."""
    top = _context(data.get("@context")) if isinstance(data, dict) else None
    own: set[object] = set()
    places: list[tuple[Any, Any, str]] = []
    pending: list[object] = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            if any(k not in _REFERENCE_KEYS for k in value):
                own.add(value.get("@id"))
            items: Any = value.items()
        elif isinstance(value, list):
            items = enumerate(value)
        else:
            continue
        for key, item in items:
            ident = item.get("@id") if isinstance(item, dict) else None
            if isinstance(ident, str) and ident in described and all(k in _REFERENCE_KEYS for k in item):
                places.append((value, key, ident))
            else:
                pending.append(item)
    added = 0
    for holder, key, ident in places:
        nodes = [
            {k: v for k, v in node.items() if k != "@context"}
            for _, context, node in described[ident]
            if context == top
        ]
        if ident not in own and nodes:
            holder[key] = {**holder[key], **nodes[0], **({"@included": nodes[1:]} if len(nodes) > 1 else {})}
            added += sum(map(len, nodes))
            if added > limit:
                return


def _other_type(document: Document) -> bool:
    """Whether a block's document is JSON-LD of a kind qa-checker does not import (a page's breadcrumbs, its site
    search, the organisation): refused as no descriptor, which on a web page is no news."""
    return document.data is None and all(f.rule == ids.IMPORT_RECOGNISED for f in document.findings)


def _moved(document: Document, block: Block) -> Document:
    """A block's document with the lines and columns its parser gave moved to the page's."""
    if not any(f.line or (f.origin is not None and f.origin.line) for f in document.findings):
        return document
    return replace(document, findings=[_moved_finding(f, block) for f in document.findings])


def _moved_finding(finding: Finding, block: Block) -> Finding:
    """A finding placed in the page: its line and column, and a line and column its message names (``invalid JSON
    at line 5, column 20``)."""
    lines = block.line - 1

    def column(line: object, value: object) -> object:
        at = str(value)
        return str(int(at) + block.column - 1) if str(line) == "1" and at.isdigit() else value

    origin = finding.origin
    if origin is not None and origin.line:
        origin = replace(origin, line=origin.line + lines)
    text = finding.message_text
    said = text.params.get("line") if text is not None else None
    if text is not None and str(said).isdigit():
        params = {**text.params, "line": str(int(str(said)) + lines)}
        if "column" in params:
            params["column"] = column(said, params["column"])
        text = replace(text, params=params)
        finding = replace(finding, message=text.english(), message_text=text)
    found_column = column(finding.line, finding.column) if finding.column is not None else None
    return replace(
        finding,
        line=finding.line + lines if finding.line else finding.line,
        column=int(str(found_column)) if found_column is not None else None,
        origin=origin,
    )


def _too_many(source: str, count: int, limit: int) -> Document:
    return load_error(
        source,
        ids.OVER_LIMIT,
        plural(
            "the HTML page holds {count} JSON-LD block, over the limit of {limit} (max-documents); each could be "
            "a result of its own",
            "the HTML page holds {count} JSON-LD blocks, over the limit of {limit} (max-documents); each could be "
            "a result of its own",
            count,
            limit=limit,
        ),
        msg("Split the file, or raise the limit with --limit {name}=N if the file is genuine.", name="max-documents"),
        fmt="html",
    )


def _no_course(source: str) -> Document:
    suffix = source.rsplit(".", 1)[-1].lower() if "." in source else ""
    return load_error(
        source,
        ids.UNREADABLE,
        msg(
            "unsupported file type '{type}': an HTML page without a schema.org course, programme or credential "
            'in its JSON-LD (script type="application/ld+json")',
            type=f".{suffix}" if suffix in ("html", "htm") else ".html",
        ),
        msg("Name the course's page whose JSON-LD describes it (schema.org Course), or give the descriptor itself."),
        fmt="html",
    )
