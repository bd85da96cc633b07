"""Benchmark (not a test): how far the outcome rules and the whole checker agree with an expert reviewer.

Reads the labelled corpus the project writes itself (``tests/corpus``):

* ``outcomes/<lang>.yaml``: learning-outcome statements, each labelled good, vague, no-verb,
  teacher-centred or compound. Each statement is checked alone, as the only outcome of a descriptor in
  its language, by the real rules MC-LO-001 (no action verb), MC-LO-002 (vague), MC-LO-003
  (teacher-centred) and MC-LO-004 (compound). Printed per language: precision and recall of each rule
  against its label, and wrong warnings per 100 good statements (any of the four rules on a statement
  an expert calls good).
* ``descriptors/<lang>/good/*.yaml`` and ``descriptors/<lang>/defects.yaml``: whole descriptors an
  expert judges compliant and well written, and single planted defects (each applied to a deep copy of
  its base). Each goes through the real pipeline (``qa_checker.runner.run_documents`` with the default
  rubric). Printed per language: warnings and errors on good descriptors, and planted defects found by
  the expected rule, at or under the expected pointer, with the expected severity.

* A held-out set (``--heldout tests/outcomes_heldout4``): one ``<lang>.yaml`` per language with
  ``statements: [[label, text], ...]``, labelled before the analysis ran on them; the length labels too-short
  and too-long are judged by MC-LO-005. Printed per language: precision and recall of MC-LO-001..005.

Run: ``python benchmarks/bench_outcomes.py [--markdown] [--lang xx ...] [--details] [--heldout DIR]``.
``--markdown`` prints the tables for the README; ``--details`` lists every wrong or missed judgement.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_checker import pointer as jp  # noqa: E402
from qa_checker.descriptor import Descriptor  # noqa: E402
from qa_checker.document import Document  # noqa: E402
from qa_checker.language import supported_languages  # noqa: E402
from qa_checker.rubric import load_rubric  # noqa: E402
from qa_checker.rules import RULES_BY_ID  # noqa: E402
from qa_checker.rules.base import RuleContext  # noqa: E402
from qa_checker.runner import RunConfig, run_documents  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
# The languages the outcome analysis reads (those without a corpus of their own yet, such as Portuguese, Swedish,
# Czech, Danish and Slovak, have held-out sets or tests, and are skipped here).
LANGUAGES = supported_languages()
# Each defect label and the rule that should report it.
RULE_OF_LABEL = {"no-verb": "MC-LO-001", "vague": "MC-LO-002", "teacher-centred": "MC-LO-003", "compound": "MC-LO-004"}
LABELS = ("good", *RULE_OF_LABEL)
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


@dataclass
class StatementScore:
    """The four outcome rules against the labels of one language's statements."""

    language: str
    total: int = 0
    by_label: Counter[str] = field(default_factory=Counter)
    hits: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule, label) -> statements it fired on
    wrong_on_good: list[tuple[str, list[str]]] = field(default_factory=list)
    missed: list[tuple[str, str, list[str]]] = field(default_factory=list)

    def tp(self, rule: str) -> int:
        """Statements with the rule's label that the rule reports."""
        label = next(lb for lb, r in RULE_OF_LABEL.items() if r == rule)
        return self.hits[(rule, label)]

    def fired(self, rule: str) -> int:
        """Statements the rule reports, whatever their label."""
        return sum(n for (r, _), n in self.hits.items() if r == rule)

    def precision(self, rule: str) -> float | None:
        """Share of the rule's reports that an expert agrees with."""
        fired = self.fired(rule)
        return self.tp(rule) / fired if fired else None

    def recall(self, rule: str) -> float | None:
        """Share of the statements with the rule's label that it reports."""
        label = next(lb for lb, r in RULE_OF_LABEL.items() if r == rule)
        wanted = self.by_label[label]
        return self.tp(rule) / wanted if wanted else None

    @property
    def wrong_per_100_good(self) -> float | None:
        """Good statements with at least one MC-LO-001..004 warning, per 100 good statements."""
        good = self.by_label["good"]
        return 100 * len(self.wrong_on_good) / good if good else None


@dataclass
class DescriptorScore:
    """The whole pipeline on one language's good descriptors and planted defects."""

    language: str
    good: int = 0
    good_warnings: list[tuple[str, str, str, str]] = field(default_factory=list)  # file, rule, severity, pointer
    defects: int = 0
    found: int = 0
    missed: list[tuple[str, dict[str, Any], list[tuple[str, str, str]]]] = field(default_factory=list)

    @property
    def clean(self) -> int:
        """Good descriptors without any warning or error."""
        return self.good - len({file for file, *_ in self.good_warnings})


def _rules() -> list[tuple[str, Any, RuleContext]]:
    found = []
    for rule_id in RULE_OF_LABEL.values():
        cls = RULES_BY_ID[rule_id]
        found.append((rule_id, cls(), RuleContext(options=dict(cls.defaults), today=NOW.date())))
    return found


