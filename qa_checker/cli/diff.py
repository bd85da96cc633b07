"""``qa-checker diff A B``: what changed between two runs, with an exit code to gate on.

A and B are each a run of the history store (an id, ``latest``, ``previous``, ``latest~N``), a
``report.json`` file (or an audit folder holding one), or descriptors to check now (a folder or
file); any mix. Without A and B: ``previous`` against ``latest``. Exit codes: 0 nothing got
worse, 1 something got worse, 2 a usage or configuration error.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from qa_checker.cli.history import READ_STORE_OPTION, open_store
from qa_checker.cli.localised import command, say
from qa_checker.cli.options import (
    DEFAULT_STORE,
    EMPTY_PATH,
    LANGUAGE_OPTION,
    NOW_OPTION,
    RUBRIC_OPTION,
    FilePath,
    error_text,
    fail,
    refuse_output_over_input,
    run_config,
    store_file,
    write_output,
)
from qa_checker.errors import ConfigError, QACheckerError
from qa_checker.limits import DEFAULT_MAX_BYTES
from qa_checker.text import N_, Text, msg

if TYPE_CHECKING:
    from qa_checker.diff import Snapshot
    from qa_checker.results import Report
    from qa_checker.store import Store

FORMATS = ("text", "json", "html", "xlsx")
# A report.json read as such is at most this large (a 10,000-descriptor audit is far smaller; reading one
# takes several times its size in memory). Larger runs are compared in the history store.
MAX_REPORT_BYTES = 256 << 20
# A report.json is read a result at a time, each kept as what the diff compares (about a kilobyte or more,
# and as much again for the comparison): at most this many, so that two such runs are compared in well under
# a gigabyte however short each result is.
MAX_REPORT_RESULTS = 100_000


@command(
    "diff",
    help=N_(
        "Compare run A (earlier) with run B (later): per descriptor, status and score change, findings fixed and "
        "new, elements changed; descriptors added and removed; per provider; and what got worse.\n\n"
        "A and B: run ids of the history store (or latest, previous, latest~N), report.json files (or audit "
        "folders holding one), or folders and files of descriptors, checked now with --rubric and --now. Without "
        "A and B: previous against latest. Exits 0 when nothing got worse, 1 when something did, 2 on a usage "
        "error."
    ),
)
@click.argument("runs", nargs=-1, metavar="[A B]")
@READ_STORE_OPTION
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=FilePath(dir_okay=False), help=N_("Write to a file instead of stdout."))
@click.option("--all", "show_unchanged", is_flag=True, help=N_("List unchanged descriptors too (text and JSON)."))
@RUBRIC_OPTION
@NOW_OPTION
@LANGUAGE_OPTION
def diff(
    runs: tuple[str, ...],
    store: str | None,
    fmt: str,
    output: str | None,
    show_unchanged: bool,
    rubric_name: str,
    now_text: str | None,
    language: str,
) -> None:
    """Compare run A with run B and exit 1 when something got worse (the help above says how)."""
    from qa_checker import diff as diffing
    from qa_checker.i18n import translator
    from qa_checker.loaders import input_starts
    from qa_checker.reporting import diff_text

    if len(runs) not in (0, 2):
        fail(
            msg(
                "diff compares two runs: give A and B (or neither, for previous and latest); got {count}",
                count=len(runs),
            )
        )
    if fmt == "xlsx" and not output:
        fail(msg("--format xlsx writes a workbook: give --output FILE.xlsx"))
    reports, folders = _read_through(runs)
    refuse_output_over_input(output, *runs, *reports, rubric_name, store_file(store or DEFAULT_STORE), folders=folders)
    refs = runs or ("previous", "latest")
    opened: list[Store] = []
    pinned: dict[str, int] = {}

    def the_store() -> Store:
        if not opened:
            opened.append(open_store(store, create=False))
        return opened[0]

    def run_id(ref: str) -> int:
        # The runs A and B name are resolved together, so a run recorded meanwhile cannot shift them apart.
        if not pinned:
            from qa_checker.store import is_run_ref

            named = [r for r in refs if is_run_ref(r) and not _exists(Path(r))]
            pinned.update(zip(named, the_store().resolve_all(named)))
        return pinned[ref]

    try:
        before, after = (
            _snapshot(ref, start, the_store, run_id, rubric_name, now_text, language)
            for ref, start in zip(refs, input_starts(refs))
        )
    except QACheckerError as exc:
        fail(error_text(exc))
    finally:
        for each in opened:
            each.close()
    change = diffing.diff(before, after)
    empty = change.side_reading_nothing
    if empty is not None:
        first, second = refs
        fail(_reads_nothing(first, second, before) if empty == "before" else _reads_nothing(second, first, after))
    content: str | bytes
    if fmt == "json":
        texts = change.to_dict(unchanged=show_unchanged, translator=translator(language))
        content = json.dumps(texts, indent=2, ensure_ascii=False) + "\n"
    elif fmt == "html":
        from qa_checker.reporting import diff_html

        content = diff_html.render(change, language=language)
    elif fmt == "xlsx":
        from qa_checker.reporting import diff_excel

        content = diff_excel.render(change, language=language)
    else:
        content = diff_text.render(change, unchanged=show_unchanged, language=language)
    write_output(output, content)
    if output:
        say(msg("wrote {path}", path=output), err=True)
    sys.exit(change.exit_code)


def _reads_nothing(ref: str, other: str, run: Snapshot) -> Text:
    """Why ``ref``, which read no descriptor, cannot be compared with ``other``: every descriptor of ``other`` would
    be removed (or added) and nothing worse, so a gate on the exit code would pass whatever changed."""
    finding = next((f for state in run.descriptors for f in state.findings), None)
    reason = msg("it holds no result") if finding is None else finding.message_text or finding.message
    return msg(
        "{ref} reads no descriptor to compare with those of {other} ({reason}): every descriptor would show as "
        "added or removed and nothing as worse; give a report.json, a run of the history store, or descriptors "
        "that can be read",
        ref=ref,
        other=other,
        reason=reason,
    )


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a name longer than the system allows: not a file, so perhaps a run
        return False


def _report_file(path: Path) -> Path:
    """The file read as a report for the existing ``path``: an audit folder's ``report.json``, else ``path``."""
    return path / "report.json" if path.is_dir() and (path / "report.json").is_file() else path


