"""The fifth user journey's corpus: what a researcher collected to compare micro-credentials across providers
and countries, written from the descriptor format (not the samples).

Twelve providers in twelve countries, 53 files giving 63 descriptors: YAML and JSON descriptors, an Excel
workbook and a semicolon-separated CSV catalogue, three issued ELM v3 credentials, and a file that cannot be
read. Each provider writes its values its own way, as catalogues do: countries, languages, modes and
supervision in its own words, workload as "5,0", "2,5 ECTS", "120 Stunden" or hours only, a level only as a
national framework's level or a QF-EHEA cycle, the field of education as a number or with its label, prices
with their currency, a QA framework in lower case or with a space, a list given as its one value. Two
values cannot be read ("fünf" ECTS, a price of "1.200").

``EXPECTED`` holds, per descriptor id, what the researcher must find in its row of the dataset, worked out
by hand from the descriptor format and the ECTS Users' Guide (27.5 hours per credit), never by running the
checker.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import openpyxl
import yaml

NOW = "2026-11-29"
HOURS_PER_ECTS = 27.5

OUTCOMES = {
    "de": [
        "Die Teilnehmenden analysieren Messdaten einer Produktionslinie mit statistischen Verfahren.",
        "Die Teilnehmenden entwickeln einen Wartungsplan für eine vernetzte Anlage.",
    ],
    "fr": [
        "Analyser les flux logistiques d'un entrepôt à l'aide d'indicateurs de performance.",
        "Concevoir un plan de réduction des émissions pour une chaîne d'approvisionnement.",
    ],
    "nl": [
        "De student analyseert een dataset met beschrijvende statistiek.",
        "De student ontwerpt een datamanagementplan voor een onderzoeksproject.",
    ],
    "pl": [
        "Student analizuje ryzyko przetwarzania danych osobowych w organizacji.",
        "Student projektuje procedurę zgłaszania naruszeń ochrony danych.",
    ],
    "es": [
        "Analizar el comportamiento de los clientes con herramientas de analítica web.",
        "Diseñar una campaña de marketing digital con un presupuesto limitado.",
    ],
    "it": [
        "Analizzare i consumi energetici di un edificio pubblico.",
        "Progettare un intervento di efficientamento energetico.",
    ],
    "en": [
        "Analyse a data set with descriptive statistics and report the results to a lay audience.",
        "Design a small study that answers a question from the learner's own workplace.",
    ],
    "el": [
        "Analyse the accessibility of a public website against WCAG 2.2.",
        "Design an accessible form for a municipal service.",
    ],
    "pt": [
        "Analisar a qualidade da água de uma bacia hidrográfica.",
        "Elaborar um plano de monitorização ambiental.",
    ],
    "fi": [
        "Analyse the energy use of a district heating network.",
        "Design a demand-response scheme for a housing company.",
    ],
}


def _internal() -> dict[str, Any]:
    return {"description": "Approved by the academic board and evaluated with learners after each run."}


def _offer(ident: str, title: Any, languages: list[str], body: str, country: str, outcomes: str) -> dict[str, Any]:
    return {
        "descriptor_version": "1.0",
        "kind": "offer",
        "id": ident,
        "title": title,
        "languages": languages,
        "awarding_bodies": [{"name": body, "country": country}],
        "learning_outcomes": OUTCOMES[outcomes],
        "assessment": {"types": ["project-work"]},
        "participation": {"mode": "online"},
        "quality_assurance": {"internal": _internal()},
        "prerequisites": "none",
        "stackability": {"type": "stand-alone"},
        "further_information": f"https://example.org/{ident}",
    }


# id -> the dataset values the researcher relies on (columns of qa_checker.table), filled in by build().
EXPECTED: dict[str, dict[str, Any]] = {}


def _expect(ident: str, **values: Any) -> None:
    EXPECTED[ident] = values


def _write(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix in (".json", ".jsonld"):
        text = json.dumps(data, ensure_ascii=False, indent=1)
    else:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")


def _german(root: Path) -> None:
    """Hochschule Rheinland (DE), YAML: country and language named in German, "Präsenz", ECTS with a decimal comma
    and a unit, the level only as DQR 6, the field as a number (YAML drops the leading zero), supervision and the
    QA framework in words."""
    ects = ["5,0", "2,5 ECTS", "4,5", "fünf", "6 ECTS", "3"]
    numbers = [5.0, 2.5, 4.5, None, 6.0, 3.0]
    for n, (written, value) in enumerate(zip(ects, numbers, strict=True), 1):
        data = _offer(
            f"hsr-{n:02d}", f"Industrie 4.0 Modul {n}", ["Deutsch"], "Hochschule Rheinland", "Deutschland", "de"
        )
        data["workload"] = {"ects": written}
        data["level"] = {"nqf": {"framework": "DQR", "level": 6}}
        data["field_of_education"] = 714
        data["participation"] = {"mode": "Präsenz"}
        data["assessment"] = {"types": ["Klausur"], "supervision": "Supervised onsite, with identity verification"}
        data["quality_assurance"]["external"] = {"body": "ZEvA", "country": "DE", "framework": "esg"}
        _write(root / "de" / f"modul-{n}.yaml", data)
        _expect(
            f"hsr-{n:02d}",
            country="DE",
            languages="de",
            mode="onsite",
            ects=value,
            ects_source="declared" if value else None,
            hours=round(value * HOURS_PER_ECTS, 1) if value else None,
            hours_source="derived" if value else None,
            eqf_level=6,
            eqf_level_source="derived",
            field_code="0714",
            assessment_types="written-examination",
            supervision="supervised-onsite-id-check",
            qa_type="internal + external",
            qa_framework="ESG",
            price=None,
            currency=None,
            unread="ects" if value is None else None,
        )


def _french(root: Path) -> None:
    """Université Exemple de Lyon (FR), JSON: hours only (ECTS derived), the level only as the first cycle, a
    price with a thousands space and the euro sign, the field with its label."""
    hours = [30, 55, 82.5, 110, 137.5]
    for n, h in enumerate(hours, 1):
        data = _offer(
            f"uel-{n:02d}", f"Logistique verte {n}", ["français"], "Université Exemple de Lyon", "France", "fr"
        )
        data["workload"] = {"hours": h}
        data["level"] = {"qf_ehea_cycle": "first"}
        data["field_of_education"] = "1041 Transport services"
        data["participation"] = {"mode": "à distance"}
        data["price"] = {"amount": "1 200 €"}
        data["assessment"] = {"types": ["examen écrit", "projet"], "supervision": "sans surveillance"}
        _write(root / "fr" / f"logistique-{n}.json", data)
        _expect(
            f"uel-{n:02d}",
            country="FR",
            languages="fr",
            mode="online",
            ects=round(h / HOURS_PER_ECTS, 2),
            ects_source="derived",
            hours=float(h),
            hours_source="declared",
            eqf_level=6,
            eqf_level_source="derived",
            field_code="1041",
            assessment_types="written-examination; project-work",
            supervision="unsupervised-no-id-check",
            qa_type="internal",
            qa_framework=None,
            price=1200.0,
            currency="EUR",
            unread=None,
        )


def _dutch(root: Path) -> None:
    """Hogeschool Delta (NL), YAML: both ECTS and hours, EQF and NLQF given, two languages, "hybride"."""
    for n in range(1, 7):
        data = _offer(
            f"hd-{n:02d}",
            {"nl": f"Data-ethiek {n}", "en": f"Data ethics {n}"},
            ["nl", "en"],
            "Hogeschool Delta",
            "NL",
            "nl",
        )
        data["workload"] = {"ects": 5, "hours": 140}
        data["level"] = {"eqf": 6, "nqf": {"framework": "NLQF", "level": 6}}
        data["field_of_education"] = "0613"
        data["participation"] = {"mode": "hybride"}
        data["assessment"] = {"types": ["portfolio"], "supervision": "supervised-online-id-check"}
        data["quality_assurance"]["external"] = {"body": "NVAO", "country": "NL", "framework": "ESG"}
        data["price"] = {"amount": 950, "currency": "EUR"}
        _write(root / "nl" / f"data-ethiek-{n}.yaml", data)
        _expect(
            f"hd-{n:02d}",
            country="NL",
            languages="nl; en",
            mode="blended",
            ects=5.0,
            ects_source="declared",
            hours=140.0,
            hours_source="declared",
            hours_per_ects=28.0,
            eqf_level=6,
            eqf_level_source="declared",
            field_code="0613",
            assessment_types="portfolio",
            supervision="supervised-online-id-check",
            qa_type="internal + external",
            qa_framework="ESG",
            price=950.0,
            currency="EUR",
            title=f"Data-ethiek {n}",
            unread=None,
        )


def _polish(root: Path) -> None:
    """Politechnika Przykładowa (PL), JSON: country and language in Polish, "stacjonarnie", PRK 6 only, the field
    as a JSON number, prices in złoty (one of them "1.200", which reads two ways)."""
    prices = ["1 500 zł", "900 PLN", "1.200", "2 100,50 zł", "750 zł"]
    amounts = [1500.0, 900.0, None, 2100.5, 750.0]
    for n, (written, amount) in enumerate(zip(prices, amounts, strict=True), 1):
        data = _offer(f"pp-{n:02d}", f"Ochrona danych {n}", ["polski"], "Politechnika Przykładowa", "Polska", "pl")
        data["workload"] = {"ects": 2, "hours": 50}
        data["level"] = {"nqf": {"framework": "PRK", "level": 6}}
        data["field_of_education"] = 421
        data["participation"] = {"mode": "stacjonarnie"}
        data["price"] = {"amount": written}
        data["assessment"] = {"types": ["egzamin pisemny"], "supervision": "supervised-onsite-id-check"}
        _write(root / "pl" / f"ochrona-{n}.json", data)
        _expect(
            f"pp-{n:02d}",
            country="PL",
            languages="pl",
            mode="onsite",
            ects=2.0,
            ects_source="declared",
            hours=50.0,
            hours_source="declared",
            hours_per_ects=25.0,
            eqf_level=6,
            eqf_level_source="derived",
            field_code="0421",
            assessment_types="written-examination",
            supervision="supervised-onsite-id-check",
            qa_type="internal",
            qa_framework=None,
            price=amount,
            currency=None if amount is None else "PLN",
            unread="price" if amount is None else None,
        )


SHEET_HEADERS = [
    "Course code",
    "Title",
    "Language(s)",
    "Awarding body",
    "Country",
    "Learning outcomes",
    "ECTS",
    "Hours",
    "EQF level",
    "ISCED-F",
    "Assessment",
    "Supervision",
    "Mode",
    "Internal QA",
    "External QA body",
    "QA framework",
    "Price",
    "Currency",
]


def _spanish(root: Path) -> None:
    """Universidad de Ejemplo (ES), an Excel catalogue: Spanish names, ECTS with a decimal comma as text,
    "presencial"/"semipresencial", the ISCED-F code stored as a number."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Catálogo"
    sheet.append(SHEET_HEADERS)
    ects = ["4,5", 3, "6", "1,5", 2, 5]
    values = [4.5, 3.0, 6.0, 1.5, 2.0, 5.0]
    modes = ["presencial", "semipresencial", "en línea", "presencial", "semipresencial", "en línea"]
    slugs = ["onsite", "blended", "online", "onsite", "blended", "online"]
    for n in range(1, 7):
        sheet.append(
            [
                f"UE-MKT-{n:02d}",
                f"Marketing digital {n}",
                "español",
                "Universidad de Ejemplo",
                "España",
                "\n".join(OUTCOMES["es"]),
                ects[n - 1],
                None,
                6,
                414,
                "examen escrito",
                "Supervised online, with identity verification",
                modes[n - 1],
                "Aprobado por la comisión de calidad de la facultad.",
                "ANECA",
                "ESG",
                "350,00",
                "EUR",
            ]
        )
        value = values[n - 1]
        _expect(
            f"UE-MKT-{n:02d}",
            country="ES",
            languages="es",
            mode=slugs[n - 1],
            ects=value,
            ects_source="declared",
            hours=round(value * HOURS_PER_ECTS, 1),
            hours_source="derived",
            eqf_level=6,
            eqf_level_source="declared",
            field_code="0414",
            assessment_types="written-examination",
            supervision="supervised-online-id-check",
            qa_type="internal + external",
            qa_framework="ESG",
            price=350.0,
            currency="EUR",
            unread=None,
        )
    path = root / "es" / "catalogo.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def _italian(root: Path) -> None:
    """Università di Esempio (IT), a semicolon CSV as Italian Excel saves it: "a distanza", ECTS "6,0", hours."""
    rows = [SHEET_HEADERS]
    for n in range(1, 7):
        rows.append(
            [
                f"UNIES-{n:02d}",
                f"Efficienza energetica {n}",
                "italiano",
                "Università di Esempio",
                "Italia",
                "\n".join(OUTCOMES["it"]),
                "6,0",
                "150",
                "7",
                "0713",
                "esame orale",
                "supervised-onsite-id-check",
                "a distanza",
                "Approvato dal consiglio di dipartimento.",
                "ANVUR",
                "ESG",
                "",
                "",
            ]
        )
        _expect(
            f"UNIES-{n:02d}",
            country="IT",
            languages="it",
            mode="online",
            ects=6.0,
            ects_source="declared",
            hours=150.0,
            hours_source="declared",
            hours_per_ects=25.0,
            eqf_level=7,
            eqf_level_source="declared",
            field_code="0713",
            assessment_types="oral-examination",
            supervision="supervised-onsite-id-check",
            qa_type="internal + external",
            qa_framework="ESG",
            price=None,
            currency=None,
            unread=None,
        )
    path = root / "it" / "catalogo.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file, delimiter=";").writerows(rows)


