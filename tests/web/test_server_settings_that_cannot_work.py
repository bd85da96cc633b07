"""Server settings that cannot work are refused when the server starts, with one line and exit code 2.

``QA_CHECKER_TIMEOUT=1e50`` (or ``serve --timeout 1e50``) was accepted, and then every check failed:
the worker's CPU-time budget could not set a timer that long (OverflowError), so each request got 500.
``uvicorn qa_checker.web:app`` with a setting it cannot read (a timeout of ``x``, an unknown rubric)
stopped with the application's traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from qa_checker.limits import largest_settings
from qa_checker.web import worker
from qa_checker.web.settings import Settings


@pytest.mark.parametrize("value", ["1e50", "1e10", str(largest_settings()["seconds"] + 1)])
def test_a_timeout_longer_than_the_timers_hold_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match=r"^QA_CHECKER_TIMEOUT \(--timeout\) must be at most 1000000000$"):
        Settings.from_env({"QA_CHECKER_TIMEOUT": value})


def test_the_longest_timeout_accepted_is_one_the_check_budget_can_set() -> None:
    settings = Settings.from_env({"QA_CHECKER_TIMEOUT": str(largest_settings()["seconds"])})
    with worker.cpu_budget(settings.timeout):
        pass


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("QA_CHECKER_TIMEOUT", "x", "qa-checker: QA_CHECKER_TIMEOUT: cannot read 'x'"),
        ("QA_CHECKER_RUBRIC", "no-such-rubric", "qa-checker: unknown rubric 'no-such-rubric': not a file"),
    ],
)
def test_the_application_of_settings_that_cannot_work_ends_with_one_line(
    variable: str, value: str, expected: str
) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("QA_CHECKER_")}
    done = subprocess.run(
        [sys.executable, "-c", "import qa_checker.web as web; web.app"],
        env={**environment, variable: value},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(expected) and "Traceback" not in done.stderr, done.stderr
