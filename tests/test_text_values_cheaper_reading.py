"""MC-TP-002 reads less for the same findings: the screen of a summary's words tries only the starts that begin with
a word's first letter, and the fields a text is held to are read only when it states a value of their kind."""

from __future__ import annotations

import re

import pytest

from qa_checker.descriptor import Descriptor
from qa_checker.rules import text_values
from qa_checker.rules.text_values import _kinds, _longest_first, _stated


def test_the_grouped_alternation_matches_the_longest_start_as_a_flat_one_does() -> None:
    starts = ["fee", "fees", "free", "load", "learni", "lea"]
    grouped = re.compile(r"\b(?:" + _longest_first(starts) + ")")
    flat = re.compile(r"\b(?:" + "|".join(sorted(starts, key=len, reverse=True)) + ")")
    text = "fees and free learning, a heavy load; leaflets feed learners"
    assert grouped.findall(text) == flat.findall(text) == ["fees", "free", "learni", "load", "lea", "fee", "lea"]


def test_a_summary_is_screened_for_its_kinds() -> None:
    text = "Taught in German, fully online, starts in 2027 and is free of charge; workload 150 hours at EQF level 6."
    assert _kinds(text) == {"digit", "taught", "mode", "start", "free", "hours", "level"}
    assert _kinds("A course on the ethics of data.") == set()


def test_the_fields_are_read_only_for_a_text_that_states_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = Descriptor.figure

    def figure(self: Descriptor, pointer: str) -> float | None:
        read.append(pointer)
        return real(self, pointer)

    monkeypatch.setattr(Descriptor, "figure", figure)
    data = {"title": {"en": "Data ethics 2"}, "summary": {"en": "A course in Europe."}, "workload": {"ects": 3}}
    assert _stated(Descriptor(data)) == (False, [])
    assert read == []
    data["summary"] = {"en": "A 5 ECTS course in Europe."}
    read_now, found = _stated(Descriptor(data))
    assert read_now and [(where, stated.phrase) for where, stated in found] == [("/summary/en", "5 ECTS")]
    assert read == ["/workload/ects"]


def test_values_are_a_descriptors_own() -> None:
    doc = Descriptor({"workload": {"ects": 3, "hours": 80}, "languages": ["en", "deu"]})
    values = text_values._Values(doc)
    assert (values.ects, values.hours, values.declared) == (3.0, 80.0, ["en"])
