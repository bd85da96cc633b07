"""Held-out corpora: files whose expected findings were written before the checker ran on them, each run
through the rules and held to exactly those findings (the outcome rules aside, judged by their own corpora)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from benchmarks.bench_outcomes import HELDOUT_RULE_OF_LABEL, judge_with_length
from qa_checker import pointer as jp
from qa_checker.bloom import outcome_levels
from qa_checker.descriptor import Descriptor
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run

# The day the corpora's dates were written against.
NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def expectations(folder: Path) -> dict[str, dict[str, Any]]:
    """The folder's ``expectations.yaml``: for each file, ``fire`` ("RULE" or "RULE /pointer" entries) and
    optionally ``rubric`` and ``known`` (a limit still open)."""
    loaded: dict[str, dict[str, Any]] = yaml.safe_load((folder / "expectations.yaml").read_text(encoding="utf-8"))
    return loaded


@cache
def config(rubric: str) -> RunConfig:
    """A run of one rubric on the corpora's day, in this process."""
    return RunConfig(rubric=load_rubric(rubric), now=NOW, jobs=1)


def graded_findings(path: Path, rubric: str = "eu-2022", outcomes: bool = False) -> list[tuple[str, str, str]]:
    """The (rule, pointer, severity) of each finding on a file, the outcome rules' only with ``outcomes``."""
    report = run([str(path)], config(rubric))
    return [
        (f.rule, f.pointer, str(f.severity.value))
        for result in report.results
        for f in result.findings
        if outcomes or not f.rule.startswith("MC-LO-")
    ]


def findings(path: Path, rubric: str = "eu-2022", outcomes: bool = False) -> list[tuple[str, str]]:
    """The (rule, pointer) of each warning and error on a file, the outcome rules' only with ``outcomes``."""
    return [
        (rule, pointer)
        for rule, pointer, severity in graded_findings(path, rubric, outcomes)
        if severity in ("warning", "error")
    ]


def expected_cases(entries: Mapping[str, Mapping[str, Any]]) -> list[Any]:
    """One test case per file of an expectations file, in name order; an entry marked ``known`` (a limit still
    open) is a strict xfail, so the test fails when the limit is closed."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=entry["known"], strict=True)) if "known" in entry else name
        for name, entry in sorted(entries.items())
    ]


def expected_files(
    folder: Path, entries: Mapping[str, Mapping[str, Any]], minimum: int, flawed_one_in: int = 0
) -> set[str]:
    """The folder's descriptor files, held to be exactly those ``entries`` expect and at least ``minimum``; with
    ``flawed_one_in`` N, at least one in N of them flawed (a finding, a note or a gap expected)."""
    files = {p.name for p in folder.iterdir()} - {"expectations.yaml"}
    assert files == set(entries)
    assert len(files) >= minimum
    if flawed_one_in:
        flawed = [name for name, entry in entries.items() if entry["fire"] or entry.get("info") or "gap" in entry]
        assert len(flawed) >= len(entries) // flawed_one_in
    return files


def data_findings(data: dict[str, Any], rubric: str = "eu-2022") -> list[tuple[str, str]]:
    """The (rule, pointer) of each warning and error on one descriptor given as data, on the fixtures' day."""
    from qa_checker.api import check_documents
    from qa_checker.document import Document
    from tests.conftest import NOW as FIXTURE_NOW

    (result,) = check_documents(
        [Document(source="case.yaml", data=data, format="yaml")], rubric=rubric, now=FIXTURE_NOW
    ).results
    return [(f.rule, f.pointer) for f in result.findings if str(f.severity.value) in ("warning", "error")]


def assert_exactly_expected(folder: Path, entry: dict[str, Any], name: str, outcomes: bool = False) -> None:
    """The file reports every rule its entry names (at the pointers given) and no other; the outcome rules are
    held to the entry too only with ``outcomes``. An entry that lists ``info`` ("RULE /pointer" of each info
    finding, a note) is held to exactly those notes too."""
    expected: list[str] = entry["fire"]
    graded = graded_findings(folder / name, entry.get("rubric", "eu-2022"), outcomes)
    if "info" in entry:
        notes = sorted(f"{rule} {pointer}" for rule, pointer, severity in graded if severity == "info")
        assert notes == sorted(entry["info"]), f"notes {notes}, expected {sorted(entry['info'])}"
    found = [(rule, pointer) for rule, pointer, severity in graded if severity in ("warning", "error")]
    wanted = {item.split()[0] for item in expected}
    unexpected = [f"{rule} {pointer}" for rule, pointer in found if rule not in wanted]
    assert not unexpected, f"rules that must stay silent reported: {unexpected}"
    missing = sorted(wanted - {rule for rule, _ in found})
    assert not missing, f"expected rules did not report: {missing} (found {found})"
    for rule in {item.split()[0] for item in expected if " " in item}:
        where = sorted(p for r, p in found if r == rule)
        want = sorted(e.split(" ", 1)[1] for e in expected if e.split()[0] == rule)
        assert where == want, f"{rule} reported at {where}, expected exactly {want}"


def statement_cases(sets: Mapping[str, Sequence[tuple[str, str]]], known_misses: Collection[str]) -> list[Any]:
    """One test case per labelled statement of a held-out set of learning outcomes (``language``, ``label``,
    ``text``), a known miss marked as a strict xfail (the test fails when the miss starts to pass)."""
    return [
        pytest.param(
            language,
            label,
            text,
            id=f"{language}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason="known miss")] if text in known_misses else [],
        )
        for language, items in sets.items()
        for i, (label, text) in enumerate(items)
    ]


