"""Every output says the same about every finding, in English and in another language: the JSON report (and
the web API's, which is the same writer) against SARIF, GitHub annotations, the workbook, the HTML report and
the terminal report (rule, severity, waived, message, hint, line, column, pointer), for the samples, the test
corpus and a batch of new mixed descriptors (flawed offers, imported ELM, Open Badges and CTDL files, a
catalogue spreadsheet). A comparison of two runs shows the findings' messages in the language asked for,
from folders checked now and from runs kept in a history store."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from qa_checker.cells import visible
from qa_checker.cli import cli
from qa_checker.diff import FindingRecord
from qa_checker.i18n import translator
from qa_checker.store import records
from qa_checker.text import Name, Series, Text, msg, plural
from tests.conftest import ROOT, baseline
from tests.reporting.helpers import NOW_TEXT, write_json, write_yaml

FORMATS = ("json", "jsonl", "sarif", "github", "xlsx", "html", "text")
FIXTURES = ROOT / "tests" / "fixtures"
Finding = tuple[Any, ...]  # rule, severity, waived, message, hint, line, column, pointer


def _mixed(folder: Path) -> None:
    """Thirty new descriptors: flawed offers of several kinds and scripts, imports, a catalogue, unreadables."""
    flaws: list[tuple[str, dict[str, Any]]] = [
        ("no-qa", {"quality_assurance": None}),
        ("eqf-9", {"level": {"eqf": 9}}),
        ("greek", {"title": {"en": "Data ethics", "el": "Ηθική των δεδομένων"}, "languages": ["en", "el"]}),
        ("formula", {"title": "=1+1 @SUM(A1) <b>course</b>", "learning_outcomes": ["-2+3 outcomes", "Apply it."]}),
        ("one-outcome", {"learning_outcomes": ["Measure grass cover and record it in a farm log."]}),
        ("vague", {"learning_outcomes": ["Understand things.", "Know about stuff."]}),
        ("country", {"awarding_bodies": [{"name": "Πανεπιστήμιο Κρήτης", "country": "EL"}]}),
        ("unknown-field", {"colour": "blue"}),
        ("no-outcomes", {"learning_outcomes": None}),
        ("no-title", {"title": None}),
    ]
    for index, (name, change) in enumerate(flaws):
        data = baseline()
        data["id"] = f"edges-{name}"
        for key, value in change.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        writer, suffix = (write_json, "json") if index % 2 else (write_yaml, "yaml")
        writer(folder / "mixed" / f"{name}.{suffix}", data)
    for index in range(10):
        data = baseline()
        data.update(id=f"edges-ects-{index}", title=f"Course {index} – Ünïcode “quoted”")
        data["workload"] = {"ects": index * 7 - 5}
        write_yaml(folder / "mixed" / "ects" / f"ects-{index}.yaml", data)
    for kind in ("elm", "ob3", "ctdl"):
        for path in sorted((FIXTURES / "importers" / kind).iterdir()):
            shutil.copy(path, folder / "mixed" / f"{kind}-{path.name}")
    for path in sorted((FIXTURES / "tabular").glob("*.csv")):
        shutil.copy(path, folder / "mixed" / path.name)
    stream = [baseline(), baseline()]
    stream[0].update(id="edges-stream-1", colour="red")
    stream[1].update(id="edges-stream-2", level={"eqf": 11})
    (folder / "mixed" / "stream.yaml").write_text(yaml.safe_dump_all(stream, allow_unicode=True), encoding="utf-8")
    listed = [dict(d, id=d["id"].replace("stream", "list")) for d in stream]
    (folder / "mixed" / "list.json").write_text(json.dumps(listed, indent=1, ensure_ascii=False), encoding="utf-8")
    (folder / "mixed" / "broken.json").write_text('{"id": ', encoding="utf-8")
    (folder / "mixed" / "broken.yaml").write_text("title: [open\n  - a: b\n", encoding="utf-8")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("edges")
    shutil.copytree(ROOT / "samples", root / "in" / "samples", ignore=shutil.ignore_patterns("*.py"))
    shutil.copytree(ROOT / "tests" / "corpus" / "descriptors" / "en", root / "in" / "corpus")
    _mixed(root / "in")
    return root


@pytest.fixture(scope="module", params=["en", "de", "fr"])
def outputs(request: pytest.FixtureRequest, batch: Path) -> tuple[str, Path]:
    language = request.param
    out = batch / f"out-{language}"
    for form in FORMATS:
        args = ["check", str(batch / "in"), "--format", form, "-o", str(out / f"check.{form}"), "--lang", language]
        done = CliRunner().invoke(cli, [*args, "--now", NOW_TEXT, "-j", "1"], catch_exceptions=False)
        assert done.exit_code == 1, done.output
    return language, out


def _expected(out: Path, *, by_id: bool = False) -> dict[Any, list[Finding]]:
    """Each source's findings as the JSON report gives them (a file of several descriptors gathers theirs, unless
    ``by_id``: then each descriptor's, keyed by source and id)."""
    by_source: dict[Any, list[Finding]] = defaultdict(list)
    for result in json.loads((out / "check.json").read_text(encoding="utf-8"))["results"]:
        by_source[(result["source"], result["id"]) if by_id else result["source"]] += [
            (
                f["rule"],
                f["severity"],
                f["waived"],
                f["message"],
                f["hint"],
                f.get("line"),
                f.get("column"),
                f["pointer"],
            )
            for f in result["findings"]
        ]
    assert sum(map(len, by_source.values())) > 300
    return {source: sorted(found, key=repr) for source, found in by_source.items()}


