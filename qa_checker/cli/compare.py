"""``qa-checker compare``: two or more offerings side by side, as compare.html and compare.xlsx."""

from __future__ import annotations

from pathlib import Path

import click

from qa_checker.cells import visible
from qa_checker.cli.diff import report_json_in
from qa_checker.cli.localised import command, say
from qa_checker.cli.options import (
    ENCODING_OPTION,
    LANGUAGE_OPTION,
    MAX_BYTES_OPTION,
    NOW_OPTION,
    PATHS_ARGUMENT,
    RUBRIC_OPTION,
    WAIVERS_OPTION,
    FilePath,
    fail,
    read_stdin,
    refuse_output_over_input,
    run_config,
    write_reports,
)
from qa_checker.compare import compare_report
from qa_checker.file_names import name_shown
from qa_checker.reporting import compare_excel, compare_html
from qa_checker.runner import run
from qa_checker.text import N_, msg, plural

# The files compare writes into its --out folder (never read as its input).
COMPARE_FILES = ("compare.html", "compare.xlsx")


@command(help=N_("Compare the offerings in PATHS (two or more descriptors) element by element."))
@PATHS_ARGUMENT
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=FilePath(file_okay=False),
    help=N_("Folder to write compare.html and compare.xlsx into (created if needed)."),
)
@RUBRIC_OPTION
@NOW_OPTION
@WAIVERS_OPTION
@MAX_BYTES_OPTION
@ENCODING_OPTION
@LANGUAGE_OPTION
def compare(
    paths: tuple[str, ...],
    out_dir: str,
    rubric_name: str,
    now_text: str | None,
    waivers_path: str | None,
    max_bytes: int,
    encoding: str | None,
    language: str,
) -> None:
    """Compare the offerings in PATHS element by element (compare.html and compare.xlsx)."""
    reports = [found for found in map(report_json_in, paths) if found is not None]
    if reports:  # audit output is not a descriptor: comparing runs is what diff does
        fail(
            msg(
                "{path} is a qa-checker report, not a descriptor; compare descriptors with compare, "
                "and two audits with: qa-checker diff OLD/report.json NEW/report.json",
                path=str(reports[0]),
            )
        )
    for name in COMPARE_FILES:
        refuse_output_over_input(
            str(Path(out_dir, name)), *paths, rubric_name, waivers_path, option="--out", folders=paths
        )
    config = run_config(
        command="compare",
        rubric_name=rubric_name,
        now_text=now_text,
        max_bytes=max_bytes,
        jobs=1,
        waivers_path=waivers_path,
        encoding=encoding,
        exclude=(out_dir, *(str(Path(out_dir, name)) for name in COMPARE_FILES)),
        language=language,
    )
    report = run(paths, config, stdin=read_stdin(paths, max_bytes))
    if len(report.results) < 2:
        fail(
            plural(
                "compare needs at least two descriptors; found {count} under the given paths",
                "compare needs at least two descriptors; found {count} under the given paths",
                len(report.results),
            )
        )
    comparison = compare_report(report)
    out = Path(out_dir)
    files: dict[Path, str | bytes] = {
        out / COMPARE_FILES[0]: compare_html.render(comparison),
        out / COMPARE_FILES[1]: compare_excel.render(comparison),
    }
    write_reports(files)
    differing = sum(1 for row in comparison.rows if row.differs)
    say(
        plural(
            "{count} offerings compared; {differing} of {rows} rows differ",
            "{count} offerings compared; {differing} of {rows} rows differ",
            len(report.results),
            differing=differing,
            rows=len(comparison.rows),
        )
    )
    for path in files:
        say(msg("wrote {path}", path=visible(path)))
    for result in report.results:
        if result.status in ("error", "skipped") and result.findings:
            say(
                msg(
                    "{source} could not be read as a descriptor ({reason}); it is compared as an offering without data",
                    source=name_shown(result.source),
                    reason=result.findings[0].message_text or result.findings[0].message,
                ),
                err=True,
            )
