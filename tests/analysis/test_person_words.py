"""The words of people's names (checker.analysis.person_words): the indexes N104 reads."""

from __future__ import annotations

from checker.analysis import person_words
from checker.document import Document


def test_known_names_are_made_for_the_lower_case_words_present() -> None:
    doc = Document("Mr. Kim Jong-un met Mr. Moon Jae-in. Later kim jong-un left.")
    assert person_words.known_names(doc, {"kim", "jong-un"}) == {
        "kim": ["Kim Jong-un"],
        "jong-un": ["Jong-un"],
    }
    assert person_words.known_names(doc, set()) == {}


def test_hyphenated_given_names_have_a_lower_case_second_syllable() -> None:
    assert person_words.hyphenated_given("Jong-un") and person_words.hyphenated_given("So-yeon")
    assert not person_words.hyphenated_given("Jean-Pierre") and not person_words.hyphenated_given(
        "Kim"
    )
