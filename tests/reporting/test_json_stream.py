"""report.json streamed into its file: the same bytes as the whole document serialised at once, for
a run kept on disk as for one in memory and on hostile values, in memory that does not grow with the run."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.reporting import json_
from qa_checker.results import STATUSES, Report, Result
from qa_checker.rubric import DEFAULT_RUBRIC, load_rubric
from qa_checker.runner import RunConfig, run
from qa_checker.spill import SpilledResults
from tests.conftest import SAMPLES
from tests.reporting.fakes import FakeBatch, FakeInputs

RUBRIC = load_rubric(DEFAULT_RUBRIC)
MiB = 1024 * 1024


def todays_text(report: Report) -> str:
    """report.json as it was rendered before streaming: the whole document serialised at once."""
    return json_.dumps(report.to_dict(), indent=True) + "\n"


def written(report: Report, file: BinaryIO | None = None) -> bytes:
    out = file or io.BytesIO()
    json_.write(report, out)
    return out.getvalue() if isinstance(out, io.BytesIO) else b""


def test_a_spilled_run_writes_the_same_bytes_as_one_in_memory(
    audit_config: RunConfig, samples_in_memory: Report
) -> None:
    spilled = run([SAMPLES], dataclasses.replace(audit_config, spill_after=2))
    assert isinstance(spilled.results, SpilledResults) and not isinstance(spilled.stamp["inputs"], list)
    expected = todays_text(samples_in_memory)
    assert json_.render(samples_in_memory) == expected
    assert written(spilled) == written(samples_in_memory) == expected.encode("utf-8")
    assert spilled.to_dict() == samples_in_memory.to_dict() == json.loads(expected)


def test_to_dict_reads_lazy_inputs_into_a_list(audit_config: RunConfig, samples_in_memory: Report) -> None:
    spilled = run([SAMPLES], dataclasses.replace(audit_config, spill_after=2))
    inputs = spilled.to_dict()["run"]["stamp"]["inputs"]
    assert type(inputs) is list and inputs == samples_in_memory.stamp["inputs"]
    assert json_.dumps(spilled.to_dict(), indent=True) == json_.dumps(samples_in_memory.to_dict(), indent=True)


class Unseekable(io.RawIOBase):
    """A pipe-like binary file: written to, never sought."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.data += data
        return len(data)


def nested(depth: int) -> Any:
    value: Any = 1e-5  # orjson writes 0.00001, the standard library 1e-05: shows which wrote the text
    for _ in range(depth):
        value = [value]
    return value


def hostile_report(results: Sequence[Result], *, since: Any = None, extra: Any = None) -> Report:
    return Report(
        rubric=RUBRIC,
        results=results,
        stamp={"tool": "qa-checker", "inputs": [{"source": r.source, "sha256": r.sha256} for r in results]},
        providers=[{"provider": "P", "descriptors": len(results), "sources": [r.source for r in results], "x": extra}],
        unmatched_waivers=["w\ud800"],
        since=since,
    )


def result(index: int, **fields: Any) -> Result:
    base = Result(
        source=f"s{index}.json", id=f"i{index}", kind="offer", status="pass", score=1e-5, elements={}, findings=[]
    )
    return dataclasses.replace(base, **fields)


HOSTILE = {
    "lone surrogate": [result(0, id="a\ud800b"), result(1)],
    "huge int": [result(0), result(1, outcomes=[{"n": 2**70}])],
    "non-str keys": [result(0, outcomes=[{1: "a", None: True, 2.5: [], False: {}}])],
    "non-str keys and a surrogate": [result(0, outcomes=[{1: float("nan")}]), result(1, source="\udfff")],
    "nan and infinity": [result(0, score=float("nan"), outcomes=[{"x": float("-inf")}])],
    "empty containers": [result(0, elements={}, outcomes=[{}, {"a": []}])],
    "no results": [],
}


@pytest.mark.parametrize("results", HOSTILE.values(), ids=HOSTILE.keys())
def test_write_is_the_whole_text_on_hostile_values(results: list[Result]) -> None:
    report = hostile_report(results, since={"d": {3: "\ud800"}} if results else None)
    expected = todays_text(report)
    assert json_.render(report) == expected
    unseekable = Unseekable()
    json_.write(report, unseekable)  # type: ignore[arg-type]
    assert bytes(unseekable.data) == expected.encode("utf-8")


@pytest.mark.parametrize("where", ["result", "provider", "since"])
def test_the_nesting_limit_is_where_it_was(where: str) -> None:
    """orjson refuses nesting deeper than its limit: the text is the standard library's at the same depth."""
    for depth in range(245, 258):
        deep = nested(depth)
        report = hostile_report(
            [result(0, outcomes=[{"deep": deep}] if where == "result" else [])],
            extra=deep if where == "provider" else None,
            since={"deep": deep} if where == "since" else None,
        )
        assert json_.render(report) == todays_text(report), depth


keys = st.one_of(st.text(st.characters(exclude_categories=())), st.integers(), st.booleans(), st.none())
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(st.characters(exclude_categories=()), max_size=8),
    st.sampled_from(["\ud800", "x\udfffy", "\ud83d\ude00", "\u2028"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4))
