"""Is this word a verb? Answered by morphology and a lemmatiser, for the twelve outcome languages.

The bundled lexicons list the verbs whose Bloom level is known; a reviewer also accepts any other
ordinary, observable verb ("dimensionner", "opschonen", "kwantyfikować", "quantify"). Those are
recognised here without a word list:

* a lemma from simplemma (MIT licence, offline, data for all twelve languages; its dictionaries load
  lazily, one language at a time, the first time that language is asked about, as tries that are
  built once per machine and then opened from the user's cache folder in milliseconds), and
* the language's own morphology: the infinitive endings of French, Spanish, Portuguese, Italian, Polish,
  Dutch, German, Swedish, Czech, Danish and Slovak, and the regular conjugated forms that only a verb has. A lemma
  that ends like an infinitive counts as a verb only when the lemmatiser also knows one of its conjugated forms (a past
  participle, a gerund, a third person) and maps it back to that lemma: "fichier" ends in -er like "dimensionner",
  but no "fiché"/"fichant" leads back to it. English has no infinitive ending, so an English base form
  counts as a verb when its -ed form is known and leads back to it ("automate" <- "automated").

Participles, gerunds and verbal nouns ("utilisant", "projektowanie", "zaprojektowany") are not
heads of an outcome and are refused. Each answer is cached per word, so a statement costs a
dictionary look-up per distinct word; words longer than :data:`MAX_WORD` are never looked up.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from qa_checker.language import detect

MAX_WORD = 40

INFINITIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "fr": ("er", "ir", "re", "oir"),
    "es": ("ar", "er", "ir"),
    "pt": ("ar", "er", "ir", "or"),  # "or": pôr and its compounds (propor, compor)
    "it": ("are", "ere", "ire", "rre"),
    "pl": ("ć", "c"),
    "nl": ("en", "aan"),  # "aan": gaan, staan, slaan, opslaan
    "de": ("en", "ern", "eln"),
    "sv": ("a", "å"),  # "å": förstå, uppnå, bestå
    "cs": ("t", "ct"),  # "analyzovat", "navrhnout", "vyhodnotit"; "říct", "moct"
    "da": ("e", "å"),  # "å": forstå, opnå, gå
    "sk": ("ť",),  # "analyzovať", "navrhnúť", "vyhodnotiť", "rozumieť", "uviesť", "môcť"
}

# Endings of participles, gerunds and verbal nouns: forms of a verb that do not state the action.
NON_FINITE: dict[str, tuple[str, ...]] = {
    "fr": ("é", "ée", "és", "ées", "ant", "ants", "ante", "antes"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "iendo", "yendo"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "endo", "indo", "ondo"),
    "it": ("ato", "ata", "ati", "ito", "ita", "iti", "uto", "uta", "uti", "ando", "endo"),
    "pl": (
        "any", "ana", "ane", "ani", "anych", "anym", "anej", "ony", "ona", "one", "eni", "onych", "onym",
        "onej", "ęty", "ęta", "ęte", "ący", "ąca", "ące", "ącego", "ąc", "anie", "enie", "ęcie", "aniu",
        "eniu", "wszy", "anego", "onego", "ętego", "ącej", "ących", "ącym", "anymi", "onymi", "ań", "eń",
        "oną", "ętą", "ącą", "ętych", "ętym", "ętej", "onemu", "anemu", "ącemu",
    ),
    "nl": ("end", "ende"),
    "de": ("end", "ende", "enden", "ender", "endes"),
    # Swedish: present participles, past participles and supines ("analyserad", "genomfört", "skriven"), the past
    # ("analyserade") and the s-passive ("genomförs"); an infinitive ends in a vowel, a present in -r.
    "sv": ("ande", "ende", "d", "t", "de", "en", "et", "s"),
    # Czech: present participles ("analyzující", "řídící"), passive participles ("navržený", "zpracovaná") and verbal
    # nouns of -ovat verbs ("projektování"); other verbal nouns in -ení are told by their lemma, since a third person
    # ends so too ("ocení", "změní").
    "cs": ("ující", "ujícího", "ujících", "ícího", "ících", "ící", "aný", "aná", "ané", "aných", "ený", "ená",
           "ené", "ených", "ovaný", "ování", "ováním", "ovánu"),
    # Danish: present participles ("analyserende"), past participles ("analyseret", "udført", "beskrevet"), the past in
    # -ede ("analyserede") and the s-passive ("analyseres", "gennemføres"); an infinitive ends in -e or -å, a present in
    # -r. The past in -te is not listed, as infinitives end so too ("teste", "sætte").
    "da": ("ende", "et", "t", "ede", "es"),
    # Slovak: present participles ("analyzujúci", "riadiaci"), passive participles ("navrhnutý", "spracovaná") and
    # verbal nouns ("navrhovanie", "riadenie"), which no third person ends as ("ocení", "zmení" end in -í).
    "sk": ("úci", "úca", "úce", "úceho", "úcich", "iaci", "iaca", "iace", "iaceho", "iacich", "aný", "aná", "ané",
           "aných", "ený", "ená", "ené", "ených", "tý", "tá", "té", "tých", "anie", "aním", "ania", "enie", "ením",
           "enia"),
}  # fmt: skip

# Endings of the past participle, with its feminines and plurals, in the languages that put the verb first
# ("completed", "written"; "réalisée", "écrits", "compris"; "elaborados", "escrito", "hecha"; "redatto", "messi").
# A word ending so is a participle only when its lemma is a verb.
PAST_PARTICIPLE: dict[str, tuple[str, ...]] = {
    "en": ("ed", "en", "wn"),
    "fr": ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ise",
           "ises", "t", "te", "ts", "tes"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas", "cho", "cha",
           "chos", "chas"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas"),
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "to", "ta", "ti", "te",
           "so", "sa", "si", "se"),
    "sv": ("d", "t", "de", "en", "et"),
}  # fmt: skip

# Separable prefixes of Dutch and German verbs ("opschonen", "anpassen"): the conjugated forms of
# the verb without them show that it is a verb.
SEPARABLE: dict[str, tuple[str, ...]] = {
    "nl": ("terug", "samen", "door", "over", "voor", "mee", "toe", "vast", "aan", "uit", "af", "op", "in", "om",
           "na", "bij"),
    "de": ("zusammen", "weiter", "fest", "nach", "auf", "aus", "ein", "mit", "vor", "dar", "her", "hin", "ab", "an",
           "um", "zu", "bei"),
}  # fmt: skip
# Inseparable prefixes: a verb the lemmatiser lacks ("entlüften", "ontkalken") is a verb when the verb without
# its prefix is ("lüften", "kalken").
INSEPARABLE: dict[str, tuple[str, ...]] = {
    "nl": ("ont", "ver", "her", "be"),
    "de": ("ent", "ver", "zer", "be", "er"),
}

# Endings only verbs have, however few of their forms the lemmatiser knows: verbs made from nouns and
# adjectives ("automatiser", "quantifier", "analysieren", "digitaliseren", "cuantificar", "ottimizzare").
VERB_SUFFIXES: dict[str, tuple[str, ...]] = {
    "fr": ("iser", "ifier"),
    "es": ("izar", "ificar"),
    "pt": ("izar", "ificar"),
    "it": ("izzare", "ificare"),
    "nl": ("eren", "ëren"),
    "de": ("ieren",),
    "sv": ("era",),
    "cs": ("ovat",),
    # Not Danish -ere alone, which plural agent nouns end in too ("deltagere", "udviklere").
    "da": ("isere", "ificere", "ionere"),
    "sk": ("ovať",),
}

VOWELS = frozenset("aeiouyàâäéèêëïîôöùûüáíóúąęó")


_RULES_PACKAGE = "simplemma.strategies.defaultrules"


class _RulesOnDemand(Mapping[str, Callable[[str], "str | None"]]):
    """simplemma's ``RULE_FUNCTIONS`` (language code: rule function) whose modules are imported on first use."""

    def __init__(self, where: dict[str, tuple[str, str]]) -> None:
        self._where = where

    def __getitem__(self, code: str) -> Callable[[str], str | None]:
        module, function = self._where[code]
        found: Callable[[str], str | None] = getattr(importlib.import_module(f"{_RULES_PACKAGE}.{module}"), function)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


