"""Czech, the tenth language the outcome analysis reads: statements judged by MC-LO-001..004 and, for some, given a
Bloom level.

Written as Czech universities and training providers word their outcomes, after the shapes of public course
syllabi (the study information systems' "Cíle předmětu vyjádřené dosaženými dovednostmi a kompetencemi", "Výsledky
učení", the accreditation headings "Odborné znalosti", "Odborné dovednosti", "Obecné způsobilosti"): a learner and an
ability before an infinitive ("Po absolvování předmětu student umí ...", "Student je schopen ...", "Absolvent
dokáže ...", "Student by měl umět ..."), the third person ("Student analyzuje ...", "Absolvent vyhodnotí ..."), and
a bare infinitive in a list after a lead-in ("Aplikovat teoretické poznatky ..."). The flawed ones have one flaw
each: vague wording ("rozumí", "chápe", "zná", "má přehled o", "je seznámen s", "orientuje se v", "má povědomí o",
"Znalost ..."), the course, the teacher or the course's aim as the subject and the learners in the passive ("Kurz
seznamuje studenty s ...", "Cílem předmětu je ...", "Studenti budou seznámeni s ..."), two actions joined by "a",
"nebo" or a comma list, or no verb (a topic heading). Neighbours keep their verdict: a verb in a clause after a comma
("popíše, jak se šíří ..."), a heading's "znalosti" before its colon, a verb the lemmatiser lacks after the learner
("Absolvent odladí ...").
"""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.bench_outcomes import HELDOUT_RULE_OF_LABEL, NOW, judge_with_length
from qa_checker.descriptor import Descriptor
from qa_checker.language import analyse_as_claimed, lexicon, morphology, supported_languages
from qa_checker.rules.base import RuleContext
from qa_checker.rules.outcomes import OutcomeNotVague
from tests.heldout import level_of

