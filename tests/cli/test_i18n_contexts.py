"""The command line shows a descriptor's status and a finding's severity by the words of
qa_checker.reporting.labels, each under its own catalogue context (``descriptor status``, ``finding severity``).

With a catalogue that knows "error" only under its two contexts, with a different word in each, every command
shows its own word; a command that went back to a context-less msgid (or to ``tr.gettext``) would show the
English "error" instead.
"""

from __future__ import annotations

import gettext
from typing import Any

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli, history, localised
from qa_checker.cli.explain import render_text
from qa_checker.explain import explain
from qa_checker.i18n import SOURCE_LANGUAGE, Translator, translator
from qa_checker.rubric import load_rubric
from tests.conftest import FIXTURES, NOW

STATUS_ERROR, SEVERITY_ERROR = "could-not-check", "blocker"


class _Contexts(gettext.NullTranslations):
    """A catalogue that knows "error" only under its two contexts; every other message stays as written."""

    WORDS = {("descriptor status", "error"): STATUS_ERROR, ("finding severity", "error"): SEVERITY_ERROR}

    def pgettext(self, context: str, message: str) -> str:
        return self.WORDS.get((context, message), message)


def contexts(language: str = "de") -> Translator:
    return translator(language) if language == SOURCE_LANGUAGE else Translator(language, _Contexts())


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(localised, "translator", contexts)
    return CliRunner()


def test_the_command_line_keeps_no_word_list_of_its_own() -> None:
    assert not hasattr(localised, "SEVERITY_LABELS") and not hasattr(localised, "STATUS_LABELS")


def test_rules_shows_severities_by_their_severity_words(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["rules", "--lang", "de"])
    assert result.exit_code == 0, result.output
    assert f"  {SEVERITY_ERROR}" in result.output
    assert STATUS_ERROR not in result.output


def test_explain_shows_severities_by_their_severity_words() -> None:
    shown = render_text(explain("MC-DT-002", today=NOW.date(), rubric=load_rubric()), contexts())
    assert f"severity {SEVERITY_ERROR}" in shown
    assert f"  -> {SEVERITY_ERROR} MC-DT-002 at /issue_date" in shown
    assert STATUS_ERROR not in shown


def test_convert_shows_the_severity_of_a_refused_files_findings(runner: CliRunner) -> None:
    source = FIXTURES / "importers" / "hostile" / "envelope-number-payload.json"
    result = runner.invoke(cli, ["convert", str(source), "--lang", "de"])
    assert result.exit_code == 1
    assert f": {SEVERITY_ERROR} MC-IM-001" in result.output


def _run(**values: Any) -> dict[str, Any]:
    return {
        "id": 1,
        "run": 1,
        "generated_at": "2026-01-01T00:00:00Z",
        "recorded_at": None,
        "command": "audit",
        "rubric": "eu-2022",
        "descriptors": 2,
        "pass": 1,
        "fail": 0,
        "error": 1,
        "mean_score": 50.0,
        "title": "A",
        "score": None,
        "findings": 1,
        "source": "a.json",
        **values,
    }


def test_history_names_statuses_by_their_status_words() -> None:
    tr = contexts()
    runs = history._runs_text("store", [_run()], tr)
    assert STATUS_ERROR in runs.splitlines()[1]
    provider = history._provider_text("store", "Provider", [_run()], tr)
    assert STATUS_ERROR in provider.splitlines()[1]
    descriptor = history._descriptor_text("A", [_run(status="error")], tr)
    assert STATUS_ERROR in descriptor.splitlines()[2]
    assert SEVERITY_ERROR not in runs + provider + descriptor


def test_history_in_english_is_as_it_was() -> None:
    en = translator("en")
    assert history._runs_text("store", [_run()], en).splitlines()[1].split()[5:8] == ["pass", "fail", "error"]
    assert history._descriptor_text("A", [_run(status="error")], en).splitlines()[2].split()[2] == "error"
