"""An element named by the form's label for it, or "n/a", names nothing: a placeholder (MC-TP-001).

Probing the learner of an issued credential (Annex I M1) with what platforms and spreadsheets leave in the field found
a template variable, a text in brackets and "XXX" reported as placeholders, but not the label of the field itself
("Firstname Lastname", "Vorname Nachname", "Imię i nazwisko", "Nom Prénom") nor "n/a". Probing the awarding body
(M4) and the title (M2) the same way found every label of the awarding body ("Name of the institution", "Anbieter",
"Nazwa uczelni", "Nom de l'établissement") and the titles' labels in languages other than English ("Kurstitel",
"Nazwa kursu", "Título del curso") read as names. All are placeholders now, as an outcome holding its own field's
name already was; and so is a text field that only answers the form's question ("Yes", "Various", "idem"), as
CSV exports fill a text column kept as a checkbox, though not a code of a list of values (the schema tells those). A
real name is never one, even the specimen names each country prints on sample documents, which
are the names of many real people ("Jan Kowalski", "Mario Rossi"); the same words in another field are that field's
business.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import baseline, graded_credential
from tests.heldout import data_findings
from tests.rules.cases import build_descriptor


def _placeholders(data: dict[str, Any]) -> set[str]:
    """Where MC-TP-001 reports a placeholder in a descriptor."""
    return {pointer for rule, pointer in data_findings(data) if rule == "MC-TP-001"}


def _told_at(learner: dict[str, str]) -> set[str]:
    credential = graded_credential("Dutch 1-10 scale, pass mark 5.5", "7,5")
    credential["learner"] = learner
    return _placeholders(credential)


@pytest.mark.parametrize(
    "name",
    [
        "Firstname Lastname",
        "First name Surname",
        "Name Surname",
        "Learner name",
        "Student",
        "Vorname Nachname",
        "Teilnehmerin",
        "Nom Prénom",
        "Nombre y apellidos",
        "Nome e cognome",
        "Voornaam Achternaam",
        "Imię i nazwisko",
        "Etunimi Sukunimi",
        "Förnamn Efternamn",
        "n/a",
        "N.A.",
        "nicht zutreffend",
    ],
)
def test_a_learner_named_by_the_label_or_not_applicable_is_a_placeholder(name: str) -> None:
    assert _told_at({"name": name}) == {"/learner/name"}


@pytest.mark.parametrize(
    "name",
    ["Anna de Vries", "Jan Kowalski", "Mario Rossi", "John Doe", "Max Mustermann", "Matti Meikäläinen", "Naamah"],
)
def test_a_real_name_is_no_placeholder(name: str) -> None:
    assert _told_at({"name": name}) == set()


def test_an_identifier_that_is_not_applicable_is_a_placeholder_too() -> None:
    assert _told_at({"name": "Anna de Vries", "identifier": {"scheme": "national", "value": "n/a"}}) == {
        "/learner/identifier/value"
    }


@pytest.mark.parametrize(("field", "value"), [("target_group", "Students"), ("target_group", "Participants")])
def test_the_learners_labels_in_another_field_are_not_read_as_its_placeholders(field: str, value: str) -> None:
    offer = baseline()
    offer[field] = value
    assert not _placeholders(offer)


@pytest.mark.parametrize(
    "name",
    ["Awarding body", "Name of the institution", "Provider", "Anbieter", "Name der Hochschule", "Nom de l'établissement",
     "Nombre de la institución", "Ente erogatore", "Naam van de instelling", "Nazwa uczelni", "Korkeakoulu"],
)  # fmt: skip
def test_an_awarding_body_named_by_the_label_is_a_placeholder(name: str) -> None:
    offer = baseline()
    offer["awarding_bodies"][0]["name"] = name
    assert _placeholders(offer) == {"/awarding_bodies/0/name"}


@pytest.mark.parametrize(
    "name", ["Hogeschool van Amsterdam", "Open University", "Universität Wien", "Uczelnia Łazarskiego"]
)
def test_an_awarding_bodys_real_name_is_no_placeholder(name: str) -> None:
    offer = baseline()
    offer["awarding_bodies"][0]["name"] = name
    assert not _placeholders(offer)


@pytest.mark.parametrize(
    "title", ["Kurstitel", "Titel des Kurses", "Intitulé de la formation", "Título del curso", "Nazwa kursu",
              "Naam van de cursus", "Titolo del corso", "Name of the micro-credential"],
)  # fmt: skip
def test_a_title_that_is_its_label_in_any_language_is_a_placeholder(title: str) -> None:
    offer = baseline()
    offer["title"] = {"en": title, "nl": title}
    assert _placeholders(offer) == {"/title/en", "/title/nl"}


@pytest.mark.parametrize(
    ("path", "value"),
    [("assessment/description", "Yes"), ("assessment/description", "Various"), ("prerequisites", "Ja"),
     ("quality_assurance/internal/description", "Oui"), ("target_group", "Diverse"), ("summary", "as above"),
     ("assessment/grading_scheme", "idem"), ("title", "Yes")],
)  # fmt: skip
def test_a_text_that_only_answers_the_forms_question_is_a_placeholder(path: str, value: str) -> None:
    assert _placeholders(build_descriptor({"set": {f"/{path}": value}})) == {f"/{path}"}


@pytest.mark.parametrize(
    ("path", "value"),
    [("assessment/supervision", "Yes"), ("stackability/type", "yes"), ("prerequisites", "None"),
     ("assessment/description", "Yes, a written examination on campus."), ("assessment/description", "Exam")],
)  # fmt: skip
def test_a_code_or_a_sentence_is_not_read_as_an_answer(path: str, value: str) -> None:
    assert not _placeholders(build_descriptor({"set": {f"/{path}": value}}))


@pytest.mark.parametrize("title", ["n/a", "Yes", "TBD"])
def test_the_title_a_stackable_offer_stacks_towards_is_a_title_too(title: str) -> None:
    offer = baseline()
    offer["stackability"] = {"type": "stackable", "towards": [{"title": title}]}
    assert _placeholders(offer) == {"/stackability/towards/0/title"}
