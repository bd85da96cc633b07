"""An OOAPI course lists the programs it is part of by their ids unless the request expands them: that is told as
such once (request them with expand=programs), as the organisation named by its id is, not as a value that
'could not be read'; expanded programs give the stackability as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.loaders import load_file

COURSE = Path(__file__).resolve().parent / "heldout_imports5" / "ooapi-nl-gap-level-nqf-6.json"


def _course(tmp_path: Path, programs: Any) -> Any:
    data = json.loads(COURSE.read_text(encoding="utf-8"))
    data["programs"] = programs
    path = tmp_path / "course.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (document,) = load_file(path)
    return document


def test_programs_by_their_ids_are_told_once_as_not_expanded(tmp_path: Path) -> None:
    document = _course(tmp_path, ["497f6eca-6276-4993-bfeb-53cbbbba6f08", "5a2c1d3e-0000-4000-8000-000000000001"])
    told = [f for f in document.findings if "programs" in f.message]
    assert [(f.pointer, f.message) for f in told] == [
        (
            "/stackability",
            "programs names 2 programs only by their ids; what they are is not in this response (request them with "
            "expand=programs)",
        )
    ]
    assert "stackability" not in document.data


def test_expanded_programs_give_the_stackability(tmp_path: Path) -> None:
    program = {"programId": "p-1", "name": [{"language": "nl-NL", "value": "Master Data Science"}]}
    document = _course(tmp_path, [program])
    assert document.data["stackability"] == {"type": "stackable", "towards": [{"title": {"nl": "Master Data Science"}}]}
