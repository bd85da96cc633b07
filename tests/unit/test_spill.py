"""Results kept on disk behave as the list a small run keeps, and a spilled run equals an in-memory one."""

from __future__ import annotations

import dataclasses
import os
import pickle
import tracemalloc

import pytest

from qa_checker import table
from qa_checker.results import Report, Result
from qa_checker.runner import RunConfig, run
from qa_checker.spill import PAGE, Page, SpilledResults, pack
from tests.conftest import SAMPLES


def test_a_spilled_run_equals_an_in_memory_one(audit_config: RunConfig, samples_in_memory: Report) -> None:
    spilled = run([SAMPLES], dataclasses.replace(audit_config, spill_after=2))
    assert isinstance(spilled.results, SpilledResults)
    assert not isinstance(samples_in_memory.results, SpilledResults)
    assert list(spilled.results) == list(samples_in_memory.results)
    assert spilled.summary == samples_in_memory.summary
    assert spilled.exit_code == samples_in_memory.exit_code
    assert spilled.providers == samples_in_memory.providers
    assert list(spilled.stamp["inputs"]) == samples_in_memory.stamp["inputs"]
    assert spilled.stamp["inputs"] == samples_in_memory.stamp["inputs"]
    assert {k: v for k, v in spilled.stamp.items() if k != "inputs"} == {
        k: v for k, v in samples_in_memory.stamp.items() if k != "inputs"
    }


