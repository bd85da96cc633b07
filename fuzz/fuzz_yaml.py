"""Fuzz target: YAML files."""

from __future__ import annotations

from _harness import main, plain

materialise = plain(".yaml")

if __name__ == "__main__":
    main(materialise)
