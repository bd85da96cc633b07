"""Maintain the catalogues: extract the template, update each language's ``.po``, compile ``.mo``, check.

Run as ``python -m qa_checker.i18n extract|update|compile|check``. Strings come from three places:
the Python sources (the ``msg``/``plural``/``pmsg``/``N_``/``_`` keywords of :mod:`qa_checker.text`), the
Jinja templates of the reports and the web page (``_()``, ``pgettext()`` and ``{% trans %}``), and the rule
registry (each rule's title, message, hint and the paragraphs of its documentation).

An entry is its msgid and its context (``msgctxt``, from ``pmsg``/``pgettext``): the same English under
two contexts is two entries, translated separately. Where a translator's JSON names an entry by one key
(``export``, ``merge``), an entry with a context is ``"<context>\u0004<msgid>"`` (gettext's own separator),
one without a context its msgid.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from qa_checker import __version__
from qa_checker.i18n import DOMAIN, LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGE, paragraphs
from qa_checker.text import JINJA_PLACEHOLDER, PLACEHOLDER, clip

PACKAGE_DIR = LOCALE_DIR.parent
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
KEYWORDS = {
    "msg": None,
    "plural": (1, 2),
    "pmsg": ((1, "c"), 2),
    "N_": None,
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}
# What separates an entry's context from its msgid in a single key (as in a compiled ``.mo``).
CONTEXT_SEPARATOR = "\x04"
_TEMPLATE_DIRS = (PACKAGE_DIR.parent / "reports", PACKAGE_DIR / "web" / "templates")
# The fixed creation date keeps the template byte-identical between extractions of the same strings.
_CREATED = datetime(2026, 11, 30, tzinfo=timezone.utc)
# Sources that hold no user-facing strings of their own (the tool that writes the catalogue).
_SKIP = {Path(__file__).resolve()}


def po_path(language: str) -> Path:
    """The ``.po`` file of one language."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract() -> Catalog:
    """Every translatable string of the package, with where it is used."""
    catalog = Catalog(project="qa-checker", version=__version__, creation_date=_CREATED, fuzzy=False)
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if path.resolve() in _SKIP or "migrations" in path.parts:
            continue
        for line, message, comments, context in extract_from_file("python", str(path), keywords=KEYWORDS):
            catalog.add(message, locations=[(_relative(path), line)], auto_comments=comments, context=context)
    for folder in _TEMPLATE_DIRS:
        for path in sorted(folder.glob("*.j2")):
            for line, message, comments, context in extract_from_file(
                "jinja2.ext:babel_extract", str(path), keywords=KEYWORDS, options={"trimmed": "true"}
            ):
                catalog.add(message, locations=[(_relative(path), line)], auto_comments=comments, context=context)
    for message, where in _registry_strings():
        catalog.add(message, locations=[(where, 0)])
    for message, where in _schema_strings():
        catalog.add(message, locations=[(where, 0)])
    for path in sorted((PACKAGE_DIR.parent / "rubrics").glob("*.yaml")):
        title = yaml.safe_load(path.read_text(encoding="utf-8")).get("title")
        if isinstance(title, str):
            catalog.add(title, locations=[(_relative(path), 0)])
    return catalog


def _schema_strings() -> Iterator[tuple[str, str]]:
    """The schemas' own ``x-message`` and ``x-hint`` texts, which schema findings show."""
    for path in sorted((PACKAGE_DIR.parent / "schemas").glob("*.json")):
        yield from ((text, _relative(path)) for text in _annotations(json.loads(path.read_text(encoding="utf-8"))))


def _annotations(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("x-message", "x-hint") and isinstance(value, str):
                yield value
            else:
                yield from _annotations(value)
    elif isinstance(node, list):
        for item in node:
            yield from _annotations(item)


def _registry_strings() -> Iterator[tuple[str, str]]:
    from qa_checker.rules import RULES_BY_ID

    for rule_id, rule in sorted(RULES_BY_ID.items()):
        for attribute in ("title", "message", "hint"):
            value = getattr(rule, attribute, None)
            if isinstance(value, str) and value:
                yield value, f"rules/{rule_id}.{attribute}"
        for paragraph in paragraphs(rule.documentation()):
            yield paragraph, f"rules/{rule_id}.documentation"


def _relative(path: Path) -> str:
    return path.resolve().relative_to(PACKAGE_DIR.parent).as_posix()


def write_template(catalog: Catalog) -> None:
    """Write ``qa_checker.pot``."""
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    with TEMPLATE.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=False, omit_header=False)


def update(template: Catalog) -> dict[str, int]:
    """Merge the template into each language's ``.po``; return how many entries each still lacks."""
    missing: dict[str, int] = {}
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        path = po_path(language)
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=language)
            catalog.update(template, no_fuzzy_matching=True)
            catalog.obsolete.clear()
            catalog.fuzzy = False
        else:
            catalog = Catalog(
                locale=language, project="qa-checker", version=__version__, creation_date=_CREATED, fuzzy=False
            )
            catalog.update(template, no_fuzzy_matching=True)
        _write_po(path, catalog)
        missing[language] = sum(1 for m in catalog if m.id and not _translated(m))
    return missing


