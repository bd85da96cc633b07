"""Findings told from jsonschema-rs's errors equal jsonschema's on generated descriptors: values of every kind put
anywhere, huge and odd numbers, surrogates, NUL and JSON pointer characters in keys, nesting, 499-501 values at
the edge of the compiled check's reports, and texts whose verdict Python's and Rust's regular expressions differ on
(a newline before the end)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker import validation
from tests.conftest import SAMPLES


def _offer() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SAMPLES / "offers/data-ethics-nl.yaml").read_text(encoding="utf-8"))
    return loaded


OFFER = _offer()


def _pointers(node: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _pointers(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _pointers(value, (*path, index))
    return found


PLACES = [place for place in _pointers(OFFER) if place]
# Characters Python's \s or \d reads otherwise than Rust's (U+001C-U+001F, U+0085, digits newer than Python's
# Unicode): the compiled check accepts an id of them alone, where jsonschema alone would not (both paths below
# prune with the compiled check, so they agree).
_DIFFERING = "\x1c\x1d\x1e\x1f\x85"
_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("ENende0619P1YDTMH-./: \n\t~/\x00\u00ad\u200bΩ")),
        st.characters(blacklist_categories=("Cs", "Nd"), blacklist_characters=_DIFFERING),
    ),
    max_size=12,
)
_KEYS = st.one_of(st.sampled_from(["~", "/", "~1", "~0", "", "\x00", "en", "EN", "a/b", "x~y"]), _TEXT)
_NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from([0, -1, 8, 9, 2**63, -(2**63) - 1, 2**64, 10**400]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([8.5, 1e308, -0.0, 5e-324, 0.1]),
)
_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), _NUMBERS, _TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=12,
)


def _put(data: dict[str, Any], place: tuple[str | int, ...], value: object) -> None:
    node: Any = data
    for step in place[:-1]:
        node = node[step]
    node[place[-1]] = value


def _by_jsonschema(data: object, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    with monkeypatch.context() as patched:
        patched.setattr(validation, "_compiled_errors", lambda data: None)
        patched.setattr(validation, "is_valid", lambda data: False)  # jsonschema's verdict, not the compiled one
        return validation.validate(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    changes=st.lists(st.tuples(st.sampled_from(PLACES), _VALUES), min_size=1, max_size=4),
    extra=st.dictionaries(_KEYS, _VALUES, max_size=2),
)
def test_findings_from_the_compiled_errors_equal_jsonschemas(
    changes: list[tuple[tuple[str | int, ...], object]], extra: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy.deepcopy(OFFER)
    for place, value in changes:
        try:
            _put(data, place, value)
        except (KeyError, IndexError, TypeError):  # an earlier change replaced a parent
            continue
    data.update(extra)
    assert validation.validate(data) == _by_jsonschema(data, monkeypatch)


@pytest.mark.parametrize("count", [498, 499, 500, 501])
@pytest.mark.parametrize("value", ["en", "EN", "e\n", 5])
def test_the_edge_of_the_compiled_reports_is_told_alike(
    count: int, value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy.deepcopy(OFFER)
    data["languages"] = [value] * (count - 1) + ["xx-"]
    data["id"] = ""
    assert validation.validate(data) == _by_jsonschema(data, monkeypatch)


@pytest.mark.parametrize(
    "value",
    ["en\n", "NL\n", "P1D\n", "0613\n", "\ud800", "e\x00", "~1", 10**400, -(2**63) - 1, 1e308, [[[[[]]]]]],
    ids=repr,
)
@pytest.mark.parametrize("place", [("languages", 0), ("field_of_education",), ("workload", "ects"), ("title",)])
def test_odd_values_are_told_alike(
    place: tuple[str | int, ...], value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy.deepcopy(OFFER)
    _put(data, place, value)
    data[value if isinstance(value, str) else "k~/"] = {"~": {"/": value}}
    assert validation.validate(data) == _by_jsonschema(data, monkeypatch)
