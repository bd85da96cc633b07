"""The budget every input is read within, the same whether it comes from a folder, an archive,
a spreadsheet or standard input."""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from typing import Any

from qa_checker.text import N_, Text, english, msg

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# The most processes a run starts (``--jobs``, the web service's workers): each is forked at once and holds the
# checker (some 100 MB), so more is a typo, not a machine (``--jobs 100000`` forked until memory ran out).
MAX_PROCESSES = 256
# The largest value a limit or size option takes: beyond it a count no longer fits an index. A limit
# may name a smaller one of its own (``largest`` in its metadata).
LARGEST_SETTING = 10**15
MAX_DEPTH = 64
# Integers beyond a double's range (about 1.8e308) cannot be shown, compared with a float or written to a
# spreadsheet, and Python refuses to print those of more than 4,300 digits; parsers refuse or stand in
# for an integer of more bits than this, and never compute one from a literal longer than this.
MAX_INT_BITS = 1024
MAX_INT_CHARS = 400


# The jsonld-nodes limit's default, the least an import may read however small the document.
JSONLD_NODES_DEFAULT = 50_000


@dataclass(frozen=True)
class Limits:
    """How much one input may hold before it is refused with an ``MC-LD-005`` finding.

    ``max_bytes`` bounds a file, an archive member and standard input alike; the archive limits
    bound a ``.zip`` as a whole (member count, bytes unpacked in total, compression ratio of a
    member larger than ``archive_ratio_floor``).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    # A QA batch is one or a few providers' catalogues: hundreds of descriptors, a few thousand at most.
    # Every member becomes a result held until the report is written (tens of kilobytes each), so 10,000
    # members (the largest corpus the benchmarks check) keep one archive to a few hundred megabytes,
    # where 45,000 tiny members took nearly a gigabyte.
    archive_members: int = field(default=10_000, metadata={"help": N_("members a .zip may hold")})
    archive_total_bytes: int = field(
        default=1024 * 1024 * 1024, metadata={"help": N_("bytes all members of a .zip may unpack to")}
    )
    archive_ratio: int = field(default=100, metadata={"help": N_("compression ratio of a .zip member (zip bombs)")})
    archive_ratio_floor: int = field(
        default=1024 * 1024, metadata={"help": N_("unpacked size below which the ratio is not judged")}
    )
    # A catalogue lists tens to hundreds of offerings. Each row read becomes a checked result held for
    # the report, so 5,000 rows (20,000 took a minute and over a gigabyte) are read, checked and reported
    # in seconds and a few hundred megabytes. The XML openpyxl parses is bounded in proportion, whatever
    # its structure (see loaders/tabular.py).
    spreadsheet_rows: int = field(
        default=5_000,
        metadata={
            "help": N_("rows holding data read from one spreadsheet (all its sheets together); the rest are reported")
        },
    )
    spreadsheet_columns: int = field(
        default=1_000,
        metadata={"help": N_("columns read from each row of a spreadsheet; data further right is reported")},
    )
    # The text a spreadsheet's cells give, each use of a shared string (.xlsx) or of a repeated cell (.ods) counted:
    # a workbook of 500 KB whose thousand cells name one shared string of 3.6 MB gave 3.6 GB of text to check and
    # took gigabytes of memory. A catalogue of 5,000 rows of long outcomes holds some ten million characters.
    spreadsheet_chars: int = field(
        default=4 * DEFAULT_MAX_BYTES,
        metadata={
            "help": N_(
                "characters of text read from the cells of one spreadsheet, a shared or repeated cell counted each "
                "time it is used"
            )
        },
    )
    # Reading the real samples costs at most some 2,000 (keys of each node read, and values): an EDC
    # graph of 114 nodes, a CTDL graph of 45 courses 1,300. A node reached again through a reference is paid
    # for again, so references cannot multiply the work. Left at its default, the limit grows with the document
    # (see qa_checker.importers.READS_PER_VALUE), so an LOQ upload of 2,000 opportunities is read whole; a
    # limit given is kept as given.
    jsonld_nodes: int = field(
        default=JSONLD_NODES_DEFAULT,
        metadata={
            "help": N_(
                "JSON-LD node keys and values read from one document, counted again each time a reference is followed"
            )
        },
    )
    seconds: float = field(
        default=60.0,
        metadata={
            "help": N_("seconds one input may take to read, and one descriptor to check, before it is given up"),
            # The interval timer holds about 30 years (10 years did not fit the platform's time_t).
            "largest": 10**9,
        },
    )
    # A descriptor holds a few hundred values and a large CTDL graph tens of thousands; typical JSON and
    # YAML spend about 30 bytes on a value, so a 5 MiB file of real descriptors holds some 170,000.
    max_nodes: int = field(
        default=200_000,
        metadata={
            "help": N_(
                "values (objects, lists, texts, numbers) in a JSON or YAML file, each use of a YAML alias counted"
            )
        },
    )
    max_depth: int = field(default=MAX_DEPTH, metadata={"help": N_("levels a JSON or YAML document may nest")})
    # The text rules take time linear in a text, so by default a text may be as long as a file may be;
    # lower it for a service that takes descriptors only. A CTDL graph lists tens of thousands of resources.
    max_string_chars: int = field(
        default=DEFAULT_MAX_BYTES,
        metadata={"help": N_("characters in one text of a JSON or YAML file, or in one CSV cell")},
    )
    max_list_items: int = field(default=50_000, metadata={"help": N_("items in one list of a JSON or YAML file")})
    # The JSON and YAML text of one input (an archive's members together) kept to place its findings by line
    # and column once they are checked: placing costs time linear in that text (measured: some 20 seconds
    # for 64 MiB of YAML, 2 for JSON), so this bounds it by counted bytes rather than by the clock. The
    # findings of a text beyond it are given by their pointers, with a notice that names this limit. Not a
    # --limit option: with the default max-bytes only an archive of JSON and YAML members passes it.
    placed_bytes: int = 64 * 1024 * 1024
    # Each descriptor a file gives becomes a result held until the report is written, as for archive members.
    max_documents: int = field(
        default=10_000,
        metadata={
            "help": N_(
                "descriptors one JSON or YAML file may give (documents of a YAML stream, items of a list, "
                "micro-credentials of one imported document)"
            )
        },
    )


@dataclass
class Allowance:
    """What YAML aliases may still add to the parts of one input that are read one by one (the members
    of an archive), which together get one file's budget: ``values`` beyond one per character of a
    part's text, and ``chars`` of text beyond the part's own. Each part spends what its aliases add."""

    values: int
    chars: int

    @classmethod
    def of(cls, limits: Limits) -> Allowance:
        """The allowance of one file: ``max_nodes`` values and ``max_bytes`` characters."""
        return cls(limits.max_nodes, limits.max_bytes)


class OverTime(BaseException):
    """Raised in the middle of reading or checking an input, or an archive's member, that ran out of its time
    budget (``Limits.seconds``).

    A ``BaseException`` so that the loaders' and rules' own ``except Exception`` cannot swallow it.
    """


# The two shares of a web request's budget: one input may take ``INPUT_SHARE`` of its checking time (``--timeout``),
# and all its uploads together ``UPLOADS_SHARE`` of its CPU budget (the rest is kept for its report).
INPUT_SHARE = 0.5
UPLOADS_SHARE = 0.8


class Clock:
    """A time budget of ``seconds`` (none if 0) that the parts of one whole share (an archive's members, the uploads
    of a web request), from when it is made; each part may take ``most`` seconds of it at most, so that a slow part
    leaves time for the others."""

    def __init__(self, seconds: float, most: float) -> None:
        self.seconds, self.most, self.started = seconds, most, time.monotonic()

    def left(self) -> float:
        return self.seconds - (time.monotonic() - self.started)

    def spent(self) -> bool:
        """Whether the budget has run out."""
        return bool(self.seconds) and self.left() <= 0

    def share(self) -> float:
        """The seconds the next part may take: ``most``, or what is left of the budget if less (0: no budget), to
        a tenth of a second."""
        if not self.seconds:
            return 0
        return max(0.1, round(min(self.most, self.left()), 1))


# What to do about an input (or an archive's member) given up after its time budget.
OVER_TIME_HINT = N_("Check the file is what it should be; raise the budget with --limit seconds=N if it is genuine.")


def seconds_shown(seconds: float) -> int | float:
    """A budget of ``seconds`` as a message shows it: a whole number without its decimal point."""
    return int(seconds) if float(seconds).is_integer() else seconds


def seconds_form(seconds: float) -> int:
    """The count that chooses the form of a message saying ``seconds``: the number itself when it is whole
    (``1`` second, ``30`` seconds), ``2`` for a fraction (``2.5`` and ``0.5`` seconds): the plural in English,
    German, Dutch, Spanish and Italian, and Polish's form for fractions (``2,5 sekundy``)."""
    if math.isfinite(seconds) and seconds == int(seconds):
        return int(seconds)
    return 2


