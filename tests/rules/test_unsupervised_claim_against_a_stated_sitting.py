"""A claim of no supervision is held to a description that states a supervised sitting or an identity check; a
description that also says some assessment is unsupervised, or that denies a supervised sitting, is none."""

from __future__ import annotations

import pytest

from tests.rules.cases import RULE_FIXTURES, Case, run_case


def findings(description: object) -> list[str]:
    """The pointers of MC-AS-001's findings on the good offer declared unsupervised, with ``description``."""
    assessment = {"types": ["marked-assignment"], "supervision": "unsupervised-no-id-check", "description": description}
    spec = {"id": "unsupervised", "set": {"/assessment": assessment}}
    return [f.pointer for f in run_case(Case("MC-AS-001", "unsupervised", spec, RULE_FIXTURES / "MC-AS-001.yaml"))]


@pytest.mark.parametrize(
    "description",
    [
        "Final examination in an exam hall; bring your student card.",
        {"fr": "Examen final surveillé en salle d'examen."},
        {"it": "Prova scritta finale sorvegliata, con documento d'identità."},
        {"nl": "Eindtoets in het toetscentrum, onder toezicht."},
        {"pl": "Egzamin końcowy pod nadzorem, z weryfikacją tożsamości."},
        {"en": "Online exam with Examity."},
    ],
)
def test_a_stated_sitting_contradicts_a_claim_of_none(description: object) -> None:
    assert findings(description) == ["/assessment/supervision"]


@pytest.mark.parametrize(
    "description",
    [
        "Assignments are submitted online; there is no invigilated examination.",
        {"de": "Hausarbeit; es gibt keine beaufsichtigte Klausur."},
        {"es": "Trabajos entregados en línea; no hay examen supervisado."},
        {"it": "Elaborati consegnati online; nessun esame sorvegliato."},
        {"fr": "Dossier rendu en ligne ; aucun examen surveillé."},
        "Practice quizzes are unproctored; the final test is proctored.",
        {"de": "Die Übungstests sind unbeaufsichtigt, die Klausur findet unter Aufsicht statt."},
        "Supervised project work with fortnightly feedback.",
        "Essays marked by the tutor.",
    ],
)
def test_a_denied_or_mixed_sitting_or_none_passes(description: object) -> None:
    assert findings(description) == []
