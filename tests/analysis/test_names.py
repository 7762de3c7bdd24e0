"""Name words and spans, and the keys that group spellings of one name."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.analysis import names as names_module
from checker.analysis.names import (
    analyze_names,
    is_acronym,
    loose_key,
    name_values,
    strict_key,
    syllable_name,
)
from checker.document import Document


def spans(text: str) -> list[str]:
    return [span.text for span in analyze_names(Document(text)).spans]


def words(text: str) -> dict[str, tuple[bool, bool]]:
    """Each name word with (initial, heading)."""
    return {w.value: (w.initial, w.heading) for w in analyze_names(Document(text)).words}


def test_spans_join_capitalised_words_one_space_apart() -> None:
    assert spans("Yesterday Kim Jong-un met Choe Sang-Hun in Seoul.") == [
        "Yesterday Kim Jong-un",
        "Choe Sang-Hun",
        "Seoul",
    ]


def test_particles_titles_and_initials_stay_inside_a_span() -> None:
    assert spans("Charles de Gaulle met Ursula von der Leyen, Mr. Zelensky and J. K. Rowling.") == [
        "Charles de Gaulle",
        "Ursula von der Leyen",
        "Mr. Zelensky",
        "J. K. Rowling",
    ]


def test_a_sentence_end_or_a_possessive_ends_a_span() -> None:
    assert spans("He left Ukraine. Another day came.") == ["He", "Ukraine", "Another"]
    assert spans("Volodymyr Zelensky’s X account") == ["Volodymyr Zelensky"]


def test_a_particle_neither_starts_nor_ends_a_span() -> None:
    assert spans("the price de facto fell in Paris de") == ["Paris"]


def test_acronyms_are_not_name_words() -> None:
    assert spans("The UN and NATO met Kim.") == ["The", "Kim"]
    assert is_acronym("NATO") and not is_acronym("Nato") and not is_acronym("A")


def test_initial_marks_capitals_that_prove_nothing() -> None:
    found = words("Kim spoke. Then he met Lee: Park said “Moon was there” to Choi.")
    assert found["Kim"] == (True, False)  # starts the text
    assert found["Then"] == (True, False)  # starts a sentence
    assert found["Lee"] == (False, False)  # mid-sentence: a name
    assert found["Park"] == (True, False)  # after a colon
    assert found["Moon"] == (True, False)  # opens a quotation
    assert found["Choi"] == (False, False)


def test_a_quotation_opened_by_any_opening_mark_starts_with_a_capital_that_proves_nothing() -> None:
    found = words("He met Lee and said 'Moon was there' and „Sun too” to Choi.")
    assert found["Moon"] == (True, False)  # a straight single mark opens the quotation
    assert found["Sun"] == (True, False)  # as does a low opening mark
    assert found["Lee"] == (False, False) and found["Choi"] == (False, False)


def test_heading_words_are_marked() -> None:
    found = words("Kim Jong-Un Visits Moscow\n\nKim Jong-un arrived on Monday.")
    assert found["Visits"] == (False, True)
    assert found["Jong-un"] == (False, False)


def test_a_title_case_headline_counts_as_a_heading() -> None:
    found = words("Is This The End Of Kim Jong-Un's Long Rule?\nKim Jong-un spoke on Monday.")
    assert found["Jong-Un"] == (False, True)
    assert found["Jong-un"] == (False, False)


def test_a_line_full_of_names_is_not_a_headline() -> None:
    found = words("Mohammed bin Salman met Recep Tayyip Erdogan in Riyadh.")
    assert found["Erdogan"] == (False, False)


def test_person_words_drop_titles_and_leading_stop_words() -> None:
    doc = Document("Ukrainian President Volodymyr Zelensky spoke. The Ukrainian leader left.")
    found = [[w.value for w in s.person_words] for s in analyze_names(doc).spans]
    assert found == [["Volodymyr", "Zelensky"], ["Ukrainian"]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "Kim Jong Un"),
        ("Kim Jong-un", "Kim Jong-Un"),
        ("Erdoğan", "Erdogan"),
        ("Wałęsa", "Walesa"),
    ],
)
def test_strict_key_folds_case_hyphens_spaces_and_diacritics(a: str, b: str) -> None:
    assert strict_key(a) == strict_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelensky", "Zelenskiy"),
        ("Dmitri", "Dmitry"),
        ("Hassan", "Hasan"),
        ("Mohammed", "Mohamed"),
        ("Rijkaard", "Ryjkaard"),
        ("Wijnaldum", "Wynaldum"),
        ("Yevgeny", "Evgeny"),
        ("Yelena", "Elena"),
        ("Kasyanov", "Kassyanov"),
    ],
)
def test_loose_key_folds_doubled_letters_and_endings(a: str, b: str) -> None:
    assert strict_key(a) != strict_key(b)
    assert loose_key(a) == loose_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "Kim Jong-il"),
        ("Lee", "Li"),
        ("Lee", "Le"),
        ("Kim", "Kimberly"),
        ("Licensee", "License"),
        ("Sidney", "Sydney"),
        ("Paolo", "Paola"),
        ("Eyes", "Yes"),
    ],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert loose_key(a) != loose_key(b)


def test_analysis_is_computed_once_per_document() -> None:
    doc = Document("Kim Jong-un spoke.")
    assert analyze_names(doc) is analyze_names(doc)


def test_capitals_are_the_indexes_of_capitalised_tokens() -> None:
    doc = Document("the UN met Kim in l'Alsace and Jean-Pierre said so.")
    found = [doc.tokens[index].value for index in analyze_names(doc).capitals]
    assert found == ["UN", "Kim", "Jean-Pierre"]


def test_values_and_distinct_are_the_token_values() -> None:
    doc = Document("Kim met Lee, and Kim left.")
    analysis = analyze_names(doc)
    assert analysis.values == ["Kim", "met", "Lee", "and", "Kim", "left"]
    assert analysis.distinct == {"Kim", "met", "Lee", "and", "left"}


def test_by_value_indexes_the_capitals_by_spelling() -> None:
    doc = Document("Kim met Lee; Kim left, and Kim’s aide stayed.")
    by_value = analyze_names(doc).by_value
    assert by_value == {"Kim": [0, 3], "Lee": [2], "Kim’s": [6]}


def test_word_at_makes_one_name_word_on_demand() -> None:
    doc = Document("Kim spoke. Then he met Zelensky’s aide and NATO.")
    analysis = analyze_names(doc)
    by_value = {token.value: index for index, token in enumerate(doc.tokens)}
    assert analysis.word_at(by_value["Kim"]).attested is False  # starts the text
    zelensky = analysis.word_at(by_value["Zelensky’s"])
    assert (zelensky.value, zelensky.attested) == ("Zelensky", True)
    assert doc.text[zelensky.start : zelensky.end] == "Zelensky"
    assert analysis.word_at(by_value["NATO"]) is None  # an acronym
    assert analysis.word_at(by_value["spoke"]) is None
    assert analysis.word_at(by_value["Zelensky’s"]) in analysis.words


def test_long_spans_are_the_spans_of_two_name_words_or_more() -> None:
    doc = Document("Mr. Zelensky met Kim in Seoul. J. Rowling and Ursula von der Leyen, Paris.")
    analysis = analyze_names(doc)
    assert [span.text for span in analysis.long_spans] == [
        "Mr. Zelensky",
        "Ursula von der Leyen",
    ]
    assert [span.text for span in analysis.spans if len(span.words) > 1] == [
        span.text for span in analysis.long_spans
    ]


_PIECES = [
    "Kim", "Jong-un", "Mr.", "Mr", "J.", "K.", "Zelensky’s", "NATO", "A", "I", "de", "van",
    "der", "al", "the", "said", "Paris", ",", ".", "“", "”", ":", "\n", "\n\n", "Is", "This",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.sampled_from([" ", "", "  "])))
def test_long_spans_agree_with_the_full_scan(pieces: list[str], gaps: list[str]) -> None:
    """Leaving isolated capitals out of the scan changes no span of two words or more."""
    text = "".join(piece + (gaps[i] if i < len(gaps) else " ") for i, piece in enumerate(pieces))
    analysis = analyze_names(Document(text))
    assert analysis.long_spans == tuple(span for span in analysis.spans if len(span.words) > 1)
    assert tuple(word for span in analysis.spans for word in span.words) == analysis.words


def test_name_values_cut_the_possessive_and_skip_acronyms() -> None:
    doc = Document("Zelensky’s aide met NATO and Kim, then Zelensky.")
    values = name_values(analyze_names(doc).by_value)
    assert values == {"Zelensky’s": "Zelensky", "Kim": "Kim", "Zelensky": "Zelensky"}


def test_a_syllable_name_is_romanised_syllables_but_no_english_compound() -> None:
    assert syllable_name("Min-jun") and syllable_name("Ji-hoon") and syllable_name("Min-seo")
    assert not syllable_name("Fly-half") and not syllable_name("Sit-in")
    assert not syllable_name("Well-Known") and not syllable_name("Jean-Pierre")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aeijkstuyxz", max_size=8))
def test_the_ending_fold_is_the_ending_regex(key: str) -> None:
    # Two look-ups at the end do what the regex tried at every position does.
    assert names_module._fold_ending(key) == re.sub(r"(?:iy|yi|ij|ii|i|y)$", "y", key)


def test_loose_keys_fold_endings_and_doubled_letters() -> None:
    assert loose_key("Zelenskyy") == loose_key("Zelenskiy") == loose_key("Zelensky")
    assert loose_key("Dmitrii") == loose_key("Dmitry")
    assert loose_key("Yevgeny") == loose_key("Evgeny") and loose_key("Yulia") == loose_key("Julia")
    assert loose_key("Rijkaard") == loose_key("Rykaard") and loose_key("Lee") != loose_key("Li")


def test_spellings_are_the_name_values_of_the_capitals() -> None:
    analysis = analyze_names(Document("Putin’s aide met NATO and Mr Putin. Then A left."))
    assert analysis.spellings == name_values(analysis.by_value)
    assert analysis.spellings["Putin’s"] == "Putin" and "NATO" not in analysis.spellings
    # Strict keys of every capital, in order: a name word's of its spelling.
    assert list(analysis.strict_keys) == list(analysis.by_value)
    assert analysis.strict_keys["Putin’s"] == "putin" and analysis.strict_keys["NATO"] == "nato"


def test_given_names_among_agrees_with_one_word_at_a_time() -> None:
    words = {"kim", "pierre", "mark", "said", "élodie", "maria", "the", "so-yeon"}
    assert names_module.given_names_among(words) == {w for w in words if names_module.given_name(w)}
    assert {"kim", "pierre"} <= names_module.given_names_among(words)
    assert not {"said", "the"} & names_module.given_names_among(words)


def test_given_names_among_asks_each_word_once_and_answers_the_same_later() -> None:
    first = names_module.given_names_among({"pierre", "table", "holger"})
    assert "table" in names_module._ASKED and "holger" in names_module._ASKED
    # A later document with some of the same words: the same answers, its own words only.
    later = names_module.given_names_among({"holger", "table", "chair"})
    assert later == {w for w in {"holger", "table", "chair"} if names_module.given_name(w)}
    assert later == first & {"holger", "table"}


def test_indexes_in_are_the_positions_of_the_wanted_values_in_order() -> None:
    assert names_module.indexes_in(["a", "b", "a", "c"], {"a", "c"}) == [0, 2, 3]
    assert names_module.indexes_in([], {"a"}) == [] and names_module.indexes_in(["a"], set()) == []
