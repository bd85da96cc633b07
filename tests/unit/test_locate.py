"""Line and column of findings in JSON and YAML texts (qa_checker.locate)."""

from __future__ import annotations

import json
from typing import Any

import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from qa_checker import pointer as jp
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.locate import json_offsets, line_columns, locate_results, positions, yaml_marks
from qa_checker.results import Result
from tests.work import calls

JSON_TEXT = """{
  "title": {"en": "Data ethics"},
  "learning_outcomes": [
    {"en": "Apply the GDPR"},
    {"en": "Explain \\"consent\\"", "de": "Erkl\\u00e4ren"}
  ],
  "a/b": 1, "t~x": [true, null, -1.5e3]
}
"""

YAML_TEXT = """# a comment
title:
  en: Data ethics
learning_outcomes:
  - en: Apply the GDPR
  - {en: 'Explain "consent"', de: Erklären}
"a/b": 1
"""


def _at(text: str, place: tuple[int, int]) -> str:
    line, column = place
    return text.splitlines()[line - 1][column - 1 :]


def test_json_members_are_placed_on_their_key_and_items_on_the_item() -> None:
    places = positions(JSON_TEXT, "json", ["/title", "/title/en", "/learning_outcomes/1/de", "/learning_outcomes/0"])
    assert places["/title"] == (2, 3)
    assert _at(JSON_TEXT, places["/title/en"]).startswith('"en": "Data')
    assert _at(JSON_TEXT, places["/learning_outcomes/1/de"]).startswith('"de"')
    assert _at(JSON_TEXT, places["/learning_outcomes/0"]).startswith('{"en": "Apply')


def test_escaped_keys_and_pointer_escapes() -> None:
    places = positions(JSON_TEXT, "json", ["/a~1b", "/t~0x/2"])
    assert _at(JSON_TEXT, places["/a~1b"]).startswith('"a/b"')
    assert _at(JSON_TEXT, places["/t~0x/2"]).startswith("-1.5e3")


def test_a_missing_member_takes_the_place_of_its_closest_ancestor() -> None:
    places = positions(JSON_TEXT, "json", ["/title/fr", "/workload/ects", ""])
    assert places["/title/fr"] == positions(JSON_TEXT, "json", ["/title"])["/title"]
    assert places["/workload/ects"] == places[""] == (1, 1)


def test_yaml_members_items_and_flow_collections() -> None:
    places = positions(YAML_TEXT, "yaml", ["/title/en", "/learning_outcomes/1/de", "/learning_outcomes/0", "/a~1b"])
    assert places["/title/en"] == (3, 3)
    assert _at(YAML_TEXT, places["/learning_outcomes/1/de"]).startswith("de: Erklären")
    assert _at(YAML_TEXT, places["/learning_outcomes/0"]).startswith("en: Apply")
    assert _at(YAML_TEXT, places["/a~1b"]).startswith('"a/b"')


def test_yaml_stream_documents_and_lists_are_told_apart() -> None:
    stream = "title: one\n---\n---\ntitle: two\nextra: x\n"
    assert positions(stream, "yaml", ["/extra"], document=2) == {"/extra": (5, 1)}
    listed = "- title: one\n- title: two\n  extra: x\n"
    assert positions(listed, "yaml", ["/extra"], document=2) == {"/extra": (3, 3)}
    assert positions('[{"a": 1}, {"a": 2}]', "json", ["/a"], document=2) == {"/a": (1, 13)}


def test_columns_count_characters() -> None:
    text = '{"é": {"ü": 1}}'
    assert positions(text, "json", ["/é/ü"]) == {"/é/ü": (1, 8)}


def test_broken_or_foreign_texts_give_what_was_found() -> None:
    assert positions('{"a": {"b": 1', "json", ["/a/b"]) == {"/a/b": (1, 8)}
    assert positions("a: [1, 2\n", "yaml", ["/a/1"]) == {"/a/1": (1, 8)}
    assert positions("{}", "csv", ["/a"]) == {}
    assert positions("", "json", ["/a"]) == {}


