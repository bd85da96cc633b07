"""Syntax errors explained in plain words: the common slips of a hand-written YAML or JSON descriptor (a ``: ``
or an apostrophe inside a value, a tab, a line out of step, a missing ``:`` or ``,``, a trailing comma,
typographic quotes, comments) are named at the line and column where the text shows them, with a fix;
anything else keeps the parser's message. The parser's own words stay in the message."""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from qa_checker.findings import Finding
from qa_checker.loaders import json_, yaml_

YAML_HINT = "Fix the YAML syntax (indentation, colons, quotes)."
JSON_HINT = "Fix the JSON syntax (a validator or editor will show the spot)."


def _yaml(text: str) -> Finding:
    [document] = yaml_.load(text.encode(), "d.yaml")
    assert document.data is None
    [finding] = document.findings
    assert finding.rule == "MC-LD-002"
    return finding


def _json(text: str) -> Finding:
    [document] = json_.load(text.encode(), "d.json")
    assert document.data is None
    [finding] = document.findings
    assert finding.rule == "MC-LD-002"
    return finding


def _at(finding: Finding) -> tuple[int | None, int | None]:
    assert finding.origin is not None and finding.origin.line == finding.line
    assert finding.message.startswith(f"invalid {'JSON' if 'JSON' in finding.message[:12] else 'YAML'} at line ")
    assert f"at line {finding.line}, column {finding.column}: " in finding.message
    return finding.line, finding.column


# --- YAML ------------------------------------------------------------------------------------------


def test_a_colon_and_space_inside_a_value() -> None:
    finding = _yaml("kind: offer\ntitle: Supply Chains: Sustainability in Practice\n")
    assert _at(finding) == (2, 21)
    assert "the text of 'title' contains ': ', which YAML reads as the start of another key" in finding.message
    assert "(parser message: mapping values are not allowed here)" in finding.message
    assert finding.hint == 'Put the whole value in quotes: title: "Supply Chains: Sustainability in Practice"'


def test_a_wrapped_text_line_lined_up_with_its_key_is_told_to_be_indented() -> None:
    # Its first word is no missing key ("to" is Tongan: adding ':' would file the rest as a translation).
    finding = _yaml("summary:\n  en: Apply data-protection law and fairness methods\n  to real data projects.\n")
    assert _at(finding) == (3, 3)
    assert "line 3 goes on with the text of 'en' on line 2" in finding.message
    assert finding.hint == "Indent line 3 further than 'en', or put the whole text in quotes on one line."


def test_a_colon_inside_a_value_holding_double_quotes_is_quoted_with_single_ones() -> None:
    finding = _yaml('title: The "Green" Chain: it\'s here\n')
    assert finding.hint == "Put the whole value in quotes: title: 'The \"Green\" Chain: it''s here'"


def test_a_colon_inside_a_list_item_keeps_the_dash_in_the_example() -> None:
    finding = _yaml("learning_outcomes:\n  - topic: Risk: analyse it\n")
    assert _at(finding) == (2, 16)
    assert finding.hint == 'Put the whole value in quotes: - topic: "Risk: analyse it"'


def test_a_tab_in_the_indentation() -> None:
    finding = _yaml("kind: offer\nworkload:\n\tects: 5\n")
    assert _at(finding) == (3, 1)
    assert "line 3 is indented with a tab, which YAML does not allow" in finding.message
    assert "found character '\\t' that cannot start any token" in finding.message
    assert finding.hint == "Indent line 3 with spaces instead of the tab."


def test_a_key_of_a_list_item_not_lined_up() -> None:
    finding = _yaml("awarding_bodies:\n  - name: Universität zu Köln\n  country: DE\n")
    assert _at(finding) == (3, 3)
    assert "'country' on line 3 does not line up with 'name' on line 2" in finding.message
    assert finding.hint == "Indent 'country' so that it starts right under 'name' on line 2."


def test_a_list_item_out_of_step_with_the_items_before() -> None:
    finding = _yaml("learning_outcomes:\n  - Analyse data\n\n  - Compare designs\n- Design a code\n")
    assert _at(finding) == (5, 1)
    assert "the list item on line 5 does not line up with the list item on line 4" in finding.message
    assert finding.hint == "Start the '-' of line 5 right under the '-' of line 4."


def test_a_value_starting_with_an_asterisk() -> None:
    finding = _yaml("kind: offer\ntarget_group: *Professionals* working in procurement\n")
    assert _at(finding) == (2, 15)
    assert "the value of 'target_group' starts with '*', which YAML reads as an alias" in finding.message
    assert "while scanning an alias" in finding.message
    assert finding.hint == 'Put the text in quotes: target_group: "*Professionals* working in procurement"'


