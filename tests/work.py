"""Work measured as a number, not a time: tests that guard against quadratic or unbounded work count it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def calls(function: Callable[..., Any], *args: Any) -> tuple[int, Any]:
    """How many function calls (Python and built-in) ``function(*args)`` makes, and what it returns."""
    count = 0

    def profile(_frame: Any, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        value = function(*args)
    finally:
        sys.setprofile(None)
    return count, value
