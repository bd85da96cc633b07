"""MC-VC-004 suggests the currency a code stands for, never the nearest code of another country: 'LEI' was told
'did you mean SLE?' (Sierra Leone), and following the hint made the price pass in leones."""

from __future__ import annotations

import pytest

from tests.conftest import baseline_checked_with


def _currency_finding(code: str) -> str:
    (finding,) = [f for f in baseline_checked_with(("price", "currency"), code).findings if f.rule == "MC-VC-004"]
    return finding.message


@pytest.mark.parametrize("code", ["FTT", "XQZ", "ZZZ"])
def test_a_code_like_no_currency_gets_no_suggestion(code: str) -> None:
    assert _currency_finding(code) == f"'{code}' is not an ISO 4217 currency code"


@pytest.mark.parametrize(
    ("code", "meant"), [("LEU", "RON"), ("NKR", "NOK"), ("KCS", "CZK"), ("RMB", "CNY"), ("EUD", "EUR"), ("USS", "USD")]
)
def test_a_customary_abbreviation_or_a_slip_gets_the_currency_meant(code: str, meant: str) -> None:
    assert _currency_finding(code).endswith(f"(did you mean {meant}?)")
