"""The terminal form of a :class:`~qa_checker.diff.Diff`: the runs, counts, what got worse, providers, descriptors."""

from __future__ import annotations

from typing import Any

from qa_checker.cells import visible
from qa_checker.diff import DescriptorChange, Diff, FindingRecord
from qa_checker.elements import ELEMENTS_BY_KEY
from qa_checker.file_names import name_shown
from qa_checker.i18n import SOURCE_LANGUAGE, Translator, translator
from qa_checker.reporting import labels
from qa_checker.text import N_, Text, msg, plural

CHANGE_WORD = labels.CHANGE_UPPER
ORDER = ("worse", "improved", "changed", "added", "removed", "unchanged")
# "3 worse": a count of descriptors with one kind of change (English says it alike for one and many).
COUNTS = {
    "worse": lambda n: plural("{count} worse", "{count} worse", n),
    "improved": lambda n: plural("{count} improved", "{count} improved", n),
    "changed": lambda n: plural("{count} changed", "{count} changed", n),
    "added": lambda n: plural("{count} added", "{count} added", n),
    "removed": lambda n: plural("{count} removed", "{count} removed", n),
    "unchanged": lambda n: plural("{count} unchanged", "{count} unchanged", n),
}


def _count(key: str, value: int) -> Text:
    return COUNTS[key](value)


def _number(value: float | None, tr: Translator | None = None) -> str:
    if value is None:
        return "–"
    if tr is not None and tr.language != SOURCE_LANGUAGE:
        return tr.number(round(value, 1))
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _delta(value: float | None, tr: Translator | None = None) -> str:
    if not value:
        return ""
    return f" ({'+' if value > 0 else ''}{_number(value, tr)})"


def _run(side: dict[str, Any], tr: Translator) -> str:
    bits = [
        b
        for b in (
            labels.moment(tr, side.get("generated_at")) or None,
            tr.render(msg("rubric {rubric}", rubric=str(side["rubric"]))) if side.get("rubric") else None,
            tr.render(plural("{count} descriptor(s)", "{count} descriptor(s)", side["descriptors"])),
        )
        if b
    ]
    return f"{name_shown(side['label'])} ({', '.join(bits)})"


def render(
    change: Diff, *, unchanged: bool = False, language: str = "en", tr: Translator | None = None, **_: object
) -> str:
    """The diff as plain text, in ``language`` (or ``tr``'s)."""
    tr = tr or translator(language)
    summary = change.summary
    runs = msg(
        "Comparing {before}\n     with {after}",
        before=_run(change.before.describe(tr), tr),
        after=_run(change.after.describe(tr), tr),
    )
    lines = [*tr.render(runs).split("\n"), ""]
    lines.append(", ".join(tr.render(_count(k, summary[k])) for k in ORDER))
    lines.extend(tr.render(msg("note: {note}", note=note)) for note in change.note_texts)
    lines.append("")
    worse = change.worse_summary(tr)
    if worse:
        lines.append(tr.gettext(N_("What got worse:")))
        lines.extend(f"  {line}" for line in worse)
    else:
        lines.append(tr.gettext(N_("Nothing got worse.")))
    if change.providers:
        lines += ["", tr.gettext(N_("By provider (before → now):"))]
        for provider in change.providers:
            p = provider.to_dict()
            before, after = p["before"], p["after"]
            counts = ", ".join(tr.render(_count(k, p[k])) for k in ORDER if p[k] and k != "unchanged") or tr.gettext(
                N_("no change")
            )
            line = msg(
                "{provider}: pass {pass_before}/{descriptors_before} → {pass_after}/{descriptors_after}, "
                "mean score {mean_before} → {mean_after}{delta}; {changes}",
                provider=labels.provider(tr, p["provider"]),
                pass_before=before["pass"],
                descriptors_before=before["descriptors"],
                pass_after=after["pass"],
                descriptors_after=after["descriptors"],
                mean_before=_number(before["mean_score"], tr),
                mean_after=_number(after["mean_score"], tr),
                delta=_delta(p["mean_score_delta"], tr),
                changes=counts,
            )
            lines.append(f"  {tr.render(line)}")
    shown = [
        d
        for d in sorted(change.descriptors, key=lambda d: ORDER.index(d.change))
        if unchanged or d.change != "unchanged"
    ]
    if shown:
        lines += ["", tr.gettext(N_("By descriptor:"))]
        named = {side: name_shown(getattr(change, side).describe(tr)["label"]) for side in ("before", "after")}
        for item in shown:
            lines.extend(_descriptor(item, tr, named))
    # A provider's texts (titles, names, sources, messages) may hold control characters and line breaks:
    # shown as escapes, they can neither redraw a terminal nor start a line of their own (a CI command).
    return "\n".join(visible(line) for line in lines) + "\n"


