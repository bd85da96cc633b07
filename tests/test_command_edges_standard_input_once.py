"""``-`` given twice: standard input can be read once, so the second is refused (exit 2), not checked again.

``check - -`` read standard input once and gave two identical results, as if two documents had been given.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "offers" / "data-ethics-nl.yaml"


@pytest.mark.parametrize(
    "arguments",
    [
        ("check", "-", "-"),
        ("check", "-", str(SAMPLE), "-", "--format", "jsonl"),
        ("compare", "-", "-", "--out", "{out}"),
    ],
    ids=["check", "check-jsonl", "compare"],
)
def test_standard_input_given_twice_is_a_usage_error(arguments: tuple[str, ...], tmp_path: Path) -> None:
    given = [argument.format(out=tmp_path / "out.html") for argument in arguments]
    outcome = CliRunner().invoke(cli, given, input=SAMPLE.read_bytes())
    assert outcome.exit_code == 2, outcome.output
    assert outcome.output == (
        "qa-checker: '-' (standard input) is given more than once; it can be read only once: give '-' once\n"
    )


def test_standard_input_twice_in_an_audit_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    outcome = CliRunner().invoke(cli, ["audit", "-", "-", "--out", str(out)], input=SAMPLE.read_bytes())
    assert outcome.exit_code == 2, outcome.output
    assert "'-' (standard input) is given more than once" in outcome.output
    assert not out.exists()


def test_standard_input_once_is_read() -> None:
    outcome = CliRunner().invoke(cli, ["check", "-", "--format", "json"], input=SAMPLE.read_bytes())
    assert outcome.exit_code in (0, 1), outcome.output
    assert '"source": "<stdin>"' in outcome.output or "stdin" in outcome.output
