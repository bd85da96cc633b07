"""A narrow ISCED-F code that is "not further defined" (040, 090) is as vague as its broad field."""

from __future__ import annotations

import pytest

from tests.rules.cases import RULE_FIXTURES, Case, run_case


def findings(code: str) -> list[tuple[str, str]]:
    """Message and hint of MC-VC-005's findings on the good offer in field ``code``."""
    spec = {"id": "field", "set": {"/field_of_education": code}}
    case = Case("MC-VC-005", "field", spec, RULE_FIXTURES / "MC-VC-005.yaml")
    return [(f.message, f.hint) for f in run_case(case)]


def test_a_narrow_code_not_further_defined_is_a_finding() -> None:
    assert findings("040") == [
        (
            "'040' (Business, administration and law not further defined) is a 'not further defined' code",
            "Pick the detailed field under 04 that fits.",
        )
    ]


@pytest.mark.parametrize("code", ["041", "099", "0119", "0588"])
def test_narrow_codes_and_residual_detailed_ones_pass(code: str) -> None:
    assert findings(code) == []
