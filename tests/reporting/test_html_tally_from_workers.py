"""The HTML report's tally of a run kept on disk is made by the workers that checked it, a page at a time.

The parent used to read every result back from disk after the last file was checked, alone, to sum the index's
counts, means and filter words. Each worker now tallies the chunk it packs (:class:`html.PageTally`), and the
parent merges the tallies in order. The pages must stay byte for byte those made from the results themselves:
whichever process checked a file, whether a worker's tally failed, and with the JSON report unchanged beside it.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

import pytest

from qa_checker import runner
from qa_checker.cli import audit as audit_command
from qa_checker.reporting import html, json_
from qa_checker.results import Report, Result
from qa_checker.runner import RunConfig, run
from qa_checker.spill import SpilledResults
from tests.conftest import SAMPLES
from tests.reporting.helpers import NOW_TEXT


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every input after the first is checked by a pool of two, in chunks of two files packed as pages."""
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(runner, "WARM_UP", 1)
    monkeypatch.setattr(runner, "MAX_CHUNK", 2)


def _failing(results: list[Result]) -> Any:
    raise ValueError("no tally")


def _pages(report: Report) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for path, write in html.page_writers(report, per_page=3).items():
        buffer = io.BytesIO()
        write(buffer)
        out[path] = buffer.getvalue()
    return out


def _json(report: Report) -> bytes:
    buffer = io.BytesIO()
    json_.write(report, buffer)
    return buffer.getvalue()


def _tallied_by_packer(report: Report) -> list[bool]:
    assert isinstance(report.results, SpilledResults)
    return [isinstance(made, html.PageTally) for made, _ in report.results.pages()]


@pytest.mark.usefixtures("pooled")
@pytest.mark.parametrize(("jobs", "render"), [(2, html.PageTally), (1, html.PageTally), (2, _failing)])
def test_the_pages_from_the_workers_tallies_are_the_pages_from_the_results(
    audit_config: RunConfig, samples_in_memory: Report, jobs: int, render: Any
) -> None:
    config = dataclasses.replace(audit_config, jobs=jobs, spill_after=2, render_pages=render)
    spilled = run([SAMPLES], config)
    tallied = _tallied_by_packer(spilled)
    if render is _failing:  # every page is tallied here from its results
        assert not any(tallied)
    elif jobs == 1:  # the inputs are packed here, a page of them at a time, each with its tally
        assert tallied and all(tallied)
    else:  # the pool's warm-up result is kept here, untallied; every page a worker packed comes with its tally
        assert len(tallied) > 2 and not tallied[0] and all(tallied[1:])
    assert _pages(spilled) == _pages(samples_in_memory)
    assert _json(spilled) == _json(samples_in_memory)


def test_the_audit_has_its_workers_tally_the_pages(
    run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configs: list[RunConfig] = []

    def recorded(paths: Any, config: RunConfig, **options: Any) -> Report:
        configs.append(config)
        return run(paths, config, **options)

    monkeypatch.setattr(audit_command, "run", recorded)
    result = run_cli("audit", str(SAMPLES), "--out", str(tmp_path / "out"), "--now", NOW_TEXT)
    assert result.exit_code in (0, 1) and [config.render_pages for config in configs] == [html.PageTally]
