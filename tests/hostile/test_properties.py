"""Property tests of every importer (ELM, Open Badges 3.0, CTDL, envelopes) and the tabular loaders.

Generated JSON-LD-ish documents (the ``@context`` and types each importer recognises, the terms it
reads, random nested values), mutated real fixtures, and arbitrary bytes: nothing raises, every
input gives at least one document, and every finding names a registered rule. The JSON and YAML text
loaders have their own property tests.
"""

from __future__ import annotations

import base64
import copy
import csv
import io
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.aliases import field_aliases
from qa_checker.document import Document
from qa_checker.importers import ctdl, elm, import_documents, ob3
from qa_checker.importers.jsonld import KNOWN_CONTEXTS
from qa_checker.loaders import tabular
from qa_checker.rules import RULES_BY_ID

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
FEW = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

CONTEXTS = [url for url, _ in KNOWN_CONTEXTS] + [
    "http://data.europa.eu/snb/model/context/edc-ap",
    "https://credreg.net/ctdl/schema/context/json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    "https://unknown.example/context.json",
]
ELM_TYPES = sorted(
    elm.CREDENTIAL_TYPES
    | elm.SPEC_TYPES
    | {
        "VerifiableCredential",
        "VerifiableAttestation",
        "LearningAchievement",
        "LearningOutcome",
        "Organisation",
        "Concept",
        "AwardingProcess",
        "LearningAssessment",
    }
)
OB3_TYPES = sorted(
    ob3.CREDENTIAL_TYPES
    | {"Achievement", "VerifiableCredential", "Profile", "Address", "AchievementSubject", "Alignment", "ClrCredential"}
)
CTDL_TYPES = sorted(
    {f"ceterms:{t}" for t in ctdl.LEARNING_TYPES | ctdl.CREDENTIAL_TYPES}
    | {
        "ceterms:CredentialOrganization",
        "ceterms:CredentialAlignmentObject",
        "ceterms:ValueProfile",
        "ceterms:ConditionProfile",
        "ceterms:Place",
        "ceterms:BachelorDegree",
        "Course",
    }
)
# The terms the importers read (their keys and the values they look for).
TERMS = [
    "@context",
    "@graph",
    "@id",
    "@language",
    "@list",
    "@none",
    "@type",
    "@value",
    "id",
    "type",
    "accreditation",
    "accreditedBy",
    "accreditingAgent",
    "achievement",
    "additionalNote",
    "address",
    "addressCountry",
    "addressCountryCode",
    "agent",
    "alignment",
    "approvedBy",
    "assessmentMethodDescription",
    "assessmentMethodType",
    "assessmentType",
    "awardedBy",
    "awardedDate",
    "awardingBody",
    "awardingDate",
    "awardingOpportunity",
    "body",
    "condition",
    "contentURL",
    "country",
    "countryCode",
    "creator",
    "credential",
    "credentialSubject",
    "creditPoint",
    "creditUnitType",
    "creditValue",
    "creditsAvailable",
    "ctid",
    "dateOfBirth",
    "dcType",
    "deliveryType",
    "description",
    "displayParameter",
    "eidasLegalIdentifier",
    "entryCondition",
    "entryRequirement",
    "eqfLevel",
    "expires",
    "expiryDate",
    "familyName",
    "framework",
    "fullName",
    "givenName",
    "grade",
    "gradingScheme",
    "hasClaim",
    "homepage",
    "identifier",
    "identifierType",
    "idVerification",
    "inLanguage",
    "influencedBy",
    "isPartOf",
    "isPartialQualification",
    "issuanceDate",
    "issued",
    "issuer",
    "landingPage",
    "language",
    "learningAchievementSpecification",
    "learningOutcome",
    "learningOutcomeSummary",
    "learningSetting",
    "legalName",
    "level",
    "location",
    "minValue",
    "mode",
    "name",
    "nationalID",
    "notation",
    "noteLiteral",
    "nqfLevel",
    "offeredBy",
    "otherIdentifier",
    "ownedBy",
    "participationType",
    "payload",
    "prefLabel",
    "protected",
    "provenBy",
    "providedBy",
    "recognizedBy",
    "regulatedBy",
    "relatedESCOSkill",
    "requires",
    "result",
    "reviewDate",
    "signature",
    "signatures",
    "specifiedBy",
    "subjectWebpage",
    "supervisionType",
    "supplementaryDocument",
    "targetCode",
    "targetCompetency",
    "targetName",
    "targetNode",
    "targetNodeName",
    "targetType",
    "targetUrl",
    "teaches",
    "thematicArea",
    "timeInvestment",
    "title",
    "url",
    "validFrom",
    "value",
    "vatIdentifier",
    "verifiableCredential",
    "volumeOfLearning",
    "workload",
    "vc",
    "verifiableCredential",
]
CTDL_TERMS = [
    f"ceterms:{t}"
    for t in (
        "ctid",
        "name",
        "description",
        "inLanguage",
        "ownedBy",
        "offeredBy",
        "deliveryType",
        "assessmentMethodType",
        "creditValue",
        "teaches",
        "value",
        "creditUnitType",
        "entryCondition",
        "accreditedBy",
        "isPartOf",
        "subjectWebpage",
        "targetNode",
        "targetNodeName",
        "address",
        "addressCountry",
    )
]
KEYS = st.sampled_from(TERMS + CTDL_TERMS) | st.text(max_size=6)
WORDS = st.sampled_from(
    [
        "",
        " ",
        "en",
        "EN",
        "nl",
        "xx",
        "P3M",
        "PT40H",
        "P1Y2M",
        "2026-02-14",
        "2026-02-14T09:00:00Z",
        "not-a-date",
        "5",
        "5,5",
        "-1",
        "NL",
        "NLD",
        "Ruritania",
        "https://example.org/x",
        "urn:x",
        "javascript:alert(1)",
        "http://data.europa.eu/snb/eqf/6",
        "http://data.europa.eu/snb/eqf/11",
        "http://data.europa.eu/snb/isced-f/0613",
        "http://publications.europa.eu/resource/authority/country/NLD",
        "http://publications.europa.eu/resource/authority/language/ENG",
        "http://data.europa.eu/snb/supervision-verification/70be69aaf9",
        "http://data.europa.eu/snb/learning-assessment/x",
        "creditUnit:ECTSCredit",
        "deliveryType:OnlineOnly",
        "assessMethod:Artifact",
        "online",
        "onsite or blended",
        "supervised online",
        "ects",
        "ECTS",
        "europeancredit",
        "ceterms:Course",
        "Concept",
        "Qualification",
        "\x00",
        "\ud800",
        "\u202e",
        "=1+1",
        *CONTEXTS,
        *ELM_TYPES,
        *OB3_TYPES,
        *CTDL_TYPES,
    ]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | WORDS
    | st.text(max_size=12)
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5), max_leaves=25
)


