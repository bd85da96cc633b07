"""Every report file is created with the permissions the user's umask gives, streamed or written whole."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import SAMPLES


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX permissions")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "sarif", "html"])
@pytest.mark.usefixtures("umask_022")
def test_a_report_file_is_readable_by_others_as_any_new_file(
    run_cli: Callable[..., Result], tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"report.{fmt}"
    run_cli("check", str(SAMPLES / "offers"), "--format", fmt, "-o", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