def _rules_on_demand() -> None:
    """Let simplemma compile the suffix rules of a language when that language is first lemmatised.

    Importing simplemma imports its ``defaultrules`` package, whose ``__init__`` compiles the rules of all
    its languages (some 20 ms, most of simplemma's import) to fill ``RULE_FUNCTIONS``; a check needs one or
    two of them. The package is registered here, before simplemma is imported, with the same mapping read
    from that ``__init__`` and each module imported on first look-up, so every lemma is the one simplemma
    gives. Nothing is changed when simplemma is already imported or its ``__init__`` does anything else.
    """
    from importlib.machinery import ModuleSpec
    from importlib.util import find_spec, module_from_spec

    if "simplemma" in sys.modules or _RULES_PACKAGE in sys.modules:
        return
    top = find_spec("simplemma")  # finds the package without importing it
    if top is None or top.origin is None:
        return
    folder = Path(top.origin).parent / "strategies" / "defaultrules"
    try:
        where = rule_modules((folder / "__init__.py").read_bytes())
    except OSError:
        return
    if where is None or not all((folder / f"{module}.py").is_file() for module, _ in where.values()):
        return
    package = module_from_spec(ModuleSpec(_RULES_PACKAGE, None, is_package=True))
    package.__path__ = [str(folder)]
    package.RULE_FUNCTIONS = _RulesOnDemand(where)  # type: ignore[attr-defined]
    sys.modules[_RULES_PACKAGE] = package


def rule_modules(source: bytes) -> dict[str, tuple[str, str]] | None:
    """``RULE_FUNCTIONS`` of simplemma's ``defaultrules/__init__.py`` as language code: (module, function), in
    its order; ``None`` unless the file does nothing but import the functions and name them in that table."""
    import ast

    try:
        body = ast.parse(source).body
    except (SyntaxError, ValueError):
        return None
    modules: dict[str, str] = {}
    table: dict[str, str] = {}
    for node in body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            modules.update((alias.asname or alias.name, node.module) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "collections.abc":
            continue
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and node is body[0]:
            continue  # the docstring
        elif (
            isinstance(node, ast.AnnAssign | ast.Assign)
            and [getattr(t, "id", None) for t in (node.targets if isinstance(node, ast.Assign) else [node.target])]
            == ["RULE_FUNCTIONS"]
            and isinstance(node.value, ast.Dict)
            and not table
        ):
            pairs = list(zip(node.value.keys, node.value.values))
            table = {
                k.value: v.id
                for k, v in pairs
                if isinstance(k, ast.Constant) and isinstance(k.value, str) and isinstance(v, ast.Name)
            }
            if len(table) != len(pairs) or not table:
                return None
        else:
            return None
    if not table or any(function not in modules for function in table.values()):
        return None
    return {code: (modules[function], function) for code, function in table.items()}


@functools.lru_cache(maxsize=1)
def _lookups() -> tuple[Any, Any]:
    """simplemma's lemmatiser and pure dictionary look-up over its trie-backed dictionaries.

    Imported on first use: a check without outcomes, or whose verbs are all in the lexicon, never
    loads it nor any of its dictionaries. The tries are built once per machine from simplemma's own
    data and kept in the user's cache folder (simplemma's ``TrieDictionaryFactory``), so a later
    process opens a language in milliseconds instead of unpacking its dictionary again (seconds, for
    Polish and German): the file is mapped into memory, not read (the Polish trie is 21 MB), and the
    pages a look-up touches are read then. Where the cache folder cannot be written the tries are
    built in memory.
    """
    import logging

    from qa_checker.user_cache import cache_folder, write_atomically

    _rules_on_demand()
    from marisa_trie import BytesTrie
    from simplemma import Lemmatizer, __version__
    from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
    from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory, TrieWrapDict

    # simplemma logs a warning when it cannot write its cache; the checker's output stays its own.
    logging.getLogger("simplemma").addHandler(logging.NullHandler())
    logging.getLogger("simplemma").propagate = False

    class AtomicTrieFactory(TrieDictionaryFactory):
        """Writes each trie under a temporary name and renames it, so no process opens a half-written one,
        and maps a cached trie into memory instead of reading it whole (2 ms instead of 20 to 50 for Polish)."""

        def _get_dictionary_uncached(self, lang: str) -> Any:
            cached = Path(self._cache_dir) / f"{lang}.dic"
            try:
                present = cached.exists()
            except OSError:  # a folder this user may not look into
                present = True
            if not present:
                return super()._get_dictionary_uncached(lang)
            try:
                return TrieWrapDict(BytesTrie().mmap(str(cached)))
            except Exception:  # damaged, or not this user's to read: built again, and cached anew where it can be
                trie = self._build_trie(lang)
                with contextlib.suppress(OSError):
                    self._write_trie_to_disk(lang, trie)
                return TrieWrapDict(trie)

        def _write_trie_to_disk(self, lang: str, trie: Any) -> None:
            write_atomically(Path(self._cache_dir) / f"{lang}.dic", trie.save)

    lemmas = cache_folder("lemmas")  # None: simplemma's own default folder
    factory = AtomicTrieFactory(disk_cache_dir=str(lemmas / __version__) if lemmas is not None else None)
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)), DictionaryLookupStrategy(
        factory
    )


