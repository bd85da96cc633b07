"""Unwrap the envelopes credentials travel in, without verifying anything.

A compact JWS/JWT (``header.payload.signature``), a JWS JSON serialization or JAdES seal
(``{payload, signatures}``), the EDC upload wrapper (``{"credential": {...}}``), the DC4EU issuer's upload
document (``document_data``), a Badgr (Canvas Credentials) API v2 response (``{"status", "result"}``), JWT
claims with the credential under ``vc`` (an EUDI wallet's SD-JWT VC: an ELM credential under ``elm``), a
Verifiable Presentation holding several credentials, and a Credential Registry envelope (``decoded_resource``)
or a list of them. Signatures are never checked; an info finding says so. Every failure is a located refusal,
never an exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import urllib.parse
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, NamedTuple, TypeGuard

from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.findings import Finding
from qa_checker.importers.builder import note_finding, refused
from qa_checker.importers.classify import badgr_entity
from qa_checker.importers.jsonld import GRAPH_DEPTH, Reader
from qa_checker.limits import usable_int
from qa_checker.patterns import regex
from qa_checker.text import N_, Text, msg, plural

COMPACT_JWS = regex(r"^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")
# The ;base64 that ends a data: URL's media type (RFC 2397), in any case, spaces allowed before it.
_BASE64_PARAMETER = regex(r";[ ]*base64[ ]*$", re.IGNORECASE)
# An SD-JWT: the issuer's JWS, then each disclosure after a ~, then a ~ or the holder's key-binding JWT; or, as the
# drafts before RFC 9901 printed it, the disclosures without the final ~.
_SD_JWT = regex(
    r"^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*(?:(?:~[A-Za-z0-9_-]+)*~"
    r"(?:[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)?|(?:~[A-Za-z0-9_-]+)+)$"
)
_SD_HASHES = {"sha-256": "sha256", "sha-384": "sha384", "sha-512": "sha512"}
MAX_LAYERS = 4
# Keys of a Credential Registry envelope (Credential Engine), which carries its CTDL resource in decoded_resource.
_REGISTRY_KEYS = frozenset(("envelope_community", "envelope_type", "envelope_id", "envelope_ceterms_ctid"))


@dataclass
class Unwrapped:
    """One credential taken out of its envelopes: data, pointer base, how it was found and how many envelopes
    (not lists of credentials: a presentation, a CLR) were opened to reach it; ``refusal`` when it cannot be
    opened (the document's other credentials are read all the same)."""

    data: Any
    base: str = ""
    notes: list[Finding] = field(default_factory=list)
    wrapper: str = ""
    layers: int = 0
    refusal: Document | None = None


def looks_like_jws(value: object) -> bool:
    """Whether a value is a compact JWS/JWT string, or an SD-JWT (a JWS with its disclosures)."""
    if not isinstance(value, str) or len(value) >= 50_000_000:
        return False
    text = value.strip()
    return bool(COMPACT_JWS.match(text) or _SD_JWT.match(text))


def registry_envelopes(data: object) -> bool:
    """Whether data is a list of Credential Registry envelopes (what the registry's search returns)."""
    return isinstance(data, list) and bool(data) and all(_registry_envelope(item) for item in data)


def search_response(data: dict[str, Any]) -> bool:
    """Whether data is a response of the Credential Engine search API: its resources under ``data``, the paging
    (``TotalResults``) under ``extra``."""
    results = data.get("data")
    return (
        isinstance(data.get("extra"), dict)
        and isinstance(results, list)
        and all(isinstance(r, dict) and ("@type" in r or "@id" in r) for r in results)
    )


def badgr_response(data: dict[str, Any]) -> bool:
    """Whether data is a response of the Badgr (Canvas Credentials) API v2: ``{"status": {...}, "result": [...]}``,
    each result an entity (``entityType``: BadgeClass, Assertion, Issuer)."""
    results = data.get("result")
    return isinstance(data.get("status"), dict) and isinstance(results, list) and all(map(badgr_entity, results))


def badgr_entities(data: object) -> bool:
    """Whether data is a list of Badgr API entities (the ``result`` of a response, saved on its own)."""
    return isinstance(data, list) and bool(data) and all(map(badgr_entity, data))


def _registry_envelope(data: object) -> bool:
    return (
        isinstance(data, dict) and isinstance(data.get("decoded_resource"), dict) and bool(_REGISTRY_KEYS & set(data))
    )


def unwrap(document: Document) -> list[Unwrapped] | Document:
    """The credentials inside a document's envelopes, or a refusal explaining what could not be read.

    A credential that cannot be opened beside others (an item of a presentation, a CLR, a Badgr response) is
    refused on its own, with the notes that say where it is, and the others are read."""
    pending = [Unwrapped(document.data)]
    done: list[Unwrapped] = []
    # Each round opens an envelope (counted) or takes the credentials out of a list of them (a presentation, a
    # CLR: not counted, but each a part of the data, so the rounds end).
    while pending:
        layer: list[Unwrapped] = []
        for item in pending:
            step = _layers_refusal(item) or _step(item)
            if isinstance(step, Text):
                step = _Refusal(step, item.base)
            if isinstance(step, _Refusal):
                done.append(replace(item, refusal=_refused_item(document, item, step)))
            elif step is None:
                done.append(item)
            else:
                layer.extend(step)
        pending = layer
    if len(done) == 1 and done[0].refusal is not None:
        return replace(done[0].refusal, findings=[*document.findings, *done[0].refusal.findings[-1:]])
    return done


def _layers_refusal(item: Unwrapped) -> _Refusal | None:
    """Why a credential wrapped in more than :data:`MAX_LAYERS` envelopes is not opened further."""
    if item.layers <= MAX_LAYERS:
        return None
    return _Refusal(
        plural(
            "the credential is wrapped in more than {count} envelope",
            "the credential is wrapped in more than {count} envelopes",
            MAX_LAYERS,
        ),
        item.base,
        msg("Give the credential itself, or one signed envelope around it."),
    )


def _refused_item(document: Document, item: Unwrapped, refusal: _Refusal) -> Document:
    """The refusal of one credential of a document, with the notes of the envelopes opened to reach it."""
    return refused(
        replace(document, findings=[*document.findings, *item.notes]),
        refusal.reason,
        refusal.hint or msg("Give the credential itself, or an envelope whose payload is the credential as JSON."),
        source=refusal.where or None,
    )


class _Refusal(NamedTuple):
    """Why an envelope cannot be opened, where, and what to do."""

    reason: Text
    where: str
    hint: Text | None = None


def _not_a_claim(claim: str, value: object) -> Text:
    """Why a JWT claim ``vc`` or ``vp`` that is not an object holds no credential."""
    if isinstance(value, list):
        return msg("the JWT claim '{claim}' is a list, not a credential object", claim=claim)
    if looks_like_jws(value):
        return msg("the JWT claim '{claim}' is itself a JWT (a nested JWT), not a credential object", claim=claim)
    return msg("the JWT claim '{claim}' is not a credential object", claim=claim)


def _step(item: Unwrapped) -> list[Unwrapped] | Text | _Refusal | None:
    """Open one envelope: the contents, a refusal reason, or ``None`` when there is no envelope."""
    data = item.data
    if registry_envelopes(data):
        return [
            _child(
                item,
                envelope,
                jp.child(item.base, i),
                "Credential Registry search result",
                msg(
                    "read resource {number} of {total} in a list of Credential Registry envelopes",
                    number=i + 1,
                    total=len(data),
                ),
                envelope=False,
            )
            for i, envelope in enumerate(data)
        ]
    if isinstance(data, str):
        if not looks_like_jws(data):
            return msg("the document is a JSON string, not a credential or a compact JWS/JWT")
        token, *disclosures = data.strip().split("~")
        decoded = _jws_payload(token)
        if isinstance(decoded, Text):
            return decoded
        if disclosures:
            return _disclosed(item, decoded, [d for d in disclosures if d and "." not in d])
        # A JWT inside the document (a CLR's credential, a data: URL) is located as a signed envelope's payload is:
        # origin pointers go on from the string's own pointer into its decoded payload.
        note = (
            msg(
                "read the payload of a compact JWS/JWT; the signature was not verified (qa-checker reads the "
                "content only); origin pointers under {pointer} point into its decoded payload",
                pointer=item.base,
            )
            if item.base
            else msg(
                "read the payload of a compact JWS/JWT; the signature was not verified "
                "(qa-checker reads the content only)"
            )
        )
        return [_child(item, decoded, item.base, "JWT payload", note)]
    if badgr_entities(data):
        return _badgr_results(item, data, item.base)
    if not isinstance(data, dict):
        return None
    if badgr_response(data):
        if not data["result"]:
            return _Refusal(msg("the Badgr API response holds no results"), jp.child(item.base, "result"))
        return _badgr_results(item, data["result"], jp.child(item.base, "result"))
    if search_response(data) and not _types(data):
        if not data["data"]:
            return _Refusal(
                msg("the Credential Engine search API response holds no results"), jp.child(item.base, "data")
            )
        return [
            _child(
                item,
                resource,
                jp.child(item.base, "data", i),
                "Credential Engine search API response",
                msg(
                    "read resource {number} of {total} in a Credential Engine search API response",
                    number=i + 1,
                    total=len(data["data"]),
                ),
                envelope=False,
            )
            for i, resource in enumerate(data["data"])
        ]
    if "payload" in data and any(k in data for k in ("signatures", "signature", "protected")):
        return _signed_envelope(item, data["payload"])
    types = _types(data)
    if isinstance(data.get("credential"), dict) and not types and "credentialSubject" not in data:
        return [
            _child(
                item,
                data["credential"],
                jp.child(item.base, "credential"),
                "EDC upload wrapper",
                msg('read the credential inside the EDC upload wrapper {"credential": ...}'),
            )
        ]
    # The upload document of the DC4EU issuer (its authentic-source API: meta, identities, document_display)
    # carries the credential in document_data.
    if isinstance(data.get("document_data"), dict) and isinstance(data.get("meta"), dict) and not types:
        return [
            _child(
                item,
                data["document_data"],
                jp.child(item.base, "document_data"),
                "DC4EU upload document",
                msg("read the credential in the document_data of a DC4EU upload document"),
            )
        ]
    if _registry_envelope(data):
        return [
            _child(
                item,
                data["decoded_resource"],
                jp.child(item.base, "decoded_resource"),
                "Credential Registry envelope",
                msg(
                    "read the resource of a Credential Registry envelope (decoded_resource); its signed copy "
                    "(resource) was not verified"
                ),
            )
        ]
    # An EUDI wallet's SD-JWT VC of an ELM credential (vct urn:eudi:elm:1) holds the credential in its claim "elm".
    elm = data.get("elm")
    if isinstance(elm, dict) and not types and ("credentialSubject" in elm or _types(elm)):
        note = msg("read the ELM credential from the claim 'elm' (as an EUDI wallet's SD-JWT VC carries it)")
        return [_child(item, elm, jp.child(item.base, "elm"), "SD-JWT VC claims", note)]
    for claim, note in (
        ("vc", msg("read the credential from the JWT claim 'vc'")),
        ("vp", msg("read the presentation from the JWT claim 'vp'")),
    ):
        value = data.get(claim)
        if isinstance(value, dict) and not types:
            child = _child(item, value, jp.child(item.base, claim), "JWT claims", note)
            if claim == "vc":
                child = _registered_claims(child, data, value)
            return [child]
        # A list or a JWT anywhere, or any other value in a JWT's payload, is a claim holding no credential object.
        if value is not None and not types and (item.wrapper or isinstance(value, list) or looks_like_jws(value)):
            return _Refusal(_not_a_claim(claim, value), jp.child(item.base, claim))
    inner = _graph_wrapper(data) if not types else None
    if inner is not None:
        return [
            _child(
                item,
                inner[0],
                jp.child(item.base, *inner[1]),
                "JSON-LD @graph",
                msg("read the presentation or enveloped credential that is the only node of the document's @graph"),
                envelope=False,
            )
        ]
    if types & {"EnvelopedVerifiableCredential", "EnvelopedVerifiablePresentation"}:
        return _enveloped(item, data)
    if types & PRESENTATION_TYPES:
        return _presentation(item, data, "verifiableCredential", "Verifiable Presentation")
    if "ClrCredential" in types and isinstance(data.get(_key(data, "credentialSubject") or ""), dict):
        found = _presentation(item, data, "credentialSubject/verifiableCredential", "CLR 2.0 ClrCredential")
        return _with_clr_achievements(item, data, found) if isinstance(found, list) else found
    return None


def _with_clr_achievements(item: Unwrapped, data: dict[str, Any], found: list[Unwrapped]) -> list[Unwrapped]:
    """The credentials of a CLR, each with a note on the achievements its subject lists beside them
    (``credentialSubject.achievement``): described without a credential of their own, they are not read, and a reader
    should not think them checked."""
    subject_key = _key(data, "credentialSubject") or "credentialSubject"
    subject = data[subject_key]
    key = _key(subject, "achievement", Reader(data))
    listed = subject.get(key) if key is not None else None
    count = len(listed) if isinstance(listed, list) else 1 if isinstance(listed, dict) else 0
    if not count:
        return found
    where = jp.child(item.base, subject_key, key or "achievement")
    note = note_finding(
        plural(
            "the CLR's subject also lists {count} achievement of its own (achievement), without a credential; it "
            "was not read",
            "the CLR's subject also lists {count} achievements of its own (achievement), without credentials; they "
            "were not read",
            count,
        ),
        source=where,
    )
    return [replace(child, notes=[*child.notes, note]) for child in found]


# The JWT claims that stand for a VC 1.1 credential's properties when a VC-JWT leaves these out of its claim "vc"
# (Verifiable Credentials Data Model 1.1, JWT decoding): the property, and whether the claim is a NumericDate.
_REGISTERED = {
    "jti": ("id", False),
    "iss": ("issuer", False),
    "nbf": ("issuanceDate", True),
    "exp": ("expirationDate", True),
}


def _registered_claims(child: Unwrapped, payload: dict[str, Any], vc: dict[str, Any]) -> Unwrapped:
    """A VC-JWT's credential with the registered claims (``jti``, ``iss``, ``nbf``, ``exp``, ``sub``) put in the
    properties they stand for where the credential leaves these out, with a note naming them."""
    merged = dict(vc)
    used = []
    for claim, (term, numeric) in _REGISTERED.items():
        value = payload.get(claim)
        if term in vc or value is None:
            continue
        if numeric:
            value = _numeric_date(value)
        if isinstance(value, str) and value:
            merged[term] = value
            used.append(claim)
    subject, sub = vc.get("credentialSubject"), payload.get("sub")
    if isinstance(subject, dict) and "id" not in subject and isinstance(sub, str) and sub:
        merged["credentialSubject"] = {**subject, "id": sub}
        used.append("sub")
    if not used:
        return child
    note = msg("read the JWT claims {claims} as the credential properties they stand for", claims=", ".join(used))
    return replace(child, data=merged, notes=[*child.notes, note_finding(note, source=child.base or None)])


def _numeric_date(value: object) -> str | None:
    """An RFC 7519 NumericDate (seconds since 1970) as an ISO 8601 date-time in UTC, or ``None``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 253402300800:
        return None
    return datetime.fromtimestamp(value, tz=timezone.utc).isoformat().replace("+00:00", "Z")


def _badgr_results(item: Unwrapped, results: list[Any], base: str) -> list[Unwrapped]:
    """One child per entity of a Badgr API response's results (at ``base``); an entity that names another result
    (an assertion its badge class, a badge class its issuer) is joined with it
    (:func:`~qa_checker.importers.classify.badgr_joined`), its child based at ``base``."""
    index = _badgr_index(results)
    children = []
    for i, entity in enumerate(results):
        child = _child(
            item,
            entity,
            jp.child(base, i),
            "Badgr API v2 response",
            msg("read result {number} of {total} in a Badgr API v2 response", number=i + 1, total=len(results)),
            envelope=False,
        )
        named = [k for k in _badgr_named(entity, results, index) if k != i]
        if named:
            child = replace(child, data={str(i): entity, **{str(k): results[k] for k in named}}, base=base)
        children.append(child)
    return children


def _badgr_index(results: list[Any]) -> dict[tuple[str, str], int]:
    """The index of each BadgeClass and Issuer entity among a response's results, by its type and its entityId or
    openBadgeId."""
    found: dict[tuple[str, str], int] = {}
    for i, entity in enumerate(results):
        kind = entity.get("entityType")
        if kind in ("BadgeClass", "Issuer"):
            for key in ("openBadgeId", "entityId"):
                value = entity.get(key)
                if isinstance(value, str) and value:
                    found.setdefault((kind, value), i)
    return found


def _badgr_named(entity: dict[str, Any], results: list[Any], index: dict[tuple[str, str], int]) -> list[int]:
    """The indexes of the results an Assertion or BadgeClass entity names without holding them: the assertion's
    badge class (by ``badgeclassOpenBadgeId`` or its entity id), the badge class's issuer (``issuerOpenBadgeId``,
    ``issuer``)."""
    kind = entity.get("entityType")
    badge = entity if kind == "BadgeClass" else entity.get("badgeclass") if kind == "Assertion" else None
    named = []
    if kind == "Assertion" and not isinstance(badge, dict):
        found = _badgr_lookup(index, "BadgeClass", entity.get("badgeclassOpenBadgeId"), badge)
        if found is None:
            return []
        named.append(found)
        badge = results[found]
    if isinstance(badge, dict) and not isinstance(badge.get("issuer"), dict):
        found = _badgr_lookup(index, "Issuer", badge.get("issuerOpenBadgeId"), badge.get("issuer"))
        if found is not None:
            named.append(found)
    return named


def _badgr_lookup(index: dict[tuple[str, str], int], kind: str, *names: object) -> int | None:
    """The index of the first entity of type ``kind`` that one of ``names`` (URL or entity id) names."""
    return next((index[(kind, n)] for n in names if isinstance(n, str) and (kind, n) in index), None)


def _child(item: Unwrapped, data: Any, base: str, wrapper: str, note: Text, *, envelope: bool = True) -> Unwrapped:
    wrappers = f"{item.wrapper}, {wrapper}" if item.wrapper else wrapper
    notes = [*item.notes, note_finding(note, source=base or None)]
    return Unwrapped(data, base, notes, wrappers, item.layers + envelope)


def _signed_envelope(item: Unwrapped, payload: object) -> list[Unwrapped] | Text:
    where = jp.child(item.base, "payload")
    if isinstance(payload, dict):
        content: object = payload
    elif isinstance(payload, str):
        content = _json_or_base64url(payload)
        if isinstance(content, Text):
            return content
        if content is _UNREADABLE:
            return msg(
                "the signed envelope's payload is neither JSON text nor base64url-encoded JSON, "
                "so the credential inside cannot be read"
            )
    else:
        return _not_a_credential(payload, object_=False)
    if not isinstance(content, (dict, str)):
        return _not_a_credential(content, object_=True)
    return [
        _child(
            item,
            content,
            where,
            "signed envelope",
            msg(
                "read the payload of a signed envelope (JWS JSON / JAdES); the signature was not verified "
                "(qa-checker reads the content only); origin pointers under {pointer} point into the payload's "
                "JSON text",
                pointer=where,
            ),
        )
    ]


def _presentation(item: Unwrapped, data: dict[str, Any], path: str, label: str) -> list[Unwrapped] | Text:
    """The credentials a presentation (or a CLR's subject) holds under ``path`` (terms, each key found as
    written: ``verifiableCredential``, ``cred:verifiableCredential`` or its full IRI), one child each."""
    owner: Any = data
    tokens: list[str] = []
    reader = Reader(data)  # the presentation's @context names the prefixes of its subject's keys too
    for term in path.split("/"):
        key = _key(owner, term, reader) if isinstance(owner, dict) else None
        tokens.append(key or term)
        owner = owner.get(key) if key is not None else None
    credentials = owner
    items = credentials if isinstance(credentials, list) else [credentials] if credentials is not None else []
    if not items:
        return msg("the document is a {wrapper} without credentials", wrapper=label)
    found = []
    for i, credential in enumerate(items):
        base = jp.child(item.base, *tokens, i) if isinstance(credentials, list) else jp.child(item.base, *tokens)
        note = msg("read credential {number} of {total} in a {wrapper}", number=i + 1, total=len(items), wrapper=label)
        found.append(_child(item, credential, base, label, note, envelope=False))
    return found


def _enveloped(item: Unwrapped, data: dict[str, Any]) -> list[Unwrapped] | _Refusal:
    """The JWT (or SD-JWT) in the ``data:`` URL id of a Verifiable Credentials 2.0 enveloped credential or
    presentation, or the credential itself written there as JSON (base64 or URL-encoded); binary content (a
    COSE-secured credential) is refused with its media type. Refusals are located at the id."""
    ident = data.get("id", data.get("@id"))
    where = jp.child(item.base, "id" if "id" in data else "@id")
    media, comma, content = ident.partition(",") if isinstance(ident, str) else ("", "", "")
    if media[:5].lower() != "data:" or not comma:  # a URL's scheme is read without case (RFC 3986)
        missing = msg("the enveloped credential has no data: URL id holding the credential")
        return _Refusal(missing, where if ident is not None else item.base)
    encoded = _BASE64_PARAMETER.search(media)
    kind = media[5 : encoded.start() if encoded else None]
    # A data: URL's data is percent-decoded, then, after ;base64, decoded as base64 leniently (as the WHATWG Fetch
    # standard's data: URL processor does): white space (a wrapped line) is skipped and the padding may be left out.
    raw = urllib.parse.unquote_to_bytes(content)
    if encoded:
        packed = re.sub(rb"[\t\n\f\r ]", b"", raw).rstrip(b"=")
        try:
            raw = base64.b64decode(packed + b"=" * (-len(packed) % 4), validate=True)
        except (binascii.Error, ValueError):
            return _Refusal(msg("the enveloped credential's data: URL is not valid base64"), where)
    try:
        content = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:  # not replaced by U+FFFD, which would garble the credential's text
        binary = msg(
            "the enveloped credential's data: URL holds binary data ({media}), such as a COSE-secured "
            "credential, which qa-checker does not read",
            media=kind,
        )
        return _Refusal(binary, where)
    token = content.strip()
    # The credential itself, as JSON (application/vc, VC 2.0's media type of an unsecured credential).
    # Text that starts as JSON does (an array, broken JSON) but is no object, or that is no JWT either, is refused here:
    # read on as a JWT it would be told to be a JSON string.
    json_like = token.startswith(("{", "["))
    decoded = _payload_json(token) if json_like else None
    if isinstance(decoded, Text):
        return _Refusal(decoded, where)
    if json_like and not isinstance(decoded, dict):
        return _Refusal(msg("the enveloped credential's data: URL holds JSON that is not a credential object"), where)
    if not json_like and not looks_like_jws(token):
        neither = msg(
            "the enveloped credential's data: URL holds neither a credential object (JSON) nor a compact JWS/JWT"
        )
        return _Refusal(neither, where)
    if isinstance(decoded, dict):
        note = msg(
            "read the credential written as JSON in the data: URL of an enveloped credential ({media}); origin "
            "pointers under {pointer} point into that JSON",
            media=kind,
            pointer=where,
        )
        return [_child(item, decoded, where, "enveloped credential", note)]
    # An SD-JWT (the JWT followed by its disclosures, each after a ~) is read with the claims it discloses.
    return [
        _child(
            item,
            token,
            where,
            "enveloped credential",
            msg("read the credential from the data: URL of an enveloped credential ({media})", media=kind),
        )
    ]


def _disclosed(item: Unwrapped, payload: object, disclosures: list[str]) -> list[Unwrapped] | Text:
    """An SD-JWT's payload with the claims its disclosures reveal put in place of their digests (RFC 9901);
    claims not disclosed stay out. Nothing is verified."""
    if not isinstance(payload, dict):
        return _not_a_credential(payload, object_=True)
    algorithm = payload.get("_sd_alg", "sha-256")
    name = _SD_HASHES.get(algorithm) if isinstance(algorithm, str) else None
    if name is None:
        return msg(
            "the SD-JWT's digests use the hash algorithm {name}, which qa-checker does not know, so its disclosed "
            "claims cannot be read",
            name=repr(algorithm),
        )
    digests: dict[str, list[Any]] = {}
    for number, disclosure in enumerate(disclosures, 1):
        decoded = _b64json(disclosure)
        if not _disclosure(decoded):
            return msg(
                "disclosure {number} of the SD-JWT is not a base64url-encoded JSON array [salt, name, value] or "
                "[salt, value], so the disclosed claims cannot be read",
                number=number,
            )
        digest = base64.urlsafe_b64encode(hashlib.new(name, disclosure.encode("ascii")).digest()).rstrip(b"=")
        digests[digest.decode("ascii")] = decoded
    distinct = len(digests)  # a disclosure given twice is one claim
    try:
        content = _put_disclosed(payload, digests)
    except RecursionError:
        return msg("the payload is nested too deeply to read")
    content.pop("_sd_alg", None)
    used = distinct - len(digests)
    note = plural(
        "read an SD-JWT with {count} disclosure put in place of its digest; claims not disclosed are not in the "
        "credential, and nothing was verified",
        "read an SD-JWT with {count} disclosures put in place of their digests; claims not disclosed are not in "
        "the credential, and nothing was verified",
        used,
    )
    return [_child(item, content, item.base, "SD-JWT", note)]


def _disclosure(decoded: object) -> TypeGuard[list[Any]]:
    """Whether a decoded disclosure is ``[salt, name, value]`` (an object's claim) or ``[salt, value]`` (a list's)."""
    if not isinstance(decoded, list):
        return False
    return len(decoded) == 2 or (len(decoded) == 3 and isinstance(decoded[1], str))


def _put_disclosed(value: Any, digests: dict[str, list[Any]]) -> Any:
    """A copy of ``value`` with each digest (``_sd`` of an object, ``{"...": digest}`` in a list) replaced by the
    claim it discloses, or dropped when not disclosed; each disclosure is used once."""
    if isinstance(value, list):
        items = []
        for element in value:
            if isinstance(element, dict) and set(element) == {"..."}:
                found = digests.pop(str(element["..."]), None)
                if found is not None and len(found) == 2:
                    items.append(_put_disclosed(found[1], digests))
                continue
            items.append(_put_disclosed(element, digests))
        return items
    if not isinstance(value, dict):
        return value
    result = {key: _put_disclosed(item, digests) for key, item in value.items() if key != "_sd"}
    listed = value.get("_sd")
    for digest in listed if isinstance(listed, list) else []:
        found = digests.pop(str(digest), None)
        if found is not None and len(found) == 3 and found[1] not in result:
            result[found[1]] = _put_disclosed(found[2], digests)
    return result


_UNREADABLE = object()


def _json_or_base64url(text: str) -> object:
    """The JSON value the text holds as JSON or base64url-encoded JSON, a compact JWS as is, the reason (a
    :class:`Text`) a value in it cannot be used, else ``_UNREADABLE``."""
    stripped = text.strip()
    if stripped.startswith(("{", "[")):
        decoded = _payload_json(stripped)
        return _UNREADABLE if decoded is None else decoded
    if looks_like_jws(stripped):
        return stripped
    decoded = _b64json(stripped)
    return _UNREADABLE if decoded is None else decoded


def _jws_payload(token: str) -> object:
    """The decoded JSON payload of a compact JWS, or the reason (a :class:`Text`) it cannot be read: also a
    header that is no JSON object (every JWS names its algorithm there), which no issuer's token has."""
    header, payload = token.split(".")[:2]
    if not isinstance(_b64json(header), dict):
        return msg("the JWT's header is not a base64url-encoded JSON object, so it is no JWS/JWT")
    decoded = _b64json(payload)
    return _unreadable_payload(payload) if decoded is None else decoded


