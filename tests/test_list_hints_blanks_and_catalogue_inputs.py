"""List hints, invisible blanks, column aliases, Excel's Unicode Text, row-span
locations, credentials judged on their day of issue, currency names."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from qa_checker import listing, validation
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.elements import INVISIBLE, filled
from qa_checker.loaders import load_file
from qa_checker.loaders.columns import ColumnResolver
from qa_checker.loaders.tabular import load_csv
from tests.conftest import baseline
from tests.rules.cases import RULE_FIXTURES, Case, run_case

OUTCOMES = [
    "Apply the GDPR principles of lawful processing to a data-driven project plan.",
    "Evaluate the fairness of a classification model using group fairness metrics.",
    "Design a data-management plan that documents consent, retention and access.",
]
NOW = datetime(2026, 12, 2, tzinfo=timezone.utc)


def schema_hint(data: dict[str, Any], pointer: str) -> str:
    """The hint of the schema finding at ``pointer``."""
    (found,) = [f for f in validation.validate(data) if f.pointer == pointer]
    return str(found.hint)


def written_list(hint: str) -> Any:
    """The list a hint writes ("Write [...]."), read back as YAML reads it."""
    match = re.match(r"Write (\[.*?\])\.", hint)
    assert match is not None, hint
    return yaml.safe_load(match.group(1))


class TestOutcomesGivenAsOneText:
    @pytest.mark.parametrize(
        "text",
        [
            "\n".join(OUTCOMES),
            "; ".join(OUTCOMES),
            "On completion, the learner will be able to:\n" + "\n".join(f"- {o}" for o in OUTCOMES),
            "\n".join(f"* {o}" for o in OUTCOMES),
            "\n".join(f"{n}) {o}" for n, o in enumerate(OUTCOMES, 1)),
            " ".join(f"{n}) {o}" for n, o in enumerate(OUTCOMES, 1)),
            "<ul>" + "".join(f"<li>{o}</li>" for o in OUTCOMES) + "</ul>",
            "<br>".join(OUTCOMES),
        ],
    )
    def test_the_hint_writes_each_outcome_once_and_reads_back_as_written(self, text: str) -> None:
        data = {**baseline(), "learning_outcomes": text}
        assert written_list(schema_hint(data, "/learning_outcomes")) == OUTCOMES

    def test_codes_are_still_split_at_commas(self) -> None:
        assert written_list(schema_hint({**baseline(), "languages": "en, de"}, "/languages")) == ["en", "de"]

    def test_the_spreadsheet_loader_reads_a_cell_as_the_hint_splits_the_text(self) -> None:
        cell = "Learners will be able to:\n" + "\n".join(f"• {o}" for o in OUTCOMES)
        head = "id,title,learning_outcomes\n"
        (document,) = load_csv((head + 'x1,Data ethics,"' + cell + '"\n').encode(), "c.csv")
        assert document.data["learning_outcomes"] == OUTCOMES
        assert listing.items(cell)[1:] == OUTCOMES and listing.lead_in(listing.items(cell))


class TestInvisibleTextIsBlank:
    @pytest.mark.parametrize("text", ["\u200b\u200b", "\u2060", "\ufeff", "\u00ad", " \u200c\u200d ", "\u00a0"])
    def test_a_title_of_invisible_characters_is_missing_like_one_of_spaces(self, text: str) -> None:
        (result,) = check_documents([Document("t.yaml", {**baseline(), "title": text}, "yaml")], now=NOW).results
        assert result.elements["title"] == "missing"
        assert not filled(text) and not filled({"en": text})

    def test_the_schema_refuses_every_text_of_invisible_characters(self) -> None:
        patterns = set(
            re.findall(
                r'"pattern": "(\[\^[^"]*\])"',
                Path(validation.__file__)
                .parent.parent.joinpath("schemas", "descriptor.schema.json")
                .read_text(encoding="utf-8"),
            )
        )
        assert patterns
        for pattern in (json.loads(f'"{p}"') for p in patterns):
            assert all(not re.search(pattern, c) for c in INVISIBLE + " \u00a0\t")
            assert re.search(pattern, "\u200ba")

    def test_a_summary_of_a_word_joiner_is_a_schema_error(self) -> None:
        findings = validation.validate({**baseline(), "summary": "\u2060"})
        assert [f.pointer for f in findings] == ["/summary"]


class TestColumnAliases:
    @pytest.mark.parametrize(
        "header",
        [
            "Modultitel",
            "Modulname",
            "Module title",
            "Module name",
            "Titre du cours",
            "Nom du cours",
            "Naam cursus",
            "Nazwa szkolenia",
            "Nombre de la formación",
        ],
    )
    def test_a_course_title_header(self, header: str) -> None:
        found = ColumnResolver().resolve(header)
        assert found is not None and found.dotted == "title"

    @pytest.mark.parametrize("header", ["Modul-Nr.", "Modulnummer"])
    def test_a_module_number_header(self, header: str) -> None:
        found = ColumnResolver().resolve(header)
        assert found is not None and found.dotted == "id"


TABLE = "id\ttitle\tECTS\tlearning_outcomes\r\nu1\tData Ethics\t5\tApply A to B in context C.\r\n"


class TestUnicodeTextExport:
    def test_a_tab_separated_utf16_text_file_is_read_as_its_csv(self, tmp_path: Path) -> None:
        raw = b"\xff\xfe" + TABLE.encode("utf-16-le")
        (tmp_path / "export.txt").write_bytes(raw)
        (tmp_path / "export.csv").write_bytes(raw)
        (text,) = load_file(tmp_path / "export.txt")
        (csv,) = load_file(tmp_path / "export.csv")
        assert text.data == csv.data and text.data["title"] == "Data Ethics"

    @pytest.mark.parametrize(
        "content",
        [
            "Dear colleagues,\nplease find the course list attached.\n",
            "Notes\tabout\tthe\tmeeting\nnothing here\n",
        ],
    )
    def test_prose_stays_refused_and_the_refusal_says_how_to_fix_it(self, tmp_path: Path, content: str) -> None:
        (tmp_path / "notes.txt").write_text(content, encoding="utf-8")
        (document,) = load_file(tmp_path / "notes.txt")
        assert document.data is None
        (finding,) = document.findings
        assert "CSV UTF-8" in str(finding.message) and ".tsv" in str(finding.message)


class TestRowSpanForAFieldWithoutACell:
    def test_a_missing_mode_is_placed_at_the_row_not_at_the_start_date(self) -> None:
        raw = b"id;title;ECTS;Start;End\ns1;Data Ethics;5;2027-03-01;2027-06-30\n"
        (document,) = load_csv(raw, "c33.csv")
        (result,) = check_documents([document], now=NOW).results
        (mode,) = [f for f in result.findings if f.rule == "MC-EL-010"]
        assert mode.pointer == "/participation/mode"
        assert mode.origin is not None and mode.origin.cell == "A2:E2"
        assert document.origin_for("/participation") is not None
        assert document.origin_for("/participation").cell == "D2"  # type: ignore[union-attr]


def credential(**changes: Any) -> dict[str, Any]:
    """Changes making the good offer a credential issued with ``changes``."""
    return {"/kind": "credential", "/learner": {"name": "Jan Novák"}, **changes}


def hits(rule: str, changes: dict[str, Any], today: str = "2026-12-02") -> list[str]:
    spec = {"id": "dated", "set": changes, "today": today}
    return [str(f.message) for f in run_case(Case(rule, "dated", spec, RULE_FIXTURES / f"{rule}.yaml"))]


class TestCredentialsJudgedOnTheirDayOfIssue:
    def test_an_offer_reviewed_before_the_credential_was_issued_is_recent_then(self) -> None:
        changes = credential(**{"/issue_date": "2021-06-01", "/last_reviewed": "2021-01-10"})
        assert hits("MC-DT-003", changes) == []

    def test_an_old_review_is_measured_to_the_issue_date(self) -> None:
        changes = credential(**{"/issue_date": "2021-06-01", "/last_reviewed": "2016-01-10"})
        (message,) = hits("MC-DT-003", changes)
        assert "5.4 years before the credential was issued on 2021-06-01" in message

    def test_an_external_review_is_measured_to_the_issue_date(self) -> None:
        external = {"body": "NAU", "country": "CZ", "last_review": "2014-01-01"}
        qa = {"internal": {"description": "Faculty study board."}, "external": external}
        assert hits("MC-QA-003", credential(**{"/issue_date": "2021-06-01", "/quality_assurance": qa})) != []
        external["last_review"] = "2018-01-01"
        assert hits("MC-QA-003", credential(**{"/issue_date": "2021-06-01", "/quality_assurance": qa})) == []
        assert hits("MC-QA-003", {"/quality_assurance": qa}) != []  # an offer: by today

    def test_an_issue_date_in_the_future_is_judged_by_today(self) -> None:
        changes = credential(**{"/issue_date": "2030-01-01", "/last_reviewed": "2021-01-10"})
        (message,) = hits("MC-DT-003", changes)
        assert "years ago" in message

    def test_a_review_after_today_is_still_in_the_future(self) -> None:
        changes = credential(**{"/issue_date": "2021-06-01", "/last_reviewed": "2027-01-10"})
        (message,) = hits("MC-DT-003", changes)
        assert "in the future" in message


class TestCurrencyNames:
    @pytest.mark.parametrize(
        ("written", "code"), [("Euro", "EUR"), ("EURO", "EUR"), ("€", "EUR"), ("£", "GBP"), ("pound", "GBP")]
    )
    def test_a_currency_by_its_name_or_sign_gets_its_code(self, written: str, code: str) -> None:
        (finding,) = validation.validate({**baseline(), "price": {"amount": 450, "currency": written}})
        assert str(finding.message).endswith(f"write {code}")

    @pytest.mark.parametrize("written", ["kr", "$"])
    def test_an_ambiguous_sign_gets_no_code(self, written: str) -> None:
        (finding,) = validation.validate({**baseline(), "price": {"amount": 450, "currency": written}})
        assert "write" not in str(finding.message)
