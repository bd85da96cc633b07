"""Assessment, quality assurance, stackability, titles and links: claims that must hold together."""

from __future__ import annotations

import functools
import ipaddress
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import NamedTuple
from urllib.parse import parse_qsl, urlparse

from qa_checker import pointer as jp
from qa_checker import vocab
from qa_checker.aliases import unaccented
from qa_checker.caching import short_texts
from qa_checker.descriptor import Descriptor, TextAt
from qa_checker.example import is_example_text
from qa_checker.findings import Severity
from qa_checker.patterns import regex
from qa_checker.rules import register, supervision_text
from qa_checker.rules.base import Hit, Rule, RuleContext, either
from qa_checker.rules.consistency import issued_on, parse_date, review_overdue
from qa_checker.text import N_, Text, msg, quote
from qa_checker.validation import is_url

# What is derived from a text up to this long alone is remembered: a batch repeats its codes, names and phrases.
_REMEMBERED_TEXT = 200
_remembered = short_texts(4096, _REMEMBERED_TEXT)


SUPERVISED = ("supervised-no-id-check", "supervised-online-id-check", "supervised-onsite-id-check")
UNSUPERVISED = "unsupervised-no-id-check"

# The supervision vocabulary's labels as they read inside a sentence ("assessment is declared as '...'").
SUPERVISION_WORDING: dict[str, str] = {
    "unsupervised-no-id-check": N_("unsupervised, no identity verification"),
    "supervised-no-id-check": N_("supervised, no identity verification"),
    "supervised-online-id-check": N_("supervised online, with identity verification"),
    "supervised-onsite-id-check": N_("supervised onsite, with identity verification"),
}


def supervision_wording(value: str) -> str | Text:
    """A supervision value as a sentence names it: translatable when known, else the vocabulary's label."""
    if value in SUPERVISION_WORDING:
        return msg(SUPERVISION_WORDING[value])
    return vocab.get("supervision").label(value).lower()


def _types(doc: Descriptor) -> list[str]:
    return [t for t in doc.items("/assessment/types") if isinstance(t, str)]


@register
class SupervisionMatchesAssessment(Rule):
    """A claim of supervised assessment is backed by an assessment that can be supervised.

    Why: "supervised with identity verification" (Annex I O2) describes a sitting someone watches,
    such as an examination; a portfolio or peer assessment alone has no such sitting, so the claim
    cannot be true as stated.
    The claim must also agree with the assessment's own description: a description that says the
    tests are taken without supervision (or without an identity check, against a claim of one) and
    names no supervised sitting contradicts it, whatever the types (phrases in the 24 official EU
    languages, Catalan, Basque and Galician, see ``qa_checker/rules/supervision_text.py``).
    Options: ``supervised_types`` (assessment types held as a supervised sitting: written and oral
    examination, practical assessment, quiz, group performance).
    "Supervised, no identity verification" claims no sitting: a tutor supervises a project too.
    Passes: no supervision claim, or at least one such type, an `other` type (described in free text,
    so it may be a supervised sitting) or a description that states a supervised sitting (a
    presentation "held under supervision", a "proctored" challenge examination for recognition of
    prior learning), with a description that does not deny the claim.
    Fails: a claim of identity verification with none of those types and no supervised sitting in the
    description (or one that denies the identity check), or a supervised claim whose description says
    the assessment is unsupervised (or, against a claim of one, not identity-checked).

    A claim of no supervision is held to the description too: one that states a supervised or proctored
    sitting, or an identity check, contradicts it; one that also says some assessment is unsupervised
    ("quizzes unsupervised, final exam invigilated") is mixed and passes.
    """

    id = "MC-AS-001"
    name = "supervision-matches-assessment"
    title = "Supervision claim fits the assessment types"
    element = "supervision"
    clause = "Annex I O2, M9"
    principles = ("valid_assessment", "authenticity")
    severity = Severity.WARNING
    weight = 1.0
    message = "the supervision claim does not fit the assessment types"
    hint = "Name the supervised assessment, or correct the supervision."
    defaults = {
        "supervised_types": [
            "written-examination",
            "oral-examination",
            "practical-assessment",
            "quiz",
            "group-performance",
        ]
    }
    options_schema = {"supervised_types": {"type": "array", "items": {"type": "string"}}}
    example_fail = {
        "assessment": {"types": ["portfolio", "peer-assessment"], "supervision": "supervised-onsite-id-check"}
    }
    example_pass = {
        "assessment": {"types": ["portfolio", "oral-examination"], "supervision": "supervised-onsite-id-check"}
    }

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when a supervised claim is given with assessment types or a description, or a claim of no
        supervision with a description."""
        claim = doc.get("/assessment/supervision")
        if claim == UNSUPERVISED:
            return bool(doc.get("/assessment/description"))
        return claim in SUPERVISED and bool(_types(doc) or doc.get("/assessment/description"))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look for a denial in the description (a stated sitting against a claim of none), then for a supervisable
        assessment type (unless a type is `other`) or a supervised sitting the description states."""
        types = _types(doc)
        claim = str(doc.get("/assessment/supervision"))
        description = doc.get("/assessment/description")
        # without an identity check a tutor's supervision of a project is supervision too, but no sitting
        checked = claim not in ("supervised-no-id-check", UNSUPERVISED)
        if claim == UNSUPERVISED:
            denied = supervision_text.sittings(description, "/assessment/description")
        else:
            denied = [
                d
                for d in supervision_text.denials(description, "/assessment/description", work=not checked)
                if d.kind == "unsupervised" or checked
            ]
        if denied:
            quoted = ", ".join(dict.fromkeys(f"'{d.phrase}'" for d in denied))
            yield Hit(
                "/assessment/supervision",
                message=msg(
                    "assessment is declared as '{supervision}', but its own description says otherwise ({phrases})",
                    supervision=supervision_wording(claim),
                    phrases=quoted,
                ),
                hint=msg("Correct the supervision to what really applies, or correct the description."),
            )
            return
        # Types in the provider's own words ("exam") are the schema's to correct first: one may be a sitting.
        known = all(t in vocab.get("assessment-types") for t in types)
        if (
            checked
            and known
            and types
            and "other" not in types
            and not set(types) & set(ctx.options["supervised_types"])
            and not supervision_text.affirms_checked_sitting(description)
        ):
            yield Hit(
                "/assessment/supervision",
                message=msg(
                    "assessment is declared as '{supervision}', but none of its types ({types}) is a supervised "
                    "sitting",
                    supervision=supervision_wording(claim),
                    types=", ".join(types),
                ),
                hint=msg(
                    "Add the supervised assessment (e.g. oral-examination for a defended portfolio), "
                    "or state the supervision that really applies."
                ),
            )


