"""The sentence splitter: abbreviations, initials, numbers, quotes, a.m./p.m."""

from __future__ import annotations

import pytest

from checker.document import Document


def sentences(text: str) -> list[str]:
    doc = Document(text)
    return [text[s.start : s.end] for s in doc.sentences]


def test_splits_on_final_punctuation_before_a_capital() -> None:
    assert sentences("It rained. The match went on! Why? Nobody knows.") == [
        "It rained.",
        "The match went on!",
        "Why?",
        "Nobody knows.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Zelensky then offered to exchange them.",
        "The U.S. Army and the U.N. Security Council met.",
        "He was sent to the front line on Jan. 3 with others.",
        "J. K. Rowling wrote it.",
        "Growth reached 3.5 percent last year.",
        "Dr. Ortiz and Gen. Park spoke first.",
    ],
)
def test_does_not_split_after_abbreviations_initials_or_inside_numbers(text: str) -> None:
    assert sentences(text) == [text]


def test_quotation_ending_sentence_keeps_its_closing_mark() -> None:
    text = "“I saw my colleagues die next to me,” he whispered. I was hiding."
    assert sentences(text) == [
        "“I saw my colleagues die next to me,” he whispered.",
        "I was hiding.",
    ]
    text = "He said, “We will win.” Then he left."
    assert sentences(text) == ["He said, “We will win.”", "Then he left."]


def test_question_inside_quotation_followed_by_lower_case_is_not_a_boundary() -> None:
    text = "“Are you hurt?” she asked."
    assert sentences(text) == [text]


def test_am_pm_ends_a_sentence_unless_a_day_follows() -> None:
    assert sentences("It opened at 6 a.m. The crowd was small.") == [
        "It opened at 6 a.m.",
        "The crowd was small.",
    ]
    assert sentences("It opens at 10 a.m. Monday in Paris.") == [
        "It opens at 10 a.m. Monday in Paris."
    ]


def test_after_am_pm_only_a_whole_day_or_month_continues_the_sentence() -> None:
    # the calendar list, not a prefix: "Mayor" and "Market" begin like May and Mar
    assert sentences("It opened at 9 a.m. Mayor Lee spoke first.") == [
        "It opened at 9 a.m.",
        "Mayor Lee spoke first.",
    ]
    assert sentences("It opens at 9 a.m. Sept. 3 in Paris.") == [
        "It opens at 9 a.m. Sept. 3 in Paris."
    ]


def test_sentences_never_cross_paragraphs_and_carry_their_index() -> None:
    doc = Document("First line without stop\nSecond line. Third part.\n")
    assert [(doc.text[s.start : s.end], s.paragraph) for s in doc.sentences] == [
        ("First line without stop", 0),
        ("Second line.", 1),
        ("Third part.", 1),
    ]
