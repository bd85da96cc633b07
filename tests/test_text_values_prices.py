"""MC-TP-002 on a price stated as an amount: a summary that says "1.200 €" beside a price of 950 € in the field.

Found by a phrasing probe of 60 summaries that state a price as catalogues do (seven languages, labelled before the
run): the rule read only a price of nothing, so every amount the field contradicts went unreported (31 of 31). An
amount is the offering's price when it is one amount in the field's currency, for everyone: not approximate, a bound
("ab 800 €"), a range, a part's or a period's ("250 € per module"), a group's, a reduced, early or old price, a grant,
instalments, an exam's, materials' or a larger credential's; beside a note on the tax it may be net or gross, so it
contradicts only when a rate of VAT cannot account for the difference.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline
from tests.timing import assert_linear

CASES = [  # (summary, language, field amount, currency, report?)
    ("The course fee is 1,200 €.", "en", 950, "EUR", True),
    ("Price: EUR 1200 per participant.", "en", 950, "EUR", True),
    ("Participation costs €750.", "en", 950, "EUR", True),
    ("Die Teilnahmegebühr beträgt 1.200 €.", "de", 950, "EUR", True),
    ("Kosten: 1200 Euro pro Person.", "de", 950, "EUR", True),
    ("Le coût de la formation est de 1 200 €.", "fr", 950, "EUR", True),
    ("Tarif : 750 € par participant.", "fr", 950, "EUR", True),
    ("El precio del curso es de 1.200 euros.", "es", 950, "EUR", True),
    ("Matrícula: 750 €.", "es", 950, "EUR", True),
    ("La quota di iscrizione è di 1.200 euro.", "it", 950, "EUR", True),
    ("Costo: 750 €.", "it", 950, "EUR", True),
    ("De cursus kost € 1.200.", "nl", 950, "EUR", True),
    ("Deelnameprijs: 750 euro.", "nl", 950, "EUR", True),
    ("Koszt udziału: 1800 zł.", "pl", 2400, "PLN", True),
    ("Kurs kosztuje 1 800 zł brutto od osoby.", "pl", 2400, "PLN", True),
    ("The course fee is 950 €.", "en", 950, "EUR", False),
    ("Die Teilnahmegebühr beträgt 950,00 €.", "de", 950, "EUR", False),
    ("Die Teilnahmegebühr beträgt 1.200 €.", "de", 1200, "EUR", False),
    ("Price: 800 € plus VAT.", "en", 950, "EUR", False),
    ("Early-bird price 850 €, regular price 950 €.", "en", 950, "EUR", False),
    ("Frühbucherpreis: 850 €.", "de", 950, "EUR", False),
    ("Studierende zahlen 450 €.", "de", 950, "EUR", False),
    ("The full master programme costs 12,000 €.", "en", 950, "EUR", False),
    ("Payable in three instalments of 320 €.", "en", 950, "EUR", False),
    ("250 € per module.", "en", 950, "EUR", False),
    ("Preis ab 800 €.", "de", 950, "EUR", False),
    ("Costs between 800 and 1,000 €.", "en", 950, "EUR", False),
    ("Exam fee: 150 €.", "en", 950, "EUR", False),
    ("Lunch and materials (worth 200 €) are included.", "en", 950, "EUR", False),
    ("Approx. 900 € in total.", "en", 950, "EUR", False),
    ("Scholarships of up to 500 € are available.", "en", 950, "EUR", False),
    ("The fee is 1,000 US$.", "en", 950, "EUR", False),
    ("Price: 950 €, of which 150 € is the exam fee.", "en", 950, "EUR", False),
    ("Le tarif réduit est de 600 € pour les demandeurs d'emploi.", "fr", 950, "EUR", False),
    ("Los alumnos de la universidad pagan 300 €.", "es", 950, "EUR", False),
    ("Costo: 1.200 € anziché 1.500 €.", "it", 1200, "EUR", False),
    ("Kosten: € 950 excl. btw.", "nl", 950, "EUR", False),
    ("A 5 ECTS course; 30 hours at 40 € an hour of tutoring.", "en", 950, "EUR", False),
    ("The course costs CHF 1'200.", "en", 1200, "CHF", False),
    ("The course costs CHF 1'500.–", "en", 1200, "CHF", True),
    ("Course fee: €1,450 (including all materials and the exam).", "en", 1200, "EUR", True),
    ("The fee for the whole course is 1.450,00 EUR.", "de", 1200, "EUR", True),
    ("Teilnahmeentgelt 1.450 € (umsatzsteuerfrei nach § 4 Nr. 21 UStG).", "de", 1200, "EUR", True),
    ("Prix de la formation : 1 450 € net de taxe.", "fr", 1200, "EUR", False),
    ("Coste total: 1.450 €, financiable por FUNDAE.", "es", 1200, "EUR", False),
    ("Il corso ha un costo di 1.450 € IVA esente.", "it", 1200, "EUR", True),
    ("Investering: € 1.450,- (vrijgesteld van btw).", "nl", 1200, "EUR", True),
    ("Opłata za kurs: 1450 zł.", "pl", 1200, "PLN", True),
    ("Course fee: £1,450.", "en", 1200, "GBP", True),
    ("Course fee: £1,200.", "en", 1200, "GBP", False),
    ("The course is part of the MSc Data Science (tuition 9,500 € a year).", "en", 1200, "EUR", False),
    ("Kosten: 1.200 € inkl. Prüfungsgebühr von 150 €.", "de", 1200, "EUR", False),
    ("Funded places are available; the standard fee is 1,450 €.", "en", 1200, "EUR", False),
    ("Cost: 1450€.", "en", 1200, "EUR", True),
    ("Costs: EUR 1.450,-", "en", 1200, "EUR", True),
    ("Price 1 450 EUR.", "en", 1200, "EUR", True),
    ("In 2025 the fee was 1,100 €; it is now 1,200 €.", "en", 1200, "EUR", False),
    ("We offer 10 places at 1,450 € each.", "en", 1200, "EUR", False),
    ("The module earns 5 ECTS and costs 1 450 €.", "en", 1200, "EUR", True),
]


@pytest.mark.parametrize(("text", "language", "amount", "currency", "reported"), CASES)
def test_a_price_stated_in_the_summary(text: str, language: str, amount: float, currency: str, reported: bool) -> None:
    data = baseline()
    data["languages"] = [language]
    data["title"] = "Data Ethics in Practice"
    data["summary"] = text
    data["price"] = {"amount": amount, "currency": currency}
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    found = [str(f.message) for f in result.findings if f.rule == "MC-TP-002"]
    assert bool(found) == reported, found
    if reported:
        assert found[0].endswith(f"contradicts price.amount: {amount:g}")


@pytest.mark.parametrize(
    "summary",
    [
        "Participants analyse a project with a budget of EUR 2.5 million.",
        "A case of EUR 2.5 million in EU funds.",
        "Die Region investiert 3 Mio. € in Weiterbildung.",
        "Un mercado de 300 millones de euros.",
    ],
)
def test_a_sum_of_a_budget_or_a_market_is_no_price(summary: str) -> None:
    data = baseline()
    data["summary"] = summary
    data["price"] = {"amount": 950, "currency": "EUR"}
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    assert [f for f in result.findings if f.rule == "MC-TP-002"] == []


@pytest.mark.parametrize(
    "summary",
    [
        lambda n: "1" + " 234" * n + " €x",  # a run of groups that never becomes a price
        lambda n: "250 € per module. " * n,  # amounts each of something else
        lambda n: "950 € " + "990 € " * n,  # two amounts: mixed at the second
    ],
)
def test_a_summary_of_any_length_is_read_in_linear_time(summary: Callable[[int], str]) -> None:
    def read(size: int) -> object:
        data = baseline()
        data["summary"] = summary(size)
        return check_documents([Document("d.yaml", data, "yaml")], now=NOW).results

    assert_linear(read, 5_000, 20_000)
