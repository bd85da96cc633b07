"""The time budgets of one input's steps share one handler of the timer's signal, each step armed anew."""

from __future__ import annotations

import signal
import time
from typing import Any

import pytest

from qa_checker import runner
from qa_checker.limits import OverTime
from qa_checker.runner import wall_clock_budget


def test_each_step_has_the_whole_budget_and_one_over_it_is_stopped() -> None:
    with wall_clock_budget(0.5) as budget:
        for _ in range(3):
            with budget.step():
                time.sleep(0.3)  # 0.9 s in all: each step is timed on its own
        started = time.monotonic()
        with pytest.raises(OverTime), budget.step():
            time.sleep(5)
    assert time.monotonic() - started < 2
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_handler_is_set_once_for_all_steps_and_restored(timer_handlers: list[Any]) -> None:
    before = signal.getsignal(signal.SIGALRM)
    with wall_clock_budget(5) as budget:
        for _ in range(4):
            with budget.step():
                pass
    assert len(timer_handlers) == 2 and timer_handlers[-1] == before
    assert signal.getsignal(signal.SIGALRM) == before


def test_no_budget_sets_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: Any) -> Any:
        raise AssertionError("the signal's handler was set")

    monkeypatch.setattr(runner.signal, "signal", refused)
    with wall_clock_budget(0) as budget, budget.step():
        pass
