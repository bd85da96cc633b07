"""The classes of statements the eleventh held-out set (``tests/outcomes_heldout11``: micro-credentials in health and
care, agriculture, tourism, construction and crafts, public administration, teacher training and the arts; criteria and
conditions; "and/or", slashes and brackets; negations and entry requirements; questions and competence headings;
reflexive and separable verbs) found judged wrong, each with examples the set does not hold, labelled before the
analysis ran on them, and the neighbours that must keep their judgement: learners named by a trade or profession the
lexicon lists ("The electrician tests ...", "Healthcare assistants change ...", "Le plombier remplace ...", "Il
falegname monta ..."), where a thing or a topic as the subject stays no verb ("The inverter converts ...", "Le capteur mesure ..."), and
by the whole name where its head also names a thing ("The mountain guide checks ...", "L'agent d'accueil oriente ...",
where "The user guide explains ..." and "L'agent chimique attaque ..." stay no verb; labelled before the analysis
ran, none of the 8 disagreed); two actions with only a
slash between them ("Create/update ...", where "read/write access" and "a hedge trimmer/mower" are one); a second action
in brackets opened by a conjunction ("(and review it with ...)", where "(and its method statement)" adds none); an entry
requirement in the verb-anywhere languages ("Grundkenntnisse ... werden vorausgesetzt", "Wymagana jest ..."); a
question; a reflexive verb after a plural trade ("Les soudeurs se protègent ..."); the teaching in the Polish impersonal
"-no/-to" ("Omówiono ..."), in a Dutch passive after an opening ("wordt de cursisten uitgelegd") and in a Spanish future
with "se" after an opening; verbs the lemmatiser does not lead back ("Dar", "trait", "instruit"); an Italian opening
with an elided preposition ("All'inizio del turno, ..."); a student teacher in Spanish ("El docente en prácticas").
"""

from __future__ import annotations

