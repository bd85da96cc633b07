"""An Open Badges 2.0 extension whose value is of a kind its key cannot have (edubadges' ``InstitutionName`` as a
language map, where the extension's schema wants a text) is warned about once, at the value: not also said to have
no value, which it has."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.loaders import load_file


def _assertion(extension: dict[str, Any]) -> dict[str, Any]:
    issuer = {
        "id": "https://api.edubadges.nl/public/issuers/abc",
        "type": "Issuer",
        "name": "Faculty of Science",
        "extensions:InstitutionNameExtension": {
            "@context": "https://api.edubadges.nl/extensions/InstitutionNameExtension/context.json",
            "type": ["Extension", "extensions:InstitutionNameExtension"],
            **extension,
        },
    }
    badge = {
        "id": "https://api.edubadges.nl/public/badges/b1",
        "type": "BadgeClass",
        "name": "Data Stewardship",
        "description": "Managing research data.",
        "criteria": {"narrative": "Pass the assignment."},
        "issuer": issuer,
    }
    return {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "https://api.edubadges.nl/a/1",
        "recipient": {"type": "email", "hashed": False, "identity": "ada@uni.nl"},
        "badge": badge,
        "issuedOn": "2026-04-02T08:30:00Z",
        "verification": {"type": "HostedBadge"},
    }


def _warnings(tmp_path: Path, extension: dict[str, Any]) -> list[str]:
    path = tmp_path / "assertion.json"
    path.write_text(json.dumps(_assertion(extension)), encoding="utf-8")
    (doc,) = load_file(path)
    return [str(f.message) for f in doc.findings if f.rule == "MC-IM-002"]


def test_a_value_of_another_kind_is_warned_once(tmp_path: Path) -> None:
    warnings = _warnings(tmp_path, {"InstitutionName": {"en_EN": "University of Twente"}})
    assert len(warnings) == 1 and "InstitutionName is" in warnings[0], warnings


def test_an_extension_without_its_value_is_still_warned(tmp_path: Path) -> None:
    assert any("has no InstitutionName value" in w for w in _warnings(tmp_path, {}))
