"""Lead-ins and teaching wordings of national outcome styles, from a held-out round of 212 outcomes.

Spanish degrees state their competences in the subjunctive after "Que" (Real Decreto 1393/2007: "Que los
estudiantes sepan aplicar ...", "tengan la capacidad de reunir ..."), which was "starts with 'Que'" or "no verb";
a French purpose opening "Afin de ...," was no context opening as "Pour ...," is; a Polish learner "zostanie
zapoznany" (will be introduced to) and a French "Il s'agit de sensibiliser ..." are the teaching, not an outcome.
"""

from __future__ import annotations

import pytest

from qa_checker.language import analyse
from tests.test_outcome_labels_brackets_trainee_teachers_and_teaching_wording import fired


@pytest.mark.parametrize(
    ("language", "text", "verb"),
    [
        ("es", "Que los estudiantes sepan aplicar sus conocimientos a su trabajo de una forma profesional.", "aplicar"),
        (
            "es",
            "Que los estudiantes puedan transmitir información y soluciones a un público especializado.",
            "transmitir",
        ),
        ("es", "Que el alumnado tenga la capacidad de interpretar datos relevantes de su área.", "interpretar"),
        ("es", "Los estudiantes tienen la capacidad de diseñar un plan de marketing digital.", "diseñar"),
        (
            "fr",
            "Afin de garantir la traçabilité des lots, l'étudiant met en œuvre une procédure HACCP.",
            "mettre en œuvre",
        ),
    ],
)
def test_a_national_lead_in_leads_to_the_action(language: str, text: str, verb: str) -> None:
    assert not {"MC-LO-001", "MC-LO-003"} & set(fired(text, language))
    analysis = analyse(text, language)
    assert analysis is not None and analysis.main is not None and analysis.main.form.lemma == verb


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Student zostanie zapoznany z zasadami BHP."),
        ("pl", "Uczestniczka zostanie przeszkolona w zakresie obsługi wózka widłowego."),
        ("fr", "Il s'agit de sensibiliser les participants aux risques psychosociaux."),
        ("fr", "Il s'agit de présenter les bases de la comptabilité."),
    ],
)
def test_the_teaching_said_of_one_learner_or_impersonally_is_teacher_centred(language: str, text: str) -> None:
    assert "MC-LO-003" in fired(text, language)


def test_an_impersonal_aim_of_the_learners_own_action_is_no_teaching() -> None:
    assert "MC-LO-003" not in fired("Il s'agit d'analyser un cas réel d'entreprise.", "fr")
