"""Rules the engine itself reports: unreadable files, schema violations, crashing rules.

They have no ``check`` of their own; they are registered so that every finding has a documented id.
A rubric sets the schema rule's severity and weight like any rule's; the others are reported while files
are read, before a rubric applies, and a rubric that sets one is refused (their findings can be waived).
"""

from __future__ import annotations

from typing import ClassVar

from qa_checker import ids
from qa_checker.findings import SCHEMA_WEIGHT, Severity
from qa_checker.limits import OVER_TIME_HINT
from qa_checker.rules import register
from qa_checker.rules.base import Rule


class _EngineRule(Rule):
    engine_only = True
    principles: ClassVar[tuple[str, ...]] = ("transparency",)
    # Raw file contents that fail and pass the loader, for ``qa-checker explain``.
    example_raw_fail: ClassVar[bytes | None] = None
    example_raw_pass: ClassVar[bytes | None] = b'descriptor_version: "1.0"\nid: example-offer\n'


@register
class FileReadable(_EngineRule):
    """The file can be read as a descriptor.

    Why: nothing can be checked in a file that cannot be read.
    Passes: the file exists, is readable, is UTF-8 text (a byte-order mark is fine), or UTF-16 or UTF-32 text
    with a byte-order mark (or, without one, an ASCII first character among NUL bytes), of a supported type.
    Fails: binary files, other encodings, unsupported file types, files that cannot be opened.
    """

    id = ids.UNREADABLE
    name = "file-readable"
    title = "File is a readable descriptor"
    message = "the file cannot be read"
    example_raw_fail = "title: Été\n".encode("latin-1")
    hint = "Give a UTF-8 JSON or YAML descriptor."


@register
class FileParses(_EngineRule):
    """The file is well-formed JSON or YAML.

    Why: a syntax error hides every element behind it.
    Passes: the text parses. Fails: any JSON or YAML syntax error (the finding names the line and column),
    a YAML tag such as ``!!python/...``, and numbers that are not finite (NaN, Infinity, 1e999, ``.inf``).
    """

    id = ids.UNPARSABLE
    name = "file-parses"
    title = "File is well-formed JSON or YAML"
    message = "the file does not parse"
    example_raw_fail = b"title: [Data Ethics\n"
    hint = "Fix the syntax at the line given."


@register
class DocumentIsObject(_EngineRule):
    """The top level of the document is an object of descriptor fields.

    Why: the descriptor format is one object per file.
    Passes: a mapping at the top level. Fails: a list, a string, a number or an empty document.
    """

    id = ids.NOT_AN_OBJECT
    name = "document-is-object"
    title = "Document is an object"
    message = "the document is not an object"
    example_raw_fail = b"- title: Data Ethics\n- title: Data Protection\n"
    hint = "Write one descriptor per file as a mapping."


@register
class DocumentShallow(_EngineRule):
    """The document is not absurdly deeply nested.

    Why: deep nesting is a sign of a generated or hostile file and could exhaust the checker.
    Passes: nesting up to 64 levels (``--limit max-depth=N``). Fails: deeper nesting, and a YAML alias used
    inside its own anchor (nesting without end); the file is refused before validation.
    """

    id = ids.TOO_DEEP
    name = "document-shallow"
    title = "Document nesting is reasonable"
    message = "the document is nested too deeply"
    example_raw_fail = b"extensions: " + b"[" * 70 + b"]" * 70 + b"\n"
    hint = "Check the file was generated correctly."


@register
class FileWithinSizeLimit(_EngineRule):
    """The file is within the configured size limit (``--max-bytes``, 5 MiB by default) and budgets.

    Why: an oversized file is refused before it is parsed, so a batch cannot be stalled by one upload.
    Passes: files up to the limit. Fails: larger files, which are not parsed; and JSON or YAML files beyond
    a budget of ``--limit``: more than 200,000 values (``max-nodes``; each use of a YAML alias counts, so a
    few hundred bytes of nested aliases cannot expand into billions), more text with aliases written out
    than the size limit, a text longer than ``max-string-chars`` or a list longer than ``max-list-items``
    (50,000), more than ``max-documents`` descriptors (10,000) from one file (a YAML stream or list, or the
    micro-credentials of one imported document). The finding names the limit and where it was exceeded.
    """

    id = ids.OVER_LIMIT
    name = "file-within-size-limit"
    title = "File is within the size limit"
    message = "the file is over the size limit"
    example_max_bytes = 64
    example_raw_fail = b'descriptor_version: "1.0"\nid: example-offer\n' + b"# a long comment line\n" * 4
    hint = "Split the file or raise --max-bytes."


