"""Shared fixtures: paths, a CLI runner, a good baseline descriptor and a fixed clock."""

from __future__ import annotations

import copy
import io
import signal
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from qa_checker import runner as runner_module
from qa_checker.api import check_documents
from qa_checker.cli import cli
from qa_checker.document import Document
from qa_checker.explain import GOOD_OFFER
from qa_checker.results import Report
from qa_checker.results import Result as CheckResult
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The good, complete offer every per-rule fixture starts from (the one `qa-checker explain` uses).
BASELINE_FILE = GOOD_OFFER
SHARED = ROOT.parent / "shared"
REALWORLD = SHARED / "realworld"
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)
OUTCOME_CORPUS = Path(__file__).resolve().parent / "corpus" / "outcomes"


def labelled_statements() -> list[tuple[str, str]]:
    """Every outcome statement of ``tests/corpus/outcomes``, with the language it is written in."""
    return [
        (data["language"], item["text"])
        for path in sorted(OUTCOME_CORPUS.glob("*.yaml"))
        for data in [yaml.safe_load(path.read_text(encoding="utf-8"))]
        for item in data["statements"]
    ]


def zip_of(members: dict[str, bytes]) -> bytes:
    """A deflated zip archive of ``members`` (name -> content), in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_patched(raw: bytes, part: str, old: bytes, new: bytes) -> bytes:
    """The archive (a workbook) with ``old`` replaced by ``new`` in one part."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == part:
                assert old in data
                data = data.replace(old, new)
            target.writestr(info, data)
    return out.getvalue()


def baseline() -> dict[str, Any]:
    """A fresh copy of the fully valid offer every rule fixture starts from."""
    return copy.deepcopy(_BASELINE)


_BASELINE: dict[str, Any] = yaml.safe_load(BASELINE_FILE.read_text(encoding="utf-8"))


def baseline_checked_with(path: tuple[str | int, ...], value: Any) -> CheckResult:
    """The baseline offer with ``value`` set at ``path`` (keys, made where missing, and list indexes), checked as a
    YAML descriptor at :data:`NOW`."""
    data = baseline()
    node: Any = data
    for key in path[:-1]:
        node = node[key] if isinstance(key, int) else node.setdefault(key, {})
    node[path[-1]] = value
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return result


def graded_credential(scheme: Any, grade: Any) -> dict[str, Any]:
    """The baseline made a credential issued to a learner with ``grade`` on the grading ``scheme`` (MC-AS-004)."""
    data = baseline()
    data.update({"kind": "credential", "learner": {"name": "Mara Schneider"}, "issue_date": "2026-04-10"})
    data["grade"] = grade
    data["assessment"] = dict(data.get("assessment") or {}, grading_scheme=scheme)
    return data


@pytest.fixture(scope="session")
def audit_config() -> RunConfig:
    """An audit of the default rubric at :data:`NOW`, in this process (results in memory)."""
    return RunConfig(rubric=load_rubric(), now=NOW, jobs=1, command="audit")


@pytest.fixture(scope="session")
def samples_in_memory(audit_config: RunConfig) -> Report:
    """The audit of the bundled samples, its results in memory (to compare a run kept on disk with)."""
    return run([SAMPLES], audit_config)


@pytest.fixture
def run_cli():
    """Run the CLI in-process; returns click's Result (exit_code, output)."""
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return run


@pytest.fixture
def timer_handlers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The handlers the runner sets for a signal from now on, in order (each also set for real)."""
    handlers: list[Any] = []
    original = signal.signal

    def counted(signum: int, handler: Any) -> Any:
        handlers.append(handler)
        return original(signum, handler)

    monkeypatch.setattr(runner_module.signal, "signal", counted)
    return handlers


def realworld_or_skip() -> Path:
    """The shared real-world folder, or skip the test when it is absent."""
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld is not present")
    return REALWORLD


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites the golden report files instead of comparing against them."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the expected files under tests/golden/ from the current output.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether the run was asked to rewrite golden files."""
    return bool(request.config.getoption("--update-golden"))
