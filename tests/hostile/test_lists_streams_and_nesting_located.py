"""A list of descriptors with an item that is not one, a YAML flow collection cut off by the next
document's ``---``, and JSON nested deeper than the parser can follow.

Each was answered for the whole file, or at a wrong place: one stray item (a ``null`` left by an
editor, a number) cost every descriptor of the list its result; ``{`` never closed before ``---`` was
explained as a missing comma; and JSON nested some thousands of levels deep was refused with no line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.limits import Limits
from qa_checker.loaders import json_, yaml_

GOOD = yaml.safe_load((Path(__file__).resolve().parents[2] / "qa_checker" / "data" / "good-offer.yaml").read_text())


def _good(identifier: str) -> dict[str, object]:
    return {**GOOD, "id": identifier}


@pytest.mark.parametrize("stray", [5, None, "text", [1], True])
def test_a_stray_item_in_a_list_of_descriptors_is_refused_alone(stray: object) -> None:
    raw = json.dumps([_good("one"), stray, _good("two")]).encode()
    documents = json_.load(raw, "list.json")
    assert [d.source for d in documents] == [f"list.json [document {n}]" for n in (1, 2, 3)]
    assert [d.data["id"] for d in (documents[0], documents[2])] == ["one", "two"]
    assert not documents[0].findings and not documents[2].findings
    [finding] = documents[1].findings
    assert finding.rule == "MC-LD-003"
    assert documents[1].data is None


def test_a_list_inside_a_list_of_descriptors_is_one_refused_item() -> None:
    documents = json_.load(json.dumps([_good("one"), [_good("inner")]]).encode(), "list.json")
    assert len(documents) == 2
    assert documents[1].findings[0].rule == "MC-LD-003"
    assert "is a list" in documents[1].findings[0].message


def test_a_list_of_no_descriptor_is_still_refused_whole() -> None:
    [document] = json_.load(b'[{"id": "a"}, 5]', "list.json")
    assert document.findings[0].rule == "MC-LD-003"


@pytest.mark.parametrize("marker", ["---", "..."])
@pytest.mark.parametrize("opened", ["{bad", "[a, b", "{a: 1,"])
def test_a_flow_collection_cut_off_by_a_document_marker_is_never_closed(opened: str, marker: str) -> None:
    text = f"id: a\n---\n{opened}\n{marker}\nid: b\n"
    documents = yaml_.load(text.encode(), "s.yaml")
    refused = [d for d in documents if d.data is None]
    [finding] = refused[0].findings
    bracket = opened[0]
    assert f"the '{bracket}' on line 3 is never closed" in finding.message
    assert "comma" not in finding.message.split("(parser message")[0]


@pytest.mark.parametrize("levels", [2_000, 100_000])
def test_json_too_deep_for_the_parser_is_placed_at_the_first_level_beyond_the_limit(levels: int) -> None:
    prefix = '{"title": {"en": "a [ { in text"}, "x": '
    raw = (prefix + "[" * levels + "]" * levels + "}").encode()
    [document] = json_.load(raw, "deep.json", Limits())
    [finding] = document.findings
    assert finding.rule == "MC-LD-004"
    column = len(prefix) + Limits().max_depth  # the outer object is the first level
    assert f"at line 1, column {column}" in finding.message
    assert finding.origin is not None and finding.origin.line == 1


def test_the_cli_keeps_the_good_descriptors_of_a_list_with_a_stray_item(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([_good("one"), None, _good("two")]))
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(tmp_path / "list.json")])
    report = json.loads(result.stdout)
    assert report["summary"] == {"descriptors": 3, "pass": 2, "fail": 0, "error": 1}
    assert [r["status"] for r in report["results"]] == ["pass", "error", "pass"]


@pytest.mark.parametrize(("text", "place"), [("x: [a, b,\n", (1, 4)), ("x:\n  - {a: 1,\n", (2, 5)), ("[a,", (1, 1))])
def test_a_flow_collection_ending_with_a_comma_at_the_end_of_the_file_is_never_closed(
    text: str, place: tuple[int, int]
) -> None:
    [document] = yaml_.load(text.encode(), "s.yaml")
    [finding] = document.findings
    bracket = text.lstrip("x: -\n")[0]
    assert f"the '{bracket}' on line {place[0]} is never closed" in finding.message
    assert (finding.line, finding.column) == place


@pytest.mark.parametrize("length", [1_100, 2_000, 50_000])
def test_a_yaml_key_longer_than_yaml_reads_says_so_not_that_its_colon_is_missing(length: int) -> None:
    text = "descriptor_version: '1.0'\n" + "k" * length + ": v\n"
    [document] = yaml_.load(text.encode(), "s.yaml")
    [finding] = document.findings
    assert "the key on line 2 is longer than 1,024 characters, the most YAML reads as a key" in finding.message
    assert (finding.line, finding.column) == (2, 1)


def test_a_yaml_key_within_the_length_yaml_reads_is_read() -> None:
    [document] = yaml_.load(("descriptor_version: '1.0'\n" + "k" * 1_000 + ": v\n").encode(), "s.yaml")
    assert document.data is not None and "k" * 1_000 in document.data
