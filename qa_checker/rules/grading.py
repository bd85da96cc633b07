"""Reading a grading scheme's scale and a grade, to tell a grade that does not fit its scheme (MC-AS-004).

Only the first :data:`READ_CHARS` characters of a scheme are read and every pattern is bounded. A scale
is read from a range ("1-5", "0 à 20", "od 2 do 5"), a denominator ("sur 20", "out of 100"), percentages,
"N-point scale", the Danish 7-point scale, letters ("A-F", "A, B, C, D, E, FX, F"), the ECTS grades or the
Turkish double letters ("AA-FF"); its
direction and pass mark only from what the scheme says ("pass at 10", "E lowest pass", "1 (sehr gut)",
"5 (nicht genügend)") or from a convention that leaves no doubt. What cannot be read is never judged.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from typing import Any

from qa_checker.aliases import NUMBER_OF
from qa_checker.descriptor import Descriptor
from qa_checker.elements import PASS_FAIL_PAIRS, ungraded
from qa_checker.patterns import lazy
from qa_checker.text import N_, Text, msg

# How much of a scheme is read: its scale is stated at its start.
READ_CHARS = 300
# How much of a grade is read.
_GRADE_CHARS = 80

_FOLD = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " "})
_NUM = r"-?\d{1,3}(?:[.,]\d{1,2})?"
_AFTER_NUM = r"(?!\d|[.,]\d)"
# A range of something else than grades: a duration, credits, a share of the final grade ("60-90 minutes",
# "3-5 ECTS", "40-60 % of the grade").
_NOT_GRADES = (
    r"(?!\s*(?:min\w*|h|hrs?|hours?|stunden|std|heures?|horas?|ore|uur|ects|ec|cp|lp|credits?|weeks?|wochen"
    r"|days?|tage|years?|jahre|semaines?|%\s*(?:of|der|des|du|de|del|van|z)\b)(?!\w))"
)
# "to" between the ends of a range in the languages that write it otherwise than with the Latin "do", "a" or
# "la" the pattern below knows: Bulgarian, Greek, Lithuanian, Latvian, Estonian, Spanish, Portuguese,
# Romanian, Maltese and Irish ("от 2 до 6", "1 έως 10", "minn 0 sa 100", "ó 0 go 100"), and the Danish, Norwegian
# and Icelandic "til" ("frá 0 til 10").
_TO_WORDS = r"до|έως|ως|μέχρι|iki|līdz|kuni|hasta|até|până la|sa|go|til"


def _alternation(words: list[str]) -> str:
    """A pattern matching any of ``words``, the longest that matches first, branching a character at a time: an
    alternation of four hundred words tried one by one at each place took 1-2 ms a scheme (a language map of
    50 schemes and 50 grades, 5 seconds); the branches of one first character alone are tried."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(character) + pattern(child) for character, child in sorted(node.items()) if character]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{pattern(tree)})"


_NUMBER_WORD = _alternation(list(NUMBER_OF))
# A scale's points, steps or grades in the EU's languages, as a scale named by their number says them ("ten-point",
# "Zehn-Punkte", "dešimtbalė", "desmit ballu", "pětibodová", "sechsstufig", "femgradig", "kümnepalline", "ötfokú").
_POINT_WORDS = (
    r"points?|punkt\w*|punts|punt[io]s?|pontos|puncte|pont\w*|pointe|bal\w*|bál\w*|бал\w*|bod\w*|stopn\w*"
    r"|stopenj\w*|stupn\w*|stupň\w*|stupanj\w*|stuf\w*|grad\w*|trins\w*|fok\w*|pall\w*|portai\w*|βαθμ\w*|степен\w*"
)
_SCALE_WORDS = (
    r"scale|skala|skalė|skal[ae]|échelle|escala|scala|schaal|skaala|asteikko|κλίμακα|скала|skála|stupnic\w*"
    r"|lestvic\w*|ljestvic\w*|scar\w*|system|sistem\w*|systém\w*|rendszer\w*|skalo|iskala|betygsskala"
)
# A scale named by its number of points: joined ("dešimtbalė", "Zehn-Punkte-Skala"), followed by the word scale
# ("ten point scale", "desmit ballu skala") or after it ("scala a dieci punti").
_SPELLED_POINTS = lazy(
    rf"(?<!\w)({_NUMBER_WORD})"
    rf"(?:\w{{0,3}}-?(?:{_POINT_WORDS})|[- ](?:{_POINT_WORDS})\w*[- ](?=(?:{_SCALE_WORDS})(?!\w)))"
    rf"|(?<!\w)((?:{_SCALE_WORDS})\s+(?:\w{{1,3}}\s+)?)({_NUMBER_WORD})\s+(?:{_POINT_WORDS})(?!\w)",
    re.IGNORECASE,
)
# A range written in words ("de cero a diez", "from one to five points") and a denominator ("sur vingt", "out of
# ten"); a range of something else ("two to four assessors") is left as written.
_SPELLED_RANGE = lazy(
    rf"(?<!\w)({_NUMBER_WORD})(\s+(?:to|bis|à|a|al|tot|do|til|till|až|ad|la|{_TO_WORDS})\s+)({_NUMBER_WORD})(?!\w)"
    rf"(?=\s*(?:$|[,;.:()]|(?:{_POINT_WORDS}|valor\w*|noten?|voti)(?!\w)))",
    re.IGNORECASE,
)
_SPELLED_DENOMINATOR = lazy(rf"(?<!\w)(?:out of|sur|su|sobre|op|von|από|от)\s+({_NUMBER_WORD})(?!\w)", re.IGNORECASE)
# A scale in fractions, as Italian names it: "in trentesimi" (out of 30), "in decimi", "in centesimi".
_FRACTIONS = {"decimi": 10, "ventesimi": 20, "trentesimi": 30, "centesimi": 100}
_SPELLED_FRACTION = lazy(rf"(?<!\w)in\s+({'|'.join(_FRACTIONS)})(?!\w)", re.IGNORECASE)


def _number(word: str) -> int:
    """The value of a number word of :data:`~qa_checker.aliases.NUMBER_WORDS`."""
    return NUMBER_OF[word.casefold()]


def _spelled(text: str) -> str:
    """A scheme with the numbers of its scale that are written in words written in figures: "ten-point scale" and
    "Dešimtbalė" as "10-point scale", "de cero a diez" as "de 0 a 10", "sur vingt" and "in ventesimi" as "/20"."""

    def points(found: re.Match[str]) -> str:
        if found.group(1):
            return f"{_number(found.group(1))}-point scale "
        return f"{found.group(2)}{_number(found.group(3))}-point scale"

    text = _SPELLED_POINTS.sub(points, text)
    text = _SPELLED_RANGE.sub(lambda f: f"{_number(f.group(1))}{f.group(2)}{_number(f.group(3))}", text)
    text = _SPELLED_DENOMINATOR.sub(lambda f: f"/{_number(f.group(1))}", text)
    return _SPELLED_FRACTION.sub(lambda f: f"/{_FRACTIONS[f.group(1).casefold()]}", text)


# Case endings on numbers, by language, as "from" and "to" a number are written where a language inflects them:
# the endings, and the words after a "from" that make it a lower bound ("5etik gora": from 5 up). Basque
# "0tik 10era", Finnish "0:sta 5:een" and "1:stä alkaen", Hungarian "1-től 5-ig", Estonian "0-st 5-ni".
_CASE_ENDINGS = {
    "eu": (r"-?e?tik", r"-?e?ra(?:\s+arte)?", r"gora"),
    "fi": (r":[ls]t[aä]", r":(?:een|ään|aan|hin|iin|seen)(?:\s+asti)?", r"alkaen|ylöspäin"),
    "hu": (r"-t[óő]l", r"-ig", r"felfelé|kezdve"),
    "et": (r"-?st", r"-?ni", r"alates|ülespoole"),
}
_INFLECTED_RANGE = {
    code: lazy(rf"(?<![\w.,])({_NUM}){start}\s+({_NUM}){end}(?!\w)", re.IGNORECASE)
    for code, (start, end, _up) in _CASE_ENDINGS.items()
}
_INFLECTED_FROM = {
    code: lazy(rf"(?<![\w.,])({_NUM}){start}(?:\s+(?:{up}))?(?!\w)", re.IGNORECASE)
    for code, (start, _end, up) in _CASE_ENDINGS.items()
}
# Hungarian names a grade and a scale with a suffix on the number: "2-es" (a two), "5-ös skála" (five-point).
_HUNGARIAN_POINTS = lazy(r"(?<![\w.,])(\d{1,3})-[aeoö]s\s+(?=skál)", re.IGNORECASE)
_HUNGARIAN_GRADE = lazy(rf"(?<![\w.,])({_NUM})-[aeoö]s(?!\w)", re.IGNORECASE)


def _uninflected(text: str, language: str) -> str:
    """A scheme with the case endings on its numbers written as the patterns below read them: "0tik 10era;
    5etik gora gainditua" as "0-10; 5 gainditua", "5-ös skála" as "5-point scale" (the languages of
    :data:`_CASE_ENDINGS` only: "1st" is an English ordinal, not Estonian "from 1")."""
    if language not in _CASE_ENDINGS:
        return text
    text = _INFLECTED_RANGE[language].sub(r"\1-\2", text)
    text = _INFLECTED_FROM[language].sub(r"\1", text)
    if language == "hu":
        text = _HUNGARIAN_GRADE.sub(r"\1", _HUNGARIAN_POINTS.sub(r"\1-point scale ", text))
    return text


