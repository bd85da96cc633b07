"""Hostile archives, spreadsheets and JSON-LD are answered with one located finding, in bounded work.

Every input is generated here, in memory (nothing large is committed), and checked through the
runner beside two good descriptors, which must keep the results they have on their own. Each case
asserts the finding the input gets: its rule, its message naming the limit, and the member, sheet
and cell or pointer where reading stopped. Wall-clock time is not asserted; the limits bound the work.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml

from qa_checker.document import Document
from qa_checker.findings import Finding
from qa_checker.importers import import_documents
from qa_checker.limits import Limits, tunable
from qa_checker.loaders import Loaders
from qa_checker.results import Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run

ROOT = Path(__file__).resolve().parents[2]
GOOD_OFFER = ROOT / "qa_checker" / "data" / "good-offer.yaml"
ELM_CREDENTIAL = ROOT / "tests" / "fixtures" / "importers" / "elm" / "credential-full.jsonld"
NOW = datetime(2026, 11, 29, 12, tzinfo=timezone.utc)
GOOD_IDS = ("good-one", "good-two")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CTDL_CONTEXT = "https://credreg.net/ctdl/schema/context/json"


# ---------------------------------------------------------------- running a batch


def _good_yaml(identifier: str) -> str:
    data = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    data["id"] = identifier
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _verdicts(results: list[Result]) -> dict[str | None, tuple[str, float | None, list[tuple[str, str]]]]:
    return {r.id: (r.status, r.score, sorted((f.rule, f.pointer) for f in r.findings)) for r in results}


def _run(folder: Path, limits: Limits) -> list[Result]:
    return run([folder], RunConfig(rubric=load_rubric(), now=NOW, limits=limits, jobs=1)).results


@pytest.fixture(scope="module")
def goods_alone(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, Any]:
    """The results of the two good descriptors checked on their own."""
    folder = tmp_path_factory.mktemp("goods")
    for identifier in GOOD_IDS:
        (folder / f"{identifier}.yaml").write_text(_good_yaml(identifier), encoding="utf-8")
    verdicts = _verdicts(_run(folder, Limits()))
    assert set(verdicts) == set(GOOD_IDS)
    return verdicts


@dataclass
class Batch:
    """The results of one hostile input, checked in a folder beside the two good descriptors."""

    path: Path
    results: list[Result]

    def only(self, rule: str) -> tuple[Result, Finding]:
        """The one result of the input with a finding of ``rule``, and that finding."""
        found = [(r, f) for r in self.results for f in r.findings if f.rule == rule]
        assert len(found) == 1, [(r.source, f.rule, f.message) for r in self.results for f in r.findings]
        return found[0]


@pytest.fixture
def batch(tmp_path: Path, goods_alone: dict[str | None, Any]) -> Callable[..., Batch]:
    def check(name: str, content: bytes, limits: Limits | None = None) -> Batch:
        folder = tmp_path / "batch"
        folder.mkdir(exist_ok=True)
        for identifier in GOOD_IDS:
            (folder / f"{identifier}.yaml").write_text(_good_yaml(identifier), encoding="utf-8")
        path = folder / name
        path.write_bytes(content)
        results = _run(folder, limits or Limits())
        goods = [r for r in results if r.id in GOOD_IDS and not r.source.startswith(str(path))]
        assert _verdicts(goods) == goods_alone, "the good descriptors beside the input changed their results"
        mine = [r for r in results if r.source.startswith(str(path))]
        assert len(mine) == len(results) - len(GOOD_IDS)
        assert not any(f.rule.startswith("MC-EN") for r in mine for f in r.findings), "an internal error or timeout"
        return Batch(path, mine)

    return check


def test_the_new_limits_are_tunable_with_their_defaults() -> None:
    options = tunable()
    assert options["archive-members"][1] == 10_000
    assert options["spreadsheet-rows"][1] == 5_000
    assert options["spreadsheet-columns"][1] == 1_000
    assert options["jsonld-nodes"][1] == 50_000


# ---------------------------------------------------------------- zip archives


@dataclass
class _Member:
    name: str
    data: bytes  # as stored (already deflated when method is 8)
    crc: int
    size: int  # the uncompressed size the headers declare
    method: int = 0


def _stored(name: str, content: bytes) -> _Member:
    return _Member(name, content, zlib.crc32(content), len(content))


def _deflated(name: str, content: bytes) -> _Member:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return _Member(name, packer.compress(content) + packer.flush(), zlib.crc32(content), len(content), method=8)


def _repeated(name: str, block: bytes, times: int) -> _Member:
    """A deflated member of ``block`` repeated ``times`` times, compressed once (a zip bomb)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    return _Member(name, chunk * times + end, crc, len(block) * times, method=8)


