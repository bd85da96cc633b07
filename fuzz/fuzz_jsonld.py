"""Fuzz target: JSON-LD credentials and their envelopes (ELM, Open Badges 3.0, CTDL, compact JWS).

The first byte chooses how the rest is given: as a ``.jsonld`` file, as a ``.jwt`` file, or as the
payload of a compact JWS written to a ``.jwt`` file (so mutations of JSON reach the envelope code).
"""

from __future__ import annotations

from _harness import jws, main


def materialise(raw: bytes) -> tuple[str, bytes]:
    mode, rest = (raw[0] % 3, raw[1:]) if raw else (0, b"")
    if mode == 0:
        return ".jsonld", rest
    if mode == 1:
        return ".jwt", rest
    return ".jwt", jws(rest)


if __name__ == "__main__":
    main(materialise)
