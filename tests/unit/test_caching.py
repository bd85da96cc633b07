"""caching.short_texts: short texts are derived once, long ones every time, the answers the same."""

from __future__ import annotations

from collections.abc import Callable

from qa_checker.caching import short_texts


def _counting() -> tuple[list[tuple[str, int]], Callable[[str, int], str]]:
    calls: list[tuple[str, int]] = []

    @short_texts(maxsize=2, longest=5)
    def derive(text: str, times: int) -> str:
        calls.append((text, times))
        return text * times

    return calls, derive


def test_a_short_text_is_derived_once_and_a_long_one_each_time() -> None:
    calls, derive = _counting()
    assert [derive("ab", 2), derive("ab", 2), derive("abcdef", 1), derive("abcdef", 1)] == [
        "abab",
        "abab",
        "abcdef",
        "abcdef",
    ]
    assert calls == [("ab", 2), ("abcdef", 1), ("abcdef", 1)]


def test_what_is_remembered_is_bounded() -> None:
    calls, derive = _counting()
    for text in ("a", "b", "c", "a"):
        derive(text, 1)
    assert calls == [("a", 1), ("b", 1), ("c", 1), ("a", 1)]
