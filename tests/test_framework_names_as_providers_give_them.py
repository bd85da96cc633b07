"""MC-LV-003 knows the national frameworks by the names and abbreviations their providers give them.

A probe of 41 framework names, each with a national level one below the EQF level it is referenced to (labelled
before the run), found four unknown: "QQI" (how Irish providers name the NFQ: "QQI Level 5"), "Svensk referensram för
kvalifikationer", "Kvalifikasjonsrammeverket" and, spelt as written, "Slovensko ogrodje kvalifikacij" (the probe's own
misspelling "Slovenski" aside). "QQI" is the NFQ's owner: alone it names the NFQ, and "NFQ (QQI)", the framework with
its owner in brackets, stays one framework (an alias of its own had made it two). Czechia's "Národní soustava
kvalifikací" is a register whose levels are not in the referencing tables here, so it is not judged.
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline

NAMES = [
    ("Deutscher Qualifikationsrahmen", "DE"),
    ("DQR-Niveau", "DE"),
    ("DQR (Deutscher Qualifikationsrahmen)", "DE"),
    ("Quadro Nazionale delle Qualificazioni", "IT"),
    ("Marco Español de Cualificaciones (MECU)", "ES"),
    ("MECU", "ES"),
    ("Polska Rama Kwalifikacji", "PL"),
    ("PRK", "PL"),
    ("Cadre national des certifications professionnelles", "FR"),
    ("RNCP", "FR"),
    ("France Compétences (RNCP)", "FR"),
    ("Nederlands Kwalificatieraamwerk", "NL"),
    ("NLQF", "NL"),
    ("NLQF/EQF", "NL"),
    ("National Framework of Qualifications", "IE"),
    ("Irish NFQ", "IE"),
    ("QQI", "IE"),
    ("NFQ (QQI)", "IE"),
    ("QQI NFQ", "IE"),
    ("Nationaler Qualifikationsrahmen", "AT"),
    ("NQR", "AT"),
    ("Svensk referensram för kvalifikationer", "SE"),
    ("SeQF", "SE"),
    ("Suomen tutkintojen viitekehys", "FI"),
    ("Hrvatski kvalifikacijski okvir", "HR"),
    ("HKO", "HR"),
    ("Quadro Nacional de Qualificações", "PT"),
    ("QNQ", "PT"),
    ("Lietuvos kvalifikacijų sandara", "LT"),
    ("Latvijas kvalifikāciju ietvarstruktūra", "LV"),
    ("Eesti kvalifikatsiooniraamistik", "EE"),
    ("Slovensko ogrodje kvalifikacij", "SI"),
    ("Magyar Képesítési Keretrendszer", "HU"),
    ("Cadrul Național al Calificărilor", "RO"),
    ("Εθνικό Πλαίσιο Προσόντων", "GR"),
    ("Национална квалификационна рамка", "BG"),
    ("Malta Qualifications Framework", "MT"),
    ("Luxembourg Qualifications Framework", "LU"),
    ("Dansk kvalifikationsramme", "DK"),
    ("Kvalifikasjonsrammeverket", "NO"),
    ("Vlaamse kwalificatiestructuur", "BE"),
    ("Slovenský kvalifikačný rámec", "SK"),
]


@pytest.mark.parametrize(("name", "country"), NAMES)
def test_a_national_level_one_below_its_eqf_level_is_told(name: str, country: str) -> None:
    data = baseline()
    data["awarding_bodies"][0]["country"] = country
    data["level"] = {"eqf": 6, "nqf": {"framework": name, "level": 5}}
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    assert "MC-LV-003" in {f.rule for f in result.findings}


@pytest.mark.parametrize("name", ["QQI", "NFQ (QQI)", "QQI NFQ"])
def test_the_nfq_named_by_its_owner_is_one_framework(name: str) -> None:
    data = baseline()
    data["awarding_bodies"][0]["country"] = "IE"
    data["level"] = {"eqf": 7, "nqf": {"framework": name, "level": 9}}
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    assert {f.rule for f in result.findings} & {"MC-LV-002", "MC-LV-003"} == set()
