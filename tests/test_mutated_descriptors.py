"""Provider mistakes made on the good offer, one class at a time: each is found by the right rule, at the
value's place, with a hint that writes the value meant, and nothing else is reported.

A held-out sweep made 1,464 such descriptors (JSON and YAML) from the good samples and the template; these
are a few of each class it checked, kept as a regression guard.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline
from tests.rules.cases import _set


def _found(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    (result,) = check_documents([Document(source="case.yaml", data=data, format="yaml")], now=NOW).results
    return {(f.rule, f.pointer, f"{f.message} {f.hint}") for f in result.findings}


@cache
def _baseline_findings() -> frozenset[tuple[str, str]]:
    return frozenset((rule, pointer) for rule, pointer, _ in _found(baseline()))


def _rename(data: dict[str, Any], old: str, new: str) -> None:
    *parents, last = old.strip("/").split("/")
    node = data
    for step in parents:
        node = node[int(step)] if isinstance(node, list) else node[step]
    node[new] = node.pop(last)


# (change, rule, pointer, text the message or hint holds); a change is {pointer: value} or ("rename", old, new).
MUTANTS: list[tuple[Any, str, str, str]] = [
    (("rename", "/learning_outcomes", "Learning_Outcomes"), "MC-SC-001", "/Learning_Outcomes", "learning_outcomes"),
    (("rename", "/learning_outcomes", "learningOutcomes"), "MC-SC-001", "/learningOutcomes", "learning_outcomes"),
    (("rename", "/workload/ects", "ects_credits"), "MC-SC-001", "/workload/ects_credits", "'ects'"),
    (("rename", "/further_information", "further_info"), "MC-SC-001", "/further_info", "further_information"),
    (("rename", "/languages", "lang"), "MC-SC-001", "/lang", "'languages'"),
    (("rename", "/field_of_education", "field_of_study"), "MC-SC-001", "/field_of_study", "field_of_education"),
    ({"/workload/ects": "5 ECTS"}, "MC-SC-001", "/workload/ects", "5"),
    ({"/workload/hours": "140 hours"}, "MC-SC-001", "/workload/hours", "140"),
    ({"/level/eqf": "EQF 6"}, "MC-SC-001", "/level/eqf", "6"),
    ({"/workload/ects": "2,5", "/workload/hours": 70}, "MC-SC-001", "/workload/ects", "2.5"),
    (
        {"/assessment/types": "project-work, oral-examination"},
        "MC-SC-001",
        "/assessment/types",
        "[project-work, oral-examination]",
    ),
    (
        {"/participation/activity_types": "e-learning / workshop"},
        "MC-SC-001",
        "/participation/activity_types",
        "[e-learning, workshop]",
    ),
    ({"/languages": "en; nl"}, "MC-SC-001", "/languages", "[en, nl]"),
    (
        {"/awarding_bodies": "Hogeschool van Amsterdam"},
        "MC-SC-001",
        "/awarding_bodies",
        "{name: Hogeschool van Amsterdam",
    ),
    ({"/participation": "online"}, "MC-SC-001", "/participation", "{mode: online}"),
    ({"/assessment": ["project-work", "quiz"]}, "MC-SC-001", "/assessment", "{types: [project-work, quiz]}"),
    ({"/quality_assurance/external": "NVAO"}, "MC-SC-001", "/quality_assurance/external", "{body: NVAO}"),
    ({"/quality_assurance": "Accredited by NVAO."}, "MC-SC-001", "/quality_assurance", "internal"),
    ({"/stackability": "yes"}, "MC-SC-001", "/stackability", "{type: stackable"),
    ({"/stackability/type": "standalone"}, "MC-SC-001", "/stackability/type", "stand-alone"),
    ({"/title": {"nl": "Data-ethiek in de praktijk"}}, "MC-LG-002", "/title/en", "en"),
    ({"/awarding_bodies/0/country": "Netherlands"}, "MC-VC-001", "/awarding_bodies/0/country", "NL"),
    ({"/quality_assurance/external/country": "UK"}, "MC-VC-001", "/quality_assurance/external/country", "GB"),
    ({"/quality_assurance/external/country": "EL"}, "MC-VC-001", "/quality_assurance/external/country", "GR"),
    ({"/field_of_education": "613"}, "MC-VC-003", "/field_of_education", "not an ISCED-F 2013 field code"),
    ({"/field_of_education": "04.13"}, "MC-SC-001", "/field_of_education", "write 0413"),
    ({"/field_of_education": "ISCED 0413"}, "MC-SC-001", "/field_of_education", "write 0413"),
    ({"/languages": ["en", "gr"]}, "MC-VC-002", "/languages/1", "el"),
    ({"/price/currency": "€"}, "MC-SC-001", "/price/currency", "EUR"),
    ({"/last_reviewed": "15.01.2026"}, "MC-SC-001", "/last_reviewed", "2026-01-15"),
    ({"/last_reviewed": "15-01-2026"}, "MC-SC-001", "/last_reviewed", "2026-01-15"),
    ({"/last_reviewed": "January 15, 2026"}, "MC-SC-001", "/last_reviewed", "2026-01-15"),
    ({"/participation/schedule/duration": "10 weeks"}, "MC-SC-001", "/participation/schedule/duration", "P10W"),
    ({"/workload": {"ects": 5, "hours": 110}}, "MC-WL-002", "/workload/hours", "22 hours per ECTS"),
    (
        {"/quality_assurance/external/eqar_registered": "yes"},
        "MC-SC-001",
        "/quality_assurance/external/eqar_registered",
        "true",
    ),
    (
        {"/learning_outcomes/3": "Apply the GDPR principles of lawful processing to a data-driven project plan."},
        "MC-LO-008",
        "/learning_outcomes/3",
        "repeats",
    ),
    ({"/assessment/types/0": "Projektarbeit"}, "MC-SC-001", "/assessment/types/0", "project-work"),
    ({"/assessment/types/0": "mündliche Prüfung"}, "MC-SC-001", "/assessment/types/0", "oral-examination"),
    ({"/participation/mode": "hybrid"}, "MC-SC-001", "/participation/mode", "blended"),
    ({"/participation/mode": "Präsenz"}, "MC-SC-001", "/participation/mode", "onsite"),
    ({"/participation/mode": "e-learning"}, "MC-SC-001", "/participation/mode", "online"),
]
# Findings a mutant may add besides the one expected: the Annex I elements its slip leaves unstated or
# invalid, a workload no longer in ECTS, and the outcome-count rule once a fourth outcome is added.
COMPANIONS = {f"MC-EL-{n:03d}" for n in range(1, 17)} | {"MC-LG-002", "MC-LO-006", "MC-WL-001"}


@pytest.mark.parametrize(("change", "rule", "pointer", "text"), MUTANTS, ids=[m[2] + ":" + m[3] for m in MUTANTS])
def test_a_provider_mistake_is_found_where_it_is_with_the_value_meant(
    change: Any, rule: str, pointer: str, text: str
) -> None:
    data = baseline()
    if isinstance(change, tuple):
        _rename(data, change[1], change[2])
    else:
        for where, value in change.items():
            _set(data, where, value)
    found = _found(data)
    assert any(r == rule and p == pointer and text in words for r, p, words in found), sorted(found)
    new = {(r, p) for r, p, _ in found} - _baseline_findings() - {(rule, pointer)}
    assert {r for r, _ in new} <= COMPANIONS | {rule}, sorted(new)
