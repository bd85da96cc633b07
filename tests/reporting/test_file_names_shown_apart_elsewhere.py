"""The other human-readable outputs show a file's name as the text and HTML reports do (:func:`name_shown`).

The diff (text, its page, and the audit report's "since the last audit" section), the comparison page, and the
messages of the SARIF log and of the GitHub annotations, and the web page printed names raw: two files whose names differ only in
Unicode normalisation looked alike, and a line separator in a name broke the line. Where a name is data (JSON,
a SARIF URI or a result's ``source`` property, an annotation's ``file``) it stays exactly as it is.
"""

from __future__ import annotations

import json
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker.api import check_paths
from qa_checker.cli import cli, history
from qa_checker.compare import compare_report
from qa_checker.diff import DescriptorState, Snapshot, diff
from qa_checker.file_names import name_shown
from qa_checker.i18n import translator
from qa_checker.reporting import compare_html, diff_html, diff_text, github, sarif
from qa_checker.rubric import load_rubric
from qa_checker.web import views
from qa_checker.web.worker import Checked
from tests.conftest import NOW

GOOD = (Path(__file__).resolve().parents[2] / "qa_checker" / "data" / "good-offer.yaml").read_bytes()
COMPOSED = unicodedata.normalize("NFC", "café.yaml")
DECOMPOSED = unicodedata.normalize("NFD", "café.yaml")
DECOMPOSED_SHOWN = "cafe\\u0301.yaml"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")


def _state(source: str, id_: str) -> DescriptorState:
    return DescriptorState(
        source=source,
        id=id_,
        sha256=None,
        provider="ACME",
        title=f"Course {id_}",
        kind="offer",
        status="pass",
        score=90.0,
        elements={"title": "present"},
        findings=(),
    )


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        (DECOMPOSED, DECOMPOSED_SHOWN),
        # A second class: a paragraph separator, which would start a line of its own.
        ("para\u2029sep.yaml", "para\\u2029sep.yaml"),
    ],
)
def test_the_diff_shows_a_moved_descriptors_names_as_the_reports_do(name: str, shown: str) -> None:
    change = diff(
        Snapshot("run 1", (_state(COMPOSED, "a"),)),
        Snapshot("run 2", (_state(f"in/{name}", "a"),)),
    )
    assert change.to_dict()["descriptors"][0]["source"] == f"in/{name}"
    for output in (diff_text.render(change, unchanged=True), diff_html.render(change)):
        assert f"in/{shown}" in output and f"in/{name}" not in output
        assert COMPOSED in output


def test_the_comparison_page_shows_names_apart(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (COMPOSED, DECOMPOSED):
        (folder / name).write_bytes(GOOD)
    comparison = compare_report(check_paths([folder], rubric=load_rubric(), now=NOW, jobs=1))
    page = compare_html.render(comparison)
    assert f"in/{DECOMPOSED_SHOWN}" in page and f"in/{DECOMPOSED}" not in page
    assert f"in/{COMPOSED}" in page


@pytest.mark.parametrize("member", [DECOMPOSED, "line\u2028sep.yaml"])
def test_sarif_and_annotation_messages_show_a_members_name_its_uri_and_file_keep_the_bytes(
    member: str, tmp_path: Path
) -> None:
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr(member, b"title: [unclosed\n")
    report = check_paths([archive], rubric=load_rubric(), now=NOW, jobs=1)
    assert report.results and report.results[0].source.endswith(f"!{member}")
    log = json.loads(sarif.render(report))
    results = log["runs"][0]["results"]
    assert results
    for entry in results:
        assert name_shown(member) in entry["message"]["text"] and member not in entry["message"]["text"]
        assert entry["properties"]["source"].endswith(member)
    annotations = github.render(report)
    assert name_shown(member) in annotations and member not in annotations


def test_the_web_page_shows_uploaded_names_apart(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (COMPOSED, DECOMPOSED, "next\u0085line.yaml"):
        (folder / name).write_bytes(GOOD)
    shown = {entry["source"] for entry in views.results(Checked(check_paths([folder], now=NOW, jobs=1)))}
    assert {name.rsplit("/", 1)[1] for name in shown} == {COMPOSED, DECOMPOSED_SHOWN, "next\\x85line.yaml"}


def test_the_diff_names_runs_read_from_files_as_the_reports_do() -> None:
    before, after = f"reports/{COMPOSED}", f"reports/{DECOMPOSED}"
    change = diff(Snapshot(before, (_state("a.yaml", "a"),)), Snapshot(after, ()))
    assert change.to_dict()["after"]["label"] == after
    for output in (diff_text.render(change), diff_html.render(change)):
        assert f"reports/{DECOMPOSED_SHOWN}" in output and after not in output
        assert before in output


def test_the_audit_page_shows_the_waivers_files_name_as_the_reports_do(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_bytes(GOOD)
    waivers = tmp_path / f"waivers-{DECOMPOSED}"
    waivers.write_text("waivers: []\n", encoding="utf-8")
    page = tmp_path / "report.html"
    args = ["check", str(tmp_path / "a.yaml"), "--now", NOW.isoformat(), "--waivers", str(waivers)]
    CliRunner().invoke(cli, [*args, "--format", "html", "-o", str(page)], catch_exceptions=False)
    shown = page.read_text(encoding="utf-8")
    assert f"waivers-{DECOMPOSED_SHOWN}" in shown and f"waivers-{DECOMPOSED}" not in shown


def test_compare_and_history_say_names_as_the_reports_do(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.yaml").write_bytes(GOOD)
    (folder / DECOMPOSED).write_bytes(b"title: [unclosed\n")
    args = ["compare", str(folder / "a.yaml"), str(folder / DECOMPOSED), "--out", str(tmp_path / "out")]
    said = CliRunner().invoke(cli, [*args, "--now", NOW.isoformat()], catch_exceptions=False).stderr
    assert f"{DECOMPOSED_SHOWN} could not be read" in said and DECOMPOSED not in said
    row = {"run": 1, "generated_at": None, "status": "pass", "score": 90.0, "findings": 0, "title": "A"}
    table = history._descriptor_text("a", [{**row, "source": DECOMPOSED}, {**row, "source": COMPOSED}], translator())
    assert DECOMPOSED_SHOWN in table and COMPOSED in table and DECOMPOSED not in table


def test_convert_says_which_file_could_not_be_converted_as_the_reports_do(tmp_path: Path) -> None:
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("a.yaml", GOOD)
        bundle.writestr(DECOMPOSED, b"title: [unclosed\n")
    said = CliRunner().invoke(cli, ["convert", str(archive), "-o", str(tmp_path / "out.yaml")]).stderr
    assert f"!{DECOMPOSED_SHOWN}: " in said and DECOMPOSED not in said
