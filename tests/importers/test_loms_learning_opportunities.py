"""Europass LOMS XML (Learning Opportunity Metadata Schema, as published to the Qualification Dataset Register):
one descriptor per ``learningOpportunity``, its Annex I elements read from the ``learningSpecification`` or
``qualification`` it is ``specifiedBy`` and the records its references name (resolved by id in the file); a
finding points at the XML line. The documents are written for these tests from the LOMS documentation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.findings import Severity
from qa_checker.limits import Limits
from qa_checker.loaders import Loaders, load_file, sniff

NS = "http://data.europa.eu/europass/qms-xml/schema/learning-opportunities"
EQF = "http://data.europa.eu/esco/eqf/"
ISCED = "http://data.europa.eu/esco/isced-f/"
COUNTRY = "http://publications.europa.eu/resource/authority/country/"
LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
MODE = "http://data.europa.eu/europass/modeOfLearningAndAssessment/"
SETTING = "http://data.europa.eu/europass/learningSettingType/"
CREDITS = "http://data.europa.eu/europass/educationalCreditPointSystem/"
ASSESSMENT = "http://data.europa.eu/europass/assessmentType/"
SKILL = "http://data.europa.eu/esco/skill-type/"


def _text(element: str, text: str, lang: str = "en") -> str:
    return f'<{element}><text lang="{lang}" content-type="text/plain">{text}</text></{element}>'


def _opportunity(ident: str = "urn:lo:1", spec: str = "urn:ls:1", extra: str = "", title: str | None = None) -> str:
    title = _text("title", title or f"Run {ident}") if title != "" else ""
    return (
        f'<learningOpportunity id="{ident}">\n<identifier>{ident}</identifier>\n{title}\n'
        f'<providedBy idref="urn:org:1"/>\n<specifiedBy idref="{spec}"/>\n{extra}</learningOpportunity>\n'
    )


def _spec(extra: str = "", outcomes: tuple[str, ...] = ("urn:out:1",), element: str = "learningSpecification") -> str:
    refs = "".join(f'<learningOutcome idref="{o}"/>\n' for o in outcomes)
    return (
        f'<{element} id="urn:ls:1">\n{_text("title", "Data Protection by Design")}\n'
        f'<hasISCED-FCode uri="{ISCED}0613"/>\n{extra}<learningOutcomes>\n{refs}</learningOutcomes>\n</{element}>\n'
    )


OUTCOME = '<learningOutcome id="urn:out:1">' + _text("prefLabel", "Explain the GDPR.") + "</learningOutcome>"
ORGANISATION = (
    '<organization id="urn:org:1">' + _text("prefLabel", "Hochschule Nordküste", "de") + "\n"
    f'<hasLocation><spatialCode uri="{COUNTRY}DEU"/></hasLocation></organization>'
)


def _loms(
    opportunities: str | None = None,
    specs: str | None = None,
    outcomes: str = OUTCOME,
    agents: str = ORGANISATION,
    other: str = "",
    root: str = "qmsLearningOpportunities",
    namespace: str = f' xmlns="{NS}"',
) -> bytes:
    opportunities = _opportunity() if opportunities is None else opportunities
    specs = _spec() if specs is None else specs
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}{namespace}>\n'
        f"<learningOpportunities>\n{opportunities}</learningOpportunities>\n"
        f"<learningSpecificationReferences>\n{specs}</learningSpecificationReferences>\n"
        f"<learningOutcomeReferences>\n{outcomes}\n</learningOutcomeReferences>\n{other}"
        f"<agentReferences>\n{agents}\n</agentReferences>\n</{root}>\n"
    ).encode()


def _read(raw: bytes, limits: Limits | None = None) -> list[Document]:
    return Loaders(limits)._xml(raw, "loms.xml")


def _one(raw: bytes) -> Document:
    (document,) = _read(raw)
    assert document.data is not None, document.findings
    return document


def _line(raw: bytes, line: int | None) -> str:
    assert line is not None
    return raw.decode().splitlines()[line - 1]


FULL_SPEC = _spec(
    element="qualification",
    outcomes=("urn:out:1", "urn:out:2"),
    extra=(
        _text("description", "For software engineers who build systems that process personal data.")
        + f'\n<volumeOfLearning>PT125H</volumeOfLearning>\n<hasECTSCreditPoints schemeID="{CREDITS}ects">5'
        f'</hasECTSCreditPoints>\n<language uri="{LANGUAGE}ENG"/>\n<mode uri="{MODE}online"/>\n'
        f'<learningSettingType uri="{SETTING}nonFormal"/>\n'
        + _text("entryRequirementsNote", "A bachelor's degree in computer science.")
        + '\n<assessmentSpecification idref="urn:as:1"/>\n<awardingOpportunities><awardingOpportunity>'
        '<organization idref="urn:org:1"/></awardingOpportunity></awardingOpportunities>\n'
        f'<isPartialQualification>false</isPartialQualification>\n<eqfLevel uri="{EQF}6"/>\n'
    ),
)
FULL_OUTCOMES = (
    '<learningOutcome id="urn:out:1">'
    + _text("prefLabel", "Explain the obligations the GDPR places on controllers.")
    + f'<learningOutcomeType uri="{SKILL}knowledge"/></learningOutcome>\n<learningOutcome id="urn:out:2">'
    + _text("prefLabel", "Carry out a data protection impact assessment.")
    + f'<learningOutcomeType uri="{SKILL}skill"/></learningOutcome>'
)
FULL_OTHER = (
    '<assessmentSpecificationReferences><assessmentSpecification id="urn:as:1">'
    + _text("title", "Written examination and assignment")
    + f'<type uri="{ASSESSMENT}writtenExamen"/><type uri="{ASSESSMENT}markedAssignment"/>'
    "</assessmentSpecification></assessmentSpecificationReferences>\n"
)
FULL_RUN = (
    _text("description", "Twelve weeks online.")
    + "\n<startedAtDate>2025-03-03</startedAtDate>\n<endedAtDate>2025-05-30</endedAtDate>\n<duration>P12W</duration>\n"
    '<priceDetails><amount unit="http://publications.europa.eu/resource/authority/currency/EUR">450</amount>'
    "</priceDetails>\n"
)
FULL = _loms(_opportunity(extra=FULL_RUN), FULL_SPEC, FULL_OUTCOMES, other=FULL_OTHER)


def test_a_learning_opportunity_gives_the_annex_i_elements_of_its_qualification():
    document = _one(FULL)
    data = document.data
    assert document.imported_from == "ELM v3 LearningOpportunity (from Europass LOMS XML)"
    assert data["kind"] == "offer" and data["id"] == "urn:lo:1"
    assert data["title"] == {"en": "Data Protection by Design"}
    # The summary is the specification's description of its content, as for the other ELM uploads.
    assert data["summary"] == {"en": "For software engineers who build systems that process personal data."}
    assert data["languages"] == ["en"]
    assert data["workload"] == {"ects": 5, "hours": 125}
    assert data["level"] == {"eqf": 6}
    assert data["field_of_education"] == "0613"
    assert [o["type"] for o in data["learning_outcomes"]] == ["knowledge", "skill"]
    assert data["learning_outcomes"][1]["text"] == {"en": "Carry out a data protection impact assessment."}
    (body,) = data["awarding_bodies"]
    assert body == {"name": {"de": "Hochschule Nordküste"}, "country": "DE"}
    assert data["participation"] == {
        "mode": "online",
        "learning_setting": "non-formal",
        "schedule": {"start": "2025-03-03", "end": "2025-05-30", "duration": "P12W"},
    }
    assert data["assessment"]["types"] == ["written-examination", "marked-assignment"]
    assert data["prerequisites"] == {"en": "A bachelor's degree in computer science."}
    assert data["price"] == {"amount": 450, "currency": "EUR"}


@pytest.mark.parametrize("zone", ["Z", "+02:00", "-05:00"])
def test_dates_written_as_xml_schema_dates_with_their_zone_are_read_as_dates(zone: str):
    """LOMS types its dates xs:date, which may carry a time zone ("2021-05-07Z"): the date is read, not failed as no
    calendar date."""
    run = FULL_RUN.replace("2025-03-03<", f"2025-03-03{zone}<").replace("2025-05-30<", f"2025-05-30{zone}<")
    document = _one(_loms(_opportunity(extra=run), FULL_SPEC, FULL_OUTCOMES, other=FULL_OTHER))
    assert document.data["participation"]["schedule"] == {
        "start": "2025-03-03",
        "end": "2025-05-30",
        "duration": "P12W",
    }


def test_an_nqf_level_of_attributes_only_is_told_without_naming_missing_values():
    """An nqfLevel that gives its framework and notation only as attributes (targetFrameworkID, targetNotation), as
    the LOMS schema's own sample does, is not read: the warning says so without quoting absent values ("None")."""
    spec = FULL_SPEC.replace(
        f'<eqfLevel uri="{EQF}6"/>',
        f'<eqfLevel uri="{EQF}6"/>\n<nqfLevel targetNotation="HU6" targetFrameworkID="http://data.europa.eu/esco/qdr/QF/HU"/>',
    )
    document = _one(_loms(_opportunity(extra=FULL_RUN), spec, FULL_OUTCOMES, other=FULL_OTHER))
    messages = [f.message for f in document.findings if f.pointer == "/level/nqf"]
    assert messages and not any("None" in message for message in messages)


