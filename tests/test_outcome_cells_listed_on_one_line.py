"""Learning outcomes listed on one line of a cell after bullets or dashes, as a list flattened by a copy from a web
page or a PDF writes them ("• Analyse A • Design B • Evaluate C", "- Analyse A - Design B", "Students will be able
to: - analyse A - design B"), or between spaced pipes as exports join them ("Analyse A | Design B").

Such a cell was read as one outcome (the first bullet left out), though the outcome rules already told a descriptor's
outcome so written that it holds several. The cell and the rules now split by one reader (listing.marked_lines): each
item is an outcome, a lead-in is not one. A dash or an arrow in mid-sentence opens no list.
"""

from __future__ import annotations

import pytest

from qa_checker.listing import items
from qa_checker.loaders import tabular


def _outcomes(cell: str) -> list[str]:
    (document,) = tabular.load_csv(f'id;title;Learning outcomes\nx;T;"{cell}"\n'.encode(), "c.csv")
    return document.data["learning_outcomes"]


@pytest.mark.parametrize(
    ("cell", "outcomes"),
    [
        ("• Analyse data sets • Design a database • Evaluate results", ["Analyse data sets", "Design a database",
                                                                        "Evaluate results"]),
        ("- Analyse data sets - Design a database", ["Analyse data sets", "Design a database"]),
        ("– Daten analysieren – Ergebnisse bewerten", ["Daten analysieren", "Ergebnisse bewerten"]),
        ("Students will be able to: - analyse data sets - design a database", ["analyse data sets",
                                                                               "design a database"]),
        ("Analyse data sets | Design a database | Evaluate results", ["Analyse data sets", "Design a database",
                                                                       "Evaluate results"]),
    ],
)  # fmt: skip
def test_a_list_on_one_line_gives_an_outcome_per_item(cell: str, outcomes: list[str]) -> None:
    assert _outcomes(cell) == outcomes


@pytest.mark.parametrize(
    "cell",
    [
        "Analyse a model - with its assumptions - in context",
        "Map the diagram → schema",
        "Analyse data - quickly",
        "Compare A|B tests of a web page",
    ],
)
def test_a_mark_in_mid_sentence_opens_no_list(cell: str) -> None:
    assert _outcomes(cell) == [cell]
    assert items(cell) == [cell]
