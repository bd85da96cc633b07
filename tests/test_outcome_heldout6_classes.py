"""The classes of statements the sixth held-out set (``tests/outcomes_heldout6``) found judged wrong, each with
examples the set does not hold, labelled before the analysis ran on them, and the neighbours that must keep their
judgement: a citation's commas inside an opening, machine-translated ability phrases, a label before the learner,
awareness in the second person, entry requirements, the teacher after an opening, the module as the subject of its
assessment, a repeated separable verb, "draw up" after "and", the cadet as the learner, "Wissen:" heading a topic,
a Polish ability phrase before a verbal noun, a light verb with its object and a German adjective between a
preposition and its noun.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # A comma inside brackets (a citation) does not close the opening before the action.
    (
        "fr",
        "Au vu de la jurisprudence (CE, 5 mars 2003, n° 241325), qualifier la faute commise par un agent public.",
        set(),
    ),
    (
        "it",
        "Alla luce della normativa (d.lgs. 81/2008, art. 28, c. 2), redigere il documento di valutazione dei rischi.",
        set(),
    ),
    (
        "es",
        "Con base en la doctrina (Díez-Picazo, 2007, p. 45), redactar un dictamen sobre la nulidad del contrato.",
        set(),
    ),
    (
        "en",
        "Using the guidance (NICE, 2019, section 1.4), prescribe an inhaler regimen for an adult with asthma.",
        set(),
    ),
    # Ability phrases as machine translation writes them.
    ("en", "The participant is capable to calibrate a pressure gauge against a dead-weight tester.", set()),
    ("es", "La persona participante será capaz para calibrar un manómetro con una balanza de pesos muertos.", set()),
    ("it", "Il partecipante sarà capace a calibrare un manometro con una bilancia a pesi morti.", set()),
    # A label, then the learner, then a verb only the morphology knows.
    ("es", "Destrezas: el alumno injerta un rosal de pie franco en escudete.", set()),
    ("fr", "Aptitudes : l'apprenti greffe un rosier en écusson sur un porte-greffe.", set()),
    # Awareness and acquired knowledge in the second person or the future perfect.
    ("es", "Tomarás conciencia de los riesgos del trabajo en altura.", {VAGUE}),
    ("it", "Prenderete coscienza dei rischi del lavoro in quota.", {VAGUE}),
    ("it", "Lo studente avrà acquisito una buona conoscenza delle norme antincendio.", {VAGUE}),
    ("fr", "Vous serez sensibilisés aux risques du travail en hauteur.", {VAGUE}),
    ("pl", "Uczestnik uświadamia sobie zagrożenia pracy na wysokości.", {VAGUE}),
    # An entry requirement is not an outcome, in every language.
    ("en", "Candidates must have completed a first aid at work course within the last three years.", {TEACHER}),
    ("de", "Bewerber müssen einen Nachweis über eine abgeschlossene Berufsausbildung einreichen.", {TEACHER}),
    ("fr", "Le candidat doit justifier d'une expérience professionnelle de deux ans dans le secteur.", {TEACHER}),
    ("es", "Los solicitantes deben haber superado un curso de prevención de riesgos laborales.", {TEACHER}),
    ("it", "Il richiedente deve essere in possesso del diploma di scuola secondaria superiore.", {TEACHER}),
    ("nl", "Aanmelders moeten bij de inschrijving beschikken over een rijbewijs B.", {TEACHER}),
    ("pl", "Kandydat musi posiadać aktualne orzeczenie lekarskie o zdolności do pracy na wysokości.", {TEACHER}),
    # ... while a candidate's ability is one.
    ("en", "Candidates must be able to calculate the safe working load of a two-leg sling.", set()),
    # The teacher as the subject after an opening.
    ("de", "In der Übung erklärt die Dozentin die Berechnung von Durchlaufträgern.", {TEACHER}),
    ("nl", "In de les bespreekt de docent de berekening van doorgaande liggers.", {TEACHER}),
    ("pl", "W trakcie zajęć wykładowca omawia obliczanie belek ciągłych.", {TEACHER}),
    ("it", "Nel corso delle esercitazioni il docente spiega il calcolo delle travi continue.", {TEACHER}),
    ("es", "En el aula, la instructora explica el cálculo de vigas continuas.", {TEACHER}),
    # ... while the teacher in a prepositional phrase leaves the learner the subject.
    ("de", "In Absprache mit der Ausbilderin plant der Auszubildende die Montage einer Photovoltaikanlage.", set()),
    ("nl", "Tijdens de stage demonstreert de student de montage van een zonnepaneel.", set()),
    ("pl", "Podczas praktyk student demonstruje montaż panelu fotowoltaicznego.", set()),
    # The module as the subject of its assessment.
    ("de", "Der Kurs wird mit einer praktischen Prüfung abgeschlossen.", {TEACHER}),
    ("nl", "Deze eenheid behandelt de grondbeginselen van het zeerecht.", {TEACHER}),
    # A separable verb repeated: each has its own particle.
    ("nl", "De student stelt de schade vast en stelt een herstelplan op.", {COMPOUND}),
    ("nl", "De student stelt een herstelplan op voor een beschadigde gevel.", set()),
    # "Draw up" after "and" is a second action; an officer cadet is the learner.
    ("en", "Inspect the scaffold and draw up a list of defects for the site manager.", {COMPOUND}),
    ("en", "The officer cadet plans a night navigation exercise for a section of eight soldiers.", set()),
    # "Wissen:" / "Kenntnisse:" heading a topic: a label, no verb; "Verstehen:" stays the vague verb.
    ("de", "Kenntnisse: Grundlagen der Seeschifffahrtsstraßen-Ordnung und der Kollisionsverhütungsregeln.", {NO_VERB}),
    ("de", "Wissen: Aufbau und Funktion einer Wärmepumpe.", {NO_VERB}),
    ("de", "Verstehen: die Grundlagen der Seeschifffahrtsstraßen-Ordnung.", {VAGUE}),
    ("de", "Wissen: Die Lernenden erläutern den Aufbau einer Wärmepumpe.", set()),
    # A Polish ability phrase before a verbal noun: the verbal noun names the action.
    ("pl", "Absolwent jest zdolny do sporządzenia biznesplanu dla małej firmy usługowej.", set()),
    ("pl", "Uczestnicy są zdolni do użycia defibrylatora AED u dorosłego pacjenta.", set()),
    ("pl", "Student jest zdolny do pracy w zespole projektowym.", {NO_VERB}),
    # A light verb with its object is the action; gaining experience stays vague.
    ("de", "Die Auszubildenden machen eine Bestandsaufnahme des Ersatzteillagers einer Kfz-Werkstatt.", set()),
    ("it", "Lo studente sa fare una sintesi di un articolo scientifico in lingua inglese.", set()),
    ("de", "Die Teilnehmenden sammeln praktische Erfahrungen in der Pflege älterer Menschen.", {VAGUE}),
    ("it", "Il tirocinante farà esperienza del lavoro in un reparto di pronto soccorso.", {VAGUE}),
    # A German adjective between a preposition and its noun is no infinitive ("modernen", "deutschen").
    ("de", "Kenntnisse: Grundlagen der Seeschifffahrt auf deutschen Küstengewässern.", {NO_VERB}),
    ("de", "Grundlagen der Datenanalyse mit modernen Werkzeugen der Statistik.", {NO_VERB}),
    ("de", "Die Studierenden werten Messdaten mit statistischen Verfahren aus.", set()),
    ("de", "Die Auszubildenden können Bauteile nach technischen Zeichnungen montieren.", set()),
]


@pytest.mark.parametrize(("language", "text", "wanted"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_statement_gets_the_rule_an_expert_expects(language: str, text: str, wanted: set[str]) -> None:
    assert judge_with_length(text, language) == wanted
