"""Run every fuzz target for a while, from seeds made of the bundled good offer and the samples.

    python fuzz/run.py --seconds 20                 # CI: 20 s per target, exit 1 on any crash
    python fuzz/run.py --seconds 300 --save         # longer; crashing inputs become regression fixtures
    python fuzz/run.py --targets yaml zip --runs 50000

Each target runs as its own process (``fuzz/fuzz_<name>.py``, libFuzzer options), with a per-input
timeout of 10 s (the hostile-input budget) and an RSS limit. A crash, timeout or out-of-memory input is
kept in ``WORKDIR/<target>/artifacts``; with ``--save`` it is also written, as the file it stands for,
to ``tests/hostile/fuzz_regressions/`` where ``test_fuzz_regressions.py`` runs it through the checker.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLES = ROOT / "samples"
GOOD_OFFER = ROOT / "qa_checker" / "data" / "good-offer.yaml"
REGRESSIONS = ROOT / "tests" / "hostile" / "fuzz_regressions"
TARGETS = ("json", "yaml", "csv", "xlsx", "ods", "zip", "jsonld", "html", "xml")
XML_FIXTURES = ROOT / "tests" / "importers" / "fixtures_xml"
MAX_LEN = {"xlsx": 65536, "ods": 65536, "zip": 65536}

# Tokens libFuzzer splices into inputs: the syntax and the terms the parsers and importers react to.
DICTIONARIES = {
    "json": [
        '"descriptor_version"',
        '"1.0"',
        '"@context"',
        '"@graph"',
        '"type"',
        '"title"',
        '"en"',
        "NaN",
        "Infinity",
        "1e999",
        "-0",
        "\\ud800",
        "\\u0000",
        "[[[[",
        "{{{{",
        "true",
        "null",
    ],
    "yaml": [
        "&a ",
        "*a",
        "<<: ",
        "!!python/object:",
        "!!binary",
        "!!set",
        "!!omap",
        "---",
        "...",
        "? ",
        ": ",
        "- ",
        "[",
        "{",
        "|-",
        ">+",
        ".inf",
        ".nan",
        "0x",
        "0o",
        "1_000",
        "~",
        "%YAML 1.1",
        "%TAG ! tag:x:",
        "\\x00",
        "\\ud800",
        "descriptor_version: '1.0'",
    ],
    "csv": [
        "sep=;",
        '"',
        '""',
        ",",
        ";",
        "\t",
        "\r\n",
        "title.en",
        "workload.ects",
        "learning_outcomes",
        "ECTS",
        "EQF level",
        "=1+1",
        "@SUM(",
        "+cmd|",
        "#REF!",
        "extensions.x",
        "\ufeff",
    ],
    "xlsx": [
        "PK\x03\x04",
        "PK\x01\x02",
        "PK\x05\x06",
        "xl/workbook.xml",
        "[Content_Types].xml",
        "<f>",
        "<v>",
        't="s"',
        "<mergeCell ref=",
        "<!DOCTYPE",
        "<!ENTITY",
    ],
    "ods": [
        "PK\x03\x04",
        "mimetype",
        "application/vnd.oasis.opendocument.spreadsheet",
        "content.xml",
        "META-INF/manifest.xml",
        "<manifest:encryption-data",
        "<table:table ",
        "<table:table-row ",
        "<table:table-cell ",
        "<table:covered-table-cell/>",
        "<table:table-row-group ",
        "<text:p>",
        "</text:p>",
        "<text:span>",
        '<text:s text:c="1000000000"/>',
        "<text:tab/>",
        "<text:line-break/>",
        "<text:a xlink:href=",
        "<office:annotation>",
        'table:number-columns-repeated="1048576"',
        'table:number-rows-repeated="1048576"',
        'table:number-columns-spanned="99999"',
        'table:number-rows-spanned="99999"',
        'table:visibility="collapse"',
        'table:display="false"',
        'office:value-type="float"',
        'office:value-type="date"',
        'office:value-type="boolean"',
        'office:value-type="string"',
        'office:value="NaN"',
        'office:value="1e999"',
        'office:date-value="2026-03-01T10:00:00+02:00"',
        'office:boolean-value="maybe"',
        'office:string-value="',
        'table:formula="of:=SUM([.A1])"',
        '<table:null-date table:date-value="1904-01-01"/>',
        "<!DOCTYPE",
        "<!ENTITY",
        "&#xD800;",
        "\ufeff",
    ],
    "zip": [
        "PK\x03\x04",
        "PK\x01\x02",
        "PK\x05\x06",
        "PK\x06\x06",
        "PK\x06\x07",
        "../",
        ".yaml",
        ".json",
        ".zip",
        ".xlsx",
        ".csv",
        "__MACOSX/",
        "\x00\x00\x00\x00",
    ],
    "jsonld": [
        '"@context"',
        '"@graph"',
        '"@id"',
        '"@type"',
        '"@value"',
        '"@language"',
        '"type"',
        '"id"',
        '"credentialSubject"',
        '"hasClaim"',
        '"specifiedBy"',
        '"achievement"',
        '"EuropeanDigitalCredential"',
        '"Qualification"',
        '"LearningOpportunity"',
        '"AchievementCredential"',
        '"OpenBadgeCredential"',
        '"Achievement"',
        '"ceterms:Course"',
        '"ceterms:ownedBy"',
        '"payload"',
        '"signatures"',
        '"vc"',
        '"verifiableCredential"',
        '"VerifiablePresentation"',
        '"http://data.europa.eu/snb/model/context/edc-ap"',
        '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"',
        '"https://credreg.net/ctdl/schema/context/json"',
        '"http://data.europa.eu/snb/eqf/6"',
        '"PT40H"',
        ".",
    ],
    "html": [
        '<script type="application/ld+json">',
        "</script>",
        "<script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<html>",
        '"@context"',
        '"https://schema.org"',
        '"@type"',
        '"@graph"',
        '"Course"',
        '"CourseInstance"',
        '"hasCourseInstance"',
        '"EducationalOccupationalProgram"',
        '"ItemList"',
        '"itemListElement"',
        '"provider"',
        '"courseMode"',
        '"numberOfCredits"',
        '"timeRequired"',
        '"educationalLevel"',
        '"PT40H"',
        "&amp;",
        "\ufeff",
    ],
    "xml": [
        "<?xml",
        "<!DOCTYPE",
        "<!ENTITY",
        "&x;",
        'xmlns="',
        'idref="',
        'id="',
        "<learningOpportunity",
        "<learningSpecification",
        "<specifiedBy",
        "<title",
        "<text",
        'lang="',
        "<hasECTSCreditPoints",
        "<eqfLevel",
        "<europassCredential",
        "<learningAchievement",
        "qmsLearningOpportunities",
        "Courses",
        "http://data.europa.eu/snb/eqf/6",
    ],
}


def _html_seeds(good: dict) -> list[bytes]:
    """Course pages: the good offer as a schema.org Course in a page's JSON-LD, alone and beside other blocks."""
    course = {
        "@context": "https://schema.org",
        "@type": "Course",
        "courseCode": good.get("id", "c-1"),
        "name": "Data Ethics",
        "description": "An introduction to data ethics.",
        "inLanguage": "en",
        "teaches": ["Assess the ethical risks of a data project."],
        "timeRequired": "PT125H",
        "numberOfCredits": {"@type": "StructuredValue", "value": 5, "unitText": "ECTS"},
        "educationalLevel": "EQF level 6",
        "provider": {"@type": "CollegeOrUniversity", "name": "Example University", "address": {"addressCountry": "NL"}},
        "hasCourseInstance": {"@type": "CourseInstance", "courseMode": "online", "startDate": "2027-02-01"},
    }
    block = json.dumps(course, ensure_ascii=False)
    crumbs = json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []})
    page = '<!DOCTYPE html><html><head><script type="application/ld+json">{}</script></head><body></body></html>'
    return [
        page.format(block).encode(),
        page.format(crumbs + '</script><script type="application/ld+json">' + block).encode(),
    ]


