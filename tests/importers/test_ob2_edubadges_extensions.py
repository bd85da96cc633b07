"""The Dutch edubadges extensions of an Open Badges 2.0 badge and issuer are read: ECTS, study load and time
investment (hours), EQF level, language, learning outcome text, and the institution's name, identifier and
country; what has no descriptor field is noted where it is, and a wrong value is located."""

from __future__ import annotations

from pathlib import Path

from tests.importers.fixtures_ob2 import assertion, badge, extension, issuer, load_one, messages


def _badge_with(tmp_path: Path, **extensions: dict) -> object:
    return load_one(tmp_path, assertion(badge=badge(**{f"extensions:{k}": v for k, v in extensions.items()})))


def test_ects_eqf_and_language(tmp_path: Path) -> None:
    doc = _badge_with(
        tmp_path,
        ECTSExtension=extension("ECTSExtension", "ECTS", 2.5),
        EQFExtension=extension("EQFExtension", "EQF", 6),
        LanguageExtension=extension("LanguageExtension", "Language", "nl_NL"),
    )
    assert doc.data["workload"] == {"ects": 2.5}
    assert doc.data["level"] == {"eqf": 6}
    assert doc.data["languages"] == ["nl"]
    assert doc.origins["/workload/ects"].pointer == "/badge/extensions:ECTSExtension/ECTS"
    assert doc.origins["/level/eqf"].pointer == "/badge/extensions:EQFExtension/EQF"


def test_study_load_and_time_investment_are_hours(tmp_path: Path) -> None:
    doc = _badge_with(tmp_path, StudyLoadExtension=extension("StudyLoadExtension", "StudyLoad", 84))
    assert doc.data["workload"] == {"hours": 84}
    doc = _badge_with(tmp_path, TimeInvestmentExtension=extension("TimeInvestmentExtension", "TimeInvestment", 12))
    assert doc.data["workload"] == {"hours": 12}


def test_an_extension_written_as_a_full_iri_is_read_too(tmp_path: Path) -> None:
    key = "https://w3id.org/openbadges/extensions#ECTSExtension"
    doc = load_one(tmp_path, assertion(badge=badge(**{key: extension("ECTSExtension", "ECTS", 5)})))
    assert doc.data["workload"] == {"ects": 5}


def test_a_learning_outcome_list_is_one_outcome_per_item(tmp_path: Path) -> None:
    text = (
        "After this badge you can:\n- sketch a product for repair\n- compare two material cycles\n- plan a reuse test"
    )
    doc = _badge_with(tmp_path, LearningOutcomeExtension=extension("LearningOutcomeExtension", "LearningOutcome", text))
    assert doc.data["learning_outcomes"] == [
        "sketch a product for repair",
        "compare two material cycles",
        "plan a reuse test",
    ]
    where = "/badge/extensions:LearningOutcomeExtension/LearningOutcome"
    assert doc.origins["/learning_outcomes/2"].pointer == where
    (note,) = messages(doc, "read as 3 learning outcomes")
    assert note.origin.pointer == where


def test_a_learning_outcome_sentence_stays_one_outcome(tmp_path: Path) -> None:
    text = "Designs a repair plan for a consumer product; justifies the choice of materials."
    doc = _badge_with(tmp_path, LearningOutcomeExtension=extension("LearningOutcomeExtension", "LearningOutcome", text))
    assert doc.data["learning_outcomes"] == [text]


def test_the_extension_outcome_adds_to_the_alignment_outcomes(tmp_path: Path) -> None:
    alignment = [{"targetName": "repair products", "targetUrl": "http://data.europa.eu/esco/skill/0-test"}]
    outcome = extension("LearningOutcomeExtension", "LearningOutcome", "Plans the repair of a device.")
    doc = load_one(
        tmp_path, assertion(badge=badge(alignment=alignment, **{"extensions:LearningOutcomeExtension": outcome}))
    )
    assert [o["text"] if isinstance(o, dict) else o for o in doc.data["learning_outcomes"]] == [
        "repair products",
        "Plans the repair of a device.",
    ]
    assert doc.origins["/learning_outcomes/1"].pointer.endswith("/LearningOutcome")


def test_an_eqf_outside_1_to_8_is_kept_and_explained(tmp_path: Path) -> None:
    doc = _badge_with(tmp_path, EQFExtension=extension("EQFExtension", "EQF", 0))
    assert doc.data["level"] == {"eqf": 0}
    (note,) = messages(doc, "EQF 0 is not an EQF level 1-8")
    assert note.origin.pointer == "/badge/extensions:EQFExtension/EQF"


def test_ects_that_is_no_number_is_warned_not_read(tmp_path: Path) -> None:
    doc = _badge_with(tmp_path, ECTSExtension=extension("ECTSExtension", "ECTS", "five"))
    assert "workload" not in doc.data
    (warning,) = messages(doc, "ECTS 'five' is not a positive number")
    assert warning.severity.value == "warning" and warning.origin.pointer == "/badge/extensions:ECTSExtension/ECTS"


def test_an_extension_without_its_value_is_warned(tmp_path: Path) -> None:
    doc = _badge_with(tmp_path, ECTSExtension={"type": ["Extension", "extensions:ECTSExtension"], "ects": 3})
    assert "workload" not in doc.data
    (warning,) = messages(doc, "the extension ECTSExtension has no ECTS value")
    assert warning.origin.pointer == "/badge/extensions:ECTSExtension"


def test_extensions_without_a_descriptor_field_are_noted(tmp_path: Path) -> None:
    programme = extension("EducationProgramIdentifierExtension", "EducationProgramIdentifier", [34567])
    doc = _badge_with(tmp_path, EducationProgramIdentifierExtension=programme)
    (note,) = messages(doc, "EducationProgramIdentifierExtension has no field in the descriptor")
    assert note.severity.value == "info"
    assert note.origin.pointer == "/badge/extensions:EducationProgramIdentifierExtension"


def test_the_institution_extensions_give_the_awarding_body(tmp_path: Path) -> None:
    the_issuer = issuer(
        **{
            "extensions:InstitutionNameExtension": extension(
                "InstitutionNameExtension", "InstitutionName", "Example University"
            ),
            "extensions:InstitutionIdentifierExtension": extension(
                "InstitutionIdentifierExtension", "InstitutionIdentifier", "99XX"
            ),
            "extensions:InstitutionCountryExtension": extension(
                "InstitutionCountryExtension", "InstitutionCountry", "Netherlands"
            ),
        }
    )
    doc = load_one(tmp_path, assertion(badge=badge(issuer=the_issuer)))
    assert doc.data["awarding_bodies"] == [
        {
            "name": "Example University",
            "country": "NL",
            "identifier": {"scheme": "national", "value": "99XX"},
            "url": "https://design.example.org",
        }
    ]
    assert doc.origins["/awarding_bodies/0/name"].pointer.endswith("/InstitutionName")
    assert doc.origins["/awarding_bodies/0/country"].pointer.endswith("/InstitutionCountry")
    (note,) = messages(doc, "is part of the institution 'Example University'")
    assert "'Faculty of Design'" in note.message


def test_an_identifier_that_is_no_brin_code_is_another_identifier(tmp_path: Path) -> None:
    code = extension("InstitutionIdentifierExtension", "InstitutionIdentifier", "IAU-000123")
    doc = load_one(
        tmp_path, assertion(badge=badge(issuer=issuer(**{"extensions:InstitutionIdentifierExtension": code})))
    )
    assert doc.data["awarding_bodies"][0]["identifier"] == {"scheme": "other", "value": "IAU-000123"}
