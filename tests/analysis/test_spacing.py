"""Spacing facts: which neighbours let a spaced mark count (closing quotation marks of every
kind, from :mod:`checker.text.quote_marks`)."""

from __future__ import annotations

import pytest

from checker.analysis.spacing import (
    padded_brackets,
    padded_straight_quotes,
    spaced_currency,
    spaced_marks,
    spaced_punctuation,
    split_contractions,
    tokeniser_escapes,
)


@pytest.mark.parametrize("closing", ["”", "’", "»", "›", '"'])
def test_a_spaced_stop_after_any_closing_mark(closing: str) -> None:
    text = f"They called it a coup{closing} , and then left{closing} ."
    assert [punct for _, _, punct in spaced_marks(text, set())] == [",", "."]


def test_a_spaced_stop_after_punctuation_is_not_tokenised_text() -> None:
    assert list(spaced_marks("Wait ! . And then . . . nothing", set())) == []


@pytest.mark.parametrize("closing", ["”", "»", "›"])
def test_a_spaced_question_mark_after_a_closing_mark(closing: str) -> None:
    text = f"Did he say no{closing} ? Then she left."
    assert [punct for _, _, punct in spaced_punctuation(text)] == ["?"]


def test_a_colon_closes_its_clause_before_a_closing_mark() -> None:
    assert [p for _, _, p in spaced_punctuation("He wrote note :x and left.")] == []
    assert [p for _, _, p in spaced_punctuation("He wrote ‹note :› and left.")] == [":"]


def test_split_contractions_of_both_apostrophes_come_in_order() -> None:
    text = "I do n’t know why they 're here, and it 's late."
    found = [(text[start:end], piece) for start, end, piece in split_contractions(text)]
    assert found == [(" n’t", "n’t"), (" 're", "'re"), (" 's", "'s")]
    assert list(split_contractions("It's the players' wives, don't ask.")) == []


def test_a_split_plural_possessive_of_either_apostrophe() -> None:
    text = "The players ’ wives met the coaches ' families."
    assert [text[start:end] for start, end, _ in split_contractions(text)] == [" ’", " '"]


def test_spaced_marks_after_numbers_and_words_in_order() -> None:
    text = "Born in 1833 ; died in 1899 : the composer , aged 66 ."
    assert [punct for _, _, punct in spaced_marks(text, set())] == [";", ":", ",", "."]


def test_spaced_currency_of_each_symbol_in_order() -> None:
    text = "It cost € 5m, then £ 291m, then $ 560m; US$ 5 too, but 5$ 5 is no price."
    assert [symbol for _, _, symbol in spaced_currency(text)] == ["€", "£", "$", "$"]


def test_padded_brackets_need_a_space_inside() -> None:
    assert len(list(padded_brackets("The test ( FTIR ) and [ 1 ] passed."))) == 2
    assert list(padded_brackets("The test (FTIR) and [1] passed (twice).")) == []


def test_padded_straight_quotes_open_after_a_space_or_a_line_start() -> None:
    for text in ('" very good " he said.', 'It was a " historic " day.', 'Yes.\n" Go " now.'):
        assert len(list(padded_straight_quotes(text))) == 1, text
    assert list(padded_straight_quotes('It was a "historic" day, 6" tall.')) == []


def test_tokeniser_escapes_of_both_kinds_in_order() -> None:
    text = "A well @-@ known &quot;hit&quot; by M&S."
    found = [(escape, meant) for _, _, escape, meant in tokeniser_escapes(text)]
    assert found == [("@-@", "-"), ("&quot;", '"'), ("&quot;", '"')]
