"""MC-QA-001: a department, office or service of an awarding body named as its external quality assurance body.

The names are the awarding body's own in twelve languages (of two words or more, or of one distinctive word), held by the unit's name as it is or inflected (a genitive,
an accent moved); the bodies that must pass carry a provider's name or words without being a unit of it (an agency
named after it, a certifier sharing a word, another school's office).
"""

from __future__ import annotations

import pytest

from qa_checker.rules.quality import _name_inside
from tests.conftest import baseline
from tests.heldout import data_findings

UNITS = [
    ("University of Tartu", "Quality Office of the University of Tartu"),
    ("University of Tartu", "University of Tartu Quality Office"),
    ("Tartu Ülikool", "Tartu Ülikooli kvaliteediosakond"),
    ("Uniwersytet Warszawski", "Biuro ds. Jakości Kształcenia Uniwersytetu Warszawskiego"),
    ("Univerzita Karlova", "Odbor kvality Univerzity Karlovy"),
    ("Universität Wien", "Stabsstelle Qualitätssicherung der Universität Wien"),
    ("Vilniaus universitetas", "Vilniaus universiteto Kokybės skyrius"),
    ("Università di Bologna", "Presidio della Qualità dell'Università di Bologna"),
    ("Universidad de Salamanca", "Unidad de Evaluación de la Calidad de la Universidad de Salamanca"),
    ("Université de Lille", "Direction de la qualité de l'Université de Lille"),
    ("Helsingin yliopisto", "Helsingin yliopiston laatuyksikkö"),
    ("Hogeschool van Amsterdam", "Afdeling Kwaliteitszorg Hogeschool van Amsterdam"),
    (
        "Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών",
        "Μονάδα Διασφάλισης Ποιότητας του Εθνικού και Καποδιστριακού Πανεπιστημίου Αθηνών",
    ),
    ("Софийски университет", "Отдел по качеството на Софийския университет"),
    ("Universitatea din București", "Departamentul de Asigurare a Calității al Universității din București"),
    # a name of one distinctive word: an acronym or a long compound (found by a probe that named the units of 862
    # held-out providers as their external bodies: one-word names were never read)
    ("NTNU", "Quality Assurance Office of NTNU"),
    ("VDAB", "Dienst Kwaliteitszorg VDAB"),
    ("Mittuniversitetet", "Kvalitetsavdelningen vid Mittuniversitetet"),
    ("Linnéuniversitetet", "Quality Office of Linnéuniversitetet"),
    # a name of two words or more by its initials (the closing note of the last session: "Quality office HvA")
    ("Hogeschool van Amsterdam", "Quality office HvA"),
    ("Universitat Politècnica de Catalunya", "UPC Quality Unit"),
]
OTHERS = [
    ("Hochschule Hannover", "Hochschule Hannover Akkreditierungsagentur"),  # an agency named after it
    ("Bulgarian Chamber of Commerce and Industry", "Bureau Veritas Bulgaria"),
    ("University of Tartu", "Estonian Quality Agency for Higher and Vocational Education"),
    ("Robert Bosch GmbH", "TÜV SÜD Service Center"),
    ("Tartu Ülikool", "Tartu Kõrgkooli kvaliteediosakond"),  # another school's department in the same town
    ("Nordic Institute", "Nordic Institutional Accreditation Office"),
    ("Universität Wien", "Universität Wien Qualitätssicherung"),  # no unit's word
    ("Universität Wien", "Qualitätsbüro der Universität"),  # one word of the name
    ("Afpa", "Quality Office of Afpa Consulting"),  # one short word, shared by unrelated bodies
    ("Fontys", "Fontys Kwaliteitsbureau"),  # one word of neither kind
    ("Universitat Politècnica de Catalunya", "Quality Office of AQU Catalunya"),  # another body's initials
]


@pytest.mark.parametrize(("provider", "body"), UNITS)
def test_a_unit_of_the_awarding_body_is_told(provider: str, body: str) -> None:
    assert _name_inside(body, [provider]) == provider
    data = baseline()
    data["awarding_bodies"][0]["name"] = {"en": provider}
    data["quality_assurance"]["external"] = {"body": body, "country": "NL", "framework": "ESG"}
    assert ("MC-QA-001", "/quality_assurance/external/body") in data_findings(data, "eu-2022")


@pytest.mark.parametrize(("provider", "body"), OTHERS)
def test_another_body_carrying_the_name_or_its_words_is_not(provider: str, body: str) -> None:
    assert _name_inside(body, [provider]) is None


def test_the_name_is_looked_for_in_time_linear_in_the_body_and_the_names() -> None:
    names = [f"Akademie Nummer {n} GmbH" for n in range(2_000)]
    body = " ".join(["Abteilung", *(f"Wort{n}" for n in range(20_000)), "Akademie", "Nummer", "1999", "GmbH"])
    assert _name_inside(body, names) == "Akademie Nummer 1999 GmbH"
