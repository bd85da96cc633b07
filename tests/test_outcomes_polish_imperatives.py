"""Polish outcomes written as instructions, the imperative first ("Opisz ...", "Oceń ...", "Zaprojektujcie ...").

The imperative comes from the third person: it loses its last vowel ("opisze": "opisz"), -a takes -j ("porówna":
"porównaj"), -uje loses its -e ("projektuje": "projektuj"), a stem in a vowel takes -j and one in a consonant and n
-ij ("wyjaśni": "wyjaśnij"), a final n, s, z, c, dz softened by the -i softens again ("oceni": "oceń", "sprawdzi":
"sprawdź"), an "o" before a final voiced consonant is "ó" ("stworzy": "stwórz"); -cie bids a group. "Oblicz" was read
as the noun "oblicze" and "oceń" as a verbal noun's genitive plural (MC-LO-001 on a good outcome, no second action in
"Opisz i oceń"). The lexicon's verbs have their imperatives listed, but for one that is a noun as well ("broń",
"rozum"); another verb's is read where the action is expected, from a third person the lemmatiser knows that is no
participle nor verbal noun ("ćwiczeń", "zastosowań" are genitives). Labelled before each change.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length
from qa_checker.language import lexicon, morphology

IMPERATIVES = [
    ("opisze", "opisz"),
    ("oceni", "oceń"),
    ("wyjaśni", "wyjaśnij"),
    ("uzasadni", "uzasadnij"),
    ("nazwie", "nazwij"),
    ("zamknie", "zamknij"),
    ("projektuje", "projektuj"),
    ("porówna", "porównaj"),
    ("sprawdzi", "sprawdź"),
    ("streści", "streść"),
    ("stworzy", "stwórz"),
    ("wdroży", "wdróż"),
    ("robi", "rób"),
    ("stoi", "stój"),
    ("obliczy", "oblicz"),
    ("określi", "określ"),
    ("przedstawi", "przedstaw"),
    ("rozwinie", "rozwiń"),
    ("wskaże", "wskaż"),
    ("patrzy", "patrz"),
    ("użyje", "użyj"),
]


@pytest.mark.parametrize(("third", "imperative"), IMPERATIVES)
def test_the_imperative_of_a_third_person(third: str, imperative: str) -> None:
    assert morphology.polish_imperatives(third) == (imperative, imperative + "cie")


def test_a_form_of_several_words_or_another_ending_has_none() -> None:
    assert morphology.polish_imperatives("posługuje się") == ()
    assert morphology.polish_imperatives("rozumiem") == ()


def test_the_lexicon_lists_its_verbs_imperatives_but_those_that_are_nouns() -> None:
    lex = lexicon("pl")
    assert lex is not None
    assert {"oblicz", "oceń", "oceńcie", "opisz", "zaprojektuj", "wymień"} <= lex.by_lemma.keys() | set(lex.forms)
    assert "broń" not in lex.forms
    assert "rozum" not in lex.forms


@pytest.mark.parametrize(
    ("word", "infinitive"),
    [("przedstaw", "przedstawić"), ("napraw", "naprawić"), ("ustaw", "ustawić"), ("zmień", "zmienić")],
)
def test_another_verbs_imperative_is_read_where_the_action_is_expected(word: str, infinitive: str) -> None:
    assert morphology.verb_lemma(word, "pl") == (infinitive, False)


@pytest.mark.parametrize("word", ["ćwiczeń", "zastosowań", "rozwiązań", "pytań", "szkoleń", "dom", "plan", "opis"])
def test_a_genitive_plural_or_a_noun_is_no_imperative(word: str) -> None:
    assert morphology.verb_lemma(word, "pl") is None


CASES = [
    ("Oblicz koszt jednostkowy produkcji na podstawie danych z ewidencji.", set()),
    ("Oceń ryzyko zawodowe na stanowisku spawacza.", set()),
    ("Wymień rodzaje umów cywilnoprawnych i ich cechy.", set()),
    ("Omów zasady udzielania pierwszej pomocy u dzieci.", set()),
    ("Sporządź kosztorys prac remontowych dla mieszkania.", set()),
    ("Zaprojektujcie prostą aplikację mobilną dla klienta.", set()),
    ("Przedstaw wyniki analizy sprzedaży zarządowi firmy.", set()),
    ("Zespawaj dwie blachy stalowe metodą MIG.", set()),
    ("Napraw uszkodzony przewód hamulcowy w samochodzie.", set()),
    ("Opisz i oceń środki ochronne w planie bezpieczeństwa.", {"MC-LO-004"}),
    ("Stwórz plan marketingowy i zaprezentuj go zarządowi.", {"MC-LO-004"}),
    ("Przedstaw i uzasadnij wybór dostawcy usług transportowych.", {"MC-LO-004"}),
    ("Zrozum zasady rachunkowości zarządczej w firmie.", {"MC-LO-002"}),
    ("Broń palna w ochronie osób i mienia.", {"MC-LO-001"}),
    ("Rozum i emocje w procesie podejmowania decyzji.", {"MC-LO-001"}),
    ("Zakres ćwiczeń i zadań praktycznych w warsztacie.", {"MC-LO-001"}),
    ("Przegląd działań i rozwiązań w logistyce miejskiej.", {"MC-LO-001"}),
]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_an_imperative_is_the_action_and_a_noun_spelt_alike_is_none(text: str, rules: set[str]) -> None:
    assert judge_with_length(text, "pl") == rules
