"""Who is who (checker/analysis/mention_identity.py): names typed by the text, people told
apart by their full names, genders stated once holding for every mention of a name."""

from __future__ import annotations

from pronoun_helpers import analyse

from checker.analysis.mentions import (
    CITY,
    FEMALE,
    INSTITUTION,
    MALE,
    NAME,
    ORGANISATION,
    PERSON,
    Mentions,
)
from checker.thresholds.pronoun import ROLE_REACH


def _of(found: Mentions, text: str) -> list:
    return [m for m in found.mentions if m.text == text]


def test_a_dateline_makes_a_name_a_place() -> None:
    found = analyse("VARNOSK — The mayor spoke on Monday.\n\nVarnosk has long lived from tea.")
    assert {m.kind for m in _of(found, "Varnosk")} == {CITY}
    # Okay: without a dateline the name stays of unknown kind.
    found = analyse("The mayor spoke on Monday.\n\nVarnosk has long lived from tea.")
    assert {m.kind for m in _of(found, "Varnosk")} == {NAME}


def test_a_surname_that_is_a_country_is_the_person_the_text_named() -> None:
    text = "The committee is chaired by Lucía Montenegro. Montenegro said she would vote."
    (bare,) = _of(analyse(text), "Montenegro")
    assert bare.kind in (NAME, PERSON) and bare.animate
    # Okay: after a preposition of place it is the country.
    text = "The committee is chaired by Lucía Montenegro. She flew to Montenegro on Monday."
    (bare,) = _of(analyse(text), "Montenegro")
    assert bare.nonperson
    # Okay: with no such person, the country.
    (bare,) = _of(analyse("Montenegro said it would vote."), "Montenegro")
    assert bare.nonperson


def test_a_bare_name_opening_an_organisations_name_is_the_organisation() -> None:
    found = analyse("The dairy company Tarvoli Tej hired staff. Tarvoli buys milk from farms.")
    assert {m.kind for m in _of(found, "Tarvoli")} == {ORGANISATION}
    # Okay: a given name is no organisation (Ford Motor ... Ford the actor).
    found = analyse("Maria Holdings hired staff. Maria said she was pleased.")
    assert ORGANISATION not in {m.kind for m in _of(found, "Maria")}


def test_a_role_noun_in_apposition_to_an_organisation_is_the_organisation() -> None:
    found = analyse("The Simorgh Media Group, the largest producer of series, lost money.")
    (producer,) = [m for m in found.mentions if m.text.startswith("the largest producer")]
    assert producer.kind == INSTITUTION
    # Okay: a speech tag after the comma is a person speaking.
    found = analyse("The company, a spokesman said, would cut jobs.")
    (spokesman,) = [m for m in found.mentions if m.text == "a spokesman"]
    assert spokesman.kind != INSTITUTION


def test_a_gender_stated_by_apposition_holds_for_every_mention_of_the_full_name() -> None:
    text = (
        "The protest is led by Zeynep Arslan and by her brother Emre Arslan. "
        "Zeynep Arslan filed a suit. She says the firm lied. She says so often. "
        "Emre Arslan spoke at the square."
    )
    found = analyse(text)
    assert {(m.gender, m.evidence) for m in _of(found, "Emre Arslan")} == {(MALE, "name")}


def test_people_sharing_a_surname_are_told_apart_by_their_full_names() -> None:
    text = (
        "The film is by Hamid Karimi and stars Maryam Karimi. "
        "Maryam Karimi said she had lived in the village. She learned to bake bread. "
        "She said it was hard. Hamid Karimi thanked the villagers."
    )
    found = analyse(text)
    # Her pronouns are no votes for her husband: his given name stands.
    assert {m.gender for m in _of(found, "Hamid Karimi")} == {MALE}
    assert {m.gender for m in _of(found, "Maryam Karimi")} == {FEMALE}


def test_a_sentence_initial_name_that_is_also_a_word_is_kept_when_used_as_a_name() -> None:
    found = analyse("The skier Kaisa Mäkinen won. Mäkinen, 24, finished fourth last week.")
    assert [m.name for m in found.mentions if m.sentence == 1] == ["Mäkinen"]
    # Okay: a common word opening a sentence is no name.
    found = analyse("The skier won. Lying in bed, she slept.")
    assert not [m for m in found.mentions if m.sentence == 1]


