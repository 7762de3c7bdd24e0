"""Bindings of checker/rules/pronoun_syntax.py: the subject a reported pronoun belongs to."""

from __future__ import annotations

import pytest
from pronoun_helpers import warned_with_message as warnings


def test_the_speaker_is_the_subject_not_the_complement_of_its_noun() -> None:
    text = (
        "The bill gives the agency new powers. The association of counties said he had not "
        "been consulted."
    )
    ((code, pronoun, message),) = warnings(text)
    assert (code, pronoun) == ("P101", "he")
    assert "the association" in message


def test_a_man_in_the_sentence_before_may_be_the_one_reported_on() -> None:
    text = (
        "Mr. Nowak wrote to the ministry. The association of counties said he had not been "
        "consulted."
    )
    assert warnings(text) == []


def test_a_pronoun_of_an_in_which_clause_is_the_main_subject_s() -> None:
    text = (
        "The supporters were angry. The largest fan association published a statement in "
        "which she asked the owners to keep prices low."
    )
    assert [(code, pronoun) for code, pronoun, _ in warnings(text)] == [("P101", "she")]


def test_a_woman_just_named_may_be_the_subject_of_an_in_which_clause() -> None:
    text = (
        "Ms. Roux was charged in May. The court issued a ruling in which she was cleared of "
        "all charges."
    )
    assert warnings(text) == []


def test_a_possessive_in_a_reported_clause_is_its_subject_s() -> None:
    text = (
        "The works council met on Monday. Its chairwoman, Daniela Brandt, said the board had "
        "broken his promise of job security."
    )
    assert [(code, pronoun) for code, pronoun, _ in warnings(text)] == [("P101", "his")]


def test_a_man_speaking_of_a_reported_clause_may_own_its_possessive() -> None:
    text = "The works council met. Mr. Brandt said the board had broken his trust."
    assert warnings(text) == []
    # "told the board": an object, not the reported clause's subject
    text = "The council met. Ms. Brandt told the board his plan had failed."
    assert [code for code, _, _ in warnings(text)] != ["P101"]


@pytest.mark.parametrize(
    "text",
    [
        "The board met Ms. Ortiz on Monday. The company praised her work.",
        "Police arrested Ms. Ortiz on Monday. The court granted her bail.",
        "Prosecutors charged Mr. Lee with fraud. The bank said his accounts were frozen.",
        "The jury heard from Ms. Ortiz for three hours. The court found her testimony credible.",
    ],
)
def test_a_person_named_in_the_sentence_before_may_own_the_possessive(text: str) -> None:
    assert warnings(text) == []


def test_a_pronoun_of_a_where_clause_is_the_main_subject_s() -> None:
    text = "The company opened a plant in Ohio, where she employs 500 people."
    assert [(code, pronoun) for code, pronoun, _ in warnings(text)] == [("P101", "she")]
    # a woman who moved is the subject, and a person
    assert warnings("Ms. Ortiz moved to Paris, where she studied law.") == []
    # the man just named may be meant
    text = "The court sent Mr. Diaz to Spain, where he was jailed for ten years."
    assert warnings(text) == []
