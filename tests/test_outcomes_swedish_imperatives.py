"""Swedish outcomes written as instructions, the imperative first ("Beskriv ...", "Läs och tolka ...", "Sätt upp
...").

A verb whose present ends in -er makes its imperative by dropping the infinitive's -a ("beskriva", "beskriver":
"beskriv"), one whose present ends in -ar keeps it ("tolka"). These stems were read as no verb (MC-LO-001 on a good
outcome), and those that end as a participle or an s-form does ("använd", "läs", "mät") were taken for one. A stem is
as often a noun ("fall", "stöd", "underhåll"), so one is read as the imperative only where the action is expected, and
never before "av" ("Underhåll av hydrauliska system" heads a topic). A particle verb's imperative ("sätt upp", "välj
ut") is listed with the verb. A second action joined to an imperative by "och" is one too: an imperative before its
object's article or pronoun ("och bedöm dem"; "metoder och sätt att ..." names a noun), or an infinitive, which a verb
of the first conjugation writes as its imperative ("Mät ... och dokumentera dem"). Labelled before each change.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

CASES = [
    ("Beskriv de vanligaste metoderna för riskbedömning.", set()),
    ("Beskriv de vanligaste metoderna för riskbedömning på ett säkert sätt.", set()),
    ("Skriv en teknisk rapport om ett mätprojekt.", set()),
    ("Välj lämpliga material för en given konstruktion.", set()),
    ("Bedöm kvaliteten i ett utfört arbete.", set()),
    ("Använd digitala verktyg för att planera ett projekt.", set()),
    ("Byt ut en defekt komponent i ett elsystem.", set()),
    ("Sätt upp en budget för ett mindre projekt.", set()),
    ("Välj ut lämpliga metoder för datainsamling.", set()),
    ("Följ upp en verksamhets resultat mot budget.", set()),
    ("Läs och tolka ritningar för VVS-installationer.", {"MC-LO-004"}),
    ("Mät och dokumentera luftflöden i ett ventilationssystem.", {"MC-LO-004"}),
    ("Underhåll av hydrauliska system i arbetsmaskiner.", {"MC-LO-001"}),
    ("Fall och skador inom äldreomsorgen.", {"MC-LO-001"}),
    ("Test av mjukvara och kvalitetssäkring.", {"MC-LO-001"}),
    ("Val av material för en konstruktion.", {"MC-LO-001"}),
    ("Stöd till anhöriga inom vården.", {"MC-LO-001"}),
    ("Lagar och regler inom arbetsmiljö.", {"MC-LO-001"}),
    ("Läs ritningar för VVS-installationer och bedöm dem.", {"MC-LO-004"}),
    ("Mät luftflöden och dokumentera dem i ett protokoll.", {"MC-LO-004"}),
    ("Skriv en rapport och presentera den för gruppen.", {"MC-LO-004"}),
    ("Beskriv metoder och sätt att förebygga fallolyckor.", set()),
    ("Beskriv hur man väljer och monterar en pump.", set()),
]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_an_imperative_is_the_action_and_a_stem_heading_a_topic_is_none(text: str, rules: set[str]) -> None:
    assert judge_with_length(text, "sv") == rules
