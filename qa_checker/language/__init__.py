"""Per-language learning-outcome lexicons and the analysis of one outcome statement.

Each supported language has a bundled lexicon (``lexicon/<lang>.yaml``) written for this project:
observable action verbs by Bloom level (revised taxonomy), vague verbs and phrases, teacher-centred
phrasings, lead-ins such as "On completion the learner is able to", and where the language puts the
verb. :func:`analyse` turns one statement into an :class:`Analysis` that the outcome rules judge, read
as its reader sees it (:func:`plain_text`: without HTML tags, character references or invisible characters).

A verb outside the lexicon is recognised by :mod:`qa_checker.language.morphology` (lemmas from
simplemma and the language's infinitive and conjugation endings), where the language expects its
action: after the lead-in, after a context opening closed by a comma ("Using ..., design ..."), in a
list of actions ("Design, program, commission and test ...") or after a conjunction. Every step is one
pass over the words of the statement, so the analysis is linear in its length.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from qa_checker.cells import BIDI_CONTROLS, DIRECTION_MARKS
from qa_checker.elements import INVISIBLE
from qa_checker.language import detect, morphology
from qa_checker.markup import CHARACTER_REFERENCE, HTML_TAG
from qa_checker.patterns import regex
from qa_checker.resources import bundled_yaml

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"

BLOOM_LEVELS: tuple[str, ...] = ("remember", "understand", "apply", "analyse", "evaluate", "create")
BLOOM_RANK: dict[str, int] = {level: rank for rank, level in enumerate(BLOOM_LEVELS, start=1)}

_TOKEN = regex(r"[^\W_]+", re.UNICODE)

# An outcome's number or code before it ("LO1:", "RA2.", "K1 –", "1)", "1 -", "(a)", "iv.", "1.2", "1.Apply"): a
# label, not the statement's first word, in every language. A code is one to four capitals (with a category
# after an underscore, as Polish programmes code theirs: "K_W01 zna", "K_U02") and a number; without a
# category it is a label when punctuation follows it or the next word does not open in lower case ("LO1
# Apply"), so "CO2 emissions", "NO2 levels" and "PM10 concentrations" keep their formula, and "ISO 9001"
# (more digits) keeps its own. A number's "." or ")" may touch the word after it ("1.Apply"), where a
# letter's would read "e.g." as one. A number drawn as a symbol is one too: a keycap emoji ("1\ufe0f\u20e3",
# a digit and U+20E3), a keycap ten, a circled or a negative circled number ("①", "❶"). A bullet is one too ("•",
# "▪", "➢", "✓", and "-", "–" or "*" before a space), as word processors and web pages leave them.
LIST_MARK = regex(
    r"^(?:(?:\d\ufe0f?\u20e3){1,2}\s*|[\u2460-\u2473\u24ea-\u24ff\u2776-\u2793\U0001f51f]\s*"
    r"|[•◦▪▫‣⁃●○■□►▸▹➢➤→✓✔·]\s*|[-–—*]\s+"
    r"|\d{1,2}(?:\.\d{1,2})*\s+[–—-]\s+(?=[^\W\d_])"
    r"|(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+)\s+"
    r"|(?-i:[A-Z]{1,4}_[A-Z]{1,3})\s?\d{1,2}(?:\.\d{1,2})*[a-z]?(?!\d)\s*[.:)–—-]?\s+"
    r"|(?-i:[A-Z]{1,4})\s?\d{1,2}(?:\.\d{1,2})*[a-z]?(?!\d)(?:\s*[.:)–—-]\s+|\s+(?-i:(?![a-zß-öø-ÿąćęłńśźżœ])))"
    r"|\d{1,2}(?:\.\d{1,2})*[.)](?=[^\W\d_]))",
    re.IGNORECASE | re.UNICODE,
)

# What a text copied from a web page or a word processor carries that is no word: HTML tags ("<li>"),
# character references ("&amp;", "&nbsp;", "&#8211;") and characters that show nothing (zero-width
# spaces and joiners, a word joiner, a byte-order mark, soft hyphens).
# What a statement's words are read without: characters that show as nothing, and the marks and controls that order
# how the text around them shows (a direction mark pasted before "Den studerende kan ...").
_UNSEEN = f"{INVISIBLE}{DIRECTION_MARKS}{BIDI_CONTROLS}"
_MARKUP = regex(f"{HTML_TAG}|{CHARACTER_REFERENCE}|[{_UNSEEN}]")


def _unmarked(match: re.Match[str]) -> str:
    found = match.group(0)
    if found[0] == "<":
        return " "
    return html.unescape(found) if found[0] == "&" else ""


def plain_text(text: str) -> str:
    """A statement as its reader sees it: HTML tags read as spaces, character references as the
    characters they stand for, and characters that show nothing left out."""
    if "<" not in text and "&" not in text and _INVISIBLE_CHARACTER.search(text) is None:
        return text.strip()  # most statements: one scan for a character class, not for the alternatives
    return _MARKUP.sub(_unmarked, text).strip()


_INVISIBLE_CHARACTER = regex(f"[{_UNSEEN}]")


def without_list_mark(text: str) -> str:
    """A statement without the number or code it is listed under (:data:`LIST_MARK`)."""
    return LIST_MARK.sub("", text.strip(), count=1)


@dataclass(frozen=True)
class VerbForm:
    """One surface form of a verb: contiguous words, optionally with a particle later on."""

    words: tuple[str, ...]
    particle: str | None
    level: str | None
    lemma: str
    vague: bool


@dataclass(frozen=True)
class Lexicon:
    """Everything the outcome rules know about one language."""

    language: str
    name: str
    verb_position: str
    lead_ins: tuple[re.Pattern[str], ...]
    skip_words: frozenset[str]
    adverb_suffixes: tuple[str, ...]
    trailing: frozenset[str]
    conjunctions: frozenset[str]
    noun_like: frozenset[str]
    nouns_capitalised: bool
    forms: dict[str, tuple[VerbForm, ...]]
    # Each vague phrase with its Bloom level and the words it needs: the search is skipped when none occurs.
    vague_phrases: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]
    teacher_centred: tuple[re.Pattern[str], ...]
    rewrite: dict[str, str]

    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    by_lemma: dict[str, VerbForm] = field(default_factory=dict)
    auxiliaries: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    context_openers: frozenset[str] = frozenset()
    participle_suffixes: tuple[str, ...] = ()
    modal_lead_ins: tuple[re.Pattern[str], ...] = ()
    irregular: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    articles_block: bool = False
    clause_openers: frozenset[str] = frozenset()
    knowledge_verbs: frozenset[str] = frozenset()
    know_how: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()
    teaching_verbs: frozenset[str] = frozenset()
    passive_states: frozenset[str] = frozenset()
    passive_learners: frozenset[str] = frozenset()
    irregular_participles: dict[str, str] = field(default_factory=dict)
    action_noun_suffixes: tuple[str, ...] = ()
    action_nouns: frozenset[str] = frozenset()
    not_action_nouns: frozenset[str] = frozenset()
    topic_suffixes: tuple[str, ...] = ()
    nominal_followers: frozenset[str] | None = None
    nominal_article: str | None = None
    article_relatives: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    adjective_suffixes: tuple[str, ...] = ()
    domain_prepositions: frozenset[str] = frozenset()
    practitioners: frozenset[str] = frozenset()
    practitioner_names: frozenset[tuple[str, ...]] = frozenset()
    requirements: tuple[re.Pattern[str], ...] = ()
    # A label that heads a list of contents ("Contenus :", "Inhalte:"): the statement lists topics, not an outcome.
    content_heading: re.Pattern[str] | None = None
    heading_of: str | None = None
    heading_of_verbs: frozenset[str] = frozenset()
    # Conjunctions of several words ("bem como"), by their last word: the words before it, and the one-word
    # conjunction the last word is read as.
    conjunction_phrases: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    # An ability named again after a conjunction, before the second action's infinitive ("... a dovede jej opravit",
    # "... a je schopen ..."), its words, longest first.
    joined_modals: tuple[tuple[str, ...], ...] = ()
    # The words that open a purpose after the action ("med henblik på at", "med fokus på at"): the infinitives joined
    # inside it name what the action is for, not further actions of the learner.
    purpose_openers: tuple[tuple[str, ...], ...] = ()
    # Groups of verbs that, with only a slash between two of them, are one action worded two ways
    # ("analysere/vurdere", "beskrive/forklare"), as the language's descriptors write a slash; two other verbs
    # so written are two steps ("planlægge/gennemføre", "designe/implementere").
    slash_synonyms: tuple[frozenset[str], ...] = ()

    def verbs_at(self, level: str, limit: int = 5) -> list[str]:
        """Example observable verbs of one Bloom level (in lexicon order), for hints."""
        return list(self.examples.get(level, ())[:limit])


class LexiconError(ValueError):
    """A bundled lexicon is malformed (a packaging bug, caught by the tests)."""


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """Languages with a bundled lexicon."""
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.yaml")))


def lexicon(language: object) -> Lexicon | None:
    """The lexicon of one language, or ``None`` when the language is not supported.

    Only a code of :func:`supported_languages` is ever looked up: a descriptor's text never becomes a
    path (``../../etc/x`` would read any YAML file on the machine) nor a cache entry.
    """
    return _lexicon(language) if isinstance(language, str) and language in supported_languages() else None


@functools.cache
def _lexicon(language: str) -> Lexicon:
    path = LEXICON_DIR / f"{language}.yaml"
    return _build(path, bundled_yaml(path))


# The languages whose outcomes are also typed without their diacritics ("Student vie zostavit ...", "Student umi
# vysvetlit ..."): a statement wholly in ASCII is read with a lexicon whose words and patterns are stripped of theirs.
_TYPED_WITHOUT_DIACRITICS = frozenset({"cs", "sk"})


def _stripped(value: Any) -> Any:
    """A lexicon's raw YAML value with the diacritics of its strings stripped ("dokáže" -> "dokaze")."""
    if isinstance(value, str):
        return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))
    if isinstance(value, list):
        return [_stripped(item) for item in value]
    if isinstance(value, dict):
        return {key: _stripped(item) for key, item in value.items()}
    return value


@functools.cache
def _without_diacritics(language: str) -> Lexicon:
    """The lexicon of a language of :data:`_TYPED_WITHOUT_DIACRITICS` for a statement typed in ASCII."""
    path = LEXICON_DIR / f"{language}.yaml"
    return _build(path, _stripped(bundled_yaml(path)), stripped=True)


def _build(path: Path, raw: dict[str, Any], *, stripped: bool = False) -> Lexicon:
    forms: dict[str, list[VerbForm]] = {}
    owner: dict[str, str] = {}

    derive = [(str(a), str(b)) for a, b in raw.get("derive") or ()]
    # Which of an entry's forms messages name it by: the first, or the one ``citation_form`` numbers from 0
    # (Dutch lists the imperative first, and outcomes are written "kan ... uitleggen").
    citation = int(raw.get("citation_form") or 0)

    def cited(entry: str) -> str:
        variants = [v.strip() for v in entry.split("/") if v.strip()]
        return variants[min(citation, len(variants) - 1)].replace(" ... ", " ")

    def add_form(variant: str, level: str, lemma: str, vague: bool, *, derived: bool = False) -> None:
        head, _, particle = variant.partition(" ... ")
        words = tuple(head.split())
        key = " ".join(words) + (f" ... {particle}" if particle else "")
        if key in owner and owner[key] != level:
            if derived or stripped:
                return
            raise LexiconError(f"{path.name}: '{key}' is listed under both {owner[key]} and {level}")
        owner[key] = level
        form = VerbForm(words, particle.strip() or None, level, lemma, vague)
        if form not in forms.setdefault(words[0], []):
            forms[words[0]].append(form)

    present_ending = raw.get("imperative_from_present")
    imperatives_from_third = bool(raw.get("imperatives_from_third_person"))

    def add(entry: str, level: str, vague: bool) -> None:
        variants = [v.strip() for v in entry.split("/") if v.strip()]
        lemma = cited(entry)
        for variant in variants:
            add_form(variant, level, lemma, vague)
        imperative = (
            _particle_imperative(variants[0], variants[1], str(present_ending))
            if present_ending and len(variants) > 1
            else None
        )
        if imperative is not None:
            add_form(imperative, level, lemma, vague, derived=True)
        if imperatives_from_third:
            for form in _polish_imperatives(variants):
                add_form(form, level, lemma, vague, derived=True)
        # Regular forms derived from the first (infinitive) form, e.g. French -er -> -ent.
        first = variants[0]
        ending = next(((old, new) for old, new in derive if " " not in first and first.endswith(old)), None)
        if ending:
            add_form(first[: len(first) - len(ending[0])] + ending[1], level, lemma, vague, derived=True)

    for level, entries in (raw.get("bloom") or {}).items():
        if level not in BLOOM_RANK:
            raise LexiconError(f"{path.name}: unknown Bloom level {level!r}")
        for entry in entries:
            add(entry, level, vague=False)
    for level, entries in ((raw.get("vague") or {}).get("verbs") or {}).items():
        for entry in entries:
            add(entry, level, vague=True)
    examples: dict[str, list[str]] = {}
    for level, entries in (raw.get("bloom") or {}).items():
        examples[level] = [cited(e) for e in entries]
    # Longer forms first, so "carry out" wins over "carry" and "leitet ... ab" over "leitet".
    ordered = {k: tuple(sorted(v, key=lambda f: (-len(f.words), f.particle is None))) for k, v in forms.items()}
    # Every one-word form by itself, so that a lemma the lemmatiser finds ("conçoit" -> "concevoir")
    # takes the level of the entry that lists it.
    by_lemma: dict[str, VerbForm] = {}
    for group in ordered.values():
        for form in group:
            if len(form.words) == 1 and form.particle is None:
                by_lemma.setdefault(form.words[0], form)
    flags = re.IGNORECASE | re.UNICODE
    nominal = raw.get("action_nouns") or {}
    followers = nominal.get("followed_by")
    return Lexicon(
        language=raw["language"],
        name=raw["name"],
        verb_position=raw.get("verb_position", "start"),
        lead_ins=(LIST_MARK, *(regex(p, flags) for p in raw.get("lead_ins") or ())),
        skip_words=frozenset(raw.get("skip_words") or ()),
        adverb_suffixes=tuple(raw.get("adverb_suffixes") or ()),
        trailing=frozenset(raw.get("trailing") or ()),
        conjunctions=frozenset(raw.get("conjunctions") or ()),
        noun_like=frozenset(raw.get("noun_like") or ()),
        nouns_capitalised=bool(raw.get("nouns_capitalised")),
        forms=ordered,
        vague_phrases=tuple(
            (regex(p["pattern"], flags), p["level"], tuple(p.get("needs") or ()))
            for p in (raw.get("vague") or {}).get("phrases") or ()
        ),
        teacher_centred=tuple(regex(p, flags) for p in raw.get("teacher_centred") or ()),
        rewrite=dict(raw.get("rewrite") or {}),
        examples={level: tuple(dict.fromkeys(lemmas)) for level, lemmas in examples.items()},
        by_lemma=by_lemma,
        auxiliaries=frozenset(raw.get("auxiliaries") or ()),
        determiners=frozenset(raw.get("determiners") or ()),
        context_openers=frozenset(raw.get("context_openers") or ()),
        participle_suffixes=tuple(raw.get("participle_suffixes") or ()),
        modal_lead_ins=tuple(regex(p, flags) for p in raw.get("modal_lead_ins") or ()),
        # An infinitive whose irregular participle the lexicon lists is a verb ("prendre" <- "pris").
        irregular=frozenset(raw.get("irregular") or ()) | frozenset((raw.get("irregular_participles") or {}).values()),
        clitics=frozenset(raw.get("clitics") or ()),
        subordinators=frozenset(raw.get("subordinators") or ()),
        articles_block=raw.get("verb_position", "start") == "anywhere",
        clause_openers=frozenset(raw.get("clause_openers") or ()),
        knowledge_verbs=frozenset(raw.get("knowledge_verbs") or ()),
        know_how=frozenset(raw.get("know_how") or ()),
        passive_auxiliaries=frozenset(raw.get("passive_auxiliaries") or ()),
        impersonal=frozenset(raw.get("impersonal") or ()),
        teaching_verbs=frozenset(raw.get("teaching_verbs") or ()),
        passive_states=frozenset(raw.get("passive_states") or ()),
        passive_learners=frozenset(raw.get("passive_learners") or ()),
        irregular_participles=dict(raw.get("irregular_participles") or {}),
        action_noun_suffixes=tuple(nominal.get("suffixes") or ()),
        action_nouns=frozenset(nominal.get("words") or ()),
        not_action_nouns=frozenset(nominal.get("not") or ()),
        topic_suffixes=tuple(nominal.get("topic_suffixes") or ()),
        nominal_followers=frozenset(followers) if followers is not None else None,
        nominal_article=nominal.get("article"),
        article_relatives=frozenset(raw.get("article_relatives") or ()),
        prepositions=frozenset(raw.get("prepositions") or ()),
        adjective_suffixes=tuple(raw.get("adjective_suffixes") or ()),
        domain_prepositions=frozenset(raw.get("domain_prepositions") or ()),
        practitioners=frozenset(raw.get("practitioners") or ()),
        practitioner_names=frozenset(tuple(re.split(r"[\s']+", name)) for name in raw.get("practitioner_names") or ()),
        requirements=tuple(regex(p, flags) for p in raw.get("requirements") or ()),
        content_heading=_heading_of_contents(raw.get("content_headings") or ()),
        heading_of=(raw.get("infinitive_heading") or {}).get("before"),
        heading_of_verbs=frozenset((raw.get("infinitive_heading") or {}).get("not") or ()),
        conjunction_phrases={
            phrase.split()[-1]: (tuple(phrase.split()[:-1]), str(conjunction))
            for phrase, conjunction in (raw.get("conjunction_phrases") or {}).items()
        },
        purpose_openers=tuple(tuple(str(phrase).split()) for phrase in raw.get("purpose_openers") or ()),
        slash_synonyms=tuple(frozenset(str(verb) for verb in group) for group in raw.get("slash_synonyms") or ()),
        joined_modals=tuple(
            sorted((tuple(str(phrase).split()) for phrase in raw.get("joined_modals") or ()), key=len, reverse=True)
        ),
    )


