"""Hostile round five: waivers files of many waivers, and waivers given twice.

A waivers file within its 1 MB limit holds some 9,000 waivers; each descriptor was matched against every
one of them (twice: once to apply them, once to find those naming no descriptor), so 1,500 descriptors took
33 s instead of 2. A descriptor now costs the waivers that name it (found by id, by path, and through one
regex joining the globs). A waiver repeated word for word could never waive anything, and was reported as
"matching no finding": it is now refused at its line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker import waivers as waivers_module
from qa_checker.waivers import WaiverEntry, WaiverError, Waivers, _names, load_waivers
from tests.timing import assert_linear


def _entry(number: int, descriptor: str, rule: str = "MC-EL-008") -> WaiverEntry:
    return WaiverEntry(number=number, rule=rule, descriptor=descriptor, reason="r", accepted_by="me")


def test_a_descriptor_costs_the_waivers_naming_it_not_all_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = [_entry(i + 1, f"other-{i}") for i in range(3000)]
    entries += [_entry(3001 + i, f"elsewhere/{i}/*.yaml") for i in range(3000)]
    entries.append(_entry(6001, "course-7"))
    waivers = Waivers(entries, "waivers.yaml")
    calls = []
    real = waivers_module._names
    monkeypatch.setattr(waivers_module, "_names", lambda *args: calls.append(1) or real(*args))
    for number in range(50):
        waivers.apply(
            [], descriptor_id=f"course-{number}", source=f"offers/course-{number}.yaml", today=date(2026, 1, 1)
        )
    assert len(calls) == 0
    unmatched = waivers.unmatched(
        [type("R", (), {"id": f"course-{n}", "source": f"offers/course-{n}.yaml"})() for n in range(50)]
    )
    assert len(unmatched) == 6000 and all(entry.number != 6001 for entry in unmatched)


names = st.text(alphabet="ab/*?[].-", min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    descriptors=st.lists(names, min_size=1, max_size=6),
    descriptor_id=st.one_of(st.none(), names),
    source=names,
)
def test_the_waivers_naming_a_descriptor_are_those_each_waiver_names(
    descriptors: list[str], descriptor_id: str | None, source: str
) -> None:
    entries = [_entry(i + 1, d) for i, d in enumerate(descriptors)]
    waivers = Waivers(entries, "waivers.yaml")
    places = waivers._places(source)
    expected = [entry for entry in entries if _names(entry, descriptor_id, places)]
    assert waivers._naming(descriptor_id, places) == expected


def test_nine_thousand_waivers_keep_a_batch_within_seconds(tmp_path: Path) -> None:
    def loaded(count: int) -> Waivers:
        """``count`` waivers, half of them patterns."""
        lines = ["waivers:"]
        lines += [f'- {{rule: MC-EL-008, descriptor: "d{i}*", reason: r, accepted_by: m}}' for i in range(count // 2)]
        lines += [f"- {{rule: MC-EL-008, descriptor: id-{i}, reason: r, accepted_by: m}}" for i in range(count // 2)]
        (tmp_path / f"waivers-{count}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return load_waivers(tmp_path / f"waivers-{count}.yaml")

    files = {count: loaded(count) for count in (2_250, 9_000)}

    def applied(count: int) -> None:
        for number in range(300):
            source = f"batch/course-{number}.yaml"
            files[count].apply([], descriptor_id=f"x-{number}", source=source, today=date(2026, 1, 1))

    assert_linear(applied, 2_250, 9_000)


def test_a_waiver_given_twice_is_refused_at_its_line(tmp_path: Path) -> None:
    entry = "  - rule: MC-QA-002\n    descriptor: hva-data-ethics-2026\n    reason: r\n    accepted_by: me\n"
    path = tmp_path / "waivers.yaml"
    path.write_text("waivers:\n" + entry + entry, encoding="utf-8")
    with pytest.raises(WaiverError) as caught:
        load_waivers(path)
    assert str(caught.value) == (
        f"{path}: line 6: waiver 2 repeats waiver 1 (the same rule, descriptor, pointer and date); "
        "give each exception once"
    )


def test_waivers_for_one_place_until_different_dates_are_both_kept(tmp_path: Path) -> None:
    entry = "  - rule: MC-QA-002\n    descriptor: x\n    reason: r\n    accepted_by: me\n    until: {}\n"
    path = tmp_path / "waivers.yaml"
    path.write_text("waivers:\n" + entry.format("2026-01-31") + entry.format("2027-01-31"), encoding="utf-8")
    assert len(load_waivers(path).entries) == 2
