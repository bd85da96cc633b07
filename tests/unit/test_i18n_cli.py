"""The command line in the user's language: ``--lang`` on every command, the locale as its default, and
help, usage errors and messages shown through the translator (a marking translator stands in for the
catalogues, so the plumbing is tested whatever the catalogues hold)."""

from __future__ import annotations

import gettext
import json
from collections.abc import Iterator
from typing import Any

import click
import pytest
from click.testing import CliRunner

from qa_checker.cli import COMMANDS, cli, localised
from qa_checker.i18n import LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGE, Translator
from tests.conftest import SAMPLES

GOOD = SAMPLES / "offers" / "data-ethics-nl.yaml"
# The arguments each command needs to be parsed (not run): the language is what is looked at.
REQUIRED: dict[str, list[str]] = {
    "audit": [str(GOOD), "--out", "out"],
    "check": [str(GOOD)],
    "compare": [str(GOOD), str(GOOD), "--out", "out"],
    "convert": [str(GOOD)],
    "explain": ["MC-LO-002"],
}


class Marking(gettext.NullTranslations):
    """A catalogue that "translates" every message by putting it in guillemets."""

    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"«{msgid1 if n == 1 else msgid2}»"

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self.ngettext(msgid1, msgid2, n)


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every language but English shown by the marking catalogue."""
    from qa_checker.i18n import translator

    def marking(language: str = SOURCE_LANGUAGE) -> Translator:
        return translator(language) if language == SOURCE_LANGUAGE else Translator(language, Marking())

    monkeypatch.setattr(localised, "translator", marking)
    yield


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def _command(name: str) -> click.Command:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    return command


def _language_parsed(name: str, args: list[str]) -> Any:
    """The language a command's context holds once ``args`` are parsed (the command is not run)."""
    command = _command(name)
    with command.make_context(name, [*REQUIRED.get(name, []), *args]) as ctx:
        return ctx.params["language"]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_accepts_lang(name: str, runner: CliRunner) -> None:
    for language in LANGUAGES:
        assert _language_parsed(name, ["--lang", language]) == language
    assert _language_parsed(name, ["--lang=PL"]) == "pl"
    assert _language_parsed(name, []) == SOURCE_LANGUAGE


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_help_names_lang(name: str, runner: CliRunner) -> None:
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    flowing = " ".join(result.output.split())
    assert "--lang CODE" in flowing and ", ".join(LANGUAGES) in flowing


