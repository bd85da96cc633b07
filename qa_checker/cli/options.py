"""Options, exit codes and output helpers shared by the commands."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NoReturn

import click

from qa_checker.limits import DEFAULT_MAX_BYTES
from qa_checker.rubric import DEFAULT_RUBRIC

EXIT_PASS, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

RUBRIC_OPTION = click.option("--rubric", "rubric_name", default=DEFAULT_RUBRIC, show_default=True,
                             help="Bundled rubric id or path to a rubric YAML file.")
MAX_BYTES_OPTION = click.option(
    "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
    help="Refuse files (and archive members) larger than this before parsing them.")
WAIVERS_OPTION = click.option(
    "--waivers", "waivers_path", type=click.Path(exists=True, dir_okay=False),
    help="YAML file of accepted exceptions: waived findings are shown as waived but do not count.")
NOW_OPTION = click.option("--now", "now_text", metavar="ISO-DATE",
                          help="Fix the run's date and time (for reproducible output and date rules).")
MAPPING_OPTION = click.option("--mapping", "mapping_path", type=click.Path(exists=True, dir_okay=False),
                              help="YAML file naming the descriptor field of spreadsheet columns "
                                   "(header: dotted.path, or null to ignore a column).")


def spreadsheet_mapping(path: str | None) -> Any:
    """Context manager reading CSV/Excel with the columns of a ``--mapping`` file (raises ConfigError)."""
    from qa_checker.loaders.columns import load_mapping
    from qa_checker.loaders.tabular import use_mapping

    return use_mapping(load_mapping(path) if path else None)


def parse_now(value: str | None) -> datetime | None:
    """The ``--now`` value as an aware datetime (UTC when no zone is given)."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO 8601 date or time: {value}", param_hint="--now") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def use_colour(choice: str, stream: Any) -> bool:
    """Colour on a terminal, plain when piped, unless forced."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def fail(message: str) -> NoReturn:
    """Print a one-line configuration or usage error and exit 2."""
    click.echo(f"qa-checker: {message}", err=True)
    sys.exit(EXIT_USAGE)


def write_output(output: str | None, content: str | bytes) -> None:
    """Write to a file (creating folders) or to stdout."""
    if output:
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    else:
        # Renderers colour only when asked (--color); click would otherwise strip it when piped.
        click.echo(content, nl=False, color=True)
