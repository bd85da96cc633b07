"""The command line as a provider or a QA agency uses it: exit codes, formats, output files, colour."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from qa_checker.explain import GOOD_OFFER
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID
from tests.conftest import FIXTURES, SAMPLES

pytest_plugins = ["tests.unit.test_rubric"]  # its rule_with_option fixture: a rule with a typed option

GOOD = GOOD_OFFER
FLAWED = SAMPLES / "flawed" / "half-annex-i.yaml"
BAD = FIXTURES / "bad"
NOW = ("--now", "2026-11-29")


def explain(result) -> str:
    return f"exit {result.exit_code}\n{result.output}"


class TestExitCodes:
    def test_zero_when_every_descriptor_passes(self, run_cli) -> None:
        result = run_cli("check", str(GOOD), *NOW)
        assert result.exit_code == 0, explain(result)
        assert result.output.startswith(f"PASS {GOOD.name} ")  # named as given, without its absolute path
        assert "1 descriptor(s): 1 pass, 0 fail, 0 error  (rubric eu-2022" in result.output

    def test_one_when_a_descriptor_fails(self, run_cli) -> None:
        result = run_cli("check", str(GOOD), str(FLAWED), *NOW)
        assert result.exit_code == 1, explain(result)
        assert "2 descriptor(s): 1 pass, 1 fail, 0 error" in result.output

    def test_one_when_a_file_cannot_be_read(self, run_cli) -> None:
        result = run_cli("check", str(GOOD), str(BAD / "invalid.json"), *NOW)
        assert result.exit_code == 1, explain(result)
        assert "ERROR " in result.output and "MC-LD-002" in result.output and "line 4, column 48" in result.output

    def test_two_for_an_unknown_rubric(self, run_cli) -> None:
        result = run_cli("check", str(GOOD), "--rubric", "eu-2099")
        assert result.exit_code == 2, explain(result)
        assert "qa-checker: unknown rubric 'eu-2099'" in result.output
        assert "Traceback" not in result.output

    def test_two_for_a_broken_rubric_file_named_in_the_message(self, run_cli, tmp_path: Path) -> None:
        rubric = tmp_path / "mine.yaml"
        rubric.write_text(
            "id: mine\nversion: '1'\ntitle: Mine\nextends: eu-2022\nrules:\n  MC-EL-099: {}\n", encoding="utf-8"
        )
        result = run_cli("check", str(GOOD), "--rubric", str(rubric))
        assert result.exit_code == 2, explain(result)
        assert f"{rubric}: line 6: unknown rule 'MC-EL-099'" in result.output

    @pytest.mark.parametrize(
        ("rules", "phrase"),
        [
            ("  MC-EL-002: {options: {minimum: 2}}\n", "rule MC-EL-002 has no option 'minimum'"),
            (
                "  MC-ZZ-901: {options: {min_count: three}}\n",
                "rule MC-ZZ-901: min_count must be a whole number, not 'three'",
            ),
            (
                "  MC-EL-002: {severity: fatal}\n",
                "rules/MC-EL-002/severity is 'fatal', not one of: error, warning, info",
            ),
            ("  - not a mapping\n", "invalid rubric: rules must be an object"),
            ("  MC-EL-002: {weight: [\n", "cannot read rubric"),
        ],
        ids=["unknown-option", "wrong-option-type", "bad-severity", "rules-not-a-mapping", "unreadable-yaml"],
    )
    def test_two_for_every_rubric_error(
        self, run_cli, tmp_path: Path, rule_with_option: str, rules: str, phrase: str
    ) -> None:
        rubric = tmp_path / "agency.yaml"
        rubric.write_text(f"id: agency\nversion: '1'\ntitle: Agency\nrules:\n{rules}", encoding="utf-8")
        for command in (("check", str(GOOD)), ("rules",)):
            result = run_cli(*command, "--rubric", str(rubric))
            assert result.exit_code == 2, explain(result)
            assert result.output.startswith(f"qa-checker: {rubric}: ") and phrase in result.output, explain(result)

    def test_two_for_an_extends_cycle(self, run_cli, tmp_path: Path) -> None:
        (tmp_path / "a.yaml").write_text("id: a\nversion: '1'\ntitle: A\nextends: b.yaml\n", encoding="utf-8")
        (tmp_path / "b.yaml").write_text("id: b\nversion: '1'\ntitle: B\nextends: a.yaml\n", encoding="utf-8")
        result = run_cli("check", str(GOOD), "--rubric", str(tmp_path / "a.yaml"))
        assert result.exit_code == 2 and "extends itself" in result.output, explain(result)

    @pytest.mark.parametrize(
        "args",
        [
            ("check",),
            ("check", "no/such/path.yaml"),
            ("check", str(GOOD), "--format", "pdf"),
            ("check", str(GOOD), "--max-bytes", "0"),
            ("check", str(GOOD), "--now", "yesterday"),
            ("check", str(GOOD), "--color", "sometimes"),
            ("check", str(GOOD), "--format", "xlsx"),
            ("rules", "--rubric", "eu-2099"),
            ("rules", "--rubric", ""),
        ],
    )
    def test_two_for_usage_errors(self, run_cli, args: tuple[str, ...]) -> None:
        result = run_cli(*args)
        assert result.exit_code == 2, explain(result)
        assert "Traceback" not in result.output

    def test_empty_folder_passes(self, run_cli, tmp_path: Path) -> None:
        result = run_cli("check", str(tmp_path), *NOW)
        assert result.exit_code == 0 and "0 descriptor(s)" in result.output, explain(result)


class TestOutput:
    def test_json_format(self, run_cli) -> None:
        result = run_cli("check", str(GOOD), str(FLAWED), "--format", "json", *NOW)
        assert result.exit_code == 1
        report = json.loads(result.output)
        assert report["tool"]["name"] == "qa-checker" and report["rubric"]["id"] == "eu-2022"
        assert [r["status"] for r in report["results"]] == ["pass", "fail"]
        assert report["summary"] == {"descriptors": 2, "pass": 1, "fail": 1, "error": 0}
        flawed = report["results"][1]
        assert flawed["elements"]["quality_assurance"] == "missing"
        assert flawed["elements"]["learner"] == "not-applicable"
        assert any(f["rule"] == "MC-SC-001" and f["pointer"] == "/participation/mode" for f in flawed["findings"])

    def test_output_file(self, run_cli, tmp_path: Path) -> None:
        target = tmp_path / "reports" / "run-1" / "report.json"
        result = run_cli("check", str(GOOD), "--format", "json", "--output", str(target), *NOW)
        assert result.exit_code == 0, explain(result)
        assert result.output == ""
        assert json.loads(target.read_text(encoding="utf-8"))["summary"]["pass"] == 1

    def test_text_output_file_is_plain(self, run_cli, tmp_path: Path) -> None:
        target = tmp_path / "report.txt"
        result = run_cli("check", str(FLAWED), "--output", str(target), "--color", "always", *NOW)
        assert result.exit_code == 1
        text = target.read_text(encoding="utf-8")
        assert "FAIL" in text and "\x1b[" not in text

    def test_text_is_plain_when_piped(self, run_cli) -> None:
        result = run_cli("check", str(FLAWED), *NOW)
        assert "\x1b[" not in result.output
        assert (
            "  missing elements: Country/region of the issuer, Level (and cycle) of the learning experience, "
            "Type of assessment, Type of quality assurance, Prerequisites" in result.output
        )

    def test_text_is_coloured_on_request(self, run_cli) -> None:
        result = run_cli("check", str(FLAWED), "--color", "always", *NOW)
        assert "\x1b[31m" in result.output  # red for errors and FAIL
        assert "\x1b[33m" in result.output  # yellow for warnings

    def test_text_groups_findings_under_each_descriptor(self, run_cli) -> None:
        result = run_cli("check", str(FLAWED), *NOW)
        lines = result.output.splitlines()
        assert lines[0].startswith(f"FAIL {FLAWED.name} (acme-leadership-101)  score ")
        assert any(line.startswith("  error   MC-SC-001  /participation/mode") for line in lines)
        assert any(line.strip().startswith("hint: ") for line in lines)

    def test_max_bytes_refuses_before_parsing(self, run_cli, tmp_path: Path) -> None:
        big = tmp_path / "big.yaml"
        big.write_text("{ not: valid: yaml [" + "x" * 500, encoding="utf-8")
        result = run_cli("check", str(big), "--max-bytes", "100", "--format", "json", *NOW)
        assert result.exit_code == 1
        [entry] = json.loads(result.output)["results"]
        assert entry["status"] == "error"
        assert [f["rule"] for f in entry["findings"]] == ["MC-LD-005"]
        assert "over the limit of 100 bytes" in entry["findings"][0]["message"]
        unlimited = json.loads(run_cli("check", str(big), "--format", "json", *NOW).output)
        assert [f["rule"] for f in unlimited["results"][0]["findings"]] == ["MC-LD-002"]

    def test_a_bad_file_never_hides_the_rest_of_the_batch(self, run_cli, tmp_path: Path) -> None:
        result = run_cli("check", str(BAD), str(GOOD), "--format", "json", *NOW)
        report = json.loads(result.output)
        sources = [r["source"] for r in report["results"]]
        # Named as given, shortened to the input's last part: never an absolute local path.
        expected = [*(f"{BAD.name}/{p.name}" for p in BAD.iterdir() if p.is_file()), GOOD.name]
        assert sorted(sources) == sorted(expected)
        assert report["results"][-1]["status"] == "pass"
        assert report["summary"]["error"] == 9 and report["summary"]["descriptors"] == 12


class TestRulesCommand:
    def test_lists_every_registered_rule(self, run_cli) -> None:
        result = run_cli("rules")
        assert result.exit_code == 0, explain(result)
        listed = [line.split()[0] for line in result.output.splitlines() if line.startswith("MC-")]
        assert listed == sorted(RULES_BY_ID)
        assert "MC-EL-011  error   weight 3  quality_assurance" in result.output

    def test_json_listing_has_documentation(self, run_cli) -> None:
        rows = json.loads(run_cli("rules", "--format", "json").output)
        assert [r["id"] for r in rows] == sorted(RULES_BY_ID)
        for row in rows:
            assert {"id", "element", "severity", "documentation", "title"} <= set(row)
            assert row["documentation"], row["id"]

    def test_rubric_listing_shows_what_it_enables(self, run_cli) -> None:
        result = run_cli("rules", "--rubric", "eu-2022")
        assert result.exit_code == 0, explain(result)
        assert result.output.startswith("Rubric eu-2022 1.0: ")
        listed = [line.split()[0] for line in result.output.splitlines() if line.startswith("MC-")]
        assert listed == sorted(load_rubric("eu-2022").rules)
        assert "MC-LD-001" not in listed  # engine-only rules the rubric does not name

    def test_rubric_listing_shows_overrides(self, run_cli, tmp_path: Path) -> None:
        rubric = tmp_path / "strict.yaml"
        rubric.write_text(
            yaml.safe_dump(
                {
                    "id": "strict",
                    "version": "1",
                    "title": "Strict",
                    "extends": "eu-2022",
                    "rules": {"MC-EL-015": {"severity": "error", "weight": 2}, "MC-VC-004": "off"},
                }
            ),
            encoding="utf-8",
        )
        result = run_cli("rules", "--rubric", str(rubric))
        assert "(extends eu-2022)" in result.output.splitlines()[0]
        assert "MC-EL-015  error   weight 2" in result.output
        assert "MC-VC-004" not in result.output
