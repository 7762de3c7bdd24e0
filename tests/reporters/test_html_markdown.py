"""Markdown in the HTML report: rendered by markdown-it-py, highlights kept in place."""

from __future__ import annotations

import re

from checker.reporters.html.markdown import render_markdown
from tests.reporters.test_html import finding, parse


def _render(text: str, spans: list[tuple[int, int]]):
    found = {i: finding(s, e) for i, (s, e) in enumerate(spans)}
    rendered = render_markdown(text, [(i, f.start, f.end) for i, f in found.items()], found)
    return rendered, parse(rendered)  # parse() checks that every element nests properly


def test_markdown_is_rendered_with_each_highlight_on_its_own_text() -> None:
    text = "# Title : here\n\nHe said « yes » to *the plan* ?\n\n- one : two\n- three\n"
    at = [text.index(" :"), text.index("«"), text.index("the plan"), text.index(" ?")]
    at.append(text.index(" :", text.index("- one")))
    spans = [(a, a + n) for a, n in zip(at, (2, 1, 8, 2, 2), strict=True)]
    rendered, page = _render(text, spans)
    assert re.search(r"<h1>.*</h1>", rendered) and re.search(r"<em>.*the plan.*</em>", rendered)
    assert rendered.count("<li>") == 2
    for index, (start, end) in enumerate(spans):
        assert page.marked(index) == text[start:end], (index, text[start:end])
    assert page.ids() == [f"f-{i}" for i in range(len(spans))]
    assert "\ue000" not in rendered and "\ue002" not in rendered


def test_a_highlight_across_an_element_boundary_is_split_and_stays_nested() -> None:
    text = "They said it *was not true* at all.\n"
    start, end = text.index("it"), text.index(" all")
    rendered, page = _render(text, [(start, end)])
    assert "<em>" in rendered
    assert page.marked(0) == "it was not true at"
    pieces = [attrs for attrs, _ in page.marks]
    assert len(pieces) == 3  # before, inside and after the <em>
    assert [p.get("data-cont") for p in pieces] == [None, "1", "1"]
    assert page.ids() == ["f-0"]


def test_block_markup_is_parsed_as_written_when_a_finding_starts_the_line() -> None:
    text = "# Le titre\n\n> cité ici\n\n1. premier\n"
    spans = [(0, 10), (12, 22), (24, 34)]
    rendered, page = _render(text, spans)
    assert "<h1>" in rendered and "<blockquote>" in rendered and "<ol>" in rendered
    assert [page.marked(i) for i in range(3)] == ["Le titre", "cité ici", "premier"]


def test_raw_html_is_text_links_are_not_followed_and_images_not_loaded() -> None:
    text = 'A <script>x()</script> [link](https://example.com) ![pic](http://e.com/p.png "t")\n'
    rendered, _ = _render(text, [(0, 1)])
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert "href" not in rendered and "src" not in rendered and "http" not in rendered
    assert '<span class="md-link">link</span>' in rendered
    assert '<span class="md-image">[pic]</span>' in rendered


def test_front_matter_is_shown_as_written_with_its_findings() -> None:
    text = "---\ntitle: « x »\n---\nBody : text.\n"
    rendered, page = _render(text, [(11, 12), (text.index(" :"), text.index(" :") + 2)])
    assert rendered.startswith('<pre class="front-matter">')
    assert [page.marked(0), page.marked(1)] == ["«", " :"]
    assert "<hr" not in rendered


def test_a_text_holding_private_use_characters_is_shown_plain() -> None:
    text = "Odd \ue000\ue011 text : here\n"
    rendered, page = _render(text, [(text.index(" :"), text.index(" :") + 2)])
    assert rendered.startswith('<pre class="text">')
    assert page.marked(0) == " :" and "\ue000" in "".join(page.text)
