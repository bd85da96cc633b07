"""Issuers name the EQF in their own language (EQR, CEC, MEC, QEQ, EKK, ERK, or its full name): an Open Badges
alignment to it by ``targetFramework`` alone, and a schema.org ``educationalLevel`` naming it, give the level; a
national framework's name or a word that merely holds the letters does not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.loaders import load_file

BADGE: dict[str, Any] = {
    "@context": "https://w3id.org/openbadges/v2",
    "type": "BadgeClass",
    "id": "https://badges.example.eu/badges/1",
    "name": "Barrierefreies Webdesign",
    "description": "Webformulare nach WCAG 2.2 AA gestalten und prüfen.",
    "image": "https://badges.example.eu/badges/1.png",
    "criteria": {"narrative": "Praktische Prüfung eines barrierefreien Formulars."},
    "issuer": {"type": "Issuer", "id": "https://badges.example.eu/issuer", "name": "Hochschule Beispiel"},
}


def _level(tmp_path: Path, data: dict[str, Any]) -> Any:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (doc,) = load_file(path)
    return doc.data.get("level")


@pytest.mark.parametrize(
    "framework",
    [
        "EQR",
        "Europäischer Qualifikationsrahmen (EQR)",
        "Cadre européen des certifications",
        "CEC",
        "Marco Europeo de Cualificaciones",
        "Quadro europeo delle qualifiche",
        "Europees kwalificatiekader (EKK)",
        "Europejska Rama Kwalifikacji",
    ],
)
def test_a_badge_aligned_to_the_eqf_by_its_name_in_another_language_gives_the_level(
    framework: str, tmp_path: Path
) -> None:
    badge = dict(BADGE, alignment=[{"targetName": "Niveau 6", "targetFramework": framework, "targetCode": "6"}])
    assert _level(tmp_path, badge) == {"eqf": 6}


@pytest.mark.parametrize("framework", ["DQR", "Deutscher Qualifikationsrahmen", "Mecánica", "cec"])
def test_another_framework_or_a_word_holding_the_letters_gives_no_eqf_level(framework: str, tmp_path: Path) -> None:
    badge = dict(BADGE, alignment=[{"targetName": "Niveau 6", "targetFramework": framework, "targetCode": "6"}])
    level = _level(tmp_path, badge)
    assert not (isinstance(level, dict) and "eqf" in level)


@pytest.mark.parametrize(
    ("written", "eqf"),
    [("EQR-Niveau 5", 5), ("Niveau 5 (EQF 5)", 5), ("Europejska Rama Kwalifikacji, poziom 6", 6), ("DQR 5", None)],
)
def test_a_course_page_level_naming_the_eqf_in_its_language(written: str, eqf: int | None, tmp_path: Path) -> None:
    course = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": "Barrierefreies Webdesign",
        "description": "Webformulare nach WCAG 2.2 AA gestalten und prüfen.",
        "provider": {"@type": "CollegeOrUniversity", "name": "Hochschule Beispiel"},
        "educationalLevel": written,
    }
    level = _level(tmp_path, course)
    assert (level or {}).get("eqf") == eqf
