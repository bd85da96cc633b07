"""``.jwt`` files: a compact JWS/JWT whose payload is a credential (or a descriptor).

The payload is base64url-decoded and read; the signature is not verified (an info finding says so).
"""

from __future__ import annotations

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.importers import envelope
from qa_checker.loaders.common import decode, finish_all, load_error


def load(raw: bytes, source: str) -> list[Document]:
    """Decode one compact JWS and import its payload."""
    text = decode(raw, source, "jwt")
    if isinstance(text, Document):
        return [text]
    token = text.strip()
    if not envelope.looks_like_jws(token):
        return [load_error(source, ids.UNPARSABLE, "the file is not a compact JWS/JWT (three base64url parts "
                           "separated by dots)", "Give the JWT exactly as issued, on one line.", fmt="jwt")]
    return finish_all(token, source, "jwt")
