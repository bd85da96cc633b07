r"""Hostile round 25: what changed this morning (Portuguese, the eighth language of the outcome analysis; MC-DT-007,
MC-UR-002 and the widened MC-WL-004; pointer steps; German and Dutch -ur plurals in credit-system names; a regulations
name joined by its own "and"), attacked with inputs built to make them slow, large or wrong.

Each read that can grow is timed at two sizes four times apart in the same process and the CPU times compared
(tests/timing.assert_linear): linear work takes about four times as long, quadratic sixteen. No wall-clock bound.

Found in this round, each fixed for its class:

* a Spanish statement filed under ``pt`` was read with the Portuguese lexicon, and a Portuguese one under ``es`` with
  the Spanish one (the two are too close for MC-LG-001 to report): of 164 Spanish held-out statements 28 were
  reported for a flaw they do not have and 46 lost theirs; of the 160 Portuguese ones under ``es``, 39 were reported
  wrongly. A statement built with a close relative's function words and none of its claimed language's own (as the
  detector tells close relatives apart) is now left unread, as one spelt as only the relative writes already was;
  a word's tail after a hyphen or a slash (the Portuguese enclitic "-las", the Spanish "Los/as") is no evidence.
  Across all the Spanish held-out sets 1 of 574 is still reported wrongly under ``pt`` (its "dos", two, is a
  Portuguese function word), and 1 of the 160 Portuguese under ``es`` ("Ter conhecimentos de ..." has none of either).
* MC-UR-002 compared hosts as written: an awarding body's ``https://www.xn--mnchen-3ya.de`` and further information
  on ``https://www.münchen.de/`` (the same host, IDNA-encoded and not) were two sites, as were two spellings of one
  IPv6 address. Hosts are compared in one form: IDNA-encoded, an IP address in its short form.
* MC-UR-002 read a path of slashes alone (``https://www.hva.nl//``, ``/en//``) as a page of the site: it is its root.
* MC-WL-004 read a duration of hours only from ``PT``: ``P0DT16H`` and ``P0Y0M0DT16H0M0S`` (how XML and Java write
  sixteen hours) state as many hours, and a workload of three is as far below them. A duration whose date part is
  all zeros is in hours too (and MC-DT-001's hint for one says so).
* a pointer step with leading zeros ("01") named an index in a list of ten items or more but not in a shorter one;
  RFC 6901 has no such index, and none is read now. An integer step is read as the index it is.
* MC-TP-001 read "selon le règlement et des examens écrits" (the rules and written exams) as a text that only says
  the rules are followed: a joining word before a genitive was allowed straight after the regulations word, where
  it joins a second thing, not the name's second part. And the name it does join ("règlement des études et des
  examens") took five words, past the four read: a joining word and its genitive are now one step of the name.
* the -ur plurals that are not hours were a closed list: "Kandidaturen", "Legislaturen", "Präfekturen",
  "Skulpturen" counted hours. The Latin endings -aturen, -ekturen and -ukturen, which no Dutch hour compound has, are
  read as the nouns' plurals.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from benchmarks.bench_outcomes import HELDOUT_RULE_OF_LABEL, heldout_sets, judge_with_length
from qa_checker import pointer as jp
from qa_checker.api import check_documents
from qa_checker.descriptor import Descriptor
from qa_checker.document import Document
from qa_checker.ects import counts_hours
from qa_checker.language import analyse_as_claimed
from qa_checker.rules.base import RuleContext
from qa_checker.rules.consistency import ScheduleNotFarAhead, in_hours
from qa_checker.rules.quality import _ONLY_THE_RULES
from tests.conftest import NOW, baseline
from tests.timing import assert_linear

TESTS = Path(__file__).parent


def _findings(data: dict[str, Any], prefixes: tuple[str, ...]) -> list[tuple[str, str]]:
    (result,) = check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW).results
    return [(f.rule, str(f.message)) for f in result.findings if f.rule.startswith(prefixes)]


def _rules(data: dict[str, Any], prefixes: tuple[str, ...]) -> set[str]:
    return {rule for rule, _ in _findings(data, prefixes)}


# --- Portuguese outcomes: size ----------------------------------------------------------------------------------


def _fresh(text: str, language: str = "pt") -> object:
    """The analysis of a text not asked about before (the memo would answer a repeated one)."""
    return analyse_as_claimed(text, language)


@pytest.mark.parametrize(
    "unit",
    [
        "a norma de higiene alimentar da cozinha ",  # a long statement
        "aplicá-lo-á- ",  # enclitic hyphens, thousands of them
        "Aplicá-lo-á-",  # the same, one word
        " a\u0301\u0300\u0303e\u0301",  # words of combining marks
        ", bem como analisar o plano",  # two-word conjunctions
        " e aumentar a qualidade que permitam reduzir",  # relatives and joined infinitives
        " acção optimizar ação otimizar efectuar efetuar",  # both spellings mixed
    ],
)
def test_a_portuguese_statement_is_read_in_linear_time(unit: str) -> None:
    counter = iter(range(1_000_000))

    def read(size: int) -> object:
        return _fresh(f"Elaborar {next(counter)} " + unit * (size // len(unit)))

    assert_linear(read, 500, 2_000)


def test_a_huge_portuguese_statement_costs_bounded_memory() -> None:
    tracemalloc.start()
    try:
        _fresh("Aplicar " + "aplicá-lo-á-las " * 60_000)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000


_VERBS = ["Aplicar", "Elaborar", "Identificar", "Calcular", "Avaliar", "Descrever", "Planear", "Gerir"]


def _portuguese_offer(count: int, extra: list[str] | None = None) -> dict[str, Any]:
    data = baseline()
    data["languages"] = ["pt"]
    data["learning_outcomes"] = [
        f"{_VERBS[i % 8]} o plano número {i} da unidade {i // 7} segundo as normas." for i in range(count)
    ] + (extra or [])
    return data


def test_thousands_of_portuguese_outcomes_are_judged_in_linear_time() -> None:
    assert_linear(lambda count: _findings(_portuguese_offer(count), ("MC-LO",)), 250, 1_000)


def test_the_flawed_outcome_among_thousands_is_found() -> None:
    extra = ["Conhecer as normas de segurança.", "Elaborar o orçamento e apresentá-lo ao cliente."]
    found = _findings(_portuguese_offer(3_000, extra), ("MC-LO-002", "MC-LO-004"))
    assert [rule for rule, _ in found] == ["MC-LO-002", "MC-LO-004"]


# --- Portuguese outcomes: verdicts ------------------------------------------------------------------------------

# Thirty well-formed outcomes of domains tests/outcomes_heldout17 does not hold (viticulture, beekeeping, navigation,
# libraries, museums, sign language, dental hygiene, veterinary nursing, aircraft and railway maintenance,
# translation, archaeology, dance, hairdressing, tailoring, ceramics, GIS, insurance, customs, law, journalism,
# pharmacy, meteorology, oceanography, fire fighting, coaching, cork, tiles, metrology). Labelled good from
# eu-framework.md section 5 before they ran.
GOOD = [
    "Avaliar o estado sanitário de uma vinha a partir da observação das folhas e dos cachos.",
    "Determinar o teor alcoólico provável de um mosto com um refratómetro.",
    "Inspecionar uma colmeia para detetar sinais de varroose.",
    "Traçar a rota de uma embarcação de recreio numa carta náutica.",
    "Catalogar uma monografia segundo as regras de descrição bibliográfica em vigor.",
    "Redigir a ficha de inventário de uma peça museológica.",
    "Interpretar para língua gestual portuguesa uma consulta médica de rotina.",
    "Efetuar a destartarização supragengival num paciente adulto.",
    "Administrar a medicação prescrita a um canídeo internado.",
    "Substituir o filtro hidráulico de um avião ligeiro de acordo com o manual de manutenção.",
    "Testar o funcionamento de um circuito de via numa linha ferroviária.",
    "Traduzir para português um contrato de arrendamento redigido em inglês.",
    "Registar os materiais recolhidos numa sondagem arqueológica.",
    "Coreografar uma sequência de dança contemporânea para quatro intérpretes.",
    "Aplicar uma coloração permanente num cabelo com brancas.",
    "Confecionar uma saia por medida a partir de um molde base.",
    "Vidrar uma peça cerâmica de grés para cozedura a alta temperatura.",
    "Georreferenciar uma planta cadastral num sistema de informação geográfica.",
    "Calcular o prémio de um seguro automóvel a partir das características do condutor.",
    "Preencher a declaração aduaneira de exportação de uma mercadoria.",
    "Redigir uma cláusula de confidencialidade para um contrato de prestação de serviços.",
    "Escrever uma notícia de quinhentas palavras a partir de um comunicado de imprensa.",
    "Preparar uma suspensão oral pediátrica a partir de uma receita médica.",
    "Prever a evolução da temperatura para as próximas vinte e quatro horas a partir de um mapa sinótico.",
    "Medir a salinidade de uma amostra de água do mar com um condutivímetro.",
    "Extinguir um incêndio de classe B com um extintor de pó químico.",
    "Planear uma sessão de treino de natação para atletas de dez anos.",
    "Extrair pranchas de cortiça de um sobreiro sem danificar o entrecasco.",
    "Restaurar um painel de azulejos com lacunas de vidrado.",
    "Calibrar uma balança analítica antes de uma série de pesagens.",
]


def test_good_portuguese_outcomes_of_new_domains_stay_silent() -> None:
    held = {text for _, text in heldout_sets(TESTS / "outcomes_heldout17")["pt"]}
    assert len(GOOD) == 30 and not held & set(GOOD)
    assert {text: judge_with_length(text, "pt") for text in GOOD} == {text: set() for text in GOOD}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # Titles opening with a noun that is also a verb's form (first person "controlo", "registo", "desenho",
        # "treino"; third person "pesca"; subjunctive "venda"): no verb.
        ("Controlo de qualidade em laboratórios de análises clínicas", {"MC-LO-001"}),
        ("Registo de ocorrências em contexto hospitalar", {"MC-LO-001"}),
        ("Desenho técnico assistido por computador", {"MC-LO-001"}),
        ("Treino funcional para a terceira idade", {"MC-LO-001"}),
        ("Pesca artesanal e sustentabilidade dos recursos marinhos", {"MC-LO-001"}),
        ("Venda de seguros ao balcão", {"MC-LO-001"}),
        # Both spellings in one statement.
        ("Planear uma acção de formação e optimizar o seu orçamento", {"MC-LO-004"}),
        ("Efectuar a receção de mercadorias num armazém com um sistema de código de barras.", set()),
        # An enclitic "-las" (a Spanish article when alone) keeps the statement Portuguese.
        ("Classificar as amostras recebidas e registá-las no livro de laboratório.", {"MC-LO-004"}),
        ("Descrevê-las de forma clara.", set()),
    ],
)
def test_portuguese_near_misses(text: str, wanted: set[str]) -> None:
    assert judge_with_length(text, "pt") - {"MC-LO-005"} == wanted


@pytest.mark.parametrize(
    "text", ["Militar e sociedade na história contemporânea", "Jantar e convívio na restauração tradicional"]
)
def test_a_title_of_an_infinitive_noun_and_a_noun(text: str) -> None:
    """A title's infinitive used as a noun, joined by "e" straight to a bare noun, is no action."""
    assert judge_with_length(text, "pt") - {"MC-LO-005"} == {"MC-LO-001"}


