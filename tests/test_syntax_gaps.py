"""Syntax slips in YAML's lists in brackets and mappings in braces, and JSON text after the end of the file's
value, explained in plain words at the place of the slip, with the parser's words after; what the text does
not show for sure keeps the parser's message alone."""

from __future__ import annotations

import json

import pytest

from qa_checker.document import Document
from qa_checker.findings import Finding
from qa_checker.loaders import json_, yaml_

YAML_HINT = "Fix the YAML syntax (indentation, colons, quotes)."
JSON_HINT = "Fix the JSON syntax (a validator or editor will show the spot)."


def _refusal(documents: list[Document]) -> Finding:
    [document] = documents
    assert document.data is None
    [finding] = document.findings
    assert finding.rule == "MC-LD-002"
    return finding


def _explained(finding: Finding) -> tuple[int | None, int | None, str]:
    """The place and the plain words of an explained slip (the parser's message follows them)."""
    assert finding.origin is not None and finding.origin.line == finding.line
    head = f"at line {finding.line}, column {finding.column}: "
    assert head in finding.message and "(parser message: " in finding.message
    return finding.line, finding.column, finding.message.split(head, 1)[1].split(" (parser message: ")[0]


def _yaml(text: str) -> Finding:
    return _refusal(yaml_.load(text.encode(), "d.yaml"))


def _json(text: str) -> Finding:
    return _refusal(json_.load(text.encode(), "d.json"))


# --- YAML flow collections --------------------------------------------------------------------------

