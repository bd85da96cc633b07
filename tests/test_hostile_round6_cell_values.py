"""Spreadsheet cells read in time linear in their length, as before: a cell of a long run of spaces took seconds in
the credits-and-hours, awarding-body, language and header-note patterns (each place of the run tried to its
end). Almost-dates are kept as typed for the schema to report, never read as another day."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker import ects, value_reader
from qa_checker.loaders import cell_values
from qa_checker.loaders.cell_values import convert
from qa_checker.loaders.columns import field_for_path
from tests.timing import assert_linear

# The patterns as they were, quadratic on a run of spaces; the new ones must match alike.
BEFORE = {
    "WORKLOAD_PAIR": re.compile(r"^([^()/]+?)\s*(?:\(([^()/]+)\)|/\s*([^()/]+))$"),
    "BODIES_SPLIT": re.compile(r"\s*(?:;|\n)\s*"),
    "LANGUAGES_JOINED": re.compile(r"\s*[/&+]\s*|\s+(?:and|und|et|y|e|en|i|oraz|ed)\s+", re.IGNORECASE),
    "_CLOSING_NOTE": re.compile(r"\s*\([^()]*\)\s*$"),
}
PIECES = [" ", "  ", "\t", "\n", "\u00a0", ";", " ; ", "/", " / ", "&", "+", " and ", " UND ", "(", ")", "(b)", "5"]
PIECES += ["ECTS", "125 h", "x"]


def _now(name: str) -> re.Pattern[str]:
    """The pattern as it is: credits and hours in one text are read by qa_checker.ects, a code's closing note and
    languages joined by the value reader, the rest by the cells."""
    if name == "WORKLOAD_PAIR":
        return ects.WORKLOAD_PAIR
    return getattr(value_reader if name in ("_CLOSING_NOTE", "LANGUAGES_JOINED") else cell_values, name)


# Each awkward text of a given length.
LONG: list[Callable[[int], str]] = [
    lambda n: "5" + " " * n + "h(",
    lambda n: "5/" + " " * n + "(",
    lambda n: "a" + " \t" * (n // 2) + "x",
    lambda n: " " * n + "x",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join), st.sampled_from(sorted(BEFORE)))
def test_the_linear_patterns_match_as_before(text: str, name: str) -> None:
    before, now = BEFORE[name], _now(name)
    for variant in (text, text.strip()):
        if name == "WORKLOAD_PAIR":  # matched against a cell's stripped text only
            if variant == variant.strip():
                found, expected = now.match(variant), before.match(variant)
                assert (found and found.groups()) == (expected and expected.groups())
            continue
        assert now.split(variant) == before.split(variant)
        assert [m.span() for m in now.finditer(variant)] == [m.span() for m in before.finditer(variant)]


@pytest.mark.parametrize("name", sorted(BEFORE))
@pytest.mark.parametrize("text", LONG, ids=["spaces then bracket", "slash then spaces", "tabs", "leading"])
def test_a_long_run_of_spaces_is_read_quickly(name: str, text: Callable[[int], str]) -> None:
    pattern = _now(name)

    def read(size: int) -> object:
        value = text(size)
        pattern.search(value)
        return pattern.split(value)

    assert_linear(read)


@pytest.mark.parametrize("path", ["workload.ects", "workload.hours"])
def test_a_workload_cell_of_spaces_converts_quickly(path: str) -> None:
    spec = field_for_path(path)
    assert spec is not None
    assert_linear(lambda n: convert("5" + " " * n + "h (", spec))


@pytest.mark.parametrize(
    "text",
    [
        "31.02.2026.",
        "2026. 13. 01.",
        "2026. 02. 30.",
        "29.02.2025",
        "30 février 2026",
        "15 dеcembre 2026",
        "32.01.2026",
    ],
    ids=["31 February", "month 13", "30 February", "29 February 2025", "named 30 February", "Cyrillic e", "day 32"],
)
def test_an_almost_date_is_kept_as_typed(text: str) -> None:
    spec = field_for_path("participation.schedule.start")
    assert spec is not None
    assert convert(text, spec).value == text