def test_an_unknown_language_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(GOOD), "--lang", "xx"])
    assert result.exit_code == 2
    assert "Invalid value for '--lang': 'xx' is not one of" in result.output
    assert all(f"'{language}'" in result.output for language in LANGUAGES)
    assert runner.invoke(cli, ["--lang", "klingon", "rules"]).exit_code == 2


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANGUAGE": "pt:nl", "LANG": "de_DE.UTF-8"}, "nl"),
        ({"LANG": "pt_BR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_default_language_is_the_locales(
    environment: dict[str, str], expected: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert _language_parsed("check", []) == expected
    assert _language_parsed("rules", []) == expected
    assert _language_parsed("check", ["--lang", "it"]) == "it"


def test_the_groups_lang_is_every_commands_default(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    with cli.make_context("qa-checker", ["--lang", "es", "rules"]) as group:
        command = _command("rules")
        with command.make_context("rules", [], parent=group) as ctx:
            assert ctx.params["language"] == "es"
        with command.make_context("rules", ["--lang", "pl"], parent=group) as ctx:
            assert ctx.params["language"] == "pl"


def test_help_is_formatted_through_the_translator(runner: CliRunner, marked: None) -> None:
    result = runner.invoke(cli, ["check", "--lang", "de", "--help"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("«Usage:» ")
    assert "«Options»:" in out
    assert "«Check descriptors in PATHS: files, or folders searched recursively for" in out
    assert "«Bundled rubric id or path to a rubric YAML" in out
    assert "[«default: eu-2022»]" in out
    assert "«Show this message and exit.»" in out
    # A help with values is one message: its limits listed inside it, numbers grouped the German way.
    assert "«Raise or lower a limit every input is read" in out and "10.000" in out


def test_help_written_before_lang_and_the_group_help_are_translated(runner: CliRunner, marked: None) -> None:
    before = runner.invoke(cli, ["audit", "--help", "--lang", "fr"])
    assert before.exit_code == 0 and before.output.startswith("«Usage:» ")
    assert "[«required»]" in before.output
    group = runner.invoke(cli, ["--lang", "nl", "--help"])
    assert group.exit_code == 0
    assert "«Commands»:" in group.output and "«Check descriptors and print or write the report.»" in group.output
    assert "«Check micro-credential descriptors against the EU standard elements" in group.output
    inherited = runner.invoke(cli, ["--lang", "nl", "rules", "--help"])
    assert "«List every rule with id, element, severity and documentation.»" in inherited.output


def test_the_locale_chooses_the_help_language(runner: CliRunner, marked: None) -> None:
    result = runner.invoke(cli, ["explain", "--help"], env={"LANG": "pl_PL.UTF-8"})
    assert result.exit_code == 0 and "«Explain RULE_ID" in result.output


def test_usage_errors_are_translated(runner: CliRunner, marked: None) -> None:
    missing = runner.invoke(cli, ["audit", str(GOOD), "--lang", "it"])
    assert missing.exit_code == 2
    assert "«Try '" in missing.output and "audit --help' for help.»" in missing.output
    assert "«Error: «Missing option '--out'.»»" in missing.output
    unknown = runner.invoke(cli, ["check", "--lang", "it", "--nope", str(GOOD)])
    assert unknown.exit_code == 2 and "«No such option '--nope'.»" in unknown.output


def test_messages_are_translated(runner: CliRunner, marked: None) -> None:
    result = runner.invoke(cli, ["check", str(GOOD), "--format", "xlsx", "--lang", "es"])
    assert result.exit_code == 2
    assert "qa-checker: «--format xlsx writes a workbook: give --output FILE.xlsx»" in result.output
    bad_now = runner.invoke(cli, ["check", str(GOOD), "--now", "soon", "--lang", "es"])
    assert bad_now.exit_code == 2
    assert "«Invalid value for --now: «not an ISO 8601 date or time: soon»»" in bad_now.output


def test_the_summary_lines_are_translated(
    runner: CliRunner, marked: None, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit's own lines (rendering the reports in German needs the compiled catalogue, so none is written)."""
    from qa_checker.cli import audit as audit_command
    from qa_checker.reporting import html

    monkeypatch.setattr(audit_command, "REPORT_FILES", ())
    monkeypatch.setattr(html, "page_writers", lambda report: {html.INDEX_NAME: lambda file: None})
    result = runner.invoke(cli, ["audit", str(GOOD), "--out", str(tmp_path / "out"), "--lang", "de"])
    assert result.exit_code == 0, result.output
    assert "«1 descriptor(s): 1 pass, 0 fail, 0 error (rubric eu-2022 1.0)»" in result.output
    assert "«wrote 0 page(s) of the HTML report into" in result.output


def test_english_output_is_unmarked(runner: CliRunner, marked: None) -> None:
    for args in (["check", "--help"], ["--help"], ["check", str(GOOD), "--format", "xlsx"]):
        result = runner.invoke(cli, args)
        assert "«" not in result.output, args


def test_check_passes_the_language_into_the_report(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(GOOD), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["language"] == "en"


@pytest.mark.skipif(
    not (LOCALE_DIR / "de" / "LC_MESSAGES" / "qa_checker.mo").is_file(), reason="the German catalogue is not compiled"
)
def test_check_reports_in_the_language_asked_for(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(GOOD), "--format", "json", "--lang", "de"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["language"] == "de"
    environment = runner.invoke(cli, ["check", str(GOOD), "--format", "json"], env={"LANG": "de_DE.UTF-8"})
    assert json.loads(environment.output)["language"] == "de"
