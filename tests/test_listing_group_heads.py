"""A list of outcomes grouped under headings ending in a colon ('Viden:', 'Færdigheder:', 'Kompetencer:'), as
outcome tables by knowledge, skills and competence write them: the headings are no outcomes."""

from __future__ import annotations

import pytest

from qa_checker import listing
from qa_checker.loaders import tabular

GROUPED = "Viden:\n- redegøre for A\n- beskrive B\nFærdigheder:\n- anvende C\nKompetencer:\n- vurdere D"


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (GROUPED, [0, 3, 5]),
        ("Knowledge:\n- explain A\nSkills:\n- apply B", [0, 2]),
        ("Wiedza – absolwent zna i rozumie:\n- zasady A\nUmiejętności – absolwent potrafi:\n- stosować B", [0, 2]),
        ("Students will be able to:\n- explain A\n- apply B", []),
        ("Explain A\nApply B: with C\nEvaluate D", []),
        ("Knowledge:\nSkills:\n- apply B", []),
    ],
)
def test_group_heads(text: str, heads: list[int]) -> None:
    assert listing.group_heads(listing.items(text)) == heads


def test_a_catalogue_cell_of_grouped_outcomes_reads_the_outcomes_and_says_so() -> None:
    raw = f'Titel,Læringsudbytte,Sprog\nDataetik,"{GROUPED}",da\n'
    (document,) = tabular.load_csv(raw.encode(), "moduler.csv")
    assert document.data["learning_outcomes"] == ["redegøre for A", "beskrive B", "anvende C", "vurdere D"]
    (note,) = [f for f in document.findings if f.pointer == "/learning_outcomes"]
    assert "'Viden:', 'Færdigheder:', 'Kompetencer:' head groups of the list" in note.message


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "RA1. Analiza los datos del mercado. RA2. Diseña una campaña digital. RA3. Evalúa los resultados.",
            ["Analiza los datos del mercado.", "Diseña una campaña digital.", "Evalúa los resultados."],
        ),
        (
            "LO1: Explain the model. LO2: Apply the model to a case.",
            ["Explain the model.", "Apply the model to a case."],
        ),
        ("LO1: Explain the model. LO3: Apply it to a case.", ["Explain the model. LO3: Apply it to a case."]),
        ("Explain 5 ECTS 2 things", ["Explain 5 ECTS 2 things"]),
    ],
)
def test_outcomes_coded_on_one_line_are_items_when_their_codes_count_from_one(text: str, found: list[str]) -> None:
    assert listing.items(text) == found
