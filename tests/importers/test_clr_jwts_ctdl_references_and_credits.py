"""Foreign-credential importers: a CLR whose credentials are JWTs, CTDL objects written out without
an @id and URLs written as references, ELM credits received and assessment claims, Open Badges credits earned and
rubric levels, and awarding bodies that hold nothing."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.loaders import load_file

CTDL = "https://credreg.net/ctdl/schema/context/json"
ELM = ["https://www.w3.org/ns/credentials/v2", "http://data.europa.eu/snb/model/context/edc-ap"]
OB3 = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
ECTS = "http://data.europa.eu/snb/education-credit/6fcec5c5af"


def _load(tmp_path: Path, name: str, data: Any) -> list[Document]:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return load_file(path)


def _findings(document: Document, rule: str) -> list[tuple[str, str | None]]:
    return [(f.message, f.origin.pointer if f.origin else None) for f in document.findings if f.rule == rule]


def _b64url(data: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _jwt(payload: object) -> str:
    return f"{_b64url({'alg': 'RS256', 'typ': 'JWT'})}.{_b64url(payload)}.c2ln"


def _badge(name: str = "Achievement 1", **subject: Any) -> dict[str, Any]:
    """A small Open Badges 3.0 AchievementCredential."""
    return {
        "@context": OB3,
        "id": "urn:uuid:badge-1",
        "type": ["VerifiableCredential", "AchievementCredential"],
        "issuer": {"id": "https://example.edu/issuers/1", "type": ["Profile"], "name": "Example University"},
        "validFrom": "2026-01-10T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {"id": "urn:uuid:achievement-1", "type": ["Achievement"], "name": name},
            **subject,
        },
    }


# 1. A CLR 2.0 as a JWT whose credentials are JWTs themselves


def _clr(*credentials: object) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "https://dc.imsglobal.org/draft/clr/v2p0/context"],
        "id": "http://example.edu/credentials/3732",
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": {"id": "https://example.edu/issuers/1", "type": ["Profile"], "name": "Example University"},
        "name": "Sample Transcript",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["ClrSubject"],
            "verifiableCredential": list(credentials),
        },
    }


def test_a_clr_jwt_of_credential_jwts_imports_each_credential(tmp_path: Path) -> None:
    token = _jwt({"vc": _clr(_jwt({"vc": _badge("First")}), _jwt({"vc": _badge("Second")}))})
    first, second = _load(tmp_path, "clr.jwt", token)
    assert (first.data["title"], second.data["title"]) == ("First", "Second")
    assert "CLR 2.0 ClrCredential" in str(first.imported_from)
    # Origin pointers go on from the inner JWT's own pointer into its decoded payload, and a note says so.
    inner = "/vc/credentialSubject/verifiableCredential/1"
    assert second.origins["/title"].pointer == inner + "/vc/credentialSubject/achievement/name"
    assert any(
        f"origin pointers under {inner} point into its decoded payload" in message and where == inner
        for message, where in _findings(second, "MC-IM-003")
    )


def test_the_achievements_a_clr_lists_beside_its_credentials_are_noted_as_not_read(tmp_path: Path) -> None:
    """A CLR's subject may list achievements without credentials of their own (and associations between them): the
    credentials are read, and each says the achievements were not, so none is taken for checked."""
    clr = _clr(_badge("First"))
    clr["credentialSubject"]["achievement"] = [
        {"id": "urn:uuid:a1", "type": ["Achievement"], "name": "Achievement 1", "description": "Achievement 1"},
        {"id": "urn:uuid:a2", "type": ["Achievement"], "name": "Achievement 2", "description": "Achievement 2"},
    ]
    (doc,) = _load(tmp_path, "clr.json", clr)
    assert doc.data["title"] == "First"
    assert (
        "the CLR's subject also lists 2 achievements of its own (achievement), without credentials; they were not read",
        "/credentialSubject/achievement",
    ) in _findings(doc, "MC-IM-003")
    (plain,) = _load(tmp_path, "plain.json", _clr(_badge("First")))
    assert not any("achievements of its own" in message for message, _ in _findings(plain, "MC-IM-003"))


def test_an_awarded_date_its_subject_gives_is_the_date_of_issuing_with_a_note(tmp_path: Path) -> None:
    """Open Badges 3.0 places awardedDate on the credential; an issuer that writes it in credentialSubject still
    dates the award (before validFrom), and a note says where it stood. The credential's own comes first."""
    (doc,) = _load(tmp_path, "badge.json", _badge(awardedDate="2025-12-19T00:00:00Z"))
    assert doc.data["issue_date"] == "2025-12-19"
    assert "/credentialSubject/awardedDate" in [where for _, where in _findings(doc, "MC-IM-003")]
    own = {**_badge(awardedDate="2025-12-19T00:00:00Z"), "awardedDate": "2025-12-20T00:00:00Z"}
    (doc,) = _load(tmp_path, "own.json", own)
    assert doc.data["issue_date"] == "2025-12-20"


