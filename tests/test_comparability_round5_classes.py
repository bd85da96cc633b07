"""Comparability, round 5: the classes of fields the held-out corpus (tests/comparability_heldout5/) showed unread,
each with examples of the class the fix was not made on: a discipline's name in the languages of the descriptors,
read to the narrowest ISCED-F field that holds all of it (a detailed, a narrow or a broad field); a bundled ISCED-F
label; a Greek name in capitals, which drop the accent; and names that span broad fields, which stay unread.

Labelled before the checker was run. First run: 1 of 51 cases disagreed, the checker's fault: a first fix read a
Latin name without its accents, and so read Italian "Economia" (economics and business, labelled unread) as Spanish
"Economía" (economics). The fix was narrowed to Greek capitals, which drop the accent by rule; the six names written
without their accents ("Genie mecanique"), labelled as read, then stay unread, as strict xfails, with the
catalogue's "Zarzadzanie" (that test now writes "Zarządzanie"). "ΦΥΣΙΚΟΘΕΡΑΠΕΙΑ" was added after the narrowing.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from qa_checker import vocab
from qa_checker.aliases import normalise, value_aliases
from qa_checker.table import field_code
from tests.comparability import Case, case_frame, cell

READ = {
    "Rechtswissenschaften": "0421",
    "Verpleegkunde": "0913",
    "Enfermagem": "0913",
    "Ápolás": "0913",
    "Hebammenkunde": "0913",
    "Génie mécanique": "0715",
    "Ingeniería mecánica": "0715",
    "Strojírenství": "0715",
    "Economics": "0311",
    "Volkswirtschaftslehre": "0311",
    "Sociologia": "0314",
    "Filozofia": "0223",
    "Storia": "0222",
    "Physik": "0533",
    "Wiskunde": "0541",
    "Architektur": "0731",
    "Bauingenieurwesen": "0732",
    "Sciences de l'éducation": "0111",
    "Pädagogik": "0111",
    "Travail social": "0923",
    "Social work": "0923",
    "Business administration": "041",
    "Administración de empresas": "041",
    "Engineering": "07",
    "Ingegneria": "07",
    "Elektrotechnik": "071",
    "Zahnmedizin": "0911",
    "Physiotherapie": "0915",
    "Farmacja": "0916",
    "Tourisme": "1015",
    # The bundled labels, in any case; a label two codes share is the narrower (042 Law has one detailed field).
    "Audio-visual techniques and media production": "0211",
    "software and applications development and analysis": "0613",
    "LAW": "0421",
    "Veterinary": "0841",
    # In Greek capitals, which drop the accent.
    "ΝΟΜΙΚΗ": "0421",
    "ΦΥΣΙΚΟΘΕΡΑΠΕΙΑ": "0915",
}
# Without accents, as systems of plain ASCII letters write them: labelled as read, left unread (see LIMIT).
ACCENTLESS = {
    "Ingenieria civil": "0732",
    "Genie mecanique": "0715",
    "Medecine veterinaire": "0841",
    "Rachunkowosc": "0411",
    "Kozgazdasagtan": "0311",
    "Osetrovatelstvo": "0913",
    "Zarzadzanie": "0413",
}
LIMIT = (
    "a Latin name is read only with its accents: a name without them may be another language's word for a field "
    "the table leaves unread (Italian 'Economia', economics and business, is Spanish 'Economía' without its accent)"
)
UNREAD = [
    "Bioinformatics",
    "Umweltrecht",
    "Wirtschaftsingenieurwesen",
    "Nachhaltigkeit",
    "Geography",
    "Wirtschaftswissenschaften",
    "Economia",
    "Pflege",
    "Data Science",
    "Law and economics",
]

CASES: list[Case] = [
    *(
        (f"read-{i}", {"field_of_education": name}, {"field_code": code}, None)
        for i, (name, code) in enumerate(READ.items())
    ),
    *(
        (f"unread-{i}", {"field_of_education": name}, {"field_code": None}, "field_code")
        for i, name in enumerate(UNREAD)
    ),
]
# Cases labelled as read that stay unread, each a strict xfail.
LIMITS: list[Case] = [
    (f"accentless-{i}", {"field_of_education": name}, {"field_code": code}, None)
    for i, (name, code) in enumerate(ACCENTLESS.items())
]


@pytest.fixture(scope="module")
def frame(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return case_frame(tmp_path_factory.mktemp("round5"), [*CASES, *LIMITS])


@pytest.mark.parametrize(
    ("case", "change", "expected", "unread"),
    [*CASES, *(pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=LIMIT)) for c in LIMITS)],
    ids=[c[0] for c in [*CASES, *LIMITS]],
)
def test_fields_are_read_or_marked_unread(
    frame: pd.DataFrame, case: str, change: dict[str, Any], expected: dict[str, Any], unread: str | None
) -> None:
    row = frame.loc[case]
    assert {column: cell(row[column]) for column in expected} == expected, change
    assert (cell(row["unread"]) or None) == unread


def test_a_name_with_a_note_or_a_degree_after_a_dash_reads_as_the_name() -> None:
    assert field_code("Maschinenbau (B.Eng.)") == "0715"
    assert field_code("Enfermería – Grado") == "0913"


def test_every_name_names_one_field_in_any_spelling() -> None:
    """No name of the table is another field's label or name, also with accents, case and marks left out."""
    named: defaultdict[str, set[str]] = defaultdict(set)
    for slug, concept in vocab.get("isced-f").concepts.items():
        named[normalise(str(concept["label"]))].add(slug)
    for slug, words in value_aliases()["isced-f"].items():
        assert slug in vocab.get("isced-f")
        for word in words:
            named[normalise(word)].add(slug)
    assert {name: codes for name, codes in named.items() if len(codes) > 1 and not _one_line(codes)} == {}


def _one_line(codes: set[str]) -> bool:
    """Whether the codes are one field and its only narrower one, as the vocabulary labels them alike (042 Law and
    0421 Law; 99, 999 and 9999 Field unknown)."""
    return all(b.startswith(a) for a, b in pairwise(sorted(codes, key=len)))


def test_a_catalogue_cell_reads_the_same(tmp_path: Path) -> None:
    from qa_checker.api import audit_paths
    from qa_checker.rubric import load_rubric
    from qa_checker.table import to_frame
    from tests.conftest import NOW

    outcome = "Analyse a data set with descriptive statistics and report the results."
    (tmp_path / "c.csv").write_text(
        "id;title;languages;awarding_bodies.0.name;awarding_bodies.0.country;workload.ects;level.eqf;"
        "field_of_education;participation.mode;assessment.types;learning_outcomes\r\n"
        f"a;Kurs A;pl;Uniwersytet;PL;5;6;Zarządzanie;online;project-work;{outcome}\r\n"
        f"b;Kurs B;de;Universität;DE;5;6;Umweltrecht;online;project-work;{outcome}\r\n",
        encoding="utf-8",
    )
    frame = to_frame(audit_paths([tmp_path / "c.csv"], rubric=load_rubric(), now=NOW, jobs=1)).set_index("id")
    assert [cell(frame.loc["a"][c]) for c in ("field_code", "unread")] == ["0413", None]
    assert [cell(frame.loc["b"][c]) for c in ("field_code", "unread")] == [None, "field_code"]
