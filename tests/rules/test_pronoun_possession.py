"""Possessives bound by what they possess (checker/rules/pronoun_possession.py)."""

from __future__ import annotations

import pytest
from pronoun_helpers import warned_with_message as reported
from pronoun_helpers import with_severity as all_p

from checker.types import Severity


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent"),
    [
        (
            "The minister, Anna Weber, presented the figures on Monday. According to her, "
            "Austria will see her GDP grow by one percent.",
            "her",
            "Austria",
        ),
        (
            "Mr. Duval met the board last week. The group said that his subsidiaries in Spain "
            "would cut production.",
            "his",
            "the group",
        ),
        (
            "Ms. Garnier praised the investments. Munich has seen her population grow by two "
            "percent in five years.",
            "her",
            "Munich",
        ),
        (
            "Ms. Roux defended the plan in parliament. Italy must bring her budget deficit "
            "under three percent, the commission said.",
            "her",
            "Italy",
        ),
        (
            "Mr. Kahn spoke to reporters after the vote. The company told his shareholders "
            "that the dividend would be cut.",
            "his",
            "the company",
        ),
    ],
)
def test_a_noun_only_a_nonperson_has_binds_its_possessive_whoever_is_near(
    text: str, pronoun: str, antecedent: str
) -> None:
    found = reported(text)
    assert [(code, p) for code, p, _ in found][-1:] == [("P101", pronoun)]
    assert antecedent in found[-1][2]


def test_the_possessive_is_not_a_person_s_when_it_is_not_the_institution_s() -> None:
    # A person of that gender near, the noun may be a person's: nothing decides.
    text = (
        "Ms. Garnier praised the investments. Lyon has won praise for her team and her "
        "plan for a second metro line."
    )
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A person's own clause: a businessman has shareholders, a general headquarters.
        "Mr. Buffett wrote to his shareholders on Saturday.",
        "She told her shareholders that the merger was off.",
        "Ms. Kahn spoke on Monday. At the bank, she told her shareholders that the dividend "
        "would fall.",
        "The general moved his headquarters to the coast in May.",
        # A pronoun of that gender between the clause's subject and the possessive.
        "Mr. Ruiz was the rebel leader. The court heard that he moved his headquarters in May.",
        # Nouns a person has too: her husband, his career, her party, his government.
        "Ms. Moreau, the prime minister, said the country needs her government to act.",
        "France has named Ms. Roux to lead the talks. Her husband is a diplomat.",
    ],
)
def test_personal_or_ambiguous_possessions_stay_silent(text: str) -> None:
    assert reported(text) == []


def test_a_measure_of_a_state_types_an_unknown_name_as_a_non_person() -> None:
    # "Lyon" is a name of unknown kind: only its population says what it is, an info.
    text = "Ms. Garnier praised the investments. Lyon has seen her population grow."
    assert all_p(text) == [("P101", "her", Severity.INFO)]


@pytest.mark.parametrize(
    "text",
    [
        # A man may hold people, an organisation or a place: the name may be his.
        "Buffett wrote to his shareholders on Saturday.",
        "Ortiz moved his headquarters to the coast.",
        "Ortiz defended his territory against the rival gang.",
    ],
)
def test_what_a_person_may_hold_does_not_type_an_unknown_name(text: str) -> None:
    assert all_p(text) == []