class LimitError(ValueError):
    """A ``--limit NAME=VALUE`` setting that cannot be used: ``str(exc)`` in English, :attr:`text` translatable."""

    def __init__(self, text: Text) -> None:
        super().__init__(english(text))
        self.text = text


def tunable() -> dict[str, tuple[str, Any, str]]:
    """The limits ``--limit NAME=VALUE`` sets: option name to (field name, default, help).

    The help is an English msgid (marked for the catalogue): show it with ``translator(lang).gettext(help)``.
    """
    return {
        f.name.replace("_", "-"): (f.name, f.default, f.metadata["help"])
        for f in fields(Limits)
        if "help" in f.metadata
    }


def usable_int(literal: str) -> int | None:
    """The integer a decimal literal gives, or ``None`` when it is too large to use (see :data:`MAX_INT_BITS`;
    a literal longer than :data:`MAX_INT_CHARS` is never computed)."""
    if len(literal) > MAX_INT_CHARS:
        return None
    value = int(literal)
    return None if value.bit_length() > MAX_INT_BITS else value


def largest_settings() -> dict[str, int]:
    """The limits (by field name) whose largest value is smaller than :data:`LARGEST_SETTING`."""
    return {f.name: f.metadata["largest"] for f in fields(Limits) if "largest" in f.metadata}


