"""Reading a text written as a list (a spreadsheet cell, a descriptor field given as one text): its items
one per line, numbered on one line, or between ';' (or a spaced '|'), read from HTML too, with their marks left out."""

from __future__ import annotations

import html
import re

from qa_checker import language
from qa_checker.markup import HTML_TAG
from qa_checker.patterns import regex

# A list item's mark: a bullet (with or without a space after it: a symbol, arrow, dingbat or emoji, or one
# of the private-use characters, "o" and "§" that Word's Symbol and Wingdings bullets become when pasted), a
# number (with or without a space before the text), letter or roman numeral, or an outcome's code ("LO1:",
# "K_W01").
BULLET = regex(
    r"^\s*(?:[•·\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ue000-\uf8ff\U0001f300-\U0001faff]\s*"
    r"|o\t\s*|§\s+(?=[^\W\d_])|[-*–—]\s+|[-*](?=[^\W\d_])|\(?\d{1,2}[.)](?:\s+|(?=[^\W\d_]))|\(?[a-z][.)]\s+"
    r"|\(?(?:i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+"
    r"|(?:I?LO|LE|LZ|AA|RA|EU|K_[WUK])\s?\d{1,3}(?:\s*[:.)\-–]\s*|\s+))"
)
# The marks of items numbered on one line: "1) Apply A 2) Design B", "a. Apply A b. Design B", or by an outcome's
# code ("RA1. Analiza ... RA2. Diseña ...", "LO1: Explain ... LO2: Apply ...").
_INLINE_ITEM = regex(r"(?:^|\s)(?:\(?(\d{1,2}|[a-z])[.)]|((?:I?LO|LE|LZ|AA|RA|EU)\s?\d{1,2})[.):]?)\s+")
# An outcome's code: its letters and number.
_CODE = regex(r"([A-Z]+)\s?(\d+)")
# A text of HTML: it opens with a tag, or breaks its lines with <br> after a full stop, colon or semicolon.
_HTML_START = regex(r"^\s*<(?:p|div|ul|ol|li|br|span|strong|b|em|i|u|h[1-6])\b[^<>]*>", re.IGNORECASE)
_HTML_BREAK = regex(r"[.;:!?]\s*<br\s*/?>", re.IGNORECASE)
# The tags that end a line of its text (a paragraph, a list item, a line break), and any tag.
_HTML_LINE = regex(r"<\s*(?:br|/?(?:p|div|li|ul|ol|h[1-6]))\b[^<>]*>", re.IGNORECASE)
_HTML_TAG = regex(HTML_TAG)
# What parts the items of one line: a ';', or a '|' between spaces, as exports join a list's items.
_BETWEEN = regex(r";|\s\|\s")
# How much of a text is searched for items numbered on one line.
_NUMBERED_CHARS = 100_000


def from_html(text: str) -> str:
    """The text of one written in HTML (as learning platforms and rich-text fields export it): a line for
    each paragraph, list item and line break, its other tags left out and its entities (``&amp;``,
    ``&nbsp;``) read as text. Any other text is returned as it is."""
    if not (_HTML_START.match(text) or _HTML_BREAK.search(text)):
        return text
    lines = html.unescape(_HTML_TAG.sub("", _HTML_LINE.sub("\n", text))).replace("\u00a0", " ").split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())


