"""A bare "NFQ" is Ireland's framework only from an Irish awarding body, or under the Irish profile."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rules.cases import RULE_FIXTURES, Case, run_case


def findings(country: str, level: dict[str, Any], options: dict[str, Any] | None = None) -> list[str]:
    """The messages of MC-LV-003 on the good offer from a body in ``country`` at ``level``."""
    changes = {"/awarding_bodies/0/country": country, "/level": level}
    spec = {"id": "nfq", "set": changes, "remove": ["/awarding_bodies/0/region"], "options": options or {}}
    return [f.message for f in run_case(Case("MC-LV-003", "nfq", spec, RULE_FIXTURES / "MC-LV-003.yaml"))]


@pytest.mark.parametrize("country", ["HU", "MT", "RO"])
def test_another_countrys_nfq_is_not_judged_by_the_irish_table(country: str) -> None:
    assert findings(country, {"eqf": 6, "qf_ehea_cycle": "first", "nqf": {"framework": "NFQ", "level": 6}}) == []


def test_an_irish_bodys_nfq_is_judged() -> None:
    assert findings("IE", {"eqf": 7, "nqf": {"framework": "NFQ", "level": 8}}) == [
        "NFQ level 8 corresponds to EQF 6, but EQF 7 is declared"
    ]


def test_an_nfq_named_as_irish_is_judged_from_anywhere() -> None:
    assert findings("HU", {"eqf": 7, "nqf": {"framework": "Irish NFQ", "level": 8}}) == [
        "Irish NFQ level 8 corresponds to EQF 6, but EQF 7 is declared"
    ]


def test_the_irish_profile_reads_a_bare_nfq_as_irish() -> None:
    level = {"eqf": 7, "nqf": {"framework": "NFQ", "level": 8}}
    assert findings("NL", level, {"framework": "NFQ"}) == ["NFQ level 8 corresponds to EQF 6, but EQF 7 is declared"]


@pytest.mark.parametrize(
    ("country", "framework"),
    [
        ("RO", "Cadrul Național al Calificărilor (NFQ)"),
        ("GR", "Εθνικό Πλαίσιο Προσόντων (NFQ)"),
        ("BG", "Национална квалификационна рамка (NFQ)"),
    ],
)
def test_another_countrys_framework_named_with_nfq_beside_it_is_not_judged_by_the_irish_table(
    country: str, framework: str
) -> None:
    assert findings(country, {"eqf": 6, "qf_ehea_cycle": "first", "nqf": {"framework": framework, "level": 6}}) == []


def test_an_irish_bodys_framework_named_in_irish_with_nfq_beside_it_is_judged() -> None:
    level = {"eqf": 7, "nqf": {"framework": "An Creat Náisiúnta Cáilíochtaí (NFQ)", "level": 8}}
    assert findings("IE", level) == ["NFQ level 8 corresponds to EQF 6, but EQF 7 is declared"]
