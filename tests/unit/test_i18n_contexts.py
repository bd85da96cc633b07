"""Catalogue contexts (msgctxt): the extractor keeps them, every catalogue translates each context's entry on
its own, and the translators' tools (export, merge, check) name an entry by its context and msgid."""

from __future__ import annotations

import gettext
import json
import shutil
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE, Translator, translator
from qa_checker.i18n import catalog as cat
from qa_checker.reporting import html, labels
from qa_checker.text import Text, pmsg
from qa_checker.web.application import page_environment

OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
STATUS, SEVERITY = "descriptor status", "finding severity"


@pytest.fixture(scope="module")
def extracted() -> dict[tuple[str | None, str], list[str]]:
    return {(m.context, cat._forms(m.id)[0]): [path for path, _ in m.locations] for m in cat.extract() if m.id}


def test_the_extractor_keeps_the_contexts_of_status_and_severity_words(
    extracted: dict[tuple[str | None, str], list[str]],
) -> None:
    for word in ("pass", "fail", "error", "skipped"):
        assert "qa_checker/results.py" in extracted[(STATUS, word)], word
    for word in ("PASS", "FAIL", "ERROR", "SKIPPED"):
        assert "qa_checker/reporting/labels.py" in extracted[(STATUS, word)], word
    for word in ("error", "warning", "info"):
        assert "qa_checker/reporting/labels.py" in extracted[(SEVERITY, word)], word
    for word in ("Error", "Warning", "Note"):
        assert "qa_checker/web/views.py" in extracted[(SEVERITY, word)], word
    # no place of the reports or the page asks for "error" without saying which one it means
    for owner in ("qa_checker/reporting/", "qa_checker/web/"):
        assert not any(p.startswith(owner) for p in extracted.get((None, "error"), [])), owner


def test_the_extractor_reads_pgettext_in_templates(tmp_path: Path) -> None:
    template = tmp_path / "page.html.j2"
    template.write_text('{{ pgettext("descriptor status", "Error") }} {{ _("Error") }}', encoding="utf-8")
    found = [
        (context, message)
        for _, message, _, context in extract_from_file(
            "jinja2.ext:babel_extract", str(template), keywords=cat.KEYWORDS, options={"trimmed": "true"}
        )
    ]
    assert found == [(STATUS, "Error"), (None, "Error")]


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_catalogue_says_a_status_error_and_a_severity_error_apart(language: str) -> None:
    """The status is "could not be checked", the severity a blocking problem: never the same word."""
    tr = translator(language)
    status, severity = labels.word(tr, labels.STATUS, "error"), labels.word(tr, labels.SEVERITY, "error")
    assert status != severity
    assert status != "error"
    assert labels.word(tr, labels.STATUS_UPPER, "error") == status.upper()
    # the other words of the two lists are translated under their contexts too (not left in English)
    for key in ("pass", "fail", "skipped"):
        assert labels.word(tr, labels.STATUS, key) != key
    for key in ("warning", "info"):
        assert labels.word(tr, labels.SEVERITY, key) != key


def test_a_text_with_a_context_is_looked_up_under_it() -> None:
    class Catalogue(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return f"plain {message}"

        def pgettext(self, context: str, message: str) -> str:
            return f"{context}: {message}"

        def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
            return f"{context}: {singular if n == 1 else plural}"

    tr = Translator("de", Catalogue())
    assert tr.render(pmsg(STATUS, "error")) == "descriptor status: error"
    assert tr.render(Text("{count} error", {"count": 2}, "{count} errors", 2, context=SEVERITY)) == (
        "finding severity: 2 errors"
    )
    assert tr.render("error") == "plain error"
    assert translator("en").render(pmsg(STATUS, "error")) == "error"
    assert str(pmsg(SEVERITY, "error")) == "error"


def test_the_report_and_page_templates_have_pgettext() -> None:
    class Catalogue(gettext.NullTranslations):
        def pgettext(self, context: str, message: str) -> str:
            return f"<{context}> {message}"

    tr = Translator("de", Catalogue())
    source = '{{ pgettext("descriptor status", "Error") }}|{{ npgettext("finding severity", "%(num)s error", "%(num)s errors", 2) }}'
    for env in (html.environment(tr), page_environment(tr)):
        assert env.from_string(source).render() == "&lt;descriptor status&gt; Error|2 errors"


@pytest.fixture
def locale_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The German catalogue in a folder of its own, where export and merge read and write."""
    target = tmp_path / "de" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(cat.po_path("de"), target / cat.po_path("de").name)
    monkeypatch.setattr(cat, "LOCALE_DIR", tmp_path)
    return tmp_path


def test_export_names_an_entry_with_a_context_by_its_key(locale_copy: Path) -> None:
    entries = {(e.get("context"), e["msgid"]): e for e in cat.export("de", everything=True)}
    status, severity = entries[(STATUS, "error")], entries[(SEVERITY, "error")]
    assert status["key"] == f"{STATUS}\x04error" and status["msgstr"] == "nicht prüfbar"
    assert severity["key"] == f"{SEVERITY}\x04error" and severity["msgstr"] == "Fehler"


def test_merge_sets_each_context_on_its_own(locale_copy: Path) -> None:
    translations = {f"{STATUS}\x04error": "konnte nicht geprüft werden", f"{SEVERITY}\x04{{count}}": "x"}
    assert cat.merge("de", translations) == [f"de: not in the catalogue: [{SEVERITY}] {{count}}"]
    with cat.po_path("de").open("rb") as handle:
        catalogue = read_po(handle)
    assert catalogue.get("error", context=STATUS).string == "konnte nicht geprüft werden"
    assert catalogue.get("error", context=SEVERITY).string == "Fehler"


def test_check_names_the_context_of_an_entry_it_finds_wanting(locale_copy: Path) -> None:
    cat.merge("de", {f"{SEVERITY}\x04warning": " "})
    assert cat.problems("de") == [f"de: untranslated: [{SEVERITY}] warning"]


def test_a_merge_file_is_json_with_the_separator_escaped(locale_copy: Path, tmp_path: Path) -> None:
    """What a translator hands back: the key as ``export`` printed it, ``\\u0004`` and all."""
    from qa_checker.i18n.__main__ import main

    exported = [e for e in cat.export("de", everything=True) if e.get("context") == STATUS and e["msgid"] == "skipped"]
    file = tmp_path / "de.json"
    file.write_text(json.dumps({exported[0]["key"]: "ausgelassen"}), encoding="utf-8")
    assert "\\u0004" in file.read_text(encoding="utf-8")
    assert main(["merge", "de", str(file)]) == 0
    with cat.po_path("de").open("rb") as handle:
        assert read_po(handle).get("skipped", context=STATUS).string == "ausgelassen"


@pytest.mark.parametrize("content", ['[{"msgid": "skipped"}]', '"x"', "{not json"])
def test_a_merge_file_that_is_not_an_object_is_refused_with_a_message(
    locale_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    from qa_checker.i18n.__main__ import main

    file = tmp_path / "de.json"
    file.write_text(content, encoding="utf-8")
    assert main(["merge", "de", str(file)]) == 2
    assert capsys.readouterr().err.startswith("merge: ")