def _read_through(runs: tuple[str, ...]) -> tuple[list[str], tuple[str, ...]]:
    """What diff reads under the folders among ``runs``, which an output must not replace: each audit folder's
    ``report.json``, and the folders of descriptors it checks now (any file under one may be read)."""
    reports: list[str] = []
    folders: list[str] = []
    for ref in runs:
        path = Path(ref)
        if not ref.strip() or not _exists(path) or not path.is_dir():
            continue
        report = _report_file(path)
        if report == path:
            folders.append(ref)
        else:
            reports.append(str(report))
    return reports, tuple(folders)


def _snapshot(
    ref: str,
    start: str | None,
    store: Callable[[], Store],
    run_id: Callable[[str], int],
    rubric_name: str,
    now_text: str | None,
    language: str,
) -> Snapshot:
    """One side of the comparison (see the command's help), named from ``start`` when ``ref`` is an absolute path
    (see :func:`~qa_checker.loaders.input_starts`); ``run_id`` gives the run a run reference names."""
    from qa_checker.diff import names_itself_a_report_file

    if not ref.strip():  # Path("") is the current folder
        raise ConfigError(Text(EMPTY_PATH))
    path = Path(ref)
    if _exists(path):
        report_file = _report_file(path)
        _refuse_if_too_large(report_file)
        snapshot = _read_report(report_file)
        if snapshot is not None:  # named as given in an error, as the reports name it in the diff
            return dataclasses.replace(snapshot, label=_shown(ref, start, report_file))
        if report_file is not path or names_itself_a_report_file(path):
            workbook = report_file.suffix.lower() in (".xlsx", ".xlsm")
            raise ConfigError(
                msg(
                    "{path} is a workbook qa-checker wrote; diff compares report.json files: give the report.json "
                    "written beside it",
                    path=str(report_file),
                )
                if workbook
                else msg(
                    "{path} is a qa-checker report that cannot be read (damaged, cut short or of another form); "
                    "give a complete report.json, a run of the history store, or the descriptors to check now",
                    path=str(report_file),
                )
            )
        return _check_now(ref, _shown(ref, start), rubric_name, now_text, language)
    from qa_checker.store import StoreError, is_run_ref

    if not is_run_ref(ref):
        raise StoreError(
            msg("{ref}: no such file or folder, and not a run (a run id, latest, previous or latest~N)", ref=ref)
        )
    try:
        opened = store()
    except StoreError as exc:
        raise StoreError(
            msg("{ref} is neither a file nor a folder, and {reason}", ref=ref, reason=error_text(exc))
        ) from None
    return opened.snapshot(run_id(ref))


