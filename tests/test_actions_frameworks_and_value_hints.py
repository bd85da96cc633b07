"""Semicolon-joined actions, generic framework names by country, sub-level, date and duration hints, regions."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker import validation
from qa_checker.descriptor import Descriptor
from qa_checker.rules.consistency import national_eqf
from tests.conftest import baseline
from tests.rules.cases import RULE_FIXTURES, Case, build_descriptor, run_case


def findings(rule: str, changes: dict[str, Any], remove: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The pointer and message of each finding of ``rule`` on the good offer with ``changes`` set."""
    spec = {"id": "leftover", "set": changes, "remove": list(remove)}
    return [(f.pointer, f.message) for f in run_case(Case(rule, "leftover", spec, RULE_FIXTURES / f"{rule}.yaml"))]


def outcome(language: str, text: str) -> dict[str, Any]:
    """Changes making the good offer's outcomes one statement and its text in ``language``."""
    return {"/languages": [language], "/title": {language: "Title"}, "/learning_outcomes": [{language: text}]}


class TestSemicolonJoinsActions:
    @pytest.mark.parametrize(
        ("language", "text", "actions"),
        [
            ("en", "Calculate the heat loss of a building; present the results to a client.", "calculate, present"),
            ("en", "Design a database schema; normalise it to 3NF.", "design, normalise"),
            (
                "de",
                "Den Wärmeverlust eines Gebäudes berechnen; die Ergebnisse einem Kunden präsentieren.",
                "präsentieren",
            ),
            ("fr", "Calculer les pertes thermiques d'un bâtiment ; présenter les résultats à un client.", "présenter"),
            ("es", "Calcular la pérdida de calor de un edificio; presentar los resultados a un cliente.", "presentar"),
            (
                "it",
                "Calcolare la dispersione termica di un edificio; presentare i risultati a un cliente.",
                "presentare",
            ),
            (
                "nl",
                "Het warmteverlies van een gebouw berekenen; de resultaten aan een klant presenteren.",
                "presenteren",
            ),
            ("pl", "Oblicza straty ciepła budynku; przedstawia wyniki klientowi.", "przedstawiać"),
        ],
    )
    def test_clauses_a_semicolon_separates_are_two_actions(self, language: str, text: str, actions: str) -> None:
        found = findings("MC-LO-004", outcome(language, text))
        assert [pointer for pointer, _ in found] == [f"/learning_outcomes/0/{language}"]
        assert "combines 2 actions" in found[0][1] and actions in found[0][1]

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "Select suitable hand tools: hammers; saws; drills."),
            ("en", "Identify hazards such as falls; burns; cuts."),
            ("en", "Select materials (timber; steel; concrete) for a small extension."),
            ("de", "Geeignete Werkzeuge auswählen: Hämmer; Sägen; Bohrer."),
            ("fr", "Utiliser les outils : marteaux ; scies ; perceuses."),
            ("es", "Utilizar herramientas: martillos; sierras; taladros."),
            ("it", "Utilizzare gli attrezzi: martelli; seghe; trapani."),
            ("nl", "Gereedschap gebruiken: hamers; zagen; boren."),
            ("pl", "Posługuje się narzędziami: młotki; piły; wiertarki."),
        ],
    )
    def test_the_items_of_a_noun_list_are_one_action(self, language: str, text: str) -> None:
        assert findings("MC-LO-004", outcome(language, text)) == []


def level(framework: str, nqf: int | str, eqf: int = 6) -> dict[str, Any]:
    return {"eqf": eqf, "nqf": {"framework": framework, "level": nqf}}


def bodies(*countries: str) -> list[dict[str, str]]:
    return [{"name": f"Body {country}", "country": country} for country in countries]


class TestGenericFrameworkNameByCountry:
    def test_the_national_framework_of_qualifications_of_a_romanian_body_is_not_irelands(self) -> None:
        changes = {"/awarding_bodies": bodies("RO"), "/level": level("National Framework of Qualifications", 6)}
        assert findings("MC-LV-003", changes) == []  # read as Ireland's, NFQ 6 would be EQF 5
        assert national_eqf(Descriptor(build_descriptor({"set": changes})))[1] == 6  # Romania's CNC, level for level

    @pytest.mark.parametrize("countries", [("IE",), ("RO", "IE")])
    def test_an_irish_body_means_the_irish_nfq(self, countries: tuple[str, ...]) -> None:
        changes = {"/awarding_bodies": bodies(*countries), "/level": level("National Framework of Qualifications", 6)}
        assert findings("MC-LV-003", changes) == [
            ("/level/nqf/level", "NFQ level 6 corresponds to EQF 5, but EQF 6 is declared")
        ]

    def test_without_a_country_the_name_is_irelands(self) -> None:
        changes = {"/level": level("National Framework of Qualifications (NFQ)", 9)}
        found = findings("MC-LV-003", changes, remove=("/awarding_bodies/0/country",))
        assert [message for _, message in found] == ["NFQ level 9 corresponds to EQF 7, but EQF 6 is declared"]

    def test_the_bare_abbreviation_of_a_romanian_body_is_not_irelands(self) -> None:
        changes = {"/awarding_bodies": bodies("RO"), "/level": level("NFQ", 6)}
        assert findings("MC-LV-003", changes) == []

    @pytest.mark.parametrize(("country", "judged"), [("AT", True), ("CH", False)])
    def test_a_german_generic_name_is_austrias_only_from_austria(self, country: str, judged: bool) -> None:
        changes = {"/awarding_bodies": bodies(country), "/level": level("Nationaler Qualifikationsrahmen", 5)}
        assert bool(findings("MC-LV-003", changes)) is judged

    def test_a_profile_requiring_the_nfq_does_not_take_a_romanian_framework_for_it(self) -> None:
        changes = {"/awarding_bodies": bodies("RO"), "/level": level("National Framework of Qualifications", 6)}
        spec = {"id": "leftover", "set": changes, "options": {"framework": "NFQ"}}
        found = run_case(Case("MC-LV-004", "leftover", spec, RULE_FIXTURES / "MC-LV-004.yaml"))
        assert [f.pointer for f in found] == ["/level/nqf/framework"]