@functools.lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """The lemma of a lower-case word (the word itself when the lemmatiser does not know it)."""
    if len(word) > MAX_WORD:
        return word
    return str(_lookups()[0].lemmatize(word, language)).lower()


@functools.lru_cache(maxsize=65536)
def known(word: str, language: str) -> bool:
    """Whether the lemmatiser's dictionary holds this lower-case word form."""
    return written_lemma(word, language) is not None


@functools.lru_cache(maxsize=65536)
def written_lemma(word: str, language: str) -> str | None:
    """The lemma the dictionary gives a word as written, capitals kept: a German noun is its own ("Bericht"),
    a capitalised verb at the start of a sentence leads to its infinitive ("Verabreicht" -> "verabreichen")."""
    if len(word) > MAX_WORD:
        return None
    from unicodedata import normalize

    found = _lookups()[1].get_lemma(normalize("NFC", word), language)
    return str(found) if found is not None else None


def _grave(stem: str) -> str:
    """A French stem with its last é as è ("protég" -> "protèg"), or ``""`` when it has none."""
    at = stem.rfind("é")
    return stem[:at] + "è" + stem[at + 1 :] if at >= 0 else ""


def _leads_back(forms: list[str], target: str, language: str) -> bool:
    return any(known(form, language) and lemma(form, language) == target for form in forms if form)


def _dutch_stems(stem: str) -> list[str]:
    """Spellings of a Dutch verb stem: "schon" -> "schoon", "zett" -> "zet", "lev" -> "leef"."""
    stems = [stem]
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    if len(stem) >= 3 and stem[-1] not in VOWELS and stem[-2] in VOWELS and stem[-3] not in VOWELS:
        stems.append(stem[:-1] + stem[-2] + stem[-1])
    stems += [s[:-1] + {"v": "f", "z": "s"}[s[-1]] for s in list(stems) if s[-1:] in ("v", "z")]
    return stems


def _is_verb_lemma(word: str, language: str) -> bool:
    """Whether a lemma ending like an infinitive is a verb: it ends as only verbs do, or one of its conjugated
    forms leads back."""
    if word.endswith(VERB_SUFFIXES.get(language, ())) and len(word) > 6:
        return True
    if language == "fr":
        if word.endswith("oir"):
            s = word[:-3]
            return _leads_back([s + "u", s + "it", s + "ait"], word, language)
        s = word[:-2]
        forms = {
            # -ger verbs keep an e before a ("protégeant"); -é_er verbs take è before a mute e ("protège").
            "er": [s + "é", s + "ant", s + "e", s + "ent", s + "eant", _grave(s) + "e" if "é" in s else ""],
            "ir": [s + "i", s + "it", s + "issant", s + "ant", s + "u"],
            # -aire and -oire verbs put a y in their gerund ("extrayant", "trayant", "croyant").
            "re": [
                s + "ant",
                s + "u",
                s + "it",
                s + "is",
                s + "t",
                s + "sant",
                s + "sent",
                word[:-3] + "u",
                word[:-3] + "yant",
            ],
        }[word[-2:]]
        return _leads_back(forms, word, language)
    if language == "es":
        s = word[:-2]
        forms = [s + "ando", s + "ado", s + "a"] if word.endswith("ar") else [s + "iendo", s + "ido", s + "e"]
        at = s.rfind("e")
        if word.endswith("ir") and at >= 0:
            # -ir verbs that change the stem's e to i ("pedir": "pide", "pidiendo"; "servir": "sirve").
            changed = s[:at] + "i" + s[at + 1 :]
            forms += [changed + "iendo", changed + "e"]
        return _leads_back(forms, word, language)
    if language == "pt":
        s = word[:-2]
        forms = {
            "ar": [s + "ando", s + "ado", s + "a"],
            "er": [s + "endo", s + "ido", s + "e"],
            "ir": [s + "indo", s + "ido", s + "e"],
            # pôr and its compounds: "propõe", "proposto", "propondo" (nouns in -or, "setor", "vapor", have none).
            "or": [s + "õe", s + "osto", s + "ondo"],
        }[word[-2:]]
        return _leads_back(forms, word, language)
    if language == "sv":
        if word.endswith("å"):
            return _leads_back([word + "r", word + "tt", word + "dde"], word, language)  # "uppnår", "förstått"
        s = word[:-1]
        # The present ("planerar", "beskriver", "gör"), the past ("planerade", "köpte") and the present participle
        # ("vårdande", where the lemmatiser leads "vårdar" to the noun "vårdare").
        return _leads_back([s + "ar", s + "er", s, s + "ade", s + "de", s + "te", s + "ande"], word, language)
    if language == "cs":
        return _czech_verb_lemma(word)
    if language == "sk":
        return _slovak_verb_lemma(word)
    if language == "da":
        if word.endswith("å"):
            return _leads_back([word + "ende", word + "ede", word + "et"], word, language)  # "forstående", "opnåede"
        s = word[:-1]
        # The past ("analyserede", "brugte") and the present participle ("planlæggende"): a noun in -e has neither,
        # where its plural ("opgaver") and its definite neuter ("emnet", "området") are forms like a verb's.
        return _leads_back([s + "ede", s + "te", word + "nde"], word, language)
    if language == "it":
        if word.endswith("rre"):
            return True
        s = word[:-3]
        forms = {
            "are": [s + "ando", s + "ato", s + "a"],
            "ere": [s + "endo", s + "uto", s + "e"],
            "ire": [s + "endo", s + "ito", s + "e", s + "isce"],
        }[word[-3:]]
        return _leads_back(forms, word, language)
    if language == "pl":
        if word.endswith(("ść", "źć")):
            # The -ść and -źć infinitives alternate their stem: "przeniesie", "wiezie", "kładzie", "padł", "znalazł".
            stem = word[:-2]
            return _leads_back(
                [stem + "sie", stem + "zie", stem + "dzie", stem + "dł", stem[:-1] + "azł"], word, language
            )
        if word.endswith("c"):
            # The -c infinitives (strzyc, piec, móc, biec) have a past in -gł/-kł: "strzygł", "piekł".
            stem = word[:-1]
            return _leads_back([stem + "gł", stem + "kł", stem + "gła", stem + "kła"], word, language)
        # The past ("naprawiał") or the third person of -ać, -eć, -ić verbs ("wypełnia" <- "wypełniać").
        return _leads_back([word[:-1] + "ł", word[:-1] + "ła", word[:-1]], word, language)
    if language in ("nl", "de"):
        # An inseparable prefix only where the word is its own lemma ("entlüften"), not a form of a noun ("verbanden")
        own = lemma(word, language) == word
        prefixes = (*SEPARABLE[language], *INSEPARABLE[language]) if own else SEPARABLE[language]
        bases = [word] + [word[len(p) :] for p in prefixes if word.startswith(p) and len(word) > len(p) + 4]
        for base in bases:
            stem = base[:-2] if base.endswith("en") else base[:-1]
            stems = _dutch_stems(stem) if language == "nl" else [stem]
            forms = [f for st in stems for f in (st + "t", st + "et", "ge" + st + "t", "ge" + st + "d", st + "te")]
            if _leads_back(forms, base, language):
                return True
        return False
    return False