@dataclass(frozen=True)
class VerbHit:
    """A verb found in a statement, at a token index."""

    index: int
    form: VerbForm

    @property
    def word(self) -> str:
        """The verb as a readable lemma."""
        return self.form.lemma


@dataclass(frozen=True)
class Analysis:
    """What one learning-outcome statement says, as the outcome rules see it."""

    text: str
    language: str
    words: int
    verbs: tuple[VerbHit, ...]
    first_word: str | None
    first_is_verb: bool
    main: VerbHit | None
    vague: tuple[tuple[str, str], ...] = ()
    teacher_centred: str | None = None
    compound: tuple[str, ...] = field(default=())
    nominal: tuple[str, ...] = field(default=())

    @functools.cached_property
    def observable(self) -> tuple[VerbHit, ...]:
        """Verbs that name an observable action (worked out once: an analysis is shared by every rule asking)."""
        return tuple(v for v in self.verbs if not v.form.vague)

    @functools.cached_property
    def level(self) -> str | None:
        """The Bloom level the statement aims at (worked out once, as :attr:`observable`).

        The teacher's or the course's wording ("Der Kurs vermittelt ...", "Ce cours présente ...") names no
        performance of the learner and has none. Vague wording ("understand", "knowledge of") sets the level
        it stands for; otherwise the level of the main verb or of an action joined to it ("analyse and
        design": create; "describir ... y evaluarlos": evaluate, the joined verb's level by its lemma), and
        apply for a verb that is not in the Bloom lists. Other words that could be verbs ("models", "plan")
        are more often nouns and do not count.
        """
        if self.teacher_centred:
            return None
        if self.vague:
            return max((level for _, level in self.vague), key=BLOOM_RANK.__getitem__)
        if self.main is None:
            return None
        found = {v.form.lemma: v.form.level for v in self.observable}
        lex = lexicon(self.language)
        listed = [lex.by_lemma.get(lemma) if lex is not None else None for lemma in self.compound]
        joined = [
            found.get(lemma) or (form.level if form is not None and not form.vague else None)
            for lemma, form in zip(self.compound, listed)
        ]
        known = [level for level in (self.main.form.level, *joined) if level is not None]
        if not known and not self.main.form.vague:
            # An action verb known only by its morphology ("dient toe", "dimensionner") is a
            # performance: it counts at apply, not as unclassified.
            return "apply"
        return max(known, key=BLOOM_RANK.__getitem__) if known else None


def _heading_of_contents(words: Sequence[str]) -> re.Pattern[str] | None:
    """The label of a list of contents a statement opens with: one of a lexicon's ``content_headings`` and a colon
    or a dash ("Contenus : analyse de sol, ...", "Topics – ..."); ``None`` without such words."""
    if not words:
        return None
    names = "|".join(re.escape(str(word)) for word in sorted(words, key=len, reverse=True))
    return regex(rf"^(?:{names})\s*[:–—]", re.IGNORECASE)


def _particle_imperative(infinitive: str, present: str, ending: str) -> str | None:
    """The imperative of a particle verb whose infinitive ends in -a and whose present ends in ``ending`` in its place
    ("sätta upp", "sätter upp": "sätt upp"); ``None`` for a verb of one word (read by its morphology), a reflexive one
    ("förhålla sig till" is "förhåll dig till") and any other."""
    head, *rest = infinitive.split()
    shown, *after = present.split()
    if not rest or after != rest or "sig" in rest or not head.endswith("a") or shown != head[:-1] + ending:
        return None
    return " ".join([head[:-1], *rest])


def _polish_imperatives(variants: Sequence[str]) -> list[str]:
    """The imperatives of a Polish entry's third persons (:func:`morphology.polish_imperatives`), but for one that is
    a noun's own form as well (:func:`morphology.own_lemma`)."""
    return [
        form
        for third in variants
        if not third.endswith("ć")
        for form in morphology.polish_imperatives(third)
        if not morphology.own_lemma(form, "pl")
    ]


def tokens(text: str) -> list[str]:
    """Words of a text, original case, split at spaces, apostrophes and hyphens."""
    return _TOKEN.findall(text)


def strip_lead_ins(lex: Lexicon, text: str) -> str:
    """``text`` without the lead-in phrases of its language ("Students will be able to", "Die Studierenden ...")."""
    body = text.strip()
    # A learner phrase with a modal ("... lo studente sarà in grado di", "... kan de deelnemer") ends a
    # lead-in wherever it starts: what comes before it is time, place or subject, not the action. It is
    # looked for first, so that a time phrase up to the first comma cannot swallow the action before it
    # ("Na het volgen van de module kan de deelnemer een contract opstellen, ...").
    window = body[:LEAD_WINDOW]
    found = [
        m for pattern in lex.modal_lead_ins if (m := pattern.search(window)) and not _ability_again(lex, window, m)
    ]
    if found:
        body = body[min(found, key=lambda m: m.start()).end() :].lstrip(" ,:;-–")
    for _ in range(3):
        before = body
        for pattern in lex.lead_ins:
            match = pattern.match(body)
            if match and match.end() > 0:
                body = body[match.end() :].lstrip(" ,:;-–")
        if body == before:
            break
    return body


def _ability_again(lex: Lexicon, window: str, found: re.Match[str]) -> bool:
    """Whether a modal lead-in found after an action names the ability of a second one, after a conjunction and the
    adverbs beside it ("Absolvent analyzuje potřeby klienta a dokáže navrhnout ..."): no lead-in, where the language
    names its abilities again (``joined_modals``); what comes before it is the learner's first action."""
    if not lex.joined_modals:
        return False
    before = [w.lower() for w in tokens(window[max(0, found.start() - 40) : found.start()])]
    while before and before[-1] not in lex.conjunctions and _is_skippable(lex, before[-1]):
        before.pop()
    return bool(before) and before[-1] in lex.conjunctions


# How far into a statement a modal lead-in is looked for.
LEAD_WINDOW = 320


def _is_skippable(lex: Lexicon, word: str) -> bool:
    """Whether a word before the action is an adverb to pass over: listed, or ending like one unless the
    lexicon knows it as a verb ("Multiply", "Supply", "Comply" end in -ly too)."""
    if word in lex.skip_words:
        return True
    return word not in lex.forms and any(word.endswith(s) and len(word) > len(s) + 3 for s in lex.adverb_suffixes)


def _search(pattern: re.Pattern[str], texts: tuple[str, ...]) -> re.Match[str] | None:
    """The first match of a pattern in the first of the texts that has one (a loop, not a generator: it runs some
    forty times per statement, and setting up a generator costs as much as many of the searches)."""
    for text in texts:
        found = pattern.search(text)
        if found:
            return found
    return None


# Words before a hyphen that make a verb of the word after it ("Pre-process", "re-use", "co-design"):
# after any other word, the hyphen makes a name or a noun of it ("scikit-learn", "e-learning").
_VERB_PREFIXES = frozenset(
    {"pre", "re", "co", "de", "un", "over", "under", "cross", "self", "fine", "up", "down", "out", "back"}
)


def _find_verbs(lex: Lexicon, scan: _Scan, first: int | None = None) -> list[VerbHit]:
    """The verbs of the lexicon in a statement; a word hyphened to the one before is one only after a verb
    prefix ("re-use") or the statement's first word ("Double-check", "Peer-review": the action itself).
    Words in brackets explain a name or give a level ("the LAST model (listen, apologise, ...)", "(understand)"):
    they are not the learner's actions."""
    original, lowered = scan.original, scan.lowered
    # Where each word last occurs: "is the particle somewhere after the verb" is then one look-up,
    # not a scan of the rest of the statement for every verb (quadratic on a long text of verbs).
    last_at = {word: index for index, word in enumerate(lowered)}
    hits: list[VerbHit] = []
    index = 0
    while index < len(lowered):
        word = lowered[index]
        if (lex.nouns_capitalised and index > 0 and original[index][:1].isupper()) or (
            scan.hyphen_before[index] and lowered[index - 1] not in _VERB_PREFIXES and index - 1 != first
        ):
            index += 1
            continue
        matched: VerbForm | None = None
        for form in lex.forms.get(word, ()):
            n = len(form.words)
            if tuple(lowered[index : index + n]) != form.words:
                continue
            if form.particle is not None and (
                last_at.get(form.particle, -1) < index + n or _particle_of_later(lowered, index, n, form.particle)
            ):
                continue
            matched = form
            break
        if (
            matched is None
            or scan.shared_article[index]
            or scan.bracketed[index]
            or (index > 0 and lex.articles_block and lowered[index - 1] in lex.determiners)
            or (index - 1 == first and lowered[index - 1] in lex.determiners and matched.words[0] != matched.lemma)
        ):
            # "in de bouw", "het ontwerp", "het wassen en aankleden": a noun after an article; so is a finite form
            # after the article that opens the statement ("L'analyse des données ...", "Le contrôle des ...")
            index += 1
            continue
        hits.append(VerbHit(index, matched))
        index += len(matched.words)
    return hits


def _particle_of_later(lowered: list[str], index: int, n: int, particle: str) -> bool:
    """Whether the verb at ``index`` recurs before its particle, which then belongs to the later one ("stelt
    mastitis vast ... en stelt ... een plan op")."""
    word = lowered[index]
    later = next((i for i in range(index + n, len(lowered)) if lowered[i] in (word, particle)), None)
    return later is not None and lowered[later] == word


@dataclass(frozen=True)
class _Scan:
    """The words of a statement with what separates each from the word before it."""

    original: list[str]
    lowered: list[str]
    starts: list[int]
    comma_before: list[bool]
    apostrophe_before: list[bool] = field(default_factory=list)
    hyphen_before: list[bool] = field(default_factory=list)
    shared_article: list[bool] = field(default_factory=list)
    bracketed: list[bool] = field(default_factory=list)
    slash_before: list[bool] = field(default_factory=list)


def _scan(lex: Lexicon, body: str) -> _Scan:
    original: list[str] = []
    starts: list[int] = []
    comma_before: list[bool] = []
    apostrophe_before: list[bool] = []
    hyphen_before: list[bool] = []
    bracketed: list[bool] = []
    slash_before: list[bool] = []
    depth = 0
    aside = 0  # the depth of a bracket opened by a conjunction: a further action, not an explanation
    last_end = 0
    for match in _TOKEN.finditer(body):
        gap = body[last_end : match.start()]
        if gap == " ":  # most words: a space before them, which changes nothing
            comma = apostrophe = hyphen = slash = False
        else:
            if original:  # a bracket that opens the statement holds its label ("(Core) Configure ...")
                opened = depth
                depth = max(0, depth + sum(map(gap.count, "([")) - sum(map(gap.count, ")]")))
                if depth > opened and match.group(0).lower() in lex.conjunctions:
                    aside = depth  # "Plan a lesson (and evaluate it afterwards ...)"
                elif depth < aside:
                    aside = 0
            comma = bool(original) and any(mark in gap for mark in ",;:") and not _inner_mark(gap, original[-1], match)
            apostrophe = bool(original) and any(mark in gap for mark in "'’")
            hyphen = bool(original) and gap in ("-", "\u2010", "\u2011")
            slash = bool(original) and gap == "/"
        bracketed.append(depth > 0 and not aside)
        slash_before.append(slash)
        comma_before.append(comma)
        apostrophe_before.append(apostrophe)
        hyphen_before.append(hyphen)
        original.append(match.group(0))
        starts.append(match.start())
        last_end = match.end()
    lowered = [w.lower() for w in original]
    for index, word in enumerate(lowered):
        if word in lex.conjunctions and _in_a_code(original, hyphen_before, index):
            lowered[index] = original[index]  # "NEN-EN-ISO 5817", "volgens EN 1090-2": a standard's name, no "en"
        before, conjunction = lex.conjunction_phrases.get(word, ((), ""))
        if before and index >= len(before) and tuple(lowered[index - len(before) : index]) == before:
            lowered[index] = conjunction  # "... de água, bem como analisar ...": "bem como" joins as "e" does
    shared = _shared_article(lex, lowered, comma_before)
    return _Scan(
        original, lowered, starts, comma_before, apostrophe_before, hyphen_before, shared, bracketed, slash_before
    )


def _in_a_code(original: list[str], hyphen_before: list[bool], index: int) -> bool:
    """Whether a word in capitals is part of a code ("EN" of a European standard, "NEN-EN-ISO 5817", "EN ISO
    9606-1"): hyphened to a neighbour, or before a number or an acronym after a word not in capitals (a statement
    in capitals joins its words with "EN")."""
    word = original[index]
    if len(word) < 2 or not word.isupper():
        return False
    after = original[index + 1] if index + 1 < len(original) else ""
    if hyphen_before[index] or (after and hyphen_before[index + 1]) or after[:1].isdigit():
        return True
    return after.isupper() and len(after) > 1 and index > 0 and not original[index - 1].isupper()


def _inner_mark(gap: str, before: str, after: re.Match[str]) -> bool:
    """Whether a comma or colon with no space around it belongs to a word, not the sentence: between digits ("10,000",
    "±0,02", "2:124") or before the feminine ending of an inclusive form ("Teilnehmer:innen")."""
    word = after.group(0)
    if gap not in (",", ":"):
        return False
    return (before.isdigit() and word.isdigit()) or (gap == ":" and not before.isdigit() and word[:1].islower())


def _shared_article(lex: Lexicon, lowered: list[str], comma_before: list[bool]) -> list[bool]:
    """Which words are infinitives listed after a nominalised infinitive with its article, and so nouns that
    share the article ("bij het wassen en aankleden", "en el comer y beber", "beim Waschen, Anziehen und
    Kämmen"), or nouns by their place (:func:`_mark_nominal_infinitives`, and one opening the statement before
    the lexicon's ``infinitive_heading`` preposition, "Lassen van ..."). Only where infinitives have their own
    endings: an English base form after "the plan and" is as often the next action ("Review the plan and
    implement it")."""
    shared = [False] * len(lowered)
    if lex.language not in morphology.INFINITIVE_ENDINGS:
        return shared
    if (
        len(lowered) > 2
        and lowered[1] == lex.heading_of
        and lowered[0] not in lex.heading_of_verbs
        and _infinitive(lex, lowered[0])
    ):
        shared[0] = True  # "Lassen van dunwandige buizen", "Schweißen von Rohren": a heading's noun
    if lex.verb_position == "start" and _titled_infinitive(lex, lowered, comma_before):
        shared[0] = True  # "Militar e sociedade na Europa", "Placer y dolor en ...": a title's noun
    _mark_nominal_infinitives(lex, lowered, comma_before, shared)
    for index in range(2, len(lowered)):
        listed = index - 2 if lowered[index - 1] in lex.conjunctions else index - 1 if comma_before[index] else -1
        if (
            listed > 0
            and (lowered[listed - 1] in lex.determiners or shared[listed])
            and _infinitive(lex, lowered[listed])
            and _infinitive(lex, lowered[index])
        ):
            shared[index] = True
    return shared


def _titled_infinitive(lex: Lexicon, lowered: list[str], comma_before: list[bool]) -> bool:
    """Whether the statement opens with an infinitive used as a noun, as a title does: joined by a conjunction
    straight to a bare noun ("Militar e sociedade ...", "Jantar e convívio ...", "Placer y dolor ..."). A verb
    takes its object before such a conjunction ("Gerir equipas e projetos") or joins another verb ("Planear e
    executar ..."); a modal joined with no infinitive after it is a noun too ("Piacere e dovere nella ...")."""
    if len(lowered) < 3 or lowered[1] not in lex.conjunctions or comma_before[1] or comma_before[2]:
        return False
    noun = lowered[2]
    if (
        noun in lex.determiners
        or noun in lex.clitics
        or noun in lex.conjunctions  # "Podar y/o injertar ..."
        or _is_skippable(lex, noun)  # an adverb before the second verb
        or _preposition(lex.language, noun)
        or not _infinitive(lex, lowered[0])
    ):
        return False
    if noun in lex.auxiliaries:
        return len(lowered) < 4 or not _infinitive(lex, lowered[3])
    return morphology.verb_lemma(noun, lex.language) is None


def _mark_nominal_infinitives(lex: Lexicon, lowered: list[str], comma_before: list[bool], nominal: list[bool]) -> None:
    """Mark the infinitives that are nouns by their place, where the verb comes last (``prepositions`` given):

    * after a preposition and an uninflected adjective ("Principes van duurzaam inkopen", "over veilig
      tillen"), or two joined ("tussen formeel en informeel leren"), as after an article: a verb takes no
      preposition before its adverb;
    * two joined right before another infinitive, with no object between ("eten en drinken bestellen"): they
      are that verb's object, where two actions each end their own part ("een menu samenstellen en de
      bestelling plaatsen");
    * one alone between a list comma and a conjunction, where no other word is an infinitive ("Hygiëne, tillen en
      ergonomie"), none but after an article or an inflected adjective (a noun there): an item of a list of topics,
      where an outcome's only verb follows its object.
    """
    if not lex.prepositions:
        return
    size = len(lowered)
    listed = [
        i
        for i in range(1, size - 1)
        if comma_before[i] and lowered[i + 1] in lex.conjunctions and not comma_before[i + 1]
    ]
    if len(listed) == 1 and _infinitive(lex, lowered[listed[0]]):
        others = (
            word
            for i, word in enumerate(lowered)
            if i != listed[0]
            and not (i and (lowered[i - 1] in lex.determiners or _inflected_adjective(lex, lowered[i - 1])))
        )
        if not any(_infinitive(lex, word) for word in others):
            nominal[listed[0]] = True
    for index in range(2, size):
        word = lowered[index]
        if (
            comma_before[index]
            or comma_before[index - 1]
            or not word.endswith(morphology.INFINITIVE_ENDINGS[lex.language])
        ):
            continue
        adjective = index - 1
        if (
            index >= 4
            and lowered[index - 2] in lex.conjunctions
            and not comma_before[index - 2]
            and lowered[index - 4] in lex.prepositions
            and _uninflected_adjective(lex, lowered[index - 3])
        ):
            adjective = index - 3  # the first of two joined adjectives
        if (
            lowered[adjective - 1] in lex.prepositions
            and _uninflected_adjective(lex, lowered[index - 1])
            and _infinitive(lex, word)
        ):
            nominal[index] = True
        final = index + 1
        if (
            final < size
            and lowered[index - 1] in lex.conjunctions
            and not comma_before[final]
            and lowered[final] not in lex.auxiliaries
            and lowered[final] not in lex.trailing
            and word not in lex.auxiliaries
            and _infinitive(lex, lowered[final])
            and _infinitive(lex, word)
            and _infinitive(lex, lowered[index - 2])
        ):
            nominal[index - 2] = nominal[index] = True


