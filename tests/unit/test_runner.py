"""The runner isolates every input: a failure or a stuck stage costs that input only, in every output."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from qa_checker import engine, importers, runner, validation
from qa_checker.limits import Limits, OverTime
from qa_checker.loaders import common, json_
from qa_checker.reporting import excel, html, text
from qa_checker.reporting import json_ as json_report
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, baseline

VICTIM = "victim-offer"


def _batch(folder: Path) -> Path:
    folder.mkdir()
    for ident in ("good-a", VICTIM, "good-b"):
        data = baseline()
        data["id"] = ident
        (folder / f"{ident}.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _is_victim(value: Any) -> bool:
    text = value if isinstance(value, str) else repr(getattr(value, "data", value))
    return VICTIM in text


def _failing(original: Any, pick: int = 0) -> Any:
    """``original``, raising on the victim's input (found in argument ``pick``)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if _is_victim(args[pick]):
            raise RuntimeError("injected failure")
        return original(*args, **kwargs)

    return wrapper


# Each stage of the pipeline, patched where the runner reaches it: (module, name, argument with the input).
STAGES = {
    "parse": (json_, "orjson", None),  # the parser a usual JSON file is read by
    "finish": (json_, "finish_all", 1),
    "import": (common, "import_documents", 0),
    "validate": (engine.validation, "validate", 0),
    "rules": (engine, "run_rules", 0),
    "elements": (engine, "element_statuses", 0),
    "outcome-levels": (engine, "outcome_summary", 0),
    "locate": (engine, "_located", 0),
}


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_failure_in_any_stage_costs_only_that_input(
    stage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module, name, pick = STAGES[stage]
    if pick is None:
        parser = getattr(module, name)

        class Exploding:
            def __getattr__(self, attr: str) -> Any:
                real = getattr(parser, attr)
                return _failing(real) if attr == "loads" else real

        monkeypatch.setattr(module, name, Exploding())
    else:
        monkeypatch.setattr(module, name, _failing(getattr(module, name), pick))
    report = run([_batch(tmp_path / "batch")], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    by_name = {Path(r.source).name: r for r in report.results}
    assert by_name["good-a.json"].status == by_name["good-b.json"].status == "pass"
    victim = by_name[f"{VICTIM}.json"]
    assert victim.status == "error"
    assert [f.rule for f in victim.findings] == ["MC-EN-002"]
    assert "RuntimeError: injected failure" in victim.findings[0].message
    for render in (text.render, json_report.render, html.render, excel.render):
        assert render(report)


def test_an_input_over_its_time_budget_is_given_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow_rules = engine.run_rules
    slept: list[bool] = []

    def stuck(doc: Any, *args: Any) -> Any:
        if _is_victim(doc.data):
            time.sleep(30)
            slept.append(True)  # reached only if the budget let the stuck stage run to its end
        return slow_rules(doc, *args)

    monkeypatch.setattr(engine, "run_rules", stuck)
    report = run(
        [_batch(tmp_path / "batch")], RunConfig(rubric=load_rubric(), now=NOW, jobs=1, limits=Limits(seconds=0.5))
    )
    # Given up, not waited out: the stuck stage was stopped inside its sleep (MC-EN-003 below says why).
    assert slept == []
    by_name = {Path(r.source).name: r for r in report.results}
    assert by_name["good-a.json"].status == by_name["good-b.json"].status == "pass"
    (finding,) = by_name[f"{VICTIM}.json"].findings
    assert (
        finding.rule == "MC-EN-003"
        and "Checking this input took longer than the budget of 0.5 seconds" in finding.message
    )


def test_a_rule_crash_is_still_a_finding_on_a_checked_descriptor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qa_checker.rules import RULES_BY_ID

    rule = RULES_BY_ID["MC-EL-002"]
    monkeypatch.setattr(rule, "check", lambda self, doc, ctx: (_ for _ in ()).throw(ValueError("bad rule")))
    report = run([_batch(tmp_path / "batch")], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    assert all(any(f.rule == "MC-EN-001" for f in r.findings) for r in report.results)


def test_no_stage_is_left_out() -> None:
    """The stages above are the ones the engine and loaders call; a renamed one must be renamed here."""
    for module, name, _ in STAGES.values():
        assert hasattr(module, name), f"{module.__name__}.{name}"
    assert importers.import_documents is not None and validation.validate is not None


def _many(folder: Path, count: int) -> Path:
    folder.mkdir()
    for index in range(count):
        data = baseline()
        data["id"] = f"offer-{index:04d}"
        if index % 3 == 0:
            data["workload"] = {"hours": 40}  # a flawed one now and then
        (folder / f"offer-{index:04d}.json").write_text(json.dumps(data), encoding="utf-8")
    (folder / "broken.json").write_text('{"id": ', encoding="utf-8")
    return folder


def _small_pool(monkeypatch: pytest.MonkeyPatch, *, chunk: int) -> None:
    """A stream of a few files goes to a pool, in chunks of ``chunk``, after one file checked here."""
    from qa_checker import runner

    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 5)
    monkeypatch.setattr(runner, "WARM_UP", 1)
    monkeypatch.setattr(runner, "STREAM_CHUNK", chunk)


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_results_are_the_reports_in_input_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    folder = _many(tmp_path / "batch", 23)
    _small_pool(monkeypatch, chunk=3)
    config = RunConfig(rubric=load_rubric(), now=NOW, jobs=jobs)
    streamed = [r.to_dict() for r in runner.iter_results([folder], config)]
    assert streamed == [r.to_dict() for r in run([folder], config).results]
    assert [r["source"].rsplit("/", 1)[-1] for r in streamed][:2] == ["broken.json", "offer-0000.json"]


def _sources_rendered(results: list[Any]) -> list[str]:
    import multiprocessing

    if multiprocessing.parent_process() is not None and any(r.source.endswith("offer-0013.json") for r in results):
        raise RuntimeError("a worker could not render this group: the process reading the stream renders it")
    return [f"{r.source}:{r.status}" for r in results]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rendered_stream_is_what_its_results_render_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    folder = _many(tmp_path / "batch", 23)
    _small_pool(monkeypatch, chunk=3)
    config = RunConfig(rubric=load_rubric(), now=NOW, jobs=jobs, render_pages=_sources_rendered)
    results = list(runner.iter_results([folder], config))
    rendered = list(runner.iter_rendered([folder], config))
    assert [line for made, _ in rendered for line in made] == [f"{r.source}:{r.status}" for r in results]
    assert [status for _, statuses in rendered for status in statuses] == [r.status for r in results]
    # A pool's workers rendered their chunks of three (and the results of the chunk one could not render came back
    # whole); one process renders each input's results as they come.
    assert [len(made) for made, _ in rendered][:5] == ([1, 3, 3, 3, 3] if jobs == 2 else [1, 1, 1, 1, 1])


def test_standard_input_keeps_its_place_in_a_stream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _many(tmp_path / "batch", 8)
    _small_pool(monkeypatch, chunk=2)
    data = baseline()
    data["id"] = "from-stdin"
    config = RunConfig(rubric=load_rubric(), now=NOW, jobs=2, stdin_name="x.json")
    alone = tmp_path / "alone.json"  # outside the folder: a file the folder holds is checked once, where first met
    alone.write_bytes((folder / "offer-0001.json").read_bytes())
    stream = list(runner.iter_results([folder, "-", alone], config, stdin=json.dumps(data).encode()))
    assert [r.id for r in stream][-2:] == ["from-stdin", "offer-0001"]
    assert len(stream) == 11  # the folder's nine files, standard input and the file alone


def test_a_stream_keeps_only_a_few_chunks_in_flight(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ProcessPoolExecutor

    _small_pool(monkeypatch, chunk=2)
    submitted: list[int] = []
    real = ProcessPoolExecutor.submit

    def counting(self: ProcessPoolExecutor, fn: Any, *args: Any, **kwargs: Any) -> Any:
        submitted.append(len(args[0]))
        return real(self, fn, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", counting)
    folder = _many(tmp_path / "batch", 60)
    stream = runner.iter_results([folder], RunConfig(rubric=load_rubric(), now=NOW, jobs=2))
    next(stream)
    next(stream)  # the first file is checked before the pool starts; the second comes from it
    assert len(submitted) <= 2 * runner.IN_FLIGHT_PER_WORKER
    assert len(list(stream)) == 59


def test_check_format_jsonl_prints_the_json_reports_results_one_per_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from qa_checker.cli import cli

    folder = _many(tmp_path / "batch", 4)
    now = ["--now", NOW.isoformat()]
    lines = CliRunner().invoke(cli, ["check", str(folder), "--format", "jsonl", *now])
    whole = CliRunner().invoke(cli, ["check", str(folder), "--format", "json", *now])
    assert lines.exit_code == whole.exit_code == 1
    assert [json.loads(line) for line in lines.output.splitlines()] == json.loads(whole.output)["results"]
    out = tmp_path / "deep" / "results.jsonl"
    written = CliRunner().invoke(cli, ["check", str(folder / "offer-0001.json"), "--format", "jsonl", "-o", str(out)])
    assert written.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.parametrize(("raised", "rule"), [(OverTime, "MC-EN-003"), (RuntimeError, "MC-EN-002")])
def test_standard_input_given_up_while_reading_keeps_its_name(
    monkeypatch: pytest.MonkeyPatch, raised: type[BaseException], rule: str
) -> None:
    """An upload, or ``--stdin-name``, given up while read was named ``<stdin>``: which of a request's files?"""

    def fail(*args: Any) -> Any:
        raise raised

    monkeypatch.setattr(runner, "_load", fail)
    config = RunConfig(rubric=load_rubric(), now=NOW, jobs=1, stdin_name="catalogue.xlsx")
    (result,) = run(["-"], config, stdin=b"id,title\n").results
    assert result.source == "catalogue.xlsx" and [f.rule for f in result.findings] == [rule]


def test_chunks_shrink_toward_the_end_of_a_run() -> None:
    sizes = runner._chunk_sizes(10_000, 2)
    chunks, given = [], 0
    while given < 10_000:
        chunks.append(next(sizes))
        given += chunks[-1]
    assert chunks[0] == runner.MAX_CHUNK and chunks[-1] == 1
    assert chunks == sorted(chunks, reverse=True)
    # A worker done early waits for at most the last chunks, a small part of one at the start.
    assert sum(chunks[-4:]) < runner.MAX_CHUNK // 2


def test_a_pool_is_given_chunks_of_the_sizes_in_turn() -> None:
    files = [Path(f"{n}.yaml") for n in range(10)]
    chunks = list(runner._chunks(iter([*files[:4], None, *files[4:]]), iter([3, 2, 4, 5])))
    assert chunks == [files[:3], files[3:4], None, files[4:8], files[8:]]
