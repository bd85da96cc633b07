"""A YAML stream read on past a syntax error: the broken document is refused at its line and column, and
the stream is read from the next ``---`` line (or after the next ``...`` line), the documents after it
checked as usual with their lines counted from the start of the file, in time linear in the file."""

from __future__ import annotations

import sys
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.document import Document
from qa_checker.limits import Limits
from qa_checker.loaders import yaml_
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW

RUBRIC = load_rubric()


class _Work:
    """What the loader's reading of a stream costs, counted: parser runs, the characters handed to them, and
    the characters looked through for document markers (``---``, ``...``)."""

    def __init__(self) -> None:
        self.runs = self.chars = self.scanned = 0


class _Markers:
    """yaml_._MARKER, counting the characters each search looks through."""

    def __init__(self, work: _Work) -> None:
        self.work = work
        self.pattern = yaml_._MARKER

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        found = self.pattern.search(text, pos, endpos)
        self.work.scanned += (found.end() if found is not None else min(len(text), endpos)) - pos
        return found

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self.work.scanned += 1
        return self.pattern.match(text, pos, endpos)


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> _Work:
    counted = _Work()
    read_stream = yaml_.read_stream

    def counting_stream(text: str, read: Any, refuse: Any, enough: Any = None) -> int:
        def counting_read(part: str, start: int, lines: int) -> Any:
            counted.runs += 1
            counted.chars += len(part)
            return read(part, start, lines)

        return read_stream(text, counting_read, refuse, enough)

    monkeypatch.setattr(yaml_, "read_stream", counting_stream)
    monkeypatch.setattr(yaml_, "_MARKER", _Markers(counted))
    return counted


def _document(number: int) -> str:
    return f"descriptor_version: '1.0'\nid: d{number}\ntitle: {{en: Document {number}}}\n"


def _stream(*documents: str) -> str:
    return "".join(f"---\n{document}" for document in documents)


def _documents(text: str, limits: Limits | None = None) -> list[Document]:
    return yaml_.load(text.encode(), "s.yaml", limits)


def _alone(number: int) -> Any:
    [document] = _documents(_document(number))
    return document.data


