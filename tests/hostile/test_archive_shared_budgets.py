"""An archive's members share one file's budgets: for what YAML aliases add, and for descriptors.

Each member alone may expand through aliases up to ``max-nodes`` values and ``max-bytes`` characters of
text; without a shared budget an archive of thousands of small such members costs thousands of times
that. What a member's aliases add beyond its own text (values beyond one per character, text beyond its
characters) is spent from one allowance for the whole archive; members that would add more are refused
with a located ``MC-LD-005`` that names the limit, and every member that spells its values out is read.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import yaml

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.limits import Limits
from qa_checker.loaders import Loaders, yaml_

ROOT = Path(__file__).resolve().parents[2]
GOOD_OFFER = ROOT / "qa_checker" / "data" / "good-offer.yaml"
LIMITS = Limits(max_nodes=30_000, max_bytes=50_000)
MEMBERS = 12


def values_counted(value: Any) -> int:
    """The values of a parsed document, each use of an alias counted (as the rules walk them)."""
    count, stack = 0, [value]
    while stack:
        node = stack.pop()
        count += 1
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return count


def _laughs(number: int) -> str:
    """A small member whose unknown field expands through aliases to about 22,900 values."""
    levels = " - &a [y,y,y,y,y,y,y]\n" + "".join(
        f" - &{name} [{', '.join([f'*{below}'] * 7)}]\n" for below, name in zip("abcd", "bcde")
    )
    return f'descriptor_version: "1.0"\nkind: offer\ntitle: {{en: Aliased {number}}}\nzz:\n{levels}'


def _long_texts(number: int) -> str:
    """A small member whose unknown field repeats a text of 1,000 characters 32 times through aliases."""
    text = "Learners compare supply chains. " * 31 + "Learners compa"
    levels = f' - &a ["{text}", "{text}"]\n' + "".join(
        f" - &{name} [*{below}, *{below}]\n" for below, name in zip("abcd", "bcde")
    )
    return f'descriptor_version: "1.0"\nkind: offer\ntitle: {{en: Texts {number}}}\nzz:\n{levels}'


def _read(tmp_path: Path, members: dict[str, str]) -> list[Document]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    path = tmp_path / "batch.zip"
    path.write_bytes(buffer.getvalue())
    return Loaders(LIMITS).load_path(path)


def _refusals(documents: list[Document]) -> list[Document]:
    return [d for d in documents if d.data is None and any(f.rule == ids.OVER_LIMIT for f in d.findings)]


def test_one_aliased_member_alone_is_read_within_the_file_budget() -> None:
    text = _laughs(0)
    assert values_counted(yaml.safe_load(text)) < LIMITS.max_nodes  # what each member of the archives below holds
    (document,) = yaml_.load(text.encode(), "alone.yaml", LIMITS)
    assert document.data is not None


def test_aliases_expand_no_more_than_one_file_budget_in_a_whole_archive(tmp_path: Path) -> None:
    members = {f"m{n:02d}.yaml": _laughs(n) for n in range(MEMBERS)}
    documents = _read(tmp_path, members)
    assert len(documents) == MEMBERS
    read = [d for d in documents if d.data is not None]
    spelled_out = sum(len(text) + 1 for text in members.values())
    # What the rules walk is bounded by the archive's text and one file's budget, not by the member count.
    assert sum(values_counted(d.data) for d in read) <= spelled_out + LIMITS.max_nodes
    refused = _refusals(documents)
    assert len(read) + len(refused) == MEMBERS and len(refused) >= MEMBERS - 2
    finding = refused[0].findings[0]
    assert "max-nodes" in finding.message and "whole archive" in finding.message
    assert "--limit max-nodes=N" in finding.hint
    assert finding.origin is not None and finding.origin.pointer.startswith("/zz/")


def test_aliased_text_in_a_whole_archive_is_bounded_by_the_size_limit(tmp_path: Path) -> None:
    members = {f"t{n:02d}.yaml": _long_texts(n) for n in range(MEMBERS)}
    documents = _read(tmp_path, members)
    read = [d for d in documents if d.data is not None]
    texts = sum(len(t) for d in read for t in _texts(d.data))
    assert texts <= sum(len(text) for text in members.values()) + LIMITS.max_bytes
    refused = _refusals(documents)
    assert len(read) + len(refused) == MEMBERS and len(refused) >= MEMBERS // 2
    finding = refused[-1].findings[0]
    assert "max-bytes" in finding.message and "--max-bytes N" in finding.hint


def test_members_that_use_aliases_within_their_own_size_are_all_read(tmp_path: Path) -> None:
    """Anchors for a repeated awarding body, in any number of members, spend nothing of the allowance."""
    offer = GOOD_OFFER.read_text(encoding="utf-8")
    aliased = offer + "extensions:\n  bodies: &bodies [{name: Uni A, country: NL}, {name: Uni B, country: DE}]\n"
    aliased += "  again: *bodies\n  once_more: *bodies\n"
    members = {f"d{n:03d}.yaml": aliased.replace("\nid: ", f"\nid: n{n}-", 1) for n in range(60)}
    documents = _read(tmp_path, members)
    assert len(documents) == 60
    assert all(d.data is not None for d in documents), [d.findings[0].message for d in _refusals(documents)]


def _texts(value: Any) -> list[str]:
    found, stack = [], [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def test_the_members_of_an_archive_give_no_more_descriptors_together_than_one_file(tmp_path: Path) -> None:
    """Streams of many small documents: 18 KB of zip gave 200,000 descriptors, each checked and kept."""
    stream = "---\n".join(['{descriptor_version: "1.0"}\n'] * 40)
    limits = Limits(max_documents=100)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(10):
            archive.writestr(f"s{number}.yaml", stream)
    path = tmp_path / "streams.zip"
    path.write_bytes(buffer.getvalue())
    documents = Loaders(limits).load_path(path)
    assert len(documents) == 2 * 40 + 1  # two members read whole, then the archive's refusal
    last = documents[-1]
    assert last.source == str(path) and last.findings[0].rule == ids.OVER_LIMIT
    assert "max-documents" in last.findings[0].message and "s2.yaml" in last.findings[0].message
    assert "--limit max-documents=N" in last.findings[0].hint
