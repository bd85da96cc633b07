"""Danish (``da``), the tenth language the outcome analysis reads: MC-LO-001..004 on statements as Danish providers
write them.

The good statements follow the wording of real Danish course descriptions and studieordninger (read in the public
guidance of Aarhus University, the University of Copenhagen, DTU, the erhvervsakademier and the Danish qualifications
framework): "Ved kursets afslutning forventes den studerende at kunne anvende ...", "Den studerende kan ...", the
headings "Viden:", "Færdigheder:", "Kompetencer:", bare infinitives ("Redegøre for ...", "Reflektere kritisk over
..."), particle verbs ("redegøre for", "tage stilling til", "forholde sig kritisk til") and a domain verb no list holds
("dimensionere", "kalibrere"). The flawed ones have one flaw each, written as Danish descriptors commonly have it:
vague ("forstå", "kende til", "have kendskab til", "have viden om", "være bekendt med", "have indsigt i", "have
forståelse for"), teacher-centred ("Kurset giver ...", "Undervisningen introducerer ...", "Formålet med kurset er
...", "De studerende bliver introduceret til ..."), compound (two actions joined by "og", "samt" or "eller") and
headings with no verb. Before da.yaml every one of them drew no outcome finding at all, as Danish had no lexicon.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_statement
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.language import analyse_as_claimed, lexicon, supported_languages
from tests.conftest import NOW

RULES = {"MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"}

GOOD = [
    "Ved kursets afslutning forventes den studerende at kunne anvende anatomisk nomenklatur.",
    "Redegøre for udvalgte positioner og teorier inden for normativ etik.",
    "Reflektere kritisk over brugen af formaliserede analysemetoder i arkæologi.",
    "Den studerende kan analysere kvalitative data fra semistrukturerede interviews.",
    "Den studerende kan redegøre for de centrale begreber i dansk forvaltningsret.",
    "Efter gennemførelse af kurset kan den studerende beregne varmetabet for et enfamiliehus.",
    "Deltageren vil kunne udarbejde en risikovurdering af et arbejdssted.",
    "Målet er, at den studerende kan vurdere en virksomheds likviditet ud fra dens årsrapport.",
    "Viden: Den studerende kan beskrive opbygningen af det danske sundhedsvæsen.",
    "Færdigheder: Den studerende kan anvende statistiske metoder til analyse af eksperimentelle data.",
    "Kompetencer: Den studerende kan selvstændigt planlægge et mindre udviklingsprojekt.",
    "Den studerende skal ved kursets afslutning kunne dimensionere et ventilationsanlæg til et kontorbyggeri.",
    "Efter kurset kan deltageren kalibrere et digitalt måleinstrument efter producentens anvisninger.",
    "Den studerende kan sammenligne forskellige modeller for ledelse af offentlige organisationer.",
    "Identificere risikofaktorer for tryksår hos ældre borgere i eget hjem.",
    "Designe en relationel database til en mindre webbutik.",
    "Udvikle en prototype af en mobilapplikation med fokus på brugervenlighed.",
    "Den studerende kan tage stilling til etiske dilemmaer i den kliniske praksis.",
    "Håndtere konflikter i samarbejdet med pårørende på en professionel måde.",
    "Den studerende forventes at kunne forklare principperne bag maskinlæring med neurale netværk.",
    "Efter kurset kan du dokumentere en it-sikkerhedshændelse efter virksomhedens procedure.",
    "Kandidaten kan forholde sig kritisk til videnskabelige metoder inden for folkesundhedsvidenskab.",
    "Den studerende kan på et videnskabeligt grundlag vurdere kvaliteten af en forskningsartikel.",
    "Eleven kan udføre en grundlæggende vedligeholdelse af et hydraulisk system.",
    "Den studerende kan med udgangspunkt i et konkret case formulere en problemformulering.",
    "Deltageren kan selvstændigt montere en varmepumpe efter gældende bygningsreglement.",
    "Den studerende kan fortolke resultaterne af en regressionsanalyse.",
    "Under vejledning gennemføre en klinisk undersøgelse af en patient med brystsmerter.",
    "Den studerende kan formidle faglige problemstillinger til både fagfæller og ikke-specialister.",
    "Den studerende kan vurdere hvordan klimaforandringer påvirker landbrugets produktion og økonomi.",
    # Read as two actions while the lexicon was written: adjectives joined before a noun that is a verb too.
    "Den studerende kan selvstændigt indgå i fagligt og tværfagligt samarbejde med en professionel tilgang.",
    "Den studerende kan indgå i teoretisk og praktisk arbejde med patienter og pårørende.",
]

FLAWED = [
    ("MC-LO-002", "Den studerende skal forstå de grundlæggende principper for regnskab."),
    ("MC-LO-002", "Den studerende kan kende til de vigtigste typer af byggematerialer."),
    ("MC-LO-002", "Den studerende har kendskab til arbejdsmiljøloven."),
    ("MC-LO-002", "Viden: Den studerende har viden om centrale teorier inden for organisationspsykologi."),
    ("MC-LO-002", "Deltageren skal være bekendt med reglerne for persondatabeskyttelse."),
    ("MC-LO-002", "Den studerende har indsigt i de samfundsmæssige konsekvenser af digitalisering."),
    ("MC-LO-002", "Den studerende skal have forståelse for sammenhængen mellem kost og sundhed."),
    ("MC-LO-002", "Kendskab til de mest anvendte værktøjer inden for projektstyring."),
    ("MC-LO-003", "Kurset giver en introduktion til projektledelse i byggebranchen."),
    ("MC-LO-003", "Undervisningen introducerer de studerende til kvalitative forskningsmetoder."),
    ("MC-LO-003", "Formålet med kurset er at give deltagerne et overblik over skatteretten."),
    ("MC-LO-003", "De studerende bliver introduceret til grundlæggende programmering i Python."),
    ("MC-LO-003", "Eleverne introduceres til det politiske system i Danmark."),
    ("MC-LO-003", "I kurset gennemgås de vigtigste regler for offentlige udbud."),
    ("MC-LO-004", "Den studerende kan analysere og vurdere regnskaber for små virksomheder."),
    ("MC-LO-004", "Planlægge og gennemføre et mindre kvantitativt forskningsprojekt."),
    ("MC-LO-004", "Den studerende kan beskrive de centrale teorier samt anvende dem på en konkret case."),
    ("MC-LO-004", "Identificere fejl i elinstallationer eller udbedre dem efter gældende regler."),
    ("MC-LO-001", "Introduktion til projektledelse og agile metoder."),
    ("MC-LO-001", "Grundlæggende statistik for samfundsvidenskaber."),
    ("MC-LO-001", "Arbejdsmiljø og sikkerhed på byggepladsen."),
]


def outcome_rules(text: str) -> set[str]:
    return set(judge_statement(text, "da")) & RULES


def test_danish_is_a_language_with_a_lexicon() -> None:
    assert "da" in supported_languages()
    lex = lexicon("da")
    assert lex is not None and lex.verb_position == "start"


def test_the_sets_are_large_enough() -> None:
    assert len(GOOD) >= 25 and len(FLAWED) >= 15
    assert {rule for rule, _ in FLAWED} == RULES


@pytest.mark.parametrize("text", GOOD, ids=[f"good-{i}" for i in range(len(GOOD))])
def test_a_good_danish_outcome_draws_no_outcome_finding(text: str) -> None:
    assert outcome_rules(text) == set()


@pytest.mark.parametrize(("rule", "text"), FLAWED, ids=[f"flawed-{i}" for i in range(len(FLAWED))])
def test_a_flawed_danish_outcome_draws_its_finding(rule: str, text: str) -> None:
    assert outcome_rules(text) == {rule}


def _findings(data: dict[str, object]) -> list[tuple[str, str]]:
    (result,) = check_documents([Document(source="da.yaml", data=data, format="yaml")], now=NOW).results
    return [(f.rule, f.pointer) for f in result.findings if f.rule in RULES]


def test_a_danish_descriptor_is_judged_through_the_api() -> None:
    data = {
        "kind": "offer",
        "title": "Projektledelse",
        "languages": ["da"],
        "learning_outcomes": [GOOD[3], FLAWED[0][1], FLAWED[8][1], FLAWED[14][1]],
    }
    assert sorted(_findings(data)) == [
        ("MC-LO-002", "/learning_outcomes/1"),
        ("MC-LO-003", "/learning_outcomes/2"),
        ("MC-LO-004", "/learning_outcomes/3"),
    ]


def test_language_tagged_danish_text_is_read_as_danish() -> None:
    data = {
        "kind": "offer",
        "title": {"da": "Projektledelse", "en": "Project management"},
        "languages": ["da", "en"],
        "learning_outcomes": [{"da": FLAWED[0][1], "en": "Prepare a project plan for a small construction project."}],
    }
    assert _findings(data) == [("MC-LO-002", "/learning_outcomes/0/da")]


@pytest.mark.parametrize(
    "text",
    [
        "Studenten skal kunne gjøre rede for sentrale begreper innen etikk og analysere dem gjennom eksempler.",
        "Kandidaten kan bruke relevante metoder etter behov og vurdere sitt eget arbeid.",
    ],
)
def test_norwegian_filed_under_danish_is_not_read_by_the_danish_lexicon(text: str) -> None:
    # Built with Bokmål's own function words ("gjennom", "etter", "sitt") and none only Danish has: Danish and
    # Norwegian are too close for MC-LG-001 to report, and the Danish lexicon, whose verbs and vague phrases are spelt
    # the Danish way ("udvikle", "kundskab", "gennem"), is not asked to judge it.
    assert analyse_as_claimed(text, "da") is None


def test_danish_filed_under_danish_is_read() -> None:
    assert analyse_as_claimed(GOOD[3], "da") is not None
