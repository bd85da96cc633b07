"""The learner as the subject of an outcome in the forms the lexicons missed: the Italian singular
("Il partecipante applica ...", "Il discente ..."), apprentices and candidates in four languages, the
learner written inclusively ("L'apprenant(e)", "El/la alumno/a", "Lo/la studente/ssa"), a relative clause
after the learner ("Students who complete this unit can ...") and the learner addressed as "you" in
English ("You conduct ...", "You'll build ..."): the verb after them is the action, even one that is a
noun too ("The student prices options ..."). And verbs the lexicons lacked: French "monte" (monter) and
Polish "sporządza" (draw up, at create)."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("language", "text", "lemma"),
    [
        ("it", "Il partecipante esegue il controllo dei parametri vitali del paziente.", "eseguire"),
        ("it", "Il discente redige un verbale di sopralluogo in cantiere.", "redigere"),
        ("it", "La corsista prepara un preventivo per un cliente privato.", "preparare"),
        ("it", "L'apprendista installa un quadro elettrico in un appartamento.", "installare"),
        ("it", "Il candidato redige una relazione tecnica sul collaudo.", "redigere"),
        ("es", "El aprendiz instala un cuadro eléctrico en una vivienda.", "instalar"),
        ("es", "La candidata redacta un informe técnico de la obra.", "redactar"),
        ("fr", "L'apprentie rédige une fiche de production pour le chef de cuisine.", "rédiger"),
        ("fr", "Les alternants réalisent le diagnostic énergétique d'un logement.", "réaliser"),
        ("fr", "Le candidat rédige un rapport de visite de chantier.", "rédiger"),
        ("en", "The apprentice installs a consumer unit in a new dwelling.", "install"),
        ("en", "Apprentices wire a three-phase distribution board to the drawing.", "wire"),
        ("en", "You design a short survey for a small charity.", "design"),
        ("en", "You'll build a sales dashboard for a regional retailer.", "build"),
        ("en", "You will present a business pitch to a panel of investors.", "present"),
    ],
)
def test_the_verb_after_the_learner_is_the_action(language: str, text: str, lemma: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.first_is_verb
    assert analysis.main is not None and analysis.main.form.lemma == lemma


@pytest.mark.parametrize(
    "text", ["You are taught the basics of survey design.", "You are shown how a heat pump is installed."]
)
def test_the_teaching_the_addressed_learner_receives_is_teacher_centred(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.teacher_centred


@pytest.mark.parametrize(
    ("language", "text", "lemma", "level"),
    [
        ("fr", "Le stagiaire monte une cloison en plaques de plâtre.", "monter", "apply"),
        ("fr", "L'apprenant monte un échafaudage roulant en sécurité.", "monter", "apply"),
        ("pl", "Sporządza plan ewakuacji dla hali produkcyjnej.", "sporządzać", "create"),
        ("pl", "Uczestnik potrafi sporządzić bilans otwarcia spółki.", "sporządzać", "create"),
    ],
)
def test_a_verb_the_lexicon_lists_is_found_at_its_level(language: str, text: str, lemma: str, level: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.main is not None
    assert (analysis.main.form.lemma, analysis.main.form.level) == (lemma, level)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The student prices European options with the Black-Scholes model.", "price"),
        ("The trainee schedules shifts for a team of twelve nurses.", "schedule"),
        ("Students price corporate bonds with a yield curve.", "price"),
        ("On completion of the course, learners schedule deliveries for a regional warehouse.", "schedule"),
    ],
)
def test_the_word_after_the_learner_as_subject_is_its_verb(text: str, lemma: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.first_is_verb
    assert analysis.main is not None and analysis.main.form.lemma == lemma


@pytest.mark.parametrize("text", ["Prices of European options and their models.", "Shift schedules for nursing teams."])
def test_a_heading_without_the_learner_has_no_verb(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and not analysis.first_is_verb


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Students who complete this unit can calibrate a pressure gauge.", "calibrate"),
        ("Learners who have passed the practical assessment successfully can supervise a night shift.", "supervise"),
        ("Graduates will have demonstrated the ability to negotiate a collective agreement.", "negotiate"),
        ("On completion, participants should have shown the capacity to appraise a clinical guideline.", "appraise"),
    ],
)
def test_a_relative_clause_or_a_demonstrated_ability_is_part_of_the_lead_in(text: str, lemma: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.first_is_verb
    assert analysis.main is not None and analysis.main.form.lemma == lemma


@pytest.mark.parametrize(
    ("language", "text", "lemma"),
    [
        ("fr", "L'apprenant(e) réalise un diagnostic de performance énergétique.", "réaliser"),
        ("fr", "Les participant·e·s rédigent un compte rendu d'intervention.", "rédiger"),
        ("fr", "L'étudiant.e conçoit une affiche de prévention pour un chantier.", "concevoir"),
        ("es", "El/la alumno/a identifica los riesgos laborales de un puesto de oficina.", "identificar"),
        ("es", "Los/las participantes diseñan una ruta turística accesible.", "diseñar"),
        ("it", "Lo/la studente/ssa analizza i bilanci di un'impresa di servizi.", "analizzare"),
        ("it", "Il/la candidato/a redige un piano di manutenzione.", "redigere"),
    ],
)
def test_a_learner_written_inclusively_is_the_learner(language: str, text: str, lemma: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.first_is_verb
    assert analysis.main is not None and analysis.main.form.lemma == lemma
