"""The page and the API in the visitor's language: ``?lang=``, else the best supported Accept-Language, else
English; ``<html lang>``, a language switcher of plain links, and the JSON report naming its ``language``.

The real server answers in English and, once the catalogues are compiled, in the other languages; the
plumbing of every template and message is also tested in-process with a marking translator, whatever
the catalogues hold."""

from __future__ import annotations

import gettext
import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from qa_checker.i18n import LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGE, Translator
from qa_checker.web import application
from qa_checker.web.language import Choice, accepted, choose
from tests.conftest import SAMPLES
from tests.web.server import Server

FLAWED = SAMPLES / "flawed" / "de-cloud-grundlagen.yaml"
COMPILED = all((LOCALE_DIR / code / "LC_MESSAGES" / "qa_checker.mo").is_file() for code in LANGUAGES[1:])
needs_catalogues = pytest.mark.skipif(not COMPILED, reason="the catalogues are not compiled")


def without_marked(text: str) -> str:
    """``text`` without the marking translator's «...» (nested ones too)."""
    while True:
        shorter = re.sub(r"«[^«»]*»", "", text)
        if shorter == text:
            return text
        text = shorter


def html_lang(page: str) -> str:
    found = re.search(r'<html lang="([^"]+)">', page)
    assert found, page[:200]
    return found.group(1)


# -- choosing the language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "header", "expected"),
    [
        (None, None, Choice("en")),
        (None, "de-DE,de;q=0.9,en;q=0.8", Choice("de")),
        (None, "en-US,en;q=0.9,fr;q=0.8", Choice("en")),
        (None, "pt-BR,pt;q=0.9,es;q=0.4", Choice("es")),
        (None, "nl;q=0.5, pl;q=0.7", Choice("pl")),
        (None, "*", Choice("en")),
        (None, "de;q=0, it", Choice("it")),
        (None, "fr;q=abc, it;q=0.1", Choice("it")),
        ("fr", "de", Choice("fr", explicit=True)),
        ("PL", None, Choice("pl", explicit=True)),
        ("de-AT", None, Choice("de", explicit=True)),
        ("pt", "nl", Choice("nl")),
        ("", "es", Choice("es")),
    ],
)
def test_lang_then_accept_language_then_english(query: str | None, header: str | None, expected: Choice) -> None:
    assert choose(query, header) == expected


def test_an_oversized_accept_language_is_not_read() -> None:
    assert accepted("xx, " * 1000 + "de") is None


# -- the templates and messages through a translator (in-process) ------------------------------