def _line(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


def _start(text: str, number: int) -> int:
    """The line of the `---` that starts ``_document(number)`` in a stream."""
    return _line(text, f"descriptor_version: '1.0'\nid: d{number}\n") - 1


def _refusal(document: Document) -> tuple[int | None, str]:
    [finding] = document.findings
    assert document.data is None and finding.rule == "MC-LD-002"
    assert finding.origin is not None
    return finding.origin.line, finding.message


BROKEN = {
    "flow": "id: [d\n",
    "quote": "id: 'd\n",
    "double-quote": 'title: {en: "Document\n',
    "key": "id: d\ntitle\n  en: x\n",
    "indent": "id: d\n  title: x\n",
    "mapping": "id: d\n- x\n",
    "alias": "id: *nowhere\n",
    "directive-less tag": "id: !e!x d\n",
    "brace": "title: {en: x}}\n",
}


# The hint of each slip: what to write where the slip is recognised, else the general one.
HINTS = {
    "Fix the YAML syntax (indentation, colons, quotes).",
    "Write ':' and a space after the key: title:",
    "Indent 'title' exactly as far as 'id' on line 10 if it is the next key, or put the value of 'id' in quotes "
    "if it goes on.",
    'Put the text in quotes: id: "*nowhere"',
    "Put ']' at the end of line 10, after the last item.",
    "Remove the '}'.",
}


@pytest.mark.parametrize("broken", BROKEN.values(), ids=BROKEN.keys())
def test_a_syntax_error_costs_only_its_document(broken: str) -> None:
    text = _stream(_document(1), _document(2), broken, _document(4), _document(5))
    documents = _documents(text)
    assert [d.source for d in documents] == [f"s.yaml [document {n}]" for n in range(1, 6)]
    assert [d.data for d in documents] == [_alone(1), _alone(2), None, _alone(4), _alone(5)]
    assert [d.findings for n, d in enumerate(documents) if n != 2] == [[], [], [], []]
    line, message = _refusal(documents[2])
    first, last = _line(text, broken), _line(text, "id: d4") - 1
    assert first <= line <= last, (line, message)
    assert message.startswith(f"invalid YAML at line {line}, column ")
    assert documents[2].findings[0].hint in HINTS


def test_a_syntax_error_in_the_first_document_keeps_the_others() -> None:
    text = _stream(_document(1).replace("{en: Document 1}", "{en: [Document 1}"), _document(2), _document(3))
    documents = _documents(text)
    assert [d.data for d in documents] == [None, _alone(2), _alone(3)]
    assert _refusal(documents[0])[0] == _line(text, "title: {en: [Document 1}")


def test_a_file_of_one_broken_document_is_still_the_file_refused() -> None:
    for text in ("id: [d\n", "---\nid: [d\n", "id: [d\n---\n", "id: [d\n...\n"):
        [document] = _documents(text)
        assert document.source == "s.yaml" and document.data is None
        assert [f.rule for f in document.findings] == ["MC-LD-002"]


def test_a_syntax_error_without_a_document_after_it_ends_the_stream() -> None:
    text = _stream(_document(1), "id: [d2\ntitle: x\n")
    documents = _documents(text)
    assert [d.data for d in documents] == [_alone(1), None]
    assert documents[1].findings[0].hint == (
        "Put ']' at the end of line 6, after the last item. Nothing after it in the file was read."
    )


def test_the_documents_after_the_error_are_placed_by_their_lines_in_the_file() -> None:
    after = _document(4) + 'workload: {ects: 1, ects: 2}\nsummary: {en: "a\\u202Eb"}\n'
    text = _stream(_document(1), "id: [d2\n\n\n", _document(3), after)
    documents = _documents(text)
    assert [d.data is None for d in documents] == [False, True, False, False]
    rules = {f.rule: f for f in documents[3].findings}
    repeat = rules["MC-LD-008"]
    assert repeat.origin is not None and repeat.origin.line == _line(text, "workload: {ects: 1, ects: 2}")
    assert (repeat.line, repeat.column) == (_line(text, "workload: {ects"), len("workload: {ects: 1, ") + 1)
    unusual = [f for f in documents[3].findings if f.rule != "MC-LD-008"]
    assert unusual and all(f.origin is not None and f.origin.line == _line(text, "summary:") for f in unusual)
    assert all(not d.findings for d in (documents[0], documents[2]))


def test_an_unclosed_quote_or_bracket_resumes_at_the_line_that_closes_its_document() -> None:
    # The parser meets the `---` inside the broken document: that line starts the next one.
    for broken in ("title: {en: 'x\n", "title: [x,\n  y,\n"):
        text = _stream(_document(1), broken, _document(3))
        documents = _documents(text)
        assert [d.data for d in documents] == [_alone(1), None, _alone(3)]
        assert _refusal(documents[1])[0] == _start(text, 3)


def test_document_end_markers_resume_after_them_and_may_repeat() -> None:
    text = f"---\n{_document(1)}...\n---\nid: [d2\n...\n...\n... # again\n{_document(3)}...\n---\n{_document(4)}"
    documents = _documents(text)
    assert [d.data for d in documents] == [_alone(1), None, _alone(3), _alone(4)]
    assert _refusal(documents[1])[0] == _line(text, "id: [d2")


@pytest.mark.parametrize("broken", ["id: d2\n- x\n", "id: [d2,\n"], ids=["before", "met by brackets"])
def test_a_documents_directives_stay_with_it(broken: str) -> None:
    tagged = "%TAG !e! tag:example.org,2026:\n# the tag of document 3\n%YAML 1.1\n---\n" + _document(3).replace(
        "id: d3", "id: !e!x d3"
    )
    text = f"---\n{_document(1)}---\n{broken}{tagged}...\n"
    documents = _documents(text)
    assert [d.source for d in documents] == [f"s.yaml [document {n}]" for n in (1, 2, 3)]
    assert documents[0].data == _alone(1) and documents[1].data is None
    # The tag's handle is known (the directive was read with its document), and the tag is refused as
    # any tag a descriptor may not hold, not as an unknown handle.
    message = documents[2].findings[0].message
    assert "tag:example.org,2026:x" in message and "undefined tag handle" not in message


def test_an_error_in_the_directives_costs_their_document_only() -> None:
    text = f"---\n{_document(1)}...\n%YAML 1.1\n%YAML 1.1\n---\n{_document(2)}---\n{_document(3)}"
    documents = _documents(text)
    assert [d.data for d in documents] == [_alone(1), None, _alone(3)]
    assert "duplicate" in _refusal(documents[1])[1]


def test_a_kept_block_text_keeps_its_blank_lines_after_a_resync() -> None:
    kept = _document(3) + "extensions:\n  note: |+\n    kept\n\n\n"
    whole = _documents(_stream(_document(1), kept, _document(4)))
    resumed = _documents(_stream(_document(1), "id: [d2\n", kept, _document(4)))
    assert whole[1].data["extensions"] == {"note": "kept\n\n\n"}
    assert [d.data for d in resumed] == [whole[0].data, None, whole[1].data, whole[2].data]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_lines_after_a_resync_are_counted_as_yaml_counts_them(newline: str) -> None:
    text = _stream(_document(1), "id: [d2\n", _document(3) + "workload: {ects: 1, ects: 2}\n", _document(4))
    documents = _documents(text.replace("\n", newline))
    assert [d.data for d in documents] == [_alone(1), None, {**_alone(3), "workload": {"ects": 2}}, _alone(4)]
    [repeat] = documents[2].findings
    assert repeat.origin is not None and repeat.origin.line == _line(text, "workload: {ects: 1")


def test_a_control_character_after_a_resync_is_placed_in_the_file() -> None:
    text = _stream(_document(1), "id: [d2\n", _document(3), _document(4).replace("Document 4", "Docu\x01ment 4"))
    [document] = _documents(text)
    assert [f.rule for f in document.findings] == ["MC-LD-001"] or document.data is None
    assert document.findings[0].origin is not None
    assert document.findings[0].origin.line == _line(text, "Docu\x01ment")


def test_the_value_budget_counts_the_documents_after_a_resync_too() -> None:
    values = "extensions: {" + ", ".join(f"k{n}: {n}" for n in range(40)) + "}\n"
    text = _stream(_document(1) + values, "id: [d2\n", _document(3) + values, _document(4) + values)
    assert len(_documents(text, Limits(max_nodes=200))) == 4
    [refused] = _documents(text, Limits(max_nodes=120))
    assert [f.rule for f in refused.findings] == ["MC-LD-005"]
    assert refused.findings[0].origin is not None
    assert refused.findings[0].origin.line > _line(text, "id: d3")


STREAMS = {
    "middle": _stream(_document(1), "id: [d2\n", _document(3)),
    "first": _stream("id: 'd1\n", _document(2), _document(3)),
    "several": _stream(_document(1), "a: [\n", _document(3), "b: {\n", "c: 'x\n", _document(6)),
    "tag and syntax": _stream(_document(1), "a: !!python/name:os.system\n", "b: [\n", _document(4)),
    "ends": _stream(_document(1), "a: [\n") + "b: c\n",
    "dots": f"{_document(1)}...\na: [\n...\n{_document(3)}",
}


@pytest.mark.parametrize("text", STREAMS.values(), ids=STREAMS.keys())
def test_the_same_documents_with_or_without_libyaml(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    fast = _documents(text)
    assert len(fast) >= 2
    monkeypatch.setattr(yaml_, "_FastDescriptorLoader", None)
    pure = _documents(text)
    assert [(d.source, d.data, d.findings) for d in fast] == [(d.source, d.data, d.findings) for d in pure]


@pytest.mark.parametrize("text", STREAMS.values(), ids=STREAMS.keys())
def test_a_large_text_read_by_libyaml_alone_resumes_the_same(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    reread = [(d.source, d.data, [f.rule for f in d.findings]) for d in _documents(text)]
    monkeypatch.setattr(yaml_, "_REREAD_MAX_CHARS", 0)
    alone = [(d.source, d.data, [f.rule for f in d.findings]) for d in _documents(text)]
    assert alone == reread


# ----------------------------------------------------------------------------------- hostile streams


@pytest.mark.parametrize(
    "broken",
    [b"---\nid: [d\n", b"---\nid: 'd\n", b"---\n{a: }}\n"],
    ids=["flow", "quote", "brace"],
)
def test_a_file_of_100k_broken_documents_is_refused_quickly_by_max_documents(broken: bytes, work: _Work) -> None:
    content = broken * 100_000
    limits = Limits(max_bytes=len(content))
    [refused] = yaml_.load(content, "s.yaml", limits)
    assert [f.rule for f in refused.findings] == ["MC-LD-005"]
    # Past the limit, each part is counted as one document: a part that holds a document and then a
    # syntax error (as `{a: }}`) is two when read.
    count = "100,000" if broken != b"---\n{a: }}\n" else "105,001"
    assert f"holds {count} YAML documents, over the limit of 10,000 (max-documents)" in refused.findings[0].message
    # The documents past the limit are only counted: no parser runs past max-documents, and the markers are
    # looked for in one pass over the text.
    assert work.runs <= limits.max_documents + 1, work.runs
    assert work.scanned <= 2 * len(content), work.scanned


def test_a_5_mb_file_of_the_smallest_broken_documents_is_linear(work: _Work) -> None:
    costs = []
    for count in (50_000, 400_000):
        content = b"---\n[\n" * count
        before = work.chars + work.scanned
        [refused] = yaml_.load(content, "s.yaml", Limits(max_bytes=len(content)))
        costs.append(work.chars + work.scanned - before)
        assert f"holds {count:,} YAML documents" in refused.findings[0].message
    # Characters parsed and looked through for markers: eight times the text, not sixty-four times the work.
    assert costs[1] <= 8 * costs[0], costs


def test_many_broken_documents_under_the_limit_are_each_refused_at_their_line(work: _Work) -> None:
    count = 2_000
    text = "".join(f"---\nid: d{n}\n---\nid: [b{n}\n" for n in range(count))
    documents = _documents(text)
    # No document is parsed again: each reader (libyaml's, then the pure-Python one that explains the errors of
    # a small text) is handed the whole text once, stopping at its first error, then each document after it once.
    assert work.runs <= 2 * 2 * count, work.runs
    assert work.chars <= 4 * len(text), (work.chars, len(text))
    assert work.scanned <= 4 * len(text), (work.scanned, len(text))
    assert [d.data for d in documents[::2]] == [{"id": f"d{n}"} for n in range(count)]
    # Each broken document is refused at its own line, the one its bracket is left open on.
    assert [_refusal(d)[0] for d in documents[1::2]] == [4 * n + 4 for n in range(count)]


@pytest.mark.parametrize(
    "filler",
    ["%YAML 1.1\n", "\n", "# c\n", "...\n", "  x\n"],
    ids=["directives", "blanks", "comments", "ends", "indented"],
)
def test_what_lies_between_the_error_and_the_next_document_is_read_once(filler: str, work: _Work) -> None:
    content = ("id: [\n" + filler * 500_000 + _stream(_document(2))).encode()
    documents = yaml_.load(content, "s.yaml", Limits(max_bytes=len(content)))
    # Read once: two parser runs (the broken document, then the one after the filler), and the filler parsed
    # once and looked through for a marker at most once more.
    assert work.runs == 2, work.runs
    assert work.chars < 2 * len(content) and work.scanned < 2 * len(content), (work.chars, work.scanned)
    assert documents[0].data is None and documents[0].findings[0].rule in ("MC-LD-002", "MC-LD-005")


# ------------------------------------------------------------------------------- property: any stream

_KEYS = st.sampled_from(["id", "title", "summary", "languages", "workload", "extensions", "notes"])
_SCALARS = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Zl", "Zp")), max_size=12),
    st.integers(-1000, 1000),
    st.booleans(),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(_KEYS, inner, max_size=3)),
    max_leaves=8,
)
_DOCUMENTS = st.dictionaries(_KEYS, _VALUES, min_size=1, max_size=5).map(lambda d: {"descriptor_version": "1.0", **d})
_STYLES = st.sampled_from([{}, {"default_flow_style": True}, {"default_style": '"'}, {"width": 20}])
_BROKEN = st.sampled_from([*BROKEN.values(), "a: [\n  b,\n", "a: |\n  x\n b: c\n", "- a\nb: c\n"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    documents=st.lists(st.tuples(_DOCUMENTS, _STYLES), min_size=1, max_size=5),
    broken=_BROKEN,
    where=st.integers(0, 5),
    explicit_end=st.booleans(),
)
def test_any_stream_with_one_broken_document_gives_the_others_in_order(
    documents: list[tuple[dict[str, Any], dict[str, Any]]], broken: str, where: int, explicit_end: bool
) -> None:
    texts = [yaml.safe_dump(data, allow_unicode=True, sort_keys=False, **style) for data, style in documents]
    where = min(where, len(texts))
    parts = [*texts[:where], broken, *texts[where:]]
    text = "".join(f"---\n{part}" + ("...\n" if explicit_end else "") for part in parts)
    alone = [yaml_.load(t.encode(), "a.yaml") for t in texts]
    read = _documents(text)
    assert len(read) == len(parts)
    assert read[where].data is None and [f.rule for f in read[where].findings] == ["MC-LD-002"]
    others = read[:where] + read[where + 1 :]
    assert [d.data for d in others] == [a.data for [a] in alone]
    assert [[f.rule for f in d.findings] for d in others] == [[f.rule for f in a.findings] for [a] in alone]
    # The broken document's error is placed in its own lines of the file.
    start = sum(p.count("\n") + 1 + explicit_end for p in parts[:where]) + 1
    line = read[where].findings[0].origin.line  # type: ignore[union-attr]
    assert start <= line <= start + broken.count("\n") + 1 + explicit_end


# ------------------------------------------------------------------- checked end to end, as the CLI does


def test_the_rule_findings_of_the_documents_after_a_resync_are_checked(tmp_path: Any) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(_stream(_document(1), "id: [d2\n", _document(3)), encoding="utf-8")
    results = run([path], RunConfig(rubric=RUBRIC, now=NOW, jobs=1)).results
    assert [r.source for r in results] == [f"{path} [document {n}]" for n in (1, 2, 3)]
    assert [f.rule for f in results[1].findings] == ["MC-LD-002"]
    assert results[2].findings and [f.rule for f in results[2].findings] == [f.rule for f in results[0].findings]


def test_the_rule_findings_of_the_documents_after_a_resync_have_their_lines(tmp_path: Any) -> None:
    path = tmp_path / "s.yaml"
    text = _stream(_document(1), "id: [d2\n", _document(3))
    path.write_text(text, encoding="utf-8")
    results = run([path], RunConfig(rubric=RUBRIC, now=NOW, jobs=1)).results
    offset = _line(text, "id: d3") - _line(text, "id: d1")
    first = [f.line for f in results[0].findings]
    assert first and all(line is not None for line in first)
    assert [f.line for f in results[2].findings] == [line + offset for line in first]  # type: ignore[operator]
