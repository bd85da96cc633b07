"""The competencies of an Open Badges 2.0 badge of Open Educational Badges (``extensions:CompetencyExtension``, a
list of competency objects or, in older badges, one) are its learning outcomes: each by its name, with the ESCO
concept its ``escoID`` or ``framework_identifier`` names; a competency without a name is warned where it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importers.fixtures_ob2 import assertion, badge, extension, load_one, messages

ESCO = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"


def _competency(name: str | None, **extra: Any) -> dict[str, Any]:
    found = {**extension("CompetencyExtension", "studyLoad", 45), "description": "…", "category": "skill", **extra}
    if name is not None:
        found["name"] = name
    return found


def test_each_competency_is_a_learning_outcome(tmp_path: Path) -> None:
    competencies = [
        _competency("use spreadsheet software", escoID=ESCO),
        _competency("Tabellen gestalten", escoID="undefined"),
        _competency("explain data protection", framework_identifier=ESCO, escoID=""),
    ]
    alignment = [{"targetName": "analyse data", "targetUrl": "http://data.europa.eu/esco/skill/0-test"}]
    doc = load_one(
        tmp_path,
        assertion(badge=badge(alignment=alignment, **{"extensions:CompetencyExtension": competencies})),
    )
    assert doc.data["learning_outcomes"] == [
        {"text": "analyse data", "esco": ["http://data.europa.eu/esco/skill/0-test"]},
        {"text": "use spreadsheet software", "esco": [ESCO]},
        "Tabellen gestalten",
        {"text": "explain data protection", "esco": [ESCO]},
    ]
    assert doc.origins["/learning_outcomes/2"].pointer == "/badge/extensions:CompetencyExtension/1"
    assert not messages(doc, "CompetencyExtension has no field")


def test_a_single_competency_object_and_one_without_a_name(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(badge=badge(**{"extensions:CompetencyExtension": _competency("draw")})))
    assert doc.data["learning_outcomes"] == ["draw"]
    assert doc.origins["/learning_outcomes/0"].pointer == "/badge/extensions:CompetencyExtension"
    doc = load_one(tmp_path, assertion(badge=badge(**{"extensions:CompetencyExtension": [_competency(None)]})))
    assert "learning_outcomes" not in doc.data
    (warning,) = messages(doc, "the competency has no name")
    assert warning.origin.pointer == "/badge/extensions:CompetencyExtension/0"
