"""Hostile round five: a side of ``diff`` that cannot be opened (a named pipe, a device, a folder of only those).

Checked now, it gave one unreadable result, every descriptor of the other run "removed" and "nothing got
worse" with exit 0, so a pipeline gating on diff passed. The README makes an unreadable argument a usage
error: exit 2, naming the argument and why.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "offers" / "data-ethics-nl.yaml"

Run = Callable[..., Result]


def _fifo(folder: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    folder.mkdir(exist_ok=True)
    fifo = folder / "offer.yaml"
    os.mkfifo(fifo)
    return fifo


@pytest.mark.parametrize("side", ["fifo", "folder-of-a-fifo", "device"])
@pytest.mark.parametrize("first", [True, False])
def test_a_side_that_cannot_be_opened_is_a_usage_error(tmp_path: Path, run_cli: Run, side: str, first: bool) -> None:
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(SAMPLE, good / "offer.yaml")
    if side == "device":
        other = os.devnull
    else:
        fifo = _fifo(tmp_path / "pipes")
        other = str(fifo if side == "fifo" else fifo.parent)
    sides = (other, str(good)) if first else (str(good), other)
    outcome = run_cli("diff", *sides)
    assert outcome.exit_code == 2, outcome.output
    assert "is neither a qa-checker report.json" in outcome.output
    assert "not a regular file" in outcome.output


def test_a_folder_with_a_pipe_beside_a_descriptor_is_still_compared(tmp_path: Path, run_cli: Run) -> None:
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(SAMPLE, good / "offer.yaml")
    fifo = _fifo(tmp_path / "mixed")
    shutil.copy(SAMPLE, fifo.parent / "course.yaml")
    outcome = run_cli("diff", str(good), str(fifo.parent))
    assert outcome.exit_code in (0, 1), outcome.output
    assert "is neither" not in outcome.output
