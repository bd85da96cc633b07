"""Hostile round 31: an Open Badges 3.0 subject's results are read once, whatever number of achievements they are
the results of.

A subject of N achievements and N results naming no result description (or all naming one shared description) was
read in time and JSON-LD node reads growing as N*N: every achievement read again every result it fell back to, and
the node budget paid for each reading, so a 50 KB credential of 300 achievements was refused (MC-LD-005, nothing
imported). What each achievement is given must stay what it was given before: the small cases' descriptors and
findings are compared with those the importer gave before the change (``ob3_results_read_once.json``).
"""

from __future__ import annotations

import gc
import json
import time
from pathlib import Path
from typing import Any

import pytest

from qa_checker.limits import Limits
from qa_checker.loaders import load_file
from tests.test_hostile_round31_quiet_services_and_shared_words import _badge


def _ach(n: int, **more: object) -> dict[str, Any]:
    return {
        "id": f"https://ex.org/a/{n}",
        "type": ["Achievement"],
        "name": f"Course {n}",
        "description": "x",
        "criteria": {"narrative": "labs"},
        **more,
    }


def _rd(i: int, name: str = "Grade", **more: object) -> dict[str, Any]:
    return {"id": f"urn:uuid:rd{i}", "type": ["ResultDescription"], "name": name, **more}


_RUBRIC = {
    "id": "urn:uuid:rdL",
    "type": ["ResultDescription"],
    "name": "Level",
    "rubricCriterionLevel": [
        {"id": "urn:uuid:lvA", "type": ["RubricCriterionLevel"], "name": "Excellent"},
        {"id": "urn:uuid:lvB", "type": ["RubricCriterionLevel"]},
    ],
}
CASES: dict[str, dict[str, Any]] = {}
for n in (1, 2, 3, 4):
    CASES[f"nodesc_{n}"] = _badge(
        [_ach(i) for i in range(1, n + 1)], [{"type": ["Result"], "value": str(i)} for i in range(n)]
    )
    CASES[f"shared_{n}"] = _badge(
        [_ach(i, resultDescription=[_rd(0)]) for i in range(1, n + 1)],
        [{"type": ["Result"], "resultDescription": "urn:uuid:rd0", "value": str(i)} for i in range(n)],
    )
    CASES[f"many_{n}"] = _badge(
        [_ach(1, resultDescription=[_rd(i) for i in range(n)])] + [_ach(i) for i in range(2, n + 1)],
        [
            {
                "type": ["Result"],
                "resultDescription": [f"urn:uuid:rd{j}" for j in range(i, min(n, i + 2))],
                "value": str(i),
            }
            for i in range(n)
        ],
    )
CASES["overall"] = _badge(
    [_ach(1, resultDescription=[_rd(1, "Final Exam"), _rd(2, "Final Grade")]), _ach(2)],
    [
        {"type": ["Result"], "resultDescription": "urn:uuid:rd1", "value": "3"},
        {"type": ["Result"], "resultDescription": "urn:uuid:rd2", "value": "2.0"},
        {"type": ["Result"], "value": "pass"},
        {"type": ["Result"], "value": "B"},
    ],
)
CASES["levels"] = _badge(
    [_ach(1, resultDescription=[_RUBRIC]), _ach(2), _ach(3)],
    [
        {"type": ["Result"], "resultDescription": "urn:uuid:rdL", "achievedLevel": "urn:uuid:lvB"},
        {"type": ["Result"], "resultDescription": "urn:uuid:rdL", "achievedLevel": "urn:uuid:lvX"},
        {"type": ["Result"], "resultDescription": "urn:uuid:rdL", "achievedLevel": "urn:uuid:lvA"},
        {"type": ["Result"], "achievedLevel": 7},
        {"type": ["Result"], "achievedLevel": {"type": ["RubricCriterionLevel"], "name": "Good"}},
    ],
)
CASES["unnamed_only"] = _badge(
    [_ach(1), _ach(2)],
    [
        {"type": ["Result"], "achievedLevel": "urn:uuid:nope"},
        {"type": ["Result"], "achievedLevel": [[1]]},
        {"type": ["Result"], "value": "", "achievedLevel": ""},
    ],
)
CASES["blank"] = _badge([_ach(1), _ach(2)], [{"type": ["Result"], "value": ""}, {"type": ["Result"], "value": " "}])
CASES["blank_level"] = _badge([_ach(1)], [{"type": ["Result"], "achievedLevel": ""}])
CASES["number_value"] = _badge(
    [_ach(1), _ach(2)], [{"type": ["Result"], "value": 7}, {"type": ["Result"], "value": True}]
)
CASES["no_achievement"] = _badge(None, [{"type": ["Result"], "value": "A"}, {"type": ["Result"], "value": "B"}])
CASES["single"] = _badge(_ach(1), [{"type": ["Result"], "value": "A"}])
CASES["own_and_unowned"] = _badge(
    [_ach(1, resultDescription=[_rd(1)]), _ach(2, resultDescription=[_rd(2)]), _ach(3)],
    [
        {"type": ["Result"], "resultDescription": "urn:uuid:rd2", "value": "2"},
        {"type": ["Result"], "resultDescription": "urn:uuid:rd9", "value": "9"},
        {"type": ["Result"], "value": "u"},
    ],
)
CASES["two_subjects"] = _badge(
    None,
    subjects=[
        {
            "id": "did:example:a",
            "type": ["AchievementSubject"],
            "achievement": [_ach(1), _ach(2)],
            "result": [{"type": ["Result"], "value": "1"}],
        },
        {
            "id": "did:example:b",
            "type": ["AchievementSubject"],
            "achievement": [_ach(3, resultDescription=[_rd(3)])],
            "result": [
                {"type": ["Result"], "resultDescription": "urn:uuid:rd3", "value": "3"},
                {"type": ["Result"], "value": "x"},
            ],
        },
    ],
)