def test_a_value_that_is_a_whole_alias_of_nothing() -> None:
    finding = _yaml("kind: offer\nnotes: *none\n")
    assert _at(finding) == (2, 8)
    assert "starts with '*'" in finding.message and "found undefined alias 'none'" in finding.message
    assert finding.hint == 'Put the text in quotes: notes: "*none"'


def test_a_value_starting_with_an_ampersand() -> None:
    finding = _yaml("kind: offer\nnotes: & more\n")
    assert "the value of 'notes' starts with '&', which YAML reads as an anchor" in finding.message
    assert finding.hint == 'Put the text in quotes: notes: "& more"'


def test_an_apostrophe_inside_single_quotes() -> None:
    finding = _yaml("id: x\nsummary: 'Plan and evaluate the company's supply chains.'\n")
    assert _at(finding) == (2, 40)
    assert "the text of 'summary' is in single quotes and holds an apostrophe (company's)" in finding.message
    assert finding.hint == (
        "Double the apostrophe inside the text ('') or put the text in double quotes: "
        'summary: "Plan and evaluate the company\'s supply chains."'
    )


def test_a_missing_colon_is_placed_on_its_own_line_not_the_next() -> None:
    text = "id: x\nprerequisites Basic knowledge of business administration.\nstackability:\n  standalone: true\n"
    finding = _yaml(text)
    assert _at(finding) == (2, 14)
    assert "line 2 has no ':' after 'prerequisites'" in finding.message
    assert "could not find expected ':'" in finding.message
    assert (
        finding.hint
        == "Write ':' and a space after the key: prerequisites: Basic knowledge of business administration."
    )


def test_a_list_item_without_a_space_after_the_dash() -> None:
    text = "learning_outcomes:\n  - Analyse data\n  -Compare sourcing strategies\n  - Design a code\n"
    finding = _yaml(text)
    assert _at(finding) == (3, 3)
    assert "line 3 starts with '-' without a space after it" in finding.message
    assert finding.hint == "A list item needs a space after '-': - Compare sourcing strategies"


def test_a_key_indented_further_than_the_one_before() -> None:
    finding = _yaml("workload:\n  ects: 5\n   hours: 150\n")
    assert _at(finding) == (3, 4)
    assert "line 3 is indented further than 'ects' on line 2, so YAML reads 'hours' as more" in finding.message
    assert finding.hint.startswith("Indent 'hours' exactly as far as 'ects' on line 2")


def test_a_quote_never_closed() -> None:
    finding = _yaml("id: x\ntitle: 'Supply chains\nsummary: x\n")
    assert _at(finding) == (2, 8)
    assert "the text of 'title' starts with the quote ' on line 2, which is never closed" in finding.message
    assert finding.hint == "End the text with the same quote '."


def test_windows_line_breaks_count_as_one() -> None:
    finding = _yaml("kind: offer\r\n\r\ntitle: Supply Chains: Practice\r\n")
    assert _at(finding) == (3, 21)
    assert finding.hint == 'Put the whole value in quotes: title: "Supply Chains: Practice"'


def test_a_long_value_is_cut_inside_its_quotes() -> None:
    finding = _yaml("title: Supply: " + "word " * 40 + "\n")
    assert finding.hint.startswith('Put the whole value in quotes: title: "Supply: word')
    assert finding.hint.endswith(' …"') and len(finding.hint) < 120


def test_a_slip_in_a_stream_is_placed_in_the_whole_file_and_says_nothing_after_it_was_read() -> None:
    text = "---\nid: a\n---\nid: b\ntitle: A: B\n"
    documents = yaml_.load(text.encode(), "s.yaml")
    assert documents[0].data == {"id": "a"}
    [finding] = documents[1].findings
    assert _at(finding) == (5, 9)
    assert "the text of 'title' contains ': '" in finding.message
    assert finding.hint == 'Put the whole value in quotes: title: "A: B" Nothing after it in the file was read.'


def test_a_slip_in_a_document_read_on_after_another_is_placed_in_the_whole_file() -> None:
    text = "---\nid: [a\n---\nid: b\ntitle: A: B\n---\nid: c\n"
    documents = yaml_.load(text.encode(), "s.yaml")
    assert [d.data for d in documents] == [None, None, {"id": "c"}]
    [finding] = documents[1].findings
    assert _at(finding) == (5, 9)
    assert finding.hint == 'Put the whole value in quotes: title: "A: B"'


