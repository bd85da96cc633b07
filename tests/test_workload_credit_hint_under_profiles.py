"""MC-WL-001 under a profile that expects another credit system besides ECTS (``credit_systems``: UK credits,
SCQF credit points): its message and hint say that credits in those satisfy it, not only ECTS; without the
option (the EU baseline) the wording is the rule's own, the hint writing the credits the hours stand for."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.rubric import RubricError, load_rubric
from qa_checker.rules.vocabulary import WorkloadInEcts
from qa_checker.text import english
from tests.conftest import NOW
from tests.test_profiles_uk_qaa_and_microbol import uk

UK_SYSTEMS = ["UK credits", "SCQF credit points", "CQFW credits"]


def _rubric(tmp_path: Path, options: str) -> Path:
    path = tmp_path / "profile.yaml"
    head = 'id: uk-credits\nversion: "1"\ntitle: UK credits\nextends: uk-qaa\n'
    path.write_text(f"{head}rules:\n  MC-WL-001: {{options: {options}}}\n", encoding="utf-8")
    return path


def _finding(rubric: object, **fields: object):
    data = uk(workload={"hours": 100}, **fields)
    document = Document(source="case.yaml", data=data, format="yaml")
    result = check_documents([document], rubric=rubric, now=NOW).results[0]
    [finding] = [f for f in result.findings if f.rule == "MC-WL-001"]
    return finding


def test_a_profile_naming_credit_systems_asks_for_ects_or_them(tmp_path: Path) -> None:
    finding = _finding(
        load_rubric(_rubric(tmp_path, "{credit_systems: [UK credits, SCQF credit points, CQFW credits]}"))
    )
    assert english(finding.message) == (
        "the workload is given without ECTS credits or UK credits or SCQF credit points or CQFW credits"
    )
    assert english(finding.hint) == (
        "Add workload.ects, or the credits in UK credits or SCQF credit points or CQFW credits as "
        "workload.other_credits, e.g. workload: {other_credits: {system: UK credits, value: ...}, hours: ...}."
    )


def test_one_credit_system_is_named_alone(tmp_path: Path) -> None:
    finding = _finding(load_rubric(_rubric(tmp_path, "{credit_systems: ['  UK   credits ']}")))
    assert english(finding.message) == "the workload is given without ECTS credits or UK credits"


@pytest.mark.parametrize("options", [None, "{credit_systems: []}"], ids=["eu-2022", "no credit system named"])
def test_without_credit_systems_the_wording_is_the_rules_own(tmp_path: Path, options: str | None) -> None:
    rubric = "eu-2022" if options is None else load_rubric(_rubric(tmp_path, options))
    finding = _finding(rubric, level={"eqf": 6, "qf_ehea_cycle": "first"})
    assert english(finding.message) == WorkloadInEcts.message
    # The rule's own hint, with the credits the 100 hours given stand for written out.
    assert (
        english(finding.hint)
        == "Add workload.ects (1 ECTS = 25-30 hours of learning): workload: {ects: 3.5, hours: 100}."
    )


@pytest.mark.parametrize("system", UK_SYSTEMS)
def test_credits_in_a_named_system_satisfy_the_rule(tmp_path: Path, system: str) -> None:
    rubric = load_rubric(_rubric(tmp_path, "{credit_systems: [UK credits, SCQF credit points, CQFW credits]}"))
    data = uk(workload={"hours": 100, "other_credits": {"system": system, "value": 10}})
    result = check_documents([Document(source="case.yaml", data=data, format="yaml")], rubric=rubric, now=NOW)
    assert [f for f in result.results[0].findings if f.rule == "MC-WL-001"] == []


@pytest.mark.parametrize("options", ["{credit_systems: UK credits}", "{credit_systems: ['']}", "{credit_systems: [3]}"])
def test_a_credit_system_that_is_no_name_is_refused_with_its_place(tmp_path: Path, options: str) -> None:
    with pytest.raises(RubricError, match=r"profile\.yaml: line \d+: rule MC-WL-001: credit_systems"):
        load_rubric(_rubric(tmp_path, options))
