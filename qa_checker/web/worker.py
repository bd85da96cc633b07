"""What the worker processes do: check uploads with the one runner, render reports, explain rules.

Every function here runs in a worker process of :class:`qa_checker.web.pool.WorkerPool`, in that
process's main thread, so the runner's per-input time budget (``Limits.seconds``, a ``SIGALRM``
timer) is active; a whole request is bounded on top of it by a CPU-time budget (``SIGPROF``).
There is no checking logic here: uploads go through :func:`qa_checker.runner.run` exactly as
``qa-checker check -`` reads standard input, and the reports are the renderers' own output.

Uploads arrive as bytes and stay in memory; nothing is written to disk or logged.
"""

from __future__ import annotations

import contextlib
import functools
import io
import signal
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import PurePosixPath
from typing import Any

from qa_checker.errors import QACheckerError
from qa_checker.i18n import SOURCE_LANGUAGE
from qa_checker.limits import UPLOADS_SHARE, Clock, Limits, seconds_form
from qa_checker.loaders import ARCHIVE_SUFFIXES, STDIN_PATH
from qa_checker.loaders.archive import ZIP_ERRORS
from qa_checker.results import Report, Result
from qa_checker.rubric import Rubric, load_rubric
from qa_checker.runner import RunConfig, build_report, interval_budget, not_reached, run
from qa_checker.text import Text, msg, plural

OUTPUTS = ("report", "json", "html", "xlsx")


@dataclass(frozen=True)
class Upload:
    """One uploaded or pasted file: the name it is reported under (its suffix says how to read it), and its bytes."""

    name: str
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class CheckJob:
    """One request's check: its uploads, the rubric (a bundled id or the operator's file), the run's
    time, the limits every input is read within, what to return, the CPU seconds it may use, the
    language of the report's messages, and the codec CSV files are in (default: told from their bytes)."""

    uploads: tuple[Upload, ...]
    rubric: str
    now: datetime
    limits: Limits
    output: str = "report"
    budget: float = 30.0
    language: str = SOURCE_LANGUAGE
    encoding: str | None = None


@dataclass(frozen=True)
class Refusal:
    """A request the worker refused, with the HTTP status and a message for the person who sent it:
    ``message`` in English, ``text`` the same as a :class:`Text` to show in the request's language."""

    status: int
    message: str
    text: Text | None = None

    @classmethod
    def of(cls, status: int, text: Text) -> Refusal:
        return cls(status, text.english(), text)


@dataclass
class Checked:
    """The report of a check; its findings carry the runner's own lines and columns in the uploaded text."""

    report: Report


class OverBudget(BaseException):
    """Raised when a request has used up its CPU time (a ``BaseException``, like the runner's own)."""


def cpu_budget(seconds: float) -> contextlib.AbstractContextManager[None]:
    """Raise :class:`OverBudget` once this process has spent ``seconds`` of CPU time in the block.

    Uses the profiling timer, which the runner's per-input wall-clock timer does not touch.
    """
    return interval_budget(seconds, timer=signal.ITIMER_PROF, signum=signal.SIGPROF, exceeded=OverBudget)


@functools.lru_cache(maxsize=32)
def rubric(name: str) -> Rubric:
    """A rubric by bundled id or file, loaded once per worker."""
    return load_rubric(name)


def check(job: CheckJob) -> Checked | bytes | Refusal:
    """Check a request's uploads with the one runner; the report (``report``) or a rendered one."""
    try:
        with cpu_budget(job.budget):
            refused = inspect_archives(job.uploads, job.limits)
            if refused is not None:
                return refused
            config = run_config(job)
            report = build_report(checked_uploads(job, config), config, job.now)
            if job.output == "report":
                return Checked(report)
            from qa_checker.reporting import render

            rendered = render(report, job.output)
            return rendered.encode("utf-8") if isinstance(rendered, str) else rendered
    except OverBudget:
        return Refusal.of(
            422,
            plural(
                "Checking this upload took more than {seconds} second of processing time, "
                "so it was stopped. Send fewer or smaller files at a time.",
                "Checking this upload took more than {seconds} seconds of processing time, "
                "so it was stopped. Send fewer or smaller files at a time.",
                seconds_form(job.budget),
                seconds=job.budget,
            ),
        )


def run_config(job: CheckJob) -> RunConfig:
    """The runner's configuration of a request's check."""
    return RunConfig(
        rubric=rubric(job.rubric),
        now=job.now,
        limits=job.limits,
        jobs=1,
        command="check",
        short_names=True,
        language=job.language,
        encoding=job.encoding,
    )


