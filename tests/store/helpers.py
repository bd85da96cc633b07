"""A small second-cycle scenario shared by the store tests: descriptors, then fixed, broken and moved."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SAMPLES

# Four descriptors from the samples: a passing offer, a flawed offer, a credential, a flawed JSON file.
SCENARIO = (
    "offers/data-ethics-nl.yaml",
    "flawed/half-annex-i.yaml",
    "credentials/cybersecurity-awareness-de.json",
    "flawed/wrong-values.json",
)
FIRST, SECOND = "2026-11-29T12:00:00+00:00", "2027-01-10T12:00:00+00:00"


def scenario(root: Path) -> Path:
    """A folder of four descriptors, as a provider sends them for the first audit."""
    folder = root / "descriptors"
    for name in SCENARIO:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / name, target)
    return folder


def second_cycle(folder: Path) -> None:
    """What happened before the next audit: one descriptor fixed, one broken, one moved."""
    flawed = folder / "flawed" / "half-annex-i.yaml"
    flawed.write_text(
        flawed.read_text(encoding="utf-8")
        .replace("workload: {hours: 20}", "workload: {ects: 1, hours: 27}\nlevel: {eqf: 5}")
        .replace("mode: hybrid", "mode: blended"),
        encoding="utf-8",
    )
    offer = folder / "offers" / "data-ethics-nl.yaml"
    text = offer.read_text(encoding="utf-8")
    broken = text.replace("workload: {ects: 5, hours: 140}", "workload: {hours: 140}")
    assert broken != text
    offer.write_text(broken, encoding="utf-8")
    moved = folder / "archive" / "2027" / "green-logistics.json"
    moved.parent.mkdir(parents=True)
    (folder / "flawed" / "wrong-values.json").rename(moved)