def _uninflected_adjective(lex: Lexicon, word: str) -> bool:
    """Whether a word is an adjective in its bare form: it ends as adjectives do ("ergonomisch", "circulair"), or
    its inflected form (with an -e, the spelling adjusted) leads back to it ("duurzame" -> "duurzaam")."""
    if word.endswith(lex.adjective_suffixes) and len(word) > 5:
        return True
    if len(word) < 4 or word in lex.determiners:
        return False
    inflected = [word + "e"]
    if word[-2] == word[-3] and word[-2] in morphology.VOWELS:
        inflected.append(word[:-2] + word[-1] + "e")  # duurzaam -> duurzame
    if word[-2] in morphology.VOWELS and word[-1] not in morphology.VOWELS:
        inflected.append(word + word[-1] + "e")  # snel -> snelle
    if word[-1] in "fs":
        inflected.append(word[:-1] + {"f": "v", "s": "z"}[word[-1]] + "e")  # actief -> actieve
    return any(
        morphology.known(form, lex.language) and morphology.lemma(form, lex.language) == word for form in inflected
    )


# The modals of languages that put the verb after one at the clause's end as an infinitive ("kan ... vergelijken").
_FINAL_INFINITIVE_MODALS = {"nl": frozenset({"kan", "kunnen", "zal", "zullen", "moet", "moeten"})}


def _after_modal_verb(lex: Lexicon, text: str, body: str) -> bool:
    """Whether the lead-in stripped from ``text`` ends in a modal whose verb ends the clause as an infinitive."""
    modals = _FINAL_INFINITIVE_MODALS.get(lex.language)
    if not modals or len(body) >= len(text):
        return False
    lead = tokens(text[: len(text) - len(body)].lower())
    return bool(lead) and lead[-1] in modals


def _attributes_dropped(verbs: list[VerbHit]) -> list[VerbHit]:
    """The verbs after a modal but the forms before its infinitive that are none: past forms and participles before
    their noun ("kan voorspelde en experimentele structuren vergelijken", "kan gemeten en berekende waarden
    vergelijken"), which describe the object, not the action."""
    last = next((v.index for v in reversed(verbs) if _infinitive_form(v.form)), None)
    return verbs if last is None else [v for v in verbs if v.index >= last or _infinitive_form(v.form)]


def _infinitive_form(form: VerbForm) -> bool:
    """Whether a verb's form is its infinitive, as the lemmatiser names it ("vergelijken", "samenvatten")."""
    return form.words[-1] == form.lemma or "".join(form.words) == form.lemma


def _inflected_adjective(lex: Lexicon, word: str) -> bool:
    """Whether a word is an adjective inflected by an -e, as its ending shows ("gevaarlijke", "duurzame", "actieve")."""
    if lex.nouns_capitalised or len(word) < 6 or not word.endswith("e"):
        return False
    stem = word[:-1]
    bare = {stem, stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])}
    bare |= {
        b[:-2] + b[-2] + b[-2:] for b in tuple(bare) if b[-2] in morphology.VOWELS and b[-3] not in morphology.VOWELS
    }
    return any(b.endswith(lex.adjective_suffixes) for b in bare) if lex.adjective_suffixes else False


# The most words of a heading that names a field of work by an adjective and a verbal noun.
DOMAIN_HEADING_WORDS = 8


def _domain_heading(lex: Lexicon, scan: _Scan, verbs: list[VerbHit]) -> bool:
    """Whether a short statement names a field of work, an adjective and an infinitive used as a noun before a
    preposition of place or field ("Duurzaam inkopen bij gemeenten", "Circulair bouwen in de woningbouw"), where
    an outcome names what is handled ("Veilig werken met een hoogwerker") or its object ("... veilig bedienen"):
    ``domain_prepositions`` given, its only verb second, no comma."""
    lowered = scan.lowered
    return (
        bool(lex.domain_prepositions)
        and 3 <= len(lowered) <= DOMAIN_HEADING_WORDS
        and len(verbs) == 1
        and verbs[0].index == 1
        and lowered[2] in lex.domain_prepositions
        and not any(scan.comma_before)
        and (lowered[0] in lex.skip_words or _uninflected_adjective(lex, lowered[0]))
    )


def _infinitive(lex: Lexicon, word: str) -> bool:
    """Whether a word is an infinitive: its own verb lemma, or a listed irregular verb."""
    if word in lex.irregular:
        return True
    found = morphology.verb_lemma(word, lex.language)
    return found is not None and found[0] == word


def _morph_hit(lex: Lexicon, index: int, word: str, *, slot: bool) -> VerbHit | None:
    """A verb recognised by its morphology, with its Bloom level when the lexicon knows its lemma."""
    if word in lex.auxiliaries or word in lex.determiners:
        return None
    if (
        not slot
        and lex.language in ("nl", "de")
        and not word.endswith(("t", *morphology.INFINITIVE_ENDINGS[lex.language]))
    ):
        return None  # a bare stem is an imperative only at the start ("schaar" in "met tondeuse en schaar")
    found = (word, True) if word in lex.irregular else None
    if found is None and lex.language not in _STEM_NOUNS and not morphology.non_finite(word, lex.language):
        # An inflection of a verb the lexicon lists ("comprendra" -> "comprendre"): the lexicon says it
        # is a verb, even where the regular forms do not lead back to it.
        base = morphology.lemma(word, lex.language)
        # not a plural noun whose singular is a listed form as often a noun ("Paramètres" <- "paramètre")
        found = (base, True) if base != word and base in lex.by_lemma and base not in lex.noun_like else None
    found = found or morphology.verb_lemma(word, lex.language)
    if found is None or (not found[1] and not slot):
        return None
    infinitive = found[0]
    if infinitive in lex.auxiliaries:
        return None
    known_form = lex.by_lemma.get(infinitive)
    if known_form is not None:
        return VerbHit(index, VerbForm((word,), None, known_form.level, known_form.lemma, known_form.vague))
    return VerbHit(index, VerbForm((word,), None, None, infinitive, False))


# Languages without articles, whose object after the learner and the verb opens with any word ("Absolvent odladí
# program ..."): a form the lemmatiser lacks right after the learner is the verb wherever its ending says so.
_NO_ARTICLES = frozenset({"cs", "sk"})


# Languages whose verb's stem is as often a noun ("plan", "underhåll"): a form is read as a listed verb's only by its
# own morphology, not by the lemma the lemmatiser gives it.
_STEM_NOUNS = frozenset({"en", "sv", "da"})