# The top of a range: a number of up to three digits, or 1000, the top of the scaled scores of certification
# examinations ("1 to 1000", "100-1000"); other four-digit numbers are years ("2019-2023"), not grades.
_TOP = rf"(?:1000|{_NUM})"
# A range of numbers, its low end perhaps labelled: "1-5", "1 (sehr gut) bis 5", "de 0 à 20", "od 2 do 5",
# "between 18 and 30".
_RANGE = lazy(
    rf"(?<![\w.,/])({_NUM}){_AFTER_NUM}\s?%?(?:\s*\([^()]{{0,40}}\))?"
    rf"(?:\s*(?:-|\.\.)\s*|\s+(?:to|bis|à|a|al|tot(?: en met)?|t/m|do|til|till|až|ad|la|-|{_TO_WORDS})\s+)"
    rf"({_TOP}){_AFTER_NUM}(?!\w){_NOT_GRADES}"
    r"|\b(?:between|zwischen|entre|tra|tussen|między|mezi|mellan|mellem)\s+"
    rf"({_NUM}){_AFTER_NUM}\s+(?:and|und|et|e|y|en|a|i|och|og)\s+({_TOP}){_AFTER_NUM}(?!\w){_NOT_GRADES}",
    re.IGNORECASE,
)
# A grade of a scale listed with its label, as a scale of three or more is written without a range:
# "1 (výborně), 2 (velmi dobře), 3 (dobře), 4 (nevyhověl)".
_LABELLED = lazy(rf"(?<![\w.,/])({_NUM}){_AFTER_NUM}\s*\(((?=[^()\d]*[^\W\d])[^()\d]{{1,40}})\)")
# The same without brackets, one grade to an item of a list: "1 výborně, 2 velmi dobře, 3 dobře, 4 nevyhověl".
_LISTED_LABELS = lazy(
    r"(?<![\w.,/])(\d{1,3})(?!\d|[.,]\d)\s*(?:[=:]\s*)?([^\W\d_]+(?:\s[^\W\d_]+){0,2})(?=\s*(?:[,;]|\.?$|\.\s))"
)
# The open band of a banded scheme: above its ranges ("Distinction (70+)", "70 and above", ">= 70") or below
# them ("Fail (below 50)", "under 40%", "< 40").
# "below" and "above" in the EU's languages ("unter 50 %", "moins de 10", "meno di 18", "über 90").
_BELOW_WORDS = (
    r"below|under|less than|unter|unterhalb von|weniger als|moins de|en dessous de|inférieure? à|sotto|meno di"
    r"|inferiore a|menos de|por debajo de|inferior a|onder|minder dan|poniżej|mniej niż|pod|méně než|alatt"
    r"|mindre än|mindre end|vähemmän kuin|sub|κάτω από|под|mažiau nei|zem"
)
_ABOVE_WORDS = (
    r"above|over|über|oberhalb von|au-dessus de|plus de|oltre|sopra|más de|por encima de|boven|powyżej|nad|över"
)
_OPEN_ABOVE = lazy(
    rf"(?<![\w.,])({_NUM}){_AFTER_NUM}(?:\s?%)?\s*(?:\+|(?:and|or)\s+(?:above|over|more|higher)\b)"
    rf"|(?:≥|>=|(?<!\w)(?:{_ABOVE_WORDS})\s)\s*({_NUM}){_AFTER_NUM}",
    re.IGNORECASE,
)
_OPEN_BELOW = lazy(rf"(?:<(?!=)|(?<!\w)(?:{_BELOW_WORDS})\s)\s*({_NUM}){_AFTER_NUM}", re.IGNORECASE)
# A scale given by its highest grade: "sur 20", "out of 100", "/20", "10-point scale", "15-Punkte-Skala", the word
# scale in any case ("10 ballu skalā", in the scale); a top of up to three digits, or the 1000 of scaled scores ("out
# of 1000").
_DENOMINATOR = lazy(r"(?:\bout of|\bsur|\bsu|\bop|/)\s*(1000|\d{1,3})(?!\d|[.,]\d|\w)", re.IGNORECASE)
_POINTS = lazy(
    r"(?<![\w.,])(\d{1,3})[- ]?(?:point|punkte?|pts?\.?|ballu|balle|balų)"
    r"(?:[- ]?(?:scale|skal\w*|schlüssel|grading|system|sistēm\w*|sistem\w*|grades?)|\s*(?:[,;.)]|$))",
    re.IGNORECASE,
)
_PERCENT = lazy(r"%|\b(?:per ?cent|percentage|prozent|pourcent|pourcentage|porcentaje|percentuale|procent)")
# The Danish 7-point scale (-3, 00, 02, 4, 7, 10, 12; 02 the lowest pass), named or listed.
_DANISH = lazy(r"\b7[- ]?(?:trins|point|step)|\bdanish\b|\bdansk|-3\s*,\s*00\s*,\s*02", re.IGNORECASE)
_DANISH_TEXT = "-3, 00, 02, 4, 7, 10, 12"
_DANISH_STEPS = tuple(Decimal(step) for step in _DANISH_TEXT.split(", "))
# The ECTS grades: A-E pass, FX and F fail.
_ECTS = lazy(
    r"(?<!\d)(?<!\d )\bECTS[- ](?:grad\w*|scale|skala|noten?)|\b(?:scale|skala|échelle|escala|scala|schaal)\s+"
    r"(?:\w+\s+)?ECTS\b|\(ECTS\)",
    re.IGNORECASE,
)
# The Turkish double-letter grades, best first (DD or CC the lowest pass by each university's rules, FD and FF a
# fail everywhere): a closed set, so that no other pair of capitals is read as a grade.
_DOUBLE_ORDER = ("AA", "BA", "BB", "CB", "CC", "DC", "DD", "FD", "FF")
_DOUBLE_FAILING = frozenset({"FD", "FF"})
_DOUBLE_CORE = "|".join(_DOUBLE_ORDER)
_LETTER_CORE = rf"(?-i:{_DOUBLE_CORE}|[A-F]X?)"
_LETTER = rf"(?<![\w-]){_LETTER_CORE}(?![\w+-])"
_LETTER_RANGE = lazy(
    r"(?<![\w/-])([A-F])(?:[+-](?=\s))?(?:\s*\([^()]{0,30}\))?\s*(?:-|\s+(?:to|bis|à|a|až|til|till|do)\s+)\s*"
    r"([A-F])(X?)[+-]?(?!\w)",
)
_LETTER_LIST = lazy(
    rf"{_LETTER}(?:\s*\([^()]{{0,20}}\))?(?:\s*[,/;]\s*[A-F]X?(?:\s*\([^()]{{0,20}}\))?(?!\w)){{2,}}",
)
_LETTER_TOKEN = lazy(_LETTER)
_LETTER_ORDER = ("A", "B", "C", "D", "E", "FX", "F")
# The double-letter scale named by a range of its grades ("AA-FF", "AA to FF", Turkish "AA'dan FF'ye") or by three
# of them.
_DOUBLE_RANGE = lazy(
    rf"(?<![\w-])(?-i:{_DOUBLE_CORE})(?:['’](?:dan|den|tan|ten)\s+|\s*(?:-|\s(?:to|bis|à|a|až|do|ile)\s)\s*)"
    rf"(?-i:{_DOUBLE_CORE})(?![\w+-])",
    re.IGNORECASE,
)
_DOUBLE_TOKEN = lazy(rf"(?<![\w-])(?-i:{_DOUBLE_CORE})(?![\w+-])")

