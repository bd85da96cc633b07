"""The HTML audit report: self-contained pages (inline CSS, JS and SVG charts, no network).

Two shapes of the same report:

* :func:`render` gives one document holding everything (``check --format html``, the web page's
  download): fine for a few hundred descriptors.
* :func:`pages` gives an index (the first screen: how bad, and what to fix first; the rules; the
  providers ranked by mean score) and one page per provider, split into parts of at most
  :data:`PER_PAGE` descriptors, as coverage.py does with its index and per-file pages. A page never
  holds more than one part's descriptors, so 10,000 descriptors open as fast as 14. The caller
  writes the files together (:func:`qa_checker.writing.write_files`).
* :func:`page_writers` gives the same pages as functions that stream each file: what the index needs
  is summed in one pass over the results (for results on disk, from the tally each worker made of the page it
  checked: :class:`PageTally`), and a page reads its own descriptors when it is written, so a run of any size
  is written holding one page's descriptors at a time.

This module builds a plain view model from the report (counts, chart geometry, heatmap, the
comparability table, findings ranked by the score their fix gains); the jinja2 templates under
``reports/`` only loop over it. Autoescaping is on for everything, so descriptor text containing
markup shows as text, and every value printed has its lone surrogates replaced by U+FFFD, so the
page can always be written as UTF-8. The compiled templates are kept in the user's cache folder
(:func:`template_cache`), so a process does not compile them again.
"""

from __future__ import annotations

import array
import bisect
import contextlib
import functools
import hashlib
import html as html_lib
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import jinja2
from jinja2 import nodes
from jinja2.bccache import Bucket
from jinja2.compiler import CodeGenerator, Frame
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup, escape

from qa_checker import __version__, table
from qa_checker.bloom import BLOOM_LABELS
from qa_checker.cells import BIDI_CONTROLS, SURROGATES, without_surrogates
from qa_checker.ects import HOURS_PER_ECTS
from qa_checker.elements import ELEMENTS, ELEMENTS_BY_KEY, citation
from qa_checker.file_names import name_shown
from qa_checker.findings import Finding, charged_rule, weight_lost
from qa_checker.i18n import Translator, translator
from qa_checker.patterns import regex
from qa_checker.principles import PRINCIPLES
from qa_checker.reporting import labels
from qa_checker.resources import bundled_dir
from qa_checker.results import Report, Result, notes_on, statuses
from qa_checker.scripts import SHOWS_AS_NOTHING
from qa_checker.sequences import LazySequence
from qa_checker.spill import PAGE, SpilledResults
from qa_checker.text import N_, clip, plural
from qa_checker.user_cache import cache_folder, write_atomically

STATUS_SYMBOL = {"present": "✓", "missing": "✗", "invalid": "!", "not-applicable": "–", "unknown": "?"}
STATUS_CLASS = {"present": "ok", "missing": "mi", "invalid": "iv", "not-applicable": "na", "unknown": "un"}
BAD_ELEMENT = ("missing", "invalid")
SEVERITIES = ("error", "warning", "info")
# Descriptors on one page of the paged report: a part of a provider's descriptors.
PER_PAGE = 100
# Lines in the first screen's lists of most frequent failing rules and missing elements.
TOP = 8
INDEX_NAME = "report.html"
PAGES_FOLDER = "report-pages"
INPUTS_PAGE = "inputs.html"  # the SHA-256 of every input, beside the pages
_PAGE_NAME = re.compile(r"page-\d{4,}\.html")


def page_name(number: int) -> str:
    """The file name of the report's page ``number``."""
    return f"page-{number:04d}.html"


def is_page_name(name: str) -> bool:
    """Whether a file name is one the report gives a page of its own (or its inputs page): the only files of the
    pages folder a later audit may replace or remove."""
    return name == INPUTS_PAGE or _PAGE_NAME.fullmatch(name) is not None


# What every page the report writes says near its start (its generator), as the user's own pages do not.
_OUR_PAGE = re.compile(rb'<meta name="generator" content="qa-checker[ "]')
_PAGE_HEAD_BYTES = 4096


def is_own_page(path: Path) -> bool:
    """Whether a file of the pages folder is a page a report wrote: named as its pages are, and saying so in its
    head (a page the user named so is theirs)."""
    if not is_page_name(path.name):
        return False
    try:
        with path.open("rb") as handle:
            return _OUR_PAGE.search(handle.read(_PAGE_HEAD_BYTES)) is not None
    except OSError:
        return False


def environment(tr: Translator | None = None) -> jinja2.Environment:
    """The template environment of one language (English by default): bundled templates, autoescape,
    undefined names fail loudly, ``_``/``ngettext``/``pgettext`` and the filters that show numbers, run times and
    machine values (statuses, severities, changes) in the translator's language."""
    return _environment(tr or translator())


# Every attribute a dict has: a template's ``d.name`` of any other name on a dict can only be its item.
_DICT_ATTRIBUTES = frozenset(dir(dict))


# The characters markupsafe's ``escape`` replaces.
_ESCAPED = regex("[&<>'\"]")


def printed(value: object) -> str:
    """What a template prints for ``{{ value }}``: :func:`printable` escaped, as jinja2 prints it; plain text with
    nothing to cut, replace or escape, and markup with nothing to replace (most values), as it is, without a
    Markup built anew."""
    if type(value) is str:
        if _as_written(value) and not _ESCAPED.search(value):
            return value
    elif type(value) is Markup and value.isprintable():  # markup is never cut (see cut)
        return value
    return escape(printable(value))


class _Printer(CodeGenerator):
    """Compiles ``{{ value }}`` in an autoescaped template to one call of :func:`printed` instead of jinja2's
    ``escape(environment.finalize(value))``: the same text, without a Markup built for every value printed. The
    text and values between two tags are joined and yielded as one piece, not one piece each: a table row of
    dozens of values is then one step through the generators of the page and of the templates including it,
    not dozens."""

    # Changed whenever the code compiled changes, so that templates compiled before are not read back from the
    # cache (:func:`template_cache`).
    REVISION = 2

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        if frame.buffer is not None or frame.require_output_check or len(node.nodes) < 2:
            super().visit_Output(node, frame)
            return
        # Jinja's own output into a buffer (as it compiles a block set), the buffer then yielded joined.
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = []")
        try:
            super().visit_Output(node, frame)
            self.writeline(f"yield concat({frame.buffer})")
        finally:
            frame.buffer = None

    # Jinja's own hooks around each printed value; what they are passed besides the node and frame is handed on
    # as it is, so that a later Jinja passing more still compiles.
    def _output_child_pre(self, node: nodes.Expr, frame: Frame, *rest: Any) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write("environment.printed(")
        else:
            super()._output_child_pre(node, frame, *rest)

    def _output_child_post(self, node: nodes.Expr, frame: Frame, *rest: Any) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write(")")
        else:
            super()._output_child_post(node, frame, *rest)