# (label, statement): each label names the one rule the statement should get (good: none).
STATEMENTS = [
    ("good", "Po absolvování předmětu student umí navrhnout relační databázi pro malý podnik."),
    ("good", "Po absolvování kurzu student dokáže sestavit rozpočet investičního projektu."),
    ("good", "Student je schopen analyzovat finanční výkazy obchodní společnosti."),
    ("good", "Absolvent předmětu umí aplikovat základní statistické metody na reálná data."),
    ("good", "Student by měl umět klasifikovat objekty podle předem známých vlastností."),
    ("good", "Po absolvování přednášky by student měl umět shrnout poznatky dané kapitoly."),
    ("good", "Aplikovat teoretické poznatky na řešení konkrétních praktických úloh."),
    ("good", "Formulovat úlohu slovy probrané matematické teorie."),
    ("good", "Student analyzuje spotřebu energie v rodinném domě pomocí simulačního nástroje."),
    ("good", "Absolvent vyhodnotí rizika zpracování osobních údajů v malé firmě."),
    ("good", "Odborné znalosti: student vysvětlí principy fungování počítačových sítí."),
    ("good", "Odborné dovednosti: student navrhne zapojení jednoduchého elektrického obvodu."),
    ("good", "Obecné způsobilosti: student samostatně obhájí výsledky své práce před odbornou komisí."),
    ("good", "Student kriticky zhodnotí odborný článek z oblasti veřejného zdravotnictví."),
    ("good", "Popsat stavbu a funkci lidského srdce."),
    ("good", "Identifikovat nejčastější bezpečnostní hrozby v podnikové síti."),
    ("good", "Porovnat různé přístupy k řízení lidských zdrojů v malých podnicích."),
    ("good", "Po úspěšném absolvování kurzu bude student schopen vytvořit jednoduchou webovou aplikaci."),
    ("good", "Studenti dokážou interpretovat výsledky regresní analýzy."),
    ("good", "Student umí vypočítat tepelné ztráty budovy podle platné normy."),
    ("good", "Absolvent kurzu používá nástroje pro správu verzí při týmovém vývoji softwaru."),
    ("good", "Student sestaví plán preventivní údržby výrobní linky."),
    ("good", "S využitím odborné literatury student formuluje výzkumnou otázku bakalářské práce."),
    ("good", "Student naprogramuje jednoduchý algoritmus pro řazení dat v jazyce Python."),
    ("good", "Rozpoznat příznaky akutního infarktu myokardu u dospělého pacienta."),
    ("good", "Absolvent je schopen posoudit vhodnost konstrukčního materiálu pro danou aplikaci."),
    ("good", "Student vysvětlí rozdíl mezi daňovou a účetní odpisovou metodou."),
    ("good", "Po absolvování kurzu účastník zvládne nakonfigurovat firewall v malé firemní síti."),
    ("good", "Účastník kurzu provede základní neodkladnou resuscitaci dospělého podle platných doporučení."),
    ("good", "Student vypracuje marketingový plán pro nový produkt."),
    ("good", "Student definuje základní pojmy teorie grafů."),
    ("good", "Svařovat ocelové plechy metodou MAG v poloze vodorovné."),
    ("good", "Student zdokumentuje průběh ošetřovatelského procesu v dokumentaci pacienta."),
    ("good", "Absolvent umí ověřit funkčnost elektroinstalace podle platných předpisů."),
    ("good", "Student popíše, jak se šíří infekční onemocnění v populaci."),
    ("good", "Student vysvětlí, které faktory ovlivňují poptávku a nabídku na trhu práce."),
    ("good", "Student doporučí vhodná opatření ke snížení energetické náročnosti budovy."),
    ("good", "Student rozliší jednotlivé typy účetních dokladů."),
    ("good", "Absolvent odladí program PLC na laboratorním modelu výrobní linky."),
    ("good", "Absolvent vede rozhovor s rodinou pacienta o cílech péče."),
    ("good", "Student zaúčtuje přijaté dotace a dary podle platné vyhlášky."),
    ("good", "Studenti analyzují vliv cenové politiky na poptávku po veřejné dopravě."),
    # Vague: knowing, understanding, an overview or an awareness, acquaintance.
    ("vague", "Student rozumí základním principům ekonomie."),
    ("vague", "Student chápe význam vědeckých poznatků pro klinickou praxi."),
    ("vague", "Student zná základní pojmy diskrétní matematiky."),
    ("vague", "Student má přehled o současných trendech v marketingu."),
    ("vague", "Absolvent je seznámen s legislativou v oblasti ochrany osobních údajů."),
    ("vague", "Student se orientuje v problematice veřejných zakázek."),
    ("vague", "Student má povědomí o etických zásadách výzkumu."),
    ("vague", "Znalost základních metod statistické analýzy dat."),
    ("vague", "Studenti získají základní přehled o výzkumných metodách používaných v medicíně."),
    ("vague", "Porozumění principům fungování finančních trhů."),
    ("vague", "Studenti se seznámí se základy projektového řízení."),
    ("vague", "Student si osvojí základy práce s geografickými informačními systémy."),
    ("vague", "Student pochopí význam prevence v ošetřovatelské péči."),
    ("vague", "Student získá znalosti o historii evropské integrace."),
    # Teacher-centred: the course, its aim or the teacher as the subject, the learners taught.
    ("teacher-centred", "Kurz seznamuje studenty se základními pojmy diskrétní matematiky a teorie grafů."),
    ("teacher-centred", "Cílem předmětu je seznámit studenty s moderními metodami řízení projektů."),
    ("teacher-centred", "Studenti budou seznámeni s principy tvorby webových aplikací."),
    ("teacher-centred", "Předmět poskytuje přehled o vývoji evropského práva."),
    ("teacher-centred", "Kurz se zaměřuje na praktické využití statistického softwaru."),
    ("teacher-centred", "Na přednáškách budou vysvětleny základní pojmy teorie pravděpodobnosti."),
    ("teacher-centred", "Seznámit studenty s epidemiologií karcinomu prsu."),
    ("teacher-centred", "Vyučující představí hlavní teorie motivace a jejich praktické využití."),
    ("teacher-centred", "Studenti navštěvují přednášky z anatomie a fyziologie člověka."),
    # Compound: two or more actions joined by "a", "nebo" or a comma list, as verbs or as action nouns.
    ("compound", "Student analyzuje a vyhodnotí ekonomickou efektivnost investičního projektu."),
    ("compound", "Navrhnout a implementovat jednoduchou databázovou aplikaci."),
    ("compound", "Student umí naplánovat, zrealizovat a vyhodnotit marketingovou kampaň."),
    ("compound", "Student změří hladinu hluku na pracovišti a navrhne vhodná opatření."),
    ("compound", "Student popíše principy šifrování nebo vysvětlí funkci digitálního podpisu."),
    ("compound", "Plánování, realizace a vyhodnocení vzdělávacích aktivit pro dospělé."),
    ("compound", "Student umí navrhnout a odladit jednoduchou aplikaci."),
    ("compound", "Student je schopen zvolit vhodnou metodu měření a zdůvodnit svou volbu."),
    # No verb: a topic heading.
    ("no-verb", "Úvod do teorie grafů a kombinatoriky pro informatiky."),
    ("no-verb", "Základy účetnictví malých a středních podniků v České republice."),
    ("no-verb", "Ochrana osobních údajů ve zdravotnických zařízeních."),
]

