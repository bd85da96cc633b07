"""CTDL records of the Registry's 2016 shape name assessment methods and the assessment's mode by a ``targetName``
in words, with no ``targetNode``: the names that are a type of assessment or a form of participation are read, the
others warned of by name, never dropped without a word."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.loaders import load_file


def _alignment(name: str, notation: str) -> dict[str, str]:
    return {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetName": name, "ceterms:codedNotation": notation}


def _profile(tmp_path: Path, **terms: Any) -> Any:
    record = {
        "@context": {"ceterms": "http://purl.org/ctdl/terms/", "schema": "http://schema.org/"},
        "@type": "ceterms:AssessmentProfile",
        "ceterms:name": "Welding Technician Assessment",
        "ceterms:description": "The assessment of the welding technician certificate.",
        **{f"ceterms:{term}": value for term, value in terms.items()},
    }
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    (document,) = load_file(path)
    return document


def test_methods_and_mode_named_in_words_are_read(tmp_path: Path) -> None:
    document = _profile(
        tmp_path,
        assessmentMethodType=[_alignment("Oral Exam", "124"), _alignment("Project", "126")],
        assessmentModeType=[_alignment("In-Person", "1149")],
    )
    assert document.data["assessment"]["types"] == ["oral-examination", "project-work"]
    assert document.data["participation"]["mode"] == "onsite"
    assert not [f for f in document.findings if "in words" in f.message]


def test_a_name_that_is_no_known_value_is_warned_of_by_name(tmp_path: Path) -> None:
    document = _profile(
        tmp_path, assessmentMethodType=[_alignment("Class Participation", "119"), _alignment("Oral Exam", "124")]
    )
    assert document.data["assessment"]["types"] == ["oral-examination"]
    (warning,) = [f for f in document.findings if "in words" in f.message]
    assert warning.pointer == "/assessment/types"
    assert "'Class Participation'" in warning.message