class Marking(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"«{msgid1 if n == 1 else msgid2}»"

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self.ngettext(msgid1, msgid2, n)


@pytest.fixture(scope="module")
def marked_client() -> Iterator[Any]:
    """The application in this process (its check workers started), every language but English shown by the
    marking catalogue."""
    from starlette.testclient import TestClient

    from qa_checker.i18n import translator

    def marking(language: str = SOURCE_LANGUAGE) -> Translator:
        return translator(language) if language == SOURCE_LANGUAGE else Translator(language, Marking())

    patch = pytest.MonkeyPatch()
    patch.setattr(application, "translator", marking)
    try:
        app = application.create_app(application.Settings.from_env(workers=1))
        with TestClient(app, raise_server_exceptions=True) as client:
            yield client
    finally:
        patch.undo()


@pytest.mark.parametrize("path", ["/", "/rules", "/rules?rubric=nzqa", "/no-such-page"])
def test_every_page_speaks_the_requested_language(marked_client: Any, path: str) -> None:
    sep = "&" if "?" in path else "?"
    response = marked_client.get(f"{path}{sep}lang=de")
    page = response.text
    assert html_lang(page) == "de"
    assert response.headers["content-language"] == "de"
    assert "Accept-Language" in response.headers["vary"]
    assert "«Micro-credential self-check»" in page and "«Skip to main content»" in page
    # Every word of our own is marked: no English heading, label or button is left outside the marks.
    unmarked = without_marked(page)
    for english in (
        "Check a descriptor",
        "Rules<",
        "Privacy<",
        "Show its rules",
        "Back to the self-check",
        "Not found",
    ):
        assert english not in unmarked, english


def test_the_self_check_form_and_its_script_messages_are_translated(marked_client: Any) -> None:
    page = marked_client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9"}).text
    assert html_lang(page) == "fr"
    assert "«Check your micro-credential descriptor»" in page
    assert 'data-text-nothing="«Choose a file or paste a descriptor first.»"' in page
    assert 'data-text-too-large="«{name} is larger than {limit}. Split it, or check a smaller file.»"' in page
    assert 'data-decimal=","' in page  # French writes 1,5 MB
    assert "«Offer template, %(format)s»" not in page and "«Offer template, Excel»" in page


def test_links_and_forms_keep_a_chosen_language(marked_client: Any) -> None:
    page = marked_client.get("/rules?lang=it&rubric=nzqa").text
    assert 'href="/rules/MC-LO-002?rubric=nzqa&amp;lang=it"' in page
    assert '<input type="hidden" name="lang" value="it">' in page
    assert 'href="/?lang=it#check"' in page
    chosen_by_browser = marked_client.get("/rules", headers={"Accept-Language": "it"}).text
    assert 'href="/rules/MC-LO-002"' in chosen_by_browser and 'name="lang"' not in chosen_by_browser


def test_the_switcher_offers_every_language_as_a_plain_link(marked_client: Any) -> None:
    page = marked_client.get("/rules?rubric=nzqa&lang=nl").text
    switcher = page[page.index('<nav aria-label="«Language»"') :]
    switcher = switcher[: switcher.index("</nav>")]
    links = re.findall(r'<a href="([^"]+)" lang="(\w+)" hreflang="(\w+)"( aria-current="true")?>([^<]+)</a>', switcher)
    assert [code for _, code, _, _, _ in links] == list(LANGUAGES)
    assert all(href == f"?rubric=nzqa&amp;lang={code}" for href, code, _, _, _ in links)
    assert [code for _, code, _, current, _ in links if current] == ["nl"]
    names = {code: name for _, code, _, _, name in links}
    assert names["en"] == "English" and names["de"] == "Deutsch" and names["nl"] == "Nederlands"


def test_api_errors_are_in_the_requested_language(marked_client: Any) -> None:
    response = marked_client.get("/api/v1/rules?rubric=nope&lang=es")
    assert response.status_code == 422
    assert response.headers["content-language"] == "es"
    message = response.json()["error"]["message"]
    assert message.startswith("«Unknown rubric 'nope'. Choose one of: ") and "eu-2022" in message
    english = marked_client.get("/api/v1/rules?rubric=nope").json()["error"]["message"]
    assert english.startswith("Unknown rubric 'nope'.")
    rules = marked_client.get("/api/v1/rules", headers={"Accept-Language": "pl"}).json()
    assert all(r["title"].startswith("«") and r["documentation"].startswith("«") for r in rules)
    assert all(
        re.fullmatch(r"MC-[A-Z]{2}-\d{3}", r["id"]) and r["severity"] in ("error", "warning", "info") for r in rules
    )


def test_the_check_result_on_the_page_is_translated(marked_client: Any) -> None:
    marked_client.get("/")
    token = marked_client.cookies.get("qa_checker_csrf")
    files = {"files": ("de-cloud-grundlagen.yaml", FLAWED.read_bytes())}
    response = marked_client.post("/check?lang=pl", data={"csrf": token}, files=files)
    assert response.status_code == 200
    page = response.text
    assert html_lang(page) == "pl"
    results = page[page.index('<section id="results"') : page.index("</section>")]
    assert "«Results»" in results and "«Download the reports of this check»" in results
    assert '<span class="badge t-fail">«Fail»</span>' in results
    assert "«Type of quality assurance»" in results  # an Annex I element's label
    assert re.search(r'<span class="sev sv-error">«Error»</span>', results)
    # Findings' messages and hints come through the translator (the rule's own template, marked).
    messages = re.findall(r'<p class="message">(.*?)</p>', results)
    assert messages and all(m.startswith("«") for m in messages)
    assert 'action="/report?lang=pl"' in results  # the downloads are made in the same language
    for english in ("Results<", "Verdict", "How to fix:", "Where:", "present<", "Download the reports"):
        assert english not in without_marked(results), english


# -- the real server -----------------------------------------------------------------------------


def test_the_page_is_english_by_default_and_says_so(server: Server) -> None:
    response = httpx.get(server.url + "/", headers={"Accept-Language": "en-GB,en;q=0.9"}, timeout=30)
    assert response.status_code == 200
    assert html_lang(response.text) == "en"
    assert response.headers["content-language"] == "en"
    assert "Accept-Language" in response.headers["vary"]
    assert '<a href="?lang=de" lang="de" hreflang="de">Deutsch</a>' in response.text
    unsupported = httpx.get(server.url + "/?lang=pt", headers={"Accept-Language": "pt-BR"}, timeout=30)
    assert unsupported.status_code == 200 and html_lang(unsupported.text) == "en"


def test_the_api_names_the_reports_language(server: Server) -> None:
    files = {"files": ("de-cloud-grundlagen.yaml", FLAWED.read_bytes())}
    response = httpx.post(server.url + "/api/v1/check?lang=en", files=files, timeout=60)
    assert response.status_code == 200
    assert response.json()["language"] == "en"
    assert response.headers["content-language"] == "en"


def test_the_openapi_document_declares_lang(server: Server) -> None:
    document = httpx.get(server.url + "/openapi.json", timeout=30).json()
    for path, method in (
        ("/api/v1/check", "post"),
        ("/api/v1/rules", "get"),
        ("/api/v1/rules/{rule_id}", "get"),
        ("/api/v1/rubrics", "get"),
    ):
        parameters = {p["name"]: p for p in document["paths"][path][method]["parameters"]}
        assert parameters["lang"]["in"] == "query"
        assert parameters["lang"]["schema"]["examples"] == list(LANGUAGES)  # not an enum: others are ignored


@needs_catalogues
@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_the_page_and_the_api_speak_each_language(server: Server, language: str) -> None:
    page = httpx.get(server.url + f"/?lang={language}", timeout=30)
    assert page.status_code == 200 and html_lang(page.text) == language
    browser = httpx.get(server.url + "/rules", headers={"Accept-Language": f"{language};q=0.9, en;q=0.5"}, timeout=30)
    assert browser.status_code == 200 and html_lang(browser.text) == language
    files = {"files": ("de-cloud-grundlagen.yaml", FLAWED.read_bytes())}
    report = httpx.post(server.url + f"/api/v1/check?lang={language}", files=files, timeout=60)
    assert report.status_code == 200
    data = report.json()
    assert data["language"] == language
    # English keys and machine values; messages in the language.
    assert set(data) >= {"tool", "language", "rubric", "results", "summary"}
    assert data["results"][0]["status"] in ("pass", "fail", "error")
    english = httpx.post(server.url + "/api/v1/check", files=files, timeout=60).json()
    assert english["language"] == "en"
    assert json.dumps(english["results"][0]["findings"]) != json.dumps(data["results"][0]["findings"])
