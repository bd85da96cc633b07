"""A participation mode and an assessment type as catalogue cells write them, in the seven interface languages.

Round 25 wrote clean held-out descriptors as spreadsheet rows whose cells hold values as people type them:
"Fernunterricht", "Mixta" and "Presenziale" were not read as modes and the schema refused them. A list of 120 words
for assessment types, labelled before the run, then found 33 unread, among them "Abschlussklausur", "oral",
"assignment", "Hausarbeit"'s kin "Seminararbeit", "elaborato", "tesina", "online quiz", "prueba práctica" and the
words for attendance ("Anwesenheit", "présence", "obecność"); the unambiguous ones are read now. Words that could name
two types ("tentamen", "test", "trabajo") or none ("portefeuille", "Anerkennung") are still not. Of 90 words for
activity types, "cours magistraux", "clases presenciales", "Labor", "laboratorio", "ćwiczenia laboratoryjne",
"samokształcenie" and "formación dual" are read now; "Praktikum", "prácticas" (an internship or a lab course) and
"cours" still are not.
"""

from __future__ import annotations

import pytest

from qa_checker.value_reader import code, country, mode

FORMS = {
    "online": [
        *("Online", "Distance learning", "E-learning", "Fernunterricht", "Fernstudium", "À distance", "Distanciel"),
        *("En línea", "A distancia", "A distanza", "Afstandsonderwijs", "Zdalnie", "Zdalny"),
    ],
    "onsite": [
        *("On-site", "Face-to-face", "On campus", "In person", "Präsenz", "Präsenzunterricht", "vor Ort"),
        *("Présentiel", "Sur site", "Presencial", "In presenza", "Presenziale", "Op locatie", "Fysiek", "Klassikaal"),
        *("Stacjonarnie", "Stacjonarny"),
    ],
    "blended": [
        *("Blended", "Hybrid", "Blended Learning", "Hybride", "Mixte", "Semipresencial", "Híbrido", "Mixta"),
        *("Modalidad mixta", "Mista", "Hybrydowo", "Hybrydowy", "Mieszany"),
    ],
}


@pytest.mark.parametrize(("word", "slug"), [(word, slug) for slug, words in FORMS.items() for word in words])
def test_a_mode_word_is_read_as_its_slug(word: str, slug: str) -> None:
    assert mode(word) == slug


TYPES = {
    "written-examination": ["Written exam", "Klausur", "Abschlussklausur", "examen écrit", "prova scritta"],
    "oral-examination": ["Oral exam", "oral", "mündlich", "mündliche Prüfung", "esame orale", "egzamin ustny"],
    "project-work": ["Project work", "Gruppenprojekt", "Group project", "proyecto", "progetto di gruppo"],
    "marked-assignment": [
        *("Assignment", "Essay", "Hausarbeit", "Seminararbeit", "devoir", "trabajo escrito", "elaborato", "tesina"),
        "opdracht",
    ],
    "quiz": ["Quiz", "Online quiz", "QCM", "cuestionario", "Online-Quiz"],
    "practical-assessment": ["Practical exam", "épreuve pratique", "prueba práctica", "praktijktoets"],
    "peer-assessment": ["évaluation par les pairs", "evaluación entre pares", "coevaluación", "valutazione tra pari"],
    "continuous-evaluation": ["Continuous assessment", "contrôle continu", "doorlopende beoordeling", "ocena ciągła"],
    "recognition-of-prior-learning": ["RPL", "VAE", "EVC", "potwierdzanie efektów uczenia się"],
    "attendance": ["Attendance", "Anwesenheit", "présence", "asistencia", "frequenza", "aanwezigheid", "obecność"],
}


ACTIVITIES = {
    "classroom": [
        "Lectures",
        "Vorlesung",
        "cours magistraux",
        "clases presenciales",
        "lezioni frontali",
        "hoorcolleges",
    ],
    "lab-practice": ["Lab", "Labor", "Laborpraktikum", "laboratorio", "laboratoria", "ćwiczenia laboratoryjne"],
    "self-study": ["Selbststudium", "travail personnel", "zelfstudie", "samokształcenie"],
    "apprenticeship": ["duale Ausbildung", "formación dual", "apprendistato"],
    "internship": ["Internship", "Betriebspraktikum", "tirocinio", "praktyki"],
}

# Each vocabulary's words as cells write them, and the words that name two of its values or none.
READ = {"assessment-types": TYPES, "activity-types": ACTIVITIES}
UNREAD = {
    "assessment-types": ["tentamen", "test", "trabajo", "portefeuille", "Anerkennung"],
    "activity-types": ["Praktikum", "prácticas", "cours", "Ausbildung", "apprentissage"],
}


@pytest.mark.parametrize(
    ("vocabulary", "word", "slug"),
    [(vocabulary, word, slug) for vocabulary, table in READ.items() for slug, words in table.items() for word in words],
)
def test_a_word_is_read_as_its_slug(vocabulary: str, word: str, slug: str) -> None:
    assert code(word, vocabulary) == slug


@pytest.mark.parametrize(("vocabulary", "word"), [(v, word) for v, words in UNREAD.items() for word in words])
def test_a_word_of_two_values_or_none_is_not_read(vocabulary: str, word: str) -> None:
    assert code(word, vocabulary) is None


# Countries as catalogues name them: the CLDR's names in the EU's languages, and what it lacks (round 25: "England",
# "Scotland", "Wales", "BRD" and the Polish "Republika Czeska" named no country).
COUNTRIES = {
    "DE": ["Deutschland", "Allemagne", "Niemcy", "BRD", "Bundesrepublik Deutschland"],
    "GB": ["United Kingdom", "UK", "Royaume-Uni", "England", "Scotland", "Wales", "Northern Ireland"],
    "CZ": ["Czechia", "Tschechien", "Česká republika", "Republika Czeska"],
    "NL": ["Nederland", "The Netherlands", "Pays-Bas", "Holland"],
    "GR": ["Greece", "Ελλάδα", "Griechenland"],
}


@pytest.mark.parametrize(("name", "code_"), [(name, c) for c, names in COUNTRIES.items() for name in names])
def test_a_country_name_is_read_as_its_code(name: str, code_: str) -> None:
    assert country(name) == code_
