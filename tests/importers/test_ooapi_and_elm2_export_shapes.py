"""Shapes OOAPI catalogues and the EDC's ELM v2 XML credentials are exported in (the eleventh held-out set's classes):
a level naming the NLQF by its code, a mode of delivery in the descriptor's own words, an OOAPI education
specification; ELM 2's ``idVerificationMethod``, the learning specification's mode telling an ID-checked sitting
online or onsite, its ``homepage`` as further information, and outcomes given as a label and a statement.

The expectations are written from the OOAPI v5 specification, the Europass Learning Model and the descriptor
contract; the inputs are written here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _lts(text: str) -> list[dict[str, str]]:
    return [{"language": "en-GB", "value": text}]


def _course(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "courseId": "0b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a41",
        "name": _lts("Soil Mechanics in Practice"),
        "abbreviation": "SOIL-P",
        "description": _lts("Field and laboratory work on soils."),
        "teachingLanguage": "eng",
        "studyLoad": {"studyLoadUnit": "ects", "value": 4},
    }
    data.update(changes)
    return data


def _load(tmp_path: Path, data: Any, name: str = "case.json") -> list[Document]:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return load_file(path)


@pytest.mark.parametrize(
    ("level", "expected"), [("nlqf5", 5), ("NLQF-6", 6), ("NLQF 4", 4), ("nlqf level 7", 7), ("nlqf4+", "4+")]
)
def test_a_level_naming_the_nlqf_gives_the_nlqf_level(tmp_path: Path, level: str, expected: object) -> None:
    (doc,) = _load(tmp_path, _course(level=level))
    assert doc.data["level"] == {"nqf": {"framework": "NLQF", "level": expected}}


@pytest.mark.parametrize("level", ["nqf-6", "level 5", "nlqf9"])
def test_a_level_naming_no_framework_or_no_nlqf_level_is_not_read(tmp_path: Path, level: str) -> None:
    (doc,) = _load(tmp_path, _course(level=level))
    assert "level" not in doc.data


def test_level_of_qualification_is_kept_beside_a_level_code(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _course(level="nlqf5", levelOfQualification="6"))
    assert doc.data["level"]["nqf"] == {"framework": "NLQF", "level": 6}


@pytest.mark.parametrize("mode", ["blended", "Onsite", "online"])
def test_a_mode_of_delivery_in_the_descriptors_words_is_read(tmp_path: Path, mode: str) -> None:
    (doc,) = _load(tmp_path, _course(modeOfDelivery=[mode]))
    assert doc.data["participation"]["mode"] == mode.lower()


def test_a_text_given_empty_in_its_language_is_absent_not_unreadable(tmp_path: Path) -> None:
    """SURF's quickstart offering gives its description as [{"language": "en-GB", "value": ""}]: it was "[…], where
    a text is expected; it could not be read". It is a text given empty; a list of other things still is told."""
    (doc,) = _load(tmp_path, _course(description=[{"language": "en-GB", "value": ""}, {"language": "nl-NL"}]))
    assert "summary" not in doc.data and not [f for f in doc.findings if "where a text is expected" in f.message]
    (doc,) = _load(tmp_path, _course(description=[{"language": "en-GB", "value": ""}, 7]))
    assert [f.origin.pointer for f in doc.findings if "where a text is expected" in f.message] == ["/description"]


def test_an_education_specification_is_an_offer(tmp_path: Path) -> None:
    spec = _course(level="master", levelOfQualification="7")
    spec["educationSpecificationId"] = spec.pop("courseId")
    (doc,) = _load(tmp_path, {"pageSize": 1, "pageNumber": 1, "items": [spec]})
    assert doc.data["kind"] == "offer"
    assert doc.data["workload"] == {"ects": 4}
    assert doc.data["level"] == {"qf_ehea_cycle": "second", "nqf": {"framework": "NLQF", "level": 7}}


_MODES = {
    "online": "http://data.europa.eu/snb/learning-assessment/920fbb3cbe",
    "onsite": "http://data.europa.eu/snb/learning-assessment/9191af2ed9",
}


