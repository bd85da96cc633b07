"""Comparability, round 2: a corpus of 120 offerings from 12 providers in 9 countries, written every way
providers write them (workload as "5,0", in hours only or both; countries, languages, modes and assessment
types as names in the providers' own languages; national levels only), and the questions a researcher
asks of the dataset, answered by hand from the corpus before the checker was run.

What a researcher needs of each row: ECTS as a number (derived from hours at 27.5 h when only hours are
given), the EQF level (implied by a national framework's level or a QF-EHEA cycle when that is all that is
given), the ISO 3166-1 code of the country, the mode as one of online/onsite/blended, languages as ISO
639-1 codes, the provider's name; and a value the checker could not read marked so, never a silent gap.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
import yaml

from qa_checker.api import audit_paths
from qa_checker.compare import compare_report
from qa_checker.reporting import excel
from qa_checker.rubric import load_rubric
from qa_checker.table import to_frame, write_dataset
from tests.conftest import NOW

OUTCOMES = [
    "Analyse a data set with descriptive statistics and report the results to a lay audience.",
    "Design a small study that answers a question from the learner's own workplace.",
]

# Each provider writes all its offerings one way; ``workloads`` vary per offering (ten each).
# The ``expect`` block is what a researcher must read in the dataset, worked out by hand.
PROVIDERS: list[dict[str, Any]] = [
    {
        "name": "Hochschule Nordstadt",
        "format": "yaml",
        "raw": {"country": "Deutschland", "languages": ["Deutsch"], "mode": "Präsenz", "types": ["Klausur"]},
        "level": {"nqf": {"framework": "DQR", "level": 6}},
        "workloads": [{"ects": e} for e in ["5,0", "2,5", "3", "6", "4,5"] * 2],
        "qa": 10,
        "expect": {"country": "DE", "languages": "de", "mode": "onsite", "eqf": 6, "types": "written-examination"},
        "ects": [5.0, 2.5, 3.0, 6.0, 4.5] * 2,
    },
    {
        "name": "Akademie Süd GmbH",
        "format": "json",
        "raw": {"country": "DE", "languages": ["de"], "mode": "online", "types": ["project-work"]},
        "level": {"eqf": 5},
        "workloads": [{"hours": h} for h in [55, 82.5, 110, 137.5, 27.5] * 2],
        "qa": 6,
        "price": {"amount": 450, "currency": "EUR"},
        "expect": {"country": "DE", "languages": "de", "mode": "online", "eqf": 5, "types": "project-work"},
        "ects": [2.0, 3.0, 4.0, 5.0, 1.0] * 2,
    },
    {
        "name": "Hogeschool Delta",
        "format": "yaml",
        "raw": {"country": "Nederland", "languages": ["nl", "en"], "mode": "hybride", "types": ["portfolio"]},
        "level": {"eqf": 6, "nqf": {"framework": "NLQF", "level": 6}},
        "workloads": [{"ects": 5, "hours": 140}] * 10,
        "qa": 10,
        "expect": {"country": "NL", "languages": "nl; en", "mode": "blended", "eqf": 6, "types": "portfolio"},
        "ects": [5.0] * 10,
    },
    {
        "name": "Open Leerhuis",
        "format": "yaml",
        "raw": {"country": "NL", "languages": ["Nederlands"], "mode": "online", "types": ["quiz"]},
        "level": {"nqf": {"framework": "NLQF", "level": 4}},
        "workloads": [{"ects": e} for e in [1, 2] * 5],
        "qa": 0,
        "expect": {"country": "NL", "languages": "nl", "mode": "online", "eqf": 4, "types": "quiz"},
        "ects": [1.0, 2.0] * 5,
    },
    {
        "name": "Université de Lumière",
        "format": "yaml",
        "raw": {"country": "France", "languages": ["français"], "mode": "présentiel", "types": ["examen écrit"]},
        "level": {"qf_ehea_cycle": "second"},
        "workloads": [{"ects": 3}] * 10,
        "qa": 10,
        "price": {"amount": 1200, "currency": "euro"},
        "expect": {"country": "FR", "languages": "fr", "mode": "onsite", "eqf": 7, "types": "written-examination"},
        "ects": [3.0] * 10,
    },
    {
        "name": "Institut de Formation Continue",
        "format": "json",
        "raw": {"country": "fr", "languages": ["fr"], "mode": "à distance", "types": ["projet"]},
        "level": {"nqf": {"framework": "RNCP", "level": 5}},
        "workloads": [{"hours": 55}] * 10,
        "qa": 10,
        "expect": {"country": "FR", "languages": "fr", "mode": "online", "eqf": 5, "types": "project-work"},
        "ects": [2.0] * 10,
    },
    {
        "name": "Uniwersytet Wschodni",
        "format": "yaml",
        "raw": {"country": "Polska", "languages": ["polski"], "mode": "stacjonarnie", "types": ["egzamin pisemny"]},
        "level": {"nqf": {"framework": "PRK", "level": 6}},
        "workloads": [{"ects": 4}] * 10,
        "qa": 10,
        "price": {"amount": 800, "currency": "PLN"},
        "expect": {"country": "PL", "languages": "pl", "mode": "onsite", "eqf": 6, "types": "written-examination"},
        "ects": [4.0] * 10,
    },
    {
        "name": "Universidad del Sur",
        "format": "yaml",
        "raw": {"country": "España", "languages": ["es"], "mode": "presencial", "types": ["examen escrito"]},
        "level": {"eqf": 6, "nqf": {"framework": "MECES", "level": 2}},
        "workloads": [{"ects": "6"}] * 10,
        "qa": 10,
        "expect": {"country": "ES", "languages": "es", "mode": "onsite", "eqf": 6, "types": "written-examination"},
        "ects": [6.0] * 10,
    },
    {
        "name": "Politecnico Alpino",
        "format": "yaml",
        "raw": {"country": "IT", "languages": ["it", "en"], "mode": "a distanza", "types": ["esame orale"]},
        "level": {"eqf": 7},
        "workloads": [{"ects": 3}] * 10,
        "qa": 10,
        "expect": {"country": "IT", "languages": "it; en", "mode": "online", "eqf": 7, "types": "oral-examination"},
        "ects": [3.0] * 10,
    },
    {
        "name": "Dublin Skills College",
        "format": "json",
        "raw": {"country": "Ireland", "languages": ["English"], "mode": "Online", "types": ["marked-assignment"]},
        "level": {"nqf": {"framework": "NFQ", "level": 9}},
        "workloads": [{"hours": 137.5}] * 10,
        "qa": 7,
        "price": {"amount": 300, "currency": "€"},
        "expect": {"country": "IE", "languages": "en", "mode": "online", "eqf": 7, "types": "marked-assignment"},
        "ects": [5.0] * 10,
    },
    {
        "name": "Fachhochschule Ost",
        "format": "yaml",
        "raw": {"country": "Österreich", "languages": ["de-AT"], "mode": "Fernlehre", "types": ["Hausarbeit"]},
        "level": {"nqf": {"framework": "NQR", "level": 6}},
        "workloads": [{"ects": 5, "hours": 125}] * 10,
        "qa": 10,
        "expect": {"country": "AT", "languages": "de", "mode": "online", "eqf": 6, "types": "marked-assignment"},
        "ects": [5.0] * 10,
    },
    {
        "name": "Tampere Open Academy",
        "format": "csv",
        "raw": {"country": "Suomi", "languages": ["fi"], "mode": "monimuoto", "types": ["project-work"]},
        "level": {"eqf": 5},
        "workloads": [{"ects": e} for e in ["2,5", "5"] * 5],
        "qa": 10,
        "expect": {"country": "FI", "languages": "fi", "mode": "blended", "eqf": 5, "types": "project-work"},
        "ects": [2.5, 5.0] * 5,
    },
]

# Questions, answered by hand from the table above.
# Mean ECTS per country: DE (42 + 30) / 20; NL (50 + 15) / 20; FR (30 + 20) / 20; FI 37.5 / 10.
MEAN_ECTS_BY_COUNTRY = {
    "AT": 5.0,
    "DE": 3.6,
    "ES": 6.0,
    "FI": 3.75,
    "FR": 2.5,
    "IE": 5.0,
    "IT": 3.0,
    "NL": 3.25,
    "PL": 4.0,
}
# Offerings per EQF level: 4 Open Leerhuis; 5 Akademie Süd, Institut, Tampere; 6 Nordstadt, Delta, Wschodni,
# del Sur, Ost; 7 Lumière, Alpino, Dublin.
COUNT_BY_EQF = {4: 10, 5: 30, 6: 50, 7: 30}
# Share of offerings online per country: DE 10 of 20 (Akademie Süd), NL 10 of 20 (Open Leerhuis), FR 10 of 20.
SHARE_ONLINE_BY_COUNTRY = {
    "AT": 1.0,
    "DE": 0.5,
    "ES": 0.0,
    "FI": 0.0,
    "FR": 0.5,
    "IE": 1.0,
    "IT": 1.0,
    "NL": 0.5,
    "PL": 0.0,
}
# Offerings without quality assurance per provider (only those with some).
WITHOUT_QA = {"Akademie Süd GmbH": 4, "Dublin Skills College": 3, "Open Leerhuis": 10}


def _descriptor(provider: dict[str, Any], index: int) -> dict[str, Any]:
    raw = provider["raw"]
    slug = provider["name"].split()[0].lower()
    doc: dict[str, Any] = {
        "descriptor_version": "1.0",
        "id": f"{slug}-{provider['format']}-{index:02d}",
        "title": f"{provider['name']} module {index}",
        "languages": raw["languages"],
        "awarding_bodies": [{"name": provider["name"], "country": raw["country"]}],
        "learning_outcomes": OUTCOMES,
        "workload": provider["workloads"][index],
        "level": provider["level"],
        "assessment": {"types": raw["types"], "supervision": "supervised-onsite-id-check"},
        "participation": {"mode": raw["mode"]},
    }
    if index < provider["qa"]:
        doc["quality_assurance"] = {"internal": {"description": "Reviewed by the examination board every year."}}
    if "price" in provider:
        doc["price"] = provider["price"]
    return doc


def _csv_catalogue(provider: dict[str, Any]) -> str:
    """The provider's catalogue as its office exports it: headers as people type them, one row per offering."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(
        [
            "ID",
            "Title",
            "Awarding body",
            "Country",
            "Languages",
            "ECTS",
            "EQF level",
            "Mode",
            "Assessment",
            "Learning outcomes",
            "quality_assurance.internal.description",
        ]
    )
    for index in range(10):
        doc = _descriptor(provider, index)
        writer.writerow([
            doc["id"], doc["title"], provider["name"], provider["raw"]["country"], "; ".join(doc["languages"]),
            doc["workload"]["ects"], "EQF 5", provider["raw"]["mode"], doc["assessment"]["types"][0],
            "\n".join(OUTCOMES), doc.get("quality_assurance", {}).get("internal", {}).get("description", ""),
        ])  # fmt: skip
    return out.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("comparability-corpus")
    for provider in PROVIDERS:
        if provider["format"] == "csv":
            (folder / "tampere-catalogue.csv").write_text(_csv_catalogue(provider), encoding="utf-8")
            continue
        for index in range(10):
            doc = _descriptor(provider, index)
            path = folder / f"{doc['id']}.{provider['format']}"
            text = yaml.safe_dump(doc, allow_unicode=True) if provider["format"] == "yaml" else json.dumps(doc)
            path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def report(corpus: Path) -> Any:
    return audit_paths([corpus], rubric=load_rubric(), now=NOW, jobs=1)