def test_an_imported_value_points_at_its_xml_line():
    document = _one(FULL)
    ects = document.origin_for("/workload/ects")
    assert ects is not None and "<hasECTSCreditPoints" in _line(FULL, ects.line)
    level = document.origin_for("/level/eqf")
    assert level is not None and "<eqfLevel" in _line(FULL, level.line)
    outcome = document.origin_for("/learning_outcomes/1")
    assert outcome is not None and 'id="urn:out:2"' in _line(FULL, outcome.line)


def test_each_learning_opportunity_is_a_result_of_its_own_named_by_its_position():
    raw = _loms(_opportunity("urn:lo:spring") + _opportunity("urn:lo:autumn"))
    first, second = _read(raw)
    assert (first.source, second.source) == ("loms.xml [learningOpportunity 1]", "loms.xml [learningOpportunity 2]")
    assert (first.data["id"], second.data["id"]) == ("urn:lo:spring", "urn:lo:autumn")
    assert first.data["title"] == second.data["title"] == {"en": "Data Protection by Design"}


def test_a_specification_no_opportunity_names_is_not_a_result_of_its_own():
    standard = _spec().replace('id="urn:ls:1"', 'id="urn:ls:standard"')
    (document,) = _read(_loms(specs=_spec() + standard))
    assert document.data["id"] == "urn:lo:1"


