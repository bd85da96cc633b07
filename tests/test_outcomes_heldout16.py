"""Sixteenth held-out set (``tests/outcomes_heldout16``): learning outcomes as vocational (VET) and continuing-education
providers write them, judged by MC-LO-001..005 and, in ``levels/``, given a Bloom level.

Written and labelled from the reference guidance and the README's rules before the analysis ran on them: 40 or 41
statements per language (EQF 2-5) with EQF knowledge / skills / autonomy labels, ECVET units, competence statements with
a condition and a standard ("selbstständig und fachgerecht", "en autonomie", "de forma autónoma", "in autonomia",
"zelfstandig", "samodzielnie", DIN VDE 0100, ISO 9001, HACCP), work-process verbs (install, maintain, weld, hand over;
montieren, instand setzen, übergeben; poser, dépanner; instalar, reparar; installare, manutenere; installeren,
opleveren; montować, konserwować) and the "Der/Die Teilnehmende ist in der Lage ..." and "Le candidat est capable de
..." lead-ins. Half are good, the rest have one flaw each (a unit title, a topic list or the contents, knowing or
understanding the rules, two outcomes in one, the course or the trainer as the subject). 157 of the statements, good
or vague, whose level is clear are labelled with it in ``levels/``.

Verdicts: before the fixes 2 of the 281 disagreed, both the checker's, both Dutch topic headings read as actions: an
infinitive opening a heading before "van" ("Eisen van ISO 9001 ...": "Lassen van dunwandige buizen", and in German
"Schweißen von Rohren", are the class) and a lone infinitive in a list of topics ("..., tillen en
bedrijfshulpverlening"). Levels: 21 of 157 disagreed. 12 by the labeller: knowledge or awareness held ("has knowledge
of", "Gain an awareness", "Avoir conscience", "Posiada świadomość") was labelled remember, but the lexicons count
knowledge held or grown at understand (as "an understanding"), and "assemble" (create) and "prepare" (apply) sit where
the Bloom verb lists put them. 9 by the checker: checking against a standard or a specification ("prüfen",
"vérifier", "verificare", "controleren", "sprawdzać", "weryfikować" at analyse; "kontrollieren", "comprobar" outside the lists at
apply) is evaluating (revised taxonomy, 5.1 checking), where English "check"/"verify" and Spanish "verificar" already
were; the lexicons now put the checking verbs at evaluate in every language. 2 remain (:data:`KNOWN_LEVEL_MISSES`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_outcomes import heldout_sets, judge_with_length
from tests.heldout import level_of, level_of_label_test, rule_of_label_test, statement_cases

FOLDER = Path(__file__).parent / "outcomes_heldout16"
SETS = heldout_sets(FOLDER)
LEVELS = heldout_sets(FOLDER / "levels")
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")
# "Check in hotel guests" is a service procedure, but "check in" is as often "check in accordance with ..." and the
# verb lists read no particle that changes a verb's level only in some uses; Polish "wymieniać" names (remember) and
# replaces parts (apply), which only its object tells.
KNOWN_LEVEL_MISSES = frozenset(
    {
        "Check in hotel guests at reception using the property management system.",
        "Słuchacz wymienia klocki hamulcowe samochodu osobowego zgodnie z zaleceniami producenta.",
    }
)


def test_the_set_has_at_least_40_statements_in_each_of_seven_languages_half_good() -> None:
    assert tuple(sorted(SETS)) == tuple(sorted(LANGUAGES)) == tuple(sorted(LEVELS))
    assert sum(len(items) for items in SETS.values()) >= 280
    for language, items in SETS.items():
        assert len(items) >= 40, language
        assert {label for label, _ in items} == {"good", "no-verb", "vague", "compound", "teacher-centred"}, language
        assert sum(label == "good" for label, _ in items) * 2 >= len(items) - 2, language
        assert {text for _, text in LEVELS[language]} <= {text for _, text in items}, language


test_each_statement_gets_exactly_the_rule_of_its_label = rule_of_label_test(statement_cases(SETS, ()))


test_each_labelled_statement_gets_its_level = level_of_label_test(statement_cases(LEVELS, KNOWN_LEVEL_MISSES))


# The classes the set found, each with examples it does not hold (labelled before the fix ran on them), and the
# neighbours that keep their verdict or level.
HEADING_CASES = [
    # An infinitive opening a statement before "van"/"von" is a heading's noun; a verb that takes it is not.
    ("nl", "Lassen van dunwandige buizen in roestvast staal.", {"MC-LO-001"}),
    ("nl", "Onderhouden van cv-ketels in woningen.", {"MC-LO-001"}),
    ("de", "Schweißen von dünnwandigen Rohren aus Edelstahl.", {"MC-LO-001"}),
    ("de", "Prüfen von Schutzmaßnahmen nach DIN VDE 0100-600.", {"MC-LO-001"}),
    ("nl", "Gebruikmaken van digitale hulpmiddelen bij de planning van het werk.", set()),
    ("nl", "Communiceren met cliënten in begrijpelijke taal.", set()),
    ("nl", "Dunwandige buizen van roestvast staal lassen.", set()),
    ("de", "Rohre aus Edelstahl nach DIN EN ISO 9606-1 schweißen.", set()),
    # A lone infinitive in a list of topics is one of them; one with an object, or among actions, stays a verb.
    ("nl", "Hygiëne, tillen en ergonomie in de zorg.", {"MC-LO-001"}),
    ("nl", "Arbeidsomstandigheden, heffen en persoonlijke beschermingsmiddelen in de bouw.", {"MC-LO-001"}),
    ("nl", "Kozijnen stellen, tillen en de werkplek opruimen.", {"MC-LO-004"}),
    ("nl", "Patiënten veilig tillen met een tillift.", set()),
]


@pytest.mark.parametrize(("language", "text", "rules"), HEADING_CASES)
def test_each_heading_class_the_set_found_is_judged(language: str, text: str, rules: set[str]) -> None:
    assert judge_with_length(text, language) == rules


LEVEL_CASES = [
    # Checking against a standard or a specification is evaluating, in every language.
    ("de", "Die Dichtheit einer Gasleitung mit einem Prüfgerät überprüfen.", "evaluate"),
    ("de", "Die Kerntemperatur von Speisen bei der Ausgabe kontrollieren.", "evaluate"),
    ("fr", "Vérifier le serrage des connexions d'un tableau électrique.", "evaluate"),
    ("es", "Comprobar la estanqueidad de una instalación de gas con un manómetro.", "evaluate"),
    ("it", "Controllare la tenuta di un impianto del gas con un manometro.", "evaluate"),
    ("nl", "De aanhaalmomenten van de wielmoeren met een momentsleutel controleren.", "evaluate"),
    ("pl", "Kontroluje temperaturę potraw podczas wydawania posiłków.", "evaluate"),
    ("pl", "Weryfikuje zgodność wykonanej instalacji z projektem technicznym.", "evaluate"),
    ("en", "Check the tyre pressure of a passenger car against the manufacturer's values.", "evaluate"),
    ("de", "Die Messwerte eines Prüfprotokolls mit den Grenzwerten vergleichen.", "understand"),
]


@pytest.mark.parametrize(("language", "text", "level"), LEVEL_CASES)
def test_each_level_class_the_set_found_is_read_at_its_level(language: str, text: str, level: str) -> None:
    assert level_of(text, language) == level
