"""Schema findings say what to do for the commonest slips: a misspelt field or value, a number in quotes,
a decimal comma."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.explain import good_offer
from qa_checker.validation import validate


def _findings(**changes: Any) -> dict[str, tuple[str, str]]:
    data = good_offer()
    data.update(changes)
    return {f.pointer: (f.message, f.hint) for f in validate(data)}


def test_a_misspelt_field_gets_did_you_mean() -> None:
    data = good_offer()
    data["worklaod"] = data.pop("workload")
    found = {f.pointer: (f.message, f.hint) for f in validate(data)}
    message, hint = found["/worklaod"]
    assert "did you mean 'workload'?" in message and "Rename 'worklaod' to 'workload'" in hint


@pytest.mark.parametrize(
    ("given", "meant"), [("ofer", "offer"), ("Credential", "credential"), ("credentail", "credential")]
)
def test_a_misspelt_value_gets_did_you_mean(given: str, meant: str) -> None:
    message, _ = _findings(kind=given)["/kind"]
    assert message.endswith(f"did you mean '{meant}'?")


def test_no_suggestion_when_nothing_is_close() -> None:
    message, _ = _findings(kind="catalogue entry")["/kind"]
    assert "did you mean" not in message


def test_a_number_in_quotes_is_told_to_drop_them() -> None:
    _, hint = _findings(workload={"ects": "5", "hours": 125})["/workload/ects"]
    assert hint.startswith('Write the number without quotes: 5, not "5".')


def test_a_decimal_comma_is_told_to_use_a_point() -> None:
    _, hint = _findings(workload={"ects": "3,5", "hours": 90})["/workload/ects"]
    assert hint.startswith('Write the number with a decimal point and without quotes: 3.5, not "3,5".')
