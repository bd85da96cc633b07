"""The quality rules' speed-ups change no verdict: each cheap pre-test lets through every text its pattern can match,
each remembered derivation gives what deriving anew gives, and a text too long to be remembered is still judged."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest

from qa_checker.descriptor import Descriptor
from qa_checker.rules import RULES_BY_ID, supervision_text
from qa_checker.rules import quality as q
from qa_checker.rules.base import RuleContext

# Every character, once (surrogates included: a str may hold them).
EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def test_what_is_no_letter_or_digit_is_what_isalnum_refuses() -> None:
    assert q._NOT_ALNUM.sub("", EVERY_CHARACTER) == "".join(c for c in EVERY_CHARACTER if c.isalnum())


def test_every_character_a_placeholder_opens_with_is_pretested() -> None:
    # the letters matched ignoring case, in any script (the Kelvin sign is a "k"), and the marks
    opening = set(re.findall(r"(?i:[tfxl])", EVERY_CHARACTER)) | set("?.…[<${")
    assert opening <= q._PLACEHOLDER_INITIALS


def test_every_phrase_that_says_nothing_opens_with_a_pretested_letter() -> None:
    for phrase in ("to be confirmed", "n/a", "Learning outcomes", "À compléter", "προς συμπλήρωση", "ще бъде обявено"):
        folded = phrase.casefold()
        assert q._SAYS_NOTHING.match(folded), phrase
        assert folded[:1] in q._SAYS_NOTHING_INITIALS, phrase


@pytest.mark.parametrize(
    ("host", "form"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("2001:db8:0::1", "2001:db8::1"),
        ("fe80::1%eth0", "fe80::1%eth0"),
        ("münchen.de", "xn--mnchen-3ya.de"),
        ("1und1.de", "1und1.de"),
        ("www.hva.nl", "www.hva.nl"),
    ],
)
def test_a_host_is_compared_in_one_form(host: str, form: str) -> None:
    assert q._host_form(host) == form


def _check(rule_id: str, data: dict[str, object]) -> list[tuple[str, str]]:
    rule = RULES_BY_ID[rule_id]()
    doc = Descriptor(data)
    ctx = RuleContext(options=dict(rule.defaults), today=date(2026, 12, 5))
    if not rule.applies(doc, ctx):
        return []
    return [(hit.pointer, str(hit.message)) for hit in rule.check(doc, ctx)]


LONG = "x" * (q._REMEMBERED_TEXT + 50)


@pytest.mark.parametrize(
    ("rule_id", "data", "pointer"),
    [
        ("MC-TP-001", {"summary": "[" + LONG + "]"}, "/summary"),
        ("MC-TP-001", {"summary": "TODO: " + LONG}, "/summary"),
        ("MC-UR-001", {"further_information": "https://intranet/" + LONG}, "/further_information"),
        (
            "MC-QA-001",
            {
                "awarding_bodies": [{"name": "Universidade do Minho " + LONG + " (UMinho)"}],
                "quality_assurance": {"external": {"body": "UMinho"}},
            },
            "/quality_assurance/external/body",
        ),
    ],
)
def test_a_text_too_long_to_be_remembered_is_judged_as_a_short_one_is(
    rule_id: str, data: dict[str, object], pointer: str
) -> None:
    assert [found for found, _ in _check(rule_id, data)] == [pointer]


@pytest.mark.parametrize(
    "text",
    [
        "to be confirmed",
        "n/a",
        "Learning outcomes",
        "siehe Modulhandbuch",
        "se kursplan",
        "Prüfung gemäß Prüfungsordnung",
        "a\u0300 de\u0301finir",
        "Hochschule Musterstadt (HSM)",
        "Universidade do Minho (UMinho)",
        "HSM",
        "https://www.hva.nl@evil.com/",
        "http://localhost:8080/x",
        "https://münchen.de/",
        "Interpret descriptive statistics in a policy report.",
    ],
)
def test_a_remembered_derivation_is_the_derivation_made_anew(text: str) -> None:
    for derive in (q._read, q._name_forms, q._keys_and_initials, q._words, q._url_problem, q._site_of, q._label_key):
        assert derive(text) == derive(text) == derive.__wrapped__(text), derive.__name__  # type: ignore[attr-defined]
    for kinds in (supervision_text._DENIALS, ("supervised",)):
        for languages in (("en",), supervision_text.LANGUAGES):
            remembered = supervision_text._mentions(text, kinds, languages)
            assert remembered == supervision_text._mentions.__wrapped__(text, kinds, languages)  # type: ignore[attr-defined]
    assert supervision_text._spaced(text) == supervision_text._spaced.__wrapped__(text)  # type: ignore[attr-defined]


def test_a_label_key_is_remembered_for_a_short_text_only() -> None:
    short, long = "Data  Literacy for Public Servants.", "Data  Literacy " + LONG
    assert q._label_key(short) is q._label_key(short) == "data literacy for public servants"
    assert q._label_key(long) is not q._label_key(long)


@pytest.mark.parametrize(
    ("data", "pointer"),
    [
        ({"id": "TODO"}, "/id"),
        ({"participation": {"mode": "TBD"}}, "/participation/mode"),
        ({"awarding_bodies": [{"name": "[Name of the university]"}]}, "/awarding_bodies/0/name"),
        ({"summary": "Hochschule Musterstadt", "awarding_bodies": [{"name": "Hochschule Musterstadt"}]}, "/summary"),
        ({"title": "Data Literacy", "summary": "Data literacy.", "prerequisites": "Data Literacy"}, "/summary"),
    ],
)
def test_a_placeholder_or_copied_name_is_found_in_any_field(data: dict[str, object], pointer: str) -> None:
    assert pointer in [found for found, _ in _check("MC-TP-001", data)]
