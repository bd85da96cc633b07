"""A body's country code typed for its language ('se' of a Swedish body, Northern Sami's code) is told by
MC-VC-002, and the texts are still read in the language they are written in: the outcome rules judge them, as
they do after a language given by its name ('svenska')."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qa_checker.engine import check_document
from qa_checker.loaders import load_file
from qa_checker.rubric import load_rubric

FIXTURE = Path(__file__).parent / "fixtures" / "country_code_languages" / "se-from-a-swedish-body.yaml"


@pytest.mark.parametrize(("declared", "told"), [("[se]", True), ("[svenska]", True), ("[sv]", False)])
def test_outcomes_are_judged_whatever_the_language_code_typed(tmp_path: Path, declared: str, told: bool) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(FIXTURE.read_text(encoding="utf-8").replace("languages: [se]", f"languages: {declared}"))
    (document,) = load_file(path)
    result = check_document(document, load_rubric(), today=date(2026, 11, 29))
    rules = {(f.rule, f.pointer) for f in result.findings}
    assert ("MC-LO-002", "/learning_outcomes/0") in rules
    assert ("MC-LO-003", "/learning_outcomes/1") in rules
    assert (("MC-VC-002", "/languages/0") in rules) is told
