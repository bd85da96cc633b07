"""yaml-rs reads the usual YAML descriptor (issue 11), and gives exactly what PyYAML's loader gives.

``yaml_._read_rs`` hands a text to yaml-rs only when nothing in it is read otherwise by the two (a leading
zero, an underscore in a number, a tab, a YAML 1.1 line break, an empty block text, flow mappings, tags,
anchors, a second document, deep nesting); every other text, and any text yaml-rs refuses, is read by
PyYAML as before. These tests hold the two to the same documents and findings on generated texts of
three kinds (junk, PyYAML's own output of random values, hand-written style), and check that each
difference found while building the path keeps a text away from yaml-rs.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.limits import Limits
from qa_checker.loaders import yaml_
from qa_checker.locate import block_marks, yaml_marks
from tests.conftest import SAMPLES

pytestmark = pytest.mark.skipif(yaml_._rs() is None, reason="yaml-rs is not installed")


@contextmanager
def _without_rs() -> Any:
    with mock.patch.object(yaml_, "_rs", lambda: None):
        yield


def _read(text: str) -> list[tuple[Any, Any]]:
    return [(d.data, d.findings) for d in yaml_.load(text.encode("utf-8", "surrogatepass"), "x.yaml")]


def _same_either_way(text: str, chosen: Any = None) -> None:
    """The same documents and findings with and without yaml-rs; and, where yaml-rs read the text, the same
    places from its lines (``block_marks``) as from the parser's events, for paths ``chosen`` from its
    value (a hypothesis ``data`` object, or every path)."""
    fast = _read(text)
    with _without_rs():
        plain = _read(text)
    assert _typed(fast) == _typed(plain), text
    read, value = yaml_._read_rs(text, Limits())
    if not read:
        return
    every = _paths(value)
    picked = every if chosen is None else chosen.draw(st.lists(st.sampled_from(every), min_size=1, max_size=8))
    targets = [(0, path) for path in [*picked, *((*path, "absent") for path in picked[:3])]]
    placed = block_marks(text, targets)
    assert placed is None or placed == yaml_marks(text, targets), text


def _paths(value: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for number, item in enumerate(value):
            found += _paths(item, (*path, str(number)))
    return found


def _typed(value: Any) -> Any:
    """The value with each scalar's type beside it (``1 == 1.0 == True`` would hide a difference)."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_typed(item) for item in value]
    return (type(value).__name__, value)


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = st.sampled_from(
    [
        *("a", "key", "x y", "é", "日本", "’", "“", "0", "1", "12", "-1", ".5", "e3", "_", "0x", "true", "null", "~"),
        *(": ", ":", "- ", "-", " ", "  ", "\t", "\n", "\r\n", "\r", "\n  ", "\n    ", "\n- ", "\nk: "),
        *("'", '"', '"\\n"', "*", "&", "#", "[", "]", "{", "}", ",", "|", ">", "|-", ">+", "!", "%", "@", "`"),
        *("?", "---", "...", "\u2028", "\x85", "a: |\n  ", "a: >\n  ", "\nb:\n  - ", "2024-01-01", "1:30", "no"),
    ]
)


@_SETTINGS
@given(st.lists(_PIECES, min_size=1, max_size=16).map("".join), st.data())
def test_junk_reads_the_same(text: str, chosen: st.DataObject) -> None:
    _same_either_way(text, chosen)


_WORDS = st.sampled_from(
    [
        *("Data", "ethics", "0413", "1_000", "no", "on", "true", "null", "~", "", " ", "a: b", "- x", "# c"),
        *("x #y", "'q'", '"d"', "1.5", ".5e3", "1e3", "0x1F", "0o7", "2024-01-01", "10:30", "é", "\u00a0x", "x\n"),
        *("a\n\nb", "  lead", "trail  ", "|", ">", "[a]", "{a: 1}", "?", "!x", "&a", "*a", "%x", "@x", "\\"),
        *("x\ty", "\u200b", ".inf", "NaN", "R&D", "C++", "key:", "---", "...", "\ufeff", "-1", "+1", "1."),
    ]
)
_TEXTS = st.one_of(_WORDS, st.lists(_WORDS, min_size=2, max_size=4).map("".join), st.text(max_size=12))
_SCALARS = st.one_of(_TEXTS, st.integers(-(10**30), 10**30), st.floats(allow_nan=False), st.booleans(), st.none())
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_TEXTS, inner, max_size=4)),
    max_leaves=20,
)


