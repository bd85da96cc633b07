"""A CTDL resource's price: the ``ceterms:price`` of its one priced cost profile (``ceterms:estimatedCost``), its
``ceterms:currency`` an ISO 4217 code or a currency's exact name, as Credential Engine's own ingest samples write it
(any other text is kept as found for the vocabulary rule to judge); several priced profiles are warned of, never
added up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Severity
from qa_checker.loaders import load_file
from tests.conftest import realworld_or_skip

CTDL = "https://credreg.net/ctdl/schema/context/json"


def _cost(price: object = 1995.0, currency: object = "USD", **extra: Any) -> dict[str, Any]:
    return {
        "@type": "ceterms:CostProfile",
        "ceterms:name": {"en-US": "Tuition"},
        "ceterms:price": price,
        "ceterms:currency": currency,
        "ceterms:costDetails": "https://college.example.edu/costs",
        **extra,
    }


def _course(tmp_path: Path, *costs: dict[str, Any]) -> Document:
    course = {
        "@context": CTDL,
        "@id": "https://credentialengineregistry.org/resources/ce-1",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-1",
        "ceterms:name": {"en-US": "Leadership Essentials"},
        "ceterms:description": {"en-US": "Leads a small team through a change."},
        "ceterms:estimatedCost": list(costs),
    }
    path = tmp_path / "course.json"
    path.write_text(json.dumps(course), encoding="utf-8")
    (document,) = load_file(path)
    return document


def _import_findings(document: Document) -> list[Any]:
    return [f for f in document.findings if f.pointer == "/price"]


def test_one_priced_cost_profile_is_the_price(tmp_path: Path) -> None:
    free = {"@type": "ceterms:CostProfile", "ceterms:description": {"en-US": "Books are lent free."}}
    document = _course(tmp_path, free, _cost("1995.00"))
    assert document.data["price"] == {"amount": 1995, "currency": "USD"}
    assert document.origins["/price/amount"].pointer == "/ceterms:estimatedCost/1/ceterms:price"
    assert document.origins["/price/currency"].pointer == "/ceterms:estimatedCost/1/ceterms:currency"
    assert not _import_findings(document)


@pytest.mark.parametrize(("written", "code"), [("US Dollar", "USD"), ("euro", "EUR"), ("dollar des États-Unis", "USD")])
def test_a_currency_by_its_exact_name_is_read_as_its_code(tmp_path: Path, written: str, code: str) -> None:
    document = _course(tmp_path, _cost(currency=written))
    assert document.data["price"] == {"amount": 1995, "currency": code}
    assert not _import_findings(document)


def test_a_currency_named_by_no_code_or_name_is_kept_as_found_and_explained(tmp_path: Path) -> None:
    document = _course(tmp_path, _cost(currency="Bitcoin-ish tokens"))
    assert document.data["price"] == {"amount": 1995, "currency": "Bitcoin-ish tokens"}
    (note,) = [f for f in document.findings if f.pointer == "/price/currency"]
    assert note.rule == ids.IMPORT_NOTE and "Bitcoin-ish tokens is not an ISO 4217 code" in note.message


def test_several_priced_profiles_or_no_currency_are_warned_and_not_read(tmp_path: Path) -> None:
    document = _course(tmp_path, _cost(), _cost(price=150, **{"ceterms:name": {"en-US": "Fees"}}))
    assert "price" not in document.data
    (warning,) = _import_findings(document)
    assert warning.severity is Severity.WARNING and warning.message.startswith("estimatedCost gives 2 costs")
    assert warning.origin.pointer == "/ceterms:estimatedCost"
    no_currency = {k: v for k, v in _cost().items() if k != "ceterms:currency"}
    for cost, at in (
        (no_currency, "/ceterms:estimatedCost/0"),
        (_cost(price="call us"), "/ceterms:estimatedCost/0/ceterms:price"),
        (_cost(price="1,995"), "/ceterms:estimatedCost/0/ceterms:price"),
    ):
        document = _course(tmp_path, cost)
        assert "price" not in document.data
        (warning,) = _import_findings(document)
        assert warning.rule == ids.IMPORT_CONVERTED and warning.origin.pointer == at


def test_the_credential_engine_ingest_samples_give_their_price() -> None:
    root = realworld_or_skip() / "ctdl-credential-engine-ingest-examples"
    documents = load_file(root / "LearningProgram__1__Course-1a.json")
    assert [d.data["price"]["amount"] for d in documents] == [995]
