"""One pipeline, one finding model: for one batch of new descriptors (three providers in two countries, good
and flawed, YAML, JSON, a YAML stream, a workbook, an imported Open Badges 3.0 credential, an unreadable file
and a waiver), every output says the same of every descriptor, in English and in German: its status, score,
counts of errors, warnings, infos and waived findings, the status of each Annex I element, and its findings
(rule, severity, place). Checked against the JSON report: JSONL, the audit's report.json, the terminal
report, the workbook, the dataset, SARIF, the HTML report, the web API and the web self-check page."""

from __future__ import annotations

import csv
import html
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.elements import ELEMENTS
from qa_checker.i18n import translator
from qa_checker.reporting import labels
from tests.journey3_data import build
from tests.reporting.helpers import NOW_TEXT

FORMATS = ("json", "jsonl", "text", "html", "xlsx", "sarif")
Key = tuple[str, str]  # source, descriptor id ("" for none)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("journey3")
    build(root / "in")
    waivers = {
        "waivers": [
            {
                "rule": "MC-LO-002",
                "descriptor": "j3-offer-13",
                "reason": "The provider rewrites these outcomes for the next run.",
                "accepted_by": "QA officer",
            }
        ]
    }
    (root / "waivers.yaml").write_text(yaml.safe_dump(waivers), encoding="utf-8")
    return root


@pytest.fixture(scope="module", params=["en", "de"])
def outputs(request: pytest.FixtureRequest, batch: Path) -> tuple[str, Path]:
    language, out = request.param, batch / f"out-{request.param}"
    common = ["--now", NOW_TEXT, "--lang", language, "--jobs", "1", "--waivers", str(batch / "waivers.yaml")]
    runner = CliRunner()
    for form in FORMATS:
        done = runner.invoke(
            cli, ["check", str(batch / "in"), "--format", form, "-o", str(out / f"check.{form}"), *common]
        )
        assert done.exit_code == 1, done.output
    audit = ["audit", str(batch / "in"), "--out", str(out / "audit"), "--dataset", str(out / "audit" / "d.csv")]
    done = runner.invoke(cli, [*audit, *common])
    assert done.exit_code == 1, done.output
    return language, out


def _report(out: Path) -> dict[str, Any]:
    return json.loads((out / "check.json").read_text(encoding="utf-8"))


def _counts(result: dict[str, Any]) -> tuple[int, int, int, int]:
    """Errors, warnings and infos that count, and the waived findings (README: waived findings are shown but
    do not count)."""
    findings = result["findings"]
    counted = Counter(f["severity"] for f in findings if not f["waived"])
    return counted["error"], counted["warning"], counted["info"], sum(f["waived"] for f in findings)


def _places(findings: list[dict[str, Any]]) -> Counter[tuple[Any, ...]]:
    return Counter((f["rule"], f["severity"], f["pointer"], f.get("line"), f.get("column")) for f in findings)


def _number(text: str) -> float | None:
    """A score as a report writes it in any of its languages (``90.3``, ``90,3``), or ``None`` for a dash."""
    text = text.strip()
    return None if text in ("-", "–", "") else float(text.replace("\u00a0", "").replace(",", "."))


def _descriptors(out: Path) -> dict[Key, dict[str, Any]]:
    return {(r["source"], r["id"] or ""): r for r in _report(out)["results"] if r["status"] != "skipped"}


def test_the_batch_is_what_the_journey_needs(outputs: tuple[str, Path]) -> None:
    """Three providers in two countries, every kind of verdict, an imported credential, spreadsheet rows,
    a waived finding: a batch that can tell the outputs apart."""
    _, out = outputs
    results = list(_descriptors(out).values())
    assert len(results) == 26
    assert Counter(r["status"] for r in results) == {"pass": 14, "fail": 11, "error": 1}
    assert sum(_counts(r)[3] for r in results) == 2
    assert any(r.get("imported_from") for r in results)
    assert sum("[Courses row" in r["source"] for r in results) == 3
    providers = json.loads((out / "audit" / "report.json").read_text(encoding="utf-8"))["run"]["providers"]
    assert {"Hogeschool Noordkust", "Hochschule Südwald", "Academie Rivierenland"} <= {p["provider"] for p in providers}