def _elm2(mode: str | None, outcome: str, homepage: str = "") -> str:
    mode_element = f'<mode uri="{_MODES[mode]}"/>' if mode else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<europassCredential xmlns="http://data.europa.eu/snb" xmlns:cred="http://data.europa.eu/europass/model/credentials/w3c#"
  cred:id="urn:credential:1" xsdVersion="0.10.0">
 <cred:issued>2026-03-02T10:00:00+01:00</cred:issued>
 <title><text lang="en" content-type="text/plain">Timber Framing</text></title>
 <credentialSubject id="urn:epass:person:1">
  <givenNames><text lang="en" content-type="text/plain">Eva</text></givenNames>
  <achievements><learningAchievement id="urn:epass:learningAchievement:1">
   <title><text lang="en" content-type="text/plain">Timber Framing</text></title>
   <wasDerivedFrom id="urn:epass:assessment:1"><grade>4</grade>
    <idVerificationMethod uri="http://data.europa.eu/snb/supervision-verification/70be69aaf9"/></wasDerivedFrom>
   <specifiedBy idref="urn:epass:spec:1"/>
  </learningAchievement></achievements>
 </credentialSubject>
 <learningSpecificationReferences><learningSpecification id="urn:epass:spec:1">
  <title><text lang="en" content-type="text/plain">Timber Framing</text></title>
  {homepage}{mode_element}
  <learningOutcomes><learningOutcome idref="urn:epass:lo:1"/></learningOutcomes>
 </learningSpecification></learningSpecificationReferences>
 <learningOutcomeReferences><learningOutcome id="urn:epass:lo:1">{outcome}</learningOutcome></learningOutcomeReferences>
</europassCredential>
"""


_LABEL = '<prefLabel><text lang="en" content-type="text/plain">Joints</text></prefLabel>'
_STATEMENT = "Cut a mortise and tenon joint to a tolerance of one millimetre."
_DESCRIPTION = f'<description><text lang="en" content-type="text/plain">{_STATEMENT}</text></description>'


@pytest.mark.parametrize("mode", ["online", "onsite"])
def test_an_elm2_id_checked_sitting_is_told_by_the_learning_specifications_mode(tmp_path: Path, mode: str) -> None:
    (doc,) = _load(tmp_path, _elm2(mode, _LABEL), "case.xml")
    assert doc.data["assessment"]["supervision"] == f"supervised-{mode}-id-check"


def test_an_elm2_id_checked_sitting_of_no_stated_mode_is_not_guessed(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _elm2(None, _LABEL), "case.xml")
    assert "supervision" not in doc.data.get("assessment", {})


def test_an_elm2_outcome_is_its_statement_not_its_label(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _elm2("online", _LABEL + _DESCRIPTION), "case.xml")
    assert doc.data["learning_outcomes"] == [{"en": _STATEMENT}]


def test_an_elm2_outcome_given_by_its_label_alone_is_read_by_it(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _elm2("online", _LABEL), "case.xml")
    assert doc.data["learning_outcomes"] == [{"en": "Joints"}]


def test_an_elm2_specifications_homepage_is_further_information(tmp_path: Path) -> None:
    page = '<homepage uri="https://www.timber-school.eu/framing"/>'
    (doc,) = _load(tmp_path, _elm2("online", _LABEL, page), "case.xml")
    assert doc.data["further_information"] == "https://www.timber-school.eu/framing"


def _attendance(*workloads: str) -> str:
    activities = "".join(
        f'<activity id="urn:epass:activity:{i}"><title><text lang="en" content-type="text/plain">Session {i}</text>'
        f'</title><workload>{workload}</workload><directedBy idref="urn:epass:org:1"/></activity>'
        for i, workload in enumerate(workloads, 1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<europassCredential xmlns="http://data.europa.eu/snb" xmlns:cred="http://data.europa.eu/europass/model/credentials/w3c#"
  cred:id="urn:credential:2" xsdVersion="0.10.0">
 <cred:issued>2026-03-02T10:00:00+01:00</cred:issued>
 <title><text lang="en" content-type="text/plain">Certificate of Participation</text></title>
 <credentialSubject id="urn:epass:person:1"><activities>{activities}</activities></credentialSubject>
 <agentReferences><organization id="urn:epass:org:1">
  <prefLabel><text lang="en" content-type="text/plain">Harbour Training Centre</text></prefLabel>
  <hasLocation><hasAddress><country uri="http://publications.europa.eu/resource/authority/country/MLT"/></hasAddress>
  </hasLocation></organization></agentReferences>
</europassCredential>
"""


def test_an_elm2_credential_of_activities_only_reads_each_activity(tmp_path: Path) -> None:
    first, second = _load(tmp_path, _attendance("PT1H30M", "PT6H"), "case.xml")
    assert [first.data["kind"], second.data["kind"]] == ["credential", "credential"]
    assert [first.data["workload"], second.data["workload"]] == [{"hours": 1.5}, {"hours": 6}]
    assert first.data["awarding_bodies"] == [{"name": {"en": "Harbour Training Centre"}, "country": "MT"}]
    assert first.data["title"] == {"en": "Session 1"}