@pytest.mark.parametrize("lang", ["nl", "de", "fr"])
def test_texts_without_english_are_read_in_their_language(lang):
    raw = (
        _loms(specs=_spec(_text("description", "Inhalt", lang)), outcomes=OUTCOME)
        .replace(b'lang="en"', f'lang="{lang}"'.encode())
        .replace(b'lang="de"', f'lang="{lang}"'.encode())
    )
    data = _one(raw).data
    assert data["title"] == {lang: "Data Protection by Design"}
    assert data["learning_outcomes"] == [{lang: "Explain the GDPR."}]


def test_a_title_given_once_per_language_is_one_language_map():
    spec = _spec().replace(
        _text("title", "Data Protection by Design"),
        _text("title", "Datenschutz durch Technikgestaltung", "de") + _text("title", "Protection des données", "fr"),
    )
    assert _one(_loms(specs=spec)).data["title"] == {
        "de": "Datenschutz durch Technikgestaltung",
        "fr": "Protection des données",
    }


def test_a_note_with_a_subject_is_read_as_its_text():
    note = (
        '<description><text lang="fr" content-type="text/plain">Former des photographes.</text>'
        '<subject uri="http://data.europa.eu/esco/qualification-topics#learning-outcomes"/></description>\n'
    )
    assert _one(_loms(specs=_spec(note))).data["summary"] == {"fr": "Former des photographes."}


def test_ects_credits_without_a_scheme_are_ects():
    data = _one(_loms(specs=_spec("<hasECTSCreditPoints>3</hasECTSCreditPoints>\n"))).data
    assert data["workload"] == {"ects": 3}


def test_credits_in_another_system_are_other_credits():
    data = _one(_loms(specs=_spec(f'<hasCreditPoints schemeID="{CREDITS}ecvet">30</hasCreditPoints>\n'))).data
    assert data["workload"]["other_credits"] == {"system": "ECVET", "value": 30}
    assert "ects" not in data["workload"]


