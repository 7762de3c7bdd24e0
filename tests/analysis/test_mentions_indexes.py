"""The small indexes and memos the mentions analysis is built on: each must answer exactly as
the plain computation it stands for."""

from __future__ import annotations

import random
import re

import pytest

from checker.analysis.mentions import (
    _CAPITAL,
    _FIRST_SECOND,
    _FIRST_SECOND_CAPITAL,
    _GAP_IN_NAME,
    _GENERIC,
    _LOWER,
    _PASS,
    _PRONOUN,
    _Builder,
    _GenericIndex,
    _QuoteIndex,
    _Sentence,
    quotation_spans,
)
from checker.analysis.tokens import tokenize
from checker.document import Document

_PIECES = [
    "he", "she", "He", "SHE", "him", "her", "his", "hers", "himself", "herself", "s", "(s)",
    "or", "and", "OR", "/", " ", "  ", "\n", ",", ".", "the", "x", "(", ")", "“", "’", "5",
    "ſhe", "_", "-", " ", " ", " ", "he", "she", "or", "/",
]  # fmt: skip


def _generic_by_one_pass(text: str, start: int) -> bool:
    return any(m.start() <= start < m.end() for m in _GENERIC.finditer(text))


@pytest.mark.parametrize("seed", range(40))
def test_generic_spans_around_pronouns_are_those_of_one_pass(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 2000)))
    index = _GenericIndex(text)
    for token in tokenize(text):
        if token.value.lower() in ("he", "she", "him", "her", "his", "hers", "himself"):
            end = token.start + len(token.value)
            assert index.holds(token.start, end) == _generic_by_one_pass(text, token.start)


def test_generic_spans_far_apart_and_asked_out_of_order() -> None:
    filler = " " + "x" * 200 + " "
    text = f"He or she{filler}said he{filler}s/he{filler}him and her, or his/her."
    offsets = [m.start() for m in re.finditer(r"\b(?:[Hh]e|her|him|his)\b", text)]
    index = _GenericIndex(text)
    found = [index.holds(o, o + 2) for o in offsets]
    assert found == [_generic_by_one_pass(text, o) for o in offsets]
    assert found[0] and not found[1] and found[2]  # he or she, said he, s/he
    # Asked again from the start: the whole text is searched, with the same answers.
    assert [index.holds(o, o + 2) for o in offsets] == found


@pytest.mark.parametrize(
    "text", ["Mr. Kim", "Mr.Kim", "Mr.  Kim", "the  company", "a\u00a0b", "Kim, Lee", "Kim-Lee"]
)
def test_joined_is_the_gap_pattern(text: str) -> None:
    tokens = tokenize(text)
    sentence = _Sentence(text, tokens, 0, 0, len(text), quoted=False)
    for k in range(len(tokens)):
        end = tokens[k + 1].start if k + 1 < len(tokens) else len(text)
        expected = _GAP_IN_NAME.fullmatch(text, tokens[k].end, end) is not None
        assert sentence.joined(k) == expected


@pytest.mark.parametrize(
    ("word", "route", "base"),
    [
        ("she", _PRONOUN, "she"),
        ("He’s", _PRONOUN, "He"),
        ("Zelensky", _CAPITAL, "Zelensky"),
        ("I", _FIRST_SECOND, "I"),
        ("my", _FIRST_SECOND, "my"),
        ("We", _FIRST_SECOND_CAPITAL, "We"),
        ("soldier", _LOWER, "soldier"),
        ("company’s", _LOWER, "company"),
        ("plumber", _LOWER, "plumber"),
        ("don't", _PASS, "don"),
    ],
)
def test_route_of_a_word(word: str, route: int, base: str) -> None:
    assert _Builder(Document("A text."))._route(word) == (route, base)


def test_quotation_end_at_an_offset() -> None:
    text = "He said “we will win” and “we will” again."
    index = _QuoteIndex(quotation_spans(text, [(0, len(text))]))
    for offset in range(len(text)):
        end = index.end_at(offset)
        assert (end >= 0) == index.inside(offset)
        if end >= 0:
            assert text[end] == "”" and "”" not in text[offset:end]


def test_phrases_at_a_word_titles_first_then_places() -> None:
    builder = _Builder(Document("A text."))
    phrases, people = builder._phrases_at("President")
    assert phrases and all(label == "title" for label, _ in phrases)
    phrases, people = builder._phrases_at("North")
    labels = [label for label, _ in phrases]
    assert "place" in labels and labels == sorted(labels, key=lambda label: label != "title")
    sizes = [len(phrase.words) for label, phrase in phrases if label == "place"]
    assert sizes == sorted(sizes, reverse=True) and not people
    assert builder._phrases_at("Ukrainians") == ([], True)
    assert builder._phrases_at("Zelensky’s") == ([], False)
