"""Hostile round 27: every field of a good offer and of an issued credential, in turn, blank or of the wrong kind.

A sweep set each value of the two (and of 100 held-out descriptors, in a run beside the suite: 300,000 documents)
to an empty or blank text, a dash, a zero, an infinity, an empty list or object, a code of another list, and, as a
Python caller who loaded YAML passes it, a date object. Two rules failed (MC-EN-001) on an awarding body whose
country is the empty text: the languages' check took "" for the country of a code no country shares and looked for
the language meant among none. And the schema's message on a value of the wrong type quoted it as JSON, which has no
date, so one descriptor failed whole (MC-EN-002). A blank country now names no country, and a value no JSON holds is
quoted as its text. Every value here gives findings, never a failure of the checker.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline, graded_credential

FAILURES = ("MC-EN-001", "MC-EN-002")
VALUES: list[Any] = [
    "",
    " ",
    "\u00a0",
    "-",
    "0",
    "n/a",
    None,
    0,
    -1,
    1.5,
    float("inf"),
    float("nan"),
    True,
    [],
    {},
    [""],
    [None],
    {"": ""},
    {"en": ""},
    "ch",
    "2026-13-45",
    "PT",
    date(2026, 1, 15),
    datetime(2026, 1, 15, 9, 30, tzinfo=timezone.utc),
]


def _pointers(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    if path:
        yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _pointers(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _pointers(value, (*path, index))


def _with(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    node: Any = changed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = copy.deepcopy(value)
    return changed


def _failures(documents: list[tuple[str, dict[str, Any]]]) -> list[str]:
    report = check_documents([Document(source=name, data=data, format="yaml") for name, data in documents], now=NOW)
    return [
        f"{name}: {finding.message}"
        for (name, _), result in zip(documents, report.results, strict=True)
        for finding in result.findings
        if finding.rule in FAILURES
    ]


@pytest.mark.parametrize("kind", ["offer", "credential"])
def test_every_field_blank_or_of_the_wrong_kind_gives_findings_never_a_failure(kind: str) -> None:
    good = baseline() if kind == "offer" else graded_credential("Dutch 1-10 scale, pass mark 5.5", "7,5")
    documents = [
        (f"{'/'.join(map(str, path))}={value!r}", _with(good, path, value))
        for path in _pointers(good)
        for value in VALUES
    ]
    assert len(documents) > 1_500
    assert _failures(documents) == []


def test_a_blank_country_names_no_country() -> None:
    offer = baseline()
    offer["awarding_bodies"][0]["country"] = ""
    (result,) = check_documents([Document(source="offer.yaml", data=offer, format="yaml")], now=NOW).results
    told = {(f.rule, f.pointer) for f in result.findings}
    assert ("MC-EL-003", "/awarding_bodies/0/country") in told
    assert not {rule for rule, _ in told} & set(FAILURES)


def test_a_date_object_of_a_python_caller_is_quoted_as_its_text() -> None:
    credential = graded_credential("Dutch 1-10 scale, pass mark 5.5", "7,5")
    credential["issue_date"] = date(2026, 1, 15)
    credential["descriptor_version"] = [date(2026, 1, 15)]
    (result,) = check_documents([Document(source="c.yaml", data=credential, format="yaml")], now=NOW).results
    assert not {f.rule for f in result.findings} & set(FAILURES)
    assert any("2026-01-15" in f.message for f in result.findings if f.pointer == "/descriptor_version")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
_PATHS = list(_pointers(baseline()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_PATHS), _JSON)
def test_any_value_anywhere_in_a_good_offer_gives_findings_never_a_failure(
    path: tuple[str | int, ...], value: Any
) -> None:
    assert _failures([("offer.yaml", _with(baseline(), path, value))]) == []
