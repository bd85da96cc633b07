"""Hostile round 31: services that never answer, and words shared by the readers of cells and headers."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

Run = Callable[..., Result]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A local port whose service accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


def test_a_scheduler_address_where_nothing_answers_is_given_up_in_time(
    tmp_path: Path, run_cli: Run, silent_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """distributed bounds the connection, not the handshake after it: a port that accepts and stays silent held the
    audit for ever. It is one line naming the address, exit 2, after the deadline."""
    pytest.importorskip("dask.distributed")
    from qa_checker import runner

    monkeypatch.setattr(runner, "DASK_CONNECT_SECONDS", 1)
    address = f"tcp://127.0.0.1:{silent_port}"
    results: list[Result] = []
    args = (
        "audit",
        str(SAMPLES / "offers"),
        "--out",
        str(tmp_path / "out"),
        "--engine",
        "dask",
        "--scheduler",
        address,
    )
    # run on a thread of its own, so that a run that never ends fails this test rather than holding the suite
    audit = threading.Thread(target=lambda: results.append(run_cli(*args)), daemon=True)
    audit.start()
    audit.join(timeout=60)
    assert results, "the audit was still waiting for the scheduler after 60 seconds"
    (result,) = results
    assert result.exit_code == 2, result.output
    assert f"cannot reach the Dask scheduler at {address} (--scheduler): no answer within 2 seconds" in result.output
    assert not (tmp_path / "out").exists()


def _elm(specification: dict[str, object]) -> dict[str, object]:
    """An ELM credential of one claim whose specification is ``specification``."""
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:credential:1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issued": "2026-07-01T10:00:00Z",
        "issuer": {"id": "urn:epass:org:9", "type": "Organisation", "legalName": {"en": "Uni"}},
        "credentialSubject": {
            "id": "urn:epass:person:1",
            "type": "Person",
            "fullName": {"en": "Ana Andromeda"},
            "hasClaim": {
                "id": "urn:epass:la:1",
                "type": "LearningAchievement",
                "title": {"en": "Thermodynamics"},
                "specifiedBy": {
                    "id": "urn:epass:las:1",
                    "type": "LearningAchievementSpecification",
                    "title": {"en": "Thermodynamics"},
                    **specification,
                },
            },
        },
    }


_ECTS = "http://data.europa.eu/snb/education-credit/6fcec5c5af"


def _imported(tmp_path: Path, name: str, data: dict[str, object]) -> tuple[dict[str, object], list[str]]:
    import json

    from qa_checker.loaders import load_file

    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    (document,) = load_file(path)
    return document.data, [f"{f.rule} {f.pointer} {f.message}" for f in document.findings]


def test_a_second_ects_credit_point_is_told_not_taken_for_other_credits(tmp_path: Path) -> None:
    credits = [
        {"id": f"urn:epass:creditPoint:{n}", "type": "CreditPoint", "framework": {"id": _ECTS}, "point": point}
        for n, point in ((1, "6"), (2, "4"), (3, "6"))
    ]
    data, findings = _imported(tmp_path, "two.jsonld", _elm({"creditPoint": credits}))
    assert data["workload"] == {"ects": 6}
    told = [f for f in findings if "further credits" in f]
    assert told == [
        "MC-IM-002 /workload/ects further credits (4 ECTS) were not read: the workload already gives 6 ECTS"
    ]


def test_a_second_eqf_level_is_told_and_a_bare_code_is_read_with_a_note(tmp_path: Path) -> None:
    levels = [{"id": "http://data.europa.eu/snb/eqf/5", "type": "Concept"}, {"id": "http://data.europa.eu/snb/eqf/6"}]
    data, findings = _imported(tmp_path, "levels.jsonld", _elm({"eqfLevel": levels}))
    assert data["level"] == {"eqf": 5}
    assert any("a further EQF level 'http://data.europa.eu/snb/eqf/6' was not read" in f for f in findings)

    data, findings = _imported(tmp_path, "bare.jsonld", _elm({"eqfLevel": "6"}))
    assert data["level"] == {"eqf": 6}
    assert any("MC-IM-003 /level/eqf the EQF level has no concept URI" in f for f in findings)
    assert not any("not one of the eight EQF levels" in f for f in findings)


def test_a_blank_credit_framework_read_by_its_label_is_noted(tmp_path: Path) -> None:
    blank = {"type": "Concept", "prefLabel": {"en": "ECTS"}}
    credit = {"id": "urn:epass:creditPoint:1", "type": "CreditPoint", "framework": blank, "point": "2"}
    data, findings = _imported(tmp_path, "blank.jsonld", _elm({"creditPoint": credit}))
    assert data["workload"] == {"ects": 2}
    assert any("the credit framework has no EU concept URI; it was read by its label 'ECTS'" in f for f in findings)


def test_every_ctdl_credit_value_is_read(tmp_path: Path) -> None:
    def value(amount: int, unit: str) -> dict[str, object]:
        target = {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": unit}
        return {"@type": "ceterms:ValueProfile", "schema:value": amount, "ceterms:creditUnitType": [target]}

    course = {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-0a0a0a0a-0000-4000-8000-000000000d01",
        "ceterms:name": {"en-US": "Data Course"},
        "ceterms:ownedBy": [{"@type": "ceterms:CredentialOrganization", "ceterms:name": {"en-US": "Acme College"}}],
    }
    for order in ([value(12, "creditUnit:DegreeCredit"), value(6, "creditUnit:ECTS")], [value(6, "creditUnit:ECTS")]):
        course["ceterms:creditValue"] = [*order, value(12, "creditUnit:DegreeCredit")][: len(order) + 1]
        data, findings = _imported(tmp_path, "course.json", course)
        assert data["workload"] == {"ects": 6, "other_credits": {"system": "DegreeCredit", "value": 12}}, order
        assert not any("further credits" in f for f in findings)


def _catalogue(tmp_path: Path, rows: list[list[object]]) -> list[dict[str, object]]:
    import openpyxl

    from qa_checker.loaders import load_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    for row in rows:
        sheet.append(row)
    path = tmp_path / "catalogue.xlsx"
    book.save(path)
    return [d.data for d in load_file(path)]


def test_a_totals_row_with_units_and_term_headings_are_no_courses(tmp_path: Path) -> None:
    """'Razem | 11 pkt ECTS | 4 150 zł' sums the rows above; 'Wintersemester 2026/27', 'WS 2026/27', 'Sommersemester'
    and 'Zimní semestr 2026/27' head groups of rows: none of them is a course."""
    rows: list[list[object]] = [["Kod", "Nazwa", "ECTS", "Cena"]]
    for heading in ("Wintersemester 2026/27", "WS 2026/27", "Sommersemester", "Zimní semestr 2026/27"):
        rows += [[None, heading, None, None], [f"K{len(rows)}", "Analiza danych", "5 pkt ECTS", "2 000 zł"]]
    rows.append(["Razem", None, "20 pkt ECTS", "8 000 zł"])
    read = _catalogue(tmp_path, rows)
    assert [d["title"] for d in read] == ["Analiza danych"] * 4


def test_words_typed_without_their_accents_are_read_where_one_word_has_those_letters() -> None:
    from qa_checker.value_reader import code

    assert code("engleza", "languages") == "en"
    assert code("limba romana", "languages") == "ro"
    assert code("cu frecventa", "participation-modes") == "onsite"
    assert code("pisemna zkouska", "assessment-types") == "written-examination"
    assert code("Economia", "isced-f") is None  # Italian economics and business is not Spanish "Economía"


def test_headers_and_words_of_the_catalogues_round_24() -> None:
    from qa_checker.aliases import field_aliases, normalise
    from qa_checker.value_reader import code

    aliases = field_aliases()
    assert aliases[normalise("Forma de evaluación")] == "assessment.types"
    assert aliases[normalise("Toteutustavat")] == "participation.mode"
    assert code("angleški", "languages") == "en"
    assert code("contactonderwijs", "participation-modes") == "onsite"
    assert code("gemengd", "participation-modes") == "blended"
    assert code("egzaminas raštu", "assessment-types") == "written-examination"


def test_a_table_of_contacts_under_the_courses_is_no_course(tmp_path: Path) -> None:
    """'Name | E-mail | Phone | Role' under a blank row, captioned 'Contacts' or not, heads a table of something else:
    it and its rows are no descriptors, and the course above is read as it was."""
    course = ["C-1", "Data analysis", 5, 6, "English", "Estonia", "Uni", "Analyse data sets with R.", "written exam"]
    header = [
        "Code",
        "Title",
        "ECTS",
        "EQF level",
        "Language",
        "Country",
        "Provider",
        "Learning outcomes",
        "Assessment",
    ]
    contacts = [["Name", "E-mail", "Phone", "Role"], ["Mari Tamm", "mari@ut.ee", "+372 737 5000", "Coordinator"]]
    for caption in ([["Contacts"]], []):
        read = _catalogue(tmp_path, [header, course, [], *caption, *contacts])
        assert [d["id"] for d in read] == ["C-1"], caption


def test_a_course_row_of_labels_after_a_blank_row_is_still_a_course(tmp_path: Path) -> None:
    header = ["Code", "Title", "Mode", "Language"]
    read = _catalogue(
        tmp_path, [header, ["DA", "Data analysis", "online", "English"], [], ["DE", "Design", "online", "German"]]
    )
    assert [d["id"] for d in read] == ["DA", "DE"]


def test_an_output_through_a_link_to_a_stream_of_the_process_is_refused(tmp_path: Path, run_cli: Run) -> None:
    """'-o /dev/stdout' renamed the report over the system's link: a link to /proc/self/fd/1 is refused, the link
    kept, and '-' named as the way to standard output."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    result = run_cli("check", str(SAMPLES / "offers" / "data-ethics-nl.yaml"), "--format", "json", "-o", str(link))
    assert result.exit_code == 2, result.output
    assert "a link to a stream of the process" in result.output
    assert link.is_symlink() and str(link.readlink()) == "/proc/self/fd/1"
    plain = tmp_path / "report-link"
    plain.symlink_to(tmp_path / "elsewhere.json")
    kept = run_cli("check", str(SAMPLES / "offers" / "data-ethics-nl.yaml"), "--format", "json", "-o", str(plain))
    assert kept.exit_code == 0, kept.output  # a link to a file of the user's is replaced by the report, as before


