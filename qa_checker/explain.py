"""Explain a rule: its documentation and settings, and a failing and a fixed example run for real.

Examples are small changes to a good, complete offer (``data/good-offer.yaml``): the top-level
fields of the rule's ``example_fail``/``example_pass`` replace the offer's; the Annex I presence
rules derive theirs by removing the element; loader rules use raw file contents
(``example_raw_fail``, ``example_raw_pass``, ``example_raw_suffix``, ``example_max_bytes``);
waiver rules use a waiver. Each example goes through the real loader and engine with only that
rule enabled, so what is shown is what the rule reports.

Everything said about an example is English :class:`~qa_checker.text.Text` (or an ``N_``-marked
constant), shown in a language by the caller: ``translator(language).render(example.label)``, or
:meth:`Explanation.to_dict` with ``language``. File contents and descriptor fields stay as written.
"""

from __future__ import annotations

import copy
import functools
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.engine import check_document
from qa_checker.errors import ConfigError
from qa_checker.findings import Finding
from qa_checker.i18n import SOURCE_LANGUAGE, translator
from qa_checker.limits import Limits
from qa_checker.loaders import load_file
from qa_checker.rubric import Rubric, RuleSetting
from qa_checker.rules import RULES_BY_ID, rule_id_near, rule_id_read
from qa_checker.rules.base import Rule
from qa_checker.text import N_, Text, msg, plural
from qa_checker.waivers import EXPIRED, UNUSED, WaiverEntry, Waivers

GOOD_OFFER = Path(__file__).resolve().parent / "data" / "good-offer.yaml"
_CREDENTIAL = {
    "kind": "credential",
    "learner": {"name": "Mara Schneider"},
    "issue_date": "2026-07-03",
    "grade": {"en": "8.5 (very good)", "nl": "8,5 (zeer goed)"},
}

# The examples' labels.
FAILING = N_("Failing example")
FIXED = N_("Fixed")
# The labels of examples loaded with a size limit (--max-bytes).
_LIMITED = {
    FAILING: N_("Failing example (with --max-bytes {limit})"),
    FIXED: N_("Fixed (with --max-bytes {limit})"),
}
NO_EXAMPLE = N_(
    "No example: this finding is reported while loading or importing a file, "
    "or when a rule itself fails, never by a descriptor's content."
)


@functools.cache
def _good_offer() -> dict[str, Any]:
    offer: dict[str, Any] = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))  # a bundled mapping
    return offer


def good_offer() -> dict[str, Any]:
    """A fresh copy of the good, complete offer examples start from."""
    return copy.deepcopy(_good_offer())


