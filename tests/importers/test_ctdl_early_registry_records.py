"""The Credential Registry's early records (2016-2017) are read, not skipped: CTDL's first namespace
(purl.org/ceterms/terms/), its first names for the owner (owner) and web page (schema:url), and the oldest credit
properties (creditHourValue with creditHourType: "Semester Hours", read as other credits, located; a value without
its kind is warned, not dropped silently). The fixtures are written here, of the registry's 2016 and 2017 shapes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _opportunity(**changes: Any) -> dict[str, Any]:
    data = {
        "@context": "http://credreg.net/ctdl/schema/context/json",
        "@id": "http://registry.example.org/resources/ce-0001",
        "@type": "ceterms:LearningOpportunityProfile",
        "ceterms:ctid": "ce-0001",
        "ceterms:name": "Bachelor of Arts in Sociology Coursework",
        "ceterms:description": "A Bachelor of Arts in Sociology requires the following courses.",
        "ceterms:creditHourType": "Semester Hours",
        "ceterms:creditHourValue": 44.0,
    }
    data.update(changes)
    return data


def _load(tmp_path: Path, data: dict[str, Any]) -> Document:
    path = tmp_path / "lop.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


def test_credit_hours_are_read_as_other_credits(tmp_path: Path) -> None:
    doc = _load(tmp_path, _opportunity())
    assert doc.data["workload"] == {"other_credits": {"system": "Semester Hours", "value": 44}}
    assert doc.origins["/workload/other_credits"].pointer == "/ceterms:creditHourValue"


def test_credit_hours_without_their_kind_are_warned(tmp_path: Path) -> None:
    data = _opportunity()
    del data["ceterms:creditHourType"]
    doc = _load(tmp_path, data)
    assert "workload" not in doc.data
    (warning,) = [f for f in doc.findings if "creditHourValue 44.0" in f.message]
    assert warning.origin.pointer == "/ceterms:creditHourValue"


def test_the_newer_credit_properties_still_come_first(tmp_path: Path) -> None:
    doc = _load(
        tmp_path,
        _opportunity(**{"ceterms:creditUnitValue": 5, "ceterms:creditUnitType": "creditUnit:ECTSCredit"}),
    )
    assert doc.data["workload"] == {"ects": 5}


def test_a_record_in_the_first_ctdl_namespace_is_read_with_its_first_names(tmp_path: Path) -> None:
    data = {
        "@context": {"schema": "http://schema.org/", "ceterms": "http://purl.org/ceterms/terms/"},
        "@type": "ceterms:Certificate",
        "schema:name": "Workplace Skills",
        "schema:description": "An industry-based credential on workplace skills.",
        "schema:url": "https://assess.example.org/workplace-skills",
        "ceterms:owner": ["https://assess.example.org/"],
        "ceterms:ctid": "urn:ctid:14525AEA-57C5-4F5A-8F1C-BDC95C7F8B9B",
    }
    doc = _load(tmp_path, data)
    assert doc.format == "ctdl" and doc.imported_from == "CTDL Certificate"
    assert doc.data["title"] == "Workplace Skills"
    assert doc.data["further_information"] == "https://assess.example.org/workplace-skills"
    (warning,) = [f for f in doc.findings if "names https://assess.example.org/ only by reference" in f.message]
    assert warning.origin.pointer == "/ceterms:owner/0"
    assert warning.message.startswith("owner names")  # the key the record writes, not its later name ownedBy
