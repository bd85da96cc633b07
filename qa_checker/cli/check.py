"""``qa-checker check``: check descriptors and print or write the report."""

from __future__ import annotations

import sys

import click

from qa_checker import loaders
from qa_checker.api import check_paths
from qa_checker.cli.options import (MAPPING_OPTION, MAX_BYTES_OPTION, NOW_OPTION, RUBRIC_OPTION, WAIVERS_OPTION, fail,
                                    parse_now, spreadsheet_mapping, use_colour, write_output)
from qa_checker.errors import QACheckerError
from qa_checker.reporting import RENDERERS_BY_NAME, render
from qa_checker.rubric import load_rubric
from qa_checker.waivers import load_waivers


@click.command(help="Check descriptors in PATHS: files, or folders searched recursively for "
               + ", ".join(f"*{suffix}" for suffix in loaders.DISCOVERED_SUFFIXES) + ".")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@RUBRIC_OPTION
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS_BY_NAME)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to a file instead of stdout.")
@MAX_BYTES_OPTION
@click.option("--color", "colour_choice", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True)
@NOW_OPTION
@MAPPING_OPTION
@WAIVERS_OPTION
def check(paths: tuple[str, ...], rubric_name: str, fmt: str, output: str | None, max_bytes: int,
          colour_choice: str, now_text: str | None, mapping_path: str | None, waivers_path: str | None) -> None:
    """Check descriptors and print or write the report."""
    if fmt == "xlsx" and not output:
        fail("--format xlsx writes a workbook: give --output FILE.xlsx")
    try:
        rubric = load_rubric(rubric_name)
        waivers = load_waivers(waivers_path) if waivers_path else None
        with spreadsheet_mapping(mapping_path):
            report = check_paths(paths, rubric=rubric, now=parse_now(now_text), max_bytes=max_bytes, waivers=waivers)
    except QACheckerError as exc:
        fail(str(exc))
    for entry in waivers.unmatched(report.results) if waivers else ():
        click.echo(f"qa-checker: {entry.label(waivers.file)} named no descriptor of this run", err=True)
    colour = fmt == "text" and not output and use_colour(colour_choice, sys.stdout)
    write_output(output, render(report, fmt, colour=colour))
    sys.exit(report.exit_code)
