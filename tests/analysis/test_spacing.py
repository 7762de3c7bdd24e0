"""Spacing facts: which neighbours let a spaced mark count (closing quotation marks of every
kind, from :mod:`checker.text.quote_marks`)."""

from __future__ import annotations

import pytest

from checker.analysis.spacing import spaced_marks, spaced_punctuation


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