def _zip(members: list[_Member]) -> bytes:
    """A zip archive written field by field, so a member's headers can declare what a test needs."""
    out, directory = io.BytesIO(), io.BytesIO()
    for member in members:
        name = member.name.encode()
        offset = out.tell()
        out.write(
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                0x800,
                member.method,
                0,
                0x21,
                member.crc,
                len(member.data),
                member.size,
                len(name),
                0,
            )
        )
        out.write(name + member.data)
        directory.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                0x0314,
                20,
                0x800,
                member.method,
                0,
                0x21,
                member.crc,
                len(member.data),
                member.size,
                len(name),
                0,
                0,
                0,
                0,
                0o100644 << 16,
                offset,
            )
        )
        directory.write(name)
    start = out.tell()
    out.write(directory.getvalue())
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory.getvalue()), start, 0)
    )
    return out.getvalue()


def test_an_archive_over_the_member_limit_is_refused_before_its_members_are_read(batch: Callable[..., Batch]) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for index in range(10_001):
            archive.writestr(f"d/{index:05d}.yaml", b"x: 1\n")
    checked = batch("many.zip", out.getvalue())
    result, finding = checked.only("MC-LD-005")
    assert len(checked.results) == 1 and result.source == str(checked.path) and result.status == "error"
    assert (
        finding.message == "the archive has 10,001 members, over the limit of 10,000 (archive-members); it was not read"
    )


def test_an_archive_cut_in_half_is_truncated_or_damaged(batch: Callable[..., Batch]) -> None:
    whole = _zip([_deflated(f"part/{i:02d}.yaml", _good_yaml(f"cut-{i}").encode()) for i in range(10)])
    checked = batch("truncated.zip", whole[: len(whole) // 2])
    result, finding = checked.only("MC-LD-001")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message == (
        "not a readable zip archive: it is truncated or damaged (it has no end-of-archive "
        "record: the file is cut short, or is not a zip archive)"
    )


def test_an_archive_of_nothing_readable_is_one_finding(batch: Callable[..., Batch]) -> None:
    checked = batch("nothing.zip", _zip([_deflated("batch/good-offer.yamu", b"x: 1\n"), _stored("", b"?")]))
    result, finding = checked.only("MC-LD-006")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message == ("the archive holds no file qa-checker reads (descriptors, credentials or spreadsheets)")


def _outer_with_inner() -> tuple[bytes, bytes]:
    inner = _zip(
        [
            _deflated("smuggled/a.yaml", _good_yaml("smuggled-one").encode()),
            _deflated("smuggled/b.yaml", _good_yaml("smuggled-two").encode()),
        ]
    )
    padding = random.Random(7).randbytes(40_000)
    outer = _zip(
        [
            _stored("a/first.yaml", _good_yaml("outer-first").encode()),
            _stored("a/inner.zip", inner),
            _stored("a/tail.bin", padding),
            _stored("a/tail.yaml", padding),
        ]
    )
    return outer, inner


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        (100, "its end-of-archive record does not close the file: the file is cut short, or data follows it"),
        (
            0,
            "its directory does not end where its end-of-archive record begins: the file is cut short, or holds "
            "another archive",
        ),
    ],
)
def test_a_truncated_archive_is_not_read_as_the_inner_archive_it_ends_in(
    batch: Callable[..., Batch], extra: int, reason: str
) -> None:
    outer, inner = _outer_with_inner()
    end = outer.index(inner) + len(inner)
    with zipfile.ZipFile(io.BytesIO(outer[:end])) as found:  # what zipfile alone makes of it
        assert found.namelist() == ["smuggled/a.yaml", "smuggled/b.yaml"]
    checked = batch("truncated-inner.zip", outer[: end + extra])
    result, finding = checked.only("MC-LD-001")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message == f"not a readable zip archive: it is truncated or damaged ({reason})"
    assert not any("smuggled" in (r.id or "") or "smuggled" in r.source for r in checked.results)


# ---------------------------------------------------------------- spreadsheets