@register
class AssessmentEvidencesOutcomes(Rule):
    """The assessment tests the learning outcomes, not only attendance.

    Why: a micro-credential records learning outcomes "assessed against transparent and clearly
    defined criteria" (Recommendation, definition); attendance alone shows presence, not learning.
    Options: ``non_evidence_types`` (types that alone do not evidence the outcomes; default
    attendance; a profile asking for summative assessment adds peer assessment and peer review).
    Passes: at least one other type. Fails: only such types.
    """

    id = "MC-AS-002"
    name = "assessment-evidences-outcomes"
    title = "Assessment tests the outcomes"
    element = "assessment"
    clause = "Annex I M9"
    principles = ("valid_assessment", "recognition")
    severity = Severity.WARNING
    weight = 2.0
    message = "the assessment does not test the learning outcomes"
    hint = "Add an assessment of the outcomes."
    defaults = {"non_evidence_types": ["attendance"]}
    options_schema = {"non_evidence_types": {"type": "array", "items": {"type": "string"}}}
    example_fail = {"assessment": {"types": ["attendance"]}}
    example_pass = {"assessment": {"types": ["attendance", "project-work"]}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when assessment types are listed."""
        return bool(_types(doc))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Hit when every type is a non-evidence type."""
        types = _types(doc)
        if set(types) <= set(ctx.options["non_evidence_types"]):
            yield Hit(
                "/assessment/types",
                message=msg(
                    "the only assessment is {types}, which does not show that the learning outcomes were achieved",
                    types=", ".join(types),
                ),
                hint=msg(
                    "Add an assessment of the outcomes, e.g. project-work, practical-assessment or written-examination."
                ),
            )


@register
class SupervisionRequired(Rule):
    """Assessment is supervised with the identity check a framework requires (a profile threshold).

    Why: some frameworks demand reliable identity verification at the point of assessment, e.g. the
    EMC Common Microcredential Framework.
    Options: ``accepted`` (supervision values that satisfy the profile; default: online or onsite
    supervision with identity verification).
    Passes: `assessment.supervision` is one of them. Fails: any other value, or none.
    """

    id = "MC-AS-003"
    name = "supervision-required"
    title = "Supervision meets the framework's requirement"
    element = "supervision"
    clause = "Annex I O2"
    principles = ("valid_assessment", "authenticity")
    severity = Severity.ERROR
    weight = 2.0
    message = "the assessment's supervision does not meet this profile"
    hint = "Verify the learner's identity at the point of assessment."
    defaults = {"accepted": ["supervised-online-id-check", "supervised-onsite-id-check"]}
    options_schema = {"accepted": {"type": "array", "items": {"type": "string"}, "minItems": 1}}
    example_fail = {"assessment": {"types": ["project-work"], "supervision": "unsupervised-no-id-check"}}
    example_pass = {
        "assessment": {"types": ["project-work", "oral-examination"], "supervision": "supervised-online-id-check"}
    }

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare with the accepted values."""
        value = doc.get("/assessment/supervision")
        accepted = ctx.options["accepted"]
        if value not in accepted:
            yield Hit(
                "/assessment/supervision" if value is not None else "/assessment",
                message=(
                    msg(
                        "supervision is {supervision}; this profile requires {accepted}",
                        supervision=supervision_wording(value),
                        accepted=either(accepted),
                    )
                    if isinstance(value, str)
                    else msg("supervision is not stated; this profile requires {accepted}", accepted=either(accepted))
                ),
                hint=msg(
                    "Set assessment.supervision to {value} and verify identity at the assessment.", value=accepted[0]
                ),
            )


@register
class StackableHasTarget(Rule):
    """A stackable micro-credential names what it stacks towards.

    Why: Annex I O4 offers "integrated, stackable towards another credential"; without the target a
    learner cannot plan a pathway (Annex II learning pathways).
    Options: ``require_stackable`` (false; a profile that requires credit towards a programme sets
    true, and then a stand-alone offer is a finding too).
    Passes: `stackability.type: stackable` with at least one `towards`, or stand-alone without one. Fails:
    stackable without a target, stand-alone with one (the two contradict each other), or stand-alone
    where stacking is required.
    """

    id = "MC-SK-001"
    name = "stackable-has-target"
    title = "Stackable names its target"
    element = "stackability"
    clause = "Annex I O4"
    principles = ("learning_pathways", "recognition")
    severity = Severity.WARNING
    weight = 1.0
    message = "stackable, but no target is named"
    hint = (
        "Name the credential it stacks towards: stackability: {type: stackable, towards: [{title: ..., credits: 5}]}."
    )
    defaults = {"require_stackable": False}
    options_schema = {"require_stackable": {"type": "boolean"}}
    example_fail = {"stackability": {"type": "stackable"}}
    example_pass = {
        "stackability": {
            "type": "stackable",
            "towards": [{"title": {"en": "Minor Responsible Data Science"}, "credits": 5}],
        }
    }

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when stackability is stated, or stacking is required."""
        return bool(doc.mapping("/stackability")) or bool(ctx.options["require_stackable"])

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look for a target."""
        kind = doc.get("/stackability/type")
        # A target in the wrong shape (one object, not a list) is still named: MC-SC-001 tells the shape.
        if kind == "stackable" and not doc.get("/stackability/towards"):
            yield Hit(
                "/stackability",
                message=msg("the micro-credential is stackable, but no `towards` names what it stacks towards"),
            )
        elif kind == "stand-alone" and doc.get("/stackability/towards"):
            yield Hit(
                "/stackability/type",
                message=msg("the micro-credential is declared stand-alone, but `towards` names what it stacks towards"),
                hint=msg("Set type: stackable, or remove towards if it does not count towards another credential."),
            )
        elif ctx.options["require_stackable"] and kind != "stackable":
            yield Hit(
                "/stackability",
                message=(
                    msg(
                        "this profile requires credit towards another credential (stackability is {type})",
                        type=str(kind),
                    )
                    if kind
                    else msg("this profile requires credit towards another credential (stackability is not stated)")
                ),
            )


@register
class FieldOfEducationSpecific(Rule):
    """The field of education is specific enough to compare offerings.

    Why: a broad ISCED-F field ("06 ICT") or a residual code ("field unknown", "not further defined")
    hides what the unit is about; the narrow or detailed field is usually known.
    Options: ``min_digits`` (3: at least the narrow field).
    Passes: a narrow or detailed code, or the generic-programmes field 00. Fails: a broad code, a
    "field unknown" code (99, 999, 9999), or a "not further defined" code such as 0610 or 060.
    """

    id = "MC-VC-005"
    name = "isced-f-code-specific"
    title = "ISCED-F field is specific"
    clause = "Annex II Transparency"
    principles = ("transparency",)
    severity = Severity.WARNING
    weight = 0.5
    message = "the field of education is too broad"
    hint = "Give the narrow (3-digit) or detailed (4-digit) ISCED-F field."
    defaults = {"min_digits": 3}
    options_schema = {"min_digits": {"type": "integer", "minimum": 2, "maximum": 4}}
    example_fail = {"field_of_education": "06"}
    example_pass = {"field_of_education": "0613"}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when a well-formed code is given."""
        code = doc.get("/field_of_education")
        return isinstance(code, str) and code.isdigit() and 2 <= len(code) <= 4

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Judge the code's specificity."""
        code = doc.get("/field_of_education")
        fields = vocab.get("isced-f")
        if set(code) == {"9"}:
            yield Hit("/field_of_education", message=msg("'{code}' means the field is unknown", code=code))
        elif code.startswith("00"):
            return
        elif len(code) < ctx.options["min_digits"]:
            yield Hit(
                "/field_of_education",
                message=msg(
                    "'{code}' ({label}) is a broad field; give the narrow or detailed field",
                    code=code,
                    label=fields.label(code),
                ),
            )
        elif len(code) >= 3 and code.endswith("0") and code in fields:
            yield Hit(
                "/field_of_education",
                message=msg("'{code}' ({label}) is a 'not further defined' code", code=code, label=fields.label(code)),
                hint=msg("Pick the detailed field under {code} that fits.", code=code[:-1]),
            )


_RESERVED_HOSTS = regex(r"(^|\.)(example\.(com|org|net)|example|test|invalid|localhost|local)$")


def url_places(doc: Descriptor) -> Iterator[tuple[str, object]]:
    """Every URL field of the descriptor with its pointer."""
    for index, body in enumerate(doc.items("/awarding_bodies")):
        yield jp.join("awarding_bodies", index, "url"), body.get("url") if isinstance(body, dict) else None
    yield "/quality_assurance/internal/url", doc.get("/quality_assurance/internal/url")
    yield "/quality_assurance/external/url", doc.get("/quality_assurance/external/url")
    for index, _ in enumerate(doc.items("/quality_assurance/accreditations")):
        place = jp.join("quality_assurance", "accreditations", index, "url")
        yield place, doc.get(place)
    for index, _ in enumerate(doc.items("/stackability/towards")):
        place = jp.join("stackability", "towards", index, "url")
        yield place, doc.get(place)
    yield _further_information(doc)


@register
class UrlPlausible(Rule):
    """Web addresses point to a real public host.

    Why: a link to `https://intranet`, `http://localhost:8080`, a private IP address or a reserved
    example domain cannot be followed by learners or reviewers. (Addresses the schema refuses, not
    http(s) URLs at all or holding white space, are reported by MC-SC-001 alone.)
    Passes: every URL has a public host name with a dot and a top-level domain. Fails: hosts without
    a dot, reserved names (example.org, .test, .invalid, .localhost, .local) and private addresses; a
    name before an @, which browsers read as a user name (https://www.hva.nl@evil.com/ goes to evil.com),
    a port that does not exist, and a space, double quote, angle bracket or backslash in the address.
    """

    id = "MC-UR-001"
    name = "url-plausible"
    title = "Web addresses are public"
    clause = "Annex I O5"
    principles = ("information_guidance", "transparency")
    severity = Severity.WARNING
    weight = 0.5
    message = "the web address is not a public address"
    hint = "Give the public https:// address of the page."
    example_fail = {"further_information": "https://intranet/courses/data-ethics"}
    example_pass = {"further_information": "https://www.hva.nl/data-ethics"}

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Judge the host of each well-formed URL."""
        for place, value in url_places(doc):
            if isinstance(value, str) and (problem := _url_problem(value)):
                yield Hit(place, message=problem)


@_remembered
def _url_problem(url: str) -> Text | None:
    """What keeps a well-formed web address from being a public one (:func:`_form_problem`, :func:`_host_problem`),
    or ``None``; also for what is no web address at all, the schema's finding (remembered: a batch names the same
    bodies' and agencies' sites again and again)."""
    if not is_url(url):
        return None
    try:
        parsed = urlparse(url)
    except ValueError:  # e.g. an unclosed "[" of an IPv6 host: not a URL, the schema's concern
        return None
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return None
    host = (parsed.hostname or "").rstrip(".").lower()
    return _form_problem(url, parsed.netloc, host) or _host_problem(url, host)


# The path of a site's root: none, a language code (/en/, /pt-br), an index page (/index.html, /en/index.php) or the
# home page a content system names in the site's language (/home, /de/startseite, /fr/accueil.html, /es/inicio; two
# letters before such a name are a language, whichever), its slashes doubled or not (//, /en//).
_SITE_ROOT_PATH = regex(
    r"/*(?:(?P<language>[a-z]{2})(?:[-_][a-z]{2})?/*)?"
    r"(?:(?:(?:index|default)(?:\.[a-z]{2,5})|(?P<home>home|homepage|start|startseite|accueil|inicio|portada|welkom)"
    r"(?:\.[a-z]{2,5})?)/*)?",
    re.IGNORECASE,
)
# A query that only chooses the language of the page (?lang=en, ?locale=de_DE) or tells a campaign where a visitor
# came from (?utm_source=newsletter, ?fbclid=...), and an anchor of the page's layout (#top, #main-content), point to
# the same page; another query or anchor names a page or a section of its own.
_SAME_PAGE_PARAMETERS = frozenset(
    {"lang", "language", "locale", "hl", "lng", "sprache", "langue", "idioma", "fbclid", "gclid", "mc_cid", "mc_eid"}
)
_TRACKING_PREFIX = "utm_"
_LAYOUT_ANCHORS = frozenset({"", "top", "main", "content", "main-content", "maincontent", "start", "home"})
# Most sites have an English root (/en/), whatever the offer's languages.
_ROOT_LANGUAGE = "en"


def _site(url: object) -> str | None:
    """The host of a web address without its ``www.``, in one form (:func:`_host_form`), or ``None`` when it is
    none."""
    return _site_of(url) if isinstance(url, str) else None


@_remembered
def _site_of(url: str) -> str | None:
    """What :func:`_site` gives for a text (remembered)."""
    if not is_url(url):
        return None
    try:
        host = urlparse(url).hostname
    except ValueError:
        return None
    return _host_form(host.rstrip(".").lower().removeprefix("www.")) if host else None


def _host_form(host: str) -> str:
    """A host as compared: an IP address in its short form (2001:db8:0::1 is 2001:db8::1), a name in letters of
    any script IDNA-encoded (münchen.de is xn--mnchen-3ya.de); a name the encoding refuses as it is."""
    if ":" in host or host[:1].isdigit():  # else no IP address: v4 opens with a digit, v6 holds colons
        try:
            return ipaddress.ip_address(host).compressed
        except ValueError:
            pass
    try:
        return host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


@register
class FurtherInformationOfTheOffer(Rule):
    """Further information points to the offer's own page, not a site's home page.

    Why: further information (Annex I O5) tells learners and reviewers more about this offer; a site's home
    page (https://www.uva.nl/, or its language root https://www.uva.nl/en/) leaves them to search for it.
    Passes: an address with a path of its own, a query, or an anchor; the root of another host than the
    awarding bodies' own (a course's or a department's site is the offer's page).
    Fails (a note, not counted, as a provider may have no page for the offer): a site's root (no path, the code
    of one of the offer's languages or English, an index page, or a home page by its usual name: /home,
    /de/startseite, /fr/accueil) on an awarding body's host, or on any host when no body gives an address; a
    query that only chooses the page's language or tells where a visitor came from (?lang=en,
    ?utm_source=newsletter) and an anchor of the page's layout (#top, #main-content) leave it the root. Two
    other letters are a page of the site (/pe, an IT service's /it/), but before a home page's name.
    """

    id = "MC-UR-002"
    name = "further-information-of-the-offer"
    title = "Further information is the offer's page"
    clause = "Annex I O5"
    principles = ("information_guidance", "transparency")
    severity = Severity.INFO
    weight = 0.0
    message = "further information is a site's home page, not the offer's page"
    hint = "Link the page that describes this offer."
    example_fail = {"further_information": "https://www.hva.nl/"}
    example_pass = {"further_information": "https://www.hva.nl/data-ethics"}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when further information gives a web address."""
        return _site(_further_information(doc)[1]) is not None

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Judge the path of the address and its host against the awarding bodies'."""
        place, url = _further_information(doc)
        parsed = urlparse(str(url))
        root = _SITE_ROOT_PATH.fullmatch(parsed.path)
        if root is None or not _same_page(parsed.query, parsed.fragment):
            return
        language = (root.group("language") or _ROOT_LANGUAGE).lower()
        offered = {str(code).lower() for code in doc.items("/languages")}
        if not root.group("home") and language != _ROOT_LANGUAGE and language not in offered:
            return
        hosts = {_site(body.get("url")) for body in doc.items("/awarding_bodies") if isinstance(body, dict)} - {None}
        if not hosts or _site(url) in hosts:
            yield Hit(place, message=msg("'{url}' is a site's home page, not the offer's own page", url=url))


def _same_page(query: str, fragment: str) -> bool:
    """Whether a query and an anchor leave an address on the page its path names (:data:`_SAME_PAGE_PARAMETERS`,
    :data:`_LAYOUT_ANCHORS`)."""
    names = (name.lower() for name, _ in parse_qsl(query, keep_blank_values=True))
    return fragment.lower() in _LAYOUT_ANCHORS and all(
        name in _SAME_PAGE_PARAMETERS or name.startswith(_TRACKING_PREFIX) for name in names
    )


def _further_information(doc: Descriptor) -> tuple[str, object]:
    """Where further information gives its web address, and the address."""
    info = doc.get("/further_information")
    return (
        ("/further_information", info)
        if isinstance(info, str)
        else ("/further_information/url", doc.get("/further_information/url"))
    )


# Characters no web address holds as they are (RFC 3986 has them percent-encoded): a double quote or an
# angle bracket closes the attribute or tag a page puts the address in.
_NOT_IN_URL = regex(r"""[\s"<>\\]""")


def _form_problem(url: str, netloc: str, host: str) -> Text | None:
    """What in the form of ``url`` deceives or breaks a reader, or ``None``: a name before an ``@``, which
    browsers take for a user name (``https://www.hva.nl@evil.com/`` goes to evil.com), a port that does not
    exist, or characters a web address cannot hold."""
    if "@" in netloc:
        return msg(
            "'{url}' goes to '{host}': what stands before the @ is read as a user name, not as the host",
            url=url,
            host=host,
        )
    port = netloc.rpartition(":")[2] if not netloc.endswith("]") else ""
    if ":" in netloc and port and (not port.isdigit() or int(port) > 65535):
        return msg("'{url}' names a port that does not exist ('{port}')", url=url, port=port[:20])
    found = _NOT_IN_URL.search(url)
    if found is not None:
        return msg(
            "'{url}' holds a character a web address cannot hold as it is ({character})",
            url=url,
            character=repr(found.group()),
        )
    return None


def _host_problem(url: str, host: str) -> Text | None:
    """What keeps ``url`` (whose host is ``host``) from being a public address, or ``None``."""
    problem = _host_verdict(host) if len(host) <= _REMEMBERED_HOST else _judge_host(host)
    if problem == "private":
        return msg("'{url}' points to a private address", url=url)
    if problem == "address":
        return msg("'{url}' uses a bare IP address instead of a host name", url=url)
    if problem == "no-domain":
        return msg("'{url}' has no public host name ('{host}' has no domain)", url=url, host=host)
    if problem == "reserved":
        return msg("'{url}' uses a reserved example or local host name ('{host}')", url=url, host=host)
    if problem == "top-level":
        return msg("'{url}' has no valid top-level domain ('{host}')", url=url, host=host)
    return None


# The verdicts on host names up to this long are remembered: a batch names the same few hosts again and again.
_REMEMBERED_HOST = 255


@functools.lru_cache(maxsize=4096)
def _host_verdict(host: str) -> str | None:
    return _judge_host(host)


def _judge_host(host: str) -> str | None:
    """Why a host is not a public host name (a word for the message to give), or ``None``."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        return "address" if address.is_global else "private"
    if "." not in host:
        return "no-domain"
    if _RESERVED_HOSTS.search(host):
        return "reserved"
    # Letters, in any script: the internationalised top-level domains (.ελ, .бг, .рф) are written
    # as letters too, or in their ASCII form (xn--qxam).
    if not re.fullmatch(r"[^\W\d_]{2,63}|xn--[a-z0-9-]+", host.rsplit(".", 1)[-1]):
        return "top-level"
    return None


# What a name adds in brackets, and what is no letter or digit (``[^\W_]`` is what ``str.isalnum`` accepts).
_IN_BRACKETS = regex(r"\([^()]*\)")
_NOT_ALNUM = regex(r"[\W_]+")


def _without_brackets(name: str) -> str:
    """A name without what it adds in brackets."""
    return _IN_BRACKETS.sub(" ", name) if "(" in name else name


def _name_key(name: str) -> str:
    """A body's name as compared: letters and digits only, in lower case, without what it adds in brackets
    ("Universitat Politècnica de Catalunya (UPC)" is Universitat Politècnica de Catalunya)."""
    return _NOT_ALNUM.sub("", _without_brackets(name).casefold())


_WORD = regex(r"[^\W\d_]+")
_BRACKETED_ACRONYM = regex(r"\(\s*([^\W\d_]{2,10})\s*\)")
_BRACKETED = regex(r"\(([^()]{2,40})\)")


def _bracketed_names(name: str) -> list[str]:
    """The short names a body gives itself in brackets: one word ("UMinho"), or up to four led by one with two
    capitals or more ("HTW Berlin", "TU Dresden", "UPV/EHU"), not a remark ("staatlich anerkannt")."""
    found = []
    for short in map(str.strip, _BRACKETED.findall(name)):
        words = short.split()
        if (len(words) == 1 and short.isalpha()) or (len(words) <= 4 and sum(c.isupper() for c in words[0]) >= 2):
            found.append(short)
    return found


# The seat a body's name ends with, which its acronym leaves out: "Slovenská technická univerzita v Bratislave"
# (STU), "České vysoké učení technické v Praze" (ČVUT), "Uniwersytet Jagielloński w Krakowie" (UJ).
_SEAT = regex(r"\s(?:v|ve|vo|w|we)\s", re.IGNORECASE)
# Words an acronym of all the name's words skips besides those of one or two letters.
_LINK_WORDS = frozenset({"and", "und", "the", "for", "für", "des", "der", "die", "das", "del", "dei", "degli", "della"})


def _acronyms(name: str) -> set[str]:
    """The short names a body's name gives, in lower case: the initials of its capitalised words (UPC for
    Universitat Politècnica de Catalunya), those of all its words but links, without its seat (STU for
    Slovenská technická univerzita v Bratislave), those of all its words as written (HvA for Hogeschool van
    Amsterdam), and an acronym in brackets after it."""
    words = _WORD.findall(name)
    capitals = "".join(word[0] for word in words if word[0].isupper())
    head = _SEAT.split(name, maxsplit=1)[0]
    every = "".join(w[0] for w in _WORD.findall(head) if len(w) > 2 and w.casefold() not in _LINK_WORDS)
    linked = "".join(word[0] for word in words)
    found = {acronym.casefold() for acronym in _BRACKETED_ACRONYM.findall(name)}
    return found | {initials.casefold() for initials in (capitals, every, linked) if len(initials) >= 2}


@_remembered
def _words(name: str) -> tuple[str, ...]:
    """A body's name as its words, letters and digits only, in lower case, without what it adds in brackets
    (remembered)."""
    return tuple(re.findall(r"\w+", _without_brackets(name).casefold()))


def _leading_words_of(body: str, names: list[str]) -> bool:
    """Whether ``body`` is, in two words or more, the first words of one of ``names`` and so that body under a
    shorter name: without its legal form ("Robert Bosch" for Robert Bosch GmbH) or the unit it adds (a
    university named for its own school)."""
    words = _words(body)
    return len(words) >= 2 and any(
        len(other) > len(words) and other[: len(words)] == words for other in map(_words, names)
    )


def _name_inside(body: str, names: list[str]) -> str | None:
    """The name of ``names`` that ``body`` holds, its words in order and some of them inflected, beside a word that
    names a unit of an organisation (:data:`_UNITS`): a department or office of that body ("Quality Office of the
    University of Tartu", "Tartu Ülikooli kvaliteediosakond"), not an agency named after it. Only names of two words
    or more count, as one word is shared by unrelated bodies, unless the one word is distinctive (:func:`_one_name`:
    "Quality Office of NTNU", "Kvalitetsavdelningen vid Mittuniversitetet"); a name of two words or more counts by its
    initials too, three letters or more ("Quality office HvA" of Hogeschool van Amsterdam). ``None`` if none."""
    units = [index for index, word in enumerate(_words(body)) if _is_unit(word)]
    if not units:
        return None
    words = _unaccented_words(body)
    starts: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        starts.setdefault(word[:_INFLECTED_STEM], []).append(index)
    for name in names:
        own = _unaccented_words(name)
        if len(own) < 2 and not _one_name(name):
            continue
        initials = {a for a in _acronyms(name) if len(a) >= _ACRONYM_LETTERS} if len(own) >= 2 else set()
        if any(word in initials and index not in units for index, word in enumerate(words)):
            return name
        for start in starts.get(own[0][:_INFLECTED_STEM], ()):
            end = start + len(own)
            if (
                end <= len(words)
                and all(map(_inflected, own, words[start:end]))
                and any(not start <= u < end for u in units)
            ):
                return name
    return None


# A name of one word is no other body's when it is an acronym of this many capitals or more ("NTNU", "VDAB") or a word
# of this many letters or more, as compounds are ("Mittuniversitetet", "Nackademin").
_ACRONYM_LETTERS = 3
_LONG_NAME_LETTERS = 8


def _one_name(name: str) -> bool:
    """Whether a body's name is one distinctive word: an acronym or a long word, not one many bodies share."""
    words = _WORD.findall(_without_brackets(name))
    return len(words) == 1 and (
        (words[0].isupper() and len(words[0]) >= _ACRONYM_LETTERS) or len(words[0]) >= _LONG_NAME_LETTERS
    )


@_remembered
def _unaccented_words(name: str) -> tuple[str, ...]:
    """:func:`_words` without accents, as an inflection may move one ("Πανεπιστήμιο", "Πανεπιστημίου")."""
    return tuple(unaccented(word) for word in _words(name))


# What a department, an office or a service of an organisation is called, in the languages of the descriptors; the last
# part of a compound ("Qualitätsabteilung", "kvaliteediosakond") counts too. Agencies, councils and commissions are
# not among them: an agency may carry a university's name and still be another body.
_UNITS = frozenset(
    {
        *("office", "department", "unit", "division", "directorate", "service", "services", "centre", "center"),
        *("abteilung", "stabsstelle", "referat", "büro", "dezernat", "zentrum", "bureau", "cellule", "direction"),
        *("osakond", "büroo", "talitus", "keskus", "biuro", "dział", "zespół", "centrum", "odbor", "oddělení"),
        *("útvar", "oficina", "unidad", "servicio", "ufficio", "servizio", "settore", "afdeling", "dienst"),
        *("toimisto", "yksikkö", "palvelut", "avdelning", "kontor", "enhet", "osztály", "iroda", "urad", "oddelek"),
        *("avdelningen", "kontoret", "enheten", "afdelingen", "avdeling", "avdelingen", "seksjon", "seksjonen"),
        *("presidio", "skyrius", "nodaļa", "departament", "departamentul", "biroul", "serviciul", "odjel", "ured"),
        *("služba", "μονάδα", "τμήμα", "γραφείο", "отдел", "център", "звено"),
        *("gabinete", "serviço", "serviços", "unidade", "departamento", "direção", "direcção", "divisão", "núcleo"),
        *("centro", "vicerrectorado", "vicerrettorato", "prorektorat", "compartimentul", "direcția"),
        # Lithuanian, Latvian, Slovak, Czech, Hungarian, Greek, Romanian, Maltese and Irish centres, departments,
        # offices and services
        *("centras", "departamentas", "tarnyba", "centrs", "departaments", "birojs", "dienests", "stredisko"),
        *("oddelenie", "středisko", "központ", "κέντρο", "centrul", "dipartiment", "uffiċċju", "ċentru", "oifig"),
        *("aonad", "ionad"),
    }
)
# A compound ends with a unit's word only after at least this many letters of its own.
_COMPOUND_HEAD = 4


def _is_unit(word: str) -> bool:
    """Whether a word (in lower case) names a unit of an organisation, alone or as the end of a compound."""
    return word in _UNITS or any(
        word.endswith(unit) and len(word) - len(unit) >= _COMPOUND_HEAD for unit in _UNITS if unit[-1] == word[-1]
    )


# An inflection keeps at least this many first letters of a name's word, changes at most the last two and adds at most
# four: Estonian "Ülikooli" for Ülikool, Polish "Uniwersytetu Warszawskiego" for Uniwersytet Warszawski, Czech
# "Univerzity Karlovy" for Univerzita Karlova, Lithuanian "Vilniaus universiteto" for Vilniaus universitetas.
_INFLECTED_STEM = 4
_INFLECTION_CHANGES = 2
_INFLECTION_ADDS = 4


def _inflected(word: str, form: str) -> bool:
    """Whether ``form`` is ``word`` (a name's word, in lower case) or an inflection of it; a short word ("of", "der")
    only as it is."""
    if word == form:
        return True
    kept = next((index for index, (a, b) in enumerate(zip(word, form)) if a != b), min(len(word), len(form)))
    return kept >= _INFLECTED_STEM and len(word) - kept <= _INFLECTION_CHANGES and len(form) - kept <= _INFLECTION_ADDS


def _provider_names(doc: Descriptor) -> list[str]:
    """The awarding bodies' names, in every language they are given in."""
    return [
        name
        for index in range(len(doc.items("/awarding_bodies")))
        for name in doc.text(jp.join("awarding_bodies", index, "name")).values()
    ]


@_remembered
def _keys_and_initials(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The keys (:func:`_name_key`) of a body's name and of the short names it gives itself in brackets
    ("Universidade do Minho (UMinho)"), however those are capitalised, and its initials (:func:`_acronyms`);
    remembered, as a batch names the same few bodies."""
    keys = {_name_key(name)} | {_name_key(short) for short in _bracketed_names(name)}
    return frozenset(keys - {""}), frozenset(_acronyms(name))


def _derive_own_names(doc: Descriptor) -> tuple[list[str], set[str], set[str]]:
    """The awarding bodies' names, their keys and their initials (:func:`_keys_and_initials`)."""
    names = _provider_names(doc)
    found = [_keys_and_initials(name) for name in names]
    return names, set().union(*(keys for keys, _ in found)), set().union(*(initials for _, initials in found))


def _own_names(doc: Descriptor) -> tuple[list[str], set[str], set[str]]:
    """What :func:`_derive_own_names` gives, derived once per descriptor (MC-QA-001 and MC-TP-001 read it); not to
    be changed."""
    return doc.memo("own names", _derive_own_names)


def _is_own_name(text: str, own: set[str], short: set[str]) -> bool:
    """Whether a text is the name of an awarding body by its key (in ``own``) or its acronym (in ``short``)."""
    key, acronym = _name_forms(text)
    return key in own or acronym in short


@_remembered
def _name_forms(text: str) -> tuple[str, str]:
    """A text's key as a name (:func:`_name_key`) and as an acronym (:func:`_acronym`), remembered."""
    return _name_key(text), _acronym(text)


def _acronym(name: str) -> str:
    """A name written as an acronym (one word of capitals, ``UPC``, or of capitals with the initials of link words
    in lower case between them, ``HvA``), in lower case; else ``""``."""
    name = name.strip()
    if not (2 <= len(name) <= 10 and name.isalpha() and name[:1].isupper()):
        return ""
    capitals = sum(char.isupper() for char in name)
    linked = not any(a.islower() and b.islower() for a, b in itertools.pairwise(name))
    return name.casefold() if capitals >= 2 and linked else ""


# A whole external QA body that names no body, in the EU's languages most written: none or unknown ("n/a", "keine",
# "-"), the provider's own review ("internal", "self-assessment"), a yes ("external", "accredited"), a standard or a
# register in place of its agency ("ESG", "EQAR", "ISO 9001") or a word for an agency ("accreditation agency").
_NO_BODY = regex(
    r"(?i)\s*(?:"
    r"none|no|keine?|aucune?|ningun[oa]|nessun[oa]|geen|brak|nenhum[a]?|-+|–|—|\?+|unknown|unbekannt|inconnue?"
    r"|desconocid[oa]|sconosciut[oa]|onbekend|nieznan[ya]|desconhecid[oa]"
    r"|internal(?:ly)?|intern[aeo]?|wewnętrzn\w*|self[- ]?(?:assessment|evaluation|review)"
    r"|selbst(?:evaluation|bewertung|evaluierung)|auto-?(?:évaluation|evaluación|valutazione|avaliação)"
    r"|zelf-?evaluatie|eigen-?\s?evaluatie|samoocena|(?:the )?(?:provider|university|institution) itself"
    r"|yes|ja|oui|s[ií]|tak|true|external|extern[aeo]?|estern[oa]|zewnętrzn\w*|accredited|akkreditiert"
    r"|accréditée?|acreditad[oa]|accreditat[oa]|geaccrediteerd|akredytowan[ya]|certified|zertifiziert|certifiée?"
    r"|esg(?: 2015)?|eqar|eqavet|efqm|iso\s*\d{4,5}(?:[-:]\d{1,2})?(?::\d{4})?"
    r"|(?:the\s+)?(?:national\s+)?(?:quality\s+assurance\s+|accreditation\s+|certification\s+|external\s+)?"
    r"(?:agency|body|organi[sz]ation)|akkreditierungsagentur|agence(?: d'accréditation)?|agencia(?: de calidad)?"
    r"|agenzia|agentschap|agencja(?: akredytacyjna)?"
    r")[\s.:;!]*$"
)


def _naming_no_body(names: dict[str, str]) -> str | None:
    """The first of a body's names (one per language) that names no body (:data:`_NO_BODY`, or a mark for "not
    applicable"), or ``None``."""
    return next(
        (
            name
            for name in names.values()
            if _NO_BODY.match(name) is not None or _NOT_APPLICABLE_MARK.match(name.casefold()) is not None
        ),
        None,
    )


_NAMES_A_BODY_HINT = N_(
    "Name the agency or body outside the provider that reviews it (the national QA agency, an EQAR-registered "
    "agency, a certifier), and describe the provider's own review under internal."
)
_ADD_AGENT = N_("Add agent: the body that granted the accreditation.")
_OUTSIDE_REVIEWER = N_(
    "Name the agency that reviews the provider from outside (e.g. NVAO, AQ Austria, ANECA), and describe the "
    "provider's own review under internal."
)


@register
class QaBodyNamed(Rule):
    """External quality assurance and accreditations name the body that performs them.

    Why: external QA is performed by a body external to the provider (ESG 2015 Part 2); an
    ELM accreditation must name its accrediting agent. A claim without the body cannot be verified.
    Passes: `quality_assurance.external.body` and every accreditation's `agent` are given, and the
    external body is not the awarding body itself. Fails: either is missing, or the body named as
    external is one of the awarding bodies (by name, in any of its languages, by its initials: UPC for
    Universitat Politècnica de Catalunya, or by the short name it gives itself in brackets: UMinho for
    Universidade do Minho (UMinho)): its own review is internal quality assurance.

    Nor is an awarding body external under a shorter name: a body named by the first two or more words of an
    awarding body's name is that body without its legal form (Robert Bosch for Robert Bosch GmbH) or the
    organisation it is part of (a university reviewing its own business school). Nor is a unit of it: a body whose
    name holds an awarding body's name of two words or more (or its initials, or a name of one word that is an
    acronym or a long compound: HvA, NTNU, Mittuniversitetet), in order and perhaps inflected, beside a word for a
    department, an office or a service ("Quality Office of the University of Tartu", "Tartu Ülikooli
    kvaliteediosakond", "Biuro ds. Jakości Uniwersytetu Warszawskiego", "Quality office HvA"); an agency named after
    it is not one.

    Nor does a body that names no body: none or unknown ("n/a", "keine", "-"), the provider's own review
    ("internal", "self-assessment"), a yes ("external", "accredited"), a standard or a register in place of the
    agency that applies it ("ESG", "EQAR", "ISO 9001"), or a word for an agency ("accreditation agency"). An
    accreditation's agent is read the same way.
    """

    id = "MC-QA-001"
    name = "qa-body-named"
    title = "External QA names its body"
    element = "quality_assurance"
    clause = "Annex I M11"
    principles = ("quality", "recognition")
    severity = Severity.WARNING
    weight = 1.0
    message = "external quality assurance does not name its body"
    hint = "Name the agency or body: quality_assurance: {external: {body: NVAO, country: NL, framework: ESG}}."
    example_fail = {"quality_assurance": {"external": {"country": "NL", "framework": "ESG"}}}
    example_pass = {"quality_assurance": {"external": {"body": "NVAO", "country": "NL", "framework": "ESG"}}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when external QA or accreditations are described."""
        return bool(doc.mapping("/quality_assurance/external")) or bool(doc.items("/quality_assurance/accreditations"))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look for the body and the agents."""
        body = doc.text("/quality_assurance/external/body")
        if doc.mapping("/quality_assurance/external") and not body:
            yield Hit(
                "/quality_assurance/external",
                message=msg("external quality assurance is described without naming the body that performs it"),
            )
        nobody = _naming_no_body(body)
        if nobody is not None:
            yield Hit(
                "/quality_assurance/external/body",
                message=msg(
                    "'{body}' does not name the body that performs the external quality assurance", body=nobody
                ),
                hint=Text(_NAMES_A_BODY_HINT),
            )
            return
        names, own, short = _own_names(doc)
        itself = next(
            (name for name in body.values() if _is_own_name(name, own, short) or _leading_words_of(name, names)),
            None,
        )
        units = () if itself is not None else ((b, _name_inside(b, names)) for b in body.values())
        unit = next(((b, name) for b, name in units if name is not None), None)
        if unit is not None:
            yield Hit(
                "/quality_assurance/external/body",
                message=msg(
                    "the external quality assurance body '{body}' is part of the awarding body '{name}'; its review "
                    "is internal quality assurance",
                    body=unit[0],
                    name=unit[1],
                ),
                hint=Text(_OUTSIDE_REVIEWER),
            )
        if itself is not None:
            yield Hit(
                "/quality_assurance/external/body",
                message=msg(
                    "the external quality assurance body '{body}' is the awarding body itself; its own review is "
                    "internal quality assurance",
                    body=itself,
                ),
                hint=Text(_OUTSIDE_REVIEWER),
            )
        for index, item in enumerate(doc.items("/quality_assurance/accreditations")):
            place = jp.join("quality_assurance", "accreditations", index)
            agent = doc.text(place + "/agent")
            if isinstance(item, dict) and not agent:
                yield Hit(
                    place,
                    message=msg("the accreditation does not name the accrediting agent"),
                    hint=Text(_ADD_AGENT),
                )
            elif (nobody := _naming_no_body(agent)) is not None:
                yield Hit(
                    place + "/agent",
                    message=msg("'{agent}' does not name the body that granted the accreditation", agent=nobody),
                    hint=Text(_ADD_AGENT),
                )


@register
class AccreditationCurrent(Rule):
    """No accreditation the descriptor relies on has expired.

    Why: an expired accreditation no longer underpins the micro-credential (Annex I M11); the
    descriptor claims quality assurance that has lapsed. An issued credential is judged on the day it
    was issued: one issued while its accreditation held stays backed by it.
    Passes: every `expires` date is on or after the run's date (``--now``), or, for an issued
    credential, its date of issuing (when not later); or not given. Fails: an earlier date.
    """

    id = "MC-QA-002"
    name = "accreditation-current"
    title = "Accreditations have not expired"
    element = "quality_assurance"
    clause = "Annex I M11"
    principles = ("quality", "recognition")
    severity = Severity.ERROR
    weight = 2.0
    message = "the accreditation has expired"
    hint = "Renew the accreditation, or remove it and describe the QA that applies now."
    example_fail = {
        "quality_assurance": {
            "internal": {"description": "Institutional QA policy."},
            "accreditations": [{"type": "institutional-qa", "agent": "NVAO", "expires": "2024-05-15"}],
        }
    }
    example_pass = {
        "quality_assurance": {
            "internal": {"description": "Institutional QA policy."},
            "accreditations": [{"type": "institutional-qa", "agent": "NVAO", "expires": "2030-05-15"}],
        }
    }

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when accreditations are listed."""
        return bool(doc.items("/quality_assurance/accreditations"))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Compare each expiry date with the run's date, or an issued credential's date of issuing."""
        issued = issued_on(doc, ctx)
        for index, _ in enumerate(doc.items("/quality_assurance/accreditations")):
            place = jp.join("quality_assurance", "accreditations", index, "expires")
            expires = parse_date(doc.get(place))
            if expires is None or expires >= (issued or ctx.today):
                continue
            yield Hit(
                place,
                message=msg(
                    "the accreditation expired on {date}, before the credential was issued on {issued}",
                    date=expires.isoformat(),
                    issued=issued.isoformat(),
                )
                if issued
                else msg(
                    "the accreditation expired on {date} (today is {today})",
                    date=expires.isoformat(),
                    today=ctx.today.isoformat(),
                ),
            )


@register
class ExternalReviewRecent(Rule):
    """The last external QA review is recent enough.

    Why: external QA is cyclical (ESG 1.10); agencies review providers every few years, typically at
    most six. A review long ago, or one dated in the future, needs a look. An issued credential is
    judged on the day it was issued.
    Options: ``max_age_years`` (6).
    Passes: `quality_assurance.external.last_review` within the age (of the run's date, or an issued
    credential's date of issuing), or not given. Fails: older, or in the future.
    """

    id = "MC-QA-003"
    name = "external-review-recent"
    title = "External review is recent"
    element = "quality_assurance"
    clause = "Annex I M11"
    principles = ("quality",)
    severity = Severity.WARNING
    weight = 0.5
    message = "the external review is not recent"
    hint = "Give the date of the latest external review."
    defaults = {"max_age_years": 6}
    options_schema = {"max_age_years": {"type": "number", "exclusiveMinimum": 0}}
    example_fail = {"quality_assurance": {"external": {"body": "NVAO", "country": "NL", "last_review": "2015-05-15"}}}
    example_pass = {"quality_assurance": {"external": {"body": "NVAO", "country": "NL", "last_review": "2024-05-15"}}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when a review date is given."""
        return parse_date(doc.get("/quality_assurance/external/last_review")) is not None

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Age of the review."""
        reviewed = parse_date(doc.get("/quality_assurance/external/last_review"))
        if reviewed is None:
            return
        place = "/quality_assurance/external/last_review"
        if reviewed > ctx.today:
            yield Hit(
                place,
                message=msg(
                    "the external review date {date} is in the future (today is {today})",
                    date=reviewed.isoformat(),
                    today=ctx.today.isoformat(),
                ),
            )
            return
        overdue = review_overdue(reviewed, doc, ctx)
        if overdue is None:
            return
        (years, issued), maximum = overdue, ctx.options["max_age_years"]
        yield Hit(
            place,
            message=msg(
                "the last external review was on {date}, {years} years before the credential was issued on "
                "{issued} (more than {maximum})",
                date=reviewed.isoformat(),
                years=years,
                issued=issued.isoformat(),
                maximum=maximum,
            )
            if issued
            else msg(
                "the last external review was on {date}, {years} years ago (more than {maximum})",
                date=reviewed.isoformat(),
                years=years,
                maximum=maximum,
            ),
        )


@register
class TitleWordsAllowed(Rule):
    """The title avoids words a framework reserves for other qualifications (a profile threshold).

    Why: NZQA does not allow micro-credential titles to use words such as "diploma", "degree" or
    "national", which signal other qualification types.
    Options: ``forbidden_words`` (none by default), matched as whole words in every language of the title.
    Passes: none of the words. Fails: any of them.
    """

    id = "MC-TT-001"
    name = "title-words-allowed"
    title = "Title avoids reserved words"
    element = "title"
    clause = "Annex I M2"
    principles = ("transparency", "recognition")
    severity = Severity.ERROR
    weight = 1.0
    message = "the title uses a reserved word"
    hint = "Rename the micro-credential without words reserved for other qualifications."
    defaults = {"forbidden_words": []}
    options_schema = {"forbidden_words": {"type": "array", "items": {"type": "string", "minLength": 1}}}
    example_options = {"forbidden_words": ["diploma", "degree", "national"]}
    example_fail = {"title": {"en": "Diploma in Data Ethics", "nl": "Diploma Data-ethiek"}}
    example_pass = {"title": {"en": "Data Ethics in Practice", "nl": "Data-ethiek in de praktijk"}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when the profile lists words."""
        return bool(ctx.options["forbidden_words"])

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Search each title text for the words."""
        words = ctx.options["forbidden_words"]
        pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
        raw = doc.get("/title")
        for language, text in doc.text("/title").items():
            found = sorted({m.group(0).lower() for m in pattern.finditer(text)})
            if found:
                yield Hit(
                    "/title" if isinstance(raw, str) else jp.child("/title", language),
                    message=msg(
                        "the title '{title}' uses {words}, reserved for other qualifications",
                        title=text,
                        words=", ".join(repr(w) for w in found),
                    ),
                )


# A value that only holds a place: a to-do mark (in capitals, or any case before a colon or alone: "Todo el
# trabajo" is Spanish; "to be decided" alone or before a note, not a word it is part of: "TBC-screening" is Dutch
# for tuberculosis screening), a run of x or question marks, an ellipsis, a text in square, angle or curly
# brackets ("[Title of the micro-credential]", "<course name>", "{{title}}", "${title}"), or filler Latin.
_PLACEHOLDER = regex(
    r"^\s*(?:(?:TODO|FIXME|XXX+)\b.*|(?:TBD|TBC|TBA)(?:\s*[:(,;/.!?\u2013\u2014]|\s+-|\s*$).*"
    r"|(?i:todo|tbd|tbc|tba|fixme)\s*:.*|(?i:tbd|tbc|tba)\.?|\?{2,}|\.{3,}|…|(?i:x{3,})"
    r"|\[[^\]]*\]|<[^>]*>|\$?\{[^{}]*\}|\{\{[^{}]*\}\}|(?i:lorem ipsum)\b.*)\s*$",
    re.DOTALL,
)
# The characters such a value opens with (after white space): "t", "f", "x" and "l" match no other letter ignoring
# case (as "k" matches the Kelvin sign).
_PLACEHOLDER_INITIALS = frozenset("TFXLtfxl?.…[<${")
# A whole value that says the value is still to be decided, announced or filled in, in the official languages and a
# few more ("to be confirmed", "wird noch bekannt gegeben", "à compléter", "por definir", "pendiente", "da definire",
# "nog te bepalen", "do ustalenia", "bude upřesněno", "määritellään myöhemmin"), each phrase opening with a plain
# letter (see _by_first_letter); a participle in any gender and number, as it agrees with the field's noun ("bude
# upřesněna", "tiks precizēta", "предстои да бъде уточнено").
_EN_TO_COME = (
    r"\s+be\s+(?:determined|defined|decided|confirmed|announced|completed|added|specified|provided|advised|agreed"
    r"|published|updated|filled\s+in)(?:\s+(?:later|soon|shortly))?"
)
_ES_PT_TO_COME = r"\s+(?:definir|determinar|confirmar|completar|concretar|anunciar|preencher|redactar|añadir|inserir)"
_NL_TO_COME = r"\s+(?:te\s+bepalen|in\s+te\s+vullen|aan\s+te\s+vullen|te\s+bevestigen)"
_FI_LATER = r"(?:\s+myöhemmin)?"
_NORDIC_LATER = r"\s+sen(?:are|ere)"
# What a value names as still to come before the phrase ("Details to follow", "Text folgt", "Texte à insérer"), each
# its own phrase (a phrase opens with a plain letter).
_EN_CONTENT = ("text", "details", "information", "description", "content")
_DE_CONTENT = ("text", "beschreibung", "informationen", "details", "inhalt")
_FR_CONTENT = ("texte", "description", "informations", "détails", "contenu")
_ES_PT_CONTENT = ("texto", "descripción", "descrição", "información", "informação", "detalles", "contenido", "conteúdo")
_IT_CONTENT = ("testo", "descrizione", "informazioni", "dettagli", "contenuto")
_NL_CONTENT = ("tekst", "beschrijving", "informatie", "inhoud")
_PL_CONTENT = ("tekst", "opis", "informacje", "treść")
_RO_TO_COME = r"\s+fi\s+(?:stabilit|anunțat|definit|completat|comunicat)[ăe]?(?:\s+ulterior)?"
_STILL_TO_COME = (
    "to" + _EN_TO_COME,
    "will" + _EN_TO_COME,
    r"pending",
    r"coming\s+soon",
    r"to\s+follow",
    *(noun + r"\s+(?:to\s+follow|to" + _EN_TO_COME + ")" for noun in _EN_CONTENT),
    r"not\s+yet\s+(?:known|available|defined|decided)",
    r"wird\s+(?:noch\s+|später\s+)?(?:bekannt\s*gegeben|festgelegt|ergänzt|nachgereicht|definiert|mitgeteilt"
    r"|ausgefüllt)(?:\s+später)?",
    r"folgt(?:\s+noch|\s+später)?",
    *(
        noun + r"\s+(?:folgt(?:\s+noch|\s+später)?|wird\s+(?:noch\s+|später\s+)?(?:ergänzt|nachgereicht))"
        for noun in _DE_CONTENT
    ),
    r"noch\s+(?:offen|festzulegen|nicht\s+bekannt|zu\s+(?:ergänzen|definieren|klären|bestimmen))",
    r"zu\s+(?:ergänzen|definieren|klären|bestimmen)",
    r"steht\s+noch\s+nicht\s+fest",
    r"in\s+(?:planung|klärung|(?:via\s+di\s+|corso\s+di\s+|fase\s+di\s+)?(?:definizione|elaborazione))",
    r"à\s+(?:compléter|définir|préciser|déterminer|confirmer|venir|renseigner|communiquer|insérer|rédiger|ajouter)"
    r"(?:\s+(?:ultérieurement|plus\s+tard))?",
    *(noun + r"\s+à\s+(?:compléter|définir|préciser|venir|insérer|rédiger|ajouter|renseigner)" for noun in _FR_CONTENT),
    r"sera\s+(?:communiqué|précisé|défini|annoncé|complété)e?(?:\s+(?:ultérieurement|plus\s+tard))?",
    r"en\s+attente",
    "por" + _ES_PT_TO_COME,
    *(noun + r"\s+(?:por|a)" + _ES_PT_TO_COME for noun in _ES_PT_CONTENT),
    "a" + _ES_PT_TO_COME,
    r"pendiente(?:\s+de\s+(?:definir|confirmar|determinar|completar))?",
    r"pendente",
    r"próximamente",
    r"em\s+breve",
    r"se\s+(?:definirá|anunciará|confirmará|concretará|determinará|publicará|completará)"
    r"(?:\s+(?:más\s+adelante|próximamente))?",
    r"será\s+(?:definid|anunciad|confirmad|divulgad)[oa](?:\s+(?:posteriormente|em\s+breve))?",
    r"da\s+(?:definire|confermare|stabilire|completare|compilare|determinare|comunicare|inserire|aggiungere|redigere)",
    *(noun + r"\s+da\s+(?:definire|completare|compilare|inserire|aggiungere|redigere)" for noun in _IT_CONTENT),
    r"sarà\s+(?:definit|comunicat|confermat)[oa](?:\s+(?:in\s+seguito|successivamente))?",
    r"prossimamente",
    "nog" + _NL_TO_COME,
    "nader" + _NL_TO_COME,
    r"nog\s+niet\s+bekend",
    r"n\.\s?t\.\s?b\.?",
    r"volgt(?:\s+nog|\s+later)?",
    *(noun + r"\s+(?:volgt(?:\s+nog|\s+later)?|nog\s+in\s+te\s+vullen)" for noun in _NL_CONTENT),
    r"wordt\s+(?:nog\s+|later\s+)?(?:bekendgemaakt|bepaald|aangevuld|ingevuld)(?:\s+later)?",
    r"do\s+(?:uzupełnienia|ustalenia|określenia|potwierdzenia|zdefiniowania|wypełnienia)",
    r"zostan(?:ie|ą)\s+(?:ustalon|określon|podan|uzupełnion|dodan)[yae](?:\s+później)?",
    *(
        noun + r"\s+(?:do\s+uzupełnienia|zostan(?:ie|ą)\s+(?:dodan|uzupełnion|podan)[yae](?:\s+później)?)"
        for noun in _PL_CONTENT
    ),
    r"w\s+przygotowaniu",
    r"bud(?:e|ou|ú)\s+(?:upřesněn|doplněn|stanoven|určen|oznámen|upresnen|doplnen)[oayéáý]?"
    r"(?:\s+(?:později|neskôr))?",
    r"upřesní\s+se",
    r"doplní\s+se",
    r"v\s+(?:přípravě|príprave)",
    "määritellään" + _FI_LATER,
    "täsmennetään" + _FI_LATER,
    "ilmoitetaan" + _FI_LATER,
    "täydennetään" + _FI_LATER,
    "tarkentuu" + _FI_LATER,
    *(word + _NORDIC_LATER for word in ("meddelas", "fastställs", "bestäms", "kompletteras", "oplyses", "fastsættes")),
    *(word + _NORDIC_LATER for word in ("meddeles", "kunngjøres", "fastsettes")),
    r"később\s+kerül\s+(?:meghatározásra|kihirdetésre)",
    "va" + _RO_TO_COME,
    "vor" + _RO_TO_COME,
    r"în\s+curs\s+de\s+(?:stabilire|definire)",
    r"de\s+(?:stabilit|completat)",
    r"θα\s+(?:ανακοινωθεί|ανακοινωθούν|οριστεί|καθοριστεί|συμπληρωθεί)(?:\s+(?:σύντομα|αργότερα))?",
    r"προς\s+(?:συμπλήρωση|καθορισμό|ανακοίνωση)",
    r"ще\s+бъд(?:е|ат)\s+(?:обявен|определен|уточнен)[оаи]?",
    r"предстои(?:\s+да\s+бъд(?:е|ат)\s+(?:обявен|определен|уточнен)[оаи]?)?",
    r"bit\s+će\s+(?:naknadno\s+)?(?:određen|objavljen)[oai]?",
    r"bo(?:do)?\s+(?:naknadno\s+)?(?:določen|objavljen|sporočen)[oaie]?",
    r"täpsustamisel",
    r"täpsustatakse(?:\s+hiljem)?",
    r"selgub\s+hiljem",
    r"tiks\s+(?:precizēt|noteikt|paziņot)(?:s|a|i|as)(?:\s+vēlāk)?",
    r"bus\s+(?:patikslint|paskelbt|nustatyt)(?:a|as|i|os)(?:\s+vėliau)?",
    # "Soon" as a whole value, and what follows or is added later, in the other languages of the EU ("Prochainement",
    # "Wkrótce", "Kommer snart", "Følger", "n.n.b.", "Doplnit", "Naknadno", "Urmează a fi stabilit").
    *("prochainement", "bientôt", "demnächst", r"in\s+kürze", "binnenkort", r"a\s+breve", "wkrótce", "brevemente"),
    *("brzy", "pian", "hamarosan", r"în\s+curând", "σύντομα", "скоро", r"kommer\s+(?:snart|senere|senare)", "snart"),
    *(r"følger(?:\s+senere)?", r"följer(?:\s+senare)?", r"n\.\s?n\.\s?b\.?", r"n\.\s?n\.?", "doplnit", "doplniť"),
    "naknadno",
    r"urmează(?:\s+(?:să\s+fie|a\s+fi)\s+(?:stabilit|anunțat|definit|completat|comunicat)[ăe]?)?",
)
# A mark for "not applicable" ("n/a", "entfällt", "sans objet", "nie dotyczy"): "none", a value where nothing may be
# (the prerequisites), but no title, awarding body or learning outcome.
_NOT_APPLICABLE = (
    r"n/\s*a",
    r"n\s+/\s*a",
    r"n\.\s?a\.?",
    r"not\s+applicable",
    # "no information given" ("keine Angabe", "nincs adat", "brak danych"), as forms say a field was left empty
    r"no\s+(?:data|information)",
    r"keine\s+angaben?",
    r"nincs\s+adat",
    r"brak\s+(?:danych|informacji)",
    r"sin\s+datos",
    r"pas\s+de\s+données",
    r"geen\s+gegevens",
    r"nessun\s+dato",
    r"nema\s+podataka",
    r"nejsou\s+údaje",
    r"sem\s+dados",
    r"nicht\s+zutreffend",
    r"entfällt",
    r"n\.\s?v\.\s?t\.?",
    r"niet\s+van\s+toepassing",
    r"sans\s+objet",
    r"non\s+applicable",
    r"no\s+aplica",
    r"no\s+procede",
    r"non\s+applicabile",
    r"nie\s+dotyczy",
    r"não\s+(?:aplicável|se\s+aplica)",
)
# The names of the Annex I elements and of the descriptive fields, as a form labels them in the official languages
# most written, by the field that holds them: a field whose whole value is its own name ("Learning outcomes",
# "quality assurance", "Voraussetzungen") only repeats its label.
_FIELD_NAMES: dict[str, frozenset[str]] = {
    "title": frozenset(
        {"title", "title of the micro-credential", "course title", "titel", "titre", "título", "titolo", "tytuł",
         "micro-credential title", "name of the micro-credential", "title of the course", "course name",
         "kurstitel", "titel des kurses", "kursname", "name des kurses", "nom de la formation", "intitulé",
         "intitulé de la formation", "titre de la formation", "título del curso", "nombre del curso",
         "titolo del corso", "nome del corso", "naam van de cursus", "cursusnaam", "titel van de cursus",
         "nazwa kursu", "tytuł kursu", "nazwa szkolenia", "título do curso", "nome do curso", "název kurzu",
         "kurssin nimi", "kursens namn", "kursets navn"}
    ),
    # an awarding body named by the form's label for it ("Name of the institution", "Anbieter", "Nazwa uczelni")
    "awarding_bodies": frozenset(
        {"awarding body", "name of the awarding body", "awarding institution", "institution", "institution name",
         "name of the institution", "provider", "provider name", "name of the provider", "organisation",
         "organization", "anbieter", "name des anbieters", "hochschule", "name der hochschule", "einrichtung",
         "bildungseinrichtung", "établissement", "nom de l'établissement", "organisme", "organisme de formation",
         "institución", "nombre de la institución", "entidad", "entidad emisora", "istituzione",
         "nome dell'istituzione", "ente erogatore", "instelling", "naam instelling", "naam van de instelling",
         "aanbieder", "uczelnia", "nazwa uczelni", "instytucja", "nazwa instytucji", "organizator", "instituição",
         "nome da instituição", "instituce", "název instituce", "oppilaitos", "korkeakoulu", "lärosäte",
         "utbildningsanordnare", "uddannelsesinstitution"}
    ),
    "summary": frozenset(
        {"summary", "description", "short description", "zusammenfassung", "beschreibung", "kurzbeschreibung",
         "résumé", "resumen", "descripción", "riassunto", "descrizione", "samenvatting", "beschrijving",
         "omschrijving", "streszczenie", "opis", "resumo", "descrição"}
    ),
    "learning_outcomes": frozenset(
        {"learning outcomes", "learning outcome", "outcomes", "lernergebnisse", "lernergebnis", "lernziele",
         "résultats d'apprentissage", "acquis d'apprentissage", "resultados de aprendizaje",
         "risultati di apprendimento", "risultati dell'apprendimento", "leeruitkomsten", "leerresultaten",
         "efekty uczenia się", "efekty kształcenia", "resultados de aprendizagem", "výsledky učení",
         "oppimistulokset", "osaamistavoitteet", "läranderesultat", "læringsudbytte"}
    ),
    "assessment": frozenset(
        {"assessment", "type of assessment", "assessment description", "description", "prüfung", "prüfungsform",
         "art der prüfung", "évaluation", "type d'évaluation", "modalités d'évaluation", "evaluación",
         "tipo de evaluación", "valutazione", "tipo di valutazione", "toetsing", "toetsvorm", "beoordeling",
         "ocenianie", "forma oceny", "avaliação", "tipo de avaliação", "hodnocení", "arviointi", "bedömning"}
    ),
    "quality_assurance": frozenset(
        {"quality assurance", "type of quality assurance", "internal quality assurance", "external quality assurance",
         "description", "qualitätssicherung", "art der qualitätssicherung", "assurance qualité",
         "assurance de la qualité", "aseguramiento de la calidad", "garantía de calidad",
         "assicurazione della qualità", "garanzia della qualità", "kwaliteitszorg", "kwaliteitsborging",
         "zapewnianie jakości", "zapewnienie jakości", "garantia da qualidade", "garantia de qualidade",
         "zajišťování kvality", "laadunvarmistus", "kvalitetssäkring", "kvalitetssikring"}
    ),
    "prerequisites": frozenset(
        {"prerequisites", "prerequisite", "entry requirements", "voraussetzungen", "teilnahmevoraussetzungen",
         "zugangsvoraussetzungen", "prérequis", "pré-requis", "requisitos previos", "prerrequisitos",
         "prerequisiti", "requisiti", "toelatingseisen", "voorkennis", "ingangseisen", "wymagania wstępne",
         "pré-requisitos", "requisitos prévios", "předpoklady", "esitiedot", "förkunskapskrav", "adgangskrav"}
    ),
    "target_group": frozenset(
        {"target group", "target audience", "zielgruppe", "public cible", "public visé", "grupo destinatario",
         "público objetivo", "destinatari", "doelgroep", "grupa docelowa", "público-alvo", "cílová skupina",
         "kohderyhmä", "målgrupp", "målgruppe"}
    ),
    # an issued credential's learner named by the form's label for the name ("Firstname Lastname")
    "learner": frozenset(
        {"name", "full name", "learner", "learner name", "learner's name", "name of the learner", "student",
         "student name", "participant", "participant name", "first name last name", "firstname lastname",
         "first name surname", "name surname", "given name family name", "vorname nachname", "nachname vorname",
         "vorname name", "name vorname", "teilnehmer", "teilnehmerin", "teilnehmende", "lernende", "nom prénom",
         "prénom nom", "nom et prénom", "apprenant", "participant·e", "nombre apellidos", "nombre y apellidos",
         "apellidos nombre", "apellidos y nombre", "nombre", "estudiante", "participante", "nome cognome",
         "nome e cognome", "cognome nome", "partecipante", "studente", "voornaam achternaam", "naam", "deelnemer",
         "cursist", "imię nazwisko", "imię i nazwisko", "nazwisko imię", "uczestnik", "nome apelido",
         "nome e apelido", "formando", "jméno příjmení", "jméno a příjmení", "etunimi sukunimi", "förnamn efternamn",
         "fornavn efternavn"}
    ),
}  # fmt: skip
# Every field name above.
_ANY_FIELD_NAME: frozenset[str] = frozenset().union(*_FIELD_NAMES.values())
# The marks a short value may close with ("Learning outcomes:", "TBA!").
_CLOSING_MARKS = ".:;!…"


def _by_first_letter(patterns: Iterable[str]) -> str:
    """An alternation of patterns that each open with a plain letter (no quantifier after it), grouped by that letter
    ("t(?:o ...|...)"): a text is tried against the patterns of its own first letter only."""
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        groups.setdefault(pattern[0], []).append(pattern[1:])
    return "|".join(re.escape(letter) + "(?:" + "|".join(rests) + ")" for letter, rests in groups.items())


def _whole_value(patterns: Iterable[str]) -> re.Pattern[str]:
    """A pattern of a whole casefolded value that is one of ``patterns`` (casefolded as well)."""
    folded = (pattern.casefold() for pattern in patterns)
    return regex(r"\s*(?:" + _by_first_letter(folded) + r")[\s" + _CLOSING_MARKS + "]*$")


# A whole value that only answers the form's question (a yes), or says "various" or "as above", in the EU's
# languages most written: a text field filled as a checkbox or left to another row.
_ONLY_AN_ANSWER = (
    r"yes",
    r"ja",
    r"oui",
    r"s[íì]",
    r"sim",
    r"tak",
    r"ano",
    r"kyllä",
    r"igen",
    r"various",
    r"diverse",
    r"verschiedene",
    r"divers(?:es)?",
    r"vari[ao]s",
    r"varie",
    r"różne",
    r"verschillende",
    r"as\s+above",
    r"same\s+as\s+above",
    r"wie\s+oben",
    r"comme\s+ci-dessus",
    r"como\s+arriba",
    r"come\s+sopra",
    r"zoals\s+hierboven",
    r"jak\s+wyżej",
    r"idem",
    r"ídem",
    r"dit+o",
)
# The phrases, names and marks above, as patterns.
_SAYS_NOTHING_PATTERNS = (
    *_STILL_TO_COME,
    *_ONLY_AN_ANSWER,
    *(re.escape(name).replace(r"\ ", r"\s+").replace("'", "['\u2019]") for name in sorted(_ANY_FIELD_NAME)),
    *_NOT_APPLICABLE,
)
# A whole value that is one of them (read casefolded), and one that is a mark.
_SAYS_NOTHING = _whole_value(_SAYS_NOTHING_PATTERNS)
_NOT_APPLICABLE_MARK = _whole_value(_NOT_APPLICABLE)
_ONLY_AN_ANSWER_MARK = _whole_value(_ONLY_AN_ANSWER)
# The letters they open with: a casefolded text that opens with another (or white space) is none of them.
_SAYS_NOTHING_INITIALS = frozenset(pattern.casefold()[0] for pattern in _SAYS_NOTHING_PATTERNS)
# The longest text read for such a phrase or name.
_SAYS_NOTHING_LENGTH = 60
# A descriptive text that only sends the reader elsewhere ("siehe Modulhandbuch", "zie studiegids", "see course
# page", "ks. opinto-opas", "viz sylabus", "lásd a tantárgyi adatlapot", "βλέπε οδηγό σπουδών"): a word for "see"
# in one of the EU's languages and a few more words, as catalogue systems fill a field they keep in another
# document; not a verb "see" joined to another ("Ver y corregir ...") nor asking what to see ("See how attackers
# think", "Katso miten ...", "Vezi cum ...").
_REFERENCE_ELSEWHERE = regex(
    r"^\s*(?i:(?:please|bitte|gelieve|por\s+favor|si\s+prega\s+di|prosimy)\s+)?"
    r"(?P<see>(?i:see|refer\s+to|siehe|vgl\.|zie|voir|vedi|véase|ver|veja|vide|consultar|consulte[zr]?|patrz|zob\."
    r"|se|cf\.|katso|ks\.|kts\.|vaata|vt\.?|žr\.|žiūrėkite|skatīt|sk\.|viz\.?|pozri(?:te)?(?:\s+si)?|viď"
    r"|lásd|ld\.|vezi|vedeți|a\s+se\s+vedea|βλέπε|βλ\.|δείτε|vidi(?:te)?|glej(?:te)?|виж(?:те)?|вж\.|féach|ara))"
    r"(?!\s+(?i:and|und|y|e|et|en|i|o|or|oder|ou|how|what|why|which|when|where|who|wie|was|warum|welche[rsn]?"
    r"|hoe|wat|waarom|welke|comment|pourquoi|quoi|come|cosa|perché|quale|cómo|qué|por\s+qué|cual|como|jak|co"
    r"|dlaczego|który|hur|vad|varför|vilka|hvordan|hvad|hvorfor|hva|ja|miten|kuinka|mitä|miksi|ning|kuidas|mida"
    r"|miks|ir|kaip|ką|kodėl|kā|ko|ako|čo|prečo|és|hogyan|miért|și|cum|de\s+ce|και|πώς|πως|τι|γιατί"
    r"|kako|što|zašto|kaj|zakaj|и|как|какво|защо|agus|conas|cad|kif|għaliex)\b)\s+\S+(?:\s+\S+){0,4}\s*$"
)
# The first characters such a reference may start with (white space before it included): most texts are passed
# over without the pattern.
_REFERENCE_INITIALS = frozenset("sSrRzZvVcCpPbBgGkKžŽlLaAβΒδΔвВfF \t\n")
# A descriptive text that only says the assessment follows the rules, naming no method ("Assessment according to the
# examination regulations", "Prüfung gemäß Prüfungsordnung", "Évaluation selon le règlement des études", "Evaluación
# según la normativa vigente", "Secondo il regolamento di ateneo", "Toetsing volgens de OER"): at most a word for
# assessing, a word for "according to", and a few words around one for the regulations, with no method after a
# colon, semicolon or comma ("Laut Studienordnung: mündliche Prüfung"), nor joined to them ("gemäß Prüfungsordnung
# durch mündliche Prüfung", "according to the regulations and a written exam") or named after them ("... (oral exam)");
# a joining word after a hyphen joins the parts of one name ("Studien- und Prüfungsordnung").
_ASSESSING = (
    r"assessment|assessed|grading|graded|examination|exam|prüfung(?:en)?|bewertung|bewertet|benotung|benotet"
    r"|évaluation|évalué|notation|evaluación|evaluado|se\s+evaluará|calificación|valutazione|valutato|voto"
    r"|toetsing|beoordeling|beoordeeld"
)
_JOINING = (
    r"and|with|by|through|via|plus|including|using|und|mit|durch|sowie|per|et|avec|par|y|con|mediante|por|e"
    r"|tramite|attraverso|met|door|middels|&|\+"
)
_RULES_WORD = (
    r"\S*(?:regulation|rules\b|provisions|ordnung|satzung|bestimmung|vorschrift|regeln\b|règle"
    r"|r[èé]glement|dispositions|normativ|reglament|disposiciones|regolament|disposizioni|regels\b|regeling|bepalingen"
    r"|oer\b)"
)
# A joining word inside the regulations' own name: before a word that the regulations word follows ("the study and
# examination regulations"), or after it, before a genitive ("règlement des études et d'examens", "regolamento
# didattico e degli esami").
_JOINED_IN_THE_NAME = (
    rf"(?=(?:{_JOINING})\s+(?!(?:the|a|an|der|die|das|den|dem|le|la|les|el|los|las|il|lo|gli|de|het|een|ein|eine|un"
    rf"|une|uno|una)\s)\S+\s+{_RULES_WORD})"
)
# A joining word and the genitive it opens, one step of the name ("et des", "e degli", "et d'examens").
_JOINED_GENITIVE = (
    rf"(?:{_JOINING})\s+(?:d['’](?!une?\b)[^\s:;,]+|(?:des|du|degli|dei|delle|della|dello|del|di|of|van)(?=\s))"
)
# Up to four steps of the regulations' name after its regulations word: a word that is no joining or assessing word
# (but after a hyphen), or, not first ("règlement et des examens écrits" names the exams too), a joined genitive.
_NOT_JOINING = rf"(?:(?<=-\s)|(?!\(?(?:{_JOINING}|{_ASSESSING})(?!\w)))[^\s:;,]+"
_AFTER_THE_RULES_WORD = rf"(?:\s+{_NOT_JOINING}(?:\s+(?:{_JOINED_GENITIVE}|{_NOT_JOINING})){{0,3}}?)?"
_ONLY_THE_RULES = regex(
    rf"\s*(?:(?:{_ASSESSING})\s+)?"
    r"(?:according\s+to|as\s+per|in\s+(?:line|accordance)\s+with|as\s+set\s+out\s+in|under|gemäß|gem\.|laut|nach"
    r"|entsprechend|selon|conformément\s+aux?|suivant|según|conforme\s+a|de\s+acuerdo\s+con|con\s+arreglo\s+a"
    r"|secondo|in\s+base\s+al?|ai\s+sensi\s+del|volgens|conform|overeenkomstig)\s+"
    rf"(?:(?:(?<=-\s)|{_JOINED_IN_THE_NAME}|(?!(?:{_JOINING})(?!\w)))\S+\s+){{0,4}}"
    rf"{_RULES_WORD}[^\s:;,]*"
    rf"{_AFTER_THE_RULES_WORD}"
    r"[\s.]*$",
    re.IGNORECASE,
)
# The longest text read for it.
_ONLY_THE_RULES_LENGTH = 80
# The words for "see" that are something else in other languages, and the languages they are "see" in: "se" is a
# reflexive pronoun elsewhere ("Se requiere ...", "Se valuta ..."), "vt" the Swedish spring term (VT 2026), "ara"
# the Catalan "now", "vidi" the Italian "I saw".
_SEE_ONLY_IN = {
    "se": frozenset({"sv", "da", "no", "nb", "nn"}),
    "vt": frozenset({"et"}),
    "ara": frozenset({"mt"}),
    "vidi": frozenset({"hr", "bs", "sr"}),
}
# The descriptive fields such a reference stands in for (not titles, names or codes).
_DESCRIPTIVE = frozenset(
    {"summary", "learning_outcomes", "assessment", "prerequisites", "target_group", "quality_assurance", "level"}
)


@register
class TemplateTextReplaced(Rule):
    """The template's example texts and placeholders have been replaced by the offering's own.

    Why: a descriptor filled in from ``qa-checker template`` that still names the template's example
    university, outcomes or id, or a placeholder such as ``TODO`` or ``[Title]``, tells a learner
    and a reviewer something untrue, however complete it looks.
    Passes: no text is one of the template's example texts or a placeholder.
    Fails: a value equal to the template's example (its id, the "Example University of Applied
    Sciences", its outcomes and descriptions; case, spacing and a closing full stop ignored), or a
    whole value that is a placeholder: TODO, TBD, FIXME, XXX, ???, ..., or a text in square or angle
    brackets; a descriptive text (outcomes, descriptions, prerequisites) that only refers elsewhere
    ("siehe Modulhandbuch", "zie studiegids", "see course page"). Codes, numbers and one-word values
    are anybody's and never count.

    A short whole value that says it is still to come is a placeholder too, in the EU's languages ("to be
    confirmed", "TBA", "wird noch bekannt gegeben", "à compléter", "por definir", "da definire", "do ustalenia"),
    and so are a template variable (a name in curly brackets), a field that holds only its own name ("Learning
    outcomes", "Voraussetzungen"), "n/a" as a title, awarding body, learning outcome or description of quality
    assurance (as the prerequisites it means none), and the title copied into two descriptive fields or more.

    So is a text written in words (a description, an outcome, a name) that only answers the form's question or sends
    the reader to another row ("Yes", "Ja", "Various", "Diverse", "as above", "idem").

    So is an awarding body or an issued credential's learner named by the form's label for it ("Name of the
    institution", "Anbieter", "Firstname Lastname", "Imię i nazwisko") or "n/a"; a name never is, not even a specimen
    name such as "Jan Kowalski".

    Nor does a descriptive text say anything that only names the awarding body (a summary, QA description, outcome
    or prerequisite that is the provider's name, its initials or the short name it gives itself in brackets; a
    target group may be its staff), or only says the assessment follows the rules without naming how ("Assessment
    according to the examination regulations", "Prüfung gemäß Prüfungsordnung", "Évaluation selon le règlement des
    études", "Toetsing volgens de OER").
    """

    id = "MC-TP-001"
    name = "template-text-replaced"
    title = "Template texts and placeholders are replaced"
    clause = "Annex II Transparency"
    principles = ("transparency", "information_guidance")
    severity = Severity.ERROR
    weight = 2.0
    message = "a text is still the template's example or a placeholder"
    hint = "Write what is true of this offering, or leave out an optional field you do not use."
    example_fail = {"awarding_bodies": [{"name": "Example University of Applied Sciences", "country": "NL"}]}
    example_pass = {"awarding_bodies": [{"name": "Hogeschool van Amsterdam", "country": "NL"}]}

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look at every text of the descriptor but its extensions."""
        # (a name of a credential, a placeholder, the finding), in the order the texts are written
        hits: list[tuple[bool, bool, Hit]] = []
        # the descriptive texts that repeat the title: (where in hits, their field)
        copies: list[tuple[int, str]] = []
        titles = {_label_key(title) for title in doc.text("/title").values()}
        # (a key may be longer than its text: casefolded, "ß" is "ss")
        shortest, longest = min(map(len, titles), default=1) // 2, max(map(len, titles), default=-5) + 4
        names, own, short = _own_names(doc)
        # (a text may add a closing mark, spacing or capitals to the name)
        own_longest = max(map(len, names), default=-4) + 4
        for text in doc.strings():
            parent, step, value = text
            reading = _read(value)
            if reading is not None and reading.example:
                told = msg("'{text}' is the template's example text, not this offering's", text=quote(value))
                hits.append((_names_a_credential(text.pointer), False, Hit(text.pointer, message=told)))
                continue
            # the top-level field the text is part of ("title" for /title/en)
            field = parent.split("/", 2)[1] if parent else step
            if reading is None and field not in _DESCRIPTIVE:
                continue  # (a text that reads as nothing can only fill a descriptive field for nothing)
            if not (reading is not None and _holds_a_place(text, field, reading, doc)) and not (
                field in _NAMED_FOR_NOTHING
                and (len(value) <= own_longest or _length(value) <= own_longest)  # (padding stripped if need be)
                and _names_the_provider(text, own, short)
            ):
                if not (shortest <= len(value) <= longest and field in _DESCRIPTIVE and _label_key(value) in titles):
                    continue
                copies.append((len(hits), field))
            told = msg("'{text}' is a placeholder, not a value", text=quote(value))
            hits.append((False, True, Hit(text.pointer, message=told)))
        if len({field for _, field in copies}) == 1:
            # the title repeated in one descriptive field alone may be worded as the title is
            alone = {position for position, _ in copies}
            hits = [hit for position, hit in enumerate(hits) if position not in alone]
        left_over = any(not name and not placeholder for name, placeholder, _ in hits)
        yield from (hit for name, _, hit in hits if left_over or not name)


class _Reading(NamedTuple):
    """What a text reads as whatever its field (:func:`_read`): the template's example text, a placeholder, a
    phrase, name or mark of :data:`_SAYS_NOTHING` (the field name's key, if it is one; whether it is a "not
    applicable" mark), a reference elsewhere (its word for "see") or only the rules."""

    example: bool
    placeholder: bool
    says_nothing: bool
    field_name: str | None
    mark: bool
    answer: bool
    see: str | None
    only_the_rules: bool


@_remembered
def _read(value: str) -> _Reading | None:
    """What a text reads as, or ``None`` when it is none of those (remembered). Each pattern is tried only on a
    text that opens with a character it can open with."""
    example = is_example_text(value)
    placeholder = (value[:1] in _PLACEHOLDER_INITIALS or value[:1].isspace()) and _PLACEHOLDER.match(value) is not None
    if not value.isascii() and not unicodedata.is_normalized("NFC", value):
        # accents typed as combining marks ("a\u0300 de\u0301finir") read composed, as the phrases are written
        value = unicodedata.normalize("NFC", value)
    says_nothing = (
        len(value) <= _SAYS_NOTHING_LENGTH
        and ((folded := value.casefold())[:1] in _SAYS_NOTHING_INITIALS or folded[:1].isspace())
        and _SAYS_NOTHING.match(folded) is not None
    )
    field_name = key if says_nothing and (key := _label_key(value)) in _ANY_FIELD_NAME else None
    mark = says_nothing and _NOT_APPLICABLE_MARK.match(folded) is not None
    answer = says_nothing and _ONLY_AN_ANSWER_MARK.match(folded) is not None
    found = _REFERENCE_ELSEWHERE.match(value) if value[:1] in _REFERENCE_INITIALS and len(value) <= 80 else None
    see = found.group("see").lower() if found else None
    rules = _length(value) <= _ONLY_THE_RULES_LENGTH and _ONLY_THE_RULES.match(value) is not None
    if not (example or placeholder or says_nothing or see or rules):
        return None
    return _Reading(example, placeholder, says_nothing, field_name, mark, answer, see, rules)


def _holds_a_place(text: TextAt, field: str, reading: _Reading, doc: Descriptor) -> bool:
    """Whether a text (of the top-level ``field``, read as ``reading``) only holds a place: a placeholder, a phrase
    saying the value is still to come, a mark for "not applicable" where something must be, its own field's name,
    or a reference to another document."""
    if reading.placeholder:
        return True
    if reading.says_nothing:
        if reading.field_name is not None:
            return reading.field_name in _FIELD_NAMES.get(field, ())
        if reading.answer:
            return _free_text(jp.tokens(text.pointer))
        return not reading.mark or _names_something(jp.tokens(text.pointer))
    if field not in _DESCRIPTIVE:
        return False
    return (reading.see is not None and _said_in_its_language(reading.see, text, doc)) or reading.only_the_rules


def _length(value: str) -> int:
    """The length of a text without the white space around it (a cell padded to its column's width), copied only
    where there is some."""
    return len(value.strip()) if value[:1].isspace() or value[-1:].isspace() else len(value)


def _names_the_provider(text: TextAt, own: set[str], short: set[str]) -> bool:
    """Whether a text of a field in :data:`_NAMED_FOR_NOTHING` is only the name of an awarding body (``own``,
    :func:`_keys_and_initials`) or its initials in capitals (``short``, :func:`_acronyms`)."""
    return _is_own_name(text.value, own, short) and not _NAMING_STEPS.intersection(jp.tokens(text.pointer))


# The descriptive fields (a summary, description, outcome or prerequisite) that a provider's name fills and says
# nothing of what it stands for; not a target group, which the name of an organisation tells (its own staff).
_NAMED_FOR_NOTHING = _DESCRIPTIVE - {"target_group"}


# The steps of a pointer under which a descriptive field names a body (an external QA body, an accrediting agent).
_NAMING_STEPS = frozenset({"body", "agent", "name"})


@_remembered
def _label_key(text: str) -> str:
    """A short text as compared with a label: case, spacing, the apostrophe's form and closing marks ignored
    (remembered: a batch repeats its titles and the codes as long as them)."""
    words = unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'").split()
    return " ".join(words).strip(_CLOSING_MARKS + " ")


def _free_text(steps: tuple[str, ...]) -> bool:
    """Whether a text's field is one a provider writes in words (a description, an outcome, a name), not a code of a
    list of values, whose wrong value the schema tells."""
    return (
        steps[0] in ("summary", "prerequisites", "target_group", "learning_outcomes")
        or bool({"description", "grading_scheme"}.intersection(steps))
        or _names_something(steps)
    )


def _names_something(steps: tuple[str, ...]) -> bool:
    """Whether a text's field names what every offer has (its title, a learning outcome, an awarding body, a
    description of its quality assurance), what every issued credential has (its learner), or the credential a
    stackable one stacks towards (its title)."""
    return (
        steps[0] in ("title", "learning_outcomes", "learner")
        or (steps[0] == "quality_assurance" and steps[-1:] == ("description",))
        or (steps[0] == "awarding_bodies" and steps[2:3] == ("name",))
        or (steps[0] == "stackability" and "title" in steps)
    )


def _said_in_its_language(see: str, text: TextAt, doc: Descriptor) -> bool:
    """Whether a descriptive text that opens with a word for "see" (in lower case) only sends the reader to another
    document: the word is "see" in the text's language."""
    languages = _SEE_ONLY_IN.get(see)
    if languages is None:
        return True
    # A text of a language string says its language by its key; a plain text is in the first declared one.
    language = text.step if len(text.step) == 2 and text.step.isalpha() else next(iter(doc.plain_languages), "")
    return language in languages


def _names_a_credential(pointer: str) -> bool:
    """Whether a text is the name of a credential: the title, or that of one it stacks towards."""
    steps = jp.tokens(pointer)
    return steps[:1] == ("title",) or (steps[:2] == ("stackability", "towards") and steps[3:4] == ("title",))
