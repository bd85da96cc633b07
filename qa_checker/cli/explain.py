"""``qa-checker explain RULE_ID``: a rule's documentation with a failing and a fixed example."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import click

from qa_checker.cli.options import NOW_OPTION, fail, parse_now
from qa_checker.errors import QACheckerError
from qa_checker.explain import Example, Explanation
from qa_checker.explain import explain as explain_rule
from qa_checker.rubric import load_rubric


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line else line for line in text.splitlines())


def _example_lines(example: Example, rule_id: str) -> list[str]:
    lines = [f"{example.label}:", _indent(example.shown), ""]
    if not example.findings:
        lines.append(f"  -> no {rule_id} finding")
    for finding in example.findings:
        lines.append(f"  -> {finding.severity.value} {finding.rule} at {finding.pointer or '(file)'}")
        lines.append(f"       {finding.message}")
        if finding.hint:
            lines.append(f"       hint: {finding.hint}")
    return [*lines, ""]


def render_text(explanation: Explanation) -> str:
    """The explanation as terminal text."""
    rule = explanation.rule
    lines = [f"{rule.id}  {rule.name}: {rule.title}"]
    facts = [f"severity {explanation.severity}", f"weight {explanation.weight:g}"]
    if rule.element:
        facts.append(f"element {rule.element}")
    if rule.clause:
        facts.append(rule.clause)
    lines.append("  " + " | ".join(facts))
    if rule.principles:
        lines.append(f"  Annex II principles: {', '.join(rule.principles)}")
    if explanation.options:
        label = "options (example values; off unless a rubric sets them)" if explanation.example_settings else "options"
        lines.append(f"  {label}: " + ", ".join(f"{k}={v}" for k, v in explanation.options.items()))
    if explanation.rubric:
        state = "as set by" if explanation.enabled else "not enabled in"
        lines.append(f"  settings {state} rubric {explanation.rubric}")
    lines += ["", rule.documentation(), ""]
    for example in (explanation.failing, explanation.fixed):
        if example is not None:
            lines += _example_lines(example, rule.id)
    if explanation.note:
        lines += [explanation.note, ""]
    return "\n".join(lines).rstrip() + "\n"


@click.command()
@click.argument("rule_id")
@click.option("--rubric", "rubric_name", default=None, help="Use this rubric's severity, weight and options.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@NOW_OPTION
def explain(rule_id: str, rubric_name: str | None, fmt: str, now_text: str | None) -> None:
    """Explain RULE_ID (e.g. MC-LO-002) with a failing and a fixed example."""
    try:
        rubric = load_rubric(rubric_name) if rubric_name else None
        moment = parse_now(now_text) or datetime.now(timezone.utc)
        explanation = explain_rule(rule_id, today=moment.date(), rubric=rubric)
    except QACheckerError as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(explanation.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(explanation), nl=False)