class _Environment(jinja2.Environment):
    """An environment that reads ``d.name`` on the view model's dicts as their item straight away, instead of
    first failing to find the attribute as jinja2 does (an exception raised and caught for every value
    printed); the same lookup, since a dict has no attributes beyond :data:`_DICT_ATTRIBUTES`. Its templates print
    values through :func:`printed` (:class:`_Printer`)."""

    code_generator_class = _Printer
    printed = staticmethod(printed)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


@functools.lru_cache(maxsize=16)
def _environment(tr: Translator) -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.FileSystemLoader(str(bundled_dir("reports"))),
        auto_reload=False,  # bundled templates do not change while the program runs: no stat per include
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=printable,
        extensions=["jinja2.ext.i18n"],
    )
    # A translation is text, not markup: its &, < and > are escaped (its quotes are kept, so English stays
    # exactly as the templates write it); markup comes in through a placeholder, values are escaped by %.
    translated = functools.cache(lambda message: Markup(_text(tr.gettext(message))))
    fixed = functools.cache(lambda message: translated(message) % {})

    def gettext(message: str, /, **variables: Any) -> Markup:
        """A template's ``_()``: what the i18n extension's newstyle ``gettext`` gives in an autoescaped template
        (the translation as markup, formatted with the escaped ``variables``), without its three context calls;
        a text without variables (most headings) is formatted once."""
        return translated(message) % {k: cut(v) for k, v in variables.items()} if variables else fixed(message)

    env.install_gettext_callables(  # type: ignore[attr-defined]
        translated,
        lambda singular, plural_, n: _text(tr.ngettext(singular, plural_, n)),
        newstyle=True,
        pgettext=lambda context, message: _text(tr.pgettext(context, message)),
        npgettext=lambda context, singular, plural_, n: _text(tr.npgettext(context, singular, plural_, n)),
    )
    env.globals.update(_=gettext, gettext=gettext)
    env.globals["language"] = tr.language
    env.filters["num"] = functools.partial(labels.number, tr)
    env.filters["num_cell"] = functools.partial(_number_cell, tr)
    env.filters["date"] = functools.partial(labels.moment, tr)
    env.filters["day"] = functools.partial(labels.day, tr)
    # A machine value's word is looked up once per language: most are printed for every descriptor or finding.
    env.filters["status"] = functools.cache(functools.partial(labels.word, tr, labels.STATUS))
    env.filters["verdict"] = functools.cache(functools.partial(labels.word, tr, labels.STATUS_UPPER))
    env.filters["severity"] = functools.cache(functools.partial(labels.word, tr, labels.SEVERITY))
    env.filters["element_status"] = functools.cache(functools.partial(labels.word, tr, labels.ELEMENT_STATUS))
    env.filters["change"] = functools.cache(functools.partial(labels.word, tr, labels.CHANGE))
    env.filters["provider"] = functools.partial(labels.provider, tr)
    env.filters["element"] = functools.partial(_element_label, tr)
    env.filters["shown"] = functools.partial(labels.shown, tr)
    env.filters["file_name"] = name_shown
    env.filters["rid"] = rule_id
    env.filters["rule_link"] = rule_link
    env.filters["fattrs"] = filter_attributes
    env.filters["tag"] = tag
    env.filters["link"] = _link
    env.filters["attr"] = _attribute
    env.filters["js"] = _script
    env.bytecode_cache = template_cache(env)
    return env


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Jinja's bytecode cache, kept in a folder of the user's cache: a later process reads the compiled templates
    back instead of compiling them (70 to 100 ms a run). A file that cannot be read, or a folder that cannot be
    written, leaves the template compiled as before; a file is written whole or not at all."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged file: pickle and marshal raise most anything on it
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        def write(name: str) -> None:
            with open(name, "wb") as file:
                bucket.write_bytecode(file)

        with contextlib.suppress(OSError):
            write_atomically(Path(self._get_cache_filename(bucket)), write)


# The environment's settings that shape a template's compiled code (besides its text, which Jinja checks itself).
_COMPILER_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "autoescape",
    "optimized",
    "newstyle_gettext",
)


def template_cache(env: jinja2.Environment) -> jinja2.BytecodeCache | None:
    """The bytecode cache of ``env``'s templates in the user's cache folder (None: this machine has none). Its
    files are named by the versions of qa-checker and Jinja and ``env``'s compiler settings, so that code compiled
    with other settings is never read back."""
    folder = cache_folder("templates")
    if folder is None:
        return None
    settings = [getattr(env, name, None) for name in _COMPILER_SETTINGS]
    generator = env.code_generator_class.__qualname__, getattr(env.code_generator_class, "REVISION", None)
    shape = (__version__, jinja2.__version__, settings, generator, env.finalize is not None, sorted(env.extensions))
    digest = hashlib.sha256(repr(shape).encode("utf-8")).hexdigest()[:16]
    return _TemplateCache(str(folder), f"{digest}-%s.cache")


def _text(translation: str) -> str:
    return translation.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _element_label(tr: Translator, key: str | None, fallback: str | None = None) -> str:
    """An Annex I element's label in the translator's language (``fallback``, else the key, for an unknown key)."""
    element = ELEMENTS_BY_KEY.get(key or "")
    return tr.gettext(element.label) if element else fallback or key or ""


def tag(value: Any, name: str) -> Markup:
    """``value`` (escaped and cut) in an element: markup for a placeholder of a translated sentence."""
    return Markup(f"<{name}>{escape(cut(value))}</{name}>")


def _link(value: Any, href: str, *attributes: str) -> Markup:
    """``value`` (escaped) as a link to ``href`` with some valueless ``attributes`` (``data-keep``): markup for a
    placeholder of a translated sentence."""
    extra = Markup("").join(Markup(" ") + Markup(a) for a in attributes)
    return Markup('<a href="{}"{}>{}</a>').format(href, extra, cut(value))


