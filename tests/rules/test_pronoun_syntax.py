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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of a main clause after a long opener continues the subject before,
        # and so does the possessive of that opener.
        (
            "The central bank was more cautious. In her annual report, published on "
            "Tuesday, she warned that inflation could rise.",
            ["her", "she"],
        ),
        ("The fund did not comment. According to the daily Kurier, he had asked for cuts.", ["he"]),
        # A possessive in an opener looks ahead to the first mention after its comma.
        (
            "The judges met in May. In her ruling, of more than two hundred pages, the court "
            "explains that the wiretaps were illegal.",
            ["her"],
        ),
        # A subordinate clause's subject with no one in reach: its main clause's subject.
        (
            "The federation met on Monday. The federation must now decide if she will "
            "review the sanction.",
            ["she"],
        ),
    ],
)
def test_openers_and_subordinate_clauses_read_the_subject(text: str, expected: list[str]) -> None:
    assert [pronoun for _, pronoun, _ in warnings(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Someone named in the opener, or the subject after it, is meant.
        "The bank was cautious. According to Mr. Ruiz, he expects a larger deficit.",
        "The bank was cautious. In her speech, the governor, Ms. Ruiz, warned of risks.",
        # A court decides about people: a subordinate clause's subject is no binding.
        "Mr. Ortiz was arrested in May. The court will decide whether he can be released.",
        # Anyone in reach, even in the paragraph before.
        "Ms. Ortiz was hurt in May.\n\nThe club met on Monday. "
        "The club will wait until she is back.",
        # "as" is also a preposition and a comparison's.
        "The film follows a pianist in a hotel as he waits for a visa.",
    ],
)
def test_openers_and_subordinate_clauses_okay(text: str) -> None:
    assert warnings(text) == []


_COMPLEMENT_PEOPLE = (
    "Ms Nowak, a spokeswoman for the airport, said the runway would reopen. She thanked the "
    "staff.\n\nThe port is busy in summer. In the fishing sector, views differ: the union of "
    "boat owners said that she backs the new quota."
)


def test_the_speaker_is_the_body_whose_complement_holds_people() -> None:
    ((code, pronoun, message),) = warnings(_COMPLEMENT_PEOPLE)
    assert (code, pronoun) == ("P101", "she")
    assert "the union" in message
    # Okay: a person whose complement holds people is someone.
    assert not warnings(_COMPLEMENT_PEOPLE.replace("the union of", "the daughter of"))
