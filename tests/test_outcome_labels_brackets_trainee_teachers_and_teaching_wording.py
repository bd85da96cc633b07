"""Outcomes as providers of care, trades, sport, teacher training and digital skills write them: a numbered
label before the statement ("Module 3 – ..."), the words of a method's name or a Bloom level in brackets
("the CAP method (comprendre, agir, proposer)", "(understand)"), a teacher in training as the learner ("Le
futur enseignant conçoit ..."), a context opening in "Sotto ...", German verbs whose stem ends in -end
("versenden") and French verbs in -aire ("extraire"), and the wording of teaching ("Tratteremo ...",
"Cette session donne ...") and of awareness ("Sich ... bewusst sein") that a reviewer sends back."""

from __future__ import annotations

from datetime import date

import pytest

from qa_checker import language
from qa_checker.descriptor import Descriptor
from qa_checker.language import morphology
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import RuleContext

OUTCOME_RULES = ("MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004")


def fired(text: str, language: str, rules: tuple[str, ...] = OUTCOME_RULES) -> list[str]:
    """The ``rules`` that report one statement, the only outcome of a descriptor in its language."""
    doc = Descriptor({"kind": "offer", "languages": [language], "learning_outcomes": [text]})
    found = []
    for rule_id in rules:
        cls = RULES_BY_ID[rule_id]
        rule, ctx = cls(), RuleContext(options=dict(cls.defaults), today=date(2026, 12, 1))
        if rule.applies(doc, ctx) and any(True for _ in rule.check(doc, ctx)):
            found.append(rule_id)
    return found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # German infinitives whose stem ends in -end are verbs, not present participles.
        ("de", "Eine Nachricht mit einem Foto per Messenger versenden."),
        ("de", "Ein Foto vom Smartphone an ein Enkelkind senden."),
        ("de", "Die Dokumentation einer Pflegeschicht fristgerecht beenden."),
        # French -aire verbs are known by their gerund in -yant ("extrayant").
        ("fr", "Extraire les données d'un tableur pour préparer un rapport mensuel."),
        # A teacher in training is the learner.
        ("fr", "Le futur enseignant conçoit une séquence pédagogique différenciée pour une classe de 5e."),
        ("fr", "Les enseignants stagiaires sont capables de concevoir une séquence pédagogique."),
        ("es", "El docente en formación diseña una unidad didáctica para un grupo heterogéneo."),
        ("es", "Los futuros maestros elaboran una rúbrica de evaluación para una tarea escrita."),
        ("it", "Il docente in formazione progetta un'unità di apprendimento per una classe eterogenea."),
        ("it", "I futuri insegnanti elaborano una rubrica di valutazione per un compito di scrittura."),
        # "Sotto ..." opens a context like "Under ...", "Sous ...", "Bajo ...".
        ("it", "Sotto la supervisione di un infermiere, somministrare insulina per via sottocutanea."),
        # A numbered label before the action, whose word could be read as a verb ("moduler").
        ("fr", "Module 3 – Concevoir un plan de prévention des déchets pour un restaurant."),
        ("fr", "Lister 3 – 5 facteurs de risque de chute chez une personne âgée."),
        ("en", "Identify 3 – 5 hazards in a photograph of a building site."),
        # Words in brackets explain a name or give a level: not the learner's actions.
        ("fr", "Traiter une réclamation client par téléphone en suivant la méthode CAP (comprendre, agir, proposer)."),
        ("es", "Atender una reclamación con el método CAC (comprender, actuar, cerrar)."),
        ("de", "Eine Beschwerde nach dem HÖREN-Modell (hören, verstehen, entschuldigen) bearbeiten."),
        ("en", "Explain the principles of lawful processing under the GDPR (understand)."),
        ("en", "Describe the stages of wound healing (Bloom level: understand)."),
        # A vague verb written as an acronym is the name of a model.
        ("en", "Handle a customer complaint by telephone using the LEARN model."),
    ],
)
def test_well_written_outcomes_get_no_outcome_warning(language: str, text: str) -> None:
    assert fired(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "rule"),
    [
        ("de", "Ein E-Mail-Konto einrichten und eine Nachricht mit einem Foto versenden.", "MC-LO-004"),
        ("fr", "Traire les vaches, nettoyer la machine à traire et noter la production du troupeau.", "MC-LO-004"),
        ("fr", "Module 3 – Économie circulaire et réduction des déchets.", "MC-LO-001"),
        ("it", "Modulo 3 – Economia circolare e riduzione dei rifiuti.", "MC-LO-001"),
        ("en", "UNDERSTAND THE LEGAL DUTIES OF EMPLOYERS.", "MC-LO-002"),
        ("fr", "Comprendre (et connaître) les obligations de l'employeur.", "MC-LO-002"),
        ("de", "Sich der Bedeutung nachhaltiger Landwirtschaft bewusst sein.", "MC-LO-002"),
        ("de", "Ein Bewusstsein für aktives Zuhören am Arbeitsplatz entwickeln.", "MC-LO-002"),
        ("nl", "Bewustzijn ontwikkelen van het belang van actief luisteren op het werk.", "MC-LO-002"),
    ],
)
def test_missed_problems_are_reported(language: str, text: str, rule: str) -> None:
    assert rule in fired(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'enseignant présente la séquence pédagogique."),
        ("fr", "La formation initie les apprenants aux bases de la plomberie et du chauffage."),
        ("fr", "Cet atelier vise à fournir aux enseignants des outils pour une école inclusive."),
        ("fr", "Cette session donne aux participants un aperçu des premiers secours au travail."),
        ("fr", "Les apprentis seront initiés aux principaux assemblages bois."),
        ("es", "Trataremos los elementos clave de la normativa contra el blanqueo de capitales."),
        ("es", "Se enseña a los participantes a hacer videollamadas con una tableta."),
        ("es", "Esta sesión ofrece a los participantes una visión general de los primeros auxilios."),
        ("es", "Los aprendices serán iniciados en los principales ensambles de madera."),
        ("it", "Tratteremo gli elementi chiave della normativa antiriciclaggio."),
        ("it", "Questa sessione offre ai partecipanti una panoramica del primo soccorso aziendale."),
        ("it", "Gli apprendisti verranno introdotti ai principali incastri del legno."),
        ("nl", "De instructeur demonstreert de juiste techniek van borstcompressies."),
        ("nl", "Deelnemers wordt uitgelegd hoe ze met een tablet kunnen videobellen."),
        ("nl", "De deelnemers krijgen een basisopleiding in het bakken van gebak."),
        ("nl", "Deze sessie geeft deelnemers een overzicht van eerste hulp op het werk."),
        ("nl", "De leerlingen worden ingewijd in de belangrijkste houtverbindingen."),
        ("pl", "Instruktor pokaże prawidłową technikę uciśnięć klatki piersiowej."),
        ("pl", "Omówimy najważniejsze elementy ustawy o przeciwdziałaniu praniu pieniędzy."),
        ("pl", "Uczestnikom pokazuje się, jak prowadzić rozmowy wideo na tablecie."),
        ("pl", "Sesja daje uczestnikom przegląd zasad pierwszej pomocy w pracy."),
        ("pl", "Uczniowie zostaną wprowadzeni w podstawowe połączenia stolarskie."),
        ("de", "Die Auszubildenden werden in die wichtigsten Holzverbindungen eingeführt."),
    ],
)
def test_teaching_wording_is_teacher_centred(language: str, text: str) -> None:
    assert "MC-LO-003" in fired(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Se comunica con los clientes de forma clara y respetuosa."),
        ("pl", "Przedstawia się klientowi i ustala cel rozmowy."),
        ("nl", "De instructeur in opleiding kan een reanimatietraining voor leken geven."),
        ("pl", "Instruktor potrafi poprowadzić zajęcia z pierwszej pomocy dla dorosłych."),
    ],
)
def test_the_learners_own_action_is_not_teacher_centred(language: str, text: str) -> None:
    assert "MC-LO-003" not in fired(text, language)


def test_french_verbs_in_aire_are_verbs() -> None:
    assert morphology.verb_lemma("extraire", "fr") == ("extraire", True)
    assert morphology.verb_lemma("traire", "fr") == ("traire", True)


def test_a_hint_names_common_verbs_not_a_trades_own() -> None:
    """The French hint for a missing verb offered 'traire' (to milk) as the third example of applying."""
    verbs = language.lexicon("fr").verbs_at("apply")
    assert verbs[:3] == ["appliquer", "utiliser", "mettre en œuvre"] and "traire" not in verbs


def test_german_infinitives_in_end_are_told_from_present_participles() -> None:
    assert morphology.verb_lemma("versenden", "de") == ("versenden", True)
    assert morphology.verb_lemma("beenden", "de") == ("beenden", True)
    assert morphology.non_finite("planenden", "de")
    assert morphology.verb_lemma("folgenden", "de") is None
