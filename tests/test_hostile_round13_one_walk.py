"""Hostile round 13: the one walk of a descriptor's texts and language maps (MC-LG-003, MC-TP-001, MC-VC-002)
gives them in the order of the document, however deep or wide the descriptor, so that a rule stopped at its
100 findings lists the first 100 of the document, as its message says."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml

from qa_checker import check_paths
from qa_checker import pointer as jp
from qa_checker.descriptor import Descriptor, blank, strings_and_language_maps
from qa_checker.engine import MAX_RULE_FINDINGS

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "credentials" / "eu-elm-annex1-sample.yaml"


def _in_order(node: Any, where: str = "", inside: bool = False) -> tuple[list[tuple[str, str]], list[str]]:
    """The texts (pointer, value) and language maps' pointers of ``node``, in the order written (a reference
    written for this test, recursive and plain)."""
    texts: list[tuple[str, str]] = []
    maps: list[str] = []
    if isinstance(node, dict):
        if not inside and node and all(isinstance(k, str) and len(k) == 2 and k.isalpha() for k in node):
            maps.append(where)
            inside = True
        pairs: Any = node.items()
    else:
        pairs = enumerate(node)
    for key, value in pairs:
        if isinstance(value, str):
            if not blank(value):
                texts.append((jp.child(where, str(key)), value))
        elif isinstance(value, (dict, list)) and (where or key != "extensions"):
            inner_texts, inner_maps = _in_order(value, jp.child(where, str(key)), inside)
            texts += inner_texts
            maps += inner_maps
    return texts, maps


def _tree(rng: random.Random, depth: int) -> Any:
    if depth == 0 or rng.random() < 0.2:
        return rng.choice(["text", " ", "", 3, None, "Überblick"])
    if rng.random() < 0.5:
        return [_tree(rng, depth - 1) for _ in range(rng.randint(0, 4))]
    keys = rng.sample(["en", "de", "fr", "title", "extensions", "a/b", "x~y", "nl"], rng.randint(0, 4))
    return {key: _tree(rng, depth - 1) for key in keys}


def test_texts_and_language_maps_come_in_the_order_of_the_document() -> None:
    rng = random.Random(13)
    for _ in range(300):
        data = {"title": {"en": "A"}, "body": _tree(rng, 6), "extensions": {"en": "own"}}
        texts, maps = strings_and_language_maps(data)
        assert ([(t.pointer, t.value) for t in texts], [m for m, _ in maps]) == _in_order(data)


def test_a_deep_descriptor_is_walked_in_order() -> None:
    data: Any = "deepest"
    for number in range(60):
        data = {"en": data, "zz": f"text {number}"} if number % 2 else [f"text {number}", data, "after"]
    texts, maps = strings_and_language_maps({"body": data})
    assert [(t.pointer, t.value) for t in texts] == _in_order({"body": data})[0]
    assert len(maps) == 1  # the outermost; those inside it are part of it


def test_a_language_map_holding_lists_is_one_map_and_its_texts_are_read() -> None:
    data = {"title": {"en": ["Data", "ethics"], "de": {"xx": "Datenethik"}}}
    texts, maps = strings_and_language_maps(data)
    assert [m for m, _ in maps] == ["/title"]
    assert [t.pointer for t in texts] == ["/title/en/0", "/title/en/1", "/title/de/xx"]


def test_a_rule_stopped_at_its_cap_lists_the_first_findings_of_the_document(tmp_path: Path) -> None:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    count = MAX_RULE_FINDINGS + 30
    data["learning_outcomes"] = [{"text": {"en": "TBD"}} for _ in range(count)]
    path = tmp_path / "many.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    findings = [f for r in check_paths([path]).results for f in r.findings if f.rule == "MC-TP-001"]
    listed = {f.pointer for f in findings if f.pointer}
    assert len(listed) == MAX_RULE_FINDINGS
    assert listed == {f"/learning_outcomes/{n}/text/en" for n in range(MAX_RULE_FINDINGS)}


def test_a_wide_descriptor_is_walked_once_in_order() -> None:
    data = {"items": [{"en": f"text {n}", "de": f"Text {n}"} for n in range(20_000)]}
    doc = Descriptor(data)
    assert doc.strings() is doc.strings()
    assert [t.value for t in doc.strings()[:4]] == ["text 0", "Text 0", "text 1", "Text 1"]
    assert [m for m, _ in doc.language_maps()[:2]] == ["/items/0", "/items/1"]
