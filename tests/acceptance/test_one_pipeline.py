"""One pipeline: check --format json, audit's report.json and the Python API give the same results.

The same inputs (folders, zips, spreadsheets, multi-document files, standard input, --max-bytes,
--mapping, waivers) go through the three doors; the ``results`` of the JSON reports must be equal.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.limits import Limits
from qa_checker.loaders.columns import load_mapping
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from qa_checker.waivers import load_waivers
from tests.conftest import BASELINE_FILE, NOW, SAMPLES, baseline

NOW_TEXT = NOW.isoformat()


def _descriptor(ident: str, **changes: Any) -> dict[str, Any]:
    data = baseline()
    data["id"] = ident
    data.update(changes)
    return data


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding every kind of input the runner reads."""
    root = tmp_path_factory.mktemp("batch")
    settings = tmp_path_factory.mktemp("settings")
    shutil.copytree(SAMPLES, root / "samples", ignore=shutil.ignore_patterns("*.py"))
    (root / "bad.json").write_text('{"descriptor_version": "1.0", "id": [', encoding="utf-8")
    stream = [_descriptor("stream-1"), _descriptor("stream-2", workload={"ects": "five"})]
    (root / "stream.yaml").write_text(yaml.safe_dump_all(stream, allow_unicode=True), encoding="utf-8")
    (root / "list.json").write_text(
        json.dumps([_descriptor("list-1"), _descriptor("list-2", title="")]), encoding="utf-8"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a/one.yaml", BASELINE_FILE.read_text(encoding="utf-8"))
        archive.writestr("a/big.json", json.dumps(_descriptor("big", summary="x" * 30000)))
    (root / "batch.zip").write_bytes(buffer.getvalue())
    (root / "kurse.csv").write_text("Kursnummer;LP;Titel\nK1;5;Datenethik\n", encoding="utf-8")
    (settings / "mapping.yaml").write_text("Kursnummer: id\nLP: workload.ects\nTitel: title\n", encoding="utf-8")
    (settings / "waivers.yaml").write_text(
        yaml.safe_dump(
            {
                "waivers": [
                    {"rule": "MC-SC-001", "descriptor": "stream-2", "reason": "accepted", "accepted_by": "QA board"},
                    {"rule": "MC-LO-*", "descriptor": "nowhere", "reason": "names nothing", "accepted_by": "QA board"},
                ]
            }
        ),
        encoding="utf-8",
    )
    return root


@pytest.fixture(scope="module")
def settings(batch: Path) -> Path:
    """The folder beside the batch holding its mapping and waivers files."""
    return next(p for p in batch.parent.iterdir() if p.name.startswith("settings"))


def _cli(*args: str, stdin: bytes | None = None) -> Any:
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result


def _three_ways(
    paths: list[str], options: list[str], config: RunConfig, out: Path, stdin: bytes | None = None
) -> list[list[dict[str, Any]]]:
    checked = json.loads(_cli("check", *paths, "--format", "json", *options, stdin=stdin).stdout)
    _cli("audit", *paths, "--out", str(out), *options, stdin=stdin)
    audited = json.loads((out / "report.json").read_text(encoding="utf-8"))
    api = run(paths, config, stdin=stdin).to_dict()
    for report in (checked, audited, api):
        assert report["summary"]["descriptors"] == len(report["results"]) > 0
    return [checked["results"], audited["results"], api["results"]]


def test_folders_zips_spreadsheets_streams_waivers_and_mapping(batch: Path, settings: Path, tmp_path: Path) -> None:
    options = [
        "--now",
        NOW_TEXT,
        "--max-bytes",
        "20000",
        "--mapping",
        str(settings / "mapping.yaml"),
        "--waivers",
        str(settings / "waivers.yaml"),
    ]
    config = RunConfig(
        rubric=load_rubric(),
        now=NOW,
        limits=Limits(max_bytes=20000),
        mapping=load_mapping(settings / "mapping.yaml"),
        waivers=load_waivers(settings / "waivers.yaml"),
        short_names=True,  # what the CLI does: files named from the input's last part
    )
    checked, audited, api = _three_ways([str(batch)], options, config, tmp_path / "out")
    assert checked == audited == api
    by_source = {r["source"]: r for r in checked}
    assert not any(str(batch) in source for source in by_source)  # no absolute local path
    assert by_source[f"{batch.name}/batch.zip!a/big.json"]["findings"][0]["rule"] == "MC-LD-005"
    assert by_source[f"{batch.name}/kurse.csv [row 2]"]["id"] == "K1"
    assert by_source[f"{batch.name}/stream.yaml [document 2]"]["findings"][0]["waived"] is True
    assert {f"{batch.name}/list.json [document {n}]" for n in (1, 2)} <= set(by_source)


def test_the_size_limit_is_the_same_for_a_zip_under_check_and_audit(batch: Path, tmp_path: Path) -> None:
    archive = batch / "batch.zip"
    limit = str(archive.stat().st_size - 1)
    checked = json.loads(
        _cli("check", str(archive), "--format", "json", "--max-bytes", limit, "--now", NOW_TEXT).stdout
    )
    _cli("audit", str(archive), "--out", str(tmp_path), "--max-bytes", limit, "--now", NOW_TEXT)
    audited = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert checked["results"] == audited["results"]


def test_standard_input(batch: Path, tmp_path: Path) -> None:
    raw = (batch / "stream.yaml").read_bytes()
    config = RunConfig(rubric=load_rubric(), now=NOW)
    checked, audited, api = _three_ways(["-"], ["--now", NOW_TEXT], config, tmp_path / "out", stdin=raw)
    assert checked == audited == api
    assert [r["source"] for r in checked] == ["<stdin> [document 1]", "<stdin> [document 2]"]


def test_standard_input_named_as_a_spreadsheet(batch: Path, settings: Path) -> None:
    raw = (batch / "kurse.csv").read_bytes()
    report = json.loads(
        _cli(
            "check",
            "-",
            "--stdin-name",
            "kurse.csv",
            "--mapping",
            str(settings / "mapping.yaml"),
            "--format",
            "json",
            stdin=raw,
        ).stdout
    )
    assert [r["source"] for r in report["results"]] == ["kurse.csv [row 2]"]


def test_what_convert_writes_is_read_back_by_check(tmp_path: Path) -> None:
    for fmt in ("yaml", "json"):
        target = tmp_path / f"catalogue.{fmt}"
        _cli("convert", str(SAMPLES / "spreadsheets" / "catalogue.xlsx"), "--to", fmt, "--output", str(target))
        report = json.loads(_cli("check", str(target), "--format", "json", "--now", NOW_TEXT).stdout)
        assert len(report["results"]) > 1
        assert all(r["status"] != "error" for r in report["results"]), report["results"][0]["findings"]


def test_the_report_says_which_waivers_named_no_descriptor(batch: Path, settings: Path, tmp_path: Path) -> None:
    # A run given a folder: one given files checks only some descriptors, and says nothing of the others' waivers.
    shutil.copy(batch / "stream.yaml", tmp_path / "stream.yaml")
    result = _cli("check", str(tmp_path), "--waivers", str(settings / "waivers.yaml"), "--format", "json")
    report = json.loads(result.stdout)
    assert len(report["run"]["unmatched_waivers"]) == 1 and "waiver 2" in report["run"]["unmatched_waivers"][0]
    assert "waiver 2" in result.stderr
    given_the_file = _cli("check", str(batch / "stream.yaml"), "--waivers", str(settings / "waivers.yaml"))
    assert "waiver 2" not in given_the_file.stderr


def test_parallel_and_sequential_runs_agree(tmp_path: Path) -> None:
    from benchmarks.corpus import write_corpus

    write_corpus(tmp_path / "c", 240)
    sequential = run([tmp_path / "c"], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    parallel = run([tmp_path / "c"], RunConfig(rubric=load_rubric(), now=NOW, jobs=2))
    assert sequential.to_dict() == parallel.to_dict()
