"""Held-out descriptors, round ten: descriptors as course-catalogue systems and learning platforms export them.

``tests/heldout_rules10`` holds descriptors of fourteen providers as their systems (Moodle, Canvas, Blackboard, SAP
SLcM, HISinOne, CampusNet, Ladok, USOS, Esse3, Osiris, Sigma, edX and FutureLearn partner pages, a European
Universities alliance's joint catalogue) write them into the descriptor format's fields: texts with HTML or
markdown, lists as one delimited string, language tags such as ``en-GB``, ``EN``, ``deu`` or ``de_DE``, values with
their units, dates as printed, numbers as strings, placeholders and references elsewhere ("TBD", "n/a", "-",
"siehe Modulhandbuch") for missing elements, fields present but null, a language version given twice; some of them
also wrong in content. ``expectations.yaml`` says which rules must report, and where, each decided before the
checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import baseline, graded_credential
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules10"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 150, flawed_one_in=2)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize(
    ("value", "missing"),
    [
        ("-", True),
        ("–", True),
        ("/", True),
        ("k. A.", True),
        ("b.d.", True),
        ("n. d.", True),
        ("n/a", False),  # "none", as "keine" is
        ("none", False),
        ("-5 °C working conditions", False),
    ],
)
def test_a_mark_for_no_value_gives_no_element(value: str, missing: bool) -> None:
    data = baseline()
    data["prerequisites"] = value
    assert ("MC-EL-012" in {rule for rule, _ in data_findings(data)}) is missing


@pytest.mark.parametrize(
    ("pointer", "text", "language", "told"),
    [
        ("/prerequisites", "See the module handbook.", "en", True),
        ("/assessment/description", "Siehe Modulhandbuch, Abschnitt 4", "de", True),
        ("/assessment/description", "Zie de studiegids", "nl", True),
        ("/prerequisites", "Bitte siehe Zulassungsordnung", "de", True),
        ("/summary", "Voir le catalogue des cours", "fr", True),
        ("/prerequisites", "Patrz sylabus przedmiotu", "pl", True),
        ("/prerequisites", "Se kursplanen", "sv", True),
        ("/prerequisites", "Se requiere título universitario", "es", False),  # a reflexive, no reference
        ("/summary", "See how attackers think", "en", False),  # a teaser
        ("/summary", "Ver y corregir errores de código", "es", False),
        ("/title", "See the Stars", "en", False),  # a title is anybody's
        (
            "/prerequisites",
            "See the admission requirements of the MSc Data Science, which include a bachelor in "
            "a quantitative field and proof of English at B2.",
            "en",
            False,
        ),  # a sentence of its own
    ],
)
def test_a_descriptive_text_that_only_refers_elsewhere_is_a_placeholder(
    pointer: str, text: str, language: str, told: bool
) -> None:
    data = baseline()
    data["languages"] = [language]
    if pointer == "/assessment/description":
        data["assessment"]["description"] = text
    else:
        data[pointer[1:]] = text
    assert (("MC-TP-001", pointer) in data_findings(data)) is told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("**Goal:** apply the GDPR to a data project.", True),
        ("*Note:* the module runs twice a year.", True),
        ("## Overview\nA module on data ethics.", True),
        ("Read more in the [handbook](https://example.ac.uk/handbook).", True),
        ("Admission under the [rules](/docs/rules.pdf).", True),
        ("Compute sqrt(x**2 + y**2) for each vector.", False),
        ("For Teilnehmer*innen of the partner schools.", False),
        ("Grades: A* to E.", False),
        ("Ranked #1 in Europe; C# and F# used throughout.", False),
    ],
)
def test_markdown_in_a_text_is_told_as_markup(text: str, told: bool) -> None:
    data = baseline()
    data["summary"] = {"en": text, "nl": "Een module over data-ethiek voor professionals."}
    assert (("MC-LG-003", "/summary/en") in data_findings(data)) is told


@pytest.mark.parametrize(
    ("scheme", "language", "passing", "failing"),
    [
        ("Voto in trentesimi; 18 è il voto minimo per superare l'esame.", "it", "18/30", "15/30"),
        ("Voto in trentesimi. Voto minimo per il superamento: 18.", "it", "24/30", "16/30"),
        ("Escala de 0 a 10; 5 es la nota mínima para aprobar.", "es", "5", "4"),
        ("Notes sur 20 ; 10 est la note minimale pour valider.", "fr", "10", "8"),
        ("Cijfers van 1 tot 10; het minimaal vereiste cijfer is 5,5.", "nl", "6", "5,0"),
        ("Marks out of 100; the minimum required mark is 40.", "en", "40", "35"),
    ],
)
def test_a_pass_mark_named_as_the_minimum_fails_a_lower_grade(
    scheme: str, language: str, passing: str, failing: str
) -> None:
    for grade, fails in ((passing, False), (failing, True)):
        data = graded_credential({language: scheme}, grade)
        data["languages"] = [language]
        assert ("MC-AS-004" in {rule for rule, _ in data_findings(data)}) is fails, grade
