"""``kind: Credential`` (a spreadsheet export's capital, or ``credentail``) is a slip of one field: told once at /kind, and the
descriptor judged as the credential it says it is, not told that its learner, date of issuing and grade do not
apply to an offer."""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.descriptor import Descriptor, meant_kind
from qa_checker.document import Document
from qa_checker.validation import validate
from tests.conftest import NOW, baseline


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("credential", "credential"),
        ("Credential", "credential"),
        (" OFFER ", "offer"),
        ("credentail", "credential"),
        ("offers", "offer"),
        ("course", None),
        ("certificate", None),
        (3, None),
    ],
)
def test_a_kind_is_read_whatever_its_case(written: object, meant: str | None) -> None:
    assert meant_kind(written) == meant
    assert Descriptor({"kind": written}).kind == (meant or "offer")


def _credential(kind: str) -> dict[str, object]:
    data = baseline()
    data.update(
        kind=kind,
        learner={"name": "Ana Pop", "identifier": {"scheme": "national", "value": "1900101123456"}},
        issue_date="2026-05-20",
        grade="9",
    )
    return data


@pytest.mark.parametrize("kind", ["Credential", "credentail"])
def test_a_credential_kind_misspelt_is_told_once_and_judged_as_a_credential(kind: str) -> None:
    assert [f.pointer for f in validate(_credential(kind))] == ["/kind"]
    assert validate(_credential("credential")) == []
    [result] = check_documents(
        [Document(source="c.json", data=_credential("Credential"), format="json")], now=NOW
    ).results
    assert result.kind == "credential" and result.elements["learner"] == "present"
    assert [f.pointer for f in result.findings if f.rule == "MC-SC-001"] == ["/kind"]


def test_an_offer_with_a_learner_is_still_told_the_learner_does_not_apply() -> None:
    data = _credential("offer")
    assert {f.pointer for f in validate(data)} == {"/learner", "/issue_date", "/grade"}
