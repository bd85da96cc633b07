"""QF-EHEA cycles as catalogues write them in a spreadsheet cell, and as a hand-written descriptor's hint names them.

Found by a probe of 21 cycle cells labelled before the run: only the slug ("first") was read; "First cycle",
"1st cycle", "Bachelor", "Master", "Doctorate", "premier cycle", "Primo ciclo", "Máster" were refused by the schema,
though the comparability table already read them. A bare number ("1", "2") names no cycle: it may be a level.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.conftest import NOW, baseline

CELLS = [
    ("first", "first"),
    ("First cycle", "first"),
    ("1st cycle", "first"),
    ("Bachelor", "first"),
    ("Bachelor's", "first"),
    ("Erster Zyklus", "first"),
    ("premier cycle", "first"),
    ("Primo ciclo", "first"),
    ("Grado", "first"),
    ("first cycle (Bachelor)", "first"),
    ("Master", "second"),
    ("Máster", "second"),
    ("2nd cycle", "second"),
    ("laurea magistrale", "second"),
    ("short cycle", "short"),
    ("Doctorate", "third"),
    ("PhD", "third"),
]


def _read(tmp_path: Path, cells: list[str]) -> dict[str, object]:
    path = tmp_path / "catalogue.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "level.qf_ehea_cycle"])
        writer.writerows([f"c{i}", "Data Ethics in Practice", cell] for i, cell in enumerate(cells))
    return {str(doc.data["id"]): doc.data["level"]["qf_ehea_cycle"] for doc in load_file(path)}


def test_a_cycle_cell_in_words_is_read_as_the_cycle(tmp_path: Path) -> None:
    read = _read(tmp_path, [cell for cell, _ in CELLS])
    assert read == {f"c{i}": cycle for i, (_, cycle) in enumerate(CELLS)}


@pytest.mark.parametrize("cell", ["1", "2", "undergraduate", "Level 6"])
def test_a_cell_that_names_no_one_cycle_is_kept_for_the_schema(tmp_path: Path, cell: str) -> None:
    assert _read(tmp_path, [cell]) == {"c0": cell}


@pytest.mark.parametrize(("written", "cycle"), [("Bachelor", "first"), ("1st cycle", "first"), ("Master", "second")])
def test_the_schema_names_the_cycle_a_hand_written_value_means(written: str, cycle: str) -> None:
    data = baseline()
    data["level"]["qf_ehea_cycle"] = written
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    (finding,) = [f for f in result.findings if f.rule == "MC-SC-001"]
    assert str(finding.message).endswith(f"did you mean '{cycle}'?")
