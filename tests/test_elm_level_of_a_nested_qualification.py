"""An ELM specification that names its qualification under ``qualification`` and gives the levels there (as DC4EU's
diploma and diploma-supplement examples do) has those levels, with a note saying where they were read."""

from __future__ import annotations

import json
from pathlib import Path

from qa_checker.runner import run
from tests.heldout import config

CREDENTIAL = Path(__file__).resolve().parent / "heldout_imports7" / "elm-context-reordered-extra-contexts.json"


def _nested(tmp_path: Path, *, on_spec: bool) -> Path:
    data = json.loads(CREDENTIAL.read_text(encoding="utf-8"))
    spec = data["credentialSubject"]["hasClaim"][0]["specifiedBy"]
    level = spec.pop("eqfLevel")
    spec["qualification"] = {
        "type": "Qualification",
        "title": {"en": "Bachelor degree"},
        "eqfLevel": {"type": "Concept", "notation": "7"},
        "nqfLevel": {"type": "Concept", "notation": "7", "prefLabel": {"en": "MECES level 3"}},
    }
    if on_spec:
        spec["eqfLevel"] = level
    path = tmp_path / "diploma.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_levels_of_the_nested_qualification_are_read_and_noted(tmp_path: Path) -> None:
    (result,) = run([str(_nested(tmp_path, on_spec=False))], config("eu-2022")).results
    assert result.elements["level"] == "present"
    assert "MC-EL-008" not in {f.rule for f in result.findings}
    (note,) = [f for f in result.findings if f.pointer == "/level" and f.rule == "MC-IM-003"]
    assert "qualification the specification names" in note.message


def test_the_specifications_own_level_comes_first(tmp_path: Path) -> None:
    (result,) = run([str(_nested(tmp_path, on_spec=True))], config("eu-2022")).results
    assert not [f for f in result.findings if f.pointer == "/level" and f.rule == "MC-IM-003"]
    assert result.elements["level"] == "present"
