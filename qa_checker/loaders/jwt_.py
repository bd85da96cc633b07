"""``.jwt`` files: a compact JWS/JWT whose payload is a credential (or a descriptor).

The payload is base64url-decoded and read; the signature is not verified (an info finding says so).
The descriptors read from the payload get the same checks of their texts as any JSON file.
"""

from __future__ import annotations

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.importers import envelope
from qa_checker.limits import Limits
from qa_checker.loaders.common import decode, finish_all, load_error, may_hold_unusual
from qa_checker.text import msg


def load(raw: bytes, source: str, limits: Limits | None = None) -> list[Document]:
    """Decode one compact JWS and import its payload."""
    text = decode(raw, source, "jwt")
    if isinstance(text, Document):
        return [text]
    # A token printed over several lines (as specifications and e-mails wrap it) is the same token: a JWS holds no
    # white space.
    token = "".join(text.split())
    if not envelope.looks_like_jws(token):
        return [
            load_error(
                source,
                ids.UNPARSABLE,
                msg("the file is not a compact JWS/JWT (three base64url parts separated by dots)"),
                msg("Give the JWT exactly as issued."),
                fmt="jwt",
            )
        ]
    return finish_all(token, source, "jwt", limits, size=len(text), clean=not may_hold_unusual(text))
