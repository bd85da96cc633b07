"""Round three of the hostile corpus: YAML features, JSON edge cases, encodings, wrong types, extremes.

:func:`write_cases` writes every case of one kind per file into a folder (generated at test time, so
nothing large is committed); :data:`EXPECTED` gives each file's expected answer: the statuses of its
results and the ``MC-LD`` rules among their findings, space-separated and sorted. Special files of the
file system (FIFOs, sockets, symbolic link loops, odd names) are :func:`write_special`'s.
"""

from __future__ import annotations

import codecs
import copy
import json
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.hostile.corpus import GOOD_TEXT

GOOD: dict[str, Any] = yaml.safe_load(GOOD_TEXT)


def good(**over: Any) -> dict[str, Any]:
    """A copy of the bundled good offer with some fields replaced."""
    data = copy.deepcopy(GOOD)
    data.update(over)
    return data


def gj(**over: Any) -> str:
    return json.dumps(good(**over), ensure_ascii=False)


def gy(**over: Any) -> str:
    return yaml.safe_dump(good(**over), allow_unicode=True, sort_keys=False)


def write_cases(out: Path) -> list[Path]:
    """Write every case file into ``out``; the paths written."""
    written: list[Path] = []

    def w(name: str, data: bytes | str) -> None:
        path = out / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        written.append(path)

    _cases(w)
    return written


