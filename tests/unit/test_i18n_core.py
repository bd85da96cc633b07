"""The core's texts for people are translatable: importer findings, skip reasons, waivers, engine failures,
rubric and store errors, diff reasons, comparison rows and the data dictionary.

Each is built as a :class:`~qa_checker.text.Text` whose English is exactly the string the JSON contract and
the history store keep; a translator shows it in another language. A pseudo catalogue (every msgid in
guillemets) shows that the text really goes through the catalogue, without compiled catalogues.
"""

from __future__ import annotations

import gettext
import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from qa_checker.api import check_documents, check_paths
from qa_checker.compare import compare_report
from qa_checker.diff import compare as compare_states
from qa_checker.diff import from_report
from qa_checker.document import Document
from qa_checker.errors import RubricError
from qa_checker.findings import Finding
from qa_checker.i18n import Translator
from qa_checker.importers import import_documents
from qa_checker.rubric import load_rubric
from qa_checker.runner import over_time
from qa_checker.store.records import to_rows
from qa_checker.table import dictionary
from qa_checker.text import Text
from qa_checker.waivers import WaiverEntry, WaiverError, Waivers, load_waivers
from tests.conftest import baseline

NOW = datetime(2026, 11, 30, tzinfo=timezone.utc)


class _Pseudo(gettext.NullTranslations):
    """Every message "translated" into itself between guillemets."""

    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return f"«{singular if n == 1 else plural}»"

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self.ngettext(singular, plural, n)


PSEUDO = Translator("de", _Pseudo())


def _translatable(finding: Finding) -> Finding:
    """The finding, checked to carry message and hint Texts whose English is what it says."""
    assert isinstance(finding.message_text, Text), finding.message
    assert finding.message_text.english() == finding.message
    assert isinstance(finding.hint_text, Text), finding.hint
    assert finding.hint_text.english() == finding.hint
    assert PSEUDO.message(finding).startswith("«")
    assert PSEUDO.hint(finding).startswith("«")
    return finding


def _imported(data: Any) -> list[Finding]:
    return [f for d in import_documents(Document(source="x.json", data=data, format="json")) for f in d.findings]


def test_an_importer_fallback_is_a_translatable_note() -> None:
    achievement = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:1",
        "type": ["Achievement"],
        "name": "Data Ethics",
        "creator": {"id": "https://example.org", "type": ["Profile"], "name": "Example University"},
    }
    notes = [f for f in _imported(achievement) if "creator" in f.message]
    (note,) = [_translatable(f) for f in notes]
    assert note.rule == "MC-IM-003"
    assert note.message == (
        "an Achievement names no awarding body; its creator (the organisation that defined it) was read as "
        "the awarding body"
    )
    assert PSEUDO.hint(note) == "«No action needed.»"


def test_a_value_an_importer_quotes_stays_as_written_in_every_language() -> None:
    achievement = {
        "type": ["Achievement"],
        "id": "urn:uuid:1",
        "name": "Data Ethics",
        "ECTS": "many",
    }
    (warning,) = [_translatable(f) for f in _imported(achievement) if f.rule == "MC-IM-002" and "ECTS" in f.message]
    assert warning.message == "ECTS 'many' is not a positive number"
    assert PSEUDO.message(warning) == "«ECTS 'many' is not a positive number»"


def _schema_file(folder: Path) -> Path:
    path = folder / "offer.schema.json"
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Offer", "type": "object"}
    path.write_text(json.dumps(schema), encoding="utf-8")
    return path


def test_a_refusal_and_the_skipped_files_reason_are_the_same_translatable_text(tmp_path: Path) -> None:
    report = check_paths([_schema_file(tmp_path)], now=NOW)
    (result,) = report.results
    assert result.status == "skipped"
    assert result.reason == "the document is a JSON Schema ('Offer'), not a credential or descriptor"
    assert isinstance(result.reason_text, Text)
    assert result.reason_text.english() == result.reason
    translated = result.reason_in(PSEUDO)
    assert translated == "«the document is a JSON Schema ('Offer'), not a credential or descriptor»"
    assert report.to_dict()["results"][0]["reason"] == result.reason


def test_a_limit_in_a_refusal_is_a_number_and_its_form_follows_it() -> None:
    deep: dict[str, Any] = {"x": 1}
    for _ in range(80):
        deep = {"a": deep}
    envelope = {"credential": deep}
    refusals = [f for f in _imported(envelope) if f.rule == "MC-IM-001"]
    (refusal,) = [_translatable(f) for f in refusals]
    assert refusal.message_text is not None and isinstance(refusal.message_text.params["count"], int)


def test_waiver_findings_and_unmatched_waivers_are_translatable() -> None:
    data = baseline()
    expired = WaiverEntry(1, "MC-LO-002", data["id"], "Prescribed wording", "QA officer", until=date(2020, 1, 1))
    unused = WaiverEntry(2, "MC-LO-002", data["id"], "Prescribed wording", "QA officer", pointer="/title")
    elsewhere = WaiverEntry(3, "MC-LO-002", "another-offer", "Prescribed wording", "QA officer")
    waivers = Waivers([expired, unused, elsewhere], "waivers.yaml")
    report = check_documents([Document(source="a.json", data=data, format="json")], now=NOW, waivers=waivers)
    findings = {f.rule: _translatable(f) for f in report.results[0].findings if f.rule.startswith("MC-WV")}
    assert findings["MC-WV-001"].message == (
        f"waiver 1 in waivers.yaml (MC-LO-002 for {data['id']}, accepted by QA officer) expired on 2020-01-01; "
        "its findings count again"
    )
    assert findings["MC-WV-002"].message.endswith("matches no MC-LO-002 finding at /title on this descriptor")
    assert findings["MC-WV-001"].message_text is not None
    assert findings["MC-WV-001"].message_text.params["number"] == "1"  # an identifier, never grouped
    (unmatched,) = report.unmatched_waivers
    assert isinstance(unmatched, Text)
    english = (
        "waiver 3 in waivers.yaml (MC-LO-002 for another-offer, accepted by QA officer) named no descriptor of this run"
    )
    assert str(unmatched) == english
    assert report.to_dict()["run"]["unmatched_waivers"] == [english]
    assert report.unmatched_waivers_in(PSEUDO) == [f"«{english}»"]


