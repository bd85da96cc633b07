"""A micro-credential declared stand-alone that names what it stacks towards contradicts itself."""

from __future__ import annotations

from typing import Any

from tests.rules.cases import RULE_FIXTURES, Case, run_case


def findings(stackability: dict[str, Any]) -> list[tuple[str, str]]:
    """Pointer and message of MC-SK-001's findings on the good offer with ``stackability``."""
    spec = {"id": "sk", "set": {"/stackability": stackability}}
    return [(f.pointer, f.message) for f in run_case(Case("MC-SK-001", "sk", spec, RULE_FIXTURES / "MC-SK-001.yaml"))]


def test_stand_alone_with_a_target_is_a_finding() -> None:
    towards = [{"title": "MSc Electromobility", "credits": 7.5}]
    assert findings({"type": "stand-alone", "towards": towards}) == [
        (
            "/stackability/type",
            "the micro-credential is declared stand-alone, but `towards` names what it stacks towards",
        )
    ]


def test_stand_alone_without_a_target_passes() -> None:
    assert findings({"type": "stand-alone"}) == []
