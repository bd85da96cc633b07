"""The classes of statements the tenth held-out set (``tests/outcomes_heldout10``: the two ends of the EQF, DigComp
and GreenComp, ESCO labels, standards and product names, outcomes with their assessment) found judged wrong, each
with examples the set does not hold, labelled before the analysis ran on them, and the neighbours that must keep
their judgement: the course, the programme or the provider named with an adjective or in a compound ("The doctoral
programme provides", "Das Promotionsprogramm bietet", "Szkoła doktorska zapewnia"); an English learner after words
that qualify it ("The doctoral candidate", "The Level 3 apprentice") or before an adverb ("critically appraises"); knowledge said to be had whatever its
adjective ("a systematic understanding of", "verfügen über vertiefte Kenntnisse"); a French verb written with a k
("stocke"); an Italian time phrase before a name ("Al termine della qualifica IeFP, ..."); a noun before a name
("Qualifica IeFP di ..."); and the verbs of a relative clause joined by a conjunction, one action, where the
learner's second action keeps its own form or an object pronoun ("... qui recense les dangers et propose ...").
"""

from __future__ import annotations

from tests.heldout import class_tests

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # The course, the programme or the provider named with an adjective or in a compound.
    ("en", "The online course covers the basics of search engine optimisation.", {TEACHER}),
    ("en", "The graduate school offers candidates workshops on academic writing.", {TEACHER}),
    ("de", "Die Graduiertenschule bietet den Promovierenden Kurse in wissenschaftlichem Schreiben an.", {TEACHER}),
    ("de", "Der Onlinekurs behandelt die Grundlagen der Suchmaschinenoptimierung.", {TEACHER}),
    ("fr", "L'école doctorale propose aux doctorants des ateliers d'écriture scientifique.", {TEACHER}),
    ("fr", "Le cours en ligne aborde les bases du référencement naturel.", {TEACHER}),
    ("es", "La escuela de doctorado ofrece a los doctorandos talleres de escritura académica.", {TEACHER}),
    ("es", "El curso en línea aborda los fundamentos del posicionamiento web.", {TEACHER}),
    ("it", "La scuola di dottorato offre ai dottorandi laboratori di scrittura accademica.", {TEACHER}),
    ("nl", "De graduate school biedt promovendi workshops academisch schrijven.", {TEACHER}),
    ("nl", "De onlinecursus behandelt de basis van zoekmachineoptimalisatie.", {TEACHER}),
    ("pl", "Szkoła doktorska oferuje doktorantom warsztaty pisania akademickiego.", {TEACHER}),
    ("pl", "Kurs internetowy obejmuje podstawy pozycjonowania stron.", {TEACHER}),
    # An English learner after words that qualify it.
    ("en", "The PhD student designs a survey instrument for a longitudinal study of school leavers.", set()),
    ("en", "The final-year student prepares a discharge plan for an older patient with heart failure.", set()),
    ("en", "The Level 3 apprentice installs a replacement radiator in a domestic central heating system.", set()),
    ("en", "Doctoral candidates present their research design to a panel of two external reviewers.", set()),
    ("en", "The nursing student is introduced to the hospital's electronic patient record.", {TEACHER}),
    # An adverb between the learner and the verb.
    ("en", "The MSc student critically appraises a systematic review of telehealth interventions.", set()),
    ("en", "The learner safely lifts a patient from bed to chair with a mobile hoist.", set()),
    # Knowledge said to be had, whatever its adjective.
    ("en", "Candidates demonstrate a critical awareness of current problems in medical ethics.", {VAGUE}),
    ("en", "Graduates have an advanced knowledge of EU procurement law.", {VAGUE}),
    ("de", "Die Absolventinnen und Absolventen verfügen über vertiefte Kenntnisse des Vergaberechts.", {VAGUE}),
    ("de", "Die Promovierenden verfügen über die Daten und werten sie mit R 4.3 statistisch aus.", set()),
    # A French verb the dictionary writes with a k; an English name stays no verb.
    ("fr", "L'apprenti stocke les produits d'entretien dans un local ventilé.", set()),
    # An Italian time phrase before a name, and a noun before a name heading a qualification.
    (
        "it",
        "Al termine del corso IFTS, il tecnico in formazione configura un firewall per una piccola rete aziendale.",
        set(),
    ),
    ("it", "Al termine del modulo i corsisti redigono un piano di autocontrollo HACCP.", set()),
    ("it", "Qualifica IeFP di Operatore elettrico (EQF 3, 2970 ore).", {NO_VERB}),
    # The verbs of a relative clause joined by a conjunction; the learner's second action stays one.
    ("en", "The learner writes a risk assessment that identifies the hazards and proposes control measures.", set()),
    ("en", "Write a risk assessment that identifies the hazards and present it to the site manager.", {COMPOUND}),
    (
        "fr",
        "L'apprenant rédige une évaluation des risques qui recense les dangers et propose des mesures de prévention.",
        set(),
    ),
    ("fr", "Le stagiaire rédige un courrier qui résume la réunion et le transmet au responsable.", {COMPOUND}),
    ("fr", "Le doctorant conçoit un protocole qui peut être reproduit par d'autres équipes.", set()),
    (
        "es",
        "El alumno redacta una evaluación de riesgos que identifica los peligros y propone medidas preventivas.",
        set(),
    ),
    (
        "es",
        "Redactar una evaluación de riesgos que identifique los peligros y presentarla al jefe de obra.",
        {COMPOUND},
    ),
    (
        "it",
        "Lo studente redige una valutazione dei rischi che individua i pericoli e propone misure di prevenzione.",
        set(),
    ),
    ("it", "Lo studente redige una valutazione dei rischi e la presenta al capocantiere.", {COMPOUND}),
    ("pl", "Uczeń sporządza ocenę ryzyka, która wskazuje zagrożenia i proponuje środki zapobiegawcze.", set()),
    ("pl", "Uczeń sporządza ocenę ryzyka i przedstawia ją kierownikowi budowy.", {COMPOUND}),
    # "het" between "en" and an infinitive followed only by its prepositional phrase is the object pronoun of a second
    # action (read since the twelfth set, tests/test_outcome_heldout12_classes.py).
    ("nl", "Een offerte opstellen en het versturen naar de klant binnen twee werkdagen.", {COMPOUND}),
]

KNOWN_MISSES = [
    # A researcher is not among the learners' nouns.
    ("en", "Postdoctoral researchers write a grant proposal for a Horizon Europe call.", set()),
]


test_each_class_gets_exactly_the_expected_rules, test_known_misses_still_judged_wrong = class_tests(CASES, KNOWN_MISSES)
