"""Rules the importers report: foreign documents that cannot be read, and what an import could not convert.

Engine-only like the load rules: they have no ``check`` of their own and are registered so every
finding has a documented id a rubric can weigh.
"""

from __future__ import annotations

from qa_checker import ids
from qa_checker.findings import Severity
from qa_checker.rules import register
from qa_checker.rules.builtin import _EngineRule

# A small ELM learning opportunity for the examples: its workload and an optional extra property.
_OPPORTUNITY = b"""{"@context": "http://data.europa.eu/snb/model/context/edc-ap", "id": "urn:opp:1",
 "type": "LearningOpportunity", "title": {"en": "Urban Beekeeping"},
 "learningAchievementSpecification": {"id": "urn:las:1", "type": "LearningAchievementSpecification",
  "title": {"en": "Urban Beekeeping"}, "volumeOfLearning": "%s"}%s}
"""


@register
class FormatRecognised(_EngineRule):
    """The document is a descriptor, or a credential or offer in a format qa-checker imports.

    Why: a file that is not a micro-credential (a JSON Schema, a JSON-LD context, an ontology, an
    unsupported credential type) cannot be checked, and must say so instead of producing a page of
    schema errors or a guessed descriptor.
    Passes: descriptors, ELM v3 credentials and specifications, Open Badges 3.0 credentials and
    achievements, Open Badges 2.0 assertions and badges, EBSI VerifiableDiplomas, CTDL courses, programmes
    and credentials. Fails: anything else, with the reason
    (what the file is, when that can be told) in the message.
    """

    id = ids.IMPORT_RECOGNISED
    name = "format-recognised"
    title = "Document is a descriptor or an importable credential format"
    message = "the document is not a micro-credential descriptor or a supported format"
    hint = (
        "Give a descriptor, an ELM v3 credential or specification, an Open Badges 3.0 or 2.0 credential, an EBSI "
        "VerifiableDiploma or a CTDL resource."
    )
    example_raw_suffix = ".json"
    example_raw_fail = b'{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}\n'
    example_raw_pass = b'{"descriptor_version": "1.0", "id": "c-1", "title": "Data Ethics"}\n'


@register
class ValueConverted(_EngineRule):
    """Every value the importer found for an Annex I element could be converted to the descriptor.

    Why: a value that exists in the source but cannot be expressed in the descriptor (a duration in
    months where hours are needed, an ambiguous form of participation) is left out rather than guessed;
    the finding says what was found and where. A value outside its vocabulary is kept as found so its
    element is judged invalid; where nothing else in the descriptor can tell (an unknown credit system,
    an NQF level outside the EU register), this finding is the error. An element taken from a fallback
    place a reviewer must confirm (the credential's issuer as the awarding body) is a warning too.
    Passes: every value converted. Fails (warning): a value left out or taken from a fallback place,
    with its place in the original; (error) a value kept as found that is not in its vocabulary.
    """

    id = ids.IMPORT_CONVERTED
    name = "value-converted"
    title = "Imported values could be converted"
    severity = Severity.WARNING
    message = "a value in the original document could not be converted"
    hint = "Fix the value in the original document, or convert it and correct the descriptor by hand."
    example_raw_suffix = ".jsonld"
    example_raw_fail = _OPPORTUNITY % (b"P3M", b"")
    example_raw_pass = _OPPORTUNITY % (b"PT60H", b"")


@register
class ImportNote(_EngineRule):
    """Information about how a foreign document was read (never counts against the score).

    Examples: a signature that was not verified, a JSON-LD context that was recognised by its URL and
    not fetched, a value taken from a secondary place in the original document, a value kept as found
    that the descriptor's own checks report as invalid (what was found, with its label).
    """

    id = ids.IMPORT_NOTE
    name = "import-note"
    title = "How the document was imported"
    severity = Severity.INFO
    weight = 0.0
    message = "note on the import"
    hint = "No action needed unless the note shows a misunderstanding."
    example_raw_suffix = ".jsonld"
    example_raw_fail = _OPPORTUNITY % (
        b"PT60H",
        b', "providedBy": {"id": "urn:org:1", "type": "Organisation", "legalName": {"en": "City Learning Centre"}}',
    )
    example_raw_pass = _OPPORTUNITY % (b"PT60H", b"")
