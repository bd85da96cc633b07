"""The unit of an Open Badges 2.0 ``StudyLoadExtension``: edubadges counts it in hours (as the extension's published
schema says), the Open Educational Badges fork of badgr-server in minutes. The badge tells them apart by the
extensions only one platform writes; a badge that shows neither is read as hours with a warning naming the other
reading, and one that shows both is warned the same way."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker import ids
from qa_checker.loaders import load_file
from tests.importers.fixtures_ob2 import assertion, badge, extension, issuer, load_one, messages

ESCO = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"


def _oeb_extensions(study_load: object = 90) -> dict[str, Any]:
    """The extensions the Open Educational Badges badge editor writes with every badge (written here)."""
    competency = {
        **extension("CompetencyExtension", "studyLoad", 60),
        "name": "use a spreadsheet",
        "description": "Builds a small table with formulas.",
        "escoID": ESCO,
        "category": "skill",
    }
    return {
        "extensions:StudyLoadExtension": extension("StudyLoadExtension", "StudyLoad", study_load),
        "extensions:CategoryExtension": extension("CategoryExtension", "Category", "competency"),
        "extensions:LevelExtension": extension("LevelExtension", "Level", "a1"),
        "extensions:CompetencyExtension": [competency],
    }


def _warnings(doc: Any, part: str) -> list[Any]:
    return [f for f in messages(doc, part) if f.rule == ids.IMPORT_CONVERTED and f.severity.value == "warning"]


def test_a_badge_of_open_educational_badges_counts_minutes(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(badge=badge(**_oeb_extensions(90))))
    assert doc.data["workload"] == {"hours": 1.5}
    assert doc.origins["/workload/hours"].pointer == "/badge/extensions:StudyLoadExtension/StudyLoad"
    (note,) = messages(doc, "read as minutes")
    assert "CategoryExtension" in note.message and note.origin.pointer.endswith("/StudyLoad")
    assert not _warnings(doc, "StudyLoad")


def test_minutes_in_a_badgr_api_entity_of_that_platform(tmp_path: Path) -> None:
    entity = {
        "entityType": "BadgeClass",
        "entityId": "oeb1",
        "openBadgeId": "https://api.oeb.example/public/badges/oeb1",
        "issuer": "iss1",
        "issuerOpenBadgeId": "https://api.oeb.example/public/issuers/iss1",
        "name": "Tabellen",
        "description": "Tabellenkalkulation für Einsteiger.",
        "criteriaNarrative": "Aufgaben gelöst.",
        "extensions": _oeb_extensions(150),
    }
    path = tmp_path / "oeb.json"
    path.write_text(json.dumps({"status": {"success": True}, "result": [entity]}), encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.data["workload"] == {"hours": 2.5}
    assert doc.origins["/workload/hours"].pointer == "/result/0/extensions/extensions:StudyLoadExtension/StudyLoad"


def test_a_badge_with_edubadges_extensions_counts_hours_without_a_warning(tmp_path: Path) -> None:
    doc = load_one(
        tmp_path,
        assertion(
            badge=badge(
                **{
                    "extensions:StudyLoadExtension": extension("StudyLoadExtension", "StudyLoad", 84),
                    "extensions:EQFExtension": extension("EQFExtension", "EQF", 5),
                }
            )
        ),
    )
    assert doc.data["workload"] == {"hours": 84}
    assert not _warnings(doc, "StudyLoad")
    # An edubadges issuer extension tells it as well.
    marked = issuer(**{"extensions:InstitutionNameExtension": extension("InstitutionNameExtension", "x", "U")})
    marked["extensions:InstitutionNameExtension"]["InstitutionName"] = "University of Example"
    load = extension("StudyLoadExtension", "StudyLoad", 28)
    doc = load_one(tmp_path, assertion(badge=badge(issuer=marked, **{"extensions:StudyLoadExtension": load})))
    assert doc.data["workload"] == {"hours": 28} and not _warnings(doc, "StudyLoad")


def test_a_badge_that_shows_no_platform_is_read_as_hours_and_warned(tmp_path: Path) -> None:
    load = extension("StudyLoadExtension", "StudyLoad", 120)
    doc = load_one(tmp_path, assertion(badge=badge(**{"extensions:StudyLoadExtension": load})))
    assert doc.data["workload"] == {"hours": 120}
    (warning,) = _warnings(doc, "StudyLoad 120")
    assert "(2 hours)" in warning.message and warning.pointer == "/workload/hours"
    assert warning.origin.pointer == "/badge/extensions:StudyLoadExtension/StudyLoad"


def test_a_badge_with_marks_of_both_platforms_is_warned(tmp_path: Path) -> None:
    extensions = {**_oeb_extensions(90), "extensions:EQFExtension": extension("EQFExtension", "EQF", 4)}
    doc = load_one(tmp_path, assertion(badge=badge(**extensions)))
    assert doc.data["workload"] == {"hours": 90}
    (warning,) = _warnings(doc, "StudyLoad 90")
    assert "EQFExtension" in warning.message and "CategoryExtension" in warning.message


def test_a_minutes_value_that_is_no_number_is_warned_and_left_out(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(badge=badge(**_oeb_extensions("eine Stunde"))))
    assert "hours" not in doc.data.get("workload", {})
    (warning,) = _warnings(doc, "is not a number of minutes")
    assert warning.origin.pointer == "/badge/extensions:StudyLoadExtension/StudyLoad"


def test_a_duration_states_its_unit(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(badge=badge(**_oeb_extensions("PT3H"))))
    assert doc.data["workload"] == {"hours": 3}
    assert not messages(doc, "read as minutes") and not _warnings(doc, "StudyLoad")
