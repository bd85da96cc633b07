"""The classes of statements the twelfth held-out set (``tests/outcomes_heldout12``: key and transversal competences
as EntreComp, GreenComp, LifeComp, DigComp 2.2, the 2018 Key Competences and ESCO's transversal skills have
micro-credentials teach them) found judged wrong, each with examples the set does not hold, labelled before the
analysis ran on them, and the neighbours that must keep their judgement: a value held, said as the learner's state
("Values the contributions of ...", "schätzen ... wert"), where valuing a thing is an action ("Value a small business
..."); interest as the outcome ("zeigen Interesse an ...", "Toont belangstelling voor ..."), where the interest of
others measured is an action; the importance acknowledged in German ("erkennen den Wert ... an"); the course fostering
("The workshop promotes ...", "Ce module favorise ..."); learners encouraged or invited ("werden ermutigt", "Se invita a
...", "worden gestimuleerd"); a reflexive "se"/"si" after the learner, not the impersonal one of the course's plan
("Los participantes se organizarán ..."); DigComp's "Can, with guidance, ..."; a Dutch second action with "het" as its
object or a prepositional phrase after its infinitive ("... en het terugkoppelen aan ...", "... en de taken verdelen
over ..."); a relative clause listed on after a comma ("a workshop that lasts ..., fits ... and suits ..."), and in
German after a relative pronoun and a comma, its stretches opening with no verb and ending in a finite one ("..., der
... informiert, wenig kostet und ..."); an Italian modal before a passive ("che potrà essere pubblicato"); "Search for
..." as the action.
"""

from __future__ import annotations

