"""Benchmark (not a test): descriptors per second of every command beside ``check-jsonschema``.

Generates varied corpora in a temporary folder: JSON and YAML (about 60 % YAML), offers and issued
credentials, texts in seven languages (en de fr es it nl pl, one or two per descriptor), good ones
and flawed ones (about a third: missing and wrong elements, hours instead of ECTS, unknown codes,
misspelt fields, an outcome in another language than it claims, vague outcomes). Then, from one run,
as fresh processes including start-up, each run from bytecode as installed tools are, it times:

- ``check-jsonschema --schemafile schemas/descriptor.schema.json FILE...`` (bare schema validation
  of the same files: the yardstick),
- ``qa-checker check --format json``, ``check --format jsonl``, ``audit --out`` (three reports) and
  ``audit --engine dask --out`` (a local cluster) on the whole folder, every core,
- the single-file start-up: ``qa-checker check ONE.json`` against ``check-jsonschema`` on that file
  (the median of five runs each),

and prints descriptors per second, the ratio to check-jsonschema and the peak memory of the largest
process (the command's own or one of its workers). Sizes: ``--sizes 1000,10000`` (the default); add
100000 for the large run. ``--million`` also streams 1,000,000 descriptors, written batch by batch
into one folder and never all held in memory, through ``check --format jsonl`` and ``audit``,
reporting time and peak memory (about 40 minutes on two cores, and some 15 GB of disk: about 4 for
the corpus, 7 for the audit's reports, the rest for the JSON lines).

Run: ``python benchmarks/bench_speed.py [--sizes 1000,10000] [--skip dask,audit,jsonl] [--million] [--work DIR]``
(needs the ``bench`` extra for check-jsonschema, and ``dask`` for the dask engine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import descriptor, providers  # noqa: E402

SCHEMA = ROOT / "schemas" / "descriptor.schema.json"
# libyaml's emitter writes the same text as PyYAML's, five times as fast (a million files to write).
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
NOW = "2026-11-29T12:00:00Z"

# Titles and outcomes per language (a descriptor in that language draws from them).
TEXTS: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        ["Data ethics in practice", "Sustainable supply chain management", "Applied machine learning"],
        [
            "Evaluate the environmental impact of logistics operations using recognised methods.",
            "Design a relational database and normalise it to the third normal form.",
            "Identify common security vulnerabilities in web applications and propose countermeasures.",
            "Calculate the energy performance of a residential building and recommend improvements.",
        ],
    ),
    "de": (
        ["Datenethik in der Praxis", "Nachhaltiges Lieferkettenmanagement", "Angewandtes maschinelles Lernen"],
        [
            "Die Teilnehmenden bewerten die Umweltauswirkungen logistischer Prozesse mit anerkannten Methoden.",
            "Eine relationale Datenbank entwerfen und bis zur dritten Normalform normalisieren.",
            "Typische Sicherheitslücken in Webanwendungen erkennen und Gegenmaßnahmen vorschlagen.",
            "Die Energieeffizienz eines Wohngebäudes berechnen und Verbesserungen empfehlen.",
        ],
    ),
    "fr": (
        ["Éthique des données en pratique", "Logistique verte", "Gestion de projet"],
        [
            "Évaluer l'impact environnemental des opérations logistiques à l'aide de méthodes reconnues.",
            "Concevoir une base de données relationnelle et la normaliser.",
            "Identifier les vulnérabilités courantes des applications web et proposer des contre-mesures.",
            "Calculer la performance énergétique d'un bâtiment résidentiel et recommander des améliorations.",
        ],
    ),
    "es": (
        ["Ética de datos en la práctica", "Marketing digital", "Contratación pública"],
        [
            "Evaluar el impacto ambiental de las operaciones logísticas mediante métodos reconocidos.",
            "Diseñar una base de datos relacional y normalizarla.",
            "Identificar las vulnerabilidades habituales de las aplicaciones web y proponer contramedidas.",
            "Calcular la eficiencia energética de un edificio residencial y recomendar mejoras.",
        ],
    ),
    "it": (
        ["Etica dei dati nella pratica", "Marketing digitale", "Appalti pubblici"],
        [
            "Valutare l'impatto ambientale delle operazioni logistiche con metodi riconosciuti.",
            "Progettare una base di dati relazionale e normalizzarla.",
            "Identificare le vulnerabilità comuni delle applicazioni web e proporre contromisure adeguate.",
            "Calcolare la prestazione energetica di un edificio residenziale e raccomandare miglioramenti.",
        ],
    ),
    "nl": (
        ["Data-ethiek in de praktijk", "Duurzaam ketenbeheer", "Toegepaste machine learning"],
        [
            "De deelnemer beoordeelt de milieu-impact van logistieke processen met erkende methoden.",
            "Een relationele database ontwerpen en normaliseren tot de derde normaalvorm.",
            "Veelvoorkomende kwetsbaarheden in webapplicaties herkennen en maatregelen voorstellen.",
            "De energieprestatie van een woning berekenen en verbeteringen aanbevelen.",
        ],
    ),
    "pl": (
        ["Etyka danych w praktyce", "Marketing cyfrowy", "Zamówienia publiczne"],
        [
            "Ocenić wpływ operacji logistycznych na środowisko za pomocą uznanych metod.",
            "Zaprojektować relacyjną bazę danych i ją znormalizować.",
            "Rozpoznawać typowe podatności aplikacji internetowych i proponować zabezpieczenia.",
            "Obliczyć charakterystykę energetyczną budynku mieszkalnego i zalecić usprawnienia.",
        ],
    ),
}
LANGUAGES = sorted(TEXTS)


def varied(rng: random.Random, index: int, bodies: list[dict[str, Any]]) -> dict[str, Any]:
    """One descriptor of the shared generator, its texts in one or two of the seven languages."""
    data = descriptor(rng, index, bodies)
    first = rng.choice(LANGUAGES)
    langs = [first] if rng.random() < 0.7 else [first, rng.choice([c for c in LANGUAGES if c != first])]
    data["languages"] = langs
    count = rng.randint(2, 4)
    picks = rng.sample(range(4), count)
    data["title"] = {code: f"{TEXTS[code][0][index % 3]} {index % 7 + 1}" for code in langs}
    data["learning_outcomes"] = [{code: TEXTS[code][1][i] for code in langs} for i in picks]
    roll = rng.random()
    if roll < 0.05:  # an outcome in another language than it claims
        other = rng.choice([c for c in LANGUAGES if c != first])
        data["learning_outcomes"][0][first] = TEXTS[other][1][picks[0]]
    elif roll < 0.09:  # a vague outcome
        data["learning_outcomes"].append(dict.fromkeys(langs, "Understand the basics."))
    elif roll < 0.12:  # a misspelt field
        data["titel"] = data.pop("title")
    return data


def write_files(folder: Path, count: int, *, seed: int = 2026, start: int = 0) -> list[Path]:
    """Write ``count`` varied descriptors (60 % YAML) into provider sub-folders of ``folder``."""
    rng = random.Random(seed + start)
    bodies = providers(random.Random(seed))
    paths = []
    for index in range(start, start + count):
        data = varied(rng, index, bodies)
        sub = folder / f"provider-{index % len(bodies):02d}"
        sub.mkdir(parents=True, exist_ok=True)
        if rng.random() < 0.6:
            path = sub / f"{data['id']}.yaml"
            path.write_text(yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False), encoding="utf-8")
        else:
            path = sub / f"{data['id']}.json"
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths


# Runs a command and prints, on its last line of standard error, the largest resident set (KiB) of
# any process it waited for (the command or one of its workers).
_MEASURED = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "sys.stderr.write(done.stderr.decode(errors='replace')[-2000:])\n"
    "sys.stderr.write('\\nPEAK %d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(done.returncode)\n"
)


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall-clock seconds and peak MiB of one command; exit codes 0 and 1 are fine."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURED, *command], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    peak = int(done.stderr.rsplit("PEAK ", 1)[1].split()[0]) / 1024
    return elapsed, peak


def _checker() -> str:
    checker = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    if not Path(checker).exists():
        raise SystemExit("check-jsonschema is not installed: pip install '.[bench]'")
    return checker


def from_bytecode(work: Path) -> None:
    """Every timed process runs from bytecode, as installed tools do: a checkout run under
    PYTHONDONTWRITEBYTECODE would compile qa_checker's sources in every process (0.1 to 0.3 s) while
    check-jsonschema, installed by pip, loads its bytecode. The bytecode of everything either tool
    imports goes to a folder of the run's own, written by one untimed run of each (an audit, and one on
    the Dask engine, of a file with a language finding, so that qa-checker imports all it will)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    folder = work / "warm"
    data = varied(random.Random(1), 0, providers(random.Random(1)))
    data["languages"] = ["en"]
    data["title"] = {"en": TEXTS["en"][0][0]}
    data["learning_outcomes"] = [{"en": TEXTS["pl"][1][0]}, {"en": TEXTS["en"][1][1]}]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "warm.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for command in (
        qa("audit", str(folder), "--out", str(work / "warm-out")),
        qa("audit", str(folder), "--engine", "dask", "--out", str(work / "warm-dask")),
        [_checker(), "--schemafile", str(SCHEMA), str(path)],
    ):
        subprocess.run(command, capture_output=True, check=False)


