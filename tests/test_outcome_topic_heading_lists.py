"""A list of topic headings is told as such, even where a heading opens with a noun that is a verb too.

Found by a held-out round: "Work breakdown structures and Gantt charts" was read as the imperative "work", which
made the whole list read as imperatives, so "Project life cycle and the role of the project manager" and "Risk
registers and stakeholder analysis" passed as "project ..." and "risk ..."; only "Earned value management" was
told. A list counts as imperatives by a verb no heading opens with (one that is no noun, one before a determiner, or
one of a sentence closed by a full stop); among headings, a noun-verb opening one is a heading too.
"""

from __future__ import annotations

import pytest

from tests.conftest import baseline
from tests.heldout import data_findings


def told(outcomes: list[str]) -> list[str]:
    """The pointers of MC-LO-001 on the baseline offer with these English outcomes."""
    data = baseline()
    data["languages"] = ["en"]
    data["learning_outcomes"] = outcomes
    for key in ("title", "summary"):
        if isinstance(data.get(key), dict):
            data[key] = {"en": data[key]["en"]}
    data.get("assessment", {}).pop("description", None)
    return [pointer for rule, pointer in data_findings(data) if rule == "MC-LO-001"]


HEADINGS = [
    [
        "Project life cycle and the role of the project manager",
        "Work breakdown structures and Gantt charts",
        "Risk registers and stakeholder analysis",
        "Earned value management",
    ],
    [
        "Change management in public sector organisations",
        "Cost estimation for small construction projects",
        "Design thinking for public service innovation",
        "Process mapping of administrative procedures with BPMN",
    ],
]

IMPERATIVES = [
    [
        "Capture crime scene photographs to evidential standards.",
        "Process forensic images while preserving their integrity.",
        "Present imaging evidence in a mock courtroom.",
    ],
    ["Grout and seal wall tiles in a wet room", "Apply adhesive to a plasterboard wall", "Cut tiles around pipes"],
    ["Design databases for small firms", "Test software components", "Document the requirements of a client"],
    ["Plan a menu for a school canteen", "Cook dishes for people with allergies", "Portion meals to a budget"],
]


@pytest.mark.parametrize("outcomes", HEADINGS)
def test_every_heading_of_a_list_of_headings_is_told(outcomes: list[str]) -> None:
    assert told(outcomes) == [f"/learning_outcomes/{i}" for i in range(len(outcomes))]


@pytest.mark.parametrize("outcomes", IMPERATIVES)
def test_a_list_of_imperatives_stays_one(outcomes: list[str]) -> None:
    assert told(outcomes) == []


def _summary(outcomes: list[str]) -> list[tuple[str | None, str | None]]:
    """The verb and Bloom level the result gives each of these English outcomes on the baseline offer."""
    from qa_checker.api import check_documents
    from qa_checker.document import Document
    from tests.conftest import NOW

    data = baseline()
    data["languages"] = ["en"]
    data["learning_outcomes"] = outcomes
    (result,) = check_documents([Document(source="case.yaml", data=data, format="yaml")], now=NOW).results
    return [(o["verb"], o["bloom"]) for o in result.outcomes]


@pytest.mark.parametrize("outcomes", HEADINGS)
def test_the_outcome_summary_gives_no_verb_for_a_heading_told_as_one(outcomes: list[str]) -> None:
    assert _summary(outcomes) == [(None, None)] * len(outcomes)


@pytest.mark.parametrize("outcomes", IMPERATIVES[1:])
def test_the_outcome_summary_keeps_the_verbs_of_imperatives(outcomes: list[str]) -> None:
    assert all(verb and level for verb, level in _summary(outcomes))