def _workbook(rows: list[list[Any]], title: str = "Courses") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_parts(parts: dict[str, _Member | bytes]) -> bytes:
    """A small valid workbook with some parts replaced or added (hostile XML, a bomb)."""
    base = _workbook([["id", "title"], ["x-1", "Course"]])
    members: list[_Member] = []
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        for info in archive.infolist():
            given = parts.pop(info.filename, None)
            members.append(
                given
                if isinstance(given, _Member)
                else _deflated(info.filename, archive.read(info) if given is None else given)
            )
    members.extend(given if isinstance(given, _Member) else _deflated(name, given) for name, given in parts.items())
    return _zip(members)


def _sheet(rows: str, before: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}">{before}<sheetData>{rows}'
        "</sheetData></worksheet>"
    ).encode()


def test_formula_rows_past_the_row_limit_are_one_finding_naming_the_cell(batch: Callable[..., Batch]) -> None:
    rows: list[list[Any]] = [["id", "title", "workload.ects"]]
    rows += [[f"course-{i}", f'=CONCAT("Course ",{i})', f"=A{i + 1}*0+5"] for i in range(1, 121)]
    checked = batch("formulas.xlsx", _workbook(rows), Limits(spreadsheet_rows=50))
    result, finding = checked.only("MC-LD-005")
    assert result.source == str(checked.path) and result.status == "error"
    assert finding.message == (
        "the file has more than 50 rows holding data, over the limit of 50 (spreadsheet-rows); "
        "reading stopped at Courses!A51: that row, the rows after it and any later sheet were "
        "not read"
    )
    assert (finding.origin.sheet, finding.origin.cell) == ("Courses", "A51")
    rows_read = [r for r in checked.results if r is not result]
    assert [r.id for r in rows_read] == [f"course-{i}" for i in range(1, 50)]
    # Read in one pass, the formula of a cell without a saved result is still reported with its text.
    formulas = {f.origin.cell: f.message for f in rows_read[0].findings if f.rule == "MC-SS-002"}
    assert formulas["B2"].startswith("""B2 holds the formula '=CONCAT("Course ",1)' with no saved result""")
    assert formulas["C2"].startswith("C2 holds the formula '=A2*0+5' with no saved result")


def test_twenty_thousand_formula_rows_stop_at_the_default_row_limit() -> None:
    rows: list[list[Any]] = [["id", "title", "workload.ects"]]
    rows += [[f"course-{i}", f'=CONCAT("Course ",{i})', f"=A{i + 1}*0+5"] for i in range(1, 20_001)]
    documents = Loaders().load_member(_workbook(rows), "formulas.xlsx", "formulas.xlsx")
    assert len(documents) == 5_000 and documents[-2].source == "formulas.xlsx [Courses row 5000]"
    (finding,) = documents[-1].findings
    assert finding.rule == "MC-LD-005" and "more than 5,000 rows holding data" in finding.message
    assert finding.origin.label() == "Courses!A5001"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_data_past_the_column_limit_is_one_finding_naming_the_cell(batch: Callable[..., Batch], suffix: str) -> None:
    header = ["id", "title", *[f"extensions.c{i}" for i in range(4_998)]]
    row = ["wide-1", "Wide", *[str(i) for i in range(4_998)]]
    if suffix == ".xlsx":
        content, sheet = _workbook([header, row]), "Courses"
    else:
        text = io.StringIO()
        csv.writer(text).writerows([header, row])
        content, sheet = text.getvalue().encode(), "wide"
    checked = batch(f"wide{suffix}", content)
    result, finding = checked.only("MC-LD-005")
    assert result.source == str(checked.path)
    assert finding.message == (
        f"sheet '{sheet}' has data in ALM1, past the limit of 1,000 columns "
        "(spreadsheet-columns); columns from ALM on were not read in any row"
    )
    assert (finding.origin.sheet, finding.origin.cell) == (sheet, "ALM1")
    (document,) = [r for r in checked.results if r is not result]
    assert document.id == "wide-1"
    assert document.data is not None and len(document.data["extensions"]) == 998


def test_a_csv_line_of_ten_megabytes_stops_at_max_string_chars(batch: Callable[..., Batch]) -> None:
    checked = batch("one-line.csv", b"id,title," + b"x" * (10 * 1000 * 1000 - 9), Limits(max_bytes=20_000_000))
    result, finding = checked.only("MC-LD-005")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message == (
        "reading sheet 'one-line' stopped after row 0: the next row holds a cell of more than 5,242,880 "
        "characters, over the limit of 5,242,880 (max-string-chars); it and the rows after it were not read"
    )
    assert finding.origin.label() == "one-line!A1"


