"""Hostile round seven: ``check --format github`` sends no control or invisible character of a file's name raw.

The message of an annotation showed such characters as escapes, but its ``file=`` property carried the name as
it is: a descriptor in a folder named with an ESC sequence, a right-to-left override or a tab wrote them raw into
the CI log, which a terminal showing the log obeys. The name is now shown as the terminal report shows it.
"""

from __future__ import annotations

import re

import pytest

from qa_checker.cells import visible
from qa_checker.reporting.github import escape_property
from tests.conftest import baseline
from tests.reporting.helpers import write_yaml

NAMES = ("\x1b[2Jred", "evil\u202eyaml.exe", "tab\there", "zero\u200bwidth", "bell\x07", "line\x85next")
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("name", NAMES)
def test_a_file_name_of_controls_is_annotated_as_its_escapes(run_cli, tmp_path, monkeypatch, name: str) -> None:
    data = baseline()
    del data["quality_assurance"]
    write_yaml(tmp_path / name / "course.yaml", data)
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", ".", "--format", "github", "-o", "out.txt")
    assert result.exit_code == 1, result.output
    lines = (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    for line in lines:
        assert not RAW.search(line), repr(line)
        assert f"file={escape_property(visible(name + '/course.yaml'))}," in line, line