def test_a_descriptor_keyed_in_a_providers_words_is_checked_not_skipped(tmp_path: Path, run_cli: Run) -> None:
    """'titel', 'lernergebnisse', 'arbeitsaufwand', 'sprache': a descriptor in German keys failed nothing and passed a
    CI gate as skipped; it is checked (and fails). A form's field map without outcomes stays skipped."""
    course = tmp_path / "kurs.yaml"
    course.write_text(
        "titel: Cloud-Grundlagen\nlernergebnisse:\n  - Cloud-Modelle vergleichen.\narbeitsaufwand: 5 ECTS\n"
        "sprache: de\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(course), "--now", "2026-11-29")
    assert result.exit_code == 1 and "FAIL" in result.output, result.output
    form = tmp_path / "form.json"
    form.write_text('{"credentialTitle": "x", "country": "x", "url": "x", "fullName": "x"}', encoding="utf-8")
    skipped = run_cli("check", str(form), "--now", "2026-11-29")
    assert skipped.exit_code == 0 and "SKIPPED" in skipped.output, skipped.output


def test_convert_tells_what_it_left_out_in_json_too_and_fails_on_an_error(tmp_path: Path, run_cli: Run) -> None:
    """A formula cell without its saved result is an error left out: converted to JSON it left no trace, exit 0, and
    the converted file passed where the catalogue fails."""
    target = tmp_path / "c.json"
    result = run_cli("convert", str(SAMPLES / "spreadsheets" / "catalogue.xlsx"), "--to", "json", "-o", str(target))
    assert result.exit_code == 1, result.output
    assert "MC-SS-002 [Courses!H5]" in result.output and "'=G5*28' with no saved result" in result.output
    assert target.exists()


def test_serve_on_a_port_in_use_or_a_host_that_does_not_resolve_is_one_line_and_exit_2(run_cli: Run) -> None:
    """uvicorn logged its error after 'serving the self-check on ...' and exited 3."""
    pytest.importorskip("uvicorn")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = str(taken.getsockname()[1])
        result = run_cli("serve", "--host", "127.0.0.1", "--port", port, "--token", "s3cret")
    assert result.exit_code == 2, result.output
    assert f"cannot serve on 127.0.0.1:{port}:" in result.output and "serving the self-check" not in result.output
    unresolved = run_cli("serve", "--host", "no-such-host.invalid", "--port", "8000", "--token", "s3cret")
    assert unresolved.exit_code == 2 and "cannot serve on no-such-host.invalid:8000" in unresolved.output
    for unencodable in ("a..b", "a" * 300):  # a name IDNA cannot encode: a traceback
        refused = run_cli("serve", "--host", unencodable, "--port", "8000", "--token", "s3cret")
        assert refused.exit_code == 2 and f"cannot serve on {unencodable}:8000" in refused.output


def test_a_price_in_crowns_is_read_in_the_crowns_of_the_awarding_bodys_country(tmp_path: Path) -> None:
    """'4.500 kr.' in a Danish catalogue is 4500 DKK; without one country to tell which crowns, the amount is read and
    the currency left out with a warning at the cell, not only 'currency is missing' at the row."""
    from qa_checker.loaders import load_file

    header = ["Kursusnummer", "Kursusnavn", "ECTS-point", "Land", "Pris"]
    rows = [header, ["KU-1", "Grøn omstilling", 5, "Danmark", "4.500 kr."], ["KU-2", "Data", 5, None, "4.500 kr."]]
    _catalogue(tmp_path, rows)
    first, second = load_file(tmp_path / "catalogue.xlsx")
    assert first.data["price"] == {"amount": 4500, "currency": "DKK"}
    assert second.data["price"] == {"amount": 4500}
    (told,) = [f for f in second.findings if f.pointer == "/price/currency"]
    assert "may be Danish, Swedish, Norwegian or Icelandic" in str(told.message)
    assert told.origin is not None and told.origin.cell == "E3"


def test_sarif_and_github_point_at_the_archive_and_name_the_members_line(tmp_path: Path, run_cli: Run) -> None:
    """A member's line was given as a line of the binary .zip, and a member whose name holds a line break was
    taken for a file of its own ('odd.zip%21a%0A...')."""
    import json
    import zipfile

    text = (SAMPLES / "flawed" / "half-annex-i.yaml").read_bytes()
    archive = tmp_path / "odd.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a.yaml", text)
        zipped.writestr("b\n::x.yaml", text)
    sarif = json.loads(run_cli("check", str(archive), "--format", "sarif", "--now", "2026-11-29").output)
    results = sarif["runs"][0]["results"]
    assert results
    for found in results:
        physical = found["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"].endswith("odd.zip"), physical
        assert "region" not in physical
        assert found["properties"]["part"] in ("a.yaml", "b\n::x.yaml")
    assert any(", line " in found["message"]["text"] for found in results)
    github = run_cli("check", str(archive), "--format", "github", "--now", "2026-11-29").output
    assert "line=" not in github and "file=odd.zip," in github


