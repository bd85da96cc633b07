"""Classes of misjudged outcomes found by the third held-out set (``tests/outcomes_heldout3``), each shown
on statements that set does not have, with the reading that must not change."""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_statement

# "We" after an opening that places it in the course: the teaching, not the learner's action.
WE_AFTER_AN_OPENING = [
    ("en", "During this bootcamp we build a chatbot with a large language model API."),
    ("de", "In der Übung programmieren wir einen Arduino-Mikrocontroller."),
    ("de", "Im Verlauf des Seminars besprechen wir typische Fehler bei der Bilanzierung."),
    ("es", "Durante el taller practicaremos técnicas de negociación con proveedores."),
    ("it", "Nel corso del laboratorio analizzeremo casi reali di frode fiscale."),
    ("nl", "Tijdens de training oefenen we gesprekstechnieken met een trainingsacteur."),
    ("pl", "Podczas warsztatów przećwiczymy techniki negocjacji z dostawcami."),
]

# Awareness taken as a conjugated light verb ("prennent conscience"), or named as a noun heading.
AWARENESS = [
    ("fr", "Les stagiaires prennent conscience des risques liés au bruit sur un chantier."),
    ("es", "El alumnado toma conciencia de los riesgos del ruido en la obra."),
    ("it", "I partecipanti prendono consapevolezza dei rischi legati al rumore in cantiere."),
    ("nl", "Bewustzijn van de risico's van geluid op de bouwplaats."),
]

# Learners in the passive of being trained or informed.
TRAINED_IN_THE_PASSIVE = [
    ("nl", "De cursisten worden opgeleid in het veilig werken met een hoogwerker."),
    ("nl", "Deelnemers worden voorgelicht over de nieuwe regels voor privacy op de werkvloer."),
]

# The learner in training named by the trade they train for ("Le futur technicien ...").
FUTURE_PRACTITIONERS = [
    ("fr", "La future infirmière prépare un plateau de soins stérile pour un pansement."),
    ("fr", "Les futurs électriciens câblent un tableau de répartition d'un logement."),
    ("es", "El futuro técnico de laboratorio mide el pH de una muestra de agua."),
    ("it", "Il futuro operatore socio-sanitario misura la pressione arteriosa di un paziente."),
]

# An English list of actions whose first word is a verb the lexicon does not list.
ENGLISH_VERB_LISTS = [
    "Gut, scale and fillet a whole sea bass.",
    "Bleed, refill and test a hydraulic brake system.",
    "Hem, press and finish a pair of trousers.",
]

# A second finite verb of the same person before a bare plural object.
SAME_PERSON_BEFORE_A_BARE_OBJECT = [
    ("it", "Gli allievi misurano i consumi e riducono sprechi di energia."),
    ("it", "Gli allievi leggono un capitolato e traducono preventivi in inglese."),
    ("es", "Los alumnos miden los consumos y reducen pérdidas de energía."),
]


@pytest.mark.parametrize(("language", "text"), WE_AFTER_AN_OPENING)
def test_we_after_an_opening_is_teacher_centred(language: str, text: str) -> None:
    assert "MC-LO-003" in judge_statement(text, language)


@pytest.mark.parametrize(("language", "text"), AWARENESS)
def test_awareness_as_a_light_verb_or_heading_is_vague(language: str, text: str) -> None:
    assert "MC-LO-002" in judge_statement(text, language)


@pytest.mark.parametrize(("language", "text"), TRAINED_IN_THE_PASSIVE)
def test_learners_trained_in_the_passive_are_teacher_centred(language: str, text: str) -> None:
    assert "MC-LO-003" in judge_statement(text, language)


@pytest.mark.parametrize(("language", "text"), FUTURE_PRACTITIONERS)
def test_a_future_practitioner_is_the_learner(language: str, text: str) -> None:
    assert judge_statement(text, language) == []


@pytest.mark.parametrize("text", ENGLISH_VERB_LISTS)
def test_an_english_list_of_actions_starts_with_a_verb(text: str) -> None:
    assert judge_statement(text, "en") == ["MC-LO-004"]


def test_an_english_noun_list_stays_a_heading() -> None:
    assert "MC-LO-001" in judge_statement("Waste, water and energy management in hotels.", "en")


@pytest.mark.parametrize(("language", "text"), SAME_PERSON_BEFORE_A_BARE_OBJECT)
def test_a_second_verb_of_the_same_person_is_a_second_action(language: str, text: str) -> None:
    assert judge_statement(text, language) == ["MC-LO-004"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los alumnos analizan balances y cuentas de resultados de pequeñas empresas."),
        ("it", "Gli studenti analizzano bilanci e conti economici di piccole imprese."),
        ("en", "In this course, you will be able to build a chatbot with a language model API."),
        ("de", "In der Werkstatt wechseln die Teilnehmenden die Zündkerzen eines Ottomotors."),
    ],
)
def test_one_action_stays_one_action_by_the_learner(language: str, text: str) -> None:
    assert judge_statement(text, language) == []


