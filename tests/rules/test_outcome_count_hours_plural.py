"""MC-LO-006 words the hours of a workload in their own plural form, apart from the count of outcomes.

The message chose its form by the number of outcomes only, so a one-hour unit read "5 learning outcomes are
too many for 1 hours". The hours are now a message of their own (``{hours} hour``/``{hours} hours``), chosen
by the hours in every language, inside the message chosen by the outcomes.
"""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.rules.outcomes import _too_few, _too_many
from qa_checker.text import Text
from tests.conftest import NOW, baseline


def told(hours: float, outcomes: int) -> list[str]:
    """MC-LO-006's messages for the good offer with ``hours`` of workload and ``outcomes`` outcomes."""
    data = baseline()
    data["workload"] = {"hours": hours}
    data["learning_outcomes"] = (data["learning_outcomes"] * outcomes)[:outcomes]
    (result,) = check_documents([Document(source="case.yaml", data=data, format="yaml")], now=NOW).results
    return [str(f.message) for f in result.findings if f.rule == "MC-LO-006"]


@pytest.mark.parametrize(
    ("hours", "outcomes", "message"),
    [
        (1, 5, "5 learning outcomes are too many for 1 hour: expected at most 4"),
        (2, 5, "5 learning outcomes are too many for 2 hours: expected at most 4"),
        (1.5, 5, "5 learning outcomes are too many for 1.5 hours: expected at most 4"),
    ],
)
def test_too_many_outcomes_for_one_hour_is_singular(hours: float, outcomes: int, message: str) -> None:
    assert told(hours, outcomes) == [message]


@pytest.mark.parametrize(
    ("count", "hours", "english"),
    [
        (1, 1, "1 learning outcome is too few for 1 hour: expected at least 3"),
        (2, 1, "2 learning outcomes are too few for 1 hour: expected at least 3"),
        (1, 30, "1 learning outcome is too few for 30 hours: expected at least 3"),
    ],
)
def test_too_few_outcomes_words_both_counts(count: int, hours: float, english: str) -> None:
    assert str(_too_few(count, 3, "hours", hours)) == english


@pytest.mark.parametrize("make", [_too_few, _too_many])
def test_the_hours_are_a_plural_message_of_their_own(make: Any) -> None:
    """Each language chooses the form of the hours by its own plural rules (Polish has three)."""
    hours = make(7, 3, "hours", 1).params["hours"]
    assert isinstance(hours, Text)
    assert (hours.template, hours.plural, hours.count) == ("{count} hour", "{count} hours", 1)
