"""Hostile round 31: a title of no language named, met before the title in a named language, beside a column giving
``extensions.unnamed_language`` itself.

With 'Title' before 'Title (en)' the warning said the title "was kept as extensions.unnamed_language.title", but the
column's value stood there and the title was lost; with 'Title (en)' first the clash was told. Both orders now give
the clash at the plain title's cell.
"""

from __future__ import annotations

import itertools

import pytest

from qa_checker.loaders import tabular

_COLUMNS = {"Code": "C1", "Title": "Analyse", "Title (en)": "Data analysis"}


@pytest.mark.parametrize("kept", ["extensions.unnamed_language", "extensions.unnamed_language.title"])
@pytest.mark.parametrize("order", list(itertools.permutations([*_COLUMNS, "kept"])))
def test_the_clash_is_told_whatever_the_column_order(order: tuple[str, ...], kept: str) -> None:
    columns = {**_COLUMNS, kept: "x"}
    headers = [kept if h == "kept" else h for h in order]
    text = ",".join(headers) + "\n" + ",".join(columns[h] for h in headers) + "\n"
    (document,) = tabular.load_csv(text.encode("utf-8"), "catalogue.csv")
    messages = [str(f.message) for f in document.findings]
    assert not [m for m in messages if "it was kept as" in m], messages
    cell = f"{'ABCD'[order.index('Title')]}2"
    (clash,) = [m for m in messages if "already gives" in m]
    assert clash.startswith(f"{cell} (column {cell[0]} 'Title') gives extensions.unnamed_language.title"), clash
    assert document.data["title"] == {"en": "Data analysis"}


@pytest.mark.parametrize("order", list(itertools.permutations(_COLUMNS)))
def test_without_the_column_the_title_is_kept_where_the_note_says(order: tuple[str, ...]) -> None:
    text = ",".join(order) + "\n" + ",".join(_COLUMNS[h] for h in order) + "\n"
    (document,) = tabular.load_csv(text.encode("utf-8"), "catalogue.csv")
    (note,) = [str(f.message) for f in document.findings if "it was kept as" in str(f.message)]
    assert note.startswith(f"{'ABC'[order.index('Title')]}2 (column "), note
    assert document.data["extensions"] == {"unnamed_language": {"title": "Analyse"}}
