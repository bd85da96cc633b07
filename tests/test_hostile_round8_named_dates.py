"""Hostile dates in words: the sheet's reader and the schema's hint read a value alike whatever white space pads
it (the length limit is of the date, not of its padding), never read a day that does not exist, a month named
in mixed scripts or one two languages give differently, and answer at once for texts built to backtrack."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker.aliases import named_date
from qa_checker.loaders.cell_values import convert
from qa_checker.loaders.columns import field_for_path
from tests.rules.test_values_meant_for_objects_and_worded_dates import schema_hints
from tests.timing import assert_linear


def _cell(text: str) -> object:
    return convert(text, field_for_path("participation.schedule.start")).value


@pytest.mark.parametrize("pad", [" " * 55, "\t" * 70, "\u00a0" * 60, "\n" * 3 + " " * 58])
def test_padding_does_not_push_a_date_past_the_length_limit(pad: str) -> None:
    text = pad + "15 grudnia 2026" + pad
    assert named_date(text) == "2026-12-15"
    assert "write it as YYYY-MM-DD: 2026-12-15" in schema_hints({"/last_reviewed": text})["/last_reviewed"]


@pytest.mark.parametrize("text", ["1 " + "a" * 57 + " 2026", "1 " + "a" * 58 + " 2026"])
def test_a_text_at_the_length_limit_is_looked_at_and_one_past_it_is_not(text: str) -> None:
    assert named_date(text) is None  # no month named so; bounded either way


@pytest.mark.parametrize(
    "text",
    [
        "29 février 2027",
        "29. Februar 2100",
        "2027 m. vasario 29 d.",
        "1 Mаy 2026",  # a Cyrillic "а"
        "1 Οκτώβrίου 2026",
        "15 listopada 2026",
        "15 lip 2026",
    ],
)
def test_no_date_for_a_day_that_does_not_exist_a_mixed_script_or_clashing_month(text: str) -> None:
    assert named_date(text) is None
    assert _cell(text) == text


def test_february_29_of_a_leap_year_is_read() -> None:
    assert named_date("29 février 2028") == "2028-02-29" == _cell("29 février 2028")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("1 .,-'’aéαмńdeta gadam.r")), max_size=400))
def test_any_text_gives_a_date_or_none(text: str) -> None:
    found = named_date(text)
    assert found is None or (len(found) == 10 and found[4] == "-")


@pytest.mark.parametrize("unit", ["1 ", "a ", "de ", "ta' ", "1. ", "2026 m. ", "aaa aaa ", "é"])
def test_texts_built_to_backtrack_are_answered_at_once(unit: str) -> None:
    assert named_date((unit * 61)[:61]) is None  # over the length read
    assert_linear(lambda n: named_date((unit * n)[:n]), 15, 60)
    assert_linear(lambda n: named_date(unit * (n // len(unit))), 1_250_000, 5_000_000)
