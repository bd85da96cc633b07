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

LANGUAGES = ("cs", "da", "de", "en", "es", "fr", "it", "nl", "pl", "pt", "sk", "sv")


def test_the_twelve_languages_are_bundled() -> None:
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
    assert lexicon("fi") is None and analyse("Kuvaile tietosuojan periaatteet.", "fi") is None


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
        ("nl", "Pas de AVG toe op een datagedreven projectplan.", "toepassen", "apply"),
        ("nl", "De student kan een datamanagementplan opstellen.", "opstellen", "create"),
        ("pl", "Student potrafi zaprojektować bazę danych dla małej firmy.", "projektować", "create"),
        ("pl", "Przeanalizuje ryzyko projektu informatycznego.", "analizować", "analyse"),
        ("pt", "O formando deverá ser capaz de conceber um plano de manutenção preventiva.", "conceber", "create"),
        ("pt", "Ao final do curso, o aluno saberá gerenciar o estoque de uma farmácia.", "gerenciar", "apply"),
        ("sv", "Efter avslutad kurs ska studenten kunna utforma en enkel databas.", "utforma", "create"),
        ("sv", "Den studerande redogör för principerna i dataskyddsförordningen.", "redogöra för", "understand"),
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
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.compound == ("evaluate",)


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


# --- Issue #10: openings, lead-ins, subordinate clauses, compound lists and verbs outside the lexicon ---
# Fresh statements written for these tests (not taken from the corpus), one per language and kind.

# Well-written statements: an action verb is found where the language puts it, and nothing is flagged.
GOOD = [
    # participle / gerund / prepositional openings before the verb
    ("en", "Drawing on the site survey, specify the insulation thickness for an exterior wall."),
    ("en", "Given a noisy sensor log, reconstruct the missing readings with linear interpolation."),
    ("fr", "En s'appuyant sur le Code du travail, rédiger un règlement intérieur pour une PME."),
    ("fr", "À partir d'un relevé de consommation, dimensionner un ballon d'eau chaude sanitaire."),
    ("es", "Utilizando un SIG de código abierto, cartografiar las zonas inundables de un municipio."),
    ("es", "A partir de un pliego de condiciones, presupuestar la instalación eléctrica de una nave."),
    ("it", "Utilizzando un foglio di calcolo, stimare il fabbisogno di personale di un reparto."),
    ("it", "Sulla base di una perizia, quantificare i danni strutturali di un edificio storico."),
    ("de", "Ausgehend von einer Lastganganalyse dimensionieren die Teilnehmenden einen Batteriespeicher."),
    ("nl", "Met behulp van een rekenmodel dimensioneert de student een regenwaterbuffer."),
    ("pl", "Korzystając z normy PN-EN, dobiera przekrój przewodów instalacji elektrycznej."),
    # learner lead-ins, with and without a comma after the time phrase
    ("es", "El alumno podrá parametrizar un variador de frecuencia para un motor trifásico."),
    ("es", "Al acabar el taller el alumnado será capaz de podar un olivo joven en vaso."),
    ("it", "Lo studente è in grado di tarare un manometro rispetto a uno strumento campione."),
    ("it", "Al termine del tirocinio la corsista sarà in grado di impostare un piano di allattamento."),
    ("fr", "Les stagiaires seront en mesure de souder deux tubes en acier au poste TIG."),
    ("en", "By the end of the course learners will be able to prune a young apple tree."),
    # domain verbs outside the Bloom lists
    ("en", "Quantify the embodied carbon of a timber frame house from its bill of materials."),
    ("en", "Automate the backup, rotation and encryption of a database server's logs."),
    ("fr", "Simuler le comportement thermique d'un bâtiment tertiaire en été."),
    ("es", "Depurar un conjunto de datos de ventas con valores ausentes y duplicados."),
    ("it", "Classificare i rifiuti di un cantiere secondo il codice europeo dei rifiuti."),
    ("nl", "De student kan meetgegevens van een windturbine opschonen in Python."),
    ("pl", "Kwantyfikuje niepewność pomiaru przepływu na podstawie danych kalibracyjnych."),
    ("de", "Die Teilnehmenden können Messreihen einer Wärmepumpe plausibilisieren."),
    # a verb followed by a subordinate clause
    ("pl", "Student potrafi wyjaśnić, w jaki sposób zmiana stóp procentowych wpływa na ratę kredytu."),
    ("de", "Die Teilnehmenden können ein Material auswählen, das Kosten und Recyclingfähigkeit abwägt."),
    ("nl", "De student kan uitleggen hoe een warmtepomp werkt en waarom het rendement daalt bij vorst."),
]


