"""The budget every input is read within, the same whether it comes from a folder, an archive,
a spreadsheet or standard input."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
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
    archive_members: int = field(default=50_000, metadata={"help": "members a .zip may hold"})
    archive_total_bytes: int = field(default=1024 * 1024 * 1024,
                                     metadata={"help": "bytes all members of a .zip may unpack to"})
    archive_ratio: int = field(default=100, metadata={"help": "compression ratio of a .zip member (zip bombs)"})
    archive_ratio_floor: int = field(default=1024 * 1024,
                                     metadata={"help": "unpacked size below which the ratio is not judged"})
    seconds: float = field(default=60.0, metadata={
        "help": "seconds one input may take to read, and one descriptor to check, before it is given up"})


def tunable() -> dict[str, tuple[str, Any, str]]:
    """The limits ``--limit NAME=VALUE`` sets: option name to (field name, default, help)."""
    return {f.name.replace("_", "-"): (f.name, f.default, f.metadata["help"]) for f in fields(Limits)
            if "help" in f.metadata}


def with_settings(limits: Limits, settings: Iterable[str]) -> Limits:
    """``limits`` with ``NAME=VALUE`` settings applied; a ``ValueError`` names a bad one."""
    known = tunable()
    changes: dict[str, Any] = {}
    for setting in settings:
        name, _, value = setting.partition("=")
        key = name.strip().lower().replace("_", "-")
        if key not in known:
            raise ValueError(f"unknown limit '{name}' (limits: {', '.join(sorted(known))})")
        attribute, default, _ = known[key]
        try:
            number = type(default)(value.strip().replace("_", ""))
        except ValueError:
            raise ValueError(f"the limit {key} needs a number, not '{value}'") from None
        if number <= 0:
            raise ValueError(f"the limit {key} must be greater than 0")
        changes[attribute] = number
    return replace(limits, **changes)


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
