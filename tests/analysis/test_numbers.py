"""Numbers, times and dates read as values in every convention (checker/analysis/numbers.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.analysis.numbers import convention, quantities


def values(text: str, english: bool = False, language: str | None = None) -> list[set]:
    return [set(q.keys) for q in quantities(text, english, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 000", Decimal(11000)),
        ("11\u202f000", Decimal(11000)),
        ("11.000.000", Decimal(11000000)),
        ("3,5", Decimal("3.5")),
        ("1 234,5", Decimal("1234.5")),
        ("2,7 millions", Decimal(2700000)),
        ("2.3 billion", Decimal(2300000000)),
        ("1er", Decimal(1)),
    ],
)
def test_locale_formats_are_read_as_values(text: str, expected: Decimal) -> None:
    (keys,) = values(text)
    assert ("n", expected.normalize()) in keys


def test_ambiguous_separators_keep_both_readings() -> None:
    (keys,) = values("2,700")
    assert {("n", Decimal(2700)), ("n", Decimal("2.7"))} <= keys


def test_times_and_dates() -> None:
    (time,) = values("18 h 30")
    assert ("time", Decimal(18 * 60 + 30)) in time
    (pm,) = values("6:30 p.m.")
    assert pm == {("time", Decimal(18 * 60 + 30))}
    day_month, year = values("03/01/2024")
    assert day_month == {("n", Decimal(3)), ("n", Decimal(1))}
    assert year == {("n", Decimal(2024))}


def test_english_number_words_count_in_the_target_only() -> None:
    assert values("three soldiers") == []
    assert values("three soldiers and twenty-one others", english=True) == [
        {("n", Decimal(3))},
        {("n", Decimal(21))},
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000万", Decimal(10**7)),
        ("14.6万", Decimal(146000)),
        ("1億2000万", Decimal(120_000_000)),
        ("3千万", Decimal(30_000_000)),
        ("2천만", Decimal(20_000_000)),
        ("1억 2천만", Decimal(120_000_000)),
        ("２０２４", Decimal(2024)),
        ("１２．５", Decimal("12.5")),
        ("5 тыс.", Decimal(5000)),
    ],
)
def test_cjk_multipliers_and_full_width_digits(text: str, expected: Decimal) -> None:
    (keys,) = values(text)
    assert ("n", expected) in keys


def test_era_years_and_tenths() -> None:
    (reiwa,) = values("令和5年")
    assert ("n", Decimal(2023)) in reiwa
    (heisei,) = values("平成元年")
    assert ("n", Decimal(1989)) in heisei
    (tenths,) = values("3割")
    assert ("n", Decimal(30)) in tenths


def test_korean_article_numbers_are_not_trillions() -> None:
    assert values("제3조") == [{("n", Decimal(3))}]


def test_decades_and_centuries() -> None:
    (the_1970s,) = values("the 1970s")
    assert {("n", Decimal(1970)), ("n", Decimal(70))} <= the_1970s
    (the_1800s,) = values("the 1800s")
    assert ("n", Decimal(19)) in the_1800s  # the 19th century
    (nineties,) = values("20世纪90年代")
    assert ("n", Decimal(1990)) in nineties
    assert values("the seventies", english=True) == [{("n", Decimal(70)), ("n", Decimal(1970))}]


def test_cjk_times() -> None:
    (afternoon,) = values("下午3点")
    assert afternoon == {("time", Decimal(15 * 60)), ("n", Decimal(3))}
    (half_past,) = values("15時30分")
    assert half_past == {("time", Decimal(15 * 60 + 30))}
    (korean,) = values("오후 3시 30분")
    assert korean == {("time", Decimal(15 * 60 + 30))}


def test_english_times_dates_and_compound_words() -> None:
    assert values("at noon", english=True) == [{("time", Decimal(720))}]
    assert values("on July 17", english=True) == [{("n", Decimal(7))}, {("n", Decimal(17))}]
    assert values("they march", english=True) == []  # a verb, not a month
    assert values("three hundred", english=True) == [{("n", Decimal(300))}]
    (clock,) = values("three o'clock", english=True)
    assert ("time", Decimal(15 * 60)) in clock
    assert values("the nineteenth", english=True) == [{("n", Decimal(19))}]


@pytest.mark.parametrize("text", ["1-6,4-6", "6-4, 6-3", "[1,1]", "{2, 3}"])
def test_scores_and_vectors_are_lists_of_integers(text: str) -> None:
    found = values(text)
    assert all(len(keys) == 1 for keys in found)
    assert all(value == value.to_integral_value() for keys in found for _, value in keys)


def test_locale_symbols_come_from_cldr() -> None:
    assert "٫" in convention("ar").decimal
    assert convention("hi").lakh
    assert not convention("fr").lakh
    assert convention("xx-unknown") == convention(None)
    (arabic,) = values("٣٫٥", language="ar")
    assert ("n", Decimal("3.5")) in arabic
    (arabic_no_language,) = values("٣٫٥")  # the digits name the language
    assert ("n", Decimal("3.5")) in arabic_no_language
    (lakh,) = values("12,34,567", language="hi")
    assert ("n", Decimal(1234567)) in lakh
