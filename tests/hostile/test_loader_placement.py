"""Where the text loaders place what they find: a repeated JSON key at the repeat itself, a repeated YAML
key in the document of a stream it is in, and a stream's unreadable document on its own, the other
documents of the stream checked as usual."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.document import Document
from qa_checker.loaders import json_, yaml_
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, baseline
from tests.work import calls

RUBRIC = load_rubric()


def _at(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """The 1-based line and column (in characters) of the ``occurrence``-th ``needle`` in ``text``."""
    offset = -1
    for _ in range(occurrence):
        offset = text.index(needle, offset + 1)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _repeats(documents: list[Document]) -> list[tuple[str, str, int | None, int | None]]:
    """Each repeated-key finding as (pointer, key, line, column), document by document."""
    found = []
    for document in documents:
        for finding in document.findings:
            if finding.rule == "MC-LD-008":
                assert finding.message_text is not None
                line = finding.origin.line if finding.origin is not None else None
                assert line == finding.line
                found.append((finding.pointer, finding.message_text.params["key"], finding.line, finding.column))
    return found


def _json_repeats(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return _repeats(json_.load(text.encode(), "x.json"))


# ------------------------------------------------------------------------------- JSON: repeated keys


def test_a_repeated_json_key_is_placed_at_the_repeat_not_at_its_object() -> None:
    text = (
        '{\n "descriptor_version": "1.0",\n "id": "a",\n'
        ' "workload": {"ects": 4, "hours": 100, "ects": 5},\n "id": "b"\n}'
    )
    assert _json_repeats(text) == [
        ("", "id", *_at(text, '"id"', 2)),
        ("/workload", "ects", *_at(text, '"ects"', 2)),
    ]
    [finding] = [f for f in json_.load(text.encode(), "x.json")[0].findings if f.pointer == ""]
    line, _ = _at(text, '"id"', 2)
    assert f"(again at line {line})" in finding.message


def test_the_same_repeated_key_at_several_depths_is_placed_in_each_object() -> None:
    text = (
        '{"descriptor_version": "1.0", "k": 0,\n'
        ' "extensions": {"k": 1, "inner": {"k": 2,\n'
        '   "k": 3}, "k": 4},\n'
        ' "k": 5}'
    )
    assert sorted(_json_repeats(text)) == [
        ("", "k", *_at(text, '"k": 5')),
        ("/extensions", "k", *_at(text, '"k": 4')),
        ("/extensions/inner", "k", *_at(text, '"k": 3')),
    ]


def test_a_repeat_written_with_escapes_is_the_same_key() -> None:
    plain_first = '{"descriptor_version": "1.0", "title": {"en": "a"},\n "ti\\u0074le": {"en": "b"}}'
    assert _json_repeats(plain_first) == [("", "title", *_at(plain_first, '"ti\\u0074le"'))]
    escaped_first = '{"descriptor_version": "1.0", "ti\\u0074le": {"en": "a"},\n "title": {"en": "b"}}'
    assert _json_repeats(escaped_first) == [("", "title", *_at(escaped_first, '"title"'))]
    quote = '{"descriptor_version": "1.0", "a\\"b": 1, "x": "a\\"b", "a\\u0022b": 2}'
    assert _json_repeats(quote) == [("", 'a"b', *_at(quote, '"a\\u0022b"'))]


def test_the_key_written_as_a_text_or_inside_one_is_not_a_repeat() -> None:
    text = (
        '{"descriptor_version": "1.0", "x": "id", "y": ["id", {"id": "z"}], "id": "a",\n'
        ' "note": "\\"id\\": 3, { \\"id\\": }", "id": "b"}'
    )
    assert _json_repeats(text) == [("", "id", *_at(text, '"id": "b"'))]


def test_braces_inside_texts_do_not_open_or_close_objects() -> None:
    text = '{"descriptor_version": "1.0", "a": "{", "w": {"k": "}", "q": "{{"},\n "b": "}", "k": 1, "k": 2}'
    assert _json_repeats(text) == [("", "k", *_at(text, '"k": 2'))]


def test_repeats_in_arrays_of_objects_are_placed_in_their_own_object() -> None:
    listed = (
        '[{"descriptor_version": "1.0", "id": "a", "id": "b"},\n'
        ' {"descriptor_version": "1.0", "id": "c"},\n'
        ' {"descriptor_version": "1.0",\n  "id": "d", "id": "e"}]'
    )
    documents = json_.load(listed.encode(), "x.json")
    assert [d.source for d in documents] == [f"x.json [document {n}]" for n in (1, 2, 3)]
    assert [_repeats([d]) for d in documents] == [
        [("", "id", *_at(listed, '"id": "b"'))],
        [],
        [("", "id", *_at(listed, '"id": "e"'))],
    ]
    inside = (
        '{"descriptor_version": "1.0", "learning_outcomes": [\n'
        '  {"text": "one", "text": "two"},\n'
        '  {"text": "three"},\n'
        '  {"text": "four", "id": 1, "text": "five"}]}'
    )
    assert sorted(_json_repeats(inside)) == [
        ("/learning_outcomes/0", "text", *_at(inside, '"text": "two"')),
        ("/learning_outcomes/2", "text", *_at(inside, '"text": "five"')),
    ]


def test_several_keys_repeated_in_one_object_are_each_placed_at_their_first_repeat() -> None:
    text = '{"descriptor_version": "1.0",\n "a": 1, "b": 1,\n "a": 2, "b": 2,\n "a": 3}'
    assert _json_repeats(text) == [("", "a", *_at(text, '"a": 2')), ("", "b", *_at(text, '"b": 2'))]


def test_a_repeat_in_an_object_that_a_later_repeat_replaced_is_placed_too() -> None:
    text = '{"descriptor_version": "1.0",\n "w": {"k": 1,\n  "k": 2},\n "w": {}}'
    [document] = json_.load(text.encode(), "x.json")
    by_key = {f.message_text.params["key"]: f for f in document.findings if f.message_text is not None}
    assert (by_key["w"].line, by_key["w"].column) == _at(text, '"w": {}')
    inner = by_key["k"]
    assert (inner.line, inner.column) == _at(text, '"k": 2')
    assert "in one object of the file (again at line 3)" in inner.message


def test_columns_count_characters_and_lines_survive_other_encodings() -> None:
    text = '{"descriptor_version": "1.0", "é€😀": 1,\n "x": "ü", "é€😀": 2}'
    expected = [("", "é€😀", *_at(text, '"é€😀": 2'))]
    assert expected[0][2:] == (2, 12)
    assert _json_repeats(text) == expected
    assert _repeats(json_.load(text.encode("utf-16"), "x.json")) == expected
    assert _repeats(json_.load(b"\xef\xbb\xbf" + text.encode(), "x.json")) == expected


# A JSON value as the scan sees it: an object is its list of (key, escaped?, value) members, repeats allowed.
_KEYS = st.sampled_from(["a", "b", "k", 'q"', "{", "\u00e9", ""])
_LEAVES = st.one_of(st.none(), st.integers(-5, 5), st.text(alphabet='ak{}[]":\\ ,', max_size=6))
_TREES = st.recursive(
    _LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(st.tuples(_KEYS, st.booleans(), inner), max_size=6).map(tuple),
    ),
    max_leaves=30,
)


class _Written:
    """JSON text written from a tree, with the offset of each object's repeats, objects numbered as they close."""

    def __init__(self, tree: Any, spaces: str) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spaces = spaces
        self.closed = 0
        self.repeats: dict[tuple[int, str], int] = {}
        self.write(tree)

    def put(self, part: str) -> None:
        self.parts.append(part)
        self.size += len(part)

    def write(self, tree: Any) -> None:
        if isinstance(tree, tuple):
            self.put("{" + self.spaces)
            met: dict[str, int] = {}
            repeats: dict[str, int] = {}
            for number, (key, escaped, value) in enumerate(tree):
                if number:
                    self.put(self.spaces + "," + self.spaces)
                if met.get(key) == 1:
                    repeats[key] = self.size
                met[key] = met.get(key, 0) + 1
                written = '"' + "".join(f"\\u{ord(c):04x}" for c in key) + '"' if escaped else json.dumps(key)
                self.put(written + self.spaces + ":" + self.spaces)
                self.write(value)
            self.put(self.spaces + "}")
            self.repeats.update({(self.closed, key): offset for key, offset in repeats.items()})
            self.closed += 1
        elif isinstance(tree, list):
            self.put("[")
            for number, value in enumerate(tree):
                self.put("," * bool(number) + self.spaces)
                self.write(value)
            self.put("]")
        else:
            self.put(json.dumps(tree))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TREES, st.sampled_from(["", " ", "\n ", "\t\r\n"]))
