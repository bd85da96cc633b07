"""A Portuguese or Spanish outcome filed under an unrelated language is never judged with that language's lexicon.

'Usar o registro de atividades no time.' filed under en drew MC-LO-001 "no observable action verb ... (English)":
the detectors read it as Spanish or Portuguese but could not agree which, MC-LG-001 then named no language, and the
outcome analysis took the silence for "this is English". It is now named Portuguese where the screening of the two
alone is sure of it, and left unread by the claimed language's lexicon where it is not.
"""

from __future__ import annotations

import pytest

from qa_checker.language import analyse_as_claimed, detect
from tests.test_portuguese_and_spanish_outcomes_told_apart import PORTUGUESE, SPANISH

MORE_PORTUGUESE = [
    "Usar o registro de atividades no time.",
    "Saber usar o Excel para controle de custos.",
    "Organizar o arquivo de documentos do setor.",
    "Montar o cronograma de entregas do time.",
    "Usar o painel de vendas para prever metas.",
]
ENGLISH = [
    "Use the activity log of the team to plan the work.",
    "Prepare a cost control sheet in Excel for a small project.",
    "Organise the document archive of the department.",
]


def test_the_reported_outcome_is_named_portuguese() -> None:
    assert detect.clearly_other("Usar o registro de atividades no time.", "en") == "pt"


# Read as Spanish, not surely enough for any verdict (it is left to the claimed language's analysis, as before).
UNSURE = {"Atender clientes por telefone e por e-mail."}


# The outcomes long enough for their language to be told (shorter ones are judged as claimed, as before).
LONG_ENOUGH = [
    t
    for t in (*PORTUGUESE, *MORE_PORTUGUESE, *SPANISH)
    if t not in UNSURE and detect.long_enough(t, min_chars=30, min_words=5)
]


@pytest.mark.parametrize("text", LONG_ENOUGH)
@pytest.mark.parametrize("claimed", ["en", "de", "fr"])
def test_an_iberian_outcome_long_enough_to_tell_is_not_read_as_the_claimed_language(text: str, claimed: str) -> None:
    assert analyse_as_claimed(text, claimed) is None


@pytest.mark.parametrize("text", ENGLISH)
def test_english_outcomes_are_still_read(text: str) -> None:
    analysis = analyse_as_claimed(text, "en")
    assert analysis is not None and analysis.verbs
