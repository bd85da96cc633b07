"""The text report names what is missing as a reader does, in English as in every other language.

A colleague following the README found ``missing elements: issuer_country`` in English while German says
"Land/Region des Ausstellers": the key is how the JSON names an element, not how a reader does. The HTML
report, the workbook's Principles sheet and the rule reference already name elements and principles by
their labels in English; the text report and the workbook's Rules sheet now do too.
"""

from __future__ import annotations

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.elements import ELEMENTS_BY_KEY
from qa_checker.i18n import translator
from qa_checker.principles import PRINCIPLES_BY_KEY
from qa_checker.reporting import labels, render
from tests.conftest import NOW, baseline


def _without_country_and_workload() -> dict:
    data = baseline()
    for body in data["awarding_bodies"]:
        body.pop("country", None)
    data.pop("workload")
    return data


def test_english_text_names_the_missing_elements_by_their_labels() -> None:
    report = check_documents([Document(source="d.yaml", data=_without_country_and_workload(), format="yaml")], now=NOW)
    text = render(report, "text")
    assert "  missing elements: Country/region of the issuer, Notional workload (ECTS wherever possible)\n" in text
    assert "issuer_country" not in text.split("missing elements:", 1)[1].split("\n", 1)[0]


def test_english_text_names_the_principles_beyond_by_their_labels() -> None:
    report = check_documents([Document(source="d.yaml", data=baseline(), format="yaml")], now=NOW)
    text = render(report, "text")
    assert "Annex II principles needing evidence beyond the descriptors: Quality, Relevance," in text
    assert "Learner-centred" in text and "learner_centred" not in text.split("beyond the descriptors:", 1)[1]


def test_every_language_names_an_element_by_its_label() -> None:
    for language in ("en", "de", "fr", "es", "it", "nl", "pl"):
        tr = translator(language)
        for key, element in ELEMENTS_BY_KEY.items():
            assert labels.named(tr, key, element.label) == tr.gettext(element.label), (language, key)
        for key, principle in PRINCIPLES_BY_KEY.items():
            assert labels.named(tr, key, principle.label) == tr.gettext(principle.label), (language, key)


def test_a_value_without_a_label_keeps_its_key() -> None:
    assert labels.named(translator("en"), "some_key", "") == "some_key"
    assert labels.named(translator("de"), "some_key", "") == "some_key"