@_SETTINGS
@given(
    _VALUES,
    st.sampled_from([False, None, True]),
    st.sampled_from([20, 80, 1000]),
    st.sampled_from([None, None, '"', "'", "|"]),
    st.booleans(),
    st.booleans(),
    st.data(),
)
def test_pyyamls_own_output_reads_the_same(
    value: Any, flow: bool | None, width: int, style: str | None, unicode: bool, last_break: bool, chosen: st.DataObject
) -> None:
    text = yaml.safe_dump(
        {"id": "x", "data": value},
        default_flow_style=flow,
        width=width,
        default_style=style,
        allow_unicode=unicode,
        sort_keys=False,
    )
    _same_either_way(text if last_break else text.rstrip("\n"), chosen)


_HAND_WORDS = st.sampled_from(
    [
        *("Data", "ethics", "10", "0.5", "ECTS:", "a:b", "x #c", "#c", "it's", '"q"', "über", "—", "R&D", "1:30"),
        *("2024-01-01", "no", "null", "~", "true", "-", "--", "1e3", "%", "@", "|", ">", "?", "!", "*", "[x]", "x, y"),
        *("0413", "0413", "007", "k: 0413", "- 0611"),
    ]
)


# Words a provider writes, with codes of a leading zero alone on a line or inside texts (but nothing else
# that keeps a text from yaml-rs): what reaches the quoting of codes.
_CODE_WORDS = st.sampled_from(
    ["Data", "ethics", "10", "0413", "0413", "007", "k: 0413", "- 0611", "it's", "x #c", "über", "a:b", "0.5"]
)


@st.composite
def _scalar(draw: st.DrawFn, indent: int, words_of: st.SearchStrategy[str] = _HAND_WORDS) -> str:
    words = " ".join(draw(st.lists(words_of, min_size=1, max_size=4)))
    kind = draw(st.sampled_from(["plain", "single", "double", "block", "folded lines", "quoted lines", "code"]))
    if kind == "code":
        return draw(st.sampled_from(["0413", "007", "0611 # ISCED-F", "00"]))
    pad = " " * (indent + 2)
    if kind == "single":
        return "'" + words.replace("'", "''") + "'"
    if kind == "double":
        return '"' + words.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind == "block":
        head = draw(st.sampled_from(["|", ">"])) + draw(st.sampled_from(["", "-", "+", "2", "2-"]))
        lines = draw(st.lists(st.lists(words_of, max_size=3).map(" ".join), min_size=1, max_size=3))
        return head + "".join("\n" + (pad + line if line else "") for line in lines)
    if kind == "folded lines":
        return words + "".join("\n" + pad + line for line in draw(st.lists(words_of, min_size=1, max_size=2)))
    if kind == "quoted lines":
        lines = draw(st.lists(words_of, min_size=1, max_size=2))
        return '"' + words.replace('"', "") + "".join("\n" + pad + line.replace('"', "") for line in lines) + '"'
    return words


@st.composite
def _block(draw: st.DrawFn, indent: int = 0, depth: int = 0, words_of: st.SearchStrategy[str] = _HAND_WORDS) -> str:
    out = []
    pad = " " * indent
    for key in draw(
        st.lists(st.sampled_from(["id", "title", "en", "x y", "ects", "no", "1", "é"]), min_size=1, max_size=4)
    ):
        kind = draw(st.sampled_from(["scalar", "scalar", "map", "list", "flow"] if depth < 3 else ["scalar", "flow"]))
        if kind == "map":
            out.append(f"{pad}{key}:\n" + draw(_block(indent + 2, depth + 1, words_of)))
        elif kind == "list":
            items = draw(st.lists(_scalar(indent + 2, words_of), min_size=1, max_size=3))
            out.append(f"{pad}{key}:\n" + "".join(f"{pad}  - {item}\n" for item in items))
        elif kind == "flow":
            out.append(f"{pad}{key}: [" + ", ".join(draw(st.lists(words_of, max_size=3))) + "]\n")
        else:
            out.append(f"{pad}{key}: {draw(_scalar(indent, words_of))}\n")
        out.append(draw(st.sampled_from(["", "", "", "\n", "# comment\n", f"{pad}# c\n"])))
    return "".join(out)


