"""Waivers: accepted exceptions to rules, kept in a YAML file beside the descriptors.

A waivers file lists which rule is waived for which descriptor, why, who accepted it and until
when::

    waivers:
      - rule: MC-LO-002                  # a rule id, or a pattern such as MC-LO-*
        descriptor: hva-data-ethics-2026  # the descriptor's id, or a glob on its file (providers/acme/*.yaml)
        pointer: /learning_outcomes/2     # optional: only findings at or below this place
        reason: Wording prescribed by the professional body's competence profile.
        accepted_by: QA officer J. de Vries
        until: 2027-06-30                 # optional expiry date

A waived finding stays in every output, marked waived with its reason, and no longer counts
against status or score. An expired waiver (MC-WV-001) or one that waives nothing on a descriptor
it names (MC-WV-002) is itself a finding; :meth:`Waivers.unmatched` lists waivers that named no
descriptor of the run at all. A malformed file is a :class:`WaiverError` naming the file.
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from qa_checker import config_yaml, ids
from qa_checker import pointer as jp
from qa_checker.cells import shown_code
from qa_checker.descriptor import canonical_id
from qa_checker.engine import finding_from_hit
from qa_checker.errors import ConfigError
from qa_checker.findings import Finding, Waiver
from qa_checker.results import split_source
from qa_checker.rules import RULES_BY_ID, rule_id_near, rule_id_read
from qa_checker.rules.base import Hit
from qa_checker.text import Text, msg, plural

EXPIRED = ids.WAIVER_EXPIRED
UNUSED = ids.WAIVER_UNUSED
_FIELDS = ("rule", "descriptor", "pointer", "reason", "accepted_by", "until")
_REQUIRED = ("rule", "descriptor", "reason", "accepted_by")
# What makes a waiver's descriptor a glob on file paths rather than a name (fnmatch's special characters).
_GLOB_CHARACTERS = frozenset("*?[")


class WaiverError(ConfigError):
    """A waivers file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class WaiverEntry:
    """One waiver as written in the file (``number`` counts from 1)."""

    number: int
    rule: str
    descriptor: str
    reason: str
    accepted_by: str
    until: date | None = None
    pointer: str | None = None

    def params(self, file: str) -> dict[str, str]:
        """The values the messages about the waiver name it by (identifiers and text from the file)."""
        return {
            "number": str(self.number),
            "file": file,
            "rule": self.rule,
            "descriptor": self.descriptor,
            "accepted_by": self.accepted_by,
        }

    def expired(self, file: str) -> Text:
        """The message of an expired waiver."""
        return msg(
            "waiver {number} in {file} ({rule} for {descriptor}, accepted by {accepted_by}) expired on {until}; "
            "its findings count again",
            **self.params(file),
            until=self.until.isoformat() if self.until else "",
        )

    def unused(self, file: str) -> Text:
        """The message of a waiver that waives nothing on a descriptor it names."""
        if self.pointer:
            return msg(
                "waiver {number} in {file} ({rule} for {descriptor}, accepted by {accepted_by}) matches no {rule} "
                "finding at {pointer} on this descriptor",
                **self.params(file),
                pointer=self.pointer,
            )
        return msg(
            "waiver {number} in {file} ({rule} for {descriptor}, accepted by {accepted_by}) matches no {rule} "
            "finding on this descriptor",
            **self.params(file),
        )

    def unmatched(self, file: str) -> Text:
        """The message of a waiver that names no descriptor of the run."""
        return msg(
            "waiver {number} in {file} ({rule} for {descriptor}, accepted by {accepted_by}) named no descriptor "
            "of this run",
            **self.params(file),
        )

    def covers_rule(self, rule: str) -> bool:
        """Whether a finding's rule is waived (waiver findings themselves never are)."""
        return rule not in (EXPIRED, UNUSED) and fnmatch.fnmatchcase(rule, self.rule)

    def covers_pointer(self, pointer: str) -> bool:
        """Whether a finding's place is at or below the waiver's pointer."""
        return self.pointer is None or pointer == self.pointer or pointer.startswith(self.pointer.rstrip("/") + "/")

    def waiver(self) -> Waiver:
        """The mark put on a waived finding."""
        return Waiver(
            reason=self.reason, accepted_by=self.accepted_by, until=self.until.isoformat() if self.until else None
        )


