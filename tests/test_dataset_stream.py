"""The dataset written as it is read: CSV a group of rows at a time, Parquet a row group at a time, the
same as the whole table written at once, for a run kept on disk as for one in memory, in memory that
does not grow with the run."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from qa_checker import table
from qa_checker.results import Report, Result
from qa_checker.runner import RunConfig, run
from qa_checker.spill import SpilledResults
from qa_checker.table import dataset_files, dictionary_path, to_frame
from tests.conftest import SAMPLES
from tests.reporting.test_json_stream import MiB, fake_report, peak_while


def written(results: Report | Sequence[Result], name: str) -> bytes:
    """The dataset file ``name`` as :func:`dataset_files` writes it."""
    path = Path(name)
    content = dataset_files(results, path)[path]
    assert callable(content)
    out = io.BytesIO()
    content(out)
    return out.getvalue()


def todays_csv(results: Report | Sequence[Result]) -> bytes:
    """The CSV dataset as it was written before streaming: the whole table at once."""
    text: str = table._frame(table.rows(results), table._csv_cell).to_csv(index=False, lineterminator="\r\n")
    return text.encode("utf-8")


def todays_parquet(results: Report | Sequence[Result]) -> bytes:
    """The Parquet dataset as it was written before streaming: pandas' file of the whole table."""
    out = io.BytesIO()
    to_frame(results).to_parquet(out, index=False)
    return out.getvalue()


def read_back(data: bytes) -> pd.DataFrame:
    return pd.read_parquet(io.BytesIO(data))


def assert_same_parquet(data: bytes, expected: bytes) -> None:
    assert pq.read_schema(io.BytesIO(data)).equals(pq.read_schema(io.BytesIO(expected)), check_metadata=True)
    got, want = read_back(data), read_back(expected)
    assert list(got.dtypes) == list(want.dtypes)
    pd.testing.assert_frame_equal(got, want, check_exact=True)


def test_a_spilled_run_writes_the_same_dataset_as_one_in_memory(
    audit_config: RunConfig, samples_in_memory: Report
) -> None:
    spilled = run([SAMPLES], dataclasses.replace(audit_config, spill_after=2))
    assert isinstance(spilled.results, SpilledResults)
    assert written(spilled, "t.csv") == written(samples_in_memory, "t.csv") == todays_csv(samples_in_memory)
    assert written(spilled, "t.parquet") == written(samples_in_memory, "t.parquet")
    assert_same_parquet(written(spilled, "t.parquet"), todays_parquet(samples_in_memory))


@pytest.mark.parametrize("group", [1, 3, 10_000])
def test_rows_in_groups_read_back_as_the_whole_table(
    samples_in_memory: Report, group: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A group of one row has columns with nothing in them: the schema is the whole table's all the same."""
    monkeypatch.setattr(table, "ROW_GROUP", group)
    parquet = written(samples_in_memory, "t.parquet")
    assert pq.ParquetFile(io.BytesIO(parquet)).metadata.num_row_groups == -(-len(samples_in_memory.results) // group)
    assert_same_parquet(parquet, todays_parquet(samples_in_memory))
    assert written(samples_in_memory, "t.csv") == todays_csv(samples_in_memory)


def test_hostile_text_and_no_results(samples_in_memory: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "ROW_GROUP", 2)
    first = samples_in_memory.results[0]
    hostile = [
        dataclasses.replace(first, id="=1+2\ud800", source="a\r\nb.json"),
        dataclasses.replace(first, id=None, score=None, elements={}, principles={}),
        dataclasses.replace(first, id="\udfff"),
    ]
    for results in (hostile, []):
        assert written(results, "t.csv") == todays_csv(results)
        assert_same_parquet(written(results, "t.parquet"), todays_parquet(results))


def test_the_data_dictionary_is_bytes_beside_the_table(samples_in_memory: Report) -> None:
    files = dataset_files(samples_in_memory, Path("t.parquet"), language="de")
    assert list(files) == [Path("t.parquet"), dictionary_path(Path("t.parquet"))]
    dictionary = files[dictionary_path(Path("t.parquet"))]
    assert isinstance(dictionary, bytes) and dictionary.startswith(b"column,type,description\r\n")


@pytest.mark.parametrize("name", ["t.csv", "t.parquet"])
def test_writing_the_dataset_of_a_large_run_takes_no_more_memory_than_of_a_small_one(
    samples_in_memory: Report, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table, "ROW_GROUP", 500)  # the bound; a smaller group keeps the test short
    peaks = {}
    for count in (1_500, 6_000):
        content = dataset_files(fake_report(samples_in_memory.results, count), tmp_path / name)[tmp_path / name]
        assert callable(content)
        with (tmp_path / name).open("wb") as file:
            peaks[count] = peak_while(lambda: content(file))  # noqa: B023
    # A row of the table takes about 7 KB in a DataFrame: 6,000 rows held at once would be about 40 MiB.
    assert peaks[6_000] < peaks[1_500] + 3 * MiB, peaks
