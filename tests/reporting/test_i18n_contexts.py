"""A descriptor's status and a finding's severity share English words ("error": the file could not be checked,
or a blocking problem), so the reports look each up under its own catalogue context (``descriptor status``,
``finding severity``). With a catalogue that gives the two contexts different words, each place shows its own;
a report that went back to one msgid (or to ``tr.gettext``) would show the same word, or the English, in both.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

import openpyxl
import pytest

from qa_checker.api import audit_paths
from qa_checker.i18n import Translator
from qa_checker.reporting import excel, html, labels, text
from qa_checker.results import Report
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, SAMPLES

STATUS_ERROR, STATUS_ERROR_UPPER, SEVERITY_ERROR = "could-not-check", "COULD-NOT-CHECK", "blocker"


class _Contexts(gettext.NullTranslations):
    """A catalogue that knows "error" only under its two contexts, with a different word in each; every other
    message (and "error" without a context) stays as written."""

    WORDS = {
        ("descriptor status", "error"): STATUS_ERROR,
        ("descriptor status", "ERROR"): STATUS_ERROR_UPPER,
        ("finding severity", "error"): SEVERITY_ERROR,
    }

    def pgettext(self, context: str, message: str) -> str:
        return self.WORDS.get((context, message), message)


def contexts() -> Translator:
    return Translator("de", _Contexts())


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """An unreadable file (status error, with an error finding of its own) and a descriptor failing on errors."""
    folder = tmp_path_factory.mktemp("contexts")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return audit_paths(
        [folder / "broken.json", SAMPLES / "flawed" / "wrong-values.json"], rubric=load_rubric(), now=NOW
    )


def test_the_fixture_has_both_meanings_of_error(report: Report) -> None:
    broken, flawed = report.results
    assert broken.status == "error" and any(f.severity.value == "error" for f in broken.findings)
    assert flawed.status == "fail" and any(f.severity.value == "error" for f in flawed.findings)


def test_the_words_are_looked_up_under_their_own_context() -> None:
    tr = contexts()
    assert labels.word(tr, labels.STATUS, "error") == STATUS_ERROR
    assert labels.word(tr, labels.STATUS_UPPER, "error") == STATUS_ERROR_UPPER
    assert labels.word(tr, labels.SEVERITY, "error") == SEVERITY_ERROR
    assert {labels.STATUS["error"].context, labels.SEVERITY["error"].context} == {
        "descriptor status",
        "finding severity",
    }


def test_english_words_are_the_keys_whatever_their_context() -> None:
    from qa_checker.i18n import translator

    en = translator("en")
    assert [labels.word(en, labels.STATUS, k) for k in labels.STATUS] == ["pass", "fail", "error", "skipped"]
    assert [labels.word(en, labels.STATUS_UPPER, k) for k in labels.STATUS] == ["PASS", "FAIL", "ERROR", "SKIPPED"]
    assert [labels.word(en, labels.SEVERITY, k) for k in labels.SEVERITY] == ["error", "warning", "info"]


def test_the_text_report_shows_the_status_word_and_the_severity_word(report: Report) -> None:
    broken, flawed = report.results
    tr = contexts()
    lines = text.render_result(broken, tr=tr)
    assert lines[0].startswith(f"{STATUS_ERROR_UPPER} ")
    assert any(line.startswith(f"  {SEVERITY_ERROR} ") for line in lines[1:])
    shown = "\n".join(text.render_result(flawed, tr=tr))
    assert f"  {SEVERITY_ERROR} " in shown
    assert STATUS_ERROR not in shown and STATUS_ERROR_UPPER not in shown


def test_the_html_report_shows_the_status_word_and_the_severity_word(report: Report) -> None:
    page = html.render(report, tr=contexts())
    assert f'<span class="badge s-error">{STATUS_ERROR}</span>' in page
    assert f"<strong>{SEVERITY_ERROR}</strong>" in page or f">{SEVERITY_ERROR}<" in page
    # the filters: a status "error" and a severity "error", each with its word
    assert f'<option value="error">{STATUS_ERROR}</option>' in page
    assert f'<option value="error">{SEVERITY_ERROR}</option>' in page


def test_the_workbook_shows_the_status_word_and_the_severity_word_in_one_row(report: Report) -> None:
    book = openpyxl.load_workbook(io.BytesIO(excel.render(report, tr=contexts())), read_only=True)
    rows = list(book["Findings"].iter_rows(values_only=True))
    header = rows[0]
    status, severity = header.index("status"), header.index("severity")
    broken = [row for row in rows[1:] if str(row[0]).endswith("broken.json")]
    assert broken and all(row[status] == STATUS_ERROR and row[severity] == SEVERITY_ERROR for row in broken)
    others = [row for row in rows[1:] if not str(row[0]).endswith("broken.json")]
    assert {row[severity] for row in others} >= {SEVERITY_ERROR}
    assert STATUS_ERROR not in {row[severity] for row in rows[1:]}
    book.close()


def test_the_comparison_shows_statuses_by_their_status_words(report: Report, tmp_path: Path) -> None:
    from qa_checker.compare import compare_report
    from qa_checker.reporting import compare_html

    rows = {row.key: row for row in compare_html.view(compare_report(report), contexts())}
    assert rows["status"].values == (STATUS_ERROR, "fail")