@pytest.mark.parametrize(
    "text",
    [
        'a: ["x" "y"]\n',  # two quoted items in brackets: a comma missing, or one text quoted twice
        "a: b\n- x\n",  # a list item under a mapping at the same indentation
        "title: 'a' b\n",  # text after a closing quote that is not an apostrophe in a word
        "a:\n  - b\n c: d\n",  # a key out of step, but not under a list item
        "items:\n  - a\n  b\n  - c\n",  # under list items, a line without ':' may be an item without '-'
    ],
)
def test_anything_else_keeps_the_parsers_message(text: str) -> None:
    finding = _yaml(text)
    assert "parser message" not in finding.message
    assert finding.hint == YAML_HINT


def test_a_large_file_read_by_libyaml_is_explained_too() -> None:
    text = "".join(f"key{i}: value {i}\n" for i in range(20_000)) + "title: Supply Chains: Practice\n"
    assert len(text) > yaml_._REREAD_MAX_CHARS
    finding = _yaml(text)
    assert _at(finding) == (20_001, 21)
    assert "the text of 'title' contains ': '" in finding.message
    assert "mapping values are not allowed in this context" in finding.message  # libyaml's words


def test_an_error_far_into_a_long_line_is_not_looked_at() -> None:
    text = "title: " + "x" * 3_000_000 + ": y\n"
    finding = _yaml(text)
    assert finding.hint == YAML_HINT and "parser message" not in finding.message


def test_many_broken_documents_each_look_only_around_their_error() -> None:
    broken = "id: x\ntitle: A: B\n"
    text = "".join(f"---\n{broken}" for _ in range(300)) + "---\nid: z\n" + "# padding\n" * 200_000
    documents = yaml_.load(text.encode(), "s.yaml")
    assert all("the text of 'title' contains ': '" in d.findings[0].message for d in documents[:300])
    assert documents[-1].data == {"id": "z"}


# --- JSON ------------------------------------------------------------------------------------------


def test_a_trailing_comma_is_placed_at_the_comma() -> None:
    finding = _json('{\n  "workload": {\n    "ects": 3,\n    "hours": 84,\n  },\n  "level": 6\n}\n')
    assert _at(finding) == (4, 16)
    assert "there is a comma after the last item, before '}'" in finding.message
    assert "(parser message: Expecting property name enclosed in double quotes)" in finding.message
    assert finding.hint == "Remove the comma after the last item (line 4)."


def test_a_trailing_comma_in_a_list() -> None:
    finding = _json('{"languages": ["en", "de",]}')
    assert _at(finding) == (1, 26)
    assert "before ']'" in finding.message
    assert finding.hint == "Remove the comma after the last item (line 1)."


def test_typographic_quotes() -> None:
    finding = _json('{\n  "title": “Data Literacy”\n}\n')
    assert _at(finding) == (2, 12)
    assert "the quote “ is a typographic quote, which JSON does not read as a quote" in finding.message
    assert finding.hint == 'Use straight double quotes " instead of typographic ones (“ ” ‘ ’).'


@pytest.mark.parametrize(
    ("text", "problem", "hint"),
    [
        ('{\n  // our course\n  "a": 1\n}', "starting with //", "Remove the comment, from // to the end of the line."),
        ('{\n  # our course\n  "a": 1\n}', "starting with #", "Remove the comment, from # to the end of the line."),
        ('{\n  /* our\n course */\n  "a": 1\n}', "a comment starts here with /*", "Remove the comment, from /* to */."),
    ],
)
def test_comments(text: str, problem: str, hint: str) -> None:
    finding = _json(text)
    assert _at(finding) == (2, 3)
    assert "JSON has no comments" in finding.message and problem in finding.message
    assert finding.hint == hint


def test_a_comment_after_the_object_is_explained() -> None:
    finding = _json('{"a": 1}\n// done\n')
    assert _at(finding) == (2, 1)
    assert "JSON has no comments: this line holds a comment starting with //" in finding.message
    assert "(parser message: Extra data)" in finding.message
    assert finding.hint == "Remove the comment, from // to the end of the line."


def test_single_quotes() -> None:
    finding = _json("{\n  'ects': 3\n}")
    assert _at(finding) == (2, 3)
    assert "JSON writes keys and texts in double quotes, not single quotes: 'ects'" in finding.message
    assert finding.hint == 'Use double quotes: "ects"'


def test_a_key_without_quotes() -> None:
    finding = _json("{\n  ects: 3\n}")
    assert _at(finding) == (2, 3)
    assert "the key ects is not in double quotes" in finding.message
    assert finding.hint == 'Write the key in double quotes: "ects":'


def test_a_text_without_quotes() -> None:
    finding = _json('{"title": Data Literacy, "a": 1}')
    assert _at(finding) == (1, 11)
    assert "the text Data Literacy is not in double quotes" in finding.message
    assert finding.hint == 'Put the text in double quotes: "Data Literacy"'


