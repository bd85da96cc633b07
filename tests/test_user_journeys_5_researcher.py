"""User journey 5: a researcher compares micro-credentials across providers and countries.

The researcher collected 63 descriptors from twelve providers in twelve countries (``tests/journey5_data.py``),
audits them with ``qa-checker audit --dataset`` as CSV and as Parquet, reads the table in pandas (from the files
and from ``qa_checker.dataset(report)``), groups it by country, EQF level, field, workload, mode, QA and price,
compares chosen offerings with ``qa-checker compare``, and reads the comparability views of the HTML and Excel
reports. What they rely on: every value a code or a number that groups and joins, each derived value marked,
every output giving the same number, one row per result of the report in its order, and the same bytes however
many processes ran.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from html import unescape
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import qa_checker
from qa_checker import vocab
from qa_checker.cli import cli
from qa_checker.findings import Severity
from qa_checker.loaders.columns import field_for_path
from qa_checker.reporting.compare_excel import DERIVED_FORMAT
from qa_checker.table import ADDED_COLUMNS, COLUMN_NAMES, display_number, write_dataset
from tests import journey5_data as corpus

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


class Journey:
    """The corpus and what the researcher's commands wrote of it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.out = root / "out"


def _cli(*args: str, code: int) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture(scope="module")
def journey(tmp_path_factory: pytest.TempPathFactory) -> Journey:
    root = tmp_path_factory.mktemp("journey5")
    corpus.build(root / "collected")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        now = ("--now", corpus.NOW)
        _cli("audit", "collected", "--out", "out", "--dataset", "out/offerings.parquet", *now, "--jobs", "1", code=1)
        _cli("audit", "collected", "--out", "csv", "--dataset", "csv/offerings.csv", *now, "--jobs", "2", code=1)
        _cli("audit", "collected", "--out", "again", "--dataset", "again/offerings.csv", *now, "--jobs", "1", code=1)
    return Journey(root)


@pytest.fixture(scope="module")
def frame(journey: Journey) -> pd.DataFrame:
    return qa_checker.read_dataset(journey.out / "offerings.parquet")


@pytest.fixture(scope="module")
def report_json(journey: Journey) -> dict[str, Any]:
    return json.loads((journey.out / "report.json").read_text(encoding="utf-8"))


def _value(cell: Any) -> Any:
    return None if cell is None or cell is pd.NA or (isinstance(cell, float) and cell != cell) else cell


def test_every_row_reads_as_the_researcher_worked_it_out(frame: pd.DataFrame) -> None:
    rows = {r["id"]: r for r in frame.to_dict("records") if _value(r["id"])}
    assert set(rows) == set(corpus.EXPECTED)
    wrong = [
        (ident, column, _value(rows[ident][column]), value)
        for ident, expected in corpus.EXPECTED.items()
        for column, value in expected.items()
        if _value(rows[ident][column]) != (pytest.approx(value) if isinstance(value, float) else value)
    ]
    assert wrong == []


def test_the_unreadable_file_is_one_error_row_and_the_batch_goes_on(frame: pd.DataFrame) -> None:
    broken = frame[frame["source"].str.endswith(corpus.BROKEN)]
    assert len(broken) == 1 and broken.iloc[0]["status"] == "error" and broken.iloc[0]["score"] is pd.NA
    assert len(frame) == len(corpus.EXPECTED) + 1


def test_csv_parquet_and_the_python_api_give_the_same_table(journey: Journey, frame: pd.DataFrame) -> None:
    from_csv = qa_checker.read_dataset(journey.root / "csv" / "offerings.csv")
    pd.testing.assert_frame_equal(from_csv, frame)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(journey.root)
        report = qa_checker.audit_paths(["collected"], rubric=qa_checker.load_rubric(), now=corpus.NOW)
    pd.testing.assert_frame_equal(qa_checker.dataset(report), frame)
    assert from_csv["field_code"].dropna().str.fullmatch(r"\d{2,4}").all()
    assert (from_csv["field_code"] == "0413").any()


def test_a_csv_read_back_keeps_codes_that_look_like_numbers_or_gaps(tmp_path: Path) -> None:
    """Namibia's code is pandas' default mark of a gap, and 0613 a number to it."""
    data = {
        "descriptor_version": "1.0",
        "id": "0042",
        "title": "Desert ecology",
        "languages": ["en"],
        "awarding_bodies": [{"name": "University of Windhoek Example", "country": "NA"}],
        "learning_outcomes": ["Analyse the water balance of a desert catchment."],
        "workload": {"ects": 5},
        "field_of_education": "0521",
    }
    descriptor = tmp_path / "desert.json"
    descriptor.write_text(json.dumps(data), encoding="utf-8")
    report = qa_checker.check_paths([str(descriptor)], now=corpus.NOW)
    path = tmp_path / "offerings.csv"
    write_dataset(report, path)
    read = qa_checker.read_dataset(path)
    assert read.loc[0, ["id", "country", "field_code"]].tolist() == ["0042", "NA", "0521"]
    pd.testing.assert_frame_equal(read, qa_checker.dataset(report))


