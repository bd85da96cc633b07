"""Scores behave as a QA agency relies on under any rubric of non-negative weights (its own, via --rubric).

Properties checked against the real :func:`qa_checker.scoring.scores`: a rule of weight 0 changes no score;
a failing finding never raises a score; weighting a failed rule more never raises a score, a passed one
more never lowers it; no failed weighted rule scores 100; scores stay within 0..100; all weights 0 give
100 overall and no principle score. Then regressions: the schema rule's weight under a custom rubric.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qa_checker.document import Document
from qa_checker.elements import ELEMENT_KEYS
from qa_checker.engine import check_document
from qa_checker.findings import Finding, Severity, Waiver, schema_share, weight_lost
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.rubric import Rubric, RuleSetting, load_rubric
from qa_checker.scoring import scores
from tests.conftest import baseline

SCHEMA = "MC-SC-001"
# A key repeated in the file: outside every rubric, it costs the schema rule its share in its element.
DUPLICATE = "MC-LD-008"
# Rules enough to meet every principle: the schema rule, presence rules (mandatory and optional), rules
# of weight 0 by default (MC-LG-004) and rules of their own principle (MC-DT-003 relevance, MC-SK-001).
POOL = (
    SCHEMA,
    "MC-EL-002",
    "MC-EL-006",
    "MC-EL-011",
    "MC-EL-012",
    "MC-EL-015",
    "MC-LG-004",
    "MC-VC-004",
    "MC-QA-002",
    "MC-AS-002",
    "MC-DT-003",
    "MC-SK-001",
    "MC-WL-001",
)
WEIGHTS = st.one_of(
    st.just(0.0),
    st.sampled_from([0.5, 1.0, 2.0, 3.0, 5.0]),
    st.floats(min_value=0.0, max_value=1e6, allow_nan=False, allow_infinity=False),
)
SEVERITIES = st.sampled_from(list(Severity))
Scores = tuple[float, dict[str, float | None]]


def finding(
    rule: str, element: str | None = None, severity: Severity = Severity.ERROR, waived: bool = False
) -> Finding:
    waiver = Waiver(reason="accepted") if waived else None
    return Finding(rule=rule, severity=severity, element=element, pointer="", message="m", hint="h", waiver=waiver)


def rubric_of(weights: dict[str, float]) -> Rubric:
    rules = {rule: RuleSetting(Severity.ERROR, weight, {}) for rule, weight in weights.items()}
    return Rubric(id="custom", version="1", title="custom", rules=rules)


@st.composite
def findings_of(draw: st.DrawFn, rules: tuple[str, ...] = POOL) -> Finding:
    """A finding of any rule or a repeated key (the schema rule's and the repeat's in any element or none),
    counting or not."""
    rule = draw(st.sampled_from((*rules, DUPLICATE)))
    element = draw(st.sampled_from((*ELEMENT_KEYS, None))) if rule in (SCHEMA, DUPLICATE) else None
    return finding(rule, element, draw(SEVERITIES), draw(st.booleans()))


SCHEMA_ERRORS = st.lists(
    st.builds(lambda element: finding(SCHEMA, element), st.sampled_from((*ELEMENT_KEYS, None))), min_size=1, max_size=3
)
COUNTING = st.builds(
    lambda rule, element, severity: finding(rule, element if rule in (SCHEMA, DUPLICATE) else None, severity),
    st.sampled_from((*POOL, DUPLICATE)),
    st.sampled_from((*ELEMENT_KEYS, None)),
    st.sampled_from([Severity.ERROR, Severity.WARNING]),
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[str], list[Finding], dict[str, float]]:
    """Rules judged (some perhaps not in the rubric), findings, and the rubric's weights."""
    enabled = draw(st.lists(st.sampled_from(POOL), unique=True))
    weights = {rule: draw(WEIGHTS) for rule in enabled}
    judged = draw(st.lists(st.sampled_from(POOL), unique=True))
    return judged, draw(st.lists(findings_of(), max_size=8)), weights


def pairs(before: Scores, after: Scores) -> list[tuple[float, float]]:
    """The overall scores and each principle's, side by side (a principle assessed in both: one rule given a
    weight may assess a principle none did)."""
    both = [(before[1][p], after[1][p]) for p in PRINCIPLE_KEYS]
    return [(before[0], after[0]), *((a, b) for a, b in both if a is not None and b is not None)]


