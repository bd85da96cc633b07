"""Rule findings are translatable: every message and hint is a catalogue template with its parameters.

The core never translates (issue 15): a rule builds English :class:`~qa_checker.text.Text` values
from templates the extractor finds (``msg``, ``plural``, ``N_`` or the rule's own class attributes),
and an edge renders them in the run's language. These tests hold the rules to that on the rule
fixtures, the flawed samples and a few descriptors for the rarer variants, without depending on any
translation: a pseudo-catalogue that marks every string it translates shows that nothing of a
message bypasses the catalogue.
"""

from __future__ import annotations

import ast
import copy
import functools
import gettext
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.engine import check_document
from qa_checker.findings import Finding
from qa_checker.i18n import Translator
from qa_checker.i18n.catalog import extract
from qa_checker.loaders import load_file
from qa_checker.rubric import Rubric, RuleSetting
from qa_checker.rules import RULES_BY_ID
from qa_checker.text import PLACEHOLDER, Text
from tests.conftest import ROOT, SAMPLES, baseline
from tests.rules.cases import load_cases, run_case

TODAY = date(2026, 11, 29)
RULES_DIR = ROOT / "qa_checker" / "rules"


def _rubric(options: dict[str, dict[str, Any]] | None = None) -> Rubric:
    """Every rule a descriptor can fail, at its defaults and example options (``options`` on top)."""
    rules = {}
    for rule_id, rule in RULES_BY_ID.items():
        if rule.engine_only and rule_id != "MC-SC-001":
            continue
        settings = {**rule.defaults, **rule.example_options, **(options or {}).get(rule_id, {})}
        rules[rule_id] = RuleSetting(rule.severity, rule.weight, settings)
    return Rubric(id="i18n", version="0", title="i18n", rules=rules)


