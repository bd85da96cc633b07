"""Learning outcomes judged like an expert reviewer, in every language with a bundled lexicon.

Each statement is analysed in its own language (``qa_checker.language``): its action verb and Bloom
level, vague wording, teacher-centred phrasing and compound actions. Texts in languages without a
lexicon are left alone rather than guessed at. Based on the Cedefop rules of thumb and Bloom's
revised taxonomy.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Iterator
from typing import Any

from qa_checker import listing, vocab
from qa_checker.bloom import bloom_label, bloom_list
from qa_checker.caching import short_texts
from qa_checker.descriptor import Descriptor
from qa_checker.ects import hours_to_ects
from qa_checker.findings import Severity
from qa_checker.language import (
    BLOOM_LEVELS,
    BLOOM_RANK,
    Analysis,
    analyse,
    lexicon,
    morphology,
    names_a_topic,
    plain_text,
    tokens,
    without_list_mark,
)
from qa_checker.outcome_styles import (
    BARE_IMPERATIVE,
    analysed,
    heading_languages,
    noun_verb_heading,
    outcome_summary,
    outcome_texts,
    sure_verb_first,
    word_after_first,
)
from qa_checker.patterns import regex
from qa_checker.rules import register
from qa_checker.rules.base import Hit, Rule, RuleContext
from qa_checker.rules.consistency import ects_given, implied_eqf, national_eqf
from qa_checker.text import N_, Name, Text, msg, plural, plural_form, quote

# What the rules derive from one statement alone is remembered for this many statements of up to 1,000 characters:
# a batch repeats its standard outcomes, as the analyses' own memo knows.
_per_statement = short_texts(8_192, 1_000)


def _language_name(code: str) -> Name | str:
    """A language as the outcome messages name it: in the reader's language, as every message names one."""
    languages = vocab.get("languages")
    return Name("language", code, languages.label(code)) if code in languages else code