@_SETTINGS
@given(_block(), st.booleans(), st.booleans(), st.data())
def test_hand_written_style_reads_the_same(text: str, crlf: bool, last_break: bool, chosen: st.DataObject) -> None:
    text = text.replace("\n", "\r\n") if crlf else text
    _same_either_way(text if last_break else text.rstrip("\r\n"), chosen)


@_SETTINGS
@given(_block(words_of=_CODE_WORDS), st.booleans(), st.data())
def test_hand_written_codes_read_the_same(text: str, crlf: bool, chosen: st.DataObject) -> None:
    _same_either_way(text.replace("\n", "\r\n") if crlf else text, chosen)


@pytest.mark.parametrize(
    "text",
    [
        "code: 0413\nn: 0x1F\n",
        "n: 1_000\n",
        "n: _1\n",
        "n: .5_\n",
        "n: 0X1F\n",
        "n: 0b101\n",
        "a:\n\t- tab\n",
        "a: x\u2028b: y\n",
        "a: x\x85b: y\n",
        "a: x\rb: y\n",
        "a: |\n  \n",
        "a: >+\n",
        "a: |\n  last",
        "a: {b: c,\n  d: e}\n",
        "a: [x, ? y]\n",
        "a: [x, :y]\n",
        "a: [classroom:, e-learning]\n",
        "ects: 1e1_0\n",
        "title: x\uffff\n",
        "a: 1\n\ufeffb: 2\n",
        "a: [x: >y]\n",
        "a: [b,\n  c]\n",
        "? a\n: 1\n",
        "a: !!str 1\n",
        "a: &x 1\nb: *x\n",
        "a: {<<: {b: 1}}\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "...\na: 1\n",
        "just a text\n",
        "a: 1\na: 2\n",
    ],
)
def test_texts_read_otherwise_are_left_to_pyyaml(text: str) -> None:
    assert yaml_._read_rs(text, Limits()) == (False, None)
    _same_either_way(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("code: 0413\n", {"code": "0413"}),
        ("- 017\n- 00\n", ["017", "00"]),
        ("a:\n- f: 0611 # ISCED-F\r\n  g: 0612\r\n", {"a": [{"f": "0611", "g": "0612"}]}),
        ("a: '0413'\nb: 0413\n", {"a": "0413", "b": "0413"}),
    ],
)
def test_codes_with_a_leading_zero_are_read_by_yaml_rs_as_written(text: str, value: Any) -> None:
    assert yaml_._read_rs(text, Limits()) == (True, value)
    _same_either_way(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: |\n  k: 0413\nb: 1\n",  # in a block text
        "a: >\n  - 0413\n",
        "a: text\n  - 0413\n",  # the next line of a plain text
        "- text\n  - 0413\n",
        'a: "x\n  k: 0413"\n',  # in a quoted text over two lines
        "a: 0413\n  more\n",  # a plain text over two lines that starts with digits
        "0413: a\n",  # a key
        "a: [0413]\n",  # in a flow collection
        "a: 0413\nb: 1\na: 2\n",  # a repeated key: PyYAML explains it
    ],
)
def test_what_only_looks_like_a_code_entry_is_left_to_pyyaml(text: str) -> None:
    assert yaml_._read_rs(text, Limits()) == (False, None)
    _same_either_way(text)


