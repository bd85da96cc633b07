"""MC-UR-002 on home pages as sites name and link them.

Found by a probe of 25 addresses on an awarding body's host, labelled before the run: a home page named as content
systems name it (/home, /de/startseite, /fr/accueil.html, /es/inicio), the root with a query that only chooses its
language or tags a campaign (?lang=en, ?utm_source=newsletter) and the root with a layout anchor (#top) were taken
for the offer's own page; a page, a section or a route of its own still is one.
"""

from __future__ import annotations

import pytest

from tests.test_hostile_round25_todays_changes import _further

BODY = "https://www.hva.nl"


@pytest.mark.parametrize(
    "path",
    [
        "/home",
        "/home/",
        "/home.html",
        "/en/home",
        "/de/startseite",
        "/fr/accueil.html",
        "/es/inicio",
        "/nl/welkom",
        "/?lang=en",
        "/en/?locale=en_GB",
        "/?utm_source=newsletter&utm_medium=email",
        "/?fbclid=IwAR0abc",
        "/#top",
        "/#main-content",
        "/index.htm",
    ],
)
def test_a_home_page_under_another_name_is_noted(path: str) -> None:
    assert _further(BODY + path, BODY) == {"MC-UR-002"}


@pytest.mark.parametrize(
    "path",
    [
        "/?page_id=42",
        "/?lang=en&course=data-ethics",
        "/#data-ethics",
        "/#/courses/data-ethics",
        "/en/courses/data-ethics",
        "/home/data-ethics",
        "/startups",
        "/homecare-course",
        "/de/weiterbildung/start-in-die-datenethik",
        "/pe",
        "/it/",
    ],
)
def test_a_page_of_its_own_is_not(path: str) -> None:
    assert _further(BODY + path, BODY) == set()


def test_a_home_page_on_another_host_is_the_offers_site() -> None:
    assert _further("https://data-ethics.example.org/home", BODY) == set()