def _premodifier(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether the English word at ``index`` is an adjective or participle before the noun it modifies ("flush
    heating circuits", "skim internal corners", "graft young rootstocks"): a verb's bare object may open with
    one, where a noun that modifies the next ("aggregate functions", "control measures") is never followed by
    one. Known by an adjective's ending, an irregular participle or a comparative that leads back to it ("younger" ->
    "young")."""
    lowered = scan.lowered
    if index + 1 >= len(lowered) or scan.comma_before[index + 1] or lowered[index + 1] in lex.conjunctions:
        return False
    word = lowered[index]
    if word.endswith(lex.adjective_suffixes) and len(word) > 5:
        return True
    if word.endswith("ly") and len(word) > 4 and not lowered[index + 1].endswith("ly"):
        return _premodifier(lex, scan, index + 1)  # an adverb before one ("newly planted borders")
    if len(word) > 5 and word.endswith("n") and morphology.participle_lemma(word, lex.language) is not None:
        return True  # an irregular participle ("overgrown hooves", "broken tiles")
    comparative = word + ("r" if word.endswith("e") else "er")
    return (
        len(word) > 3
        and morphology.known(comparative, lex.language)
        and morphology.lemma(comparative, lex.language) == word
    )


def _english_object_follows(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether an English base form not in the lexicon reads as an imperative here.

    "Automate the build", "Quantify uncertainty", "Clean messy datasets": a verb-like suffix, or a
    determiner, adverb or question word next ("Determine whether ..."), or a possessive ("Dip lambs'
    navels", "Clip a horse's mane"): a noun heading's second word is its head, not an owner; or a second
    action after "and" (:func:`_second_action_follows`) or a purpose clause (:func:`_purpose_follows`) later.
    "Risk assessment methods" and "Cloud computing basics" are noun phrases.
    """
    word = scan.lowered[index]
    if word.endswith(("ify", "ise", "ize", "ate")) or word in lex.irregular:
        return True
    after = scan.lowered[index + 1] if index + 1 < len(scan.lowered) else None
    if after is None or scan.comma_before[index + 1]:
        return False
    possessive = index + 2 < len(scan.lowered) and scan.apostrophe_before[index + 2]
    return (
        after in lex.determiners
        or after in lex.clause_openers
        or after.endswith("ly")
        or possessive
        or _second_action_follows(lex, scan, index)
        or _purpose_follows(scan, index)
    )


# The words that open an English purpose clause ("so that", "so as to", "in order to", "in order that").
_PURPOSE_OPENERS = frozenset({("so", "that"), ("so", "as"), ("order", "to"), ("order", "that")})


def _purpose_follows(scan: _Scan, index: int) -> bool:
    """Whether a purpose clause follows the word at ``index`` ("Tension fence wires ... so that the fence stays
    taut"): it gives an action its aim, where a heading names none."""
    lowered = scan.lowered
    return any((lowered[at], lowered[at + 1]) in _PURPOSE_OPENERS for at in range(index + 2, len(lowered) - 1))


def _opens_object(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether the English word at ``index`` opens the object of a verb joined by "and" before it: a determiner, an
    object pronoun, a question word or a modifier of the noun (:func:`_premodifier`), with no comma before it."""
    after = scan.lowered[index]
    return not scan.comma_before[index] and (
        after in lex.determiners
        or after in lex.clitics
        or after in lex.clause_openers
        or _premodifier(lex, scan, index)
    )


# The most words of a bare object between an English imperative and "and".
BARE_OBJECT_WORDS = 3


def _second_action_follows(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether a bare object after the word at ``index`` is followed by "and" and a second action that opens its
    own object (:func:`_opens_object`: "Bleed radiators and flush heating circuits", "Caulk windows
    and seal the frames"): the two are joined as actions, so the first word is one too, where a noun heading joins
    nouns ("SQL joins and aggregate functions")."""
    lowered = scan.lowered
    end = min(len(lowered) - 2, index + BARE_OBJECT_WORDS + 1)
    for conjunction in range(index + 2, end):
        if scan.comma_before[conjunction] or lowered[conjunction - 1] in lex.determiners:
            return False
        if lowered[conjunction] in lex.conjunctions:
            verb = conjunction + 1
            return _opens_object(lex, scan, verb + 1) and _morph_hit(lex, verb, lowered[verb], slot=False) is not None
    return False


def _heads_action_list(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether an English word heads a comma list of verbs closed by a conjunction before an object ("Strip,
    clean and reassemble a carburettor"): the list makes it an imperative. "Waste, water and energy
    management" lists nouns."""
    lowered = scan.lowered
    at = index + 1
    if at >= len(lowered) or not scan.comma_before[at]:
        return False
    while at < len(lowered):
        closing = False
        while at < len(lowered) and lowered[at] in lex.conjunctions:
            closing, at = True, at + 1
        if at + 1 >= len(lowered) or _morph_hit(lex, at, lowered[at], slot=False) is None:
            return False
        at += 1
        if closing:
            return lowered[at] in lex.determiners
        if not (scan.comma_before[at] or lowered[at] in lex.conjunctions):
            return False
    return False


def _slot_after_opening(lex: Lexicon, body: str, scan: _Scan, first: int) -> tuple[int, bool] | None:
    """Where the action starts after a context opening ("Using X, design ...", "En s'appuyant sur ...,") or
    a label ("ISO 14001: implement ...", "Excel : automatiser ..."), and whether it was a label.

    An opening is a participle or gerund, or a preposition or subordinating word of the language,
    closed by a comma within :data:`OPENING_WORDS` words; a label is the topic or kind the outcome is
    filed under, closed within :data:`LABEL_WORDS` words (:func:`_closes_label`). A lead-in may follow
    either.
    """
    word = scan.lowered[first]
    # The opening's preposition may be a word passed over before the action (Italian "in": "In gruppo, ...").
    opening = (
        word in lex.context_openers
        or not lex.context_openers.isdisjoint(scan.lowered[:first])
        or bool(len(word) > 4 and word.endswith(lex.participle_suffixes) and lex.participle_suffixes)
        or _absolute_participle(lex, scan, first)
    )
    limit = min(len(scan.lowered), first + OPENING_WORDS) if opening else _label_limit(scan, first)
    closes = scan.comma_before if opening else [_closes_label(body, scan, i) for i in range(limit)]
    # A comma inside brackets (a citation, "(Cass. civ., 20 mai 1936)") does not close the opening.
    comma = next((i for i in range(first + 1, limit) if closes[i] and not scan.bracketed[i]), None)
    if comma is None and opening:
        # no comma closes the opening: a gerund names the topic as a label does ("Programming - write ...")
        opening = False
        limit = _label_limit(scan, first)
        comma = next((i for i in range(first + 1, limit) if _closes_label(body, scan, i)), None)
    if comma is None:
        return None
    rest = body[scan.starts[comma] :]
    stripped = strip_lead_ins(lex, rest)
    offset = scan.starts[comma] + (len(rest) - len(stripped))
    index = comma
    while index < len(scan.starts) and scan.starts[index] < offset:
        index += 1
    while index < len(scan.lowered) and index < comma + 4 and _is_skippable(lex, scan.lowered[index]):
        index += 1
    if (
        index + 1 < len(scan.lowered)
        and scan.lowered[index] in lex.clitics
        and _infinitive(lex, scan.lowered[index + 1])
    ):
        index += 1  # "À partir d'un jeu de données, le | nettoyer ...": an object pronoun before the action
    return (index, not opening) if index < len(scan.lowered) else None


def _label_limit(scan: _Scan, first: int) -> int:
    """The word after the last where a label opening at ``first`` may end: :data:`LABEL_WORDS` words on, not
    counting a reference in brackets ("Acquis d'apprentissage 4 (cf. PLO 1.3) : ...")."""
    limit, words = first + 1, 0
    while limit < len(scan.lowered) and words < LABEL_WORDS:
        words += not scan.bracketed[limit]
        limit += 1
    return limit


def _absolute_participle(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether a Romance statement opens with a past participle and its noun's article, the condition the action
    follows ("Ricevuto un guasto, diagnosticarlo ...", "Recibido el pedido, preparar ...")."""
    return (
        lex.language in _ROMANCE
        and index + 1 < len(scan.lowered)
        and _article(lex, scan.lowered[index + 1])
        and morphology.participle_lemma(scan.lowered[index], lex.language) is not None
    )


def _closes_label(body: str, scan: _Scan, index: int) -> bool:
    """Whether a label ends before the word at ``index``: at a colon ("Excel: ..."), a dash between spaces
    ("Knowledge – explain ..."), or the bracket closing one that opens the statement ("(Core) Configure ...")."""
    if index == 0:
        return False
    gap = body[scan.starts[index - 1] + len(scan.original[index - 1]) : scan.starts[index]]
    mark = gap.strip()
    if (
        (":" in gap and gap != ":")
        or (gap == ":" and scan.comma_before[index])
        or (mark in ("-", "–", "—") and gap[0].isspace() and gap[-1].isspace())
    ):
        return True
    return mark in (")", "]") and body[:1] == {")": "(", "]": "["}[mark]


def _category_label_end(lex: Lexicon, body: str, scan: _Scan, first: int) -> int | None:
    """Where a label of one category or two joined by a conjunction ends ("Wissen:", "Wissen und Verstehen:"): the
    word after its mark; ``None`` when the statement opens with no such label."""
    for end in (first + 1, first + 3):
        if end >= len(scan.lowered):
            return None
        if (end == first + 1 or scan.lowered[first + 1] in lex.conjunctions) and _closes_label(body, scan, end):
            return end
    return None


def _only_in_label(body: str, scan: _Scan, verbs: list[VerbHit], first: int | None) -> int | None:
    """Where the label the statement opens with ends (at a colon within :data:`LABEL_WORDS` words, no sentence in
    it) when all its verbs are in that label; ``None`` otherwise. Not at a dash, which may give a range ("Lister 3 –
    5 facteurs ...")."""
    if first is None or not verbs or ":" not in body:
        return None
    limit = min(len(scan.lowered), first + LABEL_WORDS + 1)
    end = next((i for i in range(first + 1, limit) if scan.comma_before[i] and _closes_label(body, scan, i)), None)
    if end is None or end >= len(scan.lowered) - 1 or _SENTENCE_END.search(body, 0, scan.starts[end]):
        return None  # no label, or a sentence before it ("... beurteilen ein Gutachten. Maßstab: ...")
    return end if all(v.index < end for v in verbs) else None


_SENTENCE_END = regex(r"[.!?]\s")


def _verb_and_object(lex: Lexicon, scan: _Scan, verbs: list[VerbHit], first: int | None) -> bool:
    """Whether a verb-first statement opens with its verb and the article of its object, an action that introduces
    the list after its colon ("Identify the following risks: falls, cuts ...", "Identificar os seguintes riscos: ..."),
    not a label naming a topic ("Duurzaam inkopen: criteria ...")."""
    return (
        lex.verb_position == "start"
        and first is not None
        and first + 1 < len(scan.lowered)
        and any(v.index == first and not v.form.vague for v in verbs)
        and _article(lex, scan.lowered[first + 1])
    )


def _numbered_label(body: str, scan: _Scan, first: int) -> bool:
    """Whether the statement opens with a numbered label ("Module 3 – ...", "Unité 2 : ...", "Fase 1: ..."):
    a word, a number and the mark that closes a label, before a word. No verb is followed by that
    ("Identify 3 – 5 risks" goes on with a number)."""
    label_end = first + 2
    return (
        label_end < len(scan.lowered)
        and scan.lowered[first + 1].isdigit()
        and not scan.lowered[label_end].isdigit()
        and _closes_label(body, scan, label_end)
    )


def _label_verb(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], index: int) -> VerbHit | None:
    """The action after a label: a verb the lexicon lists or one its morphology is sure of; not one that is
    also a noun before a word that makes the two a heading ("Module 3: test automation", "Unit 2: design
    principles")."""
    # After a learner named past the label ("Destrezas: el alumno poda ..."), where only a verb can stand, any verb
    # the morphology gives.
    learner = not scan.comma_before[index]
    hit = at.get(index) or _slot_verb(lex, scan, index, after_modal=learner, certain=not learner)
    after = scan.lowered[index + 1] if index + 1 < len(scan.lowered) else ""
    if hit is not None and " ".join(hit.form.words) in lex.noun_like and names_a_topic(lex, after):
        return None
    return hit


def names_a_topic(lex: Lexicon, word: str) -> bool:
    """Whether a word after one that can be a verb makes the two a noun heading: an action noun, a topic
    word or an abstract noun by its ending ("Hazard analysis", "Project management", "Cloud computing
    basics", "Fire safety requirements")."""
    long = len(word) > 5
    return (
        word in lex.action_nouns
        or word in lex.not_action_nouns
        or (long and word.endswith(lex.action_noun_suffixes))
        or (long and bool(lex.topic_suffixes) and word.endswith(lex.topic_suffixes))
    )


OPENING_WORDS = 30
# The most commas an opening that lists items may hold before the action.
OPENING_ITEMS = 4
# The most words of a label before the mark that closes it.
LABEL_WORDS = 6


def _in_a_name(words: Sequence[str], index: int, first: int | None) -> bool:
    """Whether the word at ``index`` is a word of a name inside the statement: a capitalised word beside
    another ("carry out Know Your Customer checks", "het Inkoopmodel Circulair Bouwen") or an acronym ("the LEARN
    model"), not the learner's action."""
    word = words[index]
    if index == first or not word[:1].isupper():
        return False
    return (
        (len(word) > 1 and word.isupper())
        or (index + 1 < len(words) and words[index + 1][:1].isupper())
        or (index - 1 > (first if first is not None else -1) and words[index - 1][:1].isupper())
    )


# The most characters of one statement that are analysed. A learning outcome is a sentence or two (MC-LO-005
# asks for at most 40 words); what a longer text holds beyond this is more of the same, and analysing it only
# cost time and memory (a 4 MB outcome took 5 s and 240 MB, and stayed in the memo below as its key).
ANALYSED_CHARS = 2_000


def bounded(text: str) -> str:
    """A statement cut to ``ANALYSED_CHARS``, at the last space before the limit where there is one."""
    if len(text) <= ANALYSED_CHARS:
        return text
    cut = text.rfind(" ", 0, ANALYSED_CHARS)
    return text[: cut if cut > ANALYSED_CHARS // 2 else ANALYSED_CHARS]


def analyse_as_claimed(text: str, language: str) -> Analysis | None:
    """The analysis of a statement in the language it claims, ``None`` also when it is clearly written in
    another (MC-LG-001 reports the mix-up: judging English with the German lexicon would only add noise) or
    with letters its language is not written with, which no detector may name (Maltese under ``it``), or written in
    a close relative, spelt or built as only the relative writes (Galician or Spanish under ``pt``). Remembered:
    the outcome rules and the Bloom levels of a result ask about the same statements."""
    return _analyse_as_claimed(bounded(text), language)


@functools.lru_cache(maxsize=8192)
def _analyse_as_claimed(text: str, language: str) -> Analysis | None:
    # The language is judged first, on the text the analysis reads: a statement in another one is not analysed.
    if lexicon(language) is None:
        return None
    plain = plain_text(text)
    foreign = detect.foreign_letters(plain, language)
    if (
        (foreign and not _READ_AS_RELATIVE.get(language))
        or detect.clearly_other(plain, language) is not None
        or detect.unnamed_iberian(plain, language)
    ):
        return None
    relative = detect.relative_written(plain, language)
    if relative is None:
        return None if foreign else analyse(text, language)
    # Written in a close relative too near for MC-LG-001 to tell: read as the relative where the outcome analysis
    # reads it (Swedish filed under da, Slovak under cs, its "ľ" and "ô" letters Czech is not written with), else
    # left unread (Norwegian under da is no Danish to judge).
    if relative in _READ_AS_RELATIVE.get(language, ()) and not detect.foreign_letters(plain, relative):
        return analyse(text, relative)
    return None


# The close relatives a statement claimed in a language is read as when it is written in one, by claimed language:
# Swedish under Danish and Slovak under Czech (each has a lexicon, and their function words and spellings tell them
# apart). Not Czech under Slovak: the held-out expectations leave it unread.
_READ_AS_RELATIVE: dict[str, frozenset[str]] = {
    "da": frozenset({"sv"}),
    "cs": frozenset({"sk"}),
}


def analyse(text: str, language: str) -> Analysis | None:
    """Analyse one statement in a supported language (its first ``ANALYSED_CHARS``); ``None`` when there is
    no lexicon."""
    return _analyse(bounded(text), language)


@functools.lru_cache(maxsize=8192)
def _analyse(text: str, language: str) -> Analysis | None:
    lex = lexicon(language)
    if lex is None:
        return None
    text = plain_text(text)
    shouted = _shouted(text)
    if shouted and lex.nouns_capitalised:
        lex = _caseless(language)
    if language in _TYPED_WITHOUT_DIACRITICS and text.isascii():
        lex = _without_diacritics(language)
    body = strip_lead_ins(lex, text)
    # Patterns are tried on the statement without its lead-in, then on the whole statement; when
    # there was nothing to strip the second search would only repeat the first.
    variants = (body,) if body == text else (body, text)
    scan = _scan(lex, body)
    original, lowered = scan.original, scan.lowered
    first = next((i for i, w in enumerate(lowered[:4]) if not _is_skippable(lex, w)), 0 if lowered else None)
    verbs = _find_verbs(lex, scan, first)
    labelled = first is not None and _numbered_label(body, scan, first)
    if labelled:
        verbs = [v for v in verbs if v.index != first]  # "Module 3 –", "Programme 2 :": a label, no verb
    at = {v.index: v for v in verbs}
    slot = first
    opened: int | None = None  # where the action was looked for after a context opening
    slot_hit = at.get(first) if first is not None else None
    label_end = (
        _category_label_end(lex, body, scan, first)
        if slot_hit is not None and slot_hit.form.vague and first is not None
        else None
    )
    if label_end is not None and first is not None:
        # "Wissen: Die Studierenden beschreiben ...": a category of an outcome table, a label and no verb, when
        # an action follows it, anywhere after it where the language puts the verb anywhere ("Wissen: die
        # Schichten ... erläutern"), or always when the word is a topic noun ("Wissen: Grundlagen des ..." is a
        # heading); "Understand: the principles of ..." stays vague. So are two categories ("Wissen und Verstehen:").
        opening = _slot_after_opening(lex, body, scan, first)
        if opening is not None and (
            lowered[first] in lex.not_action_nouns
            or _label_verb(lex, scan, at, opening[0]) is not None
            or (lex.verb_position == "anywhere" and any(v.index >= opening[0] and not v.form.vague for v in verbs))
        ):
            verbs = [v for v in verbs if v.index >= label_end]
            at = {v.index: v for v in verbs}
            slot_hit, labelled = None, True
    if first is not None and slot_hit is None and first + 1 < len(lowered) and scan.hyphen_before[first + 1]:
        slot_hit = at.get(first + 1)  # "Double-check the calculations", "Self-assess one's skills"
    if first is not None and slot_hit is None:
        if not labelled and _ends_in_modal(text, body, _ABILITY_END):
            slot_hit = _gerund_hit(lex, scan, first)
        if slot_hit is None and not labelled and _ends_in_modal(text, body, _PERFECT_END):
            # "By the end of this course you will have built a ...": the participle names the action
            infinitive = _participle_infinitive(lex, lowered[first])
            slot_hit = _participle_hit(lex, first, lowered[first], infinitive) if infinitive else None
        if slot_hit is None and not labelled:
            after_modal = _ends_in_modal(text, body) or _ends_in_modal(text, body, _SUBJECT_END)
            slot_hit = _slot_verb(lex, scan, first, after_modal=after_modal)
        if slot_hit is None and not labelled:
            # After the learner as the lead-in, or after an opening stripped with it ("Al termine del modulo, |
            # l'operatore della logistica pianifica ..."), the subject goes on
            opened_subject = (
                lex.language in _ROMANCE
                and lowered[first] in lex.determiners
                and _ends_in_modal(text, body, _COMMA_END)
            )
            slot_hit = _after_plural_subject(
                lex, scan, at, first, continued=(after_modal and not _ends_in_modal(text, body)) or opened_subject
            )
            if slot_hit is None:
                slot_hit = _practitioner_action(lex, scan, at, first)
            adverbial = _ADVERBIAL_AFTER.get(lex.language)
            if slot_hit is None and adverbial is not None and _ends_in_modal(text, body, adverbial):
                slot_hit = _after_adverbial(lex, scan, at, first)
            slot = slot_hit.index if slot_hit is not None else slot
        opening = _slot_after_opening(lex, body, scan, first) if slot_hit is None else None
        for _ in range(OPENING_ITEMS):
            if opening is None:
                break
            after, labelled = opening
            slot_hit = _label_verb(lex, scan, at, after) if labelled else at.get(after) or _slot_verb(lex, scan, after)
            if (
                slot_hit is None
                and not labelled
                and (not scan.comma_before[after] or lowered[after] in lex.determiners)
            ):
                # "Sous supervision, l'élève | infirmier administre ...", "A partir de ..., el orientador laboral
                # vincula el ...": the learner or a trade after the opening, its verb before its object
                slot_hit = _after_plural_subject(lex, scan, at, after, continued=True) or _practitioner_action(
                    lex, scan, at, after
                )
            opened = after if opened is None else opened
            slot = after if slot_hit is not None else slot
            if slot_hit is not None or labelled or lex.verb_position != "start":
                break
            # An opening that lists several items between commas ("De acuerdo con la política ..., el Reglamento
            # ... y las recomendaciones ..., y teniendo en cuenta ..., las y los participantes configuran ..."):
            # the action may follow the next comma
            opening = _slot_after_opening(lex, body, scan, after)
        if slot_hit is not None and slot_hit.index not in at:
            verbs = sorted([*verbs, slot_hit], key=lambda v: v.index)
            at[slot_hit.index] = slot_hit
    if opened is not None:
        # "Dans ce module, le formateur présente ...": the teacher's wording after an opening
        variants = (*variants, body[scan.starts[opened] :])
    # "El alumnado | se familiarizará ...": a pronoun right after the learner is reflexive, not the impersonal
    # "se"/"si" of the course's plan, so the statement without its learner is not searched for the teacher
    taught = variants[1:] if _reflexive_after_subject(text, body) else variants
    teacher = next((m.group(0).strip() for p in lex.teacher_centred for m in [_search(p, taught)] if m), None)
    passive = None
    if first is not None and slot_hit is None and not labelled and teacher is None and lex.verb_position == "start":
        # A passive ("A risk assessment is completed ...") when the wording is not already the teacher's.
        passive = _passive_action(lex, scan, at, first)
        if passive is not None:
            slot_hit = passive[1]
            if slot_hit.index not in at:
                verbs = sorted([*verbs, slot_hit], key=lambda v: v.index)
                at[slot_hit.index] = slot_hit
    if not verbs and lex.verb_position == "anywhere":
        verbs = _morph_verbs(lex, scan) or _passive_participles(lex, scan)
        at = {v.index: v for v in verbs}
    label_end = (
        None
        if any(v.form.vague for v in verbs) or _verb_and_object(lex, scan, verbs, first)
        else _only_in_label(body, scan, verbs, first)
    )
    if label_end is not None and (
        _only_in_label(body, scan, [*verbs, *_morph_verbs(lex, scan)], first) is not None
        if lex.verb_position == "anywhere"
        else _label_verb(lex, scan, at, label_end) is None and scan.lowered[label_end] not in lex.determiners
    ):
        # "Duurzaam inkopen: criteria en ...", "Solare termico: tipologie di ...": the label names the topic, and
        # what it heads has no verb of its own ("Verstehen: die Grundlagen ..." stays vague, "Analyse: the cash
        # flow ..." has its object)
        verbs, at, slot_hit = [], {}, None
    # "Voorkennis van Excel is vereist ...": what the course requires, no outcome's action, whatever verb the purpose
    # after it holds ("... om deze module te volgen"), and the knowledge it names is no vague outcome; a question
    # ("Welche Gefahren bestehen ...?") asks for a topic and states no action
    required = any(_search(pattern, variants) for pattern in lex.requirements) or (
        lex.content_heading is not None and lex.content_heading.match(text) is not None
    )
    if required or text.rstrip().endswith("?") or _domain_heading(lex, scan, verbs):
        verbs, at, slot_hit = [], {}, None
    modal_infinitive = _after_modal_verb(lex, text, body)
    if verbs and modal_infinitive:
        verbs = _attributes_dropped(verbs)
        at = {v.index: v for v in verbs}
        slot_hit = slot_hit if slot_hit is None or slot_hit.index in at else None
    main = slot_hit
    if main is None and verbs and lex.verb_position == "anywhere":
        content = [i for i, w in enumerate(lowered) if w not in lex.trailing]
        last = content[-1] if content else None
        # A verb in a name at the end ("... met het Inkoopmodel Circulair Bouwen") is not the statement's own.
        own = [v for v in verbs if not _in_a_name(scan.original, v.index, first)] or verbs
        main = next((v for v in own if v.index == last), own[0])
    elif main is None and verbs:
        main = verbs[0]
    participle = passive is not None and lowered[passive[0]] in lex.passive_auxiliaries
    chain = _chain(lex, scan, main, at, passive=participle) if main is not None else ()
    vague = tuple(
        (v.form.lemma, v.form.level or "understand")
        for v in verbs
        if v.form.vague
        and (shouted or not _in_a_name(scan.original, v.index, first))
        and not _knows_how(lex, scan, v.index)
    )
    vague += _vague_in_lead_in(lex, text, body)
    # Knowledge put to use is observable ("wenden ihre Kenntnisse der Statik ... an", "past kennis van ... toe"): the
    # knowledge verb is the action, where the language puts it first in its place ("their uses" after "I am familiar
    # with" is a noun). A phrase that holds the knowledge verb itself ("Het volledige potentieel van ... benutten") is
    # vague all the same.
    used = (
        original[main.index].lower()
        if main is not None
        and not main.form.vague
        and main.form.lemma in lex.knowledge_verbs
        and (slot_hit is not None or lex.verb_position != "start")
        and not _in_relative_clause(lex, scan, at, main.index)
        else None
    )
    folded = text.lower()
    for pattern, level, needs in () if required else lex.vague_phrases:
        if needs and not any(word in folded for word in needs):
            continue  # none of the words the phrase needs is in the statement
        found = _search(pattern, variants)
        if found and (used is None or used in tokens(found.group(0).lower())):
            vague += ((found.group(0).strip(), level),)
    if teacher is None and first is not None and lex.verb_position == "start" and (slot_hit is None or slot != first):
        # "Les étudiants sont | évalués par un examen écrit ...": the learners' passive, whatever verb the rest holds
        teacher = _learners_passive(lex, text, body, lowered[first])
    if teacher is None and passive is not None:
        # The teaching in the passive ("are introduced", "Se explican"), or the learners as the subject of a
        # passive ("Students are assessed", "Learners are supported to ...").
        subject = passive[0] if first is None else first
        learners = participle and any(w in lex.passive_learners for w in lowered[subject : subject + 2])
        if learners or passive[1].form.lemma in lex.teaching_verbs:
            teacher = " ".join(original[subject if learners else passive[0] : passive[1].index + 1])
    joined = [*_joined(lex, scan, at, main), *_slashed(lex, scan, at, main)] if main is not None else []
    final = _clause_final(lex, scan, at, infinitives=modal_infinitive) if lex.verb_position == "anywhere" else []
    compound = tuple(dict.fromkeys([*chain, *_compound(lex, scan, verbs), *joined, *final]))
    # A heading that lists actions as nouns ("Planowanie, realizacja i ewaluacja ...", "Het opstellen en
    # uitvoeren van ..."), where the statement has no verb of its own in the place of the action.
    nominal: tuple[str, ...] = ()
    if first is not None and slot_hit is None and not vague and not teacher:
        nominal, end = _nominal_actions(lex, scan, first)
        if lex.verb_position == "anywhere" and any(v.index >= end for v in verbs):
            nominal = ()  # the list is the object of a verb after it ("Planung und Durchführung ... übernehmen")
    head = next((v for v in verbs if not v.form.vague), None)
    if head is not None:
        compound = tuple(c for c in compound if not _same_operation(language, head.form.lemma, c))
    elif compound:
        compound = compound[1:] if len(compound) > 1 else ()
    return Analysis(
        text=text,
        language=language,
        words=len(original) if body == text else len(tokens(text)),  # the scan's words when nothing was stripped
        verbs=tuple(verbs),
        first_word=original[slot] if slot is not None and original else None,
        first_is_verb=slot_hit is not None,
        main=main,
        vague=vague,
        teacher_centred=teacher,
        compound=compound,
        nominal=nominal,
    )


# The pronouns that open a relative clause after a noun, where a knowledge verb names what the knowledge is of and
# not its use ("Have knowledge of the methods that are used ..."); German's after a comma only, as its articles are
# the same words.
_RELATIVE_PRONOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"that", "which", "who", "whom", "whose"}),
    "de": frozenset({"die", "der", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "welches"}),
    "fr": frozenset({"qui", "que", "qu", "dont", "lesquels", "lesquelles", "lequel", "laquelle"}),
    "es": frozenset({"que", "quien", "quienes", "cual", "cuales"}),
    "pt": frozenset({"que", "quem", "qual", "quais"}),
    "it": frozenset({"che", "cui", "quale", "quali"}),
    "nl": frozenset({"die", "dat", "welke", "waarin", "waarmee"}),
    "pl": frozenset({"który", "która", "które", "którzy", "których", "którym", "którymi", "którą"}),
    "sv": frozenset({"som", "vilka", "vilken", "vilket"}),
    "da": frozenset({"som", "der", "hvilke", "hvilken", "hvilket"}),
}
_RELATIVES_AFTER_COMMA = frozenset({"de"})


def _in_relative_clause(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], index: int) -> bool:
    """Whether the verb at ``index`` is in a relative clause opened after a noun at most :data:`RELATIVE_SPAN` words
    before it ("the methods that are used", "de metoder som används", "die Verfahren, die ... angewendet werden")."""
    relatives = _RELATIVE_PRONOUNS.get(lex.language, frozenset())
    comma = lex.language in _RELATIVES_AFTER_COMMA
    return any(
        scan.lowered[opening] in relatives
        and (scan.comma_before[opening] or not comma)
        and _after_noun(lex, scan, at, opening)
        for opening in range(max(1, index - RELATIVE_SPAN), index)
    )


def _knows_how(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether the vague verb at ``index`` names an ability: one of the lexicon's ``know_how`` forms before "to" or
    "how to" and an action the lexicon lists ("knows how to calculate", "know to calculate")."""
    lowered = scan.lowered
    if lowered[index] not in lex.know_how:
        return False
    after = index + (3 if lowered[index + 1 : index + 3] == ["how", "to"] else 2)
    if lowered[after - 1 : after] != ["to"] or after >= len(lowered):
        return False
    return any(not form.vague for form in lex.forms.get(lowered[after], ()))


def _shouted(text: str) -> bool:
    """Whether a statement is written in capitals: it opens with them, and at most one cased letter in ten
    is lower case. Its capitals then say nothing of nouns or names."""
    if not text[:4].isupper():
        return False  # most statements, told at once
    upper = sum(map(str.isupper, text))
    return upper > 0 and 10 * sum(map(str.islower, text)) <= upper


@functools.cache
def _caseless(language: str) -> Lexicon:
    """A language's lexicon for a statement in capitals: its capitalised words are not taken for nouns."""
    return replace(_lexicon(language), nouns_capitalised=False)


def _vague_in_lead_in(lex: Lexicon, text: str, body: str) -> tuple[tuple[str, str], ...]:
    """Vague verbs in the part stripped as a lead-in ("Nach dem Kurs wissen Sie, ...")."""
    whole = text.strip()
    if not body or not whole.endswith(body) or len(whole) == len(body):
        return ()
    found = []
    for word in tokens(whole[: len(whole) - len(body)].lower()):
        form = next((f for f in lex.forms.get(word, ()) if f.vague and f.words == (word,)), None)
        if form is not None:
            found.append((form.lemma, form.level or "understand"))
    return tuple(found)


# A lead-in that ends in a modal or "to" ("The learner can", "will be able to"): what follows is a verb.
_MODAL_END = regex(r"\b(to|can|could|will|shall|should|must|may)\W*$", re.IGNORECASE)
# A lead-in that ends in a word, not a modal: the learner as the subject ("The student", "Learners"), whose
# verb follows ("The student prices options ...").
_SUBJECT_END = regex(r"[^\W\d_]\s*$")
# A lead-in that ends with an opening closed by a comma ("Al termine del modulo,").
_COMMA_END = regex(r",\s*$")
# An English lead-in that ends in a future perfect before a participle ("you will have built").
_PERFECT_END = regex(r"(\b(will|shall|should|must)|['’]ll)\s+have\W*$", re.IGNORECASE)
# A lead-in that ends in an ability phrase before a gerund ("Capable of", "is skilled in") or a Polish verbal noun
# ("jest zdolny do", "Umiejętność").
_ABILITY_END = regex(
    r"\b((capable|skilled|proficient|competent|adept)\s+(of|in|at)|(zdoln[ayie]|zdolni|zdolnoś(ć|ci))\s+do"
    r"|umiejętnoś(ć|ci))\W*$",
    re.IGNORECASE,
)


# The ends of a lead-in after which an adverbial may stand before the action with no comma, by language: Swedish
# "kunna", "kan", "att" ("... ska kunna med hjälp av ett kalkylprogram beräkna ..."), Danish "kunne", "kan", "at" ("...
# kan ved hjælp af et regneark beregne ...").
_ADVERBIAL_AFTER: dict[str, re.Pattern[str]] = {
    "sv": regex(r"\b(kunna|kan|att)\W*$", re.IGNORECASE),
    "da": regex(r"\b(kunne|kan|at)\W*$", re.IGNORECASE),
}
# The most words of an adverbial before the action.
ADVERBIAL_WORDS = 8


def _after_adverbial(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], first: int) -> VerbHit | None:
    """The action after an adverbial that opens with a preposition, between the lead-in's modal and the verb with no
    comma (:data:`_ADVERBIAL_AFTER`: "kunna med hjälp av ett kalkylprogram beräkna ...", "att utifrån givna data
    analysera ..."): the first verb within :data:`ADVERBIAL_WORDS` words, a listed one or one its morphology is sure
    of; ``None`` when a comma comes first or the verb is vague."""
    lowered = scan.lowered
    if lowered[first] not in lex.context_openers:
        return None
    for index in range(first + 1, min(len(lowered), first + ADVERBIAL_WORDS + 1)):
        if scan.comma_before[index]:
            return None
        hit = at.get(index) or _morph_hit(lex, index, lowered[index], slot=False)
        if hit is not None:
            return None if hit.form.vague else hit
    return None


def _ends_in_modal(text: str, body: str, pattern: re.Pattern[str] = _MODAL_END) -> bool:
    """Whether the lead-in stripped from ``text`` ends in ``pattern``: a modal or "to" by default, an
    ability phrase with :data:`_ABILITY_END` (looked at its last words)."""
    whole = text.strip()
    if not body or len(whole) == len(body) or not whole.endswith(body):
        return False
    return pattern.search(whole[max(0, len(whole) - len(body) - 40) : len(whole) - len(body)]) is not None


def _gerund_hit(lex: Lexicon, scan: _Scan, index: int) -> VerbHit | None:
    """The action named by a gerund after an ability phrase ("Capable of designing ..." -> design), or by a Polish
    verbal noun ("zdolny do zainstalowania ..." -> zainstalować)."""
    word = scan.lowered[index]
    if lex.language == "pl":
        bases: tuple[str, ...] = _polish_verbal_noun_verbs(word)
    elif lex.language != "en" or not word.endswith("ing") or len(word) < 5:
        return None
    else:
        stem = word[:-3]
        # The lemmatiser's answer, then the regular stems: "writing" -> write, "testing" -> test,
        # "planning" -> plan.
        bases = (morphology.lemma(word, lex.language), stem + "e", stem, stem[:-1])
    for base in bases:  # a verb of the lexicon first, whichever candidate names it ("rozumienia" -> rozumieć)
        known = lex.by_lemma.get(base)
        if known is not None and base != word:
            return VerbHit(index, VerbForm((word,), None, known.level, known.lemma, known.vague))
    for base in bases:
        found = morphology.verb_lemma(base, lex.language) if base != word else None
        if found is not None and found[0] == base:
            return VerbHit(index, VerbForm((word,), None, None, base, False))
    return None


def _polish_verbal_noun_verbs(word: str) -> tuple[str, ...]:
    """The infinitives a Polish verbal noun in the genitive may come from, by its regular endings:
    "zainstalowania" -> zainstalować, "wykonania" -> wykonać, "sporządzenia" -> sporządzić, "użycia" -> użyć,
    "rozumienia" -> rozumieć, "mówienia" -> mówić."""
    if len(word) < 6 or not word.endswith(("nia", "cia")):
        return ()
    stem = word[:-3]
    if word.endswith("cia"):
        return (stem[:-1] + "ąć",) if stem.endswith("ę") else (stem + "ć",)
    if stem.endswith("ie"):
        return (stem[:-2] + "ieć", stem[:-2] + "ić")
    if stem.endswith("e"):
        return tuple(stem[:-1] + ending for ending in ("ić", "yć", "eć"))
    return (stem + "ć",)


def _slot_verb(
    lex: Lexicon, scan: _Scan, index: int, *, after_modal: bool = False, certain: bool = False
) -> VerbHit | None:
    """The verb at the place where the language expects the action, by lexicon or by morphology (only one it
    is sure of with ``certain``).

    An English base form the lexicon does not list counts when an object follows it, or right after a
    lead-in that ends in a modal ("The learner can triage patients ..."), where only a verb can stand.
    """
    word = scan.lowered[index]
    after = scan.lowered[index + 1 : index + 2]
    if _acronym(scan, index):
        return None  # "Gestión de inventarios: FIFO, LIFO ...": a name, not a verb the morphology guesses
    if (
        lex.nouns_capitalised
        and scan.original[index][:1].isupper()
        and after != ["sie"]
        and not _capitalised_third_person(lex, scan, index)
    ):
        # a German noun ("Kosten und Risiken ..."); a verb first is "Analysieren Sie ..." or "Beschreibe die ..."
        infinitive = _informal_imperative(lex, scan, index)
        if infinitive is None:
            return None
        listed = lex.by_lemma.get(infinitive)
        form = VerbForm((word,), None, None, infinitive, False) if listed is None else replace(listed, words=(word,))
        return VerbHit(index, form)
    if scan.shared_article[index]:
        return None  # a verbal noun by its place ("eten en drinken bestellen")
    hit = _morph_hit(lex, index, word, slot=not certain)
    if (
        hit is None
        and after_modal
        and (not after or after[0] in lex.determiners or lex.language in _NO_ARTICLES)
        and not certain
    ):
        # After the learner, before an object or alone: a verb the lemmatiser lacks ("Il corsista impiatta un
        # ...", "Il corsista impiatta."): nothing else ends a statement right after its subject.
        guessed = morphology.unknown_third_person(word, lex.language)
        hit = VerbHit(index, VerbForm((word,), None, None, guessed, False)) if guessed else None
    guess = hit is not None and hit.form.level is None
    if (
        guess
        and hit is not None
        and lex.language in _SAME_FORM
        and not after_modal
        and word not in (hit.form.lemma, hit.form.lemma[:-1])
        and _by_ending_only(word, lex.language)
    ):
        # "Lagar och regler ...": a present that is also a plural, with no learner before it, is the noun (an
        # imperative, "Läs ...", is none)
        return None
    english = lex.language == "en"
    if (
        guess
        and english
        and not (after_modal and index == 0)
        and not _english_object_follows(lex, scan, index)
        and not _heads_action_list(lex, scan, index)
    ):
        return None
    if (
        guess
        and lex.language in _ROMANCE
        and not _FOREIGN_TO_ROMANCE.isdisjoint(word)
        and _by_ending_only(word, lex.language)
    ):
        # "Power Query para ...", "Docker ...": an English name, not an infinitive in -er; the dictionary's own verbs
        # with these letters stay verbs ("stocke", "klaxonne")
        return None
    if (
        guess
        and after
        and (_of(lex.language, after[0]) or _named_after(lex, scan, index))
        and _by_ending_only(word, lex.language)
    ):
        # "Toma de decisiones ...", "Stima dei costi ...", "Qualifica IeFP ...": a noun the lemmatiser knows, heading
        # a topic or naming a qualification
        return None
    if guess and after and lex.language in _ROMANCE and _adjective_after(lex, scan, index):
        return None  # "Compra pública sostenible ...", "Prova finale ...": a noun and its adjective head a topic
    if hit is not None and after and after[0] in _OF_IN.get(lex.language, ()) and hit.form.lemma == f"{word}a":
        return None  # "Underhåll av hydrauliska system": a Swedish imperative's stem before "of" is the noun
    return hit


def _named_after(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether a name in capitals follows the word at ``index`` where only names are capitalised ("Qualifica IeFP",
    "Certificat CQP"): the word names what it qualifies."""
    return not lex.nouns_capitalised and scan.original[index + 1][:1].isupper()


def _acronym(scan: _Scan, index: int) -> bool:
    """Whether the word at ``index`` is an acronym: in capitals beside a word that is not (unlike a statement all
    in capitals)."""
    word = scan.original[index]
    if len(word) < 2 or not word.isupper():
        return False
    beside = (*scan.original[max(0, index - 1) : index], *scan.original[index + 1 : index + 2])
    return any(w.isalpha() and not w.isupper() for w in beside)


def _adjective_after(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether the word after a Romance word that may be a verb is an adjective agreeing with it as a noun: a feminine
    one (:func:`_feminine_adjective_after`), or one by its singular ending (``adjective_suffixes``: "corriente",
    "práctica", "finale") not before an article, which a verb's object would open with ("Mantiene operativa la
    ..."); a verb's bare object is a noun, in the plural more often than not."""
    lowered = scan.lowered
    after = lowered[index + 1]
    if _feminine_adjective_after(lowered[index], after, lex.language):
        return True
    return (
        len(after) > 4
        and after.endswith(lex.adjective_suffixes)
        and not after.endswith(lex.adverb_suffixes)  # "limpiamente", "correttamente"
        and not (index + 2 < len(lowered) and _article(lex, lowered[index + 2]))
    )


def _feminine_adjective_after(word: str, after: str, language: str) -> bool:
    """Whether ``after`` is a feminine singular adjective agreeing with ``word`` as a noun ("Compra pública"): both
    end in -a, and the adjective's lemma is its masculine in -o, which no verb's object is."""
    return (
        word.endswith("a")
        and after.endswith("a")
        and len(after) > 3
        and morphology.lemma(after, language) == after[:-1] + "o"
    )


# The plural articles that open a subject, in the languages whose third person plural has its own ending.
_PLURAL_ARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"les"}),
    "es": frozenset({"los", "las"}),
    "pt": frozenset({"os", "as"}),
    "it": frozenset({"i", "gli", "le"}),
}
# The most words of a plural subject before its verb ("Les auxiliaires de puériculture préparent ...").
SUBJECT_WORDS = 5
# Beyond them the subject goes on only with complements ("l'operatore dei servizi per il lavoro abbina ..."): a
# preposition or article and at most COMPLEMENT_WORDS words (a noun, an adjective, then the verb), within SUBJECT_SPAN.
COMPLEMENT_WORDS = 3
SUBJECT_SPAN = 16
# Relative pronouns: a verb after one is a clause's, of a heading ("Les normes qui encadrent le secteur").
_RELATIVES = frozenset({"qui", "que", "qu", "dont", "où", "che", "cui", "quale", "quali", "quien", "quienes", "cual"})


