"""``qa-checker rules``: list the rule registry, or what a rubric enables."""

from __future__ import annotations

import json
import textwrap

import click

from qa_checker.cli.options import fail
from qa_checker.errors import QACheckerError
from qa_checker.rubric import Rubric, load_rubric
from qa_checker.rulebook import rule_listing, rule_reference


@click.command()
@click.option("--rubric", "rubric_name", default=None, help="Show only what this rubric enables, with its settings.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="markdown: the rule reference the README carries, grouped by family.",
)
def rules(rubric_name: str | None, fmt: str) -> None:
    """List every rule with id, element, severity and documentation."""
    try:
        rubric = load_rubric(rubric_name) if rubric_name else None
    except QACheckerError as exc:
        fail(str(exc))
    if fmt == "markdown":
        click.echo(rule_reference(rubric=rubric), nl=False)
        return
    rows = rule_listing(rubric)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if rubric is not None:
        click.echo(_rubric_header(rubric))
    for info in rows:
        options = ", ".join(f"{k}={v}" for k, v in info["options"].items())
        click.echo(
            f"{info['id']}  {info['severity']:<7} weight {info['weight']:g}  "
            f"{info['element'] or '-':<19} {info['title']}"
        )
        if options:
            click.echo(f"    options: {options}")
        first = info["documentation"].splitlines()[0] if info["documentation"] else ""
        click.echo(f"    {first}")


def _rubric_header(rubric: Rubric) -> str:
    """Title, description, source and the thresholds a rubric documents, wrapped for a terminal."""
    lines = [
        f"Rubric {rubric.id} {rubric.version}: {rubric.title}"
        + (f" (extends {', '.join(rubric.extends)})" if rubric.extends else "")
    ]
    if rubric.description:
        lines += _wrap(rubric.description, "  ", "  ")
    if rubric.source:
        lines += _wrap(f"Source: {rubric.source}", "  ", "    ")
    if rubric.thresholds:
        lines.append("Thresholds this rubric sets:")
        for threshold in rubric.thresholds:
            lines.append(f"  {threshold['rule']}  {threshold['setting']}")
            lines += _wrap(f"source: {threshold['source']}", "      ", "      ")
    return "\n".join(lines) + "\n"


def _wrap(text: str, first: str, rest: str) -> list[str]:
    """Wrap at 100 columns without breaking URLs."""
    return textwrap.wrap(
        text, 100, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
    )
