"""The vocabulary rules quote a value as the terminal shows it, and name the ISCED-F code a dropped zero hid.

'N\u200bL' is no country code, but quoted raw it reads 'NL' in the JSON and HTML reports; a field code
that lost its leading zero (512 for 0512) got only the fixed example of the hint.
"""

from __future__ import annotations

import pytest

from tests.rules.cases import RULE_FIXTURES, Case, run_case


def found(rule: str, place: str, value: object) -> list[tuple[str, str]]:
    """Message and hint of ``rule``'s findings on its good offer with ``value`` at ``place``."""
    case = Case(rule, "vc", {"id": "vc", "set": {place: value}}, RULE_FIXTURES / f"{rule}.yaml")
    return [(f.message, f.hint) for f in run_case(case)]


@pytest.mark.parametrize(
    ("rule", "place", "value", "shown"),
    [
        ("MC-VC-001", "/awarding_bodies/0/country", "N\u200bL", "'N\\u200bL'"),
        ("MC-VC-002", "/languages", ["e\u2060n"], "'e\\u2060n'"),
        ("MC-VC-004", "/price/currency", "E\u200bU", "'E\\u200bU'"),
        ("MC-VC-004", "/price/currency", "D\x1bE", "'D\\x1bE'"),
    ],
)
def test_an_invisible_character_in_a_code_is_shown(rule: str, place: str, value: object, shown: str) -> None:
    messages = [message for message, _ in found(rule, place, value)]
    assert messages and all(shown in message for message in messages), messages
    assert not any(c in message for message in messages for c in "\u200b\u2060\x1b")


@pytest.mark.parametrize(("code", "meant"), [("512", "0512"), ("413", "0413"), ("61", "061")])
def test_a_field_code_that_lost_its_leading_zero_names_the_code(code: str, meant: str) -> None:
    ((message, hint),) = found("MC-VC-003", "/field_of_education", code)
    assert message == f"'{code}' is not an ISCED-F 2013 field code (did you mean {meant}?)"
    assert hint.startswith(f"Write the code with its leading zero: {meant} (") and "0613" not in hint


@pytest.mark.parametrize("code", ["0617", "1017"])
def test_a_code_no_zero_makes_known_keeps_the_nearest_field_or_the_example(code: str) -> None:
    ((message, hint),) = found("MC-VC-003", "/field_of_education", code)
    assert "did you mean" not in message
    assert "e.g. 0613" in hint
