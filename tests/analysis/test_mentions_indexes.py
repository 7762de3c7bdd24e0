"""The small indexes and memos the mentions analysis is built on: each must answer exactly as
the plain computation it stands for."""

from __future__ import annotations

import random
import re

import pytest

from checker.analysis.mention_sentence import (
    GAP_IN_NAME,
    QuoteIndex,
    Sentence,
)
from checker.analysis.mention_words import GENERIC_PRONOUN, WORD_MEMOS
from checker.analysis.mentions import (
    _CAPITAL,
    _FIRST_SECOND,
    _FIRST_SECOND_CAPITAL,
    _LOWER,
    _OPENER,
    _PASS,
    _PRONOUN,
    MentionBuilder,
    find_mentions,
)
from checker.analysis.quotes import analyze_text
from checker.analysis.tokens import tokenize
from checker.document import Document

_PIECES = [
    "he", "she", "He", "SHE", "him", "her", "his", "hers", "himself", "herself", "s", "(s)",
    "or", "and", "OR", "/", " ", "  ", "\n", ",", ".", "the", "x", "(", ")", "“", "’", "5",
    "ſhe", "_", "-", " ", " ", " ", "he", "she", "or", "/",
]  # fmt: skip


# The generic pattern as it reads best; GENERIC_PRONOUN is written to be searched faster.
_GENERIC_PLAIN = re.compile(
    r"\b(?:s/he|\(s\)he|(?:he|she|him|her|his|hers|himself|herself)\s*(?:/|\bor\b|\band\b)\s*"
    r"(?:he|she|him|her|his|hers|himself|herself))\b",
    re.IGNORECASE,
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("seed", range(20))
def test_generic_pattern_finds_what_the_plain_one_finds(seed: int) -> None:
    rng = random.Random(seed)
    matched = 0
    for _ in range(500):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        expected = _spans(_GENERIC_PLAIN, text)
        assert _spans(GENERIC_PRONOUN, text) == expected, text
        matched += bool(expected)
    assert matched  # the pieces do make generic pronouns


def test_generic_pattern_first_characters() -> None:
    """Every character that can open a match, in any case, opens the fast pattern."""
    openers = {chr(c) for c in range(0x110000) if re.match(r"(?i)[sh(]", chr(c))}
    assert openers == set("sShHſ(")
    assert _spans(GENERIC_PRONOUN, "He or she, s/he, x(s)he, his/her") == _spans(
        _GENERIC_PLAIN, "He or she, s/he, x(s)he, his/her"
    )


@pytest.mark.parametrize(
    "text", ["Mr. Kim", "Mr.Kim", "Mr.  Kim", "the  company", "a\u00a0b", "Kim, Lee", "Kim-Lee"]
)
def test_joined_is_the_gap_pattern(text: str) -> None:
    tokens = tokenize(text)
    sentence = Sentence(text, tokens, 0, 0, len(text), quoted=False)
    for k in range(len(tokens)):
        end = tokens[k + 1].start if k + 1 < len(tokens) else len(text)
        expected = GAP_IN_NAME.fullmatch(text, tokens[k].end, end) is not None
        assert sentence.joined(k) == expected


@pytest.mark.parametrize(
    ("word", "route", "base"),
    [
        ("she", _PRONOUN, "she"),
        ("He’s", _PRONOUN, "He"),
        ("Zelensky", _CAPITAL, "Zelensky"),
        ("The", _OPENER, "The"),
        ("THE", _CAPITAL, "THE"),
        ("Another", _CAPITAL, "Another"),
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
    assert MentionBuilder(Document("A text."))._route(word) == (route, base)


def test_quotation_end_at_an_offset() -> None:
    text = "He said “we will win” and “we will” again."
    index = QuoteIndex(analyze_text(text).quotations)
    for offset in range(len(text)):
        end = index.end_at(offset)
        assert (end >= 0) == index.inside(offset)
        if end >= 0:
            assert text[end] == "”" and "”" not in text[offset:end]


def test_phrases_at_a_word_titles_first_then_places() -> None:
    builder = MentionBuilder(Document("A text."))
    phrases, people = builder._phrases_at("President")
    assert phrases and all(label == "title" for label, _ in phrases)
    phrases, people = builder._phrases_at("North")
    labels = [label for label, _ in phrases]
    assert "place" in labels and labels == sorted(labels, key=lambda label: label != "title")
    sizes = [len(phrase.words) for label, phrase in phrases if label == "place"]
    assert sizes == sorted(sizes, reverse=True) and not people
    assert builder._phrases_at("Ukrainians") == ([], True)
    assert builder._phrases_at("Zelensky’s") == ([], False)


def test_word_facts_shared_by_documents_and_forgotten_alike() -> None:
    text = "Mr. Kim met the soldier in Seoul. She said the company had doubled its profits."

    def found() -> list[tuple[int, int, str, str | None]]:
        result = find_mentions(Document(text))
        return [(m.start, m.end, m.kind, m.gender) for m in result.mentions] + [
            (p.start, p.end, p.case, p.gender) for p in result.pronouns
        ]

    first = found()
    assert found() == first  # with what the first document taught about its words
    WORD_MEMOS.forget()
    assert found() == first


def test_inside_a_generic_pronoun_is_inside_one_of_its_spans() -> None:
    text = "If he or she wants, his/her turn comes; s/he and (s)he wait. He waits."
    builder = MentionBuilder(Document(text))
    builder.build()
    spans = _spans(GENERIC_PRONOUN, text)
    assert len(spans) >= 3
    for offset in range(len(text) + 1):
        assert (offset in builder.generic) == any(a <= offset < b for a, b in spans), offset


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("agency", True),  # a noun we know: "the spy agency"
        ("spokesman", True),  # a role
        ("soldiers", True),  # a plural
        ("withdrew", False),  # an unknown word may be a verb
        ("Agency", False),  # a capital opens no modified noun
        ("the", False),
    ],
)
def test_known_noun_after_a_modifier(word: str, known: bool) -> None:
    builder = MentionBuilder(Document("A text."))
    assert builder._known_noun_after(word) is known
    assert builder._known_noun_after(word) is known  # (memoised alike)


@pytest.mark.parametrize(
    "word", ["President", "Mr.", "Russia", "North", "Ukrainians", "Zelensky’s", "Seoul", "Kim"]
)
def test_a_word_alone_is_matched_as_a_run_of_one_word(word: str) -> None:
    """:meth:`MentionBuilder._alone` answers as :meth:`MentionBuilder._match` on the word by
    itself."""
    builder = MentionBuilder(Document("A text."))
    sentence = Sentence(word, tokenize(word)[:1], 0, 0, len(word), quoted=False)
    match = builder._match(sentence, 0, 1)
    expected = ("word", None) if match is None else (match[0], match[2])
    assert builder._alone(sentence.tokens[0].value) == expected
    assert builder._segments(sentence, 0, 1) == [(*expected[:1], 0, 1, expected[1])]


def test_a_quoted_possessive_belongs_to_the_quotation_s_nonperson_subject() -> None:
    text = "The firm met the press.\n\n“The company has doubled his profits,” he said."
    result = find_mentions(Document(text))
    (his,) = [p for p in result.pronouns if p.text == "his"]
    assert his.in_quote and his.quote_subject is not None
    assert his.quote_subject.text == "The company"
    (he,) = [p for p in result.pronouns if p.text == "he"]
    assert not he.in_quote and he.quote_subject is None