def merge(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``base`` with each top-level field of ``changes`` replacing it (``None`` removes it)."""
    merged = copy.deepcopy(base)
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


@dataclass
class Example:
    """One example: what was changed, the file or descriptor it gave, and the rule's findings on it.

    ``label`` and ``shown`` are English, as a :class:`Text` or a string that is its own msgid (file
    contents are no msgid and are shown as written); ``translator(language).render`` shows them.
    """

    label: str | Text
    shown: str | Text
    findings: list[Finding]

    def to_dict(self, language: str = SOURCE_LANGUAGE) -> dict[str, Any]:
        """JSON form, its texts in ``language`` (English by default)."""
        tr = translator(language)
        return {
            "label": tr.render(self.label),
            "example": tr.render(self.shown),
            "findings": [f.to_dict(tr) for f in self.findings],
        }


@dataclass
class Explanation:
    """Everything ``qa-checker explain`` prints about one rule."""

    rule: type[Rule]
    severity: str
    weight: float
    options: dict[str, Any]
    rubric: str | None
    failing: Example | None = None
    fixed: Example | None = None
    # Why there is no example: an N_-marked English text (its own msgid), or "".
    note: str = ""
    enabled: bool = True
    example_settings: bool = False

    def to_dict(self, language: str = SOURCE_LANGUAGE) -> dict[str, Any]:
        """JSON form; the rule's title and documentation, the examples and the note in ``language``
        (English by default). Keys, ids, severities and options stay as they are."""
        tr = translator(language)
        data = self.rule.summary()
        data.update(
            title=tr.gettext(self.rule.title),
            severity=self.severity,
            weight=self.weight,
            options=self.options,
            rubric=self.rubric,
            enabled=self.enabled,
            documentation=tr.document(self.rule.documentation()),
            failing=self.failing.to_dict(language) if self.failing else None,
            fixed=self.fixed.to_dict(language) if self.fixed else None,
            note=tr.gettext(self.note) or None,
        )
        return data


def find_rule(rule_id: str) -> type[Rule]:
    """A rule by id (case-insensitive, in fullwidth or look-alike letters too) or name; an unknown one is a
    :class:`ConfigError` with a suggestion."""
    wanted = rule_id_read(rule_id)
    for rule in RULES_BY_ID.values():
        if wanted.upper() == rule.id or wanted.lower() == rule.name:
            return rule
    close = rule_id_near(rule_id)
    if close:
        raise ConfigError(
            msg(
                "unknown rule '{rule}' (did you mean {suggestion}?); 'qa-checker rules' lists them all",
                rule=rule_id,
                suggestion=close,
            )
        )
    raise ConfigError(msg("unknown rule '{rule}'; 'qa-checker rules' lists them all", rule=rule_id))


def explain(rule_id: str, *, today: date, rubric: Rubric | None = None) -> Explanation:
    """Document one rule and run its failing and fixed examples with the rubric's settings (or the defaults)."""
    rule = find_rule(rule_id)
    setting = rubric.rules.get(rule.id) if rubric else None
    options = dict(setting.options) if setting else {**rule.defaults, **rule.example_options}
    severity = setting.severity if setting else rule.severity
    weight = setting.weight if setting else rule.weight
    explanation = Explanation(
        rule,
        severity.value,
        weight,
        options,
        rubric.id if rubric else None,
        enabled=rubric is None or setting is not None,
        example_settings=setting is None and bool(rule.example_options),
    )
    only = Rubric(id="explain", version="0", title="explain", rules={rule.id: RuleSetting(severity, weight, options)})
    if rule.id in (EXPIRED, UNUSED):
        _waiver_examples(explanation, only, today)
    elif rule.example_raw_fail is not None:
        _raw_examples(explanation, rule.example_raw_fail, only, today)
    else:
        base = merge(good_offer(), _CREDENTIAL) if "offer" not in rule.kinds else good_offer()
        examples = _examples(rule, base)
        if examples is None:
            explanation.note = NO_EXAMPLE
            return explanation
        (fail_data, fail_shown), (pass_data, pass_shown) = examples
        explanation.failing = _descriptor_example(rule, only, today, fail_data, fail_shown, FAILING)
        explanation.fixed = _descriptor_example(rule, only, today, pass_data, pass_shown, FIXED)
    return explanation


def _examples(rule: type[Rule], base: dict[str, Any]) -> tuple[tuple[dict[str, Any], str | Text], ...] | None:
    """(descriptor, what changed) for the failing and the fixed example, or ``None`` when there are none."""
    if rule.example_fail is not None:
        return (
            (merge(base, rule.example_fail), _describe(rule.example_fail)),
            (merge(base, rule.example_pass or {}), _describe(rule.example_pass or {})),
        )
    element = rule.annex_element
    if element is None:
        return None
    failing = copy.deepcopy(base)
    if element.key in ("issuer_country", "awarding_body"):
        drop = ("country", "region") if element.key == "issuer_country" else ("name",)
        for body in failing["awarding_bodies"]:
            for key in drop:
                body.pop(key, None)
        shown: str | Text = (
            msg("(without the country and region of each awarding body)")
            if element.key == "issuer_country"
            else msg("(without the name of each awarding body)")
        )
    else:
        tokens = jp.split(element.pointer)
        parent = jp.resolve(failing, jp.join(*tokens[:-1])) if len(tokens) > 1 else failing
        parent.pop(tokens[-1], None)
        shown = msg("(without {field})", field=element.pointer.lstrip("/"))
    return (failing, shown), (base, "")


def _descriptor_example(
    rule: type[Rule], rubric: Rubric, today: date, data: dict[str, Any], changes: str | Text, label: str
) -> Example:
    result = check_document(Document(source="example.yaml", data=data, format="yaml"), rubric, today=today)
    if "offer" not in rule.kinds:
        shown = (
            msg(
                "the good offer as a credential (kind: credential, with learner, issue_date and grade), "
                "with:\n{changes}",
                changes=changes,
            )
            if changes
            else msg("the good offer as a credential (kind: credential, with learner, issue_date and grade), unchanged")
        )
    else:
        shown = (
            msg("the good offer, with:\n{changes}", changes=changes) if changes else msg("the good offer, unchanged")
        )
    return Example(label, shown, [f for f in result.findings if f.rule == rule.id])


def _describe(changes: dict[str, Any]) -> str | Text:
    """The changed fields as YAML, then a line for each field removed."""
    kept = {k: v for k, v in changes.items() if v is not None}
    parts: list[str | Text] = (
        [yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=100).rstrip()] if kept else []
    )
    parts += [msg("(without {field})", field=k) for k, v in changes.items() if v is None]
    return _lines(parts)


