"""``qa-checker audit``: check a batch and write report.html (with its pages), report.xlsx and report.json."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from qa_checker.cells import visible
from qa_checker.cli.history import KEEP_PERSONAL_DATA_OPTION, STORE_OPTION, record_into_store
from qa_checker.cli.interrupts import stop_if_pressed
from qa_checker.cli.localised import command, current, say
from qa_checker.cli.options import (
    AUDIT_SPILL_AFTER,
    ENCODING_OPTION,
    ENGINE_OPTION,
    JOBS_OPTION,
    LANGUAGE_OPTION,
    LIMIT_OPTION,
    MAPPING_OPTION,
    MAX_BYTES_OPTION,
    NOW_OPTION,
    PATHS_ARGUMENT,
    RUBRIC_OPTION,
    SCHEDULER_OPTION,
    STDIN_NAME_OPTION,
    WAIVERS_OPTION,
    WRITE_IN_PARALLEL_AFTER,
    FilePath,
    read_stdin,
    refuse_output_over_input,
    run_config,
    store_file,
    write_reports,
)
from qa_checker.reporting import WRITERS_BY_NAME, html
from qa_checker.runner import run, worker_count
from qa_checker.table import dataset_files, dictionary_path
from qa_checker.text import N_, msg, plural
from qa_checker.writing import Content

# Each report file and the function that streams it into its file.
REPORT_FILES: tuple[tuple[str, Callable[..., None]], ...] = (
    ("report.json", WRITERS_BY_NAME["json"]),
    ("report.xlsx", WRITERS_BY_NAME["xlsx"]),
)


@command(
    help=N_(
        "Audit every descriptor in PATHS (files, folders, .zip archives, spreadsheets, '-' for standard input); "
        "write the reports to --out.\n\n"
        "Exits 0 when every descriptor passes (or none was found), 1 when any fails or cannot be read."
    )
)
@PATHS_ARGUMENT
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=FilePath(file_okay=False),
    help=N_("Folder to write report.html, report.xlsx and report.json into (created if needed)."),
)
@RUBRIC_OPTION
@NOW_OPTION
@MAX_BYTES_OPTION
@LIMIT_OPTION
@JOBS_OPTION
@ENGINE_OPTION
@SCHEDULER_OPTION
@click.option(
    "--dataset",
    "dataset",
    type=FilePath(dir_okay=False),
    help=N_("Also write the comparability table as FILE.csv or FILE.parquet, with FILE.dictionary.csv."),
)
@WAIVERS_OPTION
@MAPPING_OPTION
@ENCODING_OPTION
@STDIN_NAME_OPTION
@click.option(
    "--progress/--no-progress",
    "show_progress",
    default=None,
    help=N_("Progress bar on stderr (default: only when stderr is a terminal)."),
)
@STORE_OPTION
@KEEP_PERSONAL_DATA_OPTION
@LANGUAGE_OPTION
def audit(
    paths: tuple[str, ...],
    out_dir: str,
    rubric_name: str,
    now_text: str | None,
    max_bytes: int,
    limit_settings: tuple[str, ...],
    jobs: int,
    engine: str,
    scheduler: str | None,
    dataset: str | None,
    waivers_path: str | None,
    mapping_path: str | None,
    encoding: str | None,
    stdin_name: str | None,
    show_progress: bool | None,
    store: str | None = None,
    keep_personal_data: bool = False,
    language: str | None = None,
) -> None:
    """Audit a batch and write the reports (the help above says how)."""
    tr = current()
    if dataset is not None and Path(dataset).suffix.lower() not in (".csv", ".parquet"):
        raise click.BadParameter(
            tr.render(msg("the dataset file must end in .csv or .parquet")), param_hint="--dataset"
        )
    read, stored = (*paths, waivers_path, mapping_path, rubric_name), store_file(store)
    refuse_output_over_input(stored, *read, option="--store", folders=paths)
    reports = _written(out_dir, None)[1:]
    for written in _written(out_dir, dataset)[1:]:
        option = "--out" if written in reports else "--dataset"
        refuse_output_over_input(written, *read, option=option, folders=paths, store=stored)
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    with contextlib.ExitStack() as stack:
        bars: list[Any] = []

        def on_start(total: int) -> None:
            if show_progress and total:
                bars.append(
                    stack.enter_context(
                        click.progressbar(
                            length=total,
                            label=tr.gettext(N_("Checking")),
                            file=sys.stderr,
                            show_pos=True,
                            show_eta=True,
                        )
                    )
                )

        def on_progress(count: int) -> None:
            stop_if_pressed()
            for bar in bars:
                bar.update(count)

        config = run_config(
            command="audit",
            rubric_name=rubric_name,
            now_text=now_text,
            max_bytes=max_bytes,
            jobs=jobs,
            limit_settings=limit_settings,
            waivers_path=waivers_path,
            mapping_path=mapping_path,
            encoding=encoding,
            exclude=_written(out_dir, dataset),
            stdin_name=stdin_name,
            engine=engine,
            scheduler=scheduler,
            language=language,
            spill_after=AUDIT_SPILL_AFTER,
            progress=on_progress,
            on_start=on_start,
        )
        # A run kept on disk is tallied for the HTML report by the workers that checked it, page by page.
        config = replace(config, render_pages=html.PageTally)
        report = run(paths, config, stdin=read_stdin(paths, max_bytes))
    for message in report.unmatched_waivers:
        click.echo(f"qa-checker: {visible(tr.render(message))}", err=True)
    record_into_store(report, store, keep_personal_data=keep_personal_data)  # before rendering: fills report.since
    # Each file is streamed into a temporary file beside it; all are renamed together once all are written.
    out = Path(out_dir)
    files: dict[Path, Content] = {out / name: functools.partial(write, report) for name, write in REPORT_FILES}
    pages: dict[Path, Content] = {out / name: write for name, write in html.page_writers(report).items()}
    files.update(pages)
    if dataset is not None:
        files.update(dataset_files(report, Path(dataset)))
    large = len(report.results) > WRITE_IN_PARALLEL_AFTER
    write_reports(files, workers=worker_count(jobs) if large else 1)
    _remove_stale_pages(out / html.PAGES_FOLDER, set(pages))
    s = report.summary
    say(
        plural(
            "{count} descriptor(s): {passed} pass, {failed} fail, {errors} error (rubric {rubric} {version})",
            "{count} descriptor(s): {passed} pass, {failed} fail, {errors} error (rubric {rubric} {version})",
            s["descriptors"],
            passed=s["pass"],
            failed=s["fail"],
            errors=s["error"],
            rubric=visible(report.rubric.id),
            version=visible(report.rubric.version),
        )
    )
    for path in files:
        if path not in pages or path.name == html.INDEX_NAME:
            say(msg("wrote {path}", path=visible(path)))
    say(
        plural(
            "wrote {count} page(s) of the HTML report into {folder}",
            "wrote {count} page(s) of the HTML report into {folder}",
            len(pages) - 1,
            folder=visible(out / html.PAGES_FOLDER),
        )
    )
    sys.exit(report.exit_code)


def _written(out_dir: str, dataset: str | None) -> tuple[str, ...]:
    """What the audit writes, never read as its input: the report folder, its files, and the dataset."""
    out = Path(out_dir)
    names = (*(name for name, _ in REPORT_FILES), html.INDEX_NAME, html.PAGES_FOLDER)
    data = (dataset, str(dictionary_path(Path(dataset)))) if dataset is not None else ()
    return (out_dir, *(str(out / name) for name in names), *data)


def _remove_stale_pages(folder: Path, written: set[Path]) -> None:
    """Pages an earlier, larger audit left in the pages folder go, so every page there is this run's: only pages a
    report wrote (named and marked as its pages are), and never in a folder reached through a symbolic link (the
    user's own)."""
    with contextlib.suppress(OSError):
        if folder.is_symlink():
            return
        for stale in folder.glob("*.html"):
            if stale not in written and not stale.is_symlink() and html.is_own_page(stale):
                stale.unlink()
