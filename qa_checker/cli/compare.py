"""``qa-checker compare``: two or more offerings side by side, as compare.html and compare.xlsx."""

from __future__ import annotations

from pathlib import Path

import click

from qa_checker.audit import audit_paths
from qa_checker.cli.options import MAX_BYTES_OPTION, NOW_OPTION, RUBRIC_OPTION, fail, parse_now, write_output
from qa_checker.compare import compare_report
from qa_checker.errors import QACheckerError
from qa_checker.reporting import compare_excel, compare_html
from qa_checker.rubric import load_rubric


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write compare.html and compare.xlsx into (created if needed).")
@RUBRIC_OPTION
@NOW_OPTION
@MAX_BYTES_OPTION
def compare(paths: tuple[str, ...], out_dir: str, rubric_name: str, now_text: str | None, max_bytes: int) -> None:
    """Compare the offerings in PATHS (two or more descriptors) element by element."""
    try:
        rubric = load_rubric(rubric_name)
    except QACheckerError as exc:
        fail(str(exc))
    report = audit_paths(paths, rubric=rubric, now=parse_now(now_text), max_bytes=max_bytes, jobs=1)
    if len(report.results) < 2:
        fail(f"compare needs at least two descriptors; found {len(report.results)} under the given paths")
    comparison = compare_report(report)
    out = Path(out_dir)
    write_output(str(out / "compare.html"), compare_html.render(comparison))
    write_output(str(out / "compare.xlsx"), compare_excel.render(comparison))
    differing = sum(1 for row in comparison.rows if row.differs)
    click.echo(f"{len(report.results)} offerings compared; {differing} of {len(comparison.rows)} rows differ")
    click.echo(f"wrote {out / 'compare.html'}\nwrote {out / 'compare.xlsx'}")
