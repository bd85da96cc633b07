"""CSV and Excel catalogues: columns, cell types, locations, and broken or hostile workbooks."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import zipfile
from datetime import datetime

import openpyxl
import pytest
import yaml

from qa_checker.aliases import ALIASES_FILE, field_aliases, normalise
from qa_checker.api import check_documents
from qa_checker.errors import ConfigError
from qa_checker.findings import Severity
from qa_checker.limits import Limits
from qa_checker.loaders import iter_files, load_file, load_paths, tabular
from qa_checker.loaders.columns import ColumnResolver, field_for_path, load_mapping
from qa_checker.resources import bundled
from tests.conftest import FIXTURES, NOW

TABULAR = FIXTURES / "tabular"
_spec = importlib.util.spec_from_file_location("xlsx_writer", TABULAR / "xlsx_writer.py")
xw = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("xlsx_writer", xw)
_spec.loader.exec_module(xw)


def located(document):
    """Loader findings as comparable tuples: (rule, severity, pointer, sheet!cell)."""
    return sorted(
        (f.rule, f.severity.value, f.pointer, f.origin.label() if f.origin else "") for f in document.findings
    )


def xlsx(*sheets: xw.Sheet) -> bytes:
    return xw.workbook(*sheets)


def load_xlsx_bytes(raw: bytes, name: str = "courses.xlsx"):
    return tabular.load_xlsx(raw, name)


# ---------------------------------------------------------------- columns


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("workload.ects", "workload.ects"),
        ("Workload.ECTS", "workload.ects"),
        ("ECTS", "workload.ects"),
        ("ects credits", "workload.ects"),
        ("Crédits ECTS", "workload.ects"),
        ("Studiepunten", "workload.ects"),
        ("EQF level", "level.eqf"),
        ("EQF-Level", "level.eqf"),
        ("Awarding body", "awarding_bodies.0.name"),
        ("Title", "title"),
        ("Learning outcomes", "learning_outcomes"),
        ("Country", "awarding_bodies.0.country"),
        ("Mode", "participation.mode"),
        ("Assessment", "assessment.types"),
        ("Hours", "workload.hours"),
        ("Language(s)", "languages"),
        ("Sprache", "languages"),
        ("Prüfungsform", "assessment.types"),
        ("Toetsvorm", "assessment.types"),
        ("Modalidad", "participation.mode"),
        ("Title (nl)", "title.nl"),
        ("Title [EN]", "title.en"),
        ("Learning outcomes EN", "learning_outcomes.en"),
        ("awarding_bodies.0.name.nl", "awarding_bodies.0.name.nl"),
        ("extensions.internal_code", "extensions.internal_code"),
    ],
)
def test_headers_resolve_to_fields(header, path):
    assert ColumnResolver().resolve(header).dotted == path


@pytest.mark.parametrize("header", ["Lecturer", "workload", "awarding_bodies", "title.xyz", "Notes", "", "Mode (xx)"])
def test_headers_that_name_no_field(header):
    assert ColumnResolver().resolve(header) is None


def test_every_alias_is_unique_and_names_a_real_field():
    raw = yaml.safe_load(bundled("schemas", ALIASES_FILE).read_text(encoding="utf-8"))
    owners: dict[str, str] = {}
    for path, names in raw.items():
        assert field_for_path(path) is not None, path
        for name in names:
            key = normalise(name)
            assert owners.setdefault(key, path) == path, f"alias {name!r} given for {owners[key]} and {path}"
    assert field_aliases()["eqflevel"] == "level.eqf"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("workload.ects", "number"),
        ("level.eqf", "integer"),
        ("price.amount", "number"),
        ("stackability.towards.0.credits", "number"),
        ("field_of_education", "string"),
        ("id", "string"),
        ("learning_outcomes", "text-list"),
        ("languages", "list"),
        ("assessment.types", "list"),
        ("quality_assurance.external.eqar_registered", "boolean"),
        ("level.nqf.level", "string-or-integer"),
        ("title", "text"),
        ("learning_outcomes.nl", "lang-list"),
    ],
)
def test_field_kinds_come_from_the_schema(path, kind):
    assert field_for_path(path).kind == kind


# ---------------------------------------------------------------- CSV


def test_good_csv_comma_and_semicolon_read_the_same_descriptors():
    comma = load_file(TABULAR / "good-comma.csv")
    semicolon = load_file(TABULAR / "good-semicolon.csv")
    assert [d.source for d in comma] == [
        f"{TABULAR / 'good-comma.csv'} [row 2]",
        f"{TABULAR / 'good-comma.csv'} [row 3]",
    ]
    assert [d.data for d in comma] == [d.data for d in semicolon]
    first = comma[0].data
    assert first["workload"] == {"ects": 4, "hours": 112}
    assert comma[1].data["workload"]["ects"] == 2.5
    assert first["field_of_education"] == "0788"
    assert first["languages"] == ["en", "nl"]
    assert first["title"] == {"en": "Circular Product Design", "nl": "Circulair productontwerp"}
    assert len(first["learning_outcomes"]) == 3
    assert first["descriptor_version"] == "1.0"
    assert all(d.findings == [] for d in comma + semicolon)
    report = check_documents(comma + semicolon, now=NOW)
    assert [r.status for r in report.results] == ["pass"] * 4
    assert not [f for r in report.results for f in r.findings if f.rule == "MC-SC-001"]


def test_every_filled_pointer_has_its_cell():
    document = load_file(TABULAR / "good-comma.csv")[0]
    assert document.origins["/workload/ects"].label() == "good-comma!H2"
    assert document.origins["/awarding_bodies/0/name"].label() == "good-comma!E2"
    assert document.origins["/title/nl"].label() == "good-comma!C2"
    assert document.origins[""].label() == "good-comma!A2:T2"
    assert document.origin_for("/learning_outcomes/2").label() == "good-comma!G2"


def test_wrong_types_are_located_findings_never_a_crash():
    documents = load_file(TABULAR / "wrong-types.csv")
    first, second = documents
    assert located(first) == [
        ("MC-SS-001", "warning", "", "wrong-types!I2"),
    ]
    assert "column I 'Lecturer' does not name a descriptor field" in first.findings[0].message
    assert "--mapping" in first.findings[0].hint
    assert first.data["workload"] == {"ects": "five"}
    assert first.data["level"] == {"eqf": 6.5}
    assert first.data["field_of_education"] == "613"
    assert first.data["quality_assurance"]["external"]["eqar_registered"] == "maybe"
    assert located(second) == [
        ("MC-SS-002", "error", "/field_of_education", "wrong-types!E3"),
        ("MC-SS-002", "error", "/level/eqf", "wrong-types!D3"),
        ("MC-SS-002", "error", "/workload/ects", "wrong-types!C3"),
    ]
    assert "workload" not in second.data and second.data["awarding_bodies"] == [{"country": "NL"}]
    assert second.data["quality_assurance"]["external"]["eqar_registered"] is True
    result = check_documents([first], now=NOW).results[0]
    schema = {(f.pointer, f.origin.label()) for f in result.findings if f.rule == "MC-SC-001"}
    assert {
        ("/workload/ects", "wrong-types!C2"),
        ("/level/eqf", "wrong-types!D2"),
        ("/quality_assurance/external/eqar_registered", "wrong-types!G2"),
    } <= schema
    assert first.data["participation"]["schedule"]["start"] == "2026-12-31"
    countries = {(f.pointer, f.origin.label()) for f in result.findings if f.rule == "MC-VC-001"}
    assert ("/awarding_bodies/0/country", "wrong-types!J2") in countries


def test_text_and_json_reports_name_the_cell():
    from qa_checker.reporting import render

    report = check_documents(load_file(TABULAR / "wrong-types.csv"), now=NOW)
    text = render(report, "text")
    assert "/workload/ects [wrong-types!C2]" in text
    data = json.loads(render(report, "json"))
    origins = [f.get("origin") for r in data["results"] for f in r["findings"] if f["pointer"] == "/workload/ects"]
    assert {"sheet": "wrong-types", "cell": "C2"} in origins


def test_non_utf8_csv_is_read_in_its_one_plausible_code_page_with_a_warning_naming_it():
    (document,) = load_file(TABULAR / "unknown-encoding.csv")
    assert document.data["title"] == "Café management"
    (finding,) = (f for f in document.findings if "UTF-8" in f.message)
    assert finding.severity == Severity.WARNING and finding.origin.line == 2
    assert "read as Windows-1252" in finding.message and "'Café'" in finding.message
    assert "CSV UTF-8" in finding.hint


def test_non_utf8_csv_no_code_page_can_be_told_for_is_refused_with_the_line_and_the_fix():
    (document,) = tabular.load_csv(b"id;title\nx1;Dvo\xf8\xe1k\n", "one-name.csv")
    (finding,) = document.findings
    assert document.data is None and finding.rule == "MC-LD-001"
    assert "line 2: byte 0xF8" in finding.message and "cannot be told" in finding.message
    assert "CSV UTF-8" in finding.hint


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_utf32_and_unmarked_utf16_csv_are_read_as_yaml_and_json_are(codec):
    # UTF-32's byte-order mark begins with UTF-16's: read as UTF-16 it gave rows of NUL-filled cells.
    (document,) = tabular.load_csv("id,title,ECTS\nw1,Übung,3\n".encode(codec), "wide.csv")
    assert document.data["id"] == "w1" and document.data["title"] == "Übung" and not document.findings


def test_utf16_tab_separated_and_sep_directive():
    text = "id\ttitle\tECTS\nu16\tÜbung\t3\n"
    (document,) = tabular.load_csv(text.encode("utf-16"), "export.csv")
    assert document.data["title"] == "Übung" and document.data["workload"] == {"ects": 3}
    (directed,) = tabular.load_csv(b"sep=|\nid|title|ECTS\nd1|T|2\n", "x.csv")
    assert directed.data["workload"] == {"ects": 2} and directed.source == "x.csv [row 2]"


@pytest.mark.parametrize(
    ("raw", "rule", "words"),
    [
        (b"", "MC-LD-006", "empty"),
        (b"  \n\n", "MC-LD-006", "empty"),
        (b"PK\x03\x04rest", "MC-LD-001", "Excel workbook or other zip"),
        (b"\x00\x01\x02binary", "MC-LD-001", "binary"),
        (b"just a line of prose\nand another\n", "MC-SS-001", "no header row"),
        (b"id,title\n", "MC-LD-006", "no descriptor rows"),
    ],
)
def test_whole_file_problems_are_one_error_document(raw, rule, words):
    (document,) = tabular.load_csv(raw, "c.csv")
    assert document.data is None
    assert document.findings[0].rule == rule and words in document.findings[0].message


def test_blank_rows_skipped_empty_cells_absent_and_rows_numbered_as_in_excel():
    text = "Course catalogue 2027\n\nid,title,ECTS,Prerequisites\na,Alpha,,\n,,,\n\nb,Beta,3,none\n"
    documents = tabular.load_csv(text.encode(), "cat.csv")
    assert [d.source for d in documents] == ["cat.csv [row 4]", "cat.csv [row 7]"]
    assert documents[0].data == {"id": "a", "title": "Alpha", "descriptor_version": "1.0"}
    assert documents[1].origins["/prerequisites"].label() == "cat!D7"


def test_lists_split_on_new_lines_or_semicolons_and_drop_bullets():
    text = (
        "id,learning_outcomes,assessment.types,languages\n"
        'x,"- Apply A; with a clause\n- Design B\n\n3. Evaluate C","Written examination\nproject work","EN;nl, de"\n'
        "y,Apply A; Design B,oral-examination,\n"
    )
    first, second = tabular.load_csv(text.encode(), "l.csv")
    assert first.data["learning_outcomes"] == ["Apply A; with a clause", "Design B", "Evaluate C"]
    assert first.data["assessment"]["types"] == ["written-examination", "project-work"]
    assert first.data["languages"] == ["en", "nl", "de"]
    assert second.data["learning_outcomes"] == ["Apply A", "Design B"]


def test_codes_written_with_labels_and_numbers_in_text_fields():
    text = (
        "id,Country,field_of_education,EQF level,Price,Currency\n"
        '0042,NL - Netherlands,0613 - Software and applications development and analysis,6,"1,250.50",eur\n'
        "7,germany,0613,EQF 6,950,EUR\n"
    )
    first, second = tabular.load_csv(text.encode(), "c.csv")
    assert first.data["id"] == "0042"
    assert first.data["awarding_bodies"] == [{"country": "NL"}]
    assert first.data["field_of_education"] == "0613"
    assert first.data["price"] == {"amount": 1250.5, "currency": "EUR"}
    assert second.data["awarding_bodies"] == [{"country": "DE"}]
    assert second.data["level"] == {"eqf": 6}


def test_languages_zip_by_position_and_conflicting_columns_are_reported():
    text = (
        "id,learning_outcomes.en,learning_outcomes.nl,ECTS,workload.ects,title,title.nl\n"
        'z,"Apply A\nDesign B","Pas A toe\nOntwerp B",3,4,T,T-nl\n'
    )
    (document,) = tabular.load_csv(text.encode(), "z.csv")
    assert document.data["learning_outcomes"] == [
        {"en": "Apply A", "nl": "Pas A toe"},
        {"en": "Design B", "nl": "Ontwerp B"},
    ]
    assert document.data["workload"] == {"ects": 3}
    assert document.origins["/learning_outcomes/1/nl"].label() == "z!C2"
    # 'title' beside 'title.nl' in no language the row tells: kept aside with a warning, not read as the title
    assert document.data["title"] == {"nl": "T-nl"}
    assert located(document) == [
        ("MC-SS-001", "error", "/workload/ects", "z!E2"),
        ("MC-SS-001", "warning", "/extensions/unnamed_language/title", "z!F2"),
    ]
    assert "column D 'ECTS' already gives" in next(
        f.message for f in document.findings if f.pointer == "/workload/ects"
    )


def test_sparse_list_indexes_are_compacted_with_their_origins():
    text = "id,awarding_bodies.0.name,awarding_bodies.1.name,awarding_bodies.1.country\ns,,Second body,BE\n"
    (document,) = tabular.load_csv(text.encode(), "s.csv")
    assert document.data["awarding_bodies"] == [{"name": "Second body", "country": "BE"}]
    assert document.origins["/awarding_bodies/0/country"].label() == "s!D2"


def test_csv_row_over_a_limit_keeps_the_rows_before_it():
    big = "x" * (200 * 1024)
    text = f'id,title\nok,Fine\nbad,"{big}"\n'
    documents = tabular.load_csv(text.encode(), "big.csv", limits=Limits(max_string_chars=100 * 1024))
    assert documents[0].data["id"] == "ok"
    assert documents[-1].data is None and documents[-1].findings[0].rule == "MC-LD-005"
    assert "stopped after row 2" in documents[-1].findings[0].message


# ---------------------------------------------------------------- mapping


def test_mapping_file_names_other_columns_and_can_ignore_some(tmp_path):
    mapping = tmp_path / "map.yaml"
    mapping.write_text("Kursnummer: id\nLP: workload.ects\nDozent: null\n", encoding="utf-8")
    table = tmp_path / "k.csv"
    table.write_text("Kursnummer;LP;Dozent;Raum\nK1;5;Dr. X;H1\n", encoding="utf-8")
    without = load_file(table)
    assert without[0].data is None and "too few columns of the header in row 1" in without[0].findings[0].message
    assert "--mapping" in without[0].findings[0].hint
    (document,) = load_file(table, mapping=load_mapping(mapping))
    assert document.data == {"id": "K1", "workload": {"ects": 5}, "descriptor_version": "1.0"}
    assert located(document) == [("MC-SS-001", "warning", "", "k!D2")]
    assert load_file(table)[0].data is None, "a mapping belongs to the run that was given it"


def test_mapping_file_headers_are_read_as_written_by_yaml_1_2(tmp_path):
    """YAML 1.1 read the header "No" (a course number) as the boolean false and "0413" as the number 267."""
    mapping = tmp_path / "map.yaml"
    mapping.write_text("No: id\n0413: workload.ects\nOn: null\n", encoding="utf-8")
    assert load_mapping(mapping) == {normalise("No"): "id", normalise("0413"): "workload.ects", normalise("On"): None}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("- a\n- b\n", "a YAML mapping"),
        ("ECTS: workload.points\n", "not a descriptor field"),
        ("ECTS: [workload.ects]\n", "not a descriptor field"),
        ("'!!': id\n", "no letters or digits"),
        ("a: [unclosed\n", "cannot read the mapping file: not valid YAML"),
        (
            "ECTS: workload.ects\nECTS: workload.hours\n",
            "line 2: cannot read the mapping file: the key 'ECTS' is given twice",
        ),
        ("a: " + "[" * 100 + "]" * 100 + "\n", "line 1: cannot read the mapping file: nested more than"),
        ("a: 2027-02-30\n", "line 1: cannot read the mapping file: 2027-02-30 is not a date that exists"),
        ("ECTS: workload.ects\nx: " + "9" * 5000 + "\n", "line 2: cannot read the mapping file: the integer"),
    ],
)
def test_bad_mapping_files_are_configuration_errors_naming_the_file(tmp_path, content, words):
    # A mapping file is read by the bounded configuration reader, as rubric and waivers files are.
    mapping = tmp_path / "m.yaml"
    mapping.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=words) as info:
        load_mapping(mapping)
    assert str(mapping) in str(info.value)


def test_a_mapping_file_that_never_ends_is_not_read() -> None:
    with pytest.raises(ConfigError, match="not a regular file"):
        load_mapping("/dev/zero")


def test_check_command_takes_a_mapping(run_cli, tmp_path):
    mapping = tmp_path / "map.yaml"
    mapping.write_text("Kursnummer: id\n", encoding="utf-8")
    table = tmp_path / "k.csv"
    table.write_text("Kursnummer,Titel\nK1,Kurs\n", encoding="utf-8")
    result = run_cli("check", str(table), "--mapping", str(mapping), "--now", "2026-11-29", "--format", "json")
    data = json.loads(result.output)
    assert data["results"][0]["id"] == "K1"
    bad = tmp_path / "bad.yaml"
    bad.write_text("x: nowhere\n", encoding="utf-8")
    result = run_cli("check", str(table), "--mapping", str(bad))
    assert result.exit_code == 2 and "bad.yaml" in result.output


# ---------------------------------------------------------------- XLSX


HEADER = ["id", "title", "ECTS", "Awarding body", "Country", "workload.hours"]


def test_good_workbook_with_two_sheets_is_read_whole(tmp_path):
    workbook = openpyxl.Workbook()
    courses = workbook.active
    courses.title = "Courses"
    courses.append(["id", "title.en", "ECTS", "EQF level", "field_of_education", "Start date"])
    courses.append(["c1", "Course One", 5, 6, "0613", datetime(2027, 2, 1)])
    courses.append(["c2", "Course Two", 2.5, 5, "0714", None])
    modules = workbook.create_sheet("Short modules")
    modules.append(["Module catalogue (draft)"])
    modules.append(["id", "Title"])
    modules.append(["m1", "Module One"])
    path = tmp_path / "catalogue.xlsx"
    workbook.save(path)
    documents = load_file(path)
    assert [d.source for d in documents] == [
        f"{path} [Courses row 2]",
        f"{path} [Courses row 3]",
        f"{path} [Short modules row 3]",
    ]
    assert documents[0].data == {
        "id": "c1",
        "title": {"en": "Course One"},
        "workload": {"ects": 5},
        "level": {"eqf": 6},
        "field_of_education": "0613",
        "participation": {"schedule": {"start": "2027-02-01"}},
        "descriptor_version": "1.0",
    }
    assert documents[1].data["workload"] == {"ects": 2.5}
    assert documents[2].origins["/title"].label() == "Short modules!B3"
    assert all(d.format == "xlsx" and d.findings == [] for d in documents)
    assert path in list(iter_files([tmp_path]))


def test_formulas_use_saved_results_and_report_the_rest():
    raw = xlsx(
        xw.Sheet(
            "Courses",
            [
                (1, HEADER),
                (2, ["f1", ("f", 'A1&"x"', None), ("f", "2+3", "5"), "Body", "NL", ("f", "1/0", None)]),
                (3, ["f2", '=HYPERLINK("http://evil")', ("e", "#DIV/0!"), "Body", "NL", 10]),
            ],
        )
    )
    first, second = load_xlsx_bytes(raw)
    assert first.data["workload"] == {"ects": 5}
    assert "title" not in first.data
    assert located(first) == [
        ("MC-SS-002", "error", "/title", "Courses!B2"),
        ("MC-SS-002", "error", "/workload/hours", "Courses!F2"),
    ]
    assert "formula '=A1&\"x\"' with no saved result" in first.findings[0].message
    assert located(second) == [
        ("MC-SS-002", "error", "/title", "Courses!B3"),
        ("MC-SS-002", "error", "/workload/ects", "Courses!C3"),
    ]
    assert second.data["workload"] == {"hours": 10}


def test_merged_cells_down_are_read_per_row_and_across_are_reported():
    raw = xlsx(
        xw.Sheet(
            "Courses",
            [
                (1, HEADER),
                (2, ["m1", "One", 5, "Shared Body", "NL", None]),
                (3, ["m2", "Two", 3, None, "BE", 84]),
                (4, ["m3", "Three", None, None, "DE", None]),
            ],
            merges=["D2:D4", "E4:F4"],
        )
    )
    documents = load_xlsx_bytes(raw)
    assert [d.data["awarding_bodies"][0]["name"] for d in documents] == ["Shared Body"] * 3
    assert located(documents[1]) == [("MC-SS-002", "info", "/awarding_bodies/0/name", "Courses!D3")]
    assert located(documents[2]) == [
        ("MC-SS-002", "info", "/awarding_bodies/0/name", "Courses!D4"),
        ("MC-SS-002", "warning", "/workload/hours", "Courses!F4"),
    ]
    assert documents[2].data["awarding_bodies"] == [{"name": "Shared Body", "country": "DE"}]
    assert "covered by the merged cells E4:F4" in documents[2].findings[1].message


def test_hidden_sheets_of_descriptors_are_read_and_noted_others_reported_and_template_sheets_skipped():
    raw = xlsx(
        xw.Sheet("Instructions", [(1, ["Fill in one row per course"])]),
        xw.Sheet("Courses", [(1, ["id", "title"]), (2, ["h1", "Visible"])]),
        xw.Sheet("Old", [(1, ["id", "title"]), (2, ["h0", "Hidden"])], state="hidden"),
        xw.Sheet("Secret", [(1, ["id", "title"]), (2, ["h9", "Very hidden"])], state="veryHidden"),
        xw.Sheet("Lists", [(1, ["countries"]), (2, ["NL"])], state="hidden"),
        xw.Sheet("Codes", [(1, ["Country", "Language"]), (2, ["NL", "nl"])], state="hidden"),
        xw.Sheet("Scratch", [(1, ["Remember to update prices"])], state="hidden"),
        xw.Sheet("Notes", [(1, ["Remember to update prices"])]),
        xw.Sheet("Empty", []),
    )
    visible, old, secret = load_xlsx_bytes(raw)
    assert [d.data["title"] for d in (visible, old, secret)] == ["Visible", "Hidden", "Very hidden"]
    assert [d.source for d in (old, secret)] == ["courses.xlsx [Old row 2]", "courses.xlsx [Secret row 2]"]
    assert located(old) == [("MC-SS-003", "info", "", "Old!A2:B2")]
    assert old.findings[0].message == (
        "row 2 is on the hidden sheet 'Old'; it was read and checked like the rows of visible sheets"
    )
    assert located(secret) == [("MC-SS-003", "info", "", "Secret!A2:B2")]
    assert located(visible) == [
        ("MC-SS-003", "info", "", "Codes!A1"),
        ("MC-SS-003", "info", "", "Notes!A1"),
        ("MC-SS-003", "info", "", "Scratch!A1"),
    ]
    messages = [f.message for f in visible.findings]
    assert "the hidden sheet 'Codes' was not read" in messages
    assert "the hidden sheet 'Scratch' was not read" in messages


@pytest.mark.parametrize(
    ("sheets", "rule", "words"),
    [
        ([xw.Sheet("Empty", [])], "MC-LD-006", "no descriptor rows"),
        ([xw.Sheet("Courses", [(1, ["id", "title"])])], "MC-LD-006", "no descriptor rows"),
        ([xw.Sheet("Prose", [(1, ["Dear QA agency,"]), (2, ["please find attached"])])], "MC-SS-001", "no header row"),
        ([xw.Sheet("Only", [(1, ["id"])], state="hidden")], "MC-LD-006", "no descriptor rows"),
    ],
)
def test_workbooks_without_descriptors_are_one_error_document(sheets, rule, words):
    (document,) = load_xlsx_bytes(xlsx(*sheets))
    assert document.data is None and document.source == "courses.xlsx"
    assert document.findings[0].rule == rule and words in document.findings[0].message


def test_numbers_from_excel_become_strings_where_the_schema_wants_text():
    raw = xlsx(
        xw.Sheet(
            "Courses",
            [
                (1, ["id", "field_of_education", "level.nqf.level", "descriptor_version", "title", "eqar registered"]),
                (2, [12345, 613, 6, 1, 2027, 1]),
            ],
        )
    )
    (document,) = load_xlsx_bytes(raw)
    assert document.data == {
        "id": "12345",
        "field_of_education": "0613",
        "level": {"nqf": {"level": 6}},
        "descriptor_version": "1.0",
        "title": "2027",
        "quality_assurance": {"external": {"eqar_registered": True}},
    }
    assert located(document) == [("MC-SS-002", "info", "/field_of_education", "Courses!B2")]


def test_text_file_named_xlsx(tmp_path):
    path = tmp_path / "catalogue.xlsx"
    path.write_text("id,title\na,b\n", encoding="utf-8")
    (document,) = load_file(path)
    assert document.data is None and document.format == "xlsx"
    assert document.findings[0].rule == "MC-LD-001"
    assert "not an Excel workbook (an .xlsx file is a zip archive)" in document.findings[0].message


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_bomb_disguised_as_xlsx_is_refused_before_opening(tmp_path):
    bomb = _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/workbook.xml": b"<workbook/>",
            "xl/worksheets/sheet1.xml": b"<" + b"a" * (60 * 1024 * 1024) + b"/>",
        }
    )
    assert len(bomb) < 200_000
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(bomb)
    (document,) = load_file(path)
    finding = document.findings[0]
    assert document.data is None and finding.rule == "MC-LD-005"
    assert "compressed more than 200:1" in finding.message and "zip bomb" in finding.message


@pytest.mark.parametrize(
    ("members", "limits", "rule", "words"),
    [
        ({"a.txt": b"x"}, tabular.ZipLimits(), "MC-LD-001", "not an Excel workbook (no xl/workbook.xml)"),
        ({f"m{i}": b"" for i in range(30)}, tabular.ZipLimits(members=20), "MC-LD-005", "30 parts"),
        (
            {"[Content_Types].xml": b"x" * 5000, "xl/workbook.xml": b"y" * 5000},
            tabular.ZipLimits(total_bytes=8000),
            "MC-LD-005",
            "unpacks to 10,000 bytes",
        ),
    ],
)
def test_zip_limits(members, limits, rule, words):
    assert tabular.inspect_zip(_zip(members), limits)[:2][0] == rule
    assert words in str(tabular.inspect_zip(_zip(members), limits)[1])


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old-style .xls"),
        (b"PK\x03\x04 truncated", "broken zip archive"),
        (b"", "empty"),
    ],
)
def test_other_non_workbooks(raw, words):
    (document,) = load_xlsx_bytes(raw)
    assert document.data is None and words in document.findings[0].message


def test_broken_sheet_xml_becomes_a_finding():
    raw = xlsx(xw.Sheet("Courses", [(1, ["id", "title"]), (2, ["a", "b"])]))
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b"</sheetData>", b"<row r=")
    # The rows before the break are read, as in a sheet that states its dimension; the break is an error.
    read, document = load_xlsx_bytes(_zip(parts))
    assert read.data["title"] == "b"
    assert document.data is None and document.findings[0].rule in ("MC-LD-001", "MC-LD-002")
    assert "sheet 'Courses' stopped after row 2" in document.findings[0].message


def test_lying_dimension_does_not_pad_rows():
    raw = xlsx(xw.Sheet("Courses", [(1, ["id", "title"]), (2, ["a", "b"])], dimension="A1:XFD1048576"))
    (document,) = load_xlsx_bytes(raw)
    assert document.data["title"] == "b" and document.origins[""].label() == "Courses!A2:B2"


def test_ten_thousand_rows_stream_into_ten_thousand_documents():
    rows = [(1, ["id", "title", "ECTS", "Learning outcomes", "Country", "Assessment"])]
    rows += [(n, [f"c{n}", f"Course {n}", 5, "Apply X\nDesign Y", "NL", "project-work"]) for n in range(2, 10_002)]
    # Twice the default limit of rows (spreadsheet-rows), which a run may raise.
    documents = tabular.load_xlsx(xlsx(xw.Sheet("Big", rows)), "courses.xlsx", limits=Limits(spreadsheet_rows=10_001))
    assert len(documents) == 10_000
    assert documents[-1].source == "courses.xlsx [Big row 10001]"
    assert documents[-1].data["learning_outcomes"] == ["Apply X", "Design Y"]
    assert documents[-1].origins["/workload/ects"].label() == "Big!C10001"


def test_folder_walk_picks_up_spreadsheets(tmp_path):
    (tmp_path / "a.csv").write_text("id,title\nx,T\n", encoding="utf-8")
    (tmp_path / "b.xlsx").write_bytes(xlsx(xw.Sheet("S", [(1, ["id", "title"]), (2, ["y", "U"])])))
    assert [d.source for d in load_paths([tmp_path])] == [
        f"{tmp_path / 'a.csv'} [row 2]",
        f"{tmp_path / 'b.xlsx'} [S row 2]",
    ]


# ---------------------------------------------------------------- the sample


def test_sample_catalogue_findings_name_their_cells(tmp_path):
    from tests.conftest import SAMPLES

    sample = SAMPLES / "spreadsheets" / "catalogue.xlsx"
    report = check_documents(load_paths([SAMPLES / "spreadsheets"]), now=NOW)
    assert [(r.id, r.status) for r in report.results] == [
        ("HVS-GEO-01", "pass"),
        ("HVS-CARE-02", "pass"),
        ("HVS-AI-03", "fail"),
        ("HVS-FIN-04", "fail"),
    ]
    located_findings = {(r.id, f.rule, f.pointer, f.origin.label()) for r in report.results for f in r.findings}
    assert {
        ("HVS-CARE-02", "MC-SS-002", "/awarding_bodies/0/name", "Courses!D3"),
        ("HVS-AI-03", "MC-SC-001", "/workload/ects", "Courses!G4"),
        ("HVS-AI-03", "MC-EL-009", "/assessment", "Courses!K4"),
        ("HVS-AI-03", "MC-SS-001", "", "Courses!U4"),
        ("HVS-FIN-04", "MC-SS-002", "/workload/hours", "Courses!H5"),
    } <= located_findings
    assert all(f.origin is not None and f.origin.sheet == "Courses" for r in report.results for f in r.findings)
    spec = importlib.util.spec_from_file_location("make_catalogue", sample.parent / "make_catalogue.py")
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    maker.build(tmp_path / "catalogue.xlsx")
    regenerated = tabular.load_xlsx((tmp_path / "catalogue.xlsx").read_bytes(), "catalogue.xlsx")
    assert [d.data for d in regenerated] == [d.data for d in tabular.load_xlsx(sample.read_bytes(), "catalogue.xlsx")]


def test_delimiter_is_sniffed_from_the_header_row_below_a_title_row():
    text = "Catalogue 2027, draft\n\nid;title;ECTS;Hours\nt1;Title, with comma;5;140\n"
    (document,) = tabular.load_csv(text.encode(), "t.csv")
    assert document.data["title"] == "Title, with comma"
    assert document.data["workload"] == {"ects": 5, "hours": 140}
    assert document.source == "t.csv [row 4]"


def test_braces_in_file_and_sheet_names_are_plain_text(tmp_path):
    path = tmp_path / "cat{0}{row}.csv"
    path.write_text("id,title\nb1,Braces\n", encoding="utf-8")
    (document,) = load_file(path)
    assert document.source == f"{path} [row 2]"
    (sheet,) = load_xlsx_bytes(xlsx(xw.Sheet("Q{1}", [(1, ["id", "title"]), (2, ["b2", "T"])])), "w{x}.xlsx")
    assert sheet.source == "w{x}.xlsx [Q{1} row 2]" and sheet.origins["/title"].label() == "Q{1}!B2"


def test_a_visible_sheet_named_like_a_template_sheet_is_still_read():
    raw = xlsx(xw.Sheet("Lists", [(1, ["id", "title"]), (2, ["l1", "Listed"])]))
    (document,) = load_xlsx_bytes(raw)
    assert document.data["id"] == "l1"


def test_entity_expansion_in_sheet_xml_is_refused():
    raw = xlsx(xw.Sheet("Courses", [(1, ["id", "title"]), (2, ["a", "TITLE"])]))
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("?>", f"?><!DOCTYPE worksheet [{entities}]>", 1).replace(">TITLE<", ">&a9;<")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    (document,) = load_xlsx_bytes(_zip(parts))
    assert document.data is None and document.findings[0].rule in ("MC-LD-001", "MC-LD-002")


def test_a_sheet_whose_headers_mostly_name_nothing_is_not_read_as_descriptors(tmp_path):
    """A mapping table with a 'Type' or 'Description' column is not a catalogue: one refusal, no bogus rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Mapping"
    sheet.append(["Class", "Property", "Type", "Range", "Description", "Target"])
    sheet.append(["Elmo", "learner", "Learner", "xs:string", "The student", "elm:Person"])
    path = tmp_path / "mapping.xlsx"
    book.save(path)
    (document,) = load_file(path)
    assert document.data is None
    assert "too few columns of its header in row 1" in document.findings[0].message


