"""An ELM specification naming an NQF level in more than one framework (a joint award, one level per awarding
country's framework): the descriptor holds one, so the first is read and a note says how many
were given, as for several ISCED-F fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker import ids
from qa_checker.loaders import load_file

ELM = "http://data.europa.eu/snb/model/context/edc-ap"
_QDR = "http://data.europa.eu/snb/qdr/c_c392e7a2"


def _level(ident: str, label: str) -> dict[str, Any]:
    return {"id": ident, "type": "Concept", "prefLabel": {"en": label}}


def _load(tmp_path: Path, levels: list[dict[str, Any]]) -> Any:
    spec = {
        "id": "urn:spec:1",
        "type": "Qualification",
        "title": {"en": "Joint Master in Water Management"},
        "nqfLevel": levels,
    }
    path = tmp_path / "joint.jsonld"
    path.write_text(json.dumps({"@context": ELM, **spec}), encoding="utf-8")
    (document,) = load_file(path)
    return document


def test_the_first_of_several_nqf_levels_is_read_with_a_note(tmp_path: Path) -> None:
    document = _load(tmp_path, [_level(_QDR, "RQF Level 6"), _level("urn:epass:nqfLevel:2", "NLQF Level 7")])
    assert document.data["level"]["nqf"] == {"framework": "RQF", "level": "6"}
    (note,) = [f for f in document.findings if "NQF levels are given" in f.message]
    assert note.rule == ids.IMPORT_NOTE and note.message.startswith("2 NQF levels are given")
    assert note.origin.pointer == "/nqfLevel"


def test_one_nqf_level_gets_no_such_note(tmp_path: Path) -> None:
    document = _load(tmp_path, [_level(_QDR, "RQF Level 6")])
    assert document.data["level"]["nqf"] == {"framework": "RQF", "level": "6"}
    assert not [f for f in document.findings if "NQF level is given" in f.message or "NQF levels are" in f.message]
