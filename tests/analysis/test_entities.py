from __future__ import annotations

import pytest

from checker.analysis import entities


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("chair", True),  # some sense is a person: never a sure non-person
        ("star", True),
        ("founder", True),
        ("tribunal", False),
        ("orchestra", False),
        ("consortium", False),
    ],
)
def test_a_noun_is_a_nonperson_only_when_no_sense_is_a_person(word: str, person: bool) -> None:
    bits = entities.noun_bits(word)
    assert bits is not None
    assert bool(bits & entities.PERSON) is person
    assert entities.wordnet_nonperson(word) is not person


def test_unknown_words_have_no_class() -> None:
    assert entities.noun_bits("xqzzy") is None
    assert not entities.wordnet_nonperson("xqzzy")


def test_possessions_of_the_body_feelings_and_mind_are_personal() -> None:
    assert entities.personal_possession("knee")
    assert entities.personal_possession("anger")
    assert not entities.personal_possession("stake")


def test_given_names_from_birth_counts_with_the_hand_list_first() -> None:
    assert entities.given_name_gender("Mary") == "female"
    assert entities.given_name_gender("Jason") == "male"
    # Names whose gender changes across languages are never evidence.
    for name in ("Andrea", "Nicola", "Simone", "Jean", "Jan"):
        assert entities.given_name_gender(name) is None, name
    assert entities.given_name_gender("Yukos") is None


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Holger", "male"),  # German, Polish, Russian, Turkish, Korean given names that
        ("Bogdan", "male"),  # the US birth counts do not hold: from nam_dict
        ("Daniil", "male"),
        ("Zuzanna", "female"),
        ("Małgorzata", "female"),
        ("Oksana", "female"),
        ("Elif", "female"),
        ("Ji-hoon", "male"),  # nam_dict's Ji+Hoon, written as news writes it
        ("Soo-jin", "female"),
        ("Jannik", None),  # mostly male, not strongly enough
        ("Kari", None),  # a woman's name in the US, a man's in Finland
        ("Marian", None),  # English Marian, Polish Marian
    ],
)
def test_multilingual_given_names_with_strong_dominance_only(name: str, gender: str | None) -> None:
    assert entities.given_name_gender(name) == gender


def test_known_given_names_of_either_sex_in_lower_case() -> None:
    for word in ("jannik", "carmen", "holger", "ji-hoon", "jean-pierre", "małgorzata"):
        assert entities.known_given_name(word), word
    # Stop-listed names, big cities that are rare given names, no names at all.
    for word in ("andrea", "washington", "london", "berlin", "bekova", "tribunal"):
        assert not entities.known_given_name(word), word


@pytest.mark.parametrize(
    ("first", "last", "organisation"),
    [
        ("Linden", "Orchestra", True),  # an organisation's noun, no person sense
        ("Vienna", "Chamber", True),  # a place's name, though also a given name
        ("Julia", "Chamber", False),  # a given name opens a person's name
        ("Lindsay", "Davenport", False),  # a place is no sure ending
        ("Usain", "Bolt", False),  # a thing is none either
    ],
)
def test_org_ending(first: str, last: str, organisation: bool) -> None:
    assert entities.org_ending(first, last) is organisation


@pytest.mark.parametrize(
    ("word", "institutional"),
    [
        ("population", True),  # only a country, a city or a company has these
        ("gdp", True),
        ("subsidiaries", True),  # plural: its singular
        ("shareholders", True),
        ("borders", True),
        ("headquarters", True),
        ("territory", True),
        ("budget deficit", True),  # two-word nouns of WordNet, kept when institutional
        ("unemployment rates", True),
        ("home office", False),  # a synonym of headquarters that a person has too
        ("fertility", False),  # a synonym of birthrate that a woman has
        ("prime minister", False),
        ("husband", False),  # a person's
        ("career", False),
        ("knee", False),
        ("party", False),  # ambiguous: a leader's party, a government's plan
        ("government", False),
        ("team", False),
        ("plan", False),
        ("record", False),
        ("budget", False),
        ("people", False),  # "his people"
        ("money", False),  # currency, but not its hyponyms
        ("electorate", False),  # an MP's constituency
        ("xqzzy", False),
    ],
)
def test_institutional_possessions_from_wordnet(word: str, institutional: bool) -> None:
    assert entities.institutional_possession(word) is institutional


def test_a_proper_name_written_with_a_capital_is_no_sense_of_the_common_noun() -> None:
    # John Stuart Mill and George Bush are people; a mill and a bush are not.
    for word in ("mill", "bush"):
        bits = entities.noun_bits(word)
        assert bits is not None and not bits & entities.PERSON
    # Okay: a common noun that is a person stays one, an acronym stays a noun.
    assert entities.noun_bits("baker") & entities.PERSON
    assert entities.noun_bits("gdp") is not None
