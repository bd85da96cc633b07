"""The cell a CSV's code-page note or refusal names is placed with the file's delimiter, told by the columns' names:
``_csv_cell`` built two column resolvers for every cell it placed. They are built once for the file now, and the
cells named are the same.
"""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver

LEGACY = "Kurs-Nr.;Titel;Beschreibung\nK-1;Datenethik;Grundlagen der Datenethik für Ämter\n".encode("cp1252")


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    count: list[int] = []

    class Counted(ColumnResolver):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            count.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(tabular, "ColumnResolver", Counted)
    return count


def test_a_legacy_csvs_note_builds_one_resolver(built: list[int]) -> None:
    decoded = tabular._decode_csv(LEGACY, "kurse.csv")
    assert isinstance(decoded, tuple)
    assert [f.origin.label() for f in decoded[1]] == ["kurse!C2"]
    assert len(built) == 1


def test_a_refused_csv_builds_one_resolver(built: list[int]) -> None:
    refused = tabular._decode_csv(LEGACY, "kurse.csv", "utf-8")
    assert not isinstance(refused, tuple)
    assert refused.findings[0].origin.label() == "kurse!C2"
    assert len(built) == 1


def test_the_cells_named_are_as_before() -> None:
    (document,) = tabular.load_csv(LEGACY, "kurse.csv")
    assert [f.origin.label() for f in document.findings if "code page" in f.message] == ["kurse!C2"]
