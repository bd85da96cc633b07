"""Linear-time checks for tests: CPU time of a read at two sizes four times apart, compared as a ratio (never as
wall-clock time), so that a pattern that backtracks over its input fails however fast the machine is."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

SMALL, LARGE = 10_000, 40_000
# A linear read grows about 4x between the sizes, a quadratic one about 16x.
MAX_RATIO = 10
# The least time counted, so that reads too fast to time do not make a ratio of noise.
FLOOR = 0.002


def cpu_seconds(function: Callable[[], object]) -> float:
    """The least CPU time of three calls of ``function`` (the garbage collected before each), at least FLOOR."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return max(best, FLOOR)


def assert_linear(read: Callable[[int], object], small: int = SMALL, large: int = LARGE) -> None:
    """``read`` of an input of ``large`` takes less than MAX_RATIO times its time on ``small`` (4x fewer)."""
    assert large == 4 * small
    short, long = cpu_seconds(lambda: read(small)), cpu_seconds(lambda: read(large))
    assert long / short < MAX_RATIO, (short, long)
