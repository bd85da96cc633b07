"""Hostile round 31: what diff writes over, how it names its sides, what it counts and which rubrics it tells apart."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import yaml
from click.testing import Result

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
COURSE = SAMPLES / "offers" / "data-ethics-nl.yaml"
NOW = ("--now", "2026-11-29")

Run = Callable[..., Result]


def _folders(tmp_path: Path, *names: str) -> list[Path]:
    """Folders under ``tmp_path``, each holding the same descriptor."""
    made = []
    for name in names:
        folder = tmp_path / name
        folder.mkdir(parents=True)
        shutil.copy(COURSE, folder / "course.yaml")
        made.append(folder)
    return made


def test_diff_refuses_an_output_over_a_descriptor_of_a_folder_it_checks(
    tmp_path: Path, run_cli: Run, monkeypatch
) -> None:
    """As check and compare do: a descriptor under a folder checked now is read, so it is not written over."""
    _folders(tmp_path, "old", "new")
    monkeypatch.chdir(tmp_path)
    course = Path("new", "course.yaml")
    before = course.read_bytes()

    result = run_cli("diff", "old", "new", *NOW, "--format", "json", "-o", str(course))

    assert result.exit_code == 2 and "a file this command reads" in result.output
    assert course.read_bytes() == before


def test_diff_refuses_an_output_over_the_report_of_an_audit_folder(tmp_path: Path, run_cli: Run) -> None:
    """An audit folder is read through its report.json: -o naming that file is refused, as the file itself given."""
    audit = tmp_path / "audit"
    assert run_cli("audit", str(SAMPLES / "offers"), "--out", str(audit), *NOW).exit_code in (0, 1)
    report = audit / "report.json"
    before = report.read_bytes()

    result = run_cli("diff", str(audit), str(SAMPLES / "offers"), *NOW, "--format", "json", "-o", str(report))

    assert result.exit_code == 2 and "a file this command reads" in result.output
    assert report.read_bytes() == before
    # The audit folder's other files are not read: a diff written beside the report may be written again.
    for _ in range(2):
        again = run_cli(
            "diff", str(audit), str(SAMPLES / "offers"), *NOW, "--format", "json", "-o", str(audit / "d.json")
        )
        assert again.exit_code == 0, again.output


def test_diff_names_absolute_sides_from_their_last_parts(tmp_path: Path, run_cli: Run) -> None:
    """No format of the diff shows the rest of a local path: each side is named as audit and compare name it."""
    old, new = _folders(tmp_path / "a", "samples")[0], _folders(tmp_path / "b", "samples")[0]
    saved = tmp_path / "old-report.json"
    assert run_cli("check", str(old), *NOW, "--format", "json", "-o", str(saved)).exit_code == 0

    outputs = {}
    for fmt, a in (("json", old), ("html", saved), ("text", old), ("xlsx", saved)):
        written = tmp_path / f"d.{fmt}"
        result = run_cli("diff", str(a), str(new), *NOW, "--format", fmt, "-o", str(written))
        assert result.exit_code == 0, result.output
        outputs[fmt] = written

    data = json.loads(outputs["json"].read_text(encoding="utf-8"))
    assert (data["before"]["label"], data["after"]["label"]) == ("a/samples (checked now)", "b/samples (checked now)")
    assert "old-report.json" in outputs["html"].read_text(encoding="utf-8")
    cells = " ".join(
        str(cell) for sheet in openpyxl.load_workbook(outputs["xlsx"]) for row in sheet.values for cell in row if cell
    )
    assert "old-report.json" in cells
    for fmt in ("json", "html", "text"):
        assert str(tmp_path) not in outputs[fmt].read_text(encoding="utf-8"), fmt
    assert str(tmp_path) not in cells


def test_diff_counts_no_skipped_file_as_a_descriptor(tmp_path: Path, run_cli: Run) -> None:
    """A file that is not a descriptor (a JSON schema) is counted apart, as check counts it, and never added or
    removed."""
    old, new = _folders(tmp_path, "old", "new")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {}}
    (new / "schema.json").write_text(json.dumps(schema), encoding="utf-8")

    result = run_cli("diff", str(old), str(new), *NOW, "--format", "json")

    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["after"]["descriptors"] == 1 and data["after"]["skipped"] == 1
    assert "skipped" not in data["before"]
    summary = data["summary"]
    assert (summary["descriptors_after"], summary["added"], summary["removed"]) == (1, 0, 0)
    assert all(d["after"]["source"] != "new/schema.json" for d in data["descriptors"] if d.get("after"))
    assert sum(p["after"]["descriptors"] for p in data["providers"]) == 1
    text = run_cli("diff", str(old), str(new), *NOW).output
    assert "2 descriptor(s)" not in text and "ADDED" not in text


def test_a_file_skipped_in_both_runs_is_no_change() -> None:
    from qa_checker.diff import DescriptorState, Snapshot, diff

    shapes = DescriptorState("shapes.ttl", None, "h", None, None, None, "skipped", None, {})
    change = diff(Snapshot("A", (shapes,)), Snapshot("B", (shapes,)))

    assert change.descriptors == () and change.summary["unchanged"] == 0
    assert change.before.describe() | {"label": ""} == change.after.describe() | {"label": ""}
    assert (change.before.describe()["descriptors"], change.before.describe()["skipped"]) == (0, 1)


def test_diff_notes_a_rubric_file_reusing_another_rubric_s_id(tmp_path: Path, run_cli: Run) -> None:
    """Two runs under rubrics of the same id and version but other contents (SHA-256) are noted, as other ids are."""
    fake = tmp_path / "fake.yaml"
    rules = dict.fromkeys(("MC-EL-008", "MC-EL-003", "MC-EL-009", "MC-EL-011", "MC-SC-001"), "off")
    fake.write_text(
        yaml.safe_dump({"id": "eu-2022", "version": "1.0", "title": "EU", "extends": "eu-2022", "rules": rules})
    )
    store = str(tmp_path / "h.sqlite")
    descriptor = str(SAMPLES / "flawed" / "half-annex-i.yaml")
    assert run_cli("check", descriptor, "--store", store, "--now", "2026-11-29").exit_code == 1
    assert run_cli("check", descriptor, "--store", store, "--now", "2026-11-30", "--rubric", str(fake)).exit_code == 0
    reports = []
    for rubric in (None, fake):
        saved = tmp_path / f"report-{len(reports)}.json"
        run_cli(
            "check",
            descriptor,
            *NOW,
            "--format",
            "json",
            "-o",
            str(saved),
            *(("--rubric", str(rubric)) if rubric else ()),
        )
        reports.append(str(saved))

    for runs in (("--store", store), tuple(reports), (reports[0], descriptor, "--rubric", str(fake))):
        result = run_cli("diff", *runs, "--format", "json", *NOW)
        notes = json.loads(result.output)["notes"]
        assert any("different rubrics" in note for note in notes), (runs, notes)

    same = run_cli("diff", reports[0], descriptor, "--format", "json", *NOW)
    assert json.loads(same.output)["notes"] == []