_NOT = r"(?<!not )(?<!nicht )(?<!non )(?<!niet )(?<!nie )(?<!no )(?<!ikke )(?<!ej )(?<!icke )(?<!ne )(?<!ni )(?<!ez )"
# A grade's label naming it the best, a pass, or a fail.
_BEST = (
    r"sehr gut|beste|best|highest|excellent|outstanding|very good|très bien|sobresaliente|ottimo|eccellente"
    r"|uitstekend|celując\w*|bardzo dobr\w*|výborn\w*|velmi dobř\w*|jeles|odličan|erinomainen|fremragende"
    r"|utmärkt|отличен|άριστα|izvrst\w*|odlič\w*|puikiai|teicami|suurepärane"
)
_PASSING = (
    r"pass(?:e[ds]|ing)?|genügend|ausreichend|bestanden|bestehensgrenze|réussite|admis|aprobado|suficiente?"
    r"|sufficiente|sufficienza|suffisante?s?|voldoende|pozytywn\w*|godkän[dt]\w*|ståkarakter|bestået|beståtte?|hyväksyt\w*"
    r"|úspěšn\w*|úspešn\w*|dostatečn\w*|dostateczn\w*|elégséges|sikeres|aprova\w*|promova\w*|superat\w|superamento"
    r"|validation|validée?s?|pozitivn\w*|positiivn\w*|positiivse|teigiam\w*|sekmīg\w*|prolaz\w*|prelazn\w*|megfelelt|успешн\w*"
    r"|пролазн\w*|прелазн\w*|преодн\w*"
    # passed or credited: the Croatian and Slovenian participles, the Czech "fulfilled", the Estonian "credited"
    r"|položen\w*|opravljen\w*|splněn\w*|arvestatud"
    r"|(?<!με )βάση(?:\s+επιτυχίας)?|προβιβάσιμ\w*|suċċess|pas(?=\s+ag\s)|tgħaddi|zalicz\w*|gaindit\w*|nahikoa"
    # the Greek "with the base" before the mark's article ("με βάση το 5"; else it is "based on": "με βάση 8 κριτήρια"),
    # or "with the base of success" ("με βάση επιτυχίας το 5")
    r"|με\s+βάση(?=\s+το\s+\d)|με\s+βάση\s+επιτυχίας"
    # the Lithuanian passed and credited, the Romanian passing ("nota de trecere")
    r"|išlaiky\w*|įskaity\w*|trecere"
    r"|standast|staðist|geçer(?:\s+not\w*)?|geçme(?:\s+not\w*)?"
    # the verb of passing, as a scheme names the mark it needs: "se aprueba con un 5", "si supera con 18",
    # "geslaagd vanaf 5,5", "minimaal een 6 om te slagen" ("s'aprova amb un 5" is aprova above)
    r"|aprueban?|aprobar|supera(?:no|re|r)?|geslaagd|te\s+slagen"
    # the pass named as a noun or its cut-off: "zum Bestehen sind mindestens 50 % erforderlich", the Norwegian
    # "bestått", the Dutch "cesuur" ("5,5 is de cesuur")
    r"|zum\s+bestehen|bestått|cesuur"
)
# A grade or mark, in the EU's languages, as a pass mark names it ("pass mark 5", "hyväksytty arvosana 1",
# "prolazna ocjena je 2"); the passing grades of a span are named in the plural too ("pozitivne ocene"), and the
# languages with cases name the grade a pass is "with" in their instrumental, adessive or comitative ("z oceną 3",
# "s ocjenom 2", "se známkou 3", "arvosanalla 1", "hindega 1", "jeggyel 2"), Swedish with its article ("betyget").
_GRADE_WORDS = (
    r"mark|grade|threshold|level|score|note|nota|voto|cijfer|ocen(?:[aeoyę]|ą|ami)|ocjen(?:[aeiu]|om|ama)|érdemjegy"
    r"|hin(?:[nd]e|dega|deks)|arvosana(?:lla|n)?|betyg(?:et)?"
    r"|karakter(?:en)?|známk(?:[ayu]|ou)|jegy(?:gyel)?|vērtējum[su]|atzīm\w*|įvertinim\w*|βαθμός|оценк[аи]|оцен[аеи]"
    r"|marka|classifica(?:ção|cao|zione)|calificación|clasificación"
)
# The words between a pass mark's name and its value ("is", "at", "from", "at least"), in the EU's languages.
_CONNECTIVES = (
    r"is|at|from|of|with|ab|bis|up to|at most|höchstens|à partir de|dès|a partir de|vanaf|van|od|da|de|con"
    r"|com|at least|minimum|минимум|minimaal|mindestens|almeno|au moins|minstens|mindst|co najmniej|alespoň|este"
    r"|είναι|το|από"
    r"|от|on|ir|je|је|е|so|hija|ag|no|nuo|alates|vähintään|fra|från|minst|legalább|najmanj|najmanje|bent|vismaz"
    r"|vähemalt|är|er|desde|igual ou superior a|igual o superior a|igual ou maior que|pari o superiore a"
    r"|égale? ou supérieure? à|equal to or (?:above|higher than|greater than)|gleich oder (?:größer|höher) als"
    r"|gelijk aan of hoger dan|egal[ăa] sau mai mare (?:de|decât)|równ\w* lub wyższ\w* (?:niż|od)"
    r"|jednak\w* ili već\w* od|enak\w* ali već\w* od|ίσ\w* ή μεγαλύτερ\w* (?:του|από)"
    # who gets it: "aprovado quem obtiver nota ...", "promovarea se face cu nota ..."
    r"|quem obtiver|quem tiver|quien obtenga|quienes obtengan|chi ottiene|qui obtient|who (?:gets?|obtains?)"
    r"|se face cu|se obține cu|cu"
    # "with" in Catalan and the indefinite article before a mark: "s'aprova amb un 5", "se aprueba con un 5,0"
    r"|amb|un|una"
    # "with" before the grade a pass is given with: "bestanden mit der Note 4", "godkänt med betyget 3", "zaliczenie
    # z oceną 3", "položeno s ocjenom 2", "sekmīgs ar atzīmi 4", "superato con il voto di 18", "reçu avec la note 10"
    # (whole words: "grades" is no "grade" with "s")
    r"|(?<!\w)(?:mit|med|met|avec|ar|z|ze|s|se|sa|di)"
    # an inclusive bound: "bestanden bis einschließlich 4,0", "pass up to and including 4.0"
    r"|einschließlich|inklusive|and including|inclusive"
    # "is" and "set at": "zum Bestehen sind mindestens 50 %", "le seuil de réussite est fixé à 60", "de cesuur ligt
    # op 5,5"
    r"|ist|sind|est|sont|è|sono|es|son|é|são|zijn|jest|są|fixée? à|fissat[ao] a|fijad[ao] en|fixad[ao] em|set at"
    r"|ligt op|ligt bij"
)
_FAILING = (
    r"fail(?:ed|ing)?|unsuccessful|nicht genügend|ungenügend|nicht bestanden|insufficient|unsatisfactory|insuffisant"
    # the negative result of a German validation of prior learning (ValiKom: "nicht gleichwertig")
    r"|nicht gleichwertig"
    r"|ajourné|échec|suspenso|insuficiente?|insufficiente|onvoldoende|niedostateczn\w*|nedostatečn\w*"
    r"|nevyhověl\w*|nevyhovel\w*|underkänd\w*|hylätty|elégtelen|nedovoljan|ikke bestå\w*|nicht ausreichend"
    r"|(?:icke|ej) godkän[dt]\w*"
    r"|слаб|незадовільн\w*|недовољ\w*|ανεπαρκ\w*|nezadost\w*|nepromovat|reprovad\w*|puudulik|nepatenkinam\w*|neapmierinoš\w*"
    r"|nedostatočn\w*|mittearvestatud|arvestamata|suspentso\w*|ez gaindit\w*"
    r"|negatiivn\w*|negatīv\w*|neigiam\w*|negativn\w*|negatywn\w*|negatív\w*|αρνητικ\w*"
    r"|not yet (?:competent|demonstrated|achieved|met)|başarısız\w*|stryk|strøket|teip"
)
# Failing grades named as the band below a mark: "Fail (below 50)", "below 50% fail", "< 10: fail".
_BELOW = rf"(?:<(?!=)|(?<!\w)(?:{_BELOW_WORDS})\s)\s*({_NUM}){_AFTER_NUM}\s?%?"
_FAIL_BELOW = lazy(
    rf"(?<!\w)(?:{_FAILING})(?!\w)\s*(?:[(:=-]\s*)?{_BELOW}|{_BELOW}\s*(?:[):=-]\s*)?(?:{_FAILING})(?!\w)",
    re.IGNORECASE,
)
# Failing grades named as a band of their own: "suspenso (0-4,9)", "0-39 fail", "nicht bestanden: 5,0".
_FAIL_SPAN = rf"({_NUM}){_AFTER_NUM}\s*(?:-|\.\.|\s(?:to|bis|à|až|tot|do|{_TO_WORDS})\s)\s*({_NUM}){_AFTER_NUM}\s?%?"
# "are" between a band and its label ("ocene od 1 do 5 so negativne"), in the EU's languages.
_ARE = r"are|sind|zijn|sont|son|sono|são|so|su|jsou|sú|yra|ir|on|ovat|är|er|είναι|sunt|са|są"
_FAIL_BAND = lazy(
    rf"(?<!\w)(?:{_FAILING})(?!\w)(?:\s+(?:{_GRADE_WORDS}|grades|marks|noten))?\s*[(:=]\s*"
    rf"(?:{_FAIL_SPAN}|({_NUM}){_AFTER_NUM}(?![\w%-]|\s*-\s*\d))"
    rf"|(?<![\w.,/-]){_FAIL_SPAN}\s*(?:\)\s*)?(?:[:=]\s*)?(?:(?:{_ARE})\s+)?(?:{_FAILING})(?!\w)(?!\s*[(:=]\s*\d)",
    re.IGNORECASE,
)
# Grades named by symbols other than A-F, with their labels in the same order: "U, G, VG (underkänd, godkänd,
# väl godkänd)", "ND/D/M (Not yet Demonstrated, Demonstrated, Mastered)", "F, P, M, D (fail, pass, merit, distinction)".
_SYMBOL = r"[A-Z]{1,3}[+-]?"
_SYMBOLS = lazy(rf"(?<![\w-])({_SYMBOL}(?:\s*[,/;]\s*{_SYMBOL}){{1,9}})\s*\(([^()]{{3,200}})\)")
_SYMBOL_SPLIT = lazy(r"\s*[,/;]\s*")
_FAILING_LABEL = lazy(rf"(?:{_FAILING})", re.IGNORECASE)
_GRADE_SYMBOL = lazy(rf"({_SYMBOL})(?=$|\s|[(,;:=/])")
# A symbol named with its label in brackets, either way round: "U (underkänd), 3, 4, 5", "Icke godkänd (IG),
# Godkänd (G) eller Väl godkänd (VG)"; and the numbers listed beside such symbols ("3, 4, 5").
_LABEL_WORDS = rf"(?:{_BEST}|{_PASSING}|{_FAILING})"
_SYMBOL_LABELLED = lazy(
    rf"(?<![\w-])({_SYMBOL})\s*\(\s*({_LABEL_WORDS})\s*\)|(?<!\w)({_LABEL_WORDS})\s*\(\s*({_SYMBOL})\s*\)",
    re.IGNORECASE,
)
# A scale named by its two ends, each a label with its number in brackets: "Sehr gut (1) bis Nicht genügend (5)".
_LABELLED_ENDS = lazy(
    rf"(?<!\w)(?:{_LABEL_WORDS})\s*\(\s*({_NUM}){_AFTER_NUM}\s*\)\s*"
    rf"(?:-|–|\s(?:to|bis|à|a|al|tot|do|til|till|až|{_TO_WORDS})\s)\s*"
    rf"(?:{_LABEL_WORDS})\s*\(\s*({_NUM}){_AFTER_NUM}\s*\)",
    re.IGNORECASE,
)
# The Swedish grades listed without their labels, whose first is the fail by convention: "U, G, VG" (underkänd,
# godkänd, väl godkänd), "IG/G/VG", "U, 3, 4, 5".
_SWEDISH_FAIL_FIRST = lazy(
    r"(?<![\w-])(U|IG)\s*[,/;]\s*(?:G\s*[,/;]\s*VG(?:\s*[,/;]\s*MVG)?|3\s*[,/;]\s*4\s*[,/;]\s*5)(?![\w-])"
)
_LISTED_NUMBERS = lazy(
    r"(?<![\w.,])\d{1,3}(?:(?:\s*,\s+|\s+(?:and|och|og|ja|und|et|en|y|e|i|a|és|și|ir)\s+)\d{1,3}(?!\w|[.,]\d))+"
)
_BOUND_BEFORE = lazy(rf"(?:<|(?<!\w)(?:{_BELOW_WORDS}))\s*$", re.IGNORECASE)
_LOWEST = (
    r"(?:(?:the\s+)?(?:lowest|minimum|alin|laveste|lägsta|nejnižší|najnižšia|najniž\w*|најниж\w*|најниск\w*|legalacsonyabb"
    r"|niedrigste|mínim[oa]|minim[oa])\s+)?"
)
_VALUE = rf"({_NUM}){_AFTER_NUM}|({_LETTER_CORE})"
_MARKED = (
    rf"(?<![\w.,])(?:{_VALUE})(?![\w+])\s?(?:%|/\s*\d{{1,3}})?"
    r"(?:\s+(?:points?|punkte?n?|pts|valores|punti|bodů|pont))?"
)
# The spaces and mark before a label (one run of spaces without a mark: two side by side would try every split),
# and its "is the" ("18 è il voto minimo", "5 es la nota mínima", "0 on negatiivne").
_LABEL_LEAD = (
    r"\s*(?:[(=:-]\s*)?(?:(?:is|è|es|est|é|ist|jest|on|je|је|е|este|είναι|yra|är|er)\s+)?"
    # "means" and the grade word after it: "2 oznacza ocenę niedostateczną", "1 bedeutet nicht bestanden"
    r"(?:(?:means|bedeutet|signifie|significa|betekent|oznacza|znamená|jelenti|tarkoittaa|betyder|betyr"
    rf"|означава|σημαίνει)\s+(?:(?:a|an|the|eine?|une?|una?|een|de)\s+)?(?:(?:{_GRADE_WORDS})\s+)?)?"
    r"(?:(?:the|il|la|le|el|der|die|de|het|a|an|un|une|una|een|ein|eine)\s+)?"
)
# A label that names a grade the best, a pass or a fail.
_GRADE_LABEL = lazy(rf"(?<!\w)(?:{_BEST}|{_PASSING}|{_FAILING})(?!\w)", re.IGNORECASE)
_BEST_LABEL = lazy(rf"{_MARKED}{_LABEL_LEAD}(?:{_BEST})(?!\w)", re.IGNORECASE)
# A label before its number in brackets: "výborně (1), velmi dobře (2), dobře (3), nevyhověl (4)".
_LABEL_THEN_NUMBER = lazy(
    rf"(?<!\w)(?:(?P<best>{_BEST})|(?P<fail>{_FAILING})|{_PASSING})(?!\w)\s*\(\s*(?P<number>{_NUM}){_AFTER_NUM}\s*\)",
    re.IGNORECASE,
)
_FAIL_LABEL = lazy(
    rf"{_MARKED}(?:\s*/\s*({_LETTER_CORE}))?{_LABEL_LEAD}(?<!\w)(?:{_FAILING})(?!\w)"
    r"(?!\s+(?:below|under|unter|sous|if|when|bei|<))(?!\s*[(:=]\s*\d)",
    re.IGNORECASE,
)
# A pass mark named as the lowest of the passes, and the verb that names them a pass: "60% or more is a pass",
# "10 ou plus : admis", "5 o más es aprobado", "3 i wyższa oznacza zaliczenie".
_OR_MORE = (
    r"\s+(?:or|and|und|oder|ou|et|o|y|e|of|en|i|lub|albo|eller|tai|vagy|nebo|alebo|ali|sau)\s+"
    r"(?:more|above|higher|over|mehr|höher|darüber|plus|más|superior|superiore|più|hoger|meer|wyższ\w*|więcej"
    r"|powyżej|mais|acima|över|mer|högre|enemmän|ylempi|több|vyšší|více|višje|više|mai mult)"
    r"(?:\s+(?:is|are|means|counts as|ist|sind|gilt als|est|es|è|oznacza|significa|betekent|is een))?"
    r"(?:\s+(?:a|an|un|une|una|een|ein|eine))?,?"
    # the Hungarian suffix "from" on the mark: "51 %-tól elégséges", "2-estől elégséges"
    r"|-[a-záéíóöőúüű]{0,3}?t[óő]l(?:\s+kezdve)?,?"
)
# The credential a pass earns, named for the pass: "70% or higher to earn the certificate", "pour obtenir le
# certificat", "um das Zertifikat zu erhalten".
_EARNS = (
    r"(?:earn|obtain|get|receive|be awarded)\s+(?:the|a|your)\s+(?:certificate|credential|micro-credential|badge)"
    r"|(?:pour\s+)?obtenir\s+(?:le|la|l')\s*(?:certificat|attestation|badge|micro-certification)"
    r"|(?:para\s+)?obtener\s+(?:el|la)\s+(?:certificado|microcredencial|insignia)"
    r"|(?:per\s+)?ottenere\s+(?:il|la|l')\s*(?:certificato|attestato|microcredenziale|badge)"
    r"|(?:om\s+)?(?:het|de)\s+(?:certificaat|microcredential)\s+te\s+(?:behalen|krijgen)"
    r"|(?:um\s+)?(?:das|ein)\s+(?:Zertifikat|Abzeichen)\s+zu\s+erhalten"
    r"|(?:aby\s+)?(?:uzyskać|otrzymać)\s+(?:certyfikat|mikropoświadczenie)"
)
# The denominator a pass mark may be given with in words: "700 out of 1000", "12 sur 20", "18 su 30".
_OUT_OF = r"(?:\s+(?:out of|sur|von|su|de|z|op|van)\s+\d{1,4})?"
# "4.0 pass", "E lowest pass", "E (pass)", "50 to pass", "1 alin hyväksytty", "4 genügend", "60% or more is a pass",
# "elégséges (2) a legalacsonyabb sikeres"; a minimum grade with what requires it ("note minimale requise : 12").
_MINIMUM_GRADE = (
    r"(?:nota|note|voto|grade|mark)\s+m[ií]nim(?:[aeoă]|ale)"
    r"(?:\s+(?:requise?|exigée?|requerid[ao]|exigid[ao]|richiest[oa]|required))?"
)
_PASS_AFTER = lazy(
    r"(?<!-)(?<!- )(?<!to )(?<!bis )(?<!à )(?<!\ba )"
    rf"{_MARKED}{_OUT_OF}(?:{_OR_MORE})?\)?{_LABEL_LEAD}{_LOWEST}(?:(?:needed|required)\s+)?"
    r"(?:(?:to|para|per|pour|um|zum|om)\s+)?"
    rf"{_NOT}(?<!\w)(?:{_PASSING}|{_MINIMUM_GRADE}|{_EARNS})(?!\w)",
    re.IGNORECASE,
)
# What a pass completes, after the word of passing and perhaps before what is completed ("úspěšné absolvování",
# "úspěšné ukončení kurzu", "успешно завършване на курса", "hyväksytyn suorituksen").
_COMPLETION = (
    r"completion|absolvov\w*|absolvování|ukončen\w*|dokončen\w*|завършване|završet\w*|zaključ\w*|teljesítés\w*"
    r"|suorituks\w*|genomför\w*|completare|absolvire|baigim\w*|pabeig\w*|lõpeta\w*|ολοκλήρωση"
)
# The words that say what a pass needs between the word of passing and "at least" ("je třeba", "on vaja", "jei
# surinkta", "is needed"), so that a share of something else ("vyžaduje účast alespoň 80 %", attendance) is no mark.
_NEEDED = (
    r"je|jsou|třeba|nutné|potřeba|získat|potrebné|získať|potrebno|potrebnih|potrebna|nutno|vaja|on|saamiseks"
    r"|kräver|krävs|jei|kai|surinkta|surinkti|reikia|szükséges|kell|elérni|necesar|este|obține|ir|jāiegūst"
    r"|nepieciešams|vaaditaan|tarvitaan|requires?|required|needed|needs?|obtain|χρειάζεται|απαιτείται|необходимо"
    r"|е|se|za|na"
)
# The words of "at least" or "the limit is" that name the share of points a pass needs, a few words after the word of
# passing ("za prolaz je potrebno najmanje 50 %", "hyväksytyn suorituksen raja on 50 %").
_AT_LEAST = (
    r"at least|alespoň|aspoň|najmanje|najmanj|vsaj|vähemalt|vähintään|legalább|minst|mindst|vismaz|ne mažiau kaip"
    r"|cel puțin|τουλάχιστον|поне|pelo menos|co najmniej|minimálně|minimálne"
    r"|(?:raja|rajan|gräns(?:en)?|hranice|hranica|pragul|prag|küszöb\w*|slieksnis|lävend|riba)"
    rf"(?:\s+(?:{_CONNECTIVES}))?"
)
# What a minimum grade is for, after its name: "il voto minimo per il superamento è 18", "nota mínima para aprobar".
_FOR_PASSING = (
    r"(?:\s+(?:per|para|pour|for|zum|um|to)\s+(?:(?:il|el|la|le|a|the|das)\s+)?"
    r"(?:superamento|superare|superar|aprobar|réussir|réussite|pass(?:ing)?|bestehen|aprovação|aprovar|passare)"
    # and what is passed: "per superare l'esame", "to pass the exam", "para aprobar el examen"
    r"(?:\s+(?:(?:the|el|la|le|die|das|het|o|a)\s+|l['’]\s?)?(?:esame|exam\w*|examen|prüfung|modul\w*|corso|course"
    r"|curso|cours|tentamen))?)?"
)
# "pass at 10", "pass mark 5.5", "bestanden ab 5", "bestanden bis 4,0", "aprobado a partir de 5", "minimum grade 10",
# "za prolaz je potrebno najmanje 50 %".
# "Minimum grade" with the adjective first, in the Slavic languages and Hungarian ("минимална оценка",
# "minimální známka", "minimalna ocena", "minimalna ocjena", "minimális érdemjegy").
_MINIMUM_BEFORE = (
    r"минимал(?:на|ната)\s+оценка|minim[aá]ln[íaá]\s+známka|minimalna\s+ocen[ae]|minimalna\s+ocjena"
    r"|minimális\s+érdemjegy"
)
# The name a grade is given beside its number on Bulgaria's six-point scale ("Среден 3", "Добър 4"): read past.
_GRADE_NAMES = r"слаб|среден|добър|много\s+добър|отличен"
_PASS_BEFORE = lazy(
    rf"{_NOT}(?<!\w)(?:(?:{_PASSING})(?:\s+(?:{_COMPLETION})(?:\s+(?:of\s+the\s+|на\s+)?[^\W\d_]+(?=\s))?)?"
    rf"(?:\s+(?:{_GRADE_WORDS}))?"
    r"|(?:minimum|at least|mindestens|au moins|almeno|minimaal|co najmniej)\s+(?:pass(?:ing)?\s+)?"
    r"(?:(?:required|vereiste?|erforderliche?|requise?|requerid[ao]|richiest[oa]|wymagan[aey])\s+)?"
    rf"(?:grade|mark|score|note|nota|voto|cijfer|ocena)|{_MINIMUM_GRADE}|{_MINIMUM_BEFORE}|mindestnote)"
    rf"{_FOR_PASSING}\s*(?:(?:[:=-]|≥|>=|≤|<=)\s*)?"
    rf"((?:(?:{_CONNECTIVES})\s+){{0,2}}"
    rf"|,?\s*(?:(?:{_NEEDED}|{_GRADE_WORDS}|{_COMPLETION}),?\s+){{0,4}}?(?:{_AT_LEAST})\s+(?={_NUM}\s?%))"
    rf"(?:(?:(?:la|le|der|die|the|il|el|a|o|de)\s+)?(?:{_GRADE_WORDS})\s+(?:(?:{_CONNECTIVES})\s+){{0,2}})?"
    rf"(?:(?:{_GRADE_NAMES})\s+)?(?:{_VALUE})(?![\w+])",
    re.IGNORECASE,
)
# Passing grades given as a span: "10-20 pass", "A-E = pass", "pass: A-E", "bestanden: 1,0-4,0".
_SPAN_TO = rf"\s*(?:-|\s(?:to|bis|à|a|až|tot|do|{_TO_WORDS})\s)\s*"
_SPAN = (
    rf"(?:({_NUM}){_AFTER_NUM}{_SPAN_TO}({_NUM}){_AFTER_NUM}{_NOT_GRADES}"
    rf"|({_LETTER_CORE}){_SPAN_TO}({_LETTER_CORE}))(?![\w+])"
)
_PASSING_SPAN = lazy(
    rf"(?<![\w.,]){_SPAN}{_LABEL_LEAD}(?:{_PASSING})(?!\w)"
    rf"|{_NOT}(?<!\w)(?:{_PASSING})(?:\s+(?:grades|marks|range|noten|{_GRADE_WORDS}))?\s*(?:[:=(]\s*)?"
    rf"(?:(?:von|{_CONNECTIVES})\s+){{0,2}}{_SPAN}",
    re.IGNORECASE,
)
_UP_TO = lazy(r"\b(?:bis|up to|at most|höchstens)\b|≤|<=", re.IGNORECASE)
# Languages whose 1-4 and 1-5 scales have 1 best (Germany, Austria, Czechia, Slovakia).
_ONE_BEST = frozenset({"de", "cs", "sk"})
# Countries whose 1-6 scale runs one way: 1 best in Germany (KMK school grades, the chambers' examinations),
# 6 best in Switzerland and Liechtenstein (4 the lowest pass).
_ONE_TO_SIX_BEST_LOW = {"DE": True, "CH": False, "LI": False}
# A scheme that names the Swiss scale ("Swiss scale 1-6", "Schweizer Notenskala", "échelle suisse"): 6 best, wherever
# the awarding body is.
_SWISS = lazy(r"(?<!\w)(?:swiss|schweiz\w*|suisse|svizzer\w*|liechtenstein\w*)(?!\w)", re.IGNORECASE)