def test_a_course_after_a_blank_row_is_read_whatever_its_title(tmp_path: Path) -> None:
    """'Quality Assurance | Tartu University | English | Online' after a blank row (its figures not given yet), or a
    draft's title alone above 'Evaluation | Uni | English | Blended': courses, not another table's header and
    caption; 'Praxissemester' and 'Auslandssemester' are course titles, not term headings."""
    header = ["Title", "Provider", "Language", "Mode", "ECTS", "Learning outcomes"]
    rows: list[list[object]] = [header, ["Data Analysis", "Tartu University", "English", "Online", 5, "Analyse data."]]
    rows += [[], ["Quality Assurance", "Tartu University", "English", "Online"], ["Cloud Basics", "TU", "English"]]
    rows += [
        [],
        ["Ethics in AI"],
        ["Evaluation", "Uni", "English", "Blended"],
        ["Praxissemester"],
        ["Auslandssemester"],
    ]
    read = _catalogue(tmp_path, rows)
    titles = [d["title"] for d in read]
    assert titles == [
        "Data Analysis",
        "Quality Assurance",
        "Cloud Basics",
        "Ethics in AI",
        "Evaluation",
        "Praxissemester",
        "Auslandssemester",
    ]


def test_project_files_whose_keys_name_outcomes_stay_skipped(tmp_path: Path, run_cli: Run) -> None:
    """A logic model's or an OKR file's 'outcomes' are no learning outcomes: such files are skipped, not failed."""
    logic = tmp_path / "logic-model.yaml"
    logic.write_text("title: Youth project\ndescription: x\ninputs: [a]\nactivities: [b]\noutcomes: [c]\n")
    okr = tmp_path / "okr.yaml"
    okr.write_text("objective: Grow\noutcomes: [More users]\nowner: Ana\nstart: 2026-01-01\nend: 2026-06-30\n")
    result = run_cli("check", str(logic), str(okr), "--now", "2026-11-29")
    assert result.exit_code == 0 and result.output.count("SKIPPED") == 2, result.output


