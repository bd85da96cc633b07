"""The third user journey's own batch: descriptors of three providers in two countries, written from the
descriptor format (not the samples), good and flawed, in YAML, JSON, a YAML stream, a workbook and an
imported Open Badges 3.0 credential, with one file that cannot be read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import yaml

# (name, country, external QA body)
PROVIDERS = (
    ("Hogeschool Noordkust", "NL", "NVAO"),
    ("Hochschule Südwald", "DE", "AQAS"),
    ("Academie Rivierenland", "NL", "NVAO"),
)


def offer(number: int, provider: tuple[str, str, str] = PROVIDERS[0]) -> dict[str, Any]:
    """A complete offer that meets every Annex I element and principle check of eu-2022."""
    name, country, agency = provider
    return {
        "descriptor_version": "1.0",
        "kind": "offer",
        "id": f"j3-offer-{number:02d}",
        "title": f"Sustainable Supply Chains {number}",
        "languages": ["en"],
        "awarding_bodies": [{"name": name, "country": country, "url": "https://www.noordkust.nl"}],
        "learning_outcomes": [
            "Map the carbon footprint of a regional supply chain using life-cycle data.",
            "Evaluate supplier contracts against circular-economy criteria.",
            "Present a reduction plan to a board of logistics managers.",
        ],
        "workload": {"ects": 4, "hours": 110},
        "level": {"eqf": 6, "qf_ehea_cycle": "first"},
        "field_of_education": "0413",
        "assessment": {
            "types": ["marked-assignment", "oral-examination"],
            "description": "A written supply-chain audit and an oral defence of its plan.",
            "supervision": "supervised-onsite-id-check",
            "grading_scheme": "Pass/fail",
        },
        "participation": {
            "mode": "blended",
            "learning_setting": "formal",
            "activity_types": ["classroom", "self-study"],
            "schedule": {"start": "2027-02-01", "end": "2027-04-30"},
        },
        "quality_assurance": {
            "internal": {"description": "Approved by the examination board; evaluated after every run."},
            "external": {"body": agency, "country": country, "framework": "ESG"},
        },
        "prerequisites": "none",
        "stackability": {"type": "stand-alone"},
        "further_information": f"https://www.noordkust.nl/courses/{number}",
        "last_reviewed": "2026-09-01",
    }


def _two_languages(data: dict[str, Any]) -> None:
    """German declared first, an English outcome filed under German."""
    english = data["learning_outcomes"]
    data.update(languages=["de", "en"], title={"de": "Nachhaltige Lieferketten", "en": "Sustainable supply chains"})
    data["learning_outcomes"] = [
        {"de": english[0], "en": english[0]},
        {"de": "Lieferverträge anhand von Kriterien der Kreislaufwirtschaft bewerten.", "en": english[1]},
    ]


FLAWS: dict[str, Callable[[dict[str, Any]], object]] = {
    "no-title": lambda d: d.pop("title"),
    "eqf-nine": lambda d: d["level"].update(eqf=9),
    "hours-only": lambda d: d.update(workload={"hours": 30}),
    "vague": lambda d: d.update(learning_outcomes=["Understand supply chains.", "Know the main logistics laws."]),
    "misspelt": lambda d: d.update(lernergebnisse=d.pop("learning_outcomes")),
    "country-name": lambda d: d["awarding_bodies"][0].update(country="Germany"),
    "expired": lambda d: d["quality_assurance"].update(
        accreditations=[{"type": "programme", "body": "AQAS", "expires": "2025-06-30"}]
    ),
    "wrong-language": _two_languages,
    "future-credential": lambda d: d.update(kind="credential", learner={"name": "Jan Jansen"}, issue_date="2027-06-01"),
    "no-qa": lambda d: d.pop("quality_assurance"),
}


def _write(path: Path, data: dict[str, Any], as_json: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1) if as_json else yaml.safe_dump(data, allow_unicode=True)
    path.write_text(text, encoding="utf-8")


def build(root: Path) -> Path:
    """Write the batch under ``root`` (one folder per provider) and return ``root``."""
    number = 0
    for index, provider in enumerate(PROVIDERS):
        for k in range(3):
            number += 1
            _write(
                root / f"p{index}" / f"good-{number}.{'json' if k % 2 else 'yaml'}", offer(number, provider), k % 2 == 1
            )
    for index, (name, change) in enumerate(FLAWS.items()):
        number += 1
        data = offer(number, PROVIDERS[index % 3])
        change(data)
        _write(root / f"p{index % 3}" / "flawed" / f"{name}.{'json' if index % 2 else 'yaml'}", data, index % 2 == 1)
    first, second = offer(30, PROVIDERS[1]), offer(31, PROVIDERS[1])
    second["workload"] = {"ects": 2, "hours": 140}
    (root / "p1" / "stream.yaml").write_text(yaml.safe_dump_all([first, second], allow_unicode=True), encoding="utf-8")
    (root / "p2" / "broken.yaml").write_text("title: Logistics: basics\n  id: x\n", encoding="utf-8")
    _workbook(root / "p2" / "catalogue.xlsx")
    (root / "p1" / "badge.json").write_text(json.dumps(_badge(), indent=1), encoding="utf-8")
    return root


def _workbook(path: Path) -> None:
    """A provider's catalogue of three rows: one good enough to read, one with ECTS in words, one at EQF 12."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Courses"
    name = PROVIDERS[2][0]
    sheet.append(["id", "title", "awarding_bodies.0.name", "awarding_bodies.0.country", "workload.ects", "level.eqf"])
    sheet.append(["j3-row-1", "Port Logistics", name, "NL", 3, 5])
    sheet.append(["j3-row-2", "Cold Chains", name, "NL", "five", 5])
    sheet.append(["j3-row-3", "Customs Basics", name, "NL", 2, 12])
    for row, outcomes in (
        (2, "Plan a container terminal shift schedule.\nCompare port call costs across terminals."),
        (3, "Monitor temperatures along a cold chain."),
        (4, "Classify goods under the Combined Nomenclature.\nPrepare a customs declaration."),
    ):
        sheet.cell(row=1, column=7, value="learning_outcomes")
        sheet.cell(row=row, column=7, value=outcomes)
    book.save(path)


def _badge() -> dict[str, Any]:
    """An Open Badges 3.0 credential a learner received (Open Badges 3.0 specification, section 8)."""
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:6f1c2e3a-0000-4000-8000-000000000031",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": "https://www.suedwald.de",
            "type": ["Profile"],
            "name": PROVIDERS[1][0],
            "address": {"type": ["Address"], "addressCountry": "DE"},
        },
        "validFrom": "2026-10-01T00:00:00Z",
        "name": "Warehouse Robotics",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://www.suedwald.de/badges/robotics",
                "type": ["Achievement"],
                "name": "Warehouse Robotics",
                "description": "Plan and supervise robotic picking in a warehouse.",
                "criteria": {"narrative": "Pass a practical assessment."},
                "creditsAvailable": 2,
            },
        },
    }