def yardstick(files: list[Path], corpus: Path) -> tuple[float, float]:
    """check-jsonschema on every file, in batches of 4,000 (the command line stays short)."""
    names = [str(p.relative_to(corpus)) for p in files]
    seconds = peak = 0.0
    for start in range(0, len(names), 4000):
        spent, used = timed([_checker(), "--schemafile", str(SCHEMA), *names[start : start + 4000]], corpus)
        seconds, peak = seconds + spent, max(peak, used)
    return seconds, peak


def qa(*args: str) -> list[str]:
    return [sys.executable, "-m", "qa_checker", *args]


def single_file(work: Path) -> None:
    """Start-up: one file checked by qa-checker and by check-jsonschema, median of five runs each.

    Files of the generated corpus, each the first of its kind: a passing JSON descriptor in each of the
    seven languages (the common case); a passing YAML one; a flawed one (a schema error of a common
    kind, explained from jsonschema-rs's own errors: jsonschema is imported only for a value that fits
    none of an anyOf's forms); and one with a text in another language than it claims, whose check loads
    lingua's full models of those languages for the final decision.
    """
    folder = work / "one"
    paths = write_files(folder, 200)
    done = subprocess.run(
        qa("check", str(folder), "--format", "json", "--now", NOW, "--jobs", "1"), capture_output=True, check=False
    )
    verdicts = {Path(r["source"]).name: r for r in json.loads(done.stdout)["results"]}
    chosen: dict[str, Path] = {}
    for path in paths:
        result = verdicts[path.name]
        rules = {f["rule"] for f in result["findings"]}
        languages = yaml.safe_load(path.read_text(encoding="utf-8")).get("languages")
        if rules & {"MC-LG-001", "MC-LG-003"} and "a text in another language" not in chosen:
            kind = "a text in another language"
        elif result["status"] == "fail" and "MC-SC-001" in rules:
            kind = "a flawed descriptor"
        elif result["status"] != "pass":
            continue
        elif path.suffix == ".yaml":
            kind = "a passing YAML descriptor"
        elif isinstance(languages, list) and len(languages) == 1:
            kind = f"a passing descriptor in {languages[0]}"
        else:
            continue
        chosen.setdefault(kind, path)
    for kind, path in sorted(chosen.items()):
        ours_command = qa("check", str(path), "--format", "json", "--now", NOW)
        theirs_command = [_checker(), "--schemafile", str(SCHEMA), str(path)]
        ours, theirs = [], []
        for _ in range(5):
            ours.append(timed(ours_command, folder)[0])
            theirs.append(timed(theirs_command, folder)[0])
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"single file, {kind}: qa-checker check {a:.2f} s, check-jsonschema {b:.2f} s: {b / a:.2f}x")