def test_the_same_bytes_whatever_the_number_of_processes(journey: Journey) -> None:
    assert (journey.root / "csv" / "offerings.csv").read_bytes() == (
        journey.root / "again" / "offerings.csv"
    ).read_bytes()


def test_every_column_groups_joins_and_explodes(frame: pd.DataFrame) -> None:
    rows = frame[frame["status"] != "error"]
    assert rows.groupby("country").size().to_dict() == corpus.COUNTRIES
    assert set(rows["country"]) <= set(vocab.get("countries").concepts)
    languages = rows["languages"].str.split("; ").explode()
    assert set(languages) == {"de", "fr", "nl", "en", "pl", "es", "it", "el", "pt", "fi"}
    assert set(languages) <= set(vocab.get("languages").concepts)
    assert set(rows["assessment_types"].dropna().str.split("; ").explode()) <= set(
        vocab.get("assessment-types").concepts
    )
    assert set(rows["mode"].dropna()) == {"online", "onsite", "blended"}
    assert set(rows["supervision"].dropna()) <= set(vocab.get("supervision").concepts)
    frameworks = field_for_path("quality_assurance.external.framework")
    assert frameworks is not None and set(rows["qa_framework"].dropna()) <= set(frameworks.enum)
    assert set(rows["qa_type"].dropna()) <= {"internal", "external", "internal + external"}
    fields = vocab.get("isced-f")
    assert set(rows["field_code"].dropna()) <= set(fields.concepts)
    assert (rows["field_label"] == rows["field_code"].map(fields.label)).all()
    assert set(rows["currency"].dropna()) <= set(vocab.get("currencies").concepts)
    # Numbers are numbers: mean workload and median price per country and level.
    by_level = rows.groupby("eqf_level")["ects"].mean().round(2).to_dict()
    assert set(by_level) == {5, 6, 7}
    assert rows.groupby(["country", "currency"])["price"].median().loc[("PL", "PLN")] == 1200.0
    assert rows.groupby("mode")["hours"].sum().sum() == pytest.approx(rows["hours"].sum())


def test_each_derived_value_is_marked_and_each_gap_named(frame: pd.DataFrame) -> None:
    for value, source in (("ects", "ects_source"), ("hours", "hours_source"), ("eqf_level", "eqf_level_source")):
        given = frame[value].notna()
        assert (frame.loc[given, source].isin(["declared", "derived"])).all(), value
        assert frame.loc[~given, source].isna().all(), value
    declared = frame[frame["hours_per_ects"].notna()]
    assert (declared["ects_source"] == "declared").all() and (declared["hours_source"] == "declared").all()
    assert (declared["hours_per_ects"] == (declared["hours"] / declared["ects"]).round(1)).all()
    derived = frame[frame["ects_source"] == "derived"]
    assert (derived["ects"] == (derived["hours"] / corpus.HOURS_PER_ECTS).round(2)).all()
    # A value given in a form that cannot be read is a gap named in unread, never zero.
    for _, row in frame[frame["unread"].notna()].iterrows():
        for column in row["unread"].split("; "):
            assert row[column] is pd.NA, (row["id"], column)


def test_the_data_dictionary_describes_every_column(journey: Journey, frame: pd.DataFrame) -> None:
    with (journey.out / "offerings.dictionary.csv").open(encoding="utf-8", newline="") as file:
        terms = list(csv.DictReader(file))
    assert [t["column"] for t in terms] == list(frame.columns) == list(COLUMN_NAMES)
    dtypes = {"integer": "Int64", "number": "Float64", "string": "string"}
    assert {t["column"]: dtypes[t["type"]] for t in terms} == {c: str(t) for c, t in frame.dtypes.items()}
    described = {t["column"]: t["description"] for t in terms}
    assert "derived" in described["eqf_level_source"] and "QF-EHEA" in described["eqf_level_source"]


def test_each_row_agrees_with_its_result_in_the_report(report_json: dict[str, Any], frame: pd.DataFrame) -> None:
    results = report_json["results"]
    assert [r["source"] for r in results] == frame["source"].tolist()
    for result, row in zip(results, frame.to_dict("records"), strict=True):
        assert _value(row["id"]) == result["id"] and row["status"] == result["status"]
        assert _value(row["score"]) == result["score"]
        counts = Counter(f["severity"] for f in result["findings"] if not f.get("waiver"))
        assert [row["errors"], row["warnings"], row["infos"]] == [counts[s.value] for s in SEVERITIES]
        for key, status in result.get("elements", {}).items():
            assert row[f"element_{key}"] == status


