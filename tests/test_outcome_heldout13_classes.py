"""The classes of statements the thirteenth held-out set (``tests/outcomes_heldout13``: outcomes drafted with text
generators and Bloom verb lists) found judged wrong, each with examples the set does not hold, labelled before the
analysis ran on them, and the neighbours that must keep their judgement: immersion in a field ("Dive into ...", "sich
... vertiefen", "s'immerger", "adentrarse", "addentrarsi", "duik je in", "zanurzyć się"); a field as a whole
discovered, explored, navigated, unlocked or mastered ("Discover the secrets of ...", "Master the fundamentals of
...", "Percer les secrets", "Esplorare il potenziale"), where the same verbs with a thing are actions; experience
gained; knowledge, understanding or insight gained with verbs and adjectives the lexicons did not list ("une
compréhension fine", "nuevas perspectivas", "spunti", "begrip ontwikkelen", "poszerzyć wiedzę", "wgląd"); a mindset
or attitude cultivated; the course or the provider's own courses enabling or offering ("This bootcamp empowers ...",
"Unsere Online-Seminare vermitteln ...", "Nos formations permettent ...", "Nasze szkolenia zapewniają ..."); learners
guided through the teaching in Dutch; "prepared/equipped for" before the action as a lead-in in French, Spanish and
Italian; the generators' "harness", "leverage" and "foster" with their object as actions; a Dutch infinitive used as
a noun after a preposition and two joined adjectives ("tussen formeel en informeel leren"); a vague phrase that holds
a knowledge verb ("Het volle potentieel van ... benutten"), where knowledge put to use stays an action.
"""

from __future__ import annotations