def _irish(root: Path) -> None:
    """Atlantic College (IE), YAML: NFQ 9 only (EQF 7), hours and ECTS, the field with its label."""
    for n in range(1, 6):
        data = _offer(f"ac-{n:02d}", f"Leadership in Practice {n}", ["English"], "Atlantic College", "Ireland", "en")
        data["workload"] = {"ects": 10, "hours": 250}
        data["level"] = {"nqf": {"framework": "NFQ", "level": 9}}
        data["field_of_education"] = "0413 Management and administration"
        data["participation"] = {"mode": "blended"}
        data["assessment"] = {"types": ["oral exam", "portfolio"], "supervision": "supervised-no-id-check"}
        data["quality_assurance"]["external"] = {"body": "QQI", "country": "IE", "framework": "national"}
        data["price"] = {"amount": 2500, "currency": "eur"}
        _write(root / "ie" / f"leadership-{n}.yaml", data)
        _expect(
            f"ac-{n:02d}",
            country="IE",
            languages="en",
            mode="blended",
            ects=10.0,
            ects_source="declared",
            hours=250.0,
            hours_source="declared",
            hours_per_ects=25.0,
            eqf_level=7,
            eqf_level_source="derived",
            field_code="0413",
            assessment_types="oral-examination; portfolio",
            supervision="supervised-no-id-check",
            qa_type="internal + external",
            qa_framework="national",
            price=2500.0,
            currency="EUR",
            unread=None,
        )