def test_credits_without_a_system_are_not_read_as_ects():
    raw = _loms(specs=_spec("<hasCreditPoints>30</hasCreditPoints>\n"))
    document = _one(raw)
    assert "workload" not in document.data
    (warning,) = [f for f in document.findings if "creditPoint without a framework" in f.message]
    assert warning.origin is not None and "<hasCreditPoints>" in _line(raw, warning.origin.line)


def test_an_eqf_education_level_of_a_learning_specification_is_the_level():
    level = (
        f'<hasEducationLevel targetNotation="5" targetFrameworkUrl="{EQF[:-1]}">'
        + _text("targetFrameworkName", "European Qualifications Framework")
        + "</hasEducationLevel>\n"
    )
    assert _one(_loms(specs=_spec(level))).data["level"] == {"eqf": 5}
    https = level.replace(f'targetFrameworkUrl="{EQF[:-1]}"', 'targetFrameworkID="https://data.europa.eu/esco/eqf/"')
    assert _one(_loms(specs=_spec(https))).data["level"] == {"eqf": 5}


@pytest.mark.parametrize("framework", ["https://example.org/nqf", f"{ISCED}", "http://data.europa.eu/esco/"])
def test_a_level_of_another_framework_is_not_taken_for_an_eqf_level(framework):
    level = (
        f'<hasEducationLevel targetNotation="5" targetFrameworkUrl="{framework}">'
        + _text("targetFrameworkName", "National framework")
        + "</hasEducationLevel>\n"
    )
    assert "eqf" not in _one(_loms(specs=_spec(level))).data.get("level", {})


@pytest.mark.parametrize(
    ("uri", "mode"), [(f"{MODE}presential", "onsite"), (f"{MODE}blended", "blended"), (f"{MODE}online", "online")]
)
def test_the_loms_modes_are_the_forms_of_participation(uri, mode):
    data = _one(_loms(specs=_spec(f'<mode uri="{uri}"/>\n'))).data
    assert data["participation"]["mode"] == mode


def test_work_based_learning_is_valid_but_not_a_form_of_participation():
    document = _one(_loms(specs=_spec(f'<mode uri="{MODE}workbased"/>\n')))
    assert "mode" not in document.data.get("participation", {})
    assert any("Workbased" in f.message and f.severity is Severity.WARNING for f in document.findings)


def test_a_formal_learning_setting():
    data = _one(_loms(specs=_spec(f'<learningSettingType uri="{SETTING}formal"/>\n'))).data
    assert data["participation"]["learning_setting"] == "formal"


def test_an_isced_code_that_is_no_isced_f_field_is_kept_and_reported():
    raw = _loms(specs=_spec().replace(f"{ISCED}0613", f"{ISCED}0699"))
    document = _one(raw)
    assert document.data["field_of_education"] == "0699"
    assert any("not an ISCED-F 2013 concept" in f.message for f in document.findings)


def test_the_awarding_body_country_from_its_address():
    agents = (
        '<organization id="urn:org:1">' + _text("prefLabel", "Hogeschool Noord", "nl") + "\n"
        "<hasLocation><hasAddress>" + _text("fullAddress", "Dijkstraat 1, Groningen", "nl") + "\n"
        f'<country uri="{COUNTRY}NLD"/></hasAddress><spatialCode uri="{COUNTRY}NLD"/></hasLocation></organization>'
    )
    spec = _spec(
        "<awardingOpportunities><awardingOpportunity><organization idref='urn:org:1'/></awardingOpportunity>"
        "</awardingOpportunities>\n"
    )
    (body,) = _one(_loms(specs=spec, agents=agents)).data["awarding_bodies"]
    assert body == {"name": {"nl": "Hogeschool Noord"}, "country": "NL"}


def test_the_provider_is_not_taken_for_the_awarding_body():
    document = _one(_loms())
    assert "awarding_bodies" not in document.data
    assert any("providedBy" in f.message for f in document.findings)


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ('<specifiedBy idref="urn:ls:1"/>', '<specifiedBy idref="urn:ls:missing"/>', "urn:ls:missing"),
        ('<learningOutcome idref="urn:out:1"/>', '<learningOutcome idref="urn:out:gone"/>', "urn:out:gone"),
        ('<providedBy idref="urn:org:1"/>', '<providedBy idref="urn:org:nobody"/>', "urn:org:nobody"),
    ],
)
def test_a_dangling_reference_is_a_located_import_finding(old, new, what):
    raw = _loms().replace(old.encode(), new.encode())
    (document,) = _read(raw)
    (finding,) = [f for f in document.findings if what in f.message]
    assert finding.rule.startswith("MC-IM")
    assert finding.origin is not None and what in _line(raw, finding.origin.line)


