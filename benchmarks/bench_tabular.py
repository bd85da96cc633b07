"""Benchmark (not a test): reading large Excel catalogues with the spreadsheet loader.

For workbooks of 1,000 and 10,000 descriptor rows (generated in memory), prints, from one run each
in this process:

- the loader's time beside the baseline of bare openpyxl read-only iteration of the same sheet
  (the ratio is the cost of turning cells into located descriptors), and
- the peak traced memory per row, so that streaming shows as a constant per-row figure (the
  documents themselves are what is kept).

Run: ``python3 benchmarks/bench_tabular.py [ROWS ...]``.
"""

from __future__ import annotations

import io
import sys
import time
import tracemalloc
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_checker.loaders import tabular  # noqa: E402
from qa_checker.template import columns, example_row  # noqa: E402


def workbook(rows: int) -> bytes:
    """A write-only workbook of ``rows`` copies of the template's example row (ids varied)."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Catalogue")
    cols = columns("offer")
    example = example_row("offer")
    sheet.append([c.path for c in cols])
    for number in range(rows):
        values = [example.get(c.path) for c in cols]
        values[1] = f"course-{number:06d}"
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def bare(raw: bytes) -> int:
    book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    count = sum(1 for _ in book["Catalogue"].iter_rows(values_only=True))
    book.close()
    return count


def main(sizes: list[int]) -> None:
    for rows in sizes:
        raw = workbook(rows)
        start = time.perf_counter()
        bare(raw)
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        documents = tabular.load_xlsx(raw, "catalogue.xlsx")
        loader = time.perf_counter() - start
        assert len(documents) == rows
        del documents
        tracemalloc.start()
        tabular.load_xlsx(raw, "catalogue.xlsx")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"{rows:>7,} rows  {len(raw) / 1e6:5.1f} MB file  bare openpyxl {baseline:6.2f} s  loader {loader:6.2f} s"
            f"  ratio {loader / baseline:4.1f}x  peak {peak / 1e6:6.1f} MB ({peak / rows / 1e3:.1f} kB per row)"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 10_000])