@pytest.fixture(scope="module")
def frame(report: Any, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """The dataset as the README reads it: written as CSV by the audit, read back with pandas."""
    path = tmp_path_factory.mktemp("dataset") / "offerings.csv"
    write_dataset(report, path)
    return pd.read_csv(path)


def test_every_offering_is_one_row(frame: pd.DataFrame) -> None:
    assert len(frame) == 120
    assert (frame["status"] != "error").all()


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p["name"])
def test_each_row_says_what_a_researcher_needs(frame: pd.DataFrame, provider: dict[str, Any]) -> None:
    rows = frame[frame["provider"] == provider["name"]].sort_values("id")
    expect = provider["expect"]
    assert len(rows) == 10
    assert list(rows["country"]) == [expect["country"]] * 10
    assert list(rows["languages"]) == [expect["languages"]] * 10
    assert list(rows["mode"]) == [expect["mode"]] * 10
    assert list(rows["eqf_level"]) == [expect["eqf"]] * 10
    assert list(rows["assessment_types"]) == [expect["types"]] * 10
    assert list(rows["ects"]) == pytest.approx(provider["ects"])
    assert rows["unread"].isna().all()


def test_columns_are_typed_for_analysis(frame: pd.DataFrame) -> None:
    assert pd.api.types.is_float_dtype(frame["ects"])
    assert pd.api.types.is_integer_dtype(frame["eqf_level"])
    assert pd.api.types.is_float_dtype(frame["price"])


