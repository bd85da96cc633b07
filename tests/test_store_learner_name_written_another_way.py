"""The store leaves out a learner's name written as a file name, an id or a title writes it ("andrei-popescu.yaml",
"Popescu_Andrei", "ANDREI POPESCU"), not only as the learner block spells it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.store.records import REDACTED, result_rows, without_personal_data
from tests.conftest import NOW


def _stored(data: dict[str, Any], source: str) -> str:
    report = check_documents([Document(source=source, data=data, format="yaml")], now=NOW)
    return json.dumps(list(result_rows(report)), ensure_ascii=False, default=str)


def _credential(name: str, **fields: Any) -> dict[str, Any]:
    return {"kind": "credential", "learner": {"name": name}, "title": {"en": "Green building basics"}, **fields}


@pytest.mark.parametrize(
    ("name", "source", "left"),
    [
        ("Andrei Popescu", "credentials/andrei-popescu.yaml", ["andrei", "popescu"]),
        ("Andrei Popescu", "credentials/Popescu_Andrei.yaml", ["andrei", "popescu"]),
        ("Andrei Popescu", "credentials/ANDREI POPESCU 2026.yaml", ["andrei", "popescu"]),
        ("Andrei Popescu", "credentials/andreipopescu.yaml", ["andreipopescu"]),
        ("Ștefan Mureșan", "out/stefan.muresan.json", ["stefan", "muresan"]),
        ("Jan van der Berg", "nl/jan-van-der-berg.yaml", ["jan-van", "berg"]),
        ("maria ionescu", "ro/maria_ionescu.yaml", ["maria", "ionescu"]),
    ],
)
def test_a_name_in_the_file_name_is_not_stored(name: str, source: str, left: list[str]) -> None:
    stored = _stored(_credential(name), source).casefold()
    assert not any(word in stored for word in left)
    assert REDACTED in stored


def test_a_name_in_the_id_and_title_is_not_stored() -> None:
    data = _credential("Mara Schneider", id="cert-schneider-mara-7", title={"en": "Certificate for MARA SCHNEIDER"})
    stored = _stored(data, "c.yaml").casefold()
    assert "schneider" not in stored and "mara" not in stored
    assert f"cert-{REDACTED}-7".casefold() in stored


def test_words_of_a_name_apart_or_as_particles_alone_are_kept() -> None:
    """One word of the name, or its lower-case particles side by side, is not the name: "Data" and "van der
    Waals" stay in the text of a learner called Ana Data or Jan van der Berg."""
    _, personal = without_personal_data({"learner": {"name": "Jan van der Berg"}})
    assert personal.without_names("van der Waals forces, by Berg") == "van der Waals forces, by Berg"
    assert personal.without_names("Jan van der Berg's portfolio") == f"{REDACTED}'s portfolio"
    _, personal = without_personal_data({"learner": {"name": "Ana Data"}})
    assert personal.without_names("Data Ethics (data-ana-7)") == f"Data Ethics ({REDACTED}-7)"


def test_a_value_that_is_no_name_gives_no_name_words() -> None:
    _, personal = without_personal_data({"learner": {"identifier": {"scheme": "national", "value": "AB 123456"}}})
    assert not personal.names
    assert personal.without_names("ab-123456") == "ab-123456"