# A grade: a number perhaps out of a denominator or in per cent ("12,5/20", "85 %", "30 e lode"), a letter
# perhaps with + or - ("B+"), or words; a label before it ("Note: 1,3") is left out.
_GRADE_LEAD = lazy(
    r"(?:grade|note|nota|voto|cijfer|ocena|mark|score|karakter|arvosana|betyg|známka|result|ergebnis)\s*(?::\s*)?",
    re.IGNORECASE,
)
_GRADE_NUMBER = lazy(rf"({_NUM}){_AFTER_NUM}(?:\s?(%)|\s?/\s*(\d{{1,3}})(?!\d))?")
_GRADE_NUMBER_END = lazy(r"$|L$|\s|[(),;]|\s?-\s")
_GRADE_LETTER = lazy(rf"({_DOUBLE_CORE}|[A-Z]X?)[+-]{{0,2}}(?=$|\s*[(,;:=/-])")
_GRADE_IN_BRACKETS = lazy(r"\(\s*([^()]{1,12}?)\s*\)")
# A grade's value written after its name: "Слаб 2", "Notable 7,5", "Dobrý 2".
_GRADE_AFTER_WORDS = lazy(rf"^[^\W\d_][^\d()]{{0,40}}?\s({_NUM})$")
# An ECTS grade written beside the national one ("4,0 (ECTS FX)", "ECTS-Grad: F"): FX and F fail by definition.
_ECTS_FAIL = lazy(
    r"\bECTS\b(?:[- ]?(?:grade|grad|note|graad|grado|voto|ocena))?\s*(?::\s*)?(?-i:FX?)(?![\w+-])", re.IGNORECASE
)
_PASSED_WORD = lazy(
    "(?:" + "|".join(p for pairs in PASS_FAIL_PAIRS.values() for p, _ in pairs) + r"|pass(?:ed)?)(?!\w)",
    re.IGNORECASE,
)
_FAILED_WORD = lazy(
    "(?:" + "|".join(f for pairs in PASS_FAIL_PAIRS.values() for _, f in pairs) + f"|{_FAILING})(?!\\w)",
    re.IGNORECASE,
)
# Worded grades of a graded scale, which a pass/fail scheme does not award.
_GRADED_WORD = lazy(
    r"(?:sehr gut|gut|befriedigend|ausreichend|mangelhaft|very good|good|excellent|outstanding|merit"
    r"|distinction|first class|upper second|lower second|(?:summa |magna )?cum laude|très bien|assez bien"
    r"|bien|passable|sobresaliente|notable|matrícula de honor|ottimo|distinto|buono|discreto|eccellente"
    r"|uitstekend|zeer goed|goed|ruim voldoende|bardzo dobry|dobry(?: plus)?|celujący|výborně|velmi dobře"
    r"|dobře|utmärkt|väl godkänd|mycket god|fremragende|erinomainen|kiitettävä|hyvä|jeles|közepes|odličan|vrlo dobar"
    r"|dobar|mit auszeichnung|with distinction|met (?:grote )?lof|z wyróżnieniem|avec (?:les )?félicitations)(?!\w)",
    re.IGNORECASE,
)


