"""``text.fill`` puts each param in its ``{name}`` and leaves every other brace as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qa_checker.text import PLACEHOLDER, fill

_PIECES = st.sampled_from(["{a}", "{b}", "{a_1}", "{", "}", "{{a}}", "{ a}", "{a-b}", "{}", "x", " ", "é", "\n"])
_PARAMS = st.dictionaries(st.sampled_from(["a", "b", "a_1", "c"]), st.one_of(st.text(max_size=5), st.integers()))


@given(st.lists(_PIECES, max_size=12).map("".join), _PARAMS)
def test_fill_replaces_the_placeholders_with_a_value_and_nothing_else(template: str, params: dict[str, object]) -> None:
    expected = PLACEHOLDER.sub(lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0), template)
    assert fill(template, params) == expected


def test_a_value_that_looks_like_a_placeholder_is_not_filled_again() -> None:
    assert fill("{a} and {b}", {"a": "{b}", "b": "x"}) == "{b} and x"
    assert fill("{{first}: ..., {last}: ...}", {"first": "en", "last": "de"}) == "{en: ..., de: ...}"