def _after_plural_subject(
    lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], first: int, *, continued: bool = False
) -> VerbHit | None:
    """The action after a plural subject that names the learners by their trade ("Les aides-soignants utilisent
    un ...", "Los auxiliares de farmacia preparan fórmulas ..."): the first word within :data:`SUBJECT_WORDS` of
    the article, before any comma, conjunction or relative pronoun, that is a finite third person plural of a
    verb, followed by its object's article or listed among the action verbs. A heading has no such verb ("Les
    techniques de soudage à l'arc", "Le norme che regolano il settore"). Past :data:`SUBJECT_WORDS` the subject goes
    on only with complements, read by their prepositions (:data:`COMPLEMENT_WORDS`).

    With ``continued`` the learner was the lead-in and the statement goes on with more of its subject: a trade
    ("Les apprentis | boulangers façonnent des ...") or a complement ("L'étudiant | en soins infirmiers applique
    la ..."); the verb may then be singular too, before its object's article."""
    lowered = scan.lowered
    if continued and lex.language == "en":
        # "The apprentice | bakers shape 50 baguettes ...", "Student | nurses record ...": a plural trade, then the
        # base form before its object
        verb = first + 1
        if verb >= len(lowered) - 1 or not lowered[first].endswith("s") or scan.comma_before[verb]:
            return None
        return at.get(verb) or _slot_verb(lex, scan, verb)
    if continued and lex.language in _ROMANCE:
        start = first + 1
    elif lowered[first] in _PLURAL_ARTICLES.get(lex.language, ()):
        start = first + 2
    else:
        return None
    run = 0  # words since the subject's head or the last preposition or article
    for index in range(start, min(len(lowered) - 1, first + SUBJECT_SPAN + 1)):
        word = lowered[index]
        if scan.comma_before[index] or word in lex.conjunctions or word in _RELATIVES:
            return None
        linking = _links_complement(lex, word)
        run = 0 if linking else run + 1
        if index > first + SUBJECT_WORDS and run > COMPLEMENT_WORDS:
            return None
        if linking or _links_complement(lex, lowered[index - 1]):
            continue  # a preposition or article, or the noun after one: "dei | servizi per il | lavoro"
        if not (_third_plural(lex.language, word) or continued):
            continue
        listed = at.get(index)
        reflexive = lowered[index - 1] in _REFLEXIVES  # "Los operarios se ajustan a ...": a verb after its pronoun
        if listed is None and lowered[index + 1] not in lex.determiners and not continued and not reflexive:
            continue  # after the learner, a verb may take a bare object ("... de enfermería administra insulina")
        if listed is None and continued and _article(lex, lowered[index + 1]):
            # before its object's article, read as at the place of the action ("... de urgencias toma las")
            hit = _slot_verb(lex, scan, index, after_modal=True)
        else:
            hit = listed or _morph_hit(lex, index, word, slot=False)
        if hit is not None and hit.form.lemma != word:
            return hit
    return None