def test_five_envelopes_are_still_refused(tmp_path: Path) -> None:
    enveloped = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": "EnvelopedVerifiableCredential",
        "id": "data:application/vc+jwt," + _jwt({"vc": _badge()}),
    }
    # upload wrapper, signed envelope, enveloped credential's JWT, its payload, its vc claim
    wrapped = {"credential": {"payload": json.dumps(enveloped), "signatures": []}}
    (doc,) = _load(tmp_path, "wrapped.json", wrapped)
    assert doc.data is None and "wrapped in more than 4 envelopes" in doc.findings[-1].message


# 2. and 3. CTDL: objects written out without an @id, URLs written as references, the older credit properties


def _course(**terms: Any) -> dict[str, Any]:
    return {
        "@context": CTDL,
        "@id": "https://example.org/course/1",
        "@type": "ceterms:LearningOpportunityProfile",
        "ceterms:ctid": "ce-course-1",
        "ceterms:name": "Retail Analytics",
        **terms,
    }


def _org(name: str, **terms: Any) -> dict[str, Any]:
    return {"@type": "ceterms:CredentialOrganization", "ceterms:name": name, **terms}


def test_ctdl_organisations_and_wholes_written_out_without_an_id_are_read(tmp_path: Path) -> None:
    owner = _org(
        "Example University",
        **{
            "ceterms:address": [{"@type": "ceterms:Place", "ceterms:addressCountry": "DE"}],
            "ceterms:subjectWebpage": {"@id": "https://uni.example.org"},
        },
    )
    whole = {
        "@type": "ceterms:LearningOpportunityProfile",
        "ceterms:name": "Retail Management Certificate",
        "ceterms:subjectWebpage": "https://example.org/retail",
    }
    qa = _org("Example QA Agency")
    course = _course(**{"ceterms:ownedBy": [owner], "ceterms:isPartOf": [whole], "ceterms:accreditedBy": [qa]})
    (doc,) = _load(tmp_path, "course.json", course)
    assert doc.data["awarding_bodies"] == [
        {"name": "Example University", "country": "DE", "url": "https://uni.example.org"}
    ]
    assert doc.data["stackability"]["towards"] == [
        {"title": "Retail Management Certificate", "url": "https://example.org/retail"}
    ]
    assert doc.data["quality_assurance"]["external"] == {"body": "Example QA Agency"}
    assert not _findings(doc, "MC-IM-002")


def test_ctdl_owner_named_only_by_reference_falls_back_to_the_organisation_offering_it(tmp_path: Path) -> None:
    course = _course(
        **{
            "ceterms:ownedBy": [{"@id": "https://registry.example.org/org/elsewhere"}],
            "ceterms:offeredBy": [_org("Lipscomb University")],
        }
    )
    (doc,) = _load(tmp_path, "course.json", course)
    assert doc.data["awarding_bodies"] == [{"name": "Lipscomb University"}]
    assert any("only by reference" in m and w == "/ceterms:ownedBy/0" for m, w in _findings(doc, "MC-IM-002"))
    notes = _findings(doc, "MC-IM-003")
    assert any("(offeredBy) was read as the awarding body" in m and w == "/ceterms:offeredBy" for m, w in notes)


def test_an_organisation_owning_and_offering_by_reference_is_warned_once(tmp_path: Path) -> None:
    """A registry record names its organisation by reference as ownedBy and offeredBy: two warnings of the same
    organisation, one per term, were one too many."""
    org = {"@id": "https://registry.example.org/org/elsewhere"}
    (doc,) = _load(tmp_path, "course.json", _course(**{"ceterms:ownedBy": [org], "ceterms:offeredBy": [org]}))
    assert [w for m, w in _findings(doc, "MC-IM-002") if "only by reference" in m] == ["/ceterms:ownedBy/0"]


def test_ctdl_objects_without_an_id_or_a_name_are_warned(tmp_path: Path) -> None:
    nameless = {"@type": "ceterms:CredentialOrganization", "ceterms:description": "An organisation"}
    course = _course(**{"ceterms:ownedBy": [nameless], "ceterms:isPartOf": [{"ceterms:description": "A programme"}]})
    (doc,) = _load(tmp_path, "course.json", course)
    assert "awarding_bodies" not in doc.data and "stackability" not in doc.data
    warned = _findings(doc, "MC-IM-002")
    assert ("ownedBy gives an organisation without a name", "/ceterms:ownedBy/0") in warned
    assert ("isPartOf gives a resource without a name", "/ceterms:isPartOf/0") in warned


