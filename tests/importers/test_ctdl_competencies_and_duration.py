"""CTDL: the learning outcomes a course ``teaches`` are read from the competencies its alignments name when
they are described in the document (``ceasn:Competency`` with ``competencyText``), or from the alignment's
description; a ``teaches`` that gives no statement at all is reported there. The exact estimated duration,
when it is a time duration, is the workload in hours; a calendar duration is how long the course runs. A bare
``creditValue`` number is read with the resource's credit unit, else reported."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.document import Document
from qa_checker.ids import IMPORT_CONVERTED, IMPORT_NOTE
from qa_checker.loaders import json_

CONTEXT = "https://credreg.net/ctdl/schema/context/json"
COURSE = "https://credentialengineregistry.org/resources/ce-11111111-2222-4333-8444-555555555555"
ORG = "https://credentialengineregistry.org/resources/ce-0a1b2c3d-0000-4000-8000-000000000001"
COMPETENCY = "https://credentialengineregistry.org/resources/ce-c0000000-0000-4000-8000-000000000001"
STATEMENT = "Program a six-axis robot arm to perform a pick-and-place routine."


def _course(**extra: Any) -> dict[str, Any]:
    return {
        "@id": COURSE,
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-11111111-2222-4333-8444-555555555555",
        "ceterms:name": {"en-US": "Introduction to Industrial Robotics"},
        "ceterms:ownedBy": [ORG],
        **extra,
    }


def _graph(*nodes: dict[str, Any]) -> dict[str, Any]:
    org = {
        "@id": ORG,
        "@type": "ceterms:CredentialOrganization",
        "ceterms:name": {"en-US": "Lakeside Technical College"},
        "ceterms:address": [{"@type": "ceterms:Place", "ceterms:addressCountry": "US"}],
    }
    return {"@context": CONTEXT, "@graph": [*nodes, org]}


def _load(data: object) -> Document:
    [document] = json_.load(json.dumps(data).encode(), "course.json")
    assert document.data is not None, document.findings
    return document


def _competency() -> dict[str, Any]:
    return {"@id": COMPETENCY, "@type": "ceasn:Competency", "ceasn:competencyText": {"en-US": STATEMENT}}


def test_an_alignment_naming_a_competency_of_the_graph_gives_its_statement() -> None:
    teaches = [{"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": COMPETENCY}]
    document = _load(_graph(_course(**{"ceterms:teaches": teaches}), _competency()))
    assert document.data["learning_outcomes"] == [{"en": STATEMENT}]
    assert document.origins["/learning_outcomes/0"].pointer == "/@graph/1/ceasn:competencyText"


def test_a_competency_named_directly_gives_its_statement() -> None:
    document = _load(_graph(_course(**{"ceterms:teaches": [{"@id": COMPETENCY}]}), _competency()))
    assert document.data["learning_outcomes"] == [{"en": STATEMENT}]


def test_an_alignment_with_only_a_description_gives_it() -> None:
    teaches = [{"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNodeDescription": {"en-US": STATEMENT}}]
    document = _load(_graph(_course(**{"ceterms:teaches": teaches})))
    assert document.data["learning_outcomes"] == [{"en": STATEMENT}]


def test_competencies_named_only_by_reference_are_reported_at_teaches() -> None:
    document = _load(_graph(_course(**{"ceterms:teaches": [COMPETENCY, {"@id": COMPETENCY + "-2"}]})))
    assert "learning_outcomes" not in document.data
    [finding] = [f for f in document.findings if f.pointer == "/learning_outcomes"]
    assert finding.rule == IMPORT_CONVERTED
    assert finding.origin is not None and finding.origin.pointer == "/@graph/0/ceterms:teaches"


def _duration(value: str) -> dict[str, Any]:
    return {"ceterms:estimatedDuration": [{"@type": "ceterms:DurationProfile", "ceterms:exactDuration": value}]}


def test_an_exact_duration_in_hours_is_the_workload() -> None:
    document = _load(_graph(_course(**_duration("PT45H"))))
    assert document.data["workload"] == {"hours": 45}
    where = "/@graph/0/ceterms:estimatedDuration/0/ceterms:exactDuration"
    assert document.origins["/workload/hours"].pointer == where
    assert [f.rule for f in document.findings if f.pointer == "/workload/hours"] == [IMPORT_NOTE]


def test_a_calendar_duration_is_noted_and_not_read_as_hours() -> None:
    document = _load(_graph(_course(**_duration("P9M"))))
    assert "workload" not in document.data
    [finding] = [f for f in document.findings if f.pointer == "/workload/hours"]
    assert finding.rule == IMPORT_NOTE and "calendar duration in months" in finding.message


def test_a_bare_credit_value_with_the_resources_credit_unit_is_read() -> None:
    document = _load(_graph(_course(**{"ceterms:creditValue": 5, "ceterms:creditUnitType": ["creditUnit:ECTSCredit"]})))
    assert document.data["workload"] == {"ects": 5}


def test_a_bare_credit_value_without_a_unit_is_reported_not_dropped() -> None:
    document = _load(_graph(_course(**{"ceterms:creditValue": 15})))
    assert "workload" not in document.data
    [finding] = [f for f in document.findings if f.pointer == "/workload"]
    assert finding.rule == IMPORT_CONVERTED
    assert finding.origin is not None and finding.origin.pointer == "/@graph/0/ceterms:creditValue"
