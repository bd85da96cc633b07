"""``qa-checker check``: check descriptors and print or write the report."""

from __future__ import annotations

import sys

import click

from qa_checker.api import check_paths
from qa_checker.cli.options import (MAPPING_OPTION, NOW_OPTION, RUBRIC_OPTION, fail, parse_now, spreadsheet_mapping,
                                    use_colour, write_output)
from qa_checker.errors import QACheckerError
from qa_checker.loaders.common import DEFAULT_MAX_BYTES
from qa_checker.reporting import RENDERERS_BY_NAME, render
from qa_checker.rubric import load_rubric


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@RUBRIC_OPTION
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS_BY_NAME)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to a file instead of stdout.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this before parsing them.")
@click.option("--color", "colour_choice", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True)
@NOW_OPTION
@MAPPING_OPTION
def check(paths: tuple[str, ...], rubric_name: str, fmt: str, output: str | None, max_bytes: int,
          colour_choice: str, now_text: str | None, mapping_path: str | None) -> None:
    """Check descriptors in PATHS (files or folders, recursing into *.json, *.yaml, *.yml, *.zip, *.csv, *.xlsx)."""
    try:
        rubric = load_rubric(rubric_name)
        with spreadsheet_mapping(mapping_path):
            report = check_paths(paths, rubric=rubric, now=parse_now(now_text), max_bytes=max_bytes)
    except QACheckerError as exc:
        fail(str(exc))
    colour = fmt == "text" and not output and use_colour(colour_choice, sys.stdout)
    write_output(output, render(report, fmt, colour=colour))
    sys.exit(report.exit_code)