# Teachers named in the plural or by a gender-neutral participle ("Die Dozierenden ...", "Die Lehrenden ...").
@pytest.mark.parametrize(
    "text",
    [
        "Die Dozierenden stellen aktuelle Entwicklungen im Steuerrecht vor.",
        "Die Lehrenden erläutern die Grundlagen des Baurechts anhand von Fallbeispielen.",
        "Die Ausbildenden demonstrieren das Schweißen von Kehlnähten.",
    ],
)
def test_teachers_in_the_plural_are_teacher_centred(text: str) -> None:
    assert "MC-LO-003" in judge_statement(text, "de")


# A time phrase of several words before the learner, without a comma.
@pytest.mark.parametrize(
    "text",
    [
        "After completing the course you can configure a firewall rule set for a small office.",
        "Upon successful completion of the module students can draft a data processing agreement.",
    ],
)
def test_a_long_time_phrase_before_the_learner_is_a_lead_in(text: str) -> None:
    assert judge_statement(text, "en") == []


# The teaching in an impersonal passive, in the singular too ("Verrà mostrato ai partecipanti ...").
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Verrà illustrato agli allievi il funzionamento di un impianto frigorifero."),
        ("it", "Sarà mostrato ai partecipanti come si compila un modello F24."),
        ("pl", "Studentom zostanie wyjaśnione, jak działa system podatkowy."),
        ("pl", "Uczestnikom będą zaprezentowane nowe narzędzia analizy danych."),
    ],
)
def test_the_teaching_in_an_impersonal_passive_is_teacher_centred(language: str, text: str) -> None:
    assert "MC-LO-003" in judge_statement(text, language)


# Polish verbs in -ść and -źć ("przenieść", "znaleźć", "kłaść"), whose past tense alternates its stem.
@pytest.mark.parametrize(
    "text",
    [
        "Uczestnik potrafi znaleźć usterkę w instalacji elektrycznej za pomocą miernika.",
        "Student potrafi odnieść wyniki własnych badań do literatury przedmiotu.",
        "Kładzie tynk gipsowy na ścianach z płyt gipsowo-kartonowych.",
    ],
)
def test_polish_verbs_in_sc_are_verbs(text: str) -> None:
    assert judge_statement(text, "pl") == []


def test_polish_nouns_in_sc_stay_nouns() -> None:
    assert "MC-LO-001" in judge_statement("Jakość i wartość odżywcza żywności w zbiorowym żywieniu.", "pl")


# Knowledge held, whatever adjective qualifies it ("ma solidną wiedzę", "posiada dobrą znajomość").
@pytest.mark.parametrize(
    "text",
    ["Uczestnik ma solidną wiedzę o przepisach BHP na budowie.", "Absolwent posiada dobrą znajomość prawa pracy."],
)
def test_knowledge_held_with_any_adjective_is_vague(text: str) -> None:
    assert "MC-LO-002" in judge_statement(text, "pl")


# A context opening whose preposition is a word passed over before the action (Italian "in").
@pytest.mark.parametrize(
    "text",
    [
        "In gruppo, progettare un edificio in legno di tre piani.",
        "In coppia, redigere una lettera commerciale in inglese.",
    ],
)
def test_an_opening_with_a_skipped_preposition_is_an_opening(text: str) -> None:
    assert judge_statement(text, "it") == []


# Spanish -ir verbs whose stem changes e to i ("pedir": "pide", "pidiendo").
@pytest.mark.parametrize(
    "text",
    [
        "El alumnado podrá pedir presupuestos a tres proveedores de materiales.",
        "El alumnado podrá vestir a una persona con hemiplejia respetando su autonomía.",
    ],
)
def test_spanish_stem_changing_ir_verbs_are_verbs(text: str) -> None:
    assert judge_statement(text, "es") == []


# Vague wording carried by a light verb in any person or tense ("auront une bonne maîtrise", "tendrán un
# buen dominio", "svilupperanno una consapevolezza"), and the importance of a thing recognised.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les participants développeront une conscience critique des enjeux éthiques de l'IA."),
        ("fr", "Les apprenants auront une bonne maîtrise des stratégies de branches Git."),
        ("fr", "Mesurer l'importance de l'hygiène dans l'aide à domicile."),
        ("fr", "Être familier des principaux Incoterms utilisés dans le transport international."),
        ("es", "Los participantes desarrollarán una conciencia crítica sobre los dilemas éticos de la IA."),
        ("es", "Los alumnos tendrán un buen dominio de las estrategias de ramas en Git."),
        ("es", "Valorar la importancia de la higiene en la ayuda a domicilio."),
        ("it", "I partecipanti svilupperanno una consapevolezza critica delle questioni etiche dell'IA."),
        ("it", "Gli allievi avranno una buona padronanza delle strategie di branching in Git."),
        ("it", "Riconoscere l'importanza dell'igiene nell'assistenza domiciliare."),
        ("nl", "Bekend zijn met de belangrijkste Incoterms in het internationaal transport."),
        ("pl", "Uczestnicy rozwiną krytyczną świadomość problemów etycznych sztucznej inteligencji."),
    ],
)
def test_vague_wording_in_any_person_or_tense_is_vague(language: str, text: str) -> None:
    assert judge_statement(text, language) == ["MC-LO-002"]


