"""Hours of workload as catalogues write them in minutes or in teaching units of a stated length ("2400 Minuten",
"40 x 45 Min.", "40 UE à 45 Minuten", "40 sesiones de 45 minutos"), and a workload with its word after it ("150 h
Workload", "150 Stunden Arbeitsaufwand").

A probe (labelled before the run) found them kept as typed and refused by the schema (an error weighing five). Each is
now read as the hours it makes, noted at the cell. Teaching units of no stated length ("40 UE"), a count and minutes
with a bare word between (in French and Spanish a range: "40 à 45 minutes", "40 a 45 minutos") and minutes of a
period ("45 Min. je Woche") stay as typed. The comparability dataset and the schema's hints read a descriptor's
workload so too, by the same reader.
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.ects import workload_written
from qa_checker.loaders import tabular
from tests.conftest import NOW, baseline
from tests.timing import assert_linear


def _read(cell: str, header: str = "Hours"):
    (document,) = tabular.load_csv(f'id;title;{header}\nx;T;"{cell}"\n'.encode(), "c.csv")
    notes = [f.message for f in document.findings if f.rule == "MC-SS-002"]
    return document.data["workload"], notes


@pytest.mark.parametrize(
    ("cell", "hours"),
    [
        ("2400 Minuten", 40),
        ("90 min", 1.5),
        ("40 x 45 Min.", 30),
        ("40 × 45 min", 30),
        ("40 UE à 45 Min.", 30),
        ("40 Unterrichtseinheiten à 45 Minuten", 30),
        ("40 UE zu je 45 Min.", 30),
        ("40 Lektionen à 45 Min.", 30),
        ("40 sesiones de 45 minutos", 30),
        ("40 sessions of 45 minutes", 30),
        ("150 h Workload", 150),
        ("150 Stunden Arbeitsaufwand", 150),
    ],
)
def test_the_hours_are_read_and_noted(cell: str, hours: float) -> None:
    assert _read(cell) == ({"hours": hours}, [f"C2: '{cell}' was read as {hours}"])


def test_an_ects_cell_with_the_word_after_is_read() -> None:
    assert _read("5 ECTS workload", "ECTS") == ({"ects": 5}, ["C2: '5 ECTS workload' was read as 5"])


@pytest.mark.parametrize("cell", ["40 UE", "40 à 45 minutes", "40 a 45 minutos", "45 Min. je Woche", "150 h Präsenz"])
def test_a_cell_that_gives_no_hours_for_sure_is_kept(cell: str) -> None:
    assert _read(cell)[0] == {"hours": cell}


def test_a_long_cell_of_minutes_is_read_in_linear_time() -> None:
    assert_linear(lambda n: _read("40 " + "x" * n + " à 45 Min."))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2400 Minuten", {"hours": 40}),
        ("40 x 45 Min.", {"hours": 30}),
        ("40 UE à 45 Min.", {"hours": 30}),
        ("40 à 45 minutes", None),
        ("40 UE", None),
    ],
)
def test_the_dataset_and_the_schemas_hints_read_minutes_as_the_cells_do(text: str, written: dict | None) -> None:
    assert workload_written(text) == written


def test_a_descriptor_giving_its_workload_in_minutes_is_told_the_hours() -> None:
    data = baseline()
    data["workload"] = "40 UE à 45 Min."
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    (finding,) = [f for f in result.findings if f.pointer == "/workload" and f.rule == "MC-SC-001"]
    assert "{hours: 30}" in str(finding.hint)