def test_the_scan_places_every_repeat_of_every_object(tree: Any, spaces: str) -> None:
    written = _Written(tree, spaces)
    text = "".join(written.parts)
    built: list[dict[str, Any]] = []
    json.loads(text, object_pairs_hook=lambda pairs: built.append(dict(pairs)) or built[-1])
    assert len(built) == written.closed
    wanted: dict[int, list[str]] = {}
    for number, key in written.repeats:
        wanted.setdefault(number, []).append(key)
    expected = {}
    for place, offset in written.repeats.items():
        line = text.count("\n", 0, offset) + 1
        expected[place] = (line, offset - (text.rfind("\n", 0, offset) + 1) + 1)
    assert (json_._repeats_at(text, wanted) if wanted else {}) == expected


def test_a_file_without_repeats_is_never_scanned_again(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any) -> Any:
        raise AssertionError("scanned")

    monkeypatch.setattr(json_, "_repeats_at", refuse)
    [document] = json_.load(json.dumps(baseline()).encode(), "x.json")
    assert document.data is not None and not document.findings


def _large(count: int) -> str:
    filler = r"{[\"k\": x]} " * 8
    items = ",\n".join(f'{{"k": "{i}", "t": "{filler}", "n": {{"k": {i}}}}}' for i in range(count))
    head = json.dumps(baseline())[:-1]
    return head + ',\n "extensions": {"items": [\n' + items + '],\n "k": 1, "k": "again"}}'


