"""The reasons a descriptor got worse or better name its statuses in the report's language."""

from __future__ import annotations

import pytest

from qa_checker.diff import DescriptorState, Snapshot, diff
from qa_checker.i18n import translator
from qa_checker.reporting import labels


def _state(status: str) -> DescriptorState:
    return DescriptorState(
        source="a.yaml",
        id="a",
        sha256=None,
        provider="P",
        title="A",
        kind="offer",
        status=status,
        score=None,
        elements={},
    )


@pytest.mark.parametrize(("before", "after"), [("pass", "fail"), ("fail", "error"), ("error", "skipped")])
@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_status_change_is_told_in_the_words_the_reports_use(before: str, after: str, language: str) -> None:
    tr = translator(language)
    (change,) = diff(Snapshot("1", (_state(before),)), Snapshot("2", (_state(after),))).descriptors
    reasons = " ".join(change.worse_in(tr) + change.better_in(tr))
    for status in (before, after):
        word = labels.word(tr, labels.STATUS, status)
        assert word != status
        assert f" {word}" in reasons
