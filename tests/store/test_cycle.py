"""An agency's second cycle through the command line: audit into a store, fix and break, audit again, diff.

One store per database kind is filled once for the module (two audits of a small scenario); the
tests read it through ``audit``'s reports, ``diff`` and ``history``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import openpyxl
import pytest
import yaml
from click.testing import CliRunner, Result

from qa_checker.cli import cli
from qa_checker.explain import GOOD_OFFER
from qa_checker.resources import bundled
from tests.store.conftest import KINDS, new_store
from tests.store.helpers import FIRST, SECOND, scenario, second_cycle


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@dataclass(frozen=True)
class Cycle:
    url: str
    folder: Path
    first: Path
    second: Path
    outputs: tuple[str, str]


@pytest.fixture(scope="module", params=KINDS)
def cycle(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cycle]:
    root = tmp_path_factory.mktemp(f"cycle-{request.param}")
    with new_store(request.param, root) as url:
        folder = scenario(root)
        first = invoke("audit", str(folder), "--out", str(root / "first"), "--store", url, "--now", FIRST)
        assert first.exit_code == 1, first.output
        second_cycle(folder)
        second = invoke("audit", str(folder), "--out", str(root / "second"), "--store", url, "--now", SECOND)
        assert second.exit_code == 1, second.output
        yield Cycle(url, folder, root / "first", root / "second", (first.output, second.output))


def _later_score(cycle: Cycle) -> str:
    """The score of the descriptor that got worse, as the second audit's report.json gives it (one new
    warning costs it the weight its rubric gives that rule)."""
    report = json.loads((cycle.second / "report.json").read_text(encoding="utf-8"))
    (score,) = [r["score"] for r in report["results"] if r["id"] == "hva-data-ethics-2026"]
    return f"{score:g}"


def test_each_audit_says_what_it_recorded(cycle: Cycle) -> None:
    first, second = cycle.outputs
    assert "recorded run 1" in first and "no earlier run" in first
    assert "recorded run 2" in second and "since run 1: 1 improved, 1 worse, 0 added, 0 removed" in second


def test_the_html_report_has_a_since_the_last_audit_section(cycle: Cycle) -> None:
    page = (cycle.second / "report.html").read_text(encoding="utf-8")
    section = page[page.index('<section id="since"') : page.index('<section id="overview"')]
    assert "Since the last audit" in section and '<a href="#since">' in page
    assert "<strong>run 1</strong> of 2026-11-29T12:00:00+00:00" in section  # the previous run, named
    assert "<strong>run 2</strong> of 2027-01-10T12:00:00+00:00" in section
    worse = section[section.index("What got worse") : section.index("What changed per awarding body")]
    assert "Data Ethics in Practice (Amsterdam University of Applied Sciences)" in worse
    assert f"score 100 → {_later_score(cycle)}; 1 new finding (MC-WL-001)" in worse
    assert "Leadership Essentials" not in worse
    assert "Leadership Essentials" in section and "improved" in section
    assert "+14.6" in section  # ACME's mean score, per provider
    assert "moved from" in section and "archive/2027/green-logistics.json" in section
    assert "Since the last audit" not in (cycle.first / "report.html").read_text(encoding="utf-8")


def test_report_json_carries_since_and_still_validates(cycle: Cycle) -> None:
    report = json.loads((cycle.second / "report.json").read_text(encoding="utf-8"))
    schema = json.loads(bundled("schemas", "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    since = report["since"]
    assert since["before"]["run"] == 1 and since["after"]["run"] == 2
    assert {k: since["summary"][k] for k in ("worse", "improved", "changed", "unchanged", "added", "removed")} == {
        "worse": 1,
        "improved": 1,
        "changed": 1,
        "unchanged": 1,
        "added": 0,
        "removed": 0,
    }
    moved = next(d for d in since["descriptors"] if d["change"] == "changed")
    assert moved["matched_by"] == "id" and moved["moved_from"].endswith("flawed/wrong-values.json")
    assert "since" not in json.loads((cycle.first / "report.json").read_text(encoding="utf-8"))


def test_the_workbook_has_a_since_sheet(cycle: Cycle) -> None:
    workbook = openpyxl.load_workbook(cycle.second / "report.xlsx")
    assert workbook.sheetnames[:2] == ["Summary", "Since last audit"]
    rows = [list(r) for r in workbook["Since last audit"].iter_rows(values_only=True)]
    assert rows[1][:2] == ["Compared with", "run 1"]
    changes = {r[0]: r[3] for r in rows if r and r[3] in ("worse", "improved", "changed")}
    assert changes == {
        "Data Ethics in Practice": "worse",
        "Leadership Essentials": "improved",
        "Green Logistics": "changed",
    }
    assert "Since last audit" not in openpyxl.load_workbook(cycle.first / "report.xlsx").sheetnames


@pytest.mark.parametrize("refs", [("1", "2"), ("previous", "latest"), (), ("latest~1", "#2")])
def test_diff_of_stored_runs_exits_1_when_something_got_worse(cycle: Cycle, refs: tuple[str, ...]) -> None:
    result = invoke("diff", *refs, "--store", cycle.url)
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Comparing run 1 (2026-11-29T12:00:00+00:00")
    assert "1 worse, 1 improved, 1 changed, 0 added, 0 removed, 1 unchanged" in result.output
    assert "WORSE Data Ethics in Practice [hva-data-ethics-2026]" in result.output
    assert "(moved from " in result.output


def test_diff_exits_0_when_nothing_got_worse(cycle: Cycle) -> None:
    assert invoke("diff", "2", "1", "--store", cycle.url).exit_code == 1  # backwards, the fix is a regression
    same = invoke("diff", "latest", "latest", "--store", cycle.url)
    assert same.exit_code == 0 and "Nothing got worse." in same.output


def test_diff_mixes_runs_report_files_and_folders(cycle: Cycle) -> None:
    for before, after in (
        ("1", str(cycle.second / "report.json")),
        (str(cycle.first), str(cycle.second)),
        (str(cycle.first / "report.json"), str(cycle.folder)),
    ):
        result = invoke("diff", before, after, "--store", cycle.url, "--now", SECOND, "--format", "json")
        assert result.exit_code == 1, result.output
        data = json.loads(result.stdout)
        assert data["summary"]["worse"] == 1 and data["summary"]["improved"] == 1
    checked = json.loads(
        invoke("diff", str(cycle.first), str(cycle.folder), "--now", SECOND, "--format", "json").stdout
    )
    assert checked["after"]["label"].endswith("(checked now)")


def test_diff_writes_html_and_excel(cycle: Cycle, tmp_path: Path) -> None:
    html_file, xlsx_file = tmp_path / "diff.html", tmp_path / "diff.xlsx"
    assert invoke("diff", "1", "2", "--store", cycle.url, "--format", "html", "-o", str(html_file)).exit_code == 1
    page = html_file.read_text(encoding="utf-8")
    assert "1 descriptor(s) got worse." in page and "Data Ethics in Practice" in page
    assert "default-src 'none'" in page
    assert invoke("diff", "1", "2", "--store", cycle.url, "--format", "xlsx", "-o", str(xlsx_file)).exit_code == 1
    workbook = openpyxl.load_workbook(xlsx_file)
    assert workbook.sheetnames == ["Summary", "Providers", "Descriptors", "Findings"]
    findings = list(workbook["Findings"].iter_rows(values_only=True))[1:]
    assert ("Data Ethics in Practice", "new", "MC-WL-001") in {(r[0], r[3], r[4]) for r in findings}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("1",), "diff compares two runs"),
        (("1", "99"), "no run 99"),
        (("1", "no-such-thing"), "no-such-thing: no such file or folder, and not a run"),
        (("1", "2", "--format", "xlsx"), "--format xlsx writes a workbook"),
    ],
)
def test_diff_usage_errors_exit_2(cycle: Cycle, args: tuple[str, ...], message: str) -> None:
    result = invoke("diff", *args, "--store", cycle.url)
    assert result.exit_code == 2 and message in result.output, result.output


def test_diff_without_a_store_exits_2(tmp_path: Path) -> None:
    result = invoke("diff", "previous", "latest", "--store", str(tmp_path / "none.sqlite"))
    assert result.exit_code == 2 and "no history store at" in result.output


def test_history_lists_the_runs(cycle: Cycle) -> None:
    text = invoke("history", "--store", cycle.url)
    assert text.exit_code == 0
    lines = text.output.splitlines()
    assert lines[0].startswith("2 run(s) in ")
    assert lines[2].split()[:4] == ["1", FIRST, "audit", "eu-2022"]
    data = json.loads(invoke("history", "--store", cycle.url, "--format", "json").output)
    assert [(r["id"], r["descriptors"], r["pass"], r["fail"]) for r in data["runs"]] == [(1, 4, 2, 2), (2, 4, 2, 2)]
    assert data["runs"][0]["options"]["now_text"] == FIRST and "store" not in data["runs"][0]["options"]


def test_history_of_a_provider_and_of_a_descriptor(cycle: Cycle) -> None:
    provider = json.loads(
        invoke("history", "--store", cycle.url, "--provider", "acme training ltd", "--format", "json").output
    )
    assert [(r["run"], r["mean_score"]) for r in provider["runs"]] == [(1, 56.0), (2, 70.6)]
    text = invoke("history", "--store", cycle.url, "--provider", "ACME Training Ltd").output
    assert "Provider ACME Training Ltd, over 2 run(s)" in text and "↑" in text
    descriptor = invoke("history", "--store", cycle.url, "--descriptor", "hva-data-ethics-2026")
    lines = descriptor.output.splitlines()
    assert lines[0] == "Descriptor hva-data-ethics-2026 (Data Ethics in Practice), over 2 run(s)"
    assert lines[2].split()[2:5] == ["pass", "100", "0"] and lines[3].split()[2:5] == ["pass", _later_score(cycle), "1"]
    unknown = invoke("history", "--store", cycle.url, "--provider", "Nobody")
    assert unknown.exit_code == 2 and "recorded providers: ACME Training Ltd" in unknown.output


def _without_since(report: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in report.items() if k != "since"}


def test_history_export_gives_back_the_report_json(cycle: Cycle, tmp_path: Path) -> None:
    for ref, folder in (("1", cycle.first), ("latest", cycle.second)):
        target = tmp_path / f"{ref}.json"
        result = invoke("history", "--store", cycle.url, "--export", ref, "-o", str(target))
        assert result.exit_code == 0, result.output
        exported = json.loads(target.read_text(encoding="utf-8"))
        written = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        assert exported == _without_since(written)
        assert list(exported) == list(_without_since(written))


def test_history_prune_before(store_url: str, tmp_path: Path) -> None:
    folder = scenario(tmp_path)
    for now in (FIRST, SECOND):
        result = invoke("check", str(folder), "--format", "json", "--store", store_url, "--now", now)
        assert result.exit_code == 1
    assert json.loads(result.stdout)["since"]["before"]["run"] == 1  # check --store fills it too
    pruned = invoke("history", "--store", store_url, "--prune-before", "2027-01-01")
    assert pruned.exit_code == 0 and pruned.output.startswith("deleted 1 run(s) made before 2027-01-01T00:00:00+00:00")
    runs = json.loads(invoke("history", "--store", store_url, "--format", "json").output)["runs"]
    assert [r["generated_at"] for r in runs] == [SECOND]
    assert invoke("history", "--store", store_url, "--prune-before", "soon").exit_code == 2


def test_audit_store_errors_exit_2_before_writing_reports(tmp_path: Path) -> None:
    folder = scenario(tmp_path)
    result = invoke("audit", str(folder), "--out", str(tmp_path / "out"), "--store", "mysql://x@y/z")
    assert result.exit_code == 2 and "unsupported store" in result.output
    assert not (tmp_path / "out").exists()
    assert invoke("audit", str(folder), "--out", str(tmp_path / "out"), "--store", str(folder)).exit_code == 2


def test_store_without_a_value_uses_the_per_user_location(tmp_path: Path) -> None:
    folder = scenario(tmp_path)
    result = invoke("audit", str(folder), "--out", str(tmp_path / "out"), "--store", "--now", FIRST)
    assert result.exit_code == 1, result.output
    assert (tmp_path / "xdg" / "qa-checker" / "history.sqlite").is_file()  # XDG_DATA_HOME set by conftest
    assert "1 run(s) in " in invoke("history").output


def test_history_shows_a_providers_control_characters_as_escapes(tmp_path: Path) -> None:
    """Printed raw, a provider's name could redraw the terminal ("\\x1b[1A\\r" overwrote the line above)."""
    data = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    data["awarding_bodies"][0]["name"] = "Prov\x1b[1A\rX"
    data["title"] = "Title\x1b[2J\n::error ::x"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text(json.dumps(data), encoding="utf-8")
    store = str(tmp_path / "h.sqlite")
    invoke("check", str(tmp_path / "in"), "--store", store, "--now", FIRST)
    for args in (("--provider", "Prov\x1b[1A\rX"), ("--descriptor", str(data["id"])), ()):
        text = invoke("history", "--store", store, *args).output
        assert "\x1b" not in text and "\r" not in text and "\n::error" not in text, text