class Problem(Enum):
    """How a grade does not fit its scheme."""

    OUTSIDE = "outside"
    OTHER_SCALE = "other-scale"
    GRADED = "graded"
    FAILING = "failing"


@dataclass(frozen=True)
class Scale:
    """A grading scheme's scale as read: numbers (a range or steps), letters, or no grade at all."""

    low: Decimal | None = None
    high: Decimal | None = None
    low_text: str = ""
    high_text: str = ""
    steps: tuple[Decimal, ...] = ()
    percent: bool = False
    letters: tuple[str, ...] = ()
    pass_mark: Decimal | None = None
    passing: tuple[Decimal, Decimal] | None = None
    pass_text: str = ""
    pass_letter: str | None = None
    failing_numbers: frozenset[Decimal] = frozenset()
    failing_letters: frozenset[str] = frozenset()
    failing_bands: tuple[tuple[Decimal, Decimal], ...] = ()
    symbols: tuple[str, ...] = ()
    failing_symbols: frozenset[str] = frozenset()
    best_low: bool | None = None
    without_grades: str = ""

    @property
    def numeric(self) -> bool:
        """Whether the scale has numbers."""
        return self.low is not None and self.high is not None

    def label(self, letters: bool) -> str | Text:
        """The scale as read, for a message: its numbers or its letters and the pass mark it names."""
        if self.without_grades == "pass-fail":
            return msg("pass/fail")
        if self.without_grades:
            return msg("not graded")
        if (letters or not self.numeric) and (self.letters or self.symbols):
            ends = self.letters or self.symbols
            span: str | Text = msg("{low} to {high}", low=ends[0], high=ends[-1])
            mark = self.pass_letter
        else:
            span = _DANISH_TEXT if self.steps else msg("{low} to {high}", low=self.low_text, high=self.high_text)
            if self.passing is not None:
                return msg("{scale}, passing {passing}", scale=span, passing=self.pass_text)
            mark = self.pass_text or None
        return msg("{scale}, pass mark {mark}", scale=span, mark=mark) if mark else span


