"""The ``qa-checker`` command line: a thin edge that parses options, calls the core and writes output."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import click

from qa_checker import __version__
from qa_checker.errors import QACheckerError
from qa_checker.loaders.common import DEFAULT_MAX_BYTES
from qa_checker.reporting import RENDERERS_BY_NAME, render
from qa_checker.rubric import DEFAULT_RUBRIC, load_rubric
from qa_checker.rules import RULES_BY_ID

EXIT_PASS, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO 8601 date or time: {value}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _colour(choice: str, stream: Any) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _fail(message: str) -> None:
    click.echo(f"qa-checker: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _write(output: str | None, content: str | bytes, colour_choice: str) -> None:
    if output:
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    else:
        click.echo(content, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa-checker")
def cli() -> None:
    """Check micro-credential descriptors against the EU standard elements (2022/C 243/02)."""


RUBRIC_OPTION = click.option("--rubric", "rubric_name", default=DEFAULT_RUBRIC, show_default=True,
                             help="Bundled rubric id or path to a rubric YAML file.")
NOW_OPTION = click.option("--now", "now_text", metavar="ISO-DATE",
                          help="Fix the run's date and time (for reproducible output and date rules).")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@RUBRIC_OPTION
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS_BY_NAME)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to a file instead of stdout.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this before parsing them.")
@click.option("--color", "colour_choice", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True)
@NOW_OPTION
def check(paths: tuple[str, ...], rubric_name: str, fmt: str, output: str | None, max_bytes: int,
          colour_choice: str, now_text: str | None) -> None:
    """Check descriptors in PATHS (files or folders, recursing into *.json, *.yaml, *.yml)."""
    from qa_checker.api import check_paths

    try:
        rubric = load_rubric(rubric_name)
        report = check_paths(paths, rubric=rubric, now=_parse_now(now_text), max_bytes=max_bytes)
    except QACheckerError as exc:
        _fail(str(exc))
        return
    colour = fmt == "text" and not output and _colour(colour_choice, sys.stdout)
    _write(output, render(report, fmt, colour=colour), colour_choice)
    sys.exit(report.exit_code)


@cli.command()
@click.option("--rubric", "rubric_name", default=None, help="Show only what this rubric enables, with its settings.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(rubric_name: str | None, fmt: str) -> None:
    """List every rule with id, element, severity and documentation."""
    import json

    try:
        rubric = load_rubric(rubric_name) if rubric_name else None
    except QACheckerError as exc:
        _fail(str(exc))
        return
    rows = []
    for rule_id in sorted(RULES_BY_ID):
        rule = RULES_BY_ID[rule_id]
        info = rule.summary()
        if rubric is not None:
            if rule_id not in rubric.rules:
                continue
            setting = rubric.rules[rule_id]
            info.update(severity=setting.severity.value, weight=setting.weight, options=setting.options)
        info["documentation"] = rule.documentation()
        rows.append(info)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if rubric is not None:
        click.echo(f"Rubric {rubric.id} {rubric.version}: {rubric.title}"
                   + (f" (extends {', '.join(rubric.extends)})" if rubric.extends else "") + "\n")
    for info in rows:
        options = ", ".join(f"{k}={v}" for k, v in info["options"].items())
        click.echo(f"{info['id']}  {info['severity']:<7} weight {info['weight']:g}  "
                   f"{info['element'] or '-':<19} {info['title']}")
        if options:
            click.echo(f"    options: {options}")
        first = info["documentation"].splitlines()[0] if info["documentation"] else ""
        click.echo(f"    {first}")


def main() -> None:
    """Entry point of the ``qa-checker`` script."""
    cli(prog_name="qa-checker")
