"""orjson reads the usual JSON descriptor (issue 11), and gives exactly what the standard library's reading gives.

``json_._read_fast`` takes orjson's value only when it is the standard library's: no repeated key (found by
counting colons), no integer beyond 64 bits (which orjson reads as a float), nothing orjson refuses (NaN,
infinities, lone surrogates, deep nesting). ``common.within_by_size`` then spares the walk of the limits
when the text is too small to break them. These tests hold the two ways to the same documents and findings on
generated texts (junk, and the standard library's output of random values with repeated keys written in).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.explain import good_offer
from qa_checker.limits import Limits
from qa_checker.loaders import common, json_


@contextmanager
def _standard_library_only() -> Iterator[None]:
    with mock.patch.object(json_, "_read_fast", lambda text: (False, None)):
        yield


def _typed(value: Any) -> Any:
    """The value with each scalar's type beside it (``1 == 1.0 == True`` would hide a difference)."""
    if isinstance(value, dict):
        return [(key, _typed(item)) for key, item in value.items()]
    if isinstance(value, (list, tuple)):
        return [_typed(item) for item in value]
    return (type(value).__name__, repr(value))


def _read(text: str, limits: Limits | None = None) -> list[tuple[Any, Any]]:
    return [
        (_typed(d.data), repr(d.findings)) for d in json_.load(text.encode("utf-8", "surrogatepass"), "x.json", limits)
    ]


def _same_either_way(text: str, limits: Limits | None = None) -> None:
    fast = _read(text, limits)
    with _standard_library_only():
        plain = _read(text, limits)
    assert fast == plain, text


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = st.sampled_from(
    [
        *('{"a": 1}', '{"a": 1, "a": 2}', '"a": ', '"b"', ":", ",", "{", "}", "[", "]", " ", "\n", "\t", "\x0c"),
        *("1", "-0", "2.5", "1e400", "NaN", "Infinity", "18446744073709551616", "-9223372036854775809", "1e+20"),
        *('"\\ud800"', '"\\u003a"', '"x:y"', '"\\""', '"é"', "true", "null", "tru", "\u2028", "\ufeff", "01", ".5"),
    ]
)


@_SETTINGS
@given(st.lists(_PIECES, min_size=1, max_size=16).map("".join))
def test_junk_reads_the_same(text: str) -> None:
    _same_either_way(text)


_KEYS = st.sampled_from(["a", "b", "title", "x:y", "é", 'q"', "\\", ":", "e+", "u003a"])
_SCALARS = st.one_of(
    _KEYS,
    st.text(max_size=8),
    st.integers(-(10**25), 10**25),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=20,
)


@_SETTINGS
@given(_VALUES, st.booleans(), st.booleans(), st.sampled_from([None, Limits(max_depth=3), Limits(max_list_items=2)]))
def test_written_values_read_the_same(value: Any, ascii_only: bool, repeat: bool, limits: Limits | None) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=1)
    if repeat and '": ' in text:
        at = text.index('": ') + 3
        text = f'{text[:at]}1, "a": 2, "a": {text[at:]}'  # a repeated key written into the first object
    _same_either_way(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": 2}',
        '{"a": "x", "a": "y:z"}',
        '{"k\\u003ay": 1, "k": 2, "k": 3}',
        '{"n": 18446744073709551616}',
        '{"n": -9223372036854775809}',
        '{"n": NaN}',
        '{"n": 1e400}',
        '{"t": "\\ud800"}',
        "[" * 300 + "]" * 300,
    ],
)
def test_what_orjson_reads_otherwise_is_left_to_the_standard_library(text: str) -> None:
    assert json_._read_fast(text) == (False, None)
    _same_either_way(text)


def test_a_usual_descriptor_is_read_by_orjson_without_a_walk() -> None:
    text = json.dumps(good_offer(), ensure_ascii=False, indent=2)
    read, value = json_._read_fast(text)
    assert read and value == json.loads(text)
    with mock.patch.object(common, "plainly_within", side_effect=AssertionError("walked")):
        [document] = json_.load(text.encode("utf-8"), "x.json")
    assert document.data == value


@pytest.mark.parametrize("limits", [Limits(max_depth=2), Limits(max_list_items=2), Limits(max_string_chars=10)])
def test_a_text_its_size_does_not_bound_is_walked(limits: Limits) -> None:
    text = json.dumps(good_offer(), ensure_ascii=False, indent=2)
    with (
        mock.patch.object(common, "plainly_within", side_effect=AssertionError("walked")),
        pytest.raises(AssertionError),
    ):
        json_.load(text.encode("utf-8"), "x.json", limits)
    _same_either_way(text, limits)
