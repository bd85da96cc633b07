"""Benchmark (not a test): microseconds per descriptor of each stage of ``check``, in one process.

Generates two corpora in a temporary folder, each about 60 % YAML and 40 % JSON, texts in seven
languages (the generator of ``bench_speed.py``):

- ``valid``: the good, complete offer ``qa-checker explain`` starts from, varied in id, title,
  workload, languages and outcomes (each in the languages it claims);
- ``flawed``: descriptors of ``bench_speed.py``'s generator with the failing examples of four to eight
  rules merged over each (every rule with an example fires somewhere in the corpus), so that schema
  errors are explained and findings are placed by line and column;
- with ``--new-texts``, ``new texts``: good offers whose titles and outcomes are never repeated (words of
  each language shuffled), as in a real catalogue. The first two corpora repeat a few dozen texts, whose
  language verdicts and outcome analyses are remembered after their first descriptor; this one shows
  what detecting and analysing every text costs (lingua's models are loaded in the warm-up run).

For each corpus it checks the whole folder with :func:`qa_checker.api.check_paths` (one process,
``jobs=1``) three times: once to warm the caches (vocabularies, language models, the compiled schema),
once bare for the total, and once with a stopwatch around each stage's functions. A stage's time is
its own, less the stages it calls (the rules' time does not count in the engine's loop, the loader's
finish step not in parsing) and less the cyclic garbage collector's passes in it, which have a row of
their own (a pass runs in whichever stage made the object that tipped it: in that stage's time it would
charge it with what all of them allocate). The stopwatch adds about a microsecond per call, so the
stages add up to a little more than the bare total. Then it renders the JSON report (and, with ``--reports``, the
Excel workbook and the HTML pages of ``audit``) and divides by the number of descriptors.

The stages are looked up by name; one that no longer exists is left out, so the script measures any
version of the code it runs in and the tables of two versions can be compared side by side.

On a busy machine, ``--repeat 3`` shows each stage's best of three runs.

With ``--clock cpu`` the stopwatch reads this process's CPU time instead of the wall clock: on a shared machine
other processes' turns on the cores then do not count.

Run: ``python benchmarks/bench_stages.py [--count 1000] [--repeat 1] [--clock wall|cpu] [--new-texts] [--reports]
[--seed 2026]``.
"""

from __future__ import annotations

import argparse
import copy
import functools
import gc
import importlib
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_speed import LANGUAGES, TEXTS, varied  # noqa: E402
from benchmarks.corpus import providers  # noqa: E402

NOW = datetime(2026, 11, 29, 12, tzinfo=timezone.utc)


# --- Corpora ------------------------------------------------------------------------------------------


