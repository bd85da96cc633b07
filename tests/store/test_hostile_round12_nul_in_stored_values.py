"""Hostile round twelve: a NUL character in a descriptor's values, recorded in the history store.

A descriptor whose id, title, provider, an outcome and a field name held a NUL (some converters leave them
behind) made the whole run fail to be recorded in PostgreSQL ("text fields cannot contain NUL"): exit 2, and
the other descriptors of the batch lost their place in the history too. SQLite kept it. The run must be
recorded in both databases alike, each NUL kept as U+FFFD (as the HTML report and the workbook show it), and
a literal backslash-u-0000 written in a text stays that text.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.store.records import jsonable
from tests.conftest import baseline
from tests.reporting.helpers import write_json

NOW = "2026-11-29T12:00:00+00:00"


def _batch(root: Path) -> Path:
    folder = root / "in"
    odd = baseline()
    odd["id"] = "nul\x00id"
    odd["title"] = {"en": "Data\x00 Ethics"}
    odd["awarding_bodies"][0]["name"] = "Provider\x00"
    odd["learning_outcomes"] = ["Apply\x00 the method.", "Explain it with \\u0000 escapes."]
    odd["col\x00our"] = "blue"  # an unknown field: a finding at a pointer holding the NUL
    write_json(folder / "odd.json", odd)
    plain = baseline()
    plain["id"] = "plain"
    write_json(folder / "plain.json", plain)
    return folder


def test_a_nul_in_a_descriptor_is_recorded_as_u_fffd_in_every_store(store_url: str, tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    runner = CliRunner()
    audited = runner.invoke(
        cli, ["audit", str(folder), "--out", str(tmp_path / "out"), "--store", store_url, "--now", NOW, "--no-progress"]
    )
    assert audited.exit_code == 1, audited.output
    assert "recorded run 1" in audited.stderr
    exported = runner.invoke(cli, ["history", "--store", store_url, "--export", "latest"])
    assert exported.exit_code == 0, exported.output
    results = {r["id"]: r for r in json.loads(exported.stdout)["results"]}
    assert set(results) == {"nul\ufffdid", "plain"}
    odd = json.dumps(results["nul\ufffdid"], ensure_ascii=False)
    assert "\\u0000" not in odd and "'Apply\ufffd the method.'" in odd and "/col\ufffdour" in odd
    trajectory = runner.invoke(
        cli, ["history", "--store", store_url, "--descriptor", "nul\ufffdid", "--format", "json"]
    )
    assert trajectory.exit_code == 0 and len(json.loads(trajectory.stdout)["runs"]) == 1


def test_the_next_run_of_the_same_batch_is_compared_with_it(store_url: str, tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    runner = CliRunner()
    for day in ("2026-11-29", "2026-11-30"):
        done = runner.invoke(
            cli,
            [
                "check",
                str(folder),
                "--store",
                store_url,
                "--now",
                f"{day}T12:00:00+00:00",
                "--format",
                "json",
                "-j",
                "1",
            ],
        )
        assert done.exit_code == 1, done.output
    assert "0 added, 0 removed" in done.stderr, done.stderr


def test_a_backslash_u_0000_written_in_a_text_stays_that_text() -> None:
    given = {"k\x00": ["a\x00b", "with \\u0000 escapes", "\\\x00", "\\\\u0000"]}
    assert jsonable(given) == {"k\ufffd": ["a\ufffdb", "with \\u0000 escapes", "\\\ufffd", "\\\\u0000"]}
