"""The template's example offer and credential: the values ``qa-checker template`` fills its example with.

Kept apart from the template's writers so that the rules can tell a descriptor that still holds them
(MC-TP-001) without loading the spreadsheet machinery.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import TypeAlias

# A cell as a person types it: text, a number or a date.
Cell: TypeAlias = str | int | date

EXAMPLE: dict[str, Cell] = {
    "kind": "offer",
    "id": "example-data-literacy-2027",
    "title": "Data Literacy for Public Servants",
    "summary": "Read, question and present data responsibly in public-sector work.",
    "languages": "en",
    "awarding_bodies.0.name": "Example University of Applied Sciences",
    "awarding_bodies.0.country": "NL",
    "awarding_bodies.0.region": "NL329",
    "awarding_bodies.0.identifier.scheme": "erasmus",
    "awarding_bodies.0.identifier.value": "NL EXAMPLE01",
    "awarding_bodies.0.url": "https://www.example.org",
    "learning_outcomes": "Interpret descriptive statistics in a policy report.\n"
    "Evaluate whether a chart represents its data fairly.\n"
    "Present a data-based recommendation to a non-specialist audience.",
    "workload.ects": 3,
    "workload.hours": 84,
    "level.eqf": 5,
    "level.qf_ehea_cycle": "short",
    "field_of_education": "0688",
    "assessment.types": "marked-assignment; oral-examination",
    "assessment.description": "A marked data report and a 15-minute oral presentation of its recommendation.",
    "assessment.supervision": "supervised-online-id-check",
    "assessment.grading_scheme": "Pass/fail",
    "participation.mode": "blended",
    "participation.learning_setting": "formal",
    "participation.activity_types": "classroom; e-learning; self-study",
    "participation.schedule.start": date(2027, 2, 1),
    "participation.schedule.end": date(2027, 3, 26),
    "participation.schedule.duration": "P8W",
    "quality_assurance.internal.description": "Approved by the examination board under the institutional QA policy; "
    "evaluated with learners after every run.",
    "quality_assurance.external.body": "NVAO",
    "quality_assurance.external.country": "NL",
    "quality_assurance.external.framework": "ESG",
    "quality_assurance.external.eqar_registered": "yes",
    "quality_assurance.external.url": "https://www.nvao.net",
    "prerequisites": "none",
    "stackability.type": "stackable",
    "stackability.towards.0.title": "Associate degree Public Administration",
    "stackability.towards.0.credits": 3,
    "further_information": "https://www.example.org/data-literacy",
    "target_group": "Policy officers and other public servants who use data in their work.",
    "last_reviewed": date(2026, 9, 1),
    "price.amount": 450,
    "price.currency": "EUR",
}
# An issued credential describes a run that has ended; its dates lie in the past.
EXAMPLE_CREDENTIAL: dict[str, Cell] = {
    "kind": "credential",
    "learner.name": "Alex Example",
    "learner.identifier.scheme": "national",
    "learner.identifier.value": "S1234567",
    "participation.schedule.start": date(2026, 2, 2),
    "participation.schedule.end": date(2026, 3, 27),
    "issue_date": date(2026, 4, 10),
    "grade": "Pass",
}


def _key(text: str) -> str:
    """A text as compared with the example's: case, spacing and a closing full stop ignored."""
    return " ".join(text.casefold().split()).rstrip(".")


@functools.cache
def example_texts() -> frozenset[str]:
    """The example's own texts (as :func:`_key` gives them): its id and every value of several words, each
    outcome apart; codes, numbers, dates and one-word values ("none", "Pass") are anybody's."""
    texts: set[str] = set()
    for path, value in (*EXAMPLE.items(), *EXAMPLE_CREDENTIAL.items()):
        if not isinstance(value, str):
            continue
        for line in value.split("\n"):
            codes = ";" in line and all(" " not in part.strip() for part in line.split(";"))
            if path == "id" or (" " in line.strip() and re.search(r"[^\W\d_]{2}", line) and not codes):
                texts.add(_key(line))
    return frozenset(texts)


@functools.cache
def _openings() -> frozenset[str]:
    """The first two letters of each example text (as :func:`_key` gives them): most texts are told apart
    by these without being normalised whole."""
    return frozenset(text[:2] for text in example_texts())


def is_example_text(text: str) -> bool:
    """Whether a text is one of the template's example texts."""
    head = text.lstrip()[:2].casefold()
    head = head[:1] + " " if head[1:].isspace() else head
    return head in _openings() and _key(text) in example_texts()