def test_jsonl_gives_each_result_as_the_json_report_does(outputs: tuple[str, Path]) -> None:
    _, out = outputs
    report = json.loads((out / "check.json").read_text(encoding="utf-8"))["results"]
    lines = [json.loads(line) for line in (out / "check.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(lines, key=repr) == sorted(report, key=repr)


def test_sarif_says_each_finding_and_its_hint_in_the_reports_language(outputs: tuple[str, Path]) -> None:
    language, out = outputs
    tr = translator(language)
    got: dict[str, list[Finding]] = defaultdict(list)
    for entry in json.loads((out / "check.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]:
        props, region = entry["properties"], entry["locations"][0]["physicalLocation"].get("region", {})
        hint = props.get("hint", "")
        text = entry["message"]["text"]
        if hint:
            label = tr.render(msg("Hint: {hint}", hint=hint))
            assert text.endswith("\n" + label), (text, hint)
            text = text[: -len(label) - 1]
        level = {"note": "info"}.get(entry["level"], entry["level"])
        got[props["source"], props.get("descriptor_id")].append(
            (entry["ruleId"], level, props["waived"], text, hint, region.get("startLine"), region.get("startColumn"))
        )
    for source, findings in _expected(out, by_id=True).items():
        left = list(got[source])
        assert len(left) == len(findings), source
        for want in findings:
            # The message, then where in the file when the region cannot say it (a part of the file).
            same = [f for f in left if f[:3] == want[:3] and f[4:] == want[4:7] and f[3].startswith(want[3])]
            assert same, (source, want, left)
            left.remove(same[0])


def test_the_workbook_and_github_annotations_say_each_finding(outputs: tuple[str, Path]) -> None:
    _, out = outputs
    expected = _expected(out)
    book = openpyxl.load_workbook(out / "check.xlsx", read_only=True)
    rows = list(book[book.sheetnames[2]].iter_rows(values_only=True))
    book.close()
    got: dict[str, list[Finding]] = defaultdict(list)
    for row in rows[1:]:
        source, rule, pointer, line, column, message, hint, waived = (row[i] for i in (0, 6, 9, 10, 11, 12, 13, 18))
        got[source].append((rule, bool(waived), message or "", hint or "", line, column, pointer or ""))
    from qa_checker.reporting.workbook import safe

    for source, findings in expected.items():
        want = sorted(((f[0], f[2], safe(f[3]), safe(f[4]), f[5], f[6], safe(f[7])) for f in findings), key=repr)
        assert sorted(got[safe(source)], key=repr) == want, source
    annotations: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for line in (out / "check.github").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^::\w+ file=([^,]*)(?:,line=(\d+))?(?:,col=\d+)?,title=([^:]*)::(.*)$", line)
        assert match, line
        annotations[match[1]].append((match[3], int(match[2]) if match[2] else None, match[4]))
    for source, findings in expected.items():
        file = re.sub(r" \[.*\]$|!.*$", "", source)
        for f in (f for f in findings if not f[2]):
            assert any(
                rule == f[0] and line == f[5] and f[3].replace("%", "%25") in text and f[4].replace("%", "%25") in text
                for rule, line, text in annotations[file]
            ), (source, f)


def _plain(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_html_and_terminal_reports_say_each_message_and_hint(outputs: tuple[str, Path]) -> None:
    _, out = outputs
    page = _plain((out / "check.html").read_text(encoding="utf-8"))
    terminal = " ".join((out / "check.text").read_text(encoding="utf-8").split())
    results = json.loads((out / "check.json").read_text(encoding="utf-8"))["results"]
    skipped = {r["source"] for r in results if r["status"] == "skipped"}
    assert skipped
    for source, findings in _expected(out).items():
        for f in findings:
            for text in (f[3], f[4]):
                assert " ".join(visible(text, lines=True).split()) in terminal, (source, f[0], text)
                # The HTML report lists a skipped file with why (its message), not yet its hint.
                if source not in skipped or text == f[3]:
                    assert " ".join(text.split()) in page, (source, f[0], text)


def test_the_web_api_answers_as_the_json_report(outputs: tuple[str, Path], batch: Path) -> None:
    from starlette.testclient import TestClient

    from qa_checker.web import application

    language, out = outputs
    expected = _expected(out)
    mixed = batch / "in" / "mixed"
    chosen = [
        mixed / "no-qa.yaml",
        mixed / "ob3-bare-achievement.json",
        mixed / "elm-credential-full.jsonld",
        mixed / "ctdl-course-expanded.json",
        mixed / "wrong-types.csv",
        batch / "in" / "samples" / "spreadsheets" / "catalogue.xlsx",
    ]
    app = application.create_app(application.Settings.from_env({}, workers=1))
    with TestClient(app) as client:
        files = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in chosen]
        answer = client.post(f"/api/v1/check?lang={language}", files=files, data={"now": NOW_TEXT})
    assert answer.status_code == 200, answer.text
    assert len(answer.json()["results"]) > len(chosen)
    for result in answer.json()["results"]:
        mine = sorted(
            (
                f["rule"],
                f["severity"],
                f["waived"],
                f["message"],
                f["hint"],
                f.get("line"),
                f.get("column"),
                f["pointer"],
            )
            for f in result["findings"]
        )
        source = next(s for s in expected if s.endswith("/" + result["source"]))
        assert mine == sorted(expected[source]), source


def _page_findings(page: str, language: str) -> list[tuple[str, str, str, int | None, str]]:
    """(rule, message, hint, line, pointer) of every finding the result page lists (in ``language``)."""
    said = re.escape(translator(language).render(msg("line {line}", line="0"))).replace("0", r"(\d+)")
    found = []
    for item in re.findall(r'<li class="sev-[^"]*">(.*?)</li>', page, flags=re.S):
        rule = re.search(r"/rules/(MC-[A-Z]{2}-\d{3})", item)
        message = re.search(r'<p class="message">(.*?)</p>', item, flags=re.S)
        hint = re.search(r'<p class="hint"><strong>.*?</strong> (.*?)</p>', item, flags=re.S)
        where = re.search(r'<p class="where">(.*?)</p>', item, flags=re.S)
        assert rule and message and where, item
        line = re.search(f"<strong>{said}</strong>", where[1])
        pointer = re.search(r"<code>(.*?)</code>", where[1])
        found.append(
            (
                rule[1],
                html.unescape(message[1]),
                html.unescape(hint[1]) if hint else "",
                int(line[1]) if line else None,
                html.unescape(pointer[1]) if pointer else "",
            )
        )
    return sorted(found, key=repr)


def test_the_web_page_shows_each_finding_as_the_api_says_it(outputs: tuple[str, Path], batch: Path) -> None:
    from starlette.testclient import TestClient

    from qa_checker.web import application

    language, _ = outputs
    mixed = batch / "in" / "mixed"
    for path in (mixed / "eqf-9.json", mixed / "elm-credential-full.jsonld", mixed / "good-semicolon.csv"):
        app = application.create_app(application.Settings.from_env({}, workers=1))
        with TestClient(app) as client:
            client.get(f"/?lang={language}")
            files = [("files", (path.name, path.read_bytes(), "application/octet-stream"))]
            token = client.cookies.get(application.CSRF_COOKIE)
            page = client.post(f"/check?lang={language}", data={"csrf": token}, files=files)
            api = client.post(f"/api/v1/check?lang={language}", files=files)
        assert page.status_code == 200 and api.status_code == 200
        want = sorted(
            (f["rule"], f["message"], f["hint"], f.get("line"), f["pointer"])
            for result in api.json()["results"]
            for f in result["findings"]
        )
        got = _page_findings(page.text, language)
        assert got, path.name
        assert [g[:4] for g in got] == [w[:4] for w in want], path.name
        assert all(g[4] in ("", w[4]) or not w[4] for g, w in zip(got, want, strict=True))


def test_the_pages_report_downloads_say_what_the_api_says(outputs: tuple[str, Path], batch: Path) -> None:
    import base64

    from starlette.testclient import TestClient

    from qa_checker.web import application

    language, _ = outputs
    paths = [batch / "in" / "mixed" / "country.yaml", batch / "in" / "mixed" / "ctdl-course-prefixed.json"]
    form = {
        "name": [p.name for p in paths],
        "content": [base64.b64encode(p.read_bytes()).decode("ascii") for p in paths],
        "now": NOW_TEXT,
    }
    with TestClient(application.create_app(application.Settings.from_env({}, workers=1))) as client:
        client.get(f"/?lang={language}")
        token = client.cookies.get(application.CSRF_COOKIE)
        files = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths]
        api = client.post(f"/api/v1/check?lang={language}", files=files, data={"now": NOW_TEXT}).json()
        downloads = {
            fmt: client.post(
                f"/report?lang={language}", data={"csrf": token, "format": fmt, **form}, files={"unused": ("", b"")}
            )
            for fmt in ("json", "xlsx")
        }
    assert [d.status_code for d in downloads.values()] == [200, 200], downloads["json"].text[:300]
    assert json.loads(downloads["json"].content)["results"] == api["results"]
    book = openpyxl.load_workbook(io.BytesIO(downloads["xlsx"].content), read_only=True)
    rows = list(book[book.sheetnames[2]].iter_rows(values_only=True))[1:]
    book.close()
    shown = sorted((r[6], r[12], r[13] or "", r[10]) for r in rows)
    said = sorted((f["rule"], f["message"], f["hint"], f.get("line")) for r in api["results"] for f in r["findings"])
    assert shown == said and said


# -- a comparison of runs, in any language --------------------------------------------------------------


def test_a_stored_text_comes_back_as_it_was_made() -> None:
    nested = msg("{a} and {b}", a=msg("value {v}", v=3.5), b=Series((Name("language", "de", "German"), 7), " / "))
    counted = plural("{count} file", "{count} files", 2, context="files")
    for text in (nested, counted, msg("no arguments")):
        assert records.text_from_json(json.loads(json.dumps(records.text_to_json(text)))) == text
    hand_edited_arguments = ({"name": [1]}, {"name": "abc"}, {"series": "abc"}, {"other": 1}, [1, 2])
    wrong = [{"template": "{a}", "params": {"a": argument}} for argument in hand_edited_arguments]
    for hand_edited in (None, "text", {"template": 3}, {"template": "{a}", "count": True}, *wrong):
        assert records.text_from_json(hand_edited) is None


def test_a_finding_record_is_worded_in_the_translators_language() -> None:
    text = msg("unknown field '{field}' in the descriptor", field="colour")
    record = FindingRecord.of({"rule": "MC-SC-001", "message": str(text)}, text, None)
    assert record.to_dict()["message"] == "unknown field 'colour' in the descriptor"
    assert record.to_dict(translator("de"))["message"] == translator("de").render(text) != str(text)


def _flawed_pair(folder: Path) -> tuple[Path, Path]:
    before, after = folder / "before", folder / "after"
    data = baseline()
    write_yaml(before / "course.yaml", data)
    data["colour"] = "blue"
    del data["quality_assurance"]
    write_yaml(after / "course.yaml", data)
    return before, after


@pytest.mark.parametrize("language", ["de", "fr"])
def test_diff_shows_new_findings_in_the_language_asked_for(tmp_path: Path, language: str) -> None:
    before, after = _flawed_pair(tmp_path)
    store = f"sqlite:///{tmp_path / 'history.sqlite'}"
    runner = CliRunner()
    for folder, moment in ((before, "2026-11-28T12:00:00+00:00"), (after, NOW_TEXT)):
        args = [
            "check",
            str(folder),
            "--store",
            store,
            "--now",
            moment,
            "--format",
            "json",
            "-o",
            str(folder) + ".json",
        ]
        runner.invoke(cli, args, catch_exceptions=False)
    checked = json.loads((after.parent / "after.json").read_text(encoding="utf-8"))  # English
    english = sorted(f["message"] for f in checked["results"][0]["findings"])
    assert len(english) >= 2
    tr = translator(language)
    for args in (["--store", store], [str(before), str(after), "--now", NOW_TEXT]):
        shown = runner.invoke(cli, ["diff", *args, "--lang", language, "--format", "json"], catch_exceptions=False)
        new = json.loads(shown.stdout)["descriptors"][0]["findings_new"]
        messages = sorted(f["message"] for f in new)
        assert len(messages) == len(english) and not set(messages) & set(english), (args, messages)
        text = runner.invoke(cli, ["diff", *args, "--lang", language], catch_exceptions=False).stdout
        assert all(m in text for m in messages) and tr.gettext("new   {finding}").split("{")[0].strip() in text


def test_a_learners_name_quoted_in_a_message_is_not_kept_in_its_stored_text() -> None:
    text = msg("'{value}' is not of type 'object'", value="Mara Schneider")
    from qa_checker.findings import Finding, Severity

    finding = Finding.make(
        rule="MC-SC-001", severity=Severity.ERROR, element=None, pointer="/learner", message=text, hint=""
    )
    _, personal = records.without_personal_data({"learner": {"name": "Mara Schneider"}})
    document = {"message": records.scrub(finding.message, personal), "hint": ""}
    stored = records._stored_texts(finding, document, personal)
    assert stored is not None and "Mara Schneider" not in json.dumps(stored)
    assert records.text_from_json(stored["message"]).english() == document["message"]  # type: ignore[union-attr]


def test_every_message_made_for_a_run_is_kept_with_its_text(tmp_path: Path) -> None:
    """Nearly every finding of the samples is made from a text the store keeps (so a diff can translate it)."""
    from qa_checker.rubric import load_rubric
    from qa_checker.runner import RunConfig, run
    from tests.conftest import NOW

    report = run([ROOT / "samples"], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    rows = [f for _, found in records.result_rows(report) for f in found]
    assert rows and sum(f["texts"] is not None for f in rows) >= 0.9 * len(rows)
    for row in rows:
        if row["texts"] is not None:
            assert records.text_from_json(row["texts"]["message"]).english() == row["document"]["message"]  # type: ignore[union-attr]
    assert isinstance(records.text_from_json(rows[0]["texts"]["message"]), Text)


def test_a_finding_stored_without_its_texts_is_shown_as_stored() -> None:
    """A run stored before the texts were kept (or a hand-edited row) shows its messages as they were stored."""
    document = {"rule": "MC-SC-001", "severity": "error", "pointer": "/x", "message": "unknown field 'x'", "hint": ""}
    for texts in (None, {"message": {"template": 3}}, "not a mapping"):
        record = records._record({"document": document, "texts": texts})
        assert record.message_text is None
        assert record.to_dict(translator("de"))["message"] == "unknown field 'x'"
