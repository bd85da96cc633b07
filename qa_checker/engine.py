"""Check one document: schema, rules, waivers, score, element coverage and status.

Pure: takes a loaded document and a rubric, returns a :class:`Result`. A rule that raises
becomes an ``MC-EN-001`` finding; it never stops the run.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

from qa_checker import ids, validation, vocab
from qa_checker.descriptor import KINDS, Descriptor, country_codes_as_languages
from qa_checker.document import Document
from qa_checker.elements import ELEMENTS, Element, applies, element_for_pointer, is_present, not_applicable
from qa_checker.findings import Finding, Severity
from qa_checker.language.detect import language_of
from qa_checker.outcome_styles import outcome_summary
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.results import Result
from qa_checker.rubric import Rubric
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import Hit, Rule, RuleContext
from qa_checker.scoring import Weighing, scores, weighing_of
from qa_checker.text import Text, msg

_Frozen = TypeVar("_Frozen")


class WaiverSet(Protocol):
    """Anything that can mark findings as waived for one descriptor."""

    def apply(self, findings: list[Finding], *, descriptor_id: str | None, source: str, today: date) -> list[Finding]:
        """Return the findings with matching ones waived, plus findings about the waivers."""
        ...


def copy_with(value: _Frozen, **changes: Any) -> _Frozen:
    """``dataclasses.replace`` for the frozen dataclasses made by the thousand (findings, texts, results),
    about eight times faster: the same fields, ``changes`` over them, without calling ``__init__`` again.

    Only for dataclasses whose ``__init__`` stores each field as given (no ``__post_init__``, no
    ``init=False`` field, no slots): a test holds :class:`Finding`, :class:`Text` and :class:`Result` so.
    """
    copy = object.__new__(type(value))
    fields = copy.__dict__
    fields.update(value.__dict__)
    fields.update(changes)
    return copy


def _text(template: str | Text, params: dict[str, Any]) -> Text:
    """A hit's message or hint as a :class:`Text`, the hit's params under the template's own."""
    if isinstance(template, Text):
        return copy_with(template, params={**params, **template.params}) if params else template
    return Text(template, params) if params else _plain_text(template)


@functools.lru_cache(maxsize=1024)
def _plain_text(template: str) -> Text:
    """A rule's message or hint with no params, made once for all its findings (a :class:`Text` is not changed)."""
    return Text(template, {})


def finding_from_hit(rule: type[Rule], hit: Hit, severity: Severity) -> Finding:
    """Stamp a rule's metadata onto one of its hits."""
    return Finding.make(
        rule=rule.id,
        severity=severity,
        element=hit.element or rule.element or element_for_pointer(hit.pointer),
        pointer=hit.pointer,
        message=_text(hit.message or rule.message, hit.params),
        hint=_text(hit.hint or rule.hint, hit.params),
        principles=rule.principles,
    )


@dataclass(frozen=True)
class RulePlan:
    """The rules a rubric runs on a day, each made once with its context, for every descriptor of a batch.

    Rules keep nothing between descriptors, so one instance of each serves them all.
    """

    rubric: Rubric
    today: date
    rules: tuple[tuple[str, type[Rule], Rule, RuleContext, Severity], ...]

    @functools.cached_property
    def by_kind(self) -> dict[str, tuple[tuple[str, type[Rule], Rule, RuleContext, Severity], ...]]:
        """The rules that may judge a descriptor of each kind, in order: a rule judges none of a kind not in its
        ``kinds``, so it is not asked whether it applies to one."""
        return {kind: tuple(entry for entry in self.rules if kind in entry[1].kinds) for kind in KINDS}

    @functools.cached_property
    def weighing(self) -> Weighing:
        """The rubric's weights as the scores use them, found once for the batch."""
        return weighing_of(self.rubric)

    @classmethod
    def for_run(cls, rubric: Rubric, today: date, plan: RulePlan | None) -> RulePlan:
        """``plan`` when it is for ``rubric`` and ``today``, else the plan made for them."""
        if plan is None or plan.rubric is not rubric or plan.today != today:
            return cls.of(rubric, today)
        return plan

    @classmethod
    def of(cls, rubric: Rubric, today: date) -> RulePlan:
        """Every enabled rule of ``rubric`` that judges descriptors, in the rubric's order."""
        rules = []
        for rule_id, setting in rubric.rules.items():
            rule_cls = RULES_BY_ID[rule_id]
            if not rule_cls.engine_only:
                rules.append(
                    (rule_id, rule_cls, rule_cls(), RuleContext(options=setting.options, today=today), setting.severity)
                )
        return cls(rubric, today, tuple(rules))