def checked_uploads(job: CheckJob, config: RunConfig) -> list[Result]:
    """The results of a request's uploads, in the order sent. The uploads share one clock: the smallest are read
    first, each (read and all its descriptors checked) within ``Limits.seconds`` or what is left if less, and those
    the clock does not reach are each one ``MC-EN-003`` result, so that slow uploads cost the others (and the
    request) nothing."""
    clock = Clock(job.budget * UPLOADS_SHARE, job.limits.seconds)
    results: dict[int, list[Result]] = {}
    for index in sorted(range(len(job.uploads)), key=lambda i: len(job.uploads[i].content)):
        upload = job.uploads[index]
        if clock.spent():
            results[index] = [not_reached(upload.name, clock.seconds)]
            continue
        limits = replace(job.limits, seconds=clock.share())
        results[index] = list(
            run(
                [STDIN_PATH],
                replace(config, stdin_name=upload.name, limits=limits, input_seconds=limits.seconds),
                stdin=upload.content,
            ).results
        )
    return [result for index in range(len(job.uploads)) for result in results[index]]


def inspect_archives(uploads: tuple[Upload, ...], limits: Limits) -> Refusal | None:
    """Refuse a ``.zip`` whose directory declares more members or more unpacked bytes than allowed.

    The loader enforces the same limits on the bytes it actually reads (a member that lies about
    its size is a located ``MC-LD-005`` finding); this turns an archive that says outright that it
    is too big into a clear refusal before anything is unpacked. A file that is not a readable zip
    is left to the loader, which reports it.
    """
    for upload in uploads:
        if PurePosixPath(upload.name).suffix.lower() not in ARCHIVE_SUFFIXES:
            continue
        try:
            with zipfile.ZipFile(io.BytesIO(upload.content)) as archive:
                members = [i for i in archive.infolist() if not i.is_dir()]
        except ZIP_ERRORS:
            continue
        if len(members) > limits.archive_members:
            return Refusal.of(
                413,
                plural(
                    "The archive {name} holds {files} files; at most {count} is checked at a time. "
                    "Split it into smaller archives.",
                    "The archive {name} holds {files} files; at most {count} are checked at a time. "
                    "Split it into smaller archives.",
                    limits.archive_members,
                    name=upload.name,
                    files=len(members),
                ),
            )
        unpacked = sum(i.file_size for i in members)
        if unpacked > limits.archive_total_bytes:
            return Refusal.of(
                413,
                msg(
                    "The archive {name} would unpack to {size} bytes; at most {limit} are read. "
                    "Split it into smaller archives.",
                    name=upload.name,
                    size=unpacked,
                    limit=limits.archive_total_bytes,
                ),
            )
    return None


def explain_rule(
    rule_id: str, rubric_name: str | None, today: date, language: str = SOURCE_LANGUAGE
) -> dict[str, Any] | Refusal:
    """A rule's explanation (``qa-checker explain --format json``) with its examples run for real, its texts
    in ``language``."""
    from qa_checker.explain import explain

    try:
        explanation = explain(rule_id, today=today, rubric=rubric(rubric_name) if rubric_name else None)
    except QACheckerError as exc:
        text = getattr(exc, "text", None)
        return Refusal(404, str(exc), text if isinstance(text, Text) else None)
    data = explanation.to_dict(language)
    data["example_settings"] = explanation.example_settings
    return data


def build_template(fmt: str, kind: str, language: str = SOURCE_LANGUAGE) -> bytes:
    """The provider template in one format, its instructions and comments in ``language``."""
    from qa_checker.template import build

    return build(fmt, kind, language)


def warm() -> int:
    """Load what the rules build on first use (vocabularies, language profiles, the compiled schema).

    Run once in the process the workers are forked from, so each starts warm. Returns the number of
    findings, which nobody needs.
    """
    from qa_checker.explain import GOOD_OFFER
    from qa_checker.runner import run_documents

    raw = GOOD_OFFER.read_bytes()
    from qa_checker.loaders import Loaders

    report = run_documents(Loaders().load_stdin(raw, "warm.yaml"), RunConfig(rubric=rubric("eu-2022")))
    # What spreadsheets and the report downloads need, imported once here rather than in every worker.
    import openpyxl  # noqa: F401

    from qa_checker.reporting import excel, html  # noqa: F401

    html.environment().get_template("report.html.j2")
    return sum(len(r.findings) for r in report.results)


def ping() -> bool:
    """A task that only proves a worker answers."""
    return True
