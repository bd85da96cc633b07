"""Several outcomes written into one list item, each on a line of its own (bulleted, numbered or not, after a
lead-in or not), are reported as such by MC-LO-004; one statement broken over two lines is not."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline

OTHER = "Respond to a phishing incident following the organisation's incident response plan."


def _single_action(language: str, item: str) -> list[str]:
    data: dict[str, Any] = baseline()
    data["languages"] = [language]
    data["learning_outcomes"] = [item, OTHER] if language == "en" else [item]
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [str(f.message) for f in result.findings if f.rule == "MC-LO-004" and f.pointer == "/learning_outcomes/0"]


@pytest.mark.parametrize(
    ("language", "item", "count"),
    [
        (
            "en",
            "Configure a firewall rule set for a small office network.\n"
            "Audit user accounts against the least-privilege principle.",
            2,
        ),
        (
            "en",
            "On completion of this course, the learner will be able to:\n- digitise vector features in QGIS;\n"
            "- reproject datasets between EPSG:4326 and EPSG:3857;\n- produce a thematic map with a legend.",
            3,
        ),
        (
            "de",
            "1. Einen Projektstrukturplan für ein IT-Projekt erstellen.\n"
            "2. Die Teilnehmenden moderieren ein Kick-off-Meeting mit Stakeholdern.",
            2,
        ),
        ("fr", "<ul><li>Rédiger une note de synthèse.</li><li>Animer une réunion d'équipe à distance.</li></ul>", 2),
    ],
)
def test_outcomes_on_lines_of_their_own_are_reported(language: str, item: str, count: int) -> None:
    (message,) = _single_action(language, item)
    assert f"holds {count} outcomes on lines of their own" in message


def test_one_statement_broken_over_two_lines_is_one_outcome() -> None:
    item = "Configure a firewall rule set for a small\noffice network with a separate guest segment."
    assert _single_action("en", item) == []
