"""False positives of the rules on real imported credentials, fixed as classes in the importers.

Each fix has a synthetic case built here from the project's own fixtures (so it is tested without
../shared) and, when ../shared/realworld is present, the real credential that showed it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.conftest import FIXTURES, NOW, realworld_or_skip

ELM_FULL = FIXTURES / "importers" / "elm" / "credential-full.jsonld"


def _elm(tmp_path: Path, change: Any) -> Document:
    data = json.loads(ELM_FULL.read_text(encoding="utf-8"))
    change(data["credentialSubject"]["hasClaim"])
    path = tmp_path / "credential.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    (document,) = load_file(path)
    return document


def _report(document: Document) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    (result,) = check_documents([document], now=NOW).results
    return dict(result.elements), [(f.rule, f.severity.value, f.pointer) for f in result.findings]


def _real(relative: str) -> Document:
    (document,) = load_file(realworld_or_skip() / relative)
    return document


# --- An NQF level given as a document-local concept (urn:epass:nqfLevel:...) -------------------------


def _nqf(concept: dict[str, Any]) -> Any:
    def change(claim: dict[str, Any]) -> None:
        claim["specifiedBy"]["nqfLevel"] = concept

    return change


def test_document_local_nqf_concept_is_read_by_its_label(tmp_path):
    concept = {"id": "urn:epass:nqfLevel:1", "type": "Concept", "prefLabel": {"en": "HKO Level 5"}}
    document = _elm(tmp_path, _nqf(concept))
    assert document.data["level"] == {"eqf": 5, "nqf": {"framework": "HKO", "level": "5"}}
    elements, findings = _report(document)
    assert elements["level"] == "present"
    assert not [f for f in findings if f[0] == "MC-IM-002" and f[2].startswith("/level")]
    assert any(f.rule == "MC-IM-003" and f.pointer == "/level/nqf" for f in document.findings)


def test_nqf_level_under_another_web_uri_is_still_invalid(tmp_path):
    concept = {"id": "https://nqf.example.org/levels/5", "type": "Concept", "prefLabel": {"en": "HKO Level 5"}}
    document = _elm(tmp_path, _nqf(concept))
    elements, findings = _report(document)
    assert elements["level"] == "invalid"
    assert ("MC-IM-002", "error", "/level/nqf") in findings


def test_document_local_nqf_concept_without_a_framework_and_level_is_not_guessed(tmp_path):
    concept = {"id": "urn:epass:nqfLevel:1", "type": "Concept", "prefLabel": {"en": "Advanced"}}
    document = _elm(tmp_path, _nqf(concept))
    assert document.data["level"]["eqf"] == 5
    assert ("MC-IM-002", "error", "/level/nqf") in _report(document)[1]


def test_real_edc_microcredential_nqf_level_is_read_and_compared_with_its_eqf_level():
    document = _real("elm-v3-mynextid-credentials/microcredential__v1__edc__examples__edc-mc-example.json")
    assert document.data["level"] == {"eqf": 6, "nqf": {"framework": "MECU", "level": "7"}}
    elements, findings = _report(document)
    assert elements["level"] == "present"
    # The sample declares MECU level 7 (a master's level) beside EQF 6: a real inconsistency, still reported.
    assert any(f[0] == "MC-LV-003" for f in findings)


# --- An awarding body's country given only by its legal identifier's jurisdiction --------------------


def _registered_in(country: str, *, awarded_in: str | None = None) -> Any:
    def change(claim: dict[str, Any]) -> None:
        body = claim["awardedBy"]["awardingBody"]
        del body["location"]
        body["eidasLegalIdentifier"] = {
            "id": "urn:eidas:1",
            "type": "LegalIdentifier",
            "notation": "HR-REG-1",
            "spatial": {"id": f"http://publications.europa.eu/resource/authority/country/{country}", "type": "Concept"},
        }
        if awarded_in is not None:
            claim["awardedBy"]["location"] = {
                "id": "urn:place:1",
                "type": "Location",
                "spatial": {"type": "Concept", "notation": awarded_in},
            }

    return change


def test_awarding_body_country_from_its_legal_identifier(tmp_path):
    document = _elm(tmp_path, _registered_in("HRV"))
    assert document.data["awarding_bodies"][0]["country"] == "HR"
    assert _report(document)[0]["issuer_country"] == "present"
    (note,) = [f for f in document.findings if f.pointer == "/awarding_bodies/0/country"]
    assert note.rule == "MC-IM-003" and "eidasLegalIdentifier.spatial" in note.message
    assert note.origin is not None and note.origin.pointer.endswith("/eidasLegalIdentifier/spatial")


def test_legal_identifier_country_comes_before_the_place_of_awarding(tmp_path):
    # A Croatian body awarding at a summer school in Italy is a Croatian body.
    document = _elm(tmp_path, _registered_in("HRV", awarded_in="IT"))
    assert document.data["awarding_bodies"][0]["country"] == "HR"


def test_place_of_awarding_is_still_read_without_an_address_or_identifier_country(tmp_path):
    def change(claim: dict[str, Any]) -> None:
        _registered_in("HRV", awarded_in="IT")(claim)
        del claim["awardedBy"]["awardingBody"]["eidasLegalIdentifier"]["spatial"]

    document = _elm(tmp_path, change)
    assert document.data["awarding_bodies"][0]["country"] == "IT"


def test_real_dc4eu_awarding_body_country_from_its_eidas_identifier():
    document = _real("dc4eu-eaa-microcredential-examples/euhe-microcredential-example-john-doe.json")
    assert document.data["awarding_bodies"][0]["country"] == "ES"
    (note,) = [f for f in document.findings if f.pointer == "/awarding_bodies/0/country"]
    assert note.origin is not None and note.origin.pointer.endswith("/eIDASIdentifier/spatial")


# --- CTDL resources named in a graph only by id and type ---------------------------------------------


def _ctdl_graph(tmp_path: Path, *nodes: dict[str, Any]) -> list[Document]:
    data = {"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": list(nodes)}
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


_PROGRAMME = {
    "@id": "https://example.org/programme/1",
    "@type": "ceterms:LearningProgram",
    "ceterms:name": {"en": "Data Science Programme"},
    "ceterms:requires": {
        "@type": "ceterms:ConditionProfile",
        "ceterms:targetLearningOpportunity": ["https://example.org/course/1", "https://example.org/course/2"],
    },
}


def _placeholder(number: int) -> dict[str, Any]:
    return {"@id": f"https://example.org/course/{number}", "@type": "ceterms:LearningOpportunityProfile"}


def test_ctdl_placeholders_beside_a_described_resource_are_not_checked(tmp_path):
    documents = _ctdl_graph(tmp_path, _PROGRAMME, _placeholder(1), _placeholder(2))
    (document,) = documents
    assert document.data["title"] == {"en": "Data Science Programme"}
    assert any(f.rule == "MC-IM-003" and "2 other CTDL resources" in f.message for f in document.findings)


def test_ctdl_described_resources_are_all_checked(tmp_path):
    course = {**_placeholder(1), "ceterms:name": {"en": "Statistics"}}
    documents = _ctdl_graph(tmp_path, _PROGRAMME, course, _placeholder(2))
    assert sorted(str(d.data["title"]) for d in documents) == [
        "{'en': 'Data Science Programme'}",
        "{'en': 'Statistics'}",
    ]


def test_ctdl_graph_of_placeholders_only_is_still_imported(tmp_path):
    documents = _ctdl_graph(tmp_path, _placeholder(1), _placeholder(2))
    assert len(documents) == 2 and all(d.data is not None and d.format == "ctdl" for d in documents)


def test_real_ctdl_degree_with_placeholder_courses_is_one_resource():
    (document,) = load_file(
        realworld_or_skip() / "ctdl-credential-engine-schema-development/HandbookExamples__degreeWithConcentration.json"
    )
    assert document.data["title"] == {"en": "B.S. in Data Science"}
    assert any("5 other CTDL resources" in f.message for f in document.findings)


# --- Edubadges SBU: the study load of Dutch vocational education -------------------------------------

EDUBADGE = FIXTURES / "importers" / "ob3" / "edubadge-microcredential.json"


def _edubadge(tmp_path: Path, **workload: Any) -> Document:
    data = json.loads(EDUBADGE.read_text(encoding="utf-8"))
    achievement = data["credentialSubject"]["achievement"]
    for term in ("ECTS", "SBU", "timeInvestment"):
        achievement.pop(term, None)
    achievement.update(workload)
    achievement["alignment"][0].update(targetName="EQF level 5", targetCode="5")
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (document,) = load_file(path)
    return document


def test_sbu_is_read_as_hours_and_as_the_national_system(tmp_path):
    document = _edubadge(tmp_path, SBU=240)
    assert document.data["workload"] == {"hours": 240, "other_credits": {"system": "SBU", "value": 240}}
    assert document.data["level"]["eqf"] == 5
    assert not [f for f in _report(document)[1] if f[0] in ("MC-WL-001", "MC-SC-001")]


def test_time_investment_alone_is_still_hours_without_ects(tmp_path):
    document = _edubadge(tmp_path, timeInvestment=240)
    assert document.data["workload"] == {"hours": 240}
    assert ("MC-WL-001", "warning", "/workload") in _report(document)[1]


def test_sbu_beside_ects_adds_no_national_system(tmp_path):
    document = _edubadge(tmp_path, ECTS=5, SBU=140)
    assert document.data["workload"] == {"ects": 5, "hours": 140}


def test_real_edubadges_vocational_credential_in_sbu_is_not_asked_for_ects():
    (document,) = load_file(realworld_or_skip() / "ob3-edubadges-nl-examples/credentials/mbob_eo_eov_regular_full.json")
    assert document.data["workload"] == {"hours": 3000, "other_credits": {"system": "SBU", "value": 3000}}
    assert not [f for f in _report(document)[1] if f[0] == "MC-WL-001"]
