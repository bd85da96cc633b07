"""A course page saved in a code page without naming it (no ``<meta charset>``) is read in the one code page its
letters read plausibly in, as a CSV is (a Polish page in Windows-1250 keeps "Zarządzanie", not Windows-1252's
"Zarz¹dzanie"); a UTF-8 page with a stray byte keeps its UTF-8 letters; a page naming its charset is read in it."""

from __future__ import annotations

import pytest

from qa_checker.loaders import Loaders
from qa_checker.loaders.html_ import decode

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
  <title>{name}</title>{meta}
  <script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "Course", "name": "{name}", "description": "{description}",
 "inLanguage": "{lang}",
 "provider": {{"@type": "CollegeOrUniversity", "name": "{provider}",
   "address": {{"@type": "PostalAddress", "addressCountry": "{country}"}}}}}}
  </script>
</head>
<body><h1>{name}</h1></body>
</html>
"""

COURSES = [
    (
        "cp1250",
        "pl",
        "Zarządzanie projektami dla inżynierów",
        "Wprowadzenie do zarządzania projektami i podstawy analizy danych dla inżynierów.",
        "Politechnika Łódzka",
        "PL",
    ),
    (
        "cp1252",
        "de",
        "Einführung in die Qualitätssicherung",
        "Grundlagen der Qualitätssicherung für Hochschulen und Weiterbildungsträger.",
        "Hochschule Düsseldorf",
        "DE",
    ),
    (
        "cp1251",
        "bg",
        "Управление на проекти за инженери",
        "Въведение в управлението на проекти и основи на анализа на данни.",
        "Технически университет София",
        "BG",
    ),
]


def _page(lang: str, name: str, description: str, provider: str, country: str, meta: str = "") -> str:
    return PAGE.format(lang=lang, name=name, description=description, provider=provider, country=country, meta=meta)


@pytest.mark.parametrize(("codec", "lang", "name", "description", "provider", "country"), COURSES)
def test_a_page_in_its_languages_code_page_is_read_in_it(codec, lang, name, description, provider, country):
    raw = _page(lang, name, description, provider, country).encode(codec)
    (document,) = Loaders().load_stdin(raw, "course.html")
    assert document.data is not None
    assert name in str(document.data["title"])


def test_a_utf8_page_with_a_stray_byte_keeps_its_letters():
    text = _page(*COURSES[0][1:])
    raw = text.encode("utf-8").replace(b"</body>", b"\xa0</body>")
    assert "Zarządzanie projektami" in decode(raw)


def test_a_page_naming_its_charset_is_read_in_it():
    text = _page(*COURSES[0][1:], meta='\n  <meta charset="iso-8859-2">')
    assert "Zarządzanie projektami" in decode(text.encode("iso-8859-2"))


@pytest.mark.parametrize("charset", ["idna", "undefined", "punycode", "unicode_escape", "base64"])
def test_a_charset_naming_no_text_encoding_is_passed_over(charset: str) -> None:
    """A <meta charset> naming an escape or transform codec failed the page with "qa-checker failed ... Report this
    as a bug", or read "\\u0041" escapes as letters; it names no encoding, and the page is read as one naming none."""
    codec, lang, name, description, provider, country = COURSES[1]
    raw = _page(lang, name, description, provider, country, meta=f'<meta charset="{charset}">').encode(codec)
    assert decode(raw) == raw.decode(codec)
    (document,) = Loaders()._html(raw, "course.html")
    assert document.data["title"] == name and not [f for f in document.findings if f.rule == "MC-EN-002"]
