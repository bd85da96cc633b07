"""A folder walk yields its files in sorted path order without sorting a list of them all, each named as
:func:`~qa_checker.loaders.shown_name` names it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker.loaders import iter_files, shown, shown_name

NAME = st.text(alphabet="ab-_.B1é", min_size=1, max_size=4).filter(lambda n: n not in (".", "..") and "/" not in n)
SUFFIX = st.sampled_from([".yaml", ".json", ".yml", ".txt", ""])
TREE = st.recursive(
    st.dictionaries(st.tuples(NAME, SUFFIX).map("".join), st.none(), max_size=4),
    lambda children: st.dictionaries(NAME, children, max_size=4),
    max_leaves=25,
)


def _build(folder: Path, tree: dict[str, object]) -> None:
    for name, child in tree.items():
        path = folder / name
        if isinstance(child, dict):
            if not path.exists():
                path.mkdir()
                _build(path, child)
        elif not path.exists():
            path.write_text("{}", encoding="utf-8")


@settings(max_examples=60, deadline=None)
@given(TREE)
def test_the_walk_is_in_sorted_path_order(tree: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        if isinstance(tree, dict):
            _build(root, tree)
        found = list(iter_files([root]))
        assert found == sorted(found)
        expected = {
            Path(folder, name)
            for folder, _, names in os.walk(root)
            for name in names
            if not name.startswith(".")
            and Path(name).suffix.lower() in {".yaml", ".json", ".yml"}
            and not any(part.startswith(".") for part in Path(folder).relative_to(root).parts)
        }
        assert expected <= set(found)


@settings(max_examples=40, deadline=None)
@given(TREE, st.sampled_from(["", "/", "/./"]))
def test_each_file_under_an_absolute_folder_is_shown_by_the_name_shown_name_gives(
    tree: dict[str, object], ending: str
) -> None:
    with tempfile.TemporaryDirectory() as work:
        root = Path(work, "batch")
        root.mkdir()
        if isinstance(tree, dict):
            _build(root, tree)
        given_as = os.fspath(root) + ending
        for path in iter_files([given_as], short_names=True):
            assert shown(path) == shown_name(given_as, path)
            assert shown(path).startswith("batch/")