texts = st.text(st.characters(exclude_categories=()), max_size=6)
results_ = st.builds(
    Result,
    source=texts,
    id=st.none() | texts,
    kind=st.none() | texts,
    status=st.sampled_from(STATUSES),
    score=st.none() | st.floats(),
    elements=st.dictionaries(texts, texts, max_size=3),
    findings=st.just([]),
    principles=st.dictionaries(st.sampled_from(PRINCIPLE_KEYS), st.none() | st.floats()),
    outcomes=st.lists(st.dictionaries(keys, values, max_size=3), max_size=2),
    reason=st.none() | texts,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results=st.lists(results_, max_size=5), since=st.none() | values, extra=values)
def test_write_is_the_whole_text_on_generated_reports(results: list[Result], since: Any, extra: Any) -> None:
    report = hostile_report(results, since=since, extra=extra)
    try:
        expected: str | type[BaseException] = todays_text(report)
    except (TypeError, ValueError) as exc:  # the standard library refuses it too: so must the writer
        expected = type(exc)
    if isinstance(expected, str):
        assert json_.render(report) == expected
    else:
        with pytest.raises(expected):
            json_.render(report)


# --- memory ---------------------------------------------------------------------------------------


def fake_report(results: Sequence[Result], count: int) -> Report:
    """A report of ``count`` results like ``results``, each with at most one finding (translating findings
    is most of the time of a report, and no part of its memory)."""
    batch = FakeBatch(
        [dataclasses.replace(r, findings=r.findings[:1]) for r in results],
        count,
        lambda template, i: dataclasses.replace(template, source=f"batch/{i % 97}/{i}-{template.source}"),
    )
    providers = [
        {
            "provider": f"Provider {k}",
            "descriptors": count // 7,
            "sources": [f"batch/{k}/{i}" for i in range(count // 7)],
        }
        for k in range(7)
    ]
    return Report(rubric=RUBRIC, results=batch, stamp={"inputs": FakeInputs(count)}, providers=providers)


def peak_while(action: Callable[[], None]) -> int:
    """The peak of Python's memory traced while ``action`` runs."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def writing_peaks(write: Callable[[Report, BinaryIO], None], results: Sequence[Result]) -> dict[int, int]:
    """The peak memory of ``write`` on runs of 10,000 and 40,000 results like ``results``, by count."""
    peaks = {}
    for count in (10_000, 40_000):
        report = fake_report(results, count)
        with open(os.devnull, "wb") as sink:
            peaks[count] = peak_while(lambda: write(report, sink))  # noqa: B023
    return peaks


def test_writing_the_json_of_a_large_run_takes_no_more_memory_than_of_a_small_one(samples_in_memory: Report) -> None:
    peaks = writing_peaks(json_.write, samples_in_memory.results)
    assert peaks[40_000] < peaks[10_000] + 2 * MiB, peaks
    assert peaks[10_000] < 8 * MiB, peaks  # the text of 10,000 such results alone is about 30 MiB


def test_writing_the_sarif_of_a_large_run_takes_no_more_memory_than_of_a_small_one(
    samples_in_memory: Report,
) -> None:
    # The SARIF log was built whole and then serialised (381 MB at its peak for 10,000 generated descriptors).
    # It is streamed as report.json is, and says the same as the log built in memory.
    from qa_checker.reporting import WRITERS_BY_NAME, sarif

    assert WRITERS_BY_NAME["sarif"] is sarif.write
    small = io.BytesIO()
    sarif.write(samples_in_memory, small)
    assert (
        small.getvalue().decode("utf-8")
        == json.dumps(sarif.build(samples_in_memory), ensure_ascii=False, indent=2) + "\n"
    )
    peaks = writing_peaks(sarif.write, samples_in_memory.results)
    assert peaks[40_000] < peaks[10_000] + 2 * MiB, peaks
    assert peaks[10_000] < 8 * MiB, peaks


def test_writing_the_terminal_report_of_a_large_run_takes_no_more_memory_than_of_a_small_one(
    samples_in_memory: Report,
) -> None:
    # The terminal report, check's default, was built whole: every result held in memory and its text joined.
    from qa_checker.reporting import WRITERS_BY_NAME, text

    assert WRITERS_BY_NAME["text"] is text.write
    for colour in (False, True):
        small = io.BytesIO()
        text.write(samples_in_memory, small, colour=colour)
        assert small.getvalue().decode("utf-8") == text.render(samples_in_memory, colour=colour)
    peaks = writing_peaks(text.write, samples_in_memory.results)
    assert peaks[40_000] < peaks[10_000] + 2 * MiB, peaks
    assert peaks[10_000] < 8 * MiB, peaks


def test_writing_the_github_annotations_of_a_large_run_takes_no_more_memory_than_of_a_small_one(
    samples_in_memory: Report,
) -> None:
    from qa_checker.reporting import WRITERS_BY_NAME, github

    assert WRITERS_BY_NAME["github"] is github.write
    small = io.BytesIO()
    github.write(samples_in_memory, small)
    assert small.getvalue().decode("utf-8") == github.render(samples_in_memory)
    peaks = writing_peaks(github.write, samples_in_memory.results)
    assert peaks[40_000] < peaks[10_000] + 2 * MiB, peaks
    assert peaks[10_000] < 8 * MiB, peaks
