"""Texts cleared by their function words before any language model runs (qa_checker.language.detect).

The clearing only ever says "in the claimed language": these tests hold that it says so of texts in
that language, never of a text in another language, and that where it clears a text the detectors
would not have reported it either.
"""

from __future__ import annotations

import pytest

from qa_checker import vocab
from qa_checker.language import detect
from qa_checker.resources import bundled_yaml
from tests.conftest import labelled_statements

# Outcome-like sentences as providers write them, in the language they are keyed by.
SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "Plan the maintenance of a wind turbine and document the results for the site manager.",
        "Explain the role of the supervisory board in the governance of a cooperative.",
    ),
    "de": (
        "Die Teilnehmenden planen die Wartung einer Windkraftanlage und dokumentieren die Ergebnisse für die Bauleitung.",
        "Sie erklären die Rolle des Aufsichtsrats bei der Führung einer Genossenschaft.",
    ),
    "fr": (
        "Planifier la maintenance d'une éolienne et documenter les résultats pour le chef de chantier.",
        "Expliquer le rôle du conseil de surveillance dans la gouvernance d'une coopérative.",
    ),
    "es": (
        "Planificar el mantenimiento de una turbina eólica y documentar los resultados para el jefe de obra.",
        "Explicar el papel del consejo de supervisión en la gobernanza de una cooperativa.",
    ),
    "it": (
        "Pianificare la manutenzione di una turbina eolica e documentare i risultati per il capo cantiere.",
        "Spiegare il ruolo del consiglio di sorveglianza nella governance di una cooperativa.",
    ),
    "pt": (
        "Planear a manutenção de uma turbina eólica e documentar os resultados para o diretor da obra.",
        "Explicar o papel do conselho fiscal na governação de uma cooperativa.",
    ),
    "ca": (
        "Planificar el manteniment d'una turbina eòlica i documentar els resultats per al cap d'obra.",
        "Explicar el paper del consell de supervisió en la governança d'una cooperativa amb els socis.",
    ),
    "nl": (
        "De deelnemer plant het onderhoud van een windturbine en documenteert de resultaten voor de bouwleider.",
        "Hij legt de rol van de raad van toezicht in het bestuur van een coöperatie uit.",
    ),
    "pl": (
        "Zaplanować konserwację turbiny wiatrowej i udokumentować wyniki dla kierownika budowy oraz inwestora.",
        "Wyjaśnić rolę rady nadzorczej w zarządzaniu spółdzielnią i w kontroli nad zarządem.",
    ),
    "ro": (
        "Planificarea întreținerii unei turbine eoliene și documentarea rezultatelor pentru șeful de șantier.",
        "Explicarea rolului consiliului de supraveghere în guvernanța unei cooperative și a membrilor.",
    ),
    "sv": (
        "Planera underhållet av ett vindkraftverk och dokumentera resultaten för platschefen.",
        "Förklara styrelsens roll i styrningen av ett kooperativ och hur den väljs av medlemmarna.",
    ),
    "cs": (
        "Naplánovat údržbu větrné turbíny a zdokumentovat výsledky pro stavbyvedoucího.",
        "Vysvětlit roli dozorčí rady při řízení družstva a v kontrole nad představenstvem.",
    ),
    "hr": (
        "Planirati održavanje vjetroturbine i dokumentirati rezultate za voditelja gradilišta.",
        "Objasniti ulogu nadzornog odbora u upravljanju zadrugom i kako se bira.",
    ),
    "hu": (
        "A résztvevő megtervezi a szélturbina karbantartását, és dokumentálja az eredményeket az építésvezető számára.",
        "Elmagyarázza a felügyelőbizottság szerepét a szövetkezet irányításában, és hogy hogyan választják.",
    ),
    "fi": (
        "Suunnitella tuuliturbiinin huolto ja dokumentoida tulokset työmaapäällikölle, joka hyväksyy ne.",
        "Selittää hallintoneuvoston rooli osuuskunnan hallinnossa ja se, miten jäsenet valitsevat sen.",
    ),
    "el": (
        "Να σχεδιάζει τη συντήρηση μιας ανεμογεννήτριας και να τεκμηριώνει τα αποτελέσματα για τον εργοταξιάρχη.",
        "Να εξηγεί τον ρόλο του εποπτικού συμβουλίου στη διακυβέρνηση ενός συνεταιρισμού.",
    ),
}

