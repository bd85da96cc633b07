"""The schema's patterns say the same in Python's ``re`` (jsonschema, which explains a rejection) and in Rust's
regex (jsonschema_rs, which validates): ``\\s`` and ``\\d`` differ between the two (Rust's ``\\s`` leaves out
U+001C-U+001F and U+0085, its ``\\d`` knows digits newer than Python's tables), so the schema writes its
classes out."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest

from qa_checker.resources import bundled

SCHEMA = json.loads(bundled("schemas", "descriptor.schema.json").read_text(encoding="utf-8"))


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


# Every character up to the CJK punctuation block, and digits and spaces of scripts beyond it.
CHARACTERS = [chr(c) for c in range(0x3100)] + ["\U00010d40", "\U0001d7ce", "\ufeff", "\uff10"]


@pytest.mark.parametrize("pattern", sorted(set(_patterns(SCHEMA))))
def test_each_pattern_gives_the_same_verdict_in_both_engines(pattern: str) -> None:
    python = re.compile(pattern)
    rust = jsonschema_rs.validator_for({"type": "string", "pattern": pattern})
    texts = [*CHARACTERS, *(f"P{c}D" for c in CHARACTERS), *(f"x{c}" for c in CHARACTERS[:64])]
    differ = [text for text in texts if bool(python.search(text)) != rust.is_valid(text)]
    assert not differ, [f"U+{ord(t[-2] if t.startswith('P') and len(t) == 3 else t[-1]):04X}" for t in differ[:10]]
