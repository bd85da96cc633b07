"""The page's words for machine values: an element's status from the reports' one list
(:mod:`qa_checker.reporting.labels`), a finding's severity under the ``finding severity`` context."""

from __future__ import annotations

import gettext

import pytest

from qa_checker.api import check_paths
from qa_checker.i18n import Translator
from qa_checker.reporting import labels
from qa_checker.rubric import load_rubric
from qa_checker.web import views
from qa_checker.web.worker import Checked
from tests.conftest import NOW, SAMPLES


@pytest.fixture(scope="module")
def checked() -> Checked:
    paths = [SAMPLES / "flawed" / "wrong-values.json", SAMPLES / "flawed" / "credential-without-learner.yaml"]
    return Checked(check_paths(paths, rubric=load_rubric(), now=NOW))


def test_the_page_has_no_element_words_of_its_own() -> None:
    assert not hasattr(views, "ELEMENT_LABEL")
    assert labels.ELEMENT_STATUS_PROSE.keys() == labels.ELEMENT_STATUS.keys()


def test_element_statuses_read_as_before_in_english(checked: Checked) -> None:
    words = {e["status"]: e["label_status"] for r in views.results(checked) for e in r["elements"]}
    assert words["present"] == "present" and words["missing"] == "missing"
    assert words["not-applicable"] == "not applicable"  # the page's prose, not the reports' "not-applicable"
    assert all(list(r["element_counts"]) == list(labels.ELEMENT_STATUS) for r in views.results(checked))


def test_a_findings_severity_is_looked_up_under_its_context(checked: Checked) -> None:
    class Catalogue(gettext.NullTranslations):
        def pgettext(self, context: str, message: str) -> str:
            return f"{context}: {message}"

    results = views.results(checked, Translator("de", Catalogue()))
    shown = {(f["severity"], f["severity_label"]) for r in results for f in r["findings"]}
    assert ("error", "finding severity: Error") in shown
    assert all(label == f"finding severity: {views.SEVERITY_LABEL[key].template}" for key, label in shown)


def test_a_title_and_a_provider_of_megabytes_are_shown_cut_short(tmp_path) -> None:
    """One upload with a 4.7 MB title made a 16 MB result page."""
    from qa_checker.reporting.html import MAX_PRINTED_CHARS
    from tests.conftest import baseline
    from tests.reporting.helpers import write_yaml

    data = baseline()
    data["title"] = "Word " * 200_000
    data["awarding_bodies"][0]["name"] = "Body " * 200_000
    write_yaml(tmp_path / "long.yaml", data)
    (shown,) = views.results(Checked(check_paths([tmp_path / "long.yaml"], rubric=load_rubric(), now=NOW)))
    assert len(shown["title"]) == len(shown["provider"]) == MAX_PRINTED_CHARS
    assert shown["title"].startswith("Word Word") and shown["provider"].startswith("Body Body")
