"""A web address the schema refuses is answered with what to write instead, where its value says it: an e-mail
address is no web page, and an address without its scheme is given back in full (the closing note of the last
session named the e-mail case; found as providers write further information: "info@...", "www.hva.nl/...")."""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline

GENERIC = "Give a full web address starting with https://."
EMAIL = "Give a web page starting with https://, not an e-mail address."


def _hint(place: str, value: str) -> str:
    data = baseline()
    if place == "further_information":
        data["further_information"] = value
    else:
        data["awarding_bodies"][0]["url"] = value
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    (finding,) = [f for f in result.findings if f.rule == "MC-SC-001"]
    return str(finding.hint)


@pytest.mark.parametrize("place", ["further_information", "awarding_bodies"])
@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("info@uni.example.eu", EMAIL),
        ("mailto:info@hva.nl", EMAIL),
        ("www.hva.nl/data-ethics", "Write it in full: https://www.hva.nl/data-ethics"),
        ("hva.nl", "Write it in full: https://hva.nl"),
        ("See the course page", GENERIC),
        ("ftp://files.hva.nl/course.pdf", GENERIC),
        ("https://www.hva.nl/data ethics", GENERIC),
    ],
)
def test_a_refused_address_is_answered_with_what_to_write(place: str, value: str, hint: str) -> None:
    assert _hint(place, value) == hint
