"""The sixteen Annex I standard elements and how descriptor fields map onto them."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from qa_checker import pointer as jp
from qa_checker.caching import short_texts
from qa_checker.patterns import regex
from qa_checker.text import N_, Text, msg


@dataclass(frozen=True)
class Element:
    """One Annex I element: its key, label, clause and where the descriptor holds it.

    ``label`` is the official English wording of Annex I, marked for the catalogue: a renderer shows
    it with ``tr.gettext(element.label)``.
    """

    key: str
    label: str
    clause: str
    mandatory: bool
    pointer: str
    credential_only: bool = False

    @property
    def weight(self) -> float:
        """The built-in weight of the rule that the element is given: 3 when mandatory, else 1."""
        return 3.0 if self.mandatory else 1.0


ELEMENTS: tuple[Element, ...] = (
    Element("learner", N_("Identification of the learner"), "Annex I M1", True, "/learner", True),
    Element("title", N_("Title of the micro-credential"), "Annex I M2", True, "/title"),
    Element("issuer_country", N_("Country/region of the issuer"), "Annex I M3", True, "/awarding_bodies"),
    Element("awarding_body", N_("Awarding body"), "Annex I M4", True, "/awarding_bodies"),
    Element("issue_date", N_("Date of issuing"), "Annex I M5", True, "/issue_date", True),
    Element("learning_outcomes", N_("Learning outcomes"), "Annex I M6", True, "/learning_outcomes"),
    Element("workload", N_("Notional workload (ECTS wherever possible)"), "Annex I M7", True, "/workload"),
    Element("level", N_("Level (and cycle) of the learning experience"), "Annex I M8", True, "/level"),
    Element("assessment", N_("Type of assessment"), "Annex I M9", True, "/assessment"),
    Element("participation", N_("Form of participation"), "Annex I M10", True, "/participation"),
    Element("quality_assurance", N_("Type of quality assurance"), "Annex I M11", True, "/quality_assurance"),
    Element("prerequisites", N_("Prerequisites"), "Annex I O1", False, "/prerequisites"),
    Element("supervision", N_("Supervision and identity verification"), "Annex I O2", False, "/assessment/supervision"),
    Element("grade", N_("Grade achieved"), "Annex I O3", False, "/grade", True),
    Element("stackability", N_("Integration/stackability options"), "Annex I O4", False, "/stackability"),
    Element("further_information", N_("Further information"), "Annex I O5", False, "/further_information"),
)

ELEMENTS_BY_KEY: dict[str, Element] = {e.key: e for e in ELEMENTS}
ELEMENT_KEYS: tuple[str, ...] = tuple(e.key for e in ELEMENTS)
# The rule that each element is given: MC-EL-001 to MC-EL-016, in the order of Annex I.
PRESENCE_RULES: dict[str, str] = {e.key: f"MC-EL-{number:03d}" for number, e in enumerate(ELEMENTS, start=1)}

# Top-level descriptor fields that belong to an element (others, such as id or languages,
# describe the file as a whole and map to no element).
_FIELD_ELEMENT = {
    "learner": "learner",
    "title": "title",
    "awarding_bodies": "awarding_body",
    "issue_date": "issue_date",
    "learning_outcomes": "learning_outcomes",
    "workload": "workload",
    "level": "level",
    "assessment": "assessment",
    "participation": "participation",
    "quality_assurance": "quality_assurance",
    "prerequisites": "prerequisites",
    "grade": "grade",
    "stackability": "stackability",
    "further_information": "further_information",
}


def element_for_pointer(pointer: str) -> str | None:
    """The Annex I element a descriptor location belongs to, or ``None``."""
    tokens = jp.split(pointer) if pointer else []
    if not tokens:
        return None
    head = tokens[0]
    if head == "awarding_bodies" and len(tokens) >= 3 and tokens[2] in ("country", "region"):
        return "issuer_country"
    if head == "assessment" and len(tokens) >= 2 and tokens[1] == "supervision":
        return "supervision"
    return _FIELD_ELEMENT.get(head)


# The parts of quality_assurance that state a type of quality assurance (Annex I M11).
_QA_PARTS = ("internal", "external", "accreditations")


def applies(element: Element, kind: str) -> bool:
    """Whether the element applies to a descriptor of this kind."""
    return kind == "credential" or not element.credential_only


# A grading scheme with no grade beyond passed or failed, in the languages of the EU/EEA's providers: each
# pair's "passed" and "failed" word (in every gender a learner's result takes: "no apta", "non idonea",
# "respinsă", "nie zaliczono"; and as vocational and further-education providers word it: "nicht erfüllt",
# "non certifié", "esito negativo", "nog niet competent", "sem aproveitamento", "nie zdał"; a competence-based
# result: "not yet competent", "noch nicht kompetent", "aún no competente"), and the words for a credential that is
# not graded.
PASS_FAIL_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("pass(?:ed)?", "fail(?:ed)?|not passed|no pass"),
        ("credit", "no credit"),
        ("satisfactory", "unsatisfactory"),
        ("competent", "not (?:yet )?competent"),
        ("achieved", "not (?:yet )?achieved"),
        ("completed?", "not completed?|incomplete"),
        ("recogni[sz]ed", "not recogni[sz]ed"),
        ("certified", "not certified"),
    ),
    "de": (
        ("bestanden", "nicht bestanden"),
        ("erfolgreich", "nicht erfolgreich"),
        ("mit erfolg", "ohne erfolg"),
        ("anerkannt", "nicht anerkannt"),
        ("erfüllt", "nicht erfüllt"),
        ("geeignet", "nicht geeignet"),
        ("zertifiziert", "nicht zertifiziert"),
        ("kompetent", "(?:noch )?nicht kompetent"),
    ),
    "fr": (
        ("réussie?", "échouée?|non réussie?"),
        ("réussite", "échec"),
        ("admise?", "ajournée?|non admise?"),
        ("acquise?s?", "non acquise?s?"),
        ("validée?s?", "non validée?s?"),
        ("certifiée?", "non certifiée?"),
        ("reçue?", "refusée?|ajournée?"),
        ("compétente?", "(?:pas encore|non) compétente?"),
    ),
    "es": (
        ("apt[oa]", "no apt[oa]"),
        ("aprobad[oa]", "no aprobad[oa]|suspens[oa]"),
        ("superad[oa]", "no superad[oa]"),
        ("con aprovechamiento", "sin aprovechamiento"),
        ("certificad[oa]", "no certificad[oa]"),
        ("competente", "(?:aún |todavía )?no competente"),
    ),
    "it": (
        ("superat[oa]", "non superat[oa]"),
        ("idone[oa]", "non idone[oa]"),
        ("approvat[oa]", "non approvat[oa]"),
        ("ammess[oa]", "non ammess[oa]"),
        ("positivo", "negativo"),
        ("certificat[oa]", "non certificat[oa]"),
        ("competente", "non (?:ancora )?competente"),
    ),
    "nl": (
        ("geslaagd", "niet geslaagd|gezakt"),
        ("voldaan", "niet voldaan"),
        ("behaald", "niet behaald"),
        ("voldoende", "onvoldoende"),
        ("competent", "(?:nog )?niet competent"),
        ("gecertificeerd", "niet gecertificeerd"),
    ),
    "pl": (
        ("zaliczon[aeoy]?", "niezaliczon[aeoy]?|nie zaliczon[aeoy]?"),
        ("zdan[aey]", "niezdan[aey]|nie zdan[aey]"),
        ("zdał[ao]?", "nie zdał[ao]?"),
        (r"zal\.", r"nzal\.|nie ?zal\."),
        ("zaliczenie", "brak zaliczenia|niezaliczenie"),
    ),
    "pt": (
        ("aprovad[oa]", "reprovad[oa]|não aprovad[oa]"),
        ("apt[oa]", "não apt[oa]"),
        ("com aproveitamento", "sem aproveitamento"),
        ("certificad[oa]", "não certificad[oa]"),
        ("competente", "(?:ainda )?não competente"),
    ),
    "sv": (
        ("godkänd|godkänt", "underkänd|underkänt|icke godkänd|ej godkänd"),
        ("kompetent", "(?:ännu )?inte kompetent|ej kompetent"),
    ),
    "da": (("bestået", "ikke bestået"),),
    "no": (("bestått", "ikke bestått|ikkje bestått"),),
    "fi": (("hyväksytty", "hylätty"),),
    "cs": (("prospěla?", "neprospěla?"), ("započteno", "nezapočteno"), ("splnila?|splněno", "nesplnila?|nesplněno")),
    "sk": (("vyhovela?", "nevyhovela?"), ("absolvovala?", "neabsolvovala?")),
    "hu": (("megfelelt", "nem felelt meg"), ("teljesítette", "nem teljesítette")),
    "ro": (("admis[ăa]?", "respins[ăa]?"), ("promovat[ăa]?", "nepromovat[ăa]?")),
    "hr": (("položio|položila|položeno", "nije položio|nije položila|nije položeno"),),
    "sl": (("opravila?|opravilo", "ni opravila?|ni opravilo"),),
    "et": (("arvestatud", "mittearvestatud|arvestamata"),),
    "lt": (("įskaityta", "neįskaityta"),),
    "lv": (("ieskaitīts", "neieskaitīts"),),
    "ca": (("apte|apta", "no apte|no apta"), ("superat|superada", "no superat|no superada")),
    "el": (("επιτυχία", "αποτυχία"), ("επιτυχώς", "ανεπιτυχώς")),
    "bg": (("издържал[аио]?", "неиздържал[аио]?"),),
    "is": (("staðið|staðist", "fallið|ekki staðist"),),
    "ga": (("pas", "teip"),),
    "mt": (("għadda", "ma għaddiex"),),
}
_UNGRADED_WORDS = (
    "ungraded",
    "non-graded",
    "not graded",
    r"no grades? (?:is |are )?(?:awarded|given)",
    "unbenotet",
    "nicht benotet",
    "ohne (?:Note|Benotung)",
    "non notée?",
    "sans note",
    "sans notation",
    "sin calificación",
    "sin nota",
    "sense qualificació",
    "sense nota",
    "senza voto",
    "niet becijferd",
    "zonder cijfer",
    "bez oceny",
    "sem classificação",
    "sem nota",
    "utan betyg",
    "ej betygsatt",
    "uden karakter",
    "ut[ae]n karakter",
    "án einkunnar",
    "(?:ilman|ei) arvosanaa",
    "mitteeristav(?: hindamine)?",
    "hindeta",
    "be įvertinimo",
    "bez vērtējuma",
    "bez (?:hodnocení|hodnotenia|známky)",
    "bez ocjene",
    "brez ocene",
    "érdemjegy nélkül",
    "fără notă",
    "χωρίς βαθμ(?:ό|ολογία)",
    "без оценка",
)
# A pair written as one scale ("Pass/fail", "apto o no apto"), not the last two steps of a longer one
# ("Distinction, Merit, Pass or Fail"); each word may carry its abbreviation ("Pass (P) or Fail (F)").
_ABBREVIATION = r"(?:\s*\(\w{1,4}\.?\))?"
_SEPARATOR = (
    r"\s*[/|–-]\s*|\s+(?:or|oder|ou|o|of|oppure|lub|albo|eller|tai|nebo|alebo|vagy|sau|ili|ali|või|arba|vai|nó|ή|или|jew"
    r"|eða)\s+"
)


@functools.cache
def _ungraded_pattern() -> re.Pattern[str]:
    """The pass/fail pairs and not-graded words of every language as one pattern, compiled on first use: a
    graded credential's (it is a large pattern, not needed to check an offer). The words of a phrase may be
    parted by more than one space or a line break ("not  certified", as a cell or a PDF gives it)."""
    phrases = "|".join(
        [
            *(
                f"(?:{passed}){_ABBREVIATION}(?:{_SEPARATOR})(?:{failed}){_ABBREVIATION}(?!{_ABBREVIATION}\\s*[/|])"
                for pairs in PASS_FAIL_PAIRS.values()
                for passed, failed in pairs
            ),
            *_UNGRADED_WORDS,
        ]
    )
    spaced = phrases.replace(" ?", r"\s*").replace(" ", r"\s+")
    return regex(rf"(?<![\w/|,;])(?<![/|,;] )(?:{spaced})(?!\w)", re.IGNORECASE)


# A scheme that also names a grade is graded, whatever it says of pass and fail ("Pass/fail per module, final
# grade 1-10"): a scale of numbers ("1-10", "0 à 20", "2 do 5") or letters ("A-F"), or a final grade.
_GRADED = regex(
    r"(?<![\w.,])\d{1,3}(?:[.,]\d)?\s*(?:[-–]|\s(?:to|bis|à|a|al|tot|do)\s)\s*\d{1,3}(?![\w.,]\d)"
    r"|(?<!\w)[A-E]\s*[-–]\s*[E-F](?!\w)"
    r"|\b(?:final (?:grade|mark)|grade point|Endnote|Gesamtnote|note finale|nota final|voto finale|eindcijfer"
    r"|ocena końcowa)\b",
    re.IGNORECASE,
)


def ungraded(grading_scheme: object) -> bool:
    """Whether a grading scheme (a text or a language map) awards no grade: pass/fail, or not graded, with no
    grade scale beside it."""
    texts = grading_scheme.values() if isinstance(grading_scheme, dict) else (grading_scheme,)
    strings = [read_form(text) for text in texts if isinstance(text, str)]
    return any(_says_ungraded(text) for text in strings) and not any(_names_a_grade(text) for text in strings)


# A batch of credentials repeats its providers' few grading schemes, which each credential's grade rules and element
# statuses ask about (some 5 to 30 microseconds a scheme): what a short scheme says is remembered.
_SCHEMES_KEPT = 256
_LONGEST_KEPT = 1000


@short_texts(_SCHEMES_KEPT, _LONGEST_KEPT)
def _says_ungraded(text: str) -> bool:
    """Whether a scheme's text says it is pass/fail or not graded."""
    return _ungraded_pattern().search(text) is not None


