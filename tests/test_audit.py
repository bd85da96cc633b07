"""``qa-checker audit``: three reports, error rows for bad files, archives, order, stamp, large batches."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import qa_checker
from benchmarks.corpus import write_corpus
from qa_checker.api import audit_paths
from qa_checker.ects import HOURS_PER_ECTS
from qa_checker.limits import Limits
from qa_checker.loaders import Loaders, load_paths
from qa_checker.loaders.archive import read_archive
from qa_checker.reporting import json_
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from qa_checker.table import COLUMN_NAMES, workload
from tests.conftest import NOW, SAMPLES, baseline
from tests.reporting.helpers import NOW_TEXT, read_json, sheet_rows, write_yaml

REPORTS = ("report.html", "report.xlsx", "report.json")
SAMPLE_COUNT = len(list(load_paths([SAMPLES])))


def html_report(out: Path) -> str:
    """The whole HTML report: the index ``report.html`` and the pages it links in ``report-pages/``."""
    pages = [out / "report.html", *sorted((out / "report-pages").glob("*.html"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def test_audit_of_the_samples_writes_three_reports_grouped_by_provider(run_cli, tmp_path):
    out = tmp_path / "out"
    result = run_cli("audit", str(SAMPLES), "--out", str(out), "--now", NOW_TEXT)
    assert result.exit_code == 1, result.output
    assert all((out / name).is_file() for name in REPORTS)
    report = read_json(out)
    assert report["summary"]["descriptors"] == len(report["results"]) == SAMPLE_COUNT
    assert {"tool", "rubric", "generated_at", "results", "summary", "run"} <= set(report)
    providers = {p["provider"]: p for p in report["run"]["providers"]}
    assert providers["Amsterdam University of Applied Sciences"]["pass"] == 1
    assert providers["ACME Training Ltd"]["fail"] == 1
    assert sum(p["descriptors"] for p in providers.values()) == SAMPLE_COUNT
    assert f"{SAMPLE_COUNT} descriptor(s)" in result.output and "report.xlsx" in result.output


def test_stamp_names_tool_rubric_run_time_and_the_hash_of_every_input(tmp_path):
    report = audit_paths([SAMPLES], rubric=load_rubric(), now=NOW)
    stamp = report.stamp
    assert stamp["version"] == qa_checker.__version__
    assert (stamp["rubric"]["id"], stamp["rubric"]["version"]) == ("eu-2022", "1.0")
    assert stamp["rubric"]["sha256"] == hashlib.sha256(Path(report.rubric.path).read_bytes()).hexdigest()
    assert stamp["generated_at"] == "2026-11-29T12:00:00+00:00"
    for entry in stamp["inputs"]:
        file = Path(entry["source"].split(" [", 1)[0])  # a spreadsheet row is "book.xlsx [Sheet row 2]"
        assert entry["sha256"] == hashlib.sha256(file.read_bytes()).hexdigest()
    assert len(stamp["inputs"]) == SAMPLE_COUNT


def test_unreadable_files_get_an_error_row_in_every_report(run_cli, tmp_path):
    batch = tmp_path / "batch"
    write_yaml(batch / "good.yaml", baseline())
    (batch / "broken.json").write_text('{"id": ', encoding="utf-8")
    (batch / "binary.yaml").write_bytes(b"\x00\x01\x02garbage")
    (batch / "latin1.yaml").write_bytes("title: Caf\xe9".encode("latin-1"))
    (batch / "huge.json").write_text(json.dumps({"x": "y" * 5000}), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("audit", str(batch), "--out", str(out), "--now", NOW_TEXT, "--max-bytes", "4000")
    assert result.exit_code == 1
    # Named from the input's last part, as given on the command line: never the absolute local path.
    bad = {f"batch/{n}" for n in ("broken.json", "binary.yaml", "latin1.yaml", "huge.json")}

    results = {r["source"]: r for r in read_json(out)["results"]}
    assert len(results) == 5
    assert {s for s, r in results.items() if r["status"] == "error"} == bad
    assert all(results[s]["findings"][0]["rule"].startswith("MC-LD-") for s in bad)

    page = html_report(out)
    for source in bad:
        assert page.count(f"<code>{source}</code>") >= 2  # its own section and the stamp
    assert page.count("not read:") == 4
    assert str(batch) not in page

    rows = {r["source"]: r for r in sheet_rows(out / "report.xlsx", "Descriptors")}
    assert {s for s, r in rows.items() if r["status"] == "error"} == bad
    findings = sheet_rows(out / "report.xlsx", "Findings")
    assert {f["source"] for f in findings if f["rule"].startswith("MC-LD-")} == bad


def test_an_empty_batch_still_writes_all_three_reports_and_exits_0(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    result = run_cli("audit", str(tmp_path / "empty"), "--out", str(out), "--now", NOW_TEXT)
    assert result.exit_code == 0, result.output
    report = read_json(out)
    assert report["results"] == [] and report["summary"]["descriptors"] == 0
    assert report["run"]["providers"] == [] and report["run"]["stamp"]["inputs"] == []
    assert "No descriptors were found" in (out / "report.html").read_text(encoding="utf-8")
    workbook = openpyxl.load_workbook(out / "report.xlsx")
    assert workbook.sheetnames == [
        "Summary",
        "Descriptors",
        "Findings",
        "Coverage",
        "Principles",
        "Beyond the descriptors",
        "Rules",
    ]
    assert workbook["Descriptors"].max_row == 1


def _zip(path: Path) -> Path:
    good = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("batch/good.yaml", good)
        archive.writestr("batch/bad.json", '{"id": ')
        archive.writestr("../escape.yaml", good)
        archive.writestr("/etc/absolute.yaml", good)
        archive.writestr("inner.zip", b"PK\x05\x06" + b"\x00" * 18)
        archive.writestr("bomb.json", b" " * (3 * 1024 * 1024))
        link = zipfile.ZipInfo("link.yaml")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        archive.writestr("locked.yaml", good)
        archive.writestr("__MACOSX/._good.yaml", b"\x00junk")
        archive.writestr("batch/.hidden.yaml", "x: 1")
        archive.writestr("batch/README.txt", "not a descriptor")
    path.write_bytes(_mark_encrypted(path.read_bytes(), b"locked.yaml"))
    return path


def _mark_encrypted(data: bytes, name: bytes) -> bytes:
    """Set the 'encrypted' flag of one member (zipfile cannot write encrypted members)."""
    buffer = bytearray(data)
    for signature, flags, name_length, name_start in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        at = buffer.find(signature)
        while at != -1:
            length = int.from_bytes(buffer[at + name_length : at + name_length + 2], "little")
            if buffer[at + name_start : at + name_start + length] == name:
                buffer[at + flags] |= 0x1
            at = buffer.find(signature, at + 4)
    return bytes(buffer)


def test_a_zip_with_good_bad_and_hostile_members(tmp_path):
    archive = _zip(tmp_path / "batch.zip")
    report = audit_paths([archive], rubric=load_rubric(), now=NOW, max_bytes=1024 * 1024)
    by_member = {r.source.split("!", 1)[1]: r for r in report.results}
    assert set(by_member) == {
        "batch/good.yaml",
        "batch/bad.json",
        "../escape.yaml",
        "/etc/absolute.yaml",
        "inner.zip",
        "bomb.json",
        "link.yaml",
        "locked.yaml",
    }
    assert by_member["batch/good.yaml"].status == "pass"
    assert (
        by_member["batch/good.yaml"].sha256
        == hashlib.sha256((SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes()).hexdigest()
    )
    messages = {name: r.findings[0].message for name, r in by_member.items() if name != "batch/good.yaml"}
    assert "invalid JSON" in messages["batch/bad.json"]
    assert "outside the archive" in messages["../escape.yaml"]
    assert "outside the archive" in messages["/etc/absolute.yaml"]
    assert "nested archives" in messages["inner.zip"]
    assert "over the limit" in messages["bomb.json"]
    assert "symbolic link" in messages["link.yaml"]
    assert "encrypted" in messages["locked.yaml"]
    assert all(by_member[n].status == "error" for n in messages)
    assert report.results[0].source == f"{archive}!../escape.yaml"  # members in name order


def test_archive_limits_on_ratio_total_size_and_member_count():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a-bomb.json", b"0" * (2 * 1024 * 1024))
        for index in range(3):
            archive.writestr(f"b{index}.json", "{}")
    big = Loaders(Limits(max_bytes=10 * 1024 * 1024))
    bomb = next(read_archive(io.BytesIO(buffer.getvalue()), "t.zip", big))
    assert "zip bomb" in bomb.findings[0].message
    small = io.BytesIO()
    with zipfile.ZipFile(small, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(3):
            archive.writestr(f"b{index}.json", json.dumps({"id": str(index), "pad": "x" * 3000}))
    total = list(read_archive(io.BytesIO(small.getvalue()), "t.zip", Loaders(Limits(archive_total_bytes=7000))))
    assert [d.source for d in total] == ["t.zip!b0.json", "t.zip!b1.json", "t.zip"]
    assert "reading stopped before b2.json" in total[-1].findings[0].message
    many = list(read_archive(io.BytesIO(buffer.getvalue()), "t.zip", Loaders(Limits(archive_members=3))))
    assert len(many) == 1 and "4 members" in many[0].findings[0].message
    broken = list(read_archive(io.BytesIO(b"not a zip"), "t.zip", Loaders()))
    assert "not a readable zip archive" in broken[0].findings[0].message


def test_archives_are_found_in_folders_and_read_by_check_too(run_cli, tmp_path):
    _zip(tmp_path / "batch.zip")
    result = run_cli("check", str(tmp_path), "--format", "json")
    sources = [r["source"] for r in json.loads(result.output)["results"]]
    assert f"{tmp_path.name}/batch.zip!batch/good.yaml" in sources


def test_results_keep_input_order_whatever_the_number_of_processes(tmp_path):
    write_corpus(tmp_path / "corpus", 260, broken=3, yaml_share=0.3)
    serial = audit_paths([tmp_path / "corpus"], rubric=load_rubric(), now=NOW, jobs=1)
    parallel = audit_paths([tmp_path / "corpus"], rubric=load_rubric(), now=NOW, jobs=2)
    assert json_.render(serial) == json_.render(parallel)
    assert [r.source for r in serial.results] == sorted(r.source for r in serial.results)


def test_with_now_all_three_reports_are_byte_for_byte_reproducible(run_cli, tmp_path):
    outputs = []
    for name in ("one", "two"):
        run_cli("audit", str(SAMPLES), "--out", str(tmp_path / name), "--now", NOW_TEXT)
        outputs.append({n: (tmp_path / name / n).read_bytes() for n in REPORTS})
    assert outputs[0] == outputs[1]
    with zipfile.ZipFile(io.BytesIO(outputs[0]["report.xlsx"])) as workbook:
        assert b"2026-11-29T12:00:00Z" in workbook.read("docProps/core.xml")


def test_no_progress_bar_when_stderr_is_not_a_terminal(run_cli, tmp_path):
    result = run_cli("audit", str(SAMPLES), "--out", str(tmp_path / "out"))
    assert "Checking" not in result.output


def test_progress_is_reported_for_every_file(tmp_path):
    write_corpus(tmp_path / "c", 30)
    seen: list[int] = []
    totals: list[int] = []
    run([tmp_path / "c"], RunConfig(rubric=load_rubric(), now=NOW, progress=seen.append, on_start=totals.append))
    assert totals == [30] and sum(seen) == 30


def test_dataset_csv_and_parquet_with_a_data_dictionary(run_cli, tmp_path):
    for name in ("table.csv", "table.parquet"):
        target = tmp_path / name
        result = run_cli("audit", str(SAMPLES), "--out", str(tmp_path / "out"), "--dataset", str(target))
        assert result.exit_code == 1 and target.is_file()
        frame = pd.read_csv(target) if name.endswith(".csv") else pd.read_parquet(target)
        assert list(frame.columns) == list(COLUMN_NAMES) and len(frame) == SAMPLE_COUNT
        dictionary = pd.read_csv(tmp_path / "table.dictionary.csv")
        assert list(dictionary["column"]) == list(COLUMN_NAMES)
        assert dictionary["description"].str.len().min() > 10
    parquet = pd.read_parquet(tmp_path / "table.parquet")
    assert str(parquet["eqf_level"].dtype) == "Int64" and str(parquet["score"].dtype) == "Float64"


def test_dataset_must_be_csv_or_parquet(run_cli, tmp_path):
    result = run_cli("audit", str(SAMPLES), "--out", str(tmp_path), "--dataset", str(tmp_path / "t.txt"))
    assert result.exit_code == 2 and "csv or .parquet" in result.output


def test_the_table_is_a_dataframe_from_python():
    report = qa_checker.check_paths([SAMPLES], now=NOW)
    frame = qa_checker.dataset(report)
    assert isinstance(frame, pd.DataFrame) and len(frame) == SAMPLE_COUNT
    offer = frame.set_index("id").loc["hva-data-ethics-2026"]
    assert (offer["ects"], offer["ects_source"], offer["hours"], offer["hours_source"]) == (
        5,
        "declared",
        140,
        "declared",
    )
    assert offer["field_code"] == "0613" and offer["eqf_level"] == 6 and offer["element_title"] == "present"
    flawed = frame.set_index("id").loc["acme-leadership-101"]
    assert flawed["ects_source"] == "derived" and flawed["ects"] == round(20 / HOURS_PER_ECTS, 2)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"ects": 5, "hours": 140}, (5.0, "declared", 140.0, "declared", 28.0)),
        ({"ects": 4}, (4.0, "declared", 110.0, "derived", None)),
        ({"hours": 55}, (2.0, "derived", 55.0, "declared", None)),
        ({"ects": "five", "hours": 0}, (None, None, None, None, None)),
        (None, (None, None, None, None, None)),
    ],
)
def test_workload_is_normalised_both_ways_at_27_5_hours_per_ects(value, expected):
    assert workload(value) == expected


def test_a_10000_descriptor_batch(run_cli, tmp_path):
    write_corpus(tmp_path / "corpus", 10_000, broken=4, yaml_share=0.1)
    out = tmp_path / "out"
    result = run_cli("audit", str(tmp_path / "corpus"), "--out", str(out), "--now", NOW_TEXT)
    assert result.exit_code == 1
    report = read_json(out)
    summary = report["summary"]
    assert summary["descriptors"] == len(report["results"]) == 10_004
    assert summary["error"] == 4 and summary["pass"] + summary["fail"] == 10_000
    assert sum(p["descriptors"] for p in report["run"]["providers"]) == 10_004
    assert len(report["run"]["stamp"]["inputs"]) == 10_004
    assert html_report(out).count('<article id="d') == 10_004
    with zipfile.ZipFile(out / "report.xlsx") as workbook:
        sheet = workbook.read("xl/worksheets/sheet2.xml").decode("utf-8")  # Descriptors
    assert sheet.count("<row ") == 10_005


def test_waived_findings_are_marked_in_every_report_and_unused_waivers_named(run_cli, tmp_path):
    write_yaml(tmp_path / "batch" / "a.yaml", {**baseline(), "further_information": None})
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(
        "waivers:\n"
        "  - {rule: MC-EL-016, descriptor: hva-data-ethics-2026, reason: Catalogue page in preparation,"
        " accepted_by: QA board}\n"
        "  - {rule: MC-EL-012, descriptor: nobody-here, reason: x, accepted_by: y}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("audit", str(tmp_path / "batch"), "--out", str(out), "--now", NOW_TEXT, "--waivers", str(waivers))
    report = read_json(out)
    waived = [f for r in report["results"] for f in r["findings"] if f["waived"]]
    assert [f["rule"] for f in waived] == ["MC-EL-016"]
    assert report["run"]["stamp"]["waivers"]["sha256"] == hashlib.sha256(waivers.read_bytes()).hexdigest()
    assert "Waived: Catalogue page in preparation (accepted by QA board)" in html_report(out)
    rows = [f for f in sheet_rows(out / "report.xlsx", "Findings") if f["waived"]]
    assert [(f["rule"], f["waiver_reason"]) for f in rows] == [("MC-EL-016", "Catalogue page in preparation")]
    assert "nobody-here" in result.output  # named on stderr (CliRunner mixes the streams)


def test_spreadsheet_origins_reach_every_report(run_cli, tmp_path):
    workbook = SAMPLES / "spreadsheets" / "catalogue.xlsx"
    if not workbook.is_file():
        pytest.skip("no spreadsheet sample")
    out = tmp_path / "out"
    run_cli("audit", str(workbook), "--out", str(out), "--now", NOW_TEXT)
    located = [
        (f["pointer"], f["origin"])
        for r in read_json(out)["results"]
        for f in r["findings"]
        if "sheet" in f.get("origin", {})
    ]
    assert located
    pointer, origin = located[0]
    assert f"{pointer} [{origin['sheet']}!{origin['cell']}]" in html_report(out)
    rows = sheet_rows(out / "report.xlsx", "Findings")
    assert (origin["sheet"], origin["cell"]) in {(f["origin_sheet"], f["origin_cell"]) for f in rows}


def test_the_report_folder_is_not_audited_again(run_cli, tmp_path):
    write_yaml(tmp_path / "batch" / "a.yaml", baseline())
    out = tmp_path / "batch" / "reports"
    for _ in range(2):
        result = run_cli("audit", str(tmp_path / "batch"), "--out", str(out), "--now", NOW_TEXT)
        assert result.exit_code == 0, result.output
    assert len(read_json(out)["results"]) == 1


def test_the_audit_json_follows_the_report_schema(run_cli, tmp_path):
    import jsonschema

    from tests.conftest import ROOT

    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    run_cli("audit", str(SAMPLES), "--out", str(tmp_path), "--now", NOW_TEXT)
    jsonschema.Draft202012Validator(schema).validate(read_json(tmp_path))