SPANISH = [
    "Siguiendo instrucciones escritas sencillas, el alumnado apila palés de hasta 500 kg con una transpaleta manual.",
    "La doctoranda del doctorado industrial evalúa un programa de cambio en su propia empresa.",
    "Conocer las técnicas de venta.",
    "Los/as alumnos/as elaboran un presupuesto de reforma de cocina con una hoja de cálculo.",
    "Elaborar un presupuesto de la obra según las normas vigentes en la empresa.",
]
PORTUGUESE = [
    "Os participantes saberão configurar uma rede local com encaminhamento estático.",
    "No final do curso, o formando identificará os componentes de um sistema fotovoltaico.",
    "Conhecer as técnicas de venda e de negociação comercial.",
    "Propor medidas de eficiência energética para um edifício de serviços.",
]


@pytest.mark.parametrize(("text", "claimed"), [(t, "pt") for t in SPANISH] + [(t, "es") for t in PORTUGUESE])
def test_a_statement_in_a_close_relative_is_left_unread(text: str, claimed: str) -> None:
    assert analyse_as_claimed(text, claimed) is None
    # and read in its own language
    assert analyse_as_claimed(text, "es" if claimed == "pt" else "pt") is not None


def test_galician_under_pt_stays_unread() -> None:
    assert (
        analyse_as_claimed("Avaliar o risco de incendio dunha masa forestal coa metodoloxía do servizo.", "pt") is None
    )