def _czech_verb_lemma(word: str) -> bool:
    """Whether a Czech word ending like an infinitive is one: its past in -l leads back to it ("vyhodnotil" <-
    "vyhodnotit", "navrhl" or "navrhnul" <- "navrhnout", "rozuměl" <- "rozumět", "nabyl" <- "nabýt"), as no noun's
    ("projekt", "student", "rozpočet") does; an -ct infinitive by its past in -kl or -hl ("řekl", "mohl")."""
    language = "cs"
    if word.endswith("ct"):
        stem = word[:-2]
        return _leads_back([stem + "kl", stem + "hl", stem[:-1] + "ekl"], word, language)
    if word.endswith("st") and len(word) > 4:
        # "uvést" -> "uvedl", "přečíst" -> "přečetl", "vynést" -> "vynesl": the vowel shortens before the past's
        # consonant.
        stem = word[:-3]
        vowels = {word[-3], {"é": "e", "í": "e", "á": "a"}.get(word[-3], word[-3])}
        return _leads_back([stem + v + c + "l" for v in vowels for c in "dst"], word, language)
    if len(word) < 4 or word[-2] not in "aáeěiíuyý":
        return False
    stem = word[:-1]
    forms = [stem + "l", stem + "la"]
    if word.endswith("nout"):
        forms += [word[:-4] + "l", word[:-3] + "ul"]
    if word[-2] in "íý":
        forms.append(word[:-2] + {"í": "i", "ý": "y"}[word[-2]] + "l")  # "vypít" -> "vypil"
    if word.endswith("ovat"):
        forms.append(word[:-4] + "uje")
    return _leads_back(forms, word, language)


def _slovak_verb_lemma(word: str) -> bool:
    """Whether a Slovak word ending like an infinitive is one: its past in -l leads back to it ("vyhodnotil" <-
    "vyhodnotiť", "navrhol" <- "navrhnúť", "rozumel" <- "rozumieť", "uviedol" <- "uviesť", "mohol" <- "môcť"), as no
    noun's in -ť ("bezpečnosť", "časť", "sieť") does."""
    language = "sk"
    if len(word) < 4:
        return False
    stem = word[:-1]
    forms = [stem + "l", stem + "la"]
    if word.endswith("núť"):
        forms += [word[:-3] + "ol", word[:-3] + "ul", word[:-2] + "l"]  # "navrhol", "navrhnul"
    if word.endswith("ieť"):
        forms.append(word[:-3] + "el")  # "rozumel", "vedel"
    if word.endswith("sť"):
        # "uviesť" -> "uviedol", "niesť" -> "niesol", "rásť" -> "rástol", "čítať" aside
        base = word[:-2]
        forms += [base + c + "ol" for c in "dst"] + [base[:-1] + "e" + c + "ol" for c in "dst"]
    if word.endswith("cť"):
        base = word[:-2]
        forms += [base + "kol", base + "hol", base.replace("ô", "o") + "hol"]  # "piekol", "mohol"
    if word.endswith("ovať"):
        forms.append(word[:-4] + "uje")
    return _leads_back(forms, word, language)


def _english_verb(word: str) -> str | None:
    language = "en"
    if not known(word, language):
        return None
    base = lemma(word, language)
    if base != word and word not in (base + "s", base + "es", base[:-1] + "ies"):
        # A participle, a past tense or a plural noun is no imperative, unless it is also a verb's base
        # form whose own forms lead back to it ("fell" a tree: "felled"; "found" a company: "founded").
        base = word
    forms = [base + "ed", base + "d", base[:-1] + "ied", base + base[-1:] + "ed"]
    forms += [base + "ing", base[:-1] + "ing", base + base[-1:] + "ing"]
    if base.endswith("x") and _leads_back(forms, base + "e", language):
        return base  # the lemmatiser reads "mixed", "fixed" as forms of "mixe", "fixe"
    return base if _leads_back(forms, base, language) else None