def test_mean_ects_per_country(frame: pd.DataFrame) -> None:
    means = frame.groupby("country")["ects"].mean().round(2).to_dict()
    assert means == pytest.approx(MEAN_ECTS_BY_COUNTRY)
    assert set(means) == set(MEAN_ECTS_BY_COUNTRY)


def test_count_per_eqf_level(frame: pd.DataFrame) -> None:
    assert frame["eqf_level"].value_counts().sort_index().to_dict() == COUNT_BY_EQF


def test_share_online_per_country(frame: pd.DataFrame) -> None:
    share = frame.assign(online=frame["mode"] == "online").groupby("country")["online"].mean().to_dict()
    assert share == pytest.approx(SHARE_ONLINE_BY_COUNTRY)


def test_offerings_without_quality_assurance_per_provider(frame: pd.DataFrame) -> None:
    counts = frame[frame["qa_type"].isna()].groupby("provider").size().to_dict()
    assert counts == WITHOUT_QA


def test_prices_and_currencies_are_read_as_written(frame: pd.DataFrame) -> None:
    prices = frame.dropna(subset=["price"]).groupby("provider")[["price", "currency"]].first()
    assert prices.to_dict("index") == {
        "Akademie Süd GmbH": {"price": 450.0, "currency": "EUR"},
        "Dublin Skills College": {"price": 300.0, "currency": "EUR"},
        "Université de Lumière": {"price": 1200.0, "currency": "EUR"},
        "Uniwersytet Wschodni": {"price": 800.0, "currency": "PLN"},
    }