def _cases(w: Callable[[str, bytes | str], None]) -> None:
    w(
        "y-anchor-bomb-9.yaml",
        "a: &a [x,x,x,x,x,x,x,x,x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
            for i in range(9)
        ),
    )
    w(
        "y-anchor-bomb-in-outcomes.yaml",
        GOOD_TEXT.replace(
            "learning_outcomes:",
            "x0: &l0 {en: Apply the law to cases in practice}\n"
            + "".join(
                f"x{i + 1}: &l{i + 1} [*l{i},*l{i},*l{i},*l{i},*l{i},*l{i},*l{i},*l{i},*l{i},*l{i}]\n" for i in range(7)
            )
            + "learning_outcomes: *l7\nold_outcomes:",
            1,
        ),
    )
    w(
        "y-anchor-title-reuse.yaml",
        GOOD_TEXT.replace(
            "title:\n  en: Data Ethics in Practice\n  nl: Data-ethiek in de praktijk",
            "title: &t\n  en: Data Ethics in Practice\n  nl: Data-ethiek in de praktijk\nsummary_alias: *t",
            1,
        ),
    )
    w("y-alias-undefined.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: *nope", 1))
    w("y-alias-recursive.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: &r [en, *r]", 1))
    w(
        "y-alias-recursive-map.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: &w {ects: 5, hours: 140, self: *w}", 1),
    )
    w(
        "y-merge-key.yaml",
        "base: &b\n  ects: 5\n  hours: 140\n"
        + GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload:\n  <<: *b\n", 1),
    )
    w(
        "y-merge-key-list.yaml",
        "b1: &b1 {ects: 5}\nb2: &b2 {hours: 140}\n"
        + GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload:\n  <<: [*b1, *b2]\n", 1),
    )
    w(
        "y-merge-key-scalar.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload:\n  <<: 5\n  hours: 140\n", 1),
    )
    w(
        "y-merge-toplevel.yaml",
        "defaults: &d\n  kind: offer\n  languages: [en]\n" + GOOD_TEXT.replace("kind: offer\n", "<<: *d\n", 1),
    )
    w(
        "y-merge-bomb.yaml",
        "a0: &a0 {k: v}\n"
        + "".join(f"a{i + 1}: &a{i + 1} {{<<: [*a{i},*a{i}], k{i}: v}}\n" for i in range(30))
        + GOOD_TEXT,
    )
    w("y-tag-python-object.yaml", GOOD_TEXT.replace("title:\n", "title: !!python/object:os.system {}\nold_title:\n", 1))
    w("y-tag-python-apply.yaml", "!!python/object/apply:os.system ['touch /tmp/hostile/PWNED']\n")
    w("y-tag-python-name.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: !!python/name:os.system ''", 1))
    w("y-tag-binary.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: !!binary aGVsbG8=", 1))
    w(
        "y-tag-binary-title.yaml",
        GOOD_TEXT.replace("title:\n  en: Data Ethics in Practice", "title:\n  en: !!binary RGF0YSBFdGhpY3M=", 1),
    )
    w("y-tag-set.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: !!set {en, nl}", 1))
    w(
        "y-tag-omap.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: !!omap [ects: 5, hours: 140]", 1),
    )
    w(
        "y-tag-pairs.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: !!pairs [ects: 5, ects: 6]", 1),
    )
    w("y-tag-custom.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: !foo [en, nl]", 1))
    w(
        "y-tag-custom-verbatim.yaml",
        GOOD_TEXT.replace("languages: [en, nl]", "languages: !<tag:evil.com,2000:x> [en, nl]", 1),
    )
    w(
        "y-tag-str-on-number.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: !!str 5, hours: !!int '140'}", 1),
    )
    w(
        "y-tag-int-bad.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: !!int five, hours: 140}", 1),
    )
    w(
        "y-tag-float-bad.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: !!float x, hours: 140}", 1),
    )
    w("y-tag-bool-bad.yaml", GOOD_TEXT.replace("eqar_registered: true", "eqar_registered: !!bool maybe", 1))
    w("y-tag-null-value.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: !!null x", 1))
    w(
        "y-tag-timestamp.yaml",
        GOOD_TEXT.replace('last_reviewed: "2026-01-15"', "last_reviewed: !!timestamp 2026-01-15", 1),
    )
    w(
        "y-tag-timestamp-bad.yaml",
        GOOD_TEXT.replace('last_reviewed: "2026-01-15"', "last_reviewed: !!timestamp 2026-13-45", 1),
    )
    w("y-tag-map-on-seq.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: !!map [en, nl]", 1))
    w("y-tag-seq-on-map.yaml", GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: !!seq {ects: 5}", 1))
    w("y-tag-on-key.yaml", GOOD_TEXT.replace("languages: [en, nl]", "!!python/none languages: [en, nl]", 1))
    w(
        "y-tag-directive.yaml",
        "%TAG !e! tag:evil.com,2000:\n---\n" + GOOD_TEXT.replace("languages: [en, nl]", "languages: !e!x [en, nl]", 1),
    )
    w(
        "y-tag-directive-python.yaml",
        "%TAG !p! tag:yaml.org,2002:python/\n---\n"
        + GOOD_TEXT.replace("languages: [en, nl]", "languages: !p!name:os.system ''", 1),
    )
    w("y-yaml-directive-11.yaml", "%YAML 1.1\n---\n" + GOOD_TEXT)
    w("y-yaml-directive-99.yaml", "%YAML 9.9\n---\n" + GOOD_TEXT)
    w("y-yaml-directive-dup.yaml", "%YAML 1.2\n%YAML 1.2\n---\n" + GOOD_TEXT)
    w("y-unknown-directive.yaml", "%FOO bar\n---\n" + GOOD_TEXT)
    w("y-directive-no-doc.yaml", "%YAML 1.2\n")
    w("y-multi-docs-3.yaml", gy(id="d1") + "---\n" + gy(id="d2") + "---\n" + gy(id="d3"))
    w("y-multi-docs-end-markers.yaml", "---\n" + gy(id="e1") + "...\n---\n" + gy(id="e2") + "...\n")
    w("y-multi-empty-docs.yaml", "---\n---\n---\n" + gy(id="m1") + "---\n")
    w("y-multi-scalar-doc.yaml", gy(id="s1") + "---\njust text\n---\n42\n---\n[1,2]\n")
    w("y-doc-end-only.yaml", "...\n...\n")
    w("y-multi-10000-empty.yaml", "---\n" * 10000)
    w("y-complex-key.yaml", GOOD_TEXT.replace("languages: [en, nl]", "? [en, nl]\n: languages", 1))
    w("y-complex-key-map.yaml", GOOD_TEXT.replace("languages: [en, nl]", "? {a: 1}\n: x\nlanguages: [en, nl]", 1))
    w(
        "y-complex-key-nested.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: 5, hours: 140, [a, b]: c}", 1),
    )
    w("y-set-syntax.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages:\n  ? en\n  ? nl", 1))
    w(
        "y-timestamp-values.yaml",
        GOOD_TEXT.replace(
            'last_reviewed: "2026-01-15"', "last_reviewed: 2026-01-15T10:00:00.123456789+05:30", 1
        ).replace('start: "2026-02-02"', "start: 2026-02-02", 1),
    )
    w("y-timestamp-key.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: [en, nl]\n2026-01-01: new year", 1))
    w("y-timestamp-year-0.yaml", GOOD_TEXT.replace('last_reviewed: "2026-01-15"', "last_reviewed: 0000-01-01", 1))
    w(
        "y-timestamp-year-9999.yaml",
        GOOD_TEXT.replace('last_reviewed: "2026-01-15"', "last_reviewed: 9999-12-31T23:59:59-23:59", 1),
    )
    w("y-octal-isced.yaml", GOOD_TEXT.replace('field_of_education: "0613"', "field_of_education: 0613", 1))
    w("y-octal-0o.yaml", GOOD_TEXT.replace('field_of_education: "0613"', "field_of_education: 0o613", 1))
    w("y-hex-ects.yaml", GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: 0x5, hours: 0x8C}", 1))
    w(
        "y-binary-int.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: 0b101, hours: 140}", 1),
    )
    w(
        "y-sexagesimal.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: 5, hours: 2:20:00}", 1),
    )
    w(
        "y-underscore-int.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: 5, hours: 1_4_0}", 1),
    )
    w(
        "y-inf-ects.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: .inf, hours: -.Inf}", 1),
    )
    w("y-nan-ects.yaml", GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: .nan, hours: .NaN}", 1))
    w("y-nan-eqf.yaml", GOOD_TEXT.replace("eqf: 6", "eqf: .nan", 1))
    w(
        "y-inf-price.yaml",
        GOOD_TEXT.replace("price: {amount: 950, currency: EUR}", "price: {amount: .inf, currency: EUR}", 1),
    )
    w(
        "y-yes-no-booleans.yaml",
        GOOD_TEXT.replace("eqar_registered: true", "eqar_registered: yes", 1).replace("mode: online", "mode: off", 1),
    )
    w("y-on-off-everywhere.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: [no, on, off, yes, y, n]", 1))
    w("y-null-variants.yaml", GOOD_TEXT.replace("languages: [en, nl]", "languages: [~, null, Null, NULL, '']", 1))
    w("y-dup-keys-top.yaml", GOOD_TEXT + "title: Second title\n")
    w(
        "y-dup-keys-nested.yaml",
        GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {ects: 5, hours: 140, ects: 6}", 1),
    )
    w("y-dup-keys-10000.yaml", GOOD_TEXT + "".join("kind: offer\n" for _ in range(10000)))
    w(
        "y-dup-keys-merge-override.yaml",
        "b: &b {ects: 9}\n"
        + GOOD_TEXT.replace("workload: {ects: 5, hours: 140}", "workload: {<<: *b, ects: 5, hours: 140}", 1),
    )
    w("y-dup-key-case.yaml", GOOD_TEXT + "Title: other\n")
    w("y-dup-key-different-quote.yaml", GOOD_TEXT + "'title': other\n")
    w("y-dup-key-null.yaml", "~: a\nnull: b\n" + GOOD_TEXT)
    w("y-int-key.yaml", GOOD_TEXT + "1: one\n2: two\n")
    w("y-float-key.yaml", GOOD_TEXT + "1.5: one\n.nan: two\n.nan: three\n")
    w("y-bool-key.yaml", GOOD_TEXT + "true: one\nfalse: two\n")
    w("y-null-key.yaml", GOOD_TEXT + "~: one\n")
    w(
        "y-int-key-in-title.yaml",
        GOOD_TEXT.replace("  nl: Data-ethiek in de praktijk", "  nl: Data-ethiek in de praktijk\n  1: numeric lang", 1),
    )
    w(
        "y-folded-literal-chomp.yaml",
        GOOD_TEXT.replace(
            "title:\n  en: Data Ethics in Practice",
            "title:\n  en: >-\n    Data Ethics\n\n    in Practice\n  de: |+\n    text\n\n",
            1,
        ),
    )
    w(
        "y-indent-indicator.yaml",
        GOOD_TEXT.replace(
            "title:\n  en: Data Ethics in Practice", "title:\n  en: |2-\n     Data Ethics in Practice", 1
        ),
    )
    w(
        "y-bad-indent-indicator.yaml",
        GOOD_TEXT.replace("title:\n  en: Data Ethics in Practice", "title:\n  en: |0\n   Data", 1),
    )
    w(
        "y-indent-indicator-9.yaml",
        GOOD_TEXT.replace("title:\n  en: Data Ethics in Practice", "title:\n  en: |9\n   Data", 1),
    )
    w("y-explicit-doc-start-inline.yaml", "--- " + json.dumps(good()))
    w("y-flow-json-superset.yaml", json.dumps(good(), indent=None))
    w("y-tab-indent.yaml", GOOD_TEXT.replace("  en: Data Ethics in Practice", "\ten: Data Ethics in Practice", 1))
    w("y-cr-only.yaml", GOOD_TEXT.replace("\n", "\r"))
    w(
        "y-mixed-eol.yaml",
        "".join(
            line + ("\r\n" if i % 3 == 0 else "\r" if i % 3 == 1 else "\n")
            for i, line in enumerate(GOOD_TEXT.split("\n"))
        ),
    )
    w(
        "y-nel-ls-ps.yaml",
        GOOD_TEXT.replace(
            "title:\n  en: Data Ethics in Practice", "title:\n  en: Data\u0085Ethics\u2028in\u2029Practice", 1
        ),
    )
    w(
        "y-escape-32bit.yaml",
        GOOD_TEXT.replace("  en: Data Ethics in Practice", '  en: "Data \\U0001F600 \\U00110000"', 1),
    )
    w("y-escape-nul.yaml", GOOD_TEXT.replace("  en: Data Ethics in Practice", '  en: "Data\\0Ethics\\x00"', 1))
    w("y-escape-bad.yaml", GOOD_TEXT.replace("  en: Data Ethics in Practice", '  en: "Data\\qEthics"', 1))
    w("y-long-key.yaml", GOOD_TEXT + "k" * 2000 + ": v\n")
    w("y-long-implicit-key-1025.yaml", GOOD_TEXT + "? " + "k" * 3000 + "\n: v\n")
    w("y-bom-midfile.yaml", GOOD_TEXT.replace("languages:", "\ufefflanguages:", 1))
    w("y-many-anchors.yaml", GOOD_TEXT + "".join(f"a{i}: &n{i} v\n" for i in range(50000)))
    w("y-alias-in-key.yaml", "k: &k languages\n" + GOOD_TEXT.replace("languages: [en, nl]", "*k : [en, nl]", 1))
    w("y-anchor-on-doc.yaml", "--- &root\n" + GOOD_TEXT)
    w("y-tag-on-root.yaml", "--- !!map\n" + GOOD_TEXT)
    w("y-tag-str-root.yaml", "--- !!str\n" + GOOD_TEXT)
    w("y-root-scalar.yaml", "Data Ethics in Practice\n")
    w("y-root-int.yaml", "12345\n")
    w("y-root-null.yaml", "~\n")
    w("y-root-list-of-descriptors.yaml", yaml.safe_dump([good(id="l1"), good(id="l2")]))
    w(
        "y-deep-merge-100.yaml",
        "a0: &a0 {k: v}\n" + "".join(f"a{i + 1}: &a{i + 1} {{<<: *a{i}, k{i}: v}}\n" for i in range(100)) + GOOD_TEXT,
    )

    # ---------------- JSON edge cases
    w("j-dup-keys.json", gj()[:-1] + ', "title": {"en": "Other"}}')
    w("j-dup-keys-nested.json", gj().replace('"ects": 5', '"ects": 5, "ects": 7', 1))
    w("j-dup-keys-50000.json", gj()[:-1] + "".join(', "kind": "offer"' for _ in range(50000)) + "}")
    w("j-nan.json", gj().replace('"ects": 5', '"ects": NaN', 1))
    w("j-infinity.json", gj().replace('"ects": 5', '"ects": Infinity, "hours": -Infinity', 1))
    w("j-1e400.json", gj().replace('"ects": 5', '"ects": 1e400', 1))
    w("j-neg-1e400.json", gj().replace('"amount": 950', '"amount": -1e400', 1))
    w("j-1e-400.json", gj().replace('"ects": 5', '"ects": 1e-400', 1))
    w("j-neg-zero.json", gj().replace('"ects": 5', '"ects": -0', 1).replace('"eqf": 6', '"eqf": -0.0', 1))
    w("j-big-int.json", gj().replace('"ects": 5', '"ects": ' + "9" * 4000, 1))
    w("j-big-int-5000.json", gj().replace('"ects": 5', '"ects": ' + "9" * 5000, 1))
    w("j-big-int-100k.json", gj().replace('"ects": 5', '"ects": ' + "9" * 100000, 1))
    w("j-big-float-mantissa.json", gj().replace('"ects": 5', '"ects": 0.' + "1" * 100000, 1))
    w("j-big-exponent.json", gj().replace('"ects": 5', '"ects": 1e99999999999999999999', 1))
    w("j-lone-surrogate-hi.json", gj().replace("Data Ethics in Practice", "Data \\ud800 Ethics", 1))
    w("j-lone-surrogate-lo-key.json", gj().replace('"summary"', '"summ\\udc00ary"', 1))
    w("j-surrogate-pair-ok.json", gj().replace("Data Ethics in Practice", "Data \\ud83d\\ude00 Ethics", 1))
    w("j-reversed-surrogates.json", gj().replace("Data Ethics in Practice", "Data \\ude00\\ud83d Ethics", 1))
    w("j-nul-escaped.json", gj().replace("Data Ethics in Practice", "Data\\u0000Ethics", 1))
    w("j-nul-in-key.json", gj().replace('"summary"', '"sum\\u0000mary"', 1))
    w("j-raw-nul.json", gj().replace("Data Ethics in Practice", "Data\x00Ethics", 1))
    w("j-trailing-comma-obj.json", gj()[:-1] + ",}")
    w("j-trailing-comma-arr.json", gj().replace('["en", "nl"]', '["en", "nl",]', 1))
    w("j-comments-line.json", "// descriptor\n" + gj())
    w("j-comments-block.json", "/* descriptor */" + gj())
    w("j-hash-comment.json", "# descriptor\n" + gj())
    w("j-jsonl-two.json", gj(id="jl1") + "\n" + gj(id="jl2") + "\n")
    w("j-concatenated.json", gj(id="c1") + gj(id="c2"))
    w("j-json5.json", "{id: 'x', kind: 'offer', title: {en: 'Data',},}")
    w("j-single-quotes.json", gj().replace('"', "'"))
    w("j-hex-number.json", gj().replace('"ects": 5', '"ects": 0x5', 1))
    w("j-leading-zero.json", gj().replace('"ects": 5', '"ects": 05', 1))
    w("j-plus-number.json", gj().replace('"ects": 5', '"ects": +5', 1))
    w("j-dot-number.json", gj().replace('"ects": 5', '"ects": .5', 1))
    w("j-unquoted-key.json", gj().replace('"ects"', "ects", 1))
    w("j-true-caps.json", gj().replace("true", "True", 1))
    w("j-undefined.json", gj().replace('"ects": 5', '"ects": undefined', 1))
    w("j-garbage-after.json", gj() + " garbage")
    w("j-two-roots-array.json", gj() + "[]")
    w("j-top-string.json", '"just a string"')
    w("j-top-number.json", "1e400")
    w("j-top-null.json", "null")
    w("j-top-true.json", "true")
    w("j-empty-array.json", "[]")
    w("j-array-of-nulls.json", "[" + ",".join(["null"] * 100000) + "]")
    w("j-array-mixed.json", json.dumps([good(id="a1"), 5, "x", [good(id="a2")], None, good(id="a3")]))
    w("j-escaped-slash-unicode-keys.json", gj().replace('"title"', '"\\u0074itle"', 1))
    w("j-escaped-dup-key.json", gj()[:-1] + ', "\\u0074itle": {"en": "Other"}}')
    w("j-invalid-escape.json", gj().replace("Data Ethics in Practice", "Data \\x41 Ethics", 1))
    w("j-raw-newline-in-string.json", gj().replace("Data Ethics in Practice", "Data\nEthics", 1))
    w("j-raw-tab-in-string.json", gj().replace("Data Ethics in Practice", "Data\tEthics", 1))
    w("j-numbers-as-keys.json", gj()[:-1] + ', "1": 1, "2": 2}')
    w("j-unicode-escape-bad.json", gj().replace("Data Ethics in Practice", "Data \\u12G4", 1))
    w("j-truncated-escape.json", gj()[:50] + "\\u12")
    w("j-very-long-line-error.json", '{"title": "' + "x" * 3_000_000 + '" "missing": 1}')

    # ---------------- encodings
    text = GOOD_TEXT
    for enc, bom in (
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ):
        w(f"e-{enc}-nobom.yaml", text.encode(enc))
        w(f"e-{enc}-bom.json", bom + gj().encode(enc))
        w(f"e-{enc}-nobom.json", gj().encode(enc))
    w("e-utf8-bom-twice.yaml", codecs.BOM_UTF8 * 2 + text.encode())
    w("e-utf16-bom-odd-length.yaml", codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00"[:1] + b"A")
    w(
        "e-utf16-lone-surrogate.yaml",
        codecs.BOM_UTF16_LE + "title: x".encode("utf-16-le") + b"\x00\xd8" + "\n".encode("utf-16-le"),
    )
    w("e-utf16le-bom-but-be.yaml", codecs.BOM_UTF16_LE + text.encode("utf-16-be"))
    w("e-utf16-nobom-cut.yaml", text.encode("utf-16-le")[:-1])
    w("e-utf32-nobom-cut.json", json.dumps(good(), indent=1).encode("utf-32-be")[:-2])
    w("e-utf16be-bom-le-text.json", codecs.BOM_UTF16_BE + gj().encode("utf-16-le"))
    w("e-utf32-bom-invalid-cp.json", codecs.BOM_UTF32_LE + b"{\x00\x00\x00" + b"\xff\xff\xff\x7f" + b"}\x00\x00\x00")
    w("e-latin1.json", gj().replace("Data Ethics in Practice", "Données éthique", 1).encode("latin-1", "replace"))
    w(
        "e-cp1252-smart-quotes.yaml",
        text.replace("Data Ethics in Practice", "\u201cData\u201d Ethics \u2013 Practice", 1).encode("cp1252"),
    )
    w(
        "e-cp1252-smart-quotes.json",
        gj().replace("Data Ethics in Practice", "\u201cData\u201d Ethics \u2013 Practice", 1).encode("cp1252"),
    )
    w("e-overlong-slash.json", gj().encode().replace(b"Data Ethics", b"Data\xc0\xafEthics", 1))
    w("e-overlong-nul.yaml", text.encode().replace(b"Data Ethics", b"Data\xc0\x80Ethics", 1))
    w("e-overlong-3byte.yaml", text.encode().replace(b"Data Ethics", b"Data\xe0\x80\xafEthics", 1))
    w("e-cesu8-surrogates.yaml", text.encode().replace(b"Data Ethics", b"Data\xed\xa0\xbd\xed\xb8\x80Ethics", 1))
    w("e-utf8-5byte.json", gj().encode().replace(b"Data Ethics", b"Data\xf8\x88\x80\x80\x80Ethics", 1))
    w("e-utf8-above-10ffff.json", gj().encode().replace(b"Data Ethics", b"Data\xf4\x90\x80\x80Ethics", 1))
    w("e-truncated-utf8-at-end.yaml", text.encode() + b"\xe2\x82")
    w("e-gb18030.yaml", text.replace("Data Ethics in Practice", "数据伦理", 1).encode("gb18030"))
    w("e-shift-jis.json", gj().replace("Data Ethics in Practice", "データ倫理", 1).encode("shift_jis"))
    w("e-ebcdic.yaml", text.encode("cp500"))
    w("e-utf7.yaml", text.replace("Data Ethics in Practice", "Daten—Ethik", 1).encode("utf-7"))
    w("e-nul-every-other-no-bom-odd.json", b"{\x00}")

    # ---------------- types in wrong places
    for field in [
        "id",
        "kind",
        "title",
        "summary",
        "languages",
        "awarding_bodies",
        "learning_outcomes",
        "workload",
        "level",
        "field_of_education",
        "assessment",
        "participation",
        "quality_assurance",
        "prerequisites",
        "stackability",
        "further_information",
        "target_group",
        "last_reviewed",
        "price",
        "descriptor_version",
    ]:
        w(f"t-bool-{field}.json", gj(**{field: True}))
        w(f"t-num-{field}.yaml", gy(**{field: 1e308}))
        w(f"t-arr-{field}.json", gj(**{field: [[[]]]}))
        w(f"t-obj-{field}.yaml", gy(**{field: {"x": {"y": None}}}))
    d = good()
    d["awarding_bodies"] = [True, 5, None, "str", [], {"name": True, "country": 5}]
    w("t-bodies-items.json", json.dumps(d))
    d = good()
    d["learning_outcomes"] = [True, 5, None, [], {"en": True}, {"en": ["x"]}, {"en": {"x": 1}}, {5: "x"}]
    w("t-outcomes-items.yaml", yaml.safe_dump(d))
    d = good()
    d["title"] = {"en": None, "nl": 5, "": "empty lang", "x" * 500: "long lang"}
    w("t-title-lang-values.json", json.dumps(d))
    d = good()
    d["workload"] = {"ects": "5", "hours": [140]}
    d["level"] = {"eqf": "six", "nqf": [1]}
    w("t-workload-level-strings.json", json.dumps(d))
    d = good()
    d["price"] = {"amount": "950", "currency": 978}
    w("t-price.json", json.dumps(d))
    d = good()
    d["participation"]["schedule"] = {"start": 20260202, "end": True, "duration": 10}
    w("t-schedule.json", json.dumps(d))
    d = good()
    d["quality_assurance"]["accreditations"] = {"type": "x"}
    w("t-accreditations-map.json", json.dumps(d))

    # ---------------- extremes
    d = good()
    d["learning_outcomes"] = [{"en": f"Apply method {i} to a case."} for i in range(1_000_000)]
    s = json.dumps(d)
    w("x-1m-outcomes.json", s)  # over limit probably
    d = good()
    d["learning_outcomes"] = [{"en": f"Apply method {i}."} for i in range(150_000)]
    w("x-150k-outcomes.json", json.dumps(d))
    d = good()
    d["learning_outcomes"] = ["x"] * 1_000_000
    w("x-1m-outcomes-short.json", json.dumps(d, separators=(",", ":")))
    d = good()
    d["languages"] = ["en"] * 1_000_000
    w("x-1m-languages.json", json.dumps(d, separators=(",", ":")))
    d = good()
    d["title"] = {"en": "Data " * 2_000_000}
    w("x-10mb-title.json", json.dumps(d))
    d = good()
    d["title"] = {"en": "Data " * 950_000}
    w("x-4.75mb-title.json", json.dumps(d))
    d = good()
    d["title"] = {"en": "D" * 4_800_000}
    w("x-4.8mb-title-one-word.yaml", yaml.safe_dump(d, width=10**9))
    d = good()
    d["awarding_bodies"] = [{"name": {"en": f"Body {i}"}, "country": "NL"} for i in range(80_000)]
    w("x-80k-bodies.json", json.dumps(d))
    d = good()
    d["title"] = {f"l{i}": "Data" for i in range(200_000)}
    w("x-200k-title-langs.json", json.dumps(d))
    d = good()
    d["summary"] = {"en": "Word, " * 800_000}
    w("x-summary-commas.json", json.dumps(d))
    d = good()
    d["summary"] = {"en": "\u0301" * 1_500_000}
    w("x-combining-marks.json", json.dumps(d, ensure_ascii=False))
    d = good()
    d["summary"] = {"en": "\U0001f600" * 1_000_000}
    w("x-emoji-summary.json", json.dumps(d, ensure_ascii=False))
    d = good()
    d["summary"] = {"en": "a\n" * 2_000_000}
    w("x-newlines-summary.json", json.dumps(d))
    d = good()
    d["learning_outcomes"] = [{"en": "Apply " + "and apply " * 400_000}]
    w("x-long-outcome.json", json.dumps(d))
    d = good()
    d["further_information"] = "https://" + "a." * 2_000_000 + "com"
    w("x-long-url.json", json.dumps(d))
    d = good()
    d["id"] = "x" * 4_000_000
    w("x-long-id.json", json.dumps(d))

    # ---------------- descriptor-level tricks
    for i in range(3):
        w(f"id-collision-{i}.json", gj(id="same-id"))
    w("id-collision-case.json", gj(id="SAME-ID"))
    w("id-collision-nfc.json", json.dumps(good(id="caf\u00e9")))
    w("id-collision-nfd.json", json.dumps(good(id="cafe\u0301")))
    d = good(id="self-stack")
    d["stackability"] = {
        "type": "stackable",
        "towards": [
            {"title": {"en": "Data Ethics in Practice"}, "id": "self-stack", "url": "https://www.hva.nl/data-ethics"}
        ],
    }
    w("id-self-stack.json", json.dumps(d))
    d = good(id="cyc-a")
    d["stackability"] = {"type": "stackable", "towards": [{"title": {"en": "B"}, "id": "cyc-b"}]}
    w("id-cycle-a.json", json.dumps(d))
    d = good(id="cyc-b")
    d["stackability"] = {"type": "stackable", "towards": [{"title": {"en": "A"}, "id": "cyc-a"}]}
    w("id-cycle-b.json", json.dumps(d))
    d = good(id="many-towards")
    d["stackability"] = {
        "type": "stackable",
        "towards": [{"title": {"en": f"T{i}"}, "credits": 5} for i in range(50_000)],
    }
    w("id-many-towards.json", json.dumps(d))
    w("id-empty.json", gj(id=""))
    w("id-whitespace.json", gj(id="  \t "))
    w("id-newline.json", gj(id="a\nb\x1b[31m"))
    w("id-pointer-chars.json", gj(id="a/b~0~1"))
    d = good()
    d["learning_outcomes"] = [
        {"en": "Apply the GDPR principles of lawful processing to a data-driven project plan."}
    ] * 5000
    w("id-5000-same-outcomes.json", json.dumps(d))
    d = good()
    d["x~/"] = {"a/b": {"~0": [1, {"": True}]}}
    w("id-pointer-escape-keys.json", json.dumps(d))
    d = good()
    d[""] = "empty key"
    w("id-empty-key.json", json.dumps(d))


def write_special(out: Path) -> dict[str, str]:
    """Special files and odd names in ``out``; each name with its expected answer (as :data:`EXPECTED`)."""
    expected = {
        "fs-loop-a.json": "error MC-LD-001",
        "fs-loop-b.json": "error MC-LD-001",
        "fs-dangling.json": "error MC-LD-001",
        "fs-devzero.json": "error MC-LD-001",
        "fs-urandom.yaml": "error MC-LD-001",
        "fs-empty.json": "error MC-LD-006",
        "fs-empty.yaml": "error MC-LD-006",
        "fs-sparse-huge.json": "error MC-LD-005",
        "fs-name\nnewline.json": "pass",
        "fs-\x1b[31mred.yaml": "pass",
        "fs-UPPER.JSON": "pass",
        "fs-double.json.yaml": "pass",
        "fs-bad-\udcff\udcfe-bytes.yaml": "pass",
    }
    os.symlink("fs-loop-b.json", out / "fs-loop-a.json")
    os.symlink("fs-loop-a.json", out / "fs-loop-b.json")
    os.symlink(str(out / "missing" / "x.json"), out / "fs-dangling.json")
    os.symlink("/dev/zero", out / "fs-devzero.json")
    os.symlink("/dev/urandom", out / "fs-urandom.yaml")
    (out / "fs-empty.json").write_bytes(b"")
    (out / "fs-empty.yaml").write_bytes(b"")
    with open(out / "fs-sparse-huge.json", "wb") as sparse:
        sparse.truncate(6 * 1024**3)
    (out / "fs-name\nnewline.json").write_text(gj(id="newline-name"), encoding="utf-8")
    (out / "fs-\x1b[31mred.yaml").write_text(gy(id="escape-name"), encoding="utf-8")
    (out / "fs-UPPER.JSON").write_text(gj(id="upper"), encoding="utf-8")
    (out / "fs-double.json.yaml").write_text(gy(id="double-ext"), encoding="utf-8")
    (out / os.fsdecode(b"fs-bad-\xff\xfe-bytes.yaml")).write_text(gy(id="bad-bytes-name"), encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(out / "fs-fifo.json")
        expected["fs-fifo.json"] = "error MC-LD-001"
    if hasattr(socket, "AF_UNIX") and len(str(out / "fs-sock.yaml")) < 100:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(out / "fs-sock.yaml"))
        expected["fs-sock.yaml"] = "error MC-LD-001"
    return expected


EXPECTED: dict[str, str] = {
    "e-cesu8-surrogates.yaml": "error MC-LD-001",
    "e-cp1252-smart-quotes.json": "error MC-LD-001",
    "e-cp1252-smart-quotes.yaml": "error MC-LD-001",
    "e-ebcdic.yaml": "error MC-LD-001",
    "e-gb18030.yaml": "error MC-LD-001",
    "e-latin1.json": "error MC-LD-001",
    "e-nul-every-other-no-bom-odd.json": "error MC-LD-001",
    "e-overlong-3byte.yaml": "error MC-LD-001",
    "e-overlong-nul.yaml": "error MC-LD-001",
    "e-overlong-slash.json": "error MC-LD-001",
    "e-shift-jis.json": "error MC-LD-001",
    "e-truncated-utf8-at-end.yaml": "error MC-LD-001",
    "e-utf-16-be-bom.json": "pass",
    "e-utf-16-be-nobom.json": "pass",
    "e-utf-16-be-nobom.yaml": "pass",
    "e-utf-16-le-bom.json": "pass",
    "e-utf-16-le-nobom.json": "pass",
    "e-utf-16-le-nobom.yaml": "pass",
    "e-utf-32-be-bom.json": "pass",
    "e-utf-32-be-nobom.json": "pass",
    "e-utf-32-be-nobom.yaml": "pass",
    "e-utf-32-le-bom.json": "pass",
    "e-utf-32-le-nobom.json": "pass",
    "e-utf-32-le-nobom.yaml": "pass",
    "e-utf16-bom-odd-length.yaml": "error MC-LD-002",
    "e-utf16-lone-surrogate.yaml": "error MC-LD-001",
    "e-utf16le-bom-but-be.yaml": "error MC-LD-001",
    "e-utf16-nobom-cut.yaml": "error MC-LD-001",
    "e-utf32-nobom-cut.json": "error MC-LD-001",
    "e-utf16be-bom-le-text.json": "error MC-LD-001",
    "e-utf32-bom-invalid-cp.json": "error MC-LD-001",
    "e-utf7.yaml": "pass",
    "e-utf8-5byte.json": "error MC-LD-001",
    "e-utf8-above-10ffff.json": "error MC-LD-001",
    "e-utf8-bom-twice.yaml": "pass",
    "id-5000-same-outcomes.json": "pass",
    "id-collision-0.json": "pass",
    "id-collision-1.json": "pass",
    "id-collision-2.json": "pass",
    "id-collision-case.json": "pass",
    "id-collision-nfc.json": "pass",
    "id-collision-nfd.json": "pass",
    "id-cycle-a.json": "fail",
    "id-cycle-b.json": "fail",
    "id-empty-key.json": "fail",
    "id-empty.json": "fail",
    "id-many-towards.json": "error MC-LD-005",
    "id-newline.json": "fail MC-LD-007",
    "id-pointer-chars.json": "pass",
    "id-pointer-escape-keys.json": "fail",
    "id-self-stack.json": "fail",
    "id-whitespace.json": "fail",
    "j-1e-400.json": "fail",
    "j-1e400.json": "error MC-LD-002",
    "j-array-mixed.json": "error pass MC-LD-003",
    "j-array-of-nulls.json": "error MC-LD-005",
    "j-big-exponent.json": "error MC-LD-002",
    "j-big-float-mantissa.json": "pass",
    "j-big-int-100k.json": "error MC-LD-007",
    "j-big-int-5000.json": "error MC-LD-007",
    "j-big-int.json": "error MC-LD-007",
    "j-comments-block.json": "error MC-LD-002",
    "j-comments-line.json": "error MC-LD-002",
    "j-concatenated.json": "error MC-LD-002",
    "j-dot-number.json": "error MC-LD-002",
    "j-dup-keys-50000.json": "fail MC-LD-008",
    "j-dup-keys-nested.json": "fail MC-LD-008",
    "j-dup-keys.json": "fail MC-LD-008",
    "j-empty-array.json": "error MC-LD-003",
    "j-escaped-dup-key.json": "fail MC-LD-008",
    "j-escaped-slash-unicode-keys.json": "pass",
    "j-garbage-after.json": "error MC-LD-002",
    "j-hash-comment.json": "error MC-LD-002",
    "j-hex-number.json": "error MC-LD-002",
    "j-infinity.json": "error MC-LD-002",
    "j-invalid-escape.json": "error MC-LD-002",
    "j-json5.json": "error MC-LD-002",
    "j-jsonl-two.json": "error MC-LD-002",
    "j-leading-zero.json": "error MC-LD-002",
    "j-lone-surrogate-hi.json": "fail MC-LD-007",
    "j-lone-surrogate-lo-key.json": "fail MC-LD-007",
    "j-nan.json": "error MC-LD-002",
    "j-neg-1e400.json": "error MC-LD-002",
    "j-neg-zero.json": "fail",
    "j-nul-escaped.json": "fail MC-LD-007",
    "j-nul-in-key.json": "fail MC-LD-007",
    "j-numbers-as-keys.json": "fail",
    "j-plus-number.json": "error MC-LD-002",
    "j-raw-newline-in-string.json": "error MC-LD-002",
    "j-raw-nul.json": "error MC-LD-001",
    "j-raw-tab-in-string.json": "error MC-LD-002",
    "j-reversed-surrogates.json": "fail MC-LD-007",
    "j-single-quotes.json": "error MC-LD-002",
    "j-surrogate-pair-ok.json": "pass",
    "j-top-null.json": "error MC-LD-003",
    "j-top-number.json": "error MC-LD-002",
    "j-top-string.json": "error MC-LD-003",
    "j-top-true.json": "error MC-LD-003",
    "j-trailing-comma-arr.json": "error MC-LD-002",
    "j-trailing-comma-obj.json": "error MC-LD-002",
    "j-true-caps.json": "error MC-LD-002",
    "j-truncated-escape.json": "error MC-LD-002",
    "j-two-roots-array.json": "error MC-LD-002",
    "j-undefined.json": "error MC-LD-002",
    "j-unicode-escape-bad.json": "error MC-LD-002",
    "j-unquoted-key.json": "error MC-LD-002",
    "j-very-long-line-error.json": "error MC-LD-002",
    "t-accreditations-map.json": "fail",
    "t-arr-assessment.json": "fail",
    "t-arr-awarding_bodies.json": "fail",
    "t-arr-descriptor_version.json": "fail",
    "t-arr-field_of_education.json": "fail",
    "t-arr-further_information.json": "fail",
    "t-arr-id.json": "fail",
    "t-arr-kind.json": "fail",
    "t-arr-languages.json": "fail",
    "t-arr-last_reviewed.json": "fail",
    "t-arr-learning_outcomes.json": "fail",
    "t-arr-level.json": "fail",
    "t-arr-participation.json": "fail",
    "t-arr-prerequisites.json": "fail",
    "t-arr-price.json": "fail",
    "t-arr-quality_assurance.json": "fail",
    "t-arr-stackability.json": "fail",
    "t-arr-summary.json": "fail",
    "t-arr-target_group.json": "fail",
    "t-arr-title.json": "fail",
    "t-arr-workload.json": "fail",
    "t-bodies-items.json": "fail",
    "t-bool-assessment.json": "fail",
    "t-bool-awarding_bodies.json": "fail",
    "t-bool-descriptor_version.json": "fail",
    "t-bool-field_of_education.json": "fail",
    "t-bool-further_information.json": "fail",
    "t-bool-id.json": "fail",
    "t-bool-kind.json": "fail",
    "t-bool-languages.json": "fail",
    "t-bool-last_reviewed.json": "fail",
    "t-bool-learning_outcomes.json": "fail",
    "t-bool-level.json": "fail",
    "t-bool-participation.json": "fail",
    "t-bool-prerequisites.json": "fail",
    "t-bool-price.json": "fail",
    "t-bool-quality_assurance.json": "fail",
    "t-bool-stackability.json": "fail",
    "t-bool-summary.json": "fail",
    "t-bool-target_group.json": "fail",
    "t-bool-title.json": "fail",
    "t-bool-workload.json": "fail",
    "t-num-assessment.yaml": "fail",
    "t-num-awarding_bodies.yaml": "fail",
    "t-num-descriptor_version.yaml": "fail",
    "t-num-field_of_education.yaml": "fail",
    "t-num-further_information.yaml": "fail",
    "t-num-id.yaml": "fail",
    "t-num-kind.yaml": "fail",
    "t-num-languages.yaml": "fail",
    "t-num-last_reviewed.yaml": "fail",
    "t-num-learning_outcomes.yaml": "fail",
    "t-num-level.yaml": "fail",
    "t-num-participation.yaml": "fail",
    "t-num-prerequisites.yaml": "fail",
    "t-num-price.yaml": "fail",
    "t-num-quality_assurance.yaml": "fail",
    "t-num-stackability.yaml": "fail",
    "t-num-summary.yaml": "fail",
    "t-num-target_group.yaml": "fail",
    "t-num-title.yaml": "fail",
    "t-num-workload.yaml": "fail",
    "t-obj-assessment.yaml": "fail",
    "t-obj-awarding_bodies.yaml": "fail",
    "t-obj-descriptor_version.yaml": "fail",
    "t-obj-field_of_education.yaml": "fail",
    "t-obj-further_information.yaml": "fail",
    "t-obj-id.yaml": "fail",
    "t-obj-kind.yaml": "fail",
    "t-obj-languages.yaml": "fail",
    "t-obj-last_reviewed.yaml": "fail",
    "t-obj-learning_outcomes.yaml": "fail",
    "t-obj-level.yaml": "fail",
    "t-obj-participation.yaml": "fail",
    "t-obj-prerequisites.yaml": "fail",
    "t-obj-price.yaml": "fail",
    "t-obj-quality_assurance.yaml": "fail",
    "t-obj-stackability.yaml": "fail",
    "t-obj-summary.yaml": "fail",
    "t-obj-target_group.yaml": "fail",
    "t-obj-title.yaml": "fail",
    "t-obj-workload.yaml": "fail",
    "t-outcomes-items.yaml": "fail",
    "t-price.json": "fail",
    "t-schedule.json": "fail",
    "t-title-lang-values.json": "fail",
    "t-workload-level-strings.json": "fail",
    "x-10mb-title.json": "error MC-LD-005",
    "x-150k-outcomes.json": "error MC-LD-005",
    "x-1m-languages.json": "error MC-LD-005",
    "x-1m-outcomes-short.json": "error MC-LD-005",
    "x-1m-outcomes.json": "error MC-LD-005",
    "x-200k-title-langs.json": "error MC-LD-005",
    "x-4.75mb-title.json": "pass",
    "x-4.8mb-title-one-word.yaml": "pass",
    "x-80k-bodies.json": "error MC-LD-005",
    "x-combining-marks.json": "pass",
    "x-emoji-summary.json": "pass",
    "x-long-id.json": "fail",
    "x-long-outcome.json": "pass",
    "x-long-url.json": "pass",
    "x-newlines-summary.json": "error MC-LD-005",
    "x-summary-commas.json": "pass",
    "y-alias-in-key.yaml": "fail",
    "y-alias-recursive-map.yaml": "error MC-LD-004",
    "y-alias-recursive.yaml": "error MC-LD-004",
    "y-alias-undefined.yaml": "error MC-LD-002",
    "y-anchor-bomb-9.yaml": "error MC-LD-005",
    "y-anchor-bomb-in-outcomes.yaml": "error MC-LD-005",
    "y-anchor-on-doc.yaml": "pass",
    "y-anchor-title-reuse.yaml": "fail",
    "y-bad-indent-indicator.yaml": "error MC-LD-002",
    "y-binary-int.yaml": "fail",
    "y-bom-midfile.yaml": "fail",
    "y-bool-key.yaml": "fail",
    "y-complex-key-map.yaml": "error MC-LD-002",
    "y-complex-key-nested.yaml": "error MC-LD-002",
    "y-complex-key.yaml": "error MC-LD-002",
    "y-cr-only.yaml": "pass",
    "y-deep-merge-100.yaml": "fail",
    "y-directive-no-doc.yaml": "error MC-LD-002",
    "y-doc-end-only.yaml": "error MC-LD-002",
    "y-dup-key-case.yaml": "fail",
    "y-dup-key-different-quote.yaml": "fail MC-LD-008",
    "y-dup-key-null.yaml": "fail",
    "y-dup-keys-10000.yaml": "fail MC-LD-008",
    "y-dup-keys-merge-override.yaml": "fail",
    "y-dup-keys-nested.yaml": "fail MC-LD-008",
    "y-dup-keys-top.yaml": "fail MC-LD-008",
    "y-escape-32bit.yaml": "error MC-LD-002",
    "y-escape-bad.yaml": "error MC-LD-002",
    "y-escape-nul.yaml": "fail MC-LD-007",
    "y-explicit-doc-start-inline.yaml": "pass",
    "y-float-key.yaml": "error MC-LD-002",
    "y-flow-json-superset.yaml": "pass",
    "y-folded-literal-chomp.yaml": "pass",
    "y-hex-ects.yaml": "pass",
    "y-indent-indicator-9.yaml": "error MC-LD-002",
    "y-indent-indicator.yaml": "pass",
    "y-inf-ects.yaml": "error MC-LD-002",
    "y-inf-price.yaml": "error MC-LD-002",
    "y-int-key-in-title.yaml": "fail",
    "y-int-key.yaml": "fail",
    "y-long-implicit-key-1025.yaml": "fail",
    "y-long-key.yaml": "error MC-LD-002",
    "y-many-anchors.yaml": "fail",
    "y-merge-bomb.yaml": "fail",
    "y-merge-key-list.yaml": "fail",
    "y-merge-key-scalar.yaml": "error MC-LD-002",
    "y-merge-key.yaml": "fail",
    "y-merge-toplevel.yaml": "fail",
    "y-mixed-eol.yaml": "pass",
    "y-multi-10000-empty.yaml": "error MC-LD-003",
    "y-multi-docs-3.yaml": "pass",
    "y-multi-docs-end-markers.yaml": "pass",
    "y-multi-empty-docs.yaml": "pass",
    "y-multi-scalar-doc.yaml": "error pass MC-LD-003",
    "y-nan-ects.yaml": "error MC-LD-002",
    "y-nan-eqf.yaml": "error MC-LD-002",
    "y-nel-ls-ps.yaml": "error MC-LD-002",
    "y-null-key.yaml": "fail",
    "y-null-variants.yaml": "fail",
    "y-octal-0o.yaml": "fail",
    "y-octal-isced.yaml": "pass",
    "y-on-off-everywhere.yaml": "fail",
    "y-root-int.yaml": "error MC-LD-003",
    "y-root-list-of-descriptors.yaml": "pass",
    "y-root-null.yaml": "error MC-LD-003",
    "y-root-scalar.yaml": "error MC-LD-003",
    "y-set-syntax.yaml": "fail",
    "y-sexagesimal.yaml": "fail",
    "y-tab-indent.yaml": "error MC-LD-002",
    "y-tag-binary-title.yaml": "pass",
    "y-tag-binary.yaml": "fail",
    "y-tag-bool-bad.yaml": "error MC-LD-002",
    "y-tag-custom-verbatim.yaml": "error MC-LD-002",
    "y-tag-custom.yaml": "error MC-LD-002",
    "y-tag-directive-python.yaml": "error MC-LD-002",
    "y-tag-directive.yaml": "error MC-LD-002",
    "y-tag-float-bad.yaml": "error MC-LD-002",
    "y-tag-int-bad.yaml": "error MC-LD-002",
    "y-tag-map-on-seq.yaml": "error MC-LD-002",
    "y-tag-null-value.yaml": "fail",
    "y-tag-omap.yaml": "fail",
    "y-tag-on-key.yaml": "error MC-LD-002",
    "y-tag-on-root.yaml": "pass",
    "y-tag-pairs.yaml": "fail",
    "y-tag-python-apply.yaml": "error MC-LD-002",
    "y-tag-python-name.yaml": "error MC-LD-002",
    "y-tag-python-object.yaml": "error MC-LD-002",
    "y-tag-seq-on-map.yaml": "error MC-LD-002",
    "y-tag-set.yaml": "fail",
    "y-tag-str-on-number.yaml": "fail",
    "y-tag-str-root.yaml": "error MC-LD-002",
    "y-tag-timestamp-bad.yaml": "fail",
    "y-tag-timestamp.yaml": "pass",
    "y-timestamp-key.yaml": "fail",
    "y-timestamp-values.yaml": "fail",
    "y-timestamp-year-0.yaml": "fail",
    "y-timestamp-year-9999.yaml": "fail",
    "y-underscore-int.yaml": "fail",
    "y-unknown-directive.yaml": "pass",
    "y-yaml-directive-11.yaml": "pass",
    "y-yaml-directive-99.yaml": "error MC-LD-002",
    "y-yaml-directive-dup.yaml": "error MC-LD-002",
    "y-yes-no-booleans.yaml": "fail",
}