def test_a_million_rows_of_delimiters_give_no_documents(batch: Callable[..., Batch]) -> None:
    content = b"id,title\ncsv-1,Data ethics\n" + b",\n" * 1_000_000 + b" , \n" * 200_000
    checked = batch("delimiters.csv", content)
    assert [(r.source, r.id) for r in checked.results] == [(f"{checked.path} [row 2]", "csv-1")]


def test_a_sheet_of_a_gigabyte_deflated_is_refused_unopened(batch: Callable[..., Batch]) -> None:
    cell = b'<c r="A1"><v>1</v></c>'
    block = cell * ((1 << 20) // len(cell))
    bomb = _repeated("xl/worksheets/sheet1.xml", block, 1024)
    checked = batch("bomb.xlsx", _with_parts({"xl/worksheets/sheet1.xml": bomb}))
    result, finding = checked.only("MC-LD-005")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message.startswith("the workbook unpacks to 1,07")
    assert finding.message.endswith("bytes, over the limit of 134,217,728; it was not opened")


def test_a_shared_strings_bomb_is_refused_unopened(batch: Callable[..., Batch]) -> None:
    rng = random.Random(3)
    strings = b"".join(b"<si><t>%s</t></si>" % rng.choice([b"a", b"b", b"c", b"d"]) for _ in range(300_000))
    table = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}">').encode() + strings + b"</sst>"
    member = _deflated("xl/sharedStrings.xml", table)
    assert member.size < 200 * len(member.data), "under the compression-ratio refusal"
    with zipfile.ZipFile(io.BytesIO(_workbook([["id"]]))) as book:
        types = book.read("[Content_Types].xml")
    # Declared, so that openpyxl reads it (4,000,000 such strings took it 40 s and 430 MB).
    declared = types.replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    assert declared != types
    checked = batch("strings.xlsx", _with_parts({"xl/sharedStrings.xml": member, "[Content_Types].xml": declared}))
    result, finding = checked.only("MC-LD-005")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message == (
        "the workbook holds more than 1,000,000 XML tags to parse before its rows can be read "
        "(its shared strings), over what 5,000 rows (spreadsheet-rows) allow; it was not opened"
    )


def test_a_row_of_three_hundred_thousand_cells_stops_where_the_budget_is_spent(batch: Callable[..., Batch]) -> None:
    rng = random.Random(5)
    cells = "".join(f"<c><v>{rng.randint(0, 9)}</v></c>" for _ in range(300_000))
    sheet = _sheet(f'<row r="1">{cells}</row>', before='<dimension ref="A1"/>')
    checked = batch("wide-row.xlsx", _with_parts({"xl/worksheets/sheet1.xml": sheet}))
    result, finding = checked.only("MC-LD-005")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message == (
        "the workbook's XML holds more than 1,000,000 tags by Courses!A1, over what 5,000 rows "
        "(spreadsheet-rows) allow; reading stopped there: that row, the rows after it and any "
        "later sheet were not read"
    )
    assert finding.origin.label() == "Courses!A1"


def test_a_styles_bomb_is_refused_unopened(batch: Callable[..., Batch]) -> None:
    rng = random.Random(11)
    formats = "".join(
        f'<xf numFmtId="{rng.randint(0, 200)}" fontId="0" fillId="0" borderId="0"/>' for _ in range(120_000)
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN_NS}"><cellXfs>{formats}</cellXfs></styleSheet>'
    ).encode()
    member = _deflated("xl/styles.xml", styles)
    assert member.size < 200 * len(member.data), "under the compression-ratio refusal"
    checked = batch("styles.xlsx", _with_parts({"xl/styles.xml": member}))
    result, finding = checked.only("MC-LD-005")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message == (
        "the workbook's styles, names, properties and sheet settings hold more than 100,000 XML "
        "tags, far more than a catalogue needs; it was not opened"
    )


def test_overlapping_merged_areas_pay_for_the_cells_they_fill_in(batch: Callable[..., Batch]) -> None:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>title</t></is></c></row>'
    rows += "".join(
        f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>m-{i}</t></is></c><c r="B{i}" t="inlineStr">'
        f"<is><t>Title {i}</t></is></c></row>"
        for i in range(2, 40)
    )
    merges = "".join(f'<mergeCell ref="B2:ALL{1_000_000 - i}"/>' for i in range(2_000))
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><dimension ref="A1:ALL1000000"/>'
        f'<sheetData>{rows}</sheetData><mergeCells count="2000">{merges}</mergeCells></worksheet>'
    ).encode()
    checked = batch("merges.xlsx", _with_parts({"xl/worksheets/sheet1.xml": sheet}), Limits(spreadsheet_rows=20))
    result, finding = checked.only("MC-LD-005")
    assert result.source == str(checked.path)
    assert finding.message.startswith("the workbook's XML holds more than 4,000 tags by Courses!A")
    assert finding.origin.sheet == "Courses"
    assert 1 <= len(checked.results) - 1 <= 5


