"""A provider who writes ``languages: deutsch`` (or ``de; en``) gets the outcome analysis all the same.

The descriptor format reads a plain text "in the first of ``languages``". When no language is declared the
checker reads plain texts in the language they are written in (MC-LG-004 says so). A declared list that
names no language code (a language's name, two codes in one string) is reported by the schema or MC-VC-002,
and must not also silence every outcome rule: otherwise the provider's first fix (the language code) brings
new warnings and lowers the score, and the outcomes went unjudged without a word.
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline

VAGUE = "Die Teilnehmenden kennen die wichtigsten Funktionen der Tabellenkalkulation im Controlling."
TEACHING = "Der Kurs vermittelt Pivot-Tabellen und Diagramme für ein monatliches Controlling-Reporting."


def _offer(languages: object) -> dict:
    data = baseline()
    data["languages"] = languages
    data["title"] = "Tabellenkalkulation für das Controlling"
    data["summary"] = "Tabellenkalkulation im Controlling kleiner und mittlerer Unternehmen."
    data["learning_outcomes"] = [VAGUE, TEACHING]
    return data


def _result(languages: object):
    return check_documents([Document(source="kurs.yaml", data=_offer(languages), format="yaml")], now=NOW).results[0]


def _outcome_rules(result) -> set[tuple[str, str]]:
    return {(f.rule, f.pointer) for f in result.findings if f.rule.startswith("MC-LO-")}


@pytest.mark.parametrize("languages", ["deutsch", ["deutsch"], "de; en", ["German"], ["xx"]])
def test_outcomes_are_judged_when_the_declared_languages_name_no_language_code(languages: object) -> None:
    result = _result(languages)
    assert any(f.rule in ("MC-SC-001", "MC-VC-002") and f.pointer.startswith("/languages") for f in result.findings)
    found = _outcome_rules(result)
    assert ("MC-LO-002", "/learning_outcomes/0") in found
    assert ("MC-LO-003", "/learning_outcomes/1") in found
    assert result.outcomes[0]["language"] == "de"
    assert "MC-LO-002" in result.judged


def test_the_outcomes_are_judged_as_once_the_code_is_right() -> None:
    wrong, right = _result(["deutsch"]), _result(["de"])
    assert _outcome_rules(wrong) == _outcome_rules(right)
    assert [o["bloom"] for o in wrong.outcomes] == [o["bloom"] for o in right.outcomes]


def test_a_declared_code_is_still_the_language_plain_texts_are_claimed_in() -> None:
    """The text's own language is only a fallback: German text under a declared ``en`` is told, not reread."""
    result = _result(["en"])
    assert {("MC-LG-001", "/learning_outcomes/0"), ("MC-LG-001", "/learning_outcomes/1")} <= {
        (f.rule, f.pointer) for f in result.findings
    }