def test_an_output_link_to_an_ordinary_file_under_dev_is_written_and_a_chain_to_a_stream_refused(
    tmp_path: Path, run_cli: Run
) -> None:
    sample = str(SAMPLES / "offers" / "data-ethics-nl.yaml")
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        target = shm / f"qa-checker-test-{os.getpid()}.json"
        link = tmp_path / "out.json"
        link.symlink_to(target)
        try:
            assert run_cli("check", sample, "--format", "json", "-o", str(link)).exit_code == 0
        finally:
            target.unlink(missing_ok=True)
    (tmp_path / "hop").symlink_to("/dev/stdout")
    chain = tmp_path / "chain.json"
    chain.symlink_to("hop")
    relative = tmp_path / "rel.json"
    relative.symlink_to(os.path.relpath("/proc/self/fd/1", tmp_path))
    for path in (chain, relative):
        result = run_cli("check", sample, "--format", "json", "-o", str(path))
        assert result.exit_code == 2 and "a link to a stream of the process" in result.output, path


def test_the_same_eqf_level_given_again_by_its_label_is_not_told(tmp_path: Path) -> None:
    levels = [{"id": "http://data.europa.eu/snb/eqf/5"}, {"type": "Concept", "prefLabel": {"en": "EQF level 5"}}]
    data, findings = _imported(tmp_path, "same.jsonld", _elm({"eqfLevel": levels}))
    assert data["level"] == {"eqf": 5}
    assert not any("further EQF level" in f for f in findings)


