"""Each outcome text of a descriptor is analysed once, for the outcome rules and the Bloom levels together,
whatever the process-wide cache of analyses still holds (a descriptor of 20,000 outcomes overflows it)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from qa_checker import bloom, language
from qa_checker.descriptor import Descriptor
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules import outcomes as outcome_rules
from qa_checker.rules.base import RuleContext
from tests.conftest import NOW

DATA: dict[str, Any] = {
    "languages": ["en", "de"],
    "level": {"eqf": 6},
    "learning_outcomes": [
        {"en": "Assess the risks of a data project.", "de": "Die Risiken eines Datenprojekts bewerten."},
        {"text": {"en": "Understand the principles of data protection law."}},
        "Document a data protection impact assessment.",
        "Document a data protection impact assessment.",
        {"en": "The course covers research methods.", "de": "Forschungsmethoden anwenden."},
    ],
}


def _run_outcome_rules(doc: Descriptor) -> dict[str, list[Any]]:
    hits = {}
    for rule_id, cls in RULES_BY_ID.items():
        if rule_id.startswith("MC-LO-"):
            rule, ctx = cls(), RuleContext(options=dict(cls.defaults), today=NOW.date())
            hits[rule_id] = list(rule.check(doc, ctx)) if rule.applies(doc, ctx) else []
    return hits


def test_each_outcome_text_is_analysed_once_for_the_rules_and_the_bloom_levels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uncached = language._analyse_as_claimed.__wrapped__  # as if the shared cache had let go of every text
    analysed: Counter[tuple[str, str]] = Counter()

    def counted(text: str, claimed: str) -> language.Analysis | None:
        analysed[text, claimed] += 1
        return uncached(text, claimed)

    monkeypatch.setattr(bloom, "analyse_as_claimed", counted)
    monkeypatch.setattr(outcome_rules, "analyse_as_claimed", counted, raising=False)
    doc = Descriptor(DATA)
    hits = _run_outcome_rules(doc)
    levels = bloom.outcome_levels(doc)
    texts = {(text, lang) for _, found in doc.outcomes() for lang, text in found.items()}
    assert set(analysed) == texts
    assert set(analysed.values()) == {1}
    # The same findings and levels as analyses made afresh for every caller.
    monkeypatch.undo()
    fresh = Descriptor(DATA)
    assert _run_outcome_rules(fresh) == hits
    assert bloom.outcome_levels(fresh) == levels


def test_the_outcome_levels_are_classified_once_for_the_eqf_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[float] = []
    classify = outcome_rules._classified_levels

    def once(doc: Descriptor, share: float) -> list[str]:
        counted.append(share)
        return classify(doc, share)

    monkeypatch.setattr(outcome_rules, "_classified_levels", once)
    cls = RULES_BY_ID["MC-LO-007"]
    rule, ctx = cls(), RuleContext(options=dict(cls.defaults), today=NOW.date())
    assert cls.example_fail is not None
    doc = Descriptor(cls.example_fail)
    assert rule.applies(doc, ctx)
    assert [hit.pointer for hit in rule.check(doc, ctx)] == ["/learning_outcomes"]
    assert counted == [cls.defaults["min_classified_share"]]
