"""The store's promise: learners' personal data is not stored (README, "Learners' personal data is not
stored"), checked on issued credentials whose learner data stands where the learner block is not."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.store.records import result_rows
from tests.conftest import NOW
from tests.test_heldout_credentials import FOLDER

NAME = "Andrei Popescu"
NUMBER = "CNP 1900101123456"


def _stored(data: dict[str, Any], *, keep: bool = False) -> str:
    report = check_documents([Document(source="c.yaml", data=data, format="yaml")], now=NOW)
    return json.dumps(list(result_rows(report, keep_personal_data=keep)), ensure_ascii=False, default=str)


def _credential() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FOLDER / "ro-utcn-10.yaml").read_text(encoding="utf-8"))
    assert data["learner"] == {"name": NAME, "identifier": {"scheme": "national", "value": NUMBER}}
    return data


def test_the_learner_block_is_not_stored_unless_asked() -> None:
    data = _credential()
    assert NAME not in _stored(data) and NUMBER not in _stored(data)
    assert NAME in _stored(data, keep=True)


@pytest.mark.parametrize("key", ["lerner", "student"])
def test_a_learner_block_under_a_key_meaning_learner_is_not_stored(key: str) -> None:
    data = _credential()
    data[key] = data.pop("learner")
    assert NAME not in _stored(data)


def test_a_learner_identifier_inside_the_credential_id_is_not_stored() -> None:
    data = _credential()
    data["id"] = f"utcn-green-2026-{NUMBER.split()[1]}"
    assert NUMBER.split()[1] not in _stored(data)