def _greek(root: Path) -> None:
    """Panepistimio Paradeigma (GR), JSON: the EU code EL, Greek and English, free of charge."""
    for n in range(1, 6):
        data = _offer(f"pap-{n:02d}", f"Web accessibility {n}", ["el", "en"], "Panepistimio Paradeigma", "EL", "el")
        data["title"] = {"el": f"Ψηφιακή προσβασιμότητα {n}", "en": f"Web accessibility {n}"}
        data["workload"] = {"ects": 3}
        data["level"] = {"eqf": 5}
        data["field_of_education"] = "0611"
        data["participation"] = {"mode": "διαδικτυακά"}
        data["price"] = {"amount": 0, "currency": "EUR"}
        _write(root / "gr" / f"prosvasimotita-{n}.json", data)
        _expect(
            f"pap-{n:02d}",
            country="GR",
            languages="el; en",
            mode="online",
            ects=3.0,
            ects_source="declared",
            hours=82.5,
            hours_source="derived",
            eqf_level=5,
            eqf_level_source="declared",
            field_code="0611",
            assessment_types="project-work",
            supervision=None,
            qa_type="internal",
            qa_framework=None,
            price=0.0,
            currency="EUR",
            title=f"Ψηφιακή προσβασιμότητα {n}",
            unread=None,
        )


