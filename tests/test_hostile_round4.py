"""Round four of the hostile corpus: the readers of Europass XML, ELM JSON-LD, Open Badges (Badgr) and CTDL.

Every case is generated here (nothing large is stored): reference cycles and self-references, references to
nothing, one node referenced 100,000 times, lists of 10,000 where one value is expected, values of the wrong
type, presentations nested past the envelope limit, numbers too large to use. Each is checked beside a good
descriptor, in process: no internal error, the good descriptor keeps its result, an unread input says where
and why, every report format renders, and the answer comes in bounded time. One ``check`` and one ``audit``
process read the whole corpus under an address-space limit; an XML file cut at every byte is answered too.

The round found that one credential a presentation (or a CLR) could not open refused the others beside it,
and that a value of a presentation that is no object was refused without its place: each credential is now
read or refused on its own, where it is.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.document import Document
from qa_checker.importers import elm_xml, import_documents
from qa_checker.limits import Limits
from qa_checker.loaders import json_, load_file
from qa_checker.reporting import render
from qa_checker.results import Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW
from tests.hostile.round3.cases import gj

XML_FIXTURES = Path(__file__).resolve().parent / "importers" / "fixtures_xml"
ADDRESS_SPACE = 2 * 1024**3
FORMATS = ("text", "json", "sarif", "github")

# ------------------------------------------------------------------ builders

LOQ_NS = "http://data.europa.eu/snb/model/ap/loq-constraints/"
ELM_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "http://data.europa.eu/snb/model/context/edc-ap"]
VC2 = ["https://www.w3.org/ns/credentials/v2"]
OB3_CONTEXT = [*VC2, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
CTDL = "https://credreg.net/ctdl/schema/context/json"
TERMS = "https://purl.org/ctdl/terms/"


def _loq(*sections: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Courses xmlns="{LOQ_NS}">\n' + "\n".join(sections) + "\n</Courses>\n"
    )


def _opportunity(ident: str, extra: str = "") -> str:
    return f'<learningOpportunity id="{ident}"><title language="en">Course {ident}</title>{extra}</learningOpportunity>'


def _section(name: str, *items: str) -> str:
    return f"<{name}>{''.join(items)}</{name}>"


def _qualification(ident: str, extra: str = "") -> str:
    return f'<qualification id="{ident}"><title language="en">Qualification {ident}</title>{extra}</qualification>'


def _elm(claims: list[dict[str, Any]], *graph: dict[str, Any]) -> dict[str, Any]:
    credential = {
        "id": "urn:credential:round4",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": "urn:epass:org:1",
        "issued": "2025-03-01T00:00:00Z",
        "credentialSubject": {"id": "urn:epass:person:1", "type": "Person", "hasClaim": claims},
    }
    org = {"id": "urn:epass:org:1", "type": "Organisation", "legalName": {"en": "University of Example"}}
    return {"@context": ELM_CONTEXT, "@graph": [credential, org, *graph]}


def _spec(ident: str, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "type": "LearningAchievementSpecification", "title": {"en": f"Spec {ident}"}, **extra}


def _achievement(ident: str = "urn:epass:achievement:1", **extra: Any) -> dict[str, Any]:
    return {"id": ident, "type": "LearningAchievement", "title": {"en": "Data basics"}, **extra}


def _opportunity_jsonld(**extra: Any) -> dict[str, Any]:
    outcome = {"id": "urn:lo:1", "type": "LearningOutcome", "title": {"en": "Explain how relational joins work"}}
    return {
        "@context": "http://data.europa.eu/snb/model/context/edc-ap",
        "id": "urn:opportunity:1",
        "type": "LearningOpportunity",
        "title": {"en": "Databases"},
        "learningAchievementSpecification": _spec("urn:las:1", learningOutcome=[outcome]),
        **extra,
    }


def _badge_class(number: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "entityType": "BadgeClass",
        "entityId": f"Bc{number}",
        "openBadgeId": f"https://api.badgr.example/public/badges/Bc{number}",
        "issuer": "Is1",
        "issuerOpenBadgeId": "https://api.badgr.example/public/issuers/Is1",
        "name": "Data literacy",
        "description": "Reading data critically.",
        "criteriaNarrative": "Pass the final assignment.",
        "extensions": {},
        **extra,
    }


def _study_load(value: object) -> dict[str, Any]:
    extension = {"type": ["Extension", "extensions:StudyLoadExtension"], "StudyLoad": value}
    return _badge_class(extensions={"extensions:StudyLoadExtension": extension})


def _assertion(badgeclass: object) -> dict[str, Any]:
    return {
        "entityType": "Assertion",
        "entityId": "As1",
        "openBadgeId": "https://api.badgr.example/public/assertions/As1",
        "badgeclass": badgeclass,
        "badgeclassOpenBadgeId": "https://api.badgr.example/public/badges/Bc1",
        "issuer": "Is1",
        "recipient": {"identity": "ana@example.org", "hashed": False, "type": "email"},
        "issuedOn": "2024-05-01T10:00:00Z",
    }


def _badgr(*results: dict[str, Any]) -> dict[str, Any]:
    return {"status": {"success": True, "description": "ok"}, "result": list(results)}


def _ob3(ident: str = "urn:uuid:badge-1", **issuer: Any) -> dict[str, Any]:
    return {
        "@context": OB3_CONTEXT,
        "id": ident,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "did:web:academy.example.eu", "type": ["Profile"], "name": "Example Academy", **issuer},
        "validFrom": "2025-03-01T00:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://academy.example.eu/achievements/green-skills",
                "type": ["Achievement"],
                "name": "Green skills",
                "description": "Sustainability basics.",
                "criteria": {"narrative": "Pass the test."},
            },
        },
    }


def _presentation(*credentials: object, ident: str = "urn:vp:1") -> dict[str, Any]:
    return {"@context": VC2, "id": ident, "type": ["VerifiablePresentation"], "verifiableCredential": list(credentials)}


def _ctdl_course(**terms: Any) -> dict[str, Any]:
    return {
        "@id": "https://example.org/course/1",
        "@type": "ceterms:LearningOpportunityProfile",
        "ceterms:ctid": "ce-5f1b2c3d-0000-4000-8000-000000000001",
        "ceterms:name": "Retail Analytics",
        **terms,
    }


def _ctdl_levels(*levels: object) -> list[dict[str, Any]]:
    """A course and its credit value in expanded JSON-LD, as Credential Engine's Scottish examples write them."""
    value = {
        "@id": "http://example.org/resources/value-1",
        "@type": [f"{TERMS}ValueProfile"],
        f"{TERMS}creditUnitType": [{"@id": "http://example.edu/scqf/credits/"}],
        f"{TERMS}value": [{"@value": 15}],
        f"{TERMS}creditLevelType": list(levels),
    }
    course = {
        "@id": "http://example.org/resources/course-1",
        "@type": [f"{TERMS}Course"],
        f"{TERMS}name": [{"@language": "en", "@value": "Distributed and Parallel Technologies"}],
        f"{TERMS}creditValue": [{"@id": "http://example.org/resources/value-1"}],
    }
    return [course, value]


