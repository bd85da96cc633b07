"""A value of a wrong kind is told, not dropped silently, also where it decides the import: a credential refused
for having no claim or achievement because ``credentialSubject`` is ``5`` or ``hasClaim`` is ``true`` says so beside
the refusal, at the value's place (under the envelope's pointer when it came in one); a CTDL organisation term of a
wrong kind (``ownedBy: 4``) gets that warning, not "an organisation without a name"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Finding
from qa_checker.loaders import load_file

ELM = ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"]
OB3 = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
CTDL = "https://credreg.net/ctdl/schema/context/json"
_LEFT_OUT = "could not be read and was left out"


def _load(tmp_path: Path, data: Any) -> list[Document]:
    path = tmp_path / "file.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return load_file(path)


def _told(document: Document) -> dict[str, Finding]:
    return {f.origin.pointer: f for f in document.findings if _LEFT_OUT in f.message and f.origin is not None}


def _elm(subject: object) -> dict[str, Any]:
    return {
        "@context": ELM,
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "credentialSubject": subject,
    }


def test_an_elm_credential_refused_for_a_subject_of_a_wrong_kind_says_what_it_is(tmp_path: Path) -> None:
    (document,) = _load(tmp_path, _elm(5))
    assert document.data is None
    assert [f.rule for f in document.findings if f.rule == ids.IMPORT_RECOGNISED] == [ids.IMPORT_RECOGNISED]
    told = _told(document)
    assert set(told) == {"/credentialSubject"}
    assert "credentialSubject is 5" in told["/credentialSubject"].message
    assert told["/credentialSubject"].rule == ids.IMPORT_CONVERTED


def test_an_elm_credential_refused_for_claims_of_a_wrong_kind_says_what_they_are(tmp_path: Path) -> None:
    (document,) = _load(tmp_path, _elm({"id": "urn:learner:1", "hasClaim": True}))
    assert document.data is None
    told = _told(document)
    assert set(told) == {"/credentialSubject/hasClaim"}
    assert "hasClaim is true" in told["/credentialSubject/hasClaim"].message


def test_a_refusal_inside_an_envelope_tells_the_wrong_kind_under_the_envelope(tmp_path: Path) -> None:
    presentation = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [_elm({"id": "urn:learner:1", "hasClaim": 3})],
    }
    documents = _load(tmp_path, presentation)
    told = {p for d in documents for p in _told(d)}
    assert told == {"/verifiableCredential/0/credentialSubject/hasClaim"}


def test_an_open_badge_refused_for_an_achievement_of_a_wrong_kind_says_what_it_is(tmp_path: Path) -> None:
    badge = {
        "@context": OB3,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "urn:issuer:1", "type": "Profile", "name": "Hochschule Beispiel"},
        "credentialSubject": {"type": "AchievementSubject", "achievement": 7},
    }
    (document,) = _load(tmp_path, badge)
    assert document.data is None
    assert set(_told(document)) == {"/credentialSubject/achievement"}


def test_a_ctdl_owner_of_a_wrong_kind_is_told_as_such(tmp_path: Path) -> None:
    for term in ("ceterms:ownedBy", "ceterms:accreditedBy"):
        course = {"@context": CTDL, "@type": "ceterms:Course", "ceterms:name": {"en": "GIS Basics"}, term: 4}
        (document,) = _load(tmp_path, course)
        assert not [f for f in document.findings if "without a name" in f.message]
        assert f"{term} is 4" in _told(document)[f"/{term}"].message


def _badge(**achievement: Any) -> dict[str, Any]:
    return {
        "@context": OB3,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://uni.example.de/issuer", "type": "Profile", "name": "Hochschule Beispiel"},
        "validFrom": "2026-03-01T00:00:00Z",
        "credentialSubject": {
            "type": "AchievementSubject",
            "achievement": {"id": "urn:a:1", "type": "Achievement", "name": "GIS Basics", **achievement},
        },
    }


def test_badge_terms_of_a_wrong_kind_are_told_where_read_through_the_accessors(tmp_path: Path) -> None:
    alignment = {"type": "Alignment", "targetName": "Analyse spatial data", "targetUrl": 5}
    (document,) = _load(tmp_path, _badge(criteria=5, alignment=[alignment]))
    assert set(_told(document)) >= {
        "/credentialSubject/achievement/criteria",
        "/credentialSubject/achievement/alignment/0/targetUrl",
    }


def test_badge_criteria_still_read_as_text_url_or_object(tmp_path: Path) -> None:
    for criteria, told in (
        ("Pass the written exam", "read as the criteria's narrative"),
        ("https://uni.example.de/criteria/gis", "given only by URL"),
        ({"id": "https://uni.example.de/criteria/gis"}, "given only by URL"),
    ):
        (document,) = _load(tmp_path, _badge(criteria=criteria))
        assert any(told in f.message for f in document.findings), criteria
        assert not _told(document)


def test_a_ctdl_concept_term_of_a_wrong_kind_is_told(tmp_path: Path) -> None:
    course = {
        "@context": CTDL,
        "@type": "ceterms:Course",
        "ceterms:name": {"en": "GIS Basics"},
        "ceterms:ownedBy": {"@type": "ceterms:CredentialOrganization", "ceterms:name": {"en": "Uni"}},
        "ceterms:deliveryType": [True],
    }
    (document,) = _load(tmp_path, course)
    assert "ceterms:deliveryType is true" in _told(document)["/ceterms:deliveryType"].message


def test_a_ctdl_entry_condition_of_a_wrong_kind_is_told(tmp_path: Path) -> None:
    for term, value in (("ceterms:description", 5), ("ceterms:condition", [5])):
        condition = {"@type": "ceterms:ConditionProfile", term: value}
        course = {
            "@context": CTDL,
            "@type": "ceterms:Course",
            "ceterms:name": {"en": "GIS"},
            "ceterms:entryCondition": condition,
        }
        (document,) = _load(tmp_path, course)
        assert set(_told(document)) == {f"/ceterms:entryCondition/{term}"}


def test_ctdl_teaches_of_a_wrong_kind_is_told_as_such(tmp_path: Path) -> None:
    course = {"@context": CTDL, "@type": "ceterms:Course", "ceterms:name": {"en": "GIS"}, "ceterms:teaches": 5}
    (document,) = _load(tmp_path, course)
    assert not [f for f in document.findings if "only by reference or without a statement" in f.message]
    assert "ceterms:teaches is 5" in _told(document)["/ceterms:teaches"].message


def test_ctdl_teaches_by_reference_is_still_told_so(tmp_path: Path) -> None:
    course = {"@context": CTDL, "@type": "ceterms:Course", "ceterms:name": {"en": "GIS"}, "ceterms:teaches": ["ce-123"]}
    (document,) = _load(tmp_path, course)
    assert [f for f in document.findings if "only by reference or without a statement" in f.message]
