"""A batch's rule plan finds its rubric's weighing once, and the scores read from it are those found afresh."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from qa_checker import engine
from qa_checker.document import Document
from qa_checker.engine import RulePlan, check_document
from qa_checker.rubric import load_rubric
from qa_checker.scoring import Weighing, scores, weighing_of
from tests.conftest import baseline

TODAY = date(2026, 11, 29)
RUBRIC = load_rubric()


def _documents() -> list[Document]:
    failing = {**baseline(), "title": " "}
    return [Document(source=f"d{i}.yaml", data=data, format="yaml") for i, data in enumerate((baseline(), failing))]


def test_a_plan_finds_its_rubrics_weighing_once(monkeypatch: pytest.MonkeyPatch) -> None:
    found: list[Weighing] = []

    def counted(rubric: object) -> Weighing:
        found.append(weighing_of(RUBRIC))
        return found[-1]

    monkeypatch.setattr(engine, "weighing_of", counted)
    plan = RulePlan.of(RUBRIC, TODAY)
    for document in _documents() * 2:
        check_document(document, RUBRIC, today=TODAY, plan=plan)
    assert len(found) == 1


def test_scores_read_from_a_plan_are_those_found_without_one() -> None:
    plan = RulePlan.of(RUBRIC, TODAY)
    for document in _documents():
        planned = check_document(document, RUBRIC, today=TODAY, plan=plan)
        alone = check_document(document, RUBRIC, today=TODAY)
        assert (planned.score, planned.principles) == (alone.score, alone.principles)
        assert scores(planned.judged, planned.findings, RUBRIC, plan.weighing) == scores(
            planned.judged, planned.findings, RUBRIC
        )


def test_a_plan_for_another_day_or_rubric_is_not_used() -> None:
    plan = RulePlan.of(RUBRIC, TODAY)
    assert RulePlan.for_run(RUBRIC, TODAY, plan) is plan
    assert RulePlan.for_run(RUBRIC, date(2026, 11, 30), plan) is not plan
    other = dataclasses.replace(RUBRIC)
    assert RulePlan.for_run(other, TODAY, plan).rubric is other
    assert RulePlan.for_run(RUBRIC, TODAY, None).rubric is RUBRIC
