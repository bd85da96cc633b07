"""``qa-checker compare``: two or more offerings side by side, as compare.html and compare.xlsx."""

from __future__ import annotations

from pathlib import Path

import click

from qa_checker.cli.diff import report_json_in
from qa_checker.cli.options import (
    MAX_BYTES_OPTION,
    NOW_OPTION,
    PATHS_ARGUMENT,
    RUBRIC_OPTION,
    fail,
    read_stdin,
    run_config,
    write_reports,
)
from qa_checker.compare import compare_report
from qa_checker.reporting import compare_excel, compare_html
from qa_checker.reporting.text import visible
from qa_checker.runner import run


@click.command()
@PATHS_ARGUMENT
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder to write compare.html and compare.xlsx into (created if needed).",
)
@RUBRIC_OPTION
@NOW_OPTION
@MAX_BYTES_OPTION
def compare(paths: tuple[str, ...], out_dir: str, rubric_name: str, now_text: str | None, max_bytes: int) -> None:
    """Compare the offerings in PATHS (two or more descriptors) element by element."""
    reports = [found for found in map(report_json_in, paths) if found is not None]
    if reports:  # audit output is not a descriptor: comparing runs is what diff does
        fail(
            f"{reports[0]} is a qa-checker report, not a descriptor; compare descriptors with compare, "
            f"and two audits with: qa-checker diff OLD/report.json NEW/report.json"
        )
    config = run_config(
        command="compare", rubric_name=rubric_name, now_text=now_text, max_bytes=max_bytes, jobs=1, exclude=(out_dir,)
    )
    report = run(paths, config, stdin=read_stdin(paths, max_bytes))
    if len(report.results) < 2:
        fail(f"compare needs at least two descriptors; found {len(report.results)} under the given paths")
    comparison = compare_report(report)
    out = Path(out_dir)
    files: dict[Path, str | bytes] = {
        out / "compare.html": compare_html.render(comparison),
        out / "compare.xlsx": compare_excel.render(comparison),
    }
    write_reports(files)
    differing = sum(1 for row in comparison.rows if row.differs)
    click.echo(f"{len(report.results)} offerings compared; {differing} of {len(comparison.rows)} rows differ")
    for path in files:
        click.echo(f"wrote {visible(path)}")
