"""Open Badges 2.0 files that cannot be read whole are refused or warned with a located reason, never a
traceback: a badge given only by URL (nothing is fetched), no badge, a badge of the wrong type, a badge that
describes nothing, an issuer given only by URL, a recipient or date of the wrong type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.importers.fixtures_ob2 import CONTEXT, assertion, badge, load_one, messages


def _refusal(tmp_path: Path, data: dict) -> tuple[str, str | None]:
    doc = load_one(tmp_path, data)
    assert doc.data is None and doc.format == "ob2"
    (finding,) = [f for f in doc.findings if f.severity.value == "error"]
    return finding.message, finding.origin.pointer if finding.origin else None


def test_a_badge_given_only_by_url_is_not_fetched(tmp_path: Path) -> None:
    message, where = _refusal(tmp_path, assertion(badge="https://badges.example.org/public/badges/circular-1"))
    assert "only by URL (https://badges.example.org/public/badges/circular-1)" in message
    assert "fetches nothing" in message and where == "/badge"


def test_a_badge_given_by_its_id_alone_is_a_reference(tmp_path: Path) -> None:
    message, where = _refusal(tmp_path, assertion(badge={"id": "https://b.example.org/1", "type": "BadgeClass"}))
    assert "only by URL (https://b.example.org/1)" in message and where == "/badge"


def test_an_assertion_without_a_badge(tmp_path: Path) -> None:
    data = assertion()
    del data["badge"]
    message, where = _refusal(tmp_path, data)
    assert "has no badge" in message and where == ""


def test_a_badge_that_is_a_number(tmp_path: Path) -> None:
    message, where = _refusal(tmp_path, assertion(badge=42))
    assert "the assertion's badge 42 is neither a BadgeClass nor the URL of one" in message and where == "/badge"


def test_a_revoked_assertion_without_its_badge(tmp_path: Path) -> None:
    revoked = {"@context": CONTEXT, "type": "Assertion", "id": "https://b.example.org/a/9", "revoked": True}
    message, _where = _refusal(tmp_path, {**revoked, "revocationReason": "issued in error", "badge": "x"})
    assert "is revoked and names no badge" in message


def test_a_badge_class_that_describes_nothing(tmp_path: Path) -> None:
    stub = {
        "@context": CONTEXT,
        "type": "BadgeClass",
        "id": "https://example.org/badgeclasses/1",
        "related": [{"type": ["https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement"], "id": "urn:x"}],
    }
    message, where = _refusal(tmp_path, stub)
    assert "none of the properties a badge is described by" in message and where == ""


def test_a_badge_of_another_type_is_read_with_a_warning(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(badge={**badge(), "type": "Issuer"}))
    assert doc.data["title"] == "Circular Design Basics"
    (warning,) = messages(doc, "badge is of type Issuer, not BadgeClass")
    assert warning.origin.pointer == "/badge/type"


def test_an_issuer_given_only_by_url_is_warned_not_fetched(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(badge=badge(issuer="https://badges.example.org/public/issuers/9")))
    assert "awarding_bodies" not in doc.data
    (warning,) = messages(doc, "the issuer is given only by its URL (https://badges.example.org/public/issuers/9)")
    assert warning.severity.value == "warning" and warning.origin.pointer == "/badge/issuer"


def test_a_recipient_that_is_a_text_is_warned(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(recipient=["sam@example.org"]))
    assert "learner" not in doc.data
    (warning,) = messages(doc, "is not an identity object")
    assert warning.origin.pointer == "/recipient"


def test_an_issue_date_that_is_a_number_is_warned(tmp_path: Path) -> None:
    doc = load_one(tmp_path, assertion(issuedOn=1714557600))
    assert "issue_date" not in doc.data
    (warning,) = messages(doc, "issuedOn 1714557600 is not an ISO 8601 date")
    assert warning.origin.pointer == "/issuedOn"


@pytest.mark.parametrize(
    "data",
    [
        assertion(badge="https://b.example.org/1"),
        assertion(badge=[1, 2]),
        assertion(badge={"name": 5, "issuer": 7, "criteria": 3, "alignment": "x"}),
        assertion(recipient=None, issuedOn=None, badge=badge(**{"extensions:EQFExtension": "six"})),
    ],
)
def test_no_traceback_reaches_the_user(tmp_path: Path, data: dict) -> None:
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    run = CliRunner().invoke(cli, ["check", str(path), "--format", "json"], catch_exceptions=False)
    assert run.exit_code in (0, 1) and "Traceback" not in run.output
    (result,) = json.loads(run.stdout)["results"]
    assert result["findings"] and all(f["message"] for f in result["findings"])