from tests.heldout import class_tests

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # A value held, said as the learner's state; valuing a thing is an action.
    ("en", "Values the contributions of every team member in group work.", {VAGUE}),
    ("en", "Value a small business using the discounted cash flow method.", set()),
    ("es", "Valora las aportaciones de los compañeros en el trabajo en grupo.", {VAGUE}),
    ("es", "Valorar el estado nutricional de un paciente con la escala MNA.", set()),
    ("fr", "Valorise les différences culturelles au sein d'une équipe internationale.", {VAGUE}),
    ("fr", "Valoriser les déchets de chantier en les orientant vers une filière de recyclage.", set()),
    ("it", "Valorizza le differenze culturali all'interno di un gruppo internazionale.", {VAGUE}),
    ("it", "Valorizzare i prodotti tipici locali con un piano di marketing digitale.", set()),
    ("de", "Die Lernenden schätzen unterschiedliche Sichtweisen im Team wert.", {VAGUE}),
    ("de", "Die Kosten einer Renovierung anhand eines Angebots schätzen.", set()),
    # Interest as the outcome; the interest of others measured is an action.
    ("de", "Die Teilnehmenden zeigen Interesse an politischen Prozessen in ihrer Gemeinde.", {VAGUE}),
    ("de", "Das Interesse der Kundschaft an einem neuen Produkt mit einer Umfrage ermitteln.", set()),
    ("fr", "Manifester de l'intérêt pour les cultures des pays partenaires.", {VAGUE}),
    ("es", "Mostrar interés por la actualidad política europea.", {VAGUE}),
    ("it", "Mostrare interesse verso le lingue dei paesi vicini.", {VAGUE}),
    ("nl", "Toont belangstelling voor de cultuur van collega's uit andere landen.", {VAGUE}),
    ("nl", "De belangstelling van klanten voor een nieuw product meten met een enquête.", set()),
    ("pl", "Student przejawia zainteresowanie sprawami publicznymi w swojej gminie.", {VAGUE}),
    ("pl", "Bada zainteresowanie klientów nowym produktem za pomocą ankiety.", set()),
    # The importance or value acknowledged, in German; recognising signs stays an action.
    ("de", "Die Lernenden erkennen den Wert interkultureller Teams an.", {VAGUE}),
    ("de", "Die Lernenden erkennen Anzeichen von Stress bei Kolleginnen und Kollegen.", set()),
    # The course fostering; the learner promoting something stays the learner's action.
    ("en", "The workshop promotes intercultural dialogue among participants.", {TEACHER}),
    ("en", "The learner promotes a local cultural event on social media using a content calendar.", set()),
    ("fr", "Ce module favorise l'autonomie des apprenants dans leur apprentissage.", {TEACHER}),
    # Learners encouraged or invited.
    ("de", "Die Lernenden werden ermutigt, eigene Lernziele zu formulieren.", {TEACHER}),
    ("de", "Die Teilnehmenden motivieren ein Team von Freiwilligen mit einem schriftlichen Aufruf.", set()),
    ("es", "Se invita a los alumnos a compartir sus experiencias interculturales.", {TEACHER}),
    ("nl", "De cursisten worden gestimuleerd om hun eigen leerdoelen te formuleren.", {TEACHER}),
    # A reflexive pronoun after the learner; the impersonal one of the course's plan stays the teacher's.
    ("es", "Los participantes se organizarán en equipos para repartir las tareas del proyecto.", set()),
    ("it", "Gli studenti si organizzeranno in gruppi per ripartire i compiti del progetto.", set()),
    ("it", "Lo studente si familiarizzerà con i valori della sostenibilità.", {VAGUE}),
    ("es", "Al final del curso, se trabajará la gestión del tiempo.", {TEACHER}),
    ("it", "Si lavorerà sulla gestione dei conflitti nei gruppi.", {TEACHER}),
    # A framework level's condition between "Can" and the action; "Can" as a noun heads a topic.
    ("en", "Can, with support from a mentor, set up a password manager on a smartphone.", set()),
    ("en", "Can recycling in municipal waste systems.", {NO_VERB}),
    # A Dutch second action with "het" as its object or a prepositional phrase after its infinitive; one action with
    # its phrase stays one.
    ("nl", "De zorgen van een cliënt samenvatten en het terugkoppelen aan het team.", {COMPOUND}),
    ("nl", "Een werkplanning maken en de taken verdelen over het team.", {COMPOUND}),
    ("nl", "Een werkplanning opstellen met hulp van een digitaal planbord.", set()),
    ("nl", "Een klacht afhandelen volgens het protocol van de organisatie.", set()),
    # A relative clause listed on after a comma; the learner's own list stays compound.
    ("en", "Design a workshop that lasts two hours, fits a budget of 300 euros and suits beginners.", set()),
    (
        "fr",
        "Concevoir un atelier qui dure deux heures, respecte un budget de 300 euros et convient aux débutants.",
        set(),
    ),
    ("en", "Design a workshop that lasts two hours, run it with a group of beginners and evaluate it.", {COMPOUND}),
    # A German relative clause listed on after a comma, its stretches opening with no verb and ending in a finite one;
    # listed actions after the clause open with their verb or end in an infinitive.
    (
        "de",
        "Die Lernenden entwerfen einen Flyer, der über die Angebote informiert, wenig kostet und überall verteilt "
        "werden kann.",
        set(),
    ),
    (
        "de",
        "Die Teilnehmenden gestalten ein Plakat, das die Hausregeln erklärt, gut lesbar ist und im Foyer aufgehängt "
        "werden kann.",
        set(),
    ),
    ("de", "Einen Dienstplan erstellen, der alle Schichten abdeckt, Ruhezeiten einhält und dem Team vorliegt.", set()),
    (
        "de",
        "Die Lernenden entwerfen einen Flyer, der über die Angebote informiert, prüfen ihn mit Kunden und "
        "überarbeiten ihn.",
        {COMPOUND},
    ),
    # An Italian modal before a passive is no learner's modal.
    ("it", "Il discente redige un rapporto che potrà essere pubblicato sul sito del comune.", set()),
    ("it", "Il discente potrà redigere un rapporto per il sito del comune.", set()),
    # "Search for" is the action; "Search engine ..." heads a topic.
    ("en", "Search for job vacancies on the EURES portal using filters for country and sector.", set()),
    ("en", "Search engine optimisation for small online shops.", {NO_VERB}),
]

KNOWN_MISSES = [
    # A second English action after "and" whose bare object is a noun ("monitor progress", "track spending") is read
    # as a noun phrase, as "SQL joins and aggregate functions" is.
    ("en", "Collect feedback from users and monitor satisfaction over six months.", {COMPOUND}),
    # Neighbours of the German relative clause listed on, labelled before the analysis ran: 2 of the 6 disagreed, both
    # judged so before the fix too. A listed action after the clause that opens with "die", the plural or feminine
    # article, is read as one more relative clause (its infinitive is also a third person plural, "..., die Kosten
    # senken"); a Polish listed action in the same person as the relative clause's verb is read as going on the clause.
    (
        "de",
        "Einen Flyer entwerfen, der über die Angebote informiert, die Druckkosten kalkulieren und ihn verteilen.",
        {COMPOUND},
    ),
    ("pl", "Projektuje ulotkę, która informuje o ofercie, drukuje ją i rozdaje klientom.", {COMPOUND}),
]


test_each_class_gets_exactly_the_expected_rules, test_known_misses_still_judged_wrong = class_tests(CASES, KNOWN_MISSES)