def _unreadable_payload(payload: str) -> Text:
    """Why a compact JWS's payload, which :func:`_b64json` could not read, is no JSON: its base64url, its
    UTF-8 or its JSON, with the place of the fault."""
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return msg(
            "the JWT's payload is not base64url-encoded JSON: it decodes to bytes that are not UTF-8 text (byte "
            "0x{byte} at offset {offset}), so the credential inside cannot be read",
            byte=format(raw[exc.start], "02X"),
            offset=str(exc.start),
        )
    except json.JSONDecodeError as exc:
        return msg(
            "the JWT's payload is not base64url-encoded JSON: it decodes to text that is not JSON (line {line}, "
            "column {column}: {detail}), so the credential inside cannot be read",
            line=str(exc.lineno),
            column=str(exc.colno),
            detail=exc.msg,
        )
    except (binascii.Error, ValueError):
        return msg("the JWT's payload is not base64url-encoded JSON, so the credential inside cannot be read")
    return _not_a_credential(None, object_=True)


def _b64json(text: str) -> object:
    """The JSON value of base64url-encoded JSON text, the reason (a :class:`Text`) a value in it cannot be
    used, or ``None``."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return _payload_json(raw)


class _Unusable(Exception):
    """A value of a payload that no later step can use, with the reason."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.english())
        self.reason = reason


