"""A lead-in without its colon ("Students will be able to" above dashed items) introduces the list.

It was read as an outcome of its own; a first line that goes on to an action is still an outcome.
"""

from __future__ import annotations

import pytest

from qa_checker.listing import items, lead_in
from qa_checker.loaders import tabular

STEMS = [
    "Students will be able to",
    "Participants will be able to",
    "On completion of this module, students will be able to",
    "Upon completion, the learner can",
    "Die Studierenden können",
    "Nach Abschluss des Moduls können die Studierenden",
    "Die Teilnehmenden sind in der Lage,",
    "Les étudiants seront capables de",
    "Los estudiantes serán capaces de",
    "Gli studenti saranno in grado di",
    "De deelnemer is in staat om",
    "Na afloop kan de deelnemer",
    "Po ukończeniu kursu student potrafi",
]


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("mark", ["- ", "• ", "* "])
def test_a_stem_above_marked_items_is_a_lead_in(stem: str, mark: str) -> None:
    found = items(f"{stem}\n{mark}analyse data sets\n{mark}design a network")
    assert lead_in(found)
    assert lead_in(found[:2])


@pytest.mark.parametrize(
    "first",
    [
        "Students will be able to apply data protection law",
        "Students can design networks",
        "Die Studierenden können Netzwerke entwerfen",
        "Die Studierenden kennen die Grundlagen",
        "Les étudiants seront capables de concevoir un réseau",
        "Analyse data sets",
        "x",
    ],
)
def test_a_first_outcome_that_names_an_action_is_kept(first: str) -> None:
    assert not lead_in(items(f"{first}\n- analyse data sets\n- design a network"))


def test_a_stem_above_items_that_introduce_lists_of_their_own_is_no_lead_in() -> None:
    assert not lead_in(["Students will be able to", "Knowledge:", "Skills:"])


def test_a_cell_leaves_the_stem_out_and_says_so() -> None:
    text = 'id;title;Lernergebnisse\nM1;Daten;"Die Studierenden können\n- Daten analysieren\n- Netze entwerfen"\n'
    (document,) = tabular.load_csv(text.encode("utf-8"), "handbuch.csv")
    assert document.data["learning_outcomes"] == ["Daten analysieren", "Netze entwerfen"]
    assert any("introduces the list" in f.message for f in document.findings)