def _nested_presentations(layers: int) -> dict[str, Any]:
    data: dict[str, Any] = _ob3()
    for _ in range(layers):
        data = _presentation(data)
    return data


# ------------------------------------------------------------------ the corpus


def _xml_cases() -> dict[str, str | bytes]:
    loq = (XML_FIXTURES / "loq-data-protection.xml").read_text(encoding="utf-8")
    v2 = (XML_FIXTURES / "elm2-data-protection.xml").read_text(encoding="utf-8")
    spec = '<learningAchievementSpecification idref="q"/>'
    outcome = (
        '<learningOutcome id="o"><title language="en">Explain the obligations of controllers.</title></learningOutcome>'
    )
    deep = "<part>" * 50 + "text" + "</part>" * 50
    return {
        "xml-self-reference.xml": _loq(
            _section(
                "learningOpportunityReferences",
                _opportunity("a", '<learningAchievementSpecification idref="a"/><providedBy idref="a"/>'),
            )
        ),
        "xml-idref-cycle.xml": _loq(
            _section("learningOpportunityReferences", _opportunity("a", spec)),
            _section(
                "learningAchievementSpecificationReferences",
                _qualification("q", '<hasPart idref="q2"/><learningOpportunity idref="a"/>'),
                _qualification("q2", '<hasPart idref="q"/><isPartOf idref="q"/>'),
            ),
        ),
        "xml-idref-to-nothing.xml": _loq(
            _section(
                "learningOpportunityReferences", _opportunity("a", '<learningAchievementSpecification idref="none"/>')
            )
        ),
        "xml-100000-references.xml": _loq(
            _section("learningOpportunityReferences", _opportunity("a", spec)),
            _section(
                "learningAchievementSpecificationReferences",
                _qualification("q", '<learningOutcome idref="o"/>' * 100_000),
            ),
            _section("learningOutcomeReferences", outcome),
        ),
        "xml-12000-opportunities.xml": _loq(
            _section("learningOpportunityReferences", *(_opportunity(f"a{n}") for n in range(12_000)))
        ),
        "xml-deep-within-limits.xml": _loq(
            _section("learningOpportunityReferences", _opportunity("a", f"<description>{deep}</description>"))
        ),
        "xml-duplicate-ids.xml": _loq(_section("learningOpportunityReferences", _opportunity("a"), _opportunity("a"))),
        "xml-cdata-pi-comments.xml": loq.replace("<title", "<!-- note --><?tool x?><title").replace(
            ">Data Protection by Design<", "><![CDATA[Data <Protection> by Design]]><"
        ),
        "xml-attribute-newlines.xml": loq.replace("/lo/dpbd-2025-spring", "/lo/dpbd&#10;-2025\n-spring"),
        "xml-mixed-namespaces.xml": loq.replace("<title language", '<title xmlns="urn:other" language', 1),
        "xml-utf16-declared-utf8.xml": b"\xff\xfe" + loq.encode("utf-16-le"),
        "xml-utf8-bom-then-utf16.xml": b"\xef\xbb\xbf" + loq.encode("utf-16-le"),
        "xml-xml-lang.xml": v2.replace(' lang="', ' xml:lang="'),
        "xml-cut.xml": loq[: len(loq) // 2],
        "xml-unknown-encoding.xml": loq.replace('encoding="UTF-8"', 'encoding="x-unknown"', 1),
        "xml-utf32-declared-utf8.xml": loq.replace('encoding="UTF-8"', 'encoding="UTF-32"', 1),
    }


def _elm_cases() -> dict[str, Any]:
    chain = [_spec(f"urn:las:{n}", hasPart=[f"urn:las:{n + 1}"]) for n in range(1, 10_001)]
    nested: dict[str, Any] = _spec("urn:las:inner")
    for n in range(20):
        nested = _spec(f"urn:las:n{n}", hasPart=[nested])
    period = {"type": "PeriodOfTime", "startDate": "2025-01-01T00:00:00Z", "endDate": "2025-02-01T00:00:00Z"}
    price = {"type": "PriceDetail", "amount": {"type": "Amount", "value": 10}}
    cases: dict[str, Any] = {
        "elm-claim-part-of-itself.json": _elm(
            [_achievement(specifiedBy="urn:las:1", hasPart=["urn:epass:achievement:1"])],
            _spec("urn:las:1", hasPart=["urn:las:1"]),
        ),
        "elm-claims-part-of-each-other.json": _elm(
            [_achievement(specifiedBy="urn:las:1", hasPart=[{"id": "urn:epass:achievement:2"}])],
            _achievement("urn:epass:achievement:2", hasPart=["urn:epass:achievement:1"], specifiedBy="urn:las:2"),
            _spec("urn:las:1", hasPart=["urn:las:2"]),
            _spec("urn:las:2", hasPart=["urn:las:1"]),
        ),
        "elm-chain-of-10000-parts.json": _elm([_achievement(specifiedBy="urn:las:1")], *chain),
        "elm-nested-parts.json": _elm([_achievement(specifiedBy=nested)]),
        "elm-entitlements-only.json": _elm(
            [{"id": f"urn:ent:{n}", "type": "LearningEntitlement", "title": {"en": "Access"}} for n in range(10_000)]
        ),
        "elm-specified-by-10000.json": _elm(
            [_achievement(specifiedBy=[f"urn:las:{n}" for n in range(10_000)])], _spec("urn:las:1")
        ),
        "elm-temporal-and-price-10000.json": _opportunity_jsonld(
            temporal=[period] * 10_000, priceDetail=[price] * 10_000
        ),
        "elm-temporal-of-wrong-parts.json": _opportunity_jsonld(
            temporal={"startDate": 5, "endDate": [1]}, priceDetail={"amount": {"value": "abc", "unit": 5}}
        ),
    }
    for name, wrong in (("number", 5), ("string", "text"), ("null", None), ("true", True), ("huge", 1e308)):
        cases[f"elm-temporal-{name}.json"] = _opportunity_jsonld(temporal=wrong, priceDetail=wrong, duration=wrong)
    return cases


def _badge_cases() -> dict[str, Any]:
    cases: dict[str, Any] = {
        "badgr-50000-results.json": _badgr(
            *({"entityType": "BadgeClass", "entityId": f"B{n}", "name": "x"} for n in range(50_000))
        ),
        "badgr-issuer-is-the-badge-itself.json": _badgr(
            _badge_class(issuer="Bc1", issuerOpenBadgeId="https://api.badgr.example/public/badges/Bc1")
        ),
        "badgr-results-naming-each-other.json": _badgr(
            _badge_class(issuer="As1", issuerOpenBadgeId="https://api.badgr.example/public/assertions/As1"),
            _assertion("Bc1"),
        ),
        "badgr-30000-assertions-of-one-badge.json": _badgr(
            *({"entityType": "Assertion", "entityId": f"As{n}", "badgeclass": "Bc1"} for n in range(30_000)),
            _badge_class(),
        ),
        "ob3-10000-other-identifiers.json": _ob3(
            otherIdentifier=[
                {"type": "IdentifierEntry", "identifier": f"BE{n:010d}", "identifierType": "ext:VAT"}
                for n in range(10_000)
            ]
        ),
        "ob3-presentations-past-the-limit.json": _nested_presentations(8),
        "ob3-presentations-nested-200.json": _nested_presentations(200),
        "ob3-presentation-of-12000.json": _presentation(*({"type": ["VerifiableCredential"]} for _ in range(12_000))),
        "ob3-presentation-naming-itself.json": _presentation("urn:vp:1", {"id": "urn:vp:1"}),
    }
    for name, expanded in (
        ("list", [_badge_class(), _badge_class()]),
        ("string", "Bc1"),
        ("number", 5),
        ("null", None),
    ):
        cases[f"badgr-expanded-{name}.json"] = _badgr(_assertion(expanded))
    for name, load in (("string", "120"), ("negative", -5), ("nan", "NaN"), ("huge", 1e308), ("list", [2] * 10_000)):
        cases[f"badgr-study-load-{name}.json"] = _badgr(_study_load(load))
    return cases


def _ctdl_cases() -> dict[str, Any]:
    org = {
        "@id": "https://example.org/org/1",
        "@type": "ceterms:CredentialOrganization",
        "ceterms:name": "Org",
        "ceterms:ownedBy": [{"@id": "https://example.org/course/1"}],
        "ceterms:offers": [{"@id": "https://example.org/course/1"}],
    }
    course = _ctdl_course(**{"ceterms:ownedBy": [{"@id": "https://example.org/org/1"}]})
    looped = _ctdl_course(
        **{
            "ceterms:isPartOf": [{"@id": "https://example.org/course/1"}],
            "ceterms:hasPart": ["https://example.org/course/1"],
        }
    )
    huge = "http://example.edu/scqf/levels/"
    return {
        "ctdl-owner-loop.json": {"@context": CTDL, "@graph": [course, org]},
        "ctdl-part-of-itself.json": {"@context": CTDL, "@graph": [looped]},
        "ctdl-10000-credit-levels.json": _ctdl_levels(*({"@id": f"{huge}{n % 12 + 1}"} for n in range(10_000))),
        "ctdl-level-huge.json": _ctdl_levels({"@id": f"{huge}999999999999999999999"}),
        "ctdl-level-5000-digits.json": _ctdl_levels({"@id": huge + "9" * 5000}),
        "ctdl-level-exponent.json": _ctdl_levels({"@id": f"{huge}1e308"}),
    }


def corpus() -> dict[str, bytes]:
    """Every case, by file name."""
    found: dict[str, bytes] = {}
    for maker in (_xml_cases, _elm_cases, _badge_cases, _ctdl_cases):
        for name, content in maker().items():
            if isinstance(content, bytes):
                found[name] = content
            elif isinstance(content, str):
                found[name] = content.encode("utf-8")
            else:
                found[name] = json.dumps(content).encode("utf-8")
    return found


CORPUS = corpus()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("round4")
    for name, content in CORPUS.items():
        (out / name).write_bytes(content)
    (out / "good-one.json").write_text(gj(id="good-one"), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def config() -> RunConfig:
    return RunConfig(rubric=load_rubric(), now=NOW, jobs=1)


def _placed(result: Result) -> bool:
    """Whether each syntax error and refusal of an unread input says where (a line, a pointer or an origin);
    a file over a limit as a whole (its size, its number of descriptors) is placed by its name."""
    errors = [f for f in result.findings if f.severity.value == "error" and f.rule in ("MC-LD-002", "MC-IM-001")]
    return all(f.line is not None or f.pointer or (f.origin and f.origin.pointer is not None) for f in errors)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_case_is_answered_beside_a_good_descriptor(name: str, folder: Path, config: RunConfig) -> None:
    # A case that hangs is caught by the whole corpus's run through the CLI, whose subprocess has a timeout (a
    # hang guard); the speed of the checker is measured in benchmarks, not here.
    report = run([folder / name, folder / "good-one.json"], config)
    mine = [r for r in report.results if not r.source.endswith("good-one.json")]
    goods = [r for r in report.results if r.source.endswith("good-one.json")]
    assert [r.status for r in goods] == ["pass"]
    assert mine, "the case got no result"
    for result in mine:
        internal = [f.message for f in result.findings if f.rule.startswith("MC-EN")]
        assert not internal, internal
        if result.status == "error":
            assert _placed(result), [(f.rule, f.message) for f in result.findings]
    for fmt in FORMATS:
        assert render(report, fmt)


# ------------------------------------------------------------------ what the round fixed


def _presentation_documents(*items: object) -> list[Document]:
    return json_.load(json.dumps(_presentation(*items)).encode(), "presentation.json")


def _refusals(documents: list[Document]) -> list[str | None]:
    return [
        f.origin.pointer if f.origin else None
        for d in documents
        if d.data is None
        for f in d.findings
        if f.rule == "MC-IM-001"
    ]


@pytest.mark.parametrize("other", ["urn:credential:elsewhere", 5, None, [], {}, True])
@pytest.mark.parametrize("first", [True, False])
def test_a_presentation_reads_its_credential_beside_one_it_cannot_open(other: object, first: bool) -> None:
    items = [other, _ob3()] if first else [_ob3(), other]
    documents = _presentation_documents(*items)
    read = [d for d in documents if d.data is not None]
    assert [d.data["title"] for d in read] == ["Green skills"]
    assert _refusals(documents) == [f"/verifiableCredential/{0 if first else 1}"]


def test_a_credential_nested_past_the_envelope_limit_is_refused_alone() -> None:
    wrapped: dict[str, Any] = _ob3()
    for _ in range(6):
        wrapped = {"payload": wrapped, "signatures": []}
    documents = _presentation_documents(wrapped, _ob3("urn:uuid:badge-2"))
    assert [d.data["id"] for d in documents if d.data is not None] == ["urn:uuid:badge-2"]
    (refusal,) = [f for d in documents for f in d.findings if f.rule == "MC-IM-001"]
    assert "wrapped in more than 4 envelopes" in refusal.message


def test_a_clr_reads_its_credentials_beside_a_string_it_cannot_open() -> None:
    clr = {
        "@context": [*VC2, "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"],
        "id": "urn:clr:1",
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": {"id": "https://example.edu/issuers/1", "type": ["Profile"], "name": "Example University"},
        "credentialSubject": {"type": ["ClrSubject"], "verifiableCredential": [_ob3(), "not a credential"]},
    }
    documents = json_.load(json.dumps(clr).encode(), "clr.json")
    assert [d.data["title"] for d in documents if d.data is not None] == ["Green skills"]
    assert _refusals(documents) == ["/credentialSubject/verifiableCredential/1"]


def test_a_single_unreadable_credential_is_still_one_refusal() -> None:
    (document,) = _presentation_documents("urn:credential:elsewhere")
    assert _refusals([document]) == ["/verifiableCredential/0"]
    assert [f.rule for f in document.findings] == ["MC-IM-001"]


@pytest.mark.parametrize(
    ("content", "problem", "line"),
    [
        (
            b"\xef\xbb\xbf" + _loq(_opportunity("a")).encode("utf-16-le"),
            "the file is binary, not a text descriptor",
            None,
        ),
        (b"%PDF-1.7\n%\xe2\xe3", "the file is binary (a PDF file), not a text descriptor", None),
        (b"\x1f\x8b\x08\x00" + bytes(20), "the file is binary (a gzip file), not a text descriptor", None),
        (b'<?xml version="1.0"?>\n<project>\x00</project>', "holds a NUL byte (U+0000) at line 2, column 10", 2),
    ],
    ids=["utf-16-after-a-utf-8-mark", "pdf", "gzip", "stray-nul"],
)
def test_an_xml_file_that_is_no_text_is_told_so(tmp_path: Path, content: bytes, problem: str, line: int | None) -> None:
    path = tmp_path / "upload.xml"
    path.write_bytes(content)
    (document,) = load_file(path)
    (finding,) = document.findings
    assert finding.rule == "MC-LD-001" and problem in finding.message and finding.line == line
    assert "not a credential" not in finding.message


@pytest.mark.parametrize(("encoding", "reason"), [("x-unknown", "unknown encoding"), ("UTF-32", "multi-byte")])
def test_an_xml_encoding_that_cannot_be_read_is_placed_at_the_declaration(encoding: str, reason: str) -> None:
    raw = f'<?xml version="1.0" encoding="{encoding}"?>\n<Courses xmlns="{LOQ_NS}"/>'.encode()
    (document,) = elm_xml.load(raw, "upload.xml", Limits()) or []
    (finding,) = document.findings
    assert finding.rule == "MC-LD-002" and reason in finding.message
    assert (finding.line, finding.column) == (1, 1)


@pytest.mark.parametrize("attribute", ["language", "xml:lang"])
def test_an_loq_text_gives_its_language_as_the_schema_or_as_xml_writes_it(attribute: str) -> None:
    loq = (XML_FIXTURES / "loq-data-protection.xml").read_text(encoding="utf-8")
    documents = elm_xml.load(loq.replace(' language="', f' {attribute}="').encode(), "upload.xml", Limits()) or []
    assert documents[0].data is not None
    assert documents[0].data["title"] == {
        "en": "Data Protection by Design",
        "de": "Datenschutz durch Technikgestaltung",
    }
    assert documents[0].data["learning_outcomes"][0]["text"]["en"].startswith("Apply the principles")
    title = documents[0].origins["/title"]
    assert (
        title.line == 41
        and title.pointer == "/Courses/learningAchievementSpecificationReferences/qualification/title[1]"
    )


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_an_xml_file_of_another_kind_is_still_passed_over(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "pom.xml"
    path.write_bytes('<?xml version="1.0"?><project><modules/></project>'.encode(codec))
    (document,) = load_file(path)
    assert "an XML document that is not a credential" in document.findings[0].message


# ------------------------------------------------------------------ properties


@pytest.mark.parametrize("fixture", sorted(p.name for p in XML_FIXTURES.glob("*.xml")))
def test_europass_xml_cut_at_every_byte_is_answered(fixture: str) -> None:
    raw = (XML_FIXTURES / fixture).read_bytes()
    for cut in range(len(raw) + 1):
        documents = elm_xml.load(raw[:cut], fixture, Limits())
        for document in documents or []:
            assert document.data is not None or document.findings, cut
            for finding in document.findings:
                if finding.rule == "MC-LD-002":
                    assert finding.line is not None, (cut, finding.message)


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False),
    st.text(max_size=8),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["id", "type", "value", "en"]), inner, max_size=3)
    ),
    max_leaves=12,
)
_TERMS = ("temporal", "priceDetail", "duration", "hasPart", "specifiedBy", "learningOutcome", "title", "id")


