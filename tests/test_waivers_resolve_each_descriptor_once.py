"""Many waivers against many descriptors: the work per descriptor must not grow with each waiver's path lookups.

Every (waiver, descriptor) pair resolved the descriptor's path and the waivers file's folder on disk again,
so 10,000 waivers (a file well under its 1 MB limit) against 100 descriptors took minutes. Each descriptor's
places are now found once, and each waiver only matched against them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from qa_checker.waivers import load_waivers

WAIVERS = 200
SOURCES = ("providers/acme/a.yaml", "providers/acme/b.yaml", "c.yaml")


def test_each_descriptor_path_is_resolved_a_bounded_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "waivers.yaml"
    lines = [
        f"- {{rule: MC-LO-002, descriptor: 'other/p{index}/*.yaml', reason: r, accepted_by: m}}\n"
        for index in range(WAIVERS)
    ]
    path.write_text("".join(lines) + "- {rule: MC-LO-002, descriptor: 'providers/acme/*', reason: r, accepted_by: m}\n")
    waivers = load_waivers(path)
    calls = []
    resolve = Path.resolve

    def counted(self: Path, strict: bool = False) -> Path:
        calls.append(self)
        return resolve(self, strict=strict)

    monkeypatch.setattr(Path, "resolve", counted)
    for source in SOURCES:
        waivers.apply([], descriptor_id=None, source=source, today=date(2026, 11, 29))
    unmatched = waivers.unmatched([SimpleNamespace(id=None, source=source) for source in SOURCES])
    assert len(unmatched) == WAIVERS  # the last waiver names the two ACME files; none of the others names any
    assert len(calls) <= 2 * 2 * len(SOURCES), len(calls)  # the source and the folder, in apply and in unmatched