def judge_statement(text: str, language: str) -> list[str]:
    """The outcome rules (MC-LO-001..004) that report one statement, the only outcome of a descriptor."""
    doc = Descriptor({"kind": "offer", "languages": [language], "learning_outcomes": [text]})
    fired = []
    for rule_id, rule, ctx in _RULES:
        if rule.applies(doc, ctx) and any(True for _ in rule.check(doc, ctx)):
            fired.append(rule_id)
    return fired


_RULES = _rules()
# The labels of a held-out set and the rule each stands for (the length labels too).
HELDOUT_RULE_OF_LABEL = {**RULE_OF_LABEL, "too-short": "MC-LO-005", "too-long": "MC-LO-005"}


def judge_with_length(text: str, language: str) -> set[str]:
    """The outcome rules MC-LO-001..005 that report one statement, the only outcome of a descriptor."""
    fired = set(judge_statement(text, language))
    rule = RULES_BY_ID["MC-LO-005"]()
    doc = Descriptor({"kind": "offer", "languages": [language], "learning_outcomes": [text]})
    if any(True for _ in rule.check(doc, RuleContext(options=dict(rule.defaults), today=NOW.date()))):
        fired.add("MC-LO-005")
    return fired


def heldout_sets(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """The labelled statements of a held-out folder, by language: ``(label, text)`` in file order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(folder.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[raw["language"]] = [(str(label), str(text)) for label, text in raw["statements"]]
    return out


def heldout_scores(items: list[tuple[str, str]], language: str) -> dict[str, tuple[float, float]]:
    """Precision and recall (percent) of MC-LO-001..005 against the labels of one language's held-out statements."""
    rules = sorted(set(HELDOUT_RULE_OF_LABEL.values()))
    hits = {rule: [0, 0, 0] for rule in rules}  # true positives, fired, labelled
    for label, text in items:
        fired = judge_with_length(text, language)
        wanted = HELDOUT_RULE_OF_LABEL.get(label)
        for rule in rules:
            hits[rule][0] += rule in fired and rule == wanted
            hits[rule][1] += rule in fired
            hits[rule][2] += rule == wanted
    return {
        rule: (100.0 * tp / fired if fired else 100.0, 100.0 * tp / labelled if labelled else 100.0)
        for rule, (tp, fired, labelled) in hits.items()
    }


def heldout_table(sets: dict[str, list[tuple[str, str]]], languages: list[str], markdown: bool) -> str:
    """Precision / recall of MC-LO-001..005 on a held-out set, one row per language."""
    rules = sorted(set(HELDOUT_RULE_OF_LABEL.values()))
    head = ["Language", "Statements", "Good", *(f"{rule} {m}" for rule in rules for m in "PR")]
    rows = []
    for language in (lang for lang in languages if lang in sets):
        items = sets[language]
        scores = heldout_scores(items, language)
        good = sum(label == "good" for label, _ in items)
        rows.append([language, str(len(items)), str(good), *(f"{v:.0f} %" for rule in rules for v in scores[rule])])
    return _table(head, rows, markdown)


def statements(language: str) -> list[dict[str, Any]] | None:
    """The labelled statements of one language, or ``None`` when its corpus file is absent."""
    path = CORPUS / "outcomes" / f"{language}.yaml"
    if not path.is_file():
        return None
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [s for s in raw.get("statements") or [] if isinstance(s, dict) and s.get("label") in LABELS]


def score_statements(language: str) -> StatementScore | None:
    """Judge every labelled statement of one language."""
    items = statements(language)
    if items is None:
        return None
    score = StatementScore(language)
    for item in items:
        text, label = str(item["text"]), str(item["label"])
        fired = judge_statement(text, language)
        score.total += 1
        score.by_label[label] += 1
        for rule_id in fired:
            score.hits[(rule_id, label)] += 1
        if label == "good" and fired:
            score.wrong_on_good.append((text, fired))
        elif label != "good" and RULE_OF_LABEL[label] not in fired:
            score.missed.append((label, text, fired))
    return score


def _apply(data: Any, changes: list[dict[str, Any]]) -> Any:
    data = copy.deepcopy(data)
    for change in changes:
        *parents, last = jp.split(change["pointer"])
        node = data
        for token in parents:
            node = node[int(token)] if isinstance(node, list) else node.setdefault(token, {})
        if change["op"] == "remove":
            if isinstance(node, list):
                del node[int(last)]
            else:
                node.pop(last, None)
        elif isinstance(node, list):
            if last == "-" or int(last) == len(node):
                node.append(copy.deepcopy(change["value"]))
            else:
                node[int(last)] = copy.deepcopy(change["value"])
        else:
            node[last] = copy.deepcopy(change["value"])
    return data


def _config() -> RunConfig:
    return RunConfig(rubric=load_rubric(), now=NOW, jobs=1)


def _findings(source: str, data: Any) -> list[tuple[str, str, str]]:
    report = run_documents([Document(source, data, "yaml")], _config())
    return [(f.rule, str(f.severity.value), f.pointer) for r in report.results for f in r.findings]


def score_descriptors(language: str) -> DescriptorScore | None:
    """Check the good descriptors and the planted defects of one language."""
    folder = CORPUS / "descriptors" / language
    good_dir = folder / "good"
    if not good_dir.is_dir():
        return None
    score = DescriptorScore(language)
    bases: dict[str, Any] = {}
    for path in sorted(good_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        bases[path.stem] = data
        score.good += 1
        for rule, severity, where in _findings(path.name, data):
            if severity in ("warning", "error"):
                score.good_warnings.append((path.stem, rule, severity, where))
    defects_file = folder / "defects.yaml"
    raw = yaml.safe_load(defects_file.read_text(encoding="utf-8")) if defects_file.is_file() else None
    for defect in (raw or {}).get("defects") or []:
        base = bases.get(defect.get("base"))
        if base is None:
            continue
        expect = defect["expect"]
        found = _findings(f"{defect['id']}.yaml", _apply(base, defect.get("changes") or []))
        score.defects += 1
        if any(
            rule == expect["rule"]
            and (where == expect["pointer"] or where.startswith(expect["pointer"].rstrip("/") + "/"))
            and severity == expect.get("severity", severity)
            for rule, severity, where in found
        ):
            score.found += 1
        else:
            score.missed.append((str(defect["id"]), expect, found))
    return score


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def statement_table(scores: list[StatementScore], markdown: bool) -> str:
    """Precision / recall per rule and wrong warnings per 100 good statements, one row per language."""
    head = ["Language", "Statements", "Good"]
    for rule in RULE_OF_LABEL.values():
        head += [f"{rule} P", f"{rule} R"]
    head.append("Wrong per 100 good")
    rows = []
    for s in scores:
        row = [s.language, str(s.total), str(s.by_label["good"])]
        for rule in RULE_OF_LABEL.values():
            row += [_pct(s.precision(rule)), _pct(s.recall(rule))]
        wrong = s.wrong_per_100_good
        row.append("–" if wrong is None else f"{wrong:.1f}")
        rows.append(row)
    return _table(head, rows, markdown)


def descriptor_table(scores: list[DescriptorScore], markdown: bool) -> str:
    """Good descriptors without findings and planted defects found, one row per language."""
    head = ["Language", "Good descriptors", "Without warnings", "Warnings on good", "Defects", "Found on element"]
    rows = [
        [s.language, str(s.good), str(s.clean), str(len(s.good_warnings)), str(s.defects), f"{s.found}/{s.defects}"]
        for s in scores
    ]
    return _table(head, rows, markdown)


def _table(head: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(str(c)) for c in col) for col in zip(head, *rows, strict=False)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) for row in [head, *rows])