def test_held_out_spanish_under_pt_is_never_reported_for_a_flaw_it_lacks() -> None:
    wrong = []
    for number in (10, 11):
        for label, text in heldout_sets(TESTS / f"outcomes_heldout{number}")["es"]:
            wanted = {HELDOUT_RULE_OF_LABEL[label]} if label in HELDOUT_RULE_OF_LABEL else set()
            if judge_with_length(text, "pt") - wanted - {"MC-LO-005"}:
                wrong.append(text)
    assert wrong == []


# --- MC-UR-002 --------------------------------------------------------------------------------------------------


def _further(url: str, body: str, languages: list[str] | None = None) -> set[str]:
    data = baseline()
    data["further_information"] = url
    data["awarding_bodies"][0]["url"] = body
    if languages:
        data["languages"] = languages
    return _rules(data, ("MC-UR-002",))


@pytest.mark.parametrize(
    ("url", "body", "noted"),
    [
        ("https://www.münchen.de/", "https://www.xn--mnchen-3ya.de", True),
        ("https://www.xn--mnchen-3ya.de/en/", "https://www.MÜNCHEN.de/", True),
        ("https://bücher.example/", "https://xn--bcher-kva.example/kurse", True),
        ("https://[2001:db8:0:0::1]:8443/", "https://[2001:DB8::1]", True),
        ("https://www.hva.nl:443/", "https://www.hva.nl", True),
        ("https://user@www.hva.nl/", "https://www.hva.nl", True),
        ("https://www.hva.nl//", "https://www.hva.nl", True),
        ("https://www.hva.nl/en//", "https://www.hva.nl", True),
        ("https://www.hva.nl/?", "https://www.hva.nl", True),
        ("https://www.hva.nl/#", "https://www.hva.nl", True),
        ("https://www.hva.nl/?course=data-ethics", "https://www.hva.nl", False),
        ("https://www.hva.nl/#data-ethics", "https://www.hva.nl", False),
        ("https://www.hva.nl//data-ethics", "https://www.hva.nl", False),
        ("https://www.hva.nl/%2F", "https://www.hva.nl", False),
        ("https://www.münchen.de/", "https://www.xn--mnchen-4ya.de", False),
        ("https://[2001:db8::2]/", "https://[2001:db8::1]", False),
    ],
)
def test_further_information_on_the_bodys_site(url: str, body: str, noted: bool) -> None:
    assert _further(url, body) == ({"MC-UR-002"} if noted else set())


