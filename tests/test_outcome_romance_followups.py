"""Three classes of Romance outcomes left open by the morning's Portuguese work, each labelled before it ran.

Labels come from eu-framework.md section 5 (an outcome names what the learner does with an observable verb; a course
aim or a title is no outcome), written before the checker was run on them. ``DEV`` statements were looked at while
fixing; ``HELD_BACK`` ones, of the same classes, were not. At the first run 24 of 74 disagreed, all the checker's
fault but two, which stay strict xfails (``OPEN``): "Proporcionar a los alumnos ..." (labelled teacher-centred, but
"alumnos" are as often a future teacher's pupils, "Dar al alumnado una retroalimentación ..." being a good held-out
outcome: only the descriptor's context could tell) and the English control "Support pupils in ..." (an English base
form outside the lexicon before a bare noun is not read as a verb: outside these three classes).

1. A title opening with a noun that is also an infinitive ("Militar", "Poder", "Dovere", "Le savoir"), joined by
   "e"/"y"/"et" to a bare noun, has no action (MC-LO-001); an infinitive with its object ("Gerir equipas e projetos")
   is one.
2. A relative clause whose verb takes a preposition before its infinitives ("che permettano di ridurre ... e
   aumentare ...", "qui permettent de réduire ... et d'augmenter ...") adds no action (no MC-LO-004).
3. The course's aim as an action on its learners ("Dotar a los participantes de ...", "Fornire ai partecipanti ...",
   "Sensibiliser les stagiaires à ...") is teacher-centred (MC-LO-003); a teacher in training acting on pupils
   ("Accompagner les élèves ...") is not.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

NONE: frozenset[str] = frozenset()
NO_VERB = frozenset({"MC-LO-001"})
COMPOUND = frozenset({"MC-LO-004"})
TEACHER = frozenset({"MC-LO-003"})

TITLES_DEV = [
    ("pt", "Militar e sociedade na Europa contemporânea", NO_VERB),
    ("pt", "Jantar e convívio na restauração tradicional", NO_VERB),
    ("pt", "Poder e cidadania no Portugal moderno", NO_VERB),
    ("pt", "Dever e responsabilidade na prática clínica", NO_VERB),
    ("es", "Poder y sociedad en la Edad Media", NO_VERB),
    ("es", "Deber y derecho en la ética profesional", NO_VERB),
    ("es", "Saber y sociedad en la Ilustración", NO_VERB),
    ("it", "Dovere e piacere nella letteratura del Settecento", NO_VERB),
    ("it", "Potere e istituzioni nell'Italia repubblicana", NO_VERB),
    ("fr", "Le savoir et la société au XVIIIe siècle", NO_VERB),
    ("fr", "Pouvoir et société dans la France moderne", NO_VERB),
    ("fr", "Devoir et liberté dans la morale de Kant", NO_VERB),
    ("en", "Power and society in early modern Europe", NO_VERB),
    ("pt", "Gerir equipas e projetos de pequena dimensão.", NONE),
    ("pt", "Avaliar riscos e oportunidades de um pequeno negócio.", NONE),
    ("pt", "Planear e executar uma campanha de comunicação.", COMPOUND),
    ("es", "Gestionar proyectos y equipos de una obra pequeña.", NONE),
    ("es", "Diseñar y evaluar un plan de formación para una empresa.", COMPOUND),
    ("it", "Gestire progetti e risorse di un piccolo cantiere.", NONE),
    ("it", "Progettare e collaudare un impianto elettrico domestico.", COMPOUND),
    ("fr", "Gérer les stocks et les commandes d'une boutique.", NONE),
    ("fr", "Planifier et animer une réunion d'équipe hebdomadaire.", COMPOUND),
    ("en", "Manage the budgets and staff of a small unit.", NONE),
]
TITLES_HELD_BACK = [
    ("pt", "Saber e cidadania na sociedade da informação", NO_VERB),
    ("es", "Placer y dolor en la literatura del Siglo de Oro", NO_VERB),
    ("es", "Amanecer y paisaje en la pintura romántica", NO_VERB),
    ("it", "Avvenire e lavoro dei giovani in Europa", NO_VERB),
    ("it", "Piacere e dovere nella narrativa dell'Ottocento", NO_VERB),
    ("fr", "Le pouvoir et les institutions de la Ve République", NO_VERB),
    ("pt", "Conduzir veículos e máquinas agrícolas em segurança.", NONE),
    ("es", "Reparar motores y bombas hidráulicas de uso agrícola.", NONE),
    ("it", "Riparare motori e pompe idrauliche di uso agricolo.", NONE),
    ("fr", "Réparer les moteurs et les pompes hydrauliques agricoles.", NONE),
]

RELATIVES_DEV = [
    (
        "it",
        "Proporre soluzioni organizzative che permettano di ridurre i costi e aumentare la qualità del servizio.",
        NONE,
    ),
    ("fr", "Proposer des mesures qui permettent de réduire les coûts et d'augmenter la qualité du service.", NONE),
    ("es", "Proponer medidas que permitan reducir los costes y aumentar la calidad del servicio.", NONE),
    ("pt", "Propor medidas que ajudem a reduzir os custos e a aumentar a qualidade do serviço.", NONE),
    ("en", "Propose measures that help to reduce costs and increase the quality of the service.", NONE),
    ("pt", "Identificar os riscos de um processo e propor medidas que ajudem a reduzir os custos.", COMPOUND),
    ("it", "Analizzare i processi e proporre soluzioni che permettano di ridurre i costi.", COMPOUND),
    ("fr", "Analyser les processus et proposer des mesures qui permettent de réduire les coûts.", COMPOUND),
    ("es", "Analizar los procesos y proponer medidas que permitan reducir los costes.", COMPOUND),
]
RELATIVES_HELD_BACK = [
    (
        "it",
        "Progettare interventi che consentano di migliorare l'accessibilità e di ridurre i consumi energetici "
        "dell'edificio.",
        NONE,
    ),
    ("fr", "Concevoir un dispositif qui aide à limiter les pertes et à améliorer le rendement de la ligne.", NONE),
    (
        "es",
        "Diseñar un plan que ayude a mejorar la accesibilidad y a reducir el consumo energético del edificio.",
        NONE,
    ),
    (
        "pt",
        "Definir procedimentos que contribuam para diminuir os desperdícios e para melhorar o rendimento da linha.",
        NONE,
    ),
    ("fr", "Décrire le procédé et concevoir un dispositif qui aide à limiter les pertes.", COMPOUND),
]

AIMS_DEV = [
    ("pt", "Dotar os formandos de competências de gestão de conflitos.", TEACHER),
    ("pt", "Proporcionar aos participantes uma visão global do setor.", TEACHER),
    ("pt", "Sensibilizar os formandos para a importância da segurança no trabalho.", TEACHER),
    ("es", "Dotar a los participantes de herramientas para la gestión del tiempo.", TEACHER),
    ("es", "Proporcionar a los alumnos los conocimientos básicos de contabilidad.", TEACHER),
    ("es", "Sensibilizar a los participantes sobre la importancia de la prevención.", TEACHER),
    ("it", "Fornire ai partecipanti gli strumenti per gestire i conflitti.", TEACHER),
    ("it", "Sensibilizzare i partecipanti sull'importanza della sicurezza.", TEACHER),
    ("fr", "Permettre aux participants de maîtriser les outils de gestion.", TEACHER),
    ("fr", "Sensibiliser les stagiaires à la prévention des risques.", TEACHER),
    ("fr", "Donner aux apprenants les bases de la comptabilité générale.", TEACHER),
    ("en", "Provide participants with the tools to manage conflict.", TEACHER),
    ("pt", "Apoiar os alunos na resolução de problemas de matemática.", NONE),
    ("pt", "Informar os clientes sobre as condições do contrato de seguro.", NONE),
    ("fr", "Accompagner les élèves dans la construction de leur projet d'orientation.", NONE),
    ("es", "Orientar a los alumnos en la elección de su itinerario formativo.", NONE),
    ("it", "Guidare gli alunni nella stesura di una relazione di laboratorio.", NONE),
    ("en", "Support pupils in solving mathematics problems.", NONE),
]
AIMS_HELD_BACK = [
    ("pt", "Munir os formandos de ferramentas de planeamento da produção.", TEACHER),
    ("es", "Capacitar a los participantes para el uso de la plataforma.", TEACHER),
    ("it", "Offrire ai corsisti una panoramica del settore turistico.", TEACHER),
    ("it", "Dotare i partecipanti delle competenze per gestire un gruppo.", TEACHER),
    ("fr", "Apporter aux participants les connaissances de base en droit du travail.", TEACHER),
    ("it", "Accompagnare gli studenti nella scelta del percorso universitario.", NONE),
    ("es", "Acompañar a los alumnos en la elaboración de su proyecto de vida.", NONE),
    ("pt", "Acompanhar os alunos na elaboração do seu projeto pessoal.", NONE),
    ("fr", "Guider les élèves dans la réalisation d'une expérience de chimie.", NONE),
]
# Students and learners are also those a future teacher acts on: an outcome of a course in university teaching gives
# them feedback. Only before what a course imparts (knowledge, tools, the basics) are they the course's own.
AIMS_OF_TEACHERS = [
    ("en", "Give learners constructive feedback on drafts.", NONE),
    ("fr", "Donner aux étudiants un retour constructif sur leurs travaux.", NONE),
    ("es", "Proporcionar a los estudiantes retroalimentación sobre sus trabajos.", NONE),
    ("it", "Fornire agli studenti un feedback costruttivo sugli elaborati.", NONE),
    ("pt", "Preparar os estudantes para a prova final de matemática.", NONE),
    ("es", "Proporcionar a los estudiantes los conocimientos básicos de contabilidad.", TEACHER),
    ("it", "Fornire agli studenti le conoscenze di base della contabilità.", TEACHER),
]

ALL = TITLES_DEV + TITLES_HELD_BACK + RELATIVES_DEV + RELATIVES_HELD_BACK + AIMS_DEV + AIMS_HELD_BACK + AIMS_OF_TEACHERS
OPEN = {
    "Proporcionar a los alumnos los conocimientos básicos de contabilidad.": "'alumnos' are the course's learners or "
    "a future teacher's pupils ('Dar al alumnado una retroalimentación ...'): only the descriptor's context tells",
    "Support pupils in solving mathematics problems.": "an English base form outside the lexicon is read as a verb "
    "only before a determiner or adverb, not before a bare noun",
}


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        pytest.param(*case, marks=[pytest.mark.xfail(strict=True, reason=OPEN[case[1]])] if case[1] in OPEN else [])
        for case in ALL
    ],
)
def test_romance_followups(language: str, text: str, wanted: frozenset[str]) -> None:
    assert judge_with_length(text, language) - {"MC-LO-005"} == wanted
