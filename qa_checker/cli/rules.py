"""``qa-checker rules``: list the rule registry, or what a rubric enables."""

from __future__ import annotations

import json
import textwrap
from typing import Any

import click

from qa_checker.cells import visible
from qa_checker.cli.localised import command, current
from qa_checker.cli.options import LANGUAGE_OPTION, error_text, fail
from qa_checker.errors import QACheckerError
from qa_checker.i18n import Translator
from qa_checker.reporting import labels
from qa_checker.rubric import Rubric, load_rubric
from qa_checker.rulebook import rule_listing, rule_reference
from qa_checker.text import N_, msg


@command(help=N_("List every rule with id, element, severity and documentation."))
@click.option(
    "--rubric", "rubric_name", default=None, help=N_("Show only what this rubric enables, with its settings.")
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help=N_("markdown: the rule reference the README carries, grouped by family."),
)
@LANGUAGE_OPTION
def rules(rubric_name: str | None, fmt: str, language: str) -> None:
    """List every rule with id, element, severity and documentation."""
    tr = current()
    try:
        rubric = load_rubric(rubric_name) if rubric_name is not None else None
    except QACheckerError as exc:
        fail(error_text(exc))
    if fmt == "markdown":
        click.echo(rule_reference(rubric=rubric), nl=False)
        return
    rows = translated_listing(rule_listing(rubric), tr)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if rubric is not None:
        click.echo(visible(_rubric_header(rubric, tr), lines=True))
    width = max(len(labels.word(tr, labels.SEVERITY, key)) for key in labels.SEVERITY)
    for info in rows:
        options = ", ".join(f"{k}={v}" for k, v in info["options"].items())
        severity = labels.word(tr, labels.SEVERITY, info["severity"]).ljust(width)
        weight = tr.render(msg("weight {weight}", weight=info["weight"]))
        click.echo(f"{info['id']}  {severity} {weight}  {info['element'] or '-':<19} {info['title']}")
        if options:
            click.echo("    " + visible(tr.render(msg("options: {options}", options=options))))
        first = info["documentation"].splitlines()[0] if info["documentation"] else ""
        click.echo(f"    {first}")


def translated_listing(rows: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    """The rule listing with each rule's title and documentation in the translator's language."""
    return [dict(row, title=tr.gettext(row["title"]), documentation=tr.document(row["documentation"])) for row in rows]


def _rubric_header(rubric: Rubric, tr: Translator) -> str:
    """Title, description, source and the thresholds a rubric documents, wrapped for a terminal.

    The rubric's own texts (title, description, sources, settings) are shown as its file writes them; the caller
    shows their control characters as escapes.
    """
    values = {"id": rubric.id, "version": rubric.version, "title": rubric.title}
    if rubric.extends:
        heading = msg("Rubric {id} {version}: {title} (extends {extends})", extends=", ".join(rubric.extends), **values)
    else:
        heading = msg("Rubric {id} {version}: {title}", **values)
    lines = [tr.render(heading)]
    if rubric.description:
        lines += _wrap(rubric.description, "  ", "  ")
    if rubric.source:
        lines += _wrap(tr.render(msg("Source: {source}", source=rubric.source)), "  ", "    ")
    if rubric.thresholds:
        lines.append(tr.gettext(N_("Thresholds this rubric sets:")))
        for threshold in rubric.thresholds:
            lines.append(f"  {threshold['rule']}  {threshold['setting']}")
            lines += _wrap(tr.render(msg("source: {source}", source=threshold["source"])), "      ", "      ")
    return "\n".join(lines) + "\n"


def _wrap(text: str, first: str, rest: str) -> list[str]:
    """Wrap at 100 columns without breaking URLs."""
    return textwrap.wrap(
        text, 100, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
    )