def _austrian(root: Path) -> None:
    """FH Beispiel Wien (AT), YAML: hours as "120 Stunden", the ISO 21001 framework written with a space."""
    for n in range(1, 6):
        data = _offer(f"fhw-{n:02d}", f"Projektmanagement {n}", ["de"], "FH Beispiel Wien", "Österreich", "de")
        data["workload"] = {"hours": "120 Stunden"}
        data["level"] = {"eqf": 6}
        data["field_of_education"] = "0413"
        data["participation"] = {"mode": "Fernlehre"}
        data["assessment"] = {"types": ["Projektarbeit"]}
        data["quality_assurance"]["external"] = {"body": "AQ Austria", "country": "AT", "framework": "ISO 21001"}
        data["price"] = {"amount": "EUR 1.490,00"}
        _write(root / "at" / f"projekt-{n}.yaml", data)
        _expect(
            f"fhw-{n:02d}",
            country="AT",
            languages="de",
            mode="online",
            ects=round(120 / HOURS_PER_ECTS, 2),
            ects_source="derived",
            hours=120.0,
            hours_source="declared",
            eqf_level=6,
            eqf_level_source="declared",
            field_code="0413",
            assessment_types="project-work",
            supervision=None,
            qa_type="internal + external",
            qa_framework="ISO-21001",
            price=1490.0,
            currency="EUR",
            unread=None,
        )


