"""``qa-checker convert``: the converted descriptor checks the same as the import it came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from qa_checker.api import check_documents
from qa_checker.convert import convert, missing_elements
from qa_checker.loaders import load_file
from tests.conftest import FIXTURES, NOW

HERE = FIXTURES / "importers"


def _findings(documents):
    report = check_documents(documents, now=NOW)
    return [
        sorted((f.rule, f.severity.value, f.pointer, f.message) for f in r.findings if not f.rule.startswith("MC-IM"))
        for r in report.results
    ]


@pytest.mark.parametrize(
    "name",
    [
        "elm/credential-full.jsonld",
        "elm/qualification-flattened.jsonld",
        "ob3/edubadge-microcredential.json",
        "ob3/bare-achievement.json",
        "ctdl/course-expanded.json",
    ],
)
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_round_trip_gives_the_same_findings(name: str, fmt: str, tmp_path: Path):
    imported = load_file(HERE / name)
    conversion = convert(imported, fmt)
    assert conversion.ok
    path = tmp_path / f"converted.{fmt}"
    path.write_text(conversion.text, encoding="utf-8")
    again = load_file(path)
    assert [d.data for d in again] == [d.data for d in imported]
    assert _findings(again) == _findings(imported)
    assert all(f.origin is None or f.origin.line is not None for d in again for f in d.findings)


def test_yaml_header_names_source_missing_elements_and_unconverted_values():
    (doc,) = load_file(HERE / "ob3/bare-achievement.json")
    text = convert([doc], "yaml").text
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert header[0].startswith("# Converted by qa-checker from ") and header[0].endswith("bare-achievement.json")
    assert header[1] == "# Source format: Open Badges 3.0 Achievement"
    assert "workload (Annex I M7)" in header[2] and "learner" not in header[2]
    assert any("creditsAvailable 3" in line and "[/creditsAvailable]" in line for line in header)
    assert yaml.safe_load(text)["title"] == {"en": "Introduction to GIS", "de": "Einführung in GIS"}


def test_several_descriptors_become_a_yaml_stream_or_a_json_list():
    documents = load_file(HERE / "ctdl/course-prefixed.json")
    stream = list(yaml.safe_load_all(convert(documents, "yaml").text))
    listed = json.loads(convert(documents, "json").text)
    assert (
        [d["id"] for d in stream]
        == [d["id"] for d in listed]
        == ["ce-00000000-fixture-course-1", "ce-00000000-fixture-program-1"]
    )


def test_missing_elements_depend_on_kind():
    assert "learner (Annex I M1)" in missing_elements({"kind": "credential"})
    assert "learner (Annex I M1)" not in missing_elements({"kind": "offer"})


def test_cli_convert_writes_yaml_and_fails_with_findings_on_a_refused_file(run_cli, tmp_path: Path):
    out = tmp_path / "out.yaml"
    ok = run_cli("convert", str(HERE / "elm/credential-signed-envelope.json"), "--to", "yaml", "--output", str(out))
    assert ok.exit_code == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["awarding_bodies"][0]["country"] == "HR"
    bad = run_cli("convert", str(HERE / "hostile/envelope-number-payload.json"))
    assert bad.exit_code == 1
    assert "MC-IM-001" in bad.output and "payload is a number" in bad.output


def test_real_world_round_trip_keeps_multi_line_text(tmp_path: Path):
    from tests.conftest import realworld_or_skip

    source = realworld_or_skip() / "ob3-edubadges-nl-examples/credentials/theed_microcredential_full_ho.json"
    imported = load_file(source)
    text = convert(imported, "yaml").text
    assert "summary: |" in text
    path = tmp_path / "theed.yaml"
    path.write_text(text, encoding="utf-8")
    again = load_file(path)
    assert [d.data for d in again] == [d.data for d in imported]
    assert _findings(again) == _findings(imported)


@pytest.mark.parametrize("odd", ["\x1b", "\x85", "\u2028", "\x00", "\ufeff\x7f"])
def test_a_source_name_with_control_characters_or_line_breaks_stays_inside_the_yaml_comment(odd: str):
    from dataclasses import replace

    document = replace(load_file(HERE / "ob3/bare-achievement.json")[0], source=f"a{odd}b.json")
    text = convert([document], "yaml").text
    assert yaml.safe_load(text) == document.data
    header = [line for line in text.splitlines() if line.startswith("#") and "a" in line and "b.json" in line]
    assert header and all(odd not in line for line in header)