@pytest.mark.parametrize(
    "args",
    [
        ("audit", "{folder}", "--out", "{out}", "--store", ""),
        ("audit", "{folder}", "--out", "{out}", "--store="),
        ("check", "{folder}", "--store", "  "),
        ("check", "{folder}", "--format", "jsonl", "--store", ""),
        ("history", "--store", ""),
        ("diff", "--store", ""),
        ("history", "--export", "latest", "-o", "{out}.json", "--store", ""),
    ],
    ids=["audit", "audit-equals", "check-blank", "check-jsonl", "history", "diff", "export"],
)
def test_an_empty_store_is_refused_not_taken_for_the_default(tmp_path: Path, args: tuple[str, ...]) -> None:
    """--store "$UNSET" recorded into (or read) the per-user default store, as if --store had no value."""
    folder = scenario(tmp_path)
    given = [arg.format(folder=folder, out=tmp_path / "out") for arg in args]
    result = invoke(*given)
    assert result.exit_code == 2, result.output
    assert "the store given is empty" in result.output, result.output
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "out").exists()


@pytest.mark.parametrize("form", ["{path}", "sqlite:///{path}"])
def test_a_new_stores_folder_is_made_and_said(tmp_path: Path, form: str) -> None:
    """The folder of a store named in one not made yet was made silently: a mistyped path (or a share not
    mounted) quietly started a second history."""
    folder = scenario(tmp_path)
    store = tmp_path / "new" / "deeper" / "history.sqlite"
    result = invoke("check", str(folder), "--store", form.format(path=store), "--now", FIRST)
    assert result.exit_code == 1, result.output
    assert f"made the folder {store.parent} for the new store" in result.output, result.output
    assert store.is_file()
    again = invoke("check", str(folder), "--store", form.format(path=store), "--now", FIRST)
    assert again.exit_code == 1 and "made the folder" not in again.output, again.output
    (tmp_path / "file").write_text("", encoding="utf-8")
    blocked = invoke("check", str(folder), "--store", str(tmp_path / "file" / "history.sqlite"), "--now", FIRST)
    assert blocked.exit_code == 2, blocked.output
    assert f"cannot create the store folder {tmp_path / 'file'}" in blocked.output, blocked.output
