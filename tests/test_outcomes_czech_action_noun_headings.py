"""Czech headings made of action nouns ("Balení a expedice zboží", "Příprava a realizace projektu", "Analýza a hodnocení
rizik"): no verb says what the learner does, and they are never read as fine nor as verbs joined.

What a QA agency asks of such a heading is a verb per action, one outcome each. The project reports a list of actions
written as nouns once, by MC-LO-004 with its own message ("lists 2 actions as nouns (balení, expedice) in one
outcome") and a hint that asks for a verb per action; MC-LO-001 leaves it to MC-LO-004 (rules/outcomes.py), so the one
fault is not counted twice. A heading with one action noun ("Analýza rizik") is verbless: MC-LO-001. Before, a list
whose nouns cs.yaml did not know ("expedice", "návrh", "sběr", "příjem", "opravy", "montáž", "kalkulace") fell to
MC-LO-001 while its neighbours ("Příprava a realizace ...") drew MC-LO-004: the same heading, two verdicts. The same
nouns as the object of the learner's verb stay finding-free.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length
from qa_checker.language import analyse_as_claimed

LISTS = [
    ("Balení a expedice zboží.", ("balení", "expedice")),
    ("Příprava a realizace projektu.", ("příprava", "realizace")),
    ("Analýza a hodnocení rizik.", ("analýza", "hodnocení")),
    ("Návrh a realizace projektu.", ("návrh", "realizace")),
    ("Sběr a zpracování dat.", ("sběr", "zpracování")),
    ("Údržba a opravy strojů.", ("údržba", "opravy")),
    ("Příjem, skladování a expedice zboží.", ("příjem", "skladování", "expedice")),
    ("Kalkulace a fakturace zakázek.", ("kalkulace", "fakturace")),
    ("Odběr a zpracování biologického materiálu.", ("odběr", "zpracování")),
    ("Výpočet a návrh ocelové konstrukce.", ("výpočet", "návrh")),
    ("Rozbor a interpretace uměleckého textu.", ("rozbor", "interpretace")),
]

ONE_NOUN = [
    "Analýza rizik při práci ve výškách.",
    "Expedice zboží ze skladu.",
    "Návrh zákona o ochraně spotřebitele.",
    "Revize elektrických zařízení do 1000 V.",
]

GOOD = [
    "Student zajistí příjem a expedici zboží podle objednávek.",
    "Student naplánuje balení a expedici zboží.",
    "Student provede odběr a zpracování biologického materiálu.",
    "Student vypracuje návrh a rozpočet projektu.",
    "Absolvent provede analýzu a hodnocení rizik na pracovišti.",
]


@pytest.mark.parametrize(("text", "nouns"), LISTS)
def test_a_heading_of_action_nouns_is_reported_once_as_actions_written_as_nouns(text: str, nouns: tuple[str]) -> None:
    analysis = analyse_as_claimed(text, "cs")
    assert analysis is not None
    assert analysis.main is None and analysis.compound == ()  # no verb, none joined
    assert analysis.nominal == nouns
    assert judge_with_length(text, "cs") == {"MC-LO-004"}


@pytest.mark.parametrize("text", ONE_NOUN)
def test_a_heading_of_one_action_noun_is_verbless(text: str) -> None:
    analysis = analyse_as_claimed(text, "cs")
    assert analysis is not None and analysis.main is None
    assert judge_with_length(text, "cs") == {"MC-LO-001"}


@pytest.mark.parametrize("text", GOOD)
def test_the_nouns_as_the_object_of_a_verb_are_one_action(text: str) -> None:
    assert judge_with_length(text, "cs") == set()
