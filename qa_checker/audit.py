"""Batch audit: check every descriptor under files, folders and ``.zip`` archives on every core.

Pure core of ``qa-checker audit``: returns a :class:`~qa_checker.results.Report` whose
``metadata`` (the JSON report's ``run`` block) carries the reproducibility stamp (tool version,
rubric id, version and file hash, the SHA-256 of every input) and the results grouped by provider.
Files are checked in chunks by a process pool; results come back in input order, so the output
does not depend on the number of processes. A file that cannot be read is an ``error`` result.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from qa_checker import __version__, table
from qa_checker.document import Document
from qa_checker.engine import WaiverSet, check_document
from qa_checker.loaders import iter_files, load_file
from qa_checker.loaders.archive import ARCHIVE_SUFFIXES, load_archive_file
from qa_checker.limits import DEFAULT_MAX_BYTES
from qa_checker.results import Report, Result
from qa_checker.rubric import Rubric

Progress = Callable[[int], None]

# Below this many files a pool costs more to start than it saves.
PARALLEL_THRESHOLD = 200
MAX_CHUNK = 250


@dataclass(frozen=True)
class _Job:
    """What a worker needs besides the paths; sent once per worker."""

    rubric: Rubric
    today: date
    max_bytes: int
    waivers: WaiverSet | None
    mapping: Mapping[str, str | None] | None = None


_WORKER_JOB: _Job | None = None


def load_input(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Documents of one input file; archives are read member by member from disk."""
    if path.suffix.lower() in ARCHIVE_SUFFIXES:
        return load_archive_file(path, max_bytes=max_bytes)
    return load_file(path, max_bytes=max_bytes)


def check_file(path: Path, job: _Job) -> list[Result]:
    """Load and check one input file (several results for an archive or a workbook)."""
    return [check_document(doc, job.rubric, today=job.today, waivers=job.waivers)
            for doc in load_input(path, max_bytes=job.max_bytes)]


def _init_worker(job: _Job) -> None:
    global _WORKER_JOB
    _WORKER_JOB = job
    if job.mapping is not None:
        # A worker started by spawn or forkserver has not inherited the parent's mapped loaders.
        from qa_checker.loaders import register_loader
        from qa_checker.loaders.tabular import CSV_SUFFIXES, XLSX_SUFFIXES, make_loaders

        csv_loader, xlsx_loader = make_loaders(job.mapping)
        register_loader(CSV_SUFFIXES, csv_loader)
        register_loader(XLSX_SUFFIXES, xlsx_loader)


def _check_chunk(paths: Sequence[Path]) -> list[list[Result]]:
    assert _WORKER_JOB is not None
    return [check_file(p, _WORKER_JOB) for p in paths]


def audit_paths(paths: Iterable[str | os.PathLike[str]], *, rubric: Rubric, now: datetime | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, jobs: int | None = None,
                waivers: WaiverSet | str | os.PathLike[str] | None = None,
                mapping: Mapping[str, str | None] | None = None, exclude: Iterable[str | os.PathLike[str]] = (),
                progress: Progress | None = None, on_start: Callable[[int], None] | None = None) -> Report:
    """Check every descriptor under ``paths``; ``jobs`` processes (default: every core).

    ``waivers`` is a waiver set or the path of a waivers file (a file's hash goes into the stamp);
    ``mapping`` names the descriptor fields of spreadsheet columns; files under ``exclude`` (such
    as the report folder itself, whose report.xlsx would read as a spreadsheet) are skipped.
    ``on_start(total_files)`` is
    called once the files are known and ``progress(n)`` as each group of ``n`` files is done, so a
    caller can draw a progress bar.
    """
    from qa_checker.loaders.tabular import use_mapping
    from qa_checker.waivers import load_waivers

    if isinstance(waivers, (str, os.PathLike)):
        waivers = load_waivers(waivers)
    skipped = [Path(p).resolve() for p in exclude]
    files = [f for f in iter_files(paths) if not any(f.resolve().is_relative_to(d) for d in skipped)]
    if on_start is not None:
        on_start(len(files))
    moment = now or datetime.now(timezone.utc)
    job = _Job(rubric=rubric, today=moment.date(), max_bytes=max_bytes, waivers=waivers, mapping=mapping)
    workers = max(1, jobs or os.cpu_count() or 1)
    with use_mapping(mapping) if mapping is not None else contextlib.nullcontext():
        if workers == 1 or len(files) < PARALLEL_THRESHOLD:
            per_file = []
            for path in files:
                per_file.append(check_file(path, job))
                if progress is not None:
                    progress(1)
        else:
            per_file = _check_parallel(files, job, workers, progress)
    results = [r for group in per_file for r in group]
    report = Report(rubric=rubric, results=results, generated_at=moment.isoformat(timespec="seconds"))
    report.metadata = run_metadata(report, waivers_path=getattr(waivers, "file", None))
    return report


def _check_parallel(files: list[Path], job: _Job, workers: int, progress: Progress | None) -> list[list[Result]]:
    # The first file is checked here before the pool starts: it loads the caches the rules build
    # on first use (vocabularies, language profiles, the compiled schema), which forked workers
    # then inherit instead of each building them again.
    first = check_file(files[0], job)
    if progress is not None:
        progress(1)
    rest = files[1:]
    size = max(1, min(MAX_CHUNK, len(rest) // (workers * 4)))
    chunks = [rest[i:i + size] for i in range(0, len(rest), size)]
    done: list[list[list[Result]] | None] = [None] * len(chunks)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(job,)) as pool:
        futures = {pool.submit(_check_chunk, chunk): index for index, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            index = futures[future]
            done[index] = future.result()
            if progress is not None:
                progress(len(chunks[index]))
    return [first, *(group for chunk in done if chunk is not None for group in chunk)]


def run_metadata(report: Report, *, waivers_path: str | None = None) -> dict[str, Any]:
    """The ``run`` block: command, reproducibility stamp and per-provider summary."""
    rows = table.rows(report)
    return {
        "command": "audit",
        "stamp": stamp(report, waivers_path=waivers_path),
        "providers": providers(rows),
    }


def stamp(report: Report, *, waivers_path: str | None = None) -> dict[str, Any]:
    """What is needed to reproduce the run: tool, rubric (with its file's hash) and every input's hash."""
    rubric = report.rubric
    data: dict[str, Any] = {
        "tool": "qa-checker",
        "version": __version__,
        "rubric": {"id": rubric.id, "version": rubric.version, "sha256": _file_sha256(rubric.path)},
        "generated_at": report.generated_at,
        "inputs": [{"source": r.source, "sha256": r.sha256} for r in report.results],
    }
    if waivers_path is not None:
        data["waivers"] = {"path": waivers_path, "sha256": _file_sha256(waivers_path)}
    return data


def providers(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Results grouped by awarding body: counts, pass rate and mean score, sorted by provider name."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(table.group_key(row), []).append(row)
    out = []
    for name in sorted(groups, key=lambda n: (n == table.UNKNOWN_PROVIDER, n.casefold(), n)):
        members = groups[name]
        scores = [r["score"] for r in members if r["score"] is not None]
        counts = {s: sum(1 for r in members if r["status"] == s) for s in ("pass", "fail", "error")}
        out.append({
            "provider": name,
            "descriptors": len(members),
            **counts,
            "pass_rate": round(100.0 * counts["pass"] / len(members), 1),
            "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
            "sources": [r["source"] for r in members],
        })
    return out


def _file_sha256(path: str | None) -> str | None:
    if not path:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None