def _write(folder: Path, index: int, data: dict[str, Any], rng: random.Random) -> None:
    sub = folder / f"provider-{index % 40:02d}"
    sub.mkdir(parents=True, exist_ok=True)
    name = f"d{index:06d}"
    if rng.random() < 0.6:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        (sub / f"{name}.yaml").write_text(text, encoding="utf-8")
    else:
        (sub / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _languages(rng: random.Random) -> list[str]:
    """One language of an offer (seven in ten), else two."""
    first = rng.choice(LANGUAGES)
    return [first] if rng.random() < 0.7 else [first, rng.choice([c for c in LANGUAGES if c != first])]


def write_valid(folder: Path, count: int, seed: int) -> None:
    """Good offers varied in id, title, workload, languages and outcomes."""
    from qa_checker.explain import good_offer

    rng = random.Random(seed)
    base = good_offer()
    for index in range(count):
        data = copy.deepcopy(base)
        langs = _languages(rng)
        data["id"] = f"course-{index:06d}"
        data["languages"] = langs
        data["title"] = {code: f"{TEXTS[code][0][index % 3]} {index % 7 + 1}" for code in langs}
        data["learning_outcomes"] = [{code: TEXTS[code][1][i] for code in langs} for i in rng.sample(range(4), 3)]
        ects = rng.choice([3, 4, 5, 6])
        if isinstance(data.get("workload"), dict):
            data["workload"] = {**data["workload"], "ects": ects, "hours": ects * 27}
        _write(folder, index, data, rng)


def write_new_texts(folder: Path, count: int, seed: int) -> None:
    """Good offers whose title and outcomes are texts never seen before (the words of each language's
    sentences, shuffled), as in a real catalogue: what language detection and outcome analysis cost
    when nothing is remembered from an earlier descriptor."""
    from qa_checker.explain import good_offer

    rng = random.Random(seed)
    base = good_offer()
    words = {code: " ".join(TEXTS[code][1]).rstrip(".").replace(".", "").split() for code in LANGUAGES}

    def sentence(code: str, low: int, high: int) -> str:
        picked = rng.sample(words[code], rng.randint(low, high))
        return " ".join(picked).capitalize() + "."

    for index in range(count):
        data = copy.deepcopy(base)
        langs = _languages(rng)
        data["id"] = f"course-{index:06d}"
        data["languages"] = langs
        data["title"] = {code: sentence(code, 3, 6).rstrip(".") for code in langs}
        data["learning_outcomes"] = [{code: sentence(code, 8, 14) for code in langs} for _ in range(3)]
        _write(folder, index, data, rng)


def _failing_examples() -> list[dict[str, Any]]:
    from qa_checker.rules import RULES_BY_ID

    return [dict(rule.example_fail) for rule in RULES_BY_ID.values() if rule.example_fail]


def write_flawed(folder: Path, count: int, seed: int) -> None:
    """The mixed generator's descriptors with four to eight rules' failing examples merged over each."""
    rng = random.Random(seed)
    bodies = providers(random.Random(seed))
    examples = _failing_examples()
    for index in range(count):
        data = varied(rng, index, bodies)
        for change in rng.sample(examples, rng.randint(4, 8)):
            for key, value in change.items():
                if value is None:
                    data.pop(key, None)
                else:
                    data[key] = copy.deepcopy(value)
        _write(folder, index, data, rng)


# What the stopwatch reads: wall-clock time, or the CPU time of this process (steadier on a shared machine, where
# other processes' turns on the cores would count in wall-clock time; each reading costs a system call).
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


# --- The stopwatch ------------------------------------------------------------------------------------

OVERHEAD = "stopwatch (estimated, left out above)"
# The cyclic garbage collector runs when enough objects were made, in whichever stage made the last of them: its
# passes are timed on their own (a gc callback), and left out of the stage they interrupted.
COLLECTOR = "garbage collector passes (any stage)"


def _nothing() -> None:
    return None


def _restore(owner: type, name: str, own: Any) -> None:
    """Put back a class's own method, or remove the wrapper of an inherited one."""
    if own is None:
        delattr(owner, name)
    else:
        setattr(owner, name, own)


class Stopwatch:
    """Own time per stage: each wrapped call's time less that of the wrapped calls inside it."""

    def __init__(self, overhead: float = 0.0, clock: Callable[[], float] = time.perf_counter) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        # What one timed call costs its caller beyond the time measured inside it (see calibrate).
        self.overhead = overhead
        self._inner: list[float] = []
        self._undo: list[Callable[[], None]] = []
        self._collecting = 0.0
        self.clock = clock
        self.missing: list[str] = []

    def wrap(self, fn: Callable[..., Any], stage: str, *, consume: bool = False) -> Callable[..., Any]:
        own, calls, inner = self.own, self.calls, self._inner
        clock = self.clock
        overhead = self.overhead

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            inner.append(0.0)
            start = clock()
            try:
                result = fn(*args, **kwargs)
                return list(result) if consume else result
            finally:
                spent = clock() - start
                nested = inner.pop()
                own[stage] += spent - nested
                calls[stage] += 1
                if inner:
                    # The caller's own time leaves out this call and the stopwatch's cost around it.
                    inner[-1] += spent + overhead
                    own[OVERHEAD] += overhead

        return timed

    @staticmethod
    def calibrate(rounds: int = 20_000, clock: Callable[[], float] = time.perf_counter) -> float:
        """Seconds a timed call costs its caller beyond what it measures inside (the best of five)."""
        best = float("inf")
        for _ in range(5):
            probe = Stopwatch(clock=clock)
            timed = probe.wrap(_nothing, "probe")
            start = clock()
            for _ in range(rounds):
                _nothing()
            bare = clock() - start
            start = clock()
            for _ in range(rounds):
                timed()
            wrapped = clock() - start
            best = min(best, (wrapped - bare - probe.own["probe"]) / rounds)
        return max(best, 0.0)

    def patch(self, module_name: str, attribute: str, stage: str, *, owner: str | None = None) -> None:
        """Time ``module.attribute`` (or ``module.owner.attribute``, a method) as ``stage``."""
        try:
            module = importlib.import_module(module_name)
            target = getattr(module, owner) if owner else module
            original = target.__dict__[attribute] if owner else getattr(target, attribute)
        except (ImportError, AttributeError, KeyError):
            self.missing.append(f"{module_name}.{owner + '.' if owner else ''}{attribute}")
            return
        setattr(target, attribute, self.wrap(original, stage))
        self._undo.append(lambda: setattr(target, attribute, original))

    def patch_rules(self) -> None:
        """Time every rule's ``applies`` and ``check``, grouped by the module (family) it is written in."""
        from qa_checker.rules import RULES_BY_ID

        # Every method is looked up before any is replaced, so a rule inheriting another's is timed once.
        found = [
            (rule, name, rule.__dict__.get(name), getattr(rule, name), "rules: " + rule.__module__.rsplit(".", 1)[-1])
            for rule in RULES_BY_ID.values()
            for name in ("applies", "check")
        ]
        for rule, name, own, resolved, family in found:
            setattr(rule, name, self.wrap(resolved, family, consume=name == "check"))
            self._undo.append(functools.partial(_restore, rule, name, own))

    def collector(self, phase: str, info: dict[str, Any]) -> None:
        """A ``gc.callbacks`` entry: the time of each pass is :data:`COLLECTOR`'s, not the stage's it ran in."""
        if phase == "start":
            self._collecting = self.clock()
            return
        spent = self.clock() - self._collecting
        self.own[COLLECTOR] += spent
        if self._inner:
            self._inner[-1] += spent

    def time_collector(self) -> None:
        """Time the collector's passes from now until :meth:`undo`."""
        gc.callbacks.append(self.collector)
        self._undo.append(functools.partial(gc.callbacks.remove, self.collector))

    def undo(self) -> None:
        for step in reversed(self._undo):
            step()
        self._undo.clear()


# Stage name, then the functions timed as that stage (module, attribute, owner class or None).
STAGES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("read file (open, stat, read)", [("qa_checker.loaders", "load_path", "Loaders")]),
    (
        "parse (decode, JSON/YAML, hash)",
        [
            ("qa_checker.loaders", "parse", "Loaders"),
            ("qa_checker.loaders.json_", "load", None),
            ("qa_checker.loaders.yaml_", "load", None),
        ],
    ),
    (
        "loader finish (screen, texts, import)",
        [("qa_checker.loaders.json_", "finish_all", None), ("qa_checker.loaders.yaml_", "finish_stream", None)],
    ),
    ("schema validation", [("qa_checker.validation", "validate", None)]),
    ("rules: engine loop", [("qa_checker.engine", "run_rules", None)]),
    ("rules: findings from hits", [("qa_checker.engine", "finding_from_hit", None)]),
    (
        "scoring, element statuses",
        [
            ("qa_checker.engine", "scores", None),
            ("qa_checker.engine", "score", None),
            ("qa_checker.engine", "principle_scores", None),
            ("qa_checker.engine", "element_statuses", None),
        ],
    ),
    ("outcome levels (bloom)", [("qa_checker.engine", "outcome_levels", None)]),
    ("sort findings, origins", [("qa_checker.engine", "_located", None)]),
    ("check_document (rest)", [("qa_checker.runner", "check_document", None)]),
    ("locate (line, column)", [("qa_checker.runner", "locate_results", None)]),
    ("per input (time budget, rest)", [("qa_checker.runner", "check_input", None)]),
    ("build report (providers, stamp)", [("qa_checker.runner", "build_report", None)]),
]


