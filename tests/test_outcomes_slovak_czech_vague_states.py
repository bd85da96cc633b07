"""Vague Slovak and Czech wording judged alike whatever the subject or the ability verb before it.

'Študent je oboznámený s ...' drew MC-LO-003 (describes the teaching) while 'Absolvent je oboznámený s ...' drew
MC-LO-002: the teacher-centred pattern for "the learner will be acquainted" also took the singular "je", naming
some learners and not others. Being acquainted is the learner's vague state: MC-LO-002 for all ('Študent bude
oboznámený' stays teacher-centred). 'Študent sa vie orientovať v ...' and 'sa dokáže orientovať' (Czech 'se umí
orientovat') drew nothing: only the finite 'sa orientuje' was vague.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

RULES = {"MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"}

CASES = [
    ("sk", "MC-LO-002", "Absolvent je oboznámený s legislatívou v oblasti ochrany osobných údajov."),
    ("sk", "MC-LO-002", "Študent je oboznámený s legislatívou v oblasti ochrany osobných údajov."),
    ("sk", "MC-LO-002", "Účastník je oboznámený s legislatívou v oblasti ochrany osobných údajov."),
    ("sk", "MC-LO-002", "Študentka je oboznámená so zásadami bezpečnosti práce."),
    ("sk", "MC-LO-003", "Študent bude oboznámený s modernými metódami riadenia projektov."),
    ("sk", "MC-LO-003", "Študenti budú oboznámení s princípmi tvorby webových aplikácií."),
    ("sk", "MC-LO-002", "Študent sa orientuje v základných právnych predpisoch."),
    ("sk", "MC-LO-002", "Študent sa vie orientovať v základných právnych predpisoch."),
    ("sk", "MC-LO-002", "Študent sa dokáže orientovať v problematike verejného obstarávania."),
    ("sk", "MC-LO-002", "Absolvent sa bude vedieť orientovať v daňovom systéme."),
    ("sk", "MC-LO-002", "Študent vie orientovať sa v základných právnych predpisoch."),
    ("cs", "MC-LO-002", "Student se umí orientovat v základních právních předpisech."),
    ("cs", "MC-LO-002", "Student se dokáže orientovat v problematice veřejných zakázek."),
    ("cs", "MC-LO-002", "Student se orientuje v základních právních předpisech."),
    ("sk", None, "Študent vie vyhľadať príslušný právny predpis pre daný prípad."),
    ("sk", None, "Študent dokáže nastaviť smerovú anténu podľa svetových strán."),
    ("cs", None, "Student umí vyhledat příslušný právní předpis pro daný případ."),
]


@pytest.mark.parametrize(("language", "rule", "text"), CASES)
def test_the_wording_draws_one_verdict(language: str, rule: str | None, text: str) -> None:
    assert judge_with_length(text, language) & RULES == ({rule} if rule else set())