def test_a_large_file_is_scanned_in_linear_time() -> None:
    # Counted: ten times the items costs at most about ten times the calls, not a hundred times.
    work = []
    for count in (3_000, 30_000):
        text = _large(count)
        made, found = calls(_json_repeats, text)
        assert found == [("/extensions", "k", *_at(text, '"k": "again"'))]
        work.append(made)
    assert len(text) > 4_000_000 and work[1] <= 12 * work[0], work


def test_the_scan_keeps_only_the_open_objects_wanted_keys() -> None:
    text = _large(20_000)
    parsed: list[int] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        parsed.append(len(pairs))
        return dict(pairs)

    json.loads(text, object_pairs_hook=hook)
    tracemalloc.start()
    try:
        places = json_._repeats_at(text, {len(parsed) - 2: ["k"]})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert places == {(len(parsed) - 2, "k"): _at(text, '"k": "again"')}
    assert peak < 200_000 < len(text)


def test_a_repeated_json_key_keeps_its_line_and_column_through_a_run(tmp_path: Path) -> None:
    data = baseline()
    data["id"] = "dup-run"
    text = json.dumps(data, indent=1).replace('"ects": 5', '"ects": 4,\n  "ects": 5', 1)
    (tmp_path / "dup.json").write_text(text, encoding="utf-8")
    [result] = run([tmp_path], RunConfig(rubric=RUBRIC, now=NOW, jobs=1)).results
    [finding] = [f for f in result.findings if f.rule == "MC-LD-008"]
    assert finding.pointer == "/workload" and (finding.line, finding.column) == _at(text, '"ects": 5')
    assert finding.to_dict()["column"] == finding.column


def test_a_repeated_yaml_key_has_its_column_too() -> None:
    text = "descriptor_version: '1.0'\nid: a\nworkload: {ects: 4,\n  hours: 1, ects: 5}\n"
    assert _repeats(yaml_.load(text.encode(), "x.yaml")) == [("/workload", "ects", *_at(text, "ects: 5"))]


# ------------------------------------------------------------------------------- YAML: the documents of a stream


def _document(number: int) -> str:
    return f"descriptor_version: '1.0'\nid: d{number}\ntitle: {{en: Document {number}}}\n"


