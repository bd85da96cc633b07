"""An identity document named only to say it is not needed ("no photo ID required", "Personalausweis nicht
erforderlich", "sans pièce d'identité") denies the identity check (MC-AS-001): it states no checked sitting, does
not back a claim of one, and is no sitting against a claim of none. Naming the document to bring still states one.

FIXING holds the cases written before the fix and read while fixing it; HELD_OUT the cases written at the same time
and run only once the fix was done: none of the 30 failed then. ADMISSION_STATED was written after the first fix, when
"without" named a requirement ("not admitted without photo ID"): all 17 failed before the refusals were read; one
label was wrong (a bare "DNI" states no sitting by design, so "Sin DNI no se podrá acceder" is only no denial).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.rules.supervision_text import affirms_checked_sitting, denials, sittings
from tests.conftest import NOW, baseline
from tests.timing import assert_linear

FIXING_DENIED = [
    ("en", "Online quiz taken at home; no photo ID required."),
    ("en", "Photo ID is not required."),
    ("en", "No passport or ID card needed."),
    ("en", "No ID check."),
    ("de", "Online-Test zu Hause, ohne Lichtbildausweis."),
    ("de", "Personalausweis nicht erforderlich."),
    ("de", "Ein Lichtbildausweis ist nicht erforderlich."),
    ("de", "Kein Lichtbildausweis nötig."),
    ("de", "Keine Ausweiskontrolle."),
    ("fr", "Test en ligne, sans pièce d'identité."),
    ("fr", "Aucune pièce d'identité n'est requise."),
    ("fr", "Pièce d'identité non requise."),
    ("fr", "Pas de contrôle d'identité."),
    ("es", "No se requiere DNI."),
    ("es", "No se requiere documento de identidad."),
    ("es", "Sin documento de identidad."),
    ("es", "No hay control de identidad."),
    ("it", "Non è richiesto un documento d'identità."),
    ("it", "Senza documento d'identità."),
    ("it", "Nessun controllo dell'identità."),
    ("nl", "Geen legitimatie nodig."),
    ("nl", "Legitimatie is niet nodig."),
    ("nl", "Geen identiteitsbewijs vereist."),
    ("pl", "Nie jest wymagany dowód osobisty."),
    ("pl", "Dowód osobisty nie jest wymagany."),
    ("pl", "Bez dowodu osobistego."),
    ("pt", "Não é necessário cartão de cidadão."),
    ("pt", "Sem documento de identificação."),
    ("ro", "Nu este necesară carte de identitate."),
    ("cs", "Občanský průkaz není vyžadován."),
    ("sv", "Legitimation krävs inte."),
    ("sv", "Ingen legitimation krävs."),
    ("da", "Billed-id er ikke påkrævet."),
    ("fi", "Henkilökorttia ei tarvita."),
    ("hu", "Személyi igazolvány nem szükséges."),
]

FIXING_STATED = [
    ("en", "Bring your photo ID."),
    ("de", "Lichtbildausweis mitbringen."),
    ("fr", "Munissez-vous de votre pièce d'identité."),
    ("es", "Traiga su documento de identidad."),
    ("it", "Portare un documento d'identità."),
    ("nl", "Neem je identiteitsbewijs mee."),
    ("pl", "Należy okazać dowód osobisty."),
    ("pt", "Traga o cartão de cidadão."),
]

# A document without which no one is admitted is required: found once the denials above were read ("without").
ADMISSION_STATED = [
    ("en", "Candidates without photo ID will not be admitted."),
    ("en", "No entry to the exam room without a passport."),
    ("en", "No photo ID, no exam."),
    ("de", "Ohne Lichtbildausweis kein Zutritt zur Prüfung."),
    ("de", "Wer ohne Personalausweis erscheint, wird nicht zugelassen."),
    ("fr", "Aucun candidat ne sera admis sans pièce d'identité."),
    ("fr", "Les candidats sans carte d'identité ne seront pas admis."),
    ("es", "No se admitirá a nadie sin documento de identidad."),
    ("es", "Sin pasaporte no se podrá acceder al examen."),
    ("it", "Senza documento d'identità non si è ammessi all'esame."),
    ("it", "Non saranno ammessi candidati senza passaporto."),
    ("nl", "Zonder identiteitsbewijs word je niet toegelaten."),
    ("nl", "Geen toegang zonder legitimatie."),
    ("pl", "Bez dowodu osobistego nie można przystąpić do egzaminu."),
    ("pl", "Osoby bez legitymacji studenckiej nie zostaną dopuszczone."),
    ("pt", "Sem cartão de cidadão não é permitida a entrada."),
    ("pt", "Não serão admitidos candidatos sem documento de identificação."),
]

# Written with FIXING, run once the fix was done.
HELD_OUT_DENIED = [
    ("en", "Learners do not need to show a passport."),
    ("en", "There is no need to bring an identity document."),
    ("en", "A student card is not needed for the online test."),
    ("de", "Ein Reisepass wird nicht verlangt."),
    ("de", "Es ist kein Personalausweis erforderlich."),
    ("de", "Teilnahme ohne Studierendenausweis möglich."),
    ("fr", "La carte d'identité n'est pas requise."),
    ("fr", "Le test se passe sans carte d'étudiant."),
    ("es", "No es necesario presentar el pasaporte."),
    ("es", "El documento de identidad no es necesario."),
    ("it", "Il passaporto non è richiesto."),
    ("it", "Non serve la carta d'identità."),
    ("nl", "Een paspoort is niet vereist."),
    ("nl", "Zonder identiteitskaart."),
    ("pl", "Paszport nie jest potrzebny."),
    ("pl", "Nie trzeba okazywać legitymacji studenckiej."),
    ("pt", "O passaporte não é necessário."),
    ("pt", "Não é preciso apresentar o cartão de cidadão."),
    ("ro", "Cartea de identitate nu este necesară."),
    ("sv", "Utan legitimation."),
    ("fi", "Henkilöllisyystodistusta ei tarvita."),
]

HELD_OUT_STATED = [
    ("en", "Candidates must present a passport or ID card at the test centre."),
    ("de", "Bitte den Personalausweis vorlegen."),
    ("fr", "Une pièce d'identité est requise."),
    ("es", "Es obligatorio presentar el DNI."),
    ("it", "È richiesto un documento d'identità."),
    ("nl", "Een geldig identiteitsbewijs is verplicht."),
    ("pl", "Wymagany jest dowód osobisty."),
    ("pt", "É necessário o cartão de cidadão."),
    ("sv", "Legitimation krävs."),
]


def _denies_the_check(lang: str, text: str) -> None:
    value = {lang: text}
    assert not affirms_checked_sitting(value)
    assert sittings(value, "/d") == []
    assert [d.kind for d in denials(value, "/d")] == ["no-id-check"]


def _states_the_sitting(lang: str, text: str) -> None:
    value = {lang: text}
    assert affirms_checked_sitting(value)
    assert sittings(value, "/d")
    assert denials(value, "/d") == []


@pytest.mark.parametrize(("lang", "text"), FIXING_DENIED)
def test_a_document_not_required_denies_the_check(lang: str, text: str) -> None:
    _denies_the_check(lang, text)


@pytest.mark.parametrize(("lang", "text"), FIXING_STATED)
def test_a_document_to_bring_states_the_sitting(lang: str, text: str) -> None:
    _states_the_sitting(lang, text)


@pytest.mark.parametrize(("lang", "text"), ADMISSION_STATED)
def test_a_document_without_which_no_one_is_admitted_states_the_sitting(lang: str, text: str) -> None:
    _states_the_sitting(lang, text)


def test_a_short_name_required_for_admission_is_no_denial() -> None:
    """A bare "DNI" states no sitting (it may be a login), but one without which no one sits is not denied."""
    assert denials({"es": "Sin DNI no se podrá acceder al examen."}, "/d") == []


@pytest.mark.parametrize(("lang", "text"), HELD_OUT_DENIED)
def test_held_out_documents_not_required_deny_the_check(lang: str, text: str) -> None:
    _denies_the_check(lang, text)


@pytest.mark.parametrize(("lang", "text"), HELD_OUT_STATED)
def test_held_out_documents_to_bring_state_the_sitting(lang: str, text: str) -> None:
    _states_the_sitting(lang, text)


def _findings(assessment: dict[str, Any]) -> list[str]:
    data = baseline()
    data["assessment"] = assessment
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [str(f.message) for f in result.findings if f.rule == "MC-AS-001"]


def test_a_checked_claim_is_not_backed_by_a_document_not_required() -> None:
    found = _findings(
        {
            "types": ["portfolio"],
            "supervision": "supervised-online-id-check",
            "description": {"en": "Portfolio reviewed online; no photo ID required."},
        }
    )
    assert len(found) == 1 and "no photo ID required" in found[0]


def test_a_claim_of_no_supervision_is_not_contradicted_by_a_document_not_required() -> None:
    found = _findings(
        {
            "types": ["portfolio"],
            "supervision": "unsupervised",
            "description": {"de": "Portfolio, online eingereicht; Personalausweis nicht erforderlich."},
        }
    )
    assert found == []


READS: dict[str, Callable[[int], object]] = {
    "en-list": lambda n: denials({"en": "no " + "photo id or " * (n // 12)}, "/d"),
    "en-after": lambda n: sittings({"en": "passport " * (n // 9) + "is not"}, "/d"),
    "de-after": lambda n: sittings({"de": "Lichtbildausweis " * (n // 17) + "ist nicht"}, "/d"),
    "fr-negated": lambda n: affirms_checked_sitting({"fr": "pièce d'identité non " * (n // 21)}),
    "pl-before": lambda n: sittings({"pl": "nie jest wymagany " * (n // 18) + "dowód osobisty"}, "/d"),
    "any-language": lambda n: sittings("no " + "passport " * (n // 9), "/d"),
    "refusal-before": lambda n: denials({"en": "not admitted " * (n // 13) + "without a passport"}, "/d"),
    "refusal-after": lambda n: denials({"de": "ohne Ausweis " * (n // 13) + "nicht zugelassen"}, "/d"),
    "refusal-any-language": lambda n: denials("no " * (n // 3) + "photo id, no exam", "/d"),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_denials_of_documents_read_in_linear_time(name: str) -> None:
    assert_linear(READS[name])