def test_a_dangling_reference_of_one_opportunity_is_not_reported_on_another():
    raw = _loms(_opportunity("urn:lo:a", extra='<hasPart idref="urn:lo:gone"/>\n') + _opportunity("urn:lo:b"))
    first, second = _read(raw)
    assert any("urn:lo:gone" in f.message for f in first.findings)
    assert not any("urn:lo:gone" in f.message for f in second.findings)


def test_a_dangling_reference_of_a_shared_record_is_reported_on_each_opportunity():
    raw = _loms(
        _opportunity("urn:lo:a") + _opportunity("urn:lo:b"),
        _spec('<assessmentSpecification idref="urn:as:none"/>\n'),
    )
    assert all(any("urn:as:none" in f.message for f in d.findings) for d in _read(raw))


def test_many_dangling_references_are_reported_up_to_a_count():
    refs = "".join(f'<hasPart idref="urn:ls:gone-{n}"/>\n' for n in range(30))
    (document,) = _read(_loms(specs=_spec(refs)))
    dangling = [
        f for f in document.findings if "name no record of the file" in f.message or "names no record" in f.message
    ]
    assert len(dangling) == 21 and dangling[-1].message == "10 more references name no record of the file"
    assert all(f.origin is not None and f.origin.line for f in dangling)


def test_the_opportunity_title_stands_when_its_specification_has_none():
    spec = _spec().replace(_text("title", "Data Protection by Design"), "")
    data = _one(_loms(_opportunity(title="Datenschutz im Betrieb"), spec)).data
    assert data["title"] == {"en": "Datenschutz im Betrieb"}


def test_missing_learning_outcomes_and_title_are_reported_as_not_in_the_source():
    raw = _loms(_opportunity(title=""), _spec(outcomes=()).replace(_text("title", "Data Protection by Design"), ""))
    (document,) = _read(raw)
    assert document.data is not None
    assert "title" not in document.data and "learning_outcomes" not in document.data
    (result,) = check_documents([document]).results
    missing = {f.pointer: f for f in result.findings if f.rule in ("MC-EL-002", "MC-EL-006")}
    assert set(missing) == {"/title", "/learning_outcomes"}
    for finding in missing.values():
        assert finding.origin is not None and "<learningSpecification " in _line(raw, finding.origin.line)


def test_the_homepage_is_the_further_information():
    run = '<homepage uri="https://learn.example/dpbd"/>\n'
    assert _one(_loms(_opportunity(extra=run))).data["further_information"] == "https://learn.example/dpbd"


def test_a_file_without_learning_opportunities_is_refused():
    (document,) = _read(_loms(opportunities=""))
    assert document.data is None
    (error,) = [f for f in document.findings if f.severity is Severity.ERROR]
    assert error.rule == "MC-IM-001" and "no learning opportunit" in error.message


@pytest.mark.parametrize(
    "namespace",
    [f' xmlns:loms="{NS}"', ""],
    ids=["prefixed", "no namespace"],
)
def test_a_prefixed_or_unqualified_file_is_read_alike(namespace):
    raw = FULL
    if namespace:
        text = raw.decode().replace(f' xmlns="{NS}"', namespace)
        text = text.replace("<", "<loms:").replace("<loms:/", "</loms:").replace("<loms:?", "<?")
        raw = text.encode()
    else:
        raw = raw.replace(f' xmlns="{NS}"'.encode(), b"")
    assert _one(raw).data == _one(FULL).data


