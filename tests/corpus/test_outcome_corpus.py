"""The outcome rules against the labelled corpus the project writes itself (``tests/corpus``).

Targets (issue #10), per language, skipping a language whose corpus file is absent:

* no more than 1 wrong warning per 100 well-written statements: a statement labelled ``good`` that
  gets any of MC-LO-001 (no action verb), MC-LO-002 (vague), MC-LO-003 (teacher-centred) or MC-LO-004
  (compound) counts as wrong;
* each defect label is found by its own rule in at least :data:`RECALL_FLOOR` of its statements, and
  flagged by one of the four rules in at least :data:`FLAGGED_FLOOR` of them;
* whole well-written descriptors get no MC-LO-001..004 warning, and every planted defect (of any rule: the
  corpus plants supervision, workload and date slips too) is found by the expected rule on its element.

Why these floors: each label has 15 to 19 statements per language, so one statement is 5 to 7 points
of recall. 0.85 for the label's own rule allows two misses, where a statement could carry two labels
(a heading that lists actions as nouns, "Planowanie, realizacja i ewaluacja ...", is labelled and
reported compound, not no-verb; "Notions de base ..." is a heading, no-verb, not vague); 0.9 for
"flagged at all" allows no more than one statement per label to pass unseen. Precision is what the users asked
for first (a QA body stops reading warnings that are wrong), so the good-statement target is strict and
the recall floors leave room for the overlap.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from benchmarks.bench_outcomes import (
    LANGUAGES,
    RULE_OF_LABEL,
    score_descriptors,
    score_statements,
    statements,
)

RECALL_FLOOR = 0.85
FLAGGED_FLOOR = 0.9
MAX_WRONG_PER_100_GOOD = 1.0
OUTCOME_RULES = frozenset(RULE_OF_LABEL.values())

# Findings on a good descriptor that its label expects (see the comment at the element): "Measure grass
# cover ... and record it in a grassland management app" joins two results, as "Develop a business plan
# and pitch it to potential investors" and "Install a smart thermostat and connect it to ..." do in the
# statement corpus, so it is labelled compound there too (one label for one shape).
DISAGREEMENTS = frozenset({("precision-grassland", "MC-LO-004", "/learning_outcomes/0")})


@functools.cache
def _statements(language: str) -> Any:
    return score_statements(language)


def _statement_score(language: str) -> Any:
    if statements(language) is None:
        pytest.skip(f"no statement corpus for {language}")
    score = _statements(language)
    assert score is not None
    return score


@pytest.mark.parametrize("language", LANGUAGES)
def test_well_written_statements_get_at_most_one_wrong_warning_per_hundred(language: str) -> None:
    score = _statement_score(language)
    assert score.by_label["good"] >= 50, "too few good statements to judge"
    wrong = "\n".join(f"{','.join(rules)}: {text}" for text, rules in score.wrong_on_good)
    assert 100 * len(score.wrong_on_good) <= MAX_WRONG_PER_100_GOOD * score.by_label["good"], wrong


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("label", list(RULE_OF_LABEL))
def test_each_defect_label_is_found(language: str, label: str) -> None:
    score = _statement_score(language)
    total = score.by_label[label]
    if total < 5:
        pytest.skip(f"fewer than 5 {label} statements in {language}")
    missed = [(text, fired) for lb, text, fired in score.missed if lb == label]
    recall = score.recall(RULE_OF_LABEL[label])
    unflagged = [text for text, fired in missed if not set(fired) & OUTCOME_RULES]
    detail = "\n".join(f"{','.join(fired) or 'nothing'}: {text}" for text, fired in missed)
    assert recall is not None and recall >= RECALL_FLOOR, detail
    assert (total - len(unflagged)) / total >= FLAGGED_FLOOR, detail


@functools.cache
def _descriptors(language: str) -> Any:
    return score_descriptors(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_descriptors_agree_on_their_outcomes(language: str) -> None:
    score = _descriptors(language)
    if score is None or not score.good:
        pytest.skip(f"no descriptor corpus for {language}")
    wrong = [w for w in score.good_warnings if w[1] in OUTCOME_RULES and (w[0], w[1], w[3]) not in DISAGREEMENTS]
    assert not wrong, wrong
    missed = [(ident, expect) for ident, expect, _ in score.missed if expect["rule"] in OUTCOME_RULES]
    assert not missed, missed


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_planted_defect_is_found_on_its_element(language: str) -> None:
    score = _descriptors(language)
    if score is None or not score.defects:
        pytest.skip(f"no planted defects for {language}")
    assert not score.missed, score.missed
