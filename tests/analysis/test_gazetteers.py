"""The gazetteers' places: the hand lists and the derived table of large cities."""

from __future__ import annotations

import pytest

from checker.analysis import gazetteers as gz


def _kinds(word: str) -> set[str]:
    """The kinds of the one-word places ``word`` is."""
    return {p.kind for p in gz.places().candidates(word) if p.words == (word,)}


@pytest.mark.parametrize("city", ["Gaziantep", "Curitiba", "Krakow", "Kraków", "Pyongyang"])
def test_capitals_and_large_cities_are_cities(city: str) -> None:
    assert gz.CITY in _kinds(city)


@pytest.mark.parametrize(
    "word",
    [
        "Santos",  # a large city, and a frequent family name
        "Pereira",
        "Charlotte",  # a large city, and a given name (Charlotte Amalie is a capital)
        "Reading",  # a city, and an English word
        "Washington",  # a capital left out of the hand list: a name as often
    ],
)
def test_names_and_words_are_no_cities(word: str) -> None:
    assert gz.CITY not in _kinds(word)


def test_a_city_of_several_words_is_one_phrase() -> None:
    phrases = [p for p in gz.places().candidates("Rio") if p.kind == gz.CITY]
    assert ("Rio", "de", "Janeiro") in {p.words for p in phrases}
