"""Values of the fields the schema lists without a code list (the QF-EHEA cycle, stackability, the external QA
framework, an identifier's scheme, an outcome's type) and accreditation types as catalogues write them in a
spreadsheet cell, and as a hand-written descriptor's hint names them.

Found by probes of 21 cycle cells and 20 stackability and framework cells, labelled before the run: only the slug
("first") was read; "First cycle", "1st cycle", "Bachelor", "Master", "Doctorate", "premier cycle", "Primo ciclo",
"Máster" were refused by the schema, though the comparability table already read them, and so were "standalone",
"stapelbar", "empilable", "Eigenständig", "ESG 2015", "ISO 21001:2018", "EQAVET framework"; and of 44 identifier,
accreditation and outcome-type cells, 29 ("Erasmus code", "USt-IdNr.", "Systemakkreditierung", "Fertigkeiten",
"savoirs"). A bare number ("1", "2") names no cycle: it may be a level.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

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


def _read(tmp_path: Path, cells: list[str], field: str = "level.qf_ehea_cycle") -> dict[str, object]:
    path = tmp_path / "catalogue.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", field])
        writer.writerows([f"c{i}", "Data Ethics in Practice", cell] for i, cell in enumerate(cells))
    read: dict[str, object] = {}
    for doc in load_file(path):
        value: Any = doc.data
        for step in field.split("."):
            value = value[int(step)] if isinstance(value, list) else value[step]
        read[str(doc.data["id"])] = value
    return read


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


@pytest.mark.parametrize(
    ("field", "cell", "value"),
    [
        ("stackability.type", "Stand alone", "stand-alone"),
        ("stackability.type", "standalone", "stand-alone"),
        ("stackability.type", "Eigenständig", "stand-alone"),
        ("stackability.type", "not stackable", "stand-alone"),
        ("stackability.type", "stapelbar", "stackable"),
        ("stackability.type", "empilable", "stackable"),
        ("stackability.type", "acumulable", "stackable"),
        ("quality_assurance.external.framework", "ESG 2015", "ESG"),
        ("quality_assurance.external.framework", "ESG Part 2", "ESG"),
        ("quality_assurance.external.framework", "ISO 21001:2018", "ISO-21001"),
        ("quality_assurance.external.framework", "ISO-9001:2015", "ISO-9001"),
        ("quality_assurance.external.framework", "EQAVET framework", "EQAVET"),
        ("quality_assurance.external.framework", "National", "national"),
        ("awarding_bodies.0.identifier.scheme", "Erasmus code", "erasmus"),
        ("awarding_bodies.0.identifier.scheme", "PIC number", "pic"),
        ("awarding_bodies.0.identifier.scheme", "USt-IdNr.", "vat"),
        ("awarding_bodies.0.identifier.scheme", "partita IVA", "vat"),
        ("awarding_bodies.0.identifier.scheme", "SIRET", "national"),
        ("quality_assurance.accreditations.0.type", "Systemakkreditierung", "institutional-qa"),
        ("quality_assurance.accreditations.0.type", "programme accreditation", "programme-qa"),
        ("quality_assurance.accreditations.0.type", "akredytacja programowa", "programme-qa"),
        ("learning_outcomes.0.type", "skills", "skill"),
        ("learning_outcomes.0.type", "Fertigkeiten", "skill"),
        ("learning_outcomes.0.type", "savoirs", "knowledge"),
        ("learning_outcomes.0.type", "kompetencje społeczne", "competence"),
    ],
)
def test_cells_in_words(tmp_path: Path, field: str, cell: str, value: str) -> None:
    assert _read(tmp_path, [cell], field) == {"c0": value}


@pytest.mark.parametrize(
    ("field", "cell"),
    [
        ("stackability.type", "integrated"),
        ("quality_assurance.external.framework", "ESG 2015 and EQAVET"),
        ("quality_assurance.external.framework", "ISO 21001:18"),
        ("quality_assurance.accreditations.0.type", "Institutional"),
        ("awarding_bodies.0.identifier.scheme", "registration number"),
    ],
)
def test_cells_that_name_none_are_kept(tmp_path: Path, field: str, cell: str) -> None:
    assert _read(tmp_path, [cell], field) == {"c0": cell}
