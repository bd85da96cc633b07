"""A value of the wrong JSON type anywhere in a descriptor gets the schema's finding, never a rule's crash.

Every value of the good offer and the issued credential (each leaf, each list and object) is replaced in
turn by a value of each other kind: a list, an object, a huge number, a boolean, null, a long text and
a text that reads as a path. The rules must skip what they cannot read (``MC-EN-001`` names a rule that
raised), and no value of a descriptor may reach the file system (a language named ``../x``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import yaml

from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.engine import check_document
from qa_checker.explain import GOOD_OFFER
from qa_checker.rubric import load_rubric
from qa_checker.template import example_descriptor

REPLACEMENTS: tuple[Any, ...] = (
    [["nested"], {"a": 1}],
    {"k": ["v"], "en": {"x": 1}},
    1e308,
    True,
    None,
    "x" * 300,
    "../../../../../../etc/hostname",
)


def _places(value: Any, where: str = "") -> Iterator[str]:
    yield where
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _places(child, jp.child(where, str(key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _places(child, jp.child(where, str(index)))


def _replaced(data: dict[str, Any], where: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    tokens = jp.split(where)
    parent = changed
    for token in tokens[:-1]:
        parent = parent[int(token)] if isinstance(parent, list) else parent[token]
    if isinstance(parent, list):
        parent[int(tokens[-1])] = value
    else:
        parent[tokens[-1]] = value
    return changed


def _bases() -> list[dict[str, Any]]:
    return [yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8")), example_descriptor("credential")]


@pytest.mark.parametrize("base", [0, 1], ids=["offer", "credential"])
def test_no_rule_crashes_on_a_value_of_the_wrong_type(base: int) -> None:
    data = _bases()[base]
    rubric = load_rubric()
    crashed = []
    for where in [p for p in _places(data) if p]:
        for value in REPLACEMENTS:
            document = Document(source="t.json", data=_replaced(data, where, value), format="json")
            result = check_document(document, rubric, today=date(2026, 11, 29))
            crashed += [(where, repr(value)[:30], f.message) for f in result.findings if f.rule.startswith("MC-EN")]
    assert not crashed, crashed[:10]


def test_a_declared_language_never_names_a_file(tmp_path: Any) -> None:
    from qa_checker.language import LEXICON_DIR, lexicon

    planted = tmp_path / "evil.yaml"
    planted.write_text("verbs: 12\nderive: [[1, 2, 3]]\n", encoding="utf-8")
    relative = "/".join([".."] * len(LEXICON_DIR.parts)) + str(planted.with_suffix(""))
    assert lexicon(relative) is None and lexicon("x" * 300) is None and lexicon(["en"]) is None
    assert lexicon("en") is not None
    data = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    data["languages"] = [relative]
    result = check_document(Document("t.json", data, "json"), load_rubric(), today=date(2026, 11, 29))
    assert not [f for f in result.findings if f.rule.startswith("MC-EN")]


def test_a_long_list_of_languages_gives_short_messages() -> None:
    """Each text's MC-LG-002 finding named every missing language: messages grew with the list, and the
    run quadratically (20,000 languages took the web service's whole time budget)."""
    from qa_checker import vocab

    codes = list(vocab.get("languages").concepts)
    data = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    data["languages"] = [codes[i % len(codes)] for i in range(5_000)]
    result = check_document(Document("t.json", data, "json"), load_rubric(), today=date(2026, 11, 29))
    messages = [f.message for f in result.findings if f.rule == "MC-LG-002"]
    assert messages and all(len(m) < 800 for m in messages)
    assert "more (given: en, nl;" in messages[0]
