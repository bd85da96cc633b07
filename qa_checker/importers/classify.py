"""Say what a document is when it is neither a descriptor nor an importable format.

Used after every importer has declined: a JSON Schema, a JSON-LD context or frame, a JSON-LD
resource of an unsupported type, a server's error body (problem details and the like), or an object with none of the
descriptor's fields is refused with the reason, instead of being checked as a (very wrong) descriptor.

Such a file is then ``skipped`` (:func:`skipped`), with that reason: counted apart from descriptors that
could not be read, and not a failure of the run.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from typing import Any

from qa_checker import ids
from qa_checker.aliases import field_aliases, normalise
from qa_checker.findings import Finding, Severity
from qa_checker.importers.jsonld import graph_objects, keyword_keys, read_context
from qa_checker.patterns import regex
from qa_checker.resources import bundled
from qa_checker.results import Result
from qa_checker.text import Text, msg, plural


def badgr_entity(data: object) -> bool:
    """Whether data is an entity of the Badgr API: an object with its ``entityType`` and ``entityId``."""
    return isinstance(data, dict) and isinstance(data.get("entityType"), str) and "entityId" in data


def badgr_joined(data: object) -> bool:
    """Whether data is a Badgr API entity joined with the entities it names from the same response: each by its
    index among the results (``{"3": badge class, "0": its issuer}``, so pointers into it are pointers into the
    results), the entity to read first."""
    return (
        isinstance(data, dict)
        and len(data) > 1
        and all(isinstance(k, str) and k.isascii() and k.isdigit() for k in data)
        and all(map(badgr_entity, data.values()))
    )


# The HTTP status codes of a request that failed (client and server errors).
ERROR_STATUSES = range(400, 600)
_FRAME_KEYWORDS = ("@embed", "@explicit", "@omitDefault", "@requireAll", "@default")
SUPPORTED = msg(
    "ELM v3 EuropeanDigitalCredential, Qualification, LearningAchievementSpecification, "
    "LearningOpportunity; Open Badges 3.0 AchievementCredential/OpenBadgeCredential, Achievement; "
    "Open Badges 2.0 Assertion, BadgeClass; EBSI VerifiableDiploma, Europass attestation; "
    "CTDL Course, LearningProgram, LearningOpportunityProfile and credential classes; "
    "schema.org Course, EducationalOccupationalProgram, EducationalOccupationalCredential; "
    "OOAPI v4 and v5 course, program, offering and their paginated lists"
)


@functools.cache
def descriptor_fields() -> frozenset[str]:
    """Top-level field names of the descriptor format."""
    schema = json.loads(bundled("schemas", "descriptor.schema.json").read_text(encoding="utf-8"))
    return frozenset(schema.get("properties", {}))


def _named_fields(keys: set[str]) -> set[str]:
    """The keys that name top-level descriptor fields in a provider's words, as headers do ("titel",
    "lernergebnisse", "arbeitsaufwand"), when two fields at least are so named, the learning outcomes among them: a
    descriptor written so is checked, its keys read as the fields meant. (A form's map of its fields, "country",
    "url", "credentialTitle", names no outcomes.)"""
    aliases, fields = field_aliases(), descriptor_fields()
    named = {
        key: aliases.get(normalise(key), "").split(".")[0]
        for key in keys
        if isinstance(key, str) and normalise(key) not in _ANY_PROJECTS
    }
    found = {key for key, field in named.items() if field in fields}
    given = {named[key] for key in found}
    return found if len(given) >= _NAMED_FIELDS and "learning_outcomes" in given else set()


# The fields, at least, a document's keys name in a provider's words for it to be checked as a descriptor.
_NAMED_FIELDS = 2
# Keys that name a descriptor's outcomes as a header but any project's, plan's or game's as a key of data (a logic
# model's or an OKR file's "outcomes"), as normalise() gives them.
_ANY_PROJECTS = frozenset({"outcome", "outcomes", "lo", "los"})


def structure(data: dict[str, Any]) -> Text | None:
    """Why a document is not data at all (a JSON Schema, a JSON-LD context or frame), else ``None``."""
    if isinstance(data.get("runs"), list) and "sarif" in str(data.get("$schema", "")).lower():
        return msg("the document is a SARIF log (the findings of a code analysis), not a credential or descriptor")
    if "$schema" in data or (data.get("type") == "object" and isinstance(data.get("properties"), dict)):
        title = data.get("title")
        if isinstance(title, str) and title.strip():
            return msg("the document is a JSON Schema ('{title}'), not a credential or descriptor", title=title)
        return msg("the document is a JSON Schema, not a credential or descriptor")
    keys = set(data)
    if "@context" in keys and keys <= {"@context", "@version", "@id"}:
        return msg("the document is a JSON-LD context, not a credential or descriptor")
    if _is_frame(data):
        return msg("the document is a JSON-LD frame, not a credential or descriptor")
    return None


def refusal(data: dict[str, Any], *, enveloped: bool = False) -> Text | None:
    """Why a document cannot be checked, or ``None`` when it should be checked as a descriptor.

    A document without ``descriptor_version`` is checked as a descriptor when at least two of its keys, and
    at least half of them, are descriptor fields, or when every key it has is one (an empty object,
    ``title: x``: a descriptor with its elements missing); otherwise it is something else. What an envelope
    holds (``enveloped``) stands where a credential should be: an empty object, or a single descriptor field
    alone, is not taken for a descriptor there.
    """
    reason = structure(data)
    if reason is not None:
        return reason
    keys = set(data)
    types = sorted(_types(data))
    credential = _unread_credential(data, types)
    if credential is not None:
        return credential
    if badgr_entity(data):
        return msg(
            "the document is a Badgr API entity of type {entity}, which qa-checker does not import (of the Badgr "
            "API it imports BadgeClass and Assertion entities)",
            entity=str(data["entityType"])[:80],
        )
    problem = _error_body(data)
    if problem is not None:
        return msg(
            "the document is a server's error response (HTTP status {status}: {title}), not a credential or descriptor",
            status=problem[0],
            title=problem[1],
        )
    if keys & {"@context", "@graph", "@type", "@id"}:
        context = read_context(data)[0]
        if types and context.unknown and not context.families:
            return msg(
                "the document is JSON-LD of type {types} under @context {context}, which qa-checker does not know "
                "and does not fetch, so what its types and terms mean is unknown (it imports {supported})",
                types=", ".join(types[:6]),
                context=context.unknown[0][:100],
                supported=SUPPORTED,
            )
        if types:
            return msg(
                "the document is JSON-LD of type {types}, which qa-checker does not import (it imports {supported})",
                types=", ".join(types[:6]),
                supported=SUPPORTED,
            )
        return msg(
            "the document is JSON-LD without a type, which qa-checker does not import (it imports {supported})",
            supported=SUPPORTED,
        )
    known = keys & descriptor_fields()
    if enveloped and not keys:
        return msg("the credential inside the envelope is an empty object, with nothing to check")
    lenient = not enveloped and keys <= known
    if "descriptor_version" not in keys and not enveloped:
        known = known | _named_fields(keys - known)
    if "descriptor_version" not in keys and not lenient and (len(known) < 2 or len(known) * 2 < len(keys)):
        named = [t for t in types if t[:1].isupper() or ":" in t]
        if named:
            return msg(
                "the document is an object of type {types}, which qa-checker does not import (it imports {supported})",
                types=", ".join(named[:6]),
                supported=SUPPORTED,
            )
        shown = ", ".join(sorted(str(k) for k in keys - known)[:8])
        if not shown or len(known) * 2 >= len(keys):
            return msg(
                "the document is not a descriptor (no descriptor_version, and too few descriptor fields to be "
                "checked as one: {keys}) nor a format qa-checker imports",
                keys=", ".join(sorted(str(k) for k in known)),
            )
        return msg(
            "the document is not a descriptor (no descriptor_version, and its keys are mostly not descriptor "
            "fields: {keys}) nor a format qa-checker imports",
            keys=shown,
        )
    return None


def _error_body(data: dict[str, Any]) -> tuple[int, str] | None:
    """The status and title of a server's error body given in place of a resource, with its detail where it gives
    one, else ``None``; a resource with its id (OOAPI's ``courseId``) is none. Read in the shapes servers write:
    RFC 7807/9457 problem details (an error ``status`` with a ``title`` or, without one, the problem's ``type``;
    ``detail``), Spring Boot's (``status``, ``error``, ``message``), JSON:API's (its first of ``errors``, each with
    ``status``, ``title``, ``detail``) and Google's JSON style (``error``: ``code``, ``message``)."""
    from qa_checker.importers.ooapi import KINDS

    if any(key in data for key, _kind in KINDS):
        return None
    errors, error = data.get("errors"), data.get("error")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        data = errors[0]
    elif isinstance(error, dict):
        data = {"status": error.get("code"), "title": error.get("message")}
    raw = data.get("status")
    status = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
    # (a status is three digits: a longer string of them is none, and too long for int() past 4,300)
    if isinstance(raw, str) and (digits := raw.strip()).isdecimal() and len(digits) <= 3:
        status = int(digits)
    said = [t.strip() for t in (data.get("title"), data.get("error"), data.get("type")) if isinstance(t, str)]
    title = next((t for t in said if t), "")
    if status is None or status not in ERROR_STATUSES or not title:
        return None
    detail = next(
        (
            d.strip()
            for d in (data.get("detail"), data.get("message"))
            if isinstance(d, str) and d.strip() not in ("", title)
        ),
        "",
    )
    return status, (f"{title} — {detail}" if detail else title)[:200]


def _unread_credential(data: dict[str, Any], types: list[str]) -> Text | None:
    """Why a credential in a format qa-checker does not import is not checked: a verifiable credential of another
    type. Unlike a file that is no credential at all, it is an error of the run: a credential went unchecked
    (``types``: the document's, sorted)."""
    if "VerifiableAttestation" in types and "learningAchievement" in data and "credentialSubject" in data:
        # The ESSIF prototypes' attestation (2020): Europass XML as JSON, its achievement beside the subject.
        return msg(
            "the credential is a Europass attestation of the ESSIF prototypes, its learningAchievement outside "
            "credentialSubject, which qa-checker does not import (it imports the EBSI Europass attestation, whose "
            "subject holds its achievements)"
        )
    items = data.get("items")
    if isinstance(items, list) and items and all(isinstance(i, dict) and "associationId" in i for i in items[:10]):
        return plural(
            "the document is a page of {count} OOAPI association (a person's enrolment in an offering and its "
            "result), which qa-checker does not import (of OOAPI it imports courses, programs and offerings)",
            "the document is a page of {count} OOAPI associations (people's enrolments in offerings and their "
            "results), which qa-checker does not import (of OOAPI it imports courses, programs and offerings)",
            len(items),
        )
    if "associationId" in data and isinstance(data.get("associationType"), str):
        # OOAPI's association: a person's enrolment in an offering, and the result obtained in it.
        return msg(
            "the document is an OOAPI association ({type}: a person's enrolment in an offering and its result), "
            "which qa-checker does not import (of OOAPI it imports courses, programs and offerings)",
            type=data["associationType"][:80],
        )
    # An endorsement vouches for another credential or body: it describes no learning of its own.
    if "VerifiableCredential" in types and not _endorsement(data, types):
        return msg(
            "the credential is a verifiable credential of type {types}, which qa-checker does not import "
            "(it imports {supported})",
            types=", ".join(t for t in types if t != "VerifiableCredential")[:200] or "VerifiableCredential",
            supported=SUPPORTED,
        )
    return None


def _endorsement(data: dict[str, Any], types: list[str]) -> bool:
    """Whether a verifiable credential is an endorsement: typed one, or its subject is (a plain VerifiableCredential
    whose subject is an EndorsementSubject, as wallets' test credentials are)."""
    subject = data.get("credentialSubject")
    subject_types: list[object] = []
    for item in subject if isinstance(subject, list) else [subject]:
        kind = item.get("type") if isinstance(item, dict) else None
        subject_types.extend(kind if isinstance(kind, list) else [kind])
    return any(isinstance(t, str) and "Endorsement" in t for t in (*types, *subject_types))


def _is_frame(data: dict[str, Any]) -> bool:
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            if any(k in node for k in _FRAME_KEYWORDS):
                return True
            if level < 3:
                stack.extend((v, level + 1) for v in node.values())
    return False


def _types(data: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    nodes = graph_objects(data)
    keys = keyword_keys(read_context(data)[2], "@type")
    for node, _where in [(data, "")] if nodes is None else nodes:
        raw = next((node[key] for key in keys if key in node), None)
        for value in raw if isinstance(raw, list) else [raw]:
            if isinstance(value, str):
                found.add(value)
    return found


# --- Skipped inputs: files that are not descriptors ---------------------------------------------------

# How the reasons above (and the loaders' refusals of file types that never hold a descriptor) begin.
_NOT_DESCRIPTOR = regex(
    r"^(?:the document is (?:a JSON Schema|a SARIF log|a JSON-LD context|a JSON-LD frame|JSON-LD of type "
    r"|JSON-LD without a type|an object of type |a server's error response |not a descriptor \(no descriptor_version)"
    r"|unsupported file type '\.(?:ttl|rdf|nt|owl|xsd|md)'|unsupported file type '\.xml': an XML document that is not"
    r"|unsupported file type '\.(?:png|svg)': an image without a baked Open Badge"
    r"|this is a Europass EDC issuer bulk-issuing workbook .*, not a descriptor catalogue$"
    r"|this is a workbook qa-checker wrote \(a report\), not a descriptor catalogue$"
    r"|this is a dataset qa-checker wrote \(or its data dictionary\), not a descriptor catalogue$)",
    re.IGNORECASE | re.DOTALL,
)
_SKIPPED_BY = frozenset({ids.IMPORT_RECOGNISED, ids.UNREADABLE, ids.SHEET_COLUMNS})


def skip_reason(result: Result) -> str | None:
    """Why an ``error`` result is a file that is not a descriptor at all (a JSON Schema, a JSON-LD context,
    frame or vocabulary, SHACL shapes, a README), or ``None`` when it is an unreadable descriptor."""
    finding = _skipping_finding(result)
    return finding.message if finding is not None else None


def _skipping_finding(result: Result) -> Finding | None:
    """The finding that says an ``error`` result's file is not a descriptor, if one does."""
    if result.status != "error":
        return None
    for finding in result.findings:
        if finding.rule in _SKIPPED_BY and _NOT_DESCRIPTOR.match(finding.message):
            return finding
    return None


def skipped(result: Result) -> Result:
    """The result as ``skipped`` when its file is not a descriptor, else itself.

    Its findings (the refusal, and whatever else was noted on the way, such as keys given twice in a
    JSON Schema) become info: nothing about a file that is not a descriptor is a failure. Its ``reason``
    is the refusal's English message, ``reason_text`` the translatable text it was made from.
    """
    cause = _skipping_finding(result)
    if cause is None:
        return result
    findings = [replace(f, severity=Severity.INFO) if f.severity is not Severity.INFO else f for f in result.findings]
    return replace(result, status="skipped", findings=findings, reason=cause.message, reason_text=cause.message_text)