def test_python_literals() -> None:
    finding = _json('{"eqar": True}')
    assert "JSON writes true, false and null in small letters, and has no True" in finding.message
    assert finding.hint == "Write true instead of True."


def test_a_missing_comma_is_placed_at_the_end_of_the_line_before() -> None:
    finding = _json('{\n  "kind": "offer"\n  "id": "x"\n}')
    assert _at(finding) == (2, 18)
    assert "a comma is missing at the end of line 2, before the next item on line 3" in finding.message
    assert "Expecting ',' delimiter" in finding.message
    assert finding.hint == "Put a comma at the end of line 2."


def test_a_missing_comma_on_one_line_keeps_the_parsers_message() -> None:
    finding = _json('{"a": "x" "b": 1}')
    assert finding.message == "invalid JSON at line 1, column 11: Expecting ',' delimiter"
    assert finding.hint == JSON_HINT


def test_a_text_running_past_its_line() -> None:
    finding = _json('{\n  "title": "Data\n Literacy"\n}')
    assert _at(finding) == (2, 17)
    assert "a text in double quotes goes on past the end of line 2: its closing quote is missing" in finding.message


def test_a_backslash() -> None:
    finding = _json('{"url": "C:\\Users\\me"}')
    assert "a backslash \\ in a text starts an escape, and \\U is not one" in finding.message
    assert finding.hint == "Write a backslash in a text as two: \\\\."


def test_a_huge_json_line_is_only_looked_at_near_the_error() -> None:
    text = '{"a": [' + "1, " * 1_000_000 + "]}"
    finding = _json(text)
    assert finding.line == 1 and finding.column == len(text) - 3  # the last comma
    assert finding.hint == "Remove the comma after the last item (line 1)."


# --- Any junk --------------------------------------------------------------------------------------

_YAML_PIECES = st.sampled_from(
    [
        "a",
        "key",
        ": ",
        ":",
        "- ",
        "-",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "'",
        '"',
        "*",
        "&",
        "#",
        "[",
        "]",
        "{",
        "}",
        ",",
        "|",
        ">",
        "!",
        "%",
        "@",
        "`",
        "?",
        "é",
        "’",
        "“",
        "x y",
        "---",
        "...",
        "\u2028",
        "\x85",
    ]
)


# The parsers the loader reads with: a text both refuse is a syntax error whichever reports it.
_PARSERS = [yaml.SafeLoader, *([yaml.CSafeLoader] if getattr(yaml, "__with_libyaml__", False) else [])]


def _broken(text: str, loader: type) -> bool:
    try:
        list(yaml.compose_all(text, Loader=loader))
    except yaml.MarkedYAMLError:
        return True
    return False


def _lines_of(text: str) -> int:
    return len(text.splitlines()) + 1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(_YAML_PIECES, max_size=40).map("".join))
def test_junk_yaml_gives_one_syntax_finding(text: str) -> None:
    assume(text.strip(" \t\r\n"))  # white space only is an empty file, never parsed
    assume("---" not in text and "..." not in text)  # a stream may be read on past its error
    assume(all(_broken(text, loader) for loader in _PARSERS))
    documents = yaml_.load(text.encode(), "d.yaml")
    # The error refuses its document with one finding (a document before it, in a stream, is read as
    # usual, or refused on its own: a tag a descriptor may not hold).
    assert all(len(d.findings) == 1 for d in documents if d.data is None)
    [finding] = documents[-1].findings
    assert documents[-1].data is None and finding.rule in ("MC-LD-002", "MC-LD-004")
    line, _ = finding.place()
    assert line is None or 1 <= line <= _lines_of(text)
    if "parser message" in finding.message:
        _at(finding)


_JSON_PIECES = st.sampled_from(
    [
        "{",
        "}",
        "[",
        "]",
        '"',
        '"a"',
        ":",
        ",",
        " ",
        "\n",
        "\t",
        "'",
        "“",
        "”",
        "//",
        "/*",
        "*/",
        "#",
        "1",
        "-",
        "true",
        "True",
        "null",
        "None",
        "NaN",
        "abc",
        "\\",
        "é",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(_JSON_PIECES, max_size=40).map("".join))
def test_junk_json_gives_one_syntax_finding(text: str) -> None:
    assume(text.strip())
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        parser_line = exc.lineno
    else:
        assume(False)
    [document] = json_.load(text.encode(), "d.json")
    [finding] = document.findings
    assert finding.rule == "MC-LD-002"
    line, _ = finding.place()
    assert line is not None and 1 <= line <= parser_line
    if "parser message" in finding.message:
        _at(finding)
