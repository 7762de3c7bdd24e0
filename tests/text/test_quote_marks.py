"""The quotation-mark sets: one owner, and the quotation analysis reads each mark as its
set says."""

from __future__ import annotations

import pytest

from checker.analysis.quotes import LEVEL, Role, analyze_text
from checker.text.quote_marks import (
    CLOSING_MARKS,
    DOUBLE_CLOSING_MARKS,
    OPENING_MARKS,
    PRIMES,
    QUOTE_CHARS,
    QUOTE_MARKS,
    STRAIGHT_MARKS,
)


def test_the_sets_partition_the_quote_characters() -> None:
    parts = (OPENING_MARKS, CLOSING_MARKS, STRAIGHT_MARKS, PRIMES)
    assert sorted(QUOTE_CHARS) == sorted("".join(parts))
    assert len(set(QUOTE_CHARS)) == len(QUOTE_CHARS)  # no mark in two sets
    assert set(QUOTE_MARKS) == set(QUOTE_CHARS) - set(PRIMES)
    assert set(DOUBLE_CLOSING_MARKS) <= set(CLOSING_MARKS + STRAIGHT_MARKS)
    assert set(LEVEL) == set(QUOTE_CHARS)  # the analysis classifies every one


@pytest.mark.parametrize(("opening", "closing"), list(zip(OPENING_MARKS, "”’»›”’", strict=True)))
def test_the_analysis_reads_each_mark_as_its_set_says(opening: str, closing: str) -> None:
    assert opening in OPENING_MARKS and closing in CLOSING_MARKS
    marks = analyze_text(f"He said {opening}never{closing} twice.").marks
    assert [(m.char, m.role) for m in marks] == [(opening, Role.OPENING), (closing, Role.CLOSING)]


def test_a_straight_mark_opens_and_closes() -> None:
    for mark in STRAIGHT_MARKS:
        marks = analyze_text(f"He said {mark}never{mark} twice.").marks
        assert [m.role for m in marks] == [Role.OPENING, Role.CLOSING]
