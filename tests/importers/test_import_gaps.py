"""An issued credential's value given empty is reported at its own place, and an Open Badges 3.0 result's
``achievedLevel`` of another type than the id of a rubric level is read where it can be, else reported."""

from __future__ import annotations

import json
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import json_
from tests.conftest import NOW

OB3_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
LEVEL = "urn:uuid:level-distinction"
INNER = "/credentialSubject/verifiableCredential/0"


def _badge() -> dict[str, Any]:
    """An Open Badges 3.0 credential with a rubric level its result may name."""
    return {
        "@context": OB3_CONTEXT,
        "id": "urn:uuid:badge-1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.edu/issuer", "type": ["Profile"], "name": "Example University"},
        "validFrom": "2026-01-10T00:00:00Z",
        "name": "Data Literacy",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "name": "Ana Silva",
            "achievement": {
                "id": "urn:uuid:achievement-1",
                "type": ["Achievement"],
                "name": "Data Literacy",
                "description": "Reading and judging data.",
                "resultDescription": [
                    {
                        "id": "urn:uuid:result-description",
                        "type": ["ResultDescription"],
                        "name": "Final grade",
                        "resultType": "RubricCriterionLevel",
                        "rubricCriterionLevel": [
                            {"id": LEVEL, "type": ["RubricCriterionLevel"], "name": "Distinction"},
                        ],
                    }
                ],
            },
            "result": [{"type": ["Result"], "resultDescription": "urn:uuid:result-description"}],
        },
    }


def _clr(badge: dict[str, Any]) -> dict[str, Any]:
    """A CLR 2.0 credential holding ``badge``."""
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context.json"],
        "id": "urn:uuid:clr-1",
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": {"id": "https://example.edu/issuer", "type": ["Profile"], "name": "Example University"},
        "validFrom": "2026-01-10T00:00:00Z",
        "name": "Transcript",
        "credentialSubject": {"id": "did:example:learner", "type": ["ClrSubject"], "verifiableCredential": [badge]},
    }


def _load(data: dict[str, Any]) -> Document:
    [document] = json_.load(json.dumps(data).encode(), "credential.json")
    assert document.data is not None, document.findings
    return document


def _emptied(path: tuple[str | int, ...], value: object = "") -> dict[str, Any]:
    """The CLR with the value at ``path`` (in its badge) replaced."""
    badge = _badge()
    owner: Any = badge
    for step in path[:-1]:
        owner = owner[step]
    owner[path[-1]] = value
    return _clr(badge)


# --- An empty value is reported at its own place ----------------------------------------------------


@pytest.mark.parametrize(
    ("path", "element", "where"),
    [
        (("validFrom",), "/issue_date", "/validFrom"),
        (("credentialSubject", "name"), "/learner", "/credentialSubject/name"),
        (("credentialSubject", "result", 0, "achievedLevel"), "/grade", "/credentialSubject/result/0/achievedLevel"),
        (("credentialSubject", "achievement", "inLanguage"), "/languages", "/credentialSubject/achievement/inLanguage"),
    ],
    ids=["issue date", "learner name", "achieved level", "language"],
)
def test_an_empty_value_is_where_the_missing_element_is_placed(
    path: tuple[str | int, ...], element: str, where: str
) -> None:
    data = _emptied(path)
    if element == "/learner":
        data["credentialSubject"]["verifiableCredential"][0]["credentialSubject"]["id"] = "urn:uuid:subject"
    document = _load(data)
    assert document.origins[element].pointer == INNER + where


def test_an_empty_title_falls_back_to_the_credentials_name_and_else_is_placed_at_the_achievements() -> None:
    assert _load(_emptied(("credentialSubject", "achievement", "name"))).data["title"] == "Data Literacy"
    badge = _badge()
    badge["name"] = badge["credentialSubject"]["achievement"]["name"] = ""
    document = _load(_clr(badge))
    assert "title" not in document.data
    assert document.origins["/title"].pointer == INNER + "/credentialSubject/achievement/name"


def test_a_missing_element_found_empty_is_reported_at_that_value() -> None:
    document = _load(_emptied(("validFrom",), "  "))
    [finding] = [f for f in check_documents([document], now=NOW).results[0].findings if f.pointer == "/issue_date"]
    assert finding.origin is not None and finding.origin.pointer == INNER + "/validFrom"