def _excel_rows(path: Path) -> list[dict[str, Any]]:
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book[next(name for name in book.sheetnames if name.startswith("Descriptors"))]
    header, *lines = sheet.iter_rows(values_only=True)
    return [dict(zip(header, line, strict=True)) for line in lines]


def test_the_workbook_gives_the_datasets_numbers_and_codes(journey: Journey, frame: pd.DataFrame) -> None:
    cells = _excel_rows(journey.out / "report.xlsx")
    assert len(cells) == len(frame)
    for row, cell in zip(frame.to_dict("records"), cells, strict=True):
        for column, value in cell.items():
            assert value == _value(row[column]), (row["source"], column)


_HTML_ROW = re.compile(r'<tr id="row-d(\d+)"[^>]*>(.*?)</tr>', re.S)
_CELL = re.compile(r'<td[^>]*?(?: data-v="([^"]*)")?>(.*?)</td>', re.S)


def test_the_html_comparability_table_gives_the_same_numbers_and_marks(journey: Journey, frame: pd.DataFrame) -> None:
    html = "".join(p.read_text(encoding="utf-8") for p in sorted((journey.out / "report-pages").glob("page-*.html")))
    shown = {int(n): _CELL.findall(body) for n, body in _HTML_ROW.findall(html)}
    assert sorted(shown) == list(range(1, len(frame) + 1))
    for number, row in enumerate(frame.to_dict("records"), 1):
        cells = shown[number]
        assert unescape(cells[1][1]) == (row["country"] or "–")
        for index, column, digits in ((2, "ects", 2), (3, "hours", 1), (4, "eqf_level", 1)):
            raw, text = cells[index]
            value = _value(row[column])
            assert raw == ("" if value is None else str(value)), (row["source"], column)
            derived = row[f"{column}_source"] == "derived"
            assert text == ("≈" if derived else "") + display_number(value, digits), (row["source"], column)


def _comparison(folder: Path) -> tuple[dict[str, tuple[str, ...]], list[dict[str, Any]]]:
    """compare.xlsx: each row of the Comparison sheet as its cells show them (a derived number's format marks it
    ≈), and the rows of the Offerings sheet."""
    book = openpyxl.load_workbook(folder / "compare.xlsx")
    rows = {
        str(row[0].value): tuple(
            ("≈" if c.number_format == DERIVED_FORMAT else "") + display_number(c.value, 2)
            if isinstance(c.value, (int, float))
            else str(c.value)
            for c in row[1:]
        )
        for row in list(book["Comparison"].iter_rows())[1:]
    }
    header, *lines = book["Offerings"].iter_rows(values_only=True)
    return rows, [dict(zip(header, line, strict=True)) for line in lines]


def test_compare_shows_chosen_offerings_as_the_dataset_reads_them(journey: Journey, frame: pd.DataFrame) -> None:
    chosen = ["collected/de/modul-1.yaml", "collected/fr/logistique-2.json", "collected/nl/data-ethiek-1.yaml"]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(journey.root)
        _cli("compare", *chosen, "--out", "compare", "--now", corpus.NOW, code=0)
        html = (journey.root / "compare" / "compare.html").read_text(encoding="utf-8")
    rows, offerings = _comparison(journey.root / "compare")
    label = next(k for k in rows if str(k).startswith("EQF level"))
    assert rows[label] == ("yes", "≈6", "≈6", "6")
    ects = next(k for k in rows if str(k).startswith("Workload in ECTS"))
    assert rows[ects] == ("yes", "5", "≈2", "5")
    by_source = frame.set_index("source")
    assert [o["source"] for o in offerings] == chosen
    for offering in offerings:
        row = by_source.loc[offering["source"]]
        assert {k: v for k, v in offering.items() if k != "source"} == {
            k: _value(row[k]) for k in offering if k != "source"
        }
    assert "≈6" in html and "≈2" in html


def test_a_dataset_written_before_the_added_columns_is_overwritten_not_audited(tmp_path: Path) -> None:
    """The researcher audits again into the folder of the collection, where the dataset of an earlier version
    (without ``unread`` and ``eqf_level_source``) lies."""
    corpus.build(tmp_path / "collected")
    earlier = [name for name in COLUMN_NAMES if name not in ADDED_COLUMNS]
    (tmp_path / "collected" / "offerings.csv").write_text(",".join(earlier) + "\r\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        _cli("audit", "collected", "--out", "out", "--dataset", "collected/offerings.csv", "--now", corpus.NOW, code=1)
    written = qa_checker.read_dataset(tmp_path / "collected" / "offerings.csv")
    assert list(written.columns) == list(COLUMN_NAMES) and len(written) == len(corpus.EXPECTED) + 1
