"""Fuzz target: XML credentials and learning opportunities (Europass LOQ and LOMS uploads, ELM v2)."""

from __future__ import annotations

from _harness import main, plain

materialise = plain(".xml")

if __name__ == "__main__":
    main(materialise)