def _badge(achievement: object, result: object = None, subjects: object = None) -> dict[str, object]:
    """An Open Badges 3.0 credential of one subject holding ``achievement`` (and its ``result``), or of the
    ``subjects`` given."""
    subject: dict[str, object] = {"id": "did:example:a", "type": ["AchievementSubject"], "achievement": achievement}
    if result is not None:
        subject["result"] = result
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "https://ex.org/c/1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://ex.org/i", "type": ["Profile"], "name": "Uni Z"},
        "validFrom": "2026-04-10T00:00:00Z",
        "credentialSubject": subjects if subjects is not None else subject,
    }


def _achievement(number: int, **more: object) -> dict[str, object]:
    return {
        "id": f"https://ex.org/a/{number}",
        "type": ["Achievement"],
        "name": f"Course {number}",
        "description": "x",
        "criteria": {"narrative": "labs"},
        **more,
    }


def test_each_achievement_of_a_subject_gets_the_grade_of_its_own_result(tmp_path: Path) -> None:
    import json

    from qa_checker.loaders import load_file

    described = [
        _achievement(n, resultDescription=[{"id": f"urn:uuid:rd{n}", "type": ["ResultDescription"], "name": "Grade"}])
        for n in (1, 2)
    ]
    results = [
        {"type": ["Result"], "resultDescription": f"urn:uuid:rd{n}", "value": v} for n, v in ((2, "1.3"), (1, "2.7"))
    ]
    path = tmp_path / "two.json"
    path.write_text(json.dumps(_badge(described, results)), encoding="utf-8")
    assert [(d.data["title"], d.data.get("grade")) for d in load_file(path)] == [
        ("Course 1", "2.7"),
        ("Course 2", "1.3"),
    ]


def test_achievements_whose_results_are_not_named_are_read_in_linear_time(tmp_path: Path) -> None:
    """One result names the first achievement's description; each of the others falls back to the results naming
    no other achievement's, the subject's descriptions read once (read per achievement, 400 achievements ran over
    the JSON-LD node budget)."""
    import json

    from qa_checker.loaders import load_file

    count = 400
    described = [
        _achievement(n, resultDescription=[{"id": f"urn:uuid:rd{n}", "type": ["ResultDescription"], "name": "Grade"}])
        for n in range(1, count + 1)
    ]
    results = [
        {"type": ["Result"], "resultDescription": "urn:uuid:rd1", "value": "2.7"},
        {"type": ["Result"], "value": "pass"},
    ]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(_badge(described, results)), encoding="utf-8")
    grades = [d.data.get("grade") for d in load_file(path)]
    assert grades == ["2.7", *["pass"] * (count - 1)]
    # each achievement's own result, each naming its description: the results are read once for the subject
    results = [
        {"type": ["Result"], "resultDescription": f"urn:uuid:rd{n}", "value": str(n)} for n in range(count, 0, -1)
    ]
    path.write_text(json.dumps(_badge(described, results)), encoding="utf-8")
    assert [d.data.get("grade") for d in load_file(path)] == [str(n) for n in range(1, count + 1)]


