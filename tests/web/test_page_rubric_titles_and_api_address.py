"""The page and the API's list of rubrics name the bundled rubrics in the visitor's language (their titles are
in the catalogues, as the Excel report shows them), and the page's API example is a command that works as written: ``curl`` with the
server's full address."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from qa_checker.i18n import SOURCE_LANGUAGE, Translator
from qa_checker.rubric import bundled_rubrics, load_rubric
from qa_checker.web import application
from tests.conftest import NOW, SAMPLES
from tests.web.test_i18n_web import Marking, needs_catalogues, without_marked

FLAWED = SAMPLES / "flawed" / "de-cloud-grundlagen.yaml"
TITLES = [load_rubric(name).title for name in bundled_rubrics()]


def running(**options: Any) -> Any:
    from starlette.testclient import TestClient

    app = application.create_app(application.Settings.from_env({}, workers=1, now=NOW))
    return TestClient(app, **options)


@pytest.fixture
def marked() -> Iterator[Any]:
    """The application with every language but English shown by the marking catalogue."""
    from qa_checker.i18n import translator

    def marking(language: str = SOURCE_LANGUAGE) -> Translator:
        return translator(language) if language == SOURCE_LANGUAGE else Translator(language, Marking())

    patch = pytest.MonkeyPatch()
    patch.setattr(application, "translator", marking)
    try:
        with running() as client:
            yield client
    finally:
        patch.undo()


def test_the_rubric_choices_and_the_rules_page_name_rubrics_in_the_language(marked: Any) -> None:
    for path in ("/?lang=de", "/rules?lang=fr", "/rules?rubric=nzqa&lang=pl"):
        page = marked.get(path).text
        for title in TITLES:
            assert f"«{title}»" in page, (path, title)
            assert title not in without_marked(page), (path, title)


def test_the_result_names_its_rubric_in_the_language(marked: Any) -> None:
    marked.get("/")
    token = marked.cookies.get(application.CSRF_COOKIE)
    files = {"files": (FLAWED.name, FLAWED.read_bytes())}
    page = marked.post("/check?lang=it", data={"csrf": token, "rubric": "nzqa"}, files=files).text
    summary = page[page.index('<p class="summary-line">') :]
    summary = summary[: summary.index("</p>")]
    assert f"<strong>«{load_rubric('nzqa').title}»</strong>" in summary


def test_the_api_lists_the_rubrics_in_the_language(marked: Any) -> None:
    listed = marked.get("/api/v1/rubrics?lang=nl").json()
    assert [r["title"] for r in listed] == [f"«{load_rubric(r['id']).title}»" for r in listed]
    assert sorted(r["title"] for r in marked.get("/api/v1/rubrics").json()) == sorted(TITLES)


@needs_catalogues
def test_a_rubric_title_reads_in_german() -> None:
    with running() as client:
        page = client.get("/?lang=de").text
    assert "EU-Standardelemente (Empfehlung des Rates 2022/C 243/02) (eu-2022)" in page
    assert "EU standard elements" not in page


@pytest.mark.parametrize(("root", "address"), [("", "http://testserver"), ("/qa", "http://testserver/qa")])
def test_the_curl_example_names_the_full_address_of_the_api(root: str, address: str) -> None:
    with running(root_path=root) as client:
        page = client.get(root + "/").text
    assert f"<pre>curl -F files=@descriptor.yaml {address}/api/v1/check</pre>" in page
