"""Fuzz target: JSON files (descriptors and JSON-LD credentials)."""

from __future__ import annotations

from _harness import main, plain

materialise = plain(".json")

if __name__ == "__main__":
    main(materialise)
