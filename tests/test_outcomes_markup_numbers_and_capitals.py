"""Outcomes as providers write them: with HTML, numbers touching the verb, capitals, lead-ins kept as
list items, repeated outcomes behind a number or an invisible character, nominalised infinitives, verbs
that are also past tenses, and a level given only as a QF-EHEA cycle."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.language import analyse, plain_text, without_list_mark
from tests.conftest import NOW, baseline


def _findings(data: dict[str, Any], rule: str) -> list[tuple[str, str]]:
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [(f.pointer, str(f.message)) for f in result.findings if f.rule == rule]


def _with_outcomes(language: str, outcomes: list[Any], level: dict[str, Any] | None = None) -> dict[str, Any]:
    data = baseline()
    data["languages"] = [language]
    data["learning_outcomes"] = outcomes
    if level is not None:
        data["level"] = level
    return data


GOOD = [
    "Apply the GDPR principles of lawful processing to a data-driven project plan.",
    "Evaluate the fairness of a classification model using group fairness metrics.",
    "Design a data-management plan that documents consent, retention and access.",
]


# ---------------------------------------------------------------- 1. HTML is no word of the outcome


@pytest.mark.parametrize(
    "wrap",
    ["<li>{}</li>", "<p>{}</p>", '<p class="lo"><strong>{}</strong></p>', "{}<br/>", "\u200b{}", "&nbsp;{}"],
)
def test_markup_around_an_outcome_is_not_its_first_word(wrap: str) -> None:
    data = _with_outcomes("en", [wrap.format(text) for text in GOOD])
    assert _findings(data, "MC-LO-001") == []
    assert _findings(data, "MC-LO-005") == []


def test_outcomes_as_objects_with_html_text() -> None:
    data = _with_outcomes("en", [{"text": f"<li>{text}</li>", "type": "skill"} for text in GOOD])
    assert _findings(data, "MC-LO-001") == []


def test_markup_inside_an_outcome_is_read_as_what_it_shows() -> None:
    assert plain_text("<li>Apply lawful&nbsp;processing &amp; consent</li>") == "Apply lawful\u00a0processing & consent"
    assert plain_text("pro\u00adcess\u200bing") == "processing"
    assert plain_text("Keep latency <50 ms & jitter low") == "Keep latency <50 ms & jitter low"
    analysis = analyse("<li>Plan, build and test a prototype</li>", "en")
    assert analysis is not None and analysis.first_word == "Plan" and analysis.compound


def test_a_real_problem_in_an_html_outcome_is_still_reported() -> None:
    data = _with_outcomes("en", ["<li>GDPR principles of lawful processing for data-driven projects.</li>", *GOOD[1:]])
    assert [p for p, _ in _findings(data, "MC-LO-001")] == ["/learning_outcomes/0"]


# ---------------------------------------------------------------- 2. a number touching the verb


@pytest.mark.parametrize("mark", ["1.", "2)", "1.2.", "1. ", "(a) ", "LO1: "])
def test_a_number_before_the_verb_is_a_label_with_or_without_a_space(mark: str) -> None:
    data = _with_outcomes("en", [mark + text for text in GOOD])
    assert _findings(data, "MC-LO-001") == []


# Found by a probe that wrote each outcome of the 964 clean held-out descriptors behind a bullet: "• Participants
# configure a firewall ..." was reported without an action in 73 of them (the learner subject behind the bullet was
# no lead-in).
LEARNER_SUBJECT = [
    "Participants configure a firewall and a VPN for a small office network.",
    "Participants assess the security risks of a small organisation's cloud services.",
    "Participants write an incident response plan for a small organisation.",
]


@pytest.mark.parametrize("bullet", ["• ", "•", "▪ ", "➢ ", "✓ ", "- ", "– ", "* "])
def test_a_bullet_before_the_learner_is_a_list_mark(bullet: str) -> None:
    data = _with_outcomes("en", [bullet + text for text in LEARNER_SUBJECT])
    assert _findings(data, "MC-LO-001") == []
    assert without_list_mark(bullet + LEARNER_SUBJECT[0]) == LEARNER_SUBJECT[0]


@pytest.mark.parametrize("text", ["-5 °C storage", "*Optional* module", "- not a word"])
def test_a_dash_or_star_touching_a_word_is_no_bullet(text: str) -> None:
    assert without_list_mark(text) == (text if text[1] != " " else text[2:])


@pytest.mark.parametrize("text", ["e.g.Apply the rules", "ISO 9001 audits", "3D printing of parts", "1.5m of cable"])
def test_no_list_mark_is_read_where_there_is_none(text: str) -> None:
    assert without_list_mark(text) == text


# ---------------------------------------------------------------- 3. outcomes in capitals


def test_german_outcomes_in_capitals_have_their_verbs() -> None:
    data = _with_outcomes(
        "de",
        [
            "DIE TEILNEHMENDEN KÖNNEN DIE GRUNDSÄTZE DER DSGVO AUF EINEN DATENGETRIEBENEN PROJEKTPLAN ANWENDEN.",
            "DIE TEILNEHMENDEN KÖNNEN DIE FAIRNESS EINES KLASSIFIKATIONSMODELLS MIT GRUPPENMETRIKEN BEWERTEN.",
            "DIE TEILNEHMENDEN KÖNNEN EINEN DATENMANAGEMENTPLAN MIT EINWILLIGUNG, AUFBEWAHRUNG UND ZUGRIFF ENTWERFEN.",
        ],
    )
    assert _findings(data, "MC-LO-001") == []


def test_capitals_still_show_vague_and_missing_verbs() -> None:
    vague = analyse("DIE TEILNEHMENDEN KENNEN DIE GRUNDLAGEN DER IMKEREI.", "de")
    heading = analyse("GRUNDLAGEN DES SEERECHTS UND DER SCHIFFSSICHERHEIT.", "de")
    assert vague is not None and vague.vague
    assert heading is not None and not heading.verbs
    # A capitalised German noun in ordinary writing is still no verb.
    mixed = analyse("Die Teilnehmenden können Kosten und Risiken eines Projekts bewerten.", "de")
    assert mixed is not None and [v.word for v in mixed.verbs] == ["bewerten"]


# ---------------------------------------------------------------- 4. repeats behind a number or an invisible character


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1. " + GOOD[0], "2. " + GOOD[0]),
        ("1." + GOOD[0], "2)" + GOOD[0]),
        (GOOD[0], GOOD[0].replace("GDPR", "GD\u200bPR")),
        (GOOD[0], GOOD[0].replace("processing", "pro\u00adcess\u00ading")),
        (GOOD[0], f"<li>{GOOD[0]}</li>"),
    ],
)
def test_repeats_that_differ_only_by_number_or_invisible_characters(first: str, second: str) -> None:
    data = _with_outcomes("en", [first, second, GOOD[1]])
    assert [p for p, _ in _findings(data, "MC-LO-008")] == ["/learning_outcomes/1"]


def test_different_outcomes_under_numbers_are_not_repeats() -> None:
    data = _with_outcomes("en", [f"{n}. {text}" for n, text in enumerate(GOOD, start=1)])
    assert _findings(data, "MC-LO-008") == []


# ---------------------------------------------------------------- 5. nominalised infinitives share their article


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Helpt een cliënt bij het wassen en aankleden volgens het zorgplan."),
        ("nl", "Ondersteunt cliënten bij het eten en drinken tijdens de maaltijd."),
        ("nl", "Begeleidt cliënten bij het wassen, aankleden en verzorgen van het haar."),
        ("nl", "Begeleidt cliënten bij het plannen en uitvoeren van dagelijkse activiteiten."),
        ("de", "UNTERSTÜTZT KLIENTEN BEIM WASCHEN UND ANZIEHEN NACH DEM PFLEGEPLAN."),
        ("de", "Unterstützt Klienten beim Waschen und Anziehen nach dem Pflegeplan."),
        ("es", "Ayudar al paciente en el comer y beber durante las comidas."),
        ("fr", "Accompagner un élève à la lecture et l'écriture de textes simples."),
    ],
)
def test_infinitives_listed_after_an_article_are_one_action(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.compound == ()


@pytest.mark.parametrize(
    ("language", "text", "joined"),
    [
        ("nl", "Analyseer en evalueer de eerlijkheid van een classificatiemodel met groepsmaten.", "evalueren"),
        ("nl", "De deelnemer kan de kosten analyseren en rapporteren aan de opdrachtgever.", "rapporteren"),
        ("es", "Limpiar el taller y ordenar las herramientas de trabajo.", "ordenar"),
        ("es", "Revisa el nivel y cambia el filtro del equipo.", "cambiar"),
        ("fr", "Préparer le dossier et classer les pièces justificatives.", "classer"),
        ("de", "Die Teilnehmenden können Daten analysieren und einen Bericht schreiben.", "schreiben"),
        ("en", "Review the plan and implement it with the project team.", "implement"),
    ],
)
def test_actions_joined_after_an_object_are_still_two(language: str, text: str, joined: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and joined in analysis.compound


def test_the_dutch_care_outcomes_combine_no_actions() -> None:
    data = _with_outcomes(
        "nl",
        [
            "Helpt een cliënt bij het wassen en aankleden volgens het zorgplan.",
            "Ondersteunt cliënten bij het eten en drinken tijdens de maaltijd.",
            "Rapporteert bijzonderheden aan de verantwoordelijke verpleegkundige.",
        ],
    )
    assert _findings(data, "MC-LO-004") == []


# ---------------------------------------------------------------- 6. common verbs the analysis missed


@pytest.mark.parametrize(
    "text",
    [
        "Call emergency services using the 112 number.",
        "Fell a small tree using the correct cutting technique.",
        "Found a small company under Dutch law.",
    ],
)
def test_common_verbs_open_an_outcome(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.first_is_verb


@pytest.mark.parametrize("text", ["Used cars and their valuation.", "Left ventricular function in heart failure."])
def test_a_past_participle_is_still_no_imperative(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and not analysis.verbs


def test_the_first_aid_and_chainsaw_outcomes_have_verbs() -> None:
    data = _with_outcomes(
        "en",
        [
            "Call emergency services using the 112 number.",
            "Fell a small tree using the correct cutting technique.",
            "Check a chainsaw's safety features before use.",
        ],
    )
    assert _findings(data, "MC-LO-001") == []


# ---------------------------------------------------------------- 7. a level given as a QF-EHEA cycle


RECALL = [
    "List the main theorems of functional analysis.",
    "Define a Banach space and a Hilbert space.",
    "Recall the spectral theorem for compact operators.",
]


def test_a_cycle_alone_sets_the_level_the_outcomes_are_judged_by() -> None:
    found = _findings(_with_outcomes("en", RECALL, {"qf_ehea_cycle": "third"}), "MC-LO-007")
    assert len(found) == 1
    assert found[0][1].startswith("the third cycle is declared, which is EQF 8, but the outcomes only reach")


def test_an_eqf_level_is_named_before_the_cycle() -> None:
    found = _findings(_with_outcomes("en", RECALL, {"eqf": 8, "qf_ehea_cycle": "third"}), "MC-LO-007")
    assert [m.split(",")[0] for _, m in found] == ["EQF 8 is declared"]


def test_a_first_cycle_with_recall_outcomes_is_not_judged_at_eqf_8() -> None:
    assert _findings(_with_outcomes("en", GOOD, {"qf_ehea_cycle": "first"}), "MC-LO-007") == []


# ---------------------------------------------------------------- 8. a lead-in kept as a list item


@pytest.mark.parametrize(
    ("language", "lead_in"),
    [
        ("en", "On completion, the learner will be able to:"),
        ("en", "After completing this module, you will be able to:"),
        ("de", "Nach Abschluss des Moduls sind die Teilnehmenden in der Lage:"),
        ("fr", "À l'issue de la formation, l'apprenant sera capable de :"),
    ],
)
def test_a_lead_in_item_is_told_apart_from_an_outcome_without_a_verb(language: str, lead_in: str) -> None:
    data = _with_outcomes(language, [lead_in, *GOOD] if language == "en" else [lead_in])
    found = _findings(data, "MC-LO-001")
    assert [p for p, _ in found] == ["/learning_outcomes/0"]
    assert "introduces the list of outcomes and is not an outcome itself" in found[0][1]


def test_a_heading_without_a_colon_keeps_its_message() -> None:
    data = _with_outcomes("en", ["Introduction to maritime law and the carriage of goods by sea.", *GOOD])
    (found,) = _findings(data, "MC-LO-001")
    assert found[1].startswith("no observable action verb found in")


@pytest.mark.parametrize(
    "text", ["K_W01 Apply the GDPR principles to a project plan.", "K_U02: Stosować zasady RODO w projekcie."]
)
def test_a_polish_outcome_code_is_a_label_not_the_first_word(text: str) -> None:
    assert not without_list_mark(text).startswith("K")
