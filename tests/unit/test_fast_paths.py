"""The speed paths give exactly what the plain ways give (issue 11): they may only be faster.

- YAML values are built without PyYAML's generator per collection (``yaml_._Reading._build``): same
  data, same notes (repeated keys, lines of unusual texts), same first error, on every loader.
- Findings in a YAML file of one document are placed from its composed nodes (``locate.node_marks``)
  instead of parsing the text again: same places as the event walk (``locate.yaml_marks``).
- A parsed value of plain texts, numbers and collections within the limits skips the full walk that
  would refuse it (``common.plainly_within``): only where that walk refuses nothing.
- A file's text of Latin-1 characters is screened for unusual ones as bytes (``common.may_hold_unusual``):
  the answer of the regular expressions.
- A rejected descriptor is explained by jsonschema with the top-level fields that a compiled validator
  accepts left unwalked (``validation._pruned_errors``): the same schema findings as a whole-document
  jsonschema run.
"""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.constructor import BaseConstructor

from benchmarks.corpus import write_corpus
from qa_checker import pointer as jp
from qa_checker.limits import Limits
from qa_checker.loaders import common, yaml_
from qa_checker.locate import node_marks, positions, yaml_marks
from tests.conftest import SAMPLES

EDGE_CASES = [
    "a: 1\nb: [1, 2, {c: d}]\n",
    "base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\n",
    "a: &a [1, *a]\n",
    "a: &a {b: *a}\n",
    "a: 1\na: 2\nb: {c: 1, c: 2}\n",
    "? [1, 2]\n: x\n",
    "? {a: 1}\n: x\n",
    "s: !!set {a, b}\no: !!omap [{a: 1}, {b: 2}]\np: !!pairs [{a: 1}]\n",
    "b: !!binary aGVsbG8=\nt: !!timestamp 2026-01-01\n",
    "d: 2026-01-01\nf: 1.5\ni: 0x1F\nn: ~\nyes: no\ne: ''\n",
    "x: !foo bar\n",
    "x: !!map [1]\n",
    "x: !!seq {a: 1}\n",
    "x: !!str [1]\n",
    'a: "\\x01ctrl"\nb: "\\x01ctrl"\nc: ["\\u202e"]\n',
    "- &s text\n- *s\n- {k: *s}\n",
    "<<: {a: 1}\nb: 2\n",
    "a: {<<: [{x: 1}, {y: 2}], z: 3}\n",
    "a: {<<: 1}\n",
    "= : 1\n",
    "a:\n  - &m {k: v}\n  - <<: *m\n    k: w\n    k: u\n",
    "1: a\n1.5: b\ntrue: c\n~: d\n",
    "k: " + "9" * 500 + "\n",
    "---\na: 1\n---\n---\nb: 2\n",
    "x: &x\n  y: &y\n    z: *x\n",
    "a: !!python/object:os.system x\n",
    "? !!binary aGVsbG8=\n: bytes key\n",
    "a: [&q [1], *q, {<<: *q}]\n",
]


def _generator_built(loader: type) -> type:
    """The loader with PyYAML's own construction (a generator per collection, filled round by round)."""
    return type("Generators" + loader.__name__, (loader,), {"construct_document": BaseConstructor.construct_document})


def _outcome(loader: type, text: str) -> tuple[Any, ...]:
    try:
        documents, notes = yaml_._read(text, loader, 1_000)
    except Exception as exc:
        return ("error", type(exc).__name__, str(exc))
    repeated = [keys for _, keys in notes.duplicates.values()]
    return ("read", repr(documents), repeated, notes.lines)


def _loaders() -> list[type]:
    loaders: list[type] = [yaml_._DescriptorLoader]
    if yaml_._FastDescriptorLoader is not None and yaml_._EventLoader is not None:
        loaders += [yaml_._FastDescriptorLoader, yaml_._EventLoader]
    return loaders


def _texts() -> list[str]:
    return [p.read_bytes().decode("utf-8", "replace") for p in sorted(SAMPLES.rglob("*.y*ml"))]


