"""The terminal form of a :class:`~qa_checker.diff.Diff`: the runs, counts, what got worse, providers, descriptors."""

from __future__ import annotations

from typing import Any

from qa_checker.diff import DescriptorChange, Diff, FindingRecord

CHANGE_WORD = {
    "worse": "WORSE",
    "improved": "IMPROVED",
    "changed": "CHANGED",
    "added": "ADDED",
    "removed": "REMOVED",
    "unchanged": "UNCHANGED",
}
ORDER = ("worse", "improved", "changed", "added", "removed", "unchanged")


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _delta(value: float | None) -> str:
    if not value:
        return ""
    return f" ({'+' if value > 0 else ''}{_number(value)})"


def _run(side: dict[str, Any]) -> str:
    bits = [
        b
        for b in (
            side.get("generated_at"),
            f"rubric {side['rubric']}" if side.get("rubric") else None,
            f"{side['descriptors']} descriptor(s)",
        )
        if b
    ]
    return f"{side['label']} ({', '.join(bits)})"


def render(change: Diff, *, unchanged: bool = False, **_: object) -> str:
    """The diff as plain text."""
    summary = change.summary
    lines = [f"Comparing {_run(change.before.describe())}", f"     with {_run(change.after.describe())}", ""]
    lines.append(", ".join(f"{summary[k]} {k}" for k in ORDER))
    lines.extend(f"note: {note}" for note in change.notes)
    lines.append("")
    worse = change.worse_summary()
    if worse:
        lines.append("What got worse:")
        lines.extend(f"  {line}" for line in worse)
    else:
        lines.append("Nothing got worse.")
    if change.providers:
        lines += ["", "By provider (before → now):"]
        for provider in change.providers:
            p = provider.to_dict()
            before, after = p["before"], p["after"]
            counts = ", ".join(f"{p[k]} {k}" for k in ORDER if p[k] and k != "unchanged") or "no change"
            lines.append(
                f"  {p['provider']}: pass {before['pass']}/{before['descriptors']} → "
                f"{after['pass']}/{after['descriptors']}, mean score {_number(before['mean_score'])} → "
                f"{_number(after['mean_score'])}{_delta(p['mean_score_delta'])}; {counts}"
            )
    shown = [
        d
        for d in sorted(change.descriptors, key=lambda d: ORDER.index(d.change))
        if unchanged or d.change != "unchanged"
    ]
    if shown:
        lines += ["", "By descriptor:"]
        for item in shown:
            lines.extend(_descriptor(item))
    return "\n".join(lines) + "\n"


def _descriptor(item: DescriptorChange) -> list[str]:
    state = item.current
    name = state.label + (f" [{state.id}]" if state.id and state.id != state.label else "")
    out = [
        f"{CHANGE_WORD[item.change]} {name} ({state.group})",
        f"    {state.source}" + (f" (moved from {item.moved_from})" if item.moved_from else ""),
    ]
    before, after = item.before, item.after
    if before is not None and after is not None:
        status = before.status if before.status == after.status else f"{before.status} → {after.status}"
        score = (
            _number(after.score)
            if before.score == after.score
            else f"{_number(before.score)} → {_number(after.score)}{_delta(item.score_delta)}"
        )
        out.append(f"    status {status}, score {score}")
    elif after is not None:
        out.append(f"    status {after.status}, score {_number(after.score)}")
    elif before is not None:
        out.append(f"    was {before.status}, score {_number(before.score)}")
    out.extend(f"    fixed {_finding(f)}" for f in item.fixed)
    out.extend(f"    new   {_finding(f)}" for f in item.new)
    for element in item.elements:
        e = element.to_dict()
        out.append(f"    element {e['label']}: {e['before']} → {e['after']}")
    return out


def _finding(f: FindingRecord) -> str:
    waived = " (waived)" if f.waived else ""
    return f"{f.severity}{waived} {f.rule} {f.pointer or '(whole file)'}: {f.message}"
