"""The seven languages: complete catalogues, preserved placeholders, plural forms, locale formats, and
no English sentence left in any output of a non-English run (text, JSON, HTML, Excel)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from qa_checker import vocab
from qa_checker.cli import cli
from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE, resolve_language, translator
from qa_checker.i18n import catalog as cat

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
NOW = "2026-11-29T12:00:00+00:00"

# Words that mark an English sentence and are no common word of de, fr, es, it, nl or pl.
ENGLISH_MARKERS = frozenset(
    re.findall(
        r"\w+",
        "the and with should must which this that has have does from are their your been into each every "
        "when there these than because not for can its only also",
    )
)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_catalogue_is_complete_and_keeps_its_placeholders(language: str) -> None:
    assert cat.problems(language) == []


def test_the_catalogue_template_holds_every_string_of_the_code() -> None:
    """A string marked in the code but missing from the catalogues would stay English."""
    with cat.TEMPLATE.open("rb") as handle:
        from babel.messages.pofile import read_po

        committed = {cat.key(m) for m in read_po(handle) if m.id}
    # An entry is its msgid under its context: "error" as a status and as a severity are two entries.
    wanted = {cat.key(m) for m in cat.extract() if m.id}
    assert sorted(wanted - committed) == [], "run: python -m qa_checker.i18n update"


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_compiled_catalogue_is_the_po_file(language: str) -> None:
    shipped = cat.po_path(language).with_suffix(".mo").read_bytes()
    assert shipped == cat.compiled(language), "run: python -m qa_checker.i18n compile"


def test_polish_has_three_plural_forms_and_the_others_two() -> None:
    wanted = [m for m in cat.extract() if isinstance(m.id, (tuple, list))]
    assert len(wanted) > 50
    singular, plural = wanted[0].id[0], wanted[0].id[1]
    pl = translator("pl")
    forms = {n: pl.ngettext(singular, plural, n) for n in (1, 2, 5, 12, 22, 25)}
    assert forms[2] == forms[22] != forms[5] == forms[12] == forms[25] != forms[1]
    for language in ("de", "fr", "es", "it", "nl"):
        tr = translator(language)
        assert tr.ngettext(singular, plural, 1) != tr.ngettext(singular, plural, 2)


def test_numbers_and_dates_follow_the_locale() -> None:
    assert translator("en").number(12345.5) == "12,345.5"
    assert translator("de").number(12345.5) == "12.345,5"
    assert translator("fr").number(12345.5).replace("\u202f", " ").replace("\xa0", " ") == "12 345,5"
    assert translator("de").date("2026-11-29") == "29. November 2026"
    assert translator("pl").date("2026-11-29") == "29 listopada 2026"
    assert translator("es").date("2026-11-29") == "29 de noviembre de 2026"


def test_the_language_defaults_to_the_locale_then_english() -> None:
    assert resolve_language(None, {"LANG": "pl_PL.UTF-8"}) == "pl"
    assert resolve_language(None, {"LANGUAGE": "sv:de", "LANG": "fr_FR.UTF-8"}) == "de"
    assert resolve_language(None, {"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert resolve_language(None, {"LANG": "sv_SE.UTF-8"}) == "en"
    assert resolve_language("it", {"LANG": "de_DE.UTF-8"}) == "it"


def test_an_unknown_language_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["check", "--lang", "xx", str(SAMPLES / "offers")])
    assert result.exit_code == 2
    assert "--lang" in result.output


# --- no English left in a non-English run ---------------------------------------------------------


def _inputs() -> list[Path]:
    return sorted(p for folder in ("flawed", "offers", "credentials") for p in (SAMPLES / folder).iterdir())


def _descriptor_strings() -> list[str]:
    """Every text the inputs themselves hold: shown as written, never translated; and the labels of
    the ISCED-F code list, which the EU publishes (and qa-checker bundles) in English only."""
    found: set[str] = {str(c.get("label", "")) for c in vocab.get("isced-f").concepts.values()}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                found.add(str(key))
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.add(value)
            found.update(value.split("\n"))

    for path in _inputs():
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            walk(document)
        found.add(path.name)
    return sorted((s.strip() for s in found if len(s.strip()) >= 3), key=len, reverse=True)


def _english_sentences(texts: list[str], quoted: list[str]) -> list[str]:
    """Sentences holding two or more English marker words, once descriptor text is taken out."""
    found = []
    for text in texts:
        for value in quoted:
            if value in text:
                text = text.replace(value, " ")
        text = re.sub(r"`[^`]*`|https?://\S+|\{[^{}]*\}", " ", text)
        # Quoted input (cut short with an ellipsis when long) in any language's quotation marks.
        text = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"|«[^»]*»|„[^“”]*[“”]|“[^”]*”|‘[^’]*’", " ", text)
        for sentence in re.split(r"[\n.;:!?()]", text):
            words = set(re.findall(r"[a-z']+", sentence.lower()))
            if len(words & ENGLISH_MARKERS) >= 2:
                found.append(sentence.strip())
    return found


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        self.texts.extend(v for k, v in attrs if k in ("title", "aria-label", "alt", "placeholder") and v)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.texts.append(data)


def _html_texts(path: Path) -> list[str]:
    parser = _Visible()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.texts


def _json_texts(report: dict[str, Any]) -> list[str]:
    texts: list[str] = []
    for result in report["results"]:
        texts.extend(f["message"] for f in result["findings"])
        texts.extend(f["hint"] for f in result["findings"])
        if result.get("reason"):
            texts.append(result["reason"])
    for note in report.get("principle_notes", {}).values():
        texts.extend(note.values())
    return texts


def _excel_texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    texts = [book[name].title for name in book.sheetnames]
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            texts.extend(v for v in row if isinstance(v, str))
    return texts


@pytest.fixture(scope="module")
def quoted() -> list[str]:
    return _descriptor_strings()


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_check_speaks_the_language_in_text_and_json(language: str, quoted: list[str]) -> None:
    runner = CliRunner()
    inputs = [str(p) for p in _inputs()]
    text = runner.invoke(cli, ["check", "--lang", language, "--now", NOW, "--color", "never", *inputs])
    assert text.exit_code == 1, text.output
    assert _english_sentences(text.output.splitlines(), quoted) == []
    data = runner.invoke(cli, ["check", "--lang", language, "--now", NOW, "--format", "json", *inputs])
    report = json.loads(data.output)
    assert report["language"] == language
    assert all(set(f) >= {"rule", "message", "hint"} for r in report["results"] for f in r["findings"])
    assert _english_sentences(_json_texts(report), quoted) == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_audit_reports_speak_the_language(language: str, quoted: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["audit", "--lang", language, "--now", NOW, "--out", str(out), *(str(p) for p in _inputs())]
    )
    assert result.exit_code in (0, 1), result.output
    assert _english_sentences(result.output.splitlines(), quoted) == []
    html = (out / "report.html").read_text(encoding="utf-8")
    assert f'lang="{language}"' in html
    pages = [out / "report.html", *sorted((out / "report-pages").glob("*.html"))]
    for page in pages:
        assert _english_sentences(_html_texts(page), quoted) == [], page.name
    assert _english_sentences(_excel_texts(out / "report.xlsx"), quoted) == []


def test_english_is_found_when_it_is_there(quoted: list[str]) -> None:
    """The detector itself: an English run of the same inputs is full of English sentences."""
    result = CliRunner().invoke(cli, ["check", "--lang", "en", "--now", NOW, *(str(p) for p in _inputs())])
    assert len(_english_sentences(result.output.splitlines(), quoted)) > 10


def test_the_readme_quotes_the_polish_check_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's example in another language is what the command prints today."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = "samples/flawed/pl-ochrona-danych.json"
    quoted = next(b for b in re.findall(r"```text\n(.*?)```", readme, flags=re.S) if f" {sample} " in b).rstrip()
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["check", "--lang", "pl", "--now", "2026-11-29", "--color", "never", sample])
    assert result.output.split("\n\n")[0].rstrip() == quoted
