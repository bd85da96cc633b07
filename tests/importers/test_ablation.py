"""Open Badges 3.0 and CTDL imports with one value made wrong or deleted at a time.

As for the EU's ELM sample (tests/acceptance/test_elm_annex1_sample.py): a value outside its
vocabulary makes its element invalid (kept as found, never dropped or guessed), a deleted element is
missing, a value taken from a fallback place says so, and each finding points into the ORIGINAL file.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.loaders import load_file
from qa_checker.results import Result
from tests.conftest import FIXTURES, NOW

OB3 = FIXTURES / "importers" / "ob3" / "edubadge-microcredential.json"
CTDL = FIXTURES / "importers" / "ctdl" / "course-prefixed.json"
ACH = "/credentialSubject/achievement"
COURSE = "/@graph/0"

Edit = Callable[[dict[str, Any]], None]


def _at(data: Any, path: str) -> Any:
    for token in path.strip("/").split("/"):
        data = data[int(token)] if isinstance(data, list) else data[token]
    return data


def _set(path: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        parent, _, last = path.rpartition("/")
        node = _at(data, parent) if parent else data
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return edit


def _delete(*paths: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        for path in paths:
            parent, _, last = path.rpartition("/")
            node = _at(data, parent) if parent else data
            if isinstance(node, list):
                del node[int(last)]
            else:
                del node[last]

    return edit


def _check(source: Path, edit: Edit, tmp_path: Path) -> Result:
    data = copy.deepcopy(json.loads(source.read_text(encoding="utf-8")))
    edit(data)
    path = tmp_path / source.name
    path.write_text(json.dumps(data), encoding="utf-8")
    documents = load_file(path)
    return check_documents(documents[:1], now=NOW).results[0]


def _located(result: Result) -> list[tuple[str, str | None, str | None]]:
    return [(f.rule, f.element, f.origin.pointer if f.origin else None) for f in result.findings]


# (case id, edit, element, status, rule, pointer in the original)
OB3_CASES: list[tuple[str, Edit, str, str, str, str]] = [
    ("eqf-9", _set(f"{ACH}/alignment/0/targetCode", "9"), "level", "invalid", "MC-SC-001", f"{ACH}/alignment/0"),
    ("eqf-deleted", _delete(f"{ACH}/alignment/0"), "level", "missing", "MC-EL-008", ACH),
    (
        "participation-unknown",
        _set(f"{ACH}/participationType", "telepathy"),
        "participation",
        "invalid",
        "MC-SC-001",
        f"{ACH}/participationType",
    ),
    ("participation-deleted", _delete(f"{ACH}/participationType"), "participation", "missing", "MC-EL-010", ACH),
    (
        "assessment-unknown",
        _set(f"{ACH}/assessmentType", "vibes"),
        "assessment",
        "invalid",
        "MC-SC-001",
        f"{ACH}/assessmentType",
    ),
    ("assessment-deleted", _delete(f"{ACH}/assessmentType"), "assessment", "missing", "MC-EL-009", ACH),
    (
        "supervision-unknown",
        _set(f"{ACH}/supervisionType", "watched by a cat"),
        "supervision",
        "invalid",
        "MC-SC-001",
        f"{ACH}/supervisionType",
    ),
    (
        "country-unknown",
        _set("/issuer/address/addressCountryCode", "Ruritania"),
        "issuer_country",
        "invalid",
        "MC-VC-001",
        "/issuer/address/addressCountryCode",
    ),
    ("issuer-name-deleted", _delete("/issuer/name"), "awarding_body", "missing", "MC-EL-004", "/issuer"),
    ("title-deleted", _delete(f"{ACH}/name"), "title", "missing", "MC-EL-002", ACH),
    (
        "recipient-only-local-id",
        _set("/credentialSubject/id", "urn:uuid:7f3c0b7e-0000-4000-8000-000000000001"),
        "learner",
        "missing",
        "MC-EL-001",
        "/credentialSubject",
    ),
]


@pytest.mark.parametrize(
    ("edit", "element", "status", "rule", "where"), [c[1:] for c in OB3_CASES], ids=[c[0] for c in OB3_CASES]
)
def test_open_badges_ablation(edit: Edit, element: str, status: str, rule: str, where: str, tmp_path: Path) -> None:
    result = _check(OB3, edit, tmp_path)
    assert result.elements[element] == status
    assert (rule, element, where) in _located(result), _located(result)


def test_the_open_badge_itself_is_read_whole(tmp_path: Path) -> None:
    result = _check(OB3, lambda data: None, tmp_path)
    for element in ("learner", "title", "issuer_country", "awarding_body", "level", "assessment", "participation"):
        assert result.elements[element] == "present", element


def test_a_recipient_identified_by_a_hashed_email_is_noted(tmp_path: Path) -> None:
    """A salted hash of an e-mail address binds the badge to a person who can show the address: the
    learner counts as identified, and a note says the identity can only be confirmed, not read."""
    identity = {
        "type": "IdentityObject",
        "identityType": "emailAddress",
        "hashed": True,
        "identityHash": "sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5",
        "salt": "deadsea",
    }

    def edit(data: dict[str, Any]) -> None:
        del data["credentialSubject"]["id"]
        data["credentialSubject"]["identifier"] = [identity]

    result = _check(OB3, edit, tmp_path)
    assert result.elements["learner"] == "present"
    notes = [f for f in result.findings if f.rule == "MC-IM-003" and f.element == "learner"]
    assert notes and "hashed emailAddress" in notes[0].message
    assert notes[0].origin is not None and notes[0].origin.pointer == "/credentialSubject/identifier/0"


def test_a_bare_achievement_says_its_creator_was_read_as_the_awarding_body(tmp_path: Path) -> None:
    achievement = json.loads(OB3.read_text(encoding="utf-8"))["credentialSubject"]["achievement"]
    achievement["@context"] = ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
    achievement["creator"] = {"id": "https://badges.example.nl/issuers/1", "type": ["Profile"], "name": "Fixture"}
    path = tmp_path / "achievement.json"
    path.write_text(json.dumps(achievement), encoding="utf-8")
    result = check_documents(load_file(path), now=NOW).results[0]
    assert ("MC-IM-003", "awarding_body", "/creator") in _located(result)


CTDL_CASES: list[tuple[str, Edit, str, str, str, str]] = [
    (
        "delivery-unknown",
        _set(f"{COURSE}/ceterms:deliveryType/0/ceterms:targetNode", "deliveryType:Telepathy"),
        "participation",
        "invalid",
        "MC-SC-001",
        f"{COURSE}/ceterms:deliveryType/0",
    ),
    ("delivery-deleted", _delete(f"{COURSE}/ceterms:deliveryType"), "participation", "missing", "MC-EL-010", COURSE),
    (
        "assessment-unknown",
        _set(f"{COURSE}/ceterms:assessmentMethodType/0/ceterms:targetNode", "assessMethod:Vibes"),
        "assessment",
        "invalid",
        "MC-SC-001",
        f"{COURSE}/ceterms:assessmentMethodType/0",
    ),
    (
        "assessment-deleted",
        _delete(f"{COURSE}/ceterms:assessmentMethodType"),
        "assessment",
        "missing",
        "MC-EL-009",
        COURSE,
    ),
    (
        "country-unknown",
        _set("/@graph/1/ceterms:address/0/ceterms:addressCountry", "Ruritania"),
        "issuer_country",
        "invalid",
        "MC-VC-001",
        "/@graph/1/ceterms:address/0/ceterms:addressCountry",
    ),
    ("owner-deleted", _delete(f"{COURSE}/ceterms:ownedBy"), "awarding_body", "missing", "MC-EL-004", COURSE),
    (
        "owner-from-offered-by",
        lambda data: data["@graph"][0].update({"ceterms:offeredBy": data["@graph"][0].pop("ceterms:ownedBy")}),
        "awarding_body",
        "present",
        "MC-IM-003",
        f"{COURSE}/ceterms:offeredBy",
    ),
    ("outcomes-deleted", _delete(f"{COURSE}/ceterms:teaches"), "learning_outcomes", "missing", "MC-EL-006", COURSE),
    ("workload-deleted", _delete(f"{COURSE}/ceterms:creditValue"), "workload", "missing", "MC-EL-007", COURSE),
]


@pytest.mark.parametrize(
    ("edit", "element", "status", "rule", "where"), [c[1:] for c in CTDL_CASES], ids=[c[0] for c in CTDL_CASES]
)
def test_ctdl_ablation(edit: Edit, element: str, status: str, rule: str, where: str, tmp_path: Path) -> None:
    result = _check(CTDL, edit, tmp_path)
    assert result.elements[element] == status
    assert (rule, element, where) in _located(result), _located(result)


def test_unknown_achievement_and_alignment_types_are_reported_where_they_stand(tmp_path: Path) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["credentialSubject"]["achievement"]["achievementType"] = "SpaceCadet"
        data["credentialSubject"]["achievement"]["alignment"][2]["targetType"] = "HoroscopeSign"

    result = _check(OB3, edit, tmp_path)
    warned = {(f.rule, f.origin.pointer if f.origin else None) for f in result.findings}
    assert ("MC-IM-002", f"{ACH}/achievementType") in warned
    assert ("MC-IM-002", f"{ACH}/alignment/2/targetType") in warned
    # The alignment that was not read gives no learning outcome.
    assert result.elements["learning_outcomes"] == "missing"
