"""``qa-checker explain RULE_ID``: a rule's documentation with a failing and a fixed example."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import click

from qa_checker.cli.localised import command, current
from qa_checker.cli.options import LANGUAGE_OPTION, NOW_OPTION, error_text, fail, parse_now
from qa_checker.elements import citation
from qa_checker.errors import QACheckerError
from qa_checker.explain import Example, Explanation
from qa_checker.explain import explain as explain_rule
from qa_checker.i18n import SOURCE_LANGUAGE, Translator, translator
from qa_checker.principles import PRINCIPLES_BY_KEY
from qa_checker.reporting import labels
from qa_checker.rubric import load_rubric
from qa_checker.text import N_, msg

# Where a finding about the whole file is, in place of a JSON pointer.
WHOLE_FILE = N_("(file)")


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line else line for line in text.splitlines())


def _example_lines(example: Example, rule_id: str, tr: Translator) -> list[str]:
    lines = [tr.render(msg("{label}:", label=tr.render(example.label))), _indent(tr.render(example.shown)), ""]
    if not example.findings:
        lines.append("  -> " + tr.render(msg("no {rule} finding", rule=rule_id)))
    for finding in example.findings:
        where = finding.pointer or tr.gettext(WHOLE_FILE)
        severity = labels.word(tr, labels.SEVERITY, finding.severity.value)
        lines.append(
            "  -> "
            + tr.render(msg("{severity} {rule} at {pointer}", severity=severity, rule=finding.rule, pointer=where))
        )
        lines.append(f"       {tr.message(finding)}")
        if finding.hint:
            lines.append("       " + tr.render(msg("hint: {hint}", hint=tr.hint(finding))))
    return [*lines, ""]


def render_text(explanation: Explanation, tr: Translator | None = None) -> str:
    """The explanation as terminal text, in the translator's language (English by default)."""
    tr = tr or translator()
    rule = explanation.rule
    lines = [f"{rule.id}  {rule.name}: {tr.gettext(rule.title)}"]
    severity = labels.word(tr, labels.SEVERITY, explanation.severity)
    facts = [
        tr.render(msg("severity {severity}", severity=severity)),
        tr.render(msg("weight {weight}", weight=explanation.weight)),
    ]
    if rule.element:
        facts.append(tr.render(msg("element {element}", element=rule.element)))
    if rule.clause:
        # English shows the clause as the rule writes it; another language cites it in its own words.
        facts.append(rule.clause if tr.language == SOURCE_LANGUAGE else tr.render(citation(rule.clause)))
    lines.append("  " + " | ".join(facts))
    if rule.principles:
        # English names the principles by key, as the JSON does; another language by their translated labels.
        english = tr.language == SOURCE_LANGUAGE
        named = [
            p if english or p not in PRINCIPLES_BY_KEY else tr.gettext(PRINCIPLES_BY_KEY[p].label)
            for p in rule.principles
        ]
        lines.append("  " + tr.render(msg("Annex II principles: {principles}", principles=", ".join(named))))
    if explanation.options:
        options = ", ".join(f"{k}={v}" for k, v in explanation.options.items())
        if explanation.example_settings:
            shown = msg("options (example values; off unless a rubric sets them): {options}", options=options)
        else:
            shown = msg("options: {options}", options=options)
        lines.append("  " + tr.render(shown))
    if explanation.rubric:
        if explanation.enabled:
            settings = msg("settings as set by rubric {rubric}", rubric=explanation.rubric)
        else:
            settings = msg("settings not enabled in rubric {rubric}", rubric=explanation.rubric)
        lines.append("  " + tr.render(settings))
    lines += ["", tr.document(rule.documentation()), ""]
    for example in (explanation.failing, explanation.fixed):
        if example is not None:
            lines += _example_lines(example, rule.id, tr)
    if explanation.note:
        lines += [tr.render(explanation.note), ""]
    return "\n".join(lines).rstrip() + "\n"


@command(help=N_("Explain RULE_ID (e.g. MC-LO-002) with a failing and a fixed example."))
@click.argument("rule_id")
@click.option("--rubric", "rubric_name", default=None, help=N_("Use this rubric's severity, weight and options."))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@NOW_OPTION
@LANGUAGE_OPTION
def explain(rule_id: str, rubric_name: str | None, fmt: str, now_text: str | None, language: str) -> None:
    """Explain RULE_ID with a failing and a fixed example."""
    try:
        rubric = load_rubric(rubric_name) if rubric_name else None
        moment = parse_now(now_text) or datetime.now(timezone.utc)
        explanation = explain_rule(rule_id, today=moment.date(), rubric=rubric)
    except QACheckerError as exc:
        fail(error_text(exc))
    if fmt == "json":
        click.echo(json.dumps(explanation.to_dict(language), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(explanation, current()), nl=False)
