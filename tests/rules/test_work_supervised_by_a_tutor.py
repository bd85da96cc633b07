"""A tutor who supervises a project or placement is no supervised sitting for an identity-checked claim;
an exam supervised by a tutor still is."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.rules.supervision_text import affirms_checked_sitting
from tests.rules.cases import RULE_FIXTURES, Case, run_case


def findings(assessment: dict[str, Any]) -> list[str]:
    """The pointers of MC-AS-001's findings on the good offer with ``assessment``."""
    spec = {"id": "tutor", "set": {"/assessment": assessment}}
    return [f.pointer for f in run_case(Case("MC-AS-001", "tutor", spec, RULE_FIXTURES / "MC-AS-001.yaml"))]


@pytest.mark.parametrize(
    "description",
    [
        "A capstone project supervised by a tutor, who meets the learner online every two weeks.",
        "Supervised project work with fortnightly feedback.",
        {"fr": "Un projet supervisé par un tuteur."},
        {"es": "Un proyecto supervisado por un tutor."},
        {"it": "Un progetto supervisionato da un tutor."},
        {"pl": "Projekt nadzorowany przez opiekuna."},
        {"nl": "Een project onder toezicht van een begeleider."},
        {"de": "Ein Projekt, von einem Betreuer beaufsichtigt."},
    ],
)
def test_supervised_work_is_no_sitting(description: object) -> None:
    assert not affirms_checked_sitting(description)


@pytest.mark.parametrize(
    "description",
    [
        "The final exam is supervised by a lecturer.",
        "The exam is supervised by a tutor.",
        "Unsupervised project work; the final exam is supervised by a tutor.",
        "The project is supervised by the course tutor; the final test is proctored.",
        {"de": "Die Klausur findet unter Aufsicht statt."},
    ],
)
def test_a_supervised_sitting_still_counts(description: object) -> None:
    assert affirms_checked_sitting(description)


def test_an_identity_checked_project_supervised_by_a_tutor_is_a_finding() -> None:
    assessment = {
        "types": ["project-work"],
        "supervision": "supervised-online-id-check",
        "description": "A capstone project supervised by a tutor, who meets the learner online every two weeks.",
    }
    assert findings(assessment) == ["/assessment/supervision"]