@pytest.mark.parametrize("loader", _loaders(), ids=lambda c: c.__name__)
def test_values_notes_and_errors_are_those_of_the_generator_construction(loader: type) -> None:
    rng = random.Random(11)
    texts = [*EDGE_CASES, *_texts()]
    # Cut and spliced texts: whatever error construction meets first must be the same one.
    for text in list(texts):
        for _ in range(3):
            i, j = rng.randrange(len(text)), rng.randrange(len(text))
            texts.append(text[:i] + text[j : j + rng.randint(0, 40)] + text[i:])
    plain = _generator_built(loader)
    for text in texts:
        assert _outcome(loader, text) == _outcome(plain, text), text


def _paths(value: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, str(index)))
    return found


TREE_CASES = [
    "a: 1\na: {x: 1}\na: {y: 2}\n",
    "- {a: 1}\n- {b: [1, 2]}\n",
    "? [1]\n: v\nk: v\n",
    "'': 1\nx: {'': 2}\n",
    "k: |\n  text\n  more\nz: [1, {q: 2}]\n",
    "--- \na: 1\n",
    "---\n- x: 1\n  y: 2\n- x: 3\n",
    "# comment\n\ntitle:\n  en: Data ethics\n  fr: Éthique\nlist: [a, 'b', \"c\"]\n",
]


def test_findings_are_placed_from_the_kept_document_as_from_the_text(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(yaml_, "_rs", lambda: None)  # the texts yaml-rs reads keep no composed nodes
    rng = random.Random(7)
    texts = [*TREE_CASES, *_texts()]
    texts += [p.read_text(encoding="utf-8") for p in write_corpus(tmp_path, 40, yaml_share=1.0)]
    used = 0
    for text in texts:
        trees: dict[str, Any] = {}
        documents = yaml_.load(text.encode(), "x.yaml", trees=trees)
        tree = trees.get("x.yaml")
        if tree is None:
            continue
        used += 1
        data = documents[0].data
        every = _paths(data)
        for _ in range(4):
            chosen = rng.sample(every, min(len(every), rng.randint(1, 12)))
            chosen += [(*t, "missing") for t in chosen[:3]] + [("absent", "0")]
            targets = [(0, t) for t in chosen]
            assert node_marks(tree, targets) == yaml_marks(text, targets), text
            pointers = [jp.join(*t) for t in chosen]
            assert positions(text, "yaml", pointers, tree=tree) == positions(text, "yaml", pointers), text
            if isinstance(data, list):
                for number in range(1, len(data) + 1):
                    assert positions(text, "yaml", pointers, document=number, tree=tree) == positions(
                        text, "yaml", pointers, document=number
                    )
    assert used >= len(texts) // 2


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",
        "a: {k: 1}\nb: {<<: {k: 2}}\n",
        "---\na: 1\n---\nb: 2\n",
        "~\n",
        "a: [1, 2\n",
    ],
    ids=["alias", "merge-key", "stream", "empty", "broken"],
)
def test_no_document_is_kept_where_its_nodes_would_not_stand_for_the_text(text: str) -> None:
    trees: dict[str, Any] = {}
    yaml_.load(text.encode(), "x.yaml", trees=trees)
    assert trees == {}