def test_a_path_of_slashes_is_judged_in_linear_time() -> None:
    def read(size: int) -> object:
        body = "https://www.hva.nl"
        assert _further(body + "/" * size, body) == {"MC-UR-002"} and not _further(body + "/" * size + "x", body)
        return size

    assert_linear(read, 10_000, 40_000)


def test_an_impossible_host_is_no_site() -> None:
    for url in ("https://" + "a" * 70 + ".example/", "https://ex..ample/", "https://[::1/"):
        assert _further(url, "https://" + "a" * 70 + ".example") <= {"MC-UR-002"}


# --- MC-DT-007 --------------------------------------------------------------------------------------------------


def _scheduled(**schedule: str) -> set[str]:
    data = baseline()
    data["participation"]["schedule"] = schedule
    return _rules(data, ("MC-DT", "MC-SC"))


@pytest.mark.parametrize(
    ("schedule", "wanted"),
    [
        ({"start": "2031-11-29"}, set()),  # five years to the day after --now
        ({"start": "2031-11-30"}, {"MC-DT-007"}),
        ({"end": "2031-11-30"}, {"MC-DT-007"}),
        ({"start": "9999-12-31", "end": "9999-12-31"}, {"MC-SC-001"}),  # a placeholder, told once
        ({"start": "0001-01-01", "end": "9999-12-31"}, {"MC-SC-001"}),
        ({"start": "2569-02-02", "end": "2569-04-10"}, {"MC-SC-001"}),  # a Buddhist-era year
        ({"start": "R8-02-02"}, {"MC-SC-001"}),  # a Japanese era
        ({"start": "2100-01-01", "end": "2099-12-31"}, {"MC-DT-004"}),
    ],
)
def test_schedules_at_the_ends_of_the_calendar(schedule: dict[str, str], wanted: set[str]) -> None:
    assert _scheduled(**schedule) - {"MC-DT-003"} == wanted