@dataclass(frozen=True)
class Grade:
    """A grade as read: a number (perhaps out of a denominator or in per cent), a letter, or words."""

    text: str
    number: Decimal | None = None
    denominator: Decimal | None = None
    percent: bool = False
    letter: str | None = None
    # The value in brackets beside it ("85/100 (B)", "sehr gut (1,0)"), the same grade on another scale.
    other: Grade | None = None

    @property
    def valued(self) -> bool:
        """Whether a number or a letter was read."""
        return self.number is not None or self.letter is not None


def _decimal(text: str) -> Decimal:
    """A number as written, with a decimal point or comma."""
    return Decimal(text.replace(",", "."))


def read_grade(text: str) -> Grade:
    """Read a grade from the start of its text, with the value in brackets beside it; never raises."""
    text = " ".join(text[:_GRADE_CHARS].translate(_FOLD).split())
    grade = _value(text)
    bracketed = _GRADE_IN_BRACKETS.search(text) or _GRADE_AFTER_WORDS.search(text)
    other = _value(bracketed.group(1)) if bracketed else None
    if other is None or not other.valued:
        return grade
    return replace(grade, other=other) if grade.valued else replace(other, text=text)


def _value(text: str) -> Grade:
    """A number or a letter at the start of a text (after a label such as "Note:"), or its words."""
    lead = _GRADE_LEAD.match(text)
    body = text[lead.end() :] if lead and _GRADE_NUMBER.match(text, lead.end()) else text
    number = _GRADE_NUMBER.match(body)
    if number and _GRADE_NUMBER_END.match(body, number.end()):
        denominator = number.group(3)
        return Grade(
            text,
            number=_decimal(number.group(1)),
            denominator=Decimal(denominator) if denominator else None,
            percent=bool(number.group(2)),
        )
    letter = _GRADE_LETTER.match(body)
    return Grade(text, letter=letter.group(1)) if letter else Grade(text)


def _head(text: str) -> str:
    """The part of a scheme or result that is read (:data:`READ_CHARS`), its accents composed (NFC: "gec\u0327er" is
    "geçer"), as the words of the patterns are written."""
    return unicodedata.normalize("NFC", text[:READ_CHARS])


# How many scales read (and whether schemes name a failing result) are remembered, and the longest language key
# whose scale is: a batch of credentials repeats its providers' few grading schemes, and reading one takes some 50
# to 200 microseconds.
_SCALES_KEPT = 256
_KEPT_LANGUAGE_CHARS = 16


def read_scale(text: str, language: str) -> Scale | None:
    """The scale one text of a grading scheme states, or ``None`` when none can be read; never raises. Only the
    scheme's start is read (:data:`READ_CHARS`), and the scale of a start read before is remembered."""
    head = text[:READ_CHARS]
    if len(language) > _KEPT_LANGUAGE_CHARS:
        return _read_scale(head, language)
    return _remembered_scale(head, language)


def _read_scale(text: str, language: str) -> Scale | None:
    """:func:`read_scale`, read each time."""
    text = _uninflected(_spelled(_head(text).translate(_FOLD)), language)
    low: Decimal | None = None
    high: Decimal | None = None
    low_text = high_text = ""
    for found in _RANGE.finditer(text):
        written = [end for end in found.groups() if end]
        ends = sorted(((_decimal(end), end) for end in written), key=lambda end: end[0])
        if ends[0][0] == ends[1][0]:
            continue
        if low is None or ends[0][0] < low:
            low, low_text = ends[0]
        if high is None or ends[1][0] > high:
            high, high_text = ends[1]
    if low is None:
        low, low_text, high, high_text = _listed(text)
    points = _POINTS.search(text)
    if high is not None and points and points.group(1) != "7" and Decimal(points.group(1)) > high:
        # a range within a scale named by its points is a band of it ("10-point scale; fail: 1-4")
        high, high_text = Decimal(points.group(1)), points.group(1)
    banded = False
    if low is not None and high is not None:
        open_low, open_high = _open_bands(text, low, high)
        banded = (open_low, open_high) != (low, high)
        if open_low != low:
            low, low_text = open_low, "0"
        if open_high != high:
            high, high_text = open_high, "100"
    steps: tuple[Decimal, ...] = ()
    percent = bool(_PERCENT.search(text))
    # The bands a scheme lists of a scale it names (percentages, "ten-point scale", "sur 20") are its passing ones,
    # not its whole: "Pass 40-49%, ... 70% and above" is a scale of 0 to 100, "10-point scale; passing grades 5 to
    # 10" one of 0 to 10, so a grade below them is a fail, not one outside the scale.
    denominator = _DENOMINATOR.search(text)
    named_tops = {Decimal(m.group(1)) for m in (points, denominator) if m and m.group(1) not in ("7", "0")}
    if percent:
        named_tops.add(Decimal(100))
    # (a range from 40% of the scale up is its passes; one from lower, its grades: Bulgaria's "от 2 до 6")
    band: tuple[Decimal, str] | None = None  # the bottom of the passing bands, a pass mark if none is named
    if low is not None and high in named_tops and low * 10 >= high * _BAND_SHARE:
        band, (low, low_text) = (low, low_text), (Decimal(0), "0")
    if _DANISH.search(text):
        steps = _DANISH_STEPS
        low, low_text, high, high_text = steps[0], "-3", steps[-1], "12"
    if high is None:
        named = (_POINTS.search(text), _DENOMINATOR.search(text))
        tops = [m.group(1) for m in named if m and m.group(1) != "7" and m.group(1).strip("0")]
        if tops:
            high_text = tops[0]
        elif percent:
            high_text = "100"
        if high_text:
            low, low_text, high = Decimal(0), "0", Decimal(high_text)
    letters = _letters(text)
    symbols, failing_symbols = _symbols(text)
    if low is None and symbols:
        low, low_text, high, high_text = _listed_beside(text)
    if low is None and not letters and not symbols:
        return None
    best_low = _best_low(text, low, high)
    # In a banded scheme the span named "pass" is one band of passes beside merit and distinction.
    passing, passing_letters, span_text = _passing_span(text, low, high, letters) if not banded else (None, (), "")
    if passing or passing_letters:
        pass_mark, pass_text, pass_letter, reversed_cue = None, span_text, _worst(passing_letters), False
    else:
        pass_mark, pass_text, pass_letter, reversed_cue = _pass_mark(text)
    failing_numbers, failing_letters = _failing(text)
    failing_bands = _failing_bands(text)
    failing_numbers |= {band[0] for band in failing_bands if band[0] == band[1]}
    below = _FAIL_BELOW.search(text) if pass_mark is None and pass_letter is None else None
    if below is not None:
        pass_text = below.group(1) or below.group(2)
        pass_mark, best_low = _decimal(pass_text), False
    if band is not None and (band[0] in failing_numbers or (pass_mark is not None and pass_mark > band[0])):
        # the range's bottom is a failing grade ("Слаб 2" of Bulgaria's 2 to 6): it is the scale's, not a pass band's
        (low, low_text), band = band, None
    if band is not None and pass_mark is None and not passing and pass_letter is None:
        # "Voto in trentesimi da 18 a 30": the range given on a scale of 30 is that of the passes
        (pass_mark, pass_text), best_low = band, False
    if steps:
        pass_mark, pass_text, best_low = Decimal(2), "02", False
    # FX is the ECTS scale's own grade: a scale that has it ("A až FX") is the ECTS scale, E its lowest pass.
    if letters == _DOUBLE_ORDER:
        failing_letters |= _DOUBLE_FAILING
    elif letters and (_ECTS.search(text) or "FX" in letters):
        pass_letter = pass_letter or "E"
        failing_letters |= {"FX", "F"}
    if best_low is None and reversed_cue and pass_mark is not None:
        best_low = True
    if best_low is None and low is not None and high is not None:
        best_low = _by_convention(language, low, high, pass_mark)
    if best_low is None and low == 1 and high == 6 and _SWISS.search(text):
        best_low = _ONE_TO_SIX_BEST_LOW["CH"]
    return Scale(
        low=low,
        high=high,
        low_text=low_text,
        high_text=high_text,
        steps=steps,
        percent=percent,
        letters=letters,
        pass_mark=pass_mark,
        passing=passing,
        pass_text=pass_text,
        pass_letter=pass_letter,
        failing_numbers=failing_numbers,
        failing_letters=frozenset(failing_letters),
        failing_bands=tuple(band for band in failing_bands if band[0] != band[1]),
        symbols=symbols,
        failing_symbols=frozenset(failing_symbols),
        best_low=best_low,
    )


