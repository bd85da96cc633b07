"""Swedish and Norwegian (Bokmål) outcomes filed under ``da``.

Swedish under ``da`` was left unread without a word, and short Norwegian was judged with the Danish lexicon. MC-LG-001
never reports a text under a close relative's code (tests/test_close_languages.py: the detectors confuse them), so a
Swedish outcome, spelt as only Swedish writes ("ä", "ö") or built with Swedish function words ("och", "ett", "ska"),
is now read as Swedish; Norwegian, spelt as only Norwegian writes ("-sjon", "-skap", "-het", "utarbeide",
"grunnleggende") or built with its function words, has no lexicon here and is no Danish to judge. Danish naming a
Swedish place or written with Danish spelling stays Danish.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.language import analyse_as_claimed
from tests.conftest import NOW

JUDGED = {"MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"}


def _findings(outcomes: list[str], language: str = "da") -> set[tuple[str, str]]:
    data = {"kind": "offer", "title": "Statistik", "languages": [language], "learning_outcomes": outcomes}
    (result,) = check_documents([Document(source="da.yaml", data=data, format="yaml")], now=NOW).results
    return {(f.rule, f.pointer) for f in result.findings if f.pointer.startswith("/learning_outcomes")}


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Studenten ska kunna analysera och värdera risker i ett byggprojekt.", {"MC-LO-004"}),
        ("Studenten förstår grunderna i statistik och sannolikhet.", {"MC-LO-002"}),
        ("Kursen ger en introduktion till statistik.", {"MC-LO-003"}),
        ("Studenten ska kunna analysera risker i ett byggprojekt.", set()),
        ("Studenten kan redogöra för de viktigaste teorierna inom området.", set()),
        ("Efter avslutad kurs ska studenten kunna förklara grundläggande begrepp.", set()),
        ("Studenten ska kunna planera och genomföra en enkätundersökning.", {"MC-LO-004"}),
        ("Studenten ska kunna sammanställa en riskanalys för ett byggprojekt.", set()),
        ("Förklara grundläggande begrepp inom statistik.", set()),
        ("Studenten har kunskap om grundläggande statistiska begrepp.", {"MC-LO-002"}),
    ],
)
def test_swedish_under_da_is_read_as_swedish(text: str, rules: set[str]) -> None:
    analysis = analyse_as_claimed(text, "da")
    assert analysis is not None and analysis.language == "sv"
    assert judge_with_length(text, "da") == rules
    # through the API as well: a Danish descriptor's Swedish outcome gets the findings of its Swedish reading
    assert {rule for rule, _ in _findings([text]) if rule in JUDGED} == rules


@pytest.mark.parametrize(
    "text",
    [
        "Studenten skal kunne forklare grunnleggende begreper.",
        "Kandidaten kan utarbeide en plan for sikkerhet på arbeidsplassen.",
        "Kandidaten har kunnskap om sentrale begreper innen faget.",
        "Studenten kan forklare hvordan sykdommen utvikler seg.",
    ],
)
def test_norwegian_under_da_is_not_judged_with_the_danish_lexicon(text: str) -> None:
    assert analyse_as_claimed(text, "da") is None


@pytest.mark.parametrize(
    "text",
    [
        "Den studerende kan forklare grundlæggende begreber inden for statistik.",
        "Den studerende kan udarbejde en plan for sikkerhed på arbejdspladsen.",
        "Den studerende kan redegøre for forskning fra Göteborgs universitet om sundhed.",
        "Den studerende kan udvikle og gennemføre en kommunikationsindsats.",
    ],
)
def test_danish_stays_danish(text: str) -> None:
    analysis = analyse_as_claimed(text, "da")
    assert analysis is not None and analysis.language == "da"
    assert not any(rule == "MC-LG-001" for rule, _ in _findings([text]))