class TestCroatianSubLevels:
    @pytest.mark.parametrize(("sub_level", "eqf"), [("7.1", 7), ("7.2", 7), ("4.1", 4), ("Razina 8.2", 8)])
    def test_a_sub_level_is_its_eqf_level(self, sub_level: str, eqf: int) -> None:
        assert findings("MC-LV-003", {"/level": level("CROQF", sub_level, eqf)}) == []

    def test_a_sub_level_that_does_not_match(self) -> None:
        found = findings("MC-LV-003", {"/level": level("Hrvatski kvalifikacijski okvir (HKO)", "7.1", 6)})
        assert [message for _, message in found] == ["HKO level 7.1 corresponds to EQF 7, but EQF 6 is declared"]

    @pytest.mark.parametrize(
        ("where", "value"),
        [(("level",), 7.1), (("level", "eqf"), 7.1), (("level", "eqf"), "7.1"), (("level", "nqf", "level"), 7.1)],
    )
    def test_a_sub_level_given_as_a_number_is_hinted_with_its_eqf_level(
        self, where: tuple[str, ...], value: Any
    ) -> None:
        hints = hints_at(where, value)
        assert hints and all(
            hint.startswith('CROQF level 7.1 is EQF 7: write level: {eqf: 7, nqf: {framework: CROQF, level: "7.1"}}.')
            for hint in hints
        )

    def test_a_decimal_that_is_no_sub_level_gets_no_such_hint(self) -> None:
        assert hints_at(("level", "eqf"), 6.1) == ["EQF levels run from 1 to 8."]

    def test_a_sub_level_of_one_other_framework_names_that_framework(self) -> None:
        # Norway's NKR alone has a level 5.1 (EQF 5).
        assert hints_at(("level", "eqf"), 5.1)[0].startswith(
            'NKR level 5.1 is EQF 5: write level: {eqf: 5, nqf: {framework: NKR, level: "5.1"}}.'
        )


def with_value(where: tuple[str, ...], value: Any) -> list[Any]:
    """The schema's findings at ``where`` on the good offer with ``value`` there."""
    data = baseline()
    if where == ("level", "nqf", "level"):
        data["level"] = {"eqf": 7, "nqf": {"framework": "CROQF", "level": value}}
    else:
        target = data
        for key in where[:-1]:
            target = target.setdefault(key, {})
        target[where[-1]] = value
    return [f for f in validation.validate(data) if f.pointer == "/" + "/".join(where)]


def hints_at(where: tuple[str, ...], value: Any) -> list[str]:
    return [f.hint for f in with_value(where, value)]


class TestDateAndDurationHints:
    @pytest.mark.parametrize("value", ["2027-2-1", "2027-02-1", "2027/02/01", "2027/2/1", "2027.2.1"])
    def test_a_year_first_date_in_another_form_is_written_back(self, value: str) -> None:
        assert [f.message for f in with_value(("last_reviewed",), value)] == [
            f"last_reviewed is '{value}', a date written year first in another form; write it as YYYY-MM-DD: 2027-02-01"
        ]

    @pytest.mark.parametrize("value", ["2/1/2027", "2027-2-30", "1/2/27"])
    def test_an_ambiguous_or_impossible_date_is_not_guessed(self, value: str) -> None:
        assert [f.message for f in with_value(("last_reviewed",), value)] == [
            f"last_reviewed is '{value}', not a calendar date written YYYY-MM-DD"
        ]

    @pytest.mark.parametrize(
        ("value", "written"),
        [("P0.5Y", "P6M"), ("P1,5Y", "P1Y6M"), ("P2.5D", "P2DT12H"), ("PT1.5H", "PT1H30M"), ("P0.25Y", "P3M")],
    )
    def test_a_fractional_duration_is_written_in_whole_smaller_units(self, value: str, written: str) -> None:
        messages = [f.message for f in with_value(("participation", "schedule", "duration"), value)]
        assert messages == [f"participation/schedule/duration is '{value}', which has the wrong form; write {written}"]

    @pytest.mark.parametrize("value", ["P1.5W", "P0.5M", "P0.1Y"])
    def test_a_fraction_that_is_no_whole_number_of_smaller_units_is_not_written_back(self, value: str) -> None:
        messages = [f.message for f in with_value(("participation", "schedule", "duration"), value)]
        assert messages == [f"participation/schedule/duration is '{value}', which has the wrong form"]


class TestRegionInTheBodysCountry:
    def test_a_region_of_another_country(self) -> None:
        assert findings("MC-VC-001", {"/awarding_bodies/0/region": "DE21"}) == [
            (
                "/awarding_bodies/0/region",
                "the region DE21 is not in Netherlands, the awarding body's country (its NUTS codes start NL)",
            )
        ]

    @pytest.mark.parametrize(
        "body",
        [
            {"name": "Example University", "country": "GR", "region": "EL30"},
            {"name": "Example University", "country": "NL", "region": "NL329"},
            {"name": "Example University", "country": "XX", "region": "DE21"},
            {"name": "Example University", "country": "FR", "region": "FR-IDF"},
        ],
    )
    def test_a_region_in_the_country_or_one_the_schema_or_the_country_check_reports(self, body: dict[str, str]) -> None:
        assert not [
            pointer for pointer, _ in findings("MC-VC-001", {"/awarding_bodies/0": body}) if "region" in pointer
        ]