def test_a_truncated_workbook_is_truncated_or_damaged(batch: Callable[..., Batch]) -> None:
    whole = _workbook([["id", "title"], ["t-1", "Course"]])
    checked = batch("cut.xlsx", whole[: len(whole) - 40])
    result, finding = checked.only("MC-LD-001")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message.startswith(
        "the file is not a readable .xlsx (broken zip archive: it is truncated or damaged: "
    )


# ---------------------------------------------------------------- JSON-LD


def _ctdl_graph(nodes: int) -> bytes:
    """Ten courses owned by the other ``nodes - 10`` organisations of the graph."""
    courses, graph = 10, []
    for i in range(courses):
        graph.append(
            {
                "@id": f"https://r.example/course/{i}",
                "@type": "ceterms:Course",
                "ceterms:ctid": f"ce-{i}",
                "ceterms:name": {"en": f"Course {i}"},
                "ceterms:ownedBy": [f"https://r.example/org/{j}" for j in range(i, nodes - courses, courses)],
            }
        )
    graph.extend(
        {
            "@id": f"https://r.example/org/{j}",
            "@type": "ceterms:CredentialOrganization",
            "ceterms:name": {"en": f"Org {j}"},
        }
        for j in range(nodes - courses)
    )
    return json.dumps({"@context": CTDL_CONTEXT, "@graph": graph}).encode()


def _jsonld_over_limit(finding: Finding) -> None:
    assert re.match(
        r"reading the JSON-LD document takes more than ([\d,]+) node keys and values, over the limit of \1 "
        r"\(jsonld-nodes; a node reached again through a reference counts again\); reading stopped at ",
        finding.message,
    ), finding.message
    assert finding.message.endswith(" and nothing was imported")
    assert finding.origin is not None and finding.origin.pointer in finding.message


def test_a_ctdl_graph_of_twenty_thousand_nodes_is_read_within_a_limit_that_grows_with_it(
    batch: Callable[..., Batch],
) -> None:
    """Left at its default, the read limit grows with the document: each node read a few times is a
    catalogue, not an attack (the ten courses of 20,000 nodes are read in well under a second)."""
    checked = batch("ctdl-graph.json", _ctdl_graph(20_000))
    assert sorted(r.id for r in checked.results) == sorted(f"ce-{i}" for i in range(10))


def test_a_ctdl_graph_over_a_limit_given_is_refused_naming_it(batch: Callable[..., Batch]) -> None:
    document = Document("ctdl-graph.json", json.loads(_ctdl_graph(20_000)), "json")
    (refused,) = import_documents(document, Limits(jsonld_nodes=40_000))
    (finding,) = (f for f in refused.findings if f.rule == "MC-LD-005")
    _jsonld_over_limit(finding)
    assert "over the limit of 40,000" in finding.message
    assert finding.origin is not None and finding.origin.pointer.startswith("/@graph/")


def test_a_ctdl_catalogue_within_the_limit_gives_one_descriptor_per_course(batch: Callable[..., Batch]) -> None:
    checked = batch("ctdl-catalogue.json", _ctdl_graph(1_000))
    assert sorted(r.id for r in checked.results) == sorted(f"ce-{i}" for i in range(10))


def _elm_claims(claims: int, outcomes: int) -> dict[str, Any]:
    """An ELM credential whose claims all name one specification, by reference."""
    spec = {
        "id": "urn:spec",
        "type": "LearningAchievementSpecification",
        "title": {"en": "Spec"},
        "learningOutcome": [
            {"id": f"urn:lo:{i}", "type": "LearningOutcome", "title": {"en": f"Apply {i}"}} for i in range(outcomes)
        ],
    }
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:cred",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": {"id": "urn:org", "type": "Organisation", "legalName": {"en": "Org"}},
        "credentialSubject": {
            "id": "urn:subject",
            "type": "Person",
            "hasClaim": [
                {"id": f"urn:claim:{i}", "type": "LearningAchievement", "specifiedBy": "urn:spec"}
                for i in range(claims)
            ],
        },
        "termsOfUse": [spec],
    }


