"""A CTDL credential states the credits needed to earn it in the condition it requires
(``requires.creditValue``): they are its workload when it gives no credits itself. Several conditions
with credits are alternatives, so none is read; a learning opportunity's conditions are not its workload."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.loaders import json_


def _value(amount: float, unit: str) -> dict[str, Any]:
    return {
        "@type": "schema:ValueProfile",
        "ceterms:creditUnitType": [
            {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": unit, "ceterms:targetNodeName": "x"}
        ],
        "schema:value": amount,
    }


def _condition(*values: dict[str, Any]) -> dict[str, Any]:
    return {
        "@type": "ceterms:ConditionProfile",
        "ceterms:description": "Earn the credits",
        "ceterms:creditValue": list(values),
    }


def _resource(kind: str, *conditions: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@type": f"ceterms:{kind}",
        "@id": "https://example.net/resources/ce-0001",
        "ceterms:ctid": "ce-0001",
        "ceterms:name": {"en": "Applied Bookkeeping"},
        "ceterms:requires": list(conditions),
        **extra,
    }


def _load(data: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    [document] = json_.load(json.dumps(data).encode(), "resource.json")
    assert document.data is not None, document.findings
    return document.data, [(f.severity.value, f.message) for f in document.findings]


def test_a_credential_reads_the_credits_it_requires() -> None:
    data, findings = _load(_resource("Certificate", _condition(_value(6, "creditUnit:ECTSCredit"))))
    assert data["workload"] == {"ects": 6}
    assert ("info", "the credits are those the credential requires (requires.creditValue)") in findings


def test_required_credits_in_another_unit_are_other_credits() -> None:
    data, _ = _load(_resource("BachelorDegree", _condition(_value(120, "creditUnit:SemesterHour"))))
    assert data["workload"] == {"other_credits": {"system": "SemesterHour", "value": 120}}


def test_the_credentials_own_credits_come_first() -> None:
    own = {"ceterms:creditValue": [_value(5, "creditUnit:ECTSCredit")]}
    data, findings = _load(_resource("Certificate", _condition(_value(9, "creditUnit:ECTSCredit")), **own))
    assert data["workload"] == {"ects": 5}
    assert not any("requires.creditValue" in message for _s, message in findings)


def test_alternative_conditions_with_credits_are_not_read() -> None:
    data, findings = _load(
        _resource(
            "Certificate",
            _condition(_value(6, "creditUnit:ECTSCredit")),
            _condition(_value(9, "creditUnit:ECTSCredit")),
        )
    )
    assert "workload" not in data
    assert any(severity == "warning" and "2 conditions in requires give credits" in m for severity, m in findings)


def test_a_learning_opportunitys_required_credits_are_not_its_workload() -> None:
    data, _ = _load(_resource("Course", _condition(_value(6, "creditUnit:ECTSCredit"))))
    assert "workload" not in data
