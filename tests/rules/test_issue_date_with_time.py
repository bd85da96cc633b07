"""A credential whose date of issuing carries a time of day is judged on that day, not on the run's date."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.rules.consistency import parse_date
from tests.rules.cases import RULE_FIXTURES, Case, run_case

CREDENTIAL = {"/kind": "credential", "/learner": {"name": "Lena Fischer"}}


def findings(rule: str, changes: dict[str, Any]) -> list[str]:
    """The messages of ``rule`` on the good offer made a credential, with ``changes`` (run on 2026-12-02)."""
    spec = {"id": "dt", "set": {**CREDENTIAL, **changes}, "today": "2026-12-02"}
    return [f.message for f in run_case(Case(rule, "dt", spec, RULE_FIXTURES / f"{rule}.yaml"))]


@pytest.mark.parametrize("written", ["2026-11-20T14:30:00+01:00", "2026-11-20T23:59:59Z", "2026-11-20 09:00"])
def test_the_date_is_read_as_written(written: str) -> None:
    assert parse_date(written).isoformat() == "2026-11-20"


def test_an_accreditation_that_held_on_the_day_of_issuing_backs_the_credential() -> None:
    accreditations = [{"type": "institutional-qa", "agent": "NVAO", "expires": "2026-11-30"}]
    changes = {"/issue_date": "2026-11-20T14:30:00+01:00", "/quality_assurance/accreditations": accreditations}
    assert findings("MC-QA-002", changes) == []


def test_a_date_and_time_in_the_future_is_a_finding() -> None:
    assert findings("MC-DT-002", {"/issue_date": "2027-03-01T10:00:00Z"}) == [
        "the date of issuing 2027-03-01 is after today (2026-12-02)"
    ]
