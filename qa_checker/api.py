"""Shortcuts over :func:`qa_checker.runner.run` for scripts: check paths or documents, get a Report back.

Each builds a :class:`~qa_checker.runner.RunConfig` from keyword arguments and calls the one runner,
so a script gets exactly what ``qa-checker check`` and ``audit`` report. ``language`` (one of
:data:`qa_checker.i18n.LANGUAGES`) is the one the report's messages are shown in.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

from qa_checker.document import Document
from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE
from qa_checker.limits import DEFAULT_MAX_BYTES, Limits
from qa_checker.results import Report
from qa_checker.rubric import DEFAULT_RUBRIC, Rubric, load_rubric
from qa_checker.runner import RunConfig, run, run_documents
from qa_checker.waivers import Waivers, load_waivers

__all__ = ["audit_paths", "check_documents", "check_paths", "config", "load_rubric"]


def config(
    *,
    rubric: Rubric | str | Path = DEFAULT_RUBRIC,
    now: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    waivers: Waivers | str | os.PathLike[str] | None = None,
    mapping: Mapping[str, str | None] | None = None,
    jobs: int | None = None,
    command: str = "check",
    language: str = SOURCE_LANGUAGE,
) -> RunConfig:
    """A run configuration from plain values: a rubric id or path, a waivers file path, a language code."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {', '.join(LANGUAGES)}")
    return RunConfig(
        rubric=rubric if isinstance(rubric, Rubric) else load_rubric(rubric),
        now=now,
        limits=Limits(max_bytes=max_bytes),
        waivers=load_waivers(waivers) if isinstance(waivers, (str, os.PathLike)) else waivers,
        mapping=mapping,
        jobs=jobs,
        command=command,
        language=language,
    )


def check_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    rubric: Rubric | str | Path = DEFAULT_RUBRIC,
    now: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    waivers: Waivers | str | os.PathLike[str] | None = None,
    mapping: Mapping[str, str | None] | None = None,
    jobs: int | None = None,
    language: str = SOURCE_LANGUAGE,
) -> Report:
    """Check every descriptor under ``paths`` (files, folders, archives, spreadsheets)."""
    return run(
        paths,
        config(
            rubric=rubric, now=now, max_bytes=max_bytes, waivers=waivers, mapping=mapping, jobs=jobs, language=language
        ),
    )


def audit_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    rubric: Rubric | str | Path = DEFAULT_RUBRIC,
    now: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    waivers: Waivers | str | os.PathLike[str] | None = None,
    mapping: Mapping[str, str | None] | None = None,
    jobs: int | None = None,
    language: str = SOURCE_LANGUAGE,
) -> Report:
    """Like :func:`check_paths`, stamped as an audit (what ``qa-checker audit`` writes)."""
    return run(
        paths,
        config(
            rubric=rubric,
            now=now,
            max_bytes=max_bytes,
            waivers=waivers,
            mapping=mapping,
            jobs=jobs,
            command="audit",
            language=language,
        ),
    )


def check_documents(
    documents: Iterable[Document],
    *,
    rubric: Rubric | str | Path = DEFAULT_RUBRIC,
    now: datetime | None = None,
    waivers: Waivers | str | os.PathLike[str] | None = None,
    language: str = SOURCE_LANGUAGE,
) -> Report:
    """Check documents already loaded."""
    return run_documents(documents, config(rubric=rubric, now=now, waivers=waivers, language=language))