def test_a_singular_of_a_plural_organisation_ending_ends_an_organisation() -> None:
    found = analyse("Karadeniz Enerji Holding was founded in 2009.")
    assert {m.kind for m in found.mentions} == {ORGANISATION}
    # Okay: a participle opening a sentence is no organisation.
    found = analyse("Holding a press conference, Anna Berg said she was pleased.")
    assert ORGANISATION not in {m.kind for m in found.mentions}


def test_a_pronoun_reported_by_its_named_speaker_is_a_vote_for_the_speaker() -> None:
    text = (
        "Kim Lee and Simone Okafor arrived. Okafor told journalists that she was moved. "
        "Lee left early. Okafor said that she would return."
    )
    found = analyse(text)
    assert {m.gender for m in _of(found, "Okafor")} == {FEMALE}
    # Okay: someone else between the speaker and the pronoun.
    text = text.replace("told journalists", "told Lee").replace("said that", "told Lee that")
    assert {m.gender for m in _of(analyse(text), "Okafor")} == {None}


def test_a_person_whose_given_name_is_a_place_takes_its_gender() -> None:
    text = (
        "She met the agriculture minister of the state, Adelaide Brooks. "
        "Brooks said the deal was good."
    )
    found = analyse(text)
    assert {m.gender for m in _of(found, "Brooks")} == {FEMALE}
    # Okay: a name of unknown kind opening with a place is no person (Adelaide Oval).
    found = analyse("The match was played at Adelaide Oval. Adelaide Oval was full.")
    assert {m.gender for m in found.mentions} == {None}


def test_a_later_mention_of_the_name_renews_its_apposed_role() -> None:
    text = (
        "The deal was signed by the agriculture minister of the state, Adelaide Brooks. "
        "Farmers were pleased. Prices rose. Exports grew. The drones arrived. "
        "Brooks visited the farms. The minister added that the department would report."
    )
    found = analyse(text)
    (minister,) = [m for m in found.mentions if m.text == "The minister"]
    assert minister.gender == FEMALE
    # Okay: without the name again, the role is too far back to be hers.
    filler = " ".join(["Trade grew."] * ROLE_REACH)
    found = analyse(text.replace("Brooks visited the farms.", filler))
    (minister,) = [m for m in found.mentions if m.text == "The minister"]
    assert minister.gender is None


def test_the_last_word_of_an_organisations_name_types_a_subject() -> None:
    text = "Karadeniz Enerji Holding was founded in 2009. The holding promised to pay his taxes."
    found = analyse(text)
    assert found.subjects[1].text == "The holding"
    assert found.subjects[1].nonperson
    # Okay: without that organisation, the word types nothing.
    found = analyse("The firm was founded in 2009. The holding promised to pay his taxes.")
    assert 1 not in found.subjects


def test_a_full_name_spelt_without_accents_or_reversed_shares_its_gender() -> None:
    found = analyse(
        "Mayor Elif Nur Şahin was detained on Tuesday. Prices fell. Trade slowed. "
        "Elif Nur Sahin studied law in Izmir. Markets rose. "
        "Ms Keiko Tanaka joined the firm in 1991. Tanaka Keiko led the design."
    )
    (variant,) = _of(found, "Elif Nur Sahin")
    assert (variant.kind, variant.gender) == (PERSON, FEMALE)
    (reversed_name,) = _of(found, "Tanaka Keiko")
    assert reversed_name.gender == FEMALE
    # Okay: another given name with the same surname is someone else.
    other = analyse("Mayor Elif Nur Şahin was detained. Kemal Sahin spoke to reporters.")
    (husband,) = _of(other, "Kemal Sahin")
    assert husband.gender != FEMALE


def test_a_stated_gender_does_not_reach_back_to_a_bare_surname_before_the_name() -> None:
    text = "Romero resigned on Sunday. Players wept. Her father, Manuel Romero, watched."
    found = analyse(text)
    assert _of(found, "Romero")[0].gender != MALE
    # Okay: a bare surname after the full name takes its stated gender.
    found = analyse(text + " Romero left the stadium.")
    assert _of(found, "Romero")[-1].gender == MALE
