"""A description that states the supervised sitting (MC-AS-001), a pass/fail
credential's grade (MC-EL-014), and provider words for supervision and activity types."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.elements import ungraded
from qa_checker.loaders import tabular
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.supervision_text import affirms_checked_sitting
from tests.conftest import NOW, baseline


def _findings(data: dict[str, Any], rule: str) -> list[tuple[str, str]]:
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [(f.pointer, str(f.message)) for f in result.findings if f.rule == rule]


def _assessment(types: list[str], supervision: str, description: object = None) -> dict[str, Any]:
    data = baseline()
    data["assessment"] = {"types": types, "supervision": supervision}
    if description is not None:
        data["assessment"]["description"] = description
    return data


# ---------------------------------------------------------------- MC-AS-001: a stated sitting backs the claim


@pytest.mark.parametrize(
    ("types", "supervision", "description"),
    [
        (
            ["project-work"],
            "supervised-onsite-id-check",
            "Project report with a final presentation held on campus under supervision; candidates show photo ID "
            "to the examiners.",
        ),
        (
            ["portfolio", "marked-assignment"],
            "supervised-online-id-check",
            "Portfolio of assignments; the final assignment is written in a proctored online session with ID "
            "verification.",
        ),
        (
            ["project-work"],
            "supervised-onsite-id-check",
            {"de": "Die Projektpräsentation findet unter Aufsicht statt."},
        ),
        (["portfolio"], "supervised-online-id-check", {"fr": "La soutenance du portfolio est surveillée à distance."}),
        (["project-work"], "supervised-onsite-id-check", {"nl": "Het verslag wordt onder toezicht gepresenteerd."}),
        (["portfolio"], "supervised-onsite-id-check", {"pl": "Obrona portfolio odbywa się pod nadzorem."}),
        # A route by recognition of prior learning: the challenge examination is the sitting.
        (
            ["recognition-of-prior-learning"],
            "supervised-onsite-id-check",
            {"en": "Prior learning is recognised after an invigilated challenge examination."},
        ),
        # Mixed: practice is unsupervised, the final sitting is not.
        (
            ["portfolio", "project-work"],
            "supervised-online-id-check",
            "Practice tasks are unsupervised; the final presentation is proctored online.",
        ),
    ],
)
def test_a_description_that_states_a_supervised_sitting_backs_the_claim(types, supervision, description):
    assert _findings(_assessment(types, supervision, description), "MC-AS-001") == []


@pytest.mark.parametrize(
    ("description", "phrase"),
    [
        (None, "is a supervised sitting"),
        ("A project report defended in a seminar with peer opposition.", "is a supervised sitting"),
        # A supervised sitting without the identity check the claim names does not back it.
        ("The presentation is held under supervision, without ID check.", "is a supervised sitting"),
        ("The project is done at home, unsupervised.", "'unsupervised'"),
        ({"de": "Die Projektarbeit entsteht ohne Aufsicht zu Hause."}, "'ohne Aufsicht'"),
    ],
)
def test_a_description_that_names_no_sitting_or_denies_one_still_fails(description, phrase):
    (finding,) = _findings(_assessment(["project-work"], "supervised-onsite-id-check", description), "MC-AS-001")
    assert finding[0] == "/assessment/supervision"
    assert phrase in finding[1]


def test_a_sitting_is_read_in_each_text_of_a_language_map():
    assert affirms_checked_sitting({"en": "A project report.", "it": "La presentazione è sorvegliata."})
    assert not affirms_checked_sitting({"en": "A project report.", "it": "Una relazione di progetto."})
    assert not affirms_checked_sitting(None)


# ---------------------------------------------------------------- MC-EL-014: no grade on a pass/fail credential


def _credential(grading_scheme: object) -> dict[str, Any]:
    data = baseline()
    data.update(kind="credential", learner={"name": "Aino Virtanen"}, issue_date="2026-09-30")
    data["assessment"]["grading_scheme"] = grading_scheme
    return data


@pytest.mark.parametrize(
    "scheme",
    [
        "Pass/fail",
        "Pass / Fail",
        "Standard Pass/Fail",
        "Passed or failed; pass mark 50 %",
        "Competent / not yet competent",
        {"de": "bestanden/nicht bestanden"},
        {"fr": "réussi/échoué"},
        {"fr": "Acquis / non acquis"},
        {"es": "Apto o no apto"},
        {"it": "idoneo/non idoneo"},
        {"nl": "geslaagd/niet geslaagd"},
        {"nl": "voldaan / niet voldaan"},
        {"pl": "zaliczone/niezaliczone"},
        {"pl": "Zaliczenie bez oceny"},
        {"en": "Ungraded"},
    ],
)
def test_a_pass_fail_credential_has_no_grade_to_give(scheme):
    assert ungraded(scheme)
    assert _findings(_credential(scheme), "MC-EL-014") == []


def test_a_pass_fail_credentials_grade_is_not_applicable_in_the_reports():
    data = _credential("Pass/fail")
    [result] = check_documents([Document(source="c.yaml", data=data, format="yaml")], now=NOW).results
    assert result.elements["grade"] == "not-applicable"
    data["assessment"]["grading_scheme"] = "Dutch 1-10 scale"
    [result] = check_documents([Document(source="c.yaml", data=data, format="yaml")], now=NOW).results
    assert result.elements["grade"] == "missing"


@pytest.mark.parametrize(
    "scheme",
    [
        "Dutch 1-10 scale, pass mark 5.5",
        "Distinction, Merit, Pass or Fail",
        "Distinction / Merit / Pass / Fail",
        "Pass/Fail/Distinction",
        {"nl": "goed/voldoende/onvoldoende"},
        {"es": "Sobresaliente, Notable, Aprobado o Suspenso"},
        {"de": "Note 1,0 bis 5,0; bestanden ab 4,0"},
    ],
)
def test_a_graded_credential_without_its_grade_still_warns(scheme):
    assert not ungraded(scheme)
    assert [pointer for pointer, _message in _findings(_credential(scheme), "MC-EL-014")] == ["/grade"]


def test_the_grade_hint_does_not_ask_to_leave_out_what_is_missing():
    rule = RULES_BY_ID["MC-EL-014"]
    assert "leave it out" not in rule.hint
    assert "grading_scheme" in rule.hint
    assert "pass/fail" in (rule.__doc__ or "")


# ---------------------------------------------------------------- provider words for supervision and activities


def _suggestion(pointer: str, value: str) -> str | None:
    data = baseline()
    if pointer == "/assessment/supervision":
        data["assessment"]["supervision"] = value
    else:
        data["participation"]["activity_types"] = [value]
        pointer += "/0"
    (message,) = [m for p, m in _findings(data, "MC-SC-001") if p == pointer]
    return message.split("did you mean ")[1] if "did you mean " in message else None


@pytest.mark.parametrize(
    ("pointer", "word", "meant"),
    [
        ("/assessment/supervision", "none", "'unsupervised-no-id-check'?"),
        ("/assessment/supervision", "no supervision", "'unsupervised-no-id-check'?"),
        ("/assessment/supervision", "ohne Aufsicht", "'unsupervised-no-id-check'?"),
        ("/participation/activity_types", "mooc", "'e-learning'?"),
        ("/participation/activity_types", "placement", "'internship'?"),
        ("/participation/activity_types", "Selbststudium", "'self-study'?"),
        # Silent on the identity check, on online or onsite, or on which work-based activity: no guess.
        ("/assessment/supervision", "proctored", None),
        ("/assessment/supervision", "online proctoring", None),
        ("/assessment/supervision", "supervised-online", None),
        ("/assessment/supervision", "invigilated exam", None),
        ("/participation/activity_types", "work-based-learning", None),
        ("/participation/activity_types", "on-the-job", None),
        ("/participation/activity_types", "dual", None),
    ],
)
def test_provider_words_for_supervision_and_activities_get_a_suggestion_only_when_unambiguous(pointer, word, meant):
    assert _suggestion(pointer, word) == meant


def test_a_catalogue_reads_the_words_for_supervision_and_activities_as_codes():
    (document,) = tabular.load_csv(b"id;title;supervision;activity types\nC1;Course;no supervision;MOOC\n", "cat.csv")
    assert document.data["assessment"]["supervision"] == "unsupervised-no-id-check"
    assert document.data["participation"]["activity_types"] == ["e-learning"]
