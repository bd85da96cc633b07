"""An Open Badges 3.0 alignment of targetType ext:QualificationLevel gives the level of the framework it names: a
national framework's is the national level (a Mexican 'Marco Nacional de Cualificaciones' level 6 was dropped
without a word), the EQF's the EQF level, and an institution's own framework is noted as not read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.loaders import load_file

CREDENTIAL = Path(__file__).resolve().parents[1] / "heldout_imports" / "ob3-de-complete-as-expressible.json"


def _aligned(tmp_path: Path, framework: str, code: str) -> Any:
    data = json.loads(CREDENTIAL.read_text(encoding="utf-8"))
    achievement = data["credentialSubject"]["achievement"]
    achievement["alignment"] = [
        {
            "type": ["Alignment"],
            "targetName": code,
            "targetCode": code,
            "targetFramework": framework,
            "targetType": "ext:QualificationLevel",
            "targetUrl": "https://catalogue.example.org/levels",
        }
    ]
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (document,) = load_file(path)
    return document


def test_a_level_of_a_national_framework_is_the_national_level(tmp_path: Path) -> None:
    document = _aligned(tmp_path, "Marco Nacional de Cualificaciones (SEP)", "nivel_6")
    assert document.data["level"]["nqf"] == {"framework": "Marco Nacional de Cualificaciones (SEP)", "level": "6"}


def test_a_level_of_the_eqf_is_the_eqf_level(tmp_path: Path) -> None:
    document = _aligned(tmp_path, "European Qualifications Framework", "EQF-5")
    assert document.data["level"]["eqf"] == 5


def test_a_level_of_an_institutions_own_framework_is_noted_as_not_read(tmp_path: Path) -> None:
    document = _aligned(tmp_path, "Marco institucional CGAI", "II")
    assert "nqf" not in document.data.get("level", {})
    assert any("neither a level of the EQF nor of a national framework" in f.message for f in document.findings)


def test_a_code_of_other_numbers_gives_its_level_only_after_a_word_for_level(tmp_path: Path) -> None:
    assert _aligned(tmp_path, "European Qualifications Framework", "EQF_Level_6_v2").data["level"]["eqf"] == 6
    versioned = _aligned(tmp_path, "Deutscher Qualifikationsrahmen (DQR), national", "DQR 6 (2013)")
    assert "nqf" not in versioned.data.get("level", {})
    assert any("was not read" in f.message for f in versioned.findings if f.pointer == "/level")