def with_settings(limits: Limits, settings: Iterable[str]) -> Limits:
    """``limits`` with ``NAME=VALUE`` settings applied; a :class:`LimitError` (a ``ValueError``) names a bad one."""
    known = tunable()
    changes: dict[str, Any] = {}
    for setting in settings:
        name, _, value = setting.partition("=")
        key = name.strip().lower().replace("_", "-")
        if key == "max-bytes":  # the one limit with an option of its own, which --limit's list does not name
            raise LimitError(msg("max-bytes has its own option: --max-bytes {value}", value=value.strip()))
        if key not in known:
            raise LimitError(
                msg("unknown limit '{name}' (limits: {limits})", name=name, limits=", ".join(sorted(known)))
            )
        attribute, default, _ = known[key]
        try:
            typed = value.strip().replace("_", "")
            if not typed.isascii():  # int() and float() read any script's digits ("٥" is 5), a typo's too
                raise ValueError(typed)
            number = type(default)(typed)
        except ValueError:
            raise LimitError(msg("the limit {name} needs a number, not '{value}'", name=key, value=value)) from None
        if not math.isfinite(number):  # NaN compares false with everything and would switch the limit off
            raise LimitError(msg("the limit {name} must be a finite number", name=key))
        if not number > 0:
            raise LimitError(msg("the limit {name} must be greater than 0", name=key))
        if attribute in changes:
            raise LimitError(msg("the limit {name} is given twice", name=key))
        largest = largest_settings().get(attribute, LARGEST_SETTING)
        if number > largest:
            raise LimitError(msg("the limit {name} must be at most {largest}", name=key, largest=largest))
        changes[attribute] = number
    return replace(limits, **changes)


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of a parsed value, counting no further than ``limit + 1``.

    Linear in the distinct lists and mappings: one reached again (a YAML alias) is measured once, and
    one that contains itself counts as deeper than ``limit``.
    """
    if not isinstance(value, (dict, list)):
        return 1
    heights: dict[int, int] = {}
    open_: set[int] = {id(value)}
    # Each frame: the container's id, its children, its level, and the deepest level reached below it.
    frames: list[tuple[int, Iterator[Any], int, list[int]]] = [(id(value), _children(value), 1, [1])]
    while frames:
        key, children, level, deepest = frames[-1]
        child = next(children, _END)
        if child is _END:
            frames.pop()
            open_.discard(key)
            heights[key] = deepest[0] - level + 1
            if frames and deepest[0] > frames[-1][3][0]:
                frames[-1][3][0] = deepest[0]
            continue
        if isinstance(child, (dict, list)):
            known = heights.get(id(child))
            if known is None:
                if id(child) in open_ or level + 1 > limit:
                    return limit + 1
                open_.add(id(child))
                frames.append((id(child), _children(child), level + 1, [level + 1]))
                continue
            reach = level + known
        else:
            reach = level + 1
        if reach > limit:
            return reach
        if reach > deepest[0]:
            deepest[0] = reach
    return heights[id(value)]


_END = object()


def _children(node: dict[Any, Any] | list[Any]) -> Iterator[Any]:
    return iter(node.values()) if isinstance(node, dict) else iter(node)