def _attribute(value: Any) -> Markup:
    """A translated text fit for a double-quoted attribute (its quotes escaped too)."""
    return Markup(str(value).replace('"', "&#34;"))


_JS_PLACEHOLDER = regex(r"\{(\w+)\}")


def _script(value: Any, **expressions: str) -> Markup:
    """A translated text as a JavaScript expression: a string literal, or with ``{name}`` placeholders the
    concatenation of its literal parts and the expressions given for them (the translation may put them in
    any order)."""
    text = html_lib.unescape(str(value))
    parts: list[str] = []
    for index, piece in enumerate(_JS_PLACEHOLDER.split(text)):
        if index % 2:
            parts.append(expressions[piece])
        elif piece:
            parts.append(str(htmlsafe_json_dumps(piece, ensure_ascii=False)))
    if not parts:
        return Markup('""')
    if len(parts) > 1 and not parts[0].startswith('"') and not parts[1].startswith('"'):
        parts.insert(0, '""')  # two numbers first would be added, not joined
    return Markup(" + ".join(parts))


# The most characters of a provider's text a page prints in one place: a title of megabytes, shown in the
# overview, the table and its descriptor's section, made a page of hundreds of megabytes.
MAX_PRINTED_CHARS = 4_000


def printable(value: Any) -> Any:
    """A value as a report page prints it: :func:`shown`, text cut at :data:`MAX_PRINTED_CHARS`."""
    if isinstance(value, str) and _as_written(value):
        return value  # most values printed: nothing to cut or replace (see writable)
    return writable(cut(value), _NOT_IN_REPORTS)


def _as_written(text: str) -> bool:
    """Whether :func:`printable` leaves ``text`` as it is: printable throughout and not too long to print whole."""
    return text.isprintable() and len(text) <= MAX_PRINTED_CHARS


def shown(value: Any) -> Any:
    """:func:`writable`, and U+FFFD for a character that shows as nothing too, so that 'MC-1\\u200b' does not
    look like 'MC-1'."""
    return writable(value, _NOT_IN_REPORTS)


def cut(value: Any) -> Any:
    """A provider's text (plain ``str``, not markup) cut at :data:`MAX_PRINTED_CHARS`; any other value as it is."""
    return clip(value, MAX_PRINTED_CHARS) if type(value) is str and len(value) > MAX_PRINTED_CHARS else value


def writable(value: Any, unwanted: re.Pattern[str] | None = None) -> Any:
    """A printed value without lone surrogates, so UTF-8 can hold the page, and without the control
    characters HTML has no place for (a provider's NUL, ESC, BEL: U+FFFD instead, as in the workbook) or
    that would reorder the page around them (bidirectional embeddings, overrides and isolates, which the
    text report shows as escapes), or ``unwanted``'s characters (never printable ones); markup stays markup.
    Most values printed are printable text throughout (``str.isprintable``): those are left as they are without
    a search."""
    if not isinstance(value, str) or value.isprintable():
        return value
    if not value.isascii() and SURROGATES.search(value):
        value = Markup(without_surrogates(value)) if isinstance(value, Markup) else without_surrogates(value)
    unwanted = unwanted or _NOT_IN_HTML
    if unwanted.search(value):
        value = Markup(unwanted.sub("\ufffd", value)) if isinstance(value, Markup) else unwanted.sub("\ufffd", value)
    return value


# Control characters other than HTML's white space (tab, line feed, form feed, carriage return), and the
# bidirectional controls that would make a title show other than it reads ("Data \u202eEthics").
_HTML_CONTROLS = f"\x00-\x08\x0b\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}"
_NOT_IN_HTML = regex(f"[{_HTML_CONTROLS}]")
# What a page prints U+FFFD for: those, and the characters that show as nothing (but in the descriptor pasted
# into the web form, given back as it was given).
_NOT_IN_REPORTS = regex(f"[{_HTML_CONTROLS}{SHOWS_AS_NOTHING}]")


@functools.lru_cache(maxsize=4096)
def rule_id(value: str) -> Markup:
    """A rule id that never breaks across lines (``white-space: nowrap``; plain hyphens, so that it
    can still be found with the browser's search and copied into ``qa-checker explain``)."""
    return Markup('<span class="rid">{}</span>').format(value)


@functools.lru_cache(maxsize=4096)
def rule_link(value: str, index: str) -> Markup:
    """A rule id (:func:`rule_id`) linking to its row of the rules table on the page ``index`` (empty: this page)."""
    return Markup('<a href="{}#rule-{}">{}</a>').format(index, value, rule_id(value))


@functools.lru_cache(maxsize=4096, typed=True)
def _number_cell(tr: Translator, value: float | None, digits: int = 1, derived: bool = False) -> Markup:
    """A number's cell in the comparability table: its value for sorting (``data-v``), shown in ``tr``'s language
    with at most ``digits`` decimals, marked ≈ when ``derived``."""
    raw = escape("" if value is None else value)
    shown = escape(labels.number(tr, value, digits))
    return Markup(f'<td class="n" data-v="{raw}">{"≈" if derived else ""}{shown}</td>')


def filter_attributes(words: Mapping[str, str]) -> Markup:
    """The ``data-`` attributes the filters match a descriptor or provider on (``words``: its words of each filter,
    space-separated), each after a space."""
    return Markup(
        f' data-status="{escape(words["status"])}" data-provider="{escape(words["provider"])}"'
        f' data-rules="{escape(words["rules"])}" data-sev="{escape(words["sev"])}" data-el="{escape(words["el"])}"'
    )


def render(report: Report, *, tr: Translator | None = None, **_: object) -> str:
    """The whole report as one HTML document, in the report's language (or ``tr``'s)."""
    model = _Model(report, tr=tr)
    return environment(model.tr).get_template("report.html.j2").render(**model.single())


def pages(
    report: Report,
    *,
    index: str = INDEX_NAME,
    folder: str = PAGES_FOLDER,
    per_page: int = PER_PAGE,
    tr: Translator | None = None,
) -> dict[str, str]:
    """The paged report: ``{relative path: document}``, the index first, then one page per provider part
    and the page of the inputs' SHA-256.

    Paths use ``/``; the pages live in ``folder`` beside the index and link back to it by name. The
    pages speak the report's language (or ``tr``'s).
    """
    model = _Model(report, paged=(index, folder, max(per_page, 1)), tr=tr)
    env = environment(model.tr)
    return {path: env.get_template(name).render(**context()) for path, (name, context) in model.views().items()}


