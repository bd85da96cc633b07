"""Work measured as a number, not a time: tests that guard against quadratic or unbounded work count it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def calls(function: Callable[..., Any], *args: Any, most: int | None = None) -> tuple[int, Any]:
    """How many function calls (Python and built-in) ``function(*args)`` makes, and what it returns; past
    ``most`` calls it is stopped with an AssertionError (work that grows with an expansion never ends)."""
    count = 0

    def profile(_frame: Any, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1
            if most is not None and count > most:
                raise AssertionError(f"more than {most:,} calls")

    sys.setprofile(profile)
    try:
        value = function(*args)
    finally:
        sys.setprofile(None)
    return count, value