def run_rules(
    doc: Descriptor, rubric: Rubric, today: date, plan: RulePlan | None = None
) -> tuple[list[Finding], list[str]]:
    """Run every enabled rule of the descriptor's kind; return the findings and the ids of the rules that judged.

    ``plan`` (for ``rubric`` and ``today``) saves making the rules again for each descriptor.
    """
    plan = RulePlan.for_run(rubric, today, plan)
    findings: list[Finding] = []
    judged: list[str] = []
    for rule_id, rule_cls, rule, ctx, severity in plan.by_kind[doc.kind]:
        try:
            if not rule.applies(doc, ctx):
                continue
            found = iter(rule.check(doc, ctx))
            hits: list[Hit] = []
            for hit in found:  # most rules pass most descriptors: no list is made for them
                hits = [hit, *itertools.islice(found, MAX_RULE_FINDINGS)]
                break
        except Exception as exc:
            crash = RULES_BY_ID[ids.RULE_CRASHED]
            findings.append(
                finding_from_hit(
                    crash, Hit("", {"rule": rule_id, "error": f"{type(exc).__name__}: {exc}"}), Severity.ERROR
                )
            )
            continue
        judged.append(rule_id)
        if not hits:
            continue
        findings.extend(finding_from_hit(rule_cls, hit, severity) for hit in hits[:MAX_RULE_FINDINGS])
        if len(hits) > MAX_RULE_FINDINGS:
            findings.append(_more(rule_cls, severity))
    return findings, judged


# The findings one rule reports on one descriptor: 49,000 outcomes give a report to read, not 49,000 lines.
MAX_RULE_FINDINGS = 100


def _more(rule: type[Rule], severity: Severity) -> Finding:
    """The finding that says a rule stopped at :data:`MAX_RULE_FINDINGS`."""
    return Finding.make(
        rule=rule.id,
        severity=severity,
        element=rule.element,
        pointer="",
        message=msg(
            "only the first {count} findings of {rule} are listed; the descriptor may have more of them",
            count=MAX_RULE_FINDINGS,
            rule=rule.id,
        ),
        hint=msg("Fix these and check again: the same fault likely repeats."),
        principles=rule.principles,
    )


def element_statuses(
    data: dict[str, Any] | None,
    kind: str,
    findings: Iterable[Finding],
    present: Callable[[Element], bool] | None = None,
) -> dict[str, str]:
    """``present``, ``missing``, ``invalid`` or ``not-applicable`` for all sixteen elements; ``unknown`` for
    each when there is no data (a file that could not be read says nothing of what it gives). ``present`` tells
    whether the data gives an element (:meth:`Descriptor.present`, which remembers the rules' answers), by
    default :func:`is_present`."""
    if data is None:
        return {e.key: "unknown" for e in ELEMENTS}
    invalid = {f.element for f in findings if f.counts and f.severity is Severity.ERROR and f.element}
    statuses: dict[str, str] = {}
    for element in ELEMENTS:
        if not applies(element, kind) or not_applicable(element, data):
            statuses[element.key] = "not-applicable"
        elif not (present(element) if present is not None else is_present(element, data)):
            statuses[element.key] = "missing"
        elif element.key in invalid:
            statuses[element.key] = "invalid"
        elif element.key == "level" and _level_not_applicable(data):
            statuses[element.key] = "not-applicable"
        else:
            statuses[element.key] = "present"
    return statuses