def _language_maps_by_recursion(node: object, place: str) -> list[tuple[str, dict[str, object]]]:
    """The walk MC-VC-002 made before it built pointers only for what it finds."""
    found: list[tuple[str, dict[str, object]]] = []
    if isinstance(node, dict):
        if node and all(isinstance(k, str) and len(k) == 2 and k.isalpha() for k in node):
            return [(place, node)]
        for key, value in node.items():
            if place == "" and key == "extensions":
                continue
            found += _language_maps_by_recursion(value, jp.child(place, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _language_maps_by_recursion(value, jp.child(place, index))
    return found


def test_language_strings_are_found_in_the_order_and_places_of_the_recursive_walk(tmp_path) -> None:
    from qa_checker.descriptor import strings_and_language_maps

    values: list[Any] = [
        {"extensions": {"en": "x"}, "a/b": [{"en": "y", "nl": "z"}, {"t~": {"de": "w"}}], "c": {}},
        [{"en": "a"}, [[{"fr": "b"}]], "text", 3],
        {"en": "root"},
        {1: {"pl": "x"}, 2.5: [{"it": "y"}], None: {"es": "z"}},
        "plain",
    ]
    values += [yaml_._parse(p.read_text(encoding="utf-8"))[0] for p in write_corpus(tmp_path, 20, yaml_share=1.0)]
    for value in values:
        assert strings_and_language_maps(value)[1] == _language_maps_by_recursion(value, "")


@pytest.mark.parametrize("kind", ["Finding", "Text", "Result"])
def test_the_quick_copy_is_dataclasses_replace(kind: str) -> None:
    """``engine.copy_with`` skips ``__init__``: only for dataclasses whose ``__init__`` stores each field as given."""
    import dataclasses

    from qa_checker.engine import copy_with
    from qa_checker.findings import Finding, Origin, Severity
    from qa_checker.results import Result
    from qa_checker.text import Text, msg

    cls: Any = {"Finding": Finding, "Text": Text, "Result": Result}[kind]
    assert not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")
    assert all(f.init for f in dataclasses.fields(cls))
    finding = Finding.make(
        rule="MC-SC-001", severity=Severity.ERROR, element=None, pointer="/a", message=msg("m {x}", x="1"), hint="h"
    )
    value, changes = {
        "Finding": (finding, {"line": 3, "column": 4, "origin": Origin(line=2)}),
        "Text": (msg("a {b}", b="c"), {"params": {"b": "d"}}),
        "Result": (
            Result("s", "id", "offer", "pass", 100.0, {}, [finding], {}, "yaml"),
            {"findings": []},
        ),
    }[kind]
    copied, replaced = copy_with(value, **changes), dataclasses.replace(value, **changes)
    assert copied == replaced and copied.__dict__ == replaced.__dict__
    assert list(copied.__dict__) == list(replaced.__dict__)
    assert type(copied) is cls and value != copied


@pytest.mark.parametrize(
    "text",
    [
        "a" * 300,
        " " * 250 + "x",
        " " * 249 + "x",
        "x\n" + " " * 250,
        "x\r\n" + "- " * 125 + "y",
        "x\n" + " - " * 90 + "y",
        "k: \t" * 100,
        "?" * 250,
        "a\n\n" + ":" * 251,
        *(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.rglob("*.yaml"))[:10]),
    ],
)
def test_the_text_checks_find_what_their_regular_expressions_find(text: str) -> None:
    import re

    long_lead = re.compile(r"^[ \t?:-]{250}", re.MULTILINE)
    may_refer = re.compile(r"(?:^|[\s\[\]{},:])[&*]")
    assert bool(yaml_._LEAD.match(text) or yaml_._LONG_LEAD.search(text)) == bool(long_lead.search(text))
    for refers in (text, "&a " + text, text + " *b", text.replace("a", "R&D"), "{a:*b}", "\u2028&x", "x\xa0*y"):
        assert yaml_._may_refer(refers) == bool(may_refer.search(refers)), refers[:40]


# Texts of Latin-1 characters (screened as bytes) and of wider ones (by the regular expression).
_NARROW_AND_WIDE = st.text(
    st.sampled_from([*map(chr, range(0x100)), "\u2019", "\u202e", "\u2069", "\ud800", "\U0001f600"])
)


@given(_NARROW_AND_WIDE)
@settings(max_examples=300, deadline=None)
def test_a_files_text_may_hold_unusual_characters_exactly_where_the_regular_expressions_find_one(text: str) -> None:
    """The Latin-1 screen of a narrow text and the regex of any other agree with the regular expressions."""
    for screened in (text, *(text + chr(code) for code in range(0x100))):
        expected = common._SUSPECT.search(screened) or common._ESCAPES.search(screened)
        assert common.may_hold_unusual(screened) == bool(expected), ascii(screened)


# --- Schema findings: each rejected keyword explained where it failed, as by a whole-document run ---------

_ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -3,
    1.5,
    10**30,
    "",
    "x",
    "2026-13-45",
    "not a url",
    [],
    {},
    [1, "a"],
    {"en": 1},
    {"zz": "text"},
    {"text": "", "type": "bogus"},
    [[[]]],
    "é" * 300,
]