def polish_imperatives(third: str) -> tuple[str, ...]:
    """The imperatives of a Polish verb, from its third person singular: to one learner ("opisze" -> "opisz",
    "oceni" -> "oceń", "wyjaśni" -> "wyjaśnij", "projektuje" -> "projektuj", "porówna" -> "porównaj", "stworzy" ->
    "stwórz") and to a group ("opiszcie"). The third person loses its last vowel and -a takes -j; a stem ending in a
    vowel takes -j, and one ending in a consonant and n (or w, before -ie) -ij ("wyjaśnij", "nazwij"); before the -i
    or -ie that softened it, a final n, s, z, c or dz softens again ("oceń", "streść", "sprawdź"); an "o" before a
    final voiced consonant is written "ó" ("stwórz", "wdróż", "stój"). None for a form of several words or another
    ending."""
    if " " in third or len(third) < 3:
        return ()
    if third.endswith(("uje", "a")):
        single = third[:-1] if third.endswith("uje") else third + "j"
        return (single, single + "cie")
    soft = third.endswith(("i", "ie"))
    stem = third[:-2] if third.endswith("ie") else third[:-1] if third.endswith(("i", "y", "e")) else ""
    if len(stem) < 2:
        return ()
    clustered = stem[-2] not in _POLISH_VOWELS and (stem[-1] == "n" or (stem[-1] == "w" and third.endswith("ie")))
    if stem[-1] in _POLISH_VOWELS:
        single = stem + "j"
    elif clustered:
        single = stem + "ij"
    else:
        single = _polish_softened(stem) if soft else stem
    single = _polish_raised(single)
    return (single, single + "cie")


_POLISH_VOWELS = frozenset("aąeęioóuy")
_POLISH_SOFT = {"dz": "dź", "n": "ń", "s": "ś", "z": "ź", "c": "ć"}
_POLISH_VOICED = ("rz", "b", "d", "g", "w", "z", "ż", "l", "ł", "j")


def _polish_imperative(word: str) -> tuple[str, bool] | None:
    """The infinitive of a Polish imperative to one learner of a verb the lemmatiser knows ("przedstaw" of
    "przedstawić", "zespawaj" of "zespawać"): a third person that leads to a verb and makes this imperative
    (:func:`polish_imperatives`), the infinitive without its -ć or no participle nor verbal noun ("ćwiczeni",
    "zastosowanie", whose "ćwiczeń", "zastosowań" are genitives), and that is no noun's own form (:func:`own_lemma`).
    Uncertain: it counts only where the verb is expected."""
    language = "pl"
    for third in _polish_third_persons(word):
        base = lemma(third, language)
        if (
            base.endswith("ć")
            and (third == base[:-1] or not non_finite(third, language))
            and known(third, language)
            and _is_verb_lemma(base, language)
            and word in polish_imperatives(third)
            and not own_lemma(word, language)
        ):
            return base, False
    return None


def own_lemma(word: str, language: str) -> bool:
    """Whether the dictionary holds a word as a lemma of its own: a Polish imperative spelt so is the noun
    ("broń", "rozum") far more often than the bidding."""
    return known(word, language) and lemma(word, language) == word


def _polish_third_persons(word: str) -> Iterator[str]:
    """The third persons a Polish imperative may come from (:func:`polish_imperatives` read backwards)."""
    if word.endswith("uj"):
        yield word + "e"
    if word.endswith("aj"):
        yield word[:-1]
    if word.endswith("ij"):
        yield from (word[:-2] + "i", word[:-2] + "ie")
    if word.endswith("j"):
        yield from (word[:-1] + "i", word[:-1] + "e")
    softened = [word[: -len(soft)] + hard for hard, soft in _POLISH_SOFT.items() if word.endswith(soft)]
    stems = softened or [word]
    stems += [stem.replace("ó", "o") for stem in stems if "ó" in stem[-4:]]
    for stem in stems:
        yield from (stem + "i", stem + "y", stem + "e", stem + "ie")


def _polish_softened(stem: str) -> str:
    """A stem whose final n, s, z, c or dz the -i of the third person softened, softened again ("oceń", "sprawdź");
    the digraphs "rz", "sz", "cz", "dz" end in a z that is none."""
    for hard, soft in _POLISH_SOFT.items():
        if stem.endswith(hard) and not (hard in "zs" and stem[-2:-1] in ("r", "s", "c", "d")):
            return stem[: -len(hard)] + soft
    return stem


def _polish_raised(word: str) -> str:
    """An imperative whose last "o" comes before a final voiced consonant, written "ó" ("twórz", "rób", "wdróż")."""
    for ending in _POLISH_VOICED:
        if word.endswith("o" + ending):
            return word[: -len(ending) - 1] + "ó" + ending
    return word


def _polish_third_person(word: str) -> tuple[str, bool] | None:
    """A Polish third person the lemmatiser reads as a noun: "wycenia" (wyceniać), "waliduje" (walidować).

    The third person singular of -ać, -eć and -ić verbs is the infinitive without its -ć, so when
    adding -ć gives a known verb, the word is that verb ("wycenia" + ć); nouns do not give one
    ("analiza" + ć, "ocena" + ć), but for the genitive of a noun in -ie the lemmatiser leads back to ("mienia",
    of "mienie": "mieniać" is an old verb).
    """
    language = "pl"
    infinitive = word + "ć"
    if (
        word.endswith(("a", "i", "y"))
        and not word.endswith(("owa", "owy", "na", "ny"))
        and not (word.endswith("ia") and lemma(word, language) == word[:-1] + "e")
        and known(infinitive, language)
        and _is_verb_lemma(infinitive, language)
    ):
        return infinitive, True
    if word.endswith("uje") and len(word) > 6 and not known(word, language):
        return word[:-3] + "ować", False  # a third person of an -ować verb ("waliduje")
    # The short -yć, -ić and -uć verbs add -je to their stem: "myje" (myć), "szyje" (szyć), "psuje" (psuć).
    infinitive = word[:-2] + "ć"
    if word.endswith("je") and len(word) > 3 and known(infinitive, language) and _is_verb_lemma(infinitive, language):
        return infinitive, True
    # The third person of a -c verb alternates its stem: g -> ż ("strzyże", strzyc; "może", móc),
    # k -> cz ("piecze", piec; "tłucze", tłuc). The lemmatiser often reads it as a noun ("strzyża").
    for ending in ("że", "cze"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            for infinitive in (stem + "c", stem[:-1] + "óc" if stem.endswith("o") else ""):
                if infinitive and _is_verb_lemma(infinitive, language):
                    return infinitive, True
    return None


# The infinitives a third person singular present can come from, by its ending: "monta" (montar),
# "verifica" (verificare), "pulisce" (pulire). Not French: its nouns in -e before "des" ("Maîtrise des
# logiciels", "Module 3 :") are headings as often as its third persons are outcomes ("Soude des tubes").
THIRD_PERSON: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("a", "ar"), ("e", "er"), ("e", "ir")),
    "pt": (("a", "ar"), ("e", "er"), ("e", "ir")),
    "it": (("isce", "ire"), ("a", "are"), ("e", "ere"), ("e", "ire")),
    "fr": (("e", "er"),),
}


