"""Hostile inputs, generated at test time into a folder (nothing large is committed).

Every :class:`Case` writes one hostile input file and says what answer is expected from qa-checker:
``expect`` lists alternatives, at least one of which must hold for the input's results. An
alternative is a rule-id pattern (``MC-LD-005``, or ``MC-LD-*`` where the exact rule is still to be
decided) that must match a finding of the input, or ``status:pass``/``status:fail``/``status:error``
that one of its results must have. Every case must also be answered within the time and memory
budget, without an internal error (``MC-EN-002``) and without a traceback; the test and the
benchmark read the same list.

The cases are shared by ``test_corpus.py`` (the CLI on each case beside good descriptors) and
``benchmarks/bench_hostile.py`` (time and peak memory per case).
"""

from __future__ import annotations

import base64
import codecs
import csv
import io
import json
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
GOOD_OFFER = ROOT / "qa_checker" / "data" / "good-offer.yaml"
GOOD_TEXT = GOOD_OFFER.read_text(encoding="utf-8")
FIXTURES = ROOT / "tests" / "fixtures" / "importers"

KB = 1000
MB = 1000 * 1000
GIB = 1 << 30
# Just under the default --max-bytes (5 MiB), so the file is parsed rather than refused by size.
UNDER_LIMIT = 4_900_000

Writer = Callable[[Path], Path]

ANY_LD = "MC-LD-*"
PASS = "status:pass"
FAIL = "status:fail"

# Payloads that must never reach report.html unescaped.
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'


@dataclass(frozen=True)
class Case:
    """One hostile input: how to write it and what answer is expected (see the module docstring)."""

    name: str
    write: Writer
    expect: tuple[str, ...]
    why: str = ""
    html_absent: tuple[str, ...] = ()
    # Text output of ``check`` must not carry raw control characters (terminal escapes from the input).
    text_clean: bool = False
    # Payloads that must never execute (a marker file the payload would create).
    never_created: tuple[str, ...] = ()
    # report.xlsx must hold no formula and no text that starts one (the input carries formula text).
    formulas: bool = False
    # Takes more than about ten seconds (many results to write); marked ``slow`` in the tests.
    slow: bool = False


# ---------------------------------------------------------------- building blocks


def good(identifier: str = "hostile-offer") -> dict[str, Any]:
    """A fresh copy of the bundled good offer with its own id."""
    data = yaml.safe_load(GOOD_TEXT)
    data["id"] = identifier
    return data


def good_yaml(identifier: str) -> str:
    """The bundled good offer's text with its own id (comments and layout kept)."""
    return GOOD_TEXT.replace("id: hva-data-ethics-2026", f"id: {identifier}", 1)


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _yaml(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def _file(name: str, content: bytes | Callable[[], bytes]) -> Writer:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content() if callable(content) else content)
        return path

    return write


def _descriptor(name: str, change: Callable[[dict[str, Any]], None], fmt: str = "json") -> Writer:
    """A good offer changed by ``change``, written as JSON or YAML."""

    def content() -> bytes:
        data = good()
        change(data)
        return _json(data) if fmt == "json" else _yaml(data)

    return _file(name, content)


def _padded(size: int, head: bytes, filler: bytes, tail: bytes) -> bytes:
    count = max(0, (size - len(head) - len(tail)) // len(filler))
    return head + filler * count + tail


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node = data
        keys = path.split(".")
        for key in keys[:-1]:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[keys[-1]] = value

    return change


def _both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for c in changes:
            c(data)

    return change


# ---------------------------------------------------------------- zip archives


@dataclass
class _Member:
    name: str
    data: bytes  # stored bytes (compressed already when method is 8)
    crc: int
    size: int  # uncompressed size declared in the headers
    method: int = 0
    flags: int = 0
    external_attr: int = 0o100644 << 16
    version: int = 20  # version needed to extract, in the central directory


def _stored(name: str, content: bytes) -> _Member:
    return _Member(name, content, zlib.crc32(content), len(content))


def _deflated(name: str, content: bytes) -> _Member:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = c.compress(content) + c.flush()
    return _Member(name, data, zlib.crc32(content), len(content), method=8)


def _zeros_member(name: str, size: int) -> _Member:
    """A deflated member of ``size`` zero bytes (a zip bomb), built without compressing them one by one."""
    block = 1 << 20
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = c.compress(b"\0" * block) + c.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    zeros = b"\0" * block
    for _ in range(size // block):
        crc = zlib.crc32(zeros, crc)
    return _Member(name, chunk * (size // block) + end, crc, block * (size // block), method=8)


def _zip_bytes(members: list[_Member], listed: int = 1) -> bytes:
    """A zip archive written byte by byte, so headers can say what a hostile archive needs them to say;
    its directory lists each member ``listed`` times, each entry pointing at the one copy of its bytes."""
    out = io.BytesIO()
    central = io.BytesIO()
    for m in members:
        name = m.name.encode("utf-8")
        offset = out.tell()
        flags = m.flags | 0x800
        out.write(
            struct.pack(
                "<IHHHHHIIIHH", 0x04034B50, 20, flags, m.method, 0, 0x21, m.crc, len(m.data), m.size, len(name), 0
            )
        )
        out.write(name)
        out.write(m.data)
        central.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                0x0314,
                m.version,
                flags,
                m.method,
                0,
                0x21,
                m.crc,
                len(m.data),
                m.size,
                len(name),
                0,
                0,
                0,
                0,
                m.external_attr,
                offset,
            )
        )
        central.write(name)
    start = out.tell()
    directory = central.getvalue() * listed
    entries = len(members) * listed
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, entries, entries, len(directory), start, 0))
    return out.getvalue()


