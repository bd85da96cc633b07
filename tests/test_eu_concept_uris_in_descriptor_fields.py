"""A code written as its EU concept URI, as authors who know the ELM write one, is told the code to write.

The descriptor takes codes (EQF 6, ISCED-F 0613, the language en); the ELM names the same concepts by URIs
(``http://data.europa.eu/snb/eqf/6``, ``http://data.europa.eu/snb/isced-f/0613``,
``http://publications.europa.eu/resource/authority/language/ENG``). The schema refuses a URI where a code is due; its
message now says which code to write, where before it said only that the form was wrong for an EQF level or a
language. A URI of no concept the bundled vocabularies hold is told no code.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from qa_checker.text import english
from qa_checker.validation import validate
from tests.conftest import baseline


def _messages(path: tuple[str, ...], value: Any) -> list[str]:
    data = copy.deepcopy(baseline())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return [english(f.message) for f in validate(data)]


@pytest.mark.parametrize(
    ("path", "value", "written"),
    [
        (("level", "eqf"), "http://data.europa.eu/snb/eqf/6", "write 6"),
        (("level", "eqf"), "https://data.europa.eu/snb/eqf/4/", "write 4"),
        (("field_of_education",), "http://data.europa.eu/snb/isced-f/0613", "write 0613"),
        (("languages",), ["http://publications.europa.eu/resource/authority/language/ENG"], "write en"),
        (("languages",), ["http://publications.europa.eu/resource/authority/language/DEU"], "write de"),
    ],
)
def test_a_concept_uri_is_told_its_code(path: tuple[str, ...], value: Any, written: str) -> None:
    (message,) = _messages(path, value)
    assert message.endswith(written)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("level", "eqf"), "http://data.europa.eu/snb/eqf/9"),
        (("languages",), ["http://publications.europa.eu/resource/authority/language/XXX"]),
        (("field_of_education",), "http://data.europa.eu/snb/isced-f/0617"),
    ],
)
def test_a_uri_of_no_known_concept_is_told_no_code(path: tuple[str, ...], value: Any) -> None:
    assert not any("write" in message for message in _messages(path, value))
