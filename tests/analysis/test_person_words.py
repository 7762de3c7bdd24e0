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


def test_a_family_name_that_speaks_alone_makes_an_unlisted_given_name_known() -> None:
    # No list knows "Tunde"; "said Ogunleye" after a quotation proves Ogunleye a person.
    text = "On Monday Tunde Ogunleye came. “We tested it,” said Ogunleye in Lagos."
    family, given, _ = person_words.known_person_words(Document(text))
    assert given[("tunde", "Ogunleye")] == "Tunde"
    assert family["ogunleye"] == "Ogunleye"
    # Without the speech tag the first word proves nothing (a company, a place, a title).
    text = "On Monday Tunde Ogunleye came. Later Ogunleye arrived in Lagos."
    assert ("tunde", "Ogunleye") not in person_words.known_person_words(Document(text))[1]
    # An English word before the family name is no given name.
    text = "The Bridge Ogunleye opened. “We tested it,” said Ogunleye on Monday."
    assert ("bridge", "Ogunleye") not in person_words.known_person_words(Document(text))[1]


def test_only_names_written_in_lower_case_somewhere_are_made_when_asked() -> None:
    text = "Chancellor Olaf Scholz arrived. Mr Putin left. Later, scholz’s aide spoke."
    doc = Document(text)
    family, _, _ = person_words.known_person_words(doc)
    assert family["scholz"] == "Scholz" and family["putin"] == "Putin"
    present = {"Later", "scholz’s", "aide"}
    family, given, _ = person_words.known_person_words(doc, present)
    assert family == {"scholz": "Scholz"} and given == {("olaf", "Scholz"): "Olaf"}
    # A word without its diacritics counts as that word (öztürk → ozturk).
    doc = Document("The engineer Mehmet Öztürk spoke.")
    assert person_words.known_person_words(doc, {"ozturk"})[0]["ozturk"] == "Öztürk"
    assert person_words.known_person_words(doc, {"spoke"}) == ({}, {}, set())


def test_words_with_diacritics_are_known_without_them_too() -> None:
    text = "The engineer Mehmet Öztürk spoke, and the director Jiří Horák answered."
    family, given, _ = person_words.known_person_words(Document(text))
    assert family["öztürk"] == family["ozturk"] == "Öztürk"
    assert given[("jiri", "Horák")] == given[("jiří", "Horák")] == "Jiří"
