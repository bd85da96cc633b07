"""MC-AS-001: a supervision claim against the assessment's own description, as providers phrase it in the seven
interface languages: a denial of supervision or of the identity check against a claim of one, a mixed description
(some work unsupervised, a supervised sitting beside it), and a supervised sitting against a claim of none.

Written and labelled before the rule ran on them: 3 of the 30 were missed, each a denial of the identity check with
its verb negated ("No se verifica la identidad ...", "Non è previsto alcun controllo dell'identità", "Nie weryfikuje
się tożsamości ..."). Those, and a denial with words between the identity and its verb ("L'identité des candidats
n'est pas vérifiée"), are read now.
"""

from __future__ import annotations

import pytest

from tests.conftest import baseline
from tests.heldout import data_findings

SUP, UNSUP = "supervised-online-id-check", "unsupervised-no-id-check"
CASES: list[tuple[str, str, str, bool]] = [
    ("en", SUP, "The final test is an open-book take-home exam without invigilation.", True),
    ("en", SUP, "Quizzes are completed at the learner's own pace; no proctoring is used.", True),
    ("en", SUP, "Assessment is self-paced and not proctored.", True),
    ("en", SUP, "Learners submit their project online; there is no identity check.", True),
    ("de", SUP, "Die Prüfung wird ohne Aufsicht zu Hause geschrieben.", True),
    ("de", SUP, "Es erfolgt keine Identitätsprüfung.", True),
    ("de", SUP, "Die Online-Klausur ist unbeaufsichtigt.", True),
    ("fr", SUP, "L'examen se passe en ligne, sans surveillance.", True),
    ("fr", SUP, "Aucune vérification d'identité n'est effectuée.", True),
    ("es", SUP, "El examen final se realiza en línea sin supervisión.", True),
    ("es", SUP, "No se verifica la identidad de los participantes.", True),
    ("it", SUP, "La prova finale si svolge online senza sorveglianza.", True),
    ("it", SUP, "Non è previsto alcun controllo dell'identità.", True),
    ("nl", SUP, "De toets wordt thuis gemaakt, zonder surveillance.", True),
    ("nl", SUP, "Er vindt geen identiteitscontrole plaats.", True),
    ("pl", SUP, "Egzamin odbywa się online bez nadzoru.", True),
    ("pl", SUP, "Nie weryfikuje się tożsamości uczestników.", True),
    ("en", SUP, "Weekly quizzes are unsupervised; the final exam is proctored online with an ID check.", False),
    (
        "de",
        SUP,
        "Übungsaufgaben ohne Aufsicht; die Abschlussklausur wird online beaufsichtigt, mit Ausweiskontrolle.",
        False,
    ),
    (
        "fr",
        SUP,
        "Les quiz sont sans surveillance ; l'examen final est surveillé en ligne avec contrôle d'identité.",
        False,
    ),
    ("en", SUP, "The oral examination is held via video with an identity check by the examiner.", False),
    ("pl", SUP, "Egzamin ustny online z weryfikacją tożsamości.", False),
    ("en", UNSUP, "The final exam is invigilated on campus.", True),
    ("de", UNSUP, "Die Abschlussprüfung findet unter Aufsicht statt.", True),
    ("fr", UNSUP, "L'examen final est surveillé par un enseignant.", True),
    ("es", UNSUP, "El examen final es presencial y supervisado.", True),
    ("it", UNSUP, "L'esame finale si svolge in presenza sotto sorveglianza.", True),
    ("nl", UNSUP, "Het tentamen wordt onder toezicht afgenomen.", True),
    ("pl", UNSUP, "Egzamin końcowy odbywa się pod nadzorem.", True),
    ("en", UNSUP, "Self-assessment quizzes without supervision.", False),
]


@pytest.mark.parametrize(("language", "claim", "description", "told"), CASES)
def test_a_claim_is_held_to_the_description_as_providers_phrase_it(
    language: str, claim: str, description: str, told: bool
) -> None:
    data = baseline()
    data["languages"] = [language]
    for key in ("title", "summary", "target_group", "prerequisites"):
        if isinstance(data.get(key), dict):
            data[key] = data[key]["en"]
    data["assessment"].update(supervision=claim, description=description)
    data["assessment"].pop("grading_scheme", None)
    assert any(rule == "MC-AS-001" for rule, _ in data_findings(data)) is told


@pytest.mark.parametrize(
    ("language", "description"),
    [
        ("fr", "L'identité des candidats n'est pas vérifiée."),
        ("de", "Die Identität der Teilnehmenden wird nicht geprüft."),
        ("en", "The identity of the learners is not checked."),
        ("es", "La identidad de los participantes no se comprueba."),
        ("nl", "De identiteit van de deelnemers wordt niet gecontroleerd."),
    ],
)
def test_a_denied_identity_check_with_words_between_is_read(language: str, description: str) -> None:
    test_a_claim_is_held_to_the_description_as_providers_phrase_it(language, SUP, description, True)
