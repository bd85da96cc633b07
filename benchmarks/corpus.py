"""A generated corpus of realistic, varied descriptors for the audit benchmark and the large-batch test.

Deterministic for a seed: about 40 providers in a dozen countries, offers and issued credentials,
JSON and YAML, one or two languages, and the mistakes real catalogues make (missing optional
elements, hours instead of ECTS, unknown codes, misspelt fields) in realistic proportions.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import yaml

COUNTRIES = {
    "NL": ("nl", ["Hogeschool", "Universiteit", "Academie"]),
    "DE": ("de", ["Hochschule", "Universität", "Akademie"]),
    "FR": ("fr", ["Université", "École", "Institut"]),
    "ES": ("es", ["Universidad", "Escuela", "Instituto"]),
    "IT": ("it", ["Università", "Politecnico", "Istituto"]),
    "PL": ("pl", ["Uniwersytet", "Politechnika", "Akademia"]),
    "FI": ("fi", ["Yliopisto", "Ammattikorkeakoulu", "Opisto"]),
    "IE": ("en", ["University", "Institute of Technology", "College"]),
    "PT": ("pt", ["Universidade", "Instituto Politécnico", "Escola"]),
    "SE": ("sv", ["Universitet", "Högskola", "Institut"]),
    "CZ": ("cs", ["Univerzita", "Vysoká škola", "Akademie"]),
    "BE": ("nl", ["Hogeschool", "Université", "Academie"]),
}
CITIES = ["North", "Central", "Harbour", "Valley", "Coast", "Lake", "River", "Hill"]
TOPICS = [
    ("Data Ethics", "0613"),
    ("Green Logistics", "0413"),
    ("Cybersecurity Basics", "0612"),
    ("Circular Economy", "0521"),
    ("Digital Marketing", "0414"),
    ("Machine Learning Foundations", "0613"),
    ("Project Management", "0413"),
    ("Renewable Energy Systems", "0713"),
    ("Public Health Data", "0988"),
    ("Inclusive Teaching", "0111"),
    ("Sustainable Agriculture", "0811"),
    ("Cloud Computing", "0612"),
    ("Supply Chain Analytics", "0413"),
    ("Financial Literacy", "0412"),
    ("Heritage Conservation", "0222"),
]
VERBS = ["Apply", "Evaluate", "Design", "Analyse", "Explain", "Plan", "Compare", "Build", "Assess", "Present"]
OBJECTS = [
    "the main legal requirements to a real project",
    "a data set with appropriate statistical methods",
    "a plan that meets stakeholder needs",
    "the risks and trade-offs of a proposed solution",
    "a prototype that addresses an identified problem",
    "the results to a non-specialist audience",
    "evidence from several sources to support a decision",
    "a monitoring process with clear indicators",
]
ASSESSMENTS = [
    "project-work",
    "written-examination",
    "oral-examination",
    "portfolio",
    "quiz",
    "practical-assessment",
    "peer-assessment",
    "marked-assignment",
]
SUPERVISION = [
    "unsupervised-no-id-check",
    "supervised-no-id-check",
    "supervised-online-id-check",
    "supervised-onsite-id-check",
]
ACTIVITIES = ["classroom", "e-learning", "lab-practice", "workshop", "self-study", "work-experience"]


def providers(rng: random.Random, count: int = 40) -> list[dict[str, Any]]:
    """Awarding bodies with names, countries and identifiers."""
    out = []
    codes = sorted(COUNTRIES)
    for index in range(count):
        country = codes[index % len(codes)]
        lang, kinds = COUNTRIES[country]
        name = f"{rng.choice(kinds)} {rng.choice(CITIES)} {country}-{index:02d}"
        out.append(
            {
                "name": name,
                "country": country,
                "lang": lang,
                "identifier": {"scheme": "erasmus", "value": f"{country} PROV{index:03d}"},
                "url": f"https://provider{index}.example.eu",
            }
        )
    return out


def descriptor(rng: random.Random, index: int, bodies: list[dict[str, Any]]) -> dict[str, Any]:
    """One descriptor; about a third have some problem a QA agency would report."""
    body = bodies[index % len(bodies)]
    topic, field = TOPICS[rng.randrange(len(TOPICS))]
    # Taught in English, sometimes also in the provider's language (the texts here are in English).
    langs = ["en"] if body["lang"] == "en" or rng.random() < 0.8 else ["en", body["lang"]]
    ects = rng.choice([1, 2, 3, 4, 5, 6, 7.5, 10])
    data: dict[str, Any] = {
        "descriptor_version": "1.0",
        "kind": "credential" if rng.random() < 0.15 else "offer",
        "id": f"{body['identifier']['value'].split()[1].lower()}-{index:06d}",
        "title": f"{topic} {index % 7 + 1}",
        "languages": langs,
        "awarding_bodies": [
            {"name": body["name"], "country": body["country"], "identifier": body["identifier"], "url": body["url"]}
        ],
        "learning_outcomes": [f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}." for _ in range(rng.randint(2, 6))],
        "workload": {"ects": ects, "hours": round(ects * rng.choice([25, 27, 28, 30]))},
        "level": {"eqf": rng.choice([4, 5, 6, 6, 7, 7, 8])},
        "field_of_education": field,
        "assessment": {"types": rng.sample(ASSESSMENTS, rng.randint(1, 3)), "supervision": rng.choice(SUPERVISION)},
        "participation": {
            "mode": rng.choice(["online", "onsite", "blended"]),
            "learning_setting": rng.choice(["formal", "non-formal"]),
            "activity_types": rng.sample(ACTIVITIES, rng.randint(1, 3)),
        },
        "quality_assurance": {
            "internal": {
                "description": "Approved by the programme committee under the institutional QA policy; reviewed yearly."
            }
        },
        "prerequisites": rng.choice(["none", "Basic computer skills.", "A bachelor's degree in a related field."]),
        "stackability": {"type": "stand-alone"},
        "further_information": f"{body['url']}/courses/{index}",
    }
    if rng.random() < 0.5:
        data["quality_assurance"]["external"] = {
            "body": "National QA Agency",
            "country": body["country"],
            "framework": "ESG",
            "eqar_registered": True,
        }
    if data["kind"] == "credential":
        data["learner"] = {"name": f"Learner {index}"}
        data["issue_date"] = f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}"
        data["grade"] = rng.choice(["pass", "8/10", "B"])
    _add_problems(rng, data)
    return data


def _add_problems(rng: random.Random, data: dict[str, Any]) -> None:
    roll = rng.random()
    if roll < 0.08:
        data["workload"] = {"hours": data["workload"]["hours"]}
    elif roll < 0.14:
        del data["quality_assurance"]
    elif roll < 0.19:
        data["level"] = {"eqf": 9}
    elif roll < 0.24:
        data["assessment"]["types"] = ["exam"]
    elif roll < 0.28:
        data["stackable"] = True
    elif roll < 0.31:
        del data["further_information"], data["prerequisites"]
    elif roll < 0.33:
        data["participation"]["mode"] = "hybrid"


def write_corpus(folder: Path, count: int, *, seed: int = 2022, broken: int = 0, yaml_share: float = 0.6) -> list[Path]:
    """Write ``count`` descriptors (``yaml_share`` of them YAML, the rest JSON) and ``broken`` unreadable files."""
    rng = random.Random(seed)
    bodies = providers(rng)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        data = descriptor(rng, index, bodies)
        sub = folder / f"provider-{index % len(bodies):02d}"
        sub.mkdir(exist_ok=True)
        if rng.random() < yaml_share:
            path = sub / f"{data['id']}.yaml"
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        else:
            path = sub / f"{data['id']}.json"
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    for index in range(broken):
        path = folder / f"broken-{index:03d}.json"
        path.write_text('{"descriptor_version": "1.0", "id": ', encoding="utf-8")
        paths.append(path)
    return paths
