"""Classes of wording found by the held-out sweep of real providers' styles (tests/outcome_styles): knowledge
as a nominal heading is vague, knowledge put to use is not, a vague word that only labels an outcome table's
category is no verb; competence descriptors and modal stems without a subject lead in to the verb; French
-ger and -é_er verbs, English software verbs conjugated in Dutch; the aim of the course in Dutch and Spanish."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse, morphology


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Kenntnis der Grundlagen des europäischen Vergaberechts."),
        ("de", "Grundverständnis komplexer Finanzprodukte und ihrer Risiken."),
        ("de", "Fähigkeit zum Verständnis komplexer Finanzprodukte."),
        ("it", "Conoscenza e capacità di comprensione dei principali modelli di business."),
        ("pl", "Znajomość europejskich przepisów o ochronie danych osobowych."),
        ("pl", "Zrozumienie zasad rachunkowości zarządczej w małej firmie."),
    ],
)
def test_knowledge_as_a_nominal_heading_is_vague(language: str, text: str) -> None:
    found = analyse(text, language)
    assert found is not None and found.vague


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Teilnehmenden wenden ihre Kenntnisse der Statik auf einfache Holztragwerke an."),
        ("de", "Kenntnisse der Statik auf einfache Holztragwerke anwenden."),
        ("nl", "De student past kennis van thermodynamica toe bij het dimensioneren van een verwarmingsinstallatie."),
        ("nl", "De deelnemer gebruikt kennis van het arbeidsrecht bij het opstellen van een arbeidscontract."),
    ],
)
def test_knowledge_put_to_use_is_not_vague(language: str, text: str) -> None:
    found = analyse(text, language)
    assert found is not None and not found.vague and found.verbs


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Teilnehmenden haben Kenntnisse über die Grundlagen der Statik."),
        ("de", "Wissen über die Funktionsweise von Wärmepumpen."),
        ("nl", "De student heeft kennis van de werking van de financiële markten."),
    ],
)
def test_knowledge_not_put_to_use_stays_vague(language: str, text: str) -> None:
    found = analyse(text, language)
    assert found is not None and found.vague


def test_a_vague_word_that_labels_a_category_is_no_verb() -> None:
    found = analyse("Wissen: Die Studierenden beschreiben die Phasen des Produktlebenszyklus.", "de")
    assert found is not None and not found.vague and found.first_is_verb
    assert found.main is not None and found.main.form.lemma == "beschreiben"


@pytest.mark.parametrize(
    ("language", "text", "verb"),
    [
        ("fr", "Peut protéger ses appareils contre les logiciels malveillants (DigComp 2.2, 4.1).", "protéger"),
        ("es", "Debe ser capaz de redactar una demanda laboral sencilla.", "redactar"),
        ("it", "Deve essere in grado di redigere un contratto di locazione.", "redigere"),
    ],
)
def test_competence_descriptors_and_modal_stems_lead_in_to_the_verb(language: str, text: str, verb: str) -> None:
    found = analyse(text, language)
    assert found is not None and found.first_is_verb
    assert found.main is not None and found.main.form.lemma == verb


@pytest.mark.parametrize("word", ["protéger", "céder", "compléter", "répéter"])
def test_french_ger_and_e_acute_er_verbs_are_verbs(word: str) -> None:
    assert morphology.verb_lemma(word, "fr") == (word, True)


@pytest.mark.parametrize("word", ["léger", "verger", "danger"])
def test_french_words_in_ger_that_are_no_verbs_stay_no_verbs(word: str) -> None:
    assert morphology.verb_lemma(word, "fr") is None


@pytest.mark.parametrize(
    "text",
    [
        "De student deployt een webapplicatie naar Azure met een CI/CD-pipeline.",
        "De student debugt een webapplicatie met de ontwikkeltools van de browser.",
        "De cursist refactort bestaande Java-code tot kleinere klassen.",
    ],
)
def test_english_software_verbs_conjugated_in_dutch_are_verbs(text: str) -> None:
    found = analyse(text, "nl")
    assert found is not None and found.verbs


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Het doel van deze training is om deelnemers kennis te laten maken met Scrum."),
        ("es", "Se pretende que el alumno conozca las bases del derecho administrativo."),
        ("es", "Con este curso se pretende dotar al alumnado de herramientas de análisis."),
    ],
)
def test_the_aim_of_the_course_is_teacher_centred(language: str, text: str) -> None:
    found = analyse(text, language)
    assert found is not None and found.teacher_centred


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Understand: the principles of lean construction."),
        ("de", "Verstehen: die Grundlagen des Baurechts."),
    ],
)
def test_a_vague_verb_before_a_colon_without_an_action_after_it_stays_vague(language: str, text: str) -> None:
    found = analyse(text, language)
    assert found is not None and found.vague
