"""Fuzz target: zip archives of descriptors, each member read by the loader for its suffix."""

from __future__ import annotations

from _harness import main, plain

materialise = plain(".zip")

if __name__ == "__main__":
    main(materialise)
