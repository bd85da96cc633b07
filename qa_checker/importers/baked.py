"""Baked Open Badges: a PNG or SVG image with the badge's credential embedded in it (Open Badges 2.0 and 3.0 baking).

A PNG holds it in an ``iTXt`` chunk (``tEXt`` in legacy badges) with the keyword ``openbadges`` (2.0) or
``openbadgecredential`` (3.0); an SVG in an ``<openbadges:assertion>`` (2.0) or ``<openbadges:credential>`` (3.0)
element, as JSON in its body, or in its ``verify`` attribute as a compact JWS (or, in 2.0, the address of the
hosted assertion). What is embedded is read as a ``.json`` or ``.jwt`` file holding it would be; the image itself
is never decoded, and the scan of the file is linear in its size.
"""

from __future__ import annotations

import html
import zlib

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.importers import envelope
from qa_checker.limits import Limits
from qa_checker.loaders.common import PNG_SIGNATURE, load_error, wide_text
from qa_checker.patterns import regex
from qa_checker.text import Text, msg

# The keywords of the chunk a badge is baked in: Open Badges 3.0's, then 2.0's.
_KEYWORDS = (b"openbadgecredential", b"openbadges")
# The namespaces of the SVG element a badge is baked in, and the element's names (3.0's, then 2.0's).
_SVG_NAMESPACE = regex(
    r"""xmlns:([A-Za-z_][\w.-]*)\s*=\s*["'](?:https?://purl\.imsglobal\.org/ob/v3p0|https?://openbadges\.org)/?["']"""
)
_SVG_ELEMENTS = ("credential", "assertion")
_MAX_PREFIXES = 4
_VERIFY = regex(r"""\bverify\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_HINT = msg("Give the badge's credential as JSON or as a compact JWS (.json, .jwt), or an image with the badge baked.")


def load(raw: bytes, source: str, limits: Limits | None = None) -> list[Document]:
    """The documents of the credential baked in a PNG or SVG image, or one refusal saying why there is none."""
    limits = limits or Limits()
    image = ""
    if raw.startswith(PNG_SIGNATURE):
        found = _png(raw, limits)
    else:
        text = _svg_text(raw, source)
        if isinstance(text, Document):
            return [text]
        if "<svg" not in text[:65536]:
            return [
                load_error(
                    source,
                    ids.UNPARSABLE,
                    msg("the file is neither a PNG image (it lacks the PNG signature) nor an SVG image"),
                    _HINT,
                )
            ]
        found, image = _svg(text), text
    if isinstance(found, Text):
        return [load_error(source, ids.UNREADABLE, found, _HINT)]
    payload, where = found
    payload = payload.strip()
    return _read(payload, where, source, limits, _margin(image, payload) if image else "")


def _margin(text: str, payload: str) -> str:
    """White space that puts ``payload`` where it stands in the SVG ``text`` (its lines before, its column), so that
    what is found in it is placed on the image file's lines; none when it is not there as written (entities)."""
    lead = text.find(payload[:200])
    if lead < 0:
        return ""
    line_start = text.rfind("\n", 0, lead) + 1
    return "\n" * text.count("\n", 0, lead) + " " * (lead - line_start)


def _svg_text(raw: bytes, source: str) -> str | Document:
    """The text of an SVG image: UTF-16 or UTF-32 as its byte-order mark says, else UTF-8 (XML's default)."""
    wide = wide_text(raw, source, "svg")
    if wide is not None:
        return wide
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = msg("the file is neither a PNG image nor an SVG image in UTF-8 (byte {offset})", offset=exc.start)
        return load_error(source, ids.UNPARSABLE, message, _HINT)


def _read(payload: str, where: str, source: str, limits: Limits, margin: str = "") -> list[Document]:
    from qa_checker.loaders import json_, jwt_

    if payload.startswith(("{", "[")):
        return json_.load((margin + payload).encode("utf-8"), source, limits)
    if envelope.looks_like_jws(payload):
        return jwt_.load(payload.encode("utf-8"), source, limits)
    if payload.startswith(("http://", "https://")) and not any(c.isspace() for c in payload):
        message = msg(
            "the badge baked in the image ({where}) is only the address of its assertion, {url}; "
            "qa-checker does not fetch it",
            where=where,
            url=payload[:300],
        )
        hint = msg("Download the assertion from that address and give its JSON.")
        return [load_error(source, ids.UNREADABLE, message, hint)]
    message = msg("the badge baked in the image ({where}) is neither JSON nor a compact JWS", where=where)
    return [load_error(source, ids.UNPARSABLE, message, _HINT)]


def _png(raw: bytes, limits: Limits) -> tuple[str, str] | Text:
    """The text of the first chunk a badge is baked in, with the chunk's name, or why there is none."""
    at = len(PNG_SIGNATURE)
    while at + 8 <= len(raw):
        length = int.from_bytes(raw[at : at + 4], "big")
        kind = raw[at + 4 : at + 8]
        end = at + 8 + length
        if end + 4 > len(raw):
            return msg("the PNG image ends inside a chunk (at byte {offset}) before any baked Open Badge", offset=at)
        if kind in (b"iTXt", b"tEXt", b"zTXt"):
            found = _text_chunk(kind, raw[at + 8 : end], limits)
            if found is not None:
                return found
        if kind == b"IEND":
            break
        at = end + 4
    return msg(
        "unsupported file type '{type}': an image without a baked Open Badge "
        "(no 'openbadgecredential' or 'openbadges' text chunk)",
        type=".png",
    )


def _text_chunk(kind: bytes, data: bytes, limits: Limits) -> tuple[str, str] | Text | None:
    """The text of a PNG text chunk with a badge keyword (and the chunk's name), ``None`` for another keyword."""
    keyword, _, rest = data.partition(b"\0")
    if keyword not in _KEYWORDS:
        return None
    name = f"{kind.decode('ascii')} chunk '{keyword.decode('ascii')}'"
    if kind == b"tEXt":
        return rest.decode("latin-1"), name
    if kind == b"zTXt":
        compressed, body = True, rest[1:]
    else:
        compressed = rest[:1] not in (b"", b"\0")
        _language, _, rest = rest[2:].partition(b"\0")
        _translated, _, body = rest.partition(b"\0")
    if compressed:
        inflater = zlib.decompressobj()
        try:
            body = inflater.decompress(body, limits.max_bytes + 1)
        except zlib.error:
            return msg("the {chunk} of the PNG image is not valid compressed data", chunk=name)
        if len(body) > limits.max_bytes or inflater.unconsumed_tail:
            return msg(
                "the {chunk} of the PNG image holds more than {limit} bytes (max-bytes)",
                chunk=name,
                limit=limits.max_bytes,
            )
    try:
        return body.decode("utf-8" if kind != b"zTXt" else "latin-1"), name
    except UnicodeDecodeError:
        return msg("the {chunk} of the PNG image is not UTF-8 text", chunk=name)


def _svg(text: str) -> tuple[str, str] | Text:
    """The credential in the first badge element of an SVG image (its body, else its ``verify`` attribute), with
    the element's name, or why there is none."""
    # Each prefix costs a scan of the text: a few are looked for, however many declarations the image makes.
    prefixes = list(dict.fromkeys([*_SVG_NAMESPACE.findall(text[:65536]), "openbadges"]))[:_MAX_PREFIXES]
    for prefix in prefixes:
        for element in _SVG_ELEMENTS:
            tag = f"<{prefix}:{element}"
            start = _find_tag(text, tag)
            if start < 0:
                continue
            close = text.find(">", start)
            if close < 0:
                break
            head = text[start : close + 1]
            name = f"<{prefix}:{element}>"
            body = ""
            if not head.endswith("/>"):
                stop = text.find(f"</{prefix}:{element}", close)
                body = text[close + 1 : stop if stop >= 0 else len(text)]
            content = _element_text(body)
            if content:
                return content, name
            verify = _VERIFY.search(head)
            if verify is not None:
                return html.unescape(verify.group(1) or verify.group(2) or ""), name + " verify"
            return msg("the {element} element of the SVG image is empty", element=name)
    return msg(
        "unsupported file type '{type}': an image without a baked Open Badge "
        "(no <openbadges:credential> or <openbadges:assertion> element)",
        type=".svg",
    )


def _find_tag(text: str, tag: str) -> int:
    """Where the first start tag ``tag`` (``<prefix:name``, followed by white space, ``>`` or ``/``) begins, or -1."""
    start = text.find(tag)
    while start >= 0 and text[start + len(tag) : start + len(tag) + 1] not in ("", " ", "\t", "\r", "\n", ">", "/"):
        start = text.find(tag, start + 1)
    return start


def _element_text(body: str) -> str:
    """An element's text: its CDATA sections as they are, the rest with XML's character references replaced."""
    parts: list[str] = []
    at = 0
    while True:
        start = body.find("<![CDATA[", at)
        if start < 0:
            parts.append(html.unescape(body[at:]))
            break
        end = body.find("]]>", start)
        parts.append(html.unescape(body[at:start]))
        parts.append(body[start + 9 : end if end >= 0 else len(body)])
        if end < 0:
            break
        at = end + 3
    return "".join(parts).strip()