def test_the_edc_issuer_workbook_layout_is_refused_by_name(tmp_path):
    """Class/Field/Type rows in column A are the EU issuer's bulk workbook, refused with what to do instead."""
    book = openpyxl.Workbook()
    credentials = book.active
    credentials.title = "Europass Credentials"
    credentials.append(["Credentials\nThis is the main sheet for issuing credentials."])
    credentials.append(["Class", "VerifiableCredential", "EuropassCredential"])
    credentials.append(["Field", "issuanceDate", "title"])
    credentials.append(["Type", "Property", "Property"])
    credentials.append([None, "2026-01-01", "Data Ethics"])
    catalogue = book.create_sheet("Courses")
    catalogue.append(["id", "title.en", "workload.ects"])
    catalogue.append(["c-1", "Data Ethics", 5])
    path = tmp_path / "issuer.xlsx"
    book.save(path)
    (document,) = load_file(path)
    assert document.data is None
    finding = document.findings[0]
    assert "EDC issuer bulk-issuing workbook" in finding.message and "'Europass Credentials'" in finding.message
    assert finding.origin is not None and finding.origin.sheet == "Europass Credentials"


def test_a_workbook_whose_zip_holds_a_part_twice_is_refused_naming_it() -> None:
    """zipfile (and so openpyxl) reads the last copy, Excel the first: what was checked could differ
    from what the provider sees."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["id", "title"])
    workbook.active.append(["a", "Data ethics in practice"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    doubled = io.BytesIO()
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(doubled, "w") as archive:
        for member in source.infolist():
            archive.writestr(member, source.read(member))
        archive.writestr("xl/worksheets/sheet1.xml", source.read("xl/worksheets/sheet1.xml"))
    (document,) = tabular.load_xlsx(doubled.getvalue(), "doubled.xlsx")
    (finding,) = document.findings
    assert (finding.rule, finding.message) == (
        "MC-LD-001",
        "the zip holds two parts named xl/worksheets/sheet1.xml, which programs read differently; it was not opened",
    )


@pytest.mark.parametrize("row", [2, 3])
def test_a_character_xml_forbids_in_a_small_sheet_stops_it_with_a_finding(row: int) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["id", "title"])
    for index in range(3):
        sheet.append([f"c{index}", "BADHERE" if index + 2 == row else f"Course {index}"])
    written = io.BytesIO()
    book.save(written)
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(written.getvalue())) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename).replace(b"BADHERE", b"Data\x0bcourse"))
    documents = tabular.load_xlsx(broken.getvalue(), "small.xlsx")
    assert [d.data["id"] for d in documents if d.data is not None] == [f"c{i}" for i in range(row - 2)]
    refusal = documents[-1]
    assert refusal.data is None and refusal.findings[0].rule == "MC-LD-002"
    assert f"reading sheet 'Courses' stopped after row {row - 1}" in refusal.findings[0].message


def test_a_csv_refused_for_two_reasons_is_one_error() -> None:
    """Over the column limit and with a header naming too few fields, one CSV counted as two errors."""
    header = ",".join(["title", "id", *(f"c{i}" for i in range(1200))])
    text = header + "\n" + ",".join(["T", "x", *("v" for _ in range(1200))]) + "\n"
    (document,) = tabular.load_csv(text.encode(), "wide.csv")
    assert document.data is None and [f.rule for f in document.findings] == ["MC-LD-005", "MC-SS-001"]


def test_a_missing_translation_is_placed_at_its_empty_cell() -> None:
    """MC-LG-002 sent the reader to the German cells, which were filled in, not to the empty (EN) ones."""
    text = (
        "Titel (DE),Title (EN),Sprachen,Lernergebnisse (DE),Lernergebnisse (EN)\n"
        "Datenethik,,Deutsch; Englisch,Daten analysieren und bewerten,\n"
    )
    (report,) = [check_documents(tabular.load_csv(text.encode(), "lg.csv"), now=NOW)]
    placed = {f.pointer: f.origin.label() for f in report.results[0].findings if f.rule == "MC-LG-002"}
    assert placed == {"/title/en": "lg!B2", "/learning_outcomes/0/en": "lg!E2"}


def test_a_date_that_can_only_be_day_first_settles_every_date_column_from_its_row_on() -> None:
    """Every Italian course starting on the 1st to the 12th of a month failed: 01/10/2026 was 'ambiguous',
    though the end date beside it, 20/12/2026, can only be day first."""
    text = "Titolo,Data inizio,Data fine\nCorso A,01/10/2026,20/12/2026\nCorso B,02/03/2027,04/05/2027\n"
    schedules = [d.data["participation"]["schedule"] for d in tabular.load_csv(text.encode(), "it.csv")]
    assert schedules == [
        {"start": "2026-10-01", "end": "2026-12-20"},
        {"start": "2027-03-02", "end": "2027-05-04"},
    ]


def test_a_sheet_without_a_day_first_date_keeps_an_ambiguous_one_as_typed() -> None:
    text = "Title,Start date,End date\nCourse,01/10/2026,02/11/2026\n"
    (document,) = tabular.load_csv(text.encode(), "en.csv")
    assert document.data["participation"]["schedule"] == {"start": "01/10/2026", "end": "02/11/2026"}


def test_empty_language_columns_beside_a_long_list_place_only_its_first_items() -> None:
    """133 empty language columns beside a cell of 250,000 outcomes made a pointer for every item in every
    column, and the run ran out of memory."""
    languages = ["de", "fr", "es", "it", "nl", "pl", "pt", "cs", "da", "fi"]
    header = ",".join(
        ["id", "title", "languages", "learning_outcomes (EN)"] + [f"learning_outcomes ({c.upper()})" for c in languages]
    )
    items = "\n".join(f"Apply method {i} to a case." for i in range(5_000))
    text = header + "\n" + ",".join(["x", "T", "en", f'"{items}"'] + [""] * len(languages)) + "\n"
    (document,) = tabular.load_csv(text.encode(), "many.csv")
    assert len(document.data["learning_outcomes"]) == 5_000
    placed = [p for p in document.origins if p.startswith("/learning_outcomes/") and p.endswith("/de")]
    assert len(placed) == 100 and document.origins["/learning_outcomes/0/de"].label() == "many!E2"
    assert len(document.origins) < 5_000 * 2 + len(languages) * 100 + 10