def assert_imported_as_expected(folder: Path, entry: dict[str, Any], name: str) -> None:
    """Each result of an imported file has the entry's ``kind`` (``None``: refused; ``kinds`` lists them in order
    where they differ), the element verdicts of its ``elements`` and the descriptor values of its ``values`` (by
    JSON pointer); there are ``results`` of them when the entry says how many."""
    report = run([str(folder / name)], config(entry.get("rubric", "eu-2022")))
    assert report.results, "no result"
    if "results" in entry:
        assert len(report.results) == entry["results"], f"{len(report.results)} results, expected {entry['results']}"
    if "kinds" in entry:  # results of different kinds, in order (a page with a refused block beside a course)
        assert [r.kind for r in report.results] == entry["kinds"]
    for result in report.results:
        assert "kinds" in entry or result.kind == entry.get("kind"), f"kind {result.kind}, expected {entry.get('kind')}"
        verdicts = {key: result.elements.get(key) for key in entry.get("elements", {})}
        assert verdicts == entry.get("elements", {}), f"element verdicts {verdicts}"
    first = report.results[0].data or {}
    for where, value in entry.get("values", {}).items():
        assert jp.resolve(first, where) == value, f"{where} is {jp.resolve(first, where)!r}, expected {value!r}"


Case = tuple[str, str, set[str]]


def class_tests(cases: Sequence[Case], known_misses: Sequence[Case]) -> tuple[Any, Any]:
    """The two tests of a module of outcome statement classes (``language``, ``text``, the rules ``wanted``): each
    case judged by exactly its rules, and each known miss still judged wrong (a strict xfail). A module binds them
    to its own names, ``test_each_class_gets_exactly_the_expected_rules`` and ``test_known_misses_still_judged_wrong``,
    and pytest collects them there with ids ``<language>-<position>``."""
    from benchmarks.bench_outcomes import judge_with_length

    def ids(items: Sequence[Case]) -> list[str]:
        return [f"{language}-{i}" for i, (language, _text, _wanted) in enumerate(items)]

    @pytest.mark.parametrize(("language", "text", "wanted"), cases, ids=ids(cases))
    def each_class(language: str, text: str, wanted: set[str]) -> None:
        assert judge_with_length(text, language) == wanted

    @pytest.mark.xfail(strict=True, reason="known limit, see KNOWN_MISSES")
    @pytest.mark.parametrize(("language", "text", "wanted"), known_misses, ids=ids(known_misses))
    def known_miss(language: str, text: str, wanted: set[str]) -> None:
        assert judge_with_length(text, language) == wanted

    return each_class, known_miss


def level_of(text: str, language: str) -> str:
    """The Bloom level a result reports for a statement, the only outcome of a descriptor ("none" without one)."""
    doc = Descriptor({"kind": "offer", "languages": [language], "learning_outcomes": [text]})
    return outcome_levels(doc)[0]["bloom"] or "none"


def rule_of_label_test(cases: list[Any]) -> Any:
    """The test that each labelled statement of an outcomes held-out set (``cases``, as :func:`statement_cases` gives
    them) draws exactly the outcome rule its label names, none for a good one. A module binds it to
    ``test_each_statement_gets_exactly_the_rule_of_its_label``, and pytest collects it there."""

    @pytest.mark.parametrize(("language", "label", "text"), cases)
    def each_statement(language: str, label: str, text: str) -> None:
        wanted = {HELDOUT_RULE_OF_LABEL[label]} if label in HELDOUT_RULE_OF_LABEL else set()
        assert judge_with_length(text, language) == wanted

    return each_statement


def level_of_label_test(cases: list[Any]) -> Any:
    """The test that each statement of an outcomes held-out set's ``levels/`` (``cases``, labelled with a Bloom
    level) is given that level; a module binds it to a name of its own, and pytest collects it there."""

    @pytest.mark.parametrize(("language", "label", "text"), cases)
    def each_level(language: str, label: str, text: str) -> None:
        assert level_of(text, language) == label

    return each_level


def import_set_tests(folder: Path) -> tuple[Any, Any, Any]:
    """The three tests of a held-out set of imported files (``folder``, with its ``expectations.yaml`` and perhaps a
    ``README.md`` naming what each file follows): every file has an expectation, gets exactly the expected findings
    and imports as expected (an entry marked ``known`` is a strict xfail). A module binds them to its own names,
    ``test_every_file_has_an_expectation``, ``test_file_gets_exactly_the_expected_findings`` and
    ``test_file_imports_as_expected``, and pytest collects them there with the file names as ids."""
    expected = expectations(folder)
    cases = expected_cases(expected)

    def every_file() -> None:
        assert {p.name for p in folder.iterdir()} - {"expectations.yaml", "README.md"} == set(expected)

    @pytest.mark.parametrize("name", cases)
    def exactly_expected(name: str) -> None:
        assert_exactly_expected(folder, expected[name], name)

    @pytest.mark.parametrize("name", cases)
    def imported_as_expected(name: str) -> None:
        assert_imported_as_expected(folder, expected[name], name)

    return every_file, exactly_expected, imported_as_expected
