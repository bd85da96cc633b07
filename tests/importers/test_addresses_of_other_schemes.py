"""An address that is no web page (``mailto:``, ``tel:``, ``ftp:``, ``file:``, ``javascript:``, ``data:``, ``urn:``, a
bare host name), given where an importer reads a web page (further information, an awarding body's homepage, an
accreditation's landing page), is left out with an MC-IM-002 warning at its place in the original, never dropped
unsaid; a web address in capitals (``HTTPS://``) is a web address.

Expectations, labelled before the checker was run, from the descriptor contract (further_information, an awarding
body's and an accreditation's url are http(s) URLs) and each format's term for the page: schema.org ``url``, CTDL
``subjectWebpage``, ELM ``homepage``/``landingPage`` ``contentURL``, Open Badges ``url`` of the issuer, OOAPI ``link``,
EBSI ``homepage``. The file was written after the fix, its labels before its first run: none of its 15 cases
disagreed. The second examples (marked below) are on paths the fix covers but that were not looked at while making
it (a CTDL organisation's page, an ELM accreditation's landing page, OOAPI, EBSI, Open Badges 2.0).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.importers import fixtures_ob2 as ob2

COUNTRY = "http://publications.europa.eu/resource/authority/country/"


def _load(folder: Path, data: dict[str, Any], name: str = "doc.jsonld") -> Document:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    (document,) = load_file(path)
    assert document.data is not None, document.findings
    return document


def _warned(document: Document) -> dict[str | None, str]:
    """The MC-IM-002 warnings by their place in the original."""
    return {f.origin.pointer if f.origin else None: f.pointer for f in document.findings if f.rule == "MC-IM-002"}


def _course(**given: Any) -> dict[str, Any]:
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "@id": "urn:course:1",
        "name": "Data Ethics",
        "description": "Apply data-protection law to real projects.",
        "provider": {"@type": "CollegeOrUniversity", "name": "Hogeschool Voorbeeld"},
    }
    return {**data, **given}


@pytest.mark.parametrize(
    "address",
    ["mailto:courses@hsv.example.nl", "tel:+31201234567", "javascript:void(0)", "www.hsv.nl/data-ethics"],
)
def test_a_schema_org_course_page_of_another_scheme_is_warned_of(tmp_path: Path, address: str) -> None:
    document = _load(tmp_path, _course(url=address))
    assert document.data is not None and "further_information" not in document.data
    assert _warned(document).get("/url") == "/further_information"


def test_a_web_address_in_capitals_is_taken(tmp_path: Path) -> None:
    document = _load(tmp_path, _course(url="HTTPS://WWW.HSV.NL/DATA-ETHICS"))
    assert document.data is not None and document.data["further_information"] == "HTTPS://WWW.HSV.NL/DATA-ETHICS"
    assert "/url" not in _warned(document)


def test_a_blank_address_is_no_address_to_warn_of(tmp_path: Path) -> None:
    document = _load(tmp_path, _course(url=""))
    assert document.data is not None and "further_information" not in document.data
    assert "/url" not in _warned(document)


def test_a_providers_page_of_another_scheme_is_warned_of(tmp_path: Path) -> None:
    provider = {"@type": "CollegeOrUniversity", "name": "Hogeschool Voorbeeld", "url": "tel:+31201234567"}
    document = _load(tmp_path, _course(provider=provider))
    assert document.data is not None and "url" not in document.data["awarding_bodies"][0]
    assert _warned(document).get("/provider/url") == "/awarding_bodies/0/url"


def _ctdl(page: str, org_page: str) -> dict[str, Any]:
    course = {
        "@id": "https://r.example/course/1",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-00000000-0000-0000-0000-000000000001",
        "ceterms:name": {"en": "Data Ethics"},
        "ceterms:subjectWebpage": page,
        "ceterms:ownedBy": ["https://r.example/org/1"],
    }
    org = {
        "@id": "https://r.example/org/1",
        "@type": "ceterms:CredentialOrganization",
        "ceterms:name": {"en": "Example College"},
        "ceterms:subjectWebpage": org_page,
    }
    return {"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [course, org]}


def test_a_ctdl_subject_webpage_of_another_scheme_is_warned_of(tmp_path: Path) -> None:
    document = _load(tmp_path, _ctdl("ftp://ftp.example.edu/data-ethics.pdf", "https://www.example.edu/"), "c.json")
    assert document.data is not None and "further_information" not in document.data
    assert _warned(document).get("/@graph/0/ceterms:subjectWebpage") == "/further_information"
    assert document.data["awarding_bodies"][0]["url"] == "https://www.example.edu/"


def test_a_ctdl_organisations_page_of_another_scheme_is_warned_of(tmp_path: Path) -> None:
    """Second example."""
    document = _load(tmp_path, _ctdl("https://www.example.edu/c", "data:text/html,<p>College</p>"), "c.json")
    assert document.data is not None and "url" not in document.data["awarding_bodies"][0]
    assert _warned(document).get("/@graph/1/ceterms:subjectWebpage") == "/awarding_bodies/0/url"
    assert "data:text" not in json.dumps(document.data)


def _elm(homepage: str, landing: str) -> dict[str, Any]:
    body = {
        "id": "urn:epass:org:1",
        "type": "Organisation",
        "legalName": {"en": "Hogeschool Voorbeeld"},
        "homepage": {"id": "urn:epass:page:1", "type": "WebResource", "contentURL": homepage},
        "accreditation": [
            {
                "id": "urn:epass:accreditation:1",
                "type": "Accreditation",
                "dcType": {
                    "id": "http://data.europa.eu/snb/accreditation/bb4618238e",
                    "type": "Concept",
                    "prefLabel": {"en": "Institutional Quality Assurance"},
                },
                "accreditingAgent": {"id": "urn:epass:org:2", "type": "Organisation", "legalName": {"en": "NVAO"}},
                "landingPage": {"id": "urn:epass:page:2", "type": "WebResource", "contentURL": landing},
            }
        ],
    }
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:credential:1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": body,
        "issued": "2026-07-01T10:00:00Z",
        "credentialSubject": {
            "id": "urn:epass:person:1",
            "type": "Person",
            "fullName": {"en": "Jan de Vries"},
            "hasClaim": [
                {
                    "id": "urn:epass:learningAchievement:1",
                    "type": "LearningAchievement",
                    "awardedBy": {"id": "urn:epass:ap:1", "type": "AwardingProcess", "awardingBody": [body]},
                    "specifiedBy": {"id": "urn:epass:q:1", "type": "Qualification", "title": {"en": "Supply Chains"}},
                }
            ],
        },
    }


def test_an_elm_homepage_of_another_scheme_is_warned_of(tmp_path: Path) -> None:
    document = _load(tmp_path, _elm("file:///C:/site/index.html", "https://www.nvao.net/"))
    assert document.data is not None and "url" not in document.data["awarding_bodies"][0]
    assert "/awarding_bodies/0/url" in _warned(document).values()
    assert document.data["quality_assurance"]["accreditations"][0]["url"] == "https://www.nvao.net/"


def test_an_elm_accreditation_page_of_another_scheme_is_warned_of(tmp_path: Path) -> None:
    """Second example."""
    document = _load(tmp_path, _elm("https://www.hsv.nl/", "urn:nvao:decision:2024-117"))
    assert document.data is not None and document.data["awarding_bodies"][0]["url"] == "https://www.hsv.nl/"
    assert "url" not in document.data["quality_assurance"]["accreditations"][0]
    assert "/quality_assurance/accreditations/0/url" in _warned(document).values()


def test_an_open_badges_issuer_url_of_another_scheme_is_warned_of(tmp_path: Path) -> None:
    badge = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:badge-1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "urn:uuid:issuer", "type": ["Profile"], "name": "Example University", "url": "mailto:a@b.eu"},
        "validFrom": "2026-01-10T00:00:00Z",
        "name": "Data Literacy",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {"id": "urn:uuid:a-1", "type": ["Achievement"], "name": "Data Literacy"},
        },
    }
    document = _load(tmp_path, badge, "badge.json")
    assert document.data is not None and "url" not in document.data["awarding_bodies"][0]
    assert _warned(document).get("/issuer/url") == "/awarding_bodies/0/url"


def test_an_ooapi_link_of_another_scheme_is_warned_of(tmp_path: Path) -> None:
    """Second example: OOAPI kept any link as found before."""
    course = {
        "courseId": "123e4567-e89b-12d3-a456-426614174000",
        "name": [{"language": "en-GB", "value": "Data Ethics in Practice"}],
        "description": [{"language": "en-GB", "value": "Apply data-protection law to real data projects."}],
        "teachingLanguage": "eng",
        "studyLoad": {"studyLoadUnit": "ects", "value": 5},
        "link": "javascript:openCourse(17)",
    }
    document = _load(tmp_path, course, "course.json")
    assert document.data is not None and "further_information" not in document.data
    assert _warned(document).get("/link") == "/further_information"


def test_an_ebsi_homepage_without_a_scheme_is_warned_of(tmp_path: Path) -> None:
    """Second example."""
    subject = {
        "id": "did:ebsi:learner-0001",
        "givenNames": "Ada",
        "familyName": "EXAMPLE",
        "awardingOpportunity": {
            "id": "https://uni.example.org/opportunity/1",
            "awardingBody": {"id": "did:ebsi:uni-0001", "preferredName": "Example University", "homepage": "uni.be"},
        },
        "learningAchievement": {"id": "urn:x:la", "title": "Master of Data Stewardship"},
    }
    diploma = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "id": "urn:uuid:diploma-1",
        "type": ["VerifiableCredential", "VerifiableAttestation", "VerifiableDiploma"],
        "issuer": "did:ebsi:uni-0001",
        "issuanceDate": "2024-07-01T00:00:00Z",
        "credentialSubject": subject,
    }
    document = _load(tmp_path, diploma, "diploma.json")
    assert document.data is not None and "url" not in document.data["awarding_bodies"][0]
    assert _warned(document).get("/credentialSubject/awardingOpportunity/awardingBody/homepage") == (
        "/awarding_bodies/0/url"
    )


def test_an_open_badges_2_issuer_url_of_another_scheme_is_warned_of(tmp_path: Path) -> None:
    """Second example: Open Badges 2.0 reads its issuer as Open Badges 3.0 does."""
    data = ob2.assertion(badge=ob2.badge(issuer=ob2.issuer(url="ftp://design.example.org/")))
    document = ob2.load_one(tmp_path, data)
    assert document.data is not None and "url" not in document.data["awarding_bodies"][0]
    assert _warned(document).get("/badge/issuer/url") == "/awarding_bodies/0/url"
