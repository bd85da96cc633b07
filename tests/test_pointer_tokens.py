"""``pointer.tokens``: a pointer's unescaped tokens as the tuple that is remembered, for callers that only read
them (placing findings splits every pointer of a descriptor), without a list copied for each call."""

from __future__ import annotations

import pytest

from qa_checker import pointer as jp


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("", ()),
        ("/", ("",)),
        ("/a~1b/c~0d/0", ("a/b", "c~d", "0")),
        ("/learning_outcomes/2/de", ("learning_outcomes", "2", "de")),
    ],
)
def test_tokens_are_the_split_tokens(pointer: str, expected: tuple[str, ...]) -> None:
    assert jp.tokens(pointer) == expected == tuple(jp.split(pointer))


def test_tokens_are_remembered_not_copied() -> None:
    assert jp.tokens("/summary/en") is jp.tokens("/summary/en")


def test_a_text_that_is_no_pointer_is_refused() -> None:
    with pytest.raises(ValueError, match="not a JSON pointer"):
        jp.tokens("summary")
