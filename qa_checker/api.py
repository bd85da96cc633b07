"""Shortcuts over :func:`qa_checker.runner.run` for scripts: check paths or documents, get a Report back.

Each builds a :class:`~qa_checker.runner.RunConfig` from keyword arguments and calls the one runner,
so a script gets exactly what ``qa-checker check`` and ``audit`` report. ``language`` (one of
:data:`qa_checker.i18n.LANGUAGES`) is the one the report's messages are shown in.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from qa_checker.document import Document
from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE
from qa_checker.limits import DEFAULT_MAX_BYTES, Limits
from qa_checker.loaders.code_pages import text_codec, unknown_encoding
from qa_checker.moment import parse_moment
from qa_checker.results import Report
from qa_checker.rubric import DEFAULT_RUBRIC, Rubric, load_rubric
from qa_checker.runner import RunConfig, run, run_documents
from qa_checker.text import english
from qa_checker.waivers import Waivers, load_waivers

if TYPE_CHECKING:  # typing.Unpack is Python 3.11's; only the type checker reads it here
    from typing_extensions import Unpack

__all__ = ["PathOptions", "audit_paths", "check_documents", "check_paths", "config", "load_rubric"]


def config(
    *,
    rubric: Rubric | str | Path = DEFAULT_RUBRIC,
    now: datetime | date | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    waivers: Waivers | str | os.PathLike[str] | None = None,
    mapping: Mapping[str, str | None] | None = None,
    encoding: str | None = None,
    jobs: int | None = None,
    command: str = "check",
    language: str = SOURCE_LANGUAGE,
) -> RunConfig:
    """A run configuration from plain values: a rubric id or path, the run's date or time (a date is its
    midnight UTC; ISO 8601 text as ``--now`` reads it, a :class:`~qa_checker.moment.MomentError` when it is
    none), a waivers file path, the encoding CSV files are in (a ``ValueError`` when no text encoding has that
    name), a language code."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {', '.join(LANGUAGES)}")
    codec = None if encoding is None else text_codec(encoding)
    if encoding is not None and codec is None:
        raise ValueError(english(unknown_encoding(encoding)))
    return RunConfig(
        rubric=rubric if isinstance(rubric, Rubric) else load_rubric(rubric),
        now=_moment(now),
        limits=Limits(max_bytes=max_bytes),
        waivers=load_waivers(waivers) if isinstance(waivers, (str, os.PathLike)) else waivers,
        mapping=mapping,
        encoding=codec,
        jobs=jobs,
        command=command,
        language=language,
    )


def _moment(now: datetime | date | str | None) -> datetime | None:
    """The run's time from what a script gives: a datetime as it is, a date at midnight UTC, text as ``--now``."""
    if isinstance(now, str):
        return parse_moment(now)
    if isinstance(now, date) and not isinstance(now, datetime):
        return datetime.combine(now, time(), timezone.utc)
    return now


class PathOptions(TypedDict, total=False):
    """The settings :func:`check_paths` and :func:`audit_paths` take, as :func:`config` takes them."""

    rubric: Rubric | str | Path
    now: datetime | date | str | None
    max_bytes: int
    waivers: Waivers | str | os.PathLike[str] | None
    mapping: Mapping[str, str | None] | None
    encoding: str | None
    jobs: int | None
    language: str


def check_paths(paths: Iterable[str | os.PathLike[str]], **options: Unpack[PathOptions]) -> Report:
    """Check every descriptor under ``paths`` (files, folders, archives, spreadsheets); ``options`` as
    :func:`config` takes them (``rubric``, ``now``, ``max_bytes``, ``waivers``, ``mapping``, ``encoding``, ``jobs``,
    ``language``)."""
    return run(paths, config(**options))


def audit_paths(paths: Iterable[str | os.PathLike[str]], **options: Unpack[PathOptions]) -> Report:
    """Like :func:`check_paths`, stamped as an audit (what ``qa-checker audit`` writes)."""
    return run(paths, config(command="audit", **options))


def check_documents(
    documents: Iterable[Document],
    *,
    rubric: Rubric | str | Path = DEFAULT_RUBRIC,
    now: datetime | date | str | None = None,
    waivers: Waivers | str | os.PathLike[str] | None = None,
    language: str = SOURCE_LANGUAGE,
) -> Report:
    """Check documents already loaded."""
    return run_documents(documents, config(rubric=rubric, now=now, waivers=waivers, language=language))