def test_an_empty_language_is_not_reported_as_the_language_none() -> None:
    document = _load(_emptied(("credentialSubject", "achievement", "inLanguage"), [""]))
    assert not [f.message for f in document.findings if "language" in f.message]


def test_an_issuer_with_an_empty_name_is_reported_at_the_name() -> None:
    document = _load(_emptied(("issuer", "name")))
    [finding] = [f for f in document.findings if f.message == "the issuer has no name"]
    assert finding.origin is not None and finding.origin.pointer == INNER + "/issuer/name"


def test_an_empty_issuer_is_not_said_to_be_given_by_its_id() -> None:
    document = _load(_emptied(("issuer",)))
    assert not [f for f in document.findings if "only by its id" in f.message]
    assert document.origins["/awarding_bodies"].pointer == INNER + "/issuer"


def test_an_empty_achievement_is_refused_at_its_place() -> None:
    [document] = json_.load(json.dumps(_emptied(("credentialSubject", "achievement"))).encode(), "c.json")
    [refusal] = [f for f in document.findings if f.rule == "MC-IM-001"]
    assert refusal.origin is not None and refusal.origin.pointer == INNER + "/credentialSubject/achievement"


# --- achievedLevel of another type ------------------------------------------------------------------


def _graded(level: object) -> Document:
    badge = _badge()
    badge["credentialSubject"]["result"][0]["achievedLevel"] = level
    return _load(badge)


@pytest.mark.parametrize(
    "level",
    [LEVEL, [LEVEL], {"id": LEVEL}, {"type": ["RubricCriterionLevel"], "name": "Distinction"}, {"@value": LEVEL}],
    ids=["id", "list of the id", "reference", "level written in place", "value object"],
)
def test_an_achieved_level_that_names_a_level_gives_the_grade(level: object) -> None:
    assert _graded(level).data["grade"] == "Distinction"


@pytest.mark.parametrize(
    ("level", "where", "message"),
    [
        (3, "", "achievedLevel 3 is not the id of a rubric level (a text); the grade was not read"),
        (2.5, "", "achievedLevel 2.5 is not the id of a rubric level (a text); the grade was not read"),
        (True, "", "achievedLevel true is not the id of a rubric level (a text); the grade was not read"),
        ([3], "/0", "achievedLevel 3 is not the id of a rubric level (a text); the grade was not read"),
        (
            {"type": ["RubricCriterionLevel"]},
            "",
            "achievedLevel is an object with neither the id nor the name of a rubric level; the grade was not read",
        ),
        (
            {"id": "urn:uuid:elsewhere"},
            "",
            "achievedLevel urn:uuid:elsewhere names no rubric level with a name in this document; the grade was "
            "not read",
        ),
        (
            [["x"]],
            "/0",
            "achievedLevel holds a list inside its list, not the id of a rubric level; the grade was not read",
        ),
    ],
    ids=["number", "decimal", "boolean", "list of a number", "object without a name", "unknown id", "nested list"],
)
def test_an_achieved_level_of_another_type_is_a_located_finding(level: object, where: str, message: str) -> None:
    document = _graded(level)
    assert "grade" not in document.data
    [finding] = [f for f in document.findings if f.pointer == "/grade"]
    assert (finding.rule, finding.message) == ("MC-IM-002", message)
    assert finding.origin is not None and finding.origin.pointer == "/credentialSubject/result/0/achievedLevel" + where


@pytest.mark.parametrize("level", ["", [], None, {}], ids=["empty text", "empty list", "null", "empty object"])
def test_an_empty_achieved_level_leaves_the_grade_missing_there(level: object) -> None:
    document = _graded(level)
    assert not [f for f in document.findings if f.pointer == "/grade"]
    assert document.origins["/grade"].pointer == "/credentialSubject/result/0/achievedLevel"


def test_the_clr_holding_a_badge_reads_its_achieved_level_the_same_way() -> None:
    badge = _badge()
    badge["credentialSubject"]["result"][0]["achievedLevel"] = 7
    [finding] = [f for f in _load(_clr(badge)).findings if f.pointer == "/grade"]
    assert finding.origin is not None
    assert finding.origin.pointer == INNER + "/credentialSubject/result/0/achievedLevel"