FLOW = {
    "list never closed": (
        "id: x\nlanguages: [en, de\n",
        (2, 12),
        "the '[' on line 2 is never closed with ']'",
        "Close it with ']' after its last item.",
    ),
    "mapping never closed": (
        "awarding_bodies:\n  - {name: Uni Köln, country: DE\n",
        (2, 5),
        "the '{' on line 2 is never closed with '}'",
        "Close it with '}' after its last item.",
    ),
    "list open at the next key": (
        "id: x\nlanguages: [en, de\ntitle: Data\n",
        (2, 19),
        "the '[' on line 2 is not closed with ']' before line 3, which YAML reads as more of it",
        "Put ']' at the end of line 2, after the last item.",
    ),
    "list over lines open at the next key": (
        "id: x\nlanguages: [\n  en,\n  de  # German\n\ntitle: Data\n",
        (4, 5),
        "the '[' on line 2 is not closed with ']' before line 6, which YAML reads as more of it",
        "Put ']' at the end of line 4, after the last item.",
    ),
    "list open after a trailing comma, the next key holding a mapping": (
        "id: x\ntitle: Data\nlanguages: [en, de,\nworkload:\n  ects: 5\n",
        (3, 20),
        "the '[' on line 3 is not closed with ']' before line 4, which YAML reads as more of it",
        "Put ']' at the end of line 3, after the last item.",
    ),
    "list over lines open before a key further down": (
        "id: x\nlanguages: [en, de,\n  fr, it\ntitle: Data\n",
        (3, 9),
        "the '[' on line 2 is not closed with ']' before line 4, which YAML reads as more of it",
        "Put ']' at the end of line 3, after the last item.",
    ),
    "mapping open at the next list item": (
        "awarding_bodies:\n  - {name: Uni Köln, country: DE\n  - {name: TU Wien, country: AT}\n",
        (2, 33),
        "the '{' on line 2 is not closed with '}' before line 3, which YAML reads as more of it",
        "Put '}' at the end of line 2, after the last item.",
    ),
    "list closed with a brace": (
        "languages: [en, de}\n",
        (1, 19),
        "'}' on line 1 comes before the ']' that closes the '[' on line 1",
        "Close the '[' with ']': replace the '}' with ']', or put ']' before it if the '}' closes an outer '{'.",
    ),
    "inner list not closed": (
        "level: {eqf: 6, nqf: [DE, 6}\n",
        (1, 28),
        "'}' on line 1 comes before the ']' that closes the '[' on line 1",
        "Close the '[' with ']': replace the '}' with ']', or put ']' before it if the '}' closes an outer '{'.",
    ),
    "a bracket too many": (
        "id: x\nlanguages: [en, de]]\ntitle: Data\n",
        (2, 20),
        "the ']' on line 2 closes nothing: no '[' is open before it",
        "Remove the ']'.",
    ),
    "a brace too many": (
        "workload: {ects: 5, hours: 150}}\n",
        (1, 32),
        "the '}' on line 1 closes nothing: no '{' is open before it",
        "Remove the '}'.",
    ),
    "a closing bracket as the value": (
        "a: ]\n",
        (1, 4),
        "the ']' on line 1 closes nothing: no '[' is open before it",
        "Remove the ']'.",
    ),
    "two commas": (
        "workload: {ects: 5,, hours: 150}\n",
        (1, 20),
        "there is nothing between this ',' and the ',' before it",
        "Remove one of the commas, or write the missing item between them.",
    ),
    "a comma first": (
        "languages: [, en]\n",
        (1, 13),
        "the ',' right after '[' has no item before it",
        "Remove the ','.",
    ),
    "dashes inside brackets": (
        "languages: [- en, - de]\n",
        (1, 13),
        "an item inside '[' starts with '- ', which YAML does not allow inside brackets",
        "Write the items without '- ' ([a, b]), or each on a line of its own that starts with '- '.",
    ),
    "a colon after a value in braces": (
        "awarding_bodies: [{name: Uni: Köln, country: DE}]\n",
        (1, 29),
        "a ':' follows a value inside the '{' on line 1, where YAML expects ',' or '}'",
        "Separate the pairs with ',' (key: value, key: value), and put a value that holds ': ' in quotes.",
    ),
    "a comma missing between lines": (
        "workload: {ects: 5\n  hours: 150}\n",
        (1, 19),
        "a comma is missing at the end of line 1, before the next item on line 2",
        "Put a comma at the end of line 1.",
    ),
    "JSON written as YAML without a comma": (
        '{\n  "title": "Data",\n  "id": "x"\n  "kind": "offer"\n}\n',
        (3, 12),
        "a comma is missing at the end of line 3, before the next item on line 4",
        "Put a comma at the end of line 3.",
    ),
    "a comment hiding the bracket": (
        "languages: [en #German, de]\ntitle: x\n",
        (1, 16),
        "the '#' on line 1 starts a comment, which hides the rest of the line with its ']'",
        "Put the text that holds '#' in quotes, or move the comment after the ']'.",
    ),
    "an apostrophe in a quoted item": (
        "outcomes: ['Analyse the company's data', 'Design code']\n",
        (1, 32),
        "a text in single quotes on line 1 holds an apostrophe (company's), which ends the text early",
        "Double the apostrophe inside the text ('') or put the text in double quotes: \"Analyse the company's data\"",
    ),
    "a quote never closed in brackets": (
        'languages: ["en, de]\ntitle: x\n',
        (1, 13),
        'the text that starts with the quote " on line 1 is never closed',
        'End the text with the same quote ".',
    ),
    "a title starting with a bracket": (
        "title: [Draft] Data Literacy\n",
        (1, 16),
        "the value of 'title' starts with '[', which YAML reads as a collection in brackets up to its ']'; "
        "no text may follow it",
        "If it is a text, put it all in quotes: title: \"[Draft] Data Literacy\"; if not, end it at ']'.",
    ),
    "a list item starting with a brace": (
        "learning_outcomes:\n  - {Optional} Analyse data\n",
        (2, 16),
        "the list item on line 2 starts with '{', which YAML reads as a collection in brackets up to its '}'; "
        "no text may follow it",
        "If it is a text, put it all in quotes: - \"{Optional} Analyse data\"; if not, end it at '}'.",
    ),
}


@pytest.mark.parametrize(("text", "place", "problem", "hint"), FLOW.values(), ids=FLOW.keys())
def test_a_slip_in_brackets_or_braces_is_explained_where_it_is(
    text: str, place: tuple[int, int], problem: str, hint: str
) -> None:
    finding = _yaml(text)
    assert _explained(finding) == (*place, problem)
    assert finding.hint == hint


def test_a_quoted_hash_is_no_comment_and_the_bracket_is_placed_after_the_line() -> None:
    finding = _yaml('outcomes: [Apply R, "Use #tags", x\ntitle: y\n')
    assert _explained(finding)[:2] == (1, 35)
    assert finding.hint == "Put ']' at the end of line 1, after the last item."


def test_a_bracket_open_at_a_document_marker_is_placed_in_the_whole_stream() -> None:
    documents = yaml_.load(b"---\nid: a\n---\nid: [b\n---\nid: c\n", "s.yaml")
    assert [d.data for d in documents] == [{"id": "a"}, None, {"id": "c"}]
    [finding] = documents[1].findings
    assert _explained(finding)[:2] == (4, 7)
    assert finding.hint == "Put ']' at the end of line 4, after the last item."
    # The marker ends the document: YAML does not read it as more of the list.
    assert "the '[' on line 4 is never closed with ']'" in finding.message and "more of it" not in finding.message