def test_the_frame_from_python_agrees_with_the_file(report: Any, frame: pd.DataFrame) -> None:
    direct = to_frame(report)
    for column in ("country", "languages", "mode", "assessment_types", "currency"):
        assert list(direct[column].astype(object).where(direct[column].notna(), None)) == list(
            frame[column].astype(object).where(frame[column].notna(), None)
        )
    assert list(direct["ects"].astype(float)) == pytest.approx(list(frame["ects"]))


def test_compare_agrees_with_the_dataset(report: Any, frame: pd.DataFrame) -> None:
    compared = compare_report(report)
    rows = {row.key: row.values for row in compared.rows}
    by_id = frame.set_index("id")
    ids = [offering["id"] for offering in compared.offerings]
    assert len(ids) == 120
    for index, ident in enumerate(ids):
        expected = by_id.loc[ident]
        assert rows["languages"][index] == expected["languages"]
        derived = "≈" if expected["eqf_level_source"] == "derived" else ""
        assert rows["eqf_level"][index] == derived + str(expected["eqf_level"])
        assert float(rows["ects"][index].lstrip("≈ ")) == pytest.approx(expected["ects"])


def test_excel_descriptors_sheet_agrees_with_the_dataset(report: Any, frame: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(io.BytesIO(excel.render(report)), read_only=True)
    sheet = book[next(name for name in book.sheetnames if name.startswith("Descriptors"))]
    lines = sheet.iter_rows(values_only=True)
    header = list(next(lines))
    cells = [dict(zip(header, line, strict=False)) for line in lines]
    by_id = frame.set_index("id")
    assert len(cells) == 120
    for cell in cells:
        expected = by_id.loc[cell["id"]]
        assert cell["country"] == expected["country"]
        assert cell["mode"] == expected["mode"]
        assert cell["eqf_level"] == expected["eqf_level"]
        assert cell["ects"] == pytest.approx(expected["ects"])


def test_an_imported_credential_joins_the_corpus_as_a_comparable_row(corpus: Path) -> None:
    """The EDC sample micro-credential (ELM v3): Irish issuer (country IRL), 2 ECTS credits, a volume of
    learning of PT60H, EQF 6, blended, in English; read beside the corpus, its row says so in the same units."""
    from tests.conftest import realworld_or_skip

    elm = realworld_or_skip() / "elm-v3-european-learning-model" / "credentials-jsonld"
    credential = elm / "Sample-MC-Annex1-unsigned.jsonld"
    if not credential.is_file():
        pytest.skip(f"{credential} is not present")
    report = audit_paths([corpus / "tampere-catalogue.csv", credential], rubric=load_rubric(), now=NOW, jobs=1)
    frame = to_frame(report)
    row = frame[frame["imported_from"].notna()].iloc[0]
    assert (row["country"], row["ects"], row["hours"], row["hours_per_ects"]) == ("IE", 2.0, 60.0, 30.0)
    assert (row["eqf_level"], row["mode"], row["languages"]) == (6, "blended", "en")
    assert row["unread"] is pd.NA
    assert frame["country"].tolist() == ["FI"] * 10 + ["IE"]


def test_report_json_agrees_with_the_dataset(report: Any, frame: pd.DataFrame) -> None:
    """report.json carries no normalised columns, but what it shares with the dataset (status, score, elements,
    the providers' counts) is the same."""
    from qa_checker.reporting import json_

    document = json.loads(json_.render(report))
    by_id = frame.set_index("id")
    for result in document["results"]:
        expected = by_id.loc[result["id"]]
        assert (result["status"], result["score"]) == (expected["status"], pytest.approx(expected["score"]))
        assert result["elements"]["workload"] == expected["element_workload"]
    counts = {p["provider"]: p["descriptors"] for p in document["run"]["providers"]}
    assert counts == frame.groupby("provider").size().to_dict() == dict.fromkeys(counts, 10)