PRACTITIONER_WORDS = 3
# English modals between a trade and its action ("The teacher can evaluate ...").
_MODALS = frozenset({"can", "could", "will", "shall", "should", "must", "may"})
# The most words of a trade's whole name (``practitioner_names``: "agent de service hospitalier").
TRADE_NAME_WORDS = 4


def _practitioner_action(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], first: int) -> VerbHit | None:
    """The action of learners named by a trade or profession the lexicon lists: in English the head within
    :data:`PRACTITIONER_WORDS` words, after its article when singular ("The civil servant drafts ...", "the apprentice
    joiner cuts ...", "Care assistants record ..."), then its verb in the same number; elsewhere one learner, the head
    right after the article, the last part of a hyphened compound ("L'aide-soignante s'assure ..."), then its
    complements and the verb before its object (a plural trade is read by :func:`_after_plural_subject`). Another
    singular noun before a verb is as often a topic ("Le secteur représente ...", "The inverter converts ..."), and a
    head that also names a thing names a trade only in a whole name the lexicon lists (``practitioner_names``: "The
    tour guide plans ...", "L'agent d'accueil oriente ...", where "The user guide explains ..." is a topic)."""
    lowered = scan.lowered
    if not lex.practitioners:
        return None
    if lex.language == "en":
        start = first + 1 if _article(lex, lowered[first]) else first
        for head in range(start, min(first + 1 + PRACTITIONER_WORDS, len(lowered) - 1)):
            if head > first and scan.comma_before[head]:
                return None
            word = lowered[head]
            plural = word.endswith("s") and _is_trade(lex, lowered, start, head, word[:-1])
            if plural or (start > first and _is_trade(lex, lowered, start, head, word)):
                if lowered[head + 1] in _MODALS and head + 2 < len(lowered) and not scan.comma_before[head + 1]:
                    return at.get(head + 2) or _slot_verb(lex, scan, head + 2, after_modal=True)  # "The teacher can"
                verb = head + 2 if lowered[head + 1].endswith(tuple(lex.adverb_suffixes)) else head + 1
                if verb < len(lowered) and lowered[verb].endswith("s") != plural and not scan.comma_before[head + 1]:
                    return at.get(verb) or _slot_verb(lex, scan, verb, after_modal=True)
                return None
        return None
    if not _article(lex, lowered[first]):
        return None
    head = first + 1
    while head + 1 < len(lowered) and scan.hyphen_before[head + 1]:
        head += 1
    if head >= len(lowered) - 1 or not (
        lowered[head] in lex.practitioners
        or any(tuple(lowered[head : head + size]) in lex.practitioner_names for size in range(2, TRADE_NAME_WORDS + 1))
    ):
        return None
    return _after_plural_subject(lex, scan, at, head, continued=True)


def _is_trade(lex: Lexicon, lowered: list[str], start: int, head: int, word: str) -> bool:
    """Whether ``word``, the English head at ``head``, names a trade: listed, or with the words before it from
    ``start`` on, a trade's whole name of the lexicon ("tour guide", "travel agent")."""
    return word in lex.practitioners or any(
        (*lowered[before:head], word) in lex.practitioner_names
        for before in range(max(start, head - TRADE_NAME_WORDS + 1), head)
    )


def _article(lex: Lexicon, word: str) -> bool:
    """Whether a word is an article or another determiner, and no preposition as "de", "del" or "au" are too."""
    return word in lex.determiners and not _preposition(lex.language, word)


def _links_complement(lex: Lexicon, word: str) -> bool:
    """Whether a Romance word opens a complement of a noun: a preposition or an article ("dei", "per", "il")."""
    return word in lex.determiners or word in lex.context_openers or _preposition(lex.language, word)


# What follows a German informal imperative that opens a statement: its object's article or a pronoun ("Beschreibe
# die ...", "Entlüfte einen Heizkörper"), where a heading's noun is followed by a genitive or "und" ("Pflege der
# Anlage", "Planung und Bau").
_IMPERATIVE_OBJECTS = frozenset(
    {"den", "die", "das", "einen", "eine", "ein", "dein", "deine", "deinen", "ihre", "ihren", "alle", "mehrere", "dich"}
    | {"dir", "sich", "zwei", "drei", "vier", "fünf", "verschiedene", "typische", "einfache", "geeignete"}
)


def _informal_imperative(lex: Lexicon, scan: _Scan, index: int) -> str | None:
    """The infinitive of a German informal imperative that opens a statement, written with a capital as the first word
    ("Beschreibe die ...", "Entlüfte einen Heizkörper ...", "Plane, montiere und prüfe ..."): the verb's stem and -e,
    before its object's article or a pronoun, or before a comma and another such imperative; ``None`` otherwise."""
    lowered = scan.lowered
    if lex.language != "de" or index + 1 >= len(lowered) or not _imperative_stem(lowered[index]):
        return None
    following = lowered[index + 1]
    listed = scan.comma_before[index + 1] and _imperative_stem(following) and scan.original[index + 1].islower()
    return f"{lowered[index]}n" if following in _IMPERATIVE_OBJECTS or listed else None


def _imperative_stem(word: str) -> bool:
    """Whether a German word is a verb's stem and -e, the informal imperative ("beschreibe", "kalkuliere")."""
    found = morphology.verb_lemma(f"{word}n", "de") if word.endswith("e") and len(word) > 3 else None
    return found is not None and found[0] == f"{word}n"


def _capitalised_third_person(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether the statement's capitalised first word is a third person singular that opens it as a CV does
    ("Verabreicht Medikamente ...", "Montiert eine Steckdose ..."): it ends in -t and the dictionary leads it, as
    written, to the verb's infinitive, where a noun is its own lemma ("Bericht", "Markt", "Arbeit")."""
    word = scan.lowered[index]
    if index != 0 or not word.endswith("t"):
        return False
    found = morphology.verb_lemma(word, lex.language)
    return found is not None and morphology.written_lemma(scan.original[index], lex.language) == found[0]


def _by_ending_only(word: str, language: str) -> bool:
    """Whether a word is read as a verb by its ending only, the lemmatiser knowing it as another word ("toma")."""
    found = morphology.verb_lemma(word, language)
    return found is not None and not found[1]


# Letters no French, Spanish or Italian verb is written with: a word in -er that has them is borrowed.
_FOREIGN_TO_ROMANCE = frozenset("wk")


def _morph_verbs(lex: Lexicon, scan: _Scan) -> list[VerbHit]:
    """Verbs anywhere in a statement of a language that may put its verb anywhere (de, nl, pl)."""
    hits = []
    for index, word in enumerate(scan.lowered):
        if lex.nouns_capitalised and index > 0 and scan.original[index][:1].isupper():
            continue
        written = scan.original[index]
        if lex.nouns_capitalised and index == 0 and morphology.written_lemma(written, lex.language) == written:
            continue  # a noun the dictionary knows as written ("Bericht über ...", "Markt und Wettbewerb")
        if (index > 0 and scan.lowered[index - 1] in lex.determiners) or scan.shared_article[index]:
            continue  # "het verwerken van", a verbal noun
        if scan.bracketed[index]:
            continue  # what a name stands for ("LSD-model (luisteren, samenvatten, doorvragen)")
        if index > 0 and _inflected_adjective(lex, scan.lowered[index - 1]):
            continue  # a noun after its adjective ("gevaarlijke stoffen"), where adjectives are inflected by an -e
        if (
            lex.nouns_capitalised
            and 0 < index < len(scan.lowered) - 1
            and scan.lowered[index - 1] in lex.context_openers
            and scan.original[index + 1][:1].isupper()
        ):
            continue  # an adjective between a preposition and its noun ("auf deutschen Küstengewässern")
        hit = _morph_hit(lex, index, word, slot=False)
        if hit is not None:
            hits.append(hit)
    return hits


def _passive_action(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], first: int) -> tuple[int, VerbHit] | None:
    """Where the passive of a statement starts and its verb, in a language that puts the action first.

    The verb after an impersonal "se"/"si" ("Se elabora una evaluación ..."), the participle after the
    auxiliary that follows the subject ("A risk assessment ... is completed to ...", "... viene redatto ..."), or a
    Swedish s-passive after it (:func:`_s_passive`). ``None`` when a verb comes before the auxiliary, whose passive
    is then a clause of that verb's object.
    """
    lowered = scan.lowered
    if lowered[first] in lex.impersonal and first + 1 < len(lowered):
        hit = at.get(first + 1) or _morph_hit(lex, first + 1, lowered[first + 1], slot=True)
        return (first, hit) if hit is not None and hit.form.lemma not in lex.passive_states else None
    if lex.language in _S_PASSIVE:
        return _s_passive(lex, scan, at, first)
    start = next((i for i in range(first, len(lowered)) if lowered[i] in lex.passive_auxiliaries), None)
    if start is None or any(
        index < start and hit.word not in lex.noun_like and not _in_a_name(scan.original, index, first)
        for index, hit in at.items()
    ):
        return None  # a verb before the auxiliary ("A care plan ... is drawn up" has none: "plan" names a thing,
        # "The Manchester Triage System can be applied ..." a word of a name)
    index = start + 1
    while index < len(lowered) and (
        lowered[index] in lex.passive_auxiliaries
        or lowered[index] in lex.auxiliaries
        or _is_skippable(lex, lowered[index])
    ):
        index += 1  # "will be fully completed", "est correctement réalisée"
    if index >= len(lowered):
        return None
    word = lowered[index]
    infinitive = _participle_infinitive(lex, word)
    if infinitive is None or infinitive in lex.auxiliaries or infinitive in lex.passive_states:
        return None
    return start, _participle_hit(lex, index, word, infinitive)


# The languages that make their passive with an ending, Swedish "-s" ("genomförs", "analyseras"), as well as with an
# auxiliary ("är genomförd").
_S_PASSIVE = frozenset({"sv"})


def _s_passive(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], first: int) -> tuple[int, VerbHit] | None:
    """The verb of a Swedish passive after its subject, in -s ("Riskbedömningen genomförs enligt ...", "Data ska
    analyseras ...") or as a participle after its auxiliary ("Rapporten är skriven ..."): the first such word within
    :data:`SUBJECT_SPAN` words, with no comma or verb before it; the one of a verb that says what the course requires
    or is meant for is none ("Förkunskaper ... rekommenderas"), and so is one after a preposition, which opens no
    subject ("Med fokus på ...")."""
    lowered = scan.lowered
    if lowered[first] in lex.context_openers:
        return None
    for index in range(first + 1, min(len(lowered), first + SUBJECT_SPAN)):
        if scan.comma_before[index] or index in at:
            return None
        word = lowered[index]
        if word in lex.passive_auxiliaries:
            infinitive = _participle_infinitive(lex, lowered[index + 1]) if index + 1 < len(lowered) else None
            verb = index + 1
        else:
            infinitive, verb = morphology.s_passive_lemma(word, lex.language), index
        if infinitive is not None:
            if infinitive in lex.auxiliaries or infinitive in lex.passive_states:
                return None
            return index, _participle_hit(lex, verb, lowered[verb], infinitive)
    return None


def _participle_infinitive(lex: Lexicon, word: str) -> str | None:
    """The infinitive of a past participle: by its regular ending and the lemmatiser, or, for "is drawn up", "are
    kept", "est comprise", "viene redatto" ("redatta", "redatti" read as "redatto"), as an irregular one."""
    infinitive = morphology.participle_lemma(word, lex.language)
    if infinitive is None:
        base = morphology.lemma(word, lex.language)
        infinitive = base if base in lex.irregular else lex.irregular_participles.get(base)
    return infinitive


def _reflexive_after_subject(text: str, body: str) -> bool:
    """Whether the lead-in stripped before ``body`` ends in its subject, with no comma or colon, and ``body`` opens
    with a reflexive pronoun ("Gli studenti | si organizzeranno ..."), not the impersonal one ("Al final del curso, |
    se trabajará ...")."""
    opening = body[:5].split(maxsplit=1)  # the longest pronoun, "się", and a space
    if body == text or not opening or opening[0].lower() not in _REFLEXIVES:
        return False
    whole = text.strip()
    lead = whole[: len(whole) - len(body)].rstrip() if whole.endswith(body) else ""
    return bool(lead) and lead[-1].isalnum()


def _learners_passive(lex: Lexicon, text: str, body: str, word: str) -> str | None:
    """The auxiliary and participle of a passive whose subject, the learners, was stripped as a lead-in with its
    auxiliary ("Los alumnos son | evaluados ...", "Les stagiaires sont | accompagnés ..."): the teacher's wording."""
    whole = text.strip()
    lead = tokens(whole[: len(whole) - len(body)].lower()) if body and whole.endswith(body) else []
    if not lead or lead[-1] not in lex.passive_auxiliaries or not any(w in lex.passive_learners for w in lead):
        return None
    infinitive = morphology.participle_lemma(word, lex.language)
    if infinitive is None or infinitive in lex.passive_states:
        return None
    return f"{lead[-1]} {word}"


def _participle_hit(lex: Lexicon, index: int, word: str, infinitive: str) -> VerbHit:
    """A past participle as the action of a passive, with the Bloom level and vagueness of its verb."""
    known = lex.by_lemma.get(infinitive)
    level, vague = (known.level, known.vague) if known is not None else (None, False)
    return VerbHit(index, VerbForm((word,), None, level, infinitive, vague))


def _passive_participles(lex: Lexicon, scan: _Scan) -> list[VerbHit]:
    """The past participles after a passive auxiliary, the actions of a statement in the passive ("Ein
    Pflegeprotokoll wird vollständig geführt", "Het intakegesprek wordt methodisch gevoerd")."""
    start = next((i for i, w in enumerate(scan.lowered) if w in lex.passive_auxiliaries), None)
    if start is None:
        return []
    hits = []
    for index in range(start + 1, len(scan.lowered)):
        if lex.nouns_capitalised and scan.original[index][:1].isupper():
            continue
        infinitive = morphology.participle_lemma(scan.lowered[index], lex.language)
        if infinitive is None or infinitive in lex.auxiliaries:
            continue
        hits.append(_participle_hit(lex, index, scan.lowered[index], infinitive))
    return hits


def _chain(
    lex: Lexicon, scan: _Scan, main: VerbHit, at: dict[int, VerbHit], *, passive: bool = False
) -> tuple[str, ...]:
    """Verbs listed right after the main one: "Design, program, commission and test ...", or participles after
    the participle of a passive ("... is drafted, checked and signed ...")."""
    lowered = scan.lowered
    index = main.index + len(main.form.words)
    found: list[str] = []
    while index < len(lowered):
        linked = scan.comma_before[index]
        while index < len(lowered) and (lowered[index] in lex.conjunctions or _is_skippable(lex, lowered[index])):
            linked = linked or lowered[index] in lex.conjunctions
            index += 1
        if not linked or index >= len(lowered):
            break
        if passive:
            infinitive = morphology.participle_lemma(lowered[index], lex.language)
            hit = _participle_hit(lex, index, lowered[index], infinitive) if infinitive else None
        else:
            hit = at.get(index) or _morph_hit(lex, index, lowered[index], slot=False)
        if hit is None or hit.form.vague:
            break
        found.append(hit.form.lemma)
        index += len(hit.form.words)
    return tuple(found) if found and _chain_closed(lex, scan, main, index, at) else ()


def _chain_closed(lex: Lexicon, scan: _Scan, main: VerbHit, end: int, at: dict[int, VerbHit]) -> bool:
    """A list of actions ends with a conjunction before its last verb ("..., commission and test"), or is the whole
    statement, verbs with no object ("Analyse, evaluate, create, apply, understand")."""
    lowered = scan.lowered
    if any(w in lex.conjunctions for w in lowered[main.index : end]):
        return True
    while end < len(lowered) and scan.comma_before[end] and (hit := at.get(end)) is not None and hit.form.vague:
        end += len(hit.form.words)
    return end >= len(lowered)


