"""The installed ``qa-checker`` script works from any directory, and real pipes get plain text.

CI installs the project (not editable) into a fresh virtual environment, so these tests prove the
console script finds its bundled schemas, rubrics and vocabularies outside the source tree.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qa_checker.explain import GOOD_OFFER
from tests.conftest import SAMPLES

GOOD = GOOD_OFFER
FLAWED = SAMPLES / "flawed" / "half-annex-i.yaml"


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def script() -> str:
    found = shutil.which("qa-checker")
    if found is None:
        pytest.skip("qa-checker is not installed on PATH")
    return found


def test_installed_script_checks_from_another_directory(script: str, tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    done = run([script, "check", "mine.yaml", str(SAMPLES), "--format", "json", "--now", "2026-11-29"], tmp_path)
    assert done.returncode == 1, done.stderr  # the samples include flawed descriptors
    report = json.loads(done.stdout)
    by_source = {r["source"]: r for r in report["results"]}
    assert by_source["mine.yaml"]["status"] == "pass"
    assert by_source["mine.yaml"]["score"] == 100.0
    assert report["rubric"]["id"] == "eu-2022"
    assert any(r["status"] == "fail" for r in report["results"])


def test_installed_script_lists_rules_and_rubrics(script: str, tmp_path: Path) -> None:
    done = run([script, "rules", "--rubric", "eu-2022"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Rubric eu-2022")
    assert "MC-EL-011" in done.stdout


def test_installed_script_usage_error_exits_2(script: str, tmp_path: Path) -> None:
    done = run([script, "check", str(GOOD), "--rubric", "no-such-rubric"], tmp_path)
    assert done.returncode == 2
    assert "unknown rubric 'no-such-rubric'" in done.stderr and "Traceback" not in done.stderr


def test_installed_script_exit_0_for_a_passing_file(script: str, tmp_path: Path) -> None:
    done = run([script, "check", str(GOOD)], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("flag", "coloured"), [((), False), (("--color", "always"), True), (("--color", "never"), False)]
)
def test_piped_output_colour(tmp_path: Path, flag: tuple[str, ...], coloured: bool) -> None:
    """Through a real pipe (not a terminal): plain by default, coloured only when forced."""
    done = run([sys.executable, "-m", "qa_checker", "check", str(FLAWED), *flag], tmp_path)
    assert done.returncode == 1, done.stderr
    assert ("\x1b[" in done.stdout) is coloured
    assert "FAIL" in done.stdout