def measure(
    folders: list[Path], reports: bool, clock: Callable[[], float] = time.perf_counter
) -> tuple[int, float, dict[str, float]]:
    """Descriptors, bare microseconds per descriptor, and microseconds per descriptor by stage.

    ``folders`` are checked in turn: the warm-up run, the bare run and the timed run (the same folder
    three times, or three corpora of new texts, so that nothing is remembered from an earlier run).
    """
    from qa_checker.api import check_paths

    warm, plain, timed = folders
    check_paths([warm], jobs=1, now=NOW)  # warm-up: caches, models, the compiled schema
    start = clock()
    report = check_paths([plain], jobs=1, now=NOW)
    bare = clock() - start
    count = len(report.results)
    watch = Stopwatch(Stopwatch.calibrate(clock=clock), clock)
    for stage, functions in STAGES:
        for module, attribute, owner in functions:
            watch.patch(module, attribute, stage, owner=owner)
    watch.patch_rules()
    watch.time_collector()
    try:
        report = check_paths([timed], jobs=1, now=NOW)
    finally:
        watch.undo()
    count = len(report.results)
    stages = {name: seconds * 1e6 / count for name, seconds in watch.own.items()}
    renderers: list[tuple[str, str, str]] = [("serialise JSON report", "qa_checker.reporting.json_", "render")]
    if reports:
        renderers += [
            ("Excel report (audit)", "qa_checker.reporting.excel", "render"),
            ("HTML report + pages (audit)", "qa_checker.reporting.html", "render"),
            ("HTML report + pages (audit)", "qa_checker.reporting.html", "pages"),
        ]
    for name, module, attribute in renderers:
        render = getattr(importlib.import_module(module), attribute)
        start = clock()
        render(report)
        stages[name] = stages.get(name, 0.0) + (clock() - start) * 1e6 / count
    if watch.missing:
        print(f"(not in this version: {', '.join(watch.missing)})", file=sys.stderr)
    return count, bare * 1e6 / count, stages


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=1000, help="descriptors per corpus (default 1000)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--reports", action="store_true", help="also time audit's Excel and HTML reports")
    parser.add_argument("--repeat", type=int, default=1, help="runs per corpus; each stage's best is shown")
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="wall", help="time measured: wall (default) or this process's CPU"
    )
    parser.add_argument(
        "--new-texts", action="store_true", help="also a corpus whose titles and outcomes are all new texts"
    )
    options = parser.parse_args(argv)
    columns: dict[str, tuple[int, float, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="qa-stages-") as tmp:
        corpora = [("valid", write_valid), ("flawed", write_flawed)]
        if options.new_texts:
            corpora.append(("new texts", write_new_texts))
        for name, write in corpora:
            runs = []
            for run in range(options.repeat):
                if write is write_new_texts:  # three corpora of their own for each run
                    folders = [Path(tmp) / f"{name}-{run}-{step}" for step in range(3)]
                    for step, folder in enumerate(folders):
                        write(folder, options.count, options.seed + 3 * run + step)
                else:
                    folder = Path(tmp) / name
                    if run == 0:
                        write(folder, options.count, options.seed)
                    folders = [folder] * 3
                runs.append(measure(folders, options.reports, CLOCKS[options.clock]))
            stages = {stage for _, _, found in runs for stage in found}
            columns[name] = (
                runs[0][0],
                min(bare for _, bare, _ in runs),
                {stage: min(found.get(stage, 0.0) for _, _, found in runs) for stage in stages},
            )
    print(table(columns, options.count, options.clock))


def table(columns: dict[str, tuple[int, float, dict[str, float]]], count: int, clock: str = "wall") -> str:
    """The stages as rows (rule families after validation), the corpora as columns, as Markdown."""
    order = [stage for stage, _ in STAGES]
    seen = {stage for _, _, stages in columns.values() for stage in stages}
    families = sorted(stage for stage in seen if stage.startswith("rules: ") and stage not in order)
    rows = [s for s in order if s in seen and not s.startswith("rules: ")]
    at = rows.index("schema validation") + 1 if "schema validation" in rows else len(rows)
    rows[at:at] = [*(s for s in order if s.startswith("rules: ") and s in seen), *families]
    if COLLECTOR in seen:
        rows.append(COLLECTOR)
    rendering = sorted(s for s in seen if s not in rows and s != OVERHEAD)
    names = list(columns)

    def line(label: str, values: list[str]) -> str:
        return f"| {label:<38} |" + "".join(f" {v:>9} |" for v in values)

    def cells(stage: str) -> list[str]:
        return [f"{columns[n][2].get(stage, 0.0):,.0f}" for n in names]

    measured = "CPU time" if clock == "cpu" else "wall-clock time"
    out = [
        f"\nmicroseconds per descriptor ({measured}), {count:,} descriptors per corpus, one process",
        line("stage", names),
    ]
    out.append(f"|{'-' * 40}|" + "".join(f"{'-' * 10}:|" for _ in names))
    out += [line(stage, cells(stage)) for stage in rows]
    total = [sum(columns[n][2].get(stage, 0.0) for stage in rows) for n in names]
    out.append(line("checking, sum of the stages above", [f"{t:,.0f}" for t in total]))
    out.append(line("checking, bare run (no stopwatch)", [f"{columns[n][1]:,.0f}" for n in names]))
    out += [line(stage, cells(stage)) for stage in rendering]
    if OVERHEAD in seen:
        out.append(line(OVERHEAD, cells(OVERHEAD)))
    out.append(line("descriptors", [f"{columns[n][0]:,}" for n in names]))
    return "\n".join(out)


if __name__ == "__main__":
    main(sys.argv[1:])