def test_a_spilled_run_tallies_its_providers_without_reading_its_results_again(
    audit_config: RunConfig, samples_in_memory: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    page = SpilledResults._page

    def counted(self: SpilledResults, number: int) -> list[Result]:
        reads.append(number)
        return page(self, number)

    monkeypatch.setattr(SpilledResults, "_page", counted)
    spilled = run([SAMPLES], dataclasses.replace(audit_config, spill_after=2))
    assert reads == []
    kept = [r for r in samples_in_memory.results if r.status != "skipped"]
    assert spilled.providers == table.providers(table.row(r) for r in kept)
    assert [table.provider_row(r) for r in kept] == [
        {key: table.row(r)[key] for key in ("provider", "status", "score", "source")} for r in kept
    ]


def test_a_run_within_the_bound_keeps_its_list(audit_config: RunConfig, samples_in_memory: Report) -> None:
    count = len(samples_in_memory.results)
    assert isinstance(run([SAMPLES], dataclasses.replace(audit_config, spill_after=count)).results, list)
    assert isinstance(run([SAMPLES], dataclasses.replace(audit_config, spill_after=count - 1)).results, SpilledResults)


def test_it_is_a_sequence_across_pages(samples_in_memory: Report) -> None:
    originals = list(samples_in_memory.results)
    many = [dataclasses.replace(originals[i % len(originals)], source=f"file-{i}.yaml") for i in range(PAGE * 2 + 7)]
    spilled = SpilledResults(many[:10])
    spilled.extend(many[10:])
    assert len(spilled) == len(many)
    assert list(spilled) == many
    assert spilled[0] == many[0] and spilled[-1] == many[-1] and spilled[PAGE] == many[PAGE]
    assert spilled[PAGE - 2 : PAGE + 3] == many[PAGE - 2 : PAGE + 3]
    assert spilled[::300] == many[::300]
    assert list(spilled.statuses()) == [r.status for r in many]
    assert list(spilled.scores()) == [r.score for r in many]
    inputs = spilled.inputs()
    assert len(inputs) == len(many)
    assert inputs[-1] == {"source": many[-1].source, "sha256": many[-1].sha256}
    assert list(inputs) == [{"source": r.source, "sha256": r.sha256} for r in many]
    for bad in (len(many), -len(many) - 1):
        with pytest.raises(IndexError):
            spilled[bad]
        with pytest.raises(IndexError):
            inputs[bad]


@pytest.mark.parametrize("sizes", [(3, 200, 1), (PAGE, PAGE), (0, 5, 0, 70), (130,)])
def test_pages_packed_elsewhere_of_any_length_mix_with_results_appended_here(
    samples_in_memory: Report, sizes: tuple[int, ...]
) -> None:
    originals = list(samples_in_memory.results)
    many = [dataclasses.replace(originals[i % len(originals)], source=f"file-{i}.yaml") for i in range(sum(sizes) * 2)]
    spilled, start = SpilledResults(), 0
    for size in sizes:  # a page packed by a worker, then as many results appended one by one
        page = pack(many[start : start + size], lambda r: f"provider of {r.source}")
        assert len(page) == size and page.results() == many[start : start + size]
        assert [kept[4] for kept in page.kept] == [f"provider of {r.source}" for r in page.results()]
        spilled.add_page(page)
        spilled.extend(many[start + size : start + 2 * size])
        start += 2 * size
    assert len(spilled) == len(many)
    assert list(spilled) == many
    assert [spilled[i] for i in range(len(many))] == many
    assert [spilled[i] for i in reversed(range(-len(many), 0))] == many[::-1]
    assert list(spilled.statuses()) == [r.status for r in many]
    assert list(spilled.scores()) == [r.score for r in many]
    assert list(spilled.inputs()) == [{"source": r.source, "sha256": r.sha256} for r in many]
    assert [spilled.inputs()[i] for i in range(len(many))] == list(spilled.inputs())


def test_a_run_on_disk_from_its_workers_equals_one_in_memory(
    audit_config: RunConfig, samples_in_memory: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qa_checker.runner as runner

    packed: list[int] = []
    add_page = SpilledResults.add_page

    def counted(self: SpilledResults, page: Page) -> None:
        packed.append(len(page))
        add_page(self, page)

    monkeypatch.setattr(SpilledResults, "add_page", counted)
    # Every sample after the first is checked by the pool in chunks of at most two files, packed as pages.
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(runner, "WARM_UP", 1)
    monkeypatch.setattr(runner, "MAX_CHUNK", 2)
    spilled = run([SAMPLES], dataclasses.replace(audit_config, spill_after=2, jobs=2))
    assert isinstance(spilled.results, SpilledResults)
    assert len(packed) > 1 and 0 < sum(packed) < len(samples_in_memory.results)
    assert list(spilled.results) == list(samples_in_memory.results)
    assert spilled.providers == samples_in_memory.providers
    assert spilled.summary == samples_in_memory.summary
    assert list(spilled.stamp["inputs"]) == samples_in_memory.stamp["inputs"]


def test_reading_while_appending_sees_every_result(samples_in_memory: Report) -> None:
    spilled = SpilledResults()
    for result in samples_in_memory.results:
        spilled.append(result)
        assert spilled[-1] == result
    assert list(spilled) == list(samples_in_memory.results)


def test_its_folder_goes_with_it_and_it_never_leaves_the_process(samples_in_memory: Report) -> None:
    spilled = SpilledResults(samples_in_memory.results)
    folder = spilled._folder
    assert os.path.isdir(folder)
    assert os.stat(folder).st_mode & 0o077 == 0  # no one else may read the results
    with pytest.raises(TypeError):
        pickle.dumps(spilled)
    spilled.close()
    assert not os.path.exists(folder)
    other = SpilledResults(samples_in_memory.results)
    folder = other._folder
    del other
    assert not os.path.exists(folder)


def _peak_while_spilling(template: Report, count: int) -> int:
    originals = list(template.results)
    tracemalloc.start()
    try:
        spilled = SpilledResults()
        for i in range(count):
            spilled.append(dataclasses.replace(originals[i % len(originals)], source=f"provider-{i % 40}/{i}.yaml"))
        for _ in spilled:
            pass
        assert len(spilled) == count
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_results_kept(samples_in_memory: Report) -> None:
    small = _peak_while_spilling(samples_in_memory, 2_000)
    large = _peak_while_spilling(samples_in_memory, 8_000)
    # 6,000 more results: 9 bytes each stay in memory (status and score), nothing else.
    assert large - small < 1_000_000, (small, large)


def _entries(results: list[Result]) -> bytes:
    return b"".join(r.source.encode() for r in results)


def test_a_page_kept_as_its_text_only_keeps_no_results(samples_in_memory: Report) -> None:
    results = list(samples_in_memory.results[:3])
    page = pack(results, lambda r: None, _entries, keep=False)
    assert page.blob is None and page.rendered is not None
    with pytest.raises(LookupError):
        page.results()
    spilled = SpilledResults()
    spilled.add_page(page)
    ((rendered, read),) = list(spilled.pages())
    assert rendered == _entries(results)
    assert list(spilled.statuses()) == [r.status for r in results]
    assert list(spilled.inputs()) == [{"source": r.source, "sha256": r.sha256} for r in results]
    with pytest.raises(LookupError):
        read()


def test_a_page_that_could_not_be_rendered_keeps_its_results(samples_in_memory: Report) -> None:
    results = list(samples_in_memory.results[:3])

    def refused(results: list[Result]) -> bytes:
        raise RuntimeError("cannot render")

    page = pack(results, lambda r: None, refused, keep=False)
    assert page.rendered is None
    assert page.results() == results


def test_a_page_shares_the_equal_texts_of_its_findings_and_keeps_their_types() -> None:
    from qa_checker.findings import Finding, Severity
    from qa_checker.text import Text

    def finding(message: Text) -> Finding:
        # Equal strings that are not one object, as each check makes its own.
        return Finding(
            "MC-X",
            Severity.ERROR,
            None,
            "".join(["/ti", "tle"]),
            message.english(),
            "".join(["h", "int"]),
            message_text=message,
            hint_text=Text("hint"),
        )

    def texts() -> list[Text]:
        return [
            Text("{n} of {m}", {"n": 1, "m": "a"}),
            Text("{n} of {m}", {"n": True, "m": "a"}),
            Text("{x}", {"x": -0.0}),
            Text("{x}", {"x": 0.0}),
        ]

    results = [Result(f"{n}.yaml", None, "offer", "fail", 0.0, {}, [finding(t) for t in texts()]) for n in range(2)]
    copies = pickle.loads(pickle.dumps(results))
    back = pack(results, lambda r: None).results()
    assert back == copies
    for got, made in zip(back, copies, strict=True):
        for found, given in zip(got.findings, made.findings, strict=True):
            assert repr(found.message_text) == repr(given.message_text)
    first, second = back[0].findings, back[1].findings
    assert first[0].message is second[0].message and first[0].pointer is second[1].pointer
    assert first[0].hint_text is second[3].hint_text and first[0].message_text is second[0].message_text
    assert first[0].message_text is not first[1].message_text  # 1 is not True
    assert first[2].message_text is not second[2].message_text  # a float param is kept as it is
