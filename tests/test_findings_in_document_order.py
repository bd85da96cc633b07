"""Findings on list items come in the items' order (the eleventh outcome after the second), as the README promises
of the findings a rule reports: their pointers sort by each item's number, not by the pointer's text."""

from __future__ import annotations

from qa_checker.findings import pointer_order
from tests.conftest import baseline
from tests.heldout import data_findings


def test_pointer_order_reads_item_numbers_as_numbers() -> None:
    pointers = ["/learning_outcomes/10", "/learning_outcomes/2", "/learning_outcomes/1/en", "/level", ""]
    assert sorted(pointers, key=pointer_order) == [
        "",
        "/learning_outcomes/1/en",
        "/learning_outcomes/2",
        "/learning_outcomes/10",
        "/level",
    ]


def test_findings_on_twelve_outcomes_come_in_their_order() -> None:
    data = baseline()
    data["languages"] = ["en"]
    data["learning_outcomes"] = [f"Know and understand the topic number {n} well" for n in range(12)]
    told = [pointer for rule, pointer in data_findings(data) if rule == "MC-LO-002"]
    assert told == [f"/learning_outcomes/{n}" for n in range(12)]
