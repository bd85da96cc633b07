"""A large ``check --format json`` is written from the text its workers made of their results.

A run kept on disk (more results than ``spill_after``) used to unpickle every result after the last file was
checked, in the main process alone, to serialise it. Each worker now also writes its page's results[] entries
(in the report's language) as it packs them, and the report copies that text. The report must stay byte for
byte the one written from the results themselves: in any language, whatever a page holds (a value orjson
refuses, a page its worker could not write, a page written in another language), and whichever process
checked a file.
"""

from __future__ import annotations

import dataclasses
import functools
import io
from pathlib import Path
from typing import Any

import pytest

from qa_checker import runner
from qa_checker.cli import check as check_command
from qa_checker.reporting import json_
from qa_checker.results import Report, Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report, run
from qa_checker.spill import SpilledResults, pack
from tests.conftest import NOW, SAMPLES


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every input after the first is checked by a pool of two, in chunks of two files packed as pages."""
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(runner, "WARM_UP", 1)
    monkeypatch.setattr(runner, "MAX_CHUNK", 2)


def _config(language: str = "en", **changes: Any) -> RunConfig:
    return RunConfig(
        rubric=load_rubric(), now=NOW, jobs=2, command="check", language=language, spill_after=2, **changes
    )


def _written(report: Report) -> bytes:
    buffer = io.BytesIO()
    json_.write(report, buffer)
    return buffer.getvalue()


def _rendered(language: str) -> functools.partial[Any]:
    return functools.partial(json_.entries, language=language)


def _pages_written_by_workers(report: Report) -> list[bool]:
    assert isinstance(report.results, SpilledResults)
    return [made is not None for made, _ in report.results.pages()]


@pytest.mark.usefixtures("pooled")
@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_the_report_from_the_workers_text_is_the_report_from_the_results(language: str) -> None:
    in_memory = run([SAMPLES], dataclasses.replace(_config(language), jobs=1, spill_after=None))
    from_results = run([SAMPLES], _config(language))
    from_text = run([SAMPLES], _config(language, render_pages=_rendered(language)))
    written = _pages_written_by_workers(from_text)
    # The warm-up's result is kept here, unwritten; every page of the pool comes with its text.
    assert written[0] is False and len(written) > 2 and all(written[1:])
    assert _written(from_text) == _written(from_results) == _written(in_memory)


@pytest.mark.usefixtures("pooled")
def test_writing_the_report_reads_only_the_results_no_worker_wrote(monkeypatch: pytest.MonkeyPatch) -> None:
    report = run([SAMPLES], _config(render_pages=_rendered("en")))
    read: list[int] = []
    page = SpilledResults._page

    def counted(self: SpilledResults, number: int) -> list[Result]:
        read.append(number)
        return page(self, number)

    monkeypatch.setattr(SpilledResults, "_page", counted)
    _written(report)
    assert read == [0]  # the warm-up's page only


@pytest.mark.usefixtures("pooled")
def test_a_page_written_in_another_language_is_not_copied() -> None:
    expected = _written(run([SAMPLES], _config("en")))
    assert _written(run([SAMPLES], _config("en", render_pages=_rendered("de")))) == expected


def _refuse_the_ethics_offer(results: list[Result], language: str) -> Any:
    if any("ethics" in result.source for result in results):
        raise RuntimeError("this page cannot be written")
    return json_.entries(results, language)


@pytest.mark.usefixtures("pooled")
def test_a_page_its_worker_could_not_write_is_written_from_its_results() -> None:
    expected = _written(run([SAMPLES], _config()))
    report = run([SAMPLES], _config(render_pages=functools.partial(_refuse_the_ethics_offer, language="en")))
    written = _pages_written_by_workers(report)
    assert not all(written[1:]) and any(written[1:])
    assert _written(report) == expected


def _kept_on_disk(results: list[Result], render: Any) -> Report:
    """The report of ``results`` kept on disk: the first here, the others in pages of two packed with ``render``."""
    spilled = SpilledResults(results[:1])
    for start in range(1, len(results), 2):
        spilled.add_page(pack(results[start : start + 2], lambda r: None, render))
    return build_report(spilled, _config())


def test_a_value_orjson_refuses_is_written_as_the_standard_library_writes_it(samples_in_memory: Report) -> None:
    results = list(samples_in_memory.results)
    results[3] = dataclasses.replace(results[3], id="lone \ud800 surrogate")  # no loader lets one through
    report = _kept_on_disk(results, _rendered("en"))
    assert _pages_written_by_workers(report) == [False, True, False, *[True] * (len(results) // 2 - 2)]
    written = _written(report)
    assert written == _written(_kept_on_disk(results, None))
    assert "lone \ufffd surrogate".encode() in written


@pytest.mark.usefixtures("pooled")
@pytest.mark.parametrize("language", ["en", "de"])
def test_check_writes_the_same_json_in_one_process_and_from_its_workers_pages(
    run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    options = ["--format", "json", "--now", NOW.isoformat(), "--lang", language]
    alone = run_cli("check", str(SAMPLES), *options, "--jobs", "1", "-o", str(tmp_path / "alone.json"))
    monkeypatch.setattr(check_command, "SPILL_AFTER", 2)
    pooled = run_cli("check", str(SAMPLES), *options, "--jobs", "2", "-o", str(tmp_path / "pooled.json"))
    assert alone.exit_code == pooled.exit_code
    assert (tmp_path / "pooled.json").read_bytes() == (tmp_path / "alone.json").read_bytes()


@pytest.mark.usefixtures("pooled")
def test_a_run_read_through_its_text_only_keeps_no_results_of_the_pages_written() -> None:
    expected = _written(run([SAMPLES], _config()))
    report = run([SAMPLES], _config(render_pages=_rendered("en"), rendered_only=True))
    assert _written(report) == expected
    assert isinstance(report.results, SpilledResults)
    pages = list(report.results.pages())
    assert pages[0][0] is None and len(pages[0][1]()) == 1  # the warm-up's result, checked and kept here
    for _, read in pages[1:]:
        with pytest.raises(LookupError):
            read()


@pytest.mark.parametrize("rendered_only", [False, True])
def test_a_run_on_disk_in_one_process_is_written_from_its_pages_text(
    monkeypatch: pytest.MonkeyPatch, rendered_only: bool
) -> None:
    alone = dataclasses.replace(_config(), jobs=1)
    expected = _written(run([SAMPLES], dataclasses.replace(alone, spill_after=None)))
    monkeypatch.setattr(runner, "PAGE", 2)
    report = run([SAMPLES], dataclasses.replace(alone, render_pages=_rendered("en"), rendered_only=rendered_only))
    written = _pages_written_by_workers(report)
    assert len(written) > 2 and all(written)
    assert _written(report) == expected


def test_check_json_in_one_process_on_disk_is_the_report_in_memory(
    run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = ["--format", "json", "--now", NOW.isoformat(), "--jobs", "1"]
    in_memory = run_cli("check", str(SAMPLES), *options, "-o", str(tmp_path / "memory.json"))
    monkeypatch.setattr(check_command, "SPILL_AFTER", 2)
    on_disk = run_cli("check", str(SAMPLES), *options, "-o", str(tmp_path / "disk.json"))
    assert in_memory.exit_code == on_disk.exit_code
    assert (tmp_path / "disk.json").read_bytes() == (tmp_path / "memory.json").read_bytes()
