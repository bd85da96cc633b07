"""``benchmarks/bench_stages.py`` times the cyclic garbage collector's passes as a row of their own.

A pass runs in whichever stage allocated the object that tipped it, so in that stage's time it would charge
the stage with what every stage allocates (issue 11: a flat profile, stages dearer than their own work).
"""

from __future__ import annotations

import gc

from benchmarks.bench_stages import COLLECTOR, Stopwatch


def test_a_collector_pass_is_left_out_of_the_stage_it_runs_in() -> None:
    watch = Stopwatch()
    # Objects for a full pass to walk, so that it takes far longer than the call around it.
    kept = [[index] for index in range(200_000)]
    timed = watch.wrap(gc.collect, "stage")
    watch.time_collector()
    try:
        timed()
    finally:
        watch.undo()
    assert watch.own[COLLECTOR] > 0
    assert watch.own["stage"] < watch.own[COLLECTOR] / 2
    assert watch.calls["stage"] == 1 and kept


def test_the_collector_is_no_longer_timed_after_undo() -> None:
    watch = Stopwatch()
    watch.time_collector()
    assert watch.collector in gc.callbacks
    watch.undo()
    assert watch.collector not in gc.callbacks
    gc.collect()
    assert watch.own[COLLECTOR] == 0