@register
class FileNotEmpty(_EngineRule):
    """The file is not empty.

    Why: an empty file is usually a failed export.
    Passes: any non-blank content. Fails: zero bytes or only white space.
    """

    id = ids.EMPTY
    name = "file-not-empty"
    title = "File is not empty"
    message = "the file is empty"
    example_raw_fail = b"\n  \n"
    hint = "Write the descriptor into the file."


@register
class SchemaValid(_EngineRule):
    """The descriptor follows the structure of the descriptor format (``schemas/descriptor.schema.json``).

    Why: field names and types are the contract other tools read; a misspelt field is a missing element.
    Passes: every field is known, of the right type and in its vocabulary.
    Fails: unknown fields, wrong types, values outside a vocabulary, malformed dates, URLs or codes,
    an assessment of type ``other`` without a description of it, and learner-only elements (learner,
    issue date, grade) on an offer. Each problem is its own finding
    with the field's pointer and a hint.

    Figures no descriptor can mean fail too: a workload over ten full-time years (600 ECTS, 18,000
    hours), a duration over 10 years, a date before 1900 or after 2199 (a system's placeholder), an
    NQF level beyond 100 either side of 0, a price over 10^12.
    """

    id = ids.SCHEMA
    name = "schema-valid"
    title = "Descriptor follows the descriptor format"
    principles = ("transparency",)
    weight = SCHEMA_WEIGHT
    message = "the descriptor does not follow the descriptor format"
    example_fail = {"workload": {"ects": "five", "hours": 140}}
    example_pass = {"workload": {"ects": 5, "hours": 140}}
    hint = "Correct the field as the hint says."


@register
class RuleRuns(_EngineRule):
    """Every rule ran to completion.

    Why: a rule that crashes must never crash the batch or hide a problem silently.
    Passes: always, unless a rule raised an exception on this descriptor; the finding then names the
    rule and the exception so it can be reported.
    """

    id = ids.RULE_CRASHED
    name = "rule-runs"
    title = "Every rule ran"
    severity = Severity.ERROR
    weight = 0.0
    message = "rule {rule} failed on this descriptor: {error}"
    principles = ()
    example_raw_pass = None
    hint = "Report this as a bug in qa-checker, with the descriptor."


@register
class InputProcessed(_EngineRule):
    """qa-checker itself read and checked the input without an unexpected failure.

    Why: an internal failure on one hostile or unusual input must cost that input only, never the
    batch, and must be visible rather than silent.
    Passes: always, unless loading or checking the input raised an unexpected exception, or the
    process checking it ended abruptly (a crash in a native library, or the system ending it for lack
    of memory); the input is then an ``error`` result whose finding names the stage and the
    exception's class, or the signal that ended the process.
    """

    id = ids.INTERNAL_ERROR
    name = "input-processed"
    title = "The input was processed"
    severity = Severity.ERROR
    weight = 0.0
    message = "qa-checker failed while {stage} this input: {error}"
    principles = ()
    example_raw_pass = None
    hint = "Report this as a bug in qa-checker, with the file; the other inputs of the batch were checked."


@register
class WithinTimeBudget(_EngineRule):
    """The input was read, and each of its descriptors checked, within the time budget (``--limit seconds=N``).

    Why: one input that takes unreasonably long (a hostile file, a pathological text) must not stall a
    batch or a web request; it is given up and reported, and the rest of the batch goes on.
    Passes: always, unless reading the input or checking one of its descriptors took longer than the
    budget (60 seconds by default); the input is then an ``error`` result saying which stage ran out. A ``.zip`` is
    read within the budget as a file is, each member within half of it at most: a slow member is given up alone,
    and the members left when the budget runs out are given up together.
    """

    id = ids.TIME_BUDGET
    name = "within-time-budget"
    title = "The input was processed within the time budget"
    severity = Severity.ERROR
    weight = 0.0
    message = "{stage} this input took longer than the budget of {seconds} seconds; it was given up"
    principles = ()
    example_raw_pass = None
    hint = OVER_TIME_HINT


