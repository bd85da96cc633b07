"""A spreadsheet heading naming a field of its owner - the course, the awarding body, the learner - with the owner
in the genitive or after a preposition ("Name des Anbieters", "Pays de l'organisme", "Nazwa uczelni", "Land
(Anbieter)", "Anbieter: Name") is that owner's field.

Expectations, labelled before the checker was run, from the descriptor contract (descriptor-format.md): the
awarding body's name and country are ``awarding_bodies.0.name`` / ``.country``; a unit of study's own name,
language and duration are the descriptor's ``title``, ``languages`` and ``participation.schedule.duration``; the
learner's name is ``learner.name``. A word for "name" qualified by an organisation is that organisation's name, not
the course title. An owner the descriptor does not know (a lecturer, "Dozent") or a field its owner has not (a
learner's country, an exam's duration) names no field of the descriptor. German takes -s/-es on masculine and
neuter nouns after "des"; Polish puts the owner in the genitive without a preposition ("uczelni" of "uczelnia",
"organizatora" of "organizator", "kursu" of "kurs").

Disagreements: of the first labels (52 in OWNED, the first 11 of NOT_OWNED, and "Umfang der Weiterbildung"),
42 of OWNED disagreed before the fix (the checker read no field) and none of NOT_OWNED; after it none disagree but
"Umfang", a strict xfail (below). Of the 24 labels added after the fix (OWNED_SECOND, "Institution name", "Hochschule
Land" and the last seven of NOT_OWNED), 2 disagreed: "Universität: Land", because German "Universität" was missing
from the awarding body's aliases (the label was right; the alias was added), and "Land (Teilnehmer)", read as the
awarding body's country because a note in brackets was dropped unread (fixed: a note naming an owner is read so).
"""

from __future__ import annotations

import pytest

from qa_checker.loaders.columns import ColumnResolver

NAME = "awarding_bodies.0.name"
COUNTRY = "awarding_bodies.0.country"
DURATION = "participation.schedule.duration"

OWNED = [
    # German genitive
    ("Name des Anbieters", NAME),
    ("Name der Hochschule", NAME),
    ("Name der Einrichtung", NAME),
    ("Bezeichnung des Bildungsanbieters", NAME),
    ("Land der Hochschule", COUNTRY),
    ("Land des Trägers", COUNTRY),
    ("Titel des Kurses", "title"),
    ("Sprache der Lehrveranstaltung", "languages"),
    ("Sprache des Kurses", "languages"),
    ("Dauer des Moduls", DURATION),
    ("Dauer der Weiterbildung", DURATION),
    ("Name des Teilnehmers", "learner.name"),
    # German: the owner named before a colon or in brackets
    ("Land (Anbieter)", COUNTRY),
    ("Anbieter: Name", NAME),
    ("Anbieter: Land", COUNTRY),
    ("Hochschule - Name", NAME),
    # English
    ("Name of the institution", NAME),
    ("Country of the awarding body", COUNTRY),
    ("Country of the institution", COUNTRY),
    ("Language of the course", "languages"),
    ("Duration of the module", DURATION),
    ("Country (provider)", COUNTRY),
    ("Provider: name", NAME),
    ("Institution name", NAME),
    ("Hochschule Land", COUNTRY),
    # French
    ("Nom de l'établissement", NAME),
    ("Nom de l’organisme", NAME),
    ("Pays de l'organisme", COUNTRY),
    ("Pays de l'établissement", COUNTRY),
    ("Durée de la formation", DURATION),
    ("Langue du cours", "languages"),
    ("Pays (établissement)", COUNTRY),
    # Spanish
    ("Nombre del curso", "title"),
    ("Nombre de la institución", NAME),
    ("País del proveedor", COUNTRY),
    ("Duración del curso", DURATION),
    ("Idioma del curso", "languages"),
    # Italian
    ("Paese dell'ente", COUNTRY),
    ("Nome dell'ente", NAME),
    ("Paese dell'istituzione", COUNTRY),
    ("Durata del corso", DURATION),
    ("Lingua del corso", "languages"),
    # Dutch
    ("Naam van de aanbieder", NAME),
    ("Land van de instelling", COUNTRY),
    ("Duur van de cursus", DURATION),
    ("Taal van de cursus", "languages"),
    # Polish genitive, no preposition
    ("Nazwa uczelni", NAME),
    ("Kraj organizatora", COUNTRY),
    ("Kraj uczelni", COUNTRY),
    ("Nazwa organizatora", NAME),
    ("Czas trwania kursu", DURATION),
    ("Język kursu", "languages"),
    # Portuguese
    ("Nome da instituição", NAME),
    ("País da instituição", COUNTRY),
]

# A second sample of the class, labelled after the fix and not looked at while making it.
OWNED_SECOND = [
    ("Land van de aanbieder", COUNTRY),
    ("Country of the issuer", COUNTRY),
    ("Nom de l'organisme de formation", NAME),
    ("Naam van de instelling", NAME),
    ("Nome dell'istituzione", NAME),
    ("Titel der Weiterbildung", "title"),
    ("Nazwa instytucji", NAME),
    ("Kraj instytucji", COUNTRY),
    ("Land des Bildungsanbieters", COUNTRY),
    ("Name der Agentur", "quality_assurance.external.body"),
    ("Land der Agentur", "quality_assurance.external.country"),
    ("Name of the participant", "learner.name"),
    ("Universität: Land", COUNTRY),
    ("Name (Teilnehmer)", "learner.name"),
    ("Land (Agentur)", "quality_assurance.external.country"),
]

NOT_OWNED = [
    ("Name des Dozenten", NAME),
    ("Name der Dozentin", NAME),
    ("Name des Dozenten", "title"),
    ("Land des Teilnehmers", COUNTRY),
    ("Sprache des Teilnehmers", "languages"),
    ("Country of the student", COUNTRY),
    ("Dauer der Prüfung", DURATION),
    ("Nom du formateur", NAME),
    ("Nom du formateur", "title"),
    ("Nazwa prowadzącego", NAME),
    ("Sprache des Anbieters", "languages"),
    ("Name des Betreuers", NAME),
    ("Nazwa wykładowcy", NAME),
    ("Website des Teilnehmers", "learner.url"),
    ("Language of the participant", "languages"),
    ("Preis des Anbieters", "price.amount"),
    ("Teilnehmer Land", COUNTRY),
    ("Land (Teilnehmer)", COUNTRY),
]


@pytest.mark.parametrize(("header", "path"), OWNED + OWNED_SECOND)
def test_a_field_with_its_owner_is_the_owners_field(header: str, path: str) -> None:
    found = ColumnResolver().resolve(header)
    assert found is not None and found.dotted == path


@pytest.mark.parametrize(("header", "path"), NOT_OWNED)
def test_a_field_of_another_owner_is_not_taken_for_it(header: str, path: str) -> None:
    found = ColumnResolver().resolve(header)
    assert found is None or found.dotted != path


@pytest.mark.xfail(
    strict=True,
    reason='"Umfang" (extent) names no field alone: a German catalogue gives it in ECTS credits or in hours, and '
    "the heading does not say which; reading it needs the field chosen by each cell's unit (5 ECTS, 40 Stunden), "
    "which the spreadsheet reader does not do (a column fills one field)",
)
def test_the_extent_of_a_course_is_its_workload() -> None:
    found = ColumnResolver().resolve("Umfang der Weiterbildung")
    assert found is not None and found.path[0] == "workload"
