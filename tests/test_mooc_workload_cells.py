"""A MOOC platform's listing gives the hours a course takes as a sentence: Coursera's "Approx. 20 hours to complete",
"Approximately 3 weeks at 10 hours a week", "~12 h". Before, such a cell under a column of hours was kept as typed
(the schema then refused the workload), and a "Time to complete" column was not read at all. The hours are read, with
a note at the cell; no ECTS credits are made of them.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular

READ = [
    ("Approx. 20 hours to complete", 20),
    ("Approximately 3 weeks at 10 hours a week", 30),
    ("About 6 hours", 6),
    ("~12 h", 12),
    ("≈ 12 h", 12),
    ("Ca. 20 Stunden", 20),
    ("Environ 20 heures", 20),
    ("20 hours to complete", 20),
]


@pytest.mark.parametrize("header", ["Workload (hours)", "Time to complete", "Estimated time to complete"])
@pytest.mark.parametrize(("cell", "hours"), READ)
def test_the_hours_of_a_mooc_listing_are_read(header: str, cell: str, hours: int) -> None:
    text = f'Course Name,University,{header},Language\nData Ethics,Leiden University,"{cell}",English\n'
    (document,) = tabular.load_csv(text.encode(), "coursera.csv")
    assert document.data["workload"] == {"hours": hours}
    notes = [(f.origin.label(), f.message) for f in document.findings if f.rule == "MC-SS-002"]
    assert notes == [("coursera!C2", f"C2: '{cell}' was read as {hours}")]


@pytest.mark.parametrize("cell", ["Approx. 20 hours to complete", "~12 h", "3 weeks at 10 hours a week"])
def test_hours_under_a_column_of_credits_make_no_credits(cell: str) -> None:
    (document,) = tabular.load_csv(f'id;title;ECTS\na;T;"{cell}"\n'.encode(), "c.csv")
    assert document.data["workload"] == {"ects": cell}


@pytest.mark.parametrize("cell", ["3 weeks at 10 hours a week, 2 h per day", "Approx. 20 hours per week"])
def test_a_weekly_figure_alone_is_kept_for_the_schema(cell: str) -> None:
    (document,) = tabular.load_csv(f'id;title;Workload (hours)\na;T;"{cell}"\n'.encode(), "c.csv")
    assert document.data["workload"] == {"hours": cell}
