"""Fuzz target: OpenDocument spreadsheets (.ods).

The first byte chooses how the rest is given: as the ``.ods`` file itself (so mutations reach the zip
and package checks), or as the ``content.xml`` of a well-formed package with a spreadsheet's mimetype
(so mutations of the XML reach the sheet reader instead of failing the zip's checksums).
"""

from __future__ import annotations

import io
import zipfile

from _harness import main

MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def package(content: bytes) -> bytes:
    """An ``.ods`` of ``content`` as its ``content.xml``: the mimetype first and stored, as ODF writes it."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def materialise(raw: bytes) -> tuple[str, bytes]:
    mode, rest = (raw[0] % 2, raw[1:]) if raw else (0, b"")
    return (".ods", rest) if mode == 0 else (".ods", package(rest))


if __name__ == "__main__":
    main(materialise)