LISTS = bundled_yaml(detect._FUNCTION_WORDS_FILE)


def test_every_list_is_a_known_language_of_lowercase_single_words_each_once() -> None:
    languages = vocab.get("languages")
    for code, words in LISTS.items():
        assert code in languages, code
        assert all(isinstance(w, str) and w == w.lower() and " " not in w for w in words), code
        assert len(words) == len(set(words)), [w for w in words if words.count(w) > 1]


@pytest.mark.parametrize(("language", "text"), [(code, t) for code, texts in SENTENCES.items() for t in texts])
def test_a_sentence_is_cleared_in_no_other_language(language: str, text: str) -> None:
    cleaned = detect._NOISE.sub(" ", text)
    others = [code for code in LISTS if code != language and not detect.confusable(code, language)]
    assert [code for code in others if detect.cleared(cleaned, code)] == []


def test_most_sentences_are_cleared_in_their_own_language() -> None:
    # Not all: a Spanish sentence of only words Catalan shares ("el", "de", "la", "una") is left to
    # the detectors, as it should be.
    verdicts = {
        text: detect.cleared(detect._NOISE.sub(" ", text), code) for code, texts in SENTENCES.items() for text in texts
    }
    assert sum(verdicts.values()) >= 0.75 * len(verdicts), [text for text, ok in verdicts.items() if not ok]


def test_words_shared_with_a_competing_language_are_no_evidence() -> None:
    # Catalan read as Spanish: "de", "la", "a", "en", "un" are both; "dels" and "d'" only Catalan.
    text = "Investigar un incident de seguretat simulat a partir dels registres d'auditoria de la plataforma."
    assert not detect.cleared(text, "es")
    # Only shared words: nothing tells Spanish from Catalan, so the detectors decide.
    assert not detect.cleared("Ensamblar una unión de cola de milano a mano en madera maciza.", "ca")


def test_too_few_function_words_leave_the_text_to_the_detectors() -> None:
    assert not detect.cleared("Nachhaltiges Lieferkettenmanagement für Unternehmen", "de")
    assert not detect.cleared("Kubernetes Helm Terraform Ansible GitOps Observability Grafana in Produktion", "de")


@pytest.mark.parametrize(
    ("language", "text", "claimed"),
    [
        (language, text, claimed)
        for language, texts in SENTENCES.items()
        for text in texts
        for claimed in ("en", "de", "fr", "es", "it", "nl", "pl", "ca", "pt", language)
    ],
)
def test_function_words_never_change_a_verdict_but_to_the_texts_language(
    language: str, text: str, claimed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Clearing and agreeing only ever skip the detectors: where the detectors alone name a language,
    the same is named; where they name none, either none is or the text's own language is (an English
    sentence under `fr` which the deciding detector alone gives French 8%)."""
    thresholds = (5, 30, 0.95, 0.05)
    with_words = detect._clearly_other(text, claimed, thresholds)
    monkeypatch.setattr(detect, "_clears", lambda *_, **__: False)
    monkeypatch.setattr(detect, "_lettered", lambda *_: False)
    alone = detect._clearly_other(text, claimed, thresholds)
    assert with_words == alone or (alone is None and with_words == language)


def _lettered(text: str, claimed: str) -> bool:
    cleaned = detect._cleaned(text)
    return detect._lettered(cleaned, detect._tally(cleaned, claimed), claimed)


@pytest.mark.parametrize(
    "text",
    [
        "Zaprojektować relacyjną bazę danych i ją znormalizować.",
        "Ocenić wpływ operacji logistycznych na środowisko za pomocą uznanych metod.",
    ],
)
def test_polish_letters_and_a_shared_function_word_make_a_text_polish_without_a_detector(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Polish "i", "na", "za" are Czech, Slovak and Croatian function words too, so they clear no text; with
    words in letters only Polish is written with, the text is Polish: no detector reads it."""
    assert not detect.cleared(detect._cleaned(text), "pl")
    assert _lettered(text, "pl")
    monkeypatch.setattr(detect, "_screen", lambda *_: pytest.fail("screened"))
    assert detect._clearly_other(text, "pl", (5, 30, 0.95, 0.05)) is None
    assert not _lettered(text, "cs")
    assert not _lettered(text, "hr")