def export(language: str, *, everything: bool = False) -> list[dict[str, object]]:
    """Entries of one language for a translator: numbered, with their msgid (and plural), where they
    are used, and the translation so far; only the untranslated ones unless ``everything``."""
    with po_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=language)
    entries: list[dict[str, object]] = []
    for number, message in enumerate(m for m in catalog if m.id):
        if everything or not _translated(message):
            ids = _forms(message.id)
            entry: dict[str, object] = {"n": number, "msgid": ids[0]}
            if message.context:
                entry["context"] = message.context
                entry["key"] = key(message)
            if len(ids) > 1:
                entry["plural"] = ids[1]
                entry["forms"] = catalog.num_plurals
            entry["where"] = sorted({str(path) for path, _line in message.locations})[:3]
            if message.auto_comments:
                entry["note"] = " ".join(message.auto_comments)
            if _translated(message):
                entry["msgstr"] = list(_forms(message.string)) if len(ids) > 1 else _forms(message.string)[0]
            entries.append(entry)
    return entries


def merge(language: str, translations: dict[str, object]) -> list[str]:
    """Set translations given by :func:`key` (a string, or a list of plural forms); return their problems.

    Only entries already in the catalogue are set, so a stale translation file adds nothing.
    """
    path = po_path(language)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    found: list[str] = []
    by_id = {key(m): m for m in catalog if m.id}
    for msgid, value in translations.items():
        message = by_id.get(msgid)
        if message is None:
            found.append(f"{language}: not in the catalogue: {_shown(msgid)[:80]}")
            continue
        if isinstance(message.id, (tuple, list)):
            forms = list(value) if isinstance(value, list) else [str(value)]
            if len(forms) != catalog.num_plurals:
                found.append(f"{language}: {len(forms)} form(s), {catalog.num_plurals} wanted: {_shown(msgid)[:80]}")
                continue
            message.string = tuple(str(f) for f in forms)
        else:
            message.string = str(value)
        message.flags.discard("fuzzy")
        found.extend(f"{language}: {p}: {_label(message)}" for p in _placeholder_problems(message))
    _write_po(path, catalog)
    return found


def _write_po(path: Path, catalog: Catalog) -> None:
    """Write a ``.po`` file whole or not at all (a reader never sees half of it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False)
    temporary = path.with_suffix(".po.tmp")
    temporary.write_bytes(buffer.getvalue())
    os.replace(temporary, path)


def compiled(language: str) -> bytes:
    """The ``.mo`` bytes of one language's ``.po``."""
    with po_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_all(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Write each language's ``.mo`` beside its ``.po`` (replaced whole, like the ``.po`` files)."""
    for language in languages:
        if language != SOURCE_LANGUAGE:
            target = po_path(language).with_suffix(".mo")
            temporary = target.with_suffix(".mo.tmp")
            temporary.write_bytes(compiled(language))
            os.replace(temporary, target)


def problems(language: str) -> list[str]:
    """What keeps one language's catalogue from being complete and correct."""
    with po_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=language)
    found: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        label = _label(message)
        if message.fuzzy:
            found.append(f"{language}: fuzzy: {label}")
        if not _translated(message):
            found.append(f"{language}: untranslated: {label}")
            continue
        found.extend(f"{language}: {p}: {label}" for p in _placeholder_problems(message))
    return found


def key(message: Message) -> str:
    """The one key a translator's JSON names an entry by: its msgid (the singular), after its context and
    :data:`CONTEXT_SEPARATOR` when it has one."""
    msgid = _forms(message.id)[0]
    return f"{message.context}{CONTEXT_SEPARATOR}{msgid}" if message.context else msgid


def _shown(text: str) -> str:
    """A key as a message names it: ``[context] msgid``."""
    context, separator, msgid = text.partition(CONTEXT_SEPARATOR)
    return f"[{context}] {msgid}" if separator else text


def _forms(value: object) -> tuple[str, ...]:
    """A message's id or string as its forms (one, or one per plural form)."""
    if isinstance(value, (tuple, list)):
        return tuple(str(v or "") for v in value)
    return (str(value or ""),)


def _translated(message: Message) -> bool:
    return all(s.strip() for s in _forms(message.string))


def _placeholder_problems(message: Message) -> list[str]:
    ids, strings = _forms(message.id), _forms(message.string)
    wanted = set().union(*(_placeholders(i) for i in ids))
    found: list[str] = []
    for index, string in enumerate(strings):
        have = _placeholders(string)
        extra = have - wanted
        lost = wanted - have - ({"count"} if len(strings) > 1 else set())
        if extra:
            found.append(f"form {index} adds placeholder(s) {sorted(extra)}")
        if lost:
            found.append(f"form {index} drops placeholder(s) {sorted(lost)}")
    return found


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text)) | {f"%({name})s" for name in JINJA_PLACEHOLDER.findall(text)}


def _label(message: Message) -> str:
    return clip(_shown(key(message)), 80, "...")