@short_texts(_SCHEMES_KEPT, _LONGEST_KEPT)
def _names_a_grade(text: str) -> bool:
    """Whether a scheme's text names a grade scale or a final grade."""
    return _GRADED.search(text) is not None


def not_applicable(element: Element, data: dict[str, Any]) -> bool:
    """Whether an element of the descriptor's kind does not apply to this descriptor (Annex I: "where
    applicable"): the grade of a credential whose grading scheme awards none."""
    return element.key == "grade" and ungraded(jp.resolve(data, "/assessment/grading_scheme"))


def is_present(element: Element, data: dict[str, Any]) -> bool:
    """Whether the descriptor gives the element at all (validity is judged elsewhere)."""
    if element.key in ("issuer_country", "awarding_body"):
        # A body given in another form than a list of objects (its name alone, one object) is given, and
        # invalid by the schema's finding; a country is only given inside an object.
        bodies = data.get("awarding_bodies")
        listed = bodies if isinstance(bodies, list) else [bodies]
        if element.key == "issuer_country":
            return any(isinstance(b, dict) and filled(b.get("country")) for b in listed)
        return any(filled(b.get("name")) if isinstance(b, dict) else filled(b) for b in listed)
    if element.key in ("assessment", "participation"):
        given = data.get(element.key)
        if filled(given) and not isinstance(given, dict):
            # Given in another form than an object ("participation: online", a list of assessment types):
            # given, and invalid by the schema's finding, which says how to write it.
            return True
    if element.key == "assessment":
        # The Annex I element is the *type* of assessment: supervision, a grading scheme or a description
        # alone do not say how the learning is assessed.
        return filled(jp.resolve(data, "/assessment/types"))
    if element.key == "quality_assurance" and isinstance(data.get("quality_assurance"), dict):
        # The type of quality assurance is what its internal or external part (or an accreditation) states:
        # parts given empty ({internal: {}}) state none.
        return any(filled(data["quality_assurance"].get(part)) for part in _QA_PARTS)
    if element.key == "participation":
        # The form of participation is the mode (online, onsite, blended); a learning setting or a schedule
        # alone does not state it.
        return filled(jp.resolve(data, "/participation/mode"))
    return filled(jp.resolve(data, element.pointer))