def _payload_json(text: str) -> object:
    """The JSON value of a payload's text, read as a JSON file is: a number too large to use, NaN or
    Infinity, a key given twice, or nesting too deep to read is the reason (a :class:`Text`) the payload
    cannot be read, named at once; ``None`` for text that is not JSON."""
    try:
        return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant, object_pairs_hook=_object)
    except _Unusable as exc:
        return exc.reason
    except RecursionError:
        return msg("the payload is nested too deeply to read")
    except ValueError:  # JSONDecodeError among them
        return None


def _int(literal: str) -> int:
    value = usable_int(literal)
    if value is None:
        digits = len(literal.lstrip("+-"))
        raise _Unusable(msg("the payload holds a number of {count} digits, too large to use", count=f"{digits:,}"))
    return value


def _float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _Unusable(msg("the payload holds the number {number}, beyond about 1e308", number=literal[:40]))
    return value


def _constant(name: str) -> float:
    raise _Unusable(msg("the payload holds {name}, which is no JSON number", name=name))


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    built = dict(pairs)
    if len(built) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Unusable(msg("the payload gives the key '{key}' more than once", key=key[:80]))
            seen.add(key)
    return built


# A presentation: VC's, or ELM's EuropeanDigitalPresentation (its subclass, holding elm:verifiableCredential).
PRESENTATION_TYPES = frozenset(("VerifiablePresentation", "EuropeanDigitalPresentation"))
_WRAPPER_TYPES = PRESENTATION_TYPES | {"EnvelopedVerifiableCredential", "EnvelopedVerifiablePresentation"}