@pytest.mark.parametrize("years", [1e-9, 0.5, 7_999, 1e300])
@pytest.mark.parametrize("today", ["0001-01-01", "2028-02-29", "9999-12-30"])
def test_far_ahead_with_any_option_at_any_date(years: float, today: str) -> None:
    from datetime import date

    rule = ScheduleNotFarAhead()
    doc = Descriptor({"kind": "offer", "participation": {"schedule": {"start": "9999-12-31", "end": "9999-12-31"}}})
    hits = list(rule.check(doc, RuleContext(options={"max_years_ahead": years}, today=date.fromisoformat(today))))
    assert len(hits) <= 1


# --- MC-WL-004 --------------------------------------------------------------------------------------------------


def _workload(duration: str, workload: dict[str, Any]) -> set[str]:
    data = baseline()
    data["participation"]["schedule"] = {"duration": duration}
    data["workload"] = workload
    return _rules(data, ("MC-WL-004",))


@pytest.mark.parametrize(
    ("duration", "workload", "wanted"),
    [
        ("PT16H", {"ects": 0.1}, {"MC-WL-004"}),
        ("P0DT16H", {"ects": 0.1}, {"MC-WL-004"}),
        ("P0Y0M0DT16H0M0S", {"ects": 0.1}, {"MC-WL-004"}),
        ("P0W", {"ects": 0.1}, set()),
        ("P1DT16H", {"ects": 0.1}, set()),  # a day and more: when the learning runs
        ("P1D", {"ects": 0.1}, set()),
        ("PT0S", {"ects": 0.1}, set()),
        ("P999999Y", {"ects": 5}, set()),
        ("PT999999999H", {"ects": 0.1}, set()),
        ("PT" + "9" * 5_000 + "H", {"ects": 0.1}, set()),
        ("PT16H", {"hours": 4}, set()),
    ],
)
def test_durations_of_absurd_size(duration: str, workload: dict[str, Any], wanted: set[str]) -> None:
    assert _workload(duration, workload) == wanted


def test_in_hours_reads_the_date_part() -> None:
    assert [in_hours(d) for d in ("PT16H", "P0DT28H", "P0Y0M0W0DT1S", "P0D", "P1DT1H", "P", "PT", 16, None)] == [
        True, True, True, False, False, False, False, False, False,
    ]  # fmt: skip


# --- pointer steps ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("length", [2, 20, 2_000])
def test_a_step_with_leading_zeros_names_no_index(length: int) -> None:
    items = list(range(length))
    sentinel = object()
    for step in ("01", "00", "0001", "0" * 5_000 + "1"):
        assert jp.walk(items, [step], sentinel) is sentinel
    assert jp.walk(items, ["0"]) == 0 and jp.walk(items, ["1"]) == 1 and jp.walk(items, [1]) == 1
    assert jp.walk(items, [10**5_000], sentinel) is sentinel and jp.walk(items, [-1], sentinel) is sentinel


# --- credit-system names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Kandidaturen", "Legislaturen", "Präfekturen", "Skulpturen", "Nomenklaturen", "Klausuren", "Studienstrukturen"],
)
def test_plurals_in_ur_are_no_hours(name: str) -> None:
    assert not counts_hours(f"Punkte für {name}")


@pytest.mark.parametrize("name", ["contacturen", "werkuren", "klokuren", "lesuren", "praktijkuren", "Kontaktstunden"])
def test_hour_compounds_still_count_hours(name: str) -> None:
    assert counts_hours(name)


# --- a regulations name joined by its own "and" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "only_the_rules"),
    [
        ("according to the study and examination regulations", True),
        ("selon le règlement des études et des examens", True),
        ("selon le règlement des études et des examens écrits et oraux", False),
        ("selon le règlement des études et d'examens", True),
        ("secondo il regolamento didattico e degli esami", True),
        ("selon le règlement et des examens écrits", False),
        ("secondo il regolamento e degli esami orali", False),
        ("according to the regulations and of the exam", False),
        ("volgens het reglement en van de examencommissie", False),
    ],
)
def test_a_joining_word_before_a_genitive(text: str, only_the_rules: bool) -> None:
    assert (_ONLY_THE_RULES.match(text) is not None) is only_the_rules


@pytest.mark.parametrize("joining", ["and", "et", "und", "e", "&"])
def test_joining_words_repeated_to_the_cap(joining: str) -> None:
    for text in (
        ("according to the " + f"{joining} " * 40)[:68] + "regulations",
        "according to the regulations " + f"{joining} of " * 20,
    ):
        assert _ONLY_THE_RULES.match(text[:80]) is None
