"""An Open Badges 2.0 assertion or badge is imported: name, description, issuer, criteria, alignments, recipient
and date of issuing, each traced to its place in the original."""

from __future__ import annotations

from pathlib import Path

from qa_checker.api import check_documents
from tests.importers.fixtures_ob2 import CONTEXT, assertion, badge, issuer, load, load_one, messages


def test_an_assertion_becomes_a_credential(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion())
    data = doc.data
    assert doc.format == "ob2" and doc.imported_from == "Open Badges 2.0 Assertion"
    assert data["kind"] == "credential"
    assert data["id"] == "https://badges.example.org/public/assertions/a-1"
    assert data["title"] == "Circular Design Basics"
    assert data["summary"].startswith("An introduction")
    assert doc.origins["/title"].pointer == "/badge/name"
    assert data["issue_date"] == "2024-05-01"
    assert doc.origins["/issue_date"].pointer == "/issuedOn"


def test_a_bare_badge_class_becomes_an_offer(tmp_path: Path) -> None:
    doc = load_one(tmp_path, {"@context": CONTEXT, **badge()})
    assert doc.imported_from == "Open Badges 2.0 BadgeClass"
    assert doc.data["kind"] == "offer"
    assert doc.data["title"] == "Circular Design Basics"
    assert "learner" not in doc.data and "issue_date" not in doc.data


def test_without_the_context_an_ob2_key_still_tells_the_format(tmp_path: Path) -> None:
    data = assertion()
    del data["@context"]
    doc = load_one(tmp_path, data)
    assert doc.format == "ob2" and doc.data["title"] == "Circular Design Basics"
    assert messages(doc, "has no @context")


def test_the_issuer_is_the_awarding_body_with_no_country_invented(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion())
    (body,) = doc.data["awarding_bodies"]
    assert body == {"name": "Faculty of Design", "url": "https://design.example.org"}
    assert doc.origins["/awarding_bodies/0/name"].pointer == "/badge/issuer/name"
    (result,) = check_documents([doc]).results
    missing = [f for f in result.findings if f.rule == "MC-EL-003"]
    assert missing and missing[0].origin.pointer == "/badge/issuer"


def test_an_issuer_email_without_a_web_address_is_noted(tmp_path: Path) -> None:
    plain = issuer()
    del plain["url"]
    doc = load_one(tmp_path, assertion(badge=badge(issuer=plain)))
    assert doc.data["awarding_bodies"] == [{"name": "Faculty of Design"}]
    (note,) = messages(doc, "no field for an e-mail address")
    assert note.severity.value == "info" and note.origin.pointer == "/badge/issuer/email"


def test_the_criteria_narrative_is_the_assessment_description(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion())
    assert doc.data["assessment"] == {"description": "Pass the design portfolio review."}
    (note,) = messages(doc, "criteria.narrative")
    assert note.origin.pointer == "/badge/criteria/narrative"
    (result,) = check_documents([doc]).results
    assert [f for f in result.findings if f.rule == "MC-EL-009"], "the type of assessment is still missing"


def test_criteria_given_by_url_are_noted_as_not_fetched(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(badge=badge(criteria="https://badges.example.org/criteria/1")))
    assert "assessment" not in doc.data
    (note,) = messages(doc, "criteria are given only by URL")
    assert "https://badges.example.org/criteria/1" in note.message and note.origin.pointer == "/badge/criteria"


def test_criteria_written_as_text_are_read_as_the_narrative(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(badge=badge(criteria="Build and present a prototype.")))
    assert doc.data["assessment"]["description"] == "Build and present a prototype."
    assert messages(doc, "criteria is a text, not a Criteria object")


def test_alignments_are_read_as_ob3_reads_them(tmp_path: Path) -> None:
    alignment = [
        {"targetName": "design for disassembly", "targetUrl": "http://data.europa.eu/esco/skill/00000000-test"},
        {"targetName": "EQF level 6", "targetUrl": "http://data.europa.eu/snb/eqf/6"},
        {"targetName": "Local framework item", "targetUrl": "https://example.org/framework/7"},
    ]
    doc = load_one(tmp_path, assertion(badge=badge(alignment=alignment)))
    assert doc.data["learning_outcomes"] == [
        {"text": "design for disassembly", "esco": ["http://data.europa.eu/esco/skill/00000000-test"]}
    ]
    assert doc.data["level"] == {"eqf": 6}
    (note,) = messages(doc, "is to neither an ESCO skill nor an EQF level")
    assert "Local framework item" in note.message and note.origin.pointer == "/badge/alignment/2"


def test_a_hashed_recipient_identifies_the_learner_with_a_note(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion())
    assert doc.data["learner"] == {"identifier": {"scheme": "other", "value": "sha256$0a1b2c"}}
    (note,) = messages(doc, "hashed email")
    assert note.origin.pointer == "/recipient"


def test_a_recipient_profile_names_the_learner(tmp_path: Path) -> None:
    profile = {"type": ["Extension", "extensions:RecipientProfile"], "name": "Sam Example"}
    doc = load_one(tmp_path, assertion(**{"extensions:recipientProfile": profile}))
    assert doc.data["learner"]["name"] == "Sam Example"
    assert doc.origins["/learner/name"].pointer == "/extensions:recipientProfile/name"


def test_a_graph_of_assertion_badge_and_issuer_resolves_references(tmp_path: Path) -> None:
    the_badge = badge(issuer="https://badges.example.org/public/issuers/faculty-1")
    graph = {
        "@context": CONTEXT,
        "@graph": [
            {**assertion(), "badge": the_badge["id"]},
            the_badge,
            issuer(),
        ],
    }
    (doc,) = load(tmp_path, graph)
    assert doc.data["title"] == "Circular Design Basics"
    assert doc.data["awarding_bodies"][0]["name"] == "Faculty of Design"
    assert doc.origins["/title"].pointer == "/@graph/1/name"


def test_a_revoked_assertion_is_warned(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(revoked=True, revocationReason="issued in error"))
    (warning,) = messages(doc, "the assertion is revoked")
    assert warning.severity.value == "warning" and "issued in error" in warning.message
    assert warning.origin.pointer == "/revoked"


def test_a_badge_class_is_recognised_by_its_type_alone(tmp_path: Path) -> None:
    doc = load_one(tmp_path, {"type": "BadgeClass", "name": "Circular Design Basics"})
    assert doc.format == "ob2" and doc.data["title"] == "Circular Design Basics"


def test_an_assertion_of_another_vocabulary_is_not_taken_for_a_badge(tmp_path: Path) -> None:
    doc = load_one(tmp_path, {"@context": "https://example.org/ctx", "type": "Assertion", "name": "A claim"})
    assert doc.data is None and doc.format != "ob2"
