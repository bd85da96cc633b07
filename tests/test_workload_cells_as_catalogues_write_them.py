"""A workload as catalogues write it in a cell with more than its figure and unit: "ca. 150 h", "approx. 5 ECTS",
"fünf ECTS", "Total: 150 h", "150h total", "150 hours incl. self-study", "150 Stunden (davon 30 Präsenz)", "5 ECTS
(Bachelor level)".

A probe of 32 workload cells (labelled before the run) found 11 such cells refused by the schema (an error weighing
five), and a held-out French catalogue wrote "env. 75 heures". Each is now read as its figure, with a note at the
cell; a cell that gives a range, a bound, a sum, a part's or a period's figure, or another figure beside it in
brackets ("5-6 ECTS", "ab 5 ECTS", "5 ECTS max.", "30 h contact + 120 h self-study", "5 ECTS per module", "150 h per
week", "5 ECTS (6 US credits)"), or one part of the workload by its label ("Präsenz: 30 h"), is kept for the schema.
"""

from __future__ import annotations

import pytest

from qa_checker.document import Document
from qa_checker.loaders import tabular
from tests.timing import assert_linear

READ = [  # (cell, column, figure, the other figure it implies)
    ("ca. 5 ECTS", "ECTS", 5, None),
    ("5 ECTS (approx.)", "ECTS", 5, None),
    ("fünf ECTS", "ECTS", 5, None),
    ("five ECTS credits", "ECTS", 5, None),
    ("5 ECTS (Bachelor level)", "ECTS", 5, None),
    ("insgesamt 5 ECTS", "ECTS", 5, None),
    ("5 ECTS, davon 2 ECTS Projekt", "ECTS", 5, None),
    ("approx. 5", "ECTS", 5, None),
    ("ca. 150 h", "Workload (hours)", 150, None),
    ("env. 75 heures", "Workload (hours)", 75, None),
    ("environ 150 heures", "Workload (hours)", 150, None),
    ("circa 150 uur", "Workload (hours)", 150, None),
    ("około 150 godzin", "Workload (hours)", 150, None),
    ("approx. 150 hours", "Workload (hours)", 150, None),
    ("150 Stunden (davon 30 Präsenz)", "Workload (hours)", 150, None),
    ("150 h, davon 30 h Präsenz", "Workload (hours)", 150, None),
    ("150 hours incl. self-study", "Workload (hours)", 150, None),
    ("150h total", "Workload (hours)", 150, None),
    ("Total: 150 h", "Workload (hours)", 150, None),
    ("Workload: 150 h (5 ECTS)", "Workload (hours)", 150, 5),
    ("ca. 150 h (5 ECTS)", "Workload (hours)", 150, 5),
]
KEPT = [
    ("5-6 ECTS", "ECTS"),
    ("5 ECTS per module", "ECTS"),
    ("5 ECTS (6 US credits)", "ECTS"),
    ("5 ECTS max.", "ECTS"),
    ("ab 5 ECTS", "ECTS"),
    ("5 ECTS / semester", "ECTS"),
    ("30 h contact + 120 h self-study", "Workload (hours)"),
    ("125-150 h", "Workload (hours)"),
    ("Präsenz: 30 h", "Workload (hours)"),
    ("150 h per week", "Workload (hours)"),
    ("150 h pro Semester", "Workload (hours)"),
    ("150 h (max.)", "Workload (hours)"),
    ("5 ECTS (per module)", "ECTS"),
]
_FIELDS = {"ECTS": ("ects", "hours"), "Workload (hours)": ("hours", "ects")}


def _load(cell: str, column: str) -> Document:
    other = "Workload (hours)" if column == "ECTS" else "ECTS"
    (document,) = tabular.load_csv(f'id;title;{column};{other}\na;T;"{cell}";\n'.encode(), "c.csv")
    return document


@pytest.mark.parametrize(("cell", "column", "figure", "implied"), READ)
def test_a_workload_with_more_than_its_figure_is_read_and_noted(
    cell: str, column: str, figure: int, implied: int | None
) -> None:
    document = _load(cell, column)
    own, other = _FIELDS[column]
    assert document.data["workload"] == ({own: figure} if implied is None else {own: figure, other: implied})
    notes = [(f.origin.label(), f.message) for f in document.findings if f.rule == "MC-SS-002"]
    assert notes == [("c!C2", f"C2: '{cell}' was read as {figure}")]


@pytest.mark.parametrize(("cell", "column"), KEPT)
def test_a_workload_cell_of_another_figure_is_kept_for_the_schema(cell: str, column: str) -> None:
    assert _load(cell, column).data["workload"] == {_FIELDS[column][0]: cell}


def test_a_plain_workload_is_read_without_a_note() -> None:
    document = _load("150 h", "Workload (hours)")
    assert document.data["workload"] == {"hours": 150}
    assert not [f for f in document.findings if f.rule == "MC-SS-002"]


@pytest.mark.parametrize(
    "cell",
    [lambda n: "ca. " + " " * n + "5 ECTS", lambda n: "5 ECTS" + " " * n + "total", lambda n: "(" * n + "5 ECTS"],
)
def test_a_long_cell_is_read_in_linear_time(cell) -> None:
    assert_linear(lambda n: _load(cell(n), "ECTS"), 5_000, 20_000)