def _stream(*documents: str) -> str:
    return "".join(f"---\n{document}" for document in documents)


def _documents(text: str) -> list[Document]:
    return yaml_.load(text.encode(), "s.yaml")


def _alone(number: int) -> Any:
    [document] = _documents(_document(number))
    return document.data


UNSAFE_TAGS = [
    "!!python/object:os.system {}",
    "!!python/name:os.system",
    '!!python/object/apply:os.system ["touch {marker}"]',
    '!!python/object/new:builtins.open ["{marker}", "w"]',
    "!unknown x",
]


@pytest.mark.parametrize("tag", UNSAFE_TAGS)
@pytest.mark.parametrize("bad", [1, 3, 5])
def test_an_unsafe_tag_refuses_only_its_document_of_a_stream(tmp_path: Path, tag: str, bad: int) -> None:
    marker = tmp_path / "pwned"
    value = tag.replace("{marker}", str(marker))
    parts = [_document(n) for n in range(1, 6)]
    parts[bad - 1] = parts[bad - 1].replace("id: d", f"extensions:\n  run: {value}\nid: d")
    text = _stream(*parts)
    documents = _documents(text)
    assert [d.source for d in documents] == [f"s.yaml [document {n}]" for n in range(1, 6)]
    for number, document in enumerate(documents, start=1):
        if number != bad:
            assert document.data == _alone(number) and document.findings == []
            continue
        [finding] = document.findings
        line, column = _at(text, value.split()[0])
        assert document.data is None and finding.rule == "MC-LD-002"
        assert finding.origin is not None and finding.origin.line == line
        assert f"at line {line}, column {column} is not allowed in a descriptor" in finding.message
    assert not marker.exists(), "the YAML loader ran code from the file"


def test_a_single_document_with_an_unsafe_tag_is_still_the_file_refused() -> None:
    text = _document(1) + "extensions:\n  run: !!python/name:os.system\n"
    [document] = _documents(text)
    assert document.source == "s.yaml" and document.data is None
    assert [f.rule for f in document.findings] == ["MC-LD-002"]


def test_what_the_refused_document_noted_is_not_reported_on_the_others() -> None:
    bad = _document(2) + "workload: {ects: 1, ects: 2}\nextensions:\n  x:\n    run: !!python/name:os.system\n"
    documents = _documents(_stream(_document(1), bad, _document(3)))
    assert [[f.rule for f in d.findings] for d in documents] == [[], ["MC-LD-002"], []]


def test_an_unhashable_key_refuses_only_its_document_of_a_stream() -> None:
    text = _stream(_document(1), _document(2) + "extensions: {? [1] : v}\n", _document(3))
    documents = _documents(text)
    assert [d.data for d in documents] == [_alone(1), None, _alone(3)]
    assert "found unhashable key" in documents[1].findings[0].message


# The hint for "{en: [Document n}": the '}' closes the '{' while the '[' inside it is still open.
UNCLOSED_INNER = (
    "Close the '[' with ']': replace the '}' with ']', or put ']' before it if the '}' closes an outer '{'."
)


def test_a_syntax_error_in_document_three_of_five_keeps_the_others() -> None:
    parts = [_document(n) for n in range(1, 6)]
    parts[2] = parts[2].replace("title: {en: Document 3}", "title: {en: [Document 3}")
    text = _stream(*parts)
    documents = _documents(text)
    assert [d.source for d in documents] == [f"s.yaml [document {n}]" for n in range(1, 6)]
    assert [d.data for d in documents] == [_alone(1), _alone(2), None, _alone(4), _alone(5)]
    [finding] = documents[2].findings
    assert documents[2].data is None and finding.rule == "MC-LD-002"
    line = text.splitlines().index("title: {en: [Document 3}") + 1
    assert finding.origin is not None and finding.origin.line == line
    column = len("title: {en: [Document 3") + 1  # the '}' met while the '[' is still open
    assert finding.message.startswith(
        f"invalid YAML at line {line}, column {column}: "
        f"'}}' on line {line} comes before the ']' that closes the '[' on line {line} "
    )
    assert finding.hint == UNCLOSED_INNER


