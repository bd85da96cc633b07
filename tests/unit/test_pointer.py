"""RFC 6901 pointers: escaping, building, splitting and resolving."""

from __future__ import annotations

import pytest

from qa_checker import pointer as jp

DOC = {"a/b": {"m~n": [10, {"": "empty key"}]}, "list": ["x", "y"], "text": "plain", "zero": 0}


@pytest.mark.parametrize(
    ("token", "escaped"), [("a/b", "a~1b"), ("m~n", "m~0n"), ("~/", "~0~1"), ("~1", "~01"), (3, "3")]
)
def test_escape(token: str | int, escaped: str) -> None:
    assert jp.escape(token) == escaped


def test_join_split_round_trip() -> None:
    tokens = ["a/b", "m~n", "0", "", "~1"]
    pointer = jp.join(*tokens)
    assert pointer == "/a~1b/m~0n/0//~01"
    assert jp.split(pointer) == tokens


def test_from_path_and_child() -> None:
    assert jp.from_path(["learning_outcomes", 2, "text"]) == "/learning_outcomes/2/text"
    assert jp.child("/awarding_bodies", 0, "name") == "/awarding_bodies/0/name"
    assert jp.join() == "" and jp.split("") == []


def test_split_rejects_relative_pointer() -> None:
    with pytest.raises(ValueError, match="not a JSON pointer"):
        jp.split("title")


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("", DOC),
        ("/a~1b/m~0n/0", 10),
        ("/a~1b/m~0n/1/", "empty key"),
        ("/list/1", "y"),
        ("/zero", 0),
    ],
)
def test_resolve(pointer: str, expected: object) -> None:
    assert jp.resolve(DOC, pointer) == expected


@pytest.mark.parametrize("pointer", ["/missing", "/list/2", "/list/-", "/list/01x", "/text/0", "/a/b", "/zero/x"])
def test_resolve_absent_gives_default(pointer: str) -> None:
    sentinel = object()
    assert jp.resolve(DOC, pointer, sentinel) is sentinel


@pytest.mark.parametrize("step", ["9" * 5_000, "²", "١", "-1", "0x1", " 1"])
def test_a_step_that_names_no_index_gives_the_default(step: str) -> None:
    sentinel = object()
    assert jp.walk(["x", "y"], [step], sentinel) is sentinel
    assert jp.walk(["x", "y"], [1]) == "y"