def fails(rule: str, findings: list[Finding]) -> bool:
    return any(f.counts and (f.rule == rule or (rule == SCHEMA and f.rule == DUPLICATE)) for f in findings)


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestProperties:
    @SETTINGS
    @given(cases())
    def test_scores_stay_within_0_and_100(self, case: tuple[list[str], list[Finding], dict[str, float]]) -> None:
        judged, findings, weights = case
        overall, principles = scores(judged, findings, rubric_of(weights))
        assert 0.0 <= overall <= 100.0
        assert all(value is None or 0.0 <= value <= 100.0 for value in principles.values())

    @SETTINGS
    @given(cases(), st.sampled_from(POOL), st.lists(findings_of(), max_size=3))
    def test_a_rule_of_weight_0_changes_no_score(
        self, case: tuple[list[str], list[Finding], dict[str, float]], rule: str, more: list[Finding]
    ) -> None:
        judged, findings, weights = case
        weights = {**weights, rule: 0.0}
        judged = [*judged, rule]
        theirs = [f for f in more if f.rule == rule]
        expected = scores(judged, findings, rubric_of(weights))
        # Failing it (or passing it: its findings dropped), or leaving it out of the rubric, changes nothing.
        assert scores(judged, findings + theirs + [finding(rule)], rubric_of(weights)) == expected
        assert scores(judged, [f for f in findings if f.rule != rule], rubric_of(weights)) == expected
        without = {r: w for r, w in weights.items() if r != rule}
        assert scores(judged, findings, rubric_of(without)) == expected
        assert scores([r for r in judged if r != rule], findings, rubric_of(weights)) == expected

    @SETTINGS
    @given(cases(), COUNTING)
    def test_a_failing_finding_never_raises_a_score(
        self, case: tuple[list[str], list[Finding], dict[str, float]], extra: Finding
    ) -> None:
        judged, findings, weights = case
        rubric = rubric_of(weights)
        before, after = scores(judged, findings, rubric), scores(judged, [*findings, extra], rubric)
        assert [v is None for v in before[1].values()] == [v is None for v in after[1].values()]
        for old, new in pairs(before, after):
            assert new <= old

    @SETTINGS
    @given(cases(), st.sampled_from(POOL))
    def test_a_rule_failed_that_passed_never_raises_a_score(
        self, case: tuple[list[str], list[Finding], dict[str, float]], rule: str
    ) -> None:
        judged, findings, weights = case
        rubric = rubric_of(weights)
        passed = [f for f in findings if f.rule != rule]
        for before, after in pairs(scores(judged, passed, rubric), scores(judged, findings, rubric)):
            assert after <= before

    @SETTINGS
    @given(cases(), st.sampled_from(POOL), WEIGHTS)
    def test_weighting_a_failed_rule_more_never_raises_a_passed_one_never_lowers(
        self, case: tuple[list[str], list[Finding], dict[str, float]], rule: str, more: float
    ) -> None:
        judged, findings, weights = case
        lighter = weights.get(rule, 0.0)
        heavier = {**weights, rule: lighter + more}
        before = scores(judged, findings, rubric_of({**weights, rule: lighter}))
        after = scores(judged, findings, rubric_of(heavier))
        for low, high in pairs(before, after):
            if fails(rule, findings):
                assert high <= low
            else:
                assert high >= low

    @SETTINGS
    @given(cases(), SCHEMA_ERRORS, st.lists(COUNTING, max_size=8), WEIGHTS, WEIGHTS)
    @example(([SCHEMA, "MC-EL-002"], [finding("MC-EL-002")], {"MC-EL-002": 3.0}), [finding(SCHEMA)], [], 5.0, 45.0)
    def test_weighting_a_failed_schema_rule_more_never_raises_a_score(
        self,
        case: tuple[list[str], list[Finding], dict[str, float]],
        errors: list[Finding],
        failures: list[Finding],
        low: float,
        more: float,
    ) -> None:
        # The schema rule may keep part of its weight when it fails (the case the general property meets least),
        # here among rules of which many fail.
        judged, findings, weights = case
        judged, findings = [*judged, SCHEMA], [*findings, *errors, *failures]
        before = scores(judged, findings, rubric_of({**weights, SCHEMA: low}))
        after = scores(judged, findings, rubric_of({**weights, SCHEMA: low + more}))
        for old, new in pairs(before, after):
            assert new <= old

    @SETTINGS
    @given(cases())
    def test_no_failed_weighted_rule_scores_100(self, case: tuple[list[str], list[Finding], dict[str, float]]) -> None:
        judged, findings, weights = case
        weighted = {rule for rule in judged if weights.get(rule, 0.0) > 0}
        harmless = [f for f in findings if not any(fails(rule, [f]) for rule in weighted)]
        overall, principles = scores(judged, harmless, rubric_of(weights))
        assert overall == 100.0
        assert all(value in (None, 100.0) for value in principles.values())

    @SETTINGS
    @given(cases())
    def test_all_weights_0_score_100_and_assess_no_principle(
        self, case: tuple[list[str], list[Finding], dict[str, float]]
    ) -> None:
        judged, findings, weights = case
        overall, principles = scores(judged, findings, rubric_of(dict.fromkeys(weights, 0.0)))
        assert overall == 100.0
        assert set(principles.values()) <= {None}

    @SETTINGS
    @given(cases())
    def test_without_the_schema_rule_the_score_is_the_weighted_share_passed(
        self, case: tuple[list[str], list[Finding], dict[str, float]]
    ) -> None:
        judged, findings, weights = case
        weights.pop(SCHEMA, None)
        counted = [rule for rule in dict.fromkeys(judged) if weights.get(rule, 0.0) > 0]
        possible = sum((Fraction(weights[rule]) for rule in counted), Fraction(0))
        earned = sum((Fraction(weights[rule]) for rule in counted if not fails(rule, findings)), Fraction(0))
        expected = float(round(100 * earned / possible, 1)) if possible else 100.0
        assert scores(judged, findings, rubric_of(weights))[0] == expected

    @SETTINGS
    @given(cases(), st.sampled_from([2.0, 4.0, 1024.0]))
    def test_scaling_every_weight_alike_changes_no_score(
        self, case: tuple[list[str], list[Finding], dict[str, float]], factor: float
    ) -> None:
        judged, findings, weights = case
        scaled = {rule: weight * factor for rule, weight in weights.items()}  # exact: a power of two
        assert scores(judged, findings, rubric_of(scaled)) == scores(judged, findings, rubric_of(weights))


