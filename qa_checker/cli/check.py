"""``qa-checker check``: check descriptors and print or write the report."""

from __future__ import annotations

import functools
import sys
from dataclasses import replace

import click

from qa_checker.cells import visible
from qa_checker.cli.history import KEEP_PERSONAL_DATA_OPTION, STORE_OPTION, record_into_store
from qa_checker.cli.interrupts import stop_if_pressed
from qa_checker.cli.localised import command, current
from qa_checker.cli.options import (
    ENCODING_OPTION,
    JOBS_OPTION,
    LANGUAGE_OPTION,
    LIMIT_OPTION,
    MAPPING_OPTION,
    MAX_BYTES_OPTION,
    NOW_OPTION,
    PATHS_ARGUMENT,
    RUBRIC_OPTION,
    SPILL_AFTER,
    STDIN_NAME_OPTION,
    WAIVERS_OPTION,
    FilePath,
    fail,
    open_output,
    read_stdin,
    refuse_output_over_input,
    run_config,
    store_file,
    use_colour,
    write_output,
)
from qa_checker.loaders import DISCOVERED_SUFFIXES
from qa_checker.reporting import RENDERERS_BY_NAME, WRITERS_BY_NAME, render
from qa_checker.reporting.json_ import entries as json_entries
from qa_checker.runner import RunConfig, run
from qa_checker.text import N_, msg


@command(
    help=msg(
        "Check descriptors in PATHS: files, or folders searched recursively for {patterns}; '-' reads standard input.",
        patterns=", ".join(f"*{suffix}" for suffix in DISCOVERED_SUFFIXES),
    )
)
@PATHS_ARGUMENT
@RUBRIC_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted([*RENDERERS_BY_NAME, "jsonl"])),
    default="text",
    show_default=True,
    help=N_(
        "jsonl: one result per line (the JSON report's results[] entries), streamed in input order "
        "as each is ready, in memory that does not grow with the number of files."
    ),
)
@click.option("--output", "-o", type=FilePath(dir_okay=False), help=N_("Write the report to a file instead of stdout."))
@MAX_BYTES_OPTION
@LIMIT_OPTION
@click.option(
    "--color", "colour_choice", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True
)
@NOW_OPTION
@MAPPING_OPTION
@ENCODING_OPTION
@WAIVERS_OPTION
@JOBS_OPTION
@STDIN_NAME_OPTION
@STORE_OPTION
@KEEP_PERSONAL_DATA_OPTION
@LANGUAGE_OPTION
def check(
    paths: tuple[str, ...],
    rubric_name: str,
    fmt: str,
    output: str | None,
    max_bytes: int,
    limit_settings: tuple[str, ...],
    colour_choice: str,
    now_text: str | None,
    mapping_path: str | None,
    encoding: str | None,
    waivers_path: str | None,
    jobs: int,
    stdin_name: str | None,
    store: str | None = None,
    keep_personal_data: bool = False,
    language: str | None = None,
) -> None:
    """Check descriptors and print or write the report."""
    if fmt == "xlsx" and not output:
        fail(msg("--format xlsx writes a workbook: give --output FILE.xlsx"))
    read, stored = (*paths, waivers_path, mapping_path, rubric_name), store_file(store)
    refuse_output_over_input(stored, *read, option="--store", folders=paths)
    refuse_output_over_input(output, *read, folders=paths, store=stored)
    config = run_config(
        command="check",
        rubric_name=rubric_name,
        now_text=now_text,
        max_bytes=max_bytes,
        jobs=jobs,
        limit_settings=limit_settings,
        waivers_path=waivers_path,
        mapping_path=mapping_path,
        encoding=encoding,
        stdin_name=stdin_name,
        exclude=(output,) if output and output != "-" else (),
        language=language,
        spill_after=SPILL_AFTER if fmt in WRITERS_BY_NAME else None,
        progress=stop_if_pressed,
    )
    if fmt == "json":  # a report kept on disk is written from the text its workers made of their results
        config = replace(
            config,
            render_pages=functools.partial(json_entries, language=config.language),
            rendered_only=store is None and config.waivers is None,
        )
    if fmt == "jsonl":
        if store is not None:
            fail(msg("--store records a whole report: use --format json (or text) with it, not jsonl"))
        sys.exit(_stream_jsonl(paths, config, output, read_stdin(paths, max_bytes)))
    report = run(paths, config, stdin=read_stdin(paths, max_bytes))
    tr = current()
    for message in report.unmatched_waivers:
        click.echo(f"qa-checker: {visible(tr.render(message))}", err=True)
    record_into_store(report, store, keep_personal_data=keep_personal_data)  # before rendering: fills report.since
    colour = fmt == "text" and not output and use_colour(colour_choice, sys.stdout)
    if fmt in WRITERS_BY_NAME:
        write_output(output, functools.partial(WRITERS_BY_NAME[fmt], report, colour=colour))
    else:
        write_output(output, render(report, fmt, colour=colour))
    sys.exit(report.exit_code)


def _stream_jsonl(paths: tuple[str, ...], config: RunConfig, output: str | None, stdin: bytes | None) -> int:
    """Write one result per line as each group is ready (written by the workers that checked them, in the run's
    language, as every other format gives its messages); the exit code of the whole run."""
    from qa_checker.reporting.json_ import lines
    from qa_checker.runner import iter_rendered

    config = replace(config, render_pages=functools.partial(lines, language=config.language))
    failed = False
    with open_output(output) as out:
        for text, statuses in iter_rendered(paths, config, stdin=stdin):
            failed = failed or any(status not in ("pass", "skipped") for status in statuses)
            out.write(text)
    return 1 if failed else 0
