r"""Hostile round 24: what changed this morning (an Open Badges 3.0 subject of several achievements given as one
credential each, Moodle's ``alignments``, hours named by a compound word, the pass/fail pairs of vocational
providers, Spain's CNCP, MC-TP-001's texts that only name the provider or only say the regulations are followed,
server error bodies in four shapes), attacked with inputs built to make them slow, large or wrong.

Each read is timed at two sizes four times apart in the same process and the CPU times compared
(tests/timing.assert_linear): linear work takes about four times as long, quadratic sixteen. No wall-clock bound.

Found in this round, each fixed for its class:

* a subject listing thousands of achievements gave one descriptor each, without bound: 20,000 from one file, past
  the 10,000 a file may give (max-documents), each a result held until the report is written. An importer now
  counts what one document gives against the same budget as the loaders (``jsonld.give``, before any is made, where
  the importer counts first as Open Badges 3.0 does; after the import for the others, a CTDL graph of thousands of
  resources), and a document over it is refused with the count and the limit, as a list of descriptors is.
* the same achievement listed again (its id given twice, or a reference to a node of the graph repeated) was given
  as a second, identical credential; it is now one award.
* a badge class giving both ``alignment`` and Moodle's ``alignments`` had one of them left out silently (two keys
  of one term: the first written was read). The term's own key is read, and the alias beside it is told as a term
  not read, as a plural key beside its term already was.
* MC-TP-001 read "Bewertung gemäß Prüfungsordnung durch mündliche Prüfung", "according to the regulations and a
  written exam" and "... (oral exam)" as texts that only say the rules are followed: the four words allowed after
  the regulations took a method joined to them. Words that join a method or name assessing are no longer among
  them. A text padded with spaces past the 80 characters read (a cell padded to its column) was not read; its
  length is now taken without the white space around it, as is that of a text naming the provider.
* a pass/fail pair written with two spaces or a line break between its words ("certified  /  not  certified") was
  not read as one: the phrases are now read with any run of white space where they have a space.
* a server error body whose ``status`` was a string of more than 4,300 digits stopped the whole load with
  ValueError (int() refuses such strings): a status is now read only from three digits.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.ects import counts_hours
from qa_checker.elements import ungraded
from qa_checker.importers.classify import _error_body
from qa_checker.limits import Limits
from qa_checker.loaders import json_, load_file
from qa_checker.rules.consistency import nqf_framework
from qa_checker.rules.quality import _ONLY_THE_RULES, _name_key
from tests.conftest import NOW, baseline
from tests.importers.test_elm_concept_forms import _credential as _elm_credential
from tests.timing import assert_linear

OB3_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
OB2_CONTEXT = "https://w3id.org/openbadges/v2"


def _achievement(number: int) -> dict[str, Any]:
    return {
        "id": f"https://badges.example.org/achievements/{number}",
        "type": ["Achievement"],
        "name": f"Module {number}",
        "criteria": {"narrative": "Written examination."},
    }


def _subject(learner: str, achievements: Any) -> dict[str, Any]:
    return {"id": learner, "type": ["AchievementSubject"], "achievement": achievements}


def _credential(subjects: Any, graph: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    credential = {
        "id": "urn:uuid:6d1c0f3e-2b4a-4c8e-9f10-5a7b3c2d1e0f",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://badges.example.org/issuer", "type": ["Profile"], "name": "Hochschule Seeufer"},
        "validFrom": "2026-02-02T00:00:00Z",
        "credentialSubject": subjects,
    }
    if graph is None:
        return {"@context": OB3_CONTEXT, **credential}
    return {"@context": OB3_CONTEXT, "@graph": [credential, *graph]}


def _load(folder: Path, data: Any, limits: Limits | None = None) -> list[Document]:
    path = folder / "doc.json"
    path.write_text(json.dumps(data))
    return load_file(path, limits=limits)


def _over_limit(documents: list[Document]) -> str:
    (document,) = documents
    assert document.data is None and document.findings[-1].rule == "MC-LD-005"
    return str(document.findings[-1].message)


# --- Open Badges 3.0: one credential per achievement -----------------------------------------------------------


def test_a_subject_of_more_achievements_than_a_file_may_give_is_refused_before_any_is_made(tmp_path: Path) -> None:
    data = _credential(_subject("did:example:anna", [_achievement(n) for n in range(12)]))
    told = _over_limit(_load(tmp_path, data, Limits(max_documents=10)))
    assert "12 descriptors" in told and "limit of 10 (max-documents)" in told
    assert len(_load(tmp_path, data, Limits(max_documents=12))) == 12


def test_several_subjects_of_many_achievements_count_together(tmp_path: Path) -> None:
    subjects = [_subject(f"did:example:{s}", [_achievement(100 * s + n) for n in range(4_000)]) for s in range(3)]
    told = _over_limit(_load(tmp_path, _credential(subjects)))
    assert "12,000 descriptors" in told and "10,000" in told


def test_counting_the_awards_grows_linearly(tmp_path: Path) -> None:
    def read(count: int) -> object:
        return _load(tmp_path, _credential(_subject("did:example:a", [_achievement(n) for n in range(count)])), LOW)

    assert_linear(read, 1_000, 4_000)


LOW = Limits(max_documents=10)


def test_converting_the_awards_grows_linearly(tmp_path: Path) -> None:
    def read(count: int) -> object:
        documents = _load(tmp_path, _credential(_subject("did:example:a", [_achievement(n) for n in range(count)])))
        assert len(documents) == count
        return documents

    assert_linear(read, 100, 400)


def test_an_achievement_listed_again_is_one_award(tmp_path: Path) -> None:
    referenced = [_achievement(1)["id"]] * 2_000
    subjects = [_subject(f"did:example:{s}", referenced) for s in range(3)]
    documents = _load(tmp_path, _credential(subjects, graph=[_achievement(1)]))
    assert [d.data["title"] for d in documents] == ["Module 1"] * 3
    assert [d.data["id"].rsplit("#", 1)[1] for d in documents] == ["subject-1", "subject-2", "subject-3"]
    # written out twice in full (a second example of the class)
    (single,) = _load(tmp_path, _credential(_subject("did:example:b", [_achievement(2), _achievement(2)])))
    assert single.data["title"] == "Module 2"


def test_achievements_that_are_not_objects_are_no_awards(tmp_path: Path) -> None:
    mixed = [_achievement(1)["id"], None, 5, "", [], _achievement(3)]
    documents = _load(tmp_path, _credential(_subject("did:example:a", mixed), graph=[_achievement(1)]))
    assert [d.data["title"] for d in documents] == ["Module 1", "Module 3"]


def _programme(number: int) -> dict[str, Any]:
    ctid = f"ce-{number:08d}-5a1b-4c2d-8e3f-000000c9cf0"
    return {
        "@id": f"https://credentialengineregistry.org/resources/{ctid}",
        "@type": "ceterms:LearningProgram",
        "ceterms:ctid": ctid,
        "ceterms:name": {"en": f"Programme {number}"},
        "ceterms:description": {"en": "A part-time programme for interpreters."},
    }


def test_any_import_giving_more_descriptors_than_a_file_may_is_refused(tmp_path: Path) -> None:
    # a second example of the class: a CTDL graph, whose importer does not count before it converts
    graph = {"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [_programme(n) for n in range(4)]}
    told = _over_limit(_load(tmp_path, graph, Limits(max_documents=3)))
    assert "4 descriptors" in told and "limit of 3 (max-documents)" in told
    assert len(_load(tmp_path, graph, Limits(max_documents=4))) == 4


# --- Open Badges 2.0: Moodle's alignments ----------------------------------------------------------------------


def _badge_class(alignment: list[dict[str, str]], alignments: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "@context": OB2_CONTEXT,
        "type": "BadgeClass",
        "id": "https://moodle.example.org/badges/badge_json.php?id=7",
        "name": "Data literacy",
        "description": "Reading and cleaning data sets.",
        "criteria": {"narrative": "Complete the four quizzes."},
        "issuer": {"type": "Profile", "id": "https://moodle.example.org/badges/issuer", "name": "Moodle Academy"},
        "alignment": alignment,
        "alignments": alignments,
    }


def _aligned(number: int) -> dict[str, str]:
    return {"targetName": f"Skill {number}", "targetUrl": f"https://skills.example.org/{number}"}


ESCO = {"targetName": "use spreadsheets", "targetUrl": "http://data.europa.eu/esco/skill/00000000-test"}


def test_alignment_beside_alignments_is_read_and_the_other_told(tmp_path: Path) -> None:
    (document,) = _load(tmp_path, _badge_class([ESCO], [_aligned(1)]))
    assert [o["text"] for o in document.data["learning_outcomes"]] == ["use spreadsheets"]
    assert any("alignments is not a term" in str(f.message) for f in document.findings)
    # written the other way round, the term's own key is still the one read
    (other,) = _load(tmp_path, dict(reversed(list(_badge_class([ESCO], [_aligned(1)]).items()))))
    assert [o["text"] for o in other.data["learning_outcomes"]] == ["use spreadsheets"]


def test_alignments_alone_are_read(tmp_path: Path) -> None:
    data = _badge_class([], [ESCO])
    del data["alignment"]
    (document,) = _load(tmp_path, data)
    assert [o["text"] for o in document.data["learning_outcomes"]] == ["use spreadsheets"]


def test_both_alignment_lists_long_are_read_in_linear_time(tmp_path: Path) -> None:
    def read(count: int) -> object:
        both = [_aligned(n) for n in range(count)]
        return _load(tmp_path, _badge_class(both, both))

    assert_linear(read, 1_000, 4_000)


# --- hours named by a compound word ----------------------------------------------------------------------------


def test_a_long_credit_system_name_is_read_in_linear_time() -> None:
    assert_linear(lambda n: counts_hours("Unterrichtsstundenkontingent lesurenpunt " * (n // 41)), 25_000, 100_000)
    assert counts_hours("Unterrichtsstunden" + " x" * 500_000)
    assert not counts_hours("Fortbildungspunkte (Unterrichtsstunden)" + " x" * 10_000)


@pytest.mark.parametrize(
    "name", ["Zensuren", "Klausuren", "Strukturen", "Infrastrukturen", "Temperaturen", "culturen", "Prüfungsklausuren"]
)
def test_a_plural_of_a_noun_in_ur_is_no_hours(name: str) -> None:
    assert not counts_hours(name)


@pytest.mark.parametrize("name", ["lesuren", "klokuren", "contacturen", "werkuren", "praktijkuren", "klasuren"])
def test_a_dutch_hour_compound_is_hours_beside_the_nouns_in_ur(name: str) -> None:
    assert counts_hours(name)


# --- pass/fail pairs -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kompetent / inkompetent",
        "certified / not certifiedx",
        "reçue / refus",
        "kompetent / noch nicht ganz kompetent",
        "nog niet competent / competent",
        "Kompetent / nicht kompetent, Note 1-5",
    ],
)
def test_a_near_miss_of_a_pair_is_not_pass_fail(text: str) -> None:
    assert not ungraded(text)


@pytest.mark.parametrize(
    "text",
    ["certified  /  not  certified", "Competente o no\ncompetente", "erfüllt / nicht   erfüllt", "zal./niezal."],
)
def test_a_pair_with_more_space_between_its_words_is_pass_fail(text: str) -> None:
    assert ungraded(text)


@pytest.mark.parametrize(
    "unit",
    [
        "kompetent / noch nich kompetent; ",
        "competente" + " " * 40 + "o aún aún no competentes ",
        "not " + " " * 30 + "yet " + " " * 30 + "certifiedx / ",
        "positivo (P) " + " " * 20,
    ],
)
def test_near_misses_of_pairs_are_read_in_linear_time(unit: str) -> None:
    assert_linear(lambda n: ungraded((unit * (n // len(unit) + 1))[:n]))


# --- Spain's CNCP ----------------------------------------------------------------------------------------------


def test_a_long_framework_name_of_abbreviations_is_read_in_linear_time() -> None:
    spain = frozenset({"ES"})
    assert_linear(lambda n: nqf_framework("Cualificaciones (CNCP) " * (n // 23), spain))
    assert nqf_framework("Catálogo Nacional de las Cualificaciones Profesionales (CNCP)", spain) is None
    assert nqf_framework("CNCP", frozenset({"FR"})) == "RNCP"


# --- MC-TP-001: only the provider, only the rules --------------------------------------------------------------


def _placeholders(description: str, provider: str | None = None) -> list[str]:
    data = baseline()
    data["assessment"]["description"] = {"en": description}
    if provider is not None:
        data["awarding_bodies"][0]["name"] = {"en": provider}
    (result,) = check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW).results
    return [f.pointer for f in result.findings if f.rule == "MC-TP-001"]


@pytest.mark.parametrize(
    "text",
    [
        "Assessment according to the regulations and a written exam",
        "Bewertung gemäß Prüfungsordnung durch mündliche Prüfung",
        "Bewertung gemäß Prüfungsordnung mit Projektarbeit und Präsentation",
        "Assessment according to the regulations (oral exam)",
        "Évaluation selon le règlement par contrôle continu",
        "according to the oral exam and the regulations",
        "Assessment according to the examination regulations" + " " * 1_000 + "x",
        "Évaluation selon le règlement et d'un examen écrit",
        "Assessment according to the regulations and the written exam",
    ],
)
def test_a_method_beside_the_rules_is_no_placeholder(text: str) -> None:
    assert _placeholders(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Assessment according to the examination regulations of the faculty",
        "Evaluación según la normativa vigente de la universidad",
        "Prüfung gema\u0308ß Pru\u0308fungsordnung",
        "Assessment according to the examination regulations" + " " * 1_000,
        "\n" * 500 + "Toetsing volgens de OER",
        # A joining word after a hyphen joins the parts of one name, not a method to the rules.
        "Prüfung gemäß Studien- und Prüfungsordnung",
        "Toetsing volgens de Onderwijs- en Examenregeling",
        # So does one in the name's own words: before the word for the rules, or after it before a genitive.
        "Assessment according to the study and examination regulations.",
        "Assessed in line with the teaching and assessment rules",
        "Évaluation selon le règlement des études et d'examens",
        "Valutazione secondo il regolamento didattico e degli esami",
    ],
)
def test_only_the_rules_padded_or_decomposed_holds_a_place(text: str) -> None:
    assert _placeholders(text) == ["/assessment/description/en"]


def test_the_rules_pattern_reads_texts_at_its_cap_at_once() -> None:
    for text in [
        "Assessment according to the " + ". " * 26 + "regulation" + " ." * 10 + "x",
        "according to " + "a " * 25 + "regulations" + " a." * 8 + "x",
        "gemäß " + "\u0301" * 70 + " Ordnung",
    ]:
        assert _ONLY_THE_RULES.match(text[:80]) is None


def test_a_description_padded_to_the_providers_name_names_it() -> None:
    name = "Hogeschool van Amsterdam"
    assert _placeholders(name + " " * 500, name) == ["/assessment/description/en"]
    assert _placeholders(name + " in Amsterdam", name) == []


def test_a_long_or_deeply_bracketed_provider_name_costs_linear_time() -> None:
    def check(n: int) -> object:
        return _placeholders("A" * n, "Hochschule " + "(" * (n // 2) + "HS" + ")" * (n // 2))

    assert_linear(check, 10_000, 40_000)
    assert _name_key("Hochschule " + "(" * 1_000 + "HS" + ")" * 1_000) == "hochschule"
    long_name = "Hochschule für angewandte Wissenschaften " * 250
    assert _placeholders(long_name.strip(), long_name) == ["/assessment/description/en"]


# --- server error bodies ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"status": "4" * 5_000, "title": "Not Found"},
        {"errors": [{"status": "4" * 5_000, "title": "Not Found"}]},
        {"error": {"code": "4" * 5_000, "message": "Not Found"}},
    ],
)
def test_a_status_of_thousands_of_digits_is_none(body: dict[str, Any]) -> None:
    assert _error_body(body) is None


@pytest.mark.parametrize("status", [404.0, True, 10**400, [404], {"code": 404}, "٤٠٤x", " 4040 "])
def test_a_status_that_is_not_one_is_none(status: object) -> None:
    assert _error_body({"status": status, "title": "Not Found"}) is None


def test_a_large_error_body_is_told_in_two_hundred_characters() -> None:
    errors = [{"status": "404", "title": "Not Found", "detail": "d" * 1_000_000}, *[{}] * 49_999]
    status, told = _error_body({"errors": errors}) or (0, "")
    assert status == 404 and told.startswith("Not Found — ddd") and len(told) == 200
    assert _error_body({"errors": ["Not Found", *[{}] * 10], "status": 404, "title": "Not Found"}) == (404, "Not Found")
    assert_linear(lambda n: _error_body({"status": 500, "title": " " * n + "Error", "detail": " " * n}))


def test_an_error_body_of_thousands_of_digits_is_refused_as_a_file(tmp_path: Path) -> None:
    for body in [
        {"status": "4" * 5_000, "title": "Not Found"},
        {"error": {"code": "4" * 5_000, "message": "Not Found"}},
    ]:
        (document,) = _load(tmp_path, body)
        assert document.data is None and [f.rule for f in document.findings] == ["MC-IM-001"]
        assert "not a descriptor" in str(document.findings[0].message)


@pytest.mark.parametrize(("notation", "level"), [("6", 6), ("06", 6), ("٦", 6), ("²", "²"), ("4" * 5_000, "4" * 5_000)])
def test_a_level_of_odd_digits_is_kept_and_told_not_a_crash(notation: str, level: object) -> None:
    # a second example of the class of the status above: an ELM level's notation read with int()
    raw = json.dumps(_elm_credential({"eqfLevel": {"type": "Concept", "notation": notation}})).encode()
    (document,) = json_.load(raw, "credential.jsonld")
    assert document.data["level"] == {"eqf": level}


def test_an_error_nested_in_errors_is_read_one_level_only() -> None:
    nested: dict[str, Any] = {"code": 404, "message": "Not Found"}
    for _ in range(50):
        nested = {"error": nested}
    assert _error_body(nested) is None
    assert _error_body({"error": {"code": 404, "message": "Not Found"}}) == (404, "Not Found")
    assert _error_body({"errors": [{"error": {"code": 404}}], "status": 404, "title": "Not Found"}) is None
