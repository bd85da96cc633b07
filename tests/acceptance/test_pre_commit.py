"""The pre-commit hook works for a provider's repository of descriptors, from a fresh clone of this project.

pre-commit clones the project at a commit, builds a virtualenv and pip-installs it (from the
package index), then runs the hook on the descriptors; this test does all of that for real.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
NOW = "2026-11-29"  # the hook runs with the real clock otherwise; date rules would make it drift

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(
        shutil.which("pre-commit") is None, reason="pre-commit is not installed (pip install '.[test]')"
    ),
]


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    done = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def _pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        ["pre-commit", "run", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_hook_fails_on_a_failing_descriptor_and_passes_when_fixed(tmp_path: Path) -> None:
    project = tmp_path / "qa-checker"
    _git(tmp_path, "clone", "--quiet", str(ROOT), str(project))
    if not (project / ".pre-commit-hooks.yaml").is_file():
        pytest.skip("the hook file is not committed in this checkout yet")
    rev = _git(project, "rev-parse", "HEAD")

    repo = tmp_path / "descriptors"
    repo.mkdir()
    _git(repo, "init", "--quiet")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {project.as_posix()}\n    rev: {rev}\n    hooks:\n"
        f"      - id: qa-checker\n        args: [--now, '{NOW}', --color, never]\n",
        encoding="utf-8",
    )
    offer = repo / "offers" / "course.json"
    offer.parent.mkdir()
    shutil.copyfile(SAMPLES / "flawed" / "wrong-values.json", offer)
    _git(repo, "add", ".")
    _git(repo, "commit", "--quiet", "-m", "a flawed descriptor")

    home = tmp_path / "pre-commit-home"
    failing = _pre_commit(repo, home)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "qa-checker" in failing.stdout and "Failed" in failing.stdout
    assert "offers/course.json" in failing.stdout and "MC-SC-001" in failing.stdout

    offer.unlink()
    shutil.copyfile(SAMPLES / "offers" / "data-ethics-nl.yaml", repo / "offers" / "course.yaml")
    _git(repo, "add", "-A")
    _git(repo, "commit", "--quiet", "-m", "the fixed descriptor")
    passing = _pre_commit(repo, home)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
