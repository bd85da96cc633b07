"""An unknown rule id is answered with the closest ids there are and the place that lists every rule: the
API's own listing for an API user (not a command of the CLI), the rules page for the page's reader."""

from __future__ import annotations

import asyncio
import json

import pytest

from qa_checker.web import application
from qa_checker.web.application import Problem
from qa_checker.web.settings import Settings


def _refusal(rule_id: str, **listing: str) -> str:
    web = application.WebApp(Settings.from_env({}))
    with pytest.raises(Problem) as raised:
        asyncio.run(web.explanation(rule_id, None, **listing))
    assert raised.value.status == 404
    return str(raised.value.message)


@pytest.mark.parametrize(
    ("rule_id", "matches"),
    [
        ("MC-LO-02", "MC-LO-002, "),
        ("MC-LO-0002", "MC-LO-002, "),
        ("mc-lo-099", "MC-LO-00"),
        ("MC-L0-002", "MC-LO-002"),
    ],
)
def test_a_near_miss_names_the_closest_ids_and_the_api_listing(rule_id: str, matches: str) -> None:
    message = _refusal(rule_id, listing=application.API_RULES)
    assert message.startswith(f"There is no rule '{rule_id}'. Did you mean ")
    assert matches in message and message.endswith("? GET /api/v1/rules lists every rule.")
    assert "qa-checker" not in message
    assert message.count("MC-") <= 4  # the id asked for and three suggestions at most


@pytest.mark.parametrize("rule_id", ["MC-ZZ-999", "../../etc/passwd", "x" * 10_000, "\x00\n"])
def test_an_id_like_no_rule_says_what_ids_look_like(rule_id: str) -> None:
    message = _refusal(rule_id, listing=application.API_RULES)
    assert message == (
        f"There is no rule '{rule_id[:40]}'. Rule ids look like MC-LO-002; GET /api/v1/rules lists every rule."
    )


def test_the_rules_page_points_to_itself() -> None:
    assert _refusal("MC-ZZ-999").endswith("; /rules lists every rule.")


def test_the_api_answers_an_unknown_rule_with_its_listing() -> None:
    from starlette.testclient import TestClient

    app = application.create_app(Settings.from_env({}, workers=1))
    with TestClient(app) as client:
        answer = client.get("/api/v1/rules/MC-LO-02")
        page = client.get("/rules/MC-LO-02")
    assert answer.status_code == 404
    message = answer.json()["error"]["message"]
    assert "Did you mean MC-LO-002" in message and message.endswith("GET /api/v1/rules lists every rule.")
    assert page.status_code == 404 and "/rules lists every rule." in page.text
    assert json.dumps(answer.json())  # a JSON problem, not a page
