"""Outcomes in languages the outcome analysis does not read, or in a script their claimed language is not
written in: the language rule names them, the outcome rules leave them alone, and the Bloom rule does
not count as judging outcomes it could not read."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.engine import check_document
from qa_checker.language import detect
from qa_checker.results import Result
from qa_checker.rubric import load_rubric
from tests.conftest import baseline

TODAY = date(2026, 11, 29)

BULGARIAN = [
    "Анализира сигналите от сензорите на корабен двигател с диагностичен софтуер.",
    "Изгражда електрическа инсталация в жилищно помещение по схема.",
    "Оценява надеждността на системата за аварийно захранване на кораба.",
]
MALTESE = [
    "Jiddokumenta sit arkeoloġiku taħt il-baħar bl-użu ta' fotogrammetrija.",
    "Ifassal pjan ta' ġestjoni għal sit tal-wirt marittimu.",
    "Jippreżenta l-proposta tiegħu quddiem bord ta' esperti.",
]
CZECH = [
    "Provést analýzu rizik informačního systému podle vyhlášky o kybernetické bezpečnosti.",
    "Navrhnout bezpečnostní politiku pro středně velký úřad.",
    "Vyhodnotit incident podle předem stanovených kritérií závažnosti.",
]


def _check(outcomes: list[str], language: str, **changes: Any) -> Result:
    data = baseline()
    data.update(languages=[language], learning_outcomes=outcomes, **changes)
    for key in ("title", "summary", "prerequisites", "target_group"):
        data.pop(key, None)
    data["title"] = "Ship automation"
    return check_document(Document(source="t.yaml", data=data, format="yaml"), load_rubric(), today=TODAY)


def _rules(result: Result, prefix: str) -> list[tuple[str, str]]:
    return sorted((f.rule, f.pointer) for f in result.findings if f.rule.startswith(prefix))


@pytest.mark.parametrize(
    ("text", "claimed", "expected"),
    [
        # Cyrillic letters Russian and Serbian are written with too, which the first screening cannot read.
        (BULGARIAN[0], "pl", "bg"),
        (BULGARIAN[0], "en", "bg"),
        (BULGARIAN[1], "fr", "bg"),
        # Read nearly as much as Macedonian, a close relative outside the EU.
        ("Шестобалната система, минимална оценка Среден (3)", "pl", "bg"),
        ("Анализира сигнале са сензора бродског мотора помоћу дијагностичког софтвера.", "it", "sr"),
        ("Инсталира електрична инсталација во станбен простор според шема.", "en", "mk"),
        ("Анализирует сигналы датчиков судового двигателя с помощью диагностической программы.", "es", "ru"),
    ],
)
def test_a_cyrillic_text_under_a_latin_script_language_is_named(text: str, claimed: str, expected: str) -> None:
    assert detect.clearly_other(text, claimed) == expected


def test_cyrillic_outcomes_under_an_analysed_language_are_reported_as_such_and_not_analysed() -> None:
    result = _check(BULGARIAN, "pl")
    pointers = [f"/learning_outcomes/{i}" for i in range(3)]
    assert [p for rule, p in _rules(result, "MC-LG-001") if p.startswith("/learning_outcomes")] == pointers
    assert _rules(result, "MC-LO-00") == []


@pytest.mark.parametrize("claimed", ["en", "de", "fr", "nl"])
def test_a_maltese_text_is_named_as_no_other_language(claimed: str) -> None:
    # No detector here knows Maltese; one word in its ħ or ġ keeps it from being named Italian.
    assert detect.clearly_other("Jimla r-reġistru tal-manutenzjoni skont ir-regolamenti.", claimed) is None


@pytest.mark.parametrize(
    ("text", "claimed", "expected"),
    [
        ("Arvioida algoritmisen päätöksenteon riskejä julkisessa palvelussa.", "de", "fi"),
        ("Beregne husets varmetab ud fra bygningens areal og isoleringsniveau.", "de", "da"),
        ("Tõlgendab regressioonimudeli tulemusi kirjalikus aruandes.", "en", "et"),
        ("Zaznamenat údržbové úkony do provozního deníku stroje.", "es", "cs"),
        ("Medir a tensão de circuito aberto e a corrente de curto-circuito de cada fileira.", "it", "pt"),
        ("Plean teanga a dhréachtú do phobal Gaeltachta de réir na dtreoirlínte reachtúla.", "nl", "ga"),
    ],
)
def test_a_text_in_a_less_usual_language_read_as_its_claim_is_named(text: str, claimed: str, expected: str) -> None:
    # Among the usual languages alone these read as their claim, as sure as can be; not one of their
    # words is a function word of it, or more are of another language's.
    assert detect.clearly_other(text, claimed) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Read as Croatian by both detectors; "in" is Slovenian's "and", none of its words Croatian's alone.
        ("Prepoznati znake dehidracije in o njih obvestiti patronažno sestro.", "sl"),
        # Read nearly as much as Spanish, the usual language; "com" is Portuguese's, none of its words Spanish's.
        ("Análise de Dados Geoespaciais com Python", "pt"),
        ("Análisis de datos geoespaciales con Python y QGIS", "es"),
    ],
)
def test_function_words_tell_close_relatives_apart(text: str, expected: str) -> None:
    assert detect.clearly_other(text, "ro") == expected


def test_outcomes_in_letters_their_language_is_not_written_with_are_not_analysed() -> None:
    # Maltese, which no detector here knows, claimed as Italian: not read with the Italian lexicon.
    assert _rules(_check(MALTESE, "it"), "MC-LO-00") == []
    assert detect.foreign_letters(MALTESE[0], "it")


def test_a_statement_naming_people_in_other_letters_is_still_analysed() -> None:
    assert not detect.foreign_letters("Compare the string quartets of Dvořák and Janáček with those of Haydn.", "en")
    result = _check(["Understand the string quartets of Dvořák and Janáček."], "en")
    assert [rule for rule, _ in _rules(result, "MC-LO-002")] == ["MC-LO-002"]


def test_a_text_in_letters_the_screened_language_lacks_is_not_said_to_be_in_it() -> None:
    # Maltese reads to the screening as Norwegian, whose letters ħ, ġ and ż are not.
    assert detect.language_of(" ".join(MALTESE)) is None
    assert detect.language_of(" ".join(CZECH)) == "cs"
    english = (
        "Data protection for public bodies in Łódź and Kraków\n"
        "Apply the rules of the GDPR to the data processing of a municipal office in Łódź.\n"
        "Evaluate the consent forms used by the city of Kraków against the regulation."
    )
    assert detect.language_of(english) == "en"


def test_the_bloom_rule_does_not_judge_outcomes_it_cannot_read() -> None:
    unread = _check(MALTESE, "mt", level={"eqf": 7, "qf_ehea_cycle": "second"})
    assert "MC-LO-007" not in unread.judged
    read = _check(
        [
            "Define the main GDPR principles.",
            "Explain the rights of data subjects.",
            "List the duties of a controller.",
        ],
        "en",
        level={"eqf": 7, "qf_ehea_cycle": "second"},
    )
    assert "MC-LO-007" in read.judged
    assert [rule for rule, _ in _rules(read, "MC-LO-007")] == ["MC-LO-007"]
