"""The code page of a CSV that is not Unicode (Excel's "CSV" on a Windows set to an EU language), told by
which reading of its letters beyond ASCII is plausible text."""

from __future__ import annotations

import codecs
import collections
import itertools
import unicodedata
from dataclasses import dataclass

from qa_checker.patterns import regex
from qa_checker.text import Text, msg

# The code pages a CSV that is not Unicode may be in: those Excel's "CSV" export writes on a Windows set to
# an EU language, then the ISO 8859 parts and Mac Roman of older tools (ISO-8859-1 is Windows-1252 less
# its typographic quotes and dashes), with the names a message gives them.
LEGACY_CODECS = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1257": "Windows-1257",
    "cp1251": "Windows-1251",
    "cp1253": "Windows-1253",
    "iso-8859-15": "ISO-8859-15",
    "iso-8859-2": "ISO-8859-2",
    "iso-8859-13": "ISO-8859-13",
    "iso-8859-7": "ISO-8859-7",
    "mac_roman": "Mac Roman",
}
# The names of the encodings a user is offered to name (the self-check page's list, the API's document), as
# people write them; any other name Python's codecs know is read too.
ENCODING_NAMES = (*(label.lower().replace(" ", "-") for label in LEGACY_CODECS.values()), "utf-8")
# The code page Windows writes a language's text in (the ANSI code page of its locale).
_WINDOWS_CODE_PAGES = {
    **dict.fromkeys(("cs", "hr", "hu", "pl", "ro", "sk", "sl", "sq", "bs"), "cp1250"),
    **dict.fromkeys(("bg", "mk", "ru", "uk"), "cp1251"),
    **dict.fromkeys(("da", "de", "en", "es", "fi", "fr", "ga", "it", "nl", "pt", "sv", "ca", "eu", "is"), "cp1252"),
    **dict.fromkeys(("nb", "nn", "cy"), "cp1252"),
    **dict.fromkeys(("et", "lt", "lv"), "cp1257"),
    "el": "cp1253",
}
# Letters few words of their own language have (Slovak "ĺ", "ŕ"), which a misreading gives often: Windows-1250
# reads Windows-1252's "å" and "à" as them ("Bokmĺl"). A file in the language is told by its language, not by
# them.
_RARE_LETTERS = frozenset("ĺŕĹŔ")
# The Windows code page whose letters each other code page here writes (ISO-8859-15 and Mac Roman the western
# European ones).
_FAMILY = {
    "iso-8859-15": "cp1252",
    "mac_roman": "cp1252",
    "iso-8859-2": "cp1250",
    "iso-8859-13": "cp1257",
    "iso-8859-7": "cp1253",
}
# Signs a code page holds that catalogue text never has (the currency sign, a broken bar, a lone
# diaeresis, acute, cedilla or macron, the not sign, the pilcrow): a reading giving one is a misreading
# (ISO-8859-15's euro sign read as Windows-1252, ISO-8859-2's "ą" read as Windows-1250).
_UNLIKELY_SIGNS = frozenset("¤¦¨´¸¯¬¶")
# Letters a code page holds that write units and ordinals beside a number ("5 µm", "2ª edición", "1º"), in no
# language's alphabet: at the start of a word they tell no language, so neither count against a reading nor for
# one; inside a word ("Iaºi", Romanian "ş" read in Windows-1252) they are a misreading's letters.
_SIGN_LETTERS = "µªº"
# A sign beyond ASCII between two letters, other than an apostrophe, a middle dot (Catalan "l·l") or a
# hyphen ("Zar±dzanie", "Za»aľení": ISO-8859-2 read as Windows-1250); or beside a letter, other than quotes,
# dashes and signs written after a word or a number ("£ódzka": Windows-1250 read as Windows-1252).
_BESIDE = "„“”‘’‚«»‹›–—…¿¡·™®©°²³¹ºª"
_SIGN_BY_LETTER = regex(
    r"(?<=[^\W\d_])[^\x00-\x7f\w\s’·‐](?=[^\W\d_])"
    rf"|(?<=[^\W\d_])[^\x00-\x7f\w\s{_BESIDE}]|[^\x00-\x7f\w\s{_BESIDE}](?=[^\W\d_])"
)
# A reading is text with at most one implausible sign or word in this many words beyond ASCII (a misreading
# has one in most of them).
_SLIPS = 10
# The letter Irish puts before a word's capital vowel ("na hÉireann", "i nÉirinn", "an tÁras"): no capital
# after a small letter of a misreading.
_IRISH_PREFIX = regex(r"^[hnt](?=[ÁÉÍÓÚ])")
# Letters where their one language never writes them, as a misreading puts them: Greek writes a small sigma at
# the end of a word as "ς" and elsewhere as "σ" (Bulgarian "проекти" in Windows-1251 is "οπξεκςθ" in
# Windows-1253); Polish writes "ni" and "si" before a vowel, never "ń" or "ś" (Spanish "España" in Windows-1252 is
# "Espańa" in Windows-1250 and 1257; "ć" and "ź" are left alone: Croatian "kuća", Polish "radźasthani"); "ì" and
# "ù" end a word in Italian and French, the languages here writing them (Czech "Budějovice", "domů" read in
# Windows-1252 are "Budìjovice", "domù"); and Greek writes no five consonants in a row, nor a word of four letters
# or more without a vowel (Windows-1251's "о", "и", "у" are Windows-1253's "ξ", "θ", "σ": Russian "согдийски" reads
# "ρξγδθιρκθ", "коми" "κξμθ").
_GREEK_CONSONANTS = "βγδζθκλμνξπρσςτφχψ"
_MISSPELT = regex(
    r"ς\B|\Bσ\b|(?i:[ńś](?=[aeiouyąęó])|[ìù](?=[^\W\d_]))"
    rf"|[{_GREEK_CONSONANTS}]{{5}}|^(?i:[{_GREEK_CONSONANTS}])[{_GREEK_CONSONANTS}]{{3,}}$"
)
_HIGH_BYTE = regex(b"[\x80-\xff]")
# The part of a CSV's word from its first byte beyond ASCII (and the byte before it) to its end, found in time
# linear in the file's size: what lies before the next space, delimiter or quote.
_HIGH_WORD = regex(b'[^\\s,;\t"\x80-\xff]?[\x80-\xff][^\\s,;\t"]*')
# How many such words of a file are looked at, at most.
_HIGH_WORDS = 100_000
# The longest such word kept: a cell without spaces is a word too.
_LEGACY_WORD_BYTES = 64
# A character of UTF-8 beyond ASCII: a file whose bytes beyond ASCII are mostly these is UTF-8 with some bytes
# that are not (a cell pasted from another file), not text in a code page.
_UTF8_SEQUENCE = regex(b"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# How much of a file's beginning the language of its plain-ASCII words is told from.
_LANGUAGE_BYTES = 8 * 1024
_LETTERS = regex(r"[^\W\d_]+")
_BEYOND_ASCII = regex(r"[^\x00-\x7f]")
# The part of a cell's word before and from a place in it: up to a space, delimiter or quote.
_CELL_END = regex(r'[^\s,;\t"]*\Z')
_CELL_START = regex(r'[^\s,;\t"]*')
_HIGH_SIGN = regex(r"[^\s,;]{0,20}[^\x00-\x7f][^\s,;]{0,20}")
# How much of a file the code pages are told apart on: its first lines with letters beyond ASCII, and its
# other words with letters beyond ASCII once each, up to this many bytes of each, so that the work (a look at
# each byte, then the sample read in each code page) is bounded whatever the file's size.
_LEGACY_SAMPLE_BYTES = 64 * 1024


# ASCII text that an escape codec reads as other characters ("A" for "\\u0041") and a text encoding as itself.
_ESCAPE_PROBE = b"a\\u0041,b"


def text_codec(name: str) -> str | None:
    """The codec ``name`` names (``windows-1250``, ``latin-1``, ``utf-8``), as Python names it, when it decodes
    bytes to text; ``None`` for an unknown name or a codec that is not a text encoding: a transform of bytes
    (``base64``) or an escape of ASCII text that reads it as other characters or refuses it (``unicode_escape``,
    ``punycode``)."""
    try:
        read = _ESCAPE_PROBE.decode(name, "replace")
        _ESCAPE_PROBE.decode(name)
    except UnicodeDecodeError:
        pass  # a codec of two- or four-byte characters: the probe is no whole number of them
    except (LookupError, ValueError):
        return None
    else:
        if read != _ESCAPE_PROBE.decode("ascii") and read.isascii():
            return None
    return codecs.lookup(name).name


def unknown_encoding(name: str) -> Text:
    """Why ``name`` (an ``--encoding``, an ``encoding`` field) is refused: no text encoding has it."""
    return msg(
        "{name} is not a text encoding known here; name one such as windows-1250, iso-8859-2 or utf-8",
        name=repr(name),
    )


def codec_label(codec: str) -> str:
    """How a message names a codec of :func:`text_codec`: a code page of :data:`LEGACY_CODECS` as it is known
    (``Windows-1250``), any other by its name in capitals (``UTF-8``, ``CP850``)."""
    labels = {codecs.lookup(name).name: label for name, label in LEGACY_CODECS.items()}
    return labels.get(codec, codec.upper())


@dataclass(frozen=True)
class LegacyReading:
    """How a CSV that is not Unicode reads: ``codec`` (a key of :data:`LEGACY_CODECS`) when one reading of
    it is plausible text, with ``word``, the first word beyond ASCII it gives; else the plausible ones as
    (codec, word) pairs, each with a word the code pages read differently. ``line`` is the first line with a
    byte beyond ASCII; ``utf8`` says its bytes beyond ASCII are mostly characters of UTF-8 (UTF-8 text with some
    bytes that are not, a cell pasted from another file), so that no code page was tried."""

    line: int
    codec: str | None = None
    candidates: tuple[tuple[str, str], ...] = ()
    word: str = ""
    utf8: bool = False


@dataclass(frozen=True)
class _Score:
    """A code page's reading of the sample: implausible signs and words, words written with letters no one
    language is, and its words beyond ASCII."""

    implausible: int
    unwritten: int
    words: int

    @property
    def text(self) -> bool:
        """Whether the reading is text: implausible in no more than one word in :data:`_SLIPS` beyond ASCII
        (a Greek "μm" mixes scripts, and is still Greek)."""
        return self.implausible * _SLIPS <= self.words


def legacy_reading(raw: bytes) -> LegacyReading:
    """The code page of ``raw`` (text in no Unicode form, nor mostly UTF-8) among :data:`LEGACY_CODECS`, told
    by reading its lines with letters beyond ASCII (from the first, within a bounded sample) in each and
    keeping the readings that are plausible text (no control characters or signs text never has, no sign
    inside a word, no word mixing scripts, with a capital after a small letter or a letter where its language
    never writes it), then those whose words are each written with the letters of a language
    (``data/alphabets.yaml``); readings still differing are compared two at a time on the words they give
    differently (:func:`_unbeaten`), then told apart by the language the file's words are in, whose Windows
    code page is kept when its letters write the words they differ on. Else no code page, and the readings.
    """
    high = _HIGH_BYTE.search(raw)
    at = high.start() if high else 0
    begin = max(raw.rfind(b"\n", 0, at), raw.rfind(b"\r", 0, at)) + 1
    line = line_at(raw, begin)
    sample = _legacy_sample(raw, begin)
    if 2 * sum(map(len, _UTF8_SEQUENCE.findall(sample))) >= len(_HIGH_BYTE.findall(sample)):
        return LegacyReading(line, utf8=True)
    readings: dict[str, str] = {}
    for codec in LEGACY_CODECS:
        try:
            readings[codec] = sample.decode(codec)
        except UnicodeDecodeError:
            continue
    scores = {codec: _plausibility(text) for codec, text in readings.items()}
    least = min((score.implausible for score in scores.values() if score.text), default=None)
    plausible = [codec for codec, score in scores.items() if score.text and score.implausible == least]
    if not plausible:
        return LegacyReading(line)
    fewest = min(scores[codec].unwritten for codec in plausible)
    plausible = [codec for codec in plausible if scores[codec].unwritten == fewest]
    if len({readings[codec] for codec in plausible}) == 1:
        return LegacyReading(line, plausible[0], word=_first_word(readings[plausible[0]]))
    # Told apart on the words each two readings give differently (not on all words, which a language writing
    # many foreign letters, as English does, makes alike), then on the language of the file's other words.
    language = _file_language(raw[:_LANGUAGE_BYTES], plausible)
    best = _unbeaten(readings, plausible, language)
    if len({readings[codec] for codec in best}) == 1:
        codec = next((c for c in best if c == _WINDOWS_CODE_PAGES.get(language or "")), best[0])
        return LegacyReading(line, codec, word=_first_word(readings[codec]))
    differing = {
        codec: _differing_words(readings[codec], [readings[c] for c in best if readings[c] != readings[codec]])
        for codec in best
    }
    chosen = _by_language(language, differing)
    if chosen is not None:
        return LegacyReading(line, chosen, word=_first_word(readings[chosen]))
    texts = {readings[codec]: codec for codec in reversed(best)}
    named = tuple(
        (codec, next(iter(differing[codec]), None) or _shown(readings[codec], list(texts)))
        for codec in sorted(texts.values(), key=best.index)
    )
    return LegacyReading(line, None, named)


def _shown(text: str, others: list[str]) -> str:
    """What a reading gives where it first differs from the ``others`` (a sign, no word: Mac Roman's "‹bung"
    for Windows-1252's "Übung"): the characters around it up to a space, at most twenty each side."""
    places = (found.start() for found in _BEYOND_ASCII.finditer(text))
    at = next((place for place in places if any(other[place] != text[place] for other in others)), 0)
    before = _CELL_END.search(text, max(0, at - 20), at)
    after = _CELL_START.match(text, at, at + 20)
    return (before.group() if before else "") + (after.group() if after else "")


def _legacy_sample(raw: bytes, begin: int) -> bytes:
    """What the code pages of ``raw`` are told apart on: its lines beyond ASCII from ``begin`` (the first's
    start), then each other word beyond ASCII of the rest of the file once (the first :data:`_HIGH_WORDS`),
    so that a letter only its end has counts too; at most :data:`_LEGACY_SAMPLE_BYTES` of each."""
    lines = [text for text in raw[begin : begin + _LEGACY_SAMPLE_BYTES].splitlines() if not text.isascii()]
    words: dict[bytes, None] = {}
    size = 0
    for found, _ in zip(_HIGH_WORD.finditer(raw, begin + _LEGACY_SAMPLE_BYTES), range(_HIGH_WORDS)):
        word = found.group()[:_LEGACY_WORD_BYTES]
        if word not in words:
            words[word] = None
            size += len(word) + 1
            if size >= _LEGACY_SAMPLE_BYTES:
                break
    return b"\n".join(lines) + b"\n" + b" ".join(words)


def _first_word(text: str) -> str:
    """The first word of ``text`` with letters beyond ASCII, else its first run of signs beyond ASCII (a
    no-break space) with what stands beside it."""
    found = next((word for word in _LETTERS.findall(text) if not word.isascii()), None)
    if found is None:
        sign = _HIGH_SIGN.search(text)
        found = sign.group() if sign else ""
    return found


def _plausibility(text: str) -> _Score:
    """How plausible a code page's reading of a sample is as text in the languages of Europe."""
    signs = {c for c in text if not c.isascii() and not c.isalpha()}
    implausible = sum(
        c in _UNLIKELY_SIGNS or unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs")
        for c in signs.union(c for c in text if c < " " and c not in "\t\r\n")
    )
    implausible += len(_SIGN_BY_LETTER.findall(text)) if signs else 0
    unwritten = 0
    words = collections.Counter(word for word in _LETTERS.findall(text) if not word.isascii())
    for word, count in words.items():
        if (
            _mixes_scripts(word)
            or _MISSPELT.search(word)
            or any(
                a.islower() and b.isupper() and not b.isascii()
                for a, b in itertools.pairwise(_IRISH_PREFIX.sub("", word))
            )
        ):
            implausible += count
        else:
            unwritten += count * (not _writers(word))
    return _Score(implausible, unwritten, sum(words.values()))


def _writers(word: str) -> list[str]:
    """The languages whose letters (``data/alphabets.yaml``) write ``word``."""
    from qa_checker.language.detect import alphabets

    marked = _marked(word)
    return [code for code, letters in alphabets().items() if marked <= letters]


def _marked(word: str) -> frozenset[str]:
    """The letters of ``word`` beyond a-z (in lower case), but for a unit or ordinal sign that begins it."""
    return frozenset(c for c in word.lstrip(_SIGN_LETTERS).lower() if not "a" <= c <= "z")


def line_at(raw: bytes, offset: int) -> int:
    """The 1-based line of the byte at ``offset``, lines ended by CR, LF or CRLF."""
    return raw.count(b"\n", 0, offset) + raw.count(b"\r", 0, offset) - raw.count(b"\r\n", 0, offset) + 1


def _mixes_scripts(word: str) -> bool:
    """Whether a word has Latin letters and Greek or Cyrillic ones."""
    latin = any(c < "\u0250" for c in word)
    return latin and any("\u0370" <= c < "\u0530" for c in word)


def _differing_words(text: str, others: list[str], *, paired: bool = False) -> list[str]:
    """The words of one reading that another reading of the same bytes (a character a byte) gives otherwise,
    in order; with ``paired``, only those the other gives as a word too (not Mac Roman's "níko" for
    Windows-1252's "n’ko")."""
    found: dict[str, None] = {}
    for word in _LETTERS.finditer(text):
        if not word.group().isascii():
            for other in others:
                theirs = other[word.start() : word.end()]
                if theirs != word.group() and (not paired or _LETTERS.fullmatch(theirs)):
                    found[word.group()] = None
    return list(found)


def _file_language(beginning: bytes, codecs: list[str]) -> str | None:
    """The language the file's ``beginning`` is in, found for the words all its readings in ``codecs`` agree on
    (plain ASCII ones among them), by their function words first (the detectors may take a French title
    followed by Polish names for Polish), or else for every reading alike (not for one reading's own words:
    Cyrillic read as Greek is found to be Greek). When that is one of close languages the agreed words may not tell
    apart (Swedish for Danish words without "ø" or "æ"), the one of them found for a reading in a code page
    Windows writes it in (Danish for Windows-1252's "ingeniører", none for Windows-1257's "ingeniųrer").
    ``None`` for English, which catalogues of every country are written in, on a Windows set to any
    language."""
    from qa_checker.language.detect import built_with, confusable, language_of

    texts = {beginning.decode(codec, errors="replace"): _FAMILY.get(codec, codec) for codec in codecs}
    readings = [_LETTERS.findall(text) for text in texts]
    agreed = set.intersection(*map(set, readings))
    words = " ".join(word for word in readings[0] if word in agreed)
    language = built_with(words) or language_of(words)
    found = {(language_of(text), page) for text, page in texts.items()}
    if language is None and len({code for code, _ in found}) == 1:
        language = next(iter(found))[0]
    if language is None or language == "en":
        return None
    relatives = {
        code for code, page in found if code and confusable(code, language) and _WINDOWS_CODE_PAGES.get(code) == page
    }
    return relatives.pop() if len(relatives) == 1 else language


def _unbeaten(readings: dict[str, str], codecs: list[str], language: str | None) -> list[str]:
    """The ``codecs`` whose reading no other reading beats on the words the two give differently (each pair
    apart: Windows-1257's "Garcķa" is no reason to prefer Windows-1250's "sprĺk" to Windows-1252's "språk"). A
    reading beats another with more words there in the letters of the file's ``language``, then by
    :func:`_at_home` (its words there one language's, written in a code page of that language). All of them
    when every one is beaten."""
    from qa_checker.language.detect import alphabets

    letters = alphabets().get(language, frozenset()) if language else frozenset()
    texts = {readings[codec] for codec in codecs}
    rank = {}
    for one, other in itertools.permutations(texts, 2):
        native = sum(_marked(word) <= letters for word in _differing_words(one, [other], paired=True)) if letters else 0
        rank[one, other] = (native, _at_home(_differing_words(one, [other]), _families(one, readings)))
    beaten = {one for one, other in itertools.permutations(texts, 2) if rank[other, one] > rank[one, other]}
    return [codec for codec in codecs if readings[codec] not in beaten] or codecs


def _families(text: str, readings: dict[str, str]) -> frozenset[str]:
    """The Windows code pages of the code pages that read a sample as ``text``."""
    return frozenset(_FAMILY.get(codec, codec) for codec, reading in readings.items() if reading == text)


def _at_home(words: list[str], pages: frozenset[str]) -> int:
    """How plainly one language writes ``words`` (those beyond ASCII): 2 when Windows writes a language with
    all their letters in one of ``pages`` (or there are none), 1 when a language only writes them, 0 when
    none does or one has a letter rare in its own language too."""
    beyond = {word for word in words if not word.isascii()}
    writers = collections.Counter(code for word in beyond for code in _writers(word))
    coherent = [code for code, count in writers.items() if count == len(beyond)]
    if (beyond and not coherent) or any(_RARE_LETTERS.intersection(word) for word in beyond):
        return 0
    return 2 if not beyond or any(_WINDOWS_CODE_PAGES.get(code) in pages for code in coherent) else 1


def _by_language(language: str | None, differing: dict[str, list[str]]) -> str | None:
    """The one reading whose code page is the Windows code page of the file's ``language`` and whose words
    the readings differ on are written with that language's letters."""
    from qa_checker.language.detect import alphabets

    if language is None:
        return None
    letters = alphabets().get(language, frozenset())
    chosen = [
        codec
        for codec, words in differing.items()
        if codec == _WINDOWS_CODE_PAGES.get(language) and all(_marked(word) <= letters for word in words)
    ]
    return chosen[0] if len(chosen) == 1 else None
