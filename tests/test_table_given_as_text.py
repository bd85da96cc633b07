"""A catalogue's rows given where a descriptor is read (standard input without --stdin-name, a .yaml file) read as
one text: the refusal says it reads as a table and how to give it, instead of asking for one descriptor per file.
Found by a hostile round: `cat catalogue.csv | qa-checker check -` was "the document is a string" with no word of
--stdin-name."""

from __future__ import annotations

import pytest

from qa_checker.loaders import Loaders

TABLE = "\ufeffid,title,awarding_bodies.0.name,awarding_bodies.0.country,workload.ects\nc1,Data ethics,HvA,NL,5\n"


@pytest.mark.parametrize("text", [TABLE, TABLE.replace(",", ";"), TABLE.replace(",", "\t")])
def test_a_table_on_standard_input_is_told_to_be_named(text: str) -> None:
    (document,) = Loaders().load_stdin(text.encode("utf-8"))
    (finding,) = document.findings
    assert finding.rule == "MC-LD-003" and "--stdin-name x.csv" in finding.hint


@pytest.mark.parametrize("text", ["Data ethics, privacy and the GDPR\n", "just words\n"])
def test_a_sentence_keeps_the_plain_hint(text: str) -> None:
    (document,) = Loaders().load_stdin(text.encode("utf-8"))
    (finding,) = document.findings
    assert finding.hint == "Write one descriptor per file as an object (a mapping) at the top level."