def _corrupt_deflate(name: str) -> _Member:
    """A member whose deflate data refers back before its start (compressed against a preset dictionary)."""
    content = good_yaml("corrupt").encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=content)
    return _Member(name, c.compress(content) + c.flush(), zlib.crc32(content), len(content), method=8)


def _future(name: str, content: bytes) -> _Member:
    """A member that says it needs zip version 9.9 to be extracted."""
    member = _deflated(name, content)
    member.version = 99
    return member


def _zip(name: str, members: Callable[[], list[_Member]]) -> Writer:
    return _file(name, lambda: _zip_bytes(members()))


def _good_member(name: str, identifier: str) -> _Member:
    return _deflated(name, good_yaml(identifier).encode("utf-8"))


def _many_entries(count: int) -> bytes:
    """A zip of ``count`` tiny descriptor files (written with zipfile: the stored entries are small)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for i in range(count):
            archive.writestr(f"d/{i:05d}.yaml", b"x: 1\n")
    return out.getvalue()


def _truncated_zip() -> bytes:
    whole = _zip_bytes([_good_member(f"part/{i:02d}.yaml", f"cut-{i}") for i in range(10)])
    return whole[: len(whole) // 2]


def _truncated_zip_with_inner() -> bytes:
    """An archive cut short after a stored inner archive: what is left ends in the inner archive's
    directory, so a reader looking for the last directory finds the inner one and may read the nested
    archive's members as if they were the outer's."""
    inner = _zip_bytes(
        [_good_member("smuggled/a.yaml", "smuggled-one"), _good_member("smuggled/b.yaml", "smuggled-two")]
    )
    rng = random.Random(7)
    padding = bytes(rng.getrandbits(8) for _ in range(40_000))
    outer = _zip_bytes(
        [
            _stored("a/first.yaml", good_yaml("outer-first").encode()),
            _stored("a/inner.zip", inner),
            _stored("a/tail.bin", padding),
            _stored("a/tail.yaml", padding),
        ]
    )
    end = outer.index(inner) + len(inner)
    return outer[: end + 100]


def _overlapping_zip() -> bytes:
    """One member of 4.9 MB of words (compressed about 2:1, no zip bomb by its ratio) listed 400 times in
    the directory: 2 MB that would unpack to the 1 GiB archive limit and be checked some 200 times."""
    rng = random.Random(11)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(5000)]
    data = good("overlap")
    data["summary"] = {"en": " ".join(rng.choice(words) for _ in range(UNDER_LIMIT // 7))}
    return _zip_bytes([_deflated("same.json", json.dumps(data).encode())], listed=400)


def _nul_named_zip() -> bytes:
    """Members whose names hold a NUL byte: zipfile cuts a name there, so ``evil.json<NUL>`` would be read as
    ``evil.json`` and ``evil<NUL>.json`` passed over as a file without a suffix."""
    marker = "<nul>"
    members = [_stored(f"evil{marker}.json", b"{}"), _stored(f"evil.yaml{marker}", good_yaml("nul-named").encode())]
    return _zip_bytes(members).replace(marker.encode(), b"\x00" * len(marker))


def _lying_zip() -> bytes:
    """A member declaring 1,000 bytes that inflates to 64 MiB (the headers lie about its size)."""
    member = _zeros_member("liar.yaml", 64 << 20)
    member.size = 1000
    return _zip_bytes([member])


def _xlsx_bytes(rows: list[list[Any]], title: str = "Courses") -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_formulas(count: int) -> bytes:
    rows: list[list[Any]] = [["id", "title", "workload.ects"]]
    rows.extend([f"course-{i}", f'=CONCAT("Course ",{i})', f"=A{i + 1}*0+5"] for i in range(1, count + 1))
    return _xlsx_bytes(rows)


def _xlsx_replace(parts: dict[str, _Member | bytes | Callable[[bytes], _Member]]) -> bytes:
    """A small valid workbook whose named parts are replaced (hostile XML, a bomb member) or rewritten
    (a function of the part's bytes)."""
    base = _xlsx_bytes([["id", "title"], ["x-1", "Course"]])
    members: list[_Member] = []
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        for info in archive.infolist():
            replacement = parts.get(info.filename)
            if isinstance(replacement, _Member):
                members.append(replacement)
            elif isinstance(replacement, bytes):
                members.append(_deflated(info.filename, replacement))
            elif replacement is not None:
                members.append(replacement(archive.read(info)))
            else:
                members.append(_deflated(info.filename, archive.read(info)))
    return _zip_bytes(members)


_XML_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)
    )
    + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    b'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


# ---------------------------------------------------------------- text cases


def _deep_json(kind: str, levels: int) -> bytes:
    if kind == "list":
        return b"[" * levels + b"]" * levels
    return b'{"a":' * levels + b"1" + b"}" * levels


def _deep_yaml_flow(kind: str, levels: int) -> bytes:
    if kind == "list":
        return b"[" * levels + b"]" * levels
    return b"{a: " * levels + b"1" + b"}" * levels


