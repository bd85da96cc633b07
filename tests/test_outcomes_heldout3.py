"""Third held-out set of learning outcomes (``tests/outcomes_heldout3``), measured per language and rule.

Written and labelled from the reference guidance (Cedefop rules of thumb, the README rule reference)
before the analysis ran on them: 42 statements per language as VET providers (construction, care,
hospitality, automotive), universities (law, medicine, engineering, humanities), company academies and
MOOCs (data, cloud, sustainability, languages) publish them, with their lead-ins, bullets and numbers,
notes in brackets, abbreviations, inclusive forms, modals, passives and long sentences. Half are good,
the rest have one flaw each. Each statement is the only outcome of a descriptor in its language.

Before the fixes 13 of the 294 were judged wrong: one good statement warned of (a future practitioner as
the learner, "Le futur aide-soignant mesure ..."), eleven flaws missed and one compound also reported as
lacking a verb. The classes fixed, each with unseen examples, are in ``tests/test_outcome_heldout3_classes.py``:
"we" after an opening ("In this MOOC we explore", "W tym module omówimy"), awareness as a conjugated light
verb or a noun ("prendront conscience", "Bewustwording van"), learners trained in the passive ("worden
ingeleid"), the future practitioner as the learner, an English list of actions whose first verb the lexicon
does not list ("Strip, clean and reassemble"), a second verb in the same person before an object without an
article ("raccolgono ... e propongono misure"). After them all 294 are right; sweeps of unseen statements
written afterwards found further classes, fixed and tested in the same file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from benchmarks.bench_outcomes import judge_statement
from qa_checker.descriptor import Descriptor
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import RuleContext
from tests.heldout import statement_cases

CORPUS = Path(__file__).parent / "outcomes_heldout3"
RULE_OF_LABEL = {
    "no-verb": "MC-LO-001",
    "vague": "MC-LO-002",
    "teacher-centred": "MC-LO-003",
    "compound": "MC-LO-004",
    "too-short": "MC-LO-005",
    "too-long": "MC-LO-005",
}
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")
# Statements the analysis is known to judge wrong (strict: the test fails when one starts to pass).
KNOWN_MISSES: frozenset[str] = frozenset()
# The measured floor per language: precision and recall of each rule, in percent.
FLOOR = {"precision": 100.0, "recall": 100.0}


def _load() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(CORPUS.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[raw["language"]] = [(str(label), str(text)) for label, text in raw["statements"]]
    return out


SETS = _load()


def _length_fires(text: str, language: str) -> bool:
    rule = RULES_BY_ID["MC-LO-005"]()
    doc = Descriptor({"kind": "offer", "languages": [language], "learning_outcomes": [text]})
    ctx = RuleContext(options=dict(rule.defaults), today=date(2026, 12, 1))
    return any(True for _ in rule.check(doc, ctx))


def fired_rules(text: str, language: str) -> set[str]:
    """The outcome rules MC-LO-001..005 that report one statement, the only outcome of its descriptor."""
    fired = set(judge_statement(text, language))
    if _length_fires(text, language):
        fired.add("MC-LO-005")
    return fired


def measure(language: str) -> dict[str, tuple[float, float]]:
    """Precision and recall (percent) of each rule against the labels of one language's statements."""
    rules = sorted(set(RULE_OF_LABEL.values()))
    hits = {rule: [0, 0, 0] for rule in rules}  # true positives, fired, labelled
    for label, text in SETS[language]:
        fired = fired_rules(text, language)
        wanted = RULE_OF_LABEL.get(label)
        for rule in rules:
            hits[rule][1] += rule in fired
            hits[rule][2] += rule == wanted
            hits[rule][0] += rule in fired and rule == wanted
    return {
        rule: (100.0 * tp / fired if fired else 100.0, 100.0 * tp / labelled if labelled else 100.0)
        for rule, (tp, fired, labelled) in hits.items()
    }


def test_the_set_has_at_least_40_statements_in_each_of_seven_languages_half_good() -> None:
    assert tuple(sorted(SETS)) == tuple(sorted(LANGUAGES))
    for language, items in SETS.items():
        assert len(items) >= 40, language
        assert {label for label, _ in items} <= {"good", *RULE_OF_LABEL}, language
        assert sum(label == "good" for label, _ in items) * 2 >= len(items) - 2, language


CASES = statement_cases(SETS, KNOWN_MISSES)


@pytest.mark.parametrize(("language", "label", "text"), CASES)
def test_each_statement_gets_exactly_the_rule_of_its_label(language: str, label: str, text: str) -> None:
    wanted = {RULE_OF_LABEL[label]} if label in RULE_OF_LABEL else set()
    assert fired_rules(text, language) == wanted


@pytest.mark.parametrize("language", LANGUAGES)
def test_precision_and_recall_per_rule_hold_the_measured_floor(language: str) -> None:
    for rule, (precision, recall) in measure(language).items():
        assert precision >= FLOOR["precision"], (rule, precision)
        assert recall >= FLOOR["recall"], (rule, recall)


if __name__ == "__main__":
    print(
        "| Language | Statements | Good | "
        + " | ".join(f"{r[-3:]} P | {r[-3:]} R" for r in sorted(set(RULE_OF_LABEL.values())))
        + " |"
    )
    for lang in LANGUAGES:
        scores = measure(lang)
        good = sum(label == "good" for label, _ in SETS[lang])
        cells = " | ".join(f"{p:.0f} % | {r:.0f} %" for p, r in scores.values())
        print(f"| {lang} | {len(SETS[lang])} | {good} | {cells} |")
