"""A participation mode as catalogue cells write it, in the seven interface languages (round 25: clean held-out
descriptors written as spreadsheet rows whose cells hold values as people type them; "Fernunterricht", "Mixta"
and "Presenziale" were not read and the schema refused them)."""

from __future__ import annotations

import pytest

from qa_checker.value_reader import mode

FORMS = {
    "online": [
        *("Online", "Distance learning", "E-learning", "Fernunterricht", "Fernstudium", "À distance", "Distanciel"),
        *("En línea", "A distancia", "A distanza", "Afstandsonderwijs", "Zdalnie", "Zdalny"),
    ],
    "onsite": [
        *("On-site", "Face-to-face", "On campus", "In person", "Präsenz", "Präsenzunterricht", "vor Ort"),
        *("Présentiel", "Sur site", "Presencial", "In presenza", "Presenziale", "Op locatie", "Fysiek", "Klassikaal"),
        *("Stacjonarnie", "Stacjonarny"),
    ],
    "blended": [
        *("Blended", "Hybrid", "Blended Learning", "Hybride", "Mixte", "Semipresencial", "Híbrido", "Mixta"),
        *("Modalidad mixta", "Mista", "Hybrydowo", "Hybrydowy", "Mieszany"),
    ],
}


@pytest.mark.parametrize(("word", "slug"), [(word, slug) for slug, words in FORMS.items() for word in words])
def test_a_mode_word_is_read_as_its_slug(word: str, slug: str) -> None:
    assert mode(word) == slug