@pytest.mark.parametrize(
    ("text", "targets", "answers"),
    [
        (
            # A key whose value is empty, followed by a list item further out that has a "-" in the key's column.
            ' -  |-\n # c\n - {}\n -  0.1e1 x:\n # c\n -  -   "-.5\n           3.1\n           5e-324  on"\n',
            [("2", "0.1e1 x", "0"), ("3", "0"), ("2", "0.1e1 x"), ("3",)],
            False,  # a quoted text over several lines: the events place it
        ),
        ("a:\n- x\n- y\nb:\n  - z\n", [("a", "1"), ("b", "0"), ("b",)], True),
        # A key that starts with "---" is no document marker.
        ("---#c: 1\nb: 2\n", [(), ("---#c",), ("b",)], True),
        # Keys that start with "?", "-" or ":" and a character: plain keys.
        ("?x: 1\n- a: 2\n", [("?x",)], False),  # not YAML: not read by yaml-rs
        ("- ?x a: b\n- -y: c\n", [("0", "?x a"), ("1", "-y")], True),
        # A quoted text over two lines, the second starting at the key's column.
        ("\"k\": 1\n'' : 'a: 1\n'' : n'\nz: 2\n", [("",), ("z",)], False),
        # A flow mapping over two lines whose first line holds a bracket of the other kind.
        ('a:\n  - t: {en: "x, y]\n    z"}\n    e: [1]\n  - t: 2\nb: 3\n', [("a", "0", "e"), ("a", "1"), ("b",)], False),
    ],
)
def test_block_marks_place_as_the_events_do(text: str, targets: list[tuple[str, ...]], answers: bool) -> None:
    """Where yaml-rs read the text, the lines place each target as the events do, or (``answers`` false)
    give way to them."""
    wanted = [(0, target) for target in targets]
    placed = block_marks(text, wanted) if yaml_._read_rs(text, Limits())[0] else None
    assert (placed is not None) is answers
    assert placed is None or placed == yaml_marks(text, wanted)


@pytest.mark.parametrize(
    ("text", "value"),
    [("title: =\n", "="), ("title:\n- =\n", ["="]), ("title: [=]\n", ["="]), ("title: {=: x}\n", {"=": "x"})],
)
def test_a_plain_equals_sign_is_a_text(text: str, value: Any) -> None:
    """YAML 1.1's value key ``=`` is gone from YAML 1.2: a plain ``=`` is the text it is, with or without yaml-rs."""
    text = 'descriptor_version: "1.0"\n' + text
    [document] = yaml_.load(text.encode(), "x.yaml")
    assert document.data is not None and document.data["title"] == value
    _same_either_way(text)


def test_the_usual_descriptor_is_read_by_yaml_rs() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.rglob("*.yaml"))]
    read = [text for text in texts if yaml_._read_rs(text, Limits())[0]]
    assert len(read) >= len(texts) // 2
    answered = asked = 0
    for text in read:  # and their findings are placed by their lines, but inside a flow collection
        for path in _paths(yaml_._read_rs(text, Limits())[1]):
            placed = block_marks(text, [(0, path)])
            assert placed is None or placed == yaml_marks(text, [(0, path)])
            answered += placed is not None
            asked += 1
    assert answered >= asked // 2
    for text in texts:
        _same_either_way(text)


def test_a_batch_gets_the_same_results_with_or_without_yaml_rs(tmp_path: Path) -> None:
    """End to end: every result of a varied YAML batch (the samples, generated offers and credentials, a
    list of descriptors in one file, hand-written flow style) is the same, findings placed at the same
    lines and columns, whether yaml-rs or PyYAML read the files."""
    from datetime import datetime, timezone

    from benchmarks.corpus import write_corpus
    from qa_checker.api import check_paths

    for sample in SAMPLES.rglob("*.yaml"):
        (tmp_path / f"sample-{sample.name}").write_bytes(sample.read_bytes())
    write_corpus(tmp_path / "generated", 40, yaml_share=1.0)
    offers = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((tmp_path / "generated").rglob("*.yaml"))]
    (tmp_path / "list.yaml").write_text(yaml.safe_dump(offers[:3], allow_unicode=True), encoding="utf-8")
    (tmp_path / "flow.yaml").write_text(
        "id: flow-1\ntitle: {en: Data ethics, de: Datenethik}\nlanguages: [en, de]\n"
        "workload: {ects: 5, hours: 20}\nlearning_outcomes:\n  - {en: Understand data., de: Daten verstehen.}\n",
        encoding="utf-8",
    )
    now = datetime(2026, 11, 29, 12, tzinfo=timezone.utc)
    read = [p for p in tmp_path.rglob("*.yaml") if yaml_._read_rs(p.read_text(encoding="utf-8"), Limits())[0]]
    assert len(read) >= 30

    def results() -> list[Any]:
        report = check_paths([tmp_path], jobs=1, now=now)
        return [
            (r.source, r.status, r.score, [(f.rule, f.pointer, f.line, f.column, f.message) for f in r.findings])
            for r in report.results
        ]

    fast = results()
    with _without_rs():
        plain = results()
    assert fast == plain
    assert any(f[2] is not None for _, _, _, findings in fast for f in findings)
