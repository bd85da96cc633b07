"""Load per-rule fixture files and run one case through the real engine.

A fixture file ``tests/fixtures/rules/<RULE-ID>.yaml`` looks like::

    rule: MC-VC-001
    cases:
      - id: pass_baseline
        expect: []
      - id: fail_unknown_country
        set: {/awarding_bodies/0/country: XX}
        remove: [/prerequisites]           # optional
        options: {min_count: 5}            # optional rule options
        today: "2026-11-29"                # optional fixed date (default 2026-11-29)
        expect:
          - {pointer: /awarding_bodies/0/country, severity: error, message: "not an ISO"}

``descriptor:`` replaces the baseline entirely. ``expect`` lists exactly the findings of that rule
(pointer, optional severity, optional ``message`` substring); the order does not matter.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.engine import check_document
from qa_checker.explain import GOOD_OFFER
from qa_checker.findings import Finding
from qa_checker.rubric import Rubric, RuleSetting
from qa_checker.rules import RULES_BY_ID

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RULE_FIXTURES = FIXTURES / "rules"
DEFAULT_TODAY = date(2026, 11, 29)


@dataclass(frozen=True)
class Case:
    """One named case of one rule."""

    rule: str
    id: str
    spec: dict[str, Any]
    file: Path

    @property
    def label(self) -> str:
        """Readable pytest id, e.g. ``MC-VC-001:fail_unknown_country``."""
        return f"{self.rule}:{self.id}"


def load_cases() -> list[Case]:
    """Every case of every fixture file."""
    cases: list[Case] = []
    for file in sorted(RULE_FIXTURES.glob("*.yaml")):
        raw = yaml.safe_load(file.read_text(encoding="utf-8"))
        for spec in raw["cases"]:
            cases.append(Case(raw["rule"], spec["id"], spec, file))
    return cases


def _baseline() -> dict[str, Any]:
    return yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))


def _set(data: dict[str, Any], pointer: str, value: Any) -> None:
    tokens = jp.split(pointer)
    node: Any = data
    for token in tokens[:-1]:
        if isinstance(node, list):
            node = node[int(token)]
        else:
            node = node.setdefault(token, {})
    last = tokens[-1]
    if isinstance(node, list):
        index = int(last)
        if index == len(node):
            node.append(value)
        else:
            node[index] = value
    else:
        node[last] = value


def _remove(data: dict[str, Any], pointer: str) -> None:
    tokens = jp.split(pointer)
    parent = jp.resolve(data, jp.join(*tokens[:-1])) if len(tokens) > 1 else data
    if isinstance(parent, list):
        del parent[int(tokens[-1])]
    elif isinstance(parent, dict):
        parent.pop(tokens[-1], None)


def build_descriptor(spec: dict[str, Any]) -> dict[str, Any]:
    """The case's descriptor: the baseline (or ``descriptor``) with ``remove`` then ``set`` applied."""
    data = copy.deepcopy(spec["descriptor"]) if "descriptor" in spec else _baseline()
    for pointer in spec.get("remove", []):
        _remove(data, pointer)
    for pointer, value in (spec.get("set") or {}).items():
        _set(data, pointer, value)
    return data


def run_case(case: Case) -> list[Finding]:
    """The findings of the case's rule when only that rule is enabled."""
    rule = RULES_BY_ID[case.rule]
    options = {**rule.defaults, **(case.spec.get("options") or {})}
    rubric = Rubric(
        id="fixture", version="0", title="fixture", rules={case.rule: RuleSetting(rule.severity, rule.weight, options)}
    )
    today = date.fromisoformat(str(case.spec["today"])) if "today" in case.spec else DEFAULT_TODAY
    document = Document(source=case.file.name, data=build_descriptor(case.spec), format="yaml")
    result = check_document(document, rubric, today=today)
    return [f for f in result.findings if f.rule == case.rule]


def matches(finding: Finding, expected: dict[str, Any]) -> bool:
    """Whether a finding satisfies one expected entry."""
    if "pointer" in expected and finding.pointer != expected["pointer"]:
        return False
    if "severity" in expected and finding.severity.value != expected["severity"]:
        return False
    if "element" in expected and finding.element != expected["element"]:
        return False
    if "hint" in expected and expected["hint"].lower() not in finding.hint.lower():
        return False
    return "message" not in expected or expected["message"].lower() in finding.message.lower()
