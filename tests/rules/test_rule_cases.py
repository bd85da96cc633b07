"""Every rule against its pass and fail fixtures (tests/fixtures/rules/<RULE-ID>.yaml)."""

from __future__ import annotations

import pytest

from qa_checker.rules import RULES_BY_ID
from tests.rules.cases import Case, load_cases, matches, run_case

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_rule_case(case: Case) -> None:
    """The rule yields exactly the expected findings, no more and no fewer."""
    assert case.rule in RULES_BY_ID, f"{case.file.name}: unknown rule {case.rule}"
    found = run_case(case)
    expected = case.spec.get("expect") or []
    unmatched = list(found)
    for entry in expected:
        hit = next((f for f in unmatched if matches(f, entry)), None)
        assert hit is not None, f"expected {entry}, got {[f.to_dict() for f in found]}"
        unmatched.remove(hit)
    assert not unmatched, f"unexpected findings: {[f.to_dict() for f in unmatched]}"


def test_every_rule_has_pass_and_fail_cases() -> None:
    """Each checkable rule has a fixture file with at least one passing and one failing case."""
    by_rule: dict[str, list[Case]] = {}
    for case in CASES:
        by_rule.setdefault(case.rule, []).append(case)
    missing = []
    for rule_id, rule in sorted(RULES_BY_ID.items()):
        if rule.engine_only and rule_id != "MC-SC-001":
            continue
        cases = by_rule.get(rule_id, [])
        if not any(not c.spec.get("expect") for c in cases) or not any(c.spec.get("expect") for c in cases):
            missing.append(rule_id)
    assert not missing, f"rules without both a pass and a fail fixture: {missing}"