def test_a_cfitem_alignment_to_the_eqf_by_its_framework_is_the_level(tmp_path: Path) -> None:
    alignment = {
        "type": ["Alignment"],
        "targetType": "CFItem",
        "targetName": "EQF Level 4",
        "targetFramework": "European Qualifications Framework",
        "targetCode": "4",
        "targetUrl": "https://europa.eu/europass/en/description-eight-eqf-levels",
    }
    data, _ = _imported(tmp_path, "eqf.json", _badge(_achievement(1, alignment=[alignment])))
    assert data["level"] == {"eqf": 4} and "learning_outcomes" not in data


def test_a_ctdl_credit_unit_holding_the_letters_ects_is_no_ects(tmp_path: Path) -> None:
    unit = {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNodeName": {"en-US": "Projects"}}
    course = {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-r2",
        "ceterms:name": {"en-US": "Capstone"},
        "ceterms:creditValue": [{"@type": "ceterms:ValueProfile", "schema:value": 2, "ceterms:creditUnitType": [unit]}],
    }
    data, _ = _imported(tmp_path, "course.json", course)
    assert data["workload"] == {"other_credits": {"system": "Projects", "value": 2}}


def test_a_second_table_of_courses_is_read_by_its_own_header(tmp_path: Path) -> None:
    """'Title | ID | EQF level | ECTS' under the first table (after a blank row or not): its rows were read by the
    first header's columns, the ECTS and EQF level swapped without a word."""
    second = [["Title", "ID", "EQF level", "ECTS"], ["Project Management", "B-1", 6, 5], ["Marketing", "B-2", 7, 3]]
    for gap in ([[]], []):
        read = _catalogue(tmp_path, [["ID", "Title", "ECTS", "EQF level"], ["A-1", "Data Ethics", 5, 6], *gap, *second])
        found = [(d["id"], d["workload"]["ects"], d["level"]["eqf"]) for d in read]
        assert found == [("A-1", 5, 6), ("B-1", 5, 6), ("B-2", 3, 7)], gap


def test_contact_tables_and_module_group_headings_are_no_courses(tmp_path: Path) -> None:
    course = [["Course code", "Title", "ECTS"], ["KU-01", "Quality Assurance", 5]]
    for contacts in (["Ansprechpartner", "E-Mail", "Telefon"], ["Kontakt", "E-mail", "Telefon"]):
        rows = [*course, [], contacts, ["Studienberatung", "info@uni.example", "+49 30 1234"]]
        assert [d["id"] for d in _catalogue(tmp_path, rows)] == ["KU-01"], contacts
    # a contact's "Name" under the courses' title column: the person was read as a course
    course = [["Title", "Course code", "ECTS"], ["Quality Assurance", "KU-01", 5]]
    rows = [*course, [], ["Name", "E-mail", "Phone"], ["Anna Muster", "anna@uni.example", "+43 1 234"]]
    assert [d["id"] for d in _catalogue(tmp_path, rows)] == ["KU-01"]
    rows = [["ID", "Titel", "ECTS"], ["Pflichtmodule:"], ["K-1", "Statistik", 5], [None, "1. Studienjahr"]]
    rows += [["K-2", "Ethik", 5], [None, "Elective modules"], ["K-3", "Recht", 5]]
    assert [d["id"] for d in _catalogue(tmp_path, rows)] == ["K-1", "K-2", "K-3"]


def test_headers_of_the_catalogues_round_25() -> None:
    from qa_checker.loaders.columns import ColumnResolver

    resolver = ColumnResolver()
    for header, path in (
        ("Ár (Ft)", ("price", "amount")),
        ("Наименование на дисциплината", ("title",)),
        ("Způsob zakončení", ("assessment", "types")),
        ("Τρόπος εξέτασης", ("assessment", "types")),
        ("customfield_ects", ("workload", "ects")),
        ("customfield_eqf", ("level", "eqf")),
    ):
        found = resolver.resolve(header)
        assert found is not None and found.path == path, header
    assert resolver.resolve("Title (xx)") is None  # an unknown language code is still no currency


def test_hostile_round_28_imports_and_headings(tmp_path: Path) -> None:
    """CTDL units naming ECTS among other words are ECTS; a CFItem of the CEFR ('ERK', 'B2') or of a framework mapped
    to the EQF is a learning outcome; a result naming another achievement's description is not this one's grade;
    Dutch and Scandinavian terms are headings."""
    for unit_name in ("Credits (ECTS)", "ECTS-Punkte", "crédits ECTS"):
        unit = {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNodeName": {"en-US": unit_name}}
        value = {"@type": "ceterms:ValueProfile", "schema:value": 5, "ceterms:creditUnitType": [unit]}
        course = {
            "@context": "https://credreg.net/ctdl/schema/context/json",
            "@type": "ceterms:Course",
            "ceterms:ctid": "ce-1",
            "ceterms:name": {"en-US": "Capstone"},
            "ceterms:creditValue": [value],
        }
        assert _imported(tmp_path, "c.json", course)[0]["workload"] == {"ects": 5}, unit_name
    for framework, code in (("ERK", "B2"), ("DigComp 2.2 (mapped to the EQF)", "1")):
        alignment = {"type": ["Alignment"], "targetType": "CFItem", "targetName": "Speak", "targetFramework": framework}
        alignment["targetCode"] = code
        data, _ = _imported(tmp_path, "b.json", _badge(_achievement(1, alignment=[alignment])))
        assert "level" not in data and data["learning_outcomes"], framework
    described = _achievement(1, resultDescription=[{"id": "urn:uuid:rd1", "type": ["ResultDescription"], "name": "G"}])
    results = [{"type": ["Result"], "resultDescription": "urn:uuid:rd1", "value": "2.7"}]
    path = tmp_path / "two.json"
    path.write_text(__import__("json").dumps(_badge([described, _achievement(2)], results)), encoding="utf-8")
    from qa_checker.loaders import load_file

    assert [d.data.get("grade") for d in load_file(path)] == ["2.7", None]
    rows = [
        ["Code", "Titel", "EC"],
        [None, "Najaarssemester"],
        ["A", "Data", 5],
        [None, "Vårsemester"],
        ["B", "Recht", 5],
    ]
    assert [d["id"] for d in _catalogue(tmp_path, rows)] == ["A", "B"]


def test_credits_are_read_by_the_unit_a_column_of_their_own_names(tmp_path: Path) -> None:
    """'Credits 60 | Credit Unit Hours' (an SAP export) was 60 ECTS; 'Credit Unit Type ECTS | Credit Unit Value 5'
    (Credential Engine's) was other credits in ECTS, and no workload."""
    rows = [["Code", "Title", "Credits", "Credit Unit"], ["A", "Data", 60, "Hours"], ["B", "Law", 5, "ECTS"]]
    rows += [["C", "Risk", 15, "CATS"]]
    found = [d["workload"] for d in _catalogue(tmp_path, rows)]
    assert found == [{"hours": 60}, {"ects": 5}, {"other_credits": {"system": "CATS", "value": 15}}]
    rows = [
        ["Code", "Title", "Credit Unit Type", "Credit Unit Value"],
        ["A", "Data", "ECTS", 5],
        ["B", "Law", "Hours", 60],
    ]
    assert [d["workload"] for d in _catalogue(tmp_path, rows)] == [{"ects": 5}, {"hours": 60}]


def test_credits_in_a_unit_never_replace_that_unit_s_own_column(tmp_path: Path) -> None:
    """'Credits 60 | Credit Unit Hours | Workload (hours) 150' was 60 hours, the 150 dropped without a word; the
    column of the unit's own is kept, and credits differing from it are a warning at their cell."""
    from qa_checker.loaders import load_file

    rows = [["Code", "Title", "Credits", "Credit Unit", "Workload (hours)"], ["A", "Data", 60, "Hours", 150]]
    rows += [["B", "Law", 150, "Hours", 150]]
    assert [d["workload"] for d in _catalogue(tmp_path, rows)] == [{"hours": 150}, {"hours": 150}]
    rows = [["Code", "Title", "Credit Unit Value", "Credit Unit Type", "ECTS"], ["A", "Data", 5, "ECTS", 6]]
    assert [d["workload"] for d in _catalogue(tmp_path, rows)] == [{"ects": 6}]
    path = tmp_path / "units.csv"
    path.write_text("Code,Title,Credits,Credit Unit,Workload (hours)\nA,Data,60,Hours,150\n", encoding="utf-8")
    (doc,) = load_file(path)
    (told,) = [f for f in doc.findings if "differ from workload/hours 150" in f.message]
    assert told.severity.value == "warning" and told.origin is not None and told.origin.cell == "C2"
