"""A national QA agency's two audit cycles, end to end, following only the README: four providers in
Ireland and the Netherlands (tests/journey4_data.py), audited under the Irish profile ``ie-nfq`` into a
history store (SQLite, and a real PostgreSQL server when ``QA_CHECKER_TEST_POSTGRES_URL`` names one)
and under ``eu-2022`` into the default per-user store, with two waivers, one of which has expired by the
second cycle six months later. Every output must tell the same story: the audits' counts, report.json,
the workbook, the HTML report, the dataset read with pandas, SARIF, ``diff`` of the two reports and of the
two stored runs, the reports' "Since the last audit", ``history`` per provider, and the German run.

The expectations are the agency's, worked out from the data and the rubrics before running anything."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner, Result

from qa_checker.cli import cli
from tests.journey4_data import FIRST, PROVIDERS, SECOND, build, second_cycle, waivers
from tests.store.conftest import KINDS, new_store

NAMES = tuple(p[0] for p in PROVIDERS)
UNNAMED = None  # the JSON's provider of the files that name none; the workbook shows it as SHOWN_UNNAMED
SHOWN_UNNAMED = "(provider not given)"

# What the agency expects of each cycle under ie-nfq (an NFQ level and ECTS required, as errors).
EXPECTED_COUNTS = {
    "a1": {"descriptors": 26, "pass": 17, "fail": 7, "error": 2},
    "a2": {"descriptors": 27, "pass": 18, "fail": 7, "error": 2},
    # eu-2022 asks for neither: hours alone and a missing NFQ level are no errors there.
    "e1": {"descriptors": 26, "pass": 22, "fail": 2, "error": 2},
    "e2": {"descriptors": 27, "pass": 24, "fail": 1, "error": 2},
}
# Cycle 2 against cycle 1, descriptor by descriptor (by the later id).
EXPECTED_CHANGES = {
    "ati-02": "worse",  # its ECTS were dropped
    "lc-03": "worse",  # became unreadable
    "hw-01": "worse",  # its waiver expired: the missing NFQ level counts again
    "ati-08": "improved",  # its level is back
    "lc-07": "improved",  # readable now
    "sda-11": "improved",  # the workbook row gives its ECTS now
    "lc-2027-01": "changed",  # lc-01 renamed at the same path
    "ati-09": "added",
    "ati-10": "added",
    "lc-04": "removed",  # withdrawn
}
SUMMARY = {"worse": 3, "improved": 3, "changed": 1, "added": 2, "removed": 1, "unchanged": 18}


@dataclass(frozen=True)
class Cycles:
    root: Path
    store: str
    outputs: dict[str, str]


def run(*args: str, env: dict[str, str | None], code: int | None = None) -> Result:
    done = CliRunner(env=env).invoke(cli, list(args), catch_exceptions=False)
    if code is not None:
        assert done.exit_code == code, done.output
    return done


@pytest.fixture(scope="module", params=KINDS)
def cycles(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cycles]:
    root = tmp_path_factory.mktemp(f"journey4-{request.param}")
    env = {"XDG_DATA_HOME": str(root / "xdg"), "QA_CHECKER_STORE": None}
    folder, rules = build(root / "cycle"), str(waivers(root / "waivers.yaml"))
    outputs: dict[str, str] = {}
    with new_store(request.param, root) as url:
        for name, now in (("1", FIRST), ("2", SECOND)):
            if name == "2":
                second_cycle(folder)
            common = ("--waivers", rules, "--now", now, "--jobs", "1")
            national = ("audit", str(folder), "--rubric", "ie-nfq", "--store", url, *common)
            out = root / f"a{name}"
            outputs[f"a{name}"] = run(*national, "--out", str(out), "--dataset", str(out / "o.csv"), env=env).output
            outputs[f"e{name}"] = run(
                "audit", str(folder), "--store", "--out", str(root / f"e{name}"), *common, env=env
            ).output
        outputs["de"] = run(
            "--lang", "de", "audit", str(folder), "--rubric", "ie-nfq", "--out", str(root / "d2"), *common, env=env
        ).output
        run(
            "check",
            str(folder),
            "--rubric",
            "ie-nfq",
            "--format",
            "sarif",
            "-o",
            str(root / "s2.sarif"),
            *common,
            env=env,
        )
        yield Cycles(root, url, outputs)


def _env(cycles: Cycles) -> dict[str, str | None]:
    """The environment of every command: the default store is the test's own."""
    return {"XDG_DATA_HOME": str(cycles.root / "xdg"), "QA_CHECKER_STORE": None}


def _report(cycles: Cycles, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((cycles.root / name / "report.json").read_text(encoding="utf-8"))
    return data


def _sheet(path: Path, name: str) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book[name].iter_rows(values_only=True)]
    finally:
        book.close()