@pytest.mark.parametrize(
    ("raw", "rule", "words"),
    [
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE q [\n<!ENTITY a "aaaa">\n<!ENTITY b "&a;&a;">\n]>\n'
            b'<qmsLearningOpportunities xmlns="' + NS.encode() + b'">&b;</qmsLearningOpportunities>',
            "MC-LD-001",
            "declares the entity a",
        ),
        (
            b'<!DOCTYPE q SYSTEM "http://evil.example/loms.dtd">'
            b'<qmsLearningOpportunities xmlns="' + NS.encode() + b'"/>',
            "MC-LD-001",
            "external DTD",
        ),
        (
            b'<qmsLearningOpportunities xmlns="'
            + NS.encode()
            + b'">'
            + b"<a>" * 5000
            + b"</a>" * 5000
            + b"</qmsLearningOpportunities>",
            "MC-LD-004",
            "nested too deeply",
        ),
        (
            b'<qmsLearningOpportunities xmlns="'
            + NS.encode()
            + b'"><a>'
            + b"x" * (Limits().max_string_chars + 1)
            + b"</a></qmsLearningOpportunities>",
            "MC-LD-005",
            "max-string-chars",
        ),
    ],
    ids=["entities", "external DTD", "deep", "huge text"],
)
def test_hostile_xml_is_refused_as_other_europass_xml_is(raw, rule, words):
    (document,) = _read(raw)
    assert document.data is None
    (error,) = [f for f in document.findings if f.severity is Severity.ERROR]
    assert error.rule == rule and words in error.message
    assert error.origin is not None and error.origin.line


def test_too_many_opportunities_are_refused_at_the_limit():
    raw = _loms("".join(_opportunity(f"urn:lo:{n}") for n in range(5)))
    (document,) = _read(raw, Limits(max_documents=3))
    assert document.data is None and "max-documents" in document.findings[0].message


def test_too_many_elements_are_refused_at_the_line_counting_stopped():
    (document,) = _read(FULL, Limits(max_nodes=40))
    assert document.data is None
    (error,) = document.findings
    assert error.rule == "MC-LD-005" and "max-nodes" in error.message
    assert error.origin is not None and error.origin.line is not None and 1 < error.origin.line < 40


def test_a_utf16_file_is_read():
    text = FULL.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert _one(text.encode("utf-16")).data == _one(FULL).data


def test_another_europass_qms_document_is_refused_as_xml_that_is_not_read():
    (document,) = _read(f'<qmsQualifications xmlns="{NS[: NS.rindex("/")]}/qualifications"/>'.encode())
    assert document.data is None and "LOMS upload" in document.findings[0].message


def test_standard_input_is_sniffed_as_xml():
    assert sniff(FULL) == ".xml"


def test_convert_writes_one_descriptor_per_opportunity(run_cli, tmp_path: Path):
    source = tmp_path / "catalogue.xml"
    source.write_bytes(_loms(_opportunity("urn:lo:a", extra=FULL_RUN) + _opportunity("urn:lo:b"), FULL_SPEC))
    out = tmp_path / "out.yaml"
    result = run_cli("convert", str(source), "--to", "yaml", "--output", str(out))
    assert result.exit_code == 0, result.output
    converted = list(yaml.safe_load_all(out.read_text(encoding="utf-8")))
    assert [d["id"] for d in converted] == ["urn:lo:a", "urn:lo:b"]
    assert all(d["level"] == {"eqf": 6} for d in converted)
    assert [d.data["id"] for d in load_file(source)] == [d["id"] for d in converted]


_NAMES = st.sampled_from(
    [
        "learningOpportunity",
        "learningSpecification",
        "qualification",
        "title",
        "text",
        "hasECTSCreditPoints",
        "hasEducationLevel",
        "hasLocation",
        "amount",
        "learningOutcomes",
        "startedAtDate",
        "organization",
        "a",
    ]
)
_ATTRIBUTES = st.dictionaries(
    st.sampled_from(["id", "idref", "uri", "lang", "schemeID", "unit", "targetNotation", "targetFrameworkUrl"]),
    st.sampled_from(["", "x", "urn:ls:1", "5", f"{EQF}9", f"{MODE}online", "https://data.europa.eu/esco/eqf/2"]),
)


@st.composite
def _xml(draw: st.DrawFn, depth: int = 0) -> str:
    name = draw(_NAMES)
    attributes = "".join(f' {k}="{v}"' for k, v in draw(_ATTRIBUTES).items())
    inner = draw(st.text(alphabet="ab 5-", max_size=4))
    children = "".join(draw(st.lists(_xml(depth + 1), max_size=3))) if depth < 4 else ""
    return f"<{name}{attributes}>{inner}{children}</{name}>"


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(opportunities=_xml(), references=_xml())
def test_random_loms_never_raises(opportunities, references):
    raw = _loms(opportunities, references, other=f"<otherReferences>{references}</otherReferences>")
    for document in _read(raw):
        assert document.data is not None or document.findings
