"""The one runner behind ``check``, ``audit``, ``compare``, the Python API and every later edge.

``run(paths, config)`` finds the inputs, reads each through one :class:`~qa_checker.loaders.Loaders`
built from the :class:`RunConfig`, checks every document, and returns a complete
:class:`~qa_checker.results.Report`: results in input order, the rubric's rules with their settings,
the reproducibility stamp, the providers and the waivers that named no descriptor. Renderers read
that report and nothing else, so every output says the same thing.

Files are checked on every core (``jobs``) once a batch is large enough to repay starting a pool;
results come back in input order, so the output does not depend on the number of processes. An
unexpected exception while loading or checking one input becomes that input's ``error`` result
(``MC-EN-002``), never the end of the batch; so does a worker process ending abruptly (a crash in a native
library, the system ending it for lack of memory): the files of its chunk are checked again one at a time,
and the one that ends a worker again is given up.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import gc
import itertools
import os
import pickle
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa_checker import ids, table
from qa_checker.document import Document
from qa_checker.elements import ELEMENTS
from qa_checker.engine import RulePlan, check_document, finding_from_hit
from qa_checker.errors import EngineError
from qa_checker.i18n import SOURCE_LANGUAGE
from qa_checker.importers.classify import skipped
from qa_checker.limits import Clock, Limits, OverTime, seconds_form, seconds_shown
from qa_checker.loaders import STDIN_PATH, STDIN_SOURCE, Loaders, shown
from qa_checker.locate import locate_results
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.results import Report, Result, RuleInfo
from qa_checker.rubric import Rubric, RuleSetting
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import Hit
from qa_checker.spill import PAGE, Page, SpilledResults, pack
from qa_checker.stamp import stamp
from qa_checker.text import Text, msg, plural
from qa_checker.waivers import Waivers

if TYPE_CHECKING:  # a pool is started for a large batch only: a single-file check never imports it
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Rendered", "RunConfig", "iter_rendered", "iter_results", "load", "run", "run_documents"]

Progress = Callable[[int], None]

# Below this many files a pool costs more to start than it saves.
PARALLEL_THRESHOLD = 200
# A run of known length sends chunks of a quarter of each worker's share of the files left (see
# :func:`_chunk_sizes`), of at most MAX_CHUNK files.
MAX_CHUNK = 250
CHUNKS_PER_WORKER = 4
# A stream (iter_results) does not know its length: it sends chunks of this many files, and keeps at
# most IN_FLIGHT_PER_WORKER chunks per worker queued or running, so memory does not grow with the batch.
STREAM_CHUNK = 64
IN_FLIGHT_PER_WORKER = 3
# Inputs checked before the pool starts, so that the workers inherit what they loaded. Loading the
# lemma dictionary of one language costs 0.5 to 7 s, once per process that meets the language: the
# first few dozen files of a batch usually show its languages, and checking them here costs the
# batch well under a second of parallelism.
WARM_UP = 32
# The inputs of a run are counted before it starts, and kept in a list while counted up to this many (about 600
# bytes each: a few megabytes, less than the results a run holds before keeping them on disk); a larger batch is
# found again as it is checked, so its memory does not grow with it.
LISTED_INPUTS = 20_000
# The cyclic collector runs once this many more objects that may hold others exist than at its last run (Python's
# default is 700). Checking an input makes and frees thousands of them; each run of the collector walks every one
# made since the last, and one run in ten also those that outlived earlier runs (results, caches): a pool worker
# then collects a few times in a batch instead of hundreds, for a tenth of the time. At most this many objects (a
# few megabytes) of cyclic garbage wait for the next collection.
COLLECT_AFTER = 20_000
# Local worker processes per core at most, whatever ``jobs`` asks: checking is CPU-bound, so more
# processes than cores only add memory (tens of megabytes each) and start-up time; two per core let
# one process read its files while the other checks.
WORKERS_PER_CORE = 2


@dataclass(frozen=True)
class RunConfig:
    """Everything a run depends on besides its inputs.

    ``now`` fixes the run's clock (date rules, the stamp; default: the current time); ``limits``
    bound every input; ``waivers`` are accepted exceptions; ``mapping`` names the descriptor fields
    of spreadsheet columns; ``encoding`` is the codec CSV files are in (default: told from their bytes);
    ``jobs`` is the number of processes (``None``: every core); files under
    ``exclude`` (such as the report folder and the files a run writes) are skipped unless given
    in them (see :func:`_excluded`); ``stdin_name`` names standard input
    and gives its type by suffix (default: sniffed). ``engine`` is ``local`` (a process pool on this
    machine) or ``dask`` (the same per-file work as tasks of a Dask cluster: ``scheduler`` is its
    address, or a local cluster of ``jobs`` workers is started). With ``short_names``, files under an
    absolute input are named from its last part, never by an absolute local path (the command line's
    choice; see :class:`~qa_checker.loaders.ShownPath`).
    ``language`` is the one the report's messages are shown in (one of :data:`qa_checker.i18n.LANGUAGES`;
    the checks do not depend on it). With ``spill_after``, a run of more results than that keeps them
    on disk (:class:`~qa_checker.spill.SpilledResults`), so its memory does not grow with the batch.
    ``on_start(total)`` is called once the
    inputs are known and ``progress(n)`` as each group of ``n`` inputs is done. ``render_pages``, for a run kept
    on disk, is what each worker makes of the results it checked besides packing them, on its own core (a
    report's text or tally of them: see :meth:`~qa_checker.spill.SpilledResults.pages`); it must pickle. With
    ``rendered_only`` the caller reads such a run through that text only (nor its waivers, nor a store, read its
    results): a page that was rendered then does not keep its results, which are never pickled (most of what
    packing a page costs). With ``input_seconds`` an input is read and all its descriptors checked within those
    seconds together (a web request's share of its time), each step still within ``limits.seconds``: the
    descriptors not reached are given up in one result.
    """

    rubric: Rubric
    now: datetime | None = None
    limits: Limits = field(default_factory=Limits)
    waivers: Waivers | None = None
    mapping: Mapping[str, str | None] | None = None
    encoding: str | None = None
    jobs: int | None = None
    exclude: tuple[str, ...] = ()
    command: str = "check"
    stdin_name: str | None = None
    engine: str = "local"
    scheduler: str | None = None
    short_names: bool = False
    language: str = SOURCE_LANGUAGE
    spill_after: int | None = None
    progress: Progress | None = field(default=None, compare=False)
    on_start: Callable[[int], None] | None = field(default=None, compare=False)
    render_pages: Callable[[list[Result]], Any] | None = field(default=None, compare=False)
    rendered_only: bool = False
    input_seconds: float = 0


@dataclass(frozen=True)
class _Job:
    """What checking one input needs: the config without its callbacks, and the run's date. With ``pack``,
    a worker hands its chunk's results back as one :class:`~qa_checker.spill.Page` for a run kept on disk; with
    ``render``, as what ``config.render_pages`` makes of them (:class:`Rendered`) for a stream."""

    config: RunConfig
    today: date
    pack: bool = False
    render: bool = False

    @functools.cached_property
    def plan(self) -> RulePlan:
        """The rubric's rules, made once per process for every input of the run."""
        return RulePlan.of(self.config.rubric, self.today)

    def __getstate__(self) -> dict[str, Any]:
        # A worker makes the rules itself: they are not sent with each chunk of files.
        return {"config": self.config, "today": self.today, "pack": self.pack, "render": self.render}


@dataclass(frozen=True)
class Rendered:
    """A chunk of a stream's results as the worker that checked them rendered them (``config.render_pages``):
    what it made, and each result's status."""

    made: Any
    statuses: tuple[str, ...]


# An input: a file's path, or None for standard input.
_Input = Path | None
# The results of an input (or of a chunk of inputs, packed or rendered by the worker that checked them).
_Group = list[Result] | Page | Rendered


def worker_count(jobs: int | None, *, local: bool = True) -> int:
    """The processes ``jobs`` asks for: ``None`` (or 0) is every core; on this machine (``local``) at most
    :data:`WORKERS_PER_CORE` per core."""
    cores = _cores()
    wanted = max(1, jobs or cores)
    return min(wanted, WORKERS_PER_CORE * cores) if local else wanted


def _cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU affinity mask)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return max(1, len(affinity(0)) if affinity is not None else os.cpu_count() or 1)


def _loaders(config: RunConfig) -> Loaders:
    """The parsers a run's settings ask for: its limits, column mapping, names of files and CSV encoding."""
    return Loaders(config.limits, config.mapping, short_names=config.short_names, encoding=config.encoding)


def run(paths: Iterable[str | os.PathLike[str]], config: RunConfig, *, stdin: bytes | None = None) -> Report:
    """Check every descriptor under ``paths`` (``-`` stands for ``stdin``, the bytes read from it)."""
    with _set_aside(), _fewer_collections():
        return _run(paths, config, stdin)


@contextlib.contextmanager
def _set_aside() -> Iterator[None]:
    """What exists when a run starts (modules, what earlier runs loaded, the caller's objects) set aside from the
    cyclic collector while the run lasts, as the command line sets aside its start-up and a pool worker what it
    inherits: the full collections that the run's growing results set off would otherwise walk all of it again.
    Only where nothing is set aside yet, and given back (``gc.unfreeze``) when the run ends, so nothing is
    kept from being collected for longer than the run."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """The cyclic collector's first threshold raised to :data:`COLLECT_AFTER` while the run lasts, where it is lower,
    and given back when the run ends."""
    threshold = gc.get_threshold()
    if threshold[0] >= COLLECT_AFTER:
        yield
        return
    gc.set_threshold(COLLECT_AFTER, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _run(paths: Iterable[str | os.PathLike[str]], config: RunConfig, stdin: bytes | None) -> Report:
    """What :func:`run` gives."""
    moment = config.now or datetime.now(timezone.utc)
    loaders = _loaders(config)
    paths = list(paths)

    def found() -> Iterator[_Input]:
        return _inputs(paths, loaders, config.exclude)

    total, listed = _listed(found)
    if config.on_start is not None:
        config.on_start(total)
    # A run that will be kept on disk is from its first result: its workers pack their chunks as pages.
    on_disk = config.spill_after is not None and total > config.spill_after
    job = _Job(replace(config, progress=None, on_start=None), moment.date(), pack=on_disk)
    workers = worker_count(config.jobs, local=not (config.engine == "dask" and config.scheduler))
    sizes = _chunk_sizes(total, workers)
    groups: Iterable[_Group]
    budget: IntervalBudget | None = None
    if config.engine == "dask":
        groups = _check_dask(listed(), job, loaders, stdin, workers, sizes, config.progress)
    elif workers == 1 or total < PARALLEL_THRESHOLD:
        # Checked here, the inputs are read and checked under one handler of the timer's signal (see check_input).
        budget = wall_clock_budget(config.limits.seconds)
        groups = _check_here(listed(), job, loaders, stdin, config.progress, budget)
    else:
        groups = _stream_parallel(listed(), job, loaders, stdin, workers, sizes, config.progress)
    tally, ids = table.ProviderTally(), table.IdTally()
    with budget or contextlib.nullcontext():
        results = _kept(groups, tally, ids, SpilledResults() if on_disk else None, config.spill_after)
    # Given only files (pre-commit's touched files), a run sees part of what the waivers are kept for.
    given_folder = any(os.fspath(p) != STDIN_PATH and os.path.isdir(p) for p in paths)
    return build_report(
        results, config, moment, providers=tally.summary(), repeated_ids=ids.summary(), given_folder=given_folder
    )


def _listed(found: Callable[[], Iterator[_Input]]) -> tuple[int, Callable[[], Iterator[_Input]]]:
    """How many inputs ``found`` finds, and how to find them again: from the list of them made while counting,
    where there are at most :data:`LISTED_INPUTS` (a folder is then walked once), else by finding them again, so
    that a million files are never listed."""
    items = found()
    listed = list(itertools.islice(items, LISTED_INPUTS + 1))
    if len(listed) <= LISTED_INPUTS:
        return len(listed), lambda: iter(listed)
    return len(listed) + sum(1 for _ in items), found


def _kept(
    groups: Iterable[_Group],
    tally: table.ProviderTally,
    ids: table.IdTally,
    spilled: SpilledResults | None,
    spill_after: int | None,
) -> list[Result] | SpilledResults:
    """The results in a list, or on disk (``spilled``, or once there are more than ``spill_after``: an
    archive or a workbook gives many results from one input); each counted in ``tally`` and ``ids``."""
    kept: list[Result] = []
    for group in groups:
        if isinstance(group, Page):
            _tally_page(group, tally, ids)
            spilled = spilled if spilled is not None else SpilledResults(kept)
            spilled.add_page(group)
            kept = []
        elif spilled is not None:
            spilled.extend(_tallied(_results(group), tally, ids))
        else:
            kept.extend(_tallied(_results(group), tally, ids))
            if spill_after is not None and len(kept) > spill_after:
                spilled, kept = SpilledResults(kept), []
    return kept if spilled is None else spilled


def _tallied(results: Iterable[Result], tally: table.ProviderTally, ids: table.IdTally) -> Iterator[Result]:
    """Each result marked ``skipped`` where due, and counted in its provider's group and by its id as it
    passes, so that the report's providers and repeated ids need not read results kept on disk again."""
    for result in map(skipped, results):
        if result.status != "skipped":
            tally.add(table.provider_row(result))
            ids.add(result.id, result.source)
        yield result


def _tally_page(page: Page, tally: table.ProviderTally, ids: table.IdTally) -> None:
    """Count a packed page's results (marked ``skipped`` by the worker) in their providers' groups and by id."""
    for status, score, source, _, provider, ident in page.kept:
        if status != "skipped":
            tally.add({"provider": provider, "status": status, "score": score, "source": source})
            ids.add(ident, source)


def iter_results(
    paths: Iterable[str | os.PathLike[str]], config: RunConfig, *, stdin: bytes | None = None
) -> Iterator[Result]:
    """Every result of a run, streamed in input order as soon as it and all before it are done.

    The same results as ``run(paths, config).results``, without holding them: the inputs are found
    as they are needed, and on every core (``config.jobs``) at most a few chunks of files per worker
    are queued or running at a time, so memory stays flat however many files there are. Always the
    local engine; ``on_start`` is not called (the number of inputs is not known in advance).
    """
    for group in _stream(paths, config, stdin, render=False):
        yield from map(skipped, _results(group))


def iter_rendered(
    paths: Iterable[str | os.PathLike[str]], config: RunConfig, *, stdin: bytes | None = None
) -> Iterator[tuple[Any, tuple[str, ...]]]:
    """The results of :func:`iter_results` as ``config.render_pages`` makes them, a group at a time, each with its
    results' statuses. A pool's workers render the chunks they checked, on their own cores: the results are then
    neither pickled to be sent here nor unpickled and rendered here, one after another."""
    render = config.render_pages
    if render is None:
        raise ValueError("iter_rendered needs config.render_pages")
    for group in _stream(paths, config, stdin, render=True):
        if isinstance(group, Rendered):
            yield group.made, group.statuses
        else:
            results = list(map(skipped, _results(group)))
            yield render(results), tuple(result.status for result in results)


def _stream(
    paths: Iterable[str | os.PathLike[str]], config: RunConfig, stdin: bytes | None, *, render: bool
) -> Iterator[_Group]:
    """The groups of results of a stream, in input order (see :func:`iter_results`); with ``render``, a pool's
    workers render theirs (:class:`Rendered`)."""
    moment = config.now or datetime.now(timezone.utc)
    loaders = _loaders(config)
    items = _inputs(paths, loaders, config.exclude)
    job = _Job(replace(config, progress=None, on_start=None), moment.date(), render=render)
    workers = worker_count(config.jobs)
    # A pool only pays for a batch large enough: look at most that far ahead to know.
    head = list(itertools.islice(items, PARALLEL_THRESHOLD))
    if workers == 1 or len(head) < PARALLEL_THRESHOLD:
        return _check_here(itertools.chain(head, items), job, loaders, stdin, config.progress)
    return _stream_parallel(
        itertools.chain(head, items), job, loaders, stdin, workers, itertools.repeat(STREAM_CHUNK), config.progress
    )


def _results(group: _Group) -> list[Result]:
    """The results of a group that holds them (not a rendered one)."""
    if isinstance(group, Rendered):
        raise TypeError("a rendered group holds its text only")
    return group.results() if isinstance(group, Page) else group


def _check_here(
    items: Iterator[_Input],
    job: _Job,
    loaders: Loaders,
    stdin: bytes | None,
    progress: Progress | None,
    budget: IntervalBudget | None = None,
) -> Iterator[_Group]:
    """Each input's results, checked in this process, as steps of ``budget`` where the caller entered one for them
    all. A run kept on disk packs them a page of inputs at a time, as a worker packs its chunk (:func:`_checked`):
    each result is then pickled once, and its report written from the text made of each page (``render_pages``)
    instead of unpickling every result again to serialise it."""
    if not job.pack:
        yield from (_counted(check_input(item, job, loaders, stdin, budget), progress) for item in items)
        return
    for chunk in iter(lambda: list(itertools.islice(items, PAGE)), []):
        groups = _checked(chunk, job, loaders, stdin, budget)
        if progress is not None:
            progress(len(chunk))
        yield from groups


def _counted(results: list[Result], progress: Progress | None) -> list[Result]:
    if progress is not None:
        progress(1)
    return results


def run_documents(documents: Iterable[Document], config: RunConfig) -> Report:
    """Check documents already loaded (by an importer, a web upload, a test) in one process."""
    moment = config.now or datetime.now(timezone.utc)
    job = _Job(config, moment.date())
    return build_report([_check_safely(d, job) for d in documents], config, moment)


def load(
    paths: Iterable[str | os.PathLike[str]], config: RunConfig, *, stdin: bytes | None = None
) -> Iterator[Document]:
    """The documents a run would check, as read (for ``convert``)."""
    loaders = _loaders(config)
    for item in _inputs(paths, loaders, config.exclude):
        yield from _load(item, loaders, config, stdin)


def _inputs(paths: Iterable[str | os.PathLike[str]], loaders: Loaders, exclude: Sequence[str]) -> Iterator[_Input]:
    """The inputs of ``paths``, without what lies under ``exclude`` (see :func:`_excluded`), each file once.

    A file reached from two given paths (given twice, as ``./x.yaml`` and ``x.yaml``, or given beside its
    folder) is one input, found where it was first reached: only when given paths overlap are the places
    found held, to tell a file met again.
    """
    given = list(paths)
    excluded = {_resolved(p) for p in exclude}
    named = [_resolved(p) for p in given if os.fspath(p) != STDIN_PATH] if excluded or len(given) > 1 else []
    places = _Exclusion(excluded, set(named))
    met: set[Path] | None = set() if _overlap(named) else None
    for path in loaders.iter_files(given):
        if os.fspath(path) == STDIN_PATH:
            yield None
        elif excluded and places(path):
            continue
        elif met is None:
            yield path
        elif (place := places.place(path)) not in met:
            met.add(place)
            yield path


def _overlap(named: Sequence[Path]) -> bool:
    """Whether one of the given paths (resolved) is another, or lies in it."""
    seen: set[Path] = set()
    for path in sorted(named, key=lambda p: len(p.parts)):
        if path in seen or not seen.isdisjoint(path.parents):
            return True
        seen.add(path)
    return False


class _Exclusion:
    """Whether each file found lies under an excluded path (:func:`_excluded`), its folder resolved and judged
    once for all its files: they are found one after another, and a file that is not a link lies, resolved, in
    its folder resolved (resolving each file read every folder above it from the disk again)."""

    def __init__(self, excluded: Set[Path], named: Set[Path]) -> None:
        self.excluded = excluded
        self.named = named
        self.folder: tuple[str, Path, bool] | None = None  # the last folder met: as found, resolved, excluded

    def __call__(self, path: Path) -> bool:
        if path.name in _NO_NAME or os.path.islink(path):
            return _excluded(_resolved(path), self.excluded, self.named)
        _, resolved, excluded = self._folder(path)
        place = resolved / path.name
        if place in self.named:
            return False
        return place in self.excluded or excluded

    def place(self, path: Path) -> Path:
        """Where ``path`` is: in its folder resolved (a link is a place of its own, not its target's)."""
        if path.name in _NO_NAME:
            return _resolved(path)
        return self._folder(path)[1] / path.name

    def _folder(self, path: Path) -> tuple[str, Path, bool]:
        found = os.path.dirname(path)
        if self.folder is None or self.folder[0] != found:
            resolved = _resolved(found or os.curdir)
            self.folder = (found, resolved, _excluded(resolved, self.excluded, self.named))
        return self.folder


_NO_NAME = ("", os.curdir, os.pardir)  # a path ending so is not a name in a folder


def _resolved(path: str | os.PathLike[str]) -> Path:
    """``path`` with its links followed, or as an absolute path where they loop."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _excluded(path: Path, excluded: Set[Path], named: Set[Path]) -> bool:
    """Whether ``path`` lies under an excluded path, with no path given between them.

    A report folder inside a folder checked is passed over; a file or folder given inside the report
    folder (``audit course.yaml --out .``) is still read, all but the excluded paths under it.
    """
    for place in (path, *path.parents):
        if place in named:
            return False
        if place in excluded:
            return True
    return False


def _load(item: _Input, loaders: Loaders, config: RunConfig, stdin: bytes | None) -> list[Document]:
    if item is None:
        return loaders.load_stdin(stdin or b"", config.stdin_name)
    return loaders.load_path(item)


class IntervalBudget:
    """Budgets of ``seconds`` of an interval ``timer`` for the steps of one task or of many (reading each input,
    checking each of its documents), each step raising ``exceeded`` in this thread if it uses more: the signal's
    handler is set once for all of them (setting it costs more than the rest of a step's budget), and each step arms
    the timer anew.

    Interval timers belong to the process, so this acts only in the main thread of a process (the
    CLI's and every pool worker's); elsewhere (a web server's threads) the steps run unbounded.
    """

    def __init__(self, seconds: float, *, timer: int, signum: int, exceeded: type[BaseException]) -> None:
        self.seconds, self.timer, self.signum, self.exceeded = seconds, timer, signum, exceeded
        self.active = seconds > 0 and threading.current_thread() is threading.main_thread()
        self.previous: Any = None
        self._step = _Step(timer, seconds if self.active else 0)

    def __enter__(self) -> IntervalBudget:
        if self.active:
            self.previous = signal.signal(self.signum, self._expire)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.active:
            signal.signal(self.signum, self.previous)

    def _expire(self, signum: int, frame: object) -> None:
        raise self.exceeded

    def step(self) -> _Step:
        """The block, stopped by ``exceeded`` past the budget (inside the ``with`` of this budget only)."""
        return self._step

    def step_for(self, seconds: float) -> _Step:
        """The block, stopped by ``exceeded`` past ``seconds`` (a part of a step: an archive's member)."""
        return _Step(self.timer, seconds if self.active else 0)

    @contextlib.contextmanager
    def once(self) -> Iterator[None]:
        """The block as the task's one step."""
        with self, self.step():
            yield


class _Step:
    """A step of an :class:`IntervalBudget`: its ``timer`` armed for ``seconds`` (none if 0) on entry and stopped on
    exit. A plain context manager made once per budget: a generator-based one costs more than arming the timer, and
    there is a step for each input and each document."""

    __slots__ = ("seconds", "timer")

    def __init__(self, timer: int, seconds: float) -> None:
        self.timer, self.seconds = timer, seconds

    def __enter__(self) -> None:
        if self.seconds:
            signal.setitimer(self.timer, self.seconds)

    def __exit__(self, *exc_info: object) -> None:
        if self.seconds:
            signal.setitimer(self.timer, 0)


def interval_budget(
    seconds: float, *, timer: int, signum: int, exceeded: type[BaseException]
) -> contextlib.AbstractContextManager[None]:
    """Raise ``exceeded`` in this thread if the block uses more than ``seconds`` of an interval ``timer`` (see
    :class:`IntervalBudget`)."""
    return IntervalBudget(seconds, timer=timer, signum=signum, exceeded=exceeded).once()


def wall_clock_budget(seconds: float) -> IntervalBudget:
    """Budgets of ``seconds`` of wall-clock time, raising :class:`OverTime`."""
    return IntervalBudget(seconds, timer=signal.ITIMER_REAL, signum=signal.SIGALRM, exceeded=OverTime)


def time_budget(seconds: float) -> contextlib.AbstractContextManager[None]:
    """Raise :class:`OverTime` if the block runs longer than ``seconds`` of wall-clock time."""
    return wall_clock_budget(seconds).once()


def _entered(budget: IntervalBudget | None, seconds: float) -> contextlib.AbstractContextManager[IntervalBudget]:
    """``budget``, already entered by the caller, as it is; else a wall-clock budget of ``seconds`` to enter."""
    return contextlib.nullcontext(budget) if budget is not None else wall_clock_budget(seconds)


def check_input(
    item: _Input, job: _Job, loaders: Loaders, stdin: bytes | None = None, budget: IntervalBudget | None = None
) -> list[Result]:
    """Load and check one input (several results for an archive, a workbook or a multi-document file).

    Reading and checking each document are budgeted apart, as steps of ``budget`` (entered by the caller for many
    inputs: setting the signal's handler costs more than a step), else of a budget of this input's own.
    """
    source = (job.config.stdin_name or STDIN_SOURCE) if item is None else shown(item)
    seconds = job.config.limits.seconds
    total = job.config.input_seconds
    clock = Clock(total, seconds or total) if total else None
    with _entered(budget, seconds) as steps:
        loaders.member_step = steps.step_for
        try:
            with steps.step():
                documents = _load(item, loaders, job.config, stdin)
        except OverTime:
            return [over_time(source, "reading", seconds)]
        except Exception as exc:
            return [internal_error(source, "loading", exc)]
        results = _checked_documents(documents, job, steps, clock)
    # Place the findings by line and column in the text just read (only where there are findings). The work is
    # bounded by the text the loaders kept for it (Limits.placed_bytes), not by the clock, so the same findings
    # are placed on any machine; a result whose findings were not all placed says so.
    try:
        return locate_results(results, loaders.texts, loaders.trees, unkept=loaders.unkept, limits=loaders.limits)
    except Exception:
        return results
    finally:
        loaders.forget()


def _checked_documents(
    documents: list[Document], job: _Job, steps: IntervalBudget, clock: Clock | None = None
) -> list[Result]:
    """The results of an input's documents, each checked as a step of ``steps``; with the input's ``clock``
    (``input_seconds``), within what is left of it, those it does not reach given up in one result."""
    if clock is None:
        return [_check_safely(document, job, steps.step()) for document in documents]
    results: list[Result] = []
    for position, document in enumerate(documents):
        if clock.spent():
            results.append(_not_checked(document.source, clock.seconds, len(documents) - position - 1))
            break
        results.append(_check_safely(document, job, steps.step_for(clock.share())))
    return results


def _not_checked(source: str, seconds: float, after: int) -> Result:
    """The ``error`` result of the descriptors of an input its time budget (``seconds``) did not reach: ``source``'s
    and the ``after`` ones after it."""
    message = (
        plural(
            "Checking this input's descriptors took longer than its budget of {seconds} seconds; this one and the "
            "{count} after it were not checked",
            "Checking this input's descriptors took longer than its budget of {seconds} seconds; this one and the "
            "{count} after it were not checked",
            after,
            seconds=seconds_shown(seconds),
        )
        if after
        else msg(
            "Checking this input's descriptors took longer than its budget of {seconds} seconds; this last one was not "
            "checked",
            seconds=seconds_shown(seconds),
        )
    )
    return _error_result(source, ids.TIME_BUDGET, message)


def _check_safely(document: Document, job: _Job, step: _Step | None = None) -> Result:
    """A document's result, or its error result when checking it fails or runs over its time budget: ``step`` (of
    the budget of the input the document is one of), else a budget of its own."""
    seconds = step.seconds if step is not None else job.config.limits.seconds
    try:
        with step if step is not None else time_budget(seconds):
            return check_document(
                document, job.config.rubric, today=job.today, waivers=job.config.waivers, plan=job.plan
            )
    except OverTime:
        return over_time(document.source, "checking", seconds)
    except Exception as exc:
        return internal_error(document.source, "checking", exc)


def over_time(source: str, stage: str, seconds: float) -> Result:
    """The ``error`` result of an input given up after its time budget (``stage``: reading or checking)."""
    count, form = seconds_shown(seconds), seconds_form(seconds)
    if stage == "reading":
        message = plural(
            "Reading this input took longer than the budget of {count} second; it was given up",
            "Reading this input took longer than the budget of {count} seconds; it was given up",
            form,
            count=count,
        )
    else:
        message = plural(
            "Checking this input took longer than the budget of {count} second; it was given up",
            "Checking this input took longer than the budget of {count} seconds; it was given up",
            form,
            count=count,
        )
    return _error_result(source, ids.TIME_BUDGET, message)


def not_reached(source: str, seconds: float) -> Result:
    """The ``error`` result of an input not read because the inputs sent with it used up the ``seconds`` they share
    (a web request's)."""
    message = plural(
        "The inputs sent with this one used up the {count} second they share before it; it was not read",
        "The inputs sent with this one used up the {count} seconds they share before it; it was not read",
        seconds_form(seconds),
        count=seconds_shown(seconds),
    )
    return _error_result(source, ids.TIME_BUDGET, message)


def internal_error(source: str, stage: str, exc: BaseException) -> Result:
    """The ``error`` result of an input on which qa-checker itself failed (``stage``: loading or checking)."""
    detail = str(exc).splitlines()[0][:300] if str(exc) else ""
    error = f"{type(exc).__name__}: {detail}".rstrip(": ")
    if stage == "loading":
        message = msg("qa-checker failed while loading this input: {error}", error=error)
    else:
        message = msg("qa-checker failed while checking this input: {error}", error=error)
    return _error_result(source, ids.INTERNAL_ERROR, message)


def worker_ended(source: str, signal_name: str | None) -> Result:
    """The ``error`` result of an input whose worker process died while checking it (by ``signal_name``, if known):
    a crash in a native library, or the system ending the process, most often for lack of memory."""
    if signal_name:
        message = msg(
            "The process checking this input ended abruptly ({signal}); this input was given up and the rest of the "
            "batch checked",
            signal=signal_name,
        )
    else:
        message = msg(
            "The process checking this input ended abruptly; this input was given up and the rest of the batch checked"
        )
    return _error_result(source, ids.INTERNAL_ERROR, message)


def _error_result(source: str, rule_id: str, message: Text) -> Result:
    rule = RULES_BY_ID[rule_id]
    finding = finding_from_hit(rule, Hit("", message=message), rule.severity)
    return Result(
        source=source,
        id=None,
        kind=None,
        status="error",
        score=None,
        elements={e.key: "missing" for e in ELEMENTS},
        findings=[finding],
        principles=dict.fromkeys(PRINCIPLE_KEYS),
        format="unknown",
    )


def _start_worker() -> None:
    """A pool worker leaves Ctrl-C to the main process, which stops it (no traceback per worker), and ends when
    that process is gone (:func:`_end_with_parent`). What it inherits (modules, vocabularies, language models,
    caches) is set aside from the cyclic collector, which would otherwise walk all of it at each full collection
    while the worker checks, and the collector runs after :data:`COLLECT_AFTER` new objects, as in a run."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with_parent, args=(os.getppid(),), daemon=True).start()
    gc.freeze()
    gc.set_threshold(COLLECT_AFTER, *gc.get_threshold()[1:])


# How often a pool worker looks whether the process that started it is still there.
PARENT_CHECK_SECONDS = 0.5


def _end_with_parent(parent: int) -> None:
    """End this worker once its parent is gone. Ctrl-C in the main process while it forks a worker stops the run
    before the pool knows that worker, which then waited for work forever on a queue whose writing end it holds
    itself, keeping the run's output pipes open."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _check_chunk(paths: Sequence[Path], job: bytes) -> list[_Group]:
    """The results of a chunk of files, checked in a worker (see :func:`_checked`); ``job`` is the run's
    :class:`_Job`, pickled once for all its chunks (:attr:`_Workers.job_sent`)."""
    unpickled = _unpickled_job(job)
    return _checked(paths, unpickled, _loaders(unpickled.config))


@functools.lru_cache(maxsize=4)
def _unpickled_job(job: bytes) -> _Job:
    """A pickled job, unpickled once per worker process: the rules it makes for its first chunk (:attr:`_Job.plan`,
    longer to make than a small chunk takes to check) then serve all its chunks."""
    unpickled: _Job = pickle.loads(job)
    return unpickled


def _checked(
    items: Sequence[_Input],
    job: _Job,
    loaders: Loaders,
    stdin: bytes | None = None,
    budget: IntervalBudget | None = None,
) -> list[_Group]:
    """The results of ``items``: a group each, or one :class:`Page` of them all for a run on disk, or what
    ``render_pages`` makes of them all for a stream that asks for it. Their steps are of ``budget`` where the caller
    entered one, else of one budget for them all."""
    with _entered(budget, job.config.limits.seconds) as steps:
        groups = [check_input(item, job, loaders, stdin, steps) for item in items]
    if job.pack:
        return [_packed([skipped(r) for group in groups for r in group], job)]
    if job.render:
        return [_rendered([skipped(r) for group in groups for r in group], job)]
    return list[_Group](groups)


def _packed(results: list[Result], job: _Job) -> Page:
    """Results as one page of a run kept on disk, rendered by ``render_pages``; without the results themselves
    where the run's reader reads the rendered text only (``rendered_only``)."""
    config = job.config
    return pack(results, _provider, config.render_pages, keep=not config.rendered_only)


def _rendered(results: list[Result], job: _Job) -> _Group:
    """A stream's results as ``render_pages`` makes them; the results themselves where it fails (their reader
    renders them itself)."""
    render = job.config.render_pages
    try:
        return Rendered(render(results), tuple(result.status for result in results)) if render else results
    except Exception:
        return results


def _provider(result: Result) -> str | None:
    return table.provider_row(result)["provider"]  # type: ignore[no-any-return]


def _stream_parallel(
    items: Iterator[_Input],
    job: _Job,
    loaders: Loaders,
    stdin: bytes | None,
    workers: int,
    sizes: Iterator[int],
    progress: Progress | None,
) -> Iterator[_Group]:
    """Each input's results, in input order, from a pool of ``workers`` processes.

    Files go to the pool in chunks of the ``sizes`` in turn; at most ``IN_FLIGHT_PER_WORKER`` chunks per worker
    are queued or running, and results are handed on as soon as they and all before them are done.
    Standard input is checked here, in its place. The first ``WARM_UP`` inputs are checked here
    before the pool starts: they load the caches the rules build on first use (vocabularies, the
    language models and lemma dictionaries of the languages they are in, the schema), which forked
    workers then inherit instead of each loading them again.
    """
    for item in itertools.islice(items, WARM_UP):
        yield _counted(check_input(item, job, loaders, stdin), progress)
    # No more processes than chunks of files to give them (standard input is checked here).
    chunks = _chunks(items, sizes)
    ahead = list(itertools.islice(chunks, workers))
    pool = _LocalPool(max(1, sum(chunk is not None for chunk in ahead)), job)
    try:
        yield from _in_order(
            itertools.chain(ahead, chunks),
            pool,
            lambda: check_input(None, job, loaders, stdin),
            pool.workers * IN_FLIGHT_PER_WORKER,
            progress,
        )
    except BaseException:
        _stop(pool.pool)
        raise
    pool.pool.shutdown()


def _chunk_sizes(total: int, workers: int) -> Iterator[int]:
    """The size of each chunk of a run of ``total`` files on ``workers`` processes: a quarter of each worker's share
    of the files left, so that the last chunks are short and a worker that is done waits little for another's
    last chunk (with chunks of one size, it waited half a chunk on average)."""
    left = total
    while True:
        size = max(1, min(MAX_CHUNK, left // (workers * CHUNKS_PER_WORKER)))
        left -= size
        yield size


def _chunks(items: Iterator[_Input], sizes: Iterator[int]) -> Iterator[list[Path] | None]:
    """Files in chunks of the ``sizes`` in turn; standard input, as ``None``, where it comes."""
    size = next(sizes)
    chunk: list[Path] = []
    for item in items:
        if item is None:
            if chunk:
                yield chunk
                chunk, size = [], next(sizes)
            yield None
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk, size = [], next(sizes)
    if chunk:
        yield chunk


class _Done:
    """Work finished before it was submitted (standard input, checked in its place)."""

    def __init__(self, groups: list[_Group]) -> None:
        self.groups = groups

    def result(self) -> list[_Group]:
        return self.groups


class _Workers:
    """Where chunks of files are checked (a local pool or a Dask cluster); a chunk whose worker died is checked again
    a file at a time, so the one file that ends a worker is reported and the others keep their results."""

    lost: tuple[type[BaseException], ...] = ()

    def __init__(self, job: _Job) -> None:
        self.job = job
        # The job as each chunk is sent with it: pickled once, and told apart by the workers (see _unpickled_job).
        self.job_sent = pickle.dumps(job)

    def submit(self, chunk: list[Path]) -> Any:
        """The future results of a chunk of files."""
        raise NotImplementedError

    def restart(self) -> str | None:
        """Make the workers usable again after one died; how it ended (a signal's name), where known."""
        return None

    def settle(self) -> None:
        """Wait until no other work is running where a death could be blamed on the next task (see :meth:`groups`)."""

    def groups(self, chunk: list[Path], work: Any) -> list[_Group]:
        """The results of ``chunk``'s ``work``, or, if its worker died, of each of its files checked alone: with
        nothing else running, so that the file a death is blamed on is the one that caused it."""
        try:
            return self.result(work)  # type: ignore[no-any-return]
        except self.lost:
            groups: list[_Group] = []
            for path in chunk:
                self.settle()
                try:
                    groups.extend(self.result(self.submit([path])))
                except self.lost:
                    groups.append(self._given_up(path))
            return groups

    def result(self, work: Any) -> Any:
        """What ``work`` gives, once it is done."""
        return work.result()

    def _given_up(self, path: Path) -> _Group:
        result = worker_ended(shown(path), self.restart())
        return _packed([result], self.job) if self.job.pack else [result]


class _LocalPool(_Workers):
    """A local process pool, started again when one of its workers dies."""

    def __init__(self, workers: int, job: _Job) -> None:
        from concurrent.futures.process import BrokenProcessPool

        super().__init__(job)
        self.lost = (BrokenProcessPool,)
        self.workers = workers
        self.pool = self._start()
        self.running: set[Future[Any]] = set()

    def _start(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.workers, initializer=_start_worker)

    def submit(self, chunk: list[Path]) -> Any:
        try:
            work = self.pool.submit(_check_chunk, chunk, self.job_sent)
        except self.lost:  # a worker died: the pool refuses work until started again
            self.restart()
            work = self.pool.submit(_check_chunk, chunk, self.job_sent)
        self.running.add(work)
        work.add_done_callback(self.running.discard)
        return work

    def settle(self) -> None:
        from concurrent.futures import wait

        wait(list(self.running))

    def restart(self) -> str | None:
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=True)  # a broken pool ends and joins its other workers
        self.pool = self._start()
        for process in processes:
            code = process.exitcode
            if code is not None and code < 0 and -code != signal.SIGTERM:  # the others are ended by the pool
                with contextlib.suppress(ValueError):
                    return signal.Signals(-code).name
        return None


# How long a Dask run waits while its cluster has no worker (all of them gone, or none ever joined) before it gives
# up, and how often it looks: a cluster restarts a worker that died within seconds, and one without any would keep
# the run waiting for ever.
DASK_WITHOUT_WORKERS = 60.0
_DASK_LOOK = 2.0


class _DaskWorkers(_Workers):
    """The workers of a Dask cluster; the cluster itself restarts a worker that died."""

    def __init__(self, client: Any, job: _Job) -> None:
        from distributed import KilledWorker

        super().__init__(job)
        self.lost = (KilledWorker,)
        self.client = client

    def submit(self, chunk: list[Path]) -> Any:
        return self.client.submit(_check_chunk, chunk, self.job_sent, pure=False)

    def result(self, work: Any) -> Any:
        self._await(work)
        return work.result()

    def _await(self, work: Any) -> None:
        """Return once ``work`` is done (or has failed); :class:`EngineError` once the cluster has had no worker for
        :data:`DASK_WITHOUT_WORKERS` seconds."""
        from distributed import wait

        alone_since: float | None = None
        while True:
            try:
                wait(work, timeout=_DASK_LOOK)
                return
            except TimeoutError:
                pass
            if self.client.scheduler_info().get("workers"):
                alone_since = None
            elif alone_since is None:
                alone_since = time.monotonic()
            elif time.monotonic() - alone_since >= DASK_WITHOUT_WORKERS:
                raise EngineError(
                    msg(
                        "the Dask cluster has had no worker for {seconds} seconds, so nothing can check the "
                        "files: start workers for its scheduler, or run without --scheduler",
                        seconds=str(int(DASK_WITHOUT_WORKERS)),
                    )
                )


def _in_order(
    chunks: Iterable[list[Path] | None],
    workers: _Workers,
    check_here: Callable[[], list[Result]],
    in_flight: int,
    progress: Progress | None,
) -> Iterator[_Group]:
    """Each input's results in input order, its chunks of files (of :func:`_chunks`) given to ``workers``, at most
    ``in_flight`` pending; standard input (``None``) is checked here, in its place."""
    pending: collections.deque[tuple[list[Path], Any]] = collections.deque()

    def oldest() -> list[_Group]:
        chunk, work = pending.popleft()
        groups = work.result() if isinstance(work, _Done) else workers.groups(chunk, work)
        if progress is not None:
            progress(max(1, len(chunk)))
        return groups

    for chunk in chunks:
        pending.append(([], _Done([check_here()])) if chunk is None else (chunk, workers.submit(chunk)))
        while len(pending) >= in_flight:
            yield from oldest()
    while pending:
        yield from oldest()


def _check_dask(
    items: Iterator[_Input],
    job: _Job,
    loaders: Loaders,
    stdin: bytes | None,
    workers: int,
    sizes: Iterator[int],
    progress: Progress | None,
) -> Iterator[_Group]:
    """The per-file work as Dask tasks, one task per chunk of files, results streamed in input order.

    As with the local pool, at most a few chunks per worker are pending at a time, so memory does not
    grow with the batch. The workers read the files themselves, so they must see the same paths (a
    shared file system); standard input is read here. Tasks run in worker threads, where the per-input
    time budget does not act: a Dask cluster bounds a task's time with its own settings.
    """
    from dask.distributed import Client, LocalCluster

    scheduler = job.config.scheduler
    try:
        with contextlib.ExitStack() as stack:
            if scheduler:
                client = stack.enter_context(_scheduler_client(Client, scheduler))
            else:
                cluster = stack.enter_context(
                    LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
                )
                client = stack.enter_context(Client(cluster))
            yield from _in_order(
                _chunks(items, sizes),
                _DaskWorkers(client, job),
                lambda: check_input(None, job, loaders, stdin),
                workers * IN_FLIGHT_PER_WORKER,
                progress,
            )
    finally:
        _end_dask_offload_thread()


# How long a scheduler given by address may take to answer before the run is given up.
DASK_CONNECT_SECONDS = 10


def _scheduler_client(client: Callable[..., Any], address: str) -> Any:
    """A Dask client of the scheduler at ``address``, or :class:`EngineError` naming it when it cannot be reached (or
    is no address) or does not answer in time.

    The client is made on a thread of its own and waited for with a deadline: distributed bounds the connection
    but not the handshake after it, so a service that accepts a connection and never speaks (a port left open by
    something else) would hold the run for ever.
    """
    made: queue.SimpleQueue[tuple[Any, BaseException | None]] = queue.SimpleQueue()

    def connect() -> None:
        try:
            made.put((client(address, timeout=DASK_CONNECT_SECONDS), None))
        except BaseException as exc:  # not a scheduler at all: another service answered (a MemoryError reading it)
            made.put((None, exc))

    threading.Thread(target=connect, name="qa-checker-dask-connect", daemon=True).start()
    try:
        connected, error = made.get(timeout=DASK_CONNECT_SECONDS * 2)
    except queue.Empty:
        waited = DASK_CONNECT_SECONDS * 2
        error = TimeoutError(
            plural(
                "no answer within {count} second",
                "no answer within {count} seconds",
                seconds_form(waited),
                count=seconds_shown(waited),
            )
        )
    if error is None:
        return connected
    reason = " ".join(str(error).split())[:200] or type(error).__name__
    raise EngineError(
        msg(
            "cannot reach the Dask scheduler at {address} (--scheduler): {reason}", address=address[:200], reason=reason
        )
    )


def _end_dask_offload_thread() -> None:
    """End the thread distributed keeps for work it offloads, once the client is closed.

    distributed starts that thread on a client's first use and never ends it, and report files are only
    written by processes forked from a single-threaded one: with the thread gone, a Dask audit writes
    its reports on every core, as a local one does. The executor is replaced by a new one, which starts
    its thread only when given work, so a later client in this process works as before. Where a version
    of distributed keeps the thread elsewhere, nothing is changed (the reports are written in one
    process).
    """
    from concurrent.futures import ThreadPoolExecutor

    from distributed import utils

    executor = getattr(utils, "_offload_executor", None)
    if type(executor) is ThreadPoolExecutor:
        executor.shutdown(wait=True)
        utils._offload_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="Dask-Offload")


def _stop(pool: ProcessPoolExecutor) -> None:
    """End a pool at once (Ctrl-C, a failure): queued work is dropped and running workers are killed."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=1)


def rule_infos(rubric: Rubric) -> dict[str, RuleInfo]:
    """Every rule the rubric enables, documented, with the rubric's severity, weight and options; then the
    checker's own rules (reading files, spreadsheets, imports), which any run may raise, with their defaults."""
    infos = {}
    settings = dict(rubric.rules)
    for rule_id, rule in RULES_BY_ID.items():
        if rule.engine_only and rule_id not in settings:
            settings[rule_id] = RuleSetting(rule.severity, rule.weight, dict(rule.defaults))
    for rule_id, setting in settings.items():
        rule = RULES_BY_ID[rule_id]
        infos[rule_id] = RuleInfo(
            id=rule_id,
            name=rule.name,
            title=rule.title,
            element=rule.element,
            clause=rule.clause,
            principles=rule.principles,
            severity=setting.severity,
            weight=setting.weight,
            options=dict(setting.options),
            message=rule.message,
            hint=rule.hint,
        )
    return infos


def build_report(
    results: list[Result] | SpilledResults,
    config: RunConfig,
    moment: datetime | None = None,
    *,
    providers: list[dict[str, Any]] | None = None,
    repeated_ids: list[dict[str, Any]] | None = None,
    given_folder: bool = True,
) -> Report:
    """The complete report of checked results: rules, stamp, providers, repeated ids and unmatched waivers.

    Results on disk were marked ``skipped`` where due as they were kept, and ``providers`` and ``repeated_ids``
    tallied: they are read again only for unmatched waivers. Without them the results are read for them.
    Waivers naming none of the results are unmatched only when the run was ``given_folder`` (documents given
    directly are taken as the whole run): a run given files checks some of the descriptors the waivers name."""
    moment = moment or config.now or datetime.now(timezone.utc)
    generated_at = moment.isoformat(timespec="seconds")
    if not isinstance(results, SpilledResults):
        results = [skipped(r) for r in results]
    if providers is None:
        providers = table.providers(table.provider_row(r) for r in results if r.status != "skipped")
    if repeated_ids is None:
        ids = table.IdTally()
        for result in results:
            if result.status != "skipped":
                ids.add(result.id, result.source)
        repeated_ids = ids.summary()
    waivers = config.waivers
    return Report(
        rubric=config.rubric,
        results=results,
        generated_at=generated_at,
        command=config.command,
        language=config.language,
        rules=rule_infos(config.rubric),
        stamp=stamp(config.rubric, generated_at, results, waivers_file=waivers.file if waivers else None),
        providers=providers,
        repeated_ids=repeated_ids,
        unmatched_waivers=[entry.unmatched(waivers.file) for entry in waivers.unmatched(results)]
        if waivers and given_folder
        else [],
    )