from tests.heldout import class_tests

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # Learners named by a trade or profession the lexicon lists; a thing or a topic as the subject stays no verb.
    ("en", "The electrician tests a residual current device with a multifunction tester.", set()),
    (
        "en",
        "The trainee dental nurse sterilises hand instruments in an autoclave following the practice protocol.",
        set(),
    ),
    ("en", "A qualified beekeeper inspects a hive for signs of American foulbrood.", set()),
    ("en", "The inverter converts direct current from the panels into alternating current.", {NO_VERB}),
    ("en", "Healthcare assistants change the dressing of a superficial wound under supervision.", set()),
    ("en", "Landscapers lay a patio of natural stone slabs on a mortar bed.", set()),
    ("en", "Sensors measure the temperature of the cold room every ten minutes.", {NO_VERB}),
    ("fr", "Le plombier remplace un chauffe-eau électrique dans une maison individuelle.", set()),
    ("fr", "La boulangère façonne des baguettes de 250 g avec une régularité de ±10 g.", set()),
    ("fr", "Le capteur mesure la température de l'air toutes les dix minutes.", {NO_VERB}),
    ("es", "El fontanero sustituye un calentador eléctrico en una vivienda unifamiliar.", set()),
    ("es", "La peluquera aplica un tinte permanente siguiendo la ficha técnica del fabricante.", set()),
    ("it", "Il falegname monta una porta scorrevole in un appartamento al secondo piano.", set()),
    ("it", "L'infermiera somministra la terapia orale secondo il piano terapeutico.", set()),
    ("it", "Il settore rappresenta il 12 % del prodotto interno lordo regionale.", {NO_VERB}),
    # A trade named by a word that alone also names a thing ("guide", "agent", "técnica"), in its whole name; the thing
    # as the subject stays no verb.
    ("fr", "L'agent d'accueil oriente un visiteur vers le service compétent.", set()),
    ("en", "The mountain guide checks each client's harness before the climb.", set()),
    ("en", "The travel agent books a rail journey with two changes for a client who uses a wheelchair.", set()),
    ("es", "El guía de montaña comprueba el equipo de cada cliente antes de la ascensión.", set()),
    ("it", "La guida alpina controlla l'imbracatura di ogni cliente prima della salita.", set()),
    ("en", "The user guide explains how to reset the router to its factory settings.", {NO_VERB}),
    ("fr", "L'agent chimique attaque la couche de zinc de la tôle.", {NO_VERB}),
    ("es", "La técnica de PCR amplifica fragmentos cortos de ADN.", {NO_VERB}),
    # Two actions with only a slash between them; a slash between nouns, in a name or between reverses is one.
    ("en", "Create/update customer records in the CRM system after each call.", {COMPOUND}),
    ("en", "Configure read/write access to a shared folder for a project team.", set()),
    ("de", "Kundendaten nach jedem Anruf im CRM-System anlegen/aktualisieren.", {COMPOUND}),
    ("fr", "Créer/mettre à jour les fiches clients dans le logiciel de gestion après chaque appel.", {COMPOUND}),
    ("es", "Montar/desmontar un andamio tubular de fachada según el manual del fabricante.", set()),
    ("nl", "Klantgegevens na elk gesprek in het CRM-systeem invoeren/bijwerken.", {COMPOUND}),
    ("pl", "Założyć/zaktualizować kartę klienta w systemie CRM po każdej rozmowie.", {COMPOUND}),
    ("it", "Utilizzare un decespugliatore/tosaerba in sicurezza su un terreno in pendenza.", set()),
    # A second action in brackets opened by a conjunction; a noun in such brackets adds none.
    ("en", "Prepare a site risk assessment (and review it with the site manager) before work starts.", {COMPOUND}),
    ("en", "Prepare a site risk assessment (and its method statement) before work starts.", set()),
    ("fr", "Rédiger un compte rendu d'intervention (et le transmettre au client) à la fin du chantier.", {COMPOUND}),
    ("it", "Redigere il verbale di consegna (e inviarlo al cliente) al termine del lavoro.", {COMPOUND}),
    ("de", "Ein Übergabeprotokoll erstellen (und es dem Kunden zur Unterschrift vorlegen).", {COMPOUND}),
    ("pl", "Sporządzić protokół odbioru (i przekazać go klientowi) po zakończeniu prac.", {COMPOUND}),
    # An entry requirement where the verb may stand anywhere; a requirement inside an outcome's clause stays one.
    ("de", "Grundkenntnisse in der Tabellenkalkulation werden vorausgesetzt.", {NO_VERB}),
    ("nl", "Voor deze module is basiskennis van Excel aanbevolen.", {NO_VERB}),
    ("pl", "Wymagana jest podstawowa znajomość arkusza kalkulacyjnego.", {NO_VERB}),
    ("pl", "Nie wymaga się wcześniejszego doświadczenia w spawaniu.", {NO_VERB}),
    ("nl", "De student stelt vast welke vergunningen vereist zijn voor een verbouwing.", set()),
    ("de", "Die Lernenden ermitteln, welche Genehmigungen für einen Umbau erforderlich sind.", set()),
    # A question asks for a topic.
    ("en", "How does a heat pump work in winter?", {NO_VERB}),
    ("fr", "Comment fonctionne une pompe à chaleur en hiver ?", {NO_VERB}),
    ("nl", "Hoe werkt een warmtepomp in de winter?", {NO_VERB}),
    ("pl", "Jak działa pompa ciepła w zimie?", {NO_VERB}),
    # A reflexive verb after a plural trade, before its preposition.
    ("fr", "Les soudeurs se protègent des fumées avec un masque à adduction d'air.", set()),
    ("es", "Las camareras se coordinan con la cocina durante el servicio de banquetes.", set()),
    ("it", "I muratori si assicurano della stabilità del ponteggio prima di salirvi.", set()),
    # The teaching said impersonally, in a passive after an opening, or as the course's plan after an opening.
    ("pl", "Uczestnikom przedstawiono zasady udzielania pierwszej pomocy.", {TEACHER}),
    ("pl", "Na zajęciach zaprezentowano metody oceny ryzyka zawodowego.", {TEACHER}),
    ("nl", "In de eerste les wordt de cursisten uitgelegd hoe een offerte is opgebouwd.", {TEACHER}),
    ("es", "A lo largo del taller se explicarán a los asistentes las técnicas de poda.", {TEACHER}),
    # Verbs the lemmatiser does not lead back to their infinitive, and an opening with an elided preposition.
    ("es", "Dar instrucciones claras a un paciente sobre la dieta sin sal.", set()),
    ("fr", "Le stagiaire instruit un dossier de demande de subvention selon la procédure du service.", set()),
    ("it", "All'inizio del turno, l'allievo controlla la temperatura dei frigoriferi.", set()),
    ("it", "Sull'impalcatura, l'apprendista verifica gli ancoraggi prima di iniziare il lavoro.", set()),
    # A student teacher is the learner; the teacher presenting stays the teacher's wording.
    ("es", "El docente en prácticas diseña una rúbrica para evaluar una exposición oral.", set()),
    ("es", "El docente presenta los contenidos de la unidad didáctica.", {TEACHER}),
    # Being familiar with, in the infinitive.
    ("pl", "Być zaznajomionym z przepisami prawa pracy dotyczącymi czasu pracy.", {VAGUE}),
]

KNOWN_MISSES = [
    # A noun that names a person and a thing without a word of the trade's name ("La guide ...", the person by the
    # feminine article only): as the subject it is read as a topic.
    ("fr", "La guide vérifie le baudrier de chaque client avant l'ascension.", set()),
]


test_each_class_gets_exactly_the_expected_rules, test_known_misses_still_judged_wrong = class_tests(CASES, KNOWN_MISSES)