def test_ctdl_urls_and_concepts_written_as_references_are_read(tmp_path: Path) -> None:
    course = _course(
        **{
            "ceterms:subjectWebpage": {"@id": "https://portal.example.edu/course?ck=DA60"},
            "ceterms:deliveryType": [
                {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": {"@id": "deliveryType:InPerson"}}
            ],
        }
    )
    graph = {"@context": {"ceterms": "http://purl.org/ctdl/terms/"}, "@graph": [course]}
    del course["@context"]
    (doc,) = _load(tmp_path, "graph.jsonld", graph)
    assert doc.data["further_information"] == "https://portal.example.edu/course?ck=DA60"
    assert doc.data["participation"] == {"mode": "onsite"}
    assert doc.origins["/further_information"].pointer == "/@graph/0/ceterms:subjectWebpage"


@pytest.mark.parametrize(
    ("unit", "workload"),
    [
        ("creditUnit:ECTSCredit", {"ects": 3}),
        ("creditUnit:SemesterHour", {"other_credits": {"system": "SemesterHour", "value": 3}}),
    ],
)
def test_ctdl_credit_unit_value_with_its_unit_is_read(tmp_path: Path, unit: str, workload: dict[str, Any]) -> None:
    alignment = {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": unit}
    course = _course(**{"ceterms:creditUnitValue": "3.0", "ceterms:creditUnitType": [alignment]})
    (doc,) = _load(tmp_path, "course.json", course)
    assert doc.data["workload"] == workload
    assert doc.origins["/workload/" + next(iter(workload))].pointer == "/ceterms:creditUnitValue"


def test_ctdl_credit_unit_value_without_a_unit_is_warned_not_dropped(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "course.json", _course(**{"ceterms:creditUnitValue": "43.5"}))
    assert "workload" not in doc.data
    (warned,) = _findings(doc, "MC-IM-002")
    assert "creditUnitValue '43.5' has no credit unit (creditUnitType)" in warned[0]
    assert warned[1] == "/ceterms:creditUnitValue"
    (doc,) = _load(tmp_path, "negative.json", _course(**{"ceterms:creditUnitValue": "-2"}))
    (warned,) = _findings(doc, "MC-IM-002")
    assert "creditUnitValue '-2' is no positive number" in warned[0]


# 4. and 7. ELM: credits received, and an assessment claim beside the achievement


def _elm(*claims: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": ELM,
        "id": "urn:uuid:credential-1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": {"id": "did:ebsi:issuer", "type": "Organisation", "legalName": {"en": "VET Agency"}},
        "issued": "2025-05-04T10:00:00Z",
        "credentialSubject": {
            "id": "did:ebsi:learner",
            "type": "Person",
            "fullName": {"en": "Ana Example"},
            "hasClaim": list(claims),
        },
    }


def _credit(framework: str, point: str) -> dict[str, Any]:
    return {"type": "CreditPoint", "framework": {"id": framework, "type": "Concept"}, "point": point}


def _achievement(title: str = "Renewable Energy Installation", **terms: Any) -> dict[str, Any]:
    return {"id": "urn:uuid:claim-1", "type": "LearningAchievement", "title": {"en": title}, **terms}


def test_elm_credits_received_are_the_workload_when_the_specification_gives_none(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "credential.json", _elm(_achievement(creditReceived=[_credit(ECTS, "5")])))
    assert doc.data["workload"] == {"ects": 5}
    assert doc.origins["/workload/ects"].pointer == "/credentialSubject/hasClaim/0/creditReceived/0/point"
    assert any("creditReceived" in m for m, _w in _findings(doc, "MC-IM-003"))


def test_elm_credit_points_of_the_specification_come_before_credits_received(tmp_path: Path) -> None:
    spec = {"type": "LearningAchievementSpecification", "title": {"en": "X"}, "creditPoint": [_credit(ECTS, "6")]}
    claim = _achievement(specifiedBy=spec, creditReceived=[_credit(ECTS, "5")])
    (doc,) = _load(tmp_path, "credential.json", _elm(claim))
    assert doc.data["workload"] == {"ects": 6}
    assert not any("creditReceived" in m for m, _w in _findings(doc, "MC-IM-003"))


def _assessment_claim() -> dict[str, Any]:
    return {
        "id": "urn:uuid:claim-2",
        "type": "LearningAssessment",
        "title": {"en": "Solar Installation Practical Test"},
        "grade": {"type": "Note", "noteLiteral": {"en": "90/100"}},
    }


def test_elm_assessment_claim_beside_the_achievement_is_its_assessment(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "credential.json", _elm(_achievement(), _assessment_claim()))
    assert doc.data["id"] == "urn:uuid:credential-1"
    assert doc.data["grade"] == {"en": "90/100"}
    assert doc.data["assessment"] == {"description": {"en": "Solar Installation Practical Test"}}
    assert doc.origins["/grade"].pointer == "/credentialSubject/hasClaim/1/grade/noteLiteral"
    assert any(
        "LearningAssessment claim" in m and w == "/credentialSubject/hasClaim/1" for m, w in _findings(doc, "MC-IM-003")
    )


def test_elm_assessment_claim_does_not_replace_the_achievements_own_grade(tmp_path: Path) -> None:
    proven = {"type": "LearningAssessment", "grade": {"type": "Note", "noteLiteral": {"en": "A"}}}
    (doc,) = _load(tmp_path, "credential.json", _elm(_achievement(provenBy=proven), _assessment_claim()))
    assert doc.data["grade"] == {"en": "A"}


def test_elm_assessment_claim_beside_several_achievements_is_left_as_it_was(tmp_path: Path) -> None:
    second = {**_achievement("Wind Turbines"), "id": "urn:uuid:claim-3"}
    documents = _load(tmp_path, "credential.json", _elm(_achievement(), second, _assessment_claim()))
    assert len(documents) == 3


# 5. Open Badges: credits earned, and the grade as the rubric level achieved


def test_ob3_credits_earned_are_warned_at_their_place(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "badge.json", _badge(creditsEarned=20))
    assert "workload" not in doc.data
    (warned,) = _findings(doc, "MC-IM-002")
    assert "creditsEarned 20 does not say which credit system" in warned[0]
    assert warned[1] == "/credentialSubject/creditsEarned"


def _mastery(result: dict[str, Any]) -> dict[str, Any]:
    badge = _badge(result=[{"type": ["Result"], "resultDescription": "urn:rd:1", **result}])
    levels = [
        {"id": f"urn:level:{n}", "type": ["RubricCriterionLevel"], "name": name, "level": str(n)}
        for n, name in ((1, "First"), (2, "Advanced"))
    ]
    badge["credentialSubject"]["achievement"]["resultDescription"] = [
        {
            "id": "urn:rd:1",
            "type": ["ResultDescription"],
            "resultType": "RubricCriterionLevel",
            "rubricCriterionLevel": levels,
        }
    ]
    return badge


def test_ob3_grade_is_the_name_of_the_rubric_level_achieved(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "badge.json", _mastery({"achievedLevel": "urn:level:2"}))
    assert doc.data["grade"] == "Advanced"
    assert str(doc.origins["/grade"].pointer).endswith("/rubricCriterionLevel/1/name")
    assert any("achievedLevel" in m for m, _w in _findings(doc, "MC-IM-003"))


def test_ob3_result_value_comes_before_the_level_and_an_unknown_level_is_warned(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "badge.json", _mastery({"achievedLevel": "urn:level:2", "value": "B+"}))
    assert doc.data["grade"] == "B+"
    (doc,) = _load(tmp_path, "badge.json", _mastery({"achievedLevel": "urn:level:9"}))
    assert "grade" not in doc.data
    assert any("achievedLevel urn:level:9" in m for m, _w in _findings(doc, "MC-IM-002"))


# 6. An awarding body that holds nothing is left out


@pytest.mark.parametrize(
    ("issuer", "said"),
    [
        ({"id": "did:web:issuer.example", "type": ["Profile"]}, "given only by its id"),
        ({"id": "did:web:issuer.example", "type": ["Profile"], "description": "An issuer"}, "the issuer has no name"),
    ],
    ids=["id-only", "no-name"],
)
def test_ob3_issuer_without_a_name_gives_no_empty_awarding_body(
    tmp_path: Path, issuer: dict[str, Any], said: str
) -> None:
    badge = _badge()
    badge["issuer"] = issuer
    (doc,) = _load(tmp_path, "badge.json", badge)
    assert "awarding_bodies" not in doc.data
    assert any(said in m for m, _w in _findings(doc, "MC-IM-002"))


def test_elm_awarding_body_without_anything_gives_no_empty_awarding_body(tmp_path: Path) -> None:
    claim = _achievement(
        awardedBy={"type": "AwardingProcess", "awardingBody": {"id": "did:ebsi:x", "type": "Organisation", "x": 1}}
    )
    (doc,) = _load(tmp_path, "credential.json", _elm(claim))
    assert "awarding_bodies" not in doc.data
    assert any("no legalName" in m for m, _w in _findings(doc, "MC-IM-002"))
