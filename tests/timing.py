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


def cpu_seconds(function: Callable[[], object], calls: int = 3) -> float:
    """The least CPU time of ``calls`` calls of ``function`` (the garbage collected before each), at least FLOOR."""
    best = float("inf")
    for _ in range(calls):
        gc.collect()
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return max(best, FLOOR)


def assert_linear(read: Callable[[int], object], small: int = SMALL, large: int = LARGE) -> None:
    """``read`` of an input of ``large`` takes less than MAX_RATIO times its time on ``small`` (4x fewer).

    After a warm-up read (first-use loading is not the read's), each size is timed once; a ratio over the bound is
    timed again as the least of three calls, so that a pause of the machine does not fail a linear read. A pause
    only lengthens a time: a quadratic read (about 16x) passes only if its one short read was lengthened by 60 %.
    """
    assert large == 4 * small
    read(small)
    short, long = cpu_seconds(lambda: read(small), 1), cpu_seconds(lambda: read(large), 1)
    if long / short >= MAX_RATIO:
        short, long = cpu_seconds(lambda: read(small)), cpu_seconds(lambda: read(large))
    assert long / short < MAX_RATIO, (short, long)