def _romance_third_person(word: str, language: str) -> str | None:
    """The infinitive of a third person singular that the lemmatiser reads as a noun ("monta", "verifica").

    Spanish and Italian vocational curricula write their outcomes in the third person ("Monta cuadros
    eléctricos ...", "Verifica il funzionamento ..."), and many of those forms are also nouns. The form
    counts when an infinitive it regularly comes from is a verb whose own conjugated forms lead back
    to it. A function word of the language is none: Spanish "para" is the preposition, not *parar*.
    """
    if detect.is_function_word(word, language):
        return None
    for ending, infinitive_ending in THIRD_PERSON.get(language, ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            for candidate in (stem, *_stem_changes(stem, language)):
                infinitive = candidate + infinitive_ending
                if known(infinitive, language) and _is_verb_lemma(infinitive, language):
                    return infinitive
    return None


# The endings of the third persons of regular verbs, singular and plural, with the infinitive's: what a form the
# lemmatiser lacks most likely comes from ("impiatta", "sfilettano" <- -are; "reducen" <- -er).
_REGULAR_THIRD_PERSONS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("an", "ar"), ("en", "er"), ("a", "ar"), ("e", "er")),
    "pt": (("am", "ar"), ("em", "er"), ("a", "ar"), ("e", "er")),
    "it": (("ano", "are"), ("ono", "ere"), ("a", "are"), ("e", "ere")),
    "fr": (("ent", "er"), ("e", "er")),
    # Czech: "kalibruje" <- -ovat, "odladí" <- -it, "navrhne" <- -nout, "zaúčtuje" <- -ovat.
    "cs": (("ují", "ovat"), ("uje", "ovat"), ("nou", "nout"), ("ne", "nout"), ("í", "it"), ("á", "at")),
    # Slovak: "kalibruje" <- -ovať, "odladí" <- -iť, "navrhne" <- -núť.
    "sk": (("ujú", "ovať"), ("uje", "ovať"), ("nú", "núť"), ("ne", "núť"), ("í", "iť"), ("á", "ať")),
}


def unknown_third_person(word: str, language: str) -> str | None:
    """The likely infinitive of a word the lemmatiser does not know at all that ends like a third person of a
    regular verb ("impiatta" -> "impiattare"): only worth asking where a verb is expected after the learner."""
    if len(word) > MAX_WORD or not word.isalpha() or known(word, language):
        return None
    for ending, infinitive_ending in _REGULAR_THIRD_PERSONS.get(language, ()):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + infinitive_ending
    return None


# The vowels a stem changes in the third person, with the infinitive's ("comprueba" <- "comprobar", "règle"
# <- "régler", "lève" <- "lever").
_STEM_CHANGES: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("ue", "o"), ("ie", "e")),
    "fr": (("è", "é"), ("è", "e")),
}


def _stem_changes(stem: str, language: str) -> tuple[str, ...]:
    """The infinitive's stem of a stem-changing verb ("comprueb" -> "comprob", "cierr" -> "cerr", "règl" -> "régl")."""
    found = []
    for changed, plain in _STEM_CHANGES.get(language, ()):
        at = stem.rfind(changed)
        if at > 0:
            found.append(stem[:at] + plain + stem[at + len(changed) :])
    return tuple(found)


def non_finite(word: str, language: str) -> bool:
    """Whether a word is a participle, a gerund or a verbal noun by its ending.

    Polish "-nia" is both the genitive of a verbal noun ("projektowania", like "projektowanie") and a
    third person ("wycenia"): it is a verbal noun when its "-nie" form has the same lemma.
    """
    if word.endswith(NON_FINITE.get(language, ())):
        return not _infinitive_in_end(word, language) and not _danish_infinitive(word, language)
    return language == "pl" and word.endswith("nia") and lemma(word[:-1] + "e", language) == lemma(word, language)


def _danish_infinitive(word: str, language: str) -> bool:
    """Whether a Danish word in -ende or -ede is an infinitive, its own lemma ("anvende", "kende", "forberede",
    "vejlede"), not a present participle or a past ("anvendende", "forberedede")."""
    return language == "da" and word.endswith("e") and known(word, language) and lemma(word, language) == word


def _infinitive_in_end(word: str, language: str) -> bool:
    """Whether a German word in -enden is the infinitive of a verb whose stem ends in -end ("senden",
    "versenden", "beenden"), not a present participle ("planenden"): its third person leads back to it."""
    return language == "de" and word.endswith("enden") and _leads_back([word[:-2] + "et"], word, language)