def items(text: str) -> list[str]:
    """The items of a text written as a list: one per line (an indented line without a mark continues the
    marked item above), else after bullets or dashes on one line (:func:`marked_lines`), else numbered on one line,
    else between ';' or a spaced '|'; HTML read as lines, each item without its mark and a trailing ';' or ','."""
    text = from_html(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text if "\n" in text.strip() else marked_lines(text) or text
    parts = _continued(text.split("\n")) if "\n" in text.strip() else _numbered(text) or _BETWEEN.split(text)
    stripped = (BULLET.sub("", part).strip().rstrip(";,").rstrip() for part in parts)
    return [item for item in stripped if item]


# A list written on one line: its first mark, a bullet symbol (as BULLET knows them) or a dash, opens the text or
# follows a lead-in's colon ("• Analyse X. • Design Y.", "Learners can: - analyse X - design Y"), and each further
# item starts at the same mark after a space. A mark in mid-sentence ("Map the diagram → schema", "a model - with its
# assumptions - ...") opens no list.
INLINE_FIRST = regex(r"^(?:[^:]*:)?\s*([•\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff]|[-–—](?=\s))")


def marked_lines(text: str) -> str | None:
    """A list written on one line after bullets or dashes (:data:`INLINE_FIRST`) as one item a line (the lead-in,
    if any, on the first), or ``None`` for a text that is none."""
    first = INLINE_FIRST.match(text)
    if first is None:
        return None
    return re.sub(rf"(?<=\s)(?={re.escape(first.group(1))}\s*[^\W\d_])", "\n", text)


def lead_in(found: list[str], text: str = "") -> bool:
    """Whether the first of a list's items only introduces the others: it ends in a colon ("Learners will be
    able to:") and two or more items follow, or it is a lead-in stem (:func:`_stem`) and one or more follow, or
    the list's ``text`` (where given) opens with a line of no mark above two or more marked ones, each mark of the
    same kind, and that line ends no sentence ("Opiskelija osaa" above "- selittää ...", in any language)."""
    if len(found) < 2 or any(i.endswith(":") for i in found[1:]):
        return False
    return (len(found) >= 3 and found[0].endswith(":")) or _stem(found[0]) or (len(found) >= 3 and _unmarked_head(text))


def group_heads(found: list[str]) -> list[int]:
    """The indexes of a list's items that only head a group of the items after them ("Knowledge:", "Færdigheder:",
    "Umiejętności – absolwent potrafi:"): each ends in a colon, is short, and an item of its own follows it; none
    unless two groups or more are so headed (one alone is a lead-in, :func:`lead_in`)."""
    heads = [
        index
        for index, item in enumerate(found[:-1])
        if item.endswith(":") and len(item) <= _STEM_CHARS and not found[index + 1].endswith(":")
    ]
    colons = [index for index, item in enumerate(found) if item.endswith(":")]
    return heads if len(heads) >= 2 and heads == colons else []


# What ends a sentence: a line ending in one may be a statement of its own above a list, not its lead-in.
_SENTENCE_END = (".", "!", "?")


def _unmarked_head(text: str) -> bool:
    """Whether ``text``'s first line has no list mark and every line after it (two or more) opens with a mark of one
    kind (:func:`_mark_kind`) or continues the item above indented, the first line ending no sentence."""
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    if len(lines) < 3 or len(lines[0]) > _STEM_CHARS or BULLET.match(lines[0]):
        return False
    if lines[0].rstrip().endswith(_SENTENCE_END):
        return False
    kinds = {_mark_kind(line) for line in lines[1:] if not (line[:1].isspace() and not BULLET.match(line))}
    return len(kinds) == 1 and None not in kinds


def _mark_kind(line: str) -> str | None:
    """The kind of a line's list mark: a number, a letter, or the mark itself (a bullet or dash); ``None`` for none."""
    mark = BULLET.match(line)
    if mark is None:
        return None
    sign = mark.group().strip().strip("()")
    return "number" if sign[:1].isdigit() else "letter" if sign[:1].isalpha() else sign[:1]


# How long a line a lead-in stem may be ("Nach erfolgreichem Abschluss des Moduls können die Studierenden").
_STEM_CHARS = 160
# What stands for the items after a stem, so that the lexicons' lead-ins (which end before an action) match.
_ACTION = "x"


def _stem(line: str) -> bool:
    """Whether a line is only a lead-in without its colon, in a language of the bundled lexicons: a learner
    and a modal or ability phrase with nothing after it ("Students will be able to", "Die Studierenden
    können", "L'étudiant sera capable de"), as the outcome rules strip it from an outcome's start."""
    if len(line) > _STEM_CHARS:
        return False
    words = len(language.tokens(line))
    for code in language.supported_languages():
        lex = language.lexicon(code)
        if lex is None:
            continue
        rest = [w.lower() for w in language.tokens(language.strip_lead_ins(lex, f"{line} {_ACTION}"))]
        # What is left is the action alone, after a verb-final language's modal ("können") at most.
        if rest[-1:] == [_ACTION] and len(rest) - 1 < words and all(w in lex.trailing for w in rest[:-1]):
            return True
    return False


def _continued(lines: list[str]) -> list[str]:
    """The items of a list's lines: an indented line without a mark continues the marked item above."""
    # Each item's lines are gathered and joined once: adding each line to the item's text would copy it anew
    # for every line, quadratic in an item of many lines.
    found: list[list[str]] = []
    marked = False
    for line in lines:
        if marked and line[:1].isspace() and line.strip() and not BULLET.match(line):
            found[-1].append(line.strip())
        else:
            found.append([line])
            marked = BULLET.match(line) is not None
    return [" ".join(parts) for parts in found]


def _numbered(text: str) -> list[str]:
    """The items of a line numbered 1, 2, 3 ..., a, b, c ... or by outcome codes RA1, RA2 ... from its start or after a
    lead-in ending in ``:`` (the first item then), or none (when an item would be a single word, the numbers are taken
    to be part of the text)."""
    marks = list(_INLINE_ITEM.finditer(text[:_NUMBERED_CHARS]))
    labels = [m.group(1) or _CODE.sub(r"\1 \2", m.group(2)) for m in marks]
    if marks and marks[0].group(2):
        letters = marks[0].group(2).rstrip("0123456789 ")
        expected = [f"{letters} {n}" for n in range(1, len(marks) + 1)]
    else:
        expected = list(("123456789" if marks and labels[0].isdigit() else "abcdefghi")[: len(marks)])
    lead = text[: marks[0].start()].strip() if marks else ""
    if len(marks) < 2 or (lead and not lead.endswith(":")) or labels != expected:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    found = [text[m.end() : end] for m, end in zip(marks, ends)]
    if not all(len(i.split()) > 1 for i in found):
        return []
    return [lead, *found] if lead else found
