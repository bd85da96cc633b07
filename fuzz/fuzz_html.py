"""Fuzz target: HTML course pages whose JSON-LD blocks hold schema.org courses."""

from __future__ import annotations

from _harness import main, plain

materialise = plain(".html")

if __name__ == "__main__":
    main(materialise)
