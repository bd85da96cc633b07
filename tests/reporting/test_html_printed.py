"""A page prints each value through one call that gives what jinja2's ``escape(finalize(value))`` gave, and renders
its filter controls once per report, not once a page."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup, escape

from qa_checker.api import audit_paths
from qa_checker.reporting import html
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, SAMPLES

# Characters a page escapes, replaces or cuts around, and ordinary ones.
TRICKY = "&<>'\"\x00\x07\t\n\u200b\u202e\ud800\ufeffaé漢 "


def _full(value: Any) -> str:
    """What jinja2 printed before: the value made printable, then escaped."""
    return str(escape(html.printable(value)))


@given(st.text(alphabet=TRICKY, max_size=30))
@settings(max_examples=300, deadline=None)
def test_printed_text_and_markup_are_what_escaping_the_printable_value_gives(text: str) -> None:
    for value in (text, Markup(text)):
        assert html.printed(value) == _full(value)


@pytest.mark.parametrize(
    "value", ["x" * (html.MAX_PRINTED_CHARS + 1), "a & b" * 1000, Markup("<i>\u200b</i>"), 3, 2.5, None, True]
)
def test_long_texts_numbers_and_none_are_printed_as_before(value: Any) -> None:
    assert html.printed(value) == _full(value)


def test_a_template_prints_values_through_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    template = html.environment().from_string("{{ a }}|{{ b }}|{{ c }}")
    assert template.render(a="<&>", b=Markup("<b>x</b>"), c="t\u200b") == "&lt;&amp;&gt;|<b>x</b>|t\ufffd"
    seen: list[Any] = []
    monkeypatch.setattr(html._Environment, "printed", staticmethod(lambda value: seen.append(value) or ""))
    assert template.render(a=1, b=2, c=3) == "||"
    assert seen == [1, 2, 3]


def test_the_text_and_values_between_two_tags_are_yielded_as_one_piece() -> None:
    template = html.environment().from_string("<p>{{ a }} and {{ b }}</p>{% if a %}<i>{{ a }}</i>{% endif %}.")
    assert list(template.generate(a="<x>", b=Markup("<b>y</b>"))) == [
        "<p>&lt;x&gt; and <b>y</b></p>",
        "<i>&lt;x&gt;</i>",
        ".",
    ]
    assert template.render(a="", b="z") == "<p> and z</p>."


def test_the_filter_controls_are_rendered_once_for_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    report = audit_paths([SAMPLES], rubric=load_rubric(), now=NOW)
    loaded: list[str] = []
    get_template = jinja2.Environment.get_template

    def counted(env: jinja2.Environment, name: Any, *args: Any, **kwargs: Any) -> jinja2.Template:
        loaded.append(str(name))
        return get_template(env, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "get_template", counted)
    documents = html.pages(report, per_page=2)
    pages = [text for path, text in documents.items() if path != f"{html.PAGES_FOLDER}/{html.INPUTS_PAGE}"]
    assert len(pages) > 3
    assert loaded.count("_filters.html.j2") == 1
    form = pages[0][pages[0].index('<template id="filters-tpl">') : pages[0].index("</template>")]
    assert '<select name="rule">' in form
    assert all(form in page for page in pages)
