"""A folder a walk cannot list is told with what to do about its reason: a path too long for the system is not a
matter of permission."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from qa_checker.loaders import _unlisted


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        (errno.ENAMETOOLONG, "Shorten the folder's path"),
        (errno.EACCES, "Give this user permission to read the folder"),
        (errno.EIO, "Check that the folder still exists and can be listed."),
    ],
)
def test_the_hint_fits_the_reason(code: int, hint: str) -> None:
    (finding,) = _unlisted(Path("audits/batch"), OSError(code, "reason")).document().findings
    assert finding.hint.startswith(hint)
    assert "the folder cannot be read (reason)" in finding.message