def _verb_after(
    lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], index: int, main: VerbHit, *, pronoun: bool = False
) -> str | None:
    """The lemma of an action verb at ``index`` right after a conjunction (and an object pronoun when
    ``pronoun``), or ``None``.

    French, Spanish and Italian join infinitives ("et conseiller", "y representarla"), a form like
    the statement's own verb before its object's article ("Carga el camión y comprueba la presión",
    "pulire e manutenere le attrezzature") or after an object pronoun ("et la remplace", "y lo pone", "e ne
    analizza"); Polish, Dutch and German join finite verbs or infinitives
    ("i raportuje", "en rapporteert", "und bewerten"), Swedish one in the statement's own form (an infinitive to an
    infinitive, a present to a present: "analysera och värdera", "analyserar och föreslår"); an English base form
    joined by "and" is a verb when an object or a question word follows ("and pitch it to ...", "and plan how to
    ...").
    """
    word = scan.lowered[index]
    after = scan.lowered[index + 1] if index + 1 < len(scan.lowered) else None
    hit = at.get(index)
    if lex.nouns_capitalised and scan.original[index][:1].isupper():
        return None
    if lex.language == "en":
        if after is None or scan.comma_before[index + 1]:
            return None  # the end of an inserted phrase ("with limited budget and staff, a private cloud")
        if not _opens_object(lex, scan, index + 1):
            return None
        if hit is not None and not hit.form.vague:
            return hit.form.lemma
        found = _morph_hit(lex, index, word, slot=False)
        return found.form.lemma if found is not None and not found.form.vague else None
    if hit is not None and not hit.form.vague and " ".join(hit.form.words) not in lex.noun_like:
        return None if lex.language in _SAME_FORM and _disagrees(lex, main, hit) else hit.form.lemma
    if lex.language == "de" and main.form.lemma == f"{main.form.words[0]}n" and _imperative_stem(word):
        return f"{word}n"  # an informal imperative joined to the statement's own ("Plane, montiere und prüfe ...")
    if _swedish_imperative_joined(lex, main, word, after):
        return f"{word}a"  # "Läs ritningar ... och bedöm dem": an imperative joined to the statement's own
    # Before an article, a form like the statement's own verb is one more action, in the same person
    # ("Revisa el nivel y cambia el filtro") or an infinitive the lemmatiser does not know ("e manutenere").
    parallel = lex.language in _ROMANCE and after is not None and _article(lex, after)
    # An infinitive the lemmatiser does not know, joined to the statement's own infinitive, where the language's
    # infinitives end as only verbs do ("navrhnout a odladit ...").
    parallel = parallel or (
        main.form.words[-1] == main.form.lemma and word.endswith(_VERB_ONLY_INFINITIVES.get(lex.language, ()))
    )
    found = _morph_hit(lex, index, word, slot=parallel)
    if found is None or found.form.vague:
        return None
    finite = word != found.form.lemma and main.form.words[-1] != main.form.lemma
    if finite and (parallel or (pronoun and lex.language in _ROMANCE)):
        return found.form.lemma
    if (
        word != found.form.lemma
        and _third_plural(lex.language, word)
        and _third_plural(lex.language, main.form.words[-1])
    ):
        return found.form.lemma  # the same person as the statement's own verb ("raccolgono ... e propongono misure")
    if lex.language not in _ROMANCE:
        return None if _disagrees(lex, main, found) else found.form.lemma
    # An infinitive, or one with an object pronoun attached ("representarla", "calcolarne").
    if word != found.form.lemma and not _with_enclitic(lex, word, found.form.lemma):
        return None  # a finite form after "et"/"y"/"e" is more often a noun or adjective ("y alterna")
    return found.form.lemma


# Infinitive endings no noun of the language has, by language: Czech "-ovat", "-nout", "-it", "-at", "-et", "-ět";
# Slovak "-ovať", "-núť", "-iť", "-ať", "-ýť" (not "-ieť", as "sieť" is a noun).
_VERB_ONLY_INFINITIVES: dict[str, tuple[str, ...]] = {
    "cs": ("ovat", "nout", "it", "ít", "at", "et", "ět"),
    "sk": ("ovať", "núť", "iť", "ať", "ýť"),
}


# The object pronouns a Swedish verb takes ("bedöm dem", "dokumentera det").
_SWEDISH_OBJECT_PRONOUNS = frozenset({"dem", "den", "det", "dessa", "detta", "honom", "henne", "sig"})


def _swedish_imperative_joined(lex: Lexicon, main: VerbHit, word: str, after: str | None) -> bool:
    """Whether a Swedish imperative is joined to a statement that opens with one ("Läs ritningar ... och bedöm dem"):
    the stem of a verb whose present ends in -er, before its object's article or pronoun (a noun's stem before "att"
    or another noun is none: "metoder och sätt att ...")."""
    if lex.language != "sv" or after is None or not _as_swedish_imperative(main):
        return False
    found = morphology.verb_lemma(word, "sv")
    return (
        found is not None and found[0] == f"{word}a" and (after in lex.determiners or after in _SWEDISH_OBJECT_PRONOUNS)
    )


def _with_enclitic(lex: Lexicon, word: str, infinitive: str) -> bool:
    """Whether a Spanish or Italian word is the ``infinitive`` with object pronouns attached ("representarla",
    "calcolarne"); two pronouns put the stress mark on it ("presentárselo"). Portuguese writes the pronoun after a
    hyphen and drops the infinitive's r, the word before it stressed ("apresentá-lo", "descrevê-las", "compô-lo",
    "reparti-los"): the word ends the infinitive without its r, with the stress mark the bare third person lacks."""
    if lex.language == "pt":
        return word.endswith(("á", "ê", "ô", "i")) and word.translate(_STRESS_MARKS) + "r" == infinitive
    stem = infinitive if lex.language == "es" else infinitive[:-1]
    return (
        lex.language in ("es", "it")
        and word.translate(_STRESS_MARKS).startswith(stem)
        and len(word) > len(stem) + 1
        and word != morphology.lemma(word, lex.language)
    )


_STRESS_MARKS = str.maketrans("áéíóúâêô", "aeiouaeo")

# The endings of the third person plural: a word with one, after a verb with one, is the same person's action.
_THIRD_PLURAL: dict[str, tuple[str, ...]] = {
    "fr": ("ent",),
    "es": ("an", "en"),
    "pt": ("am", "em"),
    "it": ("ano", "ono"),
}


def _third_plural(language: str, word: str) -> bool:
    """Whether a word ends like a third person plural of a Romance verb ("proponen", "propongono")."""
    return word.endswith(_THIRD_PLURAL.get(language, ()))


# The languages whose verb joined by a conjunction is judged by its form and the word after it (an infinitive,
# one with a pronoun attached, or a form like the statement's own verb before an article).
_ROMANCE = frozenset({"fr", "es", "pt", "it"})
# The languages whose action joined by a conjunction has the form of the statement's own, an infinitive or a present
# ("planera och genomföra", "analyserar och föreslår"): another form is the verb of a clause ("beskriva hur man
# planerar och genomför ...").
_SAME_FORM = frozenset({"sv", "da"})
# Prepositions that say "of" ("de", "del", "della", "dell'"): after a noun they open its complement.
_OF = frozenset({"de", "di", "d", "del", "della", "dell", "dei", "delle", "degli", "dello", "du"})
# Determiners that are also prepositions ("de", "del", "au"): what follows them is no object.
_PREPOSITIONS = _OF | {"al", "au", "aux"}
# The same, per language, where the words are other words elsewhere (Portuguese "do", "da", "dos" are Spanish
# "two" and Italian "from").
_OF_IN: dict[str, frozenset[str]] = {
    "pt": frozenset({"do", "da", "dos", "das"}),
    "sv": frozenset({"av"}),
    "da": frozenset({"af"}),
}
_PREPOSITIONS_IN: dict[str, frozenset[str]] = {"pt": _OF_IN["pt"] | {"ao", "aos", "à", "às", "no", "na", "nos", "nas"}}


def _of(language: str, word: str) -> bool:
    """Whether a word is a preposition that says "of" in a language (:data:`_OF`, :data:`_OF_IN`)."""
    return word in _OF or word in _OF_IN.get(language, ())


def _preposition(language: str, word: str) -> bool:
    """Whether a determiner is also a preposition in a language (:data:`_PREPOSITIONS`, :data:`_PREPOSITIONS_IN`)."""
    return word in _PREPOSITIONS or word in _PREPOSITIONS_IN.get(language, ())


def _joined(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], main: VerbHit) -> list[str]:
    """Actions joined to the statement's own by a conjunction, recognised by their morphology."""
    lowered = scan.lowered
    found: list[str] = []
    last_conjunction = max((i for i, w in enumerate(lowered) if w in lex.conjunctions), default=-1)
    purpose = _purpose_at(lex, scan, main)
    for index in range(main.index + 1, len(lowered) - 1):
        if purpose is not None and index in purpose:
            continue  # "med henblik på at fremme sundhed og forebygge sygdom": what the one action is for
        if lowered[index] in lex.conjunctions:
            if (
                _in_compound(scan, index)
                or _names_joined(scan, main, index)
                or _within_relative(lex, scan, at, main, index)
            ):
                continue
            target = index + 1
        elif scan.comma_before[index] and index < last_conjunction and lowered[index] not in lex.subordinators:
            target = index  # an item of a list closed by a conjunction ("Survey a roof, size the panels and ...")
        else:
            continue
        while target < min(len(lowered) - 1, index + 4) and (
            lowered[target] in lex.clitics or _is_skippable(lex, lowered[target])
        ):
            target += 1
        pronoun = target > index + 1 and lowered[target - 1] in lex.clitics
        ability = _ability_after(lex, scan, at, index + 1) if lowered[index] in lex.conjunctions else None
        verb = (
            ability
            if ability is not None
            else None
            if scan.shared_article[target] or scan.bracketed[target]
            else _verb_after(lex, scan, at, target, main, pronoun=pronoun)
        )
        # an item after a comma may go on a relative clause as one after a conjunction does ("... a project that
        # responds to ..., fits a budget ... and ...")
        joint = index if lowered[index] in lex.conjunctions else index - 1
        if verb is not None and not _relative_goes_on(lex, scan, at, main, joint, target):
            found.append(verb)
    return found


def _purpose_at(lex: Lexicon, scan: _Scan, main: VerbHit) -> range | None:
    """The words of a purpose after the statement's action ("Den studerende kan vejlede patienter med henblik på at
    fremme sundhed og forebygge sygdom"): from the word after its opener to the first comma after it (what follows a
    comma is the statement's again); ``None`` without one. One pass over the words."""
    if not lex.purpose_openers:
        return None
    lowered = scan.lowered
    for index in range(main.index + len(main.form.words), len(lowered)):
        opener = next((o for o in lex.purpose_openers if tuple(lowered[index : index + len(o)]) == o), None)
        if opener is not None:
            start = index + len(opener)
            end = next((i for i in range(start + 1, len(lowered)) if scan.comma_before[i]), len(lowered))
            return range(start, end)
    return None


# How many object pronouns and adverbs may stand between an ability named again and its infinitive ("a dovede jej
# samostatně opravit").
ABILITY_GAP = 3


def _ability_after(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], index: int) -> str | None:
    """The lemma of the action after an ability named again right after a conjunction (its words at ``index``, after
    an adverb such as "také"): "Student umí popsat postup a dovede jej samostatně opravit", "... a je schopen ...",
    "... a také bude umět ...": the learner's second action, its infinitive after pronouns and adverbs. ``None`` when
    no ability is named there, or no infinitive follows it."""
    lowered = scan.lowered
    while index < len(lowered) and _is_skippable(lex, lowered[index]) and lowered[index] not in lex.conjunctions:
        index += 1
    phrase = next((p for p in lex.joined_modals if tuple(lowered[index : index + len(p)]) == p), None)
    if phrase is None:
        return None
    target = index + len(phrase)
    limit = min(len(lowered), target + ABILITY_GAP)
    while target < limit and (lowered[target] in lex.clitics or _is_skippable(lex, lowered[target])):
        target += 1
    if target >= len(lowered) or scan.comma_before[target]:
        return None
    hit = at.get(target)
    if hit is None and _infinitive(lex, lowered[target]):
        hit = _morph_hit(lex, target, lowered[target], slot=True)
    return hit.form.lemma if hit is not None and not hit.form.vague and _infinitive(lex, lowered[target]) else None


def _slashed(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], main: VerbHit) -> list[str]:
    """An action written beside the statement's own with only a slash between them ("Install/commission ...",
    "montieren/anschließen", "Zainstalować/uruchomić ..."): two actions, where a slash between nouns names
    alternatives of one ("a hedge trimmer/flail mower") and one inside a name stays a name ("read/write access")."""
    found: list[str] = []
    end = main.index + len(main.form.words)
    for other in (main.index - 1, end):
        if not 0 <= other < len(scan.lowered) or not scan.slash_before[max(other, main.index)]:
            continue
        hit = at.get(other) or _morph_hit(lex, other, scan.lowered[other], slot=False)
        if (
            hit is not None
            and not hit.form.vague
            and hit.form.lemma != main.form.lemma
            and not any({hit.form.lemma, main.form.lemma} <= group for group in lex.slash_synonyms)
        ):
            # in the order written: the first is the statement's head, the second the action beside it
            found += [hit.form.lemma, main.form.lemma] if other < main.index else [hit.form.lemma]
    return found


# Relative pronouns that open a clause with its verb right after them, where the verb-final languages have
# :func:`_within_relative`; reflexive pronouns, which name the clause's subject and not an object.
_CLAUSE_RELATIVES: dict[str, frozenset[str]] = {
    "en": frozenset({"that", "which", "who"}),
    "fr": frozenset({"qui"}),
    "es": frozenset({"que", "quien", "quienes"}),
    "pt": frozenset({"que", "quem"}),
    "it": frozenset({"che", "cui"}),
    "pl": frozenset({"który", "która", "które", "którzy"}),
    "sv": frozenset({"som", "där", "hur", "vad", "varför", "när", "vilka", "vilken", "vilket", "huruvida"}),
    "da": frozenset(
        {"som", "der", "hvor", "hvordan", "hvad", "hvorfor", "hvornår", "når", "hvilke", "hvilken", "hvilket"}
    ),
}
# The languages whose clause puts its subject between its opening word and its verb ("hur man förebygger ... och
# behandlar ..."), and the most words of that subject.
_SUBJECT_IN_CLAUSE = frozenset({"sv", "da"})
CLAUSE_SUBJECT_WORDS = 3
_REFLEXIVES = frozenset({"se", "s", "si", "się"})
# How many words before a conjunction the relative pronoun of its clause is looked for.
RELATIVE_SPAN = 30


def _relative_goes_on(
    lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], main: VerbHit, conjunction: int, target: int
) -> bool:
    """Whether the verb after a conjunction goes on a relative clause that opened with its verb after the
    statement's action ("writes a report that presents the results and proposes measures", "formule une question
    qui prolonge la théorie ... et se prête aux méthodes ..."), in Swedish any clause, its subject before its verb
    ("förklarar hur man förebygger ... och behandlar ..."): the two verbs have the same form (finite or not,
    in English with -s or without), or, in a Romance language, the second is an infinitive like the one the
    relative's verb takes, after its preposition or not ("que permitam reduzir ... e aumentar ...", "che
    permettano di ridurre ... e aumentare ..."), and no object pronoun comes before the second
    ("... qui résume la réunion et le transmet au responsable" is the learner's second action)."""
    relatives = _CLAUSE_RELATIVES.get(lex.language)
    lowered = scan.lowered
    if not relatives or any(w not in _REFLEXIVES for w in lowered[conjunction + 1 : target] if w in lex.clitics):
        return False
    for index in range(conjunction - 1, max(main.index, conjunction - RELATIVE_SPAN - 1), -1):
        if lowered[index] not in relatives:
            continue
        verb = index + 1
        while verb < conjunction and (lowered[verb] in _REFLEXIVES or _is_skippable(lex, lowered[verb])):
            verb += 1
        subject = verb + CLAUSE_SUBJECT_WORDS if lex.language in _SUBJECT_IN_CLAUSE else verb
        while (
            verb < min(subject, conjunction)
            and verb not in at
            and _morph_hit(lex, verb, lowered[verb], slot=False) is None
        ):
            verb += 1  # the clause's subject ("hur man | förebygger ...", "där patienten | vårdas")
        if verb >= conjunction:
            return False
        first, second = lowered[verb], lowered[target]
        taken = verb + 1  # the infinitive the relative's verb takes, after its preposition ("permettano di ridurre")
        while taken < conjunction and _is_skippable(lex, lowered[taken]):
            taken += 1
        if (
            lex.language in _ROMANCE
            and taken < conjunction
            and _infinitive(lex, lowered[taken])
            and _infinitive(lex, second)
            and morphology.verb_lemma(first, lex.language) is not None
        ):
            # A bare infinitive going on the one the relative's verb takes, in the subjunctive as often as not
            # ("soluções que permitam reduzir os custos e aumentar a qualidade"); one with an object pronoun
            # ("... e apresentá-lo") is the learner's next action.
            return True
        if verb not in at and _morph_hit(lex, verb, first, slot=True) is None:
            return False
        if lex.language == "en":
            return first.endswith("s") == second.endswith("s")
        hit = at.get(target) or _morph_hit(lex, target, second, slot=True)
        infinitive = _infinitive(lex, second) or (hit is not None and _with_enclitic(lex, second, hit.form.lemma))
        return _infinitive(lex, first) == infinitive
    return False


def _within_relative(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], main: VerbHit, conjunction: int) -> bool:
    """Whether a conjunction joins the verb-final verbs of a relative clause opened without a comma after the
    statement's verb ("schrijft een procedure die lekkages opspoort en meldt"): the clause opens between the
    two and the word after the conjunction ends the statement or comes before a comma ("... en meldt, ...").
    A verb with its own object after the conjunction is the statement's next action ("... en rapporteert de ...")."""
    relatives = _RELATIVES_AFTER_NOUN.get(lex.language)
    lowered = scan.lowered
    after = conjunction + 1
    if not relatives or after >= len(lowered) or (after + 1 < len(lowered) and not scan.comma_before[after + 1]):
        return False
    for index in range(conjunction - 1, main.index, -1):
        if scan.comma_before[index + 1]:
            return False
        if lowered[index] in relatives and _after_noun(lex, scan, at, index):
            return True
    return False


def _in_compound(scan: _Scan, conjunction: int) -> bool:
    """Whether a conjunction is hyphened to a word beside it, inside one compound noun ("a fire-and-rehire
    proposal", "cut-and-fill", "pick-and-place"): it joins that noun's words, not two actions."""
    return scan.hyphen_before[conjunction] or (
        conjunction + 1 < len(scan.hyphen_before) and scan.hyphen_before[conjunction + 1]
    )


def _names_joined(scan: _Scan, main: VerbHit, conjunction: int) -> bool:
    """Whether a conjunction joins two capitalised words after the statement's verb: one name of a feature
    or method ("Use Find and Replace in Word", "Apply Track Changes and Compare"), not two actions."""
    before, after = conjunction - 1, conjunction + 1
    return (
        main.index < before
        and after < len(scan.original)
        and scan.original[before][:1].isupper()
        and scan.original[after][:1].isupper()
    )


