r"""Hostile round 23: the phrase tables and patterns added since round 20 (placeholders and filler in the EU's
languages, pass-mark verbs and the Turkish double letters, the ECTS credit's legal names, frameworks "for lifelong
learning", levels and cycles written as text, disciplines and degrees' names in the value reader, identity documents
named as not needed and refusals of admission, CTDL assessment terms, vocational verbs and non-native English
phrasings of the outcome analysis) read long adversarial text in linear time, and keep their verdicts: a near-miss
is not read as a match, and a real match behind the noise still is.

Each read is timed at two sizes four times apart in the same process and the CPU times compared
(tests/timing.assert_linear): linear work takes about four times as long, quadratic sixteen. No wall-clock bound.

Found in this round, each fixed for its class:

* a framework's name with brackets opened and never closed ("Qualifikationsrahmen (((...") took time growing with
  the square of its length: its bracketed notes were cut by a pattern that, from each opening bracket, ran to the
  end of the text looking for a closing one (a 40,000-character name took about a second). Notes are now read as
  the other readers of names read them, one bracket pair with no bracket inside.
* the identity documents named as not needed were each compared with every refusal of admission in the text
  ("no passport ... turned away without ..."), a time growing with the square of the phrases; they are now
  compared in one pass, both lists being in the order of the text.
* runs of spaces between a failing band and its label ("0-39" + 296 spaces + "x") took about six seconds to read
  in the 300 characters of a grading scheme that are read: three optional marks each with a run of spaces around it
  (``\s*\)?\s*[:=]?\s*``) split one run in every way, a time growing with the cube (or higher power) of its
  length. The same shape was in the failing marks, the pass mark, the grade's lead and the name of ISCED before a
  field's code ("ISCED" + spaces + "x", read in full in the dataset: quadratic without a bound). Each mark now
  carries its own spaces (``\s*(?:[:=]\s*)?``), which reads the same texts in one way.
* a level written as text (in the dataset) was read word by word against the frameworks' names however long it was:
  linear, but about three seconds for a megabyte. A text longer than any level with its words (the reader of
  levels' 80 characters) is now left unread and named in ``unread``, as the other readers of levels do.
* a text typed with its accents as combining marks (as macOS and some web forms send it: "à de\u0301finir", "sans
  pie\u0300ce d'identite\u0301", "Enfermeri\u0301a", "geçer" with a combining cedilla) was not read by the new
  tables, which are written composed: a placeholder passed, a denied identity check was missed, a discipline was
  left unread in the dataset and a Turkish pass mark unread. Each of these readers now reads the text in its
  composed form (NFC), as the descriptor's language strings already are; a combining mark that composes with
  nothing (a near-miss, "n\u0338a") still makes another word.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.descriptor import Descriptor
from qa_checker.document import Document
from qa_checker.ects import is_ects
from qa_checker.language import _analyse
from qa_checker.loaders import load_file
from qa_checker.rules.consistency import nqf_framework
from qa_checker.rules.grading import READ_CHARS, _letters, read_grade, read_scale
from qa_checker.rules.quality import _SAYS_NOTHING, TemplateTextReplaced, _label_key
from qa_checker.rules.supervision_text import denials, sittings
from qa_checker.table import _level_written, field_code, level_read, rows
from qa_checker.value_reader import code, cycle_named, without_tax_note
from tests.conftest import NOW, baseline
from tests.timing import assert_linear


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _fresh(text: str, language: str) -> object:
    """The analysis of a text, not its cached one."""
    return _analyse.__wrapped__(text, language)


def _check(data: dict[str, Any]) -> Any:
    return check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW, language="en")


def _told(data: dict[str, Any], rule: str) -> list[str]:
    (result,) = _check(data).results
    return [f.pointer for f in result.findings if f.rule == rule]


def _placeholders(value: object, field: str = "prerequisites") -> list[str]:
    data = baseline()
    data[field] = value
    return _told(data, "MC-TP-001")


# --- CTDL documents built to size -------------------------------------------------------------------------------


def _ctid(number: int, kind: str) -> str:
    return f"ce-{number:08d}-5a1b-4c2d-8e3f-0000013{kind}"


def _profile(number: int, proctored: str = "false") -> dict[str, Any]:
    ctid = _ctid(number, "e8be0")
    return {
        "@id": f"https://credentialengineregistry.org/resources/{ctid}",
        "@type": "ceterms:AssessmentProfile",
        "ceterms:ctid": ctid,
        "ceterms:name": {"en": f"Assignment {number}"},
        "ceterms:assessmentMethodDescription": {"en": f"Assignment {number}, marked against the rubric."},
        "ceterms:isProctored": proctored,
    }


def _programme(number: int, targets: list[str]) -> dict[str, Any]:
    ctid = _ctid(number, "c9cf0")
    return {
        "@id": f"https://credentialengineregistry.org/resources/{ctid}",
        "@type": "ceterms:LearningProgram",
        "ceterms:ctid": ctid,
        "ceterms:name": {"en": f"Programme {number}"},
        "ceterms:description": {"en": "A part-time programme for interpreters."},
        "ceterms:requires": [{"@type": "ceterms:ConditionProfile", "ceterms:targetAssessment": targets}],
    }


def _ctdl(folder: Path, graph: list[dict[str, Any]]) -> list[Document]:
    path = folder / "ctdl.json"
    path.write_text(json.dumps({"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": graph}))
    return load_file(path)


def _profiles_required(folder: Path, count: int, proctored: Callable[[int], str]) -> list[Document]:
    profiles = [_profile(i, proctored(i)) for i in range(count)]
    return _ctdl(folder, [_programme(0, [p["@id"] for p in profiles]), *profiles])


_CONTEXT: Any = None  # the rule reads no option


def _template_rule(doc: dict[str, Any]) -> list[Any]:
    return list(TemplateTextReplaced().check(Descriptor(doc), _CONTEXT))


# Each read with the awkward text of a given length.
READS: dict[str, Callable[[int], object]] = {
    # frameworks, levels and cycles written as text
    "framework-open-brackets": lambda n: nqf_framework("(" * n),
    "framework-open-bracket-words": lambda n: nqf_framework("Qualifikationsrahmen (" * (n // 22)),
    "framework-lifelong-suffixes": lambda n: nqf_framework("DQR for lifelong learning " * (n // 26)),
    "cycle-words": lambda n: cycle_named("primer ciclo " * (n // 13)),
    "cycle-combining-marks": lambda n: cycle_named("a\u0301" * (n // 2)),
    "level-written-words": lambda n: _level_written("Niveau DQR PRK " * (n // 15), frozenset()),
    "level-block": lambda n: level_read({"level": {"eqf": "NFQ Level " * (n // 10), "qf_ehea_cycle": "laurea " * n}}),
    "level-string": lambda n: level_read({"level": "Niveau 6 DQR " * (n // 13)}),
    # disciplines and degrees' names
    "field-degree-abbreviations": lambda n: field_code("MSc " * (n // 4)),
    "field-greek-capitals": lambda n: field_code("ΝΟΜΙΚΗ " * (n // 7)),
    "field-isced-spaces": lambda n: field_code("ISCED-F" + " " * n),
    "value-greek-capitals": lambda n: code("Σ" * n, "isced-f"),
    "tax-note-one-letter-words": lambda n: without_tax_note("90 € " + "z s " * (n // 4)),
    # pass marks and the double letters
    "double-letters": lambda n: _letters("AA " * (n // 3)),
    "double-letter-range-spaces": lambda n: _letters("AA" + " " * n + "-" + " " * n + "x"),
    # identity documents not needed, refusals of admission
    "denials-documents-and-refusals": lambda n: denials({"en": "no passport. turned away without. " * (n // 34)}, "/d"),
    "denials-refused-documents": lambda n: denials({"en": "not admitted without passport. " * (n // 31)}, "/d"),
    "denials-document-list": lambda n: denials({"en": "unsupervised, no passport" + ", or id card" * (n // 12)}, "/d"),
    "denials-de-document-list": lambda n: denials(
        {"de": "ohne Aufsicht, kein Ausweis" + " oder Ausweis" * (n // 13)}, "/d"
    ),
    "denials-refusal-gap": lambda n: denials({"en": "not admitted " + "a " * (n // 2) + "without id"}, "/d"),
    "denials-every-language": lambda n: denials(
        "unsupervised " + "sans pièce d'identité, kein Ausweis, bez dowodu osobistego " * (n // 58), "/d"
    ),
    "sittings-documents": lambda n: sittings({"en": "passport " * (n // 9)}, "/d"),
    # outcome analysis: vocational verbs and non-native English
    "know-to": lambda n: _fresh("know to " * (n // 8), "en"),
    "knows-how-to": lambda n: _fresh("knows how to " * (n // 13) + "calculate", "en"),
    "standard-codes-en": lambda n: _fresh("Weld according to EN " * (n // 21), "en"),
    "standard-codes-nl": lambda n: _fresh("lassen volgens NEN-EN-ISO " * (n // 26), "nl"),
    "teacher-can": lambda n: _fresh("The teacher can " * (n // 16), "en"),
    "dispose-of": lambda n: _fresh("dispose of " * (n // 11) + "knowledge", "en"),
    "deepen-spaces": lambda n: _fresh("deepen the" + " " * n + "knowledge", "en"),
    "acquire-competences": lambda n: _fresh("acquire new " * (n // 12) + "competences", "en"),
    "lift-and-move": lambda n: _fresh("lift and move, " * (n // 15), "en"),
    "de-listed-infinitives": lambda n: _fresh("Den Bereich vorbereiten, die Fliesen verlegen und " * (n // 50), "de"),
    "nl-phrases-after-verbs": lambda n: _fresh("monteren volgens de norm en " * (n // 28), "nl"),
    "nl-te-woord": lambda n: _fresh("klanten te woord " * (n // 17) + "staan", "nl"),
    "ready-to-spaces": lambda n: _fresh("Students are ready to" + " " * n + ":", "en"),
    # placeholders and filler
    "says-nothing-repeated": lambda n: _SAYS_NOTHING.match("à définir " * (n // 10)),
    "label-key-ligatures": lambda n: _label_key("ﬁ ß İ ς " * (n // 8)),
    "placeholder-outcomes": lambda n: _template_rule({"learning_outcomes": [{"text": {"en": "TBA"}}] * (n // 100)}),
    "placeholder-megabyte-values": lambda n: _template_rule(
        {"title": "à définir " * (n // 10), "summary": {"en": "à définir " * (n // 10), "fr": "n/a " * (n // 4)}}
    ),
    "title-copies": lambda n: _template_rule(
        {"title": "Maßnahme", "summary": "MASSNAHME", "learning_outcomes": [{"text": {"en": "massnahme"}}] * (n // 10)}
    ),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_new_tables_read_in_linear_time(name: str) -> None:
    assert_linear(READS[name])


CTDL_READS: dict[str, Callable[[Path, int], object]] = {
    "profiles-required": lambda folder, n: _profiles_required(folder, n // 100, lambda i: "false"),
    "profiles-proctored-both-ways": lambda folder, n: _profiles_required(folder, n // 100, lambda i: str(i % 2 == 0)),
    "programmes-one-profile": lambda folder, n: _ctdl(
        folder, [*(_programme(i, [_profile(1)["@id"]]) for i in range(n // 100)), _profile(1)]
    ),
    "references-only": lambda folder, n: _ctdl(folder, [_programme(0, [_ctid(i, "e8be0") for i in range(n // 100)])]),
}


@pytest.mark.parametrize("name", sorted(CTDL_READS))
def test_ctdl_assessment_terms_read_in_linear_time(tmp_path: Path, name: str) -> None:
    assert_linear(lambda n: CTDL_READS[name](tmp_path, n))


def test_a_hundred_required_profiles_that_disagree_on_proctoring_give_no_supervision(tmp_path: Path) -> None:
    (document,) = _profiles_required(tmp_path, 100, lambda i: str(i % 2 == 0).lower())
    assert document.data is not None
    assert "supervision" not in document.data.get("assessment", {})
    (agreeing,) = _profiles_required(tmp_path, 100, lambda i: "true")
    assert agreeing.data is not None and agreeing.data["assessment"]["supervision"] == "supervised-no-id-check"


def test_a_framework_behind_unclosed_brackets_keeps_its_reading() -> None:
    for count in (10, 10_000):
        assert nqf_framework("(" * count) is None
        assert nqf_framework("Deutscher Qualifikationsrahmen für lebenslanges Lernen " + "(" * count) == "DQR"
        assert nqf_framework("Deutscher Qualifikationsrahmen (DQR)" + " (" * count) == "DQR"
        assert nqf_framework("Deutscher Qualifikationsrahmen für lebenslanges " + "(" * count + " Lernen") == "DQR"
    # a note in brackets is still read apart from the name it follows
    assert nqf_framework("Polska Rama Kwalifikacji (PRK)") == "PRK"
    assert nqf_framework("Deutscher Qualifikationsrahmen (DQR) für lebenslanges Lernen") == "DQR"


def test_a_framework_of_unclosed_brackets_in_a_descriptor_is_read_at_its_size() -> None:
    def told(count: int) -> list[tuple[str, str]]:
        data = baseline()
        data["level"] = {"eqf": 6, "nqf": {"framework": "(" * count, "level": "6"}}
        (result,) = _check(data).results
        return sorted((f.rule, f.pointer) for f in result.findings if f.pointer.startswith("/level"))

    assert told(10) == told(40_000)
    assert_linear(lambda n: rows(_check({**baseline(), "level": {"eqf": 6, "nqf": {"framework": "(" * n}}})))


def test_documents_denied_among_refusals_keep_their_verdict() -> None:
    # A denial of a document that a refusal of admission overlaps is a requirement (a passport shown: a sitting, so
    # the text is mixed and denies nothing); the others stay denials.
    for count in (1, 2_000):
        refused = "Unsupervised online quiz. Not admitted without passport. " * count
        assert denials({"en": refused}, "/d") == []
        mixed = "Unsupervised online quiz, no photo ID required; turned away without. " * count
        assert [(d.kind, d.phrase) for d in denials({"en": mixed}, "/d")] == [
            *[("unsupervised", "Unsupervised")] * count,
            *[("no-id-check", "no photo ID required")] * count,
        ]


@pytest.mark.parametrize(
    "text",
    [
        "Online quiz without supervision; no photo ID required.",
        "Prüfung ohne Aufsicht; Personalausweis nicht erforderlich.",
        "Examen en ligne sans surveillance et sans pièce d'identité.",
        "Examen en línea sin supervisión; no se requiere el DNI.",
    ],
)
def test_a_denial_typed_with_combining_accents_is_read(text: str) -> None:
    language = {"O": "en", "P": "de", "E": "fr" if "ligne" in text else "es"}[text[0]]
    composed = [(d.kind, d.phrase) for d in denials({language: text}, "/d")]
    assert composed and [kind for kind, _ in composed].count("no-id-check") == 1
    assert [(d.kind, unicodedata.normalize("NFC", d.phrase)) for d in denials({language: _nfd(text)}, "/d")] == composed


def test_a_document_with_a_mark_that_composes_with_nothing_is_another_word() -> None:
    # "Au\u0338sweis" shows a struck letter: no identity document is named, so nothing is denied of it.
    found = denials({"de": "Prüfung ohne Aufsicht; Au\u0338sweis nicht erforderlich."}, "/d")
    assert [d.kind for d in found] == ["unsupervised"]


@pytest.mark.parametrize(
    "value",
    [
        "à définir",
        "à compléter",
        "Prérequis",
        "do uzupełnienia",
        "bude upřesněno",
        "määritellään myöhemmin",
        "θα ανακοινωθεί",
    ],
)
def test_a_placeholder_typed_with_combining_accents_is_one(value: str) -> None:
    assert _placeholders({"en": value}) == ["/prerequisites/en"]
    assert _placeholders({"en": _nfd(value)}) == ["/prerequisites/en"]


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ("à déﬁnir", "prerequisites"),  # the fi ligature of a copied PDF
        ("POR DEFINIR", "prerequisites"),
        ("WIRD NOCH FESTGELEGT", "prerequisites"),
        ("ΠΡΟΣ ΣΥΜΠΛΉΡΩΣΗ", "prerequisites"),  # capitals: final sigma and sigma are one letter folded
        ("προς συμπλήρωση", "prerequisites"),
        ("TBA" + " " * 40, "prerequisites"),
    ],
)
def test_a_placeholder_behind_case_folding_is_one(value: str, field: str) -> None:
    assert _placeholders({"en": value}, field) == [f"/{field}/en"]


@pytest.mark.parametrize(
    "value",
    [
        "n\u0338a",  # a struck n, no "n/a"
        "à définir le périmètre du projet avec le client",  # a sentence that opens like the phrase
        "TBC-screening in de eerstelijnszorg",
        "à définir" + " x" * 40,  # beyond the length read for such a phrase
        "pendiente" + "\u0301",  # a mark on the last letter makes another word
        "Voraussetzungen" + "ß" * 3,
    ],
)
def test_a_near_miss_of_a_placeholder_is_none(value: str) -> None:
    assert _placeholders({"en": value}) == []
    assert _placeholders({"en": _nfd(value)}) == []


def test_a_field_naming_itself_in_a_megabyte_is_no_placeholder_but_is_read_at_once() -> None:
    value = "Prerequisites " * 75_000
    assert _placeholders({"en": value}) == []
    assert _placeholders({"en": value[:14]}) == ["/prerequisites/en"]


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("Enfermería", "0913"),
        ("Grado en Enfermería", "0913"),
        ("Ápolás BSc", "0913"),
        ("Pielęgniarstwo", "0913"),
        ("Νομική", "0421"),
        ("ΝΟΜΙΚΗ", "0421"),
    ],
)
def test_a_discipline_typed_with_combining_accents_is_read(written: str, field: str) -> None:
    assert field_code(written) == field
    assert field_code(_nfd(written)) == field


@pytest.mark.parametrize("written", ["Enfermerja", "Grado en " + "Enfermería" * 20, "MSc " * 40, "ΝΟΜΙΚΗ" * 2])
def test_a_near_miss_of_a_discipline_is_unread(written: str) -> None:
    assert field_code(written) is None
    assert field_code(_nfd(written)) is None


@pytest.mark.parametrize(
    ("written", "framework"),
    [
        ("Deutscher Qualifikationsrahmen für lebenslanges Lernen", "DQR"),
        ("Polska Rama Kwalifikacji dla uczenia się przez całe życie", "PRK"),
        ("ΕΠΠ", "HQF"),
    ],
)
def test_a_framework_for_lifelong_learning_typed_decomposed_is_read(written: str, framework: str) -> None:
    assert nqf_framework(written) == framework
    assert nqf_framework(_nfd(written)) == framework
    assert nqf_framework(written + " for lifelong learning for lifelong learning") is None


@pytest.mark.parametrize("written", ["crédit européen", "créditos europeos", "studiepoäng", "ainepunktid"])
def test_the_legal_names_of_the_ects_credit_typed_decomposed_are_ects(written: str) -> None:
    assert is_ects(written) and is_ects(_nfd(written))
    assert not is_ects(written + "x")


@pytest.mark.parametrize(("written", "cycle"), [("primer ciclo", "first"), ("deuxième cycle", "second")])
def test_a_cycle_in_words_typed_decomposed_is_read(written: str, cycle: str) -> None:
    assert cycle_named(written) == cycle and cycle_named(_nfd(written)) == cycle
    assert cycle_named(written + " " + written) is None


def test_a_turkish_pass_mark_typed_with_combining_marks_is_read() -> None:
    scheme = "AA-FF, geçer not DD, FF başarısız"
    for written in (scheme, scheme.upper(), _nfd(scheme)):
        scale = read_scale(written, "tr")
        assert scale is not None and scale.pass_letter == "DD", written
        assert scale.failing_letters == {"FD", "FF"}


def test_pairs_of_capitals_that_are_no_double_letter_grades_name_no_scale() -> None:
    assert _letters("AB AC AD AE") == ()
    assert _letters("AA " * 10_000) == ()  # one grade, however often
    assert _letters("AA BB CC") != ()


@pytest.mark.parametrize("level", ["Niveau 6 DQR " * 80_000, {"eqf": "DQR " * 250_000}, {"eqf": "x " * 500_000}])
def test_a_megabyte_level_is_read_as_no_level_in_the_dataset(level: object) -> None:
    # longer than any level with its words: left unread, and named so, not read word by word
    data = baseline()
    data["level"] = level
    (row,) = rows(_check(data))
    assert row["eqf_level"] is None and "eqf_level" in (row["unread"] or "")
    assert level_read({"level": level}) == level


@pytest.mark.parametrize(
    ("level", "eqf"),
    [
        ("Niveau 6 DQR", 6),
        ({"eqf": "NFQ Level 8"}, 6),
        ({"qf_ehea_cycle": "livello laurea"}, 6),
        ({"eqf": "x " * 500_000, "qf_ehea_cycle": "laurea"}, 6),  # the cycle behind a megabyte that is no level
    ],
)
def test_a_level_written_as_text_is_still_read(level: object, eqf: int) -> None:
    data = baseline()
    data["level"] = level
    data["awarding_bodies"][0]["country"] = "IE" if "NFQ" in str(level) else "DE"
    (row,) = rows(_check(data))
    assert row["eqf_level"] == eqf


# Written with the fixes done, not looked at while fixing, and run once: a second example of each class.
@pytest.mark.parametrize(
    ("read", "expected"),
    [
        pytest.param(lambda: _placeholders({"ro": _nfd("va fi anunțat ulterior")}), ["/prerequisites/ro"], id="ro-nfd"),
        pytest.param(
            lambda: [d.kind for d in denials({"it": _nfd("Esame online senza documento d'identità.")}, "/d")],
            ["no-id-check"],
            id="it-nfd",
        ),
        pytest.param(lambda: field_code(_nfd("Ošetřovatelství")), "0913", id="cs-nfd"),
        pytest.param(lambda: nqf_framework("Polska Rama Kwalifikacji " + "(" * 50_000), "PRK", id="pl-open-brackets"),
        pytest.param(
            lambda: len(
                denials({"de": "Ohne Aufsicht, kein Ausweis nötig. Ohne Zulassung kein Zutritt. " * 3_000}, "/d")
            ),
            6_000,
            id="de-denials-among-refusals",
        ),
    ],
)
def test_held_back_example_of_each_class(read: Callable[[], object], expected: object) -> None:
    assert read() == expected


# Runs of spaces inside the part of a grading scheme that is read (READ_CHARS): between a failing band or a pass mark
# and its label, around brackets and colons. Timed at two lengths four times apart that both fit in the part read.
SCHEME_SPACES: dict[str, Callable[[int], object]] = {
    "failing-band-spaces": lambda n: read_scale("0-39" + " " * n + "x", "en"),
    "failing-band-bracket-spaces": lambda n: read_scale("0-39" + " " * (n // 2) + ")" + " " * (n // 2) + "x", "en"),
    "failing-label-spaces": lambda n: read_scale("fail" + " " * n + "x", "en"),
    "below-mark-spaces": lambda n: read_scale("below 50" + " " * n + "x", "en"),
    "mark-and-above-spaces": lambda n: read_scale("50" + " " * n + "x", "en"),
    "pass-mark-spaces": lambda n: read_scale("pass mark" + " " * n + "x", "en"),
    "passing-verb-spaces": lambda n: read_scale("se aprueba" + " " * n + "x", "es"),
    "grade-spaces": lambda n: read_grade("grade" + " " * n + "x"),
    "ects-grade-spaces": lambda n: read_grade("ECTS" + " " * n + "x"),
}


@pytest.mark.parametrize("name", sorted(SCHEME_SPACES))
def test_grading_schemes_read_runs_of_spaces_in_linear_time(name: str) -> None:
    assert_linear(SCHEME_SPACES[name], READ_CHARS // 4 - 8, 4 * (READ_CHARS // 4 - 8))


def test_a_failing_band_behind_spaces_keeps_its_reading() -> None:
    for spaces in (1, 3, 250):
        gap = " " * spaces
        scale = read_scale(f"0-100, pass at 50; 0-39{gap}fail", "en")
        assert scale is not None and (scale.low, scale.high, scale.pass_mark) == (0, 100, 50)
        assert scale.failing_bands, spaces
    assert read_scale("0-39" + " " * 250 + "x", "en") == read_scale("0-39 x", "en")