_remembered_scale = functools.lru_cache(maxsize=_SCALES_KEPT)(_read_scale)


def _listed(text: str) -> tuple[Decimal | None, str, Decimal | None, str]:
    """The lowest and highest of three or more grades a scheme lists with their labels, one of which names a
    grade as the best, a pass or a fail ("1 (výborně), ... 4 (nevyhověl)", "výborně (1), ... nevyhověl (4)"), or the
    two labelled ends of a range ("Sehr gut (1) bis Nicht genügend (5)"); ``None`` and ``""`` otherwise: numbered
    parts ("Teil 1 (Klausur), Teil 2 (Projekt), Teil 3 (Referat)") are no scale."""
    listed = _LABELLED.findall(text) or _LISTED_LABELS.findall(text)
    labelled = [found.group("number") for found in _LABEL_THEN_NUMBER.finditer(text)]
    written = [number for number, _label in listed] + labelled
    numbers = sorted({(_decimal(number), number) for number in written}, key=lambda number: number[0])
    if len(numbers) < 3 or not (labelled or any(_GRADE_LABEL.search(label) for _number, label in listed)):
        ends = _LABELLED_ENDS.search(text)
        if ends is None or _decimal(ends.group(1)) == _decimal(ends.group(2)):
            return None, "", None, ""
        numbers = sorted(((_decimal(end), end) for end in ends.groups()), key=lambda number: number[0])
    return numbers[0][0], numbers[0][1], numbers[-1][0], numbers[-1][1]


def _open_bands(text: str, low: Decimal, high: Decimal) -> tuple[Decimal, Decimal]:
    """The ends of a banded mark scheme: its ranges are bands, not the scale, when a band is open beyond them
    ("Merit (60-69), Distinction (70+)"); the scale then runs to 100 above and from 0 below, as marks do."""
    above = [_decimal(v) for found in _OPEN_ABOVE.finditer(text) for v in found.groups() if v]
    below = [_decimal(found.group(1)) for found in _OPEN_BELOW.finditer(text)]
    if any(high <= value < 100 for value in above):
        high = Decimal(100)
    if any(0 < value <= low for value in below):
        low = Decimal(0)
    return low, high


def _letters(text: str) -> tuple[str, ...]:
    """The letter grades a scheme names, best first: a range, a list of three or more, or the ECTS grades; or
    the whole double-letter scale, named by a range or three of its grades."""
    if _DOUBLE_RANGE.search(text) or len(set(_DOUBLE_TOKEN.findall(text))) >= 3:
        return _DOUBLE_ORDER
    found: set[str] = set()
    for span in _LETTER_RANGE.finditer(text):
        first, last = _LETTER_ORDER.index(span.group(1)), _LETTER_ORDER.index(span.group(2))
        found |= {letter for letter in _LETTER_ORDER[first : last + 1] if letter != "FX"}
        if span.group(3):
            found.add("FX")
    if any(len(_LETTER_TOKEN.findall(span.group())) >= 3 for span in _LETTER_LIST.finditer(text)):
        found |= set(_LETTER_TOKEN.findall(text))
    if _ECTS.search(text):
        found |= set(_LETTER_ORDER)
    if found:
        found |= set(_LETTER_TOKEN.findall(text))
    return tuple(letter for letter in _LETTER_ORDER if letter in found)


def _passing_span(
    text: str, low: Decimal | None, high: Decimal | None, letters: tuple[str, ...]
) -> tuple[tuple[Decimal, Decimal] | None, tuple[str, ...], str]:
    """The passing grades a scheme gives as a span (numbers or letters) from one end of its scale but not the
    whole of it, as written; a span within the scale ("aprobado (5,0-6,9)") is a band of grades, not all passes."""
    for found in _PASSING_SPAN.finditer(text):
        groups = [group for group in found.groups() if group]
        if len(groups) != 2:
            continue
        if groups[0][0].isdigit() or groups[0][0] == "-":
            ends = sorted((_decimal(groups[0]), _decimal(groups[1])))
            if (ends[0] == low) != (ends[1] == high):
                return (ends[0], ends[1]), (), f"{groups[0]}-{groups[1]}"
            continue
        order = _order(groups[0])
        if groups[1] not in order:
            continue
        first, last = sorted(order.index(group) for group in groups)
        span = tuple(letter for letter in order[first : last + 1] if letter in letters or letter == groups[1])
        if span[:1] == order[:1] and span != letters:
            return None, span, f"{groups[0]}-{groups[1]}"
    return None, (), ""


def _order(letter: str) -> tuple[str, ...]:
    """The letter grades, best first, of the scale a letter is a grade of: the double letters or the ECTS ones."""
    return _DOUBLE_ORDER if letter in _DOUBLE_ORDER else _LETTER_ORDER


def _worst(letters: tuple[str, ...]) -> str | None:
    """The last (lowest) of some letter grades."""
    return letters[-1] if letters else None


def _pass_mark(text: str) -> tuple[Decimal | None, str, str | None, bool]:
    """The pass mark a scheme names (a number or a letter), as written, and whether it is the highest pass."""
    before = _PASS_BEFORE.search(text)
    if before:
        if before.group(3):
            return None, "", before.group(3), False
        return _decimal(before.group(2)), before.group(2), None, bool(_UP_TO.search(before.group()))
    after = _PASS_AFTER.search(text)
    if after:
        if after.group(2):
            return None, "", after.group(2), False
        return _decimal(after.group(1)), after.group(1), None, False
    return None, "", None, False


def _failing(text: str) -> tuple[frozenset[Decimal], set[str]]:
    """The numbers and letters a scheme labels as failing ("5 (nicht genügend)", "FX/F fail")."""
    numbers: set[Decimal] = set()
    letters: set[str] = set()
    for label in _FAIL_LABEL.finditer(text):
        if _BOUND_BEFORE.search(text, 0, label.start()):
            continue  # "below 50% fail": 50 is the bound of the failing marks, not one of them
        if label.group(1):
            numbers.add(_decimal(label.group(1)))
        letters |= {letter for letter in (label.group(2), label.group(3)) if letter}
    numbers |= {_decimal(found.group("number")) for found in _LABEL_THEN_NUMBER.finditer(text) if found.group("fail")}
    return frozenset(numbers), letters


def _failing_bands(text: str) -> list[tuple[Decimal, Decimal]]:
    """The bands of grades a scheme labels as failing, lowest first ("suspenso (0-4,9)", "0-39 fail"); a single
    failing grade ("nicht bestanden: 5,0") is a band of one."""
    bands = []
    for found in _FAIL_BAND.finditer(text):
        ends = [_decimal(end) for end in found.groups() if end]
        bands.append((min(ends), max(ends)))
    return bands


def _symbols(text: str) -> tuple[tuple[str, ...], set[str]]:
    """The grades a scheme names by symbols with a parallel list of labels, one of which names a grade the best,
    a pass or a fail, and those whose label is a fail ("U, G, VG (underkänd, godkänd, väl godkänd)"); or else
    by symbols labelled one by one (:func:`_labelled_symbols`); or else the Swedish fail listed first without labels
    ("U, G, VG")."""
    for found in _SYMBOLS.finditer(text):
        symbols = _SYMBOL_SPLIT.split(found.group(1).strip())
        labels = [label.strip() for label in _SYMBOL_SPLIT.split(found.group(2).strip())]
        if len(symbols) != len(labels) or not any(_GRADE_LABEL.search(label) for label in labels):
            continue
        failing = {symbol for symbol, label in zip(symbols, labels, strict=True) if _FAILING_LABEL.fullmatch(label)}
        return tuple(symbols), failing
    labelled = _labelled_symbols(text)
    swedish = _SWEDISH_FAIL_FIRST.search(text)
    if not labelled[0] and swedish is not None:
        return tuple(_SYMBOL_SPLIT.split(swedish.group(0).strip())), {swedish.group(1)}
    return labelled


def _labelled_symbols(text: str) -> tuple[tuple[str, ...], set[str]]:
    """The grades a scheme names by symbols each with its label in brackets, or each after its label ("U
    (underkänd)", "Icke godkänd (IG)"), and those labelled a fail; the letters A-F are left to the letter scale."""
    symbols: list[str] = []
    failing: set[str] = set()
    for found in _SYMBOL_LABELLED.finditer(text):
        symbol, label = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        if not symbol.isupper() or re.fullmatch(_LETTER_CORE, symbol) or symbol in symbols:
            continue
        symbols.append(symbol)
        if _FAILING_LABEL.fullmatch(label):
            failing.add(symbol)
    return tuple(symbols), failing


def _listed_beside(text: str) -> tuple[Decimal | None, str, Decimal | None, str]:
    """The lowest and highest of the numbers a scheme of symbols lists beside them ("U (underkänd), 3, 4, 5");
    ``None`` and ``""`` when it lists none."""
    listed = _LISTED_NUMBERS.search(text)
    if listed is None:
        return None, "", None, ""
    numbers = sorted((_decimal(number), number) for number in re.findall(r"\d+", listed.group()))
    return numbers[0][0], numbers[0][1], numbers[-1][0], numbers[-1][1]