def _opens_clause(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit]) -> list[bool]:
    """Where a subordinate clause opens after a comma.

    A word of ``subordinators`` after a comma opens one, except an article that is also a singular
    relative pronoun (``article_relatives``: German "das", "dem", "der") whose stretch up to the next
    comma or conjunction ends in an infinitive: that is one more listed action ("..., das Personal
    schulen und ..."), where a relative clause ends in a finite verb ("..., das Kosten senkt"); so is any
    article after an action that ends in its infinitive, in a list that goes on ("..., die Fliesen verlegen
    und ..."). A clause
    goes on after a comma in a stretch that opens with no verb and ends in a finite one ("..., der über
    die Angebote informiert, wenig kostet und ..."), where a listed action opens with its verb or ends in
    an infinitive. The end of each stretch is found in one backward pass.
    """
    lowered = scan.lowered
    size = len(lowered)
    last_word = [0] * size  # the last word of the stretch each word is in
    end = size - 1
    for index in range(size - 1, -1, -1):
        last_word[index] = end
        if scan.comma_before[index] or lowered[index] in lex.conjunctions:
            end = index - 1
    opens = [False] * size
    clause = False  # whether the stretch before is a clause's
    for index, word in enumerate(lowered):
        if not scan.comma_before[index]:
            continue
        close = last_word[index]
        # a relative pronoun after its preposition ("..., in dem die Aufgaben ... festgelegt sind"), or an article
        # after one in a listed action ("..., mit dem Kunden verhandeln und ...")
        prepositional = (
            word not in lex.subordinators
            and word in lex.context_openers
            and close > index
            and lowered[index + 1] in lex.subordinators
        )
        if word in lex.subordinators or prepositional:
            pronoun = index + 1 if prepositional else index
            # an article after a listed action, which ends in its infinitive, opens the next one ("Den Arbeitsbereich
            # vorbereiten, die Fliesen verlegen und ..."): a relative pronoun follows its noun
            listed = word in lex.article_relatives or (
                word in lex.determiners
                and close + 1 < size
                and lowered[close + 1] in lex.conjunctions
                and _infinitive_at(lex, scan, at, index - 1) is True
            )
            opens[index] = not (
                (prepositional or listed) and close > pronoun + 1 and _infinitive_at(lex, scan, at, close)
            )
        else:
            opens[index] = (
                clause
                and close > index
                and _infinitive_at(lex, scan, at, close) is False
                and _infinitive_at(lex, scan, at, index) is None
            )
        clause = opens[index]
    return opens


def _infinitive_at(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], index: int) -> bool | None:
    """Whether the word at ``index`` is a verb written as its infinitive (``None`` when it is no verb): a
    capitalised word inside a German statement is a noun, a nominalised infinitive too ("die Kosten", "das
    Anliegen")."""
    word = scan.lowered[index]
    if lex.nouns_capitalised and index > 0 and scan.original[index][:1].isupper():
        return None
    if (at.get(index) or _morph_hit(lex, index, word, slot=False)) is None:
        return None
    infinitive = morphology.verb_lemma(word, lex.language)
    return infinitive is not None and infinitive[0] == word


def _clause_final(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], *, infinitives: bool = False) -> list[str]:
    """Verb-final actions joined by a conjunction ("... analysieren und einen Bericht schreiben"); only infinitives
    with ``infinitives`` (after a modal: "kan gemeten en berekende waarden vergelijken" joins no two actions)."""
    lowered = scan.lowered
    content = [i for i, w in enumerate(lowered) if w not in lex.trailing]
    if not content:
        return []
    last = content[-1]
    finals: list[tuple[int, str]] = []
    # Verbs of a subordinate clause ("uitleggen hoe een warmtepomp werkt") are not further actions: a
    # clause opens at a word that only opens clauses, or at a subordinator after a comma, and ends at
    # the next comma.
    opens = _opens_clause(lex, scan, at)
    subordinate = [False] * len(lowered)
    inside = False
    relatives = _RELATIVES_AFTER_NOUN.get(lex.language, frozenset())
    open_run, tail = _open_runs(lex, scan, at, last)
    for index, word in enumerate(lowered):
        if scan.comma_before[index]:
            inside = opens[index]
        elif (word in lex.clause_openers and not scan.slash_before[index]) or (
            word in relatives and _after_noun(lex, scan, at, index)
        ):
            inside = True  # not "of" in "en/of", a conjunction
        subordinate[index] = inside
    for index in content:
        if subordinate[index] or scan.shared_article[index] or scan.bracketed[index]:
            continue  # a clause's verb, a noun sharing an article, or words in brackets ("(hören, verstehen)")
        ends = (
            index == last
            or scan.comma_before[index + 1]
            or lowered[index + 1] in lex.conjunctions
            or scan.slash_before[index + 1]
            or (
                open_run[index + 1]
                and _extraposed(lex, scan, index)
                and (index + 1 >= tail or _only_a_verb(lex, scan, at, index))
            )
        )
        if index > 0 and lowered[index - 1] in lex.determiners and not _object_pronoun(lex, scan, index, ends):
            continue  # after an article a word is a noun ("De kosten en baten ... vergelijken")
        capitalised = lex.nouns_capitalised and scan.original[index][:1].isupper()
        if not ends or (capitalised and (index > 0 or lowered[index + 1 : index + 2] != ["sie"])):
            continue
        hit = at.get(index) or _morph_hit(lex, index, lowered[index], slot=False)
        if hit is not None and not hit.form.vague and (not infinitives or _infinitive_form(hit.form)):
            finals.append((index, hit.form.lemma))
    joined: list[str] = []
    # Where the last conjunction is: a comma before it separates items of a list ("A, B und C").
    last_conjunction = max((i for i, w in enumerate(lowered) if w in lex.conjunctions), default=-1)
    for (before, _), (index, verb) in itertools.pairwise(finals):
        between = range(before + 1, index)
        if any(opens[i] for i in between):
            continue  # "... auswählen, das Haltbarkeit, Kosten und Recyclingfähigkeit abwägt"
        listed = scan.comma_before[before + 1] and last_conjunction > before
        if listed or any(lowered[i] in lex.conjunctions or scan.slash_before[i] for i in (*between, index)):
            joined += [finals[0][1], verb] if not joined else [verb]
    return joined


def _open_runs(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], last: int) -> tuple[list[bool], int]:
    """Whether the words from each index up to the next comma or conjunction, or to ``last``, hold no verb, and where
    the last such run starts (``last + 1`` when none does), in a language that puts phrases after its verb
    (``prepositions`` given): a phrase there can follow a verb-final infinitive in its own part (:func:`_extraposed`),
    at the end or before the next action ("... monteren volgens de norm en ...")."""
    runs = [False] * (len(scan.lowered) + 1)
    tail = last + 1
    if not lex.prepositions:
        return runs, tail
    clear = final = True  # no verb from here to the next comma, conjunction or the end; in the last run
    for index in range(last, -1, -1):
        if scan.lowered[index] in lex.conjunctions:
            clear, final = True, False
            continue
        clear = clear and index not in at
        final = final and clear
        runs[index] = clear
        tail = index if final else tail
        if scan.comma_before[index]:
            clear, final = True, False
    return runs, tail


def _only_a_verb(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], index: int) -> bool:
    """Whether a word before a phrase in the middle of a statement can only be a verb: the lexicon's, or an infinitive
    the lemmatiser reads as no plural noun ("tien weken op een afdeling") after a word that is no preposition (a verbal
    noun, "met werken op hoogte")."""
    word = scan.lowered[index]
    if index in at:
        return True
    return morphology.lemma(word, lex.language) == word and (
        index == 0 or scan.lowered[index - 1] not in lex.prepositions
    )


def _extraposed(lex: Lexicon, scan: _Scan, index: int) -> bool:
    """Whether the phrase after a verb-final infinitive, which runs to the end of its part with no verb of its own
    (:func:`_open_runs`), opens with a preposition, as Dutch puts one after its verb ("... en de voortgang bijhouden
    in een e-portfolio"): its part ends with the infinitive."""
    follows = scan.lowered[index + 1]
    # "van" after an infinitive makes it a verbal noun ("het opstellen van ...")
    return follows in lex.prepositions and follows not in lex.determiners


def _object_pronoun(lex: Lexicon, scan: _Scan, index: int, ends: bool) -> bool:
    """Whether the word before an infinitive that ends its part is an object pronoun after a conjunction, not an
    article ("... herkennen en het bemiddelen met ...", where "het plannen van ..." is a verbal noun)."""
    before = index - 1
    return (
        ends
        and before >= 1
        and scan.lowered[before] in _OBJECT_PRONOUNS.get(lex.language, frozenset())
        and scan.lowered[before - 1] in lex.conjunctions
    )


# Object pronouns that are also articles ("het"), read as the pronoun between a conjunction and an infinitive.
_OBJECT_PRONOUNS: dict[str, frozenset[str]] = {"nl": frozenset({"het"})}


# Relative pronouns that are also determiners, where the language sets no comma before a relative clause: right
# after a noun they open one ("een SQL-query die drie tabellen koppelt en ... teruggeeft").
_RELATIVES_AFTER_NOUN: dict[str, frozenset[str]] = {"nl": frozenset({"die"})}


def _after_noun(lex: Lexicon, scan: _Scan, at: dict[int, VerbHit], index: int) -> bool:
    """Whether the word before ``index`` can end a noun phrase: no verb, article, conjunction or preposition."""
    if index == 0 or index - 1 in at:
        return False
    before = scan.lowered[index - 1]
    return not (before in lex.determiners or before in lex.conjunctions or before in lex.context_openers)


def _compound(lex: Lexicon, scan: _Scan, verbs: list[VerbHit]) -> tuple[str, ...]:
    """Further actions joined to an earlier one by a conjunction ("analyse and evaluate")."""
    lowered = scan.lowered
    observable = [v for v in verbs if not v.form.vague]
    if len(observable) < 2:
        return ()
    # The word before each position once skip words are passed over ("and critically evaluate"),
    # found in one pass instead of walking back from every verb.
    passable = lex.skip_words - lex.conjunctions
    before_at: list[int] = []
    last = -1
    for index, word in enumerate(lowered):
        before_at.append(last)
        if word not in passable:
            last = index
    extra: list[str] = []
    purpose = _purpose_at(lex, scan, observable[0])
    for position, hit in enumerate(observable):
        if position == 0 or " ".join(hit.form.words) in lex.noun_like or (purpose is not None and hit.index in purpose):
            continue
        before = before_at[hit.index]
        if (
            before >= 0
            and lowered[before] in lex.conjunctions
            and not _names_joined(scan, observable[0], before)
            and hit.form.lemma != observable[0].form.lemma
            and not _disagrees(lex, observable[0], hit)
            and not _relative_goes_on(lex, scan, {v.index: v for v in verbs}, observable[0], before, hit.index)
        ):
            extra.append(hit.form.lemma)
    return tuple(extra)


# Prefixes that make a verb its own reverse ("load" and "unload", "monter" and "démonter"), and prefixes
# that swap for it ("aufbauen" and "abbauen", "załadować" and "rozładować"), per language.
_REVERSING_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("un", "dis", "de"),
    "fr": ("dé", "dés", "dis"),
    "es": ("des", "dis"),
    "pt": ("des", "dis"),
    "it": ("s", "dis"),
    "de": ("de", "dis"),
    "nl": ("de", "ont", "dis"),
    "pl": ("de", "z", "zde"),
    "sv": ("de", "av"),
    "da": ("de", "af"),
}
_SWAPPED_PREFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("auf", "ab"), ("ein", "aus"), ("be", "ent"), ("ver", "ent"), ("an", "ab")),
    "nl": (("in", "uit"), ("aan", "af"), ("aan", "ont"), ("op", "af")),
    "pl": (("za", "roz"), ("na", "roz"), ("pod", "od"), ("za", "zde")),
}


# Verbs a language joins into one task: named as one in the verb lists of Bloom's taxonomy ("compare and contrast"),
# one manoeuvre of manual handling in care and logistics ("lift and move a patient", "lift and carry a load") or one
# operation of digital skills ("copy and paste", "drag and drop").
_ONE_TASK: dict[str, frozenset[frozenset[str]]] = {
    "en": frozenset(
        {
            frozenset({"compare", "contrast"}),
            frozenset({"lift", "move"}),
            frozenset({"lift", "carry"}),
            frozenset({"lift", "lower"}),
            frozenset({"copy", "paste"}),
            frozenset({"cut", "paste"}),
            frozenset({"drag", "drop"}),
        }
    ),
    "sv": frozenset(
        {
            frozenset({"lyfta", "förflytta"}),
            frozenset({"lyfta", "flytta"}),
            frozenset({"lyfta", "bära"}),
            frozenset({"kopiera", "klistra"}),
            frozenset({"jämföra", "kontrastera"}),
        }
    ),
    "da": frozenset(
        {
            frozenset({"løfte", "forflytte"}),
            frozenset({"løfte", "flytte"}),
            frozenset({"løfte", "bære"}),
            frozenset({"kopiere", "indsætte"}),
            frozenset({"sammenligne", "kontrastere"}),
        }
    ),
}


def _same_operation(language: str, first: str, other: str) -> bool:
    """Whether a verb joined to the action is the action again or its reverse, one operation done both ways
    ("load and unload a lorry", "Gerüste auf- und abbauen", "montare e smontare"), or with it one task ("compare
    and contrast"), and so no second action."""
    if first == other or frozenset({first, other}) in _ONE_TASK.get(language, frozenset()):
        return True
    for a, b in ((first, other), (other, first)):
        if any(b == prefix + a for prefix in _REVERSING_PREFIXES.get(language, ())):
            return True
        for p, q in _SWAPPED_PREFIXES.get(language, ()):
            if a.startswith(p) and b.startswith(q) and a[len(p) :] == b[len(q) :] and len(a) > len(p) + 2:
                return True
    return False


def _disagrees(lex: Lexicon, first: VerbHit, joined: VerbHit) -> bool:
    """Whether a form joined to an infinitive is no infinitive in a language whose infinitives have their
    own endings, and so no second action but a noun's case form ("dobrać test ... i skali pomiaru", the
    genitive of "skala"; "z drewna i stali", of "stal"); or, in Dutch and German, a form like an infinitive
    joined to a third person singular, and so a plural noun ("vergelijkt ... op functionaliteit en kosten");
    or, in Swedish, a form other than the statement's own (:data:`_SAME_FORM`), a clause's verb ("beskriva hur
    man planerar och genomför ..."). French, Spanish and Italian are judged by :func:`_verb_after`'s own rules,
    English has no such endings."""
    if lex.language in _SAME_FORM:
        # an infinitive joined to an imperative is one more imperative where the two forms are one ("Mät ... och
        # dokumentera ...": dokumentera)
        return _as_infinitive(first) != _as_infinitive(joined) and not (
            _as_swedish_imperative(first) and _as_infinitive(joined)
        )
    endings = morphology.INFINITIVE_ENDINGS.get(lex.language)
    if not endings or lex.language in _ROMANCE:
        return False
    head, added = first.form.words[-1], joined.form.words[-1]
    if lex.language in _THIRD_PERSON_IN_T and head.endswith("t") and head != first.form.lemma:
        return added == joined.form.lemma and added.endswith(endings)
    return head.endswith(endings) and not added.endswith(endings)


def _as_swedish_imperative(hit: VerbHit) -> bool:
    """Whether a Swedish verb is written as the imperative that drops its infinitive's -a ("beskriv", "sätt upp")."""
    return f"{hit.form.words[0]}a" == hit.form.lemma.split()[0]


def _as_infinitive(hit: VerbHit) -> bool:
    """Whether a verb is written as its infinitive, its first word the first of its lemma ("redogöra för", not
    "redogör för")."""
    return hit.form.words[0] == hit.form.lemma.split()[0]


# Languages whose third person singular ends in -t ("vergelijkt", "plant"), apart from their infinitives.
_THIRD_PERSON_IN_T = frozenset({"nl", "de"})


def _action_noun(lex: Lexicon, word: str, *, infinitive: bool) -> bool:
    """Whether a word names an action as a noun: a verbal noun's ending, a listed word, an infinitive."""
    if word in lex.not_action_nouns or len(word) < 4:
        return False
    if word in lex.action_nouns or (word.endswith(lex.action_noun_suffixes) and len(word) > 5):
        return True
    if not infinitive:
        return False
    found = morphology.verb_lemma(word, lex.language)
    return found is not None and found[0] == word


def _nominal_actions(lex: Lexicon, scan: _Scan, first: int) -> tuple[tuple[str, ...], int]:
    """Action nouns listed at the start of a statement: "Planning, delivery and evaluation of ...".

    The list is single words joined by commas and a conjunction (each may have its article: "la
    conception et la mise en œuvre", "het opstellen en het uitvoeren"); its first and last items and at
    least two in all are action nouns. Where the language puts modifiers before the noun, the word after
    the list must be one of ``followed_by`` or the end ("networking fundamentals" is a topic). One pass
    over at most :data:`NOMINAL_ITEMS` items. Returns the actions and the index of the word after the list.
    """
    lowered = scan.lowered
    article = lex.nominal_article
    infinitive = False
    items: list[str] = []
    joined = False
    index = first
    while index < len(lowered) and len(items) < NOMINAL_ITEMS:
        if lowered[index] in lex.determiners and index + 1 < len(lowered):
            infinitive = infinitive or (not items and lowered[index] == article)
            index += 1
        items.append(lowered[index])
        after = index + 1
        if after >= len(lowered):
            index = after
            break
        link = scan.comma_before[after]
        if lowered[after] in lex.conjunctions and after + 1 < len(lowered):
            link, joined = True, True
            after += 1
        if not link:
            index = after
            break
        index = after
    if len(items) < 2 or not joined:
        return (), index
    actions = [w for w in items if _action_noun(lex, w, infinitive=infinitive)]
    if len(actions) < 2 or actions[0] != items[0] or actions[-1] != items[-1]:
        return (), index
    if lex.nominal_followers is not None and index < len(lowered):
        follower = lowered[index]
        gerund_object = items[-1].endswith("ing") and follower in lex.determiners  # "delivering a workshop"
        if not scan.comma_before[index] and follower not in lex.nominal_followers and not gerund_object:
            return (), index
    return tuple(dict.fromkeys(actions)), index


# The longest list of action nouns looked at.
NOMINAL_ITEMS = 8