def page_writers(
    report: Report,
    *,
    index: str = INDEX_NAME,
    folder: str = PAGES_FOLDER,
    per_page: int = PER_PAGE,
    tr: Translator | None = None,
) -> dict[str, Callable[[BinaryIO], None]]:
    """The paged report as :func:`pages` gives it (same paths, same bytes once written as UTF-8), each
    document a function that streams it into a binary file (:data:`qa_checker.writing.Content`).

    The counts, rankings and page list come from one pass over ``report.results`` (for results on disk, the
    tallies their workers made, :class:`PageTally`), keeping only the positions of each provider's descriptors;
    a page reads its own descriptors by position when its function is called, so writing every page holds one
    page's descriptors at a time.
    """
    model = _Model(report, paged=(index, folder, max(per_page, 1)), tr=tr)
    env = environment(model.tr)
    return {
        path: functools.partial(_stream, env.get_template(name), context)
        for path, (name, context) in model.views().items()
    }


# Pieces of a template's output (most a few dozen characters) encoded and written at a time, while a page is
# streamed.
STREAM_PIECES = 4096


def _stream(template: jinja2.Template, context: Callable[[], dict[str, Any]], file: BinaryIO) -> None:
    """Write the template rendered with ``context()`` into ``file`` as UTF-8, lone surrogates replaced as
    :func:`qa_checker.writing.write_files` replaces them in text."""
    pieces = template.generate(**context())
    while batch := list(itertools.islice(pieces, STREAM_PIECES)):
        text = "".join(batch)
        try:
            file.write(text.encode("utf-8"))
        except UnicodeEncodeError:  # UTF-8 holds any character but a lone surrogate
            file.write(without_surrogates(text).encode("utf-8"))


# The filters a descriptor's words are matched by, besides its provider.
_FILTER_WORDS = ("status", "rules", "sev", "el")


class _PageGroup:
    """One provider's descriptors in one page of results: their positions in the page, counts by status, scores in
    order and the words each filter matches on some of them."""

    __slots__ = ("positions", "scores", "statuses", "words")

    def __init__(self) -> None:
        self.positions = array.array("l")
        self.statuses: Counter[str] = Counter()
        self.scores = array.array("d")
        self.words: dict[str, set[str]] = {key: set() for key in _FILTER_WORDS}


class PageTally:
    """What the report's model sums of one page of results (see :class:`_Tally`), its positions relative to the
    page. A pool's worker makes it of the chunk it checked (``RunConfig.render_pages``), so that the parent merges
    small tallies in order instead of reading every result back from disk. Scores are kept in order, not summed,
    so that the means the parent sums are those of one pass over all the results."""

    def __init__(self, results: Sequence[Result]) -> None:
        self.size = len(results)
        self.skipped = array.array("l")
        self.statuses: Counter[str] = Counter()
        self.scores = array.array("d")
        self.bands = [0] * SCORE_BANDS
        self.principles = {p.key: array.array("d") for p in PRINCIPLES}
        self.failing: Counter[str] = Counter()  # descriptors per rule with a finding that counts
        self.findings: Counter[str] = Counter()  # findings per rule
        self.bad: Counter[str] = Counter()  # readable descriptors per missing or invalid element
        self.beyond: set[str] = set()  # the principles some result needs outside evidence for
        self.groups: dict[str | None, _PageGroup] = {}
        for position, result in enumerate(results):
            if result.status == "skipped":
                self.skipped.append(position)
            else:
                self._add(position, result)

    def _add(self, position: int, result: Result) -> None:
        name = _provider(result)
        group = self.groups.get(name)
        if group is None:
            group = self.groups[name] = _PageGroup()
        group.positions.append(position)
        group.statuses[result.status] += 1
        self.statuses[result.status] += 1
        if result.score is not None:
            self.scores.append(result.score)
            group.scores.append(result.score)
            self.bands[_band(result.score)] += 1
        for key, values in self.principles.items():
            if (value := result.principles.get(key)) is not None:
                values.append(value)
        self.failing.update({f.rule for f in result.findings if f.counts})
        self.findings.update(f.rule for f in result.findings)
        traits = _traits(result)
        self.bad.update(traits.bad)
        self.beyond.update(result.principles_beyond)
        group.words["status"].add(result.status)
        group.words["rules"].update(traits.rules)
        group.words["sev"].update(traits.severities)
        group.words["el"].update(traits.touched)


class _Group:
    """What the index needs of one provider's descriptors, and their positions in the results."""

    __slots__ = ("positions", "score", "statuses", "words")

    def __init__(self) -> None:
        self.positions = array.array("l")
        self.statuses: Counter[str] = Counter()
        self.score = table.Mean()
        # The words each filter matches on some descriptor (the provider's own id is added when it is known).
        self.words: dict[str, set[str]] = {key: set() for key in _FILTER_WORDS}


class _Tally:
    """What the index and every page's shared parts need of all the results: counts, means, rule and element
    counters per run and per provider, and the positions of the descriptors, merged in order from the tally of
    each page of them (:func:`_page_tallies`)."""

    def __init__(self, results: Sequence[Result]) -> None:
        self.skipped = array.array("l")
        self.statuses: Counter[str] = Counter()
        self.score = table.Mean()
        self.bands = [0] * SCORE_BANDS
        self.principles = {p.key: table.Mean() for p in PRINCIPLES}
        self.failing: Counter[str] = Counter()
        self.findings: Counter[str] = Counter()
        self.bad: Counter[str] = Counter()
        self.beyond: set[str] = set()
        self.groups: dict[str | None, _Group] = {}
        offset = 0
        for page in _page_tallies(results):
            self._merge(page, offset)
            offset += page.size

    def _merge(self, page: PageTally, offset: int) -> None:
        """Add the tally of the page of results starting at position ``offset``."""
        self.skipped.extend(position + offset for position in page.skipped)
        self.statuses.update(page.statuses)
        _add_all(self.score, page.scores)
        self.bands = [a + b for a, b in zip(self.bands, page.bands, strict=True)]
        for key, mean in self.principles.items():
            _add_all(mean, page.principles[key])
        self.failing.update(page.failing)
        self.findings.update(page.findings)
        self.bad.update(page.bad)
        self.beyond.update(page.beyond)
        for name, part in page.groups.items():
            group = self.groups.get(name)
            if group is None:
                group = self.groups[name] = _Group()
            group.positions.extend(position + offset for position in part.positions)
            group.statuses.update(part.statuses)
            _add_all(group.score, part.scores)
            for key, words in part.words.items():
                group.words[key].update(words)


