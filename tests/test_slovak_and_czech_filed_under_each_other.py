"""Slovak filed under ``cs`` is read with the Slovak lexicon (Czech under ``sk`` stays unread).

A Slovak descriptor filed under cs lost all outcome checking without a word: a vague 'Študent rozumie ...', a
teacher-centred 'Cieľom kurzu je ...' and a compound 'zanalyzuje trh a pripraví ...' drew no finding, as the text was
left unread by the Czech lexicon, which cannot judge it. As Swedish under da is read with the Swedish lexicon, each is
now read with its own. MC-LG-001 still never names the close relative (tests/test_close_languages.py).
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

RULES = {"MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"}

SLOVAK = [
    ("MC-LO-002", "Študent rozumie princípom fungovania trhovej ekonomiky."),
    ("MC-LO-003", "Cieľom kurzu je naučiť študentov pracovať s tabuľkovým procesorom."),
    ("MC-LO-004", "Študent zanalyzuje trh a pripraví marketingovú stratégiu."),
    ("MC-LO-002", "Študent má základné vedomosti z oblasti pracovného práva."),
    ("MC-LO-002", "Absolvent pozná základné druhy daní na Slovensku."),
    (None, "Študent vie navrhnúť relačnú databázu pre malý podnik."),
    (None, "Absolvent dokáže zostaviť rozpočet investičného projektu."),
    (None, "Študent vypracuje marketingový plán pre nový produkt."),
]
CZECH = [
    ("MC-LO-002", "Student rozumí základním principům ekonomie."),
    ("MC-LO-003", "Cílem kurzu je seznámit studenty s principy účetnictví."),
    ("MC-LO-004", "Student analyzuje a vyhodnotí ekonomickou efektivnost investičního projektu."),
    (None, "Po absolvování předmětu student umí navrhnout relační databázi pro malý podnik."),
    (None, "Student vypracuje marketingový plán pro nový produkt."),
]


@pytest.mark.parametrize(("rule", "text"), SLOVAK)
def test_slovak_under_czech_is_judged_as_slovak(rule: str | None, text: str) -> None:
    assert judge_with_length(text, "cs") & RULES == judge_with_length(text, "sk") & RULES == ({rule} if rule else set())


@pytest.mark.parametrize(("rule", "text"), CZECH)
def test_czech_under_slovak_is_still_left_unread(rule: str | None, text: str) -> None:
    # As the held-out expectations ask (tests/test_heldout_rules8.py, mix-cs-text-under-sk): no Slovak verdict.
    assert judge_with_length(text, "sk") & RULES == set()
