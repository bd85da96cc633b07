"""Nineteenth held-out set (``tests/outcomes_heldout19``): learning outcomes written as instructions, checklists and
can-do lists, judged by MC-LO-001..005 in all nine languages the outcome analysis reads.

Written and labelled from the reference guidance and the README's rules before the analysis ran on them: 20
statements per language (180 in all) as providers write an outcome list that reads like instructions or a checklist
rather than "the learner will be able to ...": the imperative in each language's usual register ("Describe ...",
"Beschreiben Sie ..." / "Entlüfte ...", "Décrivez ...", "Describa ..." / "Emplata ...", "Descrivi ..." /
"Sfiatate ...", "Beschrijf ...", "Opisz ...", "Descreva ...", "Beskriv ..."), first-person can-do statements ("I can",
"Ich kann", "Je peux", "Puedo", "Posso", "Ik kan", "Potrafię", "Consigo", "Jag kan"), bare infinitives, numbered or
bulleted items ("1. ...", "- ...") and checklist forms ("✓ ...", "[ ] ..."); health, trades, IT, business, teaching,
engineering, hospitality and agriculture. 11 or 12 per language are good, the rest have one flaw each (a module title
or topic list; understanding or knowing; the course, the trainer or "we" as the subject; two actions in one).

Verdicts at the first run (2026-12-07): 161 of the 180 agreed (de 14 of 20, en 19, es 19, fr 18, it 18, nl 18,
pl 17, pt 20, sv 18). All 19 disagreements are the checker's, in five classes (:data:`KNOWN_MISSES`): the German
informal imperative ("Entlüfte", "Kalkuliere", "Verbuche", "Plane, montiere und prüfe"; "Beschreibe" too) is no verb
to it, while the formal "Beschreiben Sie" is; imperatives of domain verbs outside the lexicon and the lemmatiser
("Crimpa", "Impiatta", "Crimp", "Krimpa") and Polish imperatives ("Oblicz", "oceń", so "Opisz i oceń" is one action to
it); imperatives spelt like a noun, split from their particle ("Stimme ... ab", "Stem ... af", "Stäm av"); a
first-person vague verb ("Ich kenne", "I am familiar with", "Je connais", "Znam") reported as lacking a verb
(MC-LO-001) instead of vague (MC-LO-002); and a French topic list after "Contenus :" whose first noun, "analyse", is
read as the verb. No label contradicts the rule reference, and none was changed.

Mended since (2026-12-07): the German informal imperative that opens a statement before its object's article, a
pronoun or a comma and another one ("Entlüfte einen ...", "Plane, montiere und prüfe ..."; "Stimme ... ab" with it),
and the first-person vague verbs ("Ich kenne", "I am familiar with", "Je connais", "Znam"); and a statement opened by
the label of a list of contents ("Contenus :", "Inhalte:", "Topics:"), which lists what is taught: 171 of the 180
agree. And the Polish imperatives of the lexicon's verbs ("Oblicz", "Opisz i oceń"): 173.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_outcomes import heldout_sets
from tests.heldout import rule_of_label_test, statement_cases

FOLDER = Path(__file__).parent / "outcomes_heldout19"
SETS = heldout_sets(FOLDER)
LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pl", "pt", "sv")
KNOWN_MISSES = frozenset(
    {
        # An imperative spelt like a noun ("Stem", "Stäm": voice), its particle at the end or after it (the German
        # "Stimme ... ab" is read since, as "stimmen").
        "1. Stem het maandelijkse bankafschrift af op het grootboek van een kleine onderneming.",
        "1. Stäm av det månatliga kontoutdraget mot huvudboken i ett litet företag.",
        # Imperatives of domain verbs neither the lexicon nor the lemmatiser knows (crimpar, crimpare, impiattare,
        # crimpen, krimpa): the action is there, the marker before it is not the cause.
        "[ ] Crimpa conectores RJ45 en un cable de categoría 6 según la norma T568B.",
        "[ ] Crimpa connettori RJ45 su un cavo di categoria 6 secondo lo standard T568B.",
        "- Impiatta un dessert della carta secondo la scheda tecnica del capo pasticciere.",
        "[ ] Crimp RJ45-connectoren op een Cat6-kabel volgens de T568B-standaard.",
        "[ ] Krimpa RJ45-kontakter på en kategori 6-kabel enligt standarden T568B.",
    }
)


def test_the_set_has_20_statements_in_each_of_nine_languages_about_three_in_five_good() -> None:
    assert tuple(sorted(SETS)) == LANGUAGES
    for language, items in SETS.items():
        assert len(items) >= 20, language
        assert {label for label, _ in items} == {"good", "no-verb", "vague", "compound", "teacher-centred"}, language
        assert 0.5 <= sum(label == "good" for label, _ in items) / len(items) <= 0.65, language


test_each_statement_gets_exactly_the_rule_of_its_label = rule_of_label_test(statement_cases(SETS, KNOWN_MISSES))
