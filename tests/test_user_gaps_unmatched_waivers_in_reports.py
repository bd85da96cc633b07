"""The reports an agency hands over say which waivers named no descriptor of the audit.

Until now only stderr and report.json's ``run.unmatched_waivers`` said so. The HTML report (one file, and the
index of a paged one) and the workbook's Summary now list them beside the waivers file of the stamp, in the
report's language, at most :data:`~qa_checker.results.UNMATCHED_WAIVERS_SHOWN` of them with the number of the
others (report.json keeps them all), so that thousands of stale waivers do not blow up a report.
"""

from __future__ import annotations

import gettext
import html as html_escape
import io
from pathlib import Path

import openpyxl
import yaml

from qa_checker.api import check_paths
from qa_checker.i18n import Translator, translator
from qa_checker.reporting import html, render
from qa_checker.results import UNMATCHED_WAIVERS_SHOWN
from tests.conftest import NOW, baseline

HEADING_EN = "Waivers that named no descriptor of this run"


def _audited(tmp_path: Path, unmatched: int, language: str = "en"):
    """A folder of one offer, audited with one waiver naming it and ``unmatched`` naming none."""
    offers = tmp_path / "offers"
    offers.mkdir(exist_ok=True)
    data = baseline()
    data["workload"] = {"hours": 140}
    (offers / "alpha.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    entries = [{"rule": "MC-WL-001", "descriptor": data["id"], "reason": "Credits pending", "accepted_by": "QA"}]
    entries += [
        {"rule": "MC-LO-002", "descriptor": f"gone-offer-{n}", "reason": "Old <offer>", "accepted_by": "QA & co"}
        for n in range(unmatched)
    ]
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(yaml.safe_dump({"waivers": entries}), encoding="utf-8")
    return check_paths([offers], waivers=str(waivers), now=NOW, language=language)


def _summary_rows(report) -> list[list[object]]:
    book = openpyxl.load_workbook(io.BytesIO(render(report, "xlsx")))  # type: ignore[arg-type]
    return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]


def test_the_html_report_and_its_index_list_the_unmatched_waivers(tmp_path: Path) -> None:
    report = _audited(tmp_path, 2)
    messages = [str(text) for text in report.unmatched_waivers]
    assert len(messages) == 2 and all("named no descriptor of this run" in m for m in messages)
    index = html.pages(report)["report.html"]
    for page in (render(report, "html"), index):
        assert f"{HEADING_EN} (2)" in page
        for message in messages:
            assert html_escape.escape(message, quote=False) in page
        assert "Old <offer>" not in page and "QA &amp; co" in page  # escaped like all a waiver gives


def test_the_workbook_summary_lists_them(tmp_path: Path) -> None:
    report = _audited(tmp_path, 2)
    rows = _summary_rows(report)
    cells = [cell for row in rows for cell in row if isinstance(cell, str)]
    assert f"{HEADING_EN} (2)" in cells
    for text in report.unmatched_waivers:
        assert str(text) in cells


def test_a_run_whose_waivers_all_match_shows_no_such_list(tmp_path: Path) -> None:
    report = _audited(tmp_path, 0)
    assert report.unmatched_waivers == []
    assert HEADING_EN not in render(report, "html")
    assert not [cell for row in _summary_rows(report) for cell in row if isinstance(cell, str) and HEADING_EN in cell]


def test_they_are_in_the_report_language(tmp_path: Path) -> None:
    report = _audited(tmp_path, 1, language="de")
    (text,) = report.unmatched_waivers
    german = translator("de").render(text)
    assert german != str(text)  # the message is translated
    assert html_escape.escape(german, quote=False) in render(report, "html")
    assert german in [cell for row in _summary_rows(report) for cell in row]
    # The heading and the count go through the catalogue too (a translator marking what it translates).
    pseudo = Translator("de", _Pseudo())
    assert f"«{HEADING_EN} (1)»" in render(report, "html", tr=pseudo)
    book = openpyxl.load_workbook(io.BytesIO(render(report, "xlsx", tr=pseudo)))  # type: ignore[arg-type]
    assert f"«{HEADING_EN} (1)»" in [cell for row in book.worksheets[0].iter_rows(values_only=True) for cell in row]


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


def test_thousands_of_them_are_bounded_in_html_and_excel_but_all_in_json(tmp_path: Path) -> None:
    many = UNMATCHED_WAIVERS_SHOWN * 30
    report = _audited(tmp_path, many)
    assert len(report.to_dict()["run"]["unmatched_waivers"]) == many
    page = render(report, "html")
    assert page.count("accepted by QA &amp; co) named no descriptor of this run") == UNMATCHED_WAIVERS_SHOWN
    rest = many - UNMATCHED_WAIVERS_SHOWN
    assert f"{rest:,} more" in page  # the others are counted, and named in report.json
    cells = [cell for row in _summary_rows(report) for cell in row if isinstance(cell, str)]
    assert sum("co) named no descriptor of this run" in cell for cell in cells) == UNMATCHED_WAIVERS_SHOWN
    assert any(f"{rest:,} more" in cell for cell in cells)
    (tmp_path / "few").mkdir()
    few = _audited(tmp_path / "few", UNMATCHED_WAIVERS_SHOWN + 1)
    assert len(page) - len(render(few, "html")) < 2_000  # 2,900 more waivers: only the count grows


def test_the_sarif_log_gives_them_as_configuration_notifications(tmp_path: Path) -> None:
    """A code-scanning dashboard shows a run's configuration problems beside its results (SARIF 2.1.0 §3.20.21)."""
    import json

    import jsonschema

    from tests.reporting.test_sarif import SCHEMA

    report = _audited(tmp_path, 2, language="de")
    log = json.loads(render(report, "sarif"))  # type: ignore[arg-type]
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    notes = invocation["toolConfigurationNotifications"]
    assert [n["message"]["text"] for n in notes] == report.unmatched_waivers_in(translator("de"))
    assert {n["level"] for n in notes} == {"warning"}
    (tmp_path / "none").mkdir()
    assert "invocations" not in json.loads(render(_audited(tmp_path / "none", 0), "sarif"))["runs"][0]  # type: ignore[arg-type]
