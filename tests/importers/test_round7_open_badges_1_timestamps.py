"""An Open Badges 1.x ``issuedOn`` as a 10-digit Unix timestamp, as older issuers and backpacks wrote it (the
DateTime of 1.x is "an ISO 8601 date or a standard 10-digit Unix timestamp"), is the date of issuing; 2.0 allows
ISO 8601 only, so there it stays a warning (see test_ob2_bad_inputs)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.loaders import load_file


def _load(tmp_path: Path, data: dict[str, Any]) -> Any:
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


def _assertion(issued: object) -> dict[str, Any]:
    """An Open Badges 1.0 hosted assertion (no context, no type) with its badge class."""
    issuer = {"name": "Academy", "url": "https://academy.eu"}
    badge = {
        "name": "Charts",
        "description": "Charts.",
        "image": "https://academy.eu/b.png",
        "criteria": "https://academy.eu/criteria",
        "issuer": issuer,
    }
    return {
        "uid": "a-1",
        "recipient": {"type": "email", "hashed": False, "identity": "lea@academy.eu"},
        "badge": badge,
        "issuedOn": issued,
        "verify": {"type": "hosted", "url": "https://academy.eu/a/1"},
    }


@pytest.mark.parametrize("issued", [1775118600, "1775118600"])
def test_a_1_x_issue_date_as_a_unix_timestamp_is_read(tmp_path: Path, issued: object) -> None:
    doc = _load(tmp_path, _assertion(issued))
    assert doc.data["issue_date"] == "2026-04-02"
    assert not [f for f in doc.findings if f.rule == "MC-IM-002"]


@pytest.mark.parametrize("issued", [17751186, 177511860000, "2026-13-40", True])
def test_other_numbers_are_no_date(tmp_path: Path, issued: object) -> None:
    doc = _load(tmp_path, _assertion(issued))
    assert "issue_date" not in doc.data
    assert [f for f in doc.findings if f.rule == "MC-IM-002" and f.pointer == "/issue_date"]


def test_an_open_badges_2_timestamp_is_still_no_date(tmp_path: Path) -> None:
    data = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "https://academy.eu/a/1",
        **{k: v for k, v in _assertion(1775118600).items() if k not in ("uid", "verify")},
        "verification": {"type": "HostedBadge"},
    }
    data["badge"] = {**data["badge"], "type": "BadgeClass", "id": "https://academy.eu/b/1"}
    doc = _load(tmp_path, data)
    assert "issue_date" not in doc.data
