"""The fourth user journey's batch: a national QA agency's two audit cycles of four providers in two
countries (Ireland and the Netherlands), written from the descriptor format (not the samples).

Cycle 1 (``build``): offers in YAML and JSON, a workbook, an imported Open Badges 3.0 credential and
two files that cannot be read. Cycle 2 (``second_cycle``), six months later: providers fixed some
descriptors, broke others, renamed one id, withdrew one offer and added two; one of the two waivers
has expired by then.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import yaml

FIRST, SECOND = "2027-01-15T09:00:00+00:00", "2027-07-15T09:00:00+00:00"

# (name, country, external QA body, national framework, its level for EQF 6)
PROVIDERS = (
    ("Atlantic Technological Institute", "IE", "QQI", "NFQ", 7),
    ("Liffey College", "IE", "QQI", "NFQ", 7),
    ("Shannon Digital Academy", "IE", "QQI", "NFQ", 7),
    ("Hogeschool Waddenzee", "NL", "NVAO", "NLQF", 6),
)
FOLDERS = ("atlantic", "liffey", "shannon", "waddenzee")
SITES = (
    "https://www.atlantic-ti.ie",
    "https://www.liffeycollege.ie",
    "https://www.shannondigital.ie",
    "https://www.hswaddenzee.nl",
)


def offer(ident: str, title: str, provider: int) -> dict[str, Any]:
    """A complete offer that meets every Annex I element and principle check of eu-2022 and ie-nfq
    (a Dutch provider's NLQF level aside, which ie-nfq does not accept as an NFQ level)."""
    name, country, agency, framework, level = PROVIDERS[provider]
    site = SITES[provider]
    return {
        "descriptor_version": "1.0",
        "kind": "offer",
        "id": ident,
        "title": title,
        "languages": ["en"],
        "awarding_bodies": [{"name": name, "country": country, "url": site}],
        "learning_outcomes": [
            "Configure a monitoring dashboard for a small data centre.",
            "Evaluate the energy use of server racks against published benchmarks.",
            "Present a cost-saving plan to an operations manager.",
        ],
        "workload": {"ects": 5, "hours": 135},
        "level": {"eqf": 6, "nqf": {"framework": framework, "level": level}, "qf_ehea_cycle": "first"},
        "field_of_education": "0612",
        "assessment": {
            "types": ["project-work", "oral-examination"],
            "description": "A monitoring project and an oral defence of its cost-saving plan.",
            "supervision": "supervised-onsite-id-check",
            "grading_scheme": "Pass/fail",
        },
        "participation": {
            "mode": "blended",
            "learning_setting": "formal",
            "activity_types": ["classroom", "self-study"],
            "schedule": {"start": "2027-09-06", "end": "2027-12-17"},
        },
        "quality_assurance": {
            "internal": {"description": "Approved by the academic council; evaluated after every run."},
            "external": {"body": agency, "country": country, "framework": "ESG"},
        },
        "prerequisites": "none",
        "stackability": {"type": "stand-alone"},
        "further_information": f"{site}/courses/{ident}",
        "last_reviewed": "2026-10-01",
    }


def _write(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=1)
    else:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")


def _read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


TITLES = (
    "Data Centre Monitoring",
    "Cloud Cost Control",
    "Network Security Basics",
    "Green Software Engineering",
    "Applied Machine Learning",
    "Digital Accessibility",
    "Database Administration",
    "Edge Computing",
)


def build(root: Path) -> Path:
    """Write cycle 1 under ``root`` (one folder per provider) and return ``root``."""
    atlantic, liffey, shannon, wadden = (root / folder for folder in FOLDERS)
    for number in range(1, 7):
        suffix = "json" if number % 2 else "yaml"
        _write(atlantic / f"a{number}.{suffix}", offer(f"ati-{number:02d}", TITLES[number - 1], 0))
    vague = offer("ati-07", TITLES[6], 0)
    vague["learning_outcomes"] = ["Understand databases.", "Know the basics of backups."]
    _write(atlantic / "flawed" / "a7.yaml", vague)
    no_level = offer("ati-08", TITLES[7], 0)
    del no_level["level"]
    _write(atlantic / "flawed" / "a8.json", no_level)

    for number in range(1, 5):
        suffix = "yaml" if number % 2 else "json"
        _write(liffey / f"l{number}.{suffix}", offer(f"lc-{number:02d}", TITLES[number], 1))
    expired = offer("lc-05", "Cyber Hygiene for Small Firms", 1)
    expired["quality_assurance"]["accreditations"] = [{"type": "programme-qa", "agent": "QQI", "expires": "2026-06-30"}]
    _write(liffey / "l5.yaml", expired)
    hours_only = offer("lc-06", "Spreadsheet Automation", 1)
    hours_only["workload"] = {"hours": 50}
    _write(liffey / "l6.json", hours_only)
    (liffey / "l7.yaml").write_text("id: lc-07\ntitle: Python: first steps\n  kind: offer\n", encoding="utf-8")

    _write(shannon / "s1.yaml", offer("sda-01", "UX Research Methods", 2))
    _write(shannon / "s2.json", offer("sda-02", "Agile Project Delivery", 2))
    _workbook(shannon / "catalogue.xlsx", second=False)

    for number in range(1, 5):
        suffix = "json" if number % 2 else "yaml"
        _write(wadden / f"w{number}.{suffix}", offer(f"hw-{number:02d}", TITLES[number + 2], 3))
    _write(wadden / "badge.json", _badge())
    (wadden / "w5.json").write_text('{"id": "hw-05", "title": "Marine Robotics",}\n', encoding="utf-8")
    return root


def second_cycle(root: Path) -> None:
    """Six months on: what the providers changed before the agency's second audit."""
    atlantic, liffey, shannon = (root / folder for folder in FOLDERS[:3])
    fixed = _read(atlantic / "flawed" / "a8.json")  # the level is back: improved
    fixed["level"] = offer("x", "x", 0)["level"]
    _write(atlantic / "flawed" / "a8.json", fixed)
    broken = _read(atlantic / "a2.yaml")  # the ECTS are gone: worse
    broken["workload"] = {"hours": 135}
    _write(atlantic / "a2.yaml", broken)
    for number in (9, 10):  # two new offers
        _write(atlantic / f"a{number}.yaml", offer(f"ati-{number:02d}", f"Quantum Computing {number}", 0))

    renamed = _read(liffey / "l1.yaml")  # the same offer under a new id, at the same path
    renamed["id"] = "lc-2027-01"
    _write(liffey / "l1.yaml", renamed)
    (liffey / "l4.json").unlink()  # withdrawn
    _write(liffey / "l7.yaml", offer("lc-07", "Python: First Steps", 1))  # readable now
    (liffey / "l3.yaml").write_text("id: lc-03\ntitle: [Network\n", encoding="utf-8")  # unreadable now

    _workbook(shannon / "catalogue.xlsx", second=True)


def _workbook(path: Path, second: bool) -> None:
    """Shannon's catalogue: three rows; the second cycle gives the ECTS of the row that lacked them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Courses"
    base = offer("sda", "x", 2)
    header = [
        "id",
        "title",
        "awarding_bodies.0.name",
        "awarding_bodies.0.country",
        "workload.ects",
        "workload.hours",
        "level.eqf",
        "level.nqf.framework",
        "level.nqf.level",
        "learning_outcomes",
        "assessment.types",
        "assessment.supervision",
        "participation.mode",
        "quality_assurance.external.body",
        "quality_assurance.external.country",
        "quality_assurance.external.framework",
        "languages",
        "prerequisites",
        "stackability.type",
        "further_information",
    ]
    sheet.append(header)
    outcomes = "\n".join(base["learning_outcomes"])
    name = PROVIDERS[2][0]
    for ident, title, ects in (
        ("sda-10", "Service Design Sprint", 5),
        ("sda-11", "Technical Writing", 5 if second else None),
        ("sda-12", "Data Visualisation", 5),
    ):
        sheet.append(
            [
                ident,
                title,
                name,
                "IE",
                ects,
                135,
                6,
                "NFQ",
                7,
                outcomes,
                "project-work; oral-examination",
                "supervised-onsite-id-check",
                "blended",
                "QQI",
                "IE",
                "ESG",
                "en",
                "none",
                "stand-alone",
                f"{SITES[2]}/courses/{ident}",
            ]
        )
    book.save(path)


def _badge() -> dict[str, Any]:
    """An Open Badges 3.0 credential a learner received from the Dutch provider."""
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:7a2d3b4c-0000-4000-8000-000000000044",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": SITES[3],
            "type": ["Profile"],
            "name": PROVIDERS[3][0],
            "address": {"type": ["Address"], "addressCountry": "NL"},
        },
        "validFrom": "2026-11-20T00:00:00Z",
        "name": "Tidal Energy Basics",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": f"{SITES[3]}/badges/tidal",
                "type": ["Achievement"],
                "name": "Tidal Energy Basics",
                "description": "Estimate the yield of a tidal turbine from current measurements.",
                "criteria": {"narrative": "Pass a practical assessment."},
                "creditsAvailable": 2,
            },
        },
    }


def waivers(path: Path) -> Path:
    """The agency's two accepted exceptions: the Dutch provider's missing NFQ level until spring 2027
    (expired by the second cycle) and Liffey's lapsed accreditation, open-ended."""
    data = {
        "waivers": [
            {
                "rule": "MC-LV-004",
                "descriptor": "hw-01",
                "reason": "A Dutch award: referenced to the NLQF, not the Irish NFQ, until the joint award.",
                "accepted_by": "QA officer M. Byrne",
                "until": "2027-03-31",
            },
            {
                "rule": "MC-QA-002",
                "descriptor": "lc-05",
                "reason": "QQI re-validation decided in December 2026; the register is updated later.",
                "accepted_by": "QA officer M. Byrne",
            },
        ]
    }
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path
