"""An OOAPI association (a person's enrolment in an offering, with the result obtained) is a learner's record in a
format qa-checker does not import: an error naming it, not a file skipped as no descriptor (exit 0)."""

from __future__ import annotations

import json
from pathlib import Path

from qa_checker.loaders import load_file


def test_an_ooapi_association_is_an_error_naming_its_format(tmp_path: Path) -> None:
    association = {
        "associationId": "5a1f0c3e-2b7d-4f4e-9a51-0c6d2a9b7e11",
        "associationType": "courseOfferingAssociation",
        "role": "student",
        "state": "associated",
        "result": {"state": "completed", "pass": "passed", "score": "8", "resultDate": "2026-06-30"},
        "person": {"personId": "p-1", "givenName": "Anna", "surname": "Jansen"},
        "offering": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    }
    path = tmp_path / "association.json"
    path.write_text(json.dumps(association), encoding="utf-8")
    (document,) = load_file(path)

    (refusal,) = [f for f in document.findings if f.rule == "MC-IM-001"]
    assert refusal.severity.value == "error"
    assert "OOAPI association (courseOfferingAssociation" in refusal.message
    assert "does not import" in refusal.message


def test_a_page_of_ooapi_associations_is_an_error_naming_its_format(tmp_path: Path) -> None:
    association = {"associationId": "a-1", "associationType": "courseOfferingAssociation", "role": "student"}
    page = {"pageSize": 10, "pageNumber": 1, "hasPreviousPage": False, "hasNextPage": False, "items": [association] * 2}
    path = tmp_path / "associations.json"
    path.write_text(json.dumps(page), encoding="utf-8")
    (document,) = load_file(path)
    (refusal,) = [f for f in document.findings if f.rule == "MC-IM-001"]
    assert refusal.severity.value == "error"
    assert "a page of 2 OOAPI associations" in refusal.message
