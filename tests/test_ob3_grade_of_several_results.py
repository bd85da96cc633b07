"""An Open Badges 3.0 subject with several results (a midterm, a final exam and the final grade, as 1EdTech's
course examples give them): the grade is the one whose result description names the overall grade, and a note
says how many there were and which was read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.loaders import load_file

CREDENTIAL = Path(__file__).resolve().parent / "heldout_imports" / "ob3-de-complete-as-expressible.json"
BASE = "https://example.edu/achievements/statistik/results/"


def _with_results(tmp_path: Path, names: list[str], values: list[str]) -> Any:
    data = json.loads(CREDENTIAL.read_text(encoding="utf-8"))
    subject = data["credentialSubject"]
    subject["achievement"]["resultDescription"] = [
        {"id": f"{BASE}{i}", "type": ["ResultDescription"], "name": name, "resultType": "Percent"}
        for i, name in enumerate(names)
    ]
    subject["result"] = [
        {"type": ["Result"], "resultDescription": f"{BASE}{i}", "value": value} for i, value in enumerate(values)
    ]
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (document,) = load_file(path)
    return document


def test_the_overall_grade_is_read_from_several_results(tmp_path: Path) -> None:
    document = _with_results(tmp_path, ["Midterm Exam", "Final Exam", "Final Grade"], ["88", "91", "A"])
    assert document.data["grade"] == "A"
    (note,) = [f for f in document.findings if f.pointer == "/grade"]
    assert note.message == "the subject gives 3 results; the grade is the value of 'Final Grade'"


def test_without_an_overall_one_the_first_result_is_read_and_said(tmp_path: Path) -> None:
    document = _with_results(tmp_path, ["Written part", "Oral part"], ["1,7", "2,0"])
    assert document.data["grade"] == "1,7"
    (note,) = [f for f in document.findings if f.pointer == "/grade"]
    assert note.message == "the subject gives 2 results; the grade is the value of 'Written part'"


def test_one_result_is_read_without_a_note(tmp_path: Path) -> None:
    document = _with_results(tmp_path, ["Final Grade"], ["B"])
    assert document.data["grade"] == "B"
    assert not [f for f in document.findings if f.pointer == "/grade"]