# The teaching in the passive, learners named or not ("An overview of ... is provided", "sont initiés").
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "An overview of lean construction principles is provided."),
        ("en", "The workshop familiarises participants with the HACCP plan of the kitchen."),
        ("de", "Die Studierenden werden in die wichtigsten Denkschulen der internationalen Beziehungen eingeführt."),
        ("de", "Es wird ein Überblick über Lean Construction gegeben."),
        ("fr", "Les étudiants sont initiés aux grandes écoles de pensée des relations internationales."),
        ("fr", "Un panorama des principes du lean construction est proposé."),
        ("es", "Los estudiantes son introducidos en las principales escuelas de las relaciones internacionales."),
        ("nl", "Er wordt een overzicht gegeven van de principes van lean bouwen."),
        ("pl", "Przedstawiony zostanie przegląd zasad szczupłego budownictwa."),
    ],
)
def test_the_teaching_in_the_passive_is_teacher_centred(language: str, text: str) -> None:
    assert judge_statement(text, language) == ["MC-LO-003"]


# Invited experts as the subject are the course's teachers; experts as the learner's object are not.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Through guest lectures, industry experts share their experience of offshore wind projects."),
        ("de", "In Gastvorträgen berichten Fachleute aus der Praxis von Offshore-Windprojekten."),
        ("fr", "Lors de conférences, des professionnels partagent leur expérience des projets éoliens en mer."),
        ("es", "A través de conferencias, profesionales del sector comparten su experiencia en parques eólicos."),
        ("it", "Attraverso seminari, esperti del settore condividono la loro esperienza sui parchi eolici."),
        ("nl", "Via gastcolleges delen experts uit de praktijk hun ervaring met windparken op zee."),
        ("pl", "Podczas wykładów gościnnych eksperci dzielą się doświadczeniem z morskich farm wiatrowych."),
    ],
)
def test_invited_experts_as_the_subject_are_teacher_centred(language: str, text: str) -> None:
    assert judge_statement(text, language) == ["MC-LO-003"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Interview two industry experts about their use of digital twins in offshore wind."),
        ("de", "Befragt Fachleute aus der Praxis zu ihren Erfahrungen mit BIM im Hochbau."),
        ("es", "Entrevistar a profesionales del sector sobre su experiencia con la obra modular."),
    ],
)
def test_experts_as_the_object_are_not_teachers(language: str, text: str) -> None:
    assert judge_statement(text, language) == []


# A place or phase phrase before the learner, with or without a comma ("In this module you will ...",
# "Durante il tirocinio lo studente ..."), and an obligation after the learner ("will have to", "auront à").
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In this module you will design a flood risk assessment for a riverside housing scheme."),
        ("en", "Throughout the course learners keep a reflective log of their coaching sessions."),
        ("en", "Students will have to justify their choice of foundation type in a short design report."),
        ("es", "En este módulo el alumnado diseñará una campaña de reciclaje para un centro educativo."),
        ("es", "Durante las prácticas, los alumnos aplicarán el protocolo de higiene de manos de la OMS."),
        ("es", "Los participantes tendrán que elaborar un plan de autoprotección para un edificio público."),
        ("it", "Durante il tirocinio lo studente applicherà il protocollo di igiene delle mani dell'OMS."),
        ("it", "In cantiere l'allievo esegue una prova di tenuta su un impianto gas."),
        ("it", "Nel corso del progetto i partecipanti progettano una campagna di raccolta differenziata."),
        ("fr", "Pendant le stage, l'apprenant réalise un test d'étanchéité sur une conduite de gaz."),
        ("fr", "Les participants auront à rédiger un compte rendu d'intervention conforme aux exigences du client."),
    ],
)
def test_a_phrase_before_the_learner_and_an_obligation_are_lead_ins(language: str, text: str) -> None:
    assert judge_statement(text, language) == []


def test_an_english_verb_before_a_question_word_is_the_action() -> None:
    assert judge_statement("Determine whether a contractor is an employee for tax purposes.", "en") == []


# Dutch verbs in -aan, -ien and -oen ("opslaan": "slaat"), separable ones too.
@pytest.mark.parametrize(
    "text",
    [
        "Na de training kunnen deelnemers een API-sleutel veilig opslaan in Azure Key Vault.",
        "De deelnemer kan een gesprek aangaan met een boze klant aan de balie.",
    ],
)
def test_dutch_verbs_in_aan_are_verbs(text: str) -> None:
    assert judge_statement(text, "nl") == []