@pytest.mark.parametrize(("language", "text"), GOOD)
def test_well_written_statements_raise_nothing(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None
    assert analysis.verbs and analysis.main is not None, "no verb found"
    assert analysis.first_is_verb or lexicon(language).verb_position == "anywhere", analysis.first_word  # type: ignore[union-attr]
    assert not analysis.vague and analysis.teacher_centred is None
    assert not analysis.compound, analysis.compound


@pytest.mark.parametrize(
    ("language", "text", "actions"),
    [
        ("en", "Design, program, commission and test a PLC sequence for a bottling line.", 4),
        ("en", "Survey a roof, size the panels and connect them to the inverter.", 3),
        ("fr", "Concevoir, câbler et mettre en service un tableau électrique divisionnaire.", 3),
        ("es", "Diseñar una encuesta y analizarla con estadística descriptiva.", 2),
        ("it", "Progettare un impianto di irrigazione e collaudarlo in campo.", 2),
        ("de", "Die Teilnehmenden können eine Anlage planen, errichten und in Betrieb nehmen.", 2),
        ("nl", "De cursist voert een audit uit en rapporteert de bevindingen aan de directie.", 2),
        ("pl", "Zaprojektować, zaprogramować, uruchomić i przetestować sterownik linii pakującej.", 4),
        ("pl", "Przeprowadza wywiad z pacjentem i dokumentuje jego wyniki w karcie.", 2),
    ],
)
def test_compound_lists_count_every_action(language: str, text: str, actions: int) -> None:
    analysis = analyse(text, language)
    assert analysis is not None
    assert len(analysis.compound) + 1 >= actions, analysis.compound


def test_an_imperative_is_not_confused_with_the_nouns_after_it() -> None:
    analysis = analyse("Automate the build, test and release of a mobile app with a CI pipeline.", "en")
    assert analysis is not None and analysis.main is not None
    assert analysis.main.word == "automate" and analysis.first_is_verb and analysis.compound == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Risk assessment methods for small construction sites."),
        ("en", "Cloud computing basics for public administrations."),
        ("fr", "Les fichiers clients et leur protection dans une PME."),
        ("es", "Fundamentos del taller de carpintería y sus riesgos."),
        ("it", "Settore agroalimentare: filiere e certificazioni."),
        ("nl", "Het verwerken van persoonsgegevens in de zorg."),
        ("pl", "Wartości odżywcze produktów i ich oznakowanie."),
        ("de", "Das Planen und Bauen von Holzhäusern im Alpenraum."),
    ],
)
def test_topic_headings_have_no_verb(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None
    assert analysis.verbs == (), analysis.verbs


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "À l'issue du module, l'apprenant comprendra le fonctionnement d'un onduleur."),
        ("it", "Al termine del corso i partecipanti conosceranno le norme sul primo soccorso."),
        ("de", "Nach dem Seminar wissen Sie, wie ein Kaufvertrag zustande kommt."),
        ("nl", "De deelnemer is op de hoogte van de regels voor arbeidstijden."),
        ("es", "Desarrollar una mayor conciencia sobre el desperdicio alimentario."),
    ],
)
def test_vague_verbs_are_found_in_any_form(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.vague


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The instructor walks learners through a full payroll run."),
        ("fr", "Le formateur présente les gestes de premiers secours."),
        ("es", "Durante el taller se revisarán las técnicas de poda."),
        ("it", "Il corso ha l'obiettivo di aggiornare i docenti sulla valutazione."),
        ("nl", "In deze module wordt ingegaan op het arbeidsrecht."),
        ("pl", "Celem szkolenia jest przygotowanie uczestników do egzaminu."),
        ("de", "Der Dozent erläutert die Grundlagen der Buchführung."),
    ],
)
def test_teacher_centred_phrasing_is_found(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.teacher_centred


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The teacher will be able to plan a differentiated lesson for a mixed-ability class."),
        ("fr", "L'enseignant sera capable de concevoir une séquence d'apprentissage inversé."),
        ("pl", "Nauczyciel potrafi dostosować wymagania do potrzeb ucznia z dysleksją."),
    ],
)
def test_teachers_as_learners_are_not_teacher_centred(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.teacher_centred is None and analysis.main is not None


def test_morphology_refuses_nouns_participles_and_verbal_nouns() -> None:
    from qa_checker.language.morphology import verb_lemma

    assert verb_lemma("fichier", "fr") is None and verb_lemma("taller", "es") is None
    assert verb_lemma("settore", "it") is None and verb_lemma("wartości", "pl") is None
    assert verb_lemma("projektowanie", "pl") is None and verb_lemma("utilizando", "es") is None
    assert verb_lemma("data", "en") is None
    assert verb_lemma("dimensionner", "fr") == ("dimensionner", False)  # unknown: only where the verb goes
    assert verb_lemma("kwantyfikuje", "pl") == ("kwantyfikować", True)
    assert verb_lemma("opschonen", "nl") == ("opschonen", True)


@pytest.mark.parametrize(
    ("language", "text", "actions"),
    [
        ("pl", "Przygotowanie i przeprowadzenie kampanii w mediach społecznościowych.", 2),
        ("pl", "Planowanie, realizacja i ewaluacja działań z zakresu edukacji zdrowotnej.", 3),
        ("nl", "Het opstellen en uitvoeren van een marketingplan.", 2),
        ("de", "Planung und Durchführung von Veranstaltungen.", 2),
        ("fr", "Conception et mise en œuvre d'un plan de formation.", 2),
        ("es", "Diseño y ejecución de un plan de marketing.", 2),
        ("it", "Progettazione e realizzazione di un impianto fotovoltaico.", 2),
        ("en", "Planning, delivery and evaluation of a first-aid session.", 3),
    ],
)
def test_a_list_of_action_nouns_is_several_actions(language: str, text: str, actions: int) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and len(analysis.nominal) == actions, analysis


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Computing and networking fundamentals."),
        ("en", "Introduction and overview of the GDPR."),
        ("de", "Einführung und Planung von Projekten."),
        ("it", "Sicurezza e igiene del lavoro."),
        ("pl", "Organizacja i zarządzanie przedsiębiorstwem."),
        ("fr", "Conception d'un plan de formation et mise en œuvre."),
        ("de", "Ernährung und Bewegung im Alter."),
        ("fr", "Alimentation et nutrition du sportif."),
        ("pl", "Wychowanie i kształcenie dzieci w wieku przedszkolnym."),
    ],
)
def test_a_topic_heading_is_no_list_of_actions(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None
    assert not analysis.nominal, analysis.nominal


@pytest.mark.parametrize(
    ("word", "infinitive"),
    [("strzyże", "strzyc"), ("piecze", "piec"), ("pomoże", "pomóc"), ("pieką", "piec"), ("strzyc", "strzyc")],
)
def test_polish_verbs_in_c_are_verbs(word: str, infinitive: str) -> None:
    from qa_checker.language import morphology

    assert morphology.verb_lemma(word, "pl") == (infinitive, True)
    assert morphology.verb_lemma("pomocy", "pl") is None and morphology.verb_lemma("plaże", "pl") is None


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("Ein Lagerverwaltungssystem einführen, das Personal schulen und die Leistung überwachen.", True),
        ("Ein Material auswählen, das Haltbarkeit, Kosten und Recyclingfähigkeit abwägt.", False),
        ("Ein Konzept entwickeln, das den Energieverbrauch senkt und die Kosten reduziert.", False),
    ],
)
def test_german_das_opens_a_relative_clause_only_before_a_finite_verb(text: str, compound: bool) -> None:
    analysis = analyse(text, "de")
    assert analysis is not None
    assert bool(analysis.compound) is compound, analysis.compound
