"""Hostile round twelve: the history store's values printed back by ``qa-checker history``.

A provider named with a line break, a tab or terminal escape codes is recorded as it was given; the text
answers show it as the terminal report does (one line, escapes for the controls), the JSON answers keep it
exactly. ``history --provider`` naming a provider no run checked listed the recorded providers with their line
breaks as they were: the one-line error ran over several lines, a provider's second line looking like a line
of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.conftest import baseline
from tests.reporting.helpers import NOW_TEXT, write_json

PROVIDERS = ("First line\nSecond line", "Tab\there", "\x1b[31mRed\x1b[0m\x1b]0;owned\x07", "=cmd|' /C calc'!A0")
ODD_ID = "id\nwith a break"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("history")
    for index, name in enumerate(PROVIDERS):
        data = baseline()
        data["id"] = f"{ODD_ID}{index}"
        data["awarding_bodies"][0]["name"] = name
        write_json(root / "in" / f"d{index}.json", data)
    url = f"sqlite:///{root / 'h.sqlite'}"
    done = CliRunner().invoke(
        cli, ["audit", str(root / "in"), "--out", str(root / "out"), "--store", url, "--now", NOW_TEXT]
    )
    assert done.exit_code in (0, 1), done.output
    return url


def _history(store: str, *args: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(cli, ["history", "--store", store, *args])
    return done.exit_code, done.stdout, done.stderr


def test_an_unknown_provider_is_one_line_listing_the_recorded_ones_escaped(store: str) -> None:
    code, _, err = _history(store, "--provider", "Nobody")
    assert code == 2
    assert err.count("\n") == 1 and "\x1b" not in err and "\x07" not in err, err
    for shown in ("First line\\nSecond line", "Tab\\there", "\\x1b[31mRed\\x1b[0m\\x1b]0;owned\\x07"):
        assert shown in err, shown


def test_a_providers_trajectory_shows_its_name_on_one_line(store: str) -> None:
    code, out, _ = _history(store, "--provider", PROVIDERS[0])
    assert code == 0
    assert out.splitlines()[0].count("First line\\nSecond line") == 1
    assert not [line for line in out.splitlines() if line.startswith("Second line")]


def test_a_descriptors_trajectory_shows_its_id_on_one_line(store: str) -> None:
    code, out, _ = _history(store, "--descriptor", f"{ODD_ID}0")
    assert code == 0
    assert "id\\nwith a break0" in out.splitlines()[0]


def test_the_json_answers_keep_the_values_exactly(store: str) -> None:
    code, out, _ = _history(store, "--provider", PROVIDERS[2], "--format", "json")
    assert code == 0 and json.loads(out)["provider"] == PROVIDERS[2]
    code, out, _ = _history(store, "--descriptor", f"{ODD_ID}1", "--format", "json")
    assert code == 0 and json.loads(out)["descriptor"] == f"{ODD_ID}1"


def test_an_unknown_id_holding_a_break_is_refused_in_one_line(store: str, tmp_path: Path) -> None:
    code, _, err = _history(store, "--descriptor", "no\nsuch\x1b[2J")
    assert code == 2 and err.count("\n") == 1 and "\x1b" not in err, err
