"""Fifteenth held-out set (``tests/outcomes_heldout15``): the Bloom level the outcome analysis gives each outcome.

Earlier sets labelled only good or flawed (MC-LO-001..004); this one labels the level (``outcome_levels`` of a result,
what MC-LO-007 compares with the EQF level). Written and labelled from the revised taxonomy (Anderson & Krathwohl 2001,
the reference's verb bank) and the README's rules before the analysis ran on them: 40 to 42 statements per language
from health, engineering, business, law, arts, teacher education and VET at EQF 3-8, stressing what moves the level
(modal wrappers, "develop a plan" against "develop their skills", two verbs joined, separable, reflexive and phrasal
verbs, verbal nouns as headings, Polish aspect pairs, Spanish and Italian clitics, the course's own verb), and 25
small descriptors whose spread does or does not fit the declared EQF level (MC-LO-007 fire or silent, its defaults).

Before the fixes 22 of the 285 statements disagreed, 9 of them by the labeller: "compare" and its equivalents (7) were
labelled analyse, but the revised taxonomy puts comparing under understand, as the reference and the lexicons do; and
"Conocer ... y aplicarlos", "Conoscere ... e applicarlo" were labelled apply, but the documented rule is that vague
wording sets the level it stands for (remember). Of the 13 the analysis got wrong: an action joined with a clitic
("... y evaluarlos", "... e valutarli") did not raise the level, its lemma not looked up (es, it); the course's verb
("Ce cours présente", "Se explican", "Il corso illustra") got the verb's level though the course's verb is no
performance of the learner (fr, es, it); a finite form after the article that opens a statement ("L'analyse des
données ...") was read as the verb (fr); skills developed ("Develop their presentation skills", "entwickeln ihre ...
Fähigkeiten weiter") counted as create, not as the vague wording they are (en, de; a sweep of unseen statements found
the class in all seven languages, "Développer ses compétences", "Desarrollar habilidades", "Sviluppare competenze",
"vaardigheden ontwikkelen", "rozwija umiejętności", and the lexicons now read it in each); "componeren", "verantwoorden",
"komponować" were missing from the lexicons and counted at apply (nl, pl; "komponieren", "verteidigen",
"vorschlagen" added with them to German). Of the descriptors 7 of 25 disagreed, 2 by the labeller (compare) and 5
from the classes above. After the fixes 1 statement remains wrong (:data:`KNOWN_MISSES`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks.bench_outcomes import heldout_sets
from qa_checker.language import BLOOM_LEVELS
from tests.heldout import findings, level_of, level_of_label_test, statement_cases

FOLDER = Path(__file__).parent / "outcomes_heldout15"
DESCRIPTORS = FOLDER / "descriptors"
SETS = heldout_sets(FOLDER)
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")
LABELS = (*BLOOM_LEVELS, "none")
# "aufstellen" sets up a scaffold (apply) as often as it formulates a hypothesis (create): its level depends on the
# object, which the verb lists do not read, so it counts at apply as a verb outside them.
KNOWN_MISSES = frozenset(
    {"Die Studierenden stellen auf Grundlage einer Literaturrecherche eine Forschungshypothese auf."}
)
# The measured share of statements whose level is right, in percent, per language.
FLOOR = {"de": 97.0}


def accuracy_table() -> dict[str, tuple[int, int]]:
    """Per language: statements whose level is right, and statements."""
    return {
        language: (sum(level_of(text, language) == label for label, text in items), len(items))
        for language, items in SETS.items()
    }


def test_the_set_has_at_least_40_statements_per_language_at_every_level() -> None:
    assert tuple(sorted(SETS)) == tuple(sorted(LANGUAGES))
    assert sum(len(items) for items in SETS.values()) >= 280
    for language, items in SETS.items():
        assert len(items) >= 40, language
        assert {label for label, _ in items} == set(LABELS), language


test_each_statement_gets_the_level_of_its_label = level_of_label_test(statement_cases(SETS, KNOWN_MISSES))


def test_accuracy_per_language_holds_the_measured_floor() -> None:
    table = accuracy_table()
    rows = [f"| {lang} | {right}/{total} | {100 * right / total:.1f} % |" for lang, (right, total) in table.items()]
    print("\n".join(["| Language | Right | Accuracy |", "|---|---|---|", *rows]))
    for language, (right, total) in table.items():
        assert 100 * right / total >= FLOOR.get(language, 100.0), language


DESCRIPTOR_LABELS: dict[str, str] = yaml.safe_load((DESCRIPTORS / "expectations.yaml").read_text(encoding="utf-8"))


def test_every_descriptor_has_a_label_and_both_labels_occur() -> None:
    assert {p.name for p in DESCRIPTORS.iterdir()} - {"expectations.yaml"} == set(DESCRIPTOR_LABELS)
    assert len(DESCRIPTOR_LABELS) >= 20
    assert set(DESCRIPTOR_LABELS.values()) == {"fire", "silent"}


@pytest.mark.parametrize("name", sorted(DESCRIPTOR_LABELS))
def test_descriptor_level_fit_is_judged_as_labelled(name: str) -> None:
    fired = any(rule == "MC-LO-007" for rule, _ in findings(DESCRIPTORS / name, outcomes=True))
    assert ("fire" if fired else "silent") == DESCRIPTOR_LABELS[name]


# The classes the set found, each with examples it does not hold (labelled before the fix ran on them), and the
# neighbours that keep their level.
CLASS_CASES = [
    # An action joined with a clitic raises the level as the same verb without it does.
    ("es", "Recoger las quejas de los pacientes y analizarlas por categorías.", "analyse"),
    ("it", "Descrivere le tecniche di restauro di un affresco e valutarle in un caso reale.", "evaluate"),
    ("es", "Describir las fases de un proyecto de obra.", "understand"),
    # The course's or the teacher's verb names no performance of the learner; the learner's does.
    ("fr", "Ce module explique les principes de la comptabilité analytique.", "none"),
    ("it", "In questo corso si analizzano i bilanci delle imprese.", "none"),
    ("en", "The module introduces the principles of cost accounting.", "none"),
    ("fr", "L'apprenant explique les principes de la comptabilité analytique.", "understand"),
    # A finite form after the article that opens a statement is a noun; the learner's verb after it stays the verb.
    ("fr", "Le contrôle de gestion dans les PME.", "none"),
    ("es", "El control de calidad en la industria alimentaria.", "none"),
    ("it", "Il controllo di gestione nelle piccole imprese.", "none"),
    ("fr", "Contrôler la qualité des soudures selon la norme ISO 5817.", "evaluate"),
    ("fr", "L'étudiant analyse le compte de résultat d'une PME.", "analyse"),
    # Skills developed or acquired are vague; a skills matrix or framework developed is a thing made.
    ("en", "Learners acquire negotiation skills through role plays.", "understand"),
    ("de", "Die Auszubildenden bauen ihre handwerklichen Fertigkeiten im Betrieb aus.", "understand"),
    ("en", "Improve their academic writing skills.", "understand"),
    ("de", "Kompetenzen im Projektmanagement erwerben.", "understand"),
    ("fr", "Développer ses compétences en communication.", "understand"),
    ("es", "Desarrollar habilidades de comunicación con los pacientes.", "understand"),
    ("it", "Sviluppare competenze comunicative nel lavoro di gruppo.", "understand"),
    ("nl", "Communicatieve vaardigheden ontwikkelen.", "understand"),
    ("pl", "Student potrafi rozwinąć swoje umiejętności negocjacyjne.", "understand"),
    ("en", "Develop a skills matrix for a maintenance team.", "create"),
    ("de", "Ein Kompetenzmodell für die Pflege entwickeln.", "create"),
    ("de", "Ein Schulungskonzept zur Förderung der Fähigkeiten von Pflegekräften entwickeln.", "create"),
    ("fr", "Développer un référentiel de compétences pour un service infirmier.", "create"),
    # Skills grown as the purpose of a thing made: the thing made is the action.
    ("en", "Design a training programme to develop the skills of new staff.", "create"),
    ("es", "Diseñar un programa para desarrollar las competencias digitales del alumnado.", "create"),
    ("it", "Progettare un corso per sviluppare le competenze digitali dei docenti.", "create"),
    ("pl", "Projektuje program rozwijający umiejętności cyfrowe seniorów.", "create"),
    # Verbs of the reference's verb bank missing from a lexicon, in another person or aspect.
    ("nl", "De student componeert een lied voor een schoolkoor.", "create"),
    ("nl", "De deelnemer verantwoordt de gekozen aanpak tegenover de opdrachtgever.", "evaluate"),
    ("pl", "Student potrafi skomponować krótką piosenkę dla chóru szkolnego.", "create"),
    ("de", "Die Studierenden schlagen Maßnahmen zur Senkung der Energiekosten vor.", "create"),
    ("de", "Die eigene Entwurfsentscheidung vor einer Jury verteidigen.", "evaluate"),
    ("nl", "Een maatschappelijk verantwoord inkoopbeleid voor een gemeente opstellen.", "create"),
]


@pytest.mark.parametrize(("language", "text", "level"), CLASS_CASES)
def test_each_class_the_set_found_is_read_at_its_level(language: str, text: str, level: str) -> None:
    assert level_of(text, language) == level
