"""An action joined to its own reverse is one operation done both ways, not a compound outcome (MC-LO-004):
"load and unload", "montieren und demontieren", "aufbauen und abbauen", "załadować i rozładować"; another
action after it is still one more."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Connect and disconnect a three-phase motor under supervision."),
        ("en", "Pack and unpack fragile exhibits following museum standards."),
        ("fr", "Charger et décharger un camion à l'aide d'un transpalette."),
        ("fr", "Brancher et débrancher un groupe électrogène en sécurité."),
        ("es", "Conectar y desconectar un cuadro eléctrico provisional de obra."),
        ("it", "Collegare e scollegare un gruppo elettrogeno in sicurezza."),
        ("de", "Fahrgerüste nach Herstellerangaben sicher aufbauen und abbauen können."),
        ("de", "Ein Türschloss fachgerecht einbauen und ausbauen können."),
        ("nl", "De deelnemer kan een aanhanger aankoppelen en ontkoppelen."),
        ("pl", "Uczestnik potrafi podłączyć i odłączyć butlę z gazem technicznym."),
    ],
)
def test_an_action_and_its_reverse_are_one_action(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.main is not None
    assert analysis.compound == ()


@pytest.mark.parametrize(
    ("language", "text", "extra"),
    [
        ("en", "Connect and test a three-phase motor under supervision.", "test"),
        ("fr", "Charger et livrer un camion à l'aide d'un transpalette.", "livrer"),
        ("it", "Collegare e collaudare un gruppo elettrogeno in sicurezza.", "collaudare"),
    ],
)
def test_another_action_is_still_a_second_one(language: str, text: str, extra: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and extra in analysis.compound