# (level, statement): the Bloom level a result gives the statement.
LEVELS = [
    ("create", "Po absolvování předmětu student umí navrhnout relační databázi pro malý podnik."),
    ("analyse", "Student je schopen analyzovat finanční výkazy obchodní společnosti."),
    ("apply", "Absolvent předmětu umí aplikovat základní statistické metody na reálná data."),
    ("evaluate", "Absolvent vyhodnotí rizika zpracování osobních údajů v malé firmě."),
    ("understand", "Odborné znalosti: student vysvětlí principy fungování počítačových sítí."),
    ("remember", "Student definuje základní pojmy teorie grafů."),
    ("analyse", "Studenti analyzují vliv cenové politiky na poptávku po veřejné dopravě."),
    ("remember", "Student zná základní pojmy diskrétní matematiky."),
    ("understand", "Student rozumí základním principům ekonomie."),
]


def test_czech_is_a_supported_language() -> None:
    assert "cs" in supported_languages()
    lex = lexicon("cs")
    assert lex is not None and lex.verb_position == "anywhere"


def test_the_set_has_every_label() -> None:
    labels = Counter(label for label, _ in STATEMENTS)
    assert len({text for _, text in STATEMENTS}) == len(STATEMENTS)
    assert labels["good"] >= 25
    assert sum(n for label, n in labels.items() if label != "good") >= 15
    assert set(labels) == {"good", "vague", "teacher-centred", "compound", "no-verb"}
    assert {text for _, text in LEVELS} <= {text for _, text in STATEMENTS}


@pytest.mark.parametrize(("label", "text"), [pytest.param(*case, id=f"cs-{i}") for i, case in enumerate(STATEMENTS)])
def test_each_statement_is_read_as_czech_and_gets_exactly_the_rule_of_its_label(label: str, text: str) -> None:
    # Read as Czech: a statement the language check refused would pass as good without being judged.
    assert analyse_as_claimed(text, "cs") is not None
    wanted = {HELDOUT_RULE_OF_LABEL[label]} if label in HELDOUT_RULE_OF_LABEL else set()
    assert judge_with_length(text, "cs") == wanted


@pytest.mark.parametrize(("level", "text"), LEVELS)
def test_each_statement_gets_its_level(level: str, text: str) -> None:
    assert level_of(text, "cs") == level


def test_a_language_tagged_outcome_is_read_as_czech() -> None:
    # The descriptor's own language and a text tagged {cs: ...} both route the statement to the Czech lexicon.
    for languages, outcome in (
        (["cs"], "Student rozumí základním principům ekonomie."),
        (["en", "cs"], {"cs": "Student rozumí základním principům ekonomie.", "en": "Explain basic economics."}),
    ):
        doc = Descriptor({"kind": "offer", "languages": languages, "learning_outcomes": [outcome]})
        rule = OutcomeNotVague()
        found = list(rule.check(doc, RuleContext(options=dict(rule.defaults), today=NOW.date())))
        assert len(found) == 1 and found[0].pointer.startswith("/learning_outcomes/0")


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        # Infinitives and third persons of both aspects lead back to the infinitive.
        ("analyzuje", ("analyzovat", True)),
        ("navrhne", ("navrhnout", True)),
        ("vyhodnotí", ("vyhodnotit", True)),
        ("popíše", ("popsat", True)),
        ("ocení", ("ocenit", True)),
        ("změní", ("změnit", True)),
        # Nouns ending like an infinitive, verbal nouns and participles are none.
        ("projekt", None),
        ("student", None),
        ("rozpočet", None),
        ("předmět", None),
        ("řízení", None),
        ("projektování", None),
        ("navržený", None),
        ("používající", None),
    ],
)
def test_czech_verb_forms(word: str, verb: tuple[str, bool] | None) -> None:
    assert morphology.verb_lemma(word, "cs") == verb