def test_deep_nesting_and_large_texts_stay_fast() -> None:
    # Linear, counted: ten times the nesting (or the items) costs at most about ten times the calls, not a
    # hundred times.
    work: dict[str, list[int]] = {"deep": [], "wide": [], "deep_yaml": []}
    for size in (10_000, 100_000):
        deep = "[" * size + "]" * size
        wide = json.dumps({"items": [{"k": "x" * 20, "n": i} for i in range(size)], "last": 1})
        made, found = calls(positions, deep, "json", ["/0/0/0"])
        assert found == {"/0/0/0": (1, 4)}
        work["deep"].append(made)
        made, found = calls(positions, wide, "json", ["/last"])
        assert found["/last"][0] == 1
        work["wide"].append(made)
        deep_yaml = "a:\n" + "".join(" " * i + "- \n" for i in range(1, size // 50))
        made, found = calls(positions, deep_yaml, "yaml", ["/a/0/0/0"])
        assert found["/a/0/0/0"][0] == 5
        work["deep_yaml"].append(made)
    for small, large in work.values():
        assert large <= 12 * small, work


def test_line_columns_in_one_pass() -> None:
    text = "ab\ncd\n\nef"
    assert line_columns(text, [0, 1, 3, 6, 7]) == {0: (1, 1), 1: (1, 2), 3: (2, 1), 6: (3, 1), 7: (4, 1)}


def _result(findings: list[Finding], *, source: str = "a.json", imported: bool = False) -> Result:
    return Result(
        source=source,
        id=None,
        kind=None,
        status="fail",
        score=0.0,
        elements={},
        findings=findings,
        imported_from="ELM" if imported else None,
    )


def _finding(pointer: str, origin: Origin | None = None) -> Finding:
    return Finding("MC-EL-001", Severity.ERROR, None, pointer, "m", "h", origin=origin)


def test_results_are_located_by_their_source_and_origin() -> None:
    texts: dict[str, tuple[bytes | str, str]] = {"a.json": (JSON_TEXT.encode(), "json")}
    plain = _result([_finding("/title/en")])
    imported = _result([_finding("/title", Origin(pointer="/learning_outcomes/0")), _finding("/level")], imported=True)
    sheet = _result([_finding("/title", Origin(sheet="S", cell="B2"))])
    syntax = _result([_finding("", Origin(line=7))], source="b.json")
    located = locate_results([plain, imported, sheet, syntax], texts)
    assert (located[0].findings[0].line, located[0].findings[0].column) == (2, 13)
    assert located[1].findings[0].line == 4 and located[1].findings[1].place() == (1, 1)
    assert located[2].findings[0].place() == (None, None)
    assert located[3].findings[0].place() == (7, None) and located[3].findings[0].to_dict()["line"] == 7


# --- Properties: the place found is where the value is -------------------------------------------------

_keys = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6)
_scalars = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=8)
_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4), max_leaves=25
)
# YAML line breaks (NEL, LS, PS) and controls in keys do not survive PyYAML's dump and load unchanged.
_yaml_keys = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=6)
_yaml_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_yaml_keys, inner, max_size=4), max_leaves=25
)


def _pointers(value: Any, where: str = "") -> list[str]:
    found = [where]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_pointers(item, jp.child(where, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_pointers(item, jp.child(where, index)))
    return found


def _offset(text: str, place: tuple[int, int]) -> int:
    lines = text.split("\n")
    return sum(len(line) + 1 for line in lines[: place[0] - 1]) + place[1] - 1


@settings(max_examples=150, deadline=None)
@given(_values, st.sampled_from([None, 2]), st.booleans())
def test_every_json_pointer_is_found_where_its_key_or_value_is(value: Any, indent: int | None, ascii_: bool) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_)
    wanted = _pointers(value)
    places = positions(text, "json", wanted)
    for pointer in wanted:
        assert pointer in places, pointer
        rest = text[_offset(text, places[pointer]) :]
        tokens = jp.split(pointer)
        parent = jp.resolve(value, jp.join(*tokens[:-1])) if tokens else None
        if isinstance(parent, dict):
            assert json.loads(_first_string(rest)) == tokens[-1]
        else:
            target = jp.resolve(value, pointer)
            decoder = json.JSONDecoder()
            assert decoder.raw_decode(rest)[0] == target


def _first_string(text: str) -> str:
    decoder = json.JSONDecoder()
    key, _ = decoder.raw_decode(text)
    assert isinstance(key, str)
    return json.dumps(key)


@settings(max_examples=100, deadline=None)
@given(_yaml_values, st.booleans())
def test_every_yaml_pointer_is_found(value: Any, flow: bool) -> None:
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=flow)
    assume(yaml.safe_load(text) == value)
    wanted = _pointers(value)
    marks, count = yaml_marks(text, [(0, tuple(jp.split(p))) for p in wanted])
    if value is None:
        assert count == 0
        return
    for pointer in wanted:
        assert (0, tuple(jp.split(pointer))) in marks, (pointer, text)


def test_json_offsets_skips_what_is_not_on_the_way() -> None:
    text = '{"a": [1, {"x": "]}"}], "b": {"c": 2}}'
    assert json_offsets(text, [("b", "c")]) == {(): 0, ("b",): text.index('"b"'), ("b", "c"): text.index('"c"')}


def test_text_output_prints_file_line_column(monkeypatch: Any) -> None:
    from click.testing import CliRunner

    from qa_checker.cli import cli
    from tests.conftest import ROOT

    monkeypatch.chdir(ROOT)
    sample = "samples/flawed/de-cloud-grundlagen.yaml"
    out = CliRunner().invoke(cli, ["check", sample, "tests/fixtures/bad/invalid.json", "--now", "2026-11-29"]).stdout
    lines = out.splitlines()
    assert f"  error   MC-QA-002  /quality_assurance/accreditations/0/expires  {sample}:37:41" in lines
    assert "  error   MC-LD-002  (file)  tests/fixtures/bad/invalid.json:4:48" in lines
    json_out = CliRunner().invoke(cli, ["check", sample, "--format", "json", "--now", "2026-11-29"]).stdout
    finding = next(f for f in json.loads(json_out)["results"][0]["findings"] if f["rule"] == "MC-QA-002")
    assert (finding["line"], finding["column"]) == (37, 41)
