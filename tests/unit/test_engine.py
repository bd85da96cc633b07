"""The engine: element statuses, scoring, status and crash containment."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from qa_checker.document import Document
from qa_checker.elements import ELEMENT_KEYS
from qa_checker.engine import check_document, element_statuses
from qa_checker.findings import Finding, Severity, Waiver
from qa_checker.rubric import Rubric, RuleSetting, load_rubric
from qa_checker.rules import RULES_BY_ID, register
from qa_checker.rules.base import Hit, Rule, RuleContext
from qa_checker.scoring import scores
from tests.conftest import baseline

TODAY = date(2026, 11, 29)


def finding(
    rule: str, element: str | None, severity: Severity = Severity.ERROR, waiver: Waiver | None = None
) -> Finding:
    return Finding(rule=rule, severity=severity, element=element, pointer="", message="m", hint="h", waiver=waiver)


def score(judged: list[str], findings: list[Finding], rubric: Rubric) -> float:
    """The overall score alone."""
    return scores(judged, findings, rubric)[0]


def credential() -> dict:
    data = baseline()
    data.update(kind="credential", learner={"name": "Ana Andromeda"}, issue_date="2026-06-30", grade={"en": "8"})
    return data


def core_rubric() -> Rubric:
    """eu-2022 limited to the presence, vocabulary, ECTS and schema rules, so that rules added
    later (outcome quality, consistency) cannot change what these tests are about."""
    full = load_rubric("eu-2022")
    rules = {k: v for k, v in full.rules.items() if k[:5] in ("MC-EL", "MC-VC", "MC-WL", "MC-SC")}
    return Rubric(id="core", version="1", title="core", rules=rules)


def check(data: dict, rubric: Rubric | None = None):
    return check_document(Document(source="t.yaml", data=data, format="yaml"), rubric or core_rubric(), today=TODAY)


class TestElementStatuses:
    def test_all_sixteen_always_reported(self) -> None:
        for data in (baseline(), credential(), {}, None):
            assert tuple(element_statuses(data, "offer", ())) == ELEMENT_KEYS

    def test_offer_learner_elements_not_applicable(self) -> None:
        statuses = element_statuses(baseline(), "offer", ())
        assert {k for k, v in statuses.items() if v == "not-applicable"} == {"learner", "issue_date", "grade"}
        assert {v for k, v in statuses.items() if k not in ("learner", "issue_date", "grade")} == {"present"}

    def test_credential_elements_apply(self) -> None:
        data = credential()
        del data["grade"]
        statuses = element_statuses(data, "credential", ())
        assert statuses["learner"] == "present" and statuses["issue_date"] == "present"
        assert statuses["grade"] == "missing"

    def test_missing_and_blank_elements(self) -> None:
        data = baseline()
        del data["workload"]
        data["title"] = "  "
        data["awarding_bodies"] = [{"name": "Example University"}]
        statuses = element_statuses(data, "offer", ())
        assert statuses["workload"] == "missing"
        assert statuses["title"] == "missing"
        assert statuses["issuer_country"] == "missing" and statuses["awarding_body"] == "present"

    def test_error_finding_makes_element_invalid(self) -> None:
        statuses = element_statuses(baseline(), "offer", [finding("MC-SC-001", "workload")])
        assert statuses["workload"] == "invalid"

    @pytest.mark.parametrize(
        "harmless",
        [
            finding("MC-WL-001", "workload", Severity.WARNING),
            finding("MC-WL-001", "workload", Severity.INFO),
            finding("MC-SC-001", "workload", waiver=Waiver(reason="accepted by the panel")),
        ],
    )
    def test_warnings_info_and_waived_errors_do_not_invalidate(self, harmless: Finding) -> None:
        assert element_statuses(baseline(), "offer", [harmless])["workload"] == "present"

    def test_missing_wins_over_invalid(self) -> None:
        data = baseline()
        del data["workload"]
        assert element_statuses(data, "offer", [finding("MC-SC-001", "workload")])["workload"] == "missing"

    def test_level_with_only_a_reason_is_not_applicable(self) -> None:
        data = baseline()
        data["level"] = {"not_applicable": "A professional course outside any framework."}
        assert element_statuses(data, "offer", ())["level"] == "not-applicable"
        data["level"]["eqf"] = 4
        assert element_statuses(data, "offer", ())["level"] == "present"

    def test_invalid_reason_is_invalid_not_not_applicable(self) -> None:
        data = baseline()
        data["level"] = {"not_applicable": 5}
        result = check(data)
        assert result.elements["level"] == "invalid"

    def test_unreadable_document_has_every_element_unknown(self) -> None:
        # An unread file says nothing of its elements: counting them missing would skew coverage.
        assert set(element_statuses(None, "offer", ()).values()) == {"unknown"}


class TestCheckDocument:
    def test_baseline_offer_passes_with_full_score(self) -> None:
        result = check(baseline())
        assert result.status == "pass" and result.score == 100.0 and result.findings == []
        assert result.kind == "offer" and result.id == "hva-data-ethics-2026"

    def test_full_credential_passes(self) -> None:
        result = check(credential())
        assert result.status == "pass", [f.to_dict() for f in result.findings]
        assert set(result.elements.values()) == {"present"}

    def test_warnings_alone_pass_but_cost_points(self) -> None:
        data = baseline()
        del data["prerequisites"]
        result = check(data)
        assert result.status == "pass"
        assert [f.rule for f in result.findings] == ["MC-EL-012"]
        assert 0 < result.score < 100

    def test_error_fails(self) -> None:
        data = baseline()
        del data["quality_assurance"]
        result = check(data)
        assert result.status == "fail"
        assert result.elements["quality_assurance"] == "missing"
        assert [f.rule for f in result.findings] == ["MC-EL-011"]

    def test_unreadable_document_is_error_without_score(self) -> None:
        doc = Document(source="bad.json", data=None, format="json", findings=[finding("MC-LD-002", None)])
        result = check_document(doc, core_rubric(), today=TODAY)
        assert result.status == "error" and result.score is None and result.kind is None
        assert [f.rule for f in result.findings] == ["MC-LD-002"]

    def test_findings_are_sorted_errors_first(self) -> None:
        data = baseline()
        del data["prerequisites"], data["workload"]
        data["awarding_bodies"][0]["country"] = "XX"
        rules = [f.rule for f in check(data).findings]
        assert rules == ["MC-VC-001", "MC-EL-007", "MC-EL-012"]


class TestScoring:
    def rubric(self) -> Rubric:
        return Rubric(
            id="t",
            version="1",
            title="t",
            rules={
                "MC-EL-002": RuleSetting(Severity.ERROR, 3.0, {}),
                "MC-EL-012": RuleSetting(Severity.WARNING, 1.0, {}),
                "MC-VC-004": RuleSetting(Severity.ERROR, 0.0, {}),
            },
        )

    def test_weighted_share_of_satisfied_rules(self) -> None:
        judged = ["MC-EL-002", "MC-EL-012", "MC-VC-004"]
        assert score(judged, [], self.rubric()) == 100.0
        assert score(judged, [finding("MC-EL-012", "prerequisites", Severity.WARNING)], self.rubric()) == 75.0
        assert score(judged, [finding("MC-EL-002", "title")], self.rubric()) == 25.0
        both = [finding("MC-EL-002", "title"), finding("MC-EL-012", "prerequisites", Severity.WARNING)]
        assert score(judged, both, self.rubric()) == 0.0

    def test_several_findings_of_one_rule_cost_its_weight_once(self) -> None:
        judged = ["MC-EL-002", "MC-EL-012"]
        twice = [finding("MC-EL-012", "prerequisites", Severity.WARNING)] * 2
        assert score(judged, twice, self.rubric()) == 75.0

    def test_info_and_waived_findings_cost_nothing(self) -> None:
        judged = ["MC-EL-002", "MC-EL-012"]
        free = [
            finding("MC-EL-012", "prerequisites", Severity.INFO),
            finding("MC-EL-002", "title", waiver=Waiver(reason="ok")),
        ]
        assert score(judged, free, self.rubric()) == 100.0

    def test_only_judged_rules_count(self) -> None:
        assert score(["MC-EL-012"], [finding("MC-EL-002", "title")], self.rubric()) == 100.0
        assert score([], [], self.rubric()) == 100.0

    def test_zero_weight_rule_never_moves_the_score(self) -> None:
        assert score(["MC-EL-002", "MC-VC-004"], [finding("MC-VC-004", None)], self.rubric()) == 100.0

    def schema_rubric(self) -> Rubric:
        rules = dict(self.rubric().rules, **{"MC-SC-001": RuleSetting(Severity.ERROR, 5.0, {})})
        return Rubric(id="t", version="1", title="t", rules=rules)

    def test_a_schema_error_costs_at_most_leaving_its_element_out(self) -> None:
        judged = ["MC-SC-001", "MC-EL-002", "MC-EL-012"]
        rubric = self.schema_rubric()
        wrong_title = score(judged, [finding("MC-SC-001", "title")], rubric)
        no_title = score(judged, [finding("MC-EL-002", "title")], rubric)
        assert wrong_title == no_title == round(100 * 6 / 9, 1)
        assert score(judged, [finding("MC-SC-001", "prerequisites")], rubric) == round(100 * 8 / 9, 1)

    def test_schema_errors_in_several_elements_add_up_to_the_schema_weight(self) -> None:
        judged = ["MC-SC-001", "MC-EL-002", "MC-EL-012"]
        both = [finding("MC-SC-001", "title"), finding("MC-SC-001", "prerequisites")]
        assert score(judged, both, self.schema_rubric()) == round(100 * 5 / 9, 1)
        title_twice = [finding("MC-SC-001", "title")] * 2
        assert score(judged, title_twice, self.schema_rubric()) == round(100 * 6 / 9, 1)

    def test_a_schema_error_outside_the_elements_costs_the_lightest_element(self) -> None:
        judged = ["MC-SC-001", "MC-EL-002", "MC-EL-012"]
        assert score(judged, [finding("MC-SC-001", None)], self.schema_rubric()) == round(100 * 8 / 9, 1)
        mixed = [finding("MC-SC-001", None), finding("MC-SC-001", "prerequisites"), finding("MC-SC-001", "title")]
        assert score(judged, mixed, self.schema_rubric()) == round(100 * 4 / 9, 1)

    def test_a_wrong_element_never_scores_below_a_missing_one(self) -> None:
        data = baseline()
        data["workload"] = {"ects": "five", "hours": 140}
        wrong = check(data)
        del data["workload"]
        missing = check(data)
        assert wrong.score >= missing.score

    def test_a_misspelled_extra_field_scores_above_a_missing_mandatory_element(self) -> None:
        data = baseline()
        data["target_groups"] = "Compliance officers"
        slip = check(data)
        del data["target_groups"], data["learning_outcomes"]
        assert slip.score > check(data).score

    def test_credential_only_rules_are_not_scored_on_offers(self) -> None:
        rubric = Rubric(
            id="t",
            version="1",
            title="t",
            rules={
                "MC-EL-001": RuleSetting(Severity.ERROR, 3.0, {}),  # learner, credentials only
                "MC-EL-002": RuleSetting(Severity.ERROR, 1.0, {}),
            },
        )
        offer = check(baseline(), rubric)
        assert offer.score == 100.0 and offer.findings == []
        data = baseline()
        data["kind"] = "credential"
        assert check(data, rubric).score == 25.0  # the learner rule now judges, and fails


class CrashingRule(Rule):
    """A rule that always raises, to prove crashes are contained.

    Why: test only. Passes: never. Fails: always, by raising.
    """

    id = "MC-ZZ-999"
    name = "always-crashes"
    title = "Always crashes"
    message = "never shown"
    hint = "never shown"

    def check(self, doc, ctx: RuleContext) -> Iterator[Hit]:
        yield Hit("/title")
        raise ZeroDivisionError("division by zero in a rule")


@pytest.fixture
def crashing_rule() -> Iterator[str]:
    register(CrashingRule)
    try:
        yield CrashingRule.id
    finally:
        RULES_BY_ID.pop(CrashingRule.id, None)


def test_crashing_rule_becomes_a_finding(crashing_rule: str) -> None:
    rules = {crashing_rule: RuleSetting(Severity.WARNING, 1.0, {}), **core_rubric().rules}
    rubric = Rubric(id="crash", version="1", title="crash", rules=rules)
    data = baseline()
    del data["prerequisites"]
    result = check(data, rubric)
    crash = [f for f in result.findings if f.rule == "MC-EN-001"]
    assert len(crash) == 1
    assert crash[0].severity is Severity.ERROR and crash[0].element is None
    assert (
        crash[0].message
        == f"rule {crashing_rule} failed on this descriptor: ZeroDivisionError: division by zero in a rule"
    )
    assert "bug" in crash[0].hint
    # The crashing rule's partial hits are discarded, and every other rule still ran.
    assert not any(f.rule == crashing_rule for f in result.findings)
    assert any(f.rule == "MC-EL-012" for f in result.findings)
    assert result.status == "fail"


def test_crashing_rule_is_removed_after_the_test() -> None:
    assert "MC-ZZ-999" not in RULES_BY_ID


@pytest.mark.parametrize(
    ("change", "pointer", "rule"),
    [
        ({"awarding_bodies": [{"name": "Example University"}]}, "/awarding_bodies/0/country", "MC-EL-003"),
        ({"awarding_bodies": [{"country": "NL"}]}, "/awarding_bodies/0/name", "MC-EL-004"),
        ({"kind": "credential", "learner": {}, "issue_date": "2026-06-30"}, "/learner", "MC-EL-001"),
    ],
)
def test_a_missing_element_is_one_finding_not_also_a_schema_one(change: dict, pointer: str, rule: str) -> None:
    """The schema requires the same field, but the presence rule, with its Annex I clause, reports it alone."""
    data = {**baseline(), **change}
    at_pointer = [f.rule for f in check(data).findings if f.pointer == pointer]
    assert at_pointer == [rule]
