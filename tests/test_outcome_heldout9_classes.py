"""The classes of statements the ninth held-out set (``tests/outcomes_heldout9``, the grammar of outcomes) found
judged wrong, each with examples the set does not hold, labelled before the analysis ran on them, and the neighbours
that must keep their judgement: an obligation or a conditional before the ability ("debería poder", "dovrebbe
saper"), the expected outcome said impersonally ("Se espera que ...", "Il est attendu de l'étudiant qu'il ...", "Si
richiede allo studente di ..."), learners in inclusive or compound forms ("Les estudiantes", "futur·e",
"student-verpleegkundige", "(m/f/d)", "El/la técnico/a", "X en formación"), a phrase between the learner and the
verb, a Polish learner in the dative, a lower action set aside ("not just ... but ..."), the perfect of the teaching
and of vague wording ("will have been introduced", "will have gained an understanding"), a second action after an
object pronoun ("et la remplace", "y lo pone", "presentárselo", "e ne analizza", "i ją usuwa"), "s'approprier", and
a word of a name before a passive's auxiliary.
"""

from __future__ import annotations

from tests.heldout import class_tests

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # An obligation or a conditional before the ability.
    ("es", "El alumnado debería poder redactar una carta de reclamación a un proveedor.", set()),
    ("es", "Las participantes habrán de ser capaces de montar un andamio tubular.", set()),
    ("es", "El alumno estará capacitado para planificar el menú semanal de un comedor escolar.", set()),
    ("es", "El alumnado debería poder comprender la estructura del sistema fiscal.", {VAGUE}),
    ("it", "Lo studente dovrebbe saper redigere un verbale di assemblea condominiale.", set()),
    ("it", "I corsisti devono poter montare un ponteggio mobile in sicurezza.", set()),
    ("it", "Al termine del corso il tirocinante dovrebbe essere in grado di medicare una ferita chirurgica.", set()),
    ("it", "Lo studente dovrebbe saper comprendere i principi del diritto tributario.", {VAGUE}),
    # The expected outcome said impersonally.
    ("es", "Se espera que la alumna redacte un plan de negocio para una cafetería.", set()),
    ("es", "Se requiere que el alumnado calcule el presupuesto de una boda de cien invitados.", set()),
    ("fr", "On attend des apprenants qu'ils rédigent une fiche technique pour un plat du jour.", set()),
    ("fr", "Il est demandé aux stagiaires de planifier la tournée de trois livreurs.", set()),
    ("it", "Si chiede ai corsisti di compilare il registro delle presenze di un cantiere.", set()),
    ("es", "Se explican los fundamentos del derecho laboral en seis sesiones.", {TEACHER}),
    # Learners in inclusive or compound forms, and learners in training named by their trade.
    ("es", "Les participantes elaboran un plan de comunicación para una asociación vecinal.", set()),
    ("es", "La enfermera en prácticas administra la medicación oral a los pacientes de una planta.", set()),
    ("it", "L'educatore in formazione progetta un laboratorio di lettura per bambini di cinque anni.", set()),
    ("fr", "Le pâtissier en formation réalise une pâte feuilletée en six tours.", set()),
    ("fr", "La ou le futur·e infirmier·ère prépare un pilulier pour une semaine.", set()),
    ("fr", "L'aide-soignant·e installe un résident dans un fauteuil roulant.", set()),
    ("es", "La/el cocinero/a elabora un menú sin gluten para un comedor escolar.", set()),
    ("it", "Il/la cuoco/a prepara un menù senza glutine per una mensa scolastica.", set()),
    ("fr", "Le secteur représente une part importante de l'économie régionale.", {NO_VERB}),
    ("nl", "De student-verpleegkundige stelt een zorgplan op voor een cliënt met dementie.", set()),
    ("nl", "De leerling-monteur sluit een cv-ketel aan op de gasleiding.", set()),
    ("en", "The apprentice (m/f/x) fits a replacement exhaust to a passenger car.", set()),
    ("en", "The learner, under the supervision of a mentor, plans a week of lessons for a Year 5 class.", set()),
    ("en", "The student, with support from the tutor, can draft a grant application for a community project.", set()),
    # The learners in the Polish dative: the teaching given to them.
    ("pl", "Uczestnikom prezentowane są zasady udzielania pierwszej pomocy.", {TEACHER}),
    ("pl", "Studentom przekazywane są podstawy prawa handlowego.", {TEACHER}),
    # A lower action set aside for the outcome; "not only ... but also" adds a second one.
    ("en", "Learners will not merely list the hazards but assess the risk of each on a building site.", set()),
    ("en", "Students will not simply copy the template but adapt it to a client's brief.", set()),
    # The perfect of the teaching and of vague wording.
    ("en", "Participants will have been shown how to set up a laboratory centrifuge.", {TEACHER}),
    ("en", "Learners should have been taught the basics of double-entry bookkeeping.", {TEACHER}),
    # A hyphened word of a name, once read as a phrasal verb ("Start-up" as "start up") before the passive.
    ("en", "The Lean Start-up Method is taught through case studies.", {TEACHER}),
    ("en", "By the end of the module, students will have gained an understanding of EU competition law.", {VAGUE}),
    ("en", "Learners will have acquired a basic knowledge of food allergens.", {VAGUE}),
    # A second action after an object pronoun; an article before a noun stays one action with two objects.
    ("fr", "Le stagiaire rédige un courrier et le transmet au responsable du service.", {COMPOUND}),
    ("fr", "L'apprenti assure le nettoyage et la maintenance des équipements de cuisine.", set()),
    ("es", "La alumna calcula el presupuesto y lo presenta al cliente.", {COMPOUND}),
    ("es", "Redactar un informe técnico y enviárselo al jefe de obra.", {COMPOUND}),
    ("es", "El alumno revisa el motor y la transmisión de un vehículo industrial.", set()),
    ("it", "Lo studente scrive un articolo e lo presenta alla redazione.", {COMPOUND}),
    ("it", "Il tecnico in formazione verifica l'impianto e ne compila il rapporto di collaudo.", {COMPOUND}),
    ("it", "Lo studente progetta l'impianto e la rete di distribuzione di un edificio.", set()),
    ("pl", "Uczeń montuje zawór i go uszczelnia zgodnie z instrukcją.", {COMPOUND}),
    ("pl", "Student projektuje ankietę i jej strukturę dla badania rynku.", set()),
    # "S'approprier" names no observable action.
    ("fr", "Les étudiants s'approprient les méthodes de la recherche qualitative.", {VAGUE}),
    # A word of a name before a passive's auxiliary is no verb of its own.
    (
        "en",
        "Given a patient record, the Early Warning Score can be calculated by the nurse for each observation.",
        set(),
    ),
]

KNOWN_MISSES = [
    # "not only ... but also" is read as no verb first, not as two actions.
    ("en", "Students will not only describe two theories of motivation but also compare them in an essay.", {COMPOUND}),
]


test_each_class_gets_exactly_the_expected_rules, test_known_misses_still_judged_wrong = class_tests(CASES, KNOWN_MISSES)