def bench(count: int, work: Path, skip: set[str]) -> None:
    corpus = work / f"corpus-{count}"
    files = write_files(corpus, count)
    base, base_peak = yardstick(files, corpus)
    rows = [("check-jsonschema", base, base_peak)]
    out = work / f"out-{count}"
    commands = {
        "check --format json": qa("check", ".", "--format", "json", "--now", NOW, "-o", str(out / "r.json")),
        "check --format jsonl": qa("check", ".", "--format", "jsonl", "--now", NOW, "-o", str(out / "r.jsonl")),
        "audit (3 reports)": qa("audit", ".", "--out", str(out / "audit"), "--now", NOW, "--no-progress"),
        "audit --engine dask": qa(
            "audit", ".", "--engine", "dask", "--out", str(out / "dask"), "--now", NOW, "--no-progress"
        ),
    }
    for name, command in commands.items():
        if any(word in name for word in skip):
            continue
        seconds, peak = timed(command, corpus)
        rows.append((name, seconds, peak))
    cores = os.cpu_count()
    print(f"\n{count:,} descriptors ({cores} cores)")
    print(
        f"| {'command':<22} | {'descriptors/s':>13} | {'seconds':>8} | {'vs check-jsonschema':>19} | {'peak MiB':>8} |"
    )
    print(f"|{'-' * 24}|{'-' * 15}:|{'-' * 9}:|{'-' * 20}:|{'-' * 9}:|")
    for name, seconds, peak in rows:
        print(f"| {name:<22} | {count / seconds:>13,.0f} | {seconds:>8.2f} | {base / seconds:>18.2f}x | {peak:>8.0f} |")
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)


