"""A CTDL entryCondition lists its requirements in ``condition``, several per language (``{"en": ["a", "b"]}``);
the prerequisites hold every one of them after the condition's description, never only the description or
the first condition."""

from __future__ import annotations

import json
from pathlib import Path

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _load(tmp_path: Path, condition: dict) -> Document:
    course = {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@id": "https://example.org/lopp/1",
        "@type": "ceterms:LearningOpportunityProfile",
        "ceterms:ctid": "ce-00000000-0000-0000-0000-000000000002",
        "ceterms:name": {"en-US": "Sample driving course"},
        "ceterms:entryCondition": [{"@type": "ceterms:ConditionProfile", **condition}],
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
