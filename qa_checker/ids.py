"""Ids of the rules that the loaders, importers and engine report themselves.

Defined once here, with no imports, so loaders can name a rule without importing the registry;
the rule classes in :mod:`qa_checker.rules` take their ``id`` from the same constants.
"""

from __future__ import annotations

UNREADABLE = "MC-LD-001"
UNPARSABLE = "MC-LD-002"
NOT_AN_OBJECT = "MC-LD-003"
TOO_DEEP = "MC-LD-004"
OVER_LIMIT = "MC-LD-005"
EMPTY = "MC-LD-006"
UNREPRESENTABLE = "MC-LD-007"
DUPLICATE_KEY = "MC-LD-008"
HIDDEN_TEXT = "MC-LD-009"
WORDS_AS_SHOWN = "MC-LD-010"

SCHEMA = "MC-SC-001"
RULE_CRASHED = "MC-EN-001"
INTERNAL_ERROR = "MC-EN-002"
TIME_BUDGET = "MC-EN-003"

IMPORT_RECOGNISED = "MC-IM-001"
IMPORT_CONVERTED = "MC-IM-002"
IMPORT_NOTE = "MC-IM-003"

SHEET_COLUMNS = "MC-SS-001"
SHEET_CELLS = "MC-SS-002"
SHEET_SKIPPED = "MC-SS-003"
SHEET_IDS = "MC-SS-004"

WAIVER_EXPIRED = "MC-WV-001"
WAIVER_UNUSED = "MC-WV-002"