def _best_low(text: str, low: Decimal | None, high: Decimal | None) -> bool | None:
    """Whether the scheme's labels say its lowest number is the best ("1 (sehr gut)", "5 = best")."""
    if low is None or high is None:
        return None
    for label in _BEST_LABEL.finditer(text):
        if label.group(1):
            value = _decimal(label.group(1))
            if value in (low, high):
                return value == low
    for label in _FAIL_LABEL.finditer(text):
        if label.group(1):
            value = _decimal(label.group(1))
            if value in (low, high):
                return value == high
    for found in _LABEL_THEN_NUMBER.finditer(text):
        value = _decimal(found.group("number"))
        if (found.group("best") or found.group("fail")) and value in (low, high):
            return value == (low if found.group("best") else high)
    return None


def _by_convention(language: str, low: Decimal, high: Decimal, pass_mark: Decimal | None) -> bool | None:
    """A scale's direction where no label says it: higher is better unless the scale starts at 1 and ends by 6,
    where 1 is the best in German, Czech and Slovak 1-4 and 1-5 scales, and where a pass mark above the
    middle of a 1-4 or 1-5 scale says so; a 1-6 scale runs as the awarding bodies' country has it (Germany,
    Switzerland: :data:`_ONE_TO_SIX_BEST_LOW`), or as a scheme naming the Swiss scale says."""
    if low != 1 or high > 6:
        return False
    if high > 5:
        return None
    if language in _ONE_BEST:
        return True
    if pass_mark is not None and pass_mark != (low + high) / 2:
        return pass_mark > (low + high) / 2
    return None


def _in_country(scale: Scale | None, countries: frozenset[str]) -> Scale | None:
    """``scale`` with the direction of a 1-6 scale its labels leave open taken from the awarding bodies'
    country, when they share one convention (6 best in Switzerland, 1 best in Germany)."""
    if scale is None or scale.best_low is not None or scale.low != 1 or scale.high != 6:
        return scale
    conventions = {_ONE_TO_SIX_BEST_LOW.get(country) for country in countries}
    return replace(scale, best_low=conventions.pop()) if len(conventions) == 1 else scale


def scheme_without_grades(scheme: object) -> str:
    """``pass-fail`` or ``not-graded`` when a scheme (a text or language map) awards no grade, else ``""``."""
    if not ungraded(scheme):
        return ""
    texts = scheme.values() if isinstance(scheme, dict) else (scheme,)
    failing = any(isinstance(t, str) and _names_a_fail(t[:READ_CHARS]) for t in texts)
    return "pass-fail" if failing else "not-graded"


@functools.lru_cache(maxsize=_SCALES_KEPT)
def _names_a_fail(text: str) -> bool:
    """Whether the start of a scheme (:data:`READ_CHARS`) names a failing result."""
    return _FAILED_WORD.search(_head(text)) is not None


def judge(grade: Grade, scale: Scale, scheme_text: str) -> tuple[Problem, bool] | None:
    """How a grade does not fit a scale, with whether the scale's letters are meant; ``None`` when it fits or
    cannot be judged. A grade of another scale given with one of this scale in brackets is judged by that one."""
    found = _judge(grade, scale, scheme_text)
    if found is not None and found[0] is Problem.OTHER_SCALE and grade.other is not None:
        return _judge(grade.other, scale, scheme_text)
    return found


def _judge(grade: Grade, scale: Scale, scheme_text: str) -> tuple[Problem, bool] | None:
    """:func:`judge` of one reading of a grade."""
    if _FAILED_WORD.match(grade.text) or _ECTS_FAIL.search(grade.text):
        return Problem.FAILING, bool(scale.letters) and not scale.numeric
    # A capital other than A-E may be a pass/fail scheme's own abbreviation ("G" godkänd, "P" pass, "F" fail).
    graded_letter = grade.letter in _LETTER_ORDER[:5]
    if scale.without_grades:
        graded = grade.number is not None or graded_letter or _graded_word(grade, scheme_text)
        return (Problem.GRADED, False) if graded and not _PASSED_WORD.match(grade.text) else None
    symbol = _GRADE_SYMBOL.match(grade.text)
    if symbol and symbol.group(1) in scale.symbols:
        return (Problem.FAILING, True) if symbol.group(1) in scale.failing_symbols else None
    if grade.letter is not None:
        if scale.letters:
            return _judge_letter(grade.letter, scale)
        return (Problem.OTHER_SCALE, False) if scale.numeric and grade.letter in _LETTER_ORDER else None
    if grade.number is None:
        return None
    if scale.low is None or scale.high is None:
        return Problem.OTHER_SCALE, True
    return _judge_number(grade, grade.number, scale.low, scale.high, scale)


def _graded_word(grade: Grade, scheme_text: str) -> bool:
    """Whether a grade is a worded grade of a graded scale ("sehr gut") that the scheme itself does not name."""
    word = _GRADED_WORD.match(grade.text)
    return word is not None and word.group().casefold() not in scheme_text.casefold()


def _judge_letter(letter: str, scale: Scale) -> tuple[Problem, bool] | None:
    """A letter grade against the scale's letters, their pass mark and the letters it names as failing."""
    if letter not in scale.letters:
        return Problem.OUTSIDE, True
    failing = letter in scale.failing_letters
    order = _order(letter)
    if scale.pass_letter in order:
        failing = failing or order.index(letter) > order.index(scale.pass_letter)
    return (Problem.FAILING, True) if failing else None


def _judge_number(
    grade: Grade, value: Decimal, low: Decimal, high: Decimal, scale: Scale
) -> tuple[Problem, bool] | None:
    """A number grade (``value``) against the scale's range ``low`` to ``high``, its steps and what passes."""
    if grade.denominator is not None and grade.denominator != high:
        return Problem.OTHER_SCALE, False
    if grade.percent and not scale.percent and high != 100:
        return Problem.OTHER_SCALE, False
    if value < low or value > high:
        return Problem.OUTSIDE, False
    if scale.steps and value not in scale.steps:
        return Problem.OTHER_SCALE, False
    failing = value in scale.failing_numbers or any(low <= value <= high for low, high in scale.failing_bands)
    if scale.passing is not None:
        failing = failing or not scale.passing[0] <= value <= scale.passing[1]
    if scale.pass_mark is not None and scale.best_low is not None:
        failing = failing or (value > scale.pass_mark if scale.best_low else value < scale.pass_mark)
    return (Problem.FAILING, False) if failing else None


# What MC-AS-004 says of each problem, and how to fix it where the rule's own hint does not.
MESSAGES = {
    Problem.OUTSIDE: N_("the grade {grade} is outside the grading scheme's scale, read as {scale}"),
    Problem.OTHER_SCALE: N_("the grade {grade} is not a grade of the grading scheme's scale, read as {scale}"),
    Problem.GRADED: N_("the grade {grade} is a graded result, but the grading scheme is {scale}"),
    Problem.FAILING: N_("the grade {grade} is a failing grade on the grading scheme's scale, read as {scale}"),
}
HINTS = {
    Problem.GRADED: N_(
        "Give the result in the scheme's own words for a pass (passed, bestanden, arvestatud ...), or state the grade "
        "scale in the grading scheme."
    ),
    Problem.FAILING: N_("Check the grade and the pass mark: a credential attests a passed assessment."),
}


def grades_on_scales(doc: Descriptor) -> list[tuple[str, Grade, Scale, str]]:
    """Each language entry of the grade, read, with the scale it is read against (the scheme's in the grade's
    language, else in the first language it can be read in) and that scheme's text; entries without one left
    out."""
    schemes = doc.text("/assessment/grading_scheme")
    without = scheme_without_grades(doc.get("/assessment/grading_scheme"))
    countries = doc.body_countries()
    read: dict[str, Scale | None] = {}
    found = []
    for language, text in doc.text("/grade").items():
        grade = read_grade(text)
        scale, scheme_text = _scale_for(schemes, language, without, read, countries)
        if scale is None and _FAILED_WORD.match(grade.text):
            scale, scheme_text = _worded_scale(schemes)
        if scale is not None:
            found.append((language, grade, scale, scheme_text))
    return found


# The least share of a named scale, in tenths, where a range the scheme gives begins to be its passing bands.
_BAND_SHARE = 4
# A label before a scheme's list of results ("Classification:", "Grades:").
_SCHEME_LABEL = lazy(r"^[^\W\d][^:,;()]{0,40}:\s*")


def _worded_scale(schemes: dict[str, str]) -> tuple[Scale | None, str]:
    """A scheme of worded results only ("Distinction, Merit, Credit, Pass, Fail") that names a failing one, as a
    scale from its first to its last result, with its text; ``None`` when no scheme names a failing result."""
    for text in schemes.values():
        if _FAILED_WORD.search(head := _head(text)):
            listed = _SCHEME_LABEL.sub("", head.strip()).rstrip(". ")  # "Classification: Distinction, ..., Fail."
            results = [part for part in _SYMBOL_SPLIT.split(listed) if part]
            return Scale(low_text=results[0], high_text=results[-1]), text
    return None, ""


def _scale_for(
    schemes: dict[str, str], language: str, without: str, read: dict[str, Scale | None], countries: frozenset[str]
) -> tuple[Scale | None, str]:
    """The scale of the scheme to read a grade in ``language`` against, and the scheme's text; each scheme is
    read once into ``read`` (by language) whatever the number of grades read against it."""
    if without:
        return Scale(without_grades=without), " ".join(schemes.values())
    ordered = ([language] if language in schemes else []) + [other for other in schemes if other != language]
    for other in ordered:
        if other not in read:
            read[other] = _in_country(read_scale(schemes[other], other), countries)
        scale = read[other]
        if scale is not None:
            return scale, schemes[other]
    return None, ""