# Characters that show nothing: a soft hyphen, zero-width spaces and joiners, a word joiner and a byte-order
# mark. A text of nothing but these and white space looks empty wherever it is shown, and is blank.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_BLANK = regex(f"[\\s{INVISIBLE}]*")
# A mark typed for "no value", as catalogue systems export an empty field: a dash or slash ("-", "–", "/") or
# "no information" abbreviated (k. A., b.d., n.d.). It gives nothing. ("n/a" and "n.v.t." say "none": a value.)
_NO_VALUE_MARK = regex(r"[-/\u2012-\u2015\u2212]{1,3}|(?i:k\.\s?A|b\.\s?d|n\.\s?d)\.?")


def read_form(text: str) -> str:
    """A text as the rules read it: in one Unicode form (NFC: "hyväksytty" typed as a and a combining diaeresis is
    the word it shows) and with the white space between its words one space (a no-break space, a tab or a run of
    spaces, as word processors and catalogue exports leave them, joins no phrase), its line breaks kept."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _SPACE.sub(" ", text) if _ODD_SPACE.search(text) else text


# White space within a line, and what of it is not one plain space.
_SPACE = regex(r"[^\S\n]+")
_ODD_SPACE = regex(r"[^\S\n]{2}|[^\S \n]")


def blank(text: str) -> bool:
    """Whether a text is empty, white space or invisible characters only."""
    # Most texts are told by their first character that is not white space (``str.strip`` and ``\s`` agree
    # on what white space is); only one that is invisible calls for the whole match.
    rest = text.lstrip()
    return not rest or (rest[0] in INVISIBLE and _BLANK.fullmatch(rest) is not None)


def filled(value: object) -> bool:
    """Whether a value is given: not absent, blank, a mark for no value ("-", "k. A."), or a list or object of
    none of these."""
    if value is None:
        return False
    if isinstance(value, str):
        return not blank(value) if len(value) > 8 else _text_given(value)
    if isinstance(value, dict):
        # A language string whose every text is blank ({pl: "  "}) or a mark gives nothing.
        return any(not isinstance(t, str) or (not blank(t) if len(t) > 8 else _text_given(t)) for t in value.values())
    if isinstance(value, list):
        # A list of nothing but blanks and marks (learning_outcomes: ["-"]) gives nothing either; most lists
        # are told by their first item.
        if not value:
            return False
        first = value[0]
        if not isinstance(first, str) or _text_given(first):
            return True
        return any(not isinstance(item, str) or _text_given(item) for item in value)
    return True


def _text_given(text: str) -> bool:
    """Whether a text is neither blank nor a mark for no value."""
    if len(text) > 8:
        return not blank(text)
    return not blank(text) and _NO_VALUE_MARK.fullmatch(text.strip()) is None


def citation(clause: str) -> Text | str:
    """A rule's clause ("Annex I M6, M7", "Annex II Relevance") as a reader of any language cites it:
    the annex word translated, element codes as written, a principle by its translated label."""
    if clause.startswith("Annex II "):
        return msg("Annex II: {principle}", principle=Text(clause.removeprefix("Annex II ")))
    if clause.startswith("Annex I "):
        return msg("Annex I {elements}", elements=clause.removeprefix("Annex I "))
    return clause