def test_a_syntax_error_in_the_first_document_keeps_the_others() -> None:
    text = _stream(_document(1).replace("{en: Document 1}", "{en: [Document 1}"), _document(2))
    documents = _documents(text)
    assert [d.data for d in documents] == [None, _alone(2)]
    assert documents[0].findings[0].hint == UNCLOSED_INNER


def test_a_syntax_error_in_a_file_of_one_document_is_still_the_file_refused() -> None:
    [document] = _documents(_document(1).replace("{en: Document 1}", "{en: [Document 1}"))
    assert document.source == "s.yaml" and document.data is None
    assert document.findings[0].hint == UNCLOSED_INNER


STREAM_PROBLEMS = {
    "tag": _stream(_document(1), _document(2) + "x: !!python/name:os.system\n", _document(3)),
    "syntax": _stream(_document(1), _document(2), "a: [1\n", _document(4)),
    "alias": _stream(_document(1), "a: *nowhere\n", _document(3)),
    "both": _stream(_document(1), "a: !!python/name:os.system\n", _document(3), "b: 'open\n", _document(5)),
}


@pytest.mark.parametrize("text", STREAM_PROBLEMS.values(), ids=STREAM_PROBLEMS.keys())
def test_a_stream_gets_the_same_documents_with_or_without_libyaml(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    fast = _documents(text)
    assert len(fast) >= 2 and fast[0].data == _alone(1)
    monkeypatch.setattr(yaml_, "_FastDescriptorLoader", None)
    pure = _documents(text)
    assert [(d.source, d.data, d.findings) for d in fast] == [(d.source, d.data, d.findings) for d in pure]


def test_a_large_stream_read_by_libyaml_alone_keeps_its_documents_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_, "_REREAD_MAX_CHARS", 0)
    documents = _documents(STREAM_PROBLEMS["both"])
    assert [d.data for d in documents] == [_alone(1), None, _alone(3), None, _alone(5)]
    assert [f.rule for d in documents for f in d.findings] == ["MC-LD-002", "MC-LD-002"]


def _yaml_loaders() -> list[type]:
    loaders: list[type] = [yaml_._DescriptorLoader]
    if yaml_._FastDescriptorLoader is not None and yaml_._EventLoader is not None:
        loaders += [yaml_._FastDescriptorLoader, yaml_._EventLoader]
    return loaders


@pytest.mark.parametrize("loader", _yaml_loaders(), ids=lambda c: c.__name__)
def test_repeated_keys_of_one_document_are_not_given_to_another_of_the_stream(loader: type) -> None:
    # Nodes are told apart by identity while constructing, and a later document's nodes reuse the ids of
    # an earlier one's, which is gone.
    text = "---\na: 1\na: 2\n---\nb: 1\n---\nc: 1\nc: 2\n---\nd: 1\n---\ne: 1\n" * 3
    documents, notes = yaml_._read(text, loader, 1_000)
    repeated = {id(mapping): keys for mapping, keys in notes.duplicates.values()}
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if line in ("a: 2", "c: 2")]
    with_repeats = [document for document in documents if set(document) & {"a", "c"}]
    assert repeated == {id(d): [(next(iter(d)), line, 1)] for d, line in zip(with_repeats, lines, strict=True)}


def test_a_stream_with_a_refused_document_is_checked_and_placed_through_a_run(tmp_path: Path) -> None:
    def offer(number: int) -> str:
        data = baseline()
        data["id"] = f"offer-{number}"
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)

    text = _stream(offer(1), offer(2).replace("kind: offer", "kind: !!python/name:os.system", 1), offer(3))
    (tmp_path / "stream.yaml").write_text(text, encoding="utf-8")
    results = run([tmp_path], RunConfig(rubric=RUBRIC, now=NOW, jobs=1)).results
    by_source = {Path(r.source).name: r for r in results}
    assert {name: r.status for name, r in by_source.items()} == {
        "stream.yaml [document 1]": "pass",
        "stream.yaml [document 2]": "error",
        "stream.yaml [document 3]": "pass",
    }
    [finding] = by_source["stream.yaml [document 2]"].findings
    assert (finding.line, finding.column) == _at(text, "!!python/name")