def _page_tallies(results: Sequence[Result]) -> Iterator[PageTally]:
    """The tally of each page of ``results`` in order: results on disk a stored page at a time, as the worker that
    checked a page tallied it, else tallied here from the page's results; other results a :data:`PAGE` of them at
    a time, so that a lazy sequence of any length is tallied in bounded memory."""
    if isinstance(results, SpilledResults):
        for made, read in results.pages():
            yield made if isinstance(made, PageTally) else PageTally(read())
        return
    items = iter(results)
    while page := list(itertools.islice(items, PAGE)):
        yield PageTally(page)


def _add_all(mean: table.Mean, values: Iterable[float]) -> None:
    """Add ``values`` to ``mean`` one at a time, in order, as one pass over the results adds them."""
    for value in values:
        mean.add(value)


class _Traits(NamedTuple):
    """What the filters match on one descriptor, and its missing or invalid elements."""

    bad: list[str]
    rules: list[str]
    severities: list[str]
    touched: list[str]


def _traits(result: Result) -> _Traits:
    readable = result.status != "error"
    bad = [e.key for e in ELEMENTS if readable and result.elements.get(e.key, "missing") in BAD_ELEMENT]
    severities = {f.severity.value for f in result.findings}
    return _Traits(
        bad=bad,
        rules=sorted({f.rule for f in result.findings}),
        severities=[s for s in SEVERITIES if s in severities],
        touched=sorted({*bad, *(f.element for f in result.findings if f.element)}),
    )


def _provider(result: Result) -> str | None:
    """The provider a descriptor is grouped under (its table row's group)."""
    return table.group_key({"provider": table.provider(result.data if isinstance(result.data, dict) else {})})


class _Skipped(LazySequence[dict[str, Any]]):
    """The skipped files and why, read from the results by position as the index shows them."""

    def __init__(self, results: Sequence[Result], positions: array.array[int], tr: Translator) -> None:
        self._results = results
        self._positions = positions
        self._tr = tr

    def __len__(self) -> int:
        return len(self._positions)

    def item(self, position: int) -> dict[str, Any]:
        return _skipped(self._results[self._positions[position]], self._tr)


# A page of the paged report: its template and a function giving its context when it is written.
_View = tuple[str, Callable[[], dict[str, Any]]]