def _portuguese(root: Path) -> None:
    """Universidade Exemplo (PT), JSON: Portuguese names, "b-learning", the second cycle; the language and the
    assessment type each given alone, not as a list."""
    for n in range(1, 6):
        data = _offer(f"uex-{n:02d}", f"Qualidade da água {n}", ["pt"], "Universidade Exemplo", "Portugal", "pt")
        data["languages"] = "português"
        data["workload"] = {"ects": 4}
        data["level"] = {"eqf": 7, "qf_ehea_cycle": "second"}
        data["field_of_education"] = "0521"
        data["participation"] = {"mode": "b-learning"}
        data["assessment"] = {"types": "exame escrito", "supervision": "sem supervisão"}
        data["quality_assurance"]["external"] = {"body": "A3ES", "country": "PT", "framework": "ESG"}
        _write(root / "pt" / f"agua-{n}.json", data)
        _expect(
            f"uex-{n:02d}",
            country="PT",
            languages="pt",
            mode="blended",
            ects=4.0,
            ects_source="declared",
            hours=110.0,
            hours_source="derived",
            eqf_level=7,
            eqf_level_source="declared",
            field_code="0521",
            assessment_types="written-examination",
            supervision="unsupervised-no-id-check",
            qa_type="internal + external",
            qa_framework="ESG",
            price=None,
            currency=None,
            unread=None,
        )


def _finnish(root: Path) -> None:
    """Esimerkki University of Applied Sciences (FI), YAML: "Suomi", the language named in Finnish, short cycle;
    its one awarding body given as an object, not a list, and its internal QA as a text."""
    for n in range(1, 6):
        data = _offer(f"esi-{n:02d}", f"District heating {n}", ["suomi", "English"], "Esimerkki UAS", "Suomi", "fi")
        data["awarding_bodies"] = data["awarding_bodies"][0]
        data["quality_assurance"] = {"internal": "Approved by the degree programme board."}
        data["workload"] = {"ects": "2,0"}
        data["level"] = {"qf_ehea_cycle": "short"}
        data["field_of_education"] = "0713"
        data["participation"] = {"mode": "monimuoto"}
        _write(root / "fi" / f"kaukolampo-{n}.yaml", data)
        _expect(
            f"esi-{n:02d}",
            country="FI",
            languages="fi; en",
            mode="blended",
            provider="Esimerkki UAS",
            ects=2.0,
            ects_source="declared",
            hours=55.0,
            hours_source="derived",
            eqf_level=5,
            eqf_level_source="derived",
            field_code="0713",
            assessment_types="project-work",
            supervision=None,
            qa_type="internal",
            qa_framework=None,
            price=None,
            currency=None,
            unread=None,
        )


