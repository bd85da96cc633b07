"""Hostile round five: a history store whose rows another program changed.

SQLite keeps whatever is written into a column, whatever its declared type: a score of ``'abc'``, a
status qa-checker has no word for, a count that is text, a JSON value nested too deeply to decode. Each
once reached the comparison or the history table and ended in a traceback (``TypeError``,
``RecursionError``); each must now be one line naming the store, and exit 2.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "offers" / "data-ethics-nl.yaml"

Run = Callable[..., Result]

CHANGES = {
    "score-as-text": "UPDATE results SET score = 'abc'",
    "score-beyond-100": "UPDATE results SET score = 1e308",
    "unknown-status": "UPDATE results SET status = 'weird'",
    "count-as-text": "UPDATE runs SET descriptors = 'many'",
    "mean-score-as-text": "UPDATE runs SET mean_score = 'high'",
    "texts-nested-too-deeply": "UPDATE findings SET texts = '" + "[" * 100_000 + "]" * 100_000 + "'",
}

COMMANDS = {
    "diff": ("diff",),
    "diff-json": ("diff", "--format", "json"),
    "history": ("history",),
    "trajectory": ("history", "--descriptor", "hva-data-ethics-2026"),
    "export": ("history", "--export", "latest"),
}


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of two runs of a descriptor with findings (a review date in the future)."""
    from click.testing import CliRunner

    from qa_checker.cli import cli

    store = tmp_path_factory.mktemp("store") / "history.sqlite"
    for now in ("2026-01-01", "2026-01-02"):
        outcome = CliRunner().invoke(cli, ["check", str(SAMPLE), "--store", str(store), "--now", now])
        assert outcome.exit_code == 0, outcome.output
    return store


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_stored_value_qa_checker_never_writes_is_one_line_and_exit_2(
    recorded: Path, tmp_path: Path, run_cli: Run, change: str, command: tuple[str, ...]
) -> None:
    store = tmp_path / "changed.sqlite"
    shutil.copy(recorded, store)
    with sqlite3.connect(store) as connection:
        connection.execute(change)
    outcome = run_cli(*command, "--store", str(store))
    if outcome.exit_code == 0:  # a command that does not read the changed column
        assert "Traceback" not in outcome.output
        return
    assert outcome.exit_code == 2, outcome.output
    assert "holds a value qa-checker did not write and cannot read" in outcome.output, outcome.output
    assert str(store) in outcome.output


@pytest.mark.parametrize("change", ["score-as-text", "unknown-status", "count-as-text"])
def test_the_commands_that_read_a_changed_column_refuse_it(
    recorded: Path, tmp_path: Path, run_cli: Run, change: str
) -> None:
    store = tmp_path / "changed.sqlite"
    shutil.copy(recorded, store)
    with sqlite3.connect(store) as connection:
        connection.execute(CHANGES[change])
    command = ("history",) if change == "count-as-text" else ("diff",)
    outcome = run_cli(*command, "--store", str(store))
    assert outcome.exit_code == 2, outcome.output
    assert "holds a value qa-checker did not write" in outcome.output


def test_a_stored_value_of_its_columns_type_is_read_as_it_is() -> None:
    from qa_checker.store import _check_value

    for column, value in [
        ("score", 0),
        ("score", 100.0),
        ("status", "skipped"),
        ("severity", "info"),
        ("waived", True),
    ]:
        _check_value(column, value)
    for column, value in [("score", "1"), ("score", -0.1), ("descriptors", True), ("waived", "yes"), ("status", "ok")]:
        with pytest.raises(ValueError, match=column):
            _check_value(column, value)