class _Model:
    """The view model of one report, its texts in ``tr``'s language (by default the report's): what every
    page shares, from one pass over the results, and the descriptors of a page, read when it is built."""

    def __init__(self, report: Report, paged: tuple[str, str, int] | None = None, tr: Translator | None = None) -> None:
        self.report = report
        self.paged = paged
        self.tr = tr = tr or translator(report.language)
        self._heat = heat_cell_markup(tr)
        self.tally = _Tally(report.results)
        # Providers in name order (unknown last) get short ids used by the filters and page names.
        names = sorted(self.tally.groups, key=table.group_order)
        self.groups = {name: self.tally.groups[name] for name in names}
        self.provider_ids = {name: f"p{index + 1}" for index, name in enumerate(names)}
        self.skipped = _Skipped(report.results, self.tally.skipped, tr)
        self.page_list: list[dict[str, Any]] = []
        if paged is not None:
            self._paginate(paged[2])

    # -- descriptors ------------------------------------------------------------------------------

    def _descriptor(self, position: int, result: Result, index: str) -> dict[str, Any]:
        """The view of the descriptor at ``position`` of the results, its findings' rules linking to the rules
        table of the page ``index`` (empty: the same page); its anchor counts the descriptors only."""
        anchor = f"d{position - bisect.bisect_left(self.tally.skipped, position) + 1}"
        row = table.row(result)
        provider = table.group_key(row)
        readable = result.status != "error"
        traits = _traits(result)
        return {
            "anchor": anchor,
            "row": row,
            "result": result,
            "label": row["title"] or row["id"] or name_shown(row["source"]),
            "provider": provider,
            "pid": self.provider_ids[provider],
            "cells": heat_cells(result, self._heat),
            "reason": self.tr.message(result.findings[0]) if not readable and result.findings else "",
            "outcome_levels": "; ".join(
                self.tr.gettext(BLOOM_LABELS[o["bloom"]]) if o["bloom"] in BLOOM_LABELS else "?"
                for o in result.outcomes
            )
            if row["outcome_levels"]
            else "",
            "missing": [
                self.tr.gettext(ELEMENTS_BY_KEY[k].label) if k in ELEMENTS_BY_KEY else k
                for k, v in result.elements.items()
                if v == "missing"
            ]
            if readable
            else [],
            "bad": traits.bad,
            "findings": ranked_findings(result, self.report, self.tr, index=index),
            "filters": {
                "status": result.status,
                "provider": self.provider_ids[provider],
                "rules": " ".join(traits.rules),
                "sev": " ".join(traits.severities),
                "el": " ".join(traits.touched),
            },
        }

    def _descriptors(self, positions: Iterable[int], index: str) -> list[dict[str, Any]]:
        results = self.report.results
        return [self._descriptor(position, results[position], index) for position in positions]

    # -- paging -----------------------------------------------------------------------------------

    def _paginate(self, per_page: int) -> None:
        number = 0
        for name, group in self.groups.items():
            size = len(group.positions)
            starts = range(0, size, per_page) or range(1)
            files = [page_name(number + i + 1) for i in range(len(starts))]
            number += len(starts)
            for part_index, start in enumerate(starts):
                self.page_list.append(
                    {
                        "file": files[part_index],
                        "provider": name,
                        "pid": self.provider_ids[name],
                        "part": part_index + 1,
                        "parts": len(starts),
                        "files": files,
                        "start": start,
                        "count": min(per_page, size - start),
                    }
                )

    def views(self) -> dict[str, _View]:
        """The documents of the paged report by relative path: the index, each page, the inputs' page. The pages
        come in the order of their first descriptor in the results, not of their providers' names, so that pages
        written in turn read the results in order: results kept on disk are read a stored page of them at a time,
        and one holding the descriptors of two providers far apart by name would otherwise be read twice."""
        assert self.paged is not None
        index, folder, _ = self.paged
        out: dict[str, _View] = {index: ("report_index.html.j2", self.index)}
        for page in sorted(self.page_list, key=self._first_position):
            out[f"{folder}/{page['file']}"] = ("report_page.html.j2", functools.partial(self.page, page))
        out[f"{folder}/{INPUTS_PAGE}"] = ("report_inputs.html.j2", self.inputs)
        return out

    def _first_position(self, page: dict[str, Any]) -> int:
        """The position in the results of the first descriptor of ``page`` (of the paged report's page list)."""
        positions = self.groups[page["provider"]].positions
        return positions[page["start"]] if positions else 0

    # -- hrefs ------------------------------------------------------------------------------------

    def _links(self, where: str) -> dict[str, Any]:
        """How a page of kind ``where`` (single, index or page) links to rules, providers and descriptors."""
        if where == "single":
            return {"index": "", "provider": {pid: f"#prov-{pid}" for pid in self.provider_ids.values()}, "pages": ""}
        assert self.paged is not None
        index, folder, _ = self.paged
        first: dict[str, str] = {}
        for page in self.page_list:
            first.setdefault(page["pid"], page["file"])
        prefix = f"{folder}/" if where == "index" else ""
        return {
            "index": "" if where == "index" else f"../{index}",
            "provider": {pid: prefix + file for pid, file in first.items()},
            "pages": prefix,
        }

    # -- contexts ---------------------------------------------------------------------------------

    def common(self, where: str) -> dict[str, Any]:
        """What every page shows or needs: counts, rubric, stamp, filter options and controls, and its links."""
        return {**self._shared, "filters_form": self._filters_form, "where": where, "links": self._links(where)}

    @functools.cached_property
    def _filters_form(self) -> Markup:
        """The filter controls, the same on every page of the report: rendered once, not once a page (a hundred
        rules and as many providers are options of them)."""
        template = environment(self.tr).get_template("_filters.html.j2")
        return Markup(template.render(filter_options=self._shared["filter_options"]))

    @functools.cached_property
    def _shared(self) -> dict[str, Any]:
        report = self.report
        tr = self.tr
        tally = self.tally
        summary = dict(report.summary)
        return {
            "summary": {
                **summary,
                "descriptors": sum(tally.statuses.values()),
                "skipped": len(self.skipped),
                "files": len(report.results),
                "repeated_ids": len(report.repeated_ids),
            },
            "headline": headline(tally.statuses, tr),
            "mean_score": tally.score.value(),
            "stamp": report.stamp,
            # The waivers that named no descriptor: a heading counting them, the first few, a line counting the others.
            "unmatched_waivers": report.unmatched_waivers_shown(tr) if report.unmatched_waivers else None,
            "rubric": report.rubric,
            "elements": [
                {
                    "key": e.key,
                    "label": tr.gettext(e.label),
                    "short": clip(tr.gettext(e.label), 30),
                    "clause": e.clause.replace("Annex I ", ""),
                }
                for e in ELEMENTS
            ],
            # The heatmap leaves unreadable files out, so no cell of it is ever "unknown".
            "legend": [(STATUS_CLASS[s], STATUS_SYMBOL[s], s) for s in STATUS_SYMBOL if s != "unknown"],
            "hours_per_ects": HOURS_PER_ECTS,
            "filter_options": {
                "statuses": [s for s in ("pass", "fail", "error") if tally.statuses[s]],
                "severities": SEVERITIES,
                "rules": [(info.id, tr.gettext(info.title)) for info in report.rules.values()],
                "elements": [(e.key, f"{e.clause.replace('Annex I ', '')} {tr.gettext(e.label)}") for e in ELEMENTS],
                "providers": [(pid, name) for name, pid in self.provider_ids.items()],
            },
            "since": report.since,  # what changed since the last audit (Diff.to_dict()), or None
        }

    def overview(self) -> dict[str, Any]:
        report = self.report
        tr = self.tr
        tally = self.tally
        summary = report.summary
        return {
            "charts": {
                "status": bar_chart(
                    tr.gettext(N_("Descriptors by status")),
                    [(labels.word(tr, labels.STATUS, s), summary.get(s, 0), s) for s in ("pass", "fail", "error")],
                ),
                "scores": bar_chart(
                    tr.gettext(N_("Score distribution (descriptors per score band)")), score_bands(tally.bands, tr)
                ),
            },
            "principle_bars": [
                {"label": tr.gettext(label), "value": value, "n": n}
                for label, value, n in principle_means(tally.principles)
            ],
            "top_rules": top_rules(tally.failing, tally.findings, report, tr=tr)[:TOP],
            "top_elements": top_elements(tally.bad, tr)[:TOP],
            "ranking": self.ranking(),
            "provider_count": sum(name is not None for name in self.groups),
            "rules_view": top_rules(tally.failing, tally.findings, report, every=True, tr=tr),
            "beyond": list(notes_on(tally.beyond, tr).values()),
            "skipped": self.skipped,
        }

    def ranking(self) -> list[dict[str, Any]]:
        """Providers by mean score, lowest first (those without a score last), with filter data."""
        out: list[dict[str, Any]] = []
        for name, group in self.groups.items():
            size = len(group.positions)
            counts = {s: group.statuses[s] for s in ("pass", "fail", "error")}
            words = {**group.words, "provider": {self.provider_ids[name]}}
            out.append(
                {
                    "provider": name,
                    "pid": self.provider_ids[name],
                    "descriptors": size,
                    **counts,
                    "pass_rate": round(100.0 * counts["pass"] / size, 1) if size else None,
                    "mean_score": group.score.value(),
                    "filters": {
                        key: " ".join(sorted(words[key])) for key in ("status", "provider", "rules", "sev", "el")
                    },
                }
            )
        out.sort(key=lambda g: (g["mean_score"] is None, g["mean_score"] or 0.0, *table.group_order(g["provider"])))
        return out

    def detail(self, descriptors: list[dict[str, Any]]) -> dict[str, Any]:
        """The heatmap, comparability table and findings of some descriptors."""
        groups: dict[str | None, list[dict[str, Any]]] = {}
        for d in descriptors:
            groups.setdefault(d["provider"], []).append(d)
        return {
            "descriptors": descriptors,
            "totals": heat_totals(descriptors),
            "sections": [
                {"provider": name, "pid": self.provider_ids[name], "descriptors": members}
                for name, members in groups.items()
            ],
        }

    def single(self) -> dict[str, Any]:
        checked = (p for p, status in enumerate(statuses(self.report.results)) if status != "skipped")
        common = self.common("single")
        detail = self.detail(self._descriptors(checked, common["links"]["index"]))
        return {**common, **self.overview(), **detail, "repeated_ids": self.report.repeated_ids}

    def inputs(self) -> dict[str, Any]:
        """The inputs page of a paged report: the stamp's inputs, and the ids several descriptors give."""
        return {**self.common("page"), "repeated_ids": self.report.repeated_ids}

    def index(self) -> dict[str, Any]:
        return {
            **self.common("index"),
            **self.overview(),
            "page_list": self.page_list,
            "per_page": self.paged[2] if self.paged else 0,
        }

    def page(self, page: dict[str, Any]) -> dict[str, Any]:
        positions = self.groups[page["provider"]].positions[page["start"] : page["start"] + page["count"]]
        common = self.common("page")
        return {**common, **self.detail(self._descriptors(positions, common["links"]["index"])), "page": page}


