"""The run's date read from ISO text: the years it may lie in, and the API schema's pattern for them."""

from __future__ import annotations

import re

import pytest

from qa_checker.moment import YEARS, YEARS_PATTERN, MomentError, parse_moment


@pytest.mark.parametrize(
    "text",
    [
        "0999-12-31",
        "1000-01-01T00:00:00+14:00",
        "2026-12-01",
        "2026-12-01T10:00:00Z",
        "8999-06-30T12:00",
        "9000-12-31T23:59:59-12:00",
        "9001-01-01",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-12:00",
    ],
)
def test_the_api_pattern_accepts_the_years_the_parser_accepts(text: str) -> None:
    try:
        accepted = YEARS[0] <= parse_moment(text).year <= YEARS[1]
    except MomentError:
        accepted = False
    assert accepted == bool(re.match(YEARS_PATTERN, text))


@pytest.mark.parametrize("text", ["yesterday", "2026-13-01", "", "0999-12-31", "9001-01-01"])
def test_a_date_that_cannot_be_used_is_a_moment_error(text: str) -> None:
    with pytest.raises(MomentError):
        parse_moment(text)


def test_a_date_without_a_zone_is_utc() -> None:
    assert parse_moment("2026-12-01T10:00").utcoffset() is not None
    assert parse_moment("2026-12-01T10:00Z") == parse_moment("2026-12-01T10:00+00:00")
