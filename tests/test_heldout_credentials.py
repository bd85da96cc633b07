"""Held-out issued credentials through the rules, the credential-only ones above all.

``tests/heldout_credentials`` holds 57 credentials (YAML and JSON; the first 56 written, with their
expectations, before the checker was run on them, one added for a class the run showed) as issuers in 26 EU/EEA countries write them: universities, a VET school, a
chamber, MOOC platforms and a professional body; graded on national scales (1.0-5.0, 1-10, 0-20, trentesimi,
A-F and A-FX, the Danish 7-point scale), pass/fail and "not graded" in their own languages; learners named,
identified by a national or student number, an e-mail hash or a pseudonym; issued on the first day, before
the end, after it; joint and stacked credentials; under the EU baseline and the EMC profile. About half are
good with unusual but valid choices, half carry one realistic mistake. ``expectations.yaml`` says which
rules must report, and where; every other rule must stay silent, the outcome rules (MC-LO-*) excepted.
A mistake no rule of the reference judges (a grade outside its scale, a number for a pass/fail scheme)
is marked ``gap``: the checker stays silent on it. A finding the run showed to be wrong and that is not
fixed yet is marked ``known`` (the test is then expected to fail, strictly).

The run found this class of error, fixed since:

* MC-TP-001 took a course called as the template's example course ("Data Literacy for Public Servants")
  for a template left unfilled; the name of a credential (the title, one it stacks towards) is anybody's
  and now counts only beside another of the example's texts;
* a credential "not graded" in its own language was read as not graded only in en, de, fr, es, it, nl and
  pl, so MC-EL-014 asked a Swedish, Danish, Czech, Greek ... ungraded credential for its grade; pass/fail
  pairs of Catalan, Greek, Bulgarian and Icelandic, "Achieved / Not achieved", "Aprobado o suspenso" and a
  pair with its abbreviations ("Pass (P) or Fail (F)") were read as graded too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.elements import ungraded
from tests.heldout import NOW, assert_exactly_expected, expectations, expected_cases

FOLDER = Path(__file__).resolve().parent / "heldout_credentials"
EXPECTATIONS = expectations(FOLDER)


def test_every_credential_has_an_expectation() -> None:
    files = {p.name for p in FOLDER.iterdir()} - {"expectations.yaml"}
    assert files == set(EXPECTATIONS)
    assert len(files) >= 50
    assert all(yaml.safe_load((FOLDER / f).read_text(encoding="utf-8"))["descriptor_version"] for f in files)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_credential_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize(
    "scheme",
    [
        "Achieved / Not achieved",
        "Pass (P) or Fail (F)",
        "Satisfactory (S) / Unsatisfactory (U)",
        "Aprobado o suspenso",
        "Completed or not completed",
        "Apte / No apte",
        "Superat / No superat",
        "Επιτυχία / Αποτυχία",
        "издържал / неиздържал",
        "staðið / fallið",
        "Non-graded certificate of completion",
        "No grade is awarded",
        "Teilnahmezertifikat ohne Note",
        "Attestation sans notation",
        "Certificado sin nota",
        "Certificat sense qualificació",
        "Deelnamecertificaat zonder cijfer",
        "Certificado sem classificação",
        "Intyg utan betyg",
        "Kursusbevis uden karakter",
        "Kursbevis uten karakter",
        "Skírteini án einkunnar",
        "Todistus ilman arvosanaa",
        "mitteeristav hindamine",
        "Tunnistus hindeta",
        "Pažymėjimas be įvertinimo",
        "Apliecība bez vērtējuma",
        "Osvědčení bez hodnocení",
        "Osvedčenie bez hodnotenia",
        "Potvrda bez ocjene",
        "Potrdilo brez ocene",
        "Tanúsítvány érdemjegy nélkül",
        "Certificat fără notă",
        "Βεβαίωση χωρίς βαθμό",
        "Удостоверение без оценка",
    ],
)
def test_pass_fail_and_ungraded_schemes_of_more_languages_award_no_grade(scheme: str) -> None:
    assert ungraded(scheme)


@pytest.mark.parametrize(
    "scheme",
    [
        "Achieved with merit, achieved, not achieved: final grade 1-5",
        "Apte / No apte per mòdul; nota final 0-10",
        "A-F; no grade below E is awarded a credential",
        "Completed with distinction",
        "Distinction (D), Merit (M), Pass (P) or Fail (F)",
        "Pass (P) / Fail (F) / Merit (M)",
        "Suspenso, Aprobado, Notable, Sobresaliente",
        "Aprobado / Suspenso / Notable",
    ],
)
def test_a_graded_scheme_that_also_names_pass_words_is_graded(scheme: str) -> None:
    assert not ungraded(scheme)


def test_a_credential_not_graded_in_its_own_language_is_not_asked_for_a_grade() -> None:
    data = yaml.safe_load((FOLDER / "si-ul-rpl-same-day.yaml").read_text(encoding="utf-8"))
    data["assessment"]["grading_scheme"] = {"en": "Potrdilo brez ocene"}
    (result,) = check_documents([Document(source="c.yaml", data=data, format="yaml")], now=NOW).results
    assert "MC-EL-014" not in {f.rule for f in result.findings}
    assert result.elements["grade"] == "not-applicable"