def _words(page: str) -> str:
    """A page's text as a reader sees it, one space between words."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def _by_id(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"] or r["source"]: r for r in report["results"]}


@pytest.mark.parametrize("name", list(EXPECTED_COUNTS))
def test_each_audit_counts_what_the_agency_expects_in_every_output(cycles: Cycles, name: str) -> None:
    expected = EXPECTED_COUNTS[name]
    report = _report(cycles, name)
    assert report["summary"] == expected
    line = f"{expected['descriptors']} descriptor(s): {expected['pass']} pass, {expected['fail']} fail, "
    assert line + f"{expected['error']} error" in cycles.outputs[name]
    summary = {row[0]: row[1] for row in _sheet(cycles.root / name / "report.xlsx", "Summary") if len(row) > 1}
    assert [summary[k] for k in ("Descriptors", "Pass", "Fail", "Error (unreadable)")] == list(expected.values())
    header, *descriptors = _sheet(cycles.root / name / "report.xlsx", "Descriptors")
    statuses = Counter(row[header.index("status")] for row in descriptors)
    assert statuses == Counter({k: v for k, v in expected.items() if k != "descriptors" and v})
    page = (cycles.root / name / "report.html").read_text(encoding="utf-8")
    overview = _words(page[page.index('<section id="overview"') :])
    assert f"{expected['fail']} of {expected['descriptors']} descriptor(s) fail" in overview
    assert f"{expected['error']} could not be read, {expected['pass']} pass" in overview
    # Four awarding bodies; the files that could not be read name none and are no fifth provider.
    assert "Providers 4 " in overview and "All 4 providers ranked" in overview


@pytest.mark.parametrize("name", ["a1", "a2"])
def test_provider_totals_add_up_and_agree_across_report_workbook_and_dataset(cycles: Cycles, name: str) -> None:
    report = _report(cycles, name)
    providers = {p["provider"]: p for p in report["run"]["providers"]}
    assert set(providers) == {*NAMES, UNNAMED}  # the two unreadable files name no provider
    assert sum(p["descriptors"] for p in providers.values()) == report["summary"]["descriptors"]
    for key in ("pass", "fail", "error"):
        assert sum(p[key] for p in providers.values()) == report["summary"][key]
    for provider, entry in providers.items():
        scores = [r["score"] for r in report["results"] if r["source"] in entry["sources"] and r["score"] is not None]
        assert entry["mean_score"] == (round(sum(scores) / len(scores), 1) if scores else None), provider
    rows = _sheet(cycles.root / name / "report.xlsx", "Summary")
    start = rows.index(("Provider", "Descriptors", "Pass", "Fail", "Error", "Pass rate (%)", "Mean score"))
    sheet = {row[0]: row for row in rows[start + 1 : start + 1 + len(providers)]}
    for provider, entry in providers.items():
        assert sheet[provider or SHOWN_UNNAMED][1:5] == (
            entry["descriptors"],
            entry["pass"],
            entry["fail"],
            entry["error"],
        )
    frame = pd.read_csv(cycles.root / name / "o.csv", dtype={"eqf_level": "Int64"})
    assert len(frame) == report["summary"]["descriptors"]
    named = frame.dropna(subset=["provider"])
    for provider, group in named.groupby("provider"):
        entry = providers[str(provider)]
        assert len(group) == entry["descriptors"]
        assert (group["status"] == "pass").sum() == entry["pass"]
        assert round(group["score"].mean(), 1) == entry["mean_score"]
    assert frame["provider"].isna().sum() == providers[UNNAMED]["descriptors"]
    results = _by_id(report)
    for row in frame.itertuples():
        result = results[row.id if isinstance(row.id, str) else row.source]
        assert row.status == result["status"]
        assert (pd.isna(row.score) and result["score"] is None) or row.score == result["score"]
        assert row.waived == sum(1 for f in result["findings"] if f.get("waived"))


def test_a_waiver_in_force_and_one_expired_are_told_apart_everywhere(cycles: Cycles) -> None:
    first, second = _by_id(_report(cycles, "a1")), _by_id(_report(cycles, "a2"))
    for results in (first, second):  # Liffey's lapsed accreditation stays waived: it does not count
        (finding,) = [f for f in results["lc-05"]["findings"] if f["rule"] == "MC-QA-002"]
        assert finding["waived"] and finding["waiver"]["accepted_by"] == "QA officer M. Byrne"
        assert results["lc-05"]["status"] == "pass"
    (lv,) = [f for f in first["hw-01"]["findings"] if f["rule"] == "MC-LV-004"]
    assert lv["waived"] and first["hw-01"]["status"] == "pass"
    rules = {f["rule"]: f for f in second["hw-01"]["findings"]}
    assert not rules["MC-LV-004"].get("waived") and second["hw-01"]["status"] == "fail"
    assert "expired on 2027-03-31" in rules["MC-WV-001"]["message"]
    files = json.loads(
        run("diff", str(cycles.root / "a1"), str(cycles.root / "a2"), "--format", "json", env=_env(cycles)).output
    )
    (hw,) = [d for d in files["descriptors"] if d["id"] == "hw-01"]
    # The error that counts again is named, beside the new warning that says why.
    assert "1 finding no longer waived (MC-LV-004)" in hw["worse"] and "1 new finding (MC-WV-001)" in hw["worse"]
    assert "lc-05" not in _changes(files)  # its waiver still holds: unchanged
    findings = _sheet(cycles.root / "a2" / "report.xlsx", "Findings")
    head = findings[0]
    rows = [dict(zip(head, row)) for row in findings[1:]]
    waived = {(r["descriptor_id"], r["rule"]) for r in rows if r["waived"]}
    assert waived == {("lc-05", "MC-QA-002")}
    assert {("hw-01", "MC-LV-004"), ("hw-01", "MC-WV-001")} <= {(r["descriptor_id"], r["rule"]) for r in rows}
    sarif = json.loads((cycles.root / "s2.sarif").read_text(encoding="utf-8"))
    suppressed = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert [(r["properties"]["descriptor_id"], r["ruleId"]) for r in suppressed] == [("lc-05", "MC-QA-002")]
    counting = Counter(
        (r["properties"].get("descriptor_id"), r["ruleId"])
        for r in sarif["runs"][0]["results"]
        if not r.get("suppressions")
    )
    assert counting[("hw-01", "MC-LV-004")] == 1 and counting[("hw-01", "MC-WV-001")] == 1


def _changes(data: dict[str, Any]) -> dict[str, str]:
    return {d["id"]: d["change"] for d in data["descriptors"] if d["change"] != "unchanged"}


def test_the_second_audit_the_diffs_and_the_since_sections_name_the_same_changes(cycles: Cycles) -> None:
    env = _env(cycles)
    assert "since run 1: 3 improved, 3 worse, 2 added, 1 removed" in cycles.outputs["a2"]
    assert "since run 1: 3 improved, 3 worse, 2 added, 1 removed" in cycles.outputs["e2"]  # the default store
    files = json.loads(
        run("diff", str(cycles.root / "a1"), str(cycles.root / "a2"), "--format", "json", env=env, code=1).output
    )
    stored = json.loads(run("diff", "--store", cycles.store, "--format", "json", env=env, code=1).output)
    since = _report(cycles, "a2")["since"]
    for data in (files, stored, since):
        assert _changes(data) == EXPECTED_CHANGES
        assert {k: data["summary"][k] for k in SUMMARY} == SUMMARY
    renamed = [d for d in stored["descriptors"] if d["id"] == "lc-2027-01"]
    assert renamed[0]["id_before"] == "lc-01"
    sheet = _sheet(cycles.root / "a2" / "report.xlsx", "Since last audit")
    head = sheet.index(next(r for r in sheet if r[:2] == ("descriptor", "id")))
    rows = {r[1]: r[3] for r in sheet[head + 1 :] if r and r[1]}
    assert rows == EXPECTED_CHANGES
    page = (cycles.root / "a2" / "report.html").read_text(encoding="utf-8")
    section = _words(page[page.index('<section id="since"') : page.index('<section id="overview"')])
    assert "lc-2027-01 cycle/liffey/l1.yaml id changed from lc-01" in section
    for ident in EXPECTED_CHANGES:
        assert ident in section


def test_per_provider_trends_agree_between_diff_history_and_the_since_sheet(cycles: Cycles) -> None:
    env = _env(cycles)
    stored = json.loads(run("diff", "--store", cycles.store, "--format", "json", env=env, code=1).output)
    providers = {p["provider"]: p for p in stored["providers"]}
    assert set(providers) == {*NAMES, UNNAMED}
    before, after = _report(cycles, "a1")["summary"], _report(cycles, "a2")["summary"]
    # Every descriptor of a run counts under one provider: the withdrawn one before, the new ones now.
    assert sum(p["before"]["descriptors"] for p in providers.values()) == before["descriptors"]
    assert sum(p["after"]["descriptors"] for p in providers.values()) == after["descriptors"]
    for name in NAMES:
        history = json.loads(
            run(
                "history", "--store", cycles.store, "--provider", name.upper(), "--format", "json", env=env, code=0
            ).output
        )
        runs = {r["run"]: r for r in history["runs"]}
        for run_id, side in ((1, "before"), (2, "after")):
            entry = providers[name][side]
            assert runs[run_id]["pass"] == entry["pass"], (name, run_id)
            assert runs[run_id]["mean_score"] == entry["mean_score"], (name, run_id)
    for run_id, name in ((1, "a1"), (2, "a2")):  # the providers whose files could all be read: as the reports say
        reported = {p["provider"]: p for p in _report(cycles, name)["run"]["providers"]}
        for provider in (NAMES[0], NAMES[2], NAMES[3]):
            entry = providers[provider]["before" if run_id == 1 else "after"]
            keys = ("descriptors", "pass", "mean_score")
            assert [entry[k] for k in keys] == [reported[provider][k] for k in keys], (provider, run_id)
    liffey = json.loads(
        run("history", "--store", cycles.store, "--provider", "Liffey College", "--format", "json", env=env).output
    )
    # lc-07 could not be read in run 1 and lc-03 in run 2: each cycle counts under Liffey as an error.
    assert [(r["descriptors"], r["pass"], r["error"]) for r in liffey["runs"]] == [(7, 5, 1), (6, 4, 1)]


def test_the_whole_run_history_agrees_with_the_reports(cycles: Cycles) -> None:
    env = _env(cycles)
    listing = json.loads(run("history", "--store", cycles.store, "--format", "json", env=env, code=0).output)
    runs = listing["runs"]
    assert [(r["descriptors"], r["pass"], r["fail"], r["error"]) for r in runs] == [
        tuple(EXPECTED_COUNTS[n].values()) for n in ("a1", "a2")
    ]
    default = json.loads(run("history", "--format", "json", env=env, code=0).output)  # the eu-2022 audits
    assert [(r["descriptors"], r["pass"], r["fail"], r["error"]) for r in default["runs"]] == [
        tuple(EXPECTED_COUNTS[n].values()) for n in ("e1", "e2")
    ]


def _comparison(folder: Path) -> dict[str, tuple[Any, ...]]:
    """compare.xlsx's Comparison sheet: each row's values by its element label."""
    return {row[0]: row[1:] for row in _sheet(folder / "compare.xlsx", "Comparison")[1:]}


def test_compare_under_the_audit_rubric_shows_what_the_provider_changed(cycles: Cycles) -> None:
    env = _env(cycles)
    second = _by_id(_report(cycles, "a2"))
    out = cycles.root / "cmp"
    broken, kept = cycles.root / "cycle" / "atlantic" / "a2.yaml", cycles.root / "cycle" / "atlantic" / "a1.json"
    rubric = ("--rubric", "ie-nfq", "--now", SECOND)
    run("compare", str(kept), str(broken), "--out", str(out), *rubric, env=env, code=0)
    rows = _comparison(out)
    # What the audit said of each, and the workload row is the one marked as differing.
    assert rows["Status"] == ("yes", second["ati-01"]["status"], second["ati-02"]["status"]) == ("yes", "pass", "fail")
    assert rows["Score"][1:] == (second["ati-01"]["score"], second["ati-02"]["score"])
    assert rows["M7 Notional workload (ECTS wherever possible)"] == (
        "yes",
        "ects: 5; hours: 135",
        "hours: 135\n(invalid)",
    )
    assert rows["M8 Level (and cycle) of the learning experience"][0] == "no"


def test_compare_takes_the_audits_waivers(cycles: Cycles) -> None:
    """Two Dutch offers without an NFQ level, one of them waived: compared as the first audit judged them."""
    env = _env(cycles)
    first = _by_id(_report(cycles, "a1"))
    wadden, out = cycles.root / "cycle" / "waddenzee", cycles.root / "cmp-waived"
    rubric = ("--rubric", "ie-nfq", "--now", FIRST, "--waivers", str(cycles.root / "waivers.yaml"))
    run("compare", str(wadden / "w1.json"), str(wadden / "w2.yaml"), "--out", str(out), *rubric, env=env, code=0)
    assert (
        _comparison(out)["Status"]
        == ("yes", first["hw-01"]["status"], first["hw-02"]["status"])
        == (
            "yes",
            "pass",
            "fail",
        )
    )


def test_the_german_run_says_the_same_in_german(cycles: Cycles) -> None:
    env = _env(cycles)
    english, german = _by_id(_report(cycles, "a2")), _by_id(_report(cycles, "d2"))
    assert {k: (r["status"], r["score"]) for k, r in german.items()} == {
        k: (r["status"], r["score"]) for k, r in english.items()
    }
    assert "27 Deskriptoren: 18 bestanden, 7 nicht bestanden, 2 nicht lesbar" in cycles.outputs["de"]
    data = json.loads(run("--lang", "de", "diff", "--store", cycles.store, "--format", "json", env=env, code=1).output)
    assert _changes(data) == EXPECTED_CHANGES
    text = run("--lang", "de", "diff", "--store", cycles.store, env=env, code=1).output
    assert "id changed" not in text and "lc-01" in text
    (hw,) = [d for d in data["descriptors"] if d["id"] == "hw-01"]
    assert "2027-03-31" in hw["findings_new"][0]["message"] and "expired" not in hw["findings_new"][0]["message"]
