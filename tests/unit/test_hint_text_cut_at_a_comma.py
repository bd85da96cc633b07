"""A text with a comma inside YAML's { } is cut there, and its rest becomes a key with no value: the
schema finding on that key of a language map says to quote the text, not only that the key is no
language code."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from qa_checker import validation
from tests.conftest import baseline

CUT = "If this is the rest of a text cut off at a comma"


@pytest.mark.parametrize(
    ("line", "pointer"),
    [
        ("prerequisites: {de: Studium der Medizin, Pharmazie oder Biologie.}", "/prerequisites"),
        (
            "assessment: {types: [project-work], description: {fr: Un projet, noté par un jury.}}",
            "/assessment/description",
        ),
        ("grade: {es: Sobresaliente (9,2)}", "/grade"),
        ("summary: {en: Data, ethics and law for engineers.}", "/summary"),
    ],
)
def test_the_rest_of_a_cut_text_is_explained(line: str, pointer: str) -> None:
    data: dict[str, Any] = baseline()
    data.update(yaml.safe_load(line))
    if pointer == "/grade":
        data.update(kind="credential", learner={"name": "A. Learner"}, issue_date="2026-01-15")
    findings = [f for f in validation.validate(data) if f.pointer == pointer]
    assert findings and all(CUT in str(f.hint) for f in findings)


def test_a_wrong_language_code_with_a_text_keeps_its_own_hint() -> None:
    data: dict[str, Any] = baseline()
    data["summary"] = {"english": "Data ethics for engineers."}
    (finding,) = [f for f in validation.validate(data) if f.pointer == "/summary"]
    assert CUT not in str(finding.hint)