@pytest.mark.parametrize(
    "text",
    [
        "Visit Łódź and Wrocław during the summer school on urban planning.",
        "Die Exkursion führt nach Łódź und Wrocław zu zwei Stadtwerken.",
        "Łódź, Wrocław, Kraków, Gdańsk: planning compared",
        "Zaprojektować relacyjną bazę danych",
    ],
)
def test_polish_names_in_another_language_or_no_function_word_are_not_polish_by_letters(text: str) -> None:
    assert not _lettered(text, "pl")


def test_letters_clear_the_labelled_corpus_only_in_its_own_language() -> None:
    """Of the labelled statements, none is made another language by its letters and function words."""
    statements = labelled_statements()
    languages = sorted({language for language, _ in statements})
    own = sum(_lettered(text, language) for language, text in statements)
    wrong = [
        (language, other, text)
        for language, text in statements
        for other in languages
        if other != language and _lettered(text, other)
    ]
    assert own > 0
    assert wrong == []


def test_the_labelled_corpus_is_cleared_only_in_its_own_language() -> None:
    """The 1,189 outcome statements of ``tests/corpus/outcomes`` (seven languages): most are cleared in
    their own language, none when claimed as any of the six others."""
    statements = labelled_statements()
    languages = sorted({language for language, _ in statements})
    cleaned = [(language, detect._NOISE.sub(" ", text)) for language, text in statements]
    assert len(statements) > 1000
    assert sum(detect.cleared(text, language) for language, text in cleaned) >= 0.7 * len(statements)
    wrong = [
        (language, other, text)
        for language, text in cleaned
        for other in languages
        if other != language and detect.cleared(text, other)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("Izveido Power BI dashboard ar DAX measures un row-level security.", "lv"),
        ("Sukurti Power BI dashboard su DAX measures ir row-level security.", "lt"),
        ("Izraditi Power BI dashboard s DAX measures i row-level security.", "hr"),
    ],
)
def test_a_sentence_of_the_claimed_language_with_english_nouns_is_not_reported_as_english(
    text: str, claimed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its function words are the claimed language's and none are English: the detectors, reading
    letters, take it for English (the assertion after the patch shows they would report it)."""
    assert detect.clearly_other(text, claimed) is None
    monkeypatch.setattr(detect, "_grammar_of", lambda *_: False)
    assert detect._clearly_other(text, claimed, (5, 30, 0.95, 0.05)) == "en"


def test_an_english_sentence_under_another_language_is_still_reported() -> None:
    assert detect.clearly_other("Build a Power BI dashboard with DAX measures and row-level security.", "de") == "en"
    assert detect.clearly_other("Build a Power BI dashboard with DAX measures and row-level security.", "lv") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Rīga and Liepāja: Latvian port cities",
        "Gaudí and Domènech i Montaner: Catalan modernisme",
    ],
)
def test_one_function_word_of_the_claimed_language_keeps_a_title_of_names_in_it(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both detectors read these English titles by their names (Latvian, French); "and" is English's
    alone, and no function word of the other language is in them."""
    assert detect.clearly_other(text, "en") is None
    monkeypatch.setattr(detect, "_grammar_of", lambda *_: False)
    assert detect._clearly_other(text, "en", (5, 30, 0.95, 0.05)) is not None