def _graph_wrapper(data: dict[str, Any]) -> tuple[dict[str, Any], tuple[str | int, ...]] | None:
    """The presentation or enveloped credential a document holds as the only node of its ``@graph`` (as expanded
    JSON-LD, a top-level array, writes one), with its place; graphs that are each the only node of the one around
    them (``{"@graph": [{"@graph": [...]}]}``) are unwrapped to ``GRAPH_DEPTH`` deep. It keeps the nearest
    ``@context`` around it, if it has none of its own."""
    node: object = data
    place: tuple[str | int, ...] = ()
    context = None
    for _ in range(GRAPH_DEPTH):
        if not isinstance(node, dict) or "@graph" not in node or any(not str(k).startswith("@") for k in node):
            return None
        context = node.get("@context", context)
        graph = node["@graph"]
        if isinstance(graph, list) and len(graph) == 1:
            node, place = graph[0], (*place, "@graph", 0)
        else:
            node, place = graph, (*place, "@graph")
        if isinstance(node, dict) and _types(node) & _WRAPPER_TYPES:
            if context is not None and "@context" not in node:
                node = {"@context": context, **node}
            return node, place
    return None


def _types(data: dict[str, Any]) -> set[str]:
    """The node's types by their terms: ``VerifiablePresentation`` also when written ``cred:VerifiablePresentation``
    or as its full IRI (``https://www.w3.org/2018/credentials#VerifiablePresentation``)."""
    reader = Reader(data)
    key = _key(data, "type", reader)
    raw = data.get(key) if key is not None else None
    values = raw if isinstance(raw, list) else [raw]
    return {reader.type_name(v) for v in values if isinstance(v, str)}


