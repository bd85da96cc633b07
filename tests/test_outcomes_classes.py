"""Classes of outcome statements the held-out sweeps missed, each tested on examples unseen there.

Written before the checker was run on them: for each class of miss found in ``tests/corpus/heldout2``
(see ``tests/test_heldout_descriptors.py``), further statements of the same kind, so that a fix answers the
class and not the example.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from qa_checker.language import analyse
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run

HEADING = Path(__file__).resolve().parent / "corpus" / "heldout2" / "en-vet-heading-among-imperatives.yaml"


def _findings(tmp_path: Path, outcomes: list[str], rule: str) -> list[str]:
    """The pointers at which a rule reports a warning or an error on a descriptor with these outcomes."""
    data = yaml.safe_load(HEADING.read_text(encoding="utf-8"))
    data["learning_outcomes"] = outcomes
    path = tmp_path / "descriptor.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    config = RunConfig(rubric=load_rubric(), now=datetime(2026, 6, 1, tzinfo=timezone.utc), jobs=1)
    report = run([str(path)], config)
    return [
        f.pointer
        for result in report.results
        for f in result.findings
        if f.rule == rule and str(f.severity.value) in ("warning", "error")
    ]


# An imperative outside the verb lists before a possessive object: the object shows it is a verb.
@pytest.mark.parametrize(
    "text",
    [
        "Clip horses' manes and tails for a show.",
        "Groom dogs’ coats weekly to prevent matting.",
        "Drench ewes' lambs before turnout to control worms.",
    ],
)
def test_an_imperative_before_a_possessive_object_is_a_verb(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.first_is_verb


# A noun heading among imperatives whose first word can be a verb, before an abstract noun: reported.
@pytest.mark.parametrize(
    "heading",
    [
        "Water quality standards for private wells on farms.",
        "Land ownership rules for farm tenancies.",
        "Power quality issues in site electrical networks.",
    ],
)
def test_a_noun_heading_among_imperatives_is_reported(tmp_path: Path, heading: str) -> None:
    outcomes = [
        "Screw plasterboard to metal studs at the spacing the manufacturer specifies.",
        "Grout and seal wall tiles in a wet room.",
        heading,
        "Wax legs using warm and hot wax.",
    ]
    assert _findings(tmp_path, outcomes, "MC-LO-001") == ["/learning_outcomes/2"]


# An ability phrase before a gerund ("Capable of designing ..."): the gerund is the action.
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Capable of troubleshooting faults in a domestic heating system.", "troubleshoot"),
        ("Skilled in preparing a cash-flow forecast for a small business.", "prepare"),
        ("The learner is capable of planning a safe evacuation of a public building.", "plan"),
        ("On completion, participants will be proficient at writing unit tests for a web service.", "write"),
    ],
)
def test_an_ability_phrase_before_a_gerund_names_the_action(text: str, verb: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.first_is_verb and analysis.main is not None
    assert analysis.main.word == verb


# The same lead-in before a noun is still a statement without an action.
@pytest.mark.parametrize("text", ["Proficient in Python and SQL.", "Skilled in customer service."])
def test_an_ability_phrase_before_a_noun_has_no_action(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and not analysis.first_is_verb and not analysis.observable


# The Romance ability phrases take an infinitive, which is read as the action already.
@pytest.mark.parametrize(
    ("language", "text", "verb"),
    [
        ("fr", "Capable de dimensionner une installation photovoltaïque.", "dimensionner"),
        ("es", "Capaz de redactar un informe técnico de inspección.", "redactar"),
        ("it", "Capace di installare un impianto elettrico domestico.", "installare"),
    ],
)
def test_romance_ability_phrases_name_the_infinitive(language: str, text: str, verb: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.first_is_verb and analysis.main is not None
    assert analysis.main.word == verb


# A second action joined by a conjunction in the same form as the first (infinitive after infinitive,
# third person after third person) and followed by its object's article: a compound outcome.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Prepara la mezcla de mortero y coloca las baldosas del suelo."),
        ("es", "Revisa el nivel de aceite y cambia el filtro del motor."),
        ("es", "Cuenta el efectivo de la caja y cierra el turno en el terminal."),
        ("it", "Sgrassare e lucidare le superfici in acciaio inox."),
        ("it", "Installa il quadro elettrico e collauda l'impianto."),
        ("en", "Define a research question and decide which data to collect."),
        ("en", "Draft a project budget and explain why each cost is needed."),
        # A verb that is as often a noun ("plan", "map", "record") before a question word.
        ("en", "Analyse the site and map where the existing drains run."),
        ("en", "Inspect the roof covering and record what needs repair."),
        ("en", "Assess the client's needs and plan how to meet them within budget."),
    ],
)
def test_a_second_action_in_the_form_of_the_first_is_compound(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.main is not None and analysis.compound


# Adjectives and nouns after the conjunction stay one action.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Monta cuadros eléctricos de corriente continua y alterna."),
        ("es", "Instala redes de agua fría y caliente en viviendas."),
        ("it", "Verifica la tensione in corrente continua e alternata."),
        ("en", "Describe the causes and effects of soil erosion on hill farms."),
        ("en", "Explain the tools and methods which a surveyor uses."),
    ],
)
def test_a_noun_or_adjective_after_the_conjunction_is_no_second_action(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.main is not None and not analysis.compound


# Two imperatives outside the verb lists joined at the start ("Tag and register lambs"), among outcomes
# written as imperatives: two actions.
@pytest.mark.parametrize(
    "pair",
    [
        "Shear and crutch ewes before lambing.",
        "Prune and stake young fruit trees in winter.",
        "Bale and stack hay in a dry barn.",
    ],
)
def test_two_imperatives_joined_at_the_start_are_compound(tmp_path: Path, pair: str) -> None:
    outcomes = [
        "Screw plasterboard to metal studs at the spacing the manufacturer specifies.",
        "Wax legs using warm and hot wax.",
        pair,
        "Dispose of offcuts and dust in line with site waste rules.",
    ]
    assert _findings(tmp_path, outcomes, "MC-LO-004") == ["/learning_outcomes/2"]


# Found by the third sweep (62 descriptors in 15 languages): a noun's case form after the conjunction,
# which the lemmatiser can also read as a third person ("skali": skala or skalić), is no second action
# when the statement's own verb is an infinitive; a third person joined to a third person still is.
@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Student potrafi dobrać test statystyczny odpowiedni do pytania badawczego i skali pomiaru.", None),
        ("Oszacować koszty projektu w zależności od jego rodzaju i skali.", None),
        ("Obliczyć wytrzymałość elementów z drewna i stali.", None),
        ("Dobrać rodzaj spoiwa do aluminium i stali nierdzewnej.", None),
        ("Zbudować model regresji i zinterpretować jego parametry.", "interpretować"),
        ("Przygotowuje ofertę i wycenia koszty prac.", "wyceniać"),
    ],
)
def test_a_polish_case_form_after_the_conjunction_agrees_with_the_verb_or_is_a_noun(
    text: str, second: str | None
) -> None:
    analysis = analyse(text, "pl")
    assert analysis is not None and analysis.main is not None
    assert analysis.compound == ((second,) if second else ())


# Claims of mastery or of having met a subject say nothing that can be assessed.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Maîtriser les outils du management interculturel."),
        ("fr", "À l'issue de la formation, le stagiaire maîtrisera les techniques de soudage TIG."),
        ("fr", "Maîtriser la réglementation sur les déchets dangereux."),
        ("nl", "In deze module maken deelnemers kennis met generatieve AI-toepassingen voor het onderwijs."),
        ("nl", "Tijdens de training maken cursisten kennis met de basis van projectmatig werken."),
        ("nl", "Deelnemers maken in deze cursus kennis met de Wet kwaliteit, klachten en geschillen zorg."),
    ],
)
def test_mastery_and_acquaintance_are_vague(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.vague


# An imperative outside the verb lists before a hyphenated modifier, among imperatives: the modifier is
# read by its last part ("production-ready" is an adjective, not the action noun "production").
def test_an_imperative_before_a_hyphenated_modifier_is_a_verb(tmp_path: Path) -> None:
    outcomes = [
        "Create a seamless repeat pattern for printed textiles.",
        "Export production-ready patterns and a technical sheet.",
        "Stencil hand-painted lettering on shop signs.",
        "Render fabric swatches under studio lighting.",
    ]
    assert _findings(tmp_path, outcomes, "MC-LO-001") == []
    outcomes[1] = "Production-ready patterns and a technical sheet."
    assert _findings(tmp_path, outcomes, "MC-LO-001") == ["/learning_outcomes/1"]


# In a verb-final statement, a noun after its article before the conjunction is no action ("De kosten en
# baten ...": "kosten" is also an infinitive); a verb after its object still is.
@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        ("nl", "De kosten en baten van klimaatmaatregelen vergelijken.", None),
        ("de", "Die Kosten und Nutzen von Sanierungsmaßnahmen vergleichen.", None),
        ("nl", "Het plan opstellen en de begroting bewaken.", "bewaken"),
        ("de", "Daten sammeln und statistisch auswerten.", "sammeln"),
    ],
)
def test_a_noun_after_its_article_is_no_second_action(language: str, text: str, second: str | None) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.compound == ((second,) if second else ())