class _OutcomeRule(Rule):
    element = "learning_outcomes"
    clause = "Annex I M6"
    severity = Severity.WARNING

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when at least one outcome is written in a language with a lexicon."""
        return doc.kind in self.kinds and next(analysed(doc), None) is not None


@register
class OutcomeActionVerb(_OutcomeRule):
    """Each learning outcome names what the learner does with an observable action verb.

    Why: an outcome is a statement of what the learner can do on completion; one observable,
    assessable action verb says what will be assessed (Cedefop rules of thumb, Cedefop 2017).
    Where: English, French, Spanish, Portuguese, Italian, Swedish and Danish outcomes start with the verb, after a
    lead-in ("On completion the learner is able to", "el alumno podrá", "lo studente è in grado di") or a context
    opening closed by a comma ("Using metrics, evaluate ...", "En s'appuyant sur ..., concevoir ...");
    German, Dutch, Polish, Czech and Slovak ones may put it anywhere ("... analysieren können", "... kunnen
    toepassen"). A verb is recognised from the bundled verb lists or by its morphology and lemma
    (simplemma), so ordinary domain verbs ("dimensionner", "opschonen", "kwantyfikować") count.
    In English, where most of a descriptor's outcomes open with their verb, a first word that can be
    a verb is read as one ("Grout and seal wall tiles ...", "Wax legs ...", "Triage calls ..."): an
    imperative outside the verb lists is not told from a noun heading by the statement alone, but
    is by the style of the statements around it. Not when an action noun or a topic word follows it
    ("Project management fundamentals"), nor when a verb follows later ("Group fairness metrics to
    evaluate ..."). Among topic headings (half of the outcomes or more without a verb), a heading that
    opens with a noun that is a verb too is one as well ("Work breakdown structures and Gantt charts").
    Passes: the verb is where the language expects it.
    Fails: no action verb is recognised at all (a missing verb, as in a topic heading "Introduction
    to ..."), or in a verb-first language the statement opens with something else than a lead-in or a
    context opening ("Group fairness metrics to evaluate ..."). A list item that ends in a colon without a
    verb ("On completion, the learner will be able to:") is told that it introduces the list and is no
    outcome. Vague and teacher-centred statements are reported by MC-LO-002 and MC-LO-003 instead.
    """

    id = "MC-LO-001"
    name = "outcome-action-verb"
    title = "Outcomes name an observable action verb"
    principles = ("transparency", "valid_assessment")
    weight = 1.0
    message = "the outcome has no observable action verb"
    hint = "Start with an action verb that says what the learner does."
    example_fail = {
        "languages": ["en"],
        "learning_outcomes": [
            "GDPR principles of lawful processing for data-driven projects.",
            "Evaluate the fairness of a classification model using group fairness metrics.",
        ],
    }
    example_pass = {
        "languages": ["en"],
        "learning_outcomes": [
            "Apply the GDPR principles of lawful processing to a data-driven project plan.",
            "Evaluate the fairness of a classification model using group fairness metrics.",
        ],
    }

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Hit for a missing verb, or a verb that is not first where it should be."""
        imperative = _imperative_languages(doc)
        headings = heading_languages(doc)
        for item, analysis in analysed(doc):
            if analysis.vague or analysis.teacher_centred or analysis.nominal:
                continue  # a list of actions as nouns is reported as compound (MC-LO-004)
            heading = noun_verb_heading(analysis, item.language in headings)
            if _list_heading(analysis):
                yield Hit(
                    item.pointer,
                    {"text": quote(item.text)},
                    message=msg(
                        "'{text}' introduces the list of outcomes and is not an outcome itself", text=quote(item.text)
                    ),
                    hint=msg("Remove it from the list, or put it in the summary."),
                )
                continue
            if item.language in imperative and _imperative_pair(analysis):
                continue  # opens with two joined actions ("Research and select ..."): MC-LO-004's
            lex = lexicon(analysis.language)
            if (
                not analysis.first_is_verb
                and item.language in imperative
                and lex is not None
                and all(" ".join(v.form.words) in lex.noun_like or v.word in lex.noun_like for v in analysis.verbs)
                and _can_be_verb(analysis)
            ):
                continue  # "Wax legs ...", "Change engine oil and filters ...": no other verb than nouns

            if not analysis.verbs or heading:
                examples = ", ".join(lex.verbs_at("apply", 3) + lex.verbs_at("analyse", 2)) if lex else ""
                yield Hit(
                    item.pointer,
                    {"text": quote(item.text)},
                    message=msg(
                        "no observable action verb found in '{text}' ({language})",
                        text=quote(item.text),
                        language=_language_name(analysis.language),
                    ),
                    hint=msg(
                        "Start with what the learner does, using an observable verb such as {verbs}.", verbs=examples
                    ),
                )
            elif lex and lex.verb_position == "start" and not analysis.first_is_verb:
                verb = analysis.verbs[0].word
                yield Hit(
                    item.pointer,
                    {"text": quote(item.text)},
                    message=msg(
                        "'{text}' starts with '{first}' instead of its action verb '{verb}'",
                        text=quote(item.text),
                        first=str(analysis.first_word),
                        verb=verb,
                    ),
                    hint=msg(
                        "Put the action verb first: '{verb} ...', followed by what and in which context.",
                        verb=verb.capitalize(),
                    ),
                )


# The most words, and characters, of a heading that names a kind of outcome before a colon ("Ability to apply
# knowledge:").
_HEADING_WORDS = 8
_HEADING_CHARS = 120


def _list_heading(analysis: Analysis) -> bool:
    """Whether a statement introduces a list of outcomes rather than being one: it ends with a colon and has no verb,
    or a few words that do not open with one (the Dublin descriptors' "Capacità di applicare conoscenza e
    comprensione:", "Ability to apply knowledge:")."""
    if not analysis.text.endswith(":"):
        return False
    words = tokens(analysis.text)
    opening = words[0].lower() if words else ""
    led_in = not analysis.first_is_verb or opening != (analysis.first_word or "").lower()
    return not analysis.verbs or (led_in and analysis.words <= _HEADING_WORDS)


def _imperative_languages(doc: Descriptor) -> frozenset[str]:
    """The bare-imperative languages whose outcomes are written as imperatives: at least one opens with
    a recognised verb, and most (at least two) open with a word that is or can be a verb. Found once per
    descriptor (two rules ask)."""
    return doc.memo("imperative outcome languages", _imperative_of)


def _imperative_of(doc: Descriptor) -> frozenset[str]:
    recognised: dict[str, int] = {}
    opening: dict[str, list[bool]] = {}
    for item, analysis in analysed(doc):
        if item.language in BARE_IMPERATIVE:
            recognised[item.language] = recognised.get(item.language, 0) + sure_verb_first(analysis)
            opening.setdefault(item.language, []).append(analysis.first_is_verb or _can_be_verb(analysis))
    return frozenset(
        lang
        for lang, firsts in opening.items()
        if recognised[lang] and sum(firsts) >= 2 and 2 * sum(firsts) >= len(firsts)
    )


def _imperative_pair(analysis: Analysis) -> tuple[str, str] | tuple[()]:
    """Two imperatives joined at the start of a statement among imperatives, the first outside the
    verb lists ("Tag and register lambs ...", "Bale and stack hay ..."): the first can be a verb and
    the word after the conjunction is a verb's base form."""
    if analysis.first_is_verb or not _can_be_verb(analysis):
        return ()
    lex = lexicon(analysis.language)
    first = (analysis.first_word or "").lower()
    rest = _after_first(analysis)
    if lex is None or len(rest) < 2 or rest[0] not in lex.conjunctions:
        return ()
    second = rest[1]
    found = morphology.verb_lemma(second, analysis.language)
    return (first, second) if found is not None and found[0] == second and second != first else ()


def _after_first(analysis: Analysis) -> list[str]:
    """The statement's words after the word in the verb's place, in lower case (none when that word does
    not stand in the text)."""
    first = (analysis.first_word or "").lower()
    words = [w.lower() for w in tokens(analysis.text)]
    return words[words.index(first) + 1 :] if first in words else []


def _can_be_verb(analysis: Analysis) -> bool:
    """Whether the word in the verb's place is a verb's base form by its morphology ("grout", "wax"),
    and the word after it does not make the two a noun heading: an action noun, a topic word or an
    abstract noun by its ending ("Hazard analysis", "Project management", "Cloud computing basics",
    "Fire safety requirements", "Water quality standards")."""
    word = (analysis.first_word or "").lower()
    found = morphology.verb_lemma(word, analysis.language) if word else None
    lex = lexicon(analysis.language)
    if found is None or found[0] != word or (lex is not None and word in lex.not_action_nouns):
        return False  # a topic word ("Overview of ...") is no imperative
    after = word_after_first(analysis)
    return lex is None or after in lex.determiners or not names_a_topic(lex, after)


@register
class OutcomeNotVague(_OutcomeRule):
    """Learning outcomes avoid vague verbs such as understand, know, be aware of, be familiar with.

    Why: what a learner "understands" or "knows" cannot be observed or assessed; a reviewer asks
    what the learner does that shows it (Cedefop 2017). Each language has its own list
    (verstehen, kennen, comprendre, conocer, capire, begrijpen, rozumieć, "knowledge of",
    "Kenntnisse über", "ma świadomość" ...).
    Passes: no vague verb or phrase. Fails: any of them; the hint suggests observable verbs at the
    level the vague wording stands for.
    """

    id = "MC-LO-002"
    name = "outcome-not-vague"
    title = "Outcomes avoid vague verbs"
    principles = ("transparency", "valid_assessment")
    weight = 1.0
    message = "the outcome uses vague wording"
    hint = "Replace it with an observable verb."
    example_fail = {
        "languages": ["en"],
        "learning_outcomes": [
            "Understand the GDPR principles of lawful processing in data projects.",
            "Evaluate the fairness of a classification model using group fairness metrics.",
        ],
    }
    example_pass = OutcomeActionVerb.example_pass

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Hit per statement with vague wording, naming every vague verb or phrase."""
        for item, analysis in analysed(doc):
            if not analysis.vague or analysis.teacher_centred:
                continue
            lex = lexicon(analysis.language)
            phrases = ", ".join(f"'{p}'" for p in _outermost(p for p, _ in analysis.vague))
            level = analysis.level or "understand"
            suggestion = lex.rewrite.get(level) if lex else None
            suggestion = suggestion or ", ".join(lex.verbs_at(level) if lex else [])
            yield Hit(
                item.pointer,
                {"text": quote(item.text)},
                message=msg(
                    "'{text}' uses vague wording ({phrases}) that cannot be observed or assessed",
                    text=quote(item.text),
                    phrases=phrases,
                ),
                hint=msg(
                    "Say what the learner does that shows it, with an observable verb such as {verbs}.",
                    verbs=suggestion,
                ),
            )


def _outermost(phrases: Iterable[str]) -> list[str]:
    """Each phrase once, without those inside another ('heeft kennis' in 'heeft kennis van')."""
    unique = list(dict.fromkeys(phrases))
    return [p for p in unique if not any(p != q and p.casefold() in q.casefold() for q in unique)]


@register
class OutcomeLearnerCentred(_OutcomeRule):
    """Learning outcomes say what the learner can do, not what the course or the teacher does.

    Why: "Students will be introduced to ..." or "The course covers ..." describes teaching, not a
    result a learner can show; the Cedefop handbook asks for the learner's perspective.
    Passes: no teacher-centred phrasing (a teacher who is the learner, "The teacher can plan ...", is
    not). Fails: the course, the teacher or "we" as the subject ("the course covers", "The trainer
    demonstrates", "Der Kurs vermittelt", "Ce module présente", "Kurs obejmuje"), learners in the
    passive ("students will be introduced to", "Den Teilnehmenden werden ... nähergebracht"), the aim
    of the course ("The aim of this course is to provide ...") or a learning activity, the learners
    attending or taking part in the teaching ("Students attend six lectures on ...", "Die Teilnehmenden
    nehmen an einer Exkursion ... teil").
    """

    id = "MC-LO-003"
    name = "outcome-learner-centred"
    title = "Outcomes are written from the learner's side"
    principles = ("learner_centred", "transparency")
    weight = 1.0
    message = "the outcome describes the course, not what the learner can do"
    hint = "Rewrite from the learner's side: 'On completion the learner can <verb> ...'."
    example_fail = {
        "languages": ["en"],
        "learning_outcomes": [
            "Students will be introduced to the GDPR principles of lawful processing.",
            "Evaluate the fairness of a classification model using group fairness metrics.",
        ],
    }
    example_pass = OutcomeActionVerb.example_pass

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Hit per teacher-centred statement."""
        for item, analysis in analysed(doc):
            if analysis.teacher_centred:
                lex = lexicon(analysis.language)
                examples = ", ".join(lex.verbs_at("apply", 2) + lex.verbs_at("evaluate", 2)) if lex else ""
                yield Hit(
                    item.pointer,
                    {"text": quote(item.text)},
                    message=msg(
                        "'{text}' describes the teaching ('{phrase}'), not what the learner can do",
                        text=quote(item.text),
                        phrase=str(analysis.teacher_centred),
                    ),
                    hint=msg(
                        "Rewrite it as what the learner can do on completion, starting with a verb such as {verbs}.",
                        verbs=examples,
                    ),
                )


@register
class OutcomeSingleAction(_OutcomeRule):
    """Each learning outcome asks for one action (no compound outcomes).

    Why: "Analyse and evaluate ..." hides two results in one statement; each needs its own
    assessment evidence, and a learner who can do one but not the other cannot be judged.
    Options: ``max_actions`` (default 1) actions joined by and/or (und, et, y, e, en, i ...), in a
    comma list ("Design, program, commission and test ..."), or in verb-final clauses ("... analysieren
    und einen Bericht schreiben"), or clauses a semicolon separates as "and" would ("Calculate the heat
    loss; present the results ..."); verbs of a subordinate clause ("explain how X works") do not count,
    nor do the items of a list a colon opens ("tools: hammers; saws"), nor an action joined to its own
    reverse, one operation done both ways ("load and unload", "montieren und demontieren").
    A heading that lists actions as nouns ("Planning, delivery and evaluation of ...", "Przygotowanie i
    przeprowadzenie ...", "Het opstellen en uitvoeren van ...") asks for as many results as it lists:
    it is reported here, and not also as lacking a verb (MC-LO-001), since splitting it into one
    outcome per action, each with its verb, fixes both.
    Passes: one action per statement. Fails: several actions joined by a conjunction, as verbs or as
    action nouns, or several statements in one item, on lines of their own (bullets, numbers, list items) or
    on one line after bullets or numbers ("• Analyse ... • Design ...", "- Analyse ... - Design ...",
    "1) Analyse ... 2) Design ...") or after a lead-in's colon between semicolons ("Students will be able to:
    analyse ...; design ..."): the list of learning outcomes gives each outcome an item of its own.

    A statement that is only a comma list of verbs ("Analyse, evaluate, create, apply") asks for each of them,
    with or without a conjunction; a pair of verbs that names one task ("compare and contrast", "copy and
    paste", "lift and move a patient") is one action.
    """

    id = "MC-LO-004"
    name = "outcome-single-action"
    title = "Outcomes ask for one action each"
    principles = ("valid_assessment",)
    weight = 0.5
    message = "the outcome combines several actions"
    hint = "Split it into one outcome per action, each assessable on its own."
    defaults = {"max_actions": 1}
    options_schema = {"max_actions": {"type": "integer", "minimum": 1}}
    example_fail = {
        "languages": ["en"],
        "learning_outcomes": [
            "Analyse and evaluate the fairness of a classification model using group metrics.",
            "Apply the GDPR principles of lawful processing to a data-driven project plan.",
        ],
    }
    example_pass = OutcomeActionVerb.example_pass

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Hit when a statement joins more actions than allowed."""
        limit = int(ctx.options["max_actions"])
        imperative = _imperative_languages(doc)
        for item, analysis in analysed(doc):
            listed, inline = _outcomes_listed(item.text, item.language)
            if listed > limit:
                yield Hit(
                    item.pointer,
                    {"text": quote(item.text)},
                    message=plural(
                        "'{text}' lists {count} outcome in one item",
                        "'{text}' lists {count} outcomes in one item",
                        listed,
                        text=quote(item.text),
                    )
                    if inline
                    else plural(
                        "'{text}' holds {count} outcome on lines of its own",
                        "'{text}' holds {count} outcomes on lines of their own",
                        listed,
                        text=quote(item.text),
                    ),
                    hint=msg("Give each outcome an item of its own in the list of learning outcomes."),
                )
                continue
            if len(analysis.nominal) > limit:
                nouns = ", ".join(analysis.nominal)
                lex = lexicon(analysis.language)
                verbs = ", ".join(f"'{v.capitalize()} ...'" for v in (lex.verbs_at("create", 2) if lex else []))
                yield Hit(
                    item.pointer,
                    {"text": quote(item.text)},
                    message=plural(
                        "'{text}' lists {count} action as a noun ({nouns}) in one outcome",
                        "'{text}' lists {count} actions as nouns ({nouns}) in one outcome",
                        len(analysis.nominal),
                        text=quote(item.text),
                        nouns=nouns,
                    ),
                    hint=msg(
                        "Split it into one outcome per action, each saying with a verb what the learner does "
                        "({examples}).",
                        examples=verbs,
                    ),
                )
                continue
            pair = _imperative_pair(analysis) if item.language in imperative else ()
            joined = _semicolons_joined(item.text, item.language)
            whole = analyse(joined, item.language) if joined is not None else analysis
            if pair:
                actions = list(pair)
            elif whole is None or not whole.compound or whole.main is None:
                continue
            else:
                actions = [whole.observable[0].word, *whole.compound]
            if len(actions) > limit:
                yield Hit(
                    item.pointer,
                    {"text": quote(item.text)},
                    message=plural(
                        "'{text}' combines {count} action ({actions}) in one outcome",
                        "'{text}' combines {count} actions ({actions}) in one outcome",
                        len(actions),
                        text=quote(item.text),
                        actions=", ".join(actions),
                    ),
                )


def _listed(text: str) -> tuple[list[str], bool, bool]:
    """The items of a text written as a list, with whether they share one line: on lines of their own (bulleted,
    numbered or not), or on one line after bullets ("• A • B", "- A - B"), numbers ("1) A 2) B") or a lead-in's
    colon between semicolons ("... be able to: A; B"). No items for a text of one line without such marks. With
    whether an item may be a phrase rather than a statement (split at bullets or dashes, or a labelled sentence)."""
    plain = listing.from_html(text).strip()
    if "\n" in plain:
        return listing.items(text), False, False
    marked = listing.marked_lines(plain)
    if marked is not None:
        return listing.items(marked), True, True
    # A ';' read as a ',' leaves only numbered items to split a line at (listing splits at ';' otherwise).
    numbered = listing.items(plain.replace(";", ","))
    if len(numbered) > 1:
        return numbered, True, False
    lead, colon, rest = plain.partition(":")
    stems = _item_stems(rest) if colon else []
    if len(stems) > 1 and all(stems):
        return [f"{lead}:", *stems], True, False
    labelled = _LABELLED_SENTENCE.split(plain) if ":" in plain else []
    return (labelled, True, True) if len(labelled) > 1 else ([], False, False)


# A semicolon or a bracket: a semicolon is between the items a lead-in's colon opens ("... be able to: analyse X;
# design Y") unless the next bracket after it closes one.
_ITEM_MARKS = regex(r"[;()]")


def _item_stems(text: str) -> list[str]:
    """``text`` split at its semicolons outside brackets, each part stripped; read from the end, so that each
    semicolon costs one step whatever the length of the text."""
    cuts: list[int] = []
    closing = False  # whether the next bracket after the mark read is a closing one
    for mark in reversed(list(_ITEM_MARKS.finditer(text))):
        if mark.group() != ";":
            closing = mark.group() == ")"
        elif not closing:
            cuts.append(mark.start())
    bounds = [-1, *reversed(cuts), len(text)]
    return [text[start + 1 : end].strip() for start, end in itertools.pairwise(bounds)]


# A sentence after the first that opens with a label of a few words and its colon, as handbooks group outcomes
# ("Knowledge: explain X. Skills: configure Y.", "Wissen: ... Fertigkeiten: ..."): the start of another item.
_LABELLED_SENTENCE = regex(r"(?<=[.!?])\s+(?=[^\W\d_][^\W\d_-]*(?:[ -][^\W\d_]+){0,2}\s?:\s)")


@_per_statement
def _outcomes_listed(text: str, language: str) -> tuple[int, bool]:
    """How many statements a text lists (see :func:`_listed`; a lead-in ending in a colon left out) when at least
    two of them have a verb: outcomes written into one item. With whether they share one line. None for a text
    without list marks on one line, or of one statement broken over several lines."""
    lines, inline, phrases = _listed(text)
    if lines and lines[0].endswith(":"):
        lead = analyse(lines[0], language)
        if lead is not None and lead.main is not None:
            # "Carry out a risk assessment in five steps: 1) identify ... 2) ...": the items are parts of
            # the one action the lead-in states, unlike a stem ("Participants will be able to:").
            return 0, False
        lines = lines[1:]
    with_verb = 0
    for line in lines:  # up to the second statement with a verb
        found = analyse(line, language)
        with_verb += found is not None and (_opens_or_closes(found) if phrases else bool(found.verbs))
        if with_verb > 1:
            return len(lines), inline
    return 0, False


def _opens_or_closes(found: Analysis) -> bool:
    """Whether a part of a line split at dashes or bullets is a statement: its main verb opens it, or ends it
    as German and Dutch put it; not a phrase between dashes ("- with a clear call to action -")."""
    return found.main is not None and (found.first_is_verb or found.main.index >= found.words - 1)


def _semicolons_joined(text: str, language: str) -> str | None:
    """The statement with a conjunction of its language after each semicolon between clauses, which joins
    them as "and" does ("Calculate the heat loss; present the results"): the analysis of joined actions
    then reads them. Not the semicolons of a list a colon opens ("tools: hammers; saws") or of brackets.
    ``None`` when there are none to join."""
    lex = lexicon(language)
    if lex is None or ";" not in text:
        return None
    # Any of the language's conjunctions: the analysis treats them alike.
    conjunction = min(lex.conjunctions)
    parts: list[str] = []
    depth, listed, joined = 0, False, False
    for char in text:
        depth += (char in "([{") - (char in ")]}")
        listed = listed or (char == ":" and depth <= 0)
        if char == ";" and depth <= 0 and not listed:
            parts.append(f"; {conjunction}")
            joined = True
        else:
            parts.append(char)
    return "".join(parts) if joined else None


def written_words(text: str) -> int:
    """The words of a text as a reader counts them: runs between spaces with a letter or digit, so an elided article
    ("d'acier", "dell'auto"), a hyphened compound ("Stern-Dreieck-Schaltung") or a code ("C25/30") is one word."""
    return sum(1 for chunk in text.split() if _WRITTEN_WORD.search(chunk))


_WRITTEN_WORD = regex(r"[^\W_]")


@_per_statement
def _statement_words(text: str) -> int:
    """The written words of a statement as its reader sees it, without the number or code it is listed under."""
    return written_words(without_list_mark(plain_text(text)))


# Languages that say in fewer words what English says in more, with the share of the word count they
# need for the same statement: agglutinative case endings and compounds (fi, et, hu, tr, ka, eu), and no
# separate articles with the cases doing the prepositions' work (the Slavic and Baltic languages, and Icelandic,
# whose definite article is an ending).
WORD_ECONOMY: dict[str, float] = {
    **dict.fromkeys(("fi", "et", "hu", "tr", "ka", "eu"), 0.6),
    **dict.fromkeys(("pl", "cs", "sk", "sl", "hr", "bg", "lt", "lv", "uk", "ru", "be", "sr", "bs", "mk", "is"), 0.8),
}


@register
class OutcomeLength(Rule):
    """Learning outcomes are neither too short to say anything nor too long to assess.

    Why: a good statement has a verb, an object and a context (Cedefop 2017): a few words
    are not enough, and a paragraph usually hides several outcomes.
    Options: ``min_words`` (default 5) and ``max_words`` (default 40), counted in any language.
    Finnish, Estonian and Hungarian join into one word what other languages say in several (case
    endings and compounds: "järjestelmään", into the system), so their statements need three fifths
    of ``min_words`` ("Vaihtaa kiertovesipumpun turvallisesti.", replace the circulation pump safely);
    the Slavic and Baltic languages have no articles, so theirs need four fifths ("Weryfikuje
    kosztorys ofertowy wykonawcy.", verify the contractor's cost estimate).
    Passes: statements within the range. Fails: shorter or longer statements.
    """

    id = "MC-LO-005"
    name = "outcome-length"
    title = "Outcomes are of reasonable length"
    element = "learning_outcomes"
    clause = "Annex I M6"
    principles = ("transparency",)
    severity = Severity.WARNING
    weight = 0.5
    message = "the outcome's length is out of range"
    hint = "Write one sentence: verb, object and context."
    defaults = {"min_words": 5, "max_words": 40}
    options_schema = {"min_words": {"type": "integer", "minimum": 1}, "max_words": {"type": "integer", "minimum": 1}}
    example_fail = {
        "languages": ["en"],
        "learning_outcomes": [
            "Apply GDPR.",
            "Evaluate the fairness of a classification model using group fairness metrics.",
        ],
    }
    example_pass = OutcomeActionVerb.example_pass

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when there are outcome texts."""
        return any(True for _ in outcome_texts(doc))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Count words per statement."""
        minimum, high = int(ctx.options["min_words"]), int(ctx.options["max_words"])
        for item in outcome_texts(doc):
            words = _statement_words(item.text)
            low = math.ceil(minimum * WORD_ECONOMY.get(item.language.lower(), 1.0))
            heading = len(item.text) <= _HEADING_CHARS and item.text.rstrip().endswith(":")  # MC-LO-001's
            if words < low and not heading:
                yield Hit(
                    item.pointer,
                    message=plural(
                        "'{text}' has {count} word; "
                        "too short to say what, how and in which context (at least {minimum})",
                        "'{text}' has {count} words; "
                        "too short to say what, how and in which context (at least {minimum})",
                        words,
                        text=quote(item.text),
                        minimum=low,
                    ),
                    hint=msg(
                        "Add the object and the context or standard: "
                        "'<verb> <what> <in which context / to what standard>'."
                    ),
                )
            elif words > high:
                yield Hit(
                    item.pointer,
                    message=plural(
                        "'{text}' has {count} word, more than {maximum}",
                        "'{text}' has {count} words, more than {maximum}",
                        words,
                        text=quote(item.text),
                        maximum=high,
                    ),
                    hint=msg("Shorten it to one sentence, or split it into several outcomes."),
                )


def workload_ects(doc: Descriptor) -> tuple[float | None, str, float]:
    """The workload in ECTS, from ECTS (``workload.ects`` or ECTS under a national name in other_credits) or else
    from hours; with where it came from (``"ects"`` or ``"hours"``, ``""`` for no workload) and the figure given
    there."""
    ects, _where = ects_given(doc)
    if ects is not None:
        return ects, "ects", ects
    hours = doc.figure("/workload/hours")
    if hours is not None:
        return hours_to_ects(hours), "hours", hours
    return None, "", 0.0


@register
class OutcomeCount(Rule):
    """The number of learning outcomes fits the workload.

    Why: a small unit typically has 3 to 8 outcomes; one outcome for 30 ECTS
    says too little, twenty outcomes for 1 ECTS cannot all be taught and assessed.
    Options: ``min_outcomes`` (2) and ``max_outcomes`` (15) always; with a workload also
    ``max_ects_per_outcome`` (10: 30 ECTS need at least 3 outcomes) and ``max_outcomes_per_ects``
    (4: 1 ECTS carries at most 4), never fewer than a small unit typically has (``small_unit_outcomes``,
    4: a two-day training may name four results). Hours count as ECTS at 27.5
    hours each.
    Passes: a count within the range. Fails: fewer or more outcomes.
    """

    id = "MC-LO-006"
    name = "outcome-count"
    title = "Number of outcomes fits the workload"
    element = "learning_outcomes"
    clause = "Annex I M6, M7"
    principles = ("transparency", "valid_assessment")
    severity = Severity.WARNING
    weight = 0.5
    message = "the number of outcomes does not fit the workload"
    hint = "Aim for a handful of outcomes that together describe the whole unit."
    defaults = {
        "min_outcomes": 2,
        "max_outcomes": 15,
        "max_ects_per_outcome": 10,
        "max_outcomes_per_ects": 4,
        "small_unit_outcomes": 4,
    }
    options_schema = {key: {"type": ["number", "null"], "minimum": 0} for key in defaults}
    example_fail = {"workload": {"ects": 40, "hours": 1100}}
    example_pass = {"workload": {"ects": 5, "hours": 140}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when outcomes are listed."""
        return bool(doc.items("/learning_outcomes"))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare the count with the absolute and workload-based bounds."""
        count = len(doc.items("/learning_outcomes"))
        opts = ctx.options
        ects, unit, given = workload_ects(doc)
        low = opts["min_outcomes"] or 0
        high = opts["max_outcomes"] if opts["max_outcomes"] is not None else math.inf
        low_basis = high_basis = ""
        if ects is not None and opts["max_ects_per_outcome"]:
            # Never more than the most outcomes any unit has (max_outcomes): the two bounds stay one range.
            needed = min(ects / opts["max_ects_per_outcome"], high)
            if math.isfinite(needed) and math.ceil(needed) > low:
                low, low_basis = math.ceil(needed), unit
        # Options too extreme for a bound to be computed give none.
        if ects is not None and opts["max_outcomes_per_ects"] and math.isfinite(ects * opts["max_outcomes_per_ects"]):
            small = max(int(opts["min_outcomes"] or 1), int(opts.get("small_unit_outcomes") or 0))
            allowed = max(math.floor(ects * opts["max_outcomes_per_ects"]), small)
            if allowed < high:
                high, high_basis = allowed, unit
        if count < low:
            yield Hit(
                "/learning_outcomes",
                message=_too_few(count, low, low_basis, given),
                hint=msg("Describe every result the unit leads to, one outcome per action."),
            )
        elif count > high:
            yield Hit(
                "/learning_outcomes",
                message=_too_many(count, high, high_basis, given),
                hint=msg(
                    "Merge outcomes that are steps of the same result, or move detail to the content description."
                ),
            )


def _too_few(count: int, low: float, basis: str, given: float) -> Text:
    """Too few outcomes, for the workload (``basis`` ``"ects"`` or ``"hours"``, ``given`` of them) or at all."""
    if basis == "ects":
        return plural(
            "{count} learning outcome is too few for {ects} ECTS: expected at least {minimum}",
            "{count} learning outcomes are too few for {ects} ECTS: expected at least {minimum}",
            count,
            ects=given,
            minimum=low,
        )
    if basis == "hours":
        return plural(
            "{count} learning outcome is too few for {hours}: expected at least {minimum}",
            "{count} learning outcomes are too few for {hours}: expected at least {minimum}",
            count,
            hours=_hours(given),
            minimum=low,
        )
    return plural(
        "{count} learning outcome is too few: expected at least {minimum}",
        "{count} learning outcomes are too few: expected at least {minimum}",
        count,
        minimum=low,
    )


def _hours(hours: float) -> Text:
    """A number of hours in its own plural form (1 hour, 1.5 hours), whatever form the message around it takes."""
    return plural("{count} hour", "{count} hours", plural_form(hours), count=hours)


def _too_many(count: int, high: float, basis: str, given: float) -> Text:
    """Too many outcomes, for the workload (``basis`` ``"ects"`` or ``"hours"``, ``given`` of them) or at all."""
    if basis == "ects":
        return plural(
            "{count} learning outcome is too many for {ects} ECTS: expected at most {maximum}",
            "{count} learning outcomes are too many for {ects} ECTS: expected at most {maximum}",
            count,
            ects=given,
            maximum=high,
        )
    if basis == "hours":
        return plural(
            "{count} learning outcome is too many for {hours}: expected at most {maximum}",
            "{count} learning outcomes are too many for {hours}: expected at most {maximum}",
            count,
            hours=_hours(given),
            maximum=high,
        )
    return plural(
        "{count} learning outcome is too many: expected at most {maximum}",
        "{count} learning outcomes are too many: expected at most {maximum}",
        count,
        maximum=high,
    )


def _level_map(raw: dict[Any, Any]) -> dict[int, str]:
    return {int(k): str(v) for k, v in raw.items()}


_LEVELS_SCHEMA = {
    "type": "object",
    "additionalProperties": {"enum": list(BLOOM_LEVELS)},
    "propertyNames": {"pattern": "^[1-8]$"},
}


def _classified(doc: Descriptor, share: float) -> list[str]:
    """The outcomes' recognised Bloom levels, when they are at least ``share`` of the outcomes; else none.
    Found once per descriptor and share (MC-LO-007 asks in ``applies`` and in ``check``)."""
    return doc.memo(f"classified outcome levels {share!r}", functools.partial(_classified_levels, share=share))


def _classified_levels(doc: Descriptor, share: float) -> list[str]:
    levels = [outcome["bloom"] for outcome in outcome_summary(doc)]
    classified = [level for level in levels if level is not None]
    return classified if classified and len(classified) >= share * len(levels) else []


@register
class OutcomeLevelFitsEqf(Rule):
    """The Bloom levels of the outcomes are plausible for the declared EQF level.

    Why: the level of a unit shows in what its outcomes ask learners to do:
    EQF 7 with only "define" and "explain" outcomes, or EQF 3 with only "design" outcomes, is a large
    mismatch a reviewer questions. Each outcome gets a Bloom level (remember .. create) from its main
    verb in the bundled per-language verb lists; vague wording counts at the level it stands for.
    Options: ``min_highest`` (EQF level -> lowest acceptable level of the most demanding outcome;
    default 6: apply, 7: analyse, 8: evaluate), ``max_lowest`` (EQF level -> highest acceptable level of the
    least demanding outcome; default 1, 2: apply, 3: evaluate) and ``min_classified_share`` (0.5: the
    share of outcomes that must have a recognised level before the rule judges).
    Passes: the spread of levels fits. Fails: a large mismatch (a warning, never an error by default),
    reported on the outcomes, whose message names the declared EQF level (or the national level given
    without one, by the EQF level its framework is referenced to: DQR 7 is EQF 7; or else the QF-EHEA
    cycle: the third cycle is EQF 8).
    """

    id = "MC-LO-007"
    name = "outcome-level-fits-eqf"
    title = "Outcome levels fit the EQF level"
    element = "learning_outcomes"
    clause = "Annex I M6, M8"
    principles = ("transparency", "recognition")
    severity = Severity.WARNING
    weight = 1.0
    message = "the outcomes do not fit the EQF level"
    hint = "Check the declared level, or rewrite the outcomes."
    defaults = {
        "min_highest": {6: "apply", 7: "analyse", 8: "evaluate"},
        "max_lowest": {1: "apply", 2: "apply", 3: "evaluate"},
        "min_classified_share": 0.5,
    }
    options_schema = {
        "min_highest": _LEVELS_SCHEMA,
        "max_lowest": _LEVELS_SCHEMA,
        "min_classified_share": {"type": "number", "minimum": 0, "maximum": 1},
    }
    example_fail = {
        "level": {"eqf": 7, "qf_ehea_cycle": "second"},
        "languages": ["en"],
        "learning_outcomes": [
            "Describe the GDPR principles of lawful processing for data projects.",
            "Define the group fairness metrics used for classification models.",
            "Explain the purpose of a data-management plan and its main sections.",
        ],
    }
    example_pass = {"level": {"eqf": 7, "qf_ehea_cycle": "second"}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when an EQF level (or a national level or QF-EHEA cycle that stands for one) is given and
        at least ``min_classified_share`` of the outcomes have a recognised level (none has in a language
        the outcome analysis does not read)."""
        return implied_eqf(doc) is not None and bool(_classified(doc, ctx.options["min_classified_share"]))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare the highest and lowest outcome levels with the EQF expectations."""
        eqf = implied_eqf(doc)
        classified = _classified(doc, ctx.options["min_classified_share"])
        if eqf is None or not classified:
            return
        declared = _declared_level(doc)
        highest = max(classified, key=BLOOM_RANK.__getitem__)
        lowest = min(classified, key=BLOOM_RANK.__getitem__)
        spread = bloom_list(list(dict.fromkeys(sorted(classified, key=BLOOM_RANK.__getitem__))))
        floor = _level_map(ctx.options["min_highest"] or {}).get(eqf)
        ceiling = _level_map(ctx.options["max_lowest"] or {}).get(eqf)
        language = next((lang for lang in doc.plain_languages if lexicon(lang)), "en")
        lex = lexicon(language)
        if floor and BLOOM_RANK[highest] < BLOOM_RANK[floor]:
            verbs = ", ".join(lex.verbs_at(floor, 4)) if lex else floor
            yield Hit(
                "/learning_outcomes",
                message=msg(
                    "EQF {eqf} is declared, but the outcomes only reach Bloom level '{highest}' ({spread}); "
                    "EQF {eqf} outcomes usually ask for at least '{floor}'",
                    eqf=str(eqf),
                    highest=bloom_label(highest),
                    spread=spread,
                    floor=bloom_label(floor),
                )
                if declared is None
                else msg(
                    "{level} is declared, which is EQF {eqf}, but the outcomes only reach Bloom level "
                    "'{highest}' ({spread}); EQF {eqf} outcomes usually ask for at least '{floor}'",
                    level=declared,
                    eqf=str(eqf),
                    highest=bloom_label(highest),
                    spread=spread,
                    floor=bloom_label(floor),
                ),
                hint=msg(
                    "Check the declared level, or write outcomes that ask for {floor} or higher ({verbs}).",
                    floor=bloom_label(floor),
                    verbs=verbs,
                ),
            )
        elif ceiling and BLOOM_RANK[lowest] > BLOOM_RANK[ceiling]:
            foundation = _foundation(ceiling)
            verbs = ", ".join(lex.verbs_at(foundation, 4)) if lex else foundation
            figures = {"eqf": str(eqf), "lowest": bloom_label(lowest), "spread": spread}
            if lowest == highest:
                message = (
                    msg(
                        "EQF {eqf} is declared, but every outcome is at Bloom level '{lowest}', "
                        "which is unusual for EQF {eqf}",
                        **figures,
                    )
                    if declared is None
                    else msg(
                        "{level} is declared, which is EQF {eqf}, but every outcome is at Bloom level '{lowest}', "
                        "which is unusual for EQF {eqf}",
                        level=declared,
                        **figures,
                    )
                )
            else:
                message = (
                    msg(
                        "EQF {eqf} is declared, but every outcome is at Bloom level '{lowest}' or above ({spread}), "
                        "which is unusual for EQF {eqf}",
                        **figures,
                    )
                    if declared is None
                    else msg(
                        "{level} is declared, which is EQF {eqf}, but every outcome is at Bloom level '{lowest}' or "
                        "above ({spread}), which is unusual for EQF {eqf}",
                        level=declared,
                        **figures,
                    )
                )
            yield Hit(
                "/learning_outcomes",
                message=message,
                hint=msg("Check the declared level, or describe the foundations too ({verbs}).", verbs=verbs),
            )


# The QF-EHEA cycles as a message names them when the level is given by its cycle alone.
_CYCLE_NAMES = {
    "short": N_("the short cycle"),
    "first": N_("the first cycle"),
    "second": N_("the second cycle"),
    "third": N_("the third cycle"),
}


def _declared_level(doc: Descriptor) -> str | Text | None:
    """What stands for the EQF level when none is given: the national level ("DQR 7") or else the QF-EHEA
    cycle ("the third cycle"); ``None`` when the EQF level is given."""
    if doc.eqf is not None:
        return None
    national = national_eqf(doc)
    if national is not None:
        return national[0]
    cycle = doc.get("/level/qf_ehea_cycle")
    return Text(_CYCLE_NAMES[cycle]) if isinstance(cycle, str) and cycle in _CYCLE_NAMES else None


def _foundation(ceiling: str) -> str:
    """The Bloom level whose verbs describe the foundations below ``ceiling``: the one under it, and never
    above 'apply' (outcomes all at 'create' at EQF 3 are told of applying, not of evaluating)."""
    return BLOOM_LEVELS[max(0, min(BLOOM_RANK[ceiling], BLOOM_RANK["analyse"]) - 2)]


@register
class DistinctOutcomes(Rule):
    """Each learning outcome is stated once.

    Why: a statement given twice (a copy-paste slip, often one meant to be edited) counts as two
    outcomes in the number of outcomes and in the Bloom spread, and hides the result that was meant
    to be there. Statements are compared in each language, ignoring case, spacing, the final
    punctuation, the number or code they are listed under ("2.", "LO2:"), HTML markup and characters
    that show nothing (a zero-width space, a soft hyphen).
    Passes: every statement differs from the others. Fails: a statement that repeats an earlier one.
    """

    id = "MC-LO-008"
    name = "distinct-outcomes"
    title = "Each outcome is stated once"
    element = "learning_outcomes"
    clause = "Annex I M6"
    principles = ("transparency",)
    severity = Severity.WARNING
    weight = 0.5
    message = "an outcome repeats an earlier one"
    hint = "Delete the copy, or write the outcome that was meant to be there."
    example_fail = {
        "languages": ["en"],
        "learning_outcomes": [
            "Evaluate the fairness of a classification model using group fairness metrics.",
            "Document a data protection impact assessment for a machine-learning project.",
            "Evaluate the fairness of a classification model using group fairness metrics.",
        ],
    }
    example_pass = OutcomeActionVerb.example_pass

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when there are two outcomes or more."""
        return len(doc.items("/learning_outcomes")) > 1

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare each statement with the earlier ones of its language."""
        seen: dict[tuple[str, str], str] = {}
        for item in outcome_texts(doc):
            key = (item.language, _compared(item.text))
            if not key[1]:
                continue
            earlier = seen.setdefault(key, item.pointer)
            if earlier != item.pointer:
                yield Hit(
                    item.pointer,
                    message=msg("'{text}' repeats the outcome at {earlier}", text=quote(item.text), earlier=earlier),
                )


@_per_statement
def _compared(text: str) -> str:
    """A statement as MC-LO-008 compares it: as its reader sees it, without its list mark, in one case, its
    spacing made single and its final punctuation left out."""
    return " ".join(without_list_mark(plain_text(text)).casefold().split()).rstrip(" .;:!")
