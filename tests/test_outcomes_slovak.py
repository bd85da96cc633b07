"""Slovak (``sk``), the twelfth language the outcome analysis reads: MC-LO-001..004 on statements as Slovak providers
write them.

The good statements follow the wording of Slovak course descriptions (the informačné listy predmetov of Slovak
universities, "Výsledky vzdelávania:"): a learner and an ability before an infinitive ("Po absolvovaní predmetu
študent vie ...", "Študent je schopný ...", "Absolvent dokáže ...", "Študent by mal vedieť ..."), the third person
("Študent analyzuje ...", "Absolvent vyhodnotí ..."), the headings "Vedomosti:", "Zručnosti:", "Kompetentnosti:",
bare infinitives in a list ("Analyzovať ...", "Navrhnúť ...") and a verb no list holds ("kalibrovať", "odladí"). The
flawed ones have one flaw each, written as Slovak descriptors commonly have it: vague ("rozumie", "chápe", "pozná",
"má prehľad o", "je oboznámený s", "oboznámi sa s", "orientuje sa v", "získa vedomosti o", "Znalosť ..."),
teacher-centred ("Predmet poskytuje ...", "Cieľom predmetu je ...", "Študenti budú oboznámení s ...", "Kurz sa
zameriava na ..."), compound (two actions joined by "a", "alebo", "ako aj") and headings with no verb. Before sk.yaml
every one of them drew no outcome finding at all under ``sk``, and under ``cs`` the Czech lexicon judged them with
Czech verbs and vague words (a good "Študent dokáže zostaviť ..." drew MC-LO-001, a vague "Študent rozumie ..." too).
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.language import analyse_as_claimed, lexicon, morphology, supported_languages
from tests.conftest import NOW
from tests.heldout import level_of
from tests.test_outcomes_czech import STATEMENTS as CZECH_STATEMENTS

RULES = {"MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"}

GOOD = [
    "Po absolvovaní predmetu študent vie navrhnúť relačnú databázu pre malý podnik.",
    "Po úspešnom absolvovaní predmetu študent dokáže zostaviť rozpočet investičného projektu.",
    "Študent je schopný analyzovať finančné výkazy obchodnej spoločnosti.",
    "Absolvent predmetu vie aplikovať základné štatistické metódy na reálne dáta.",
    "Študent by mal vedieť klasifikovať objekty podľa vopred známych vlastností.",
    "Analyzovať príčiny porúch elektrických zariadení v priemyselnej prevádzke.",
    "Navrhnúť jednoduchý riadiaci systém pre výrobnú linku.",
    "Študent analyzuje spotrebu energie v rodinnom dome pomocou simulačného nástroja.",
    "Absolvent vyhodnotí riziká spracovania osobných údajov v malej firme.",
    "Vedomosti: študent vysvetlí princípy fungovania počítačových sietí.",
    "Zručnosti: študent navrhne zapojenie jednoduchého elektrického obvodu.",
    "Kompetentnosti: študent samostatne obháji výsledky svojej práce pred odbornou komisiou.",
    "Kompetentnosti: Študent je schopný samostatne viesť malý projektový tím.",
    "Študent kriticky zhodnotí odborný článok z oblasti verejného zdravotníctva.",
    "Opísať stavbu ľudského srdca.",
    "Identifikovať najčastejšie bezpečnostné hrozby v podnikovej sieti.",
    "Porovnať rôzne prístupy k riadeniu ľudských zdrojov v malých podnikoch.",
    "Po úspešnom absolvovaní kurzu bude študent schopný vytvoriť jednoduchú webovú aplikáciu.",
    "Študenti dokážu interpretovať výsledky regresnej analýzy.",
    "Študent vie vypočítať tepelné straty budovy podľa platnej normy.",
    "Študent zostaví plán preventívnej údržby výrobnej linky.",
    "S využitím odbornej literatúry študent sformuluje výskumnú otázku bakalárskej práce.",
    "Študent naprogramuje jednoduchý algoritmus na triedenie dát v jazyku Python.",
    "Rozpoznať príznaky akútneho infarktu myokardu u dospelého pacienta.",
    "Absolvent je schopný posúdiť vhodnosť konštrukčného materiálu pre danú aplikáciu.",
    "Po absolvovaní kurzu účastník zvládne nakonfigurovať firewall v malej firemnej sieti.",
    "Účastník kurzu vykoná základnú neodkladnú resuscitáciu dospelého podľa platných odporúčaní.",
    "Študent vypracuje marketingový plán pre nový produkt.",
    "Študent definuje základné pojmy teórie grafov.",
    "Študent zdokumentuje priebeh ošetrovateľského procesu v dokumentácii pacienta.",
    "Absolvent vie overiť funkčnosť elektroinštalácie podľa platných predpisov.",
    # A verb in a clause after a comma is no second action.
    "Študent opíše, ako sa šíria infekčné ochorenia v populácii.",
    "Študent odporučí vhodné opatrenia na zníženie energetickej náročnosti budovy.",
    "Študent rozlíši jednotlivé typy účtovných dokladov.",
    # Verbs no list holds: one the lemmatiser lacks right after the learner, one it knows.
    "Absolvent odladí program PLC na laboratórnom modeli výrobnej linky.",
    "Študent dokáže kalibrovať digitálny merací prístroj podľa pokynov výrobcu.",
    "Študenti analyzujú vplyv cenovej politiky na dopyt po verejnej doprave.",
    "Výsledky vzdelávania: Študent vie zdôvodniť voľbu vhodnej metódy merania.",
    # "získa" with an ability and its action named is no vague "získa vedomosti".
    "Študent získa schopnosť samostatne riešiť úlohy lineárneho programovania.",
    "Vedieť zostaviť harmonogram stavebných prác pre rodinný dom.",
    "Študent vie vysvetliť rozdiel medzi daňovými a účtovnými odpismi.",
    "Absolvent dokáže zvoliť vhodnú metódu spracovania odpadových vôd.",
    "Študent vie posúdiť kvalitu vedeckého článku na základe stanovených kritérií.",
    "Študenti vedia interpretovať kontingenčnú tabuľku z údajov dotazníkového prieskumu.",
]

FLAWED = [
    ("MC-LO-002", "Študent rozumie základným princípom ekonómie."),
    ("MC-LO-002", "Študent chápe význam vedeckých poznatkov pre klinickú prax."),
    ("MC-LO-002", "Študent pozná základné pojmy diskrétnej matematiky."),
    ("MC-LO-002", "Študent má prehľad o súčasných trendoch v marketingu."),
    ("MC-LO-002", "Absolvent je oboznámený s legislatívou v oblasti ochrany osobných údajov."),
    ("MC-LO-002", "Študent sa orientuje v problematike verejného obstarávania."),
    ("MC-LO-002", "Študenti sa oboznámia so základmi projektového riadenia."),
    ("MC-LO-002", "Študent získa vedomosti o dejinách európskej integrácie."),
    ("MC-LO-002", "Vedomosti: Študent pozná základné metódy štatistickej analýzy dát."),
    ("MC-LO-002", "Znalosť základných metód štatistickej analýzy dát."),
    ("MC-LO-002", "Študent si osvojí základy práce s geografickými informačnými systémami."),
    ("MC-LO-002", "Študent pochopí význam prevencie v ošetrovateľskej starostlivosti."),
    ("MC-LO-002", "Študenti získajú základný prehľad o výskumných metódach v medicíne."),
    ("MC-LO-002", "Študenti získajú zručnosti v oblasti prezentácie výsledkov výskumu."),
    ("MC-LO-002", "Porozumenie princípom fungovania finančných trhov."),
    ("MC-LO-003", "Predmet poskytuje prehľad o vývoji európskeho práva."),
    ("MC-LO-003", "Cieľom predmetu je oboznámiť študentov s modernými metódami riadenia projektov."),
    ("MC-LO-003", "Študenti budú oboznámení s princípmi tvorby webových aplikácií."),
    ("MC-LO-003", "Kurz sa zameriava na praktické využitie štatistického softvéru."),
    ("MC-LO-003", "Na prednáškach budú vysvetlené základné pojmy teórie pravdepodobnosti."),
    ("MC-LO-003", "Oboznámiť študentov s epidemiológiou karcinómu prsníka."),
    ("MC-LO-003", "Predmet oboznamuje študentov so základnými pojmami teórie grafov."),
    ("MC-LO-003", "Vyučujúci predstaví hlavné teórie motivácie a ich praktické využitie."),
    ("MC-LO-003", "V rámci predmetu budú študentom predstavené základné metódy kvalitatívneho výskumu."),
    ("MC-LO-003", "Predmet je zameraný na praktické využitie geografických informačných systémov."),
    ("MC-LO-004", "Študent analyzuje a vyhodnotí ekonomickú efektívnosť investičného projektu."),
    ("MC-LO-004", "Navrhnúť a implementovať jednoduchú databázovú aplikáciu."),
    ("MC-LO-004", "Študent vie naplánovať, zrealizovať a vyhodnotiť marketingovú kampaň."),
    ("MC-LO-004", "Študent zmeria hladinu hluku na pracovisku a navrhne vhodné opatrenia."),
    ("MC-LO-004", "Študent opíše princípy šifrovania alebo vysvetlí funkciu digitálneho podpisu."),
    ("MC-LO-004", "Študent vie identifikovať riziká projektu, ako aj navrhnúť opatrenia na ich zníženie."),
    ("MC-LO-004", "Plánovanie, realizácia a vyhodnotenie vzdelávacích aktivít pre dospelých."),
    ("MC-LO-004", "Študent je schopný zvoliť vhodnú metódu merania a zdôvodniť svoju voľbu."),
    ("MC-LO-004", "Študent dokáže zhodnotiť zdravotný stav pacienta alebo naplánovať ošetrovateľskú starostlivosť."),
    ("MC-LO-001", "Úvod do teórie grafov a kombinatoriky pre informatikov."),
    ("MC-LO-001", "Základy účtovníctva malých a stredných podnikov na Slovensku."),
    ("MC-LO-001", "Ochrana osobných údajov v zdravotníckych zariadeniach."),
    ("MC-LO-001", "Vedomosti: Základy mikroekonómie a makroekonómie."),
]

# (level, statement): the Bloom level a result gives the statement.
LEVELS = [
    ("create", GOOD[0]),
    ("analyse", GOOD[2]),
    ("apply", GOOD[3]),
    ("evaluate", GOOD[8]),
    ("understand", GOOD[9]),
    ("remember", "Študent definuje základné pojmy teórie grafov."),
    ("remember", "Študent pozná základné pojmy diskrétnej matematiky."),
    ("understand", "Študent rozumie základným princípom ekonómie."),
]


def outcome_rules(text: str) -> set[str]:
    return judge_with_length(text, "sk") & RULES


def test_slovak_is_a_language_with_a_lexicon() -> None:
    assert "sk" in supported_languages()
    lex = lexicon("sk")
    assert lex is not None and lex.verb_position == "anywhere"


def test_the_sets_are_large_enough() -> None:
    assert len(GOOD) >= 30 and len(FLAWED) >= 20
    assert len(set(GOOD) | {text for _, text in FLAWED}) == len(GOOD) + len(FLAWED)
    assert {rule for rule, _ in FLAWED} == RULES


@pytest.mark.parametrize("text", GOOD, ids=[f"good-{i}" for i in range(len(GOOD))])
def test_a_good_slovak_outcome_draws_no_outcome_finding(text: str) -> None:
    # Read as Slovak: a statement the language check refused would pass as good without being judged.
    assert analyse_as_claimed(text, "sk") is not None
    assert outcome_rules(text) == set()


@pytest.mark.parametrize(("rule", "text"), FLAWED, ids=[f"flawed-{i}" for i in range(len(FLAWED))])
def test_a_flawed_slovak_outcome_draws_its_finding(rule: str, text: str) -> None:
    assert analyse_as_claimed(text, "sk") is not None
    assert outcome_rules(text) == {rule}


@pytest.mark.parametrize(("level", "text"), LEVELS)
def test_each_statement_gets_its_level(level: str, text: str) -> None:
    assert level_of(text, "sk") == level


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        # Infinitives and third persons of both aspects lead back to the infinitive.
        ("analyzuje", ("analyzovať", True)),
        ("navrhne", ("navrhnúť", True)),
        ("vyhodnotí", ("vyhodnotiť", True)),
        ("kalibrovať", ("kalibrovať", True)),
        # Nouns in -ť, verbal nouns and participles are none.
        ("bezpečnosť", None),
        ("časť", None),
        ("sieť", None),
        ("projekt", None),
        ("riadenie", None),
        ("navrhovanie", None),
        ("navrhnutý", None),
        ("analyzujúci", None),
    ],
)
def test_slovak_verb_forms(word: str, verb: tuple[str, bool] | None) -> None:
    assert morphology.verb_lemma(word, "sk") == verb


def _findings(data: dict[str, object]) -> list[tuple[str, str]]:
    (result,) = check_documents([Document(source="sk.yaml", data=data, format="yaml")], now=NOW).results
    return [(f.rule, f.pointer) for f in result.findings if f.rule in RULES]


def test_a_slovak_descriptor_is_judged_through_the_api() -> None:
    data = {
        "kind": "offer",
        "title": "Riadenie projektov",
        "languages": ["sk"],
        "learning_outcomes": [GOOD[1], FLAWED[0][1], FLAWED[15][1], FLAWED[25][1]],
    }
    assert sorted(_findings(data)) == [
        ("MC-LO-002", "/learning_outcomes/1"),
        ("MC-LO-003", "/learning_outcomes/2"),
        ("MC-LO-004", "/learning_outcomes/3"),
    ]


def test_language_tagged_slovak_text_is_read_as_slovak() -> None:
    data = {
        "kind": "offer",
        "title": {"sk": "Riadenie projektov", "en": "Project management"},
        "languages": ["sk", "en"],
        "learning_outcomes": [{"sk": FLAWED[0][1], "en": "Prepare a project plan for a small construction project."}],
    }
    assert _findings(data) == [("MC-LO-002", "/learning_outcomes/0/sk")]


@pytest.mark.parametrize("text", [*GOOD, *(text for _, text in FLAWED)])
def test_slovak_filed_under_czech_is_not_read_by_the_czech_lexicon(text: str) -> None:
    # Spelt as only Slovak writes ("vie", "budú", "riadenie", "navrhnúť", "študent") or built with Slovak's own function
    # words ("sa", "alebo", "pre"): Czech and Slovak are too close for MC-LG-001 to report, and the Czech lexicon,
    # whose verbs and vague phrases are spelt the Czech way ("umí", "rozumí", "seznámen"), is not asked to judge it:
    # the Slovak one is, as the Swedish one is asked of Swedish filed under da.
    analysis = analyse_as_claimed(text, "cs")
    assert analysis is None or analysis.language == "sk"


def test_a_slovak_outcome_filed_under_czech_draws_no_czech_finding() -> None:
    # Before, both drew MC-LO-001 from the Czech lexicon, which knows neither "oboznámený" nor "zostaviť": a vague
    # outcome was called verbless and a good one too. Read with the Slovak lexicon, the vague one is vague.
    data = {"kind": "offer", "title": "Ekonómia", "languages": ["cs"], "learning_outcomes": [FLAWED[4][1], GOOD[1]]}
    assert _findings(data) == [("MC-LO-002", "/learning_outcomes/0")]


CZECH = [text for _, text in CZECH_STATEMENTS]


@pytest.mark.parametrize("text", CZECH, ids=[f"cs-{i}" for i in range(len(CZECH))])
def test_czech_filed_under_czech_is_still_read(text: str) -> None:
    assert analyse_as_claimed(text, "cs") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Po absolvování předmětu student umí navrhnout relační databázi pro malý podnik.",
        "Student rozumí základním principům ekonomie.",
        "Studenti budou seznámeni s principy tvorby webových aplikací.",
        "Student analyzuje a vyhodnotí ekonomickou efektivnost investičního projektu.",
        "Znalost základních metod statistické analýzy dat.",
    ],
)
def test_czech_filed_under_slovak_is_not_read_by_the_slovak_lexicon(text: str) -> None:
    assert analyse_as_claimed(text, "sk") is None