def test_references_cannot_multiply_the_work_of_an_import(batch: Callable[..., Batch]) -> None:
    """1,000 claims naming one specification of 2,000 outcomes took 90 s and 1.7 GB to import."""
    small = import_documents(Document("small.jsonld", _elm_claims(3, 3), "json"))
    assert [len(d.data["learning_outcomes"]) for d in small] == [3, 3, 3]
    checked = batch("claims.jsonld", json.dumps(_elm_claims(1_000, 2_000)).encode())
    result, finding = checked.only("MC-LD-005")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    _jsonld_over_limit(finding)


def test_the_import_budget_is_the_run_s_limit_when_given() -> None:
    document = Document("claims.jsonld", _elm_claims(20, 20), "json")
    (refused,) = import_documents(document, Limits(jsonld_nodes=100))
    assert refused.data is None and "over the limit of 100 (jsonld-nodes" in refused.findings[-1].message
    assert len(import_documents(document)) == 20


def test_a_graph_nested_sixty_four_levels_deep_is_too_deep(batch: Callable[..., Batch]) -> None:
    node: dict[str, Any] = {"@id": "urn:leaf", "@type": "ceterms:Course", "ceterms:name": {"en": "Deep"}}
    for level in range(64):
        node = {"@id": f"urn:g{level}", "@graph": [node]}
    node["@context"] = CTDL_CONTEXT
    checked = batch("nested.jsonld", json.dumps(node).encode())
    result, finding = checked.only("MC-LD-004")
    assert len(checked.results) == 1 and result.source == str(checked.path)
    assert finding.message.startswith("the document is nested more than 64 levels deep")


def test_an_elm_credential_with_two_megabytes_in_every_field_is_refused(batch: Callable[..., Batch]) -> None:
    data = json.loads(ELM_CREDENTIAL.read_text(encoding="utf-8"))

    def anchored(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: anchored(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [anchored(v, key) for v in node]
        return "BIG" if isinstance(node, str) and key not in ("@context", "type", "@type") else node

    text = yaml.safe_dump(anchored(data), sort_keys=False, width=10_000)
    text = text.replace("BIG", "*big").replace("*big", "&big " + "x" * 2_000_000, 1)
    checked = batch("elm-big.yaml", text.encode())
    result, _finding = checked.only("MC-LD-005")
    assert len(checked.results) == 1 and result.source == str(checked.path)


def test_a_jws_with_a_four_megabyte_payload_is_read_once() -> None:
    import base64

    def part(raw: bytes) -> bytes:
        return base64.urlsafe_b64encode(raw).rstrip(b"=")

    data = json.loads(ELM_CREDENTIAL.read_text(encoding="utf-8"))
    data["credentialSubject"]["hasClaim"]["title"] = {"en": "t" * 3_000_000}
    token = part(b'{"alg":"none"}') + b"." + part(json.dumps({"vc": data}).encode()) + b"." + part(b"sig")
    assert len(token) > 4_000_000
    (document,) = Loaders().load_member(token, "big.jwt", "big.jwt")
    assert document.data is not None and document.data["id"] == data["id"]
    assert document.imported_from == "ELM v3 EuropeanDigitalCredential (from JWT payload, JWT claims)"
    assert not any(f.rule.startswith("MC-LD") for f in document.findings)


def test_a_member_leaving_the_archive_by_backslashes_is_refused_not_skipped(tmp_path: Path) -> None:
    """'..\\x.yaml' read as a hidden file was passed over without a word; it is a way out, as '../x.yaml'."""
    good = _good_yaml("good-one").encode()
    archive = tmp_path / "ways-out.zip"
    archive.write_bytes(_zip([_stored(name, good) for name in ("..\\x.yaml", "a\\..\\..\\y.yaml", "ok.yaml")]))
    results = _run(archive, Limits())
    refused = {r.source.split("!", 1)[1]: [f.rule for f in r.findings] for r in results if r.status == "error"}
    assert refused == {"..\\x.yaml": ["MC-LD-001"], "a\\..\\..\\y.yaml": ["MC-LD-001"]}
    assert [r.id for r in results if r.status != "error"] == ["good-one"]


def test_members_of_the_same_name_are_each_checked_under_a_source_of_their_own(tmp_path: Path) -> None:
    archive = tmp_path / "twice.zip"
    archive.write_bytes(
        _zip([_stored("a.yaml", _good_yaml("good-one").encode()), _stored("a.yaml", _good_yaml("good-two").encode())])
    )
    results = _run(archive, Limits())
    assert [(r.source.split("!", 1)[1], r.id) for r in results] == [("a.yaml", "good-one"), ("a.yaml (2)", "good-two")]