def million(work: Path, skip: set[str]) -> None:
    """1,000,000 descriptors through check --format jsonl and audit: time and peak memory.

    The corpus is written batch by batch (the generator holds one batch), once: a ``--work`` folder
    that already holds a complete one is reused."""
    corpus = work / "million"
    done = work / "million.complete"
    if not done.exists():
        for start in range(0, 1_000_000, 10_000):
            write_files(corpus, 10_000, start=start)
        done.touch()
    for name, command in {
        "check --format jsonl": qa("check", ".", "--format", "jsonl", "--now", NOW, "-o", str(work / "m.jsonl")),
        "audit (3 reports)": qa("audit", ".", "--out", str(work / "m-audit"), "--now", NOW, "--no-progress"),
    }.items():
        if any(word in name for word in skip):
            continue
        seconds, peak = timed(command, corpus)
        print(f"1,000,000 descriptors, {name}: {seconds:,.0f} s ({1e6 / seconds:,.0f}/s), peak {peak:,.0f} MiB")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--skip", default="", help="comma-separated words: skip the commands naming them (dask, audit)")
    parser.add_argument("--million", action="store_true", help="also 1,000,000 descriptors (~40 min, ~15 GB of disk)")
    parser.add_argument("--no-single", action="store_true", help="skip the single-file start-up comparison")
    parser.add_argument("--work", help="folder for corpora and outputs (kept; default: a temporary folder)")
    options = parser.parse_args(argv)
    skip = {word for word in options.skip.split(",") if word}
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        work = Path(options.work or tmp)
        work.mkdir(parents=True, exist_ok=True)
        from_bytecode(work)
        if not options.no_single:
            single_file(work)
        for size in (int(s) for s in options.sizes.split(",") if s):
            bench(size, work, skip)
        if options.million:
            million(work, skip)


if __name__ == "__main__":
    main(sys.argv[1:])