def _refuse_if_too_large(path: Path) -> None:
    """Refuse a report.json over :data:`MAX_REPORT_BYTES`, which reading would take gigabytes of memory for."""
    from qa_checker.diff import names_itself_a_report_file

    try:
        size = path.stat().st_size if path.suffix.lower() == ".json" and path.is_file() else 0
    except OSError:
        return
    if size > MAX_REPORT_BYTES and names_itself_a_report_file(path):
        raise ConfigError(
            msg(
                "{path} is a report of {size} bytes, more than diff reads ({limit} bytes); compare such runs "
                "in the history store (audit --store, then diff latest~1 latest)",
                path=str(path),
                size=size,
                limit=MAX_REPORT_BYTES,
            )
        )


def report_json_in(ref: str) -> Path | None:
    """The qa-checker ``report.json`` that ``ref`` is (or, for an audit folder, holds), else None."""
    candidate = _report_file(Path(ref))
    try:
        return candidate if _read_report(candidate) is not None else None
    except ConfigError:  # a report whose values diff cannot read, or of more results than it reads, is a report
        return candidate


def _read_report(path: Path) -> Snapshot | None:
    """The qa-checker report.json at ``path`` as compared, read a result at a time; None when it is something
    else."""
    from qa_checker.diff import read_report

    if path.suffix.lower() != ".json" or not path.is_file() or path.stat().st_size > MAX_REPORT_BYTES:
        return None
    try:
        with path.open("rb") as file:
            return read_report(file, label=str(path), max_results=MAX_REPORT_RESULTS)
    except OSError:
        return None


def _shown(ref: str, start: str | None, path: Path | None = None) -> str:
    """How the reports name ``path`` (by default ``ref`` itself), read for the argument ``ref``: as typed, or from
    ``start``, the last part(s) of an absolute ``ref`` (as the results name the files under it)."""
    from qa_checker.loaders import ShownPath, shown, shown_name

    found = Path(ref) if path is None else path
    return shown(ShownPath.named(found, shown_name(ref, found, start)))


def _check_now(ref: str, label: str, rubric_name: str, now_text: str | None, language: str) -> Snapshot:
    from qa_checker.diff import from_report
    from qa_checker.runner import run

    config = run_config(
        command="diff", rubric_name=rubric_name, now_text=now_text, max_bytes=DEFAULT_MAX_BYTES, language=language
    )
    report = run([ref], config)
    reason = _no_descriptors(report)
    if reason is not None:
        raise ConfigError(
            msg(
                "{ref} is neither a qa-checker report.json (or an audit folder holding one) nor descriptors to "
                "check now: {reason}",
                ref=ref,
                reason=reason,
            )
        )
    return from_report(report, label=msg("{ref} (checked now)", ref=label))


def _no_descriptors(report: Report) -> Text | str | None:
    """Why a path checked now holds no descriptor to compare (None when it holds one): compared as it is,
    it would show every descriptor of the other run removed, and "nothing got worse". A file of a type
    qa-checker does not read, or one it may not open (a pipe, a device, a link loop, no permission), is none."""
    from qa_checker import ids
    from qa_checker.loaders import UNSUPPORTED_HINT

    reason: Text | str | None = None
    for result in report.results:
        refusal = next((f for f in result.findings if f.hint == UNSUPPORTED_HINT or f.rule == ids.UNREADABLE), None)
        if result.status == "skipped":
            reason = reason or result.reason_text or result.reason
        elif result.status == "error" and refusal is not None:
            reason = reason or refusal.message_text or refusal.message
        else:
            return None
    return reason or msg("no descriptor, credential, spreadsheet or archive was found in it")
