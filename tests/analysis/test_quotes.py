"""The quote-structure analysis: roles, pairs, nesting, paragraphs, and its cost."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.analysis import quotes as quotes_module
from checker.analysis.quotes import QUOTE_CHARS, Role, analyze_text
from checker.document import Document


def roles(text: str) -> list[tuple[str, str]]:
    """(mark, role) for every quote-like character of ``text``, in order."""
    return [(m.char, m.role.value) for m in analyze_text(text).marks]


def pairs(text: str) -> list[str]:
    """Each pair as the quoted text with its marks."""
    return [text[p.opening.start : p.closing.end] for p in analyze_text(text).pairs]


# --- roles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He didn’t know.", [("’", "apostrophe")]),
        ("The soldiers’ responses.", [("’", "apostrophe")]),
        ("The ’90s and ’em.", [("’", "apostrophe"), ("’", "apostrophe")]),
        ("Rock ’n’ roll.", [("’", "apostrophe"), ("’", "apostrophe")]),
        ("Rock 'n' roll and the '80s.", [("'", "apostrophe")] * 3),
        ("’n’ roll at the very start.", [("’", "apostrophe"), ("’", "apostrophe")]),
        ("He said ‘n’ twice.", [("‘", "apostrophe"), ("’", "apostrophe")]),
        ("Fish ’n' chips.", [("’", "apostrophe"), ("'", "apostrophe")]),
        (
            "'It's 6'2 and mine,' she said.",
            [("'", "opening"), ("'", "apostrophe"), ("'", "prime"), ("'", "closing")],
        ),
        (
            "‘The soldiers’ own’, he said.",
            [("‘", "opening"), ("’", "apostrophe"), ("’", "closing")],
        ),
        ("Don‘t use this mark.", [("‘", "apostrophe")]),
        ("The baby 's toy, I 'm sure.", [("'", "apostrophe"), ("'", "apostrophe")]),
        ("He said 'sorry' and 's' is a letter.", [("'", "opening"), ("'", "closing")] * 2),
        ("6'2\" tall", [("'", "prime"), ('"', "prime")]),
        ("a 12\" record and a 40' container", [('"', "prime"), ("'", "prime")]),
        ("45° 30′ 15″", [("′", "prime"), ("″", "prime")]),
        ("a 12” pizza and a 5’11” guard", [("”", "prime"), ("’", "apostrophe"), ("”", "prime")]),
        ("“It was 1999”", [("“", "opening"), ("”", "closing")]),
        ("“Yes,” he said.", [("“", "opening"), ("”", "closing")]),
        ('"Yes," he said.', [('"', "opening"), ('"', "closing")]),
        ("'Yes,' he said.", [("'", "opening"), ("'", "closing")]),
        ("« Oui », dit-il.", [("«", "opening"), ("»", "closing")]),
        ("»Ja«, sagte er.", [("»", "opening"), ("«", "closing")]),
        ("„Ja“, sagte er.", [("„", "opening"), ("“", "closing")]),
        ("„Tak”, powiedział.", [("„", "opening"), ("”", "closing")]),
        ("‚Ja‘, sagte er.", [("‚", "opening"), ("‘", "closing")]),
        ("a ‚ b", [("‚", "other")]),
        ('He read "Catch-22" twice.', [('"', "opening"), ('"', "closing")]),
        (
            'He said "I am 6\'2"."',
            [('"', "opening"), ("'", "prime"), ('"', "prime"), ('"', "closing")],
        ),
    ],
)
def test_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_plural_possessive_inside_single_quotes_is_an_apostrophe() -> None:
    text = "‘The soldiers’ families are angry,’ he said."
    assert roles(text) == [("‘", "opening"), ("’", "apostrophe"), ("’", "closing")]
    assert pairs(text) == ["‘The soldiers’ families are angry,’"]


def test_plural_possessive_at_the_end_of_a_single_quotation_closes_it() -> None:
    text = "‘They were the soldiers’ and he left."
    assert roles(text) == [("‘", "opening"), ("’", "closing")]


# --- pairing ----------------------------------------------------------------------------


def test_nested_quotes_pair_inside_out() -> None:
    text = "“He told me, ‘Never go back,’ and I never did,” she said."
    analysis = analyze_text(text)
    assert pairs(text) == ["‘Never go back,’", text[: text.index("”") + 1]]
    assert [p.depth for p in analysis.pairs] == [1, 0]
    assert not analysis.unmatched and not analysis.unclosed


def test_quoted_spans_are_the_outermost_quotations() -> None:
    text = "“He told me, ‘Go,’ and I went,” she said. “Fine.”"
    assert analyze_text(text).quoted_spans == [(0, 31), (text.index("“Fine"), len(text))]


def test_straight_quotes_nest_by_their_neighbours() -> None:
    text = '"He said "no" to me," she said.'
    assert pairs(text) == ['"no"', '"He said "no" to me,"']


def test_an_inner_mark_left_open_is_unclosed_and_the_outer_pair_survives() -> None:
    text = "“He told me, ‘Never go back, and I never did,” she said."
    analysis = analyze_text(text)
    assert [m.start for m in analysis.unclosed] == [text.index("‘")]
    assert pairs(text) == [text[: text.index("”") + 1]]


def test_a_closing_mark_with_nothing_open_is_unmatched() -> None:
    text = "“I want to live here.” »"
    analysis = analyze_text(text)
    assert [(m.char, m.start) for m in analysis.unmatched] == [("»", len(text) - 1)]
    assert pairs(text) == ["“I want to live here.”"]


def test_pair_families() -> None:
    analysis = analyze_text("“One.” « Two. » “Three. »")
    kinds = [(p.chars, p.is_english, p.is_foreign, p.is_mixed) for p in analysis.pairs]
    assert kinds == [
        (("“", "”"), True, False, False),
        (("«", "»"), False, True, False),
        (("“", "»"), False, False, True),
    ]


def test_misdirected_closing_mark_closes() -> None:
    analysis = analyze_text("a “test of strength“ for all")
    assert [p.chars for p in analysis.pairs] == [("“", "“")]
    assert analysis.pairs[0].is_mixed


# --- paragraphs -------------------------------------------------------------------------


def test_pairing_does_not_cross_paragraphs() -> None:
    text = "“Open here.\n\nClosed there.”"
    analysis = analyze_text(text)
    assert [m.char for m in analysis.unclosed] == ["“"]
    assert [m.char for m in analysis.unmatched] == ["”"]
    assert [m.paragraph for m in analysis.marks] == [0, 1]


def test_a_quotation_reopened_at_the_next_paragraph_is_continued() -> None:
    text = "“One paragraph.\n\n“Another one.\n\n“The last one.”"
    analysis = analyze_text(text)
    assert [m.start for m in analysis.continued] == [0, text.index("“Another")]
    assert not analysis.unclosed and not analysis.unmatched
    assert pairs(text) == ["“The last one.”"]


def test_a_quotation_over_paragraphs_of_a_markdown_blockquote_is_continued() -> None:
    text = "> “First paragraph.\n>\n> “Second paragraph,” she said.\n"
    analysis = analyze_text(text)
    assert [m.start for m in analysis.continued] == [2]
    assert not analysis.unclosed and not analysis.unmatched


def test_continuation_needs_the_same_level() -> None:
    analysis = analyze_text("“One paragraph.\n\n‘Another one.’")
    assert [m.char for m in analysis.unclosed] == ["“"]
    assert not analysis.continued


@pytest.mark.parametrize(
    "text",
    [
        '"It fell apart. "It gave me a start," he said.',
        "“It fell apart. “It gave me a start,” he said.",
        "“It fell apart? “It gave me a start,” he said.",
        '"It fell apart (again.) "It gave me a start," he said.',
        "“It fell apart…  “It gave me a start,” he said.",
    ],
)
def test_a_quotation_reopened_after_a_sentence_end_is_continued(text: str) -> None:
    analysis = analyze_text(text)
    opener, reopening = analysis.marks[0], analysis.marks[1]
    assert analysis.continued == [opener]
    assert analysis.reopened == [(opener, reopening)]
    assert not analysis.unclosed and not analysis.unmatched
    assert [p.opening for p in analysis.pairs] == [reopening]


@pytest.mark.parametrize(
    "text",
    [
        '"It fell apart and "It" was the film.',  # no sentence end before the mark
        "“It fell apart.“It gave me a start,” he said.",  # no space after the sentence end
        "“He said ‘it fell apart. “It gave me a start,” he said.",  # a single mark is open
        "‘It fell apart. “It gave me a start,” he said.",  # another level is open
    ],
)
def test_a_reopening_needs_a_sentence_end_and_the_same_quotation_on_top(text: str) -> None:
    analysis = analyze_text(text)
    assert not analysis.reopened
    assert not analysis.continued


@pytest.mark.parametrize(
    "text",
    [
        "“He said. “No” is the answer.”",  # the same mark nested: a leftover closer for it
        "« Il a dit. “Non” est la réponse. »",  # French nests English marks in guillemets
    ],
)
def test_a_mark_after_a_sentence_end_that_nests_is_not_a_reopening(text: str) -> None:
    analysis = analyze_text(text)
    assert not analysis.continued and not analysis.reopened
    assert not analysis.unclosed and not analysis.unmatched
    assert sorted((text[p.opening.start : p.closing.end], p.depth) for p in analysis.pairs) == [
        (text, 0),
        (text[text.index("“N") : text.index("”") + 1], 1),
    ]


def test_a_flattened_quotation_that_never_closes_stays_unclosed_at_its_last_mark() -> None:
    text = "“It fell apart. “It gave me a start. The club said nothing."
    analysis = analyze_text(text)
    assert [m.start for m in analysis.continued] == [0]
    assert [m.start for m in analysis.unclosed] == [text.index("“It gave")]


def test_one_paragraph_per_line_files_pair_per_line() -> None:
    text = "“I saw them,” he said.\n“I want to live here.” »\nThe end."
    analysis = analyze_text(text)
    assert [m.paragraph for m in analysis.marks] == [0, 0, 1, 1, 1]
    assert [m.char for m in analysis.unmatched] == ["»"]


def test_hard_wrapped_lines_of_one_paragraph_share_a_stack() -> None:
    text = "He said “we will fight on the\nbeaches,” and then he left the room.\nThe end."
    analysis = analyze_text(text)
    assert pairs(text) == ["“we will fight on the\nbeaches,”"]
    assert not analysis.unclosed and not analysis.unmatched


def test_a_line_ending_a_sentence_does_not_run_into_the_next_line() -> None:
    text = "“I saw my colleagues die.\nLying in a bed, he said nothing.”"
    analysis = analyze_text(text)
    assert [m.char for m in analysis.unclosed] == ["“"]
    assert [m.char for m in analysis.unmatched] == ["”"]


def test_a_markdown_heading_does_not_run_into_the_next_line() -> None:
    text = "# “Heading\nText that closes nothing.”"
    analysis = analyze_text(text, None)
    assert [m.char for m in analysis.unclosed] == ["“"]
    assert [m.char for m in analysis.unmatched] == ["”"]


def test_an_unclosed_mark_in_a_joined_block_is_still_reported() -> None:
    text = "“I saw my colleagues die\nLying in a bed, he said nothing.\nThe end."
    analysis = analyze_text(text)
    assert [m.char for m in analysis.unclosed] == ["“"]


def test_document_analysis_ignores_masked_spans() -> None:
    text = "Say <!-- “ --> “hello”."
    start = text.index("<!--")
    doc = Document(text=text, masked=((start, text.index("-->") + 3),))
    analysis = doc.quotes
    assert [p.chars for p in analysis.pairs] == [("“", "”")]
    assert len(analysis.marks) == 2


def test_seed_article_structure() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "nk-soldiers.txt"
    doc = Document(text=path.read_text(encoding="utf-8"))
    analysis = doc.quotes
    lines = [doc.line_col(m.start)[0] for m in analysis.unmatched]
    assert lines == [22, 23]
    assert [doc.line_col(p.closing.start)[0] for p in analysis.pairs if p.is_mixed] == [25]
    assert not analysis.unclosed
    assert all(m.role is Role.APOSTROPHE for m in analysis.marks if m.char == "’")


# --- quotations: what is quoted (read by the mentions analysis) ------------------------


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in analyze_text(text).quotations]


def test_quotations_hold_what_the_marks_enclose_marks_excluded() -> None:
    text = "“I saw,” he said. ‘It’s fine’ and «oui» and 'so' and \"yes\"."
    assert quoted(text) == ["I saw,", "It’s fine", "oui", "so", "yes"]


def test_an_open_quotation_runs_to_the_end_of_its_paragraph() -> None:
    text = "He said “we will go on.\n\nNobody answered."
    assert quoted(text) == ["we will go on."]
    text = "“First part.\n\n“Second part,” she said."
    assert quoted(text) == ["First part.", "Second part,"]


def test_apostrophes_and_nested_quotations_add_no_quotation() -> None:
    text = "The soldiers’ families said “the ‘new’ rules don’t help” on Monday."
    assert quoted(text) == ["the ‘new’ rules don’t help"]
    assert quoted("It’s the ’90s, rock ’n’ roll, 6'2\" tall.") == []


def test_an_inner_mark_left_open_ends_with_the_quotation_around_it() -> None:
    text = "“He said ‘no,” she said. Then she left."
    assert quoted(text) == ["He said ‘no,"]


def test_a_quotation_reopened_after_a_sentence_end_is_one_quotation() -> None:
    text = 'He said: "It was hard. "We went on." Then he left.'
    assert quoted(text) == ["It was hard. ", "We went on."]


def test_the_enclosing_pair_is_the_innermost_within_reach() -> None:
    text = "She read “the book «Cien años» and more” twice, “x”."
    analysis = analyze_text(text)
    start, end = text.index("Cien"), text.index("años") + 4
    inner = analysis.enclosing_pair(start, end, reach=80)
    assert inner is not None and inner.chars == ("«", "»")
    outer = analysis.enclosing_pair(text.index("the"), text.index("book") + 4, reach=80)
    assert outer is not None and outer.chars == ("“", "”")
    assert analysis.enclosing_pair(start, end, reach=0) is None  # « is one character before
    assert analysis.enclosing_pair(text.index("twice"), text.index("twice") + 5, 80) is None


# --- robustness and cost ----------------------------------------------------------------

QUOTE_HEAVY = st.text(
    alphabet=st.sampled_from(list(QUOTE_CHARS) + list("ab1 .,\n-—(")), max_size=300
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(QUOTE_HEAVY, st.text(max_size=200)))
def test_analysis_never_crashes_and_accounts_for_every_mark(text: str) -> None:
    analysis = analyze_text(text)
    positions = [m.start for m in analysis.marks]
    assert positions == sorted(positions)
    assert all(text[m.start] == m.char for m in analysis.marks)
    assert len(analysis.marks) == sum(text.count(c) for c in QUOTE_CHARS)
    openers = [m.start for m in analysis.marks if m.role is Role.OPENING]
    closers = [m.start for m in analysis.marks if m.role is Role.CLOSING]
    accounted_openers = (
        [p.opening.start for p in analysis.pairs]
        + [m.start for m in analysis.unclosed]
        + [m.start for m in analysis.continued]
    )
    accounted_closers = [p.closing.start for p in analysis.pairs] + [
        m.start for m in analysis.unmatched
    ]
    assert sorted(accounted_openers) == openers
    assert sorted(accounted_closers) == closers
    for pair in analysis.pairs:
        assert pair.opening.start < pair.closing.start
        assert pair.opening.level == pair.closing.level


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_document_analysis_never_crashes(text: str) -> None:
    Document(text=text).quotes  # noqa: B018 (the property under test is "does not raise")


def _lines_executed(text: str) -> int:
    """Python lines run inside the quotes module while analysing ``text``: a count of work."""
    count = 0
    filename = quotes_module.__file__

    def tracer(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename != filename:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        analyze_text(text)
    finally:
        sys.settrace(None)
    return count


ADVERSARIAL = {
    "openers": lambda n: "“" * n,
    "closers": lambda n: "”" * n,
    "singles then doubles": lambda n: "‘" * n + "”" * n,
    "nested then closed": lambda n: "“‘" * n + "”" * n,
    "straight": lambda n: "' \" " * n,
    "possessives": lambda n: "‘" + "the soldiers’ x " * n,
    "mixed": lambda n: "«“‘„‚» ’'\"″" * n,
    "paragraphs": lambda n: "“a\n\n" * n,
    "reopened then nested": lambda n: "“A. “B” c.” " * n,
    "reopenings then closers": lambda n: "“A. “B. " * n + "”" * n,
    "straight reopenings": lambda n: '"A. "B. ' * n + '" ' * n,
}


@pytest.mark.parametrize("make", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_work_grows_linearly(make) -> None:
    small, large = _lines_executed(make(1000)), _lines_executed(make(4000))
    assert large <= 4.5 * small, (small, large)


def test_a_hundred_thousand_marks() -> None:
    text = ("“‘" * 25_000) + ("”" * 25_000) + ("’" * 25_000)
    analysis = analyze_text(text)
    assert len(analysis.marks) == 100_000
    assert len(analysis.pairs) == 25_000
    assert len(analysis.unclosed) == 25_000


def test_a_closed_quotation_before_an_offset_is_a_speech_tag_place() -> None:
    from checker.analysis.quotes import closed_quotation_before

    text = "“We won,” Hansen said. “Maybe?» asked Eva. The “club” said"
    assert closed_quotation_before(text, text.index("Hansen"), 4)
    assert closed_quotation_before(text, text.index("asked"), 4)
    assert not closed_quotation_before(text, text.index(" said"), 4)  # no punctuation inside
    assert not closed_quotation_before(text, text.index("Hansen") + 1, 4)  # a letter between