COUNTRY = "http://publications.europa.eu/resource/authority/country/"


def _concept(uri: str, label: str) -> dict[str, Any]:
    return {"id": uri, "type": "Concept", "prefLabel": {"en": label}}


def _credential(n: int) -> dict[str, Any]:
    """An ELM v3 credential issued by a Belgian university to one learner: 3 ECTS, EQF 6, field 0588."""
    body = {
        "id": "urn:epass:org:1",
        "type": "Organisation",
        "legalName": {"en": "Université Exemple de Bruxelles"},
        "location": {
            "id": "urn:l:1",
            "type": "Location",
            "address": {"id": "urn:a:1", "type": "Address", "countryCode": _concept(COUNTRY + "BEL", "Belgium")},
        },
    }
    spec = {
        "id": f"urn:epass:learningAchievementSpecification:{n}",
        "type": "LearningAchievementSpecification",
        "title": {"en": "Teaching with Open Educational Resources"},
        "language": [_concept("http://publications.europa.eu/resource/authority/language/ENG", "English")],
        "learningOutcome": [
            {"id": f"urn:epass:lo:{n}:{i}", "type": "LearningOutcome", "title": {"en": text}}
            for i, text in enumerate(OUTCOMES["en"])
        ],
        "creditPoint": [
            {
                "id": f"urn:epass:credit:{n}",
                "type": "CreditPoint",
                "framework": _concept("http://data.europa.eu/snb/education-credit/6fcec5c5af", "ECTS"),
                "point": "3",
            }
        ],
        "eqfLevel": _concept("http://data.europa.eu/snb/eqf/6", "Level 6"),
        "thematicArea": [_concept("http://data.europa.eu/snb/isced-f/0588", "Inter-disciplinary education")],
        "mode": [_concept("http://data.europa.eu/snb/learning-assessment/920fbb3cbe", "Online")],
    }
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": f"urn:credential:ueb-{n}",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": body,
        "issued": "2026-07-01T10:00:00Z",
        "credentialSubject": {
            "id": f"urn:epass:person:{n}",
            "type": "Person",
            "fullName": {"en": f"Learner {n}"},
            "hasClaim": [
                {
                    "id": f"urn:epass:learningAchievement:{n}",
                    "type": "LearningAchievement",
                    "title": {"en": "Teaching with Open Educational Resources"},
                    "awardedBy": {
                        "id": f"urn:epass:awardingProcess:{n}",
                        "type": "AwardingProcess",
                        "awardingBody": [body],
                    },
                    "specifiedBy": spec,
                }
            ],
        },
    }


def _belgian(root: Path) -> None:
    """Three ELM v3 credentials issued by a Belgian university."""
    for n in range(1, 4):
        _write(root / "be" / f"credential-{n}.jsonld", _credential(n))
        _expect(
            f"urn:credential:ueb-{n}",
            country="BE",
            ects=3.0,
            ects_source="declared",
            eqf_level=6,
            eqf_level_source="declared",
            field_code="0588",
            kind="credential",
            format="elm",
            imported_from="ELM v3 EuropeanDigitalCredential",
        )


# Countries of the corpus, and the descriptors each gives (the unreadable file excluded).
COUNTRIES = {"DE": 6, "FR": 5, "NL": 6, "PL": 5, "ES": 6, "IT": 6, "IE": 5, "GR": 5, "AT": 5, "PT": 5, "FI": 5, "BE": 3}
BROKEN = "nl/kapot.json"


def build(root: Path) -> Path:
    """Write the corpus under ``root`` (one folder per country) and return ``root``."""
    EXPECTED.clear()
    for write in (
        _german,
        _french,
        _dutch,
        _polish,
        _spanish,
        _italian,
        _irish,
        _greek,
        _austrian,
        _portuguese,
        _finnish,
        _belgian,
    ):
        write(root)
    (root / BROKEN).write_text('{"id": "hd-99", "title": "Kapot",}\n', encoding="utf-8")
    return root
