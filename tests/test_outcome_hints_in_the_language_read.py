"""The outcome rules' hints suggest verbs of the language a statement was read in, not of the language it is filed
under: Swedish filed under da, read with the Swedish lexicon, was told to use "forklare, beskrive, redegøre for"; Slovak
filed under cs, read with the Slovak lexicon, Czech verbs ("vysvětlí, popíše")."""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW


def _hints(language: str, outcome: str) -> dict[str, str]:
    data = {"kind": "offer", "title": "Kurs", "languages": [language], "learning_outcomes": [outcome]}
    (result,) = check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW).results
    return {
        f.rule: str(f.hint) for f in result.findings if f.rule in ("MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004")
    }


@pytest.mark.parametrize(
    ("claimed", "text", "rule", "read_as"),
    [
        ("da", "Studenten ska ha kunskap om svensk arbetsrätt.", "MC-LO-002", "sv"),
        ("da", "Kursen ger en introduktion till projektledning.", "MC-LO-003", "sv"),
        ("cs", "Študent rozumie princípom fungovania trhovej ekonomiky.", "MC-LO-002", "sk"),
        ("cs", "Cieľom kurzu je naučiť študentov pracovať s tabuľkovým procesorom.", "MC-LO-003", "sk"),
    ],
)
def test_the_hint_suggests_the_verbs_of_the_language_read(claimed: str, text: str, rule: str, read_as: str) -> None:
    hints = _hints(claimed, text)
    assert hints.keys() == {rule}
    assert hints[rule] == _hints(read_as, text)[rule]
