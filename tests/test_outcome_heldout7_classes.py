"""The classes of statements the seventh held-out set (``tests/outcomes_heldout7``) found judged wrong, each with
examples the set does not hold, labelled before the analysis ran on them, and the neighbours that must keep their
judgement: a comma or colon inside a number or an inclusive form, negative and participle openings, doubled articles
and certificate holders before the learner, a negated action, "we" in the present tense, a French reflexive of
awareness, an object pronoun before the action after an opening, a Romance learner after an opening that lists items
between commas, a Dutch noun after an inflected adjective or ending in a verb, "and to" before a second action and
the German learner between "sind" and "in der Lage".
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # A comma between digits is a thousands or decimal separator, not the end of an opening; a colon before the
    # feminine ending of an inclusive form is no label.
    ("en", "Given a budget of 25,000 euros, plan the refurbishment of a community kitchen.", set()),
    ("en", "With a tolerance of 0,5 mm, machine a steel shaft on a manual lathe.", set()),
    ("fr", "Avec une précision de 0,1 °C, étalonner une sonde de température de chambre froide.", set()),
    ("de", "Mit Unterstützung der Ausbilder:innen montieren die Lernenden eine Wallbox in einer Garage.", set()),
    ("de", "Bei der Beratung von Kund:innen erklären die Auszubildenden die Tarife eines Stromanbieters.", set()),
    ("en", "Given 10,000 customer reviews, the principles of sentiment analysis.", {NO_VERB}),
    # A negative opening ("without", "sans", "sin", "senza") and an Italian "di fronte a" before the action.
    ("en", "Without using a calculator, estimate the area of an irregular garden plot.", set()),
    ("fr", "Sans aide extérieure, rédiger la lettre de motivation d'une candidature spontanée.", set()),
    ("es", "Sin ayuda del tutor, redactar el acta de una reunión de comunidad de vecinos.", set()),
    ("it", "Senza l'aiuto del tutor, redigere il verbale di una riunione di condominio.", set()),
    ("it", "Di fronte a un cliente insoddisfatto, gestire il reclamo secondo la procedura aziendale.", set()),
    ("it", "Senza l'uso di strumenti digitali, i principi della contabilità di magazzino.", {NO_VERB}),
    # A Romance past participle and its noun's article open the condition ("Ricevuto l'ordine, ...").
    ("it", "Individuato il guasto, sostituire la scheda elettronica della caldaia.", set()),
    ("es", "Recibido el pedido, preparar la mercancía conforme al albarán de entrega.", set()),
    ("it", "Stato dell'arte, strumenti e metodi della ricerca educativa.", {NO_VERB}),
    # Doubled articles and the holder of the certificate before the learner's verb.
    ("es", "Tras la visita, las y los alumnos redactan un informe de impacto ambiental de la obra.", set()),
    ("es", "Los y las participantes elaboran un plan de comunicación para una asociación vecinal.", set()),
    ("fr", "En fin de stage, la ou le stagiaire rédige une fiche de procédure pour le service.", set()),
    ("fr", "Le titulaire du CAP prépare une pâte feuilletée selon la fiche technique.", set()),
    # A negated action, a rule the learner keeps.
    ("en", "The trainee does not administer a controlled drug without a second signature on the chart.", set()),
    ("en", "Do not lift a load of more than 25 kg without a mechanical aid.", set()),
    ("en", "The learner does not understand the principles of lean production.", {VAGUE}),
    # "We" in the present tense, the person in the verb's ending.
    ("es", "Presentamos a los alumnos los principios de la economía social.", {TEACHER}),
    ("it", "Presentiamo ai corsisti i principi dell'economia sociale.", {TEACHER}),
    ("pl", "Wprowadzamy uczestników w zasady ekonomii społecznej.", {TEACHER}),
    ("it", "Possiamo descrivere i principi dell'economia sociale in una breve presentazione.", set()),
    # A French reflexive of awareness is vague; raising others' awareness is an action.
    ("fr", "Se sensibiliser aux risques psychosociaux dans le travail en équipe.", {VAGUE}),
    ("fr", "Sensibiliser les clients d'une agence au tri des déchets ménagers.", set()),
    # An object pronoun before the action after an opening.
    ("fr", "À partir d'un cahier des charges, le compléter avec les exigences de sécurité du client.", set()),
    ("fr", "À partir d'un cahier des charges, le technicien installe une pompe à chaleur.", set()),
    # A Romance learner after an opening that lists items between commas.
    (
        "fr",
        "Conformément au règlement intérieur, aux consignes de sécurité et au plan de prévention, et en lien avec "
        "le tuteur, l'apprenti balise la zone de travail.",
        set(),
    ),
    (
        "it",
        "In base al regolamento, alle norme di sicurezza e al piano di emergenza, e d'intesa con il tutor, "
        "l'apprendista delimita l'area di lavoro.",
        set(),
    ),
    (
        "es",
        "Según el reglamento interno, las normas de seguridad y el plan de emergencia, y de acuerdo con el tutor, "
        "el aprendiz señaliza la zona de trabajo.",
        set(),
    ),
    # "paramétrer" in the third person is the action; "Paramètres" heading a topic has no verb.
    ("fr", "L'apprenant paramètre la messagerie électronique d'un nouveau collaborateur.", set()),
    ("fr", "Paramètres de confidentialité des réseaux sociaux.", {NO_VERB}),
    # A Dutch noun after an inflected adjective, and a compound noun ending in a verb, head a topic.
    ("nl", "Het veilig gebruiken van elektrische handgereedschappen op de bouwplaats.", {NO_VERB}),
    ("nl", "Ontwerpdenken voor sociale innovatie in de wijk.", {NO_VERB}),
    ("nl", "De student legt de werking van duurzame energiesystemen uit aan een klant.", set()),
    ("nl", "De monteur kan een cv-ketel ontkalken volgens de instructies van de fabrikant.", set()),
    ("nl", "De leerling kan een naad in een dunne stalen plaat dichtlassen met een MIG-lasapparaat.", set()),
    # "and to" before a second action is a compound outcome.
    ("en", "The student is able to draft a tenancy agreement and to explain its clauses to the tenant.", {COMPOUND}),
    ("en", "Compare the fuel consumption of the two vehicles to the manufacturer's figures.", set()),
    # The German learner after the verb when an opening comes first: the ability phrase still ends the lead-in.
    (
        "de",
        "Im Praktikum ist der Auszubildende in der Lage, einen Verband anzulegen und die Wunde zu dokumentieren.",
        {COMPOUND},
    ),
    (
        "de",
        "Nach Abschluss des Moduls sind die Teilnehmer*innen in der Lage, eine Gefährdungsbeurteilung zu erstellen.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "wanted"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_class_gets_exactly_the_expected_rules(language: str, text: str, wanted: set[str]) -> None:
    assert judge_with_length(text, language) == wanted
