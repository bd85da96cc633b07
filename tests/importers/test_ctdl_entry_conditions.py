"""A CTDL entryCondition lists its requirements in ``condition``, several per language (``{"en": ["a", "b"]}``);
the prerequisites hold every one of them after the condition's description, never only the description or
the first condition. A condition filed under ``requires`` (what earning the resource needs) is read as the
prerequisites only where its name says it is one for entry ("Admission Requirements", "Program Prerequisite
Conditions"), as Credential Engine's own examples file them, with a note; an entry condition comes first."""

from __future__ import annotations

import json
from pathlib import Path

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _load(tmp_path: Path, condition: dict, term: str = "ceterms:entryCondition", **more: object) -> Document:
    course = {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@id": "https://example.org/lopp/1",
        "@type": "ceterms:LearningOpportunityProfile",
        "ceterms:ctid": "ce-00000000-0000-0000-0000-000000000002",
        "ceterms:name": {"en-US": "Sample driving course"},
        term: [{"@type": "ceterms:ConditionProfile", **condition}],
        **more,
    }
    path = tmp_path / "lopp.json"
    path.write_text(json.dumps(course), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


def test_description_then_every_condition(tmp_path: Path) -> None:
    doc = _load(
        tmp_path,
        {
            "ceterms:description": {"en-US": "An interview first."},
            "ceterms:condition": {"en-US": ["A medical check", "A valid licence"], "fr": ["Un examen médical"]},
        },
    )
    assert doc.data["prerequisites"] == {
        "en": "An interview first.\nA medical check\nA valid licence",
        "fr": "Un examen médical",
    }
    assert doc.origins["/prerequisites"].pointer == "/ceterms:entryCondition/0/ceterms:description"


def test_conditions_alone_and_plain_strings(tmp_path: Path) -> None:
    doc = _load(tmp_path, {"ceterms:condition": ["Age 18 or over", "Age 18 or over", "Secondary school diploma"]})
    assert doc.data["prerequisites"] == "Age 18 or over\nSecondary school diploma"
    assert doc.origins["/prerequisites"].pointer == "/ceterms:entryCondition/0/ceterms:condition"


def test_a_condition_with_only_a_name(tmp_path: Path) -> None:
    doc = _load(tmp_path, {"ceterms:name": {"en": "Admission requirements"}})
    assert doc.data["prerequisites"] == {"en": "Admission requirements"}


ADMISSION = {
    "ceterms:name": {"en-US": "Admission Requirements"},
    "ceterms:description": {"en-US": "Applicants must have a high school diploma or equivalent."},
}


def test_a_required_condition_named_for_admission_is_the_prerequisites_with_a_note(tmp_path: Path) -> None:
    doc = _load(tmp_path, ADMISSION, "ceterms:requires")
    assert doc.data["prerequisites"] == {"en": "Applicants must have a high school diploma or equivalent."}
    notes = [f for f in doc.findings if f.pointer == "/prerequisites"]
    assert len(notes) == 1 and "'Admission Requirements'" in str(notes[0].message)
    assert notes[0].origin is not None and notes[0].origin.pointer == "/ceterms:requires/0"


def test_a_required_condition_for_earning_is_no_prerequisite(tmp_path: Path) -> None:
    condition = {
        "ceterms:name": "Certified Lead Implementer Requirements",
        "ceterms:description": "Five years of professional experience and the lead implementer exam.",
    }
    doc = _load(tmp_path, condition, "ceterms:requires")
    assert "prerequisites" not in doc.data


def test_an_entry_condition_comes_before_a_required_one(tmp_path: Path) -> None:
    entry = [{"@type": "ceterms:ConditionProfile", "ceterms:description": {"en": "An interview first."}}]
    doc = _load(tmp_path, ADMISSION, "ceterms:requires", **{"ceterms:entryCondition": entry})
    assert doc.data["prerequisites"] == {"en": "An interview first."}
    assert not [f for f in doc.findings if f.pointer == "/prerequisites"]
