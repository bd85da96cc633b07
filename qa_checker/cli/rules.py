"""``qa-checker rules``: list the rule registry, or what a rubric enables."""

from __future__ import annotations

import json

import click

from qa_checker.cli.options import fail
from qa_checker.errors import QACheckerError
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID


@click.command()
@click.option("--rubric", "rubric_name", default=None, help="Show only what this rubric enables, with its settings.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(rubric_name: str | None, fmt: str) -> None:
    """List every rule with id, element, severity and documentation."""
    try:
        rubric = load_rubric(rubric_name) if rubric_name else None
    except QACheckerError as exc:
        fail(str(exc))
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
