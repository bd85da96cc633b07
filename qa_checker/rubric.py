"""Rubrics: YAML files that choose rules, severities, weights and options, and may extend another.

A rubric is named by a bundled id (``eu-2022``) or a file path. Every problem in a rubric is a
:class:`RubricError` naming the file: unknown rules, unknown options, options of the wrong type.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa_checker import config_yaml, ids
from qa_checker.errors import RubricError
from qa_checker.findings import Severity
from qa_checker.resources import bundled, bundled_dir, bundled_yaml
from qa_checker.rules import RULES_BY_ID
from qa_checker.text import msg
from qa_checker.validation import describe_text

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

DEFAULT_RUBRIC = "eu-2022"
# Rubrics one rubric may extend through (a profile extends eu-2022: two); a longer chain is a mistake, and one
# of thousands of files would exhaust the recursion that resolves it.
MAX_EXTENDS = 16
# The largest size of a number a rubric sets as a rule's option (anywhere in it), as the rubric schema bounds
# a weight: a threshold of 1e308 hours or a count past any descriptor is a mistake, refused at its line.
MAX_OPTION_NUMBER = 1_000_000
_BOUNDED_NUMBERS = {
    "minimum": -MAX_OPTION_NUMBER,
    "maximum": MAX_OPTION_NUMBER,
    "items": {"$ref": "#/$defs/bounded"},
    "additionalProperties": {"$ref": "#/$defs/bounded"},
}

# How a rubric error names the document it is about (the root of a schema path).
_RUBRIC_ROOT = msg("the rubric")
_OPTIONS_ROOT = msg("the options")


@dataclass(frozen=True)
class RuleSetting:
    """How a rubric uses one rule."""

    severity: Severity
    weight: float
    options: dict[str, Any]


@dataclass(frozen=True)
class Rubric:
    """A resolved rubric: its own metadata and the effective setting of every enabled rule."""

    id: str
    version: str
    title: str
    rules: dict[str, RuleSetting]
    description: str = ""
    source: str = ""
    path: str = ""
    extends: tuple[str, ...] = ()
    thresholds: tuple[dict[str, str], ...] = field(default=())

    def enabled(self, rule_id: str) -> bool:
        """Whether the rubric uses a rule."""
        return rule_id in self.rules

    @functools.cached_property
    def weights(self) -> dict[str, float]:
        """Each enabled rule's weight (made once: every descriptor's scores read it)."""
        return {rule: setting.weight for rule, setting in self.rules.items()}

    def to_dict(self) -> dict[str, Any]:
        """The ``rubric`` block of a report."""
        return {"id": self.id, "version": self.version, "title": self.title, "extends": list(self.extends)}


def bundled_rubrics() -> list[str]:
    """Ids of the rubrics shipped with the tool."""
    return sorted(p.stem for p in bundled_dir("rubrics").glob("*.yaml"))


def load_rubric(name_or_path: str | Path = DEFAULT_RUBRIC) -> Rubric:
    """Load a bundled rubric by id, or a rubric file by path, resolving ``extends``."""
    return _load(str(name_or_path), ())


@functools.cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(bundled("schemas", "rubric.schema.json").read_text(encoding="utf-8"))
    return loaded  # the bundled schema is an object


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a regular file; a name no file can have (too long, a NUL) is none."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _locate(name: str, relative_to: Path | None, referrer: Path | None = None) -> Path:
    candidate = Path(name)
    if relative_to is not None and not candidate.is_absolute() and _is_file(relative_to / candidate):
        return relative_to / candidate
    if candidate.suffix in (".yaml", ".yml") and _is_file(candidate):
        return candidate
    if _is_file(bundled_dir("rubrics") / f"{name}.yaml"):
        return bundled_dir("rubrics") / f"{name}.yaml"
    if _is_file(candidate):
        return candidate
    bundled_ids = ", ".join(bundled_rubrics())
    if referrer is not None:
        raise RubricError(
            msg(
                "{file}: extends unknown rubric '{name}': not a file, and not one of the bundled rubrics ({bundled})",
                file=str(referrer),
                name=name,
                bundled=bundled_ids,
            )
        )
    raise RubricError(
        msg(
            "unknown rubric '{name}': not a file, and not one of the bundled rubrics ({bundled})",
            name=name,
            bundled=bundled_ids,
        )
    )


def _load(name: str, chain: tuple[str, ...], relative_to: Path | None = None, referrer: Path | None = None) -> Rubric:
    path = _locate(name, relative_to, referrer)
    key = str(path.resolve())
    if key in chain:
        raise RubricError(
            msg("{file}: rubric extends itself through {chain}", file=str(path), chain=" -> ".join(chain))
        )
    if len(chain) >= MAX_EXTENDS:
        raise RubricError(
            msg(
                "{file}: rubric extends a chain of more than {count} rubrics; extend a bundled rubric or one that does",
                file=str(referrer),
                count=MAX_EXTENDS,
            )
        )
    # A bundled rubric is read by the faster parser and not validated against the rubric schema, nor its
    # rules' options against theirs, on every run (jsonschema is not even imported): the tests hold every
    # bundled rubric valid.
    shipped = path.parent == bundled_dir("rubrics")
    read = config_yaml.ConfigText(str(path), bundled_yaml(path)) if shipped else _read(path)
    _refuse_unknown_rules(read)
    _refuse_engine_rules(read)
    _refuse_yes_or_no(read)
    errors = [] if shipped else _schema_errors(read.data)
    if errors:
        raise RubricError(
            msg(
                "{file}: invalid rubric: {problem}",
                file=read.where(*_deepest_path(errors[0])),
                problem=describe_text(errors[0], root=_RUBRIC_ROOT),
            )
        )
    raw = read.data
    parent: Rubric | None = None
    if raw.get("extends"):
        parent = _load(raw["extends"], (*chain, key), path.parent, path)
    rules = dict(parent.rules) if parent else {}
    for rule_id, setting in (raw.get("rules") or {}).items():
        if setting in ("off", False) or (isinstance(setting, dict) and setting.get("enabled") is False):
            rules.pop(rule_id, None)
            continue
        given = setting if isinstance(setting, dict) else {}
        rules[rule_id] = _setting(read, rule_id, given, rules.get(rule_id), check_options=not shipped)
    thresholds = (*(parent.thresholds if parent else ()), *tuple(raw.get("thresholds") or ()))
    return Rubric(
        id=raw["id"],
        version=str(raw["version"]),
        title=raw["title"],
        rules=rules,
        description=raw.get("description", ""),
        source=raw.get("source", ""),
        path=str(path),
        extends=((parent.id, *parent.extends) if parent else ()),
        thresholds=thresholds,
    )


def _read(path: Path) -> config_yaml.ConfigText:
    try:
        return config_yaml.read(path, dates=False)
    except config_yaml.Unreadable as exc:
        raise RubricError(msg("{file}: cannot read rubric: {error}", file=exc.where, error=exc.problem)) from None


def _refuse_unknown_rules(read: config_yaml.ConfigText) -> None:
    """An unknown rule id, named before the schema would describe it by the form of its key; so is a threshold
    documenting a rule there is none of (at its line)."""
    raw = read.data
    given = raw.get("rules") if isinstance(raw, dict) else None
    unknown = [rule for rule in given if rule not in RULES_BY_ID] if isinstance(given, dict) else []
    if unknown:
        raise RubricError(
            msg(
                "{file}: unknown rule '{rule}' (see 'qa-checker rules' for the list)",
                file=read.where("rules", str(unknown[0])),
                rule=str(unknown[0]),
            )
        )
    thresholds = raw.get("thresholds") if isinstance(raw, dict) else None
    for index, threshold in enumerate(thresholds if isinstance(thresholds, list) else ()):
        rule = threshold.get("rule") if isinstance(threshold, dict) else None
        if isinstance(rule, str) and rule not in RULES_BY_ID:
            raise RubricError(
                msg(
                    "{file}: unknown rule '{rule}' (see 'qa-checker rules' for the list)",
                    file=read.where("thresholds", index, "rule"),
                    rule=rule,
                )
            )


def _refuse_engine_rules(read: config_yaml.ConfigText) -> None:
    """A setting for a rule reported while a file is read or a run is made (``MC-LD``, ``MC-IM``, ``MC-SS``,
    ``MC-EN``, ``MC-WV``), before any rubric applies: refused, not silently ignored. The schema rule
    (``MC-SC-001``) is judged by the rubric like any other."""
    given = read.data.get("rules") if isinstance(read.data, dict) else None
    for rule in given if isinstance(given, dict) else ():
        if RULES_BY_ID[rule].engine_only and rule != ids.SCHEMA:
            raise RubricError(
                msg(
                    "{file}: {rule} is reported while the files are read, before a rubric applies, so a rubric "
                    "cannot set it; waive its findings to accept them",
                    file=read.where("rules", rule),
                    rule=str(rule),
                )
            )


def _refuse_yes_or_no(read: config_yaml.ConfigText) -> None:
    """A rule turned off or on by ``no``, ``yes``, ``n`` or ``y``: YAML 1.1 read them as booleans, YAML 1.2 (as
    rubrics are read) as the text, which the schema would refuse by listing what it takes."""
    given = read.data.get("rules") if isinstance(read.data, dict) else None
    for rule, setting in given.items() if isinstance(given, dict) else ():
        if config_yaml.yes_or_no(setting) is not None and setting not in ("on", "off"):
            raise RubricError(
                msg(
                    "{file}: rule {rule} is set to '{value}': write off (or false) to turn it off, on (or true) "
                    "to keep it",
                    file=read.where("rules", rule),
                    rule=str(rule),
                    value=setting,
                )
            )


def _schema_errors(raw: object) -> list[ValidationError]:
    import jsonschema

    return sorted(jsonschema.Draft202012Validator(_schema()).iter_errors(raw), key=lambda e: list(e.path))


def _deepest_path(error: ValidationError) -> list[Any]:
    """The place an error is about: the deepest of its own and those of the branches it tried, and for unknown
    fields the first of them."""
    deepest = max((error, *error.context), key=lambda e: (len(e.absolute_path), e.validator == "additionalProperties"))
    path = list(deepest.absolute_path)
    if deepest.validator == "additionalProperties" and isinstance(deepest.instance, dict):
        known = deepest.schema.get("properties", {}) if isinstance(deepest.schema, dict) else {}
        path.append(min(set(deepest.instance) - set(known), key=str))
    return path


def _setting(
    read: config_yaml.ConfigText,
    rule_id: str,
    raw: dict[str, Any],
    inherited: RuleSetting | None,
    *,
    check_options: bool = True,
) -> RuleSetting:
    rule = RULES_BY_ID[rule_id]
    base_options = dict(inherited.options) if inherited else dict(rule.defaults)
    options = raw.get("options") or {}
    unknown = sorted(set(options) - set(rule.defaults))
    if unknown:
        known = ", ".join(sorted(rule.defaults))
        where = read.where("rules", rule_id, "options", unknown[0])
        params = {"file": where, "rule": rule_id, "options": ", ".join(map(repr, unknown)), "known": known}
        if not known:
            raise RubricError(msg("{file}: rule {rule} has no option {options} (options: none)", **params))
        raise RubricError(msg("{file}: rule {rule} has no option {options} (options: {known})", **params))
    merged = {**base_options, **options}
    if check_options and merged:
        import jsonschema

        schema = {
            "type": "object",
            "properties": rule.options_schema or {},
            "$defs": {"bounded": _BOUNDED_NUMBERS},
            "allOf": [{"$ref": "#/$defs/bounded"}],
        }
        problems: list[ValidationError] = list(jsonschema.Draft202012Validator(schema).iter_errors(_json_keys(merged)))
        if problems:
            raise RubricError(
                msg(
                    "{file}: rule {rule}: {problem}",
                    file=read.where("rules", rule_id, "options", *problems[0].absolute_path),
                    rule=rule_id,
                    problem=describe_text(problems[0], root=_OPTIONS_ROOT),
                )
            )
    if check_options:
        _refuse_empty_ranges(read, rule_id, merged, options)
    inherited_severity = inherited.severity if inherited else rule.severity
    severity = Severity.parse(raw["severity"]) if "severity" in raw else inherited_severity
    weight = float(raw["weight"]) if "weight" in raw else (inherited.weight if inherited else rule.weight)
    return RuleSetting(severity=severity, weight=weight, options=merged)


def _json_keys(value: Any) -> Any:
    """``value`` with every mapping key as the text JSON would write (YAML's ``9:`` is the number 9,
    which a schema's ``propertyNames`` would otherwise pass unchecked)."""
    if isinstance(value, dict):
        return {_key_text(k): _json_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_keys(v) for v in value]
    return value


def _key_text(key: object) -> str:
    if isinstance(key, bool) or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    return str(key)


def _refuse_empty_ranges(
    read: config_yaml.ConfigText, rule_id: str, merged: dict[str, Any], given: dict[str, Any]
) -> None:
    """Refuse a lower bound above its upper bound (``min_x``/``max_x``, ``x_min``/``x_max``): nothing could pass."""
    for low, high in _bound_pairs(merged):
        low_value, high_value = merged[low], merged[high]
        if _is_number(low_value) and _is_number(high_value) and low_value > high_value:
            raise RubricError(
                msg(
                    "{file}: rule {rule}: {low} is {low_value}, above {high} {high_value}, so nothing could pass",
                    file=read.where("rules", rule_id, "options", low if low in given else high),
                    rule=rule_id,
                    low=low,
                    low_value=low_value,
                    high=high,
                    high_value=high_value,
                )
            )


def _bound_pairs(options: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for name in options:
        if name.startswith("min_"):
            high = "max_" + name.removeprefix("min_")
        elif name.endswith("_min"):
            high = name.removesuffix("_min") + "_max"
        else:
            continue
        if high in options:
            yield name, high


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
