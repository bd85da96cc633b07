"""The allowance for what YAML aliases add belongs to one archive: one :class:`Loaders` reading several
archives, in turn or member by member interleaved, charges each archive's members to that archive's
allowance only, and a plain file read after them to none (it has a whole file's budget of its own)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from qa_checker.limits import Allowance, Limits
from qa_checker.loaders import Loaders
from tests.hostile.test_archive_shared_budgets import values_counted

LIMITS = Limits(max_nodes=30_000, max_bytes=50_000)


def _aliased(number: int) -> str:
    """A small descriptor whose unknown field expands through aliases to about 22,900 values: one fits in an
    archive's allowance, two do not."""
    levels = " - &a [y,y,y,y,y,y,y]\n" + "".join(
        f" - &{name} [{', '.join([f'*{below}'] * 7)}]\n" for below, name in zip("abcd", "bcde")
    )
    return f'descriptor_version: "1.0"\nkind: offer\ntitle: {{en: Aliased {number}}}\nzz:\n{levels}'


def _added(text: str, data: Any) -> int:
    """The values aliases add to a text: those beyond one per character (what an allowance is charged)."""
    return values_counted(data) - len(text) - 1


def _zip(path: Path, members: dict[str, str]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    path.write_bytes(buffer.getvalue())
    return path


def test_each_archive_spends_its_own_allowance_and_a_plain_file_after_them_none(tmp_path: Path) -> None:
    loaders = Loaders(LIMITS)
    for name in ("a", "b"):
        members = {f"{name}1.yaml": _aliased(1), f"{name}2.yaml": _aliased(2)}
        first, second = loaders.load_path(_zip(tmp_path / f"{name}.zip", members))
        # Each archive's first member is read within a fresh allowance (the earlier archive spent its own),
        # and its second meets what the first left.
        assert first.data is not None and second.data is None
        added = _added(members[f"{name}1.yaml"], first.data)
        assert LIMITS.max_nodes - added < added
    plain = tmp_path / "plain.yaml"
    plain.write_text(_aliased(3), encoding="utf-8")
    (document,) = loaders.load_path(plain)
    # The plain file adds more than any archive had left: it was charged to none of them.
    assert document.data is not None and _added(_aliased(3), document.data) == added


def test_members_of_two_archives_read_in_turn_are_charged_to_their_own_archive() -> None:
    loaders = Loaders(LIMITS)
    first, second = Allowance.of(LIMITS), Allowance.of(LIMITS)
    text = _aliased(1)
    (a,) = loaders.load_member(text.encode(), "a.zip!m.yaml", "m.yaml", first)
    added = _added(text, a.data)
    assert added > 0 and first.values == LIMITS.max_nodes - added
    assert second.values == LIMITS.max_nodes
    (b,) = loaders.load_member(text.encode(), "b.zip!m.yaml", "m.yaml", second)
    assert b.data is not None
    assert first.values == second.values == LIMITS.max_nodes - added
    (c,) = loaders.load_stdin(text.encode(), "plain.yaml")
    assert c.data is not None
    assert first.values == second.values == LIMITS.max_nodes - added
    # The first archive's next member meets what its own first member left, whatever was read in between.
    (again,) = loaders.load_member(text.encode(), "a.zip!n.yaml", "n.yaml", first)
    assert again.data is None
    assert second.values == LIMITS.max_nodes - added
