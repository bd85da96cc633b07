"""An outcome is judged by its words, whatever direction mark or bidirectional control is pasted around them: a
left-to-right or right-to-left mark before "Den studerende kan anvende ..." (copied from a page that mixes scripts)
drew a false MC-LO-001 ("starts with 'Den'"), and one before a Czech teacher-centred outcome lost its MC-LO-003; 26
of 53 Danish statements changed their verdict so, as did Czech, Swedish and Slovak ones, whose lexicons anchor their
openings at the start of the statement."""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_statement
from tests import test_outcomes_czech, test_outcomes_danish, test_outcomes_slovak, test_outcomes_swedish

STATEMENTS = [
    *(("da", text) for text in test_outcomes_danish.GOOD),
    *(("da", text) for _, text in test_outcomes_danish.FLAWED),
    *(("cs", text) for _, text in test_outcomes_czech.STATEMENTS),
    *(("sv", text) for _, text in test_outcomes_swedish.STATEMENTS[::4]),
    *(("sk", text) for text in test_outcomes_slovak.GOOD[::2]),
    *(("sk", text) for _, text in test_outcomes_slovak.FLAWED[::2]),
    ("en", "Apply the principles of data protection law to a research project."),
    ("de", "Die Studierenden können die Grundlagen der Kostenrechnung anwenden."),
]
# A left-to-right mark, a right-to-left mark, an Arabic letter mark, a right-to-left embedding closed by its pop, and
# a first-strong isolate closed by its pop.
MARKED = [("\u200e", ""), ("\u200f", ""), ("\u061c", ""), ("\u202b", "\u202c"), ("\u2068", "\u2069")]


@pytest.mark.parametrize(("language", "text"), STATEMENTS)
def test_a_direction_mark_around_an_outcome_changes_no_verdict(language: str, text: str) -> None:
    plain = judge_statement(text, language)
    for before, after in MARKED:
        assert judge_statement(f"{before}{text}{after}", language) == plain, (before, after)


def test_a_direction_mark_inside_an_outcome_changes_no_verdict() -> None:
    text = "Den studerende kan \u200fanvende statistiske metoder til analyse af eksperimentelle data."
    assert judge_statement(text, "da") == judge_statement(text.replace("\u200f", ""), "da") == []