def _mutated(rng: random.Random, data: Any) -> Any:
    """The descriptor with one to four values replaced, removed or added at random places."""
    for _ in range(rng.randint(1, 4)):
        places = [p for p in _paths(data) if p]
        where = rng.choice(places)
        parent: Any = data
        for step in where[:-1]:
            parent = parent[int(step)] if isinstance(parent, list) else parent[step]
        last: Any = int(where[-1]) if isinstance(parent, list) else where[-1]
        roll = rng.random()
        if roll < 0.25 and isinstance(parent, dict):
            del parent[last]
        elif roll < 0.4 and isinstance(parent, dict):
            parent[rng.choice(["titel", "extra", "x-note", "ects", "Title"])] = copy.deepcopy(rng.choice(_ODD_VALUES))
        else:
            parent[last] = copy.deepcopy(rng.choice(_ODD_VALUES))
    return data


def _schema_findings(data: Any) -> list[Any]:
    from qa_checker import validation

    return [(finding, finding.extra, finding.message_text) for finding in validation.validate(data)]


def test_schema_findings_explained_where_rejected_are_those_of_a_whole_document_run(monkeypatch) -> None:
    from benchmarks.corpus import descriptor, providers
    from qa_checker import validation
    from qa_checker.explain import good_offer
    from qa_checker.rules import RULES_BY_ID

    rng = random.Random(2026)
    bodies = providers(random.Random(1))
    cases: list[Any] = []
    for rule in RULES_BY_ID.values():
        if rule.example_fail:
            data = good_offer()
            for key, value in rule.example_fail.items():
                if value is None:
                    data.pop(key, None)
                else:
                    data[key] = copy.deepcopy(value)
            cases.append(data)
    for index in range(700):
        base = good_offer() if index % 2 else copy.deepcopy(descriptor(rng, index, bodies))
        cases.append(_mutated(rng, base))
    placed = [_schema_findings(data) for data in cases]
    rejected = [data for data, found in zip(cases, placed, strict=True) if found]
    assert len(rejected) > 500
    # The whole-document run is the exception: jsonschema and jsonschema-rs agree on these values.
    assert sum(validation._pruned_errors(data) is None for data in rejected) <= len(rejected) // 50
    monkeypatch.setattr(validation, "_pruned_errors", lambda data: None)
    for data, found in zip(cases, placed, strict=True):
        assert found == _schema_findings(data), data


def test_a_rejected_map_of_thousands_of_keys_is_explained_without_the_compiled_checks_error_reports(
    monkeypatch,
) -> None:
    """jsonschema-rs copies the failing value into every error under a failed ``anyOf``: a language map of
    3,000 unknown keys took 2.3 GB through its reports. The explanation never asks for them."""
    from qa_checker import validation
    from qa_checker.explain import good_offer

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("the compiled check's error reports were asked for")

    data = good_offer()
    data["title"] = {f"l{index}": "T" for index in range(3_000)}
    validation._fast_validator()  # compiled before iter_errors is taken away
    monkeypatch.setattr(type(validation._fast_validator()), "iter_errors", refused, raising=False)
    findings = validation.validate(data)
    assert [f.pointer for f in findings] == ["/title"]


_LEAVES = st.one_of(
    st.text(max_size=30),
    st.integers(-(2**1100), 2**1100),
    st.floats(),
    st.booleans(),
    st.none(),
)
_TREES = st.recursive(
    _LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6), st.dictionaries(st.one_of(st.text(max_size=8), st.integers()), inner, max_size=6)
    ),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(_TREES, st.integers(1, 8), st.integers(1, 60), st.integers(1, 25), st.integers(1, 5), st.integers(0, 400))
def test_the_quick_screen_passes_only_what_the_full_walk_passes(
    value: Any, depth: int, nodes: int, chars: int, items: int, size: int
) -> None:
    """``common.plainly_within`` lets a parsed value skip the full walk only where the walk refuses nothing."""
    limits = Limits(max_depth=depth, max_nodes=nodes, max_string_chars=chars, max_list_items=items)
    max_text = max(limits.max_bytes, size)
    if common.plainly_within([value], limits, max_text, size):
        assert common._Screen(limits, max_text).walk(value) is None
