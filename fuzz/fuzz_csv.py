"""Fuzz target: CSV catalogues."""

from __future__ import annotations

from _harness import main, plain

materialise = plain(".csv")

if __name__ == "__main__":
    main(materialise)
