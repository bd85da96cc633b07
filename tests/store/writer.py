"""A separate process that records one (large) run into a store, for the concurrency and interruption tests.

    python -m tests.store.writer URL REPORT.pickle --copies N [--ready FILE --go FILE] [--stall FILE]

REPORT.pickle is a Report the test made (pickled, so each process does not check files again);
``--copies`` repeats its results N times (distinct sources) so the write takes a while;
``--ready``/``--go``: announce readiness, then wait for the go file so two writers start together;
``--stall FILE``: once the results are inserted (inside the run's transaction) create FILE and hang,
so the test can kill the process half-way through writing.
"""

from __future__ import annotations

import argparse
import pickle
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from qa_checker.store import Store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("report")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--ready")
    parser.add_argument("--go")
    parser.add_argument("--stall")
    parser.add_argument("--label", default="writer")
    args = parser.parse_args()
    report = pickle.loads(Path(args.report).read_bytes())
    report.results = [
        replace(result, source=f"{args.label}/{copy}/{result.source}")
        for copy in range(args.copies)
        for result in report.results
    ]
    store = Store.open(args.url)
    if args.stall:
        original = Store._insert

        def stalling(self: Store, connection: Any, table: str, rows: Any) -> None:
            original(self, connection, table, rows)
            if table == "results":
                Path(args.stall).touch()
                time.sleep(600)

        Store._insert = stalling  # type: ignore[method-assign]
    if args.ready:
        Path(args.ready).touch()
    if args.go:
        deadline = time.monotonic() + 60
        while not Path(args.go).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    info = store.record(report, options={"writer": args.label})
    print(info.id, info.descriptors)


if __name__ == "__main__":
    main()