def _node(types: list[str], type_key: str) -> st.SearchStrategy[dict[str, Any]]:
    typed = st.sampled_from(types) | st.lists(st.sampled_from(types), min_size=1, max_size=3)
    return st.builds(
        lambda t, rest, ident: {**rest, type_key: t, **({"id": ident} if ident else {})},
        typed,
        st.dictionaries(KEYS, VALUES, max_size=8),
        st.none() | WORDS,
    )


def _document(types: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    context = st.sampled_from(CONTEXTS) | st.lists(st.sampled_from(CONTEXTS), max_size=3) | VALUES
    node = _node(types, "type") | _node(types, "@type")

    def build(ctx: Any, root: dict[str, Any], graph: list[dict[str, Any]] | None, with_context: bool) -> Any:
        doc = dict(root) if graph is None else {"@graph": graph, **({"@id": root.get("id")} if root.get("id") else {})}
        if with_context:
            doc["@context"] = ctx
        return doc

    return st.builds(build, context, node, st.none() | st.lists(node, max_size=4), st.booleans())


def _jws(payload: Any) -> str:
    def part(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part(b'{}')}.{part(json.dumps(payload, default=str).encode())}.{part(b'sig')}"


def _wrapped(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Envelopes the importers open: compact JWS, JWS JSON, the upload wrapper, JWT claims, a presentation."""
    return st.one_of(
        inner,
        inner.map(_jws),
        inner.map(lambda d: {"payload": _jws(d).split(".")[1], "signatures": [{"signature": "x"}]}),
        inner.map(lambda d: {"credential": d}),
        inner.map(lambda d: {"vc": d, "iss": "x"}),
        st.lists(inner, max_size=3).map(lambda ds: {"type": "VerifiablePresentation", "verifiableCredential": ds}),
        st.lists(inner, min_size=1, max_size=3),
    )


def _fixtures() -> list[Any]:
    found = []
    for path in sorted((FIXTURES / "importers").rglob("*")):
        if path.suffix in (".json", ".jsonld"):
            found.append(json.loads(path.read_text(encoding="utf-8")))
    return found


FIXTURE_DOCUMENTS = _fixtures()


def _paths(node: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [where]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*where, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*where, index)))
    return found


@st.composite
def _mutated(draw: st.DrawFn) -> Any:
    """A real fixture with a few subtrees replaced by random values, or removed."""
    document = copy.deepcopy(draw(st.sampled_from(FIXTURE_DOCUMENTS)))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        paths = [p for p in _paths(document) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(VALUES | WORDS)
    return document


def _assert_imported(data: Any) -> None:
    documents = import_documents(Document(source="prop.json", data=data, format="json"))
    assert documents, "no document"
    for document in documents:
        assert isinstance(document, Document)
        for finding in document.findings:
            assert finding.rule in RULES_BY_ID, finding.rule
        json.dumps(document.data, default=str)  # a plain value the checker can walk


@SETTINGS
@given(_wrapped(_document(ELM_TYPES)))
def test_elm_importer_never_raises(data: Any) -> None:
    _assert_imported(data)


@SETTINGS
@given(_wrapped(_document(OB3_TYPES)))
def test_open_badges_importer_never_raises(data: Any) -> None:
    _assert_imported(data)


@SETTINGS
@given(_wrapped(_document(CTDL_TYPES)))
def test_ctdl_importer_never_raises(data: Any) -> None:
    _assert_imported(data)


@SETTINGS
@given(_wrapped(_mutated()))
def test_mutated_real_credentials_never_raise(data: Any) -> None:
    _assert_imported(data)


@FEW
@given(VALUES)
def test_any_json_value_is_answered(data: Any) -> None:
    if isinstance(data, dict) and "descriptor_version" in data:
        return
    _assert_imported(data)


# ---------------------------------------------------------------- tabular loaders


def _assert_loaded(documents: list[Document]) -> None:
    assert documents, "no document"
    for document in documents:
        assert isinstance(document, Document)
        for finding in document.findings:
            assert finding.rule in RULES_BY_ID, finding.rule


HEADERS = st.sampled_from(
    sorted(
        {
            *field_aliases(),
            "id",
            "title",
            "title.en",
            "title.nl",
            "workload.ects",
            "level.eqf",
            "learning_outcomes",
            "awarding_bodies.0.name",
            "awarding_bodies.0.country",
            "assessment.types",
            "extensions.note",
            "sep=;",
            "",
            "Unknown column",
        }
    )
)
CELLS = st.sampled_from(
    [
        "",
        " ",
        "5",
        "2,5",
        "0613",
        "613",
        "NL",
        "NL - Netherlands",
        "en; nl",
        "a\nb",
        "- one\n- two",
        "=1+1",
        "+cmd|' /C calc'!A0",
        "@SUM(1)",
        "-2",
        "#REF!",
        "1e999",
        "nan",
        '"',
        "\x00",
        "\ud800",
        "\u202e",
    ]
) | st.text(max_size=10)
TABLES = st.lists(st.lists(CELLS, max_size=8), max_size=6)


def _csv_bytes(header: list[str], rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, "surrogatepass")


@SETTINGS
@given(
    st.lists(HEADERS, max_size=8),
    TABLES,
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]),
)
def test_csv_tables_never_raise(header: list[str], rows: list[list[str]], delimiter: str, encoding: str) -> None:
    try:
        raw = _csv_bytes(header, rows, delimiter, encoding)
    except UnicodeEncodeError:
        raw = _csv_bytes(header, rows, delimiter, "utf-8")
    _assert_loaded(tabular.load_csv(raw, "prop.csv"))


@SETTINGS
@given(st.binary(max_size=2000))
def test_csv_arbitrary_bytes_never_raise(raw: bytes) -> None:
    _assert_loaded(tabular.load_csv(raw, "prop.csv"))


def _xlsx(header: list[str], rows: list[list[Any]], title: str) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in [header, *rows]:
        sheet.append([c.replace("\x00", "") if isinstance(c, str) else c for c in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


XLSX_CELLS = (
    CELLS.filter(lambda c: "\ud800" not in c)
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.none()
)
SHEET_TITLES = st.sampled_from(["Courses", "Instructions", "Lists", "Sheet", "x" * 31])


@FEW
@given(st.lists(HEADERS, max_size=6), st.lists(st.lists(XLSX_CELLS, max_size=6), max_size=5), SHEET_TITLES)
def test_xlsx_workbooks_never_raise(header: list[str], rows: list[list[Any]], title: str) -> None:
    try:
        raw = _xlsx(header, rows, title)
    except Exception:  # openpyxl refuses some generated cells; that is not under test
        return
    _assert_loaded(tabular.load_xlsx(raw, "prop.xlsx"))


_BOOK = _xlsx(["id", "title", "workload.ects"], [["a-1", "Course", 5], ["a-2", "=1+1", "x"]], "Courses")


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(min_value=0, max_value=len(_BOOK) - 1), st.integers(0, 255)), max_size=12),
    st.integers(min_value=0, max_value=len(_BOOK)),
)
def test_corrupted_xlsx_never_raises(flips: list[tuple[int, int]], cut: int) -> None:
    raw = bytearray(_BOOK)
    for index, value in flips:
        raw[index] = value
    _assert_loaded(tabular.load_xlsx(bytes(raw[: max(cut, 4)]), "prop.xlsx"))


@SETTINGS
@given(st.binary(max_size=2000) | st.binary(max_size=2000).map(lambda b: b"PK\x03\x04" + b))
def test_xlsx_arbitrary_bytes_never_raise(raw: bytes) -> None:
    _assert_loaded(tabular.load_xlsx(raw, "prop.xlsx"))
