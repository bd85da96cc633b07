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

from pathlib import Path

import pytest

from benchmarks.bench_outcomes import HELDOUT_RULE_OF_LABEL as RULE_OF_LABEL
from benchmarks.bench_outcomes import heldout_scores, heldout_sets, judge_with_length
from tests.heldout import statement_cases

CORPUS = Path(__file__).parent / "outcomes_heldout3"
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")
# Statements the analysis is known to judge wrong (strict: the test fails when one starts to pass).
KNOWN_MISSES: frozenset[str] = frozenset()
# The measured floor per language: precision and recall of each rule, in percent.
FLOOR = {"precision": 100.0, "recall": 100.0}
SETS = heldout_sets(CORPUS)


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
    assert judge_with_length(text, language) == wanted


@pytest.mark.parametrize("language", LANGUAGES)
def test_precision_and_recall_per_rule_hold_the_measured_floor(language: str) -> None:
    for rule, (precision, recall) in heldout_scores(SETS[language], language).items():
        assert precision >= FLOOR["precision"], (rule, precision)
        assert recall >= FLOOR["recall"], (rule, recall)