_BEFORE = Path(__file__).with_name("ob3_results_read_once.json")


def _read(path: Path) -> list[list[Any]]:
    return [
        [document.data, [[f.rule, str(f.severity), f.pointer, str(f.message)] for f in document.findings]]
        for document in load_file(path)
    ]


@pytest.mark.parametrize("name", sorted(CASES))
def test_small_subjects_give_each_achievement_what_they_gave_before(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(CASES[name]), encoding="utf-8")
    assert json.loads(json.dumps(_read(path), default=str)) == json.loads(_BEFORE.read_text(encoding="utf-8"))[name]


def _nodesc(count: int) -> dict[str, Any]:
    return _badge([_ach(i) for i in range(1, count + 1)], [{"type": ["Result"], "value": str(i)} for i in range(count)])


def _shared(count: int) -> dict[str, Any]:
    return _badge(
        [_ach(i, resultDescription=[_rd(0)]) for i in range(1, count + 1)],
        [{"type": ["Result"], "resultDescription": "urn:uuid:rd0", "value": str(i)} for i in range(count)],
    )


@pytest.mark.parametrize("shape", [_nodesc, _shared])
def test_three_hundred_achievements_are_imported(tmp_path: Path, shape: Any) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps(shape(300)), encoding="utf-8")
    documents = load_file(path)
    assert len(documents) == 300
    assert not [f.message for d in documents for f in d.findings if f.rule == "MC-LD-005"]
    # every achievement is given the first result, as one achievement of a subject of three was
    assert {d.data.get("grade") for d in documents} == {"0"}


SMALL, LARGE = 200, 800
MAX_RATIO = 8  # linear: about 4 times as long on 4 times the achievements and results; quadratic: 16
ATTEMPTS = 3
# A budget no reading reaches, so that the quadratic reading is timed, not refused.
_UNBOUNDED = Limits(jsonld_nodes=10**9)


def _cpu(path: Path) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.thread_time()
        documents = load_file(path, limits=_UNBOUNDED)
        spent = time.thread_time() - start
    finally:
        gc.enable()
    assert len(documents) in (SMALL, LARGE)
    return spent


@pytest.mark.parametrize("shape", [_nodesc, _shared])
def test_results_are_read_in_linear_time(tmp_path: Path, shape: Any) -> None:
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    small.write_text(json.dumps(shape(SMALL)), encoding="utf-8")
    large.write_text(json.dumps(shape(LARGE)), encoding="utf-8")
    ratio = 0.0
    for _ in range(ATTEMPTS):
        ratio = min(_cpu(large) for _ in range(2)) / max(min(_cpu(small) for _ in range(2)), 1e-3)
        if ratio <= MAX_RATIO:
            break
    assert ratio <= MAX_RATIO, f"{LARGE} achievements took {ratio:.1f} times as long as {SMALL}"