def test_a_large_file_read_by_libyaml_is_explained_the_same_way() -> None:
    text = "".join(f"key{i}: value {i}\n" for i in range(20_000)) + "languages: [en, de\ntitle: Data\n"
    assert len(text) > yaml_._REREAD_MAX_CHARS
    finding = _yaml(text)
    assert _explained(finding)[:2] == (20_001, 19)
    assert "did not find expected ',' or ']'" in finding.message  # libyaml's words


@pytest.mark.parametrize(
    "text",
    [
        'a: ["x" "y"]\n',  # two quoted items on one line: a comma missing, or one text quoted twice
        "tags: [*star, b]\n",  # an alias inside brackets
        "{'x y\n': 1\n",  # a quoted key over two lines is no item of its own
    ],
)
def test_what_the_text_does_not_show_for_sure_is_not_guessed(text: str) -> None:
    finding = _yaml(text)
    assert "a comma is missing" not in finding.message
    if "parser message" not in finding.message:
        assert finding.hint == YAML_HINT


# --- JSON: more after the file's value --------------------------------------------------------------

EXTRA = {
    "two objects": (
        '{\n  "id": "a"\n}\n{\n  "id": "b"\n}\n',
        (4, 1),
        "the file's JSON value ends at line 3, column 1, and another one starts here; a JSON file holds one JSON value",
        "Give each descriptor a file of its own, or write them as one list: [ before the first, a comma between "
        "them, and ] after the last.",
    ),
    "JSON Lines": (
        '{"id": "a"}\n{"id": "b"}\n',
        (2, 1),
        "the file holds one JSON object per line (JSON Lines), but a JSON file holds one JSON value",
        "qa-checker does not read JSON Lines: write the objects as a list, with [ before the first, a comma after "
        "each but the last, and ] after the last; or give each object a file of its own.",
    ),
    "a brace too many": (
        '{\n  "workload": {"ects": 5}\n}\n}\n',
        (4, 1),
        "the file's JSON value ends at line 3, column 1, and an extra '}' follows it",
        "Remove the extra '}', or check that each '{' before it has its '}'.",
    ),
    "a bracket too many": (
        '[{"id": "a"}]]',
        (1, 14),
        "the file's JSON value ends at line 1, column 13, and an extra ']' follows it",
        "Remove the extra ']', or check that each '[' before it has its ']'.",
    ),
    "a comma after the end": (
        '{\n  "id": "a"\n},\n',
        (3, 2),
        "the file's JSON value ends at line 3, column 1, and a comma follows it",
        "Remove the comma at line 3, column 2.",
    ),
    "objects separated by commas": (
        '{"id": "a"},\n{"id": "b"}\n',
        (1, 12),
        "the file holds several objects separated by commas, without the brackets of a list",
        "Write them as a list: put [ at the start of the file and ] at its end.",
    ),
    "text after the end": (
        '{"id": "a"}\nthanks, Maria\n',
        (2, 1),
        "the file's JSON value ends at line 1, column 11, and more text follows: thanks, Maria",
        "Remove what follows line 1, column 11.",
    ),
    "a comment after the end": (
        '{"a": 1}\n// done\n',
        (2, 1),
        "JSON has no comments: this line holds a comment starting with //",
        "Remove the comment, from // to the end of the line.",
    ),
}


@pytest.mark.parametrize(("text", "place", "problem", "hint"), EXTRA.values(), ids=EXTRA.keys())
def test_more_after_the_files_json_value_is_explained(
    text: str, place: tuple[int, int], problem: str, hint: str
) -> None:
    finding = _json(text)
    assert _explained(finding) == (*place, problem)
    assert "(parser message: Extra data)" in finding.message
    assert finding.hint == hint


def test_extra_data_after_a_long_run_of_white_space_keeps_the_parsers_message() -> None:
    finding = _json('{"a": 1}' + " " * 5_000 + "x")
    assert finding.message == "invalid JSON at line 1, column 5009: Extra data" and finding.hint == JSON_HINT


def test_json_lines_of_long_descriptors_are_explained_too() -> None:
    """A line of over 2,000 characters before the second object kept only the parser's "Extra data"."""
    line = json.dumps({"id": "a", "title": "x" * 2_500})
    (document,) = json_.load(f"{line}\n{line}\n".encode(), "lines.json")
    assert "one JSON object per line (JSON Lines)" in document.findings[0].message