def test_jsonl_and_the_audits_report_give_the_check_reports_results(outputs: tuple[str, Path]) -> None:
    _, out = outputs
    report = _report(out)
    lines = [json.loads(line) for line in (out / "check.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines == report["results"]
    audited = json.loads((out / "audit" / "report.json").read_text(encoding="utf-8"))
    assert audited["results"] == report["results"]
    assert audited["summary"] == report["summary"]
    assert audited["language"] == report["language"]


def test_the_terminal_report_says_each_verdict_score_and_finding(outputs: tuple[str, Path]) -> None:
    language, out = outputs
    tr = translator(language)
    text = (out / "check.text").read_text(encoding="utf-8")
    blocks = {block.splitlines()[0]: block for block in text.split("\n\n") if block.strip()}
    for (source, ident), result in _descriptors(out).items():
        word = labels.word(tr, labels.STATUS_UPPER, result["status"])
        start = f"{word} {source}" + (f" ({ident})" if ident else "") + "  "
        (header,) = [line for line in blocks if line.startswith(start)]
        assert _number(header.rsplit(" ", 1)[1]) == result["score"], header
        shown = Counter(re.findall(r"^  \S+\s+(MC-[A-Z]{2}-\d{3})  ", blocks[header], flags=re.M))
        assert shown == Counter(f["rule"] for f in result["findings"]), source
    summary = _report(out)["summary"]
    last = text.rstrip().splitlines()[-1]
    numbers = [int(n) for n in re.findall(r"(?<![\d.,])\d+(?![\d.,])", last)]
    assert numbers[:4] == [summary["descriptors"], summary["pass"], summary["fail"], summary["error"]], last


def _rows(book: Any, index: int) -> list[dict[str, Any]]:
    rows = list(book[book.sheetnames[index]].iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_the_workbook_says_each_verdict_element_and_finding(outputs: tuple[str, Path]) -> None:
    language, out = outputs
    tr = translator(language)
    expected = _descriptors(out)
    book = openpyxl.load_workbook(out / "check.xlsx", read_only=True)
    descriptors, findings, coverage = _rows(book, 1), _rows(book, 2), list(book[book.sheetnames[3]].iter_rows())
    book.close()
    assert {(r["source"], r["id"] or "") for r in descriptors} == set(expected)
    for row in descriptors:
        result = expected[row["source"], row["id"] or ""]
        assert (row["status"], row["score"]) == (result["status"], result["score"]), row["source"]
        assert (row["errors"], row["warnings"], row["infos"], row["waived"]) == _counts(result), row["source"]
    element_columns = len(ELEMENTS)
    for cells in coverage[1:]:
        values = [c.value for c in cells]
        result = expected[values[0], values[1] or ""]
        words = [labels.word(tr, labels.ELEMENT_STATUS, result["elements"][e.key]) for e in ELEMENTS]
        assert values[-element_columns:] == words, values[0]
    listed: dict[Key, list[tuple[Any, ...]]] = {}
    for row in findings:
        listed.setdefault((row[tr.gettext("source")], row[tr.gettext("descriptor_id")] or ""), []).append(
            (row[tr.gettext("rule")], row[tr.gettext("pointer")] or "", row[tr.gettext("line")])
        )
    for key, result in expected.items():
        want = Counter((f["rule"], f["pointer"], f.get("line")) for f in result["findings"])
        assert Counter(listed.get(key, [])) == want, key


def test_the_dataset_says_each_verdict_and_element(outputs: tuple[str, Path]) -> None:
    _, out = outputs
    expected = _descriptors(out)
    with (out / "audit" / "d.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["source"], r["id"]) for r in rows} == set(expected)
    for row in rows:
        result = expected[row["source"], row["id"]]
        assert (row["status"], _number(row["score"])) == (result["status"], result["score"]), row["source"]
        counts = tuple(int(row[k]) for k in ("errors", "warnings", "infos", "waived"))
        assert counts == _counts(result), row["source"]
        assert {e.key: row[f"element_{e.key}"] for e in ELEMENTS} == result["elements"], row["source"]
    # The audit's provider summary is the dataset's rows counted per provider.
    for summary in json.loads((out / "audit" / "report.json").read_text(encoding="utf-8"))["run"]["providers"]:
        mine = [r for r in rows if r["source"] in summary["sources"]]
        assert len(mine) == summary["descriptors"], summary["provider"]
        assert {r["provider"] for r in mine} <= {summary["provider"], ""}
        statuses = Counter(r["status"] for r in mine)
        assert [statuses[k] for k in ("pass", "fail", "error")] == [summary[k] for k in ("pass", "fail", "error")]
        scores = [float(r["score"]) for r in mine if r["score"]]
        assert summary["mean_score"] == (round(sum(scores) / len(scores), 1) if scores else None), summary


def test_sarif_gives_each_finding_at_its_place(outputs: tuple[str, Path]) -> None:
    _, out = outputs
    log = json.loads((out / "check.sarif").read_text(encoding="utf-8"))
    got: dict[Key, Counter[tuple[Any, ...]]] = {}
    for entry in log["runs"][0]["results"]:
        props = entry["properties"]
        region = entry["locations"][0]["physicalLocation"].get("region", {})
        level = {"note": "info"}.get(entry["level"], entry["level"])
        waived = bool(entry.get("suppressions"))
        assert waived is props["waived"]
        place = (entry["ruleId"], level, props["pointer"], region.get("startLine"), region.get("startColumn"))
        got.setdefault((props["source"], props.get("descriptor_id") or ""), Counter())[place] += 1
    for key, result in _descriptors(out).items():
        assert got.get(key, Counter()) == _places(result["findings"]), key


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_the_html_report_says_each_verdict_score_and_element(outputs: tuple[str, Path]) -> None:
    language, out = outputs
    tr = translator(language)
    page = (out / "check.html").read_text(encoding="utf-8")
    expected = _descriptors(out)
    anchors: dict[str, Key] = {}
    for anchor, body in re.findall(r'<article id="(d\d+)" class="descriptor">(.*?)</article>', page, flags=re.S):
        status = re.search(r'class="badge s-([a-z]+)"', body)
        meta = re.search(r'<p class="meta">(.*?)</p>', body, flags=re.S)
        assert status and meta, body[:300]
        codes = [html.unescape(c) for c in re.findall(r"<code>(.*?)</code>", meta[1])]
        key = (codes[0], codes[1] if len(codes) > 1 else "")
        result = expected[key]
        anchors[anchor] = key
        assert status[1] == result["status"], key
        number = re.search(re.escape(tr.gettext("score")) + r" (\S+)", _plain(meta[1]))
        assert number and _number(number[1]) == result["score"], (key, _plain(meta[1]))
    assert set(anchors.values()) == set(expected)
    classes = {"present": "ok", "missing": "mi", "invalid": "iv", "not-applicable": "na"}
    heat = page[page.index('class="heat"') :]
    rows = re.findall(r'<tr data-d="(d\d+)">(.*?)</tr>', heat, flags=re.S)
    assert len(rows) == len(expected)
    for anchor, cells in rows:
        result = expected[anchors[anchor]]
        shown = re.findall(r"<td[^>]* class=\"([a-z]+)\"", cells)
        # An unreadable file's elements are all unknown: one cell says why it was not read.
        unread = result["status"] == "error"
        assert shown == (["er"] if unread else [classes[result["elements"][e.key]] for e in ELEMENTS]), anchor


# -- the web: the API and the self-check page ------------------------------------------------------------

UPLOADED = ("p1/stream.yaml", "p2/broken.yaml", "p2/catalogue.xlsx", "p1/badge.json", "p2/good-8.json")


def _file(source: str) -> str:
    """The file a result's source names (without its ``[document N]`` or ``[Sheet row N]``)."""
    return re.sub(r" \[[^\]]*\]$", "", source)


def _uploads(batch: Path) -> list[tuple[str, tuple[str, bytes, str]]]:
    paths = [batch / "in" / name for name in UPLOADED]
    return [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths]


def test_the_api_answers_as_the_json_report(outputs: tuple[str, Path], batch: Path) -> None:
    from starlette.testclient import TestClient

    from qa_checker.web import application

    language, out = outputs
    expected = {key: r for key, r in _descriptors(out).items() if _file(key[0]).endswith(UPLOADED)}
    with TestClient(application.create_app(application.Settings.from_env({}, workers=1))) as client:
        answer = client.post(f"/api/v1/check?lang={language}", files=_uploads(batch), data={"now": NOW_TEXT})
    assert answer.status_code == 200, answer.text
    got = answer.json()
    assert got["language"] == language
    assert len(got["results"]) == len(expected) == 8
    for result in got["results"]:
        (key,) = [k for k in expected if k[0].endswith("/" + result["source"]) and k[1] == (result["id"] or "")]
        want = expected[key]
        for field in ("status", "score", "elements", "findings"):
            assert result[field] == want[field], (key, field)
    statuses = Counter(r["status"] for r in expected.values())
    assert got["summary"] == {"descriptors": 8, **{k: statuses[k] for k in ("pass", "fail", "error")}}


def test_the_self_check_page_shows_what_the_api_says(outputs: tuple[str, Path], batch: Path) -> None:
    from starlette.testclient import TestClient

    from qa_checker.web import application

    language, _ = outputs
    tr = translator(language)
    with TestClient(application.create_app(application.Settings.from_env({}, workers=1))) as client:
        client.get(f"/?lang={language}")
        token = client.cookies.get(application.CSRF_COOKIE)
        page = client.post(f"/check?lang={language}", data={"csrf": token}, files=_uploads(batch))
        api = client.post(f"/api/v1/check?lang={language}", files=_uploads(batch))
    assert page.status_code == 200 and api.status_code == 200
    articles = re.findall(r'<article class="result s-([a-z]+)"[^>]*>(.*?)</article>', page.text, flags=re.S)
    results = api.json()["results"]
    assert len(articles) == len(results)
    for (status, body), result in zip(articles, results, strict=True):
        assert status == result["status"], result["source"]
        meta = _plain(re.search(r'<p class="meta">(.*?)</p>', body, flags=re.S)[1])  # type: ignore[index]
        assert meta.startswith(result["source"]), (meta, result["source"])
        counts = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", body))
        if result["score"] is not None:
            assert _number(_plain(counts[tr.gettext("Score")]).split("/")[0]) == result["score"], result["source"]
            said = [int(counts[tr.gettext(w)]) for w in ("Errors", "Warnings", "Notes")]
            assert said == list(_counts(result)[:3]), result["source"]
        shown = re.findall(r'<td class="status st-([a-z-]+)">', body)
        if shown:
            assert shown == [result["elements"][e.key] for e in ELEMENTS], result["source"]
