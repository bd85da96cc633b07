"""The budget every input is read within, the same whether it comes from a folder, an archive,
a spreadsheet or standard input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64


@dataclass(frozen=True)
class Limits:
    """How much one input may hold before it is refused with an ``MC-LD-005`` finding.

    ``max_bytes`` bounds a file, an archive member and standard input alike; the archive limits
    bound a ``.zip`` as a whole (member count, bytes unpacked in total, compression ratio of a
    member larger than ``archive_ratio_floor``).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    archive_members: int = 50_000
    archive_total_bytes: int = 1024 * 1024 * 1024
    archive_ratio: int = 100
    archive_ratio_floor: int = 1024 * 1024


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of a parsed value, counting no further than ``limit + 1``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if level > deepest:
            deepest = level
            if deepest > limit:
                return deepest
        if isinstance(node, dict):
            stack.extend((v, level + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, level + 1) for v in node)
    return deepest
