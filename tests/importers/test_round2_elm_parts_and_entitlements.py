"""ELM credentials made of parts and carrying entitlements, as the EDC writes them: a LearningEntitlement claim is
no micro-credential of its own; a micro-credential whose learning outcomes are those of its modules (``hasPart``,
on the specification or as sub-achievements of the claim) has them read, with a note; specifications reached
by id in a ``@graph`` are read; a claim naming several specifications is warned about."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.conftest import NOW, realworld_or_skip

CONTEXT = ["https://www.w3.org/ns/credentials/v2", "http://data.europa.eu/snb/model/context/edc-ap"]
BELGIUM = "http://publications.europa.eu/resource/authority/country/BEL"
ECTS = "http://data.europa.eu/snb/education-credit/6fcec5c5af"


def _org() -> dict[str, Any]:
    return {
        "id": "urn:epass:org:1",
        "type": "Organisation",
        "legalName": {"en": "University of Example"},
        "location": {
            "id": "urn:epass:loc:1",
            "type": "Location",
            "address": {"id": "urn:epass:addr:1", "type": "Address", "countryCode": {"id": BELGIUM, "type": "Concept"}},
        },
    }


def _spec(ident: str, title: str, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "type": "LearningAchievementSpecification", "title": {"en": title}, **extra}


def _outcome(ident: str, text: str) -> dict[str, Any]:
    return {"id": ident, "type": "LearningOutcome", "title": {"en": text}}


def _achievement(**extra: Any) -> dict[str, Any]:
    return {
        "id": "urn:epass:achievement:1",
        "type": "LearningAchievement",
        "title": {"en": "Data basics"},
        "awardedBy": {"id": "urn:epass:ap:1", "type": "AwardingProcess", "awardingBody": "urn:epass:org:1"},
        **extra,
    }


def _credential(claims: list[dict[str, Any]], *graph: dict[str, Any]) -> dict[str, Any]:
    credential = {
        "id": "urn:credential:round2",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": "urn:epass:org:1",
        "issued": "2025-03-01T00:00:00Z",
        "credentialSubject": {
            "id": "urn:epass:person:1",
            "type": "Person",
            "fullName": {"en": "Ana Example"},
            "hasClaim": claims,
        },
    }
    return {"@context": CONTEXT, "@graph": [credential, _org(), *graph]}


def _load(tmp_path: Path, data: dict[str, Any]) -> list[Document]:
    path = tmp_path / "credential.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def _messages(doc: Document, part: str) -> list[Any]:
    return [f for f in doc.findings if part in f.message]


def _entitlement(ident: str) -> dict[str, Any]:
    return {"id": ident, "type": "LearningEntitlement", "title": {"en": "Access to the master's programme"}}


# --- LearningEntitlement claims --------------------------------------------------------------------------


def test_an_entitlement_beside_an_achievement_is_noted_not_a_second_micro_credential(tmp_path: Path) -> None:
    spec = _spec("urn:epass:las:1", "Data basics", learningOutcome=[_outcome("urn:lo:1", "Explain joins")])
    data = _credential([_achievement(specifiedBy="urn:epass:las:1"), _entitlement("urn:epass:ent:1")], spec)
    (doc,) = _load(tmp_path, data)
    assert doc.data["title"] == {"en": "Data basics"} and doc.data["id"] == "urn:credential:round2"
    (note,) = _messages(doc, "LearningEntitlement claim")
    assert note.severity.value == "info" and note.origin.pointer == "/@graph/0/credentialSubject/hasClaim/1"


def test_a_credential_of_entitlements_only_is_refused_with_its_place(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _credential([_entitlement("urn:epass:ent:1"), _entitlement("urn:epass:ent:2")]))
    assert doc.data is None
    (refusal,) = [f for f in doc.findings if f.severity.value == "error"]
    assert refusal.rule == "MC-IM-001" and "learning entitlements" in refusal.message
    assert refusal.origin.pointer == "/@graph/0/credentialSubject"


def test_real_edc_credential_with_an_entitlement_claim_is_one_micro_credential() -> None:
    path = realworld_or_skip() / "edc-european-digital-credentials/credentials-jsonld/credential_shouldValidate.jsonld"
    (doc,) = load_file(path)
    assert doc.data["title"]["en"] == "Learning Achievement Spec Title"
    assert _messages(doc, "LearningEntitlement claim")[0].origin.pointer == "/credentialSubject/hasClaim/1"


# --- Learning outcomes of the parts (hasPart) ----------------------------------------------------------


def test_outcomes_of_the_modules_are_read_when_the_whole_gives_none(tmp_path: Path) -> None:
    whole = _spec("urn:epass:las:1", "Data basics", hasPart=["urn:epass:las:2", "urn:epass:las:3"])
    module_a = _spec("urn:epass:las:2", "Module A", learningOutcome=[_outcome("urn:lo:1", "Explain joins")])
    module_b = _spec("urn:epass:las:3", "Module B", learningOutcome=[_outcome("urn:lo:2", "Write a query")])
    data = _credential([_achievement(specifiedBy="urn:epass:las:1")], whole, module_a, module_b)
    (doc,) = _load(tmp_path, data)
    assert doc.data["learning_outcomes"] == [{"en": "Explain joins"}, {"en": "Write a query"}]
    assert doc.origins["/learning_outcomes/1"].pointer == "/@graph/4/learningOutcome/0"
    (note,) = _messages(doc, "(hasPart) were read as its learning outcomes")
    assert note.origin.pointer == "/@graph/2/hasPart"
    (result,) = check_documents([doc], now=NOW).results
    assert dict(result.elements)["learning_outcomes"] == "present"


def test_outcomes_of_sub_achievements_are_read_through_their_specifications(tmp_path: Path) -> None:
    part = {
        "id": "urn:epass:achievement:2",
        "type": "LearningAchievement",
        "title": {"en": "Module A"},
        "specifiedBy": _spec("urn:epass:las:2", "Module A", learningOutcome=[_outcome("urn:lo:1", "Explain joins")]),
    }
    data = _credential([_achievement(specifiedBy=_spec("urn:epass:las:1", "Data basics"), hasPart=[part])])
    (doc,) = _load(tmp_path, data)
    assert doc.data["learning_outcomes"] == [{"en": "Explain joins"}]
    assert _messages(doc, "(hasPart)")[0].origin.pointer == "/@graph/0/credentialSubject/hasClaim/0/hasPart"


def test_a_module_written_out_again_under_a_sub_achievement_gives_its_outcomes_once(tmp_path: Path) -> None:
    """An EDC credential writes a node in full wherever it is used: the module under the specification's hasPart
    and again as a sub-achievement's specification (the outcomes were read twice, and MC-LO-008 said each repeated
    itself); an outcome two modules share is read once too."""

    def module() -> dict[str, Any]:
        outcomes = [_outcome("urn:lo:1", "Explain joins"), _outcome("urn:lo:2", "Write a query")]
        return _spec("urn:epass:las:2", "Module A", learningOutcome=outcomes)

    shared = _spec("urn:epass:las:3", "Module B", learningOutcome=[_outcome("urn:lo:2", "Write a query")])
    part = {"id": "urn:epass:achievement:2", "type": "LearningAchievement", "title": {"en": "Module A"}}
    whole = _spec("urn:epass:las:1", "Data basics", hasPart=[module(), shared])
    data = _credential([_achievement(specifiedBy=whole, hasPart=[{**part, "specifiedBy": module()}])])
    (doc,) = _load(tmp_path, data)
    assert doc.data["learning_outcomes"] == [{"en": "Explain joins"}, {"en": "Write a query"}]
    (result,) = check_documents([doc], now=NOW).results
    assert not [f for f in result.findings if f.rule == "MC-LO-008"]


def test_the_whole_s_own_outcomes_are_not_mixed_with_those_of_its_parts(tmp_path: Path) -> None:
    module = _spec("urn:epass:las:2", "Module A", learningOutcome=[_outcome("urn:lo:1", "Explain joins")])
    whole = _spec(
        "urn:epass:las:1",
        "Data basics",
        hasPart="urn:epass:las:2",
        learningOutcome=[_outcome("urn:lo:0", "Analyse a data set")],
    )
    (doc,) = _load(tmp_path, _credential([_achievement(specifiedBy="urn:epass:las:1")], whole, module))
    assert doc.data["learning_outcomes"] == [{"en": "Analyse a data set"}]
    assert not _messages(doc, "(hasPart)")


def test_a_qualification_offer_made_of_modules(tmp_path: Path) -> None:
    offer = {
        "@context": CONTEXT,
        "id": "urn:epass:qualification:1",
        "type": "Qualification",
        "title": {"en": "Data basics"},
        "hasPart": [_spec("urn:epass:las:2", "Module A", learningOutcome=[_outcome("urn:lo:1", "Explain joins")])],
    }
    (doc,) = _load(tmp_path, offer)
    assert doc.data["kind"] == "offer" and doc.data["learning_outcomes"] == [{"en": "Explain joins"}]


# --- Specifications reached by id; several specifications --------------------------------------------


def test_a_specification_named_by_id_in_the_graph_is_read(tmp_path: Path) -> None:
    credit = {"id": "urn:cp:1", "type": "CreditPoint", "framework": {"id": ECTS, "type": "Concept"}, "point": "5"}
    spec = _spec(
        "urn:epass:las:1", "Data basics", creditPoint=credit, eqfLevel={"id": "http://data.europa.eu/snb/eqf/6"}
    )
    (doc,) = _load(tmp_path, _credential([_achievement(specifiedBy={"id": "urn:epass:las:1"})], spec))
    assert doc.data["workload"] == {"ects": 5} and doc.data["level"] == {"eqf": 6}
    assert doc.data["awarding_bodies"][0] == {"name": {"en": "University of Example"}, "country": "BE"}
    assert doc.origins["/workload/ects"].pointer == "/@graph/2/creditPoint/point"


def test_a_claim_naming_several_specifications_is_warned_and_the_first_read(tmp_path: Path) -> None:
    first = _spec("urn:epass:las:1", "Data basics")
    second = _spec("urn:epass:las:2", "Something else")
    (doc,) = _load(
        tmp_path, _credential([_achievement(specifiedBy=["urn:epass:las:1", "urn:epass:las:2"])], first, second)
    )
    assert doc.data["title"] == {"en": "Data basics"}
    (warning,) = _messages(doc, "the claim names 2 specifications")
    assert warning.severity.value == "warning"
    assert warning.origin.pointer == "/@graph/0/credentialSubject/hasClaim/0/specifiedBy"


def test_a_module_claim_listed_beside_its_micro_credential_is_read_with_it(tmp_path: Path) -> None:
    module = {
        "id": "urn:epass:achievement:2",
        "type": "LearningAchievement",
        "title": {"en": "Module A"},
        "specifiedBy": _spec("urn:epass:las:2", "Module A", learningOutcome=[_outcome("urn:lo:1", "Explain joins")]),
    }
    whole = _achievement(specifiedBy=_spec("urn:epass:las:1", "Data basics"), hasPart="urn:epass:achievement:2")
    (doc,) = _load(tmp_path, _credential([whole, module]))
    assert doc.data["title"] == {"en": "Data basics"} and doc.data["learning_outcomes"] == [{"en": "Explain joins"}]
    (note,) = _messages(doc, "one of its modules")
    assert note.origin.pointer == "/@graph/0/credentialSubject/hasClaim/1"


def test_claims_naming_each_other_as_parts_are_each_read(tmp_path: Path) -> None:
    first = _achievement(specifiedBy=_spec("urn:epass:las:1", "Data basics"), hasPart="urn:epass:achievement:2")
    second = {**_achievement(specifiedBy=_spec("urn:epass:las:2", "Module A")), "id": "urn:epass:achievement:2"}
    second["hasPart"] = "urn:epass:achievement:1"
    documents = _load(tmp_path, _credential([first, second]))
    assert [d.data["title"] for d in documents] == [{"en": "Data basics"}, {"en": "Module A"}]


def test_an_opportunity_names_its_specification_by_id_in_the_graph(tmp_path: Path) -> None:
    opportunity = {
        "id": "urn:epass:opportunity:1",
        "type": "LearningOpportunity",
        "title": {"en": "Data basics, spring intake"},
        "learningAchievementSpecification": "urn:epass:las:1",
    }
    spec = _spec(
        "urn:epass:las:1",
        "Data basics",
        hasPart={"id": "urn:epass:las:2"},
        awardingOpportunity={"id": "urn:epass:ao:1", "type": "AwardingOpportunity", "awardingBody": "urn:epass:org:1"},
    )
    module = _spec("urn:epass:las:2", "Module A", learningOutcome=[_outcome("urn:lo:1", "Explain joins")])
    path = tmp_path / "offer.jsonld"
    path.write_text(json.dumps({"@context": CONTEXT, "@graph": [opportunity, spec, module, _org()]}))
    # The module is an offer of its own too, as each Course of a CTDL programme is; the whole has its outcomes.
    doc, part = load_file(path)
    assert doc.imported_from == "ELM v3 LearningOpportunity" and doc.data["title"] == {"en": "Data basics"}
    assert doc.data["awarding_bodies"][0]["country"] == "BE"
    assert doc.data["learning_outcomes"] == [{"en": "Explain joins"}]
    assert part.imported_from == "ELM v3 LearningAchievementSpecification" and part.data["title"] == {"en": "Module A"}