def test_a_malformed_waivers_file_is_a_translatable_error(tmp_path: Path) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text("waivers: 3\n", encoding="utf-8")
    with pytest.raises(WaiverError) as caught:
        load_waivers(path)
    assert str(caught.value) == f"{path}: 'waivers' must be a list"
    assert PSEUDO.render(caught.value.text) == f"«{path}: 'waivers' must be a list»"


def test_a_time_budget_finding_names_its_stage_in_a_whole_sentence() -> None:
    (finding,) = over_time("slow.json", "reading", 60.0).findings
    _translatable(finding)
    assert finding.rule == "MC-EN-003"
    assert finding.message == "Reading this input took longer than the budget of 60 seconds; it was given up"
    assert finding.message_text is not None and finding.message_text.params == {"count": 60}


def test_a_rubric_error_is_translatable(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "id: mine\nversion: '1'\ntitle: Mine\nextends: eu-2022\nrules:\n  MC-XX-999: {}\n", encoding="utf-8"
    )
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    english = f"{path}: line 6: unknown rule 'MC-XX-999' (see 'qa-checker rules' for the list)"
    assert str(caught.value) == english
    assert caught.value.text.english() == english and caught.value.text.params["rule"] == "MC-XX-999"


def test_diff_reasons_are_texts_whose_english_is_the_reason() -> None:
    good = baseline()
    worse = baseline()
    worse["learning_outcomes"] = worse["learning_outcomes"][:1]
    before = from_report(check_documents([Document(source="a.json", data=good, format="json")], now=NOW))
    after = from_report(check_documents([Document(source="a.json", data=worse, format="json")], now=NOW))
    change = compare_states(before.descriptors[0], after.descriptors[0])
    assert change.worse_texts and change.worse_reasons == tuple(t.english() for t in change.worse_texts)
    assert all(r.startswith("«") for r in change.worse_in(PSEUDO))
    assert before.label == Text("this run") and before.describe()["label"] == "this run"


def test_comparison_rows_show_our_words_translated_and_the_descriptors_as_given() -> None:
    report = check_documents(
        [
            Document(source="a.json", data=baseline(), format="json"),
            Document(source="b.json", data=None, format="json"),
        ],
        now=NOW,
    )
    rows = {row.key: row for row in compare_report(report).rows}
    title = rows["element_title"]
    assert title.values[1] == "not read"
    shown = title.values_in(PSEUDO)
    assert shown[0] == title.values[0]  # the descriptor's own title, never a msgid
    assert shown[1] == "«not read»"
    assert rows["score"].label == "Score" and rows["score"].label_in(PSEUDO) == "«Score»"


def test_the_store_records_english_whatever_language_the_report_is_shown_in(tmp_path: Path) -> None:
    report = check_paths([_schema_file(tmp_path)], now=NOW)
    report.language = "de"  # what the report is shown in; no catalogue is needed to store it
    rows = to_rows(report, options={})
    assert rows.run["report"]["language"] == "en"
    assert rows.results[0]["document"]["reason"] == report.results[0].reason
    assert [f["message"] for f in rows.findings] == [f.message for f in report.results[0].findings]


def test_the_data_dictionary_describes_columns_in_the_translators_language() -> None:
    english = {term["column"]: term["description"] for term in dictionary()}
    shown = {term["column"]: term["description"] for term in dictionary(PSEUDO)}
    assert english["ects"] == "Workload in ECTS credits: declared, or derived from hours at 27.5 h/ECTS."
    assert shown["ects"].startswith("«Workload in ECTS credits") and "27,5" in shown["ects"]
    assert shown.keys() == english.keys()


def test_a_rubric_schema_problem_is_explained_in_the_translators_language(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("id: mine\nversion: '1'\ntitle: Mine\nextends: eu-2022\nowner: me\n", encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert str(caught.value).startswith(f"{path}: line 5: invalid rubric: ")
    shown = PSEUDO.render(caught.value.text)
    assert shown.startswith(f"««{path}: line 5»: invalid rubric: «") and "owner" in shown


def test_a_long_text_param_is_cut_short_in_every_language() -> None:
    """A provider's value, key or reference quoted by a message never makes the message grow with the file."""
    from qa_checker.i18n import translator
    from qa_checker.text import MAX_PARAM_CHARS, msg

    message = msg(
        "achievedLevel {ref} names no rubric level with a name in this document; the grade was not read",
        ref="r" * 3_000_000,
    )
    assert len(message.english()) < MAX_PARAM_CHARS + 100 and "r…" in message.english()
    assert len(translator("de").render(message)) < MAX_PARAM_CHARS + 200