def _imports(data: dict[str, Any]) -> list[Document]:
    return import_documents(Document(source="x.json", data=data, format="json"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(_TERMS), _VALUES, max_size=4))
def test_any_values_of_an_opportunity_are_imported_or_refused(values: dict[str, Any]) -> None:
    for document in _imports(_opportunity_jsonld(**values)):
        assert document.data is not None or document.findings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_VALUES, max_size=4), st.booleans())
def test_any_items_of_a_presentation_are_read_or_refused_each(items: list[Any], credential: bool) -> None:
    documents = _imports(_presentation(*items, *([_ob3()] if credential else [])))
    assert documents
    if credential:
        assert any(d.data is not None and d.data.get("title") == "Green skills" for d in documents)


_MAKERS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "study load": lambda v: _badgr(_study_load(v)),
    "expanded badge class": lambda v: _badgr(_assertion(v)),
    "issuer": lambda v: _badgr(_badge_class(issuer=v)),
}


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(_MAKERS)), _VALUES)
def test_any_badgr_value_is_imported_or_refused(where: str, value: Any) -> None:
    for document in _imports(_MAKERS[where](value)):
        assert document.data is not None or document.findings


# ------------------------------------------------------------------ real processes


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "qa_checker", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=600,
        preexec_fn=_limit,
    )
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def test_whole_corpus_through_check_and_audit(folder: Path, tmp_path: Path) -> None:
    paths = [str(folder / name) for name in sorted(CORPUS)] + [str(folder / "good-one.json")]
    code, out, err = _cli(["check", *paths, "--format", "jsonl", "--now", NOW.isoformat()], folder)
    assert code == 1, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    results = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert sum(r["source"].endswith("good-one.json") and r["status"] == "pass" for r in results) == 1
    assert not [f for r in results for f in r["findings"] if f["rule"].startswith("MC-EN")]
    code, _, err = _cli(["audit", *paths, "--out", str(tmp_path / "audit"), "--now", NOW.isoformat()], folder)
    assert code == 1, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    report = json.loads((tmp_path / "audit" / "report.json").read_text(encoding="utf-8"))
    assert len(report["results"]) == len(results)
