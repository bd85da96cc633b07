"""MC-TP-001: a text that only says it is still to come, as catalogues phrase it in the seven interface languages.

Written and labelled in round 25 before the rule ran on them: 9 of the 30 passed, each naming what is to come before
the phrase ("Details to follow", "Text folgt", "Texte à insérer", "Testo da inserire", "Tekst zostanie dodany"), or a
phrase not listed ("Zu ergänzen", "In fase di definizione"). All are read now; a real target group is not. Round 27
added "soon" and what follows later in the other languages of the EU ("Prochainement", "Wkrótce", "Kommer snart",
"Følger", "n.n.b.", "Naknadno"), 11 of 39 whole values labelled before the run.
"""

from __future__ import annotations

import pytest

from tests.conftest import baseline
from tests.heldout import data_findings

CASES: list[tuple[str, str, bool]] = [
    ("en", "To be completed.", True),
    ("en", "Details to follow.", True),
    ("en", "Text to be added", True),
    ("en", "[to be confirmed]", True),
    ("de", "Zu ergänzen.", True),
    ("de", "Folgt noch.", True),
    ("de", "Wird nachgereicht.", True),
    ("de", "Text folgt", True),
    ("fr", "À compléter.", True),
    ("fr", "À venir.", True),
    ("fr", "Texte à insérer", True),
    ("fr", "À préciser", True),
    ("es", "Por definir.", True),
    ("es", "Pendiente.", True),
    ("es", "Texto por completar", True),
    ("es", "A completar", True),
    ("it", "Da definire.", True),
    ("it", "Da completare.", True),
    ("it", "In fase di definizione", True),
    ("it", "Testo da inserire", True),
    ("nl", "Nog in te vullen.", True),
    ("nl", "Volgt nog.", True),
    ("nl", "Nader te bepalen", True),
    ("nl", "N.t.b.", True),
    ("pl", "Do uzupełnienia.", True),
    ("pl", "W przygotowaniu.", True),
    ("pl", "Do ustalenia", True),
    ("pl", "Tekst zostanie dodany", True),
    # Round 27, "soon" and what follows later in the other languages of the EU: 11 of 39 whole values were not read.
    ("fr", "Prochainement", True),
    ("pl", "Wkrótce", True),
    ("pt", "Brevemente", True),
    ("sv", "Kommer snart", True),
    ("da", "Følger", True),
    ("nl", "n.n.b.", True),
    ("cs", "Doplnit", True),
    ("hr", "Naknadno", True),
    ("ro", "Urmează a fi stabilit", True),
    ("de", "N.N.", True),
    ("de", "Demnächst", True),
    ("en", "Data analysts who handle personal data in public administration.", False),
    ("fr", "Prochainement disponible en ligne pour les agents publics qui traitent des données.", False),
    ("de", "Fachkräfte aus der Verwaltung, die personenbezogene Daten verarbeiten.", False),
]


@pytest.mark.parametrize(("language", "text", "told"), CASES)
def test_a_text_still_to_come_is_a_placeholder(language: str, text: str, told: bool) -> None:
    data = baseline()
    data["languages"] = [language]
    for key in ("title", "summary", "prerequisites"):
        if isinstance(data.get(key), dict):
            data[key] = data[key]["en"]
    data["target_group"] = text
    found = [pointer for rule, pointer in data_findings(data) if rule == "MC-TP-001"]
    assert (found == ["/target_group"]) is told