def _lines(parts: list[str | Text]) -> str | Text:
    """Lines one under the other; a layout of its own parts (no words to translate) when one is a Text."""
    if all(isinstance(part, str) for part in parts):
        return "\n".join(str(part) for part in parts)
    return Text("\n".join(f"{{line{i}}}" for i in range(len(parts))), {f"line{i}": p for i, p in enumerate(parts)})


def _raw_examples(explanation: Explanation, failing: bytes, rubric: Rubric, today: date) -> None:
    rule = explanation.rule
    max_bytes = rule.example_max_bytes

    def run(raw: bytes, label: str) -> Example:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / ("example" + rule.example_raw_suffix)
            path.write_bytes(raw)
            documents = load_file(path, limits=Limits(max_bytes=max_bytes) if max_bytes else None)
        findings = [f for d in documents for f in check_document(d, rubric, today=today).findings if f.rule == rule.id]
        text = raw.decode("utf-8", errors="backslashreplace")
        content: str | Text = (
            plural("{text}… ({count} byte)", "{text}… ({count} bytes)", len(raw), text=text[:200])
            if len(text) > 200
            else text.rstrip() or repr(text)
        )
        shown = msg("a file {name} containing:\n{content}", name="example" + rule.example_raw_suffix, content=content)
        return Example(msg(_LIMITED[label], limit=str(max_bytes)) if max_bytes else label, shown, findings)

    explanation.failing = run(failing, FAILING)
    if rule.example_raw_pass is not None:
        explanation.fixed = run(rule.example_raw_pass, FIXED)


def _waiver_examples(explanation: Explanation, rubric: Rubric, today: date) -> None:
    """A waiver of an unused rule, expired or still current, applied to the good offer."""
    rule = explanation.rule
    data = good_offer()
    target = "MC-QA-002"
    expired = date.fromordinal(today.toordinal() - 30)
    later = date.fromordinal(today.toordinal() + 365)
    accreditation = merge(
        data,
        {
            "quality_assurance": {
                "accreditations": [{"type": "institutional-qa", "agent": "NVAO", "expires": expired.isoformat()}]
            }
        },
    )
    enabled = Rubric(
        id="explain",
        version="0",
        title="explain",
        rules={**rubric.rules, target: RuleSetting(RULES_BY_ID[target].severity, 1.0, {})},
    )

    def run(descriptor: dict[str, Any], until: date, label: str | Text) -> Example:
        entry = WaiverEntry(1, target, data["id"], "Re-accreditation decision due in March.", "QA officer", until)
        waivers = Waivers([entry], "waivers.yaml")
        doc = Document(source="example.yaml", data=descriptor, format="yaml")
        result = check_document(doc, enabled, today=today, waivers=waivers)
        shown = (
            f"waivers.yaml:\n- rule: {target}\n  descriptor: {data['id']}\n  reason: {entry.reason}\n"
            f"  accepted_by: {entry.accepted_by}\n  until: {until.isoformat()}"
        )
        return Example(label, shown, [f for f in result.findings if f.rule == rule.id])

    if rule.id == EXPIRED:
        explanation.failing = run(accreditation, expired, msg("Failing example (the waiver's date has passed)"))
        explanation.fixed = run(accreditation, later, msg("Fixed (renewed until a later date)"))
    else:
        explanation.failing = run(data, later, msg("Failing example (the descriptor has no such finding any more)"))
        explanation.fixed = run(accreditation, later, msg("Fixed (the waiver still waives a finding)"))