class Waivers:
    """The waivers of one file; implements :class:`qa_checker.engine.WaiverSet`."""

    def __init__(self, entries: Iterable[WaiverEntry], file: str, base_dir: Path | None = None) -> None:
        self.entries: tuple[WaiverEntry, ...] = tuple(entries)
        self.file = file
        self.base_dir = base_dir
        # Waivers looked up by what they name, so that a descriptor costs the waivers naming it, not all of them:
        # any by the id it names, a plain name by its path, and the globs only once one of them all matches a
        # path of the descriptor (one scan of a regex joining them).
        self._by_id: dict[str, list[int]] = {}
        self._by_path: dict[str, list[int]] = {}
        self._globs: list[int] = []
        for index, entry in enumerate(self.entries):
            self._by_id.setdefault(canonical_id(entry.descriptor), []).append(index)
            if _GLOB_CHARACTERS.isdisjoint(entry.descriptor):
                self._by_path.setdefault(entry.descriptor, []).append(index)
            else:
                self._globs.append(index)
        patterns = (fnmatch.translate(self.entries[index].descriptor) for index in self._globs)
        self._any_glob = re.compile("|".join(patterns)) if self._globs else None

    def _naming(self, descriptor_id: str | None, places: tuple[frozenset[str], str]) -> list[WaiverEntry]:
        """The waivers that name a descriptor (see :func:`_names`), in the file's order."""
        paths, name = places
        found = set(self._by_id.get(descriptor_id, ())) if descriptor_id is not None else set()
        for path in paths:
            found.update(self._by_path.get(path, ()))
        found.update(i for i in self._by_path.get(name, ()) if "/" not in self.entries[i].descriptor)
        if self._any_glob is not None and any(self._any_glob.match(place) for place in (*paths, name)):
            found.update(i for i in self._globs if _names(self.entries[i], descriptor_id, places))
        return [self.entries[index] for index in sorted(found)]

    def names(self, entry: WaiverEntry, descriptor_id: str | None, source: str) -> bool:
        """Whether a waiver is about this descriptor (by id, or by a glob on its source path)."""
        return _names(entry, descriptor_id, self._places(source))

    def _places(self, source: str) -> tuple[frozenset[str], str]:
        """The paths a waiver's glob may name a source by, and its file name (which a glob without a folder
        may name it by): the file's, for a spreadsheet row, an archive member or a document of a stream;
        found once per descriptor, not once per waiver (each resolves the path)."""
        path = Path(split_source(source)[0].split("#", 1)[0].split("!", 1)[0])
        paths = {source, path.as_posix()}
        if self.base_dir is not None:
            with contextlib.suppress(ValueError):  # another drive on Windows: no relative path
                paths.add(Path(os.path.relpath(path.resolve(), self.base_dir.resolve())).as_posix())
        return frozenset(paths), path.name

    def apply(self, findings: list[Finding], *, descriptor_id: str | None, source: str, today: date) -> list[Finding]:
        """Mark findings the current waivers cover; add findings about expired and unused waivers."""
        result = list(findings)
        extra: list[Finding] = []
        for entry in self._naming(descriptor_id, self._places(source)):
            if entry.until is not None and entry.until < today:
                extra.append(_finding(EXPIRED, entry.expired(self.file)))
                continue
            used = False
            for index, finding in enumerate(result):
                if finding.waiver is None and entry.covers_rule(finding.rule) and entry.covers_pointer(finding.pointer):
                    result[index] = finding.waived(entry.waiver())
                    used = True
            if not used:
                extra.append(_finding(UNUSED, entry.unused(self.file)))
        return result + extra

    def unmatched(self, results: Iterable[Any]) -> list[WaiverEntry]:
        """Waivers that name none of the checked descriptors (results with ``id`` and ``source``).

        Derived from the results, not from :meth:`apply` calls, so it holds when worker processes
        applied the waivers in their own copies.
        """
        named: set[int] = set()
        for result in results:
            named.update(entry.number for entry in self._naming(result.id, self._places(result.source)))
        return [entry for entry in self.entries if entry.number not in named]


def _names(entry: WaiverEntry, descriptor_id: str | None, places: tuple[frozenset[str], str]) -> bool:
    """Whether a waiver names a descriptor, given the descriptor's id and its places (see ``Waivers._places``)."""
    if descriptor_id is not None and canonical_id(entry.descriptor) == descriptor_id:
        return True
    paths, name = places
    candidates = paths if "/" in entry.descriptor else paths | {name}
    return any(fnmatch.fnmatchcase(candidate, entry.descriptor) for candidate in candidates)


def _finding(rule_id: str, message: Text) -> Finding:
    rule = RULES_BY_ID[rule_id]
    return finding_from_hit(rule, Hit("", message=message), rule.severity)


def load_waivers(path: str | os.PathLike[str]) -> Waivers:
    """Read and validate a waivers file; any problem is a :class:`WaiverError` naming the file (and the line)."""
    file = Path(path)
    try:
        read = config_yaml.read(file)
    except config_yaml.Unreadable as exc:
        raise WaiverError(
            msg("{file}: cannot read the waivers file: {error}", file=exc.where, error=exc.problem)
        ) from None
    raw = read.data
    prefix: tuple[str, ...] = ()
    if raw is None:
        items: list[Any] = []
    elif isinstance(raw, dict) and set(raw) == {"waivers"}:
        items, prefix = raw["waivers"] or [], ("waivers",)
    elif isinstance(raw, list):
        items = raw
    else:
        raise WaiverError(
            msg("{file}: a waivers file is a list of waivers, or 'waivers:' followed by that list", file=str(file))
        )
    if not isinstance(items, list):
        raise WaiverError(msg("{file}: 'waivers' must be a list", file=str(file)))
    entries = [
        _entry(functools.partial(read.where, *prefix, number - 1), number, item)
        for number, item in enumerate(items, start=1)
    ]
    _refuse_repeated(entries, functools.partial(read.where, *prefix))
    return Waivers(entries, str(file), file.parent)