TODAY = date(2026, 11, 29)
TODAY_NOON = datetime(2026, 11, 29, 12, tzinfo=timezone.utc)


def eu_2022_with_schema_weight(weight: float) -> Rubric:
    rubric = load_rubric("eu-2022")
    rules = dict(rubric.rules, **{SCHEMA: replace(rubric.rules[SCHEMA], weight=weight)})
    return replace(rubric, rules=rules)


def check(data: dict, rubric: Rubric):
    return check_document(Document(source="t.yaml", data=data, format="yaml"), rubric, today=TODAY)


def invalid_workload() -> dict:
    data = baseline()
    data["workload"] = {"ects": "five", "hours": 140}
    return data


class TestRegressions:
    def test_a_heavier_schema_rule_never_raises_an_invalid_descriptors_score(self) -> None:
        data = invalid_workload()
        results = [check(data, eu_2022_with_schema_weight(weight)) for weight in (0.0, 1.0, 5.0, 10.0, 50.0, 1000.0)]
        assert all(any(f.rule == SCHEMA and f.counts for f in result.findings) for result in results)
        overall = [result.score for result in results]
        transparency = [result.principles["transparency"] for result in results]
        assert overall == sorted(overall, reverse=True) and overall[0] > overall[-1], overall
        assert transparency == sorted(transparency, reverse=True), transparency
        # A valid descriptor is untouched by the schema rule's weight.
        assert {check(baseline(), eu_2022_with_schema_weight(w)).score for w in (0.0, 5.0, 1000.0)} == {100.0}

    def test_a_rubric_file_weighting_the_schema_rule_scores_lower(self, tmp_path: Path) -> None:
        path = tmp_path / "strict.yaml"
        path.write_text(
            "id: strict\nversion: '1'\ntitle: Strict\nextends: eu-2022\nrules:\n  MC-SC-001: {weight: 50}\n",
            encoding="utf-8",
        )
        strict = check(invalid_workload(), load_rubric(path))
        default = check(invalid_workload(), load_rubric("eu-2022"))
        assert strict.score < default.score
        assert strict.principles["transparency"] < default.principles["transparency"]

    def test_the_schema_rule_loses_a_share_of_its_own_weight(self) -> None:
        # Under 5/3/1, a wrong title costs what a missing one does; at weight 50 the share (3 of 5) is of 50,
        # no longer a fixed 3 (which scored 94.4: above the 66.7 of weight 5).
        judged = [SCHEMA, "MC-EL-002", "MC-EL-012"]
        wrong_title = [finding(SCHEMA, "title")]
        assert scores(judged, wrong_title, rubric_of({SCHEMA: 5, "MC-EL-002": 3, "MC-EL-012": 1}))[0] == 66.7
        assert scores(judged, wrong_title, rubric_of({SCHEMA: 50, "MC-EL-002": 3, "MC-EL-012": 1}))[0] == 44.4
        # The presence rules' own weights do not move the schema rule's share.
        assert scores(judged, wrong_title, rubric_of({SCHEMA: 5, "MC-EL-002": 30, "MC-EL-012": 1}))[0] == round(
            100 * (31 + 2) / 36, 1
        )

    def test_the_schema_rules_share_follows_the_built_in_weights(self) -> None:
        assert schema_share("title") == Fraction(3, 5)
        assert schema_share("prerequisites") == schema_share(None) == Fraction(1, 5)
        everywhere = [finding(SCHEMA, element) for element in ELEMENT_KEYS]
        assert weight_lost(everywhere)[SCHEMA] == 1
        assert weight_lost([finding(SCHEMA, "title"), finding(SCHEMA, None)])[SCHEMA] == Fraction(4, 5)

    def test_what_the_schema_rule_keeps_never_lifts_the_score_above_the_other_rules(self) -> None:
        # The title is missing, and a field outside the elements is wrong: the schema rule keeps 4 of 5 of its
        # weight, but the only other rule failed, so the descriptor scores what that rule gives.
        judged = [SCHEMA, "MC-EL-002"]
        findings = [finding("MC-EL-002", "title"), finding(SCHEMA, None)]
        assert scores(judged, findings, rubric_of({SCHEMA: 5, "MC-EL-002": 3}))[0] == 0.0
        assert scores(judged, findings, rubric_of({SCHEMA: 50, "MC-EL-002": 3}))[0] == 0.0

    def test_a_rule_of_weight_0_counts_in_no_principle(self) -> None:
        # MC-LG-004 is weight 0 by default: it used to count as 1 in transparency and information_guidance.
        judged = ["MC-EL-016", "MC-LG-004"]
        rubric = rubric_of({"MC-EL-016": 1.0, "MC-LG-004": 0.0})
        overall, principles = scores(judged, [finding("MC-EL-016", "further_information", Severity.WARNING)], rubric)
        assert overall == 0.0 and principles["information_guidance"] == 0.0
        assert principles["transparency"] is None  # only MC-LG-004 speaks to it, with no weight

    def test_a_repeated_key_costs_what_a_schema_error_in_its_element_costs(self) -> None:
        # A failing file with only a repeated key scored 100: the loader's finding is outside every rubric.
        judged = [SCHEMA, "MC-EL-002", "MC-EL-012"]
        rubric = rubric_of({SCHEMA: 5, "MC-EL-002": 3, "MC-EL-012": 1})
        repeated = scores(judged, [finding(DUPLICATE, "title")], rubric)
        assert repeated == scores(judged, [finding(SCHEMA, "title")], rubric) and repeated[0] == 66.7
        # Waived, or with the schema rule out of the rubric, it costs nothing.
        assert scores(judged, [finding(DUPLICATE, "title", waived=True)], rubric)[0] == 100.0
        assert scores(judged[1:], [finding(DUPLICATE, "title")], rubric)[0] == 100.0

    def test_a_repeated_title_in_a_file_makes_the_title_invalid(self, tmp_path: Path) -> None:
        from qa_checker.api import check_paths

        text = (Path(__file__).parents[2] / "samples" / "offers" / "data-ethics-nl.yaml").read_text(encoding="utf-8")
        clean = tmp_path / "clean.yaml"
        clean.write_text(text, encoding="utf-8")
        twice = tmp_path / "twice.yaml"
        twice.write_text(text.replace("title:\n", "title: Data Ethics\ntitle:\n", 1), encoding="utf-8")
        first, second = check_paths([clean, twice], now=TODAY_NOON).results
        assert first.status == "pass"
        repeat = next(f for f in second.findings if f.rule == DUPLICATE)
        assert (repeat.element, repeat.line) == ("title", 5)
        assert second.status == "fail" and second.elements["title"] == "invalid"
        assert second.score is not None and first.score is not None and second.score < first.score

    def test_no_weight_at_all(self) -> None:
        overall, principles = scores([SCHEMA, "MC-EL-002"], [finding("MC-EL-002")], rubric_of(dict.fromkeys(POOL, 0.0)))
        assert overall == 100.0 and set(principles.values()) == {None}