def main(argv: list[str] | None = None) -> int:
    """Print the tables (and with ``--details`` every disagreement)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="Markdown tables (for the README)")
    parser.add_argument("--details", action="store_true", help="list every wrong or missed judgement")
    parser.add_argument("--lang", nargs="*", default=list(LANGUAGES), help="languages (default: all with a lexicon)")
    parser.add_argument("--no-descriptors", action="store_true", help="only the statement corpus")
    parser.add_argument("--heldout", type=Path, help="a held-out folder of <lang>.yaml sets: print only its table")
    args = parser.parse_args(argv)
    if args.heldout is not None:
        print(heldout_table(heldout_sets(args.heldout), args.lang, args.markdown))
        return 0
    st = [s for lang in args.lang if (s := score_statements(lang)) is not None]
    print("Learning-outcome statements (P precision, R recall of each rule against its label):\n")
    print(statement_table(st, args.markdown))
    if args.details:
        for s in st:
            for text, fired in s.wrong_on_good:
                print(f"  {s.language} WRONG {','.join(fired)}: {text}")
            for label, text, fired in s.missed:
                print(f"  {s.language} MISSED {label} ({','.join(fired) or 'nothing'}): {text}")
    if args.no_descriptors:
        return 0
    ds = [d for lang in args.lang if (d := score_descriptors(lang)) is not None]
    print("\nWhole descriptors (good ones, and single planted defects found by the expected rule on its element):\n")
    print(descriptor_table(ds, args.markdown))
    if args.details:
        for d in ds:
            for file, rule, severity, where in d.good_warnings:
                print(f"  {d.language} GOOD {file}: {rule} {severity} at {where}")
            for ident, expect, found in d.missed:
                print(f"  {d.language} MISSED {ident}: expected {expect}; got {found}")
    print(f"\n({date.today().isoformat()})" if not args.markdown else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