def _deep_yaml_block(kind: str, levels: int) -> bytes:
    if kind == "list":
        return b"- " * levels + b"x\n"
    return b"".join(b" " * i + b"a:\n" for i in range(levels)) + b" " * levels + b"b: 1\n"


def _alias_bomb() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def _alias_text_amplification() -> bytes:
    """A good offer whose summary is a 1 MB anchor that 1,000 outcomes reference (1 GB of text once expanded)."""
    text = good_yaml("alias-text")
    big = "Apply " + "data " * 200_000
    text = text.replace(
        "summary:\n  en: Apply European data-protection law and fairness methods to real data projects.",
        f'summary:\n  en: &big "{big}"',
        1,
    )
    start = text.index("learning_outcomes:")
    end = text.index("workload:")
    outcomes = "learning_outcomes:\n" + "".join("  - *big\n" for _ in range(1000))
    return (text[:start] + outcomes + text[end:]).encode()


def _yaml_mapping_5mb() -> bytes:
    head = good_yaml("yaml-5mb").encode()
    return head + b"".join(b"k%07d: v\n" % i for i in range((5 * MB - len(head)) // 12))


def _json_keys(count: int) -> bytes:
    """A good offer with ``count`` small distinct keys under ``extensions``, in objects of 1,000 keys."""
    data = good("json-keys")
    data["extensions"] = {}
    body = _json(data)[:-1]
    groups = []
    for g in range(count // 1000):
        groups.append(b'"g%d":{' % g + b",".join(b'"%03x":0' % k for k in range(1000)) + b"}")
    return body.replace(b'"extensions": {}', b'"extensions": {' + b",".join(groups) + b"}") + b"}"


def _json_1m_keys() -> bytes:
    return b"{" + b",".join(b'"k%d":0' % i for i in range(1_000_000)) + b"}"


def _invalid_yaml_many_keys() -> bytes:
    head = good_yaml("invalid-yaml").encode() + b"extensions:\n"
    body = b"".join(b"  key%07d: value\n" % i for i in range((UNDER_LIMIT - len(head)) // 20))
    return head + body + b"  broken: [unclosed, : }\n"


def _title_one_word() -> bytes:
    data = good("huge-title")
    data["title"] = {"en": "placeholder"}
    text = _json(data)
    return text.replace(b'"placeholder"', b'"' + b"a" * (UNDER_LIMIT - len(text)) + b'"')


def _control_chars(fmt: str) -> Callable[[], bytes]:
    title = "Data\x00Ethics \x1b[31mRED\x1b[0m \x1b]0;owned\x07 \u202eevil\u202c \u2066iso\u2069"
    identifier = "ctl\x00\x1b[2J\x1b[H\u202eid"

    def content() -> bytes:
        data = good(identifier)
        data["title"] = {"en": title, "nl": title}
        if fmt == "json":
            return json.dumps(data).encode()
        return yaml.safe_dump(data, allow_unicode=False, sort_keys=False).encode()

    return content


def _surrogate_json() -> bytes:
    data = good("surrogate")
    data["title"] = {"en": "placeholder"}
    return _json(data).replace(b'"placeholder"', b'"Data \\ud800 Ethics \\udfff"')


def _surrogate_yaml() -> bytes:
    return (
        good_yaml("surrogate-yaml")
        .replace("en: Data Ethics in Practice", 'en: "Data \\uD800 Ethics \\uDFFF"', 1)
        .encode()
    )


def _surrogate_bytes() -> bytes:
    return (
        good_yaml("surrogate-bytes")
        .replace("Data Ethics in Practice", "Data \udcedEthics", 1)
        .encode("utf-8", "surrogateescape")
        .replace(b"\xed", b"\xed\xa0\x80", 1)
    )


def _duplicate_keys_json() -> bytes:
    data = good("dup-first")
    text = _json(data)
    return text[:-1] + b', "id": "dup-second", "title": {"en": "Other title"}}'


def _duplicate_keys_yaml() -> bytes:
    return (good_yaml("dup-first") + "id: dup-second\ntitle: {en: Other title}\n").encode()


def _latin1() -> bytes:
    return (
        good_yaml("latin-1")
        .replace("Data Ethics in Practice", "Données éthiques à l'œuvre", 1)
        .replace("œ", "oe")
        .encode("latin-1")
    )


def _binary() -> bytes:
    rng = random.Random(42)
    return bytes(rng.getrandbits(8) for _ in range(64 * KB))


def _binary_no_nul() -> bytes:
    rng = random.Random(43)
    return bytes(rng.randrange(1, 256) for _ in range(64 * KB))


def _python_tag(marker: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        target = folder / marker
        path = folder / "python-object.yaml"
        path.write_text(
            good_yaml("python-tag") + f'extensions:\n  run: !!python/object/apply:os.system ["touch {target}"]\n'
            f"  name: !!python/name:os.system\n  obj: !!python/object:collections.OrderedDict {{}}\n",
            encoding="utf-8",
        )
        return path

    return write


def _yaml_many_documents() -> bytes:
    return b"".join(b"---\nid: d%d\n" % i for i in range(100_000))


def _json_many_descriptors() -> bytes:
    return _json([{"descriptor_version": "1.0", "id": f"d{i}"} for i in range(100_000)])


# ---------------------------------------------------------------- tabular cases


def _csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


_CSV_ROWS = [
    ["id", "title", "workload.ects", "awarding_bodies.0.name", "awarding_bodies.0.country"],
    ["csv-1", "Data Ethics in Practice", "5", "Hogeschool van Amsterdam", "NL"],
]


def _csv_one_line(size: int) -> bytes:
    return b"id,title," + b"x" * (size - 9)


def _csv_wide(columns: int) -> bytes:
    """A row whose title is in the last of ``columns`` columns, the others unchecked extensions."""
    header = ["id", *[f"extensions.c{i}" for i in range(columns - 2)], "title"]
    row = ["wide-1", *[str(i) for i in range(columns - 2)], "Wide"]
    return _csv_text([header, row]).encode()


def _csv_unclosed_quote() -> bytes:
    return ('id,title\nq-1,"' + "never closed " * 40_000 + "\n").encode()


def _csv_commas() -> bytes:
    return b"id,title\n" + b"," * UNDER_LIMIT + b"\n"


def _csv_formula() -> bytes:
    rows = [
        _CSV_ROWS[0],
        ["f-1", '=HYPERLINK("http://evil.example","click")', "5", "@SUM(1+1)", "NL"],
        ["f-2", "+cmd|' /C calc'!A0", "5", "-2+3", "NL"],
    ]
    return _csv_text(rows).encode()


def _csv_utf16() -> bytes:
    return codecs.BOM_UTF16_LE + _csv_text(_CSV_ROWS).encode("utf-16-le")


# ---------------------------------------------------------------- JSON-LD cases


def _ctdl_graph(nodes: int) -> bytes:
    courses = 10
    orgs = nodes - courses
    graph: list[dict[str, Any]] = []
    for i in range(courses):
        graph.append(
            {
                "@id": f"https://r.example/course/{i}",
                "@type": "ceterms:Course",
                "ceterms:ctid": f"ce-course-{i}",
                "ceterms:name": {"en": f"Course {i}"},
                "ceterms:ownedBy": [f"https://r.example/org/{j}" for j in range(i, orgs, courses)],
                "ceterms:isPartOf": [f"https://r.example/course/{(i + 1) % courses}"],
            }
        )
    graph.extend(
        {
            "@id": f"https://r.example/org/{j}",
            "@type": "ceterms:CredentialOrganization",
            "ceterms:name": {"en": f"Org {j}"},
        }
        for j in range(orgs)
    )
    return _json({"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": graph})


def _nested_graph(levels: int) -> bytes:
    node: dict[str, Any] = {"@id": "urn:leaf", "@type": "ceterms:Course", "ceterms:name": {"en": "Deep"}}
    for i in range(levels):
        node = {"@id": f"urn:g{i}", "@graph": [node]}
    node["@context"] = "https://credreg.net/ctdl/schema/context/json"
    return _json(node)


def _elm_big_strings() -> bytes:
    """The ELM fixture credential in YAML with every text a 2 MB anchor: a 2 MB file, 2 MB in every field."""
    data = json.loads((FIXTURES / "elm" / "credential-full.jsonld").read_text(encoding="utf-8"))

    def replace(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: replace(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [replace(v, key) for v in node]
        if isinstance(node, str) and key not in ("@context", "type", "@type"):
            return "BIGSTRING"
        return node

    text = yaml.safe_dump(replace(data), sort_keys=False, width=10_000)
    big = "x" * (2 * MB)
    text = text.replace("BIGSTRING", "*big").replace("*big", f"&big {big}", 1)
    return text.encode()


def _jws(payload: bytes) -> bytes:
    def part(raw: bytes) -> bytes:
        return base64.urlsafe_b64encode(raw).rstrip(b"=")

    return part(b'{"alg":"none","typ":"JWT"}') + b"." + part(payload) + b"." + part(b"sig")


def _jws_big() -> bytes:
    data = json.loads((FIXTURES / "elm" / "credential-full.jsonld").read_text(encoding="utf-8"))
    data["credentialSubject"]["hasClaim"]["title"] = {"en": "t" * (3 * MB)}
    return _jws(_json({"vc": data}))


def _jws_nested(layers: int) -> bytes:
    token = _jws(_json(good("nested-jws")))
    for _ in range(layers):
        token = _jws(json.dumps(token.decode()).encode())
    return token


# ---------------------------------------------------------------- the corpus


def _cases() -> list[Case]:
    digits = "9" * 5000
    cases = [
        # Numbers
        Case(
            "huge-int-json",
            _file("huge-int.json", lambda: _json(good()).replace(b'"ects": 5', b'"ects": ' + digits.encode())),
            (ANY_LD, "MC-SC-001", "MC-WL-*"),
            "a 5,000-digit integer (over CPython's int-string limit)",
        ),
        Case(
            "huge-int-yaml",
            _file("huge-int.yaml", lambda: good_yaml("huge-int").replace("ects: 5,", f"ects: {digits},", 1).encode()),
            (ANY_LD, "MC-SC-001", "MC-WL-*"),
            "a 5,000-digit integer in YAML",
        ),
        Case(
            "nan-json", _file("nan.json", lambda: _json(good()).replace(b'"ects": 5', b'"ects": NaN')), ("MC-LD-002",)
        ),
        Case(
            "infinity-json",
            _file("infinity.json", lambda: _json(good()).replace(b'"ects": 5', b'"ects": -Infinity')),
            ("MC-LD-002",),
        ),
        Case(
            "1e999-json",
            _file("1e999.json", lambda: _json(good()).replace(b'"ects": 5', b'"ects": 1e999')),
            ("MC-LD-002",),
        ),
        Case(
            "inf-yaml",
            _file("inf.yaml", lambda: good_yaml("inf").replace("ects: 5,", "ects: .inf,", 1).encode()),
            ("MC-LD-002",),
        ),
        Case(
            "nan-yaml",
            _file("nan.yaml", lambda: good_yaml("nan").replace("ects: 5,", "ects: .NaN,", 1).encode()),
            ("MC-LD-002",),
        ),
        # Expansion and nesting
        Case(
            "yaml-alias-bomb",
            _file("alias-bomb.yaml", _alias_bomb),
            (ANY_LD,),
            "billion laughs: 9^9 references in 500 bytes",
        ),
        Case(
            "yaml-alias-text-amplification",
            _file("alias-text.yaml", _alias_text_amplification),
            (ANY_LD,),
            "a 1 MB anchor referenced by 1,000 outcomes: 1 GB of text",
        ),
        Case("json-deep-list", _file("deep-list.json", lambda: _deep_json("list", 100_000)), ("MC-LD-004",)),
        Case("json-deep-map", _file("deep-map.json", lambda: _deep_json("map", 100_000)), ("MC-LD-004",)),
        Case(
            "yaml-deep-flow-list",
            _file("deep-flow-list.yaml", lambda: _deep_yaml_flow("list", 100_000)),
            ("MC-LD-004",),
        ),
        Case(
            "yaml-deep-flow-map", _file("deep-flow-map.yaml", lambda: _deep_yaml_flow("map", 100_000)), ("MC-LD-004",)
        ),
        Case(
            "yaml-deep-block-list",
            _file("deep-block-list.yaml", lambda: _deep_yaml_block("list", 100_000)),
            ("MC-LD-004",),
            "'- - - - x' nests one level per two bytes",
        ),
        Case(
            "yaml-deep-block-map", _file("deep-block-map.yaml", lambda: _deep_yaml_block("map", 3000)), ("MC-LD-004",)
        ),
        Case(
            "jsonld-nested-graph-64",
            _file("nested-graph.jsonld", lambda: _nested_graph(64)),
            ("MC-LD-004",),
            "@graph inside @graph, 64 times",
        ),
        Case(
            "yaml-100k-documents",
            _file("many-documents.yaml", _yaml_many_documents),
            (ANY_LD, "MC-IM-001"),
            "100,000 '---' documents in 1 MB",
        ),
        Case(
            "json-100k-descriptors",
            _file("many-descriptors.json", _json_many_descriptors),
            (ANY_LD, "MC-SC-001"),
            "a list of 100,000 minimal descriptors in 3 MB",
        ),
        # Size
        Case(
            "title-4.9mb-one-word",
            _file("huge-title.json", _title_one_word),
            (PASS, FAIL),
            "a valid offer whose English title is one 4.9 MB word",
        ),
        Case(
            "yaml-invalid-4.9mb",
            _file("invalid-big.yaml", _invalid_yaml_many_keys),
            ("MC-LD-002", "MC-LD-005"),
            "4.9 MB of YAML with the syntax error on its last line",
        ),
        Case(
            "yaml-unclosed-string-4.9mb",
            _file("unclosed.yaml", lambda: _padded(UNDER_LIMIT, b'title: "', b"word ", b"\n")),
            ("MC-LD-002",),
            "a double-quoted scalar never closed, 4.9 MB",
        ),
        Case(
            "yaml-mapping-5mb",
            _file("mapping-5mb.yaml", _yaml_mapping_5mb),
            ("MC-SC-001", "MC-LD-005"),
            "a good offer with 450,000 unknown keys (5 MB, read by the pure-Python parser)",
        ),
        Case(
            "json-1m-keys-over-limit",
            _file("keys-1m.json", _json_1m_keys),
            ("MC-LD-005",),
            "1,000,000 distinct keys need more than 5 MiB",
        ),
        Case(
            "json-600k-keys-under-limit",
            _file("keys-600k.json", lambda: _json_keys(600_000)),
            (PASS, "MC-LD-005"),
            "a good offer with 600,000 small keys under extensions, 4.9 MB",
        ),
        Case("csv-10mb-one-line", _file("one-line-10mb.csv", lambda: _csv_one_line(10 * MB)), ("MC-LD-005",)),
        Case(
            "csv-4.9mb-one-line",
            _file("one-line-4.9mb.csv", lambda: _csv_one_line(UNDER_LIMIT)),
            (ANY_LD, "MC-SS-*"),
            "one 4.9 MB header cell (over the csv module's field limit)",
        ),
        Case(
            "csv-5000-columns", _file("wide.csv", lambda: _csv_wide(5000)), (FAIL,), "the title in the 5,000th column"
        ),
        Case(
            "csv-4.9mb-of-commas",
            _file("commas.csv", _csv_commas),
            ("MC-SS-*", ANY_LD),
            "a row of 4.9 million empty cells",
        ),
        Case(
            "csv-unclosed-quote",
            _file("unclosed.csv", _csv_unclosed_quote),
            ("MC-SS-*", ANY_LD),
            "a quoted field never closed, 500 kB long",
        ),
        # Encodings and bytes
        Case(
            "lone-surrogate-json-escape",
            _file("surrogate.json", _surrogate_json),
            (ANY_LD,),
            "\\ud800 in a JSON string: not encodable as UTF-8 in any report",
        ),
        Case("lone-surrogate-yaml-escape", _file("surrogate.yaml", _surrogate_yaml), (ANY_LD,)),
        Case(
            "lone-surrogate-utf8-bytes",
            _file("surrogate-bytes.yaml", _surrogate_bytes),
            ("MC-LD-001",),
            "the UTF-8 encoding of a surrogate (ED A0 80) is not UTF-8",
        ),
        Case(
            "control-chars-json",
            _file("control.json", _control_chars("json")),
            (PASS, FAIL, ANY_LD),
            "NUL, ESC sequences and bidi overrides in title and id",
            text_clean=True,
        ),
        Case(
            "control-chars-yaml",
            _file("control.yaml", _control_chars("yaml")),
            (PASS, FAIL, ANY_LD),
            "the same, as YAML escapes",
            text_clean=True,
        ),
        Case(
            "raw-escape-yaml",
            _file(
                "raw-escape.yaml",
                lambda: (
                    good_yaml("raw-esc")
                    .replace("Data Ethics in Practice", "Data \x1b[2J\x1b[31mEthics\x07", 1)
                    .encode()
                ),
            ),
            ("MC-LD-002", ANY_LD),
            "raw ESC and BEL bytes in a YAML title",
            text_clean=True,
        ),
        Case("duplicate-keys-json", _file("duplicate.json", _duplicate_keys_json), (ANY_LD,)),
        Case("duplicate-keys-yaml", _file("duplicate.yaml", _duplicate_keys_yaml), (ANY_LD,)),
        Case(
            "utf16-bom-yaml",
            _file("utf16.yaml", lambda: codecs.BOM_UTF16_LE + good_yaml("utf16").encode("utf-16-le")),
            ("MC-LD-001", PASS),
        ),
        Case(
            "utf16-bom-json",
            _file("utf16.json", lambda: codecs.BOM_UTF16_BE + _json(good("utf16-json")).decode().encode("utf-16-be")),
            ("MC-LD-001", PASS),
        ),
        Case("utf16-bom-csv", _file("utf16.csv", _csv_utf16), (FAIL, PASS), "UTF-16 with BOM is read for CSV"),
        Case("latin1-yaml", _file("latin1.yaml", _latin1), ("MC-LD-001",)),
        Case(
            "latin1-csv",
            _file(
                "latin1.csv",
                lambda: _csv_text([*_CSV_ROWS, ["c-2", "Éthique des données", "5", "École", "FR"]]).encode("latin-1"),
            ),
            ("MC-SS-002",),
            "read in the one code page its accented letters are plausible in, with a warning naming it",
        ),
        Case("binary-yaml", _file("binary.yaml", _binary), ("MC-LD-001",)),
        Case("binary-json-no-nul", _file("binary.json", _binary_no_nul), ("MC-LD-001",)),
        Case("binary-csv", _file("binary.csv", _binary), ("MC-LD-001",)),
        Case("binary-xlsx", _file("binary.xlsx", _binary), ("MC-LD-001",)),
        Case("binary-zip", _file("binary.zip", _binary), ("MC-LD-001",)),
        Case("binary-jwt", _file("binary.jwt", _binary), ("MC-LD-001",)),
        Case("empty-yaml", _file("empty.yaml", b""), ("MC-LD-006",)),
        Case("empty-json", _file("empty.json", b""), ("MC-LD-006",)),
        Case("empty-csv", _file("empty.csv", b""), ("MC-LD-006",)),
        Case("empty-xlsx", _file("empty.xlsx", b""), ("MC-LD-006",)),
        Case("empty-zip", _file("empty.zip", b""), ("MC-LD-006", "MC-LD-001")),
        Case("empty-jwt", _file("empty.jwt", b""), ("MC-LD-006",)),
        Case("whitespace-only-yaml", _file("blank.yaml", b" \n\t\r\n   \n"), ("MC-LD-006",)),
        Case("whitespace-only-json", _file("blank.json", b"\xef\xbb\xbf  \n\n\t"), ("MC-LD-006",)),
        Case(
            "yaml-python-tag",
            _python_tag("PWNED"),
            ("MC-LD-002",),
            "!!python/object/apply:os.system",
            never_created=("PWNED",),
        ),
        # Archives
        Case(
            "zip-bomb-1gb",
            _zip("bomb.zip", lambda: [_zeros_member("bomb.yaml", GIB)]),
            ("MC-LD-005",),
            "one member inflating 1 MB to 1 GiB of zeros",
        ),
        Case(
            "zip-bomb-lying-size",
            _file("liar.zip", _lying_zip),
            (ANY_LD,),
            "the header declares 1,000 bytes, the data inflates to 64 MiB",
        ),
        Case(
            "zip-45000-entries",
            _file("many.zip", lambda: _many_entries(45_000)),
            (ANY_LD, "MC-IM-001"),
            "45,000 tiny members, over the 10,000-member limit",
        ),
        Case("zip-60000-entries", _file("too-many.zip", lambda: _many_entries(60_000)), ("MC-LD-005",)),
        Case(
            "zip-slip-names",
            _zip(
                "slip.zip",
                lambda: [
                    _good_member("../escape.yaml", "slip-1"),
                    _good_member("/etc/absolute.yaml", "slip-2"),
                    _good_member("a/../../up.yaml", "slip-3"),
                    _good_member("C:\\windows\\drive.yaml", "slip-4"),
                    _good_member("..\\back.yaml", "slip-5"),
                ],
            ),
            ("MC-LD-001",),
        ),
        Case(
            "zip-in-zip",
            _zip("nested.zip", lambda: [_stored("inner.zip", _zip_bytes([_good_member("x.yaml", "inner-x")]))]),
            ("MC-LD-001",),
        ),
        Case("zip-truncated-half", _file("truncated.zip", _truncated_zip), ("MC-LD-001",)),
        Case(
            "zip-truncated-inner-zip",
            _file("truncated-inner.zip", _truncated_zip_with_inner),
            (ANY_LD,),
            "cut after a stored inner archive, whose directory is then the last one in the file",
        ),
        Case(
            "zip-symlink-member",
            _zip(
                "symlink.zip",
                lambda: [
                    _Member("link.yaml", b"/etc/passwd", zlib.crc32(b"/etc/passwd"), 11, external_attr=0o120777 << 16)
                ],
            ),
            ("MC-LD-001",),
        ),
        Case(
            "zip-encrypted-member",
            _zip("encrypted.zip", lambda: [_Member("secret.yaml", b"\0" * 40, 0, 28, flags=0x1)]),
            ("MC-LD-001",),
        ),
        Case(
            "zip-unknown-method",
            _zip("method.zip", lambda: [_Member("odd.yaml", b"abcdef", zlib.crc32(b"abc"), 3, method=98)]),
            ("MC-LD-001",),
        ),
        Case(
            "zip-empty-archive",
            _file("no-members.zip", b"PK\x05\x06" + b"\0" * 18),
            (ANY_LD,),
            "a valid archive with no members: the named file must still get a result (found by fuzzing)",
        ),
        Case(
            "zip-member-empty-name",
            _zip("empty-name.zip", lambda: [_good_member("", "no-name")]),
            (ANY_LD,),
            "a member whose name is empty (IndexError in zipfile, found by fuzzing)",
        ),
        Case(
            "zip-corrupt-deflate",
            _zip("corrupt.zip", lambda: [_corrupt_deflate("corrupt.yaml")]),
            ("MC-LD-001",),
            "deflate data referring back before its start (zlib.error, found by fuzzing)",
        ),
        Case(
            "zip-future-version",
            _zip("version.zip", lambda: [_future("future.yaml", good_yaml("future").encode())]),
            ("MC-LD-001",),
            "a member needing zip version 9.9 to extract (NotImplementedError, found by fuzzing)",
        ),
        Case("zip-overlapping-members", _file("overlap.zip", _overlapping_zip), ("MC-LD-005",)),
        Case("zip-nul-in-member-names", _file("nul-names.zip", _nul_named_zip), ("MC-LD-001",)),
        Case(
            "zip-bad-crc",
            _zip(
                "crc.zip",
                lambda: [_Member("crc.yaml", good_yaml("bad-crc").encode(), 1234, len(good_yaml("bad-crc").encode()))],
            ),
            ("MC-LD-001",),
        ),
        Case(
            "zip-member-name-injection",
            _zip("names.zip", lambda: [_good_member(f"\x1b[2J{SCRIPT}{IMG}.yaml", "member-name")]),
            (PASS,),
            "a member name with a terminal escape and HTML",
            html_absent=(SCRIPT, IMG),
            text_clean=True,
        ),
        # Spreadsheets
        Case(
            "xlsx-20000-formula-rows",
            _file("formulas.xlsx", lambda: _xlsx_formulas(20_000)),
            ("MC-SS-002",),
            "20,000 rows of formulas without saved results",
            slow=True,
        ),
        Case(
            "xlsx-zip-bomb",
            _file(
                "bomb.xlsx",
                lambda: _xlsx_replace({"xl/worksheets/sheet1.xml": _zeros_member("xl/worksheets/sheet1.xml", GIB)}),
            ),
            ("MC-LD-005",),
        ),
        Case(
            "xlsx-xml-billion-laughs",
            _file(
                "laughs.xlsx",
                lambda: _xlsx_replace({"xl/sharedStrings.xml": _XML_LAUGHS, "xl/worksheets/sheet1.xml": _LAUGHS_SHEET}),
            ),
            (ANY_LD,),
            "XML entity expansion in the shared strings",
        ),
        Case(
            "xlsx-corrupt-deflate",
            _file(
                "corrupt.xlsx",
                lambda: _xlsx_replace({"xl/worksheets/sheet1.xml": _corrupt_deflate("xl/worksheets/sheet1.xml")}),
            ),
            ("MC-LD-001",),
            "a worksheet part whose deflate data is broken (zlib.error, found by fuzzing)",
        ),
        Case(
            "xlsx-future-zip-version",
            _file(
                "version.xlsx", lambda: _xlsx_replace({"xl/workbook.xml": lambda raw: _future("xl/workbook.xml", raw)})
            ),
            ("MC-LD-001",),
            "a part needing zip version 9.9 to extract (NotImplementedError, found by fuzzing)",
        ),
        Case("xlsx-not-a-workbook", _zip("plain.xlsx", lambda: [_good_member("x.yaml", "not-a-book")]), ("MC-LD-001",)),
        Case("csv-formula-injection", _file("formula.csv", _csv_formula), ("MC-SS-002",), formulas=True),
        # JSON-LD, credentials, envelopes
        Case(
            "ctdl-graph-20000-nodes",
            _file("ctdl-graph.json", lambda: _ctdl_graph(20_000)),
            ("MC-IM-*", FAIL, "MC-LD-005"),
            "10 courses owned by 19,990 organisations",
        ),
        Case(
            "elm-2mb-every-field",
            _file("elm-big.yaml", _elm_big_strings),
            ("MC-IM-*", ANY_LD),
            "a YAML anchor puts a 2 MB string in every field of an ELM credential",
        ),
        Case(
            "jws-4mb-payload",
            _file("big.jwt", _jws_big),
            ("MC-IM-003", ANY_LD),
            "a compact JWS whose payload is a 4 MB ELM credential",
        ),
        Case(
            "jws-nested-6",
            _file("nested.jwt", lambda: _jws_nested(6)),
            ("MC-IM-001",),
            "a JWS whose payload is a JWS, six times",
        ),
        # Injection
        Case(
            "html-injection",
            _descriptor(
                "html.json",
                _both(
                    _set("title", {"en": f"Data {SCRIPT} Ethics {IMG}"}),
                    _set("id", f"id{IMG}{SCRIPT}"),
                    _set("further_information", "javascript:alert(3)"),
                ),
            ),
            (PASS, FAIL, "MC-SC-001", "MC-UR-001"),
            "script and img onerror in title and id, a javascript: link",
            html_absent=(SCRIPT, IMG, 'href="javascript:'),
        ),
        Case(
            "formula-injection",
            _descriptor(
                "formula.yaml",
                _set("title", {"en": '=HYPERLINK("http://evil.example","Data Ethics")', "nl": "@SUM(1+1)"}),
                fmt="yaml",
            ),
            (PASS, FAIL),
            "formula starts in the title; the workbook must not hold a formula",
            formulas=True,
        ),
        Case(
            "formula-injection-id",
            _descriptor(
                "formula-id.json",
                _both(_set("id", "+cmd|' /C calc'!A0"), _set("summary", {"en": "-2+3", "nl": "\t=1+1"})),
            ),
            (PASS, FAIL),
            formulas=True,
        ),
        Case(
            "terminal-escape-filename",
            _file("good\x1b]0;owned\x07\x1b[2J\x1b[31m.yaml", lambda: good_yaml("escaped-name").encode()),
            (PASS,),
            "ESC sequences in the file name",
            text_clean=True,
        ),
        Case(
            "invalid-utf8-filename",
            _file_bytes_name(b"name-\xff\xfe.yaml", lambda: good_yaml("bad-name").encode()),
            (PASS, ANY_LD),
            "a file name that is not UTF-8",
        ),
        Case(
            "html-filename",
            _file(f"{SCRIPT}{IMG}.yaml".replace("/", "_"), lambda: good_yaml("html-name").encode()),
            (PASS,),
            "HTML in the file name",
            html_absent=(SCRIPT, IMG),
        ),
    ]
    return cases


_LAUGHS_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr">'
    b"<is><t>title</t></is></c></row></sheetData></worksheet>"
)


def _file_bytes_name(name: bytes, content: Callable[[], bytes]) -> Writer:
    def write(folder: Path) -> Path:
        path = Path(os.fsdecode(os.fsencode(folder) + b"/" + name))
        path.write_bytes(content())
        return path

    return write


CASES: list[Case] = _cases()
CASES_BY_NAME: dict[str, Case] = {case.name: case for case in CASES}


def write_case(case: Case, folder: Path) -> Path:
    """Write one case's hostile input into ``folder`` (created) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    return case.write(folder)


def write_goods(folder: Path, ids: tuple[str, ...] = ("good-one", "good-two")) -> list[Path]:
    """The good descriptors that accompany every hostile input, with distinct ids."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for identifier in ids:
        path = folder / f"{identifier}.yaml"
        path.write_text(good_yaml(identifier), encoding="utf-8")
        paths.append(path)
    return paths


def padded_good(size: int, folder: Path, name: str = "padded-good.yaml") -> Path:
    """A valid offer padded to ``size`` bytes with a long but reasonable summary (the benchmark's yardstick)."""
    folder.mkdir(parents=True, exist_ok=True)
    sentence = "Participants apply data-protection law to real projects and evaluate fairness. "
    text = good_yaml("padded-good")
    base = text.replace("  en: Apply European data-protection law", "  en: PADDING Apply European data-protection law")
    room = max(0, size - len(base.encode()) + len("PADDING "))
    filler = (sentence * (room // len(sentence) + 1))[:room]
    path = folder / name
    path.write_text(base.replace("PADDING ", filler, 1) if room else text, encoding="utf-8")
    return path


__all__ = [
    "ANY_LD",
    "CASES",
    "CASES_BY_NAME",
    "FAIL",
    "PASS",
    "Case",
    "good",
    "good_yaml",
    "padded_good",
    "write_case",
    "write_goods",
]