def _key(data: dict[str, Any], term: str, reader: Reader | None = None) -> str | None:
    """The key a node writes a term under (the term itself first, then a prefixed name or an IRI), or ``None``.

    ``reader`` reads the prefixes of the document the node is in (by default, the node's own ``@context``).
    """
    if term in data:
        return term
    if term == "type" and "@type" in data:
        return "@type"
    found = reader or Reader(data)
    return next((k for k in data if isinstance(k, str) and found.term(k) == term), None)


# What a payload that is not a credential is: (its Python types, the message for the payload itself, the
# message for the JSON it decodes to).
_NOT_CREDENTIALS: tuple[tuple[tuple[type, ...], str, str], ...] = (
    (
        (bool,),
        N_("the signed envelope's payload is a boolean, not a credential"),
        N_("the signed envelope's payload is a boolean, not a credential object"),
    ),
    (
        (list,),
        N_("the signed envelope's payload is a list, not a credential"),
        N_("the signed envelope's payload is a list, not a credential object"),
    ),
    (
        (str,),
        N_("the signed envelope's payload is text, not a credential"),
        N_("the signed envelope's payload is text, not a credential object"),
    ),
    (
        (int, float),
        N_("the signed envelope's payload is a number, not a credential"),
        N_("the signed envelope's payload is a number, not a credential object"),
    ),
    (
        (type(None),),
        N_("the signed envelope's payload is empty, not a credential"),
        N_("the signed envelope's payload is empty, not a credential object"),
    ),
)


def _not_a_credential(value: object, *, object_: bool) -> Text:
    """Why a signed envelope's payload (``object_``: the JSON it decodes to) is not a credential."""
    for types, payload, decoded in _NOT_CREDENTIALS:
        if isinstance(value, types):
            return msg(decoded if object_ else payload)
    kind = type(value).__name__
    if object_:
        return msg("the signed envelope's payload is {kind}, not a credential object", kind=kind)
    return msg("the signed envelope's payload is {kind}, not a credential", kind=kind)
