"""A credential or resource whose original gives no id (no ctid, @id or id) is known by its kind and the file it was
read from, with the resource's place in a document of several: a placeholder of its own ("ctdl-AssessmentProfile")
made two different exams one offering to the history, comparisons and diffs, and a batch reported their id as given
by more than one descriptor, which neither file does."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from qa_checker.loaders import load_file
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run

NOW = datetime(2026, 11, 29, tzinfo=timezone.utc)


def _exam(name: str) -> dict:
    return {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@type": "ceterms:AssessmentProfile",
        "ceterms:name": {"en-US": name},
        "ceterms:description": {"en-US": f"A written exam: {name}."},
    }


def test_two_files_without_an_id_are_two_offerings(tmp_path: Path) -> None:
    (tmp_path / "welding.json").write_text(json.dumps(_exam("Welding exam")), encoding="utf-8")
    (tmp_path / "plumbing.json").write_text(json.dumps(_exam("Plumbing exam")), encoding="utf-8")
    report = run([tmp_path], RunConfig(rubric=load_rubric(), now=NOW))
    ids = sorted(result.id for result in report.results)
    assert ids == ["ctdl-AssessmentProfile:plumbing.json", "ctdl-AssessmentProfile:welding.json"]
    assert report.repeated_ids == []


def test_resources_of_one_graph_without_ids_are_told_apart_by_their_place(tmp_path: Path) -> None:
    graph = {"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [_exam("Part A"), _exam("Part B")]}
    path = tmp_path / "exams.json"
    path.write_text(json.dumps(graph), encoding="utf-8")
    ids = [doc.data["id"] for doc in load_file(path)]
    assert ids == ["ctdl-AssessmentProfile:exams.json#/@graph/0", "ctdl-AssessmentProfile:exams.json#/@graph/1"]


def test_an_id_the_original_gives_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "exam.json"
    path.write_text(json.dumps({**_exam("Welding exam"), "@id": "https://example.org/exam/7"}), encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.data["id"] == "https://example.org/exam/7"
