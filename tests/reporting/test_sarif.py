"""``check --format sarif``: real output of the samples is valid SARIF 2.1.0 and says what the report says."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.reporting.sarif import artifact_uri
from qa_checker.results import split_source
from tests.conftest import FIXTURES, ROOT

SCHEMA = FIXTURES / "sarif" / "sarif-schema-2.1.0.json"
WAIVER_REASON = "Re-accreditation decided, register updated in January: 100% sure"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A real run through the CLI, from the project root: a flawed descriptor with a waived finding,
    a spreadsheet, an unreadable file and an archive outside the current directory."""
    tmp = tmp_path_factory.mktemp("sarif")
    waivers = tmp / "waivers.yaml"
    waivers.write_text(
        "waivers:\n  - rule: MC-QA-002\n    descriptor: hs-rhein-cloud-grundlagen-2026\n"
        f"    reason: '{WAIVER_REASON}'\n    accepted_by: QA officer\n",
        encoding="utf-8",
    )
    archive = tmp / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(ROOT / "samples" / "flawed" / "wrong-values.json", "flawed/wrong-values.json")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        result = CliRunner().invoke(
            cli,
            [
                "check",
                "samples/flawed/de-cloud-grundlagen.yaml",
                "samples/spreadsheets/catalogue.xlsx",
                "tests/fixtures/bad/invalid.json",
                str(archive),
                "--waivers",
                str(waivers),
                "--format",
                "sarif",
                "--now",
                "2026-11-29",
            ],
            catch_exceptions=False,
        )
    assert result.exit_code == 1, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _results(log: dict[str, Any]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = log["runs"][0]["results"]
    return results


def test_real_output_is_valid_sarif(validator: jsonschema.Draft4Validator, log: dict[str, Any]) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
    assert not errors, "\n".join(errors[:20])
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_rules_document_every_rule_a_result_names(log: dict[str, Any]) -> None:
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "qa-checker" and driver["version"]
    rules = driver["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids))
    for result in _results(log):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    documented = next(rule for rule in rules if rule["id"] == "MC-QA-002")
    assert documented["shortDescription"]["text"] and documented["help"]["text"]
    assert documented["defaultConfiguration"]["level"] == "error"
    assert {"error", "warning", "note"} >= {
        rule["defaultConfiguration"]["level"] for rule in rules if "defaultConfiguration" in rule
    }
    assert any(rule_id.startswith("MC-LD-") for rule_id in ids)  # a loader finding, outside the rubric


def test_an_unreadable_file_is_placed_on_its_line(log: dict[str, Any]) -> None:
    unreadable = [r for r in _results(log) if r["ruleId"].startswith("MC-LD-")]
    assert unreadable
    location = unreadable[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "tests/fixtures/bad/invalid.json"
    assert location["region"] == {"startLine": 4, "startColumn": 48}
    assert unreadable[0]["level"] == "error"


def test_a_spreadsheet_finding_names_its_file_row_and_cell(log: dict[str, Any]) -> None:
    rows = [r for r in _results(log) if r["properties"]["source"].startswith("samples/spreadsheets/catalogue.xlsx [")]
    assert rows
    for result in rows:
        location = result["locations"][0]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == "samples/spreadsheets/catalogue.xlsx"
        assert "region" not in location["physicalLocation"]
        assert location["logicalLocations"][0]["fullyQualifiedName"] == result["properties"]["pointer"]
        origin = result["properties"]["origin"]
        assert f"{origin['sheet']}!{origin['cell']}" in result["message"]["text"]
        assert result["properties"]["part"] in result["message"]["text"]


def test_a_waived_finding_is_suppressed_with_its_reason(log: dict[str, Any]) -> None:
    waived = [r for r in _results(log) if r["properties"]["waived"]]
    assert [r["ruleId"] for r in waived] == ["MC-QA-002"]
    assert waived[0]["suppressions"] == [{"kind": "external", "justification": WAIVER_REASON}]
    assert all("suppressions" not in r for r in _results(log) if not r["properties"]["waived"])


def test_an_archive_member_outside_the_current_directory(log: dict[str, Any]) -> None:
    members = [r for r in _results(log) if "batch.zip!" in r["properties"]["source"]]
    assert members
    # The archive was named by its absolute path outside the current directory: it is shown by the
    # input's last part, never as a file:// URI of a local path.
    assert {r["properties"]["source"] for r in members} == {"batch.zip!flawed/wrong-values.json"}
    uri = members[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "batch.zip"
    assert members[0]["properties"]["part"] == "flawed/wrong-values.json"


def test_a_yaml_finding_has_its_line_and_column(log: dict[str, Any]) -> None:
    located = [
        r
        for r in _results(log)
        if r["properties"]["source"] == "samples/flawed/de-cloud-grundlagen.yaml"
        and r["properties"]["pointer"] == "/quality_assurance/accreditations/0/expires"
    ]
    assert located
    region = located[0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 37, "startColumn": 41}
    text = (ROOT / "samples/flawed/de-cloud-grundlagen.yaml").read_text(encoding="utf-8").splitlines()
    assert text[36][40:].startswith("expires")
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_an_archive_member_in_json_is_located_in_its_message(log: dict[str, Any]) -> None:
    """A member's line is no line of the archive file: the message names it, and no region points into the .zip."""
    members = [r for r in _results(log) if "batch.zip!" in r["properties"]["source"]]
    assert not any("region" in r["locations"][0]["physicalLocation"] for r in members)
    assert any(", line " in r["message"]["text"] for r in members)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a/b.yaml", ("a/b.yaml", "")),
        ("cat.xlsx [Courses row 4]", ("cat.xlsx", "[Courses row 4]")),
        ("cat.csv [row 2]", ("cat.csv", "[row 2]")),
        ("stream.yaml [document 3]", ("stream.yaml", "[document 3]")),
        ("batch.ZIP!dir/a.yaml", ("batch.ZIP", "dir/a.yaml")),
        ("batch.zip!c.csv [row 2]", ("batch.zip", "c.csv [row 2]")),
        ("odd [name].yaml", ("odd [name].yaml", "")),
    ],
)
def test_split_source(source: str, expected: tuple[str, str]) -> None:
    assert split_source(source) == expected


def test_artifact_uri(tmp_path: Path) -> None:
    assert artifact_uri(str(tmp_path / "sub dir" / "a#1.yaml"), cwd=str(tmp_path)) == "sub%20dir/a%231.yaml"
    assert artifact_uri("rel/x.yaml", cwd=str(tmp_path)) == "rel/x.yaml"
    assert artifact_uri(str(tmp_path / "x.yaml"), cwd=str(tmp_path / "elsewhere")).startswith("file:///")


def test_the_readme_quotes_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The trimmed SARIF and workflow-command samples of "In CI and editors" are what the tool prints."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### In CI and editors", 1)[1].split("\n## ", 1)[0]
    quoted = json.loads(section.split("```json\n", 1)[1].split("```", 1)[0])
    command_line = section.split("::error ", 1)[1].split("\n", 1)[0]
    monkeypatch.chdir(ROOT)
    sample = "samples/flawed/fr-logistique-verte.yaml"
    args = ["check", sample, "--now", "2026-11-29", "--format"]
    actual = json.loads(CliRunner().invoke(cli, [*args, "sarif"]).stdout)["runs"][0]
    first = quoted["runs"][0]["results"][0]
    real = actual["results"][0]
    assert {k: real[k] for k in ("ruleId", "level", "message")} == {k: first[k] for k in ("ruleId", "level", "message")}
    assert real["locations"] == first["locations"]
    assert first["properties"].items() <= real["properties"].items()
    rule = quoted["runs"][0]["tool"]["driver"]["rules"][0]
    real_rule = next(r for r in actual["tool"]["driver"]["rules"] if r["id"] == rule["id"])
    assert {k: v for k, v in rule.items() if k != "..."}.items() <= real_rule.items()
    assert f"::error {command_line}" in CliRunner().invoke(cli, [*args, "github"]).stdout.splitlines()