def _good_offer() -> dict:
    return yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))


def _jws(payload: bytes) -> bytes:
    def part(raw: bytes) -> bytes:
        return base64.urlsafe_b64encode(raw).rstrip(b"=")

    return part(b'{"alg":"none"}') + b"." + part(payload) + b"." + part(b"sig")


def _flatten(node: object, prefix: str = "") -> dict[str, str]:
    if isinstance(node, dict):
        out: dict[str, str] = {}
        for key, value in node.items():
            out.update(_flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(node, list):
        if all(not isinstance(v, (dict, list)) for v in node):
            return {prefix: "; ".join(str(v) for v in node)}
        out = {}
        for index, value in enumerate(node):
            out.update(_flatten(value, f"{prefix}.{index}"))
        return out
    return {prefix: str(node)}


def _csv_seed() -> bytes:
    import csv

    row = _flatten(_good_offer())
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(list(row))
    writer.writerow(list(row.values()))
    return out.getvalue().encode()


def _xlsx_seed() -> bytes:
    import openpyxl

    row = _flatten(_good_offer())
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Courses"
    sheet.append(list(row)[:12])
    sheet.append(list(row.values())[:12])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def _ods_content() -> bytes:
    """A ``content.xml`` of the good offer's first fields as a header and a row, then cells of every
    kind the reader tells apart: typed values, spans, repeats, a comment, spaces, a link, a formula."""
    from xml.sax.saxutils import escape, quoteattr

    row = _flatten(_good_offer())

    def text(value: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'

    header = "".join(text(key) for key in list(row)[:12])
    values = "".join(text(value) for value in list(row.values())[:12])
    kinds = (
        '<table:table-cell office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell>'
        '<table:table-cell office:value-type="date" office:date-value="2027-03-01"><text:p>01/03/27</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p>'
        "</table:table-cell>"
        f'<table:table-cell office:value-type="string" office:string-value={quoteattr("Err:502")}'
        ' table:formula="of:=[.A1]&amp;[.B1]"><text:p>x</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2"'
        ' office:value-type="string"><office:annotation><text:p>note</text:p></office:annotation>'
        '<text:p>a<text:s text:c="3"/><text:span>b</text:span><text:tab/>c<text:line-break/>'
        '<text:a xlink:href="https://example.org">d</text:a></text:p></table:table-cell>'
        "<table:covered-table-cell/>"
        '<table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="1">'
        "<text:p>1</text:p></table:table-cell>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}>'
        '<office:automatic-styles><style:style style:name="ta2" style:family="table">'
        '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
        "<office:body><office:spreadsheet>"
        '<table:calculation-settings><table:null-date table:date-value="1899-12-30"/></table:calculation-settings>'
        f'<table:table table:name="Courses"><table:table-row>{header}</table:table-row>'
        f"<table:table-row>{values}</table:table-row><table:table-row>{kinds}</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048570" table:visibility="collapse">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>'
        '<table:table table:name="Hidden" table:style-name="ta2"><table:table-row-group table:display="false">'
        f"<table:table-row>{header}</table:table-row></table:table-row-group></table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    ).encode()


def _ods_seed(content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _zip_seed(files: list[Path]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, f"batch/{path.name}")
    return out.getvalue()


def seeds(target: str) -> list[bytes]:
    """The seed inputs of a target, from the good offer and ``samples/``."""
    good = _good_offer()
    good_json = json.dumps(good, ensure_ascii=False, indent=1).encode()
    sample = sorted(p for p in SAMPLES.rglob("*") if p.is_file())
    by = {s: [p.read_bytes() for p in sample if p.suffix == s] for s in (".json", ".yaml", ".xlsx")}
    if target == "json":
        return [good_json, *by[".json"]]
    if target == "yaml":
        return [GOOD_OFFER.read_bytes(), *by[".yaml"]]
    if target == "csv":
        return [_csv_seed()]
    if target == "xlsx":
        return [_xlsx_seed(), *by[".xlsx"]]
    if target == "ods":  # the first byte: the file itself, or the content.xml of a package (fuzz_ods.py)
        content = _ods_content()
        return [b"\x00" + _ods_seed(content), b"\x01" + content]
    if target == "zip":
        return [_zip_seed([GOOD_OFFER]), _zip_seed([p for p in sample if p.suffix in (".json", ".yaml")][:4])]
    if target == "jsonld":
        credentials = [p.read_bytes() for p in sample if p.suffix == ".json"]
        credentials.append(
            json.dumps(
                yaml.safe_load((SAMPLES / "credentials" / "eu-elm-annex1-sample.yaml").read_text(encoding="utf-8"))
            ).encode()
        )
        return (
            [b"\x00" + c for c in credentials]
            + [b"\x01" + _jws(c) for c in credentials]
            + [b"\x02" + c for c in [good_json, *credentials]]
        )
    if target == "html":
        return _html_seeds(good)
    if target == "xml":
        return [p.read_bytes() for p in sorted(XML_FIXTURES.glob("*.xml"))]
    raise ValueError(target)


def _dict_entry(token: str) -> str:
    """A libFuzzer dictionary entry: printable ASCII as is, every other byte as ``\\xNN``."""
    raw = token.encode("utf-8")
    return '"' + "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02X}" for b in raw) + '"'


def _write_dict(target: str, path: Path) -> None:
    path.write_text("".join(_dict_entry(token) + "\n" for token in DICTIONARIES[target]), encoding="ascii")


def _materialise(target: str, raw: bytes) -> tuple[str, bytes]:
    spec = importlib.util.spec_from_file_location(f"fuzz_{target}", HERE / f"fuzz_{target}.py")
    assert spec is not None and spec.loader is not None
    sys.path.insert(0, str(HERE))
    os.environ["QA_FUZZ_PLAIN"] = "1"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.materialise(raw)  # type: ignore[no-any-return]


def run_target(
    target: str, workdir: Path, seconds: int | None, runs: int | None, rss_mb: int, keep_going: bool = False
) -> list[Path]:
    """Fuzz one target; the artifacts (crashing, hanging or memory-hungry inputs) it left.

    With ``keep_going``, a run stopped by a crash is restarted for the time left, passing over the
    crashes already found (by their signature), so one run collects several different crashes.
    """
    base = workdir / target
    corpus, seed_dir, artifacts = base / "corpus", base / "seeds", base / "artifacts"
    for folder in (corpus, seed_dir, artifacts):
        folder.mkdir(parents=True, exist_ok=True)
    for data in seeds(target):
        (seed_dir / hashlib.sha1(data).hexdigest()).write_bytes(data)
    dictionary = base / f"{target}.dict"
    _write_dict(target, dictionary)
    known = base / "known-crashes.txt"
    command = [
        sys.executable,
        str(HERE / f"fuzz_{target}.py"),
        str(corpus),
        str(seed_dir),
        f"-artifact_prefix={artifacts}/",
        "-timeout=10",
        f"-rss_limit_mb={rss_mb}",
        f"-max_len={MAX_LEN.get(target, 16384)}",
        f"-dict={dictionary}",
        "-print_final_stats=1",
    ]
    if runs is not None:
        command.append(f"-runs={runs}")
    print(f"== {target}: {' '.join(command[1:])}", flush=True)
    env = {**os.environ, "QA_FUZZ_KNOWN": str(known)} if keep_going else dict(os.environ)
    deadline = time.monotonic() + (seconds or 0)
    log = base / "fuzz.log"
    while True:
        before = len(list(artifacts.iterdir()))
        budget = [f"-max_total_time={max(1, int(deadline - time.monotonic()))}"] if seconds is not None else []
        with log.open("ab") as out:
            code = subprocess.call(command + budget, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
        found_one = len(list(artifacts.iterdir())) > before
        if not (keep_going and code != 0 and found_one and seconds is not None and deadline - time.monotonic() > 5):
            break
    found = sorted(p for p in artifacts.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-", "leak-")))
    tail = log.read_text(encoding="utf-8", errors="replace").splitlines()
    stats = [line for line in tail if line.startswith("stat::number_of_executed_units")]
    print(f"   exit {code}; {stats[-1] if stats else tail[-1:]}; artifacts: {[p.name for p in found]}", flush=True)
    if known.exists():
        print("   crashes: " + "; ".join(known.read_text(encoding="utf-8").splitlines()), flush=True)
    if code != 0 and not found:
        print("\n".join(tail[-30:]))
        found.append(log)
    return found


def save_regression(target: str, artifact: Path) -> Path:
    """Write a crashing input as the file it stands for under ``tests/hostile/fuzz_regressions``."""
    suffix, content = _materialise(target, artifact.read_bytes())
    kind = artifact.name.split("-", 1)[0]
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    path = REGRESSIONS / f"{target}-{kind}-{hashlib.sha1(content).hexdigest()[:10]}{suffix}"
    path.write_bytes(content)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--targets", nargs="+", choices=TARGETS, default=list(TARGETS))
    parser.add_argument("--seconds", type=int, help="time per target (libFuzzer -max_total_time)")
    parser.add_argument("--runs", type=int, help="inputs per target (libFuzzer -runs)")
    parser.add_argument("--workdir", type=Path, help="corpora and artifacts (default: a new temporary folder)")
    parser.add_argument("--rss-mb", type=int, default=2048, help="memory limit per target process")
    parser.add_argument("--save", action="store_true", help="save crashing inputs as regression fixtures")
    parser.add_argument(
        "--keep-going", action="store_true", help="after a crash, go on looking for different crashes for the time left"
    )
    args = parser.parse_args(argv)
    if args.seconds is None and args.runs is None:
        args.seconds = 20
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="qa-checker-fuzz-"))
    print(f"work folder {workdir}")
    failed = False
    for target in args.targets:
        for artifact in run_target(target, workdir, args.seconds, args.runs, args.rss_mb, args.keep_going):
            failed = True
            if args.save and artifact.suffix != ".log":
                print(f"   saved {save_regression(target, artifact).relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