@register
class ValuesRepresentable(_EngineRule):
    """Every text and number of the file can be shown in the reports.

    Why: a lone surrogate cannot be encoded as UTF-8 at all, and control characters are refused by
    spreadsheets and corrupt terminals, so every report would show something else than the file holds;
    an integer of thousands of digits cannot even be printed.
    Passes: ordinary texts (tabs and line breaks included) and numbers.
    Fails: a lone surrogate (half of an escaped pair such as ``"\\ud800"``; it is replaced by U+FFFD and
    the descriptor is still checked), a control character (NUL, escape, the C1 controls) or a noncharacter
    (U+FFFE, U+FFFF, which no XML can hold) in a text or a key, and an integer beyond about 1.8e308 (such as
    5,000 digits; the file is then refused). Each finding gives the text's pointer (and line in YAML).
    """

    id = ids.UNREPRESENTABLE
    name = "values-representable"
    title = "Texts and numbers can be shown"
    message = "a text or number cannot be shown in the reports"
    example_raw_fail = b'descriptor_version: "1.0"\nid: "example\\x00offer"\n'
    hint = "Remove control characters and fix the escapes; write ordinary numbers."


@register
class KeysUnique(_EngineRule):
    """No key is given twice in one object.

    Why: JSON and YAML readers keep only the last value of a repeated key, silently, so what the author
    sees in the file's first half is not what is checked (and other tools may keep the first instead).
    Passes: every key once per object. Fails: a key repeated in the same object; the finding gives the
    object's pointer, the key and the line and column of the repeat. The file is still checked, with the
    last value; the repeat counts as an error in its member's element (a repeated ``title``: the title is
    invalid), which costs the score what a schema error there costs. Keys merged in YAML with ``<<`` are not
    repeats.
    """

    id = ids.DUPLICATE_KEY
    name = "keys-unique"
    title = "No key is repeated"
    message = "a key is given twice in one object"
    example_raw_fail = b'descriptor_version: "1.0"\nid: example-offer\nid: example-offer-2\n'
    hint = "Give each key once."


@register
class NoHiddenText(_EngineRule):
    """Texts and keys hold no bidirectional embedding, override or isolate characters.

    Why: U+202A-U+202E and U+2066-U+2069 reorder how a text is displayed, so a title or an identifier can
    show something else than it holds ("Trojan Source"). Right-to-left languages do not need them; the
    marks U+200E and U+200F they do use are accepted.
    Passes: any text without those characters. Fails (a warning): a text or a key holding one.
    """

    id = ids.HIDDEN_TEXT
    name = "no-hidden-text"
    title = "No bidirectional overrides"
    severity = Severity.WARNING
    message = "a text holds bidirectional control characters"
    example_raw_fail = 'descriptor_version: "1.0"\nid: example-offer\ntitle: {en: "Data \u202eEthics"}\n'.encode()
    hint = "Remove the bidirectional control characters."


@register
class WordsAsShown(_EngineRule):
    """Words hold the letters they show: no look-alike letter of another script, nothing invisible inside.

    Why: Latin, Greek and Cyrillic share letters drawn alike, so a word written in one with a look-alike of
    another inside ("Аpply" with a Cyrillic A, a Latin "o" in a Russian word) shows one word and holds
    another; so does a word with a character inside that shows as nothing (a zero width space, a word joiner,
    an invisible operator, a byte-order mark), which the reports show as U+FFFD. Searches, glossaries, the
    language and action-verb checks and whoever copies the text see a word that does not exist. Such words come
    from spoofing, from typing on two keyboard layouts, from OCR and from pasting out of web pages and PDFs.
    Passes: words of one script, words of two scripts whose letters do not look alike ("ΔT", "μm"), words of
    fewer than three letters, the soft hyphen, the joiners that Arabic, Indic and emoji sequences need (U+200C,
    U+200D), and a zero width space between letters of other scripts (Thai marks word breaks with it).
    Fails (a warning): a text of several words with a word whose letters are mostly of one script and the others
    look-alikes of that script's letters, or with a character that shows as nothing between two Latin, Greek or
    Cyrillic letters; the finding quotes the word with those characters escaped and names them. A text of one
    word (a code, a web address) and a key are left to the rules that read them, which name their look-alike
    letters and invisible characters themselves ("did you mean EUR?").
    """

    id = ids.WORDS_AS_SHOWN
    name = "words-as-shown"
    title = "Words hold the letters they show"
    severity = Severity.WARNING
    message = "a word holds a look-alike letter of another script or a character that shows as nothing"
    example_raw_fail = 'descriptor_version: "1.0"\nid: example-offer\ntitle: {en: "Data \u0415thics"}\n'.encode()
    example_raw_pass = b'descriptor_version: "1.0"\nid: example-offer\ntitle: {en: "Data Ethics"}\n'
    hint = "Retype the word."
