"""A German or Dutch outcome in the passive names its action in the past participle ("Das Kassenbuch wird
täglich geführt"): the participle is the verb, also of a verb the lexicon does not list (MC-LO-001),
while content in the passive of teaching ("... werden vermittelt") stays teacher-centred (MC-LO-003)."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("language", "text", "lemma"),
    [
        ("de", "Das Kassenbuch wird täglich und lückenlos geführt.", "führen"),
        ("de", "Die Lüftungsanlage wird nach dem Wartungsplan gewartet.", "warten"),
        ("de", "Beratungsgespräche mit Angehörigen werden einfühlsam geführt.", "führen"),
        ("nl", "Het intakegesprek wordt methodisch gevoerd.", "voeren"),
    ],
)
def test_the_participle_of_a_passive_is_the_action(language: str, text: str, lemma: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.main is not None
    assert analysis.main.form.lemma == lemma and analysis.teacher_centred is None


@pytest.mark.parametrize(
    "text",
    ["Grundlagen der Lohnbuchhaltung werden vermittelt.", "Aktuelle Methoden der Pflegeplanung werden vorgestellt."],
)
def test_content_in_the_passive_of_teaching_is_teacher_centred(text: str) -> None:
    analysis = analyse(text, "de")
    assert analysis is not None and analysis.teacher_centred


def test_a_heading_without_a_passive_has_no_verb() -> None:
    analysis = analyse("Die Geschichte der Pflege im 20. Jahrhundert.", "de")
    assert analysis is not None and analysis.main is None