from tests.heldout import class_tests

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # Immersion in a field; diving to a depth stays an action.
    ("en", "Dive into the world of cloud-native application development.", {VAGUE}),
    ("en", "Immerse yourself in the culture of Spanish-speaking countries.", {VAGUE}),
    ("de", "Die Lernenden vertiefen sich in die Grundlagen der Finanzbuchhaltung.", {VAGUE}),
    ("fr", "S'immerger dans l'univers de la cybersécurité.", {VAGUE}),
    ("es", "Adentrarse en el mundo de la analítica web.", {VAGUE}),
    ("it", "Addentrarsi nel mondo della contabilità aziendale.", {VAGUE}),
    ("nl", "In deze module duik je diep in de basisprincipes van de boekhouding.", {VAGUE}),
    ("pl", "Zanurzyć się w świat analityki internetowej.", {VAGUE}),
    # A field as a whole discovered, explored, navigated or mastered; the same verbs with a thing stay actions.
    ("en", "Discover the secrets of successful social media advertising.", {VAGUE}),
    ("en", "Master the fundamentals of financial accounting.", {VAGUE}),
    ("en", "Navigate the evolving world of sustainable finance.", {VAGUE}),
    ("en", "Navigate an electronic health record to retrieve a patient's latest laboratory results.", set()),
    ("en", "Apply master data management principles to a product catalogue of 5,000 items.", set()),
    ("de", "Die faszinierende Welt der Robotik entdecken.", {VAGUE}),
    ("de", "Die Teilnehmenden entdecken die Geheimnisse guter Fotografie.", {VAGUE}),
    ("de", "Sicherheitslücken in einer Webanwendung mit OWASP ZAP entdecken.", set()),
    ("fr", "Explorer l'univers passionnant de la robotique.", {VAGUE}),
    ("fr", "Percer les secrets d'une photographie réussie.", {VAGUE}),
    ("es", "Descubrir los secretos de la fotografía profesional.", {VAGUE}),
    ("es", "Explorar un conjunto de datos de clientes con pandas para detectar valores atípicos.", set()),
    ("it", "Scoprire i segreti della fotografia professionale.", {VAGUE}),
    ("it", "Esplorare il potenziale dell'intelligenza artificiale generativa.", {VAGUE}),
    ("it", "Liberare una via aerea ostruita con la manovra di Heimlich.", set()),
    ("nl", "De geheimen van professionele fotografie ontdekken.", {VAGUE}),
    ("nl", "Fouten in een webapplicatie ontdekken met OWASP ZAP.", set()),
    ("pl", "Odkryć tajniki profesjonalnej fotografii.", {VAGUE}),
    ("pl", "Odkryć przyczynę awarii pompy na podstawie dziennika zdarzeń.", set()),
    # Experience gained; the experience of others recorded, or an experiment, stays an action.
    ("en", "Acquire practical experience with container orchestration.", {VAGUE}),
    ("en", "Document the work experience of applicants in a structured interview form.", set()),
    ("fr", "Obtenir une première expérience de la vente en magasin.", {VAGUE}),
    ("fr", "Réaliser une expérience de titrage acide-base en respectant les consignes de sécurité.", set()),
    ("es", "Ganar experiencia en la atención al cliente.", {VAGUE}),
    ("es", "Evaluar la experiencia de usuario de una aplicación móvil con el cuestionario SUS.", set()),
    ("nl", "Werkervaring opdoen in een zorginstelling.", {VAGUE}),
    ("nl", "De werkervaring van sollicitanten vastleggen in een gestructureerd formulier.", set()),
    ("pl", "Zdobywa doświadczenie w obsłudze klienta.", {VAGUE}),
    # Knowledge, understanding or insight gained.
    ("fr", "Développer une compréhension fine des marchés financiers.", {VAGUE}),
    ("es", "Obtener nuevas perspectivas sobre la gestión del talento.", {VAGUE}),
    ("it", "Ottenere utili spunti sulla gestione dei talenti.", {VAGUE}),
    ("nl", "Een breed begrip ontwikkelen van de Europese energiemarkt.", {VAGUE}),
    ("pl", "Poszerzyć wiedzę o rynkach finansowych.", {VAGUE}),
    ("pl", "Uzyskać wgląd w zachowania konsumentów.", {VAGUE}),
    # A mindset or an attitude cultivated; a plan developed stays an action.
    ("en", "Develop an entrepreneurial mindset through real-world challenges.", {VAGUE}),
    ("en", "Adopt a positive attitude towards feedback.", {VAGUE}),
    ("en", "Develop a marketing plan for a new product using the 4P framework.", set()),
    # The course or the provider's courses enabling or offering; the learner offering stays the learner's action.
    ("en", "This bootcamp empowers participants to build full-stack web applications.", {TEACHER}),
    ("en", "Our masterclasses offer insider tips from industry leaders.", {TEACHER}),
    ("en", "The learner offers a customer three suitable insurance products based on a needs analysis.", set()),
    ("de", "Unsere Online-Seminare vermitteln praxisnahes Wissen zur Digitalisierung.", {TEACHER}),
    ("de", "Das Training ermöglicht den Teilnehmenden, eigene Projekte zu planen.", {TEACHER}),
    ("fr", "Nos formations permettent aux salariés de monter en compétences sur l'IA.", {TEACHER}),
    ("fr", "Ces ateliers proposent des mises en situation concrètes.", {TEACHER}),
    ("es", "Nuestros cursos ofrecen una formación práctica en marketing digital.", {TEACHER}),
    ("it", "I nostri corsi offrono una formazione pratica nel marketing digitale.", {TEACHER}),
    ("nl", "Onze trainingen bieden praktische handvatten voor leidinggevenden.", {TEACHER}),
    ("nl", "De cursisten worden door een ervaren coach door het volledige sollicitatieproces geleid.", {TEACHER}),
    ("pl", "Nasze szkolenia zapewniają praktyczną wiedzę z zakresu marketingu.", {TEACHER}),
    ("pl", "Ten moduł pozwala uczestnikom poznać podstawy rachunkowości.", {TEACHER}),
    # Prepared or equipped for the action: a lead-in.
    (
        "fr",
        "Les stagiaires seront préparés pour accueillir un client au téléphone selon la charte de l'entreprise.",
        set(),
    ),
    ("es", "Al finalizar, el alumnado estará preparado para redactar un contrato de arrendamiento sencillo.", set()),
    (
        "it",
        "Al termine, i corsisti saranno preparati a gestire un reclamo telefonico secondo il protocollo aziendale.",
        set(),
    ),
    # The generators' verbs with their object are actions.
    ("en", "Harness open-source GIS software to map flood risk zones in a river basin.", set()),
    ("en", "Leverage customer feedback to prioritise features in a product roadmap.", set()),
    ("en", "Foster collaboration in a remote team by setting up a shared digital whiteboard.", set()),
    # A Dutch infinitive used as a noun after a preposition and two joined adjectives; learning a language stays vague.
    ("nl", "De verschillen tussen formeel en informeel leren beschrijven aan de hand van twee voorbeelden.", set()),
    ("nl", "Voorbeelden geven van zelfstandig en coöperatief leren in het basisonderwijs.", set()),
    ("nl", "Zelfstandig en veilig leren werken met een heftruck.", {VAGUE}),
    # A vague phrase that holds a knowledge verb; knowledge put to use stays an action.
    ("nl", "Het volle potentieel van sociale media benutten.", {VAGUE}),
    ("nl", "Kennis van de bouwregelgeving toepassen bij het beoordelen van een bouwaanvraag.", set()),
]

KNOWN_MISSES = [
    # Labelled as a neighbour of the immersion class: an English base form outside the lexicon followed by a preposition,
    # not an article ("Dive to a depth ..."), is not read as a verb when the statement stands alone (among imperatives it
    # is); diving into a field stays vague.
    ("en", "Dive to a depth of 18 metres with a buddy following the PADI Open Water procedures.", set()),
    # A Dutch infinitive used as a noun after two joined words that the analysis does not know as adjectives, a past
    # participle ("gesuperviseerd") or a word the lemmatiser lacks ("synchroon"), is read as the vague verb "leren".
    ("nl", "Het verschil tussen synchroon en asynchroon leren toelichten met een voorbeeld uit de praktijk.", set()),
]


test_each_class_gets_exactly_the_expected_rules, test_known_misses_still_judged_wrong = class_tests(CASES, KNOWN_MISSES)