@functools.lru_cache(maxsize=65536)
def participle_lemma(word: str, language: str) -> str | None:
    """The infinitive of a past participle, the action of a passive: a Dutch or German one in ge- ("geführt" ->
    "führen", "wird ... geführt"), or one ending like a participle of English, French, Spanish, Portuguese, Italian
    or Swedish (:data:`PAST_PARTICIPLE`: "completed", "réalisée", "elaborados", "redatto", "genomförd"); ``None`` for
    any other word."""
    if len(word) > MAX_WORD or not word.isalpha():
        return None
    if language in ("nl", "de"):
        if not word.startswith("ge"):
            # A separable verb's participle, its prefix before the "ge" ("opgesteld" -> "opstellen", "eingestellt")
            prefix = next((p for p in SEPARABLE[language] if word.startswith(p + "ge")), None)
            stem = participle_lemma(word[len(prefix) :], language) if prefix is not None else None
            separable = prefix + stem if prefix is not None and stem is not None else None
            return separable if separable is not None and _is_verb_lemma(separable, language) else None
    elif not word.endswith(PAST_PARTICIPLE.get(language, ())):
        return None
    for ending, infinitive in _REGULAR_PARTICIPLE.get(language, ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            candidate = word[: -len(ending)] + infinitive
            if _is_verb_lemma(candidate, language):
                return candidate  # "documentée" -> "documenter", "trattati" -> "trattare"
    base = lemma(word, language)
    if base == word:
        return None
    if language == "en":
        return base if _english_verb(base) else None
    if not base.endswith(INFINITIVE_ENDINGS[language]) or not _is_verb_lemma(base, language):
        return None
    return base


@functools.lru_cache(maxsize=65536)
def s_passive_lemma(word: str, language: str) -> str | None:
    """The infinitive of a Swedish passive in -s, present or infinitive ("analyseras" -> "analysera", "genomförs" ->
    "genomföra", "läses" -> "läsa"): the infinitive with -s, or with -s or -es in place of its -a, that the lemmatiser
    gives it; ``None`` for any other word (a genitive, "kursens", "företags"; "fokus")."""
    if (
        language != "sv"
        or not 4 < len(word) <= MAX_WORD
        or not word.isalpha()
        or not word.endswith("s")
        or detect.is_function_word(word, language)
    ):
        return None
    infinitive = lemma(word, language)
    if infinitive not in (word[:-1], word[:-1] + "a", word[:-2] + "a") or not known(word, language):
        return None
    return infinitive if _is_verb_lemma(infinitive, language) else None


# The regular participles' endings, with the infinitive ending they stand for.
_REGULAR_PARTICIPLE: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("ées", "er"), ("ée", "er"), ("és", "er"), ("é", "er"), ("ies", "ir"), ("ie", "ir"), ("is", "ir"),
           ("i", "ir"), ("ues", "re"), ("ue", "re"), ("us", "re"), ("u", "re")),
    "es": (("ado", "ar"), ("ada", "ar"), ("ados", "ar"), ("adas", "ar"), ("ido", "er"), ("ida", "er"), ("idos", "er"),
           ("idas", "er"), ("ido", "ir"), ("ida", "ir"), ("idos", "ir"), ("idas", "ir")),
    "pt": (("ado", "ar"), ("ada", "ar"), ("ados", "ar"), ("adas", "ar"), ("ido", "er"), ("ida", "er"), ("idos", "er"),
           ("idas", "er"), ("ido", "ir"), ("ida", "ir"), ("idos", "ir"), ("idas", "ir")),
    "it": (("ato", "are"), ("ata", "are"), ("ati", "are"), ("ate", "are"), ("ito", "ire"), ("ita", "ire"),
           ("iti", "ire"), ("ite", "ire"), ("uto", "ere"), ("uta", "ere"), ("uti", "ere"), ("ute", "ere")),
    "sv": (("ade", "a"), ("ad", "a"), ("at", "a")),
}  # fmt: skip


@functools.lru_cache(maxsize=65536)
def verb_lemma(word: str, language: str) -> tuple[str, bool] | None:
    """The infinitive of a lower-case word that is a finite verb, an infinitive or an imperative.

    Returns ``(infinitive, certain)``: ``certain`` is false for a word the lemmatiser does not know
    at all but that ends like an infinitive ("dimensionner"), which only counts where the language
    expects its verb. ``None`` for anything else, participles and verbal nouns included.
    """
    if len(word) < 3 or len(word) > MAX_WORD or not word.isalpha():
        return None
    if language == "en":
        found = _english_verb(word)
        return (found, True) if found else None
    endings = INFINITIVE_ENDINGS.get(language)
    if not endings:
        return None
    if language == "sk" and word.isascii() and word.endswith(_SLOVAK_TYPED_INFINITIVES) and not known(word, language):
        # Slovak typed without diacritics, its infinitive's -ť as -t ("zostavit", "posudit", "pouzit"): read as a
        # Czech infinitive is, a verb where the language expects one.
        return verb_lemma(word[:-1] + "ť", language) or (word, False)
    if non_finite(word, language):
        # a Swedish imperative may end as a participle or an s-form does ("använd", "läs"), a Polish one as a verbal
        # noun's genitive plural does ("zmień")
        return _swedish_imperative(word) if language == "sv" else _polish_imperative(word) if language == "pl" else None
    if language == "da" and detect.is_function_word(word, language):
        return None  # "være", "alle", "denne"
    base = lemma(word, language)
    if language == "da" and base == word + "e":
        # The imperative, the infinitive without its -e ("analyser", "vurder"), is as often a noun's plural
        # ("analyser", analyses): a verb only where the verb is expected.
        return (base, False) if _is_verb_lemma(base, language) else None
    if language == "sv":
        return _swedish_verb(word, base)
    if language in ("nl", "de") and word.startswith("ge") and base != word:
        strong = word.endswith("en") and (not base.startswith("ge") or word == "ge" + base)
        if strong or (word.endswith(("t", "d")) and not base.startswith("ge")):
            return None  # a past participle ("geanalyseerd", "gelernt", "geschreven", "gegeben"), not "geeft"
    if language in ("nl", "de", "da") and base != word and word.endswith(endings) and _is_verb_lemma(word, language):
        return word, True  # an infinitive the lemmatiser reads as a plural noun ("voeren" -> "voer")
    if language in ("nl", "de") and base != word and word.endswith("t") and base.endswith(endings):
        return base, True  # a third person ("geeft" -> "geven", "bewertet" -> "bewerten")
    if language == "de" and base != word and not word.endswith(("t", "en", "ern", "eln")):
        return None  # an inflected adjective ("moderne" -> "modern") or a first person, never an outcome's verb
    if not base.endswith(endings) or len(base) < 4:
        if language == "pl":
            return _polish_third_person(word) or _polish_imperative(word)
        third = _romance_third_person(word, language)
        # Only where the language expects its verb: elsewhere such a form is as often the noun.
        return (third, False) if third else None
    if _is_verb_lemma(base, language):
        return base, True
    if (
        base == word
        and not known(word, language)
        and not _noun_and_verb(word, language)
        and not _plural_compound(word, language)
        and (language != "cs" or word.endswith(_CZECH_INFINITIVES))
        and (language != "sk" or word.endswith(_SLOVAK_INFINITIVES))
    ):
        return base, False
    return None


