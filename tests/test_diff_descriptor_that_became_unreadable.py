"""A descriptor that became unreadable (no title, id or provider in the later run) stays its provider's."""

from __future__ import annotations

from qa_checker.diff import DescriptorState, Snapshot, diff
from qa_checker.reporting import diff_text


def _state(source: str, *, provider: str | None, title: str | None, id_: str | None, status: str) -> DescriptorState:
    return DescriptorState(
        source=source,
        id=id_,
        sha256=None,
        provider=provider,
        title=title,
        kind="offer" if status != "error" else None,
        status=status,
        score=100.0 if status == "pass" else None,
        elements={},
    )


def _runs() -> tuple[Snapshot, Snapshot]:
    readable = [
        _state(f"acme/{n}.yaml", provider="ACME", title=f"Course {n}", id_=f"acme-{n}", status="pass") for n in "ab"
    ]
    broken = _state("acme/b.yaml", provider=None, title=None, id_=None, status="error")
    return Snapshot("run 1", tuple(readable)), Snapshot("run 2", (readable[0], broken))


def test_an_unreadable_descriptor_is_counted_and_named_as_its_provider_and_title_were() -> None:
    change = diff(*_runs())

    (worse,) = change.of("worse")
    assert (worse.group, worse.label, worse.id) == ("ACME", "Course b", "acme-b")
    (provider,) = change.to_dict()["providers"]
    assert provider["provider"] == "ACME"
    assert (provider["before"]["descriptors"], provider["after"]["descriptors"]) == (2, 2)
    assert (provider["worse"], provider["unchanged"]) == (1, 1)
    assert change.worse_summary()[0].startswith("Course b (ACME): ")
    (entry,) = change.to_dict()["descriptors"]
    assert (entry["label"], entry["id"], entry["provider"]) == ("Course b", "acme-b", "ACME")
    assert "WORSE Course b [acme-b] (ACME)" in diff_text.render(change)


def test_a_descriptor_readable_again_is_counted_under_its_provider_in_both_runs() -> None:
    earlier, later = _runs()
    change = diff(later, earlier)

    (provider,) = change.to_dict()["providers"]
    assert provider["provider"] == "ACME"
    assert (provider["before"]["descriptors"], provider["after"]["descriptors"]) == (2, 2)
    assert (provider["before"]["error"], provider["after"]["error"]) == (1, 0)
