"""The public Python API: check paths or documents and get a :class:`Report` back."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime, timezone
from pathlib import Path

from qa_checker.document import Document
from qa_checker.engine import WaiverSet, check_document
from qa_checker.loaders import load_paths
from qa_checker.limits import DEFAULT_MAX_BYTES
from qa_checker.results import Report
from qa_checker.rubric import DEFAULT_RUBRIC, Rubric, load_rubric
from qa_checker.waivers import load_waivers

__all__ = ["check_documents", "check_paths", "load_rubric"]


def check_documents(documents: Iterable[Document], *, rubric: Rubric | str | Path = DEFAULT_RUBRIC,
                    now: datetime | None = None, waivers: WaiverSet | str | os.PathLike[str] | None = None) -> Report:
    """Check already loaded documents; ``waivers`` is a waiver set or the path of a waivers file."""
    resolved = rubric if isinstance(rubric, Rubric) else load_rubric(rubric)
    if isinstance(waivers, (str, os.PathLike)):
        waivers = load_waivers(waivers)
    moment = now or datetime.now(timezone.utc)
    today: date = moment.date()
    results = [check_document(d, resolved, today=today, waivers=waivers) for d in documents]
    return Report(rubric=resolved, results=results, generated_at=moment.isoformat(timespec="seconds"))


def check_paths(paths: Iterable[str | os.PathLike[str]], *, rubric: Rubric | str | Path = DEFAULT_RUBRIC,
                now: datetime | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                waivers: WaiverSet | str | os.PathLike[str] | None = None) -> Report:
    """Load every descriptor under ``paths`` and check it."""
    return check_documents(load_paths(paths, max_bytes=max_bytes), rubric=rubric, now=now, waivers=waivers)
