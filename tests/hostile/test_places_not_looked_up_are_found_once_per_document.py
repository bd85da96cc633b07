"""Many results from one document (a CTDL graph's resources) with more places than are looked up: the
places not looked up are gathered once for the document, not again for each result sharing it."""

from __future__ import annotations

import itertools
import types
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from qa_checker import locate
from qa_checker.findings import Finding, Severity
from qa_checker.locate import locate_results
from qa_checker.results import Result

RESULTS = 200


def _finding(pointer: str) -> Finding:
    return Finding("MC-EL-001", Severity.ERROR, None, pointer, "m", "h")


def test_places_beyond_the_limit_are_gathered_once_for_results_sharing_a_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drawn: list[Any] = []

    def islice(items: Iterable[Any], *bounds: Any) -> Iterator[Any]:
        for item in itertools.islice(items, *bounds):
            drawn.append(item)
            yield item

    monkeypatch.setattr(locate, "MAX_POINTERS", 2)
    monkeypatch.setattr(locate, "itertools", types.SimpleNamespace(islice=islice))
    results = [
        Result(
            source="graph.json",
            id=None,
            kind=None,
            status="fail",
            score=0.0,
            elements={},
            findings=[_finding(f"/@graph/{n}/a"), _finding(f"/@graph/{n}/b")],
        )
        for n in range(RESULTS)
    ]
    located = locate_results(results, {"graph.json": ('{"@graph": []}', "json")})
    notices = [f for r in located for f in r.findings if f.rule == "MC-LD-005"]
    assert len(notices) == RESULTS - 1  # every result but the first, whose places are looked up
    # The 2 looked-up places and the 398 others, each drawn once (not once per result: 200 * 398).
    assert len(drawn) <= 4 * RESULTS