def _skipped(result: Result, tr: Translator) -> dict[str, Any]:
    reason = labels.reason(tr, result) if result.reason else (tr.message(result.findings[0]) if result.findings else "")
    hint = tr.hint(result.findings[0]) if result.findings else ""
    return {"source": result.source, "reason": reason, "hint": hint}


def headline(counts: Mapping[str, int], tr: Translator | None = None) -> dict[str, Any]:
    """Pass or fail for the batch of descriptors counted by status, in one sentence (in ``tr``'s language, by
    default English).

    The English singular and plural read alike ("descriptor(s)"), as before; a language with plural forms
    gets the one the count asks for.
    """
    tr = tr or translator()
    passing, failing_, errors = (counts.get(s, 0) for s in ("pass", "fail", "error"))
    failing = failing_ + errors
    total = passing + failing
    if not total:
        return {"verdict": "pass", "text": tr.gettext(N_("No descriptors were found."))}
    if not failing:
        text = plural("All {count} descriptor(s) pass.", "All {count} descriptor(s) pass.", total)
        return {"verdict": "pass", "text": tr.render(text)}
    if errors:
        text = plural(
            "{failing} of {count} descriptor(s) fail, {errors} could not be read, {passing} pass.",
            "{failing} of {count} descriptor(s) fail, {errors} could not be read, {passing} pass.",
            total,
            failing=failing_,
            errors=errors,
            passing=passing,
        )
    else:
        text = plural(
            "{failing} of {count} descriptor(s) fail, {passing} pass.",
            "{failing} of {count} descriptor(s) fail, {passing} pass.",
            total,
            failing=failing_,
            passing=passing,
        )
    return {"verdict": "fail", "text": tr.render(text)}


def top_rules(
    failing: Mapping[str, int],
    findings: Mapping[str, int],
    report: Report,
    every: bool = False,
    tr: Translator | None = None,
) -> list[dict[str, Any]]:
    """Rules by the number of descriptors they fail (``failing``: descriptors per rule with a finding that
    counts), then by their ``findings``, most first; their texts in ``tr``'s language (by default English).

    With ``every``, every rule of the rubric and every rule with a finding, also those failing none.
    """
    tr = tr or translator()
    ids = list(report.rules) if every else []
    ids += [rule for rule in findings if rule not in report.rules]
    if not every:
        ids = list(failing)
    out: list[dict[str, Any]] = []
    for rule in dict.fromkeys(ids):
        info = report.rules.get(rule)
        out.append(
            {
                "id": rule,
                "title": tr.gettext(info.title) if info else "",
                "severity": info.severity.value if info else "",
                "weight": info.weight if info else None,
                "clause": tr.render(citation(info.clause)) if info else "",
                "message": labels.template(tr, info.message) if info else "",
                "hint": labels.template(tr, info.hint) if info else "",
                "documentation": tr.document(str(getattr(info, "documentation", "") or "")) if info else "",
                "descriptors": failing.get(rule, 0),
                "findings": findings.get(rule, 0),
            }
        )
    out.sort(key=lambda r: (-r["descriptors"], -r["findings"], r["id"]))
    return out if every else [r for r in out if r["descriptors"]]


def top_elements(counts: Mapping[str, int], tr: Translator | None = None) -> list[dict[str, Any]]:
    """Annex I elements by their ``counts`` of readable descriptors missing them (or giving them invalid),
    most first."""
    tr = tr or translator()
    return [
        {
            "key": key,
            "label": tr.gettext(ELEMENTS_BY_KEY[key].label),
            "clause": ELEMENTS_BY_KEY[key].clause.replace("Annex I ", ""),
            "count": n,
        }
        for key, n in sorted(counts.items(), key=lambda item: (-item[1], ELEMENT_ORDER[item[0]]))
    ]


ELEMENT_ORDER = {e.key: index for index, e in enumerate(ELEMENTS)}