# The endings of a Czech infinitive: a vowel before its -t ("analyzovat", "navrhnout", "vyhodnotit"), or -ct ("říct");
# a word the lemmatiser does not know that ends in a consonant and -t is a noun ("transport", "gradient", "report").
_CZECH_INFINITIVES = (*(f"{vowel}t" for vowel in "aeiouyáéíóúůýě"), "ct")
# The same in Slovak: a vowel before its -ť ("analyzovať", "navrhnúť"), or -cť ("môcť"); an unknown word in a consonant
# and -ť is a noun in -osť ("udržateľnosť").
_SLOVAK_INFINITIVES = (*(f"{vowel}ť" for vowel in "aeiouyáéíóúýäô"), "cť")
# The same typed without diacritics ("zostavit", "navrhnut", "moct").
_SLOVAK_TYPED_INFINITIVES = (*(f"{vowel}t" for vowel in "aeiouy"), "ct")


def _swedish_verb(word: str, base: str) -> tuple[str, bool] | None:
    """The infinitive of a Swedish infinitive or present (:func:`verb_lemma`), ``base`` being the word's lemma.

    A present is the infinitive with -r, or with -er or -r in place of its -a ("planerar", "beskriver", "gör",
    "förstår"); one the lemmatiser leads to a noun of another shape ("vårdar" -> "vårdare") comes from the infinitive
    its ending regularly gives, where a noun's own forms ("vägar" <- "väg", "frågor" <- "fråga") are none. An infinitive
    that is also a noun ("hälsa", "resa", "skada": "hälsan", "resor") is a verb only where the verb is expected, and so
    are a present that is also a noun's plural ("lagar": "lag") and a word in -a or -ar the lemmatiser does not know;
    an -a form that is not its own lemma is an adjective or a participle ("nya", "genomförda"), and a function word is
    none ("för", "vid").
    """
    language = "sv"
    endings = INFINITIVE_ENDINGS[language]
    if detect.is_function_word(word, language):
        return None
    if base == word:
        if not known(word, language):
            if word.endswith(endings):
                return word, _is_verb_lemma(word, language) or _ends_in_verb(word)
            return (word[:-1], False) if word.endswith("ar") and len(word) > 4 else None
        if not word.endswith(endings) or not _is_verb_lemma(word, language):
            return None
        return word, not _swedish_noun(word)
    if not word.endswith("r"):
        return _swedish_imperative(word)
    if base.endswith(endings):
        present = word in (base + "r", base[:-1] + "er", base[:-1])
        return (base, not _noun_plural(word)) if present and _is_verb_lemma(base, language) else None
    if word.startswith(base):
        return None
    for infinitive in (word[:-1], word[:-2] + "a"):
        if infinitive.endswith(endings) and known(infinitive, language) and _is_verb_lemma(infinitive, language):
            return infinitive, True
    return None


def _swedish_imperative(word: str) -> tuple[str, bool] | None:
    """The infinitive of a Swedish imperative that drops the infinitive's -a ("beskriv", "läs", "välj"), as verbs whose
    present ends in -er make it ("beskriver", "läser"); a verb whose present ends in -ar keeps the -a ("tolka", not
    "tolk", a noun). Uncertain: the stem is as often a noun ("fall", "ring"), so it counts only where the verb is
    expected."""
    infinitive = word + "a"
    if lemma(word + "er", "sv") != infinitive or not _is_verb_lemma(infinitive, "sv"):
        return None
    return infinitive, False


def _noun_plural(word: str) -> bool:
    """Whether a Swedish present in -ar or -er is also the plural of a noun, its own lemma ("lagar", "svarar": "lag",
    "svar")."""
    stem = word[:-2]
    return word.endswith(("ar", "er")) and len(stem) > 1 and known(stem, "sv") and lemma(stem, "sv") == stem


def _swedish_noun(word: str) -> bool:
    """Whether a Swedish infinitive in -a is also a noun, whose plural or whose definite form and its genitive lead
    back to it ("resor"; "hälsan", "hälsans": the dictionary holds a stray definite of a verb, "vidtan")."""
    language = "sv"
    if not word.endswith("a"):
        return False
    return _leads_back([word[:-1] + "or"], word, language) or all(
        _leads_back([form], word, language) for form in (word + "n", word + "ns")
    )


# The fewest letters of the first part and of the verb of a Swedish compound verb ("driftsätta", "tidsplanera").
_FIRST_PART, _LAST_VERB = 3, 4


def _ends_in_verb(word: str) -> bool:
    """Whether a Swedish word the lemmatiser lacks is a compound verb, a word joined to a verb that is no noun
    ("drift|sätta", "projekt|leda"), where one ending in a noun is a compound noun ("arbetsmiljö|fråga")."""
    language = "sv"
    return any(
        known(word[split:], language)
        and lemma(word[split:], language) == word[split:]
        and _is_verb_lemma(word[split:], language)
        and not _swedish_noun(word[split:])
        for split in range(_FIRST_PART, len(word) - _LAST_VERB + 1)
    )


def _plural_compound(word: str, language: str) -> bool:
    """Whether a Dutch or German word the lemmatiser lacks ends in a plural noun it knows, a compound noun
    ("kwaliteitsindicatoren", "qualitätsindikatoren"): its longest known last part names what it is."""
    if language not in ("nl", "de"):
        return False
    for split in range(_COMPOUND_HEAD, len(word) - _PLURAL_TAIL + 1):
        tail = word[split:]
        if known(tail, language):
            return lemma(tail, language) != tail and not _is_verb_lemma(tail, language)
    return False


# The fewest letters of the first part and of the plural noun ending a compound (:func:`_plural_compound`).
_COMPOUND_HEAD, _PLURAL_TAIL = 3, 5
# The fewest letters of the noun and of the verb of a Dutch compound noun ending in a verb: a shorter first part is
# as often an adverb or adjective of a separable verb ("dichtlassen", "klaarzetten").
_COMPOUND_NOUN, _COMPOUND_VERB = 6, 4


def _noun_and_verb(word: str, language: str) -> bool:
    """Whether a Dutch word the lemmatiser lacks is a noun joined to an infinitive, a compound noun ("systeemdenken");
    the verb's own prefixes and particles make verbs ("terugkoppelen", "ontkalken")."""
    if language != "nl":
        return False
    return any(
        known(word[:split], language)
        and word[:split] not in SEPARABLE[language]
        and _is_verb_lemma(word[split:], language)
        for split in range(_COMPOUND_NOUN, len(word) - _COMPOUND_VERB + 1)
    )
