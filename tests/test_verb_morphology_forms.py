"""Verbs the lemmatiser knows too few forms of, or reads wrongly: French, Spanish and Italian verbs made with a
verb-forming suffix ("automatiser", "digitaliser"), French -ir verbs whose participle ends in -u ("maintenir",
"intervenir"), the third person of Polish short verbs ("myje", "szyje"),
and Dutch and German strong past participles ("geschreven", "gelesen"), which are no action."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse
from qa_checker.language.morphology import verb_lemma


@pytest.mark.parametrize(
    ("word", "language"),
    [("automatiser", "fr"), ("digitaliser", "fr"), ("numériser", "fr"), ("cuantificar", "es"), ("ottimizzare", "it")],
)
def test_a_verb_forming_suffix_makes_a_verb(word: str, language: str) -> None:
    assert verb_lemma(word, language) == (word, True)


@pytest.mark.parametrize(
    "text",
    [
        "Automatiser la saisie des factures fournisseurs avec un outil de RPA.",
        "Digitaliser le registre des interventions de maintenance d'un atelier.",
    ],
)
def test_a_french_outcome_opens_with_such_a_verb(text: str) -> None:
    analysis = analyse(text, "fr")
    assert analysis is not None and analysis.first_is_verb


@pytest.mark.parametrize("word", ["maintenir", "intervenir", "prévenir", "soutenir", "secourir"])
def test_french_ir_verbs_with_a_participle_in_u(word: str) -> None:
    assert verb_lemma(word, "fr") == (word, True)


@pytest.mark.parametrize("word", ["avenir", "loisir", "plaisir"])
def test_french_nouns_in_ir_are_no_verbs(word: str) -> None:
    assert verb_lemma(word, "fr") is None


def test_a_french_competence_code_before_a_pair_of_verbs() -> None:
    analysis = analyse("C1.3 Maintenir et sécuriser les équipements numériques.", "fr")
    assert analysis is not None and analysis.first_is_verb and analysis.compound == ("sécuriser",)


@pytest.mark.parametrize(
    ("word", "infinitive"), [("myje", "myć"), ("szyje", "szyć"), ("pije", "pić"), ("psuje", "psuć")]
)
def test_polish_short_verbs_in_the_third_person(word: str, infinitive: str) -> None:
    assert verb_lemma(word, "pl") == (infinitive, True)


@pytest.mark.parametrize("word", ["kraje", "stroje", "boje", "dzieje"])
def test_polish_nouns_in_je_are_no_verbs(word: str) -> None:
    assert verb_lemma(word, "pl") is None


def test_a_polish_short_verb_joined_to_another_is_a_compound() -> None:
    analysis = analyse("Myje i pielęgnuje włosy oraz skórę głowy klientki.", "pl")
    assert analysis is not None and analysis.compound == ("pielęgnować",)
    single = analyse("Szyje odzież damską według dokumentacji technicznej.", "pl")
    assert single is not None and single.main is not None and single.main.word == "szyć"


@pytest.mark.parametrize(
    ("word", "language"),
    [("gevaren", "nl"), ("geschreven", "nl"), ("gegeven", "nl"), ("gelesen", "de"), ("gegeben", "de")],
)
def test_a_strong_past_participle_is_no_action(word: str, language: str) -> None:
    assert verb_lemma(word, language) is None


@pytest.mark.parametrize(
    ("word", "language"), [("gebruiken", "nl"), ("geven", "nl"), ("gehen", "de"), ("gestalten", "de")]
)
def test_an_infinitive_opening_in_ge_is_still_a_verb(word: str, language: str) -> None:
    assert verb_lemma(word, language) == (word, True)


def test_a_plural_noun_like_a_participle_joins_no_action() -> None:
    analysis = analyse("De student brengt gevaren en beheersmaatregelen op een bouwplaats in kaart.", "nl")
    assert analysis is not None and analysis.compound == ()
