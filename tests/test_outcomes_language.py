"""The per-language lexicons and the analysis of one outcome statement; offline language detection."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qa_checker.language import (
    BLOOM_LEVELS,
    LEXICON_DIR,
    LexiconError,
    _build,
    analyse,
    detect,
    lexicon,
    supported_languages,
)

LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pl")


def test_the_seven_languages_are_bundled() -> None:
    assert supported_languages() == LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_lexicon_is_complete(language: str) -> None:
    lex = lexicon(language)
    assert lex is not None and lex.language == language
    for level in BLOOM_LEVELS:
        assert len(lex.verbs_at(level, 100)) >= 8, level
    vague_levels = {f.level for forms in lex.forms.values() for f in forms if f.vague}
    assert vague_levels == {"remember", "understand"}
    assert lex.vague_phrases and lex.teacher_centred and lex.lead_ins
    assert set(lex.rewrite) == {"remember", "understand"}
    assert lex.verb_position in ("start", "anywhere")


def test_a_form_under_two_levels_is_refused(tmp_path: Path) -> None:
    raw = {"language": "xx", "name": "Test", "bloom": {"apply": ["use/uses"], "create": ["build/uses"]}}
    with pytest.raises(LexiconError, match="'uses' is listed under both apply and create"):
        _build(tmp_path / "xx.yaml", raw)


def test_unknown_language_has_no_analysis() -> None:
    assert lexicon("sv") is None and analyse("Beskriv dataskydd.", "sv") is None


@pytest.mark.parametrize(
    ("language", "text", "verb", "level"),
    [
        ("en", "On completion, the learner will be able to design a schema for a web shop.", "design", "create"),
        ("en", "Carry out a penetration test of a small office network.", "carry out", "apply"),
        ("de", "Wenden Sie die DSGVO auf ein Projekt an.", "anwenden", "apply"),
        ("de", "Die Teilnehmenden können ein Datenbankschema entwerfen.", "entwerfen", "create"),
        ("fr", "Être capable d'évaluer la performance d'un réseau logistique.", "évaluer", "evaluate"),
        ("es", "Ser capaz de diseñar una red de distribución sostenible.", "diseñar", "create"),
        ("it", "Essere in grado di valutare l'impatto ambientale di un prodotto.", "valutare", "evaluate"),
        ("nl", "Pas de AVG toe op een datagedreven projectplan.", "pas toe", "apply"),
        ("nl", "De student kan een datamanagementplan opstellen.", "stel op", "create"),
        ("pl", "Student potrafi zaprojektować bazę danych dla małej firmy.", "projektować", "create"),
        ("pl", "Przeanalizuje ryzyko projektu informatycznego.", "analizować", "analyse"),
    ],
)
def test_main_verb_and_level(language: str, text: str, verb: str, level: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.main is not None
    assert analysis.main.word == verb and analysis.level == level
    assert not analysis.vague and analysis.teacher_centred is None


def test_german_capitalised_words_are_nouns_not_verbs() -> None:
    analysis = analyse("Das Planen und Entwerfen von Netzwerken im Unternehmen.", "de")
    assert analysis is not None and analysis.verbs == ()


def test_nouns_after_the_verb_do_not_raise_the_level() -> None:
    analysis = analyse("Define the metrics used for classification models.", "en")
    assert analysis is not None and analysis.level == "remember"


def test_analysis_is_cached_and_deterministic() -> None:
    text = "Analyse and evaluate the fairness of a classification model."
    assert analyse(text, "en") is analyse(text, "en")
    assert analyse(text, "en").compound == ("evaluate",)


def test_detection_is_deterministic_and_cautious() -> None:
    german = "Die Teilnehmenden analysieren die Bedrohungslage eines kleinen Unternehmens."
    assert detect.clearly_other(german, "en") == "de"
    assert detect.detect(german, "en") == detect.detect(german, "en")
    assert detect.clearly_other("Datenethik in der Praxis", "en") is None  # too short
    assert detect.clearly_other(german, "de") is None  # right language
    portuguese = "Os analistas de dados e os responsáveis que tratam dados pessoais nas empresas."
    assert detect.clearly_other(portuguese, "es") is None  # confusable
    assert detect.clearly_other(german, "xx") is None  # unknown claim
    assert detect.confusable("nl", "af") and not detect.confusable("nl", "de")


def test_lexicon_files_say_what_they_are() -> None:
    for language in LANGUAGES:
        text = (LEXICON_DIR / f"{language}.yaml").read_text(encoding="utf-8")
        assert "written for qa-checker" in text.splitlines()[0]
        assert yaml.safe_load(text)["language"] == language
