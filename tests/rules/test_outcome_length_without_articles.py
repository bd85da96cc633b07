"""Languages without articles say in four words what English says in five (MC-LO-005): a Polish, Czech or
Slovak outcome of four words is long enough, one of three is still too short."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline

OTHER = {
    "pl": "Ocenia ryzyko naruszenia ochrony danych osobowych w projekcie informatycznym.",
    "cs": "Navrhne schéma relační databáze pro malou obchodní firmu.",
    "sk": "Navrhne schému relačnej databázy pre malú obchodnú firmu.",
}


def _length_findings(language: str, outcome: str) -> list[str]:
    data: dict[str, Any] = baseline()
    data["languages"] = [language]
    data["learning_outcomes"] = [outcome, OTHER[language]]
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [f.pointer for f in result.findings if f.rule == "MC-LO-005"]


@pytest.mark.parametrize(
    ("language", "outcome"),
    [
        ("pl", "Weryfikuje kosztorys ofertowy wykonawcy."),
        ("pl", "Obsługuje kasę fiskalną online."),
        ("cs", "Ověřuje položkový rozpočet zhotovitele."),
        ("sk", "Overuje položkový rozpočet zhotoviteľa."),
    ],
)
def test_four_words_without_articles_are_enough(language: str, outcome: str) -> None:
    assert _length_findings(language, outcome) == []


@pytest.mark.parametrize(("language", "outcome"), [("pl", "Stosuje przepisy RODO."), ("cs", "Aplikuje GDPR správně.")])
def test_three_words_are_still_too_short(language: str, outcome: str) -> None:
    assert _length_findings(language, outcome) == ["/learning_outcomes/0"]
