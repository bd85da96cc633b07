"""Benchmark (not a test): time and peak memory of ``qa-checker check`` on every hostile input.

For each case of ``tests/hostile/corpus.py`` it runs ``qa-checker check --format json`` on the hostile
file alone, and on a good file of the same size (the bundled good offer with its summary padded to the
same number of bytes to two significant digits, capped just under the 5 MiB limit; never smaller than
the good offer itself), each in a fresh process, and prints a
Markdown table of wall time, peak resident memory and the ratio hostile / good. A case over 10 s or
500 MB is flagged, as is an internal error (``MC-EN-*``) or a traceback: the target is that every hostile
input is answered within both on a two-core machine. The Answer column gives the statuses and error
rules of the results. ``--command audit`` measures ``qa-checker audit`` (all three reports) instead.

Peak memory is the ``ru_maxrss`` of the checker process, read with ``getrusage(RUSAGE_CHILDREN)`` in
a small parent process started for that one run.

Run: ``python3 benchmarks/bench_hostile.py [CASE ...] [--command check|audit] [--timeout S] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.corpus import CASES, UNDER_LIMIT, padded_good, write_case  # noqa: E402

NOW = "2026-11-29T12:00:00+00:00"
MAX_SECONDS = 10.0
MAX_MB = 500.0

# Runs the command given after the timeout and output file, with its standard output in that file,
# then prints its wall time, the peak RSS of the process (kB) and its exit code as JSON; a run over
# the timeout is killed and reported as such.
_MEASURE = """
import json, resource, subprocess, sys, time
timeout = float(sys.argv[1])
start = time.perf_counter()
with open(sys.argv[2], "wb") as out:
    process = subprocess.Popen(sys.argv[3:], stdout=out, stderr=subprocess.PIPE)
    try:
        _, err = process.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
        timed_out = True
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": elapsed, "kb": peak, "code": process.returncode, "timed_out": timed_out,
                  "traceback": b"Traceback" in err}))
"""

Run = dict[str, Any]


def _answer(report_file: Path) -> str:
    """What the checker answered: the statuses and rules of the results, shortened."""
    try:
        results = json.loads(report_file.read_bytes())["results"]
    except (OSError, ValueError, KeyError, TypeError):
        return "no report"
    statuses = sorted({r["status"] for r in results})
    rules = sorted({f["rule"] for r in results for f in r["findings"] if f["severity"] == "error"})
    shown = ", ".join(rules[:3]) + (", ..." if len(rules) > 3 else "")
    count = f"{len(results):,} results " if len(results) != 1 else ""
    return f"{count}{'/'.join(statuses)}{': ' + shown if shown else ''}"


def measure(path: Path, command: str, timeout: float, repeat: int) -> Run:
    """The fastest of ``repeat`` runs of ``qa-checker check`` (or ``audit``) on one file, each in a fresh
    process, with what it answered."""
    best: Run | None = None
    work = path.parent / f"{path.stem}-{command}"
    work.mkdir(exist_ok=True)
    stdout = work / "stdout"
    if command == "audit":
        args = ["audit", str(path), "--out", str(work / "out"), "--now", NOW, "--no-progress"]
        report = work / "out" / "report.json"
    else:
        args = ["check", "--format", "json", "--now", NOW, str(path)]
        report = stdout
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, str(timeout), str(stdout), sys.executable, "-m", "qa_checker", *args],
            capture_output=True,
            text=True,
            cwd=path.parent,
            check=True,
        )
        run = json.loads(done.stdout)
        run["answer"] = _answer(report)
        if best is None or run["seconds"] < best["seconds"]:
            best = run
    assert best is not None
    return best


def _yardstick_size(size: int) -> int:
    """The good file's size for a hostile file of ``size`` bytes: the same to two significant digits (so
    files of about the same size share one measurement), capped just under the 5 MiB limit."""
    rounded = int(float(f"{size:.2g}")) if size >= 100 else size
    return min(max(rounded, 1), UNDER_LIMIT)


def _mb(kb: float) -> float:
    return kb / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is killed")
    parser.add_argument("--repeat", type=int, default=1, help="runs per file; the fastest counts")
    parser.add_argument(
        "--command",
        choices=("check", "audit"),
        default="check",
        help="measure check --format json (default) or audit with all three reports",
    )
    args = parser.parse_args(argv)
    chosen = [c for c in CASES if not args.cases or c.name in args.cases]
    unknown = set(args.cases) - {c.name for c in CASES}
    if unknown:
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    flagged = []
    yardsticks: dict[int, Run] = {}
    print(
        "| Case | Bytes | Time (s) | Peak RSS (MB) | Good file: time (s) | Good file: RSS (MB) "
        "| Time ratio | RSS ratio | Answer | Flag |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        work = Path(tmp)
        for case in chosen:
            folder = work / case.name
            path = write_case(case, folder / "hostile")
            size = path.stat().st_size
            hostile = measure(path, args.command, args.timeout, args.repeat)
            target = _yardstick_size(size)
            if target not in yardsticks:
                good_file = padded_good(target, work / f"good-{target}")
                yardsticks[target] = measure(good_file, args.command, args.timeout, args.repeat)
            good = yardsticks[target]
            flags = []
            if hostile["timed_out"]:
                flags.append(f"killed after {args.timeout:.0f} s")
            elif float(hostile["seconds"]) > MAX_SECONDS:
                flags.append(f"over {MAX_SECONDS:.0f} s")
            if _mb(float(hostile["kb"])) > MAX_MB:
                flags.append(f"over {MAX_MB:.0f} MB")
            if "MC-EN-" in hostile["answer"]:
                flags.append("internal error")
            if hostile["traceback"] or int(hostile["code"]) not in (0, 1):
                flags.append(f"exit {hostile['code']}" + (", traceback" if hostile["traceback"] else ""))
            if flags:
                flagged.append(case.name)
            capped = " (capped)" if size > UNDER_LIMIT else ""
            print(
                f"| {case.name} | {size:,} | {float(hostile['seconds']):.2f} | {_mb(float(hostile['kb'])):.0f} "
                f"| {float(good['seconds']):.2f}{capped} | {_mb(float(good['kb'])):.0f} "
                f"| {float(hostile['seconds']) / float(good['seconds']):.1f}x "
                f"| {float(hostile['kb']) / float(good['kb']):.1f}x | {hostile['answer']} | {'; '.join(flags)} |",
                flush=True,
            )
    print()
    print(
        f"qa-checker {args.command}, one fresh process per run. "
        f"{len(flagged)} of {len(chosen)} case(s) flagged (over {MAX_SECONDS:.0f} s or {MAX_MB:.0f} MB, killed, "
        f"or not answered cleanly){': ' + ', '.join(flagged) if flagged else ''}"
    )
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