def _refuse_repeated(entries: list[WaiverEntry], where: Callable[..., str | Text]) -> None:
    """A waiver that repeats an earlier one (rule, descriptor, pointer and date alike) could never waive a
    finding: the first takes them all, and the repeat would be reported as matching none."""
    first: dict[tuple[str, str, str | None, date | None], int] = {}
    for entry in entries:
        key = (entry.rule, entry.descriptor, entry.pointer, entry.until)
        if key in first:
            raise WaiverError(
                msg(
                    "{file}: waiver {number} repeats waiver {first} (the same rule, descriptor, pointer and date); "
                    "give each exception once",
                    file=where(entry.number - 1),
                    number=str(entry.number),
                    first=str(first[key]),
                )
            )
        first[key] = entry.number


def _entry(where_in: Callable[..., str | Text], number: int, item: Any) -> WaiverEntry:
    """One waiver; ``where_in(*keys)`` is the file and line of a place in it."""

    def where(*keys: str) -> dict[str, str | Text]:
        return {"file": where_in(*keys), "number": str(number)}

    if not isinstance(item, dict):
        raise WaiverError(
            msg("{file}: waiver {number}: must be a mapping with {fields}", **where(), fields=", ".join(_REQUIRED))
        )
    unknown = sorted(str(k) for k in item if k not in _FIELDS)
    if unknown:
        raise WaiverError(
            plural(
                "{file}: waiver {number}: unknown field {unknown} (fields: {fields})",
                "{file}: waiver {number}: unknown fields {unknown} (fields: {fields})",
                len(unknown),
                **where(unknown[0]),
                unknown=", ".join(unknown),
                fields=", ".join(_FIELDS),
            )
        )
    for key in _REQUIRED:
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            raise WaiverError(
                msg("{file}: waiver {number}: '{key}' is required and must be text", **where(key), key=key)
            )
    written = item["rule"].strip()
    rule = rule_id_read(written)  # as typed in a word processor too ("MC‐LO‐006", with hyphens U+2010)
    rule = rule.upper() if rule.upper() in RULES_BY_ID else rule
    if not any(c in rule for c in "*?[") and rule not in RULES_BY_ID:
        near = rule_id_near(written)
        raise WaiverError(
            msg(
                "{file}: waiver {number}: unknown rule '{rule}' (did you mean {suggestion}?)",
                **where("rule"),
                rule=shown_code(written),
                suggestion=near,
            )
            if near
            else msg(
                "{file}: waiver {number}: unknown rule '{rule}' (see 'qa-checker rules')",
                **where("rule"),
                rule=shown_code(written),
            )
        )
    if any(c in rule for c in "*?[") and not any(fnmatch.fnmatchcase(r, rule) for r in RULES_BY_ID):
        raise WaiverError(
            msg("{file}: waiver {number}: the pattern '{rule}' matches no rule", **where("rule"), rule=rule)
        )
    until = item.get("until")
    if isinstance(until, datetime):
        until = until.date()
    if isinstance(until, str):
        try:
            until = date.fromisoformat(until)
        except ValueError:
            raise WaiverError(
                msg(
                    "{file}: waiver {number}: 'until' must be a date (YYYY-MM-DD), got '{value}'",
                    **where("until"),
                    value=until,
                )
            ) from None
    elif until is not None and not isinstance(until, date):
        raise WaiverError(
            msg(
                "{file}: waiver {number}: 'until' must be a date (YYYY-MM-DD), got {value}",
                **where("until"),
                value=repr(until),
            )
        )
    pointer = item.get("pointer")
    if pointer is not None:
        if not isinstance(pointer, str):
            raise WaiverError(
                msg(
                    "{file}: waiver {number}: 'pointer' must be a JSON pointer such as /learning_outcomes/0",
                    **where("pointer"),
                )
            )
        if not jp.well_formed(pointer):
            raise WaiverError(
                msg(
                    "{file}: waiver {number}: 'pointer' must be a JSON pointer such as /learning_outcomes/0, "
                    "got '{pointer}'",
                    **where("pointer"),
                    pointer=pointer,
                )
            )
    return WaiverEntry(
        number=number,
        rule=rule,
        descriptor=item["descriptor"].strip(),
        reason=item["reason"].strip(),
        accepted_by=item["accepted_by"].strip(),
        until=until,
        pointer=pointer,
    )