def _level_not_applicable(data: dict[str, Any]) -> bool:
    level = data.get("level")
    return (
        isinstance(level, dict)
        and "not_applicable" in level
        and not any(k in level for k in ("eqf", "nqf", "qf_ehea_cycle"))
    )


def check_document(
    document: Document,
    rubric: Rubric,
    *,
    today: date,
    waivers: WaiverSet | None = None,
    plan: RulePlan | None = None,
) -> Result:
    """The verdict on one loaded document (``plan``: the rubric's rules made once for a batch)."""
    findings = list(document.findings)
    data = document.data if isinstance(document.data, dict) else None
    if data is None:
        return Result(
            source=document.source,
            id=None,
            kind=None,
            status="error",
            score=None,
            elements=element_statuses(None, "offer", ()),
            findings=_located(document, findings),
            principles=dict.fromkeys(PRINCIPLE_KEYS),
            format=document.format,
            sha256=document.sha256,
            imported_from=document.imported_from,
        )
    doc = Descriptor(data)
    codes = vocab.get("languages")
    typed = {code for _, code, _, _ in country_codes_as_languages(doc)}
    if not any(code in codes and code not in typed for code in doc.languages):
        # None declared, or none a code, or only a body's country code typed for its language ("se" of a Swedish
        # body; the schema or MC-VC-002 says so): plain texts are read in their own.
        doc = Descriptor(data, assumed_language=language_of(doc.plain_sample()))
    judged: list[str] = []
    if rubric.enabled(validation.SCHEMA_RULE):
        judged.append(validation.SCHEMA_RULE)
        schema_setting = rubric.rules[validation.SCHEMA_RULE]
        schema_findings = validation.validate(data, severity=schema_setting.severity)
        if document.format == "json":
            schema_findings = validation.in_json(schema_findings)
        findings.extend(_with_principles(f, RULES_BY_ID[validation.SCHEMA_RULE].principles) for f in schema_findings)
    plan = RulePlan.for_run(rubric, today, plan)
    rule_findings, rule_judged = run_rules(doc, rubric, today, plan)
    if document.format == "json":
        rule_findings = validation.in_json(rule_findings)
    superseded = {f.pointer for f in rule_findings if RULES_BY_ID[f.rule].supersedes(doc, f.pointer)}
    findings = [f for f in findings if not (f.rule == validation.SCHEMA_RULE and _within(f.pointer, superseded))]
    findings.extend(rule_findings)
    judged.extend(rule_judged)
    if waivers is not None:
        findings = waivers.apply(findings, descriptor_id=doc.id, source=document.source, today=today)
    findings = _located(document, findings)
    status = "fail" if any(f.counts and f.severity is Severity.ERROR for f in findings) else "pass"
    overall, principles = scores(judged, findings, rubric, plan.weighing)
    return Result(
        source=document.source,
        id=doc.id,
        kind=doc.kind,
        status=status,
        score=overall,
        elements=element_statuses(data, doc.kind, findings, doc.present),
        findings=findings,
        principles=principles,
        format=document.format,
        sha256=document.sha256,
        data=data,
        imported_from=document.imported_from,
        outcomes=outcome_summary(doc),
        judged=tuple(judged),
    )


def _within(pointer: str, places: set[str]) -> bool:
    """Whether ``pointer`` is one of ``places`` or lies under one: a blank title is missing, whether written
    ``title: " "`` or ``title: {en: " "}``, and told so once."""
    if pointer in places:
        return True
    while pointer:  # the whole document ("") covers nothing but itself
        pointer = pointer[: pointer.rfind("/")]
        if pointer and pointer in places:
            return True
    return False


def _with_principles(finding: Finding, principles: tuple[str, ...]) -> Finding:
    return copy_with(finding, principles=principles)


def _located(document: Document, findings: list[Finding]) -> list[Finding]:
    """Attach source origins (sheet/cell, original pointer) and sort."""
    located = []
    for finding in findings:
        if finding.origin is None:
            origin = document.origin_for(finding.pointer)
            if origin is not None:
                finding = copy_with(finding, origin=origin)
        located.append(finding)
    return sorted(located, key=Finding.sort_key)
