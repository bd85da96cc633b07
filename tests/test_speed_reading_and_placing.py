"""Issue 11: a run sets aside from the cyclic collector what exists when it starts, for as long as it lasts; the
cheaper pre-tests of the YAML loader and of building pointers give what the plain ways give."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from qa_checker import pointer as jp
from qa_checker import runner
from qa_checker.api import check_paths
from qa_checker.limits import Limits
from qa_checker.loaders import yaml_

GOOD = 'descriptor_version: "1.0"\nkind: offer\nid: c-1\ntitle: {en: Data ethics}\nlanguages: [en]\n'


def _recorded(monkeypatch: pytest.MonkeyPatch, frozen: int) -> list[str]:
    """What a run asks of the collector (nothing is frozen or given back), with ``frozen`` objects set aside
    before it."""
    calls: list[str] = []
    monkeypatch.setattr(gc, "get_freeze_count", lambda: frozen)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze"))
    return calls


def test_a_run_sets_aside_what_exists_and_gives_it_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    calls = _recorded(monkeypatch, 0)
    report = check_paths([tmp_path], jobs=1)
    assert len(report.results) == 1
    assert calls == ["freeze", "unfreeze"]


def test_what_a_run_set_aside_is_given_back_when_it_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _recorded(monkeypatch, 0)

    def fails(*args: object) -> None:
        calls.append("run")
        raise RuntimeError("stopped")

    monkeypatch.setattr(runner, "_run", fails)
    with pytest.raises(RuntimeError):
        check_paths([tmp_path], jobs=1)
    assert calls == ["freeze", "run", "unfreeze"]


def test_a_run_leaves_alone_what_another_set_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line and pool workers set aside their start-up for good: a run neither adds to it nor gives it
    back."""
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    calls = _recorded(monkeypatch, 1000)
    check_paths([tmp_path], jobs=1)
    assert calls == []


@pytest.mark.parametrize(
    "text",
    [
        GOOD + "base: &b {x: 1}\nother:\n  <<: *b\n",
        GOOD + "note: a\n%YAML 1.2\n",
        "%YAML 1.2\n---\n" + GOOD,
        GOOD + "---\n" + GOOD,
        GOOD + "...\n",
        GOOD.replace("\n", "\r", 1),
        GOOD + "note: '<<'\n",
    ],
)
def test_texts_with_a_mark_the_loader_reads_otherwise_are_not_read_by_yaml_rs(text: str) -> None:
    assert yaml_._not_for_rs(text)


@pytest.mark.parametrize("text", [GOOD, GOOD.replace("\n", "\r\n"), GOOD + "note: 'a < b, 50 % -- ok.'\n"])
def test_texts_without_such_a_mark_may_be(text: str) -> None:
    assert not yaml_._not_for_rs(text)
    assert yaml_._read_rs(text, Limits())[0]


@pytest.mark.parametrize(
    ("pointer", "tokens"),
    [("", ("a",)), ("/x", (0,)), ("/x", ("a/b~c",)), ("/x", ("a", 1, "b/c")), ("/x", ())],
)
def test_a_child_pointer_is_the_pointer_joined_with_its_tokens(pointer: str, tokens: tuple[str | int, ...]) -> None:
    assert jp.child(pointer, *tokens) == pointer + jp.join(*tokens)
    assert jp.split(jp.child(pointer, *tokens))[len(jp.split(pointer)) :] == [str(t) for t in tokens]
