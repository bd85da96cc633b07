"""A JSON syntax error at a character that shows as a space or as nothing names that character.

A byte-order mark in the middle of a file (two files joined), a second one at its start, a no-break
space or a line separator from a word processor: the parser's "Expecting value" pointed at a place
where the author sees nothing wrong.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import json_


@pytest.mark.parametrize(
    ("text", "code", "place"),
    [
        ('{"a": 1,\n\ufeff"b": 2}', "U+FEFF (ZERO WIDTH NO-BREAK SPACE)", "line 2, column 1"),
        ('\ufeff\ufeff{"a": 1}', "U+FEFF (ZERO WIDTH NO-BREAK SPACE)", "line 1, column 1"),
        ('{"a":\u00a01}', "U+00A0 (NO-BREAK SPACE)", "line 1, column 6"),
        ('{"a": 1,\u200b"b": 2}', "U+200B (ZERO WIDTH SPACE)", "line 1, column 9"),
        ('{\u2028"a": 1}', "U+2028 (LINE SEPARATOR)", "line 1, column 2"),
    ],
)
def test_the_unseen_character_at_a_syntax_error_is_named(text: str, code: str, place: str) -> None:
    [document] = json_.load(text.encode(), "x.json")
    [finding] = document.findings
    assert finding.rule == "MC-LD-002"
    assert f"invalid JSON at {place}: the character {code} stands here" in finding.message
    assert finding.hint == "Delete the character, or replace it with a plain space."


def test_unseen_characters_inside_texts_are_read() -> None:
    [document] = json_.load('{"title": {"en": "a\ufeff\u00a0\u200bb"}}'.encode(), "x.json")
    assert document.data == {"title": {"en": "a\ufeff\u00a0\u200bb"}}
