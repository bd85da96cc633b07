"""The paged HTML report streamed file by file: the same bytes as the pages in memory, from results in
memory or on disk, in memory that does not grow with the number of descriptors."""

from __future__ import annotations

import copy
import gc
import io
import os
import random
import re
import sys
import tracemalloc
from dataclasses import replace
from typing import Any

import pytest

from qa_checker import table
from qa_checker.cells import without_surrogates
from qa_checker.reporting import html
from qa_checker.results import Report, Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report, run
from qa_checker.spill import SpilledResults
from tests.conftest import NOW, SAMPLES
from tests.reporting.batch import samples_report
from tests.reporting.fakes import FakeBatch, FakeInputs


def _written(writers: dict[str, Any]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for path, write in writers.items():
        buffer = io.BytesIO()
        write(buffer)
        out[path] = buffer.getvalue()
    return out


def _encoded(texts: dict[str, str]) -> dict[str, bytes]:
    return {path: without_surrogates(text).encode("utf-8") for path, text in texts.items()}


def _odd_files() -> list[Result]:
    """A file that is not a descriptor, and an unreadable one whose name holds a lone surrogate."""
    base = samples_report().results
    skipped = replace(
        base[0], source="schema.json", status="skipped", score=None, elements={}, principles={}, findings=[], data=None
    )
    skipped.reason = "it is a JSON Schema"
    error = replace(base[1], source="broken-\ud800.json", status="error", score=None, elements={}, principles={})
    error.data, error.findings = None, base[2].findings[:1]
    return [skipped, error]


def test_streamed_pages_are_the_pages_in_memory():
    skipped, error = _odd_files()
    base = list(samples_report().results)
    report = build_report(
        [skipped, *base[:5], error, skipped, *base[5:], error], RunConfig(rubric=load_rubric(), now=NOW)
    )
    for options in ({}, {"per_page": 3}):
        pages = html.pages(report, **options)
        written = _written(html.page_writers(report, **options))
        assert list(written) == list(pages)
        assert written == _encoded(pages)
    # The unreadable file is on a page and among the inputs, its name written as UTF-8 can hold it: its lone
    # surrogate as the escape the text report shows.
    assert b"broken-\\ud800.json" in written[f"{html.PAGES_FOLDER}/{html.INPUTS_PAGE}"]
    assert b"schema.json" in written[html.INDEX_NAME] and b"it is a JSON Schema" in written[html.INDEX_NAME]


def test_pages_are_written_in_the_order_of_their_descriptors_in_the_results():
    written = _written(html.page_writers(samples_report(), per_page=3))
    pages = [path for path in written if "/page-" in path]
    firsts = [int(re.findall(rb'<article id="d(\d+)"', written[path])[0]) for path in pages]
    assert firsts == sorted(firsts) and len(firsts) > 3
    assert pages != sorted(pages)  # the samples' providers are not in the order of their names
    paths = list(written)
    assert paths[0] == html.INDEX_NAME and paths[-1] == f"{html.PAGES_FOLDER}/{html.INPUTS_PAGE}"


def test_a_report_kept_on_disk_gives_the_same_pages():
    def audit(spill_after: int | None) -> Report:
        config = RunConfig(rubric=load_rubric(), now=NOW, command="audit", jobs=1, spill_after=spill_after)
        return run([SAMPLES], config)

    memory, spilled = audit(None), audit(2)
    assert isinstance(spilled.results, SpilledResults) and not isinstance(memory.results, SpilledResults)
    assert html.render(spilled) == html.render(memory)
    for options in ({}, {"per_page": 4}):
        expected = _encoded(html.pages(memory, **options))
        assert _written(html.page_writers(spilled, **options)) == expected
        assert _written(html.page_writers(memory, **options)) == expected


@pytest.mark.parametrize("seed", range(3))
def test_a_mean_in_one_pass_is_the_mean_of_the_list(seed: int):
    draw = random.Random(seed)
    values = [draw.choice((round(draw.uniform(0, 100), 1), draw.uniform(0, 100), 1e16, 0.1)) for _ in range(5000)]
    mean = table.Mean()
    for value in values:
        mean.add(value)
    assert mean.value() == round(sum(values) / len(values), 1) and mean.n == len(values)
    assert table.Mean().value() is None


def _named(data: dict[str, Any] | None, provider: int) -> dict[str, Any] | None:
    if not isinstance(data, dict) or not data.get("awarding_bodies"):
        return data
    data = copy.deepcopy(data)
    data["awarding_bodies"][0]["name"] = f"Provider {provider:03d}"
    return data


def _batch(size: int, providers: int) -> FakeBatch:
    """``size`` results spread over ``providers`` awarding bodies; fewer findings than the samples have keep the
    pages quicker to render, some keep them all."""
    results = [*samples_report().results, *_odd_files()]
    templates = [replace(r, findings=r.findings[: 2 + 6 * (i % 3 == 0)]) for i, r in enumerate(results)]
    data = [[_named(r.data, p) for p in range(providers)] for r in templates]

    def make(template: Result, position: int) -> Result:
        named = data[position % len(templates)]
        return replace(template, source=f"batch/{position:06d}.yaml", data=named[position % len(named)])

    return FakeBatch(templates, size, make)


def _batch_report(size: int, providers: int) -> Report:
    sample = samples_report()
    return replace(sample, results=_batch(size, providers), stamp={**sample.stamp, "inputs": FakeInputs(size)})


def _traced_peak(report: Report) -> int:
    """The peak of memory allocated while the index and the inputs' page are made and written (every result
    is read once, every input listed)."""
    tracemalloc.start()
    try:
        with open(os.devnull, "wb") as file:
            for path, write in html.page_writers(report).items():
                if "/page-" not in path:
                    write(file)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_index_of_any_size_is_made_in_one_pass_in_bounded_memory():
    _traced_peak(_batch_report(500, providers=40))  # templates compiled, caches warm
    small = _traced_peak(_batch_report(8_000, providers=40))
    large = _traced_peak(_batch_report(32_000, providers=40))
    # Only each descriptor's position (8 bytes) and the index's list of pages grow with the batch, where a
    # view of each descriptor would take kilobytes.
    assert large < small + 24_000 * 32, (small, large)


class _Probe:
    """A binary file that drops what is written, noting the most memory blocks alive at any write."""

    def __init__(self) -> None:
        self.start = sys.getallocatedblocks()
        self.peak = 0

    def write(self, data: bytes) -> int:
        self.peak = max(self.peak, sys.getallocatedblocks() - self.start)
        return len(data)


def _blocks_peak(report: Report) -> int:
    """The most memory blocks alive while every file of the paged report is written, beyond those before."""
    gc.collect()
    probe = _Probe()
    for write in html.page_writers(report, per_page=25).values():
        write(probe)  # type: ignore[arg-type]
        probe.write(b"")
    return probe.peak


def test_writing_every_page_holds_one_page_at_a_time():
    _blocks_peak(_batch_report(200, providers=8))  # templates compiled, caches warm
    # 8 providers: every page holds 25 descriptors in both batches, 80 pages against 320.
    small = _blocks_peak(_batch_report(2_000, providers=8))
    large = _blocks_peak(_batch_report(8_000, providers=8))
    # A few blocks per page of the index's list of pages, where keeping each descriptor's view would be
    # hundreds of blocks per descriptor.
    assert large < small + 6_000, (small, large)
