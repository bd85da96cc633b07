"""Benchmark (not a test): descriptors per second for ``qa-checker audit`` beside ``check-jsonschema``.

Generates realistic varied corpora (1,000 and 10,000 descriptors, about 60 % YAML) in a temporary
folder, then times, from one run each:

- ``qa-checker audit CORPUS --out DIR`` (all three reports, every core), and
- ``check-jsonschema --schemafile schemas/descriptor.schema.json FILE...`` (bare schema validation
  of the same files, the baseline),

both as fresh processes including start-up, and prints descriptors per second and the ratio.
Run: ``python3 benchmarks/bench_audit.py [COUNT ...]`` (needs the ``bench`` extra).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402

SCHEMA = ROOT / "schemas" / "descriptor.schema.json"


def timed(command: list[str], cwd: Path) -> float:
    """Wall-clock seconds of one command; its output is discarded, exit codes 0 and 1 are fine."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def bench(count: int, work: Path) -> None:
    corpus = work / f"corpus-{count}"
    files = write_corpus(corpus, count)
    checker = shutil.which("check-jsonschema")
    if checker is None:
        raise SystemExit("check-jsonschema is not installed: pip install '.[bench]'")
    # check-jsonschema takes files, not folders; an argument file would not fit, so pass them in batches
    # the same way xargs would (one process per 4,000 files keeps the command line short).
    baseline = 0.0
    names = [str(p.relative_to(corpus)) for p in files]
    for start in range(0, len(names), 4000):
        baseline += timed([checker, "--schemafile", str(SCHEMA), *names[start : start + 4000]], corpus)
    audit = timed(
        [sys.executable, "-m", "qa_checker", "audit", ".", "--out", str(work / f"out-{count}"), "--no-progress"], corpus
    )
    print(
        f"{count:>6} descriptors  audit (3 reports, {os.cpu_count()} cores): {count / audit:8.0f}/s "
        f"({audit:6.2f} s)   check-jsonschema: {count / baseline:8.0f}/s ({baseline:6.2f} s)   "
        f"audit is {baseline / audit:4.2f}x the speed of check-jsonschema"
    )


def main(argv: list[str]) -> None:
    counts = [int(a) for a in argv] or [1000, 10000]
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        for count in counts:
            bench(count, Path(tmp))


if __name__ == "__main__":
    main(sys.argv[1:])
