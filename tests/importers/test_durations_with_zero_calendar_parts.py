"""An ISO 8601 duration whose calendar parts are zero, as XML Schema writers give them (``P0Y0M0DT140H0M0S``), is
a number of hours; a duration with any calendar part that is not zero stays calendar time."""

from __future__ import annotations

import pytest

from qa_checker.importers.builder import CALENDAR_DURATION, ZERO_DURATION, calendar_units, duration_hours


@pytest.mark.parametrize(
    ("value", "hours"),
    [("P0Y0M0DT140H0M0S", 140), ("P0DT200H", 200), ("P0WT90M", 1.5), ("PT60H", 60)],
)
def test_zero_calendar_parts_leave_the_hours(value: str, hours: float) -> None:
    assert duration_hours(value) == (hours, "")


@pytest.mark.parametrize("value", ["P1DT4H", "P0Y2M", "P60M", "P0Y0M1D"])
def test_a_calendar_part_that_is_not_zero_is_calendar_time(value: str) -> None:
    assert duration_hours(value) == (None, CALENDAR_DURATION)


def test_a_duration_of_zero_parts_only_is_zero() -> None:
    assert duration_hours("P0Y0M0DT0H0M0S") == (None, ZERO_DURATION)


def test_only_the_calendar_units_not_zero_are_named() -> None:
    assert str(calendar_units("P0Y3M0D")) == "months"