def heat_totals(descriptors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The heatmap's totals row: per element, how many readable descriptors have it and how many lack it."""
    readable = [d["result"] for d in descriptors if d["result"].status != "error"]
    return [
        {
            "present": sum(1 for r in readable if r.elements.get(e.key) == "present"),
            "bad": sum(1 for r in readable if r.elements.get(e.key, "missing") in BAD_ELEMENT),
        }
        for e in ELEMENTS
    ]


@functools.lru_cache(maxsize=16)
def heat_cell_markup(tr: Translator) -> dict[str, Markup]:
    """The cell of each element status in a heatmap line, its title in ``tr``'s language: built from these
    fixed strings (never from descriptor text), once per status instead of escaping three values per cell."""
    return {
        s: Markup('<td class="{}" title="{}">{}</td>').format(
            STATUS_CLASS[s], labels.word(tr, labels.ELEMENT_STATUS, s), STATUS_SYMBOL[s]
        )
        for s in STATUS_CLASS
    }


def heat_cells(result: Result, cells: dict[str, Markup] | None = None) -> Markup | None:
    """The sixteen cells of one heatmap line (``cells``: :func:`heat_cell_markup`, English by default); None for
    an unreadable file (one cell says why)."""
    if result.status == "error":
        return None
    cells = cells if cells is not None else heat_cell_markup(translator())
    return Markup(
        "".join(
            cells.get(s) or Markup('<td title="{0}">{0}</td>').format(s)
            for s in (result.elements.get(e.key, "missing") for e in ELEMENTS)
        )
    )


# Bands of ten points of the score chart (the last includes 100).
SCORE_BANDS = 10


def _band(score: float) -> int:
    return min(int(score // 10), SCORE_BANDS - 1)


def score_bands(counts: list[int], tr: Translator | None = None) -> list[tuple[str, int, str]]:
    """The score chart's bars from the ``counts`` of descriptors per band of ten points; labelled by the band's
    start."""
    tr = tr or translator()
    return [(labels.number(tr, 10 * i), n, "band") for i, n in enumerate(counts)]


def principle_means(means: Mapping[str, table.Mean]) -> list[tuple[str, float, int]]:
    """Mean score per principle over the descriptors where it was assessed (``means``: by principle key)."""
    out = []
    for principle in PRINCIPLES:
        mean = means[principle.key]
        value = mean.value()
        if value is not None:
            out.append((principle.label, value, mean.n))
    return out


def bar_chart(title: str, bars: list[tuple[str, int, str]]) -> dict[str, Any]:
    """Vertical bars with their count above and label below, as SVG geometry.

    Narrow (360 units) so that on a 390 px phone it is drawn at nearly its own size and its text
    stays readable; wider screens show it at most at 1.3 times that.
    """
    width, height, top, bottom, left = 360, 200, 24, 34, 6
    peak = max((v for _, v, _ in bars), default=0) or 1
    slot = (width - 2 * left) / max(len(bars), 1)
    plot = height - top - bottom
    shapes = []
    for index, (label, value, css) in enumerate(bars):
        h = round(plot * value / peak, 1)
        x = round(left + index * slot + slot * 0.12, 1)
        shapes.append(
            {
                "x": x,
                "y": round(top + plot - h, 1),
                "w": round(slot * 0.76, 1),
                "h": h,
                "cx": round(left + index * slot + slot / 2, 1),
                "label": label,
                "value": value,
                "css": css,
            }
        )
    return {
        "title": title,
        "width": width,
        "height": height,
        "base": top + plot,
        "bars": shapes,
        "empty": not any(v for _, v, _ in bars),
    }


def ranked_findings(
    result: Result, report: Report, tr: Translator | None = None, *, index: str = ""
) -> list[dict[str, Any]]:
    """Findings with the score points fixing their rule would gain, biggest gain first; their message, hint,
    element and location in ``tr``'s language (by default English), their rule linking to the rules table of
    the page ``index`` (empty: the same page).

    A rule's gain is the weight it loses (:func:`~qa_checker.findings.weight_lost`) as a share of the weight
    of every rule that judged the descriptor; it is won by fixing all of the rule's findings, so it stands on
    the first of them only (the others follow it, their gain blank: fixing one of two gains nothing yet). A
    repeated key's finding costs the schema rule (:func:`~qa_checker.findings.charged_rule`) and shares its
    gain.
    """
    tr = tr or translator()
    weights = {rule: report.rules[rule].weight for rule in result.judged if rule in report.rules}
    possible = sum(weights.values())
    lost = weight_lost(result.findings)
    ranked: list[tuple[float, Finding]] = []
    for finding in result.findings:
        rule = charged_rule(finding.rule)
        weight = weights.get(rule, 0.0) * lost.get(rule, 0.0)
        ranked.append((round(100.0 * weight / possible, 1) if finding.counts and possible else 0.0, finding))
    ranked.sort(
        key=lambda item: (-item[0], item[0] and charged_rule(item[1].rule), not item[1].counts, *item[1].sort_key())
    )
    shown: list[tuple[float | None, Finding]] = []
    for gain, finding in ranked:
        again = (
            bool(gain)
            and bool(shown)
            and charged_rule(shown[-1][1].rule) == charged_rule(finding.rule)
            and finding.counts
        )
        shown.append((None if again else gain, finding))
    return [
        {
            "gain": gain,
            "f": finding,
            "marks": _finding_marks(finding.rule, finding.severity.value, finding.element, finding.waiver is not None),
            "cells": _finding_cells(
                tr, gain, finding.severity.value, finding.waiver is not None, finding.rule, finding.element, index
            ),
            "message": tr.message(finding),
            "hint": tr.hint(finding),
            "where": location(finding, tr),
            "place": place(result, finding),
            "element": _element_label(tr, finding.element, "–"),
        }
        for gain, finding in shown
    ]


@functools.lru_cache(maxsize=4096)
def _finding_marks(rule: str, severity: str, element: str | None, waived: bool) -> Markup:
    """The attributes of a finding's row (after ``data-f``): what the filters match it on, its severity's class."""
    return Markup(
        f' data-rule="{escape(rule)}" data-sev="{escape(severity)}" data-el="{escape(element or "")}"'
        f' class="sev-{escape(severity)}{" waived" if waived else ""}"'
    )


@functools.lru_cache(maxsize=4096)
def _finding_cells(
    tr: Translator, gain: float | None, severity: str, waived: bool, rule: str, element: str | None, index: str
) -> Markup:
    """A finding's first four cells in ``tr``'s language: the score its fix gains (blank after the first finding
    of its rule, whose gain is the rule's), its severity (and whether it is waived), its rule linking to the
    rules table of the page ``index``, its element."""
    points = "" if gain is None else f"+{escape(labels.number(tr, gain))}" if gain else "–"
    word = escape(labels.word(tr, labels.SEVERITY, severity))
    mark = f" {_text(tr.gettext(WAIVED))}" if waived else ""
    label = escape(_element_label(tr, element, "–"))
    return Markup(f'<td class="n">{points}</td><td>{word}{mark}</td><td>{rule_link(rule, index)}</td><td>{label}</td>')


WAIVED = N_("(waived)")


def location(finding: Finding, tr: Translator | None = None) -> str:
    """Pointer plus the original place (sheet/cell, source pointer or line) when known; the original place
    alone for a finding of no pointer that has one (a spreadsheet cell is no "whole file"). A line the
    finding's ``file:line:col`` (:func:`place`) already gives is not repeated."""
    tr = tr or translator()
    label = labels.origin_beyond_line(tr, finding)
    if not finding.pointer and label:
        return f"[{label}]"
    where = finding.pointer or tr.gettext(WHOLE_FILE)
    return f"{where} [{label}]" if label else where


WHOLE_FILE = N_("(whole file)")


def place(result: Result, finding: Finding) -> str:
    """``file:line:col`` where the finding's place in the file's text is known (YAML and JSON), else empty."""
    line, column = finding.place()
    if line is None:
        return ""
    file = name_shown(result.source)
    return f"{file}:{line}:{column}" if column is not None else f"{file}:{line}"
