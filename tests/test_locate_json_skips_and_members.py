"""Placing findings in JSON: containers off the way to a finding are skipped without being decoded when
they hold no other container, and members are read the same however they are spaced or written."""

from __future__ import annotations

import json
from typing import Any

import pytest

from qa_checker import locate
from qa_checker.locate import json_offsets


class _CountingDecoder:
    def __init__(self) -> None:
        self.calls = 0

    def raw_decode(self, text: str, pos: int) -> tuple[Any, int]:
        self.calls += 1
        value, end = json.JSONDecoder().raw_decode(text, pos)
        return value, end


TEXT = """{
 "title": {"en": "Data \\"ethics\\" [1]", "de": "Datenethik {2}"},
 "languages": ["en", "de"],
 "workload": {"ects": 6, "hours": 162},
 "bodies": [{"name": {"en": "HvA"}}],
 "summary": {"en": "Apply the law.", "de": "Recht anwenden."}
}"""


def test_flat_containers_off_the_way_are_skipped_without_the_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    decoder = _CountingDecoder()
    monkeypatch.setattr(locate, "_DECODER", decoder)
    found = json_offsets(TEXT, [("summary", "de")])
    assert TEXT[found[("summary", "de")] :].startswith('"de": "Recht')
    assert TEXT[found[("summary",)] :].startswith('"summary"')
    assert decoder.calls == 1  # only "bodies", which holds objects


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ('{"a":1,"b":{"c":2}}', ("b", "c"), '"c":2}}'),
        ('{ "a" : 1 ,\n\t"b"\r\n:\n{ "c" :2 } }', ("b", "c"), '"c" :2 } }'),
        ('{"a\\"b": 1, "x\\u00e9": {"y": [1, {"z": 0}]}}', ("xé", "y", "1", "z"), '"z": 0}]}}'),
        ('{"b": {"c": 1}, "b": {"c": 2}}', ("b", "c"), '"c": 2}}'),  # the last of a key given twice, as parsed
        ('{"skip": {"a" "b"}, "b": {"c": 1}}', ("b", "c"), '"c": 1}}'),  # a broken object skipped by brackets
        ('{"skip": [1, 2}, "b": {"c": 1}}', ("b", "c"), '"c": 1}}'),  # unbalanced: brackets counted alike
        ('{"skip": [' + "9" * 5000 + '], "b": {"c": 1}}', ("b", "c"), '"c": 1}}'),
        ('{"b" 1, "c": 2}', ("c",), None),
        ('{"b": 1 "c": 2}', ("c",), '"c": 2}'),  # no comma: read on
        ('{"b": {"c": 1', ("b", "c"), '"c": 1'),
        ('{"b": {"c"', ("b", "c"), None),
    ],
)
def test_members_are_placed_at_their_keys(text: str, target: tuple[str, ...], expected: str | None) -> None:
    found = json_offsets(text, [target])
    if expected is None:
        assert target not in found
    else:
        assert text[found[target] :] == expected
