"""Fuzz target: Excel workbooks (.xlsx)."""

from __future__ import annotations

from _harness import main, plain

materialise = plain(".xlsx")

if __name__ == "__main__":
    main(materialise)
