"""Held-out descriptors: whole descriptors as providers write them.

Each file of ``tests/corpus/heldout2`` is a descriptor of a kind the earlier tests covered thinly
(university modules, VET courses in hours with practical assessment, MOOCs with automated quizzes
and notional hours, company academies, stackable and joint micro-credentials, one issued credential),
with outcomes in languages the checker had no lexicon for (Portuguese, since analysed, Czech, Swedish,
Finnish, Romanian, Hungarian, Greek, Croatian, Slovenian, Lithuanian, Estonian, Irish, Maltese) and edge values
(0.5, 1.25 and 60 ECTS, exactly 25 and 30 hours per ECTS, schedules across the new year, EQF levels
written as text, ISCED-F codes of 2, 3 and 4 digits).

``expectations.yaml`` says, for each file, which rules must report a warning or an error (a rule id,
or "RULE pointer" where the place matters); every other rule must stay silent. The expectations were
written before the checker was run on the files. Where the checker and the expectation disagreed, the
wrong side was corrected: the expectation where the finding was right, the rule where it was not (see
the module docstrings of the rules and the commit messages).

Known misses were kept as strict expected failures (``known_miss`` in the expectations). An English
imperative that the lexicon does not list, followed by a bare object or a conjunction ("Dip lambs'
navels ...", "Tag and register lambs ...", "Tube-feed weak lambs ..."), was read as a noun heading:
the lexicon now lists the everyday hands-on verbs, but a third batch (farming) still found three of
four outside it, so MC-LO-001 also reads such a word as a verb where most of the descriptor's
outcomes are imperatives (40 hands-on VET outcomes: 15 wrongly reported before, 1 after). Its price
was a second miss, fixed since: a noun heading among imperatives whose first word can be a verb ("Fire
safety requirements ...") was no longer reported; an abstract noun after that word ("safety",
"quality", "ownership") now makes the two a heading. A possessive after such a word ("Dip lambs'
navels") now shows it is a verb with its object, and two such imperatives joined at the start ("Tag
and register lambs") are two actions among imperatives (``tests/test_outcomes_classes.py``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from qa_checker.document import Document
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run, run_documents

FOLDER = Path(__file__).resolve().parent / "corpus" / "heldout2"
NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def _expectations() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((FOLDER / "expectations.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


EXPECTATIONS = _expectations()


@cache
def _config() -> RunConfig:
    return RunConfig(rubric=load_rubric(), now=NOW, jobs=1)


def _findings(name: str) -> list[tuple[str, str]]:
    """The (rule, pointer) of each warning and error the checker reports on a file of the folder."""
    # Through the real loader: it reads YAML by 1.2's rules (an unquoted 0413 stays a code).
    report = run([str(FOLDER / name)], _config())
    return [
        (f.rule, f.pointer)
        for result in report.results
        for f in result.findings
        if str(f.severity.value) in ("warning", "error")
    ]


def test_every_descriptor_has_an_expectation() -> None:
    files = {p.name for p in FOLDER.glob("*.yaml")} - {"expectations.yaml"}
    assert files == set(EXPECTATIONS)


CASES = [
    pytest.param(
        name,
        id=name,
        marks=[pytest.mark.xfail(strict=True, reason=entry["known_miss"])] if "known_miss" in entry else [],
    )
    for name, entry in sorted(EXPECTATIONS.items())
]


@pytest.mark.parametrize("name", CASES)
def test_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    expected: list[str] = EXPECTATIONS[name]["fire"]
    found = _findings(name)
    rules_found = {rule for rule, _ in found}
    wanted_rules = {entry.split()[0] for entry in expected}
    unexpected = [f"{rule} {pointer}" for rule, pointer in found if rule not in wanted_rules]
    assert not unexpected, f"rules that must stay silent reported: {unexpected}"
    missing = [rule for rule in wanted_rules if rule not in rules_found]
    assert not missing, f"expected rules did not report: {missing} (found {found})"
    placed = [entry for entry in expected if " " in entry]
    for entry in placed:
        rule, pointer = entry.split(" ", 1)
        assert (rule, pointer) in found, f"{rule} did not report at {pointer} (found {found})"
    for rule in {entry.split()[0] for entry in placed}:
        where = sorted(p for r, p in found if r == rule)
        want = sorted(e.split(" ", 1)[1] for e in placed if e.split()[0] == rule)
        assert where == want, f"{rule} reported at {where}, expected exactly {want}"


def test_a_regional_language_tag_is_told_its_iso_code() -> None:
    report = run([str(FOLDER / "edge-language-regional-tag.yaml")], _config())
    messages = [str(f.message) for result in report.results for f in result.findings if f.rule == "MC-VC-002"]
    assert messages == ["'pt-PT' is not an ISO 639-1 language code (did you mean pt?)"]


# Hands-on English outcomes written the way vocational providers write them, most with a verb outside
# the lexicon ("Wax legs ...", "Triage calls ...", "Grout and seal ..."): before MC-LO-001 read the
# imperative style of a descriptor, 15 of the 40 were reported as lacking their verb.
HANDS_ON = [
    "Shampoo and condition hair using products suited to the client's hair type.",
    "Blow-dry short hair into a classic bob shape.",
    "Greet customers and process cash and card payments at the till.",
    "Restock shelves following the store's planogram.",
    "Rotate chilled stock by use-by date.",
    "Lay bricks to a line in stretcher bond.",
    "Erect a tower scaffold following the manufacturer's instructions.",
    "Plaster an internal wall to a smooth finish.",
    "Change engine oil and filters on a petrol car.",
    "Rotate tyres and check wheel alignment on a passenger car.",
    "Supervise children safely during outdoor play.",
    "Change nappies hygienically in a childcare setting.",
    "Patrol premises and report security incidents to the control room.",
    "Search vehicles at a site entrance in line with company policy.",
    "Apply nail varnish evenly on natural nails.",
    "Wax legs using hot and warm wax techniques.",
    "Pour concrete slabs and level them with a screed board.",
    "Glaze windows with double-glazed units.",
    "Fit kitchen units to a level and plumb finish.",
    "Lift patients safely using a ceiling hoist.",
    "Escort visitors through secure areas.",
    "Brief a team on the daily production targets.",
    "Triage calls to the right service team.",
    "Forecast monthly sales with a moving average.",
    "Budget a small community event.",
    "Proofread marketing copy for spelling and style errors.",
    "Prune fruit trees in late winter.",
    "Drive a forklift safely in a busy warehouse.",
    "Unload pallets from a lorry with a pallet truck.",
    "Weigh ingredients accurately for a bread recipe.",
    "Season and cook a steak to the customer's requested doneness.",
    "Steam-clean upholstery in a client's home.",
    "Tile a bathroom floor with ceramic tiles.",
    "Grout and seal wall tiles in a shower area.",
    "Replace brake pads on a passenger car.",
    "Bleed a hydraulic brake system.",
    "Torque wheel nuts to the manufacturer's specification.",
    "Diagnose engine faults with an OBD scanner.",
    "Cut hair using scissor-over-comb techniques.",
    "Fold and wrap garments for display.",
]

# Noun headings and imperatives, four to a descriptor, one heading first in each: what reading the
# style costs. 8 headings were reported before; "Risk factors ...", "Water quality monitoring ..." and
# "Market research methods ..." open with a word that can be a verb and no action noun follows it.
HEADINGS_AMONG_IMPERATIVES = [
    "Introduction to maritime law and the carriage of goods by sea.",
    "Apply first aid to a casualty with a suspected spinal injury until help arrives.",
    "Operate a forklift truck in a warehouse in line with the manufacturer's instructions.",
    "Produce a bill of quantities for a single-storey extension.",
    "Hazard analysis and critical control points in small bakeries.",
    "Weigh ingredients accurately for a bread recipe.",
    "Replace brake pads on a passenger car.",
    "Prune fruit trees in late winter.",
    "Risk factors for falls in older adults living at home.",
    "Lift patients safely using a ceiling hoist.",
    "Conduct a risk assessment for a school trip to a farm.",
    "Keep accurate records of medication administered to residents.",
    "Cloud computing basics for small businesses.",
    "Configure a virtual private network for remote staff.",
    "Back up user profiles before a device is replaced.",
    "Explain the role of the data-protection officer in a public body.",
    "Greenhouse gas accounting for logistics operations.",
    "Map the material flows of a product across its life cycle.",
    "Compare circular business models on cost and risk.",
    "Develop a circular business model canvas for a real company.",
    "Project management fundamentals for engineers.",
    "Plan a two-week menu that meets the dietary needs of older residents.",
    "Identify common cyber threats such as phishing and ransomware.",
    "Draft a freedom-of-information response that redacts personal data.",
    "Water quality monitoring in small rivers and streams.",
    "Calibrate a gas detector before entering a confined space.",
    "Splice a three-strand rope with a long splice.",
    "Select appropriate personal protective equipment for handling chemicals.",
    "Market research methods for start-ups.",
    "Evaluate the fairness of a classification model using group metrics.",
    "Design a data-management plan that documents consent and access.",
    "Apply the GDPR principles to a data-driven project plan.",
]


def _lo001(outcomes: list[str], size: int = 4) -> list[str]:
    """The outcomes MC-LO-001 reports, checked ``size`` to a descriptor."""
    reported = []
    for start in range(0, len(outcomes), size):
        group = outcomes[start : start + size]
        data = {"descriptor_version": "1.0", "kind": "offer", "languages": ["en"], "learning_outcomes": group}
        report = run_documents([Document(f"group-{start}.json", data, "json")], _config())
        reported += [
            group[int(f.pointer.split("/")[2])] for r in report.results for f in r.findings if f.rule == "MC-LO-001"
        ]
    return reported


def test_hands_on_imperatives_are_read_as_verbs() -> None:
    assert len(_lo001(HANDS_ON)) <= 1


def test_noun_headings_among_imperatives_are_mostly_still_reported() -> None:
    headings = HEADINGS_AMONG_IMPERATIVES[::4]
    reported = _lo001(HEADINGS_AMONG_IMPERATIVES)
    assert set(reported) <= set(headings)
    assert len(reported) >= 5
