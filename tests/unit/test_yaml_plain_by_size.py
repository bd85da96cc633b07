"""The checks around yaml-rs that spare a walk or a loop in Python (issue 11) say what the slower ones say.

``yaml_._plain_by_size`` finds yaml-rs's value within the limits by the text's size and nesting and
orjson's writing of it; it may only say so where ``plainly_within``'s walk says so too. ``yaml_._odd_number``
looks only at the zeros and underscores a regular expression finds where a number may start.
"""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.limits import Limits
from qa_checker.loaders import common, yaml_
from tests.conftest import SAMPLES

pytestmark = pytest.mark.skipif(yaml_._rs() is None, reason="yaml-rs is not installed")

_WORDS = st.sampled_from(["a", "title", "0413", "1_000", "\n", "\n\n", "x\ny", "", ".inf", "-.inf", ".nan", "é"])
_SCALARS = st.one_of(_WORDS, st.integers(-(10**25), 10**25), st.floats(), st.booleans(), st.none(), st.text(max_size=6))
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(_WORDS, st.integers(0, 3), st.booleans()), inner, max_size=4),
    ),
    max_leaves=24,
)
_LIMITS = st.sampled_from([Limits(), Limits(max_depth=3), Limits(max_depth=40), Limits(max_list_items=3)])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_VALUES, st.sampled_from([None, 2, 40]), st.booleans(), _LIMITS)
def test_what_the_size_finds_plain_the_walk_finds_plain(
    value: Any, indent: int | None, flow: bool, limits: Limits
) -> None:
    text = yaml.safe_dump({"root": value}, indent=indent, default_flow_style=flow, allow_unicode=True, width=1000)
    read, parsed = yaml_._read_rs(text, Limits())
    if read and yaml_._plain_by_size(text, parsed, limits):
        assert common.plainly_within([parsed], limits, max(limits.max_bytes, len(text)), len(text), line_breaks=False)


@pytest.mark.parametrize(
    "text",
    [
        "a: ~\n",
        "a: .inf\n",
        'a: "\\n"\n',
        "a: 18446744073709551616\n",
        "1: a\n",
        "a:\n" + "".join(f"{'  ' * level}k{level}:\n" for level in range(1, 10)) + " " * 20 + "x: y\n",
    ],
)
def test_what_orjson_does_not_tell_is_walked(text: str) -> None:
    value = yaml_._rs().loads(text, parse_datetime=False)
    assert not yaml_._plain_by_size(text, value, Limits())


def test_a_usual_descriptor_is_not_walked() -> None:
    text = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_text(encoding="utf-8")
    with mock.patch.object(yaml_, "plainly_within", side_effect=AssertionError("walked")):
        read, value = yaml_._read_rs(text, Limits())
    assert read and value == yaml.safe_load(text)
    assert not yaml_._plain_by_size(text, value, Limits(max_depth=8))


@pytest.mark.parametrize(
    ("text", "odd"),
    [
        ("a: 0413", True),
        ("room 0413", False),
        ("a: 1_000", True),
        ("a_b: c", False),
        ("_x", True),
        ("# 0413", False),
        ("a: '0413' # 0413", False),
        ("- 0x1F", True),
        ("a: -0b1", True),
        ("a: [1, 0o7]", True),
        ("a: 2024-01-01", False),
        ("id: course-000123", False),
        ("a: 1e1_0", True),
        ("k: x_1", False),
    ],
)
def test_a_number_written_otherwise_is_found_where_it_may_start(text: str, odd: bool) -> None:
    assert yaml_._odd_number(text) is odd