def _changed(changes: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(baseline())
    data.update(copy.deepcopy(changes))
    return data


# Descriptors for message variants the rule fixtures leave out (derived workloads, other credit
# systems, a stated framework, plain-text languages ...), with the options that make them fail.
VARIANTS: list[tuple[str, dict[str, Any], dict[str, dict[str, Any]]]] = [
    (
        "workload derived from hours, below every bound",
        {"workload": {"hours": 30}},
        {"MC-WL-003": {"min_ects": 3, "max_ects": 30, "min_credits": 15, "hours_per_credit": 10}},
    ),
    (
        "workload derived from ECTS, above the bounds",
        {"workload": {"ects": 20}},
        {"MC-WL-003": {"max_hours": 150, "min_hours": None, "max_ects": 10}},
    ),
    (
        "credits of a named system",
        {"workload": {"ects": 5, "hours": 140, "other_credits": {"system": "NZQA", "value": 50}}},
        {"MC-WL-003": {"max_credits": 40, "credit_system": "NZQA"}},
    ),
    (
        "no supervision, no stackability, no NQF level where a profile wants them",
        {"assessment": {"types": ["project-work"]}, "stackability": None, "level": {"eqf": 9}},
        {
            "MC-AS-003": {},
            "MC-SK-001": {"require_stackable": True},
            "MC-LV-004": {"framework": "NFQ"},
            "MC-LV-001": {"min_eqf": 6, "max_eqf": 7, "required": True},
        },
    ),
    (
        "a stand-alone offer where stacking is required, an NQF level in another framework",
        {
            "stackability": {"type": "stand-alone"},
            "level": {"eqf": 3, "nqf": {"framework": "MECES", "level": 2}},
        },
        {"MC-SK-001": {"require_stackable": True}, "MC-LV-004": {"framework": "NFQ"}},
    ),
    (
        "an NQF level the framework does not have",
        {"level": {"eqf": 6, "qf_ehea_cycle": "third", "nqf": {"framework": "NLQF", "level": 12}}},
        {},
    ),
    (
        "codes with and without a suggestion",
        {
            "awarding_bodies": [{"name": "Example University", "country": "ZZ9"}],
            "languages": ["Deutsch", "qq"],
            "field_of_education": "9999",
            "price": {"amount": 10, "currency": "QQQ"},
        },
        {},
    ),
    (
        "plain texts in another language, hosts of every kind",
        {
            "summary": "Europese privacywetgeving en eerlijkheidsmethoden toepassen op echte dataprojecten.",
            "awarding_bodies": [
                {"name": "A", "country": "NL", "url": "http://10.0.0.1/a"},
                {"name": "B", "country": "NL", "url": "http://8.8.8.8/b"},
                {"name": "C", "country": "NL", "url": "https://www.example.org/c"},
                {"name": "D", "country": "NL", "url": "https://www.hva.n1/d"},
            ],
        },
        {},
    ),
    (
        "a schedule by duration, reviews long ago and in the future",
        {
            "participation": {"mode": "online", "schedule": {"duration": "P3D"}},
            "last_reviewed": "2027-01-01",
            "quality_assurance": {"external": {"body": "NVAO", "country": "NL", "last_review": "2012-01-01"}},
        },
        {},
    ),
]


def _variant_findings() -> Iterator[tuple[str, Finding]]:
    for label, changes, options in VARIANTS:
        data = _changed(changes)
        for key, value in changes.items():
            if value is None:
                data.pop(key, None)
        document = Document(source="variant.yaml", data=data, format="yaml")
        for finding in check_document(document, _rubric(options), today=TODAY).findings:
            yield label, finding


def _sample_findings() -> Iterator[tuple[str, Finding]]:
    for path in sorted((SAMPLES / "flawed").iterdir()):
        for document in load_file(path):
            for finding in check_document(document, _rubric(), today=TODAY).findings:
                yield path.name, finding


def _case_findings() -> Iterator[tuple[str, Finding]]:
    for case in load_cases():
        for finding in run_case(case):
            yield case.label, finding


@functools.cache
def rule_findings() -> list[tuple[str, Finding]]:
    """Findings of the rules (not of the loaders or the schema, whose texts other modules build)."""
    found = [*_case_findings(), *_sample_findings(), *_variant_findings()]
    return [(where, f) for where, f in found if f.rule in RULES_BY_ID and not RULES_BY_ID[f.rule].engine_only]


@functools.cache
def catalogue_ids() -> frozenset[str]:
    """Every msgid the extractor finds (a plural entry by its singular and its plural)."""
    ids: set[str] = set()
    for message in extract():
        ids.update(message.id if isinstance(message.id, tuple) else (message.id,))
    return frozenset(ids)


def _texts(text: Text) -> Iterator[Text]:
    """A text and every text among its parameters, nested."""
    yield text
    for value in text.params.values():
        if isinstance(value, Text):
            yield from _texts(value)


def test_the_rules_find_something_in_every_family() -> None:
    families = {f.rule[:5] for _, f in rule_findings()}
    assert {"MC-EL", "MC-LO", "MC-WL", "MC-DT", "MC-LV", "MC-AS", "MC-SK", "MC-VC", "MC-UR", "MC-QA"} <= families
    assert {"MC-LG", "MC-TT"} <= families


def test_every_rule_finding_is_text_whose_english_is_its_message() -> None:
    for where, finding in rule_findings():
        assert finding.message_text is not None, (where, finding.rule, finding.message)
        assert finding.hint_text is not None, (where, finding.rule, finding.hint)
        assert finding.message_text.english() == finding.message, (where, finding.rule)
        assert finding.hint_text.english() == finding.hint, (where, finding.rule)


def test_every_template_is_in_the_catalogue_with_its_placeholders_filled() -> None:
    ids = catalogue_ids()
    for where, finding in rule_findings():
        for outer in (finding.message_text, finding.hint_text):
            assert outer is not None
            for text in _texts(outer):
                for template in filter(None, (text.template, text.plural)):
                    assert template in ids, f"{where} {finding.rule}: not in the catalogue: {template!r}"
                    missing = set(PLACEHOLDER.findall(template)) - set(text.params)
                    assert not missing, f"{where} {finding.rule}: {template!r} lacks {sorted(missing)}"


class _Marking(gettext.NullTranslations):
    """A pseudo-catalogue: every string it is asked for comes back between marks."""

    def gettext(self, message: str) -> str:
        return f"[{message}]"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"[{msgid1 if n == 1 else msgid2}]"

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self.ngettext(msgid1, msgid2, n)


def test_a_finding_is_rendered_entirely_through_the_catalogue() -> None:
    tr = Translator("de", _Marking())
    for where, finding in rule_findings():
        for shown in (tr.message(finding), tr.hint(finding)):
            assert shown.startswith("[") and shown.endswith("]"), (where, finding.rule, shown)
            assert not any(
                "{" + name + "}" in shown for text in _texts(finding.message_text or Text("")) for name in text.params
            ), (where, finding.rule, shown)


def test_a_count_chooses_its_plural_form() -> None:
    tr = Translator("de", _Marking())
    case = next(c for c in load_cases() if c.label.endswith("fail_one_outcome"))
    (finding,) = run_case(case)
    assert finding.message_text is not None and finding.message_text.plural is not None
    assert tr.message(finding).startswith("[1 learning outcome is too few")


# -- The sources: messages are never built from pieces -------------------------------------------------


def _calls(tree: ast.AST, names: set[str]) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in names:
                yield node


SOURCES = [*sorted(RULES_DIR.glob("*.py")), *(ROOT / "qa_checker" / name for name in ("bloom.py", "explain.py"))]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_rules_give_messages_as_templates(path: Path) -> None:
    """``Hit(message=..., hint=...)`` never gets an f-string, a concatenation or a bare literal (which the
    extractor would miss); ``msg``/``plural`` get literal templates or an ``N_`` table's entry, and are
    never written inside another one's arguments (the extractor does not look there)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in _calls(tree, {"Hit"}):
        for keyword in call.keywords:
            if keyword.arg in ("message", "hint"):
                value = keyword.value
                bad = isinstance(value, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(value, ast.Constant) and isinstance(value.value, str)
                )
                assert not bad, f"{path.name}:{value.lineno}: Hit({keyword.arg}=...) is not a msg() template"
    for call in _calls(tree, {"msg", "plural"}):
        for template in call.args[: 2 if _name(call) == "plural" else 1]:
            assert not isinstance(template, (ast.JoinedStr, ast.BinOp)), (
                f"{path.name}:{template.lineno}: a template built from pieces"
            )
        for argument in [*call.args, *(k.value for k in call.keywords)]:
            nested = next(_calls(argument, {"msg", "plural", "N_"}), None)
            assert nested is None, f"{path.name}:{call.lineno}: a template inside another is not extracted"


def _name(call: ast.Call) -> str:
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
