"""The classes of statements the eighth held-out set (``tests/outcomes_heldout8``) found judged wrong, each with
examples the set does not hold, labelled before the analysis ran on them, and the neighbours that must keep their
judgement: a learning activity written as an outcome (attending lectures, taking part in a field trip), outcomes a
shared lead-in's colon opens and semicolons separate, numbered items whose verb neither opens nor closes them, an
infinitive whose irregular participle the lexicon lists ("prendre"), a reference in brackets inside a label, the
learner of vocational schools ("De leerling", "Uczeń"), a Polish third person of an -ać verb and a participle in
-oną, an acronym where the action is expected, "Como ..." opening a Spanish statement and a German label of two
categories ("Kenntnisse und Fertigkeiten:").
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # Attending or taking part in the teaching is a learning activity, not what the learner can do afterwards.
    ("en", "Trainees attend four workshops on customer complaint handling.", {TEACHER}),
    ("en", "Take part in a guided tour of a container terminal in Rotterdam.", {TEACHER}),
    ("en", "Attend to the personal hygiene needs of a bedridden resident with dignity.", set()),
    ("en", "Participate in a multidisciplinary case conference by presenting a resident's care plan.", set()),
    ("de", "Die Auszubildenden besuchen drei Seminare zum Arbeitsschutz auf Baustellen.", {TEACHER}),
    ("de", "Die Teilnehmenden nehmen an einem Webinar zur Datenschutz-Grundverordnung teil.", {TEACHER}),
    ("de", "Die Auszubildenden besuchen einen Kunden und nehmen seine Wünsche für die Küchenplanung auf.", {COMPOUND}),
    ("fr", "Les apprentis assistent à trois ateliers sur la taille de la vigne.", {TEACHER}),
    ("fr", "Participer à une visite guidée d'une station d'épuration.", {TEACHER}),
    ("fr", "Participer à la conception d'un atelier de production de fromage fermier.", set()),
    ("es", "El alumnado asiste a cuatro talleres sobre atención al cliente.", {TEACHER}),
    ("es", "Los aprendices toman parte en una excursión a una bodega de la Rioja.", {TEACHER}),
    ("it", "I corsisti partecipano a un seminario sulla sicurezza nei cantieri.", {TEACHER}),
    ("it", "Gli allievi frequentano un corso di primo soccorso di otto ore.", {TEACHER}),
    ("nl", "De cursisten wonen twee werkcolleges over arbeidsrecht bij.", {TEACHER}),
    ("nl", "De leerlingen nemen deel aan een rondleiding door een distributiecentrum.", {TEACHER}),
    ("pl", "Słuchacze uczestniczą w warsztatach z obsługi klienta.", {TEACHER}),
    ("pl", "Kursanci biorą udział w wycieczce do zakładu przetwórstwa mleka.", {TEACHER}),
    ("de", "Die Studierenden nehmen an wöchentlichen Tutorien zum Strafrecht teil.", {TEACHER}),
    ("fr", "Les étudiants suivent des travaux dirigés hebdomadaires de droit pénal.", {TEACHER}),
    ("it", "Gli studenti partecipano a esercitazioni settimanali di diritto penale.", {TEACHER}),
    ("es", "El alumnado asiste a un taller de primeros auxilios.", {TEACHER}),
    ("nl", "De studenten volgen een training klantgericht werken.", {TEACHER}),
    # Outcomes a shared lead-in's colon opens and semicolons separate are several outcomes in one item; the items
    # of a list that an action's colon opens are its objects.
    ("en", "Learners will be able to: prune a hedge with powered shears; sharpen the blades of a mower.", {COMPOUND}),
    ("en", "Use the following hand tools safely: a chisel; a mallet; a tenon saw.", set()),
    ("fr", "L'apprenti sera capable de : tailler une haie ; affûter les lames d'une tondeuse.", {COMPOUND}),
    ("es", "El alumno será capaz de: podar un seto; afilar las cuchillas de un cortacésped.", {COMPOUND}),
    ("it", "L'allievo sarà in grado di: potare una siepe; affilare le lame di un tosaerba.", {COMPOUND}),
    ("de", "Die Lernenden können: eine Hecke schneiden; die Messer eines Rasenmähers schärfen.", {COMPOUND}),
    ("nl", "De leerling kan: een heg snoeien; de messen van een grasmaaier slijpen.", {COMPOUND}),
    ("pl", "Uczeń potrafi: przyciąć żywopłot; naostrzyć noże kosiarki.", {COMPOUND}),
    (
        "en",
        "On completion the student will be able to: prepare a hazard log for a small farm (e.g. machinery; "
        "livestock; chemicals).",
        set(),
    ),
    # Numbered items are outcomes whatever the place of their verb.
    ("nl", "1) Een wond reinigen. 2) Het verband wisselen volgens het protocol van de afdeling.", {COMPOUND}),
    ("de", "1) Einen Verband anlegen. 2) Den Verbandswechsel in der Pflegedokumentation festhalten.", {COMPOUND}),
    # An infinitive whose irregular participle the lexicon lists is a verb ("pris" -> "prendre", "messo" -> "mettere").
    ("fr", "Prendre les mesures d'un client pour la confection d'une veste sur mesure.", set()),
    ("fr", "Mettre en service une pompe à chaleur air-eau selon la notice du fabricant.", set()),
    ("fr", "Prendre la température d'un nourrisson et consigner le résultat dans le carnet de santé.", {COMPOUND}),
    ("it", "Prendere le misure di un cliente per il confezionamento di una giacca su misura.", set()),
    ("es", "Poner en marcha una bomba de calor según las instrucciones del fabricante.", set()),
    # A reference in brackets does not lengthen the label before the learner.
    ("fr", "Compétence 2 (voir référentiel, bloc 3) : l'apprenti pose une cloison en plaques de plâtre.", set()),
    ("it", "Risultato 5 (rif. scheda SUA, quadro A4.b): lo studente redige un parere legale.", set()),
    ("es", "Resultado 2 (ver memoria verificada, apdo. 3): el alumno redacta un dictamen jurídico.", set()),
    # The learner of vocational schools.
    ("nl", "De leerling monteert een mengkraan en controleert de aansluiting op lekkage.", {COMPOUND}),
    ("nl", "De leerlingen bereiden een driegangenmenu voor zes personen.", set()),
    ("pl", "Uczeń montuje baterię umywalkową zgodnie z instrukcją producenta.", set()),
    ("pl", "Uczennica sporządza kosztorys remontu łazienki i przedstawia go klientowi.", {COMPOUND}),
    # A Polish third person of an -ać verb the lemmatiser knows only as its infinitive; a participle in -oną.
    ("pl", "Student wypełnia kartę obserwacji pacjenta po zabiegu.", set()),
    ("pl", "Uczestnik przechowuje żywność mrożoną i chłodzoną zgodnie z zasadami HACCP.", set()),
    # An acronym where the action is expected names a model or a method.
    ("es", "Métodos de valoración de existencias: FIFO, PMP y coste estándar.", {NO_VERB}),
    ("it", "Gestione del magazzino: FIFO, LIFO e scorte di sicurezza.", {NO_VERB}),
    ("en", "HACCP: identify the critical control points of a cook-chill process.", set()),
    # "Como ..." opens a Spanish statement as the role the learner acts in.
    ("es", "Como responsable de almacén, el alumno organiza el inventario anual de un almacén de recambios.", set()),
    (
        "es",
        "Como parte de un equipo de enfermería, administrar la medicación oral a los pacientes de una planta.",
        set(),
    ),
    # A German label of two categories; knowledge heading a topic stays no outcome.
    ("de", "Wissen und Verstehen: Die Studierenden erläutern die Grundsätze des Verwaltungsverfahrens.", set()),
    ("de", "Kenntnisse und Fertigkeiten: die Lernenden montieren eine Unterputzdose in einer Ziegelwand.", set()),
    ("de", "Kenntnisse über die Grundlagen des Verwaltungsverfahrens.", {VAGUE}),
]


@pytest.mark.parametrize(("language", "text", "wanted"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_class_gets_exactly_the_expected_rules(language: str, text: str, wanted: set[str]) -> None:
    assert judge_with_length(text, language) == wanted