def _status(value: str | None, tr: Translator) -> str:
    return labels.word(tr, labels.STATUS, value) if value is not None else str(value)


def _descriptor(item: DescriptorChange, tr: Translator | None = None, runs: dict[str, str] | None = None) -> list[str]:
    """One descriptor's change; ``runs`` names the two runs (``before``, ``after``) where a line says which."""
    tr = tr or translator()
    runs = runs or {"before": "A", "after": "B"}
    state = item.current
    name = item.label + (f" [{item.id}]" if item.id and item.id != item.label else "")
    source = name_shown(state.source)
    if item.moved_from:
        source = tr.render(msg("{source} (moved from {previous})", source=source, previous=name_shown(item.moved_from)))
    out = [
        f"{labels.word(tr, CHANGE_WORD, item.change)} {name} ({labels.provider(tr, item.group)})",
        f"    {source}",
    ]
    if item.id_before:
        out.append("    " + tr.render(msg("id changed from {previous}", previous=item.id_before)))
    before, after = item.before, item.after
    if before is not None and after is not None:
        status = (
            _status(before.status, tr)
            if before.status == after.status
            else f"{_status(before.status, tr)} → {_status(after.status, tr)}"
        )
        score = (
            _number(after.score, tr)
            if before.score == after.score
            else f"{_number(before.score, tr)} → {_number(after.score, tr)}{_delta(item.score_delta, tr)}"
        )
        out.append("    " + tr.render(msg("status {status}, score {score}", status=status, score=score)))
    elif after is not None:
        line = msg("status {status}, score {score}", status=_status(after.status, tr), score=_number(after.score, tr))
        out.append("    " + tr.render(line))
    elif before is not None:
        line = msg("was {status}, score {score}", status=_status(before.status, tr), score=_number(before.score, tr))
        out.append("    " + tr.render(line))
    out.extend("    " + tr.render(msg("fixed {finding}", finding=_finding(f, tr))) for f in item.fixed)
    out.extend("    " + tr.render(msg("new   {finding}", finding=_finding(f, tr))) for f in item.new)
    if item.unreadable:
        other = "before" if item.unreadable == "after" else "after"
        out.append("    " + tr.render(msg("cannot be read in {run}:", run=runs[item.unreadable])))
        out.extend(f"      {_finding(f, tr)}" for f in item.unreadable_findings)
        if item.not_compared:
            line = msg("findings of {run}, not compared (neither fixed nor new):", run=runs[other])
            out.append("    " + tr.render(line))
            out.extend(f"      {_finding(f, tr)}" for f in item.not_compared)
    for element in item.elements:
        e = element.to_dict()
        known = ELEMENTS_BY_KEY.get(e["key"])
        line = msg(
            "element {element}: {before} → {after}",
            element=tr.gettext(known.label) if known else e["label"],
            before=labels.word(tr, labels.ELEMENT_STATUS, e["before"]) if e["before"] is not None else "–",
            after=labels.word(tr, labels.ELEMENT_STATUS, e["after"]) if e["after"] is not None else "–",
        )
        out.append("    " + tr.render(line))
    return out


def _finding(f: FindingRecord, tr: Translator | None = None) -> str:
    tr = tr or translator()
    waived = " " + tr.gettext(N_("(waived)")) if f.waived else ""
    severity = labels.word(tr, labels.SEVERITY, f.severity)
    return f"{severity}{waived} {f.rule} {f.pointer or tr.gettext(N_('(whole file)'))}: {tr.message(f)}"
