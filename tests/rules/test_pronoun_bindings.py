"""Syntactic bindings of the P rules (checker/rules/pronoun_bindings.py) and the
constructions of the resolver that use them: datelines, relative clauses between a speaker
and its verb, squad numbers, continued subjects, names typed by an organisation ending."""

from __future__ import annotations

import pytest
from pronoun_helpers import warned

from checker import lint_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline opens the story: the clause's subject comes after it.
        (
            "Harbour reopens\n\nGENOA — The port authority announced on Friday that she "
            "had finished dredging the channel.",
            [("P101", "she")],
        ),
        (
            "Tram deal\n\nŁÓDŹ — The city transport company signed a contract for her "
            "new trams on Monday.",
            [("P101", "her")],
        ),
        # The speaker of "said" across its own relative clause, whoever that clause names.
        (
            "Fares rose again in March. The watchdog, whose chairman Tom Rees met both "
            "bosses on Friday, said she would publish new rules in June.",
            [("P101", "she")],
        ),
        (
            "Sales fell. The insurer, which was fined by the court in 2021, has said that "
            "he will appeal.",
            [("P101", "he")],
        ),
        # A sentence-opening pronoun continues the thing the sentence before was about,
        # though a place named two sentences back might be a person's name.
        (
            "The tour reaches Lisbon and Porto in May. The foundation that funds the choir "
            "met on Tuesday. She will pay the local promoters, according to an aide.",
            [("P101", "She")],
        ),
        # The name's last word is an organisation's (WordNet): not a woman.
        (
            "The Linden Valley Orchestra has called off three concerts of her spring tour.",
            [("P101", "her")],
        ),
        # The subject before is a firm in apposition, not a person of unknown gender.
        (
            "The rival bidder, the Swedish group Norrbyggen, lodged an appeal. The "
            "procurement board will rule in May; she can halt the contract.",
            [("P101", "she")],
        ),
        # The text goes on calling the firm "she": a woman profiled earlier is no excuse.
        (
            "Maria Lopez ran the insurer until 2019. The company grew fast. Profits doubled. "
            "Claims rose in 2023. The insurer said she would appeal the fine. She has already "
            "paid 2 million euros.",
            [("P101", "she"), ("P101", "She")],
        ),
        # A woman named as the only person, then "he" two sentences later.
        (
            "Anna Berg, the chief executive, presented the results on Monday. Sales rose by 5% "
            "in the quarter. He said the outlook was good.",
            [("P102", "He")],
        ),
        # The woman two sentences back is one by her predicate noun: "he" continues the
        # plan, and the ministry's "his" follows.
        (
            "Vera Kunz, 44, grew up in Graz and is the mother of three sons. The plan took "
            "months of talks with the council. He chose to keep the old facade. The ministry, "
            "which paid for the works, sent his deputy to the opening.",
            [("P101", "He"), ("P101", "his")],
        ),
        # A role noun opening the sentence in apposition to the pronoun is the pronoun's.
        (
            "Mr. Olsen led the talks himself. A former nurse at the city clinic, she joined "
            "the firm in 2019.",
            [("P102", "she")],
        ),
        # A pronoun a few words into a relative clause opened by "which": the head's.
        (
            "Ms. Lee spoke of a hard season. The draw is a blow for the club, which had "
            "hoped that his best player would stay.",
            [("P101", "his")],
        ),
        # A possessive opening its sentence continues the subject before, though a name
        # of unknown kind is named two sentences back.
        (
            "The forum heard from Osei on Monday. Austria raised its tariffs again. Her "
            "exports fell by a third.",
            [("P101", "Her")],
        ),
        # The firm the sentence before is about, described by nationality and a noun.
        (
            "Kolvex cut its forecast. The German giant said she would cut 500 jobs.",
            [("P101", "she")],
        ),
        # A participle clause opens the sentence: the subject comes after its comma.
        (
            "Founded in 1890, the club has won her first title in 40 years.",
            [("P101", "her")],
        ),
        # "It" continues the subject before, and so does the pronoun of its clause.
        (
            "The airline is flying at full capacity. It must hire 200 pilots next year, and "
            "he is competing for them with two rivals.",
            [("P101", "he")],
        ),
        # The idiom's possessive is its subject's, whoever the sentence before is about.
        (
            "The president of the union, Mr. Olsen, wants a strike. The regulator, for his "
            "part, says wages rose by 4%.",
            [("P101", "his")],
        ),
        # A role noun whose name in apposition is a man's is no woman the firm may mean.
        (
            "The chief executive of the mill, Mr. Berg, praised the bid. The insurer said "
            "she would keep all 300 jobs.",
            [("P101", "she")],
        ),
    ],
)
def test_binding_reports(text: str, expected: list[tuple[str, str]]) -> None:
    assert warned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A squad number after a team names a player.
        "The Leinster number 9 scored twice on Sunday. He said the side was ready.",
        "Cork's No. 4 was sent off. He will miss the final.",
        # A woman stated in the sentence before may be who the firm speaks of.
        "Anna Weber was named chief executive on Monday. The bank, which has lost "
        "clients all year, said she would start in May.",
        # Someone of unknown gender the sentence before is about may be meant.
        "Kim Osei resigned on Monday. The firm, which has 300 staff, said she would be missed.",
        # A woman named inside the relative clause may be meant.
        "The bank, whose chairwoman Anna Weber met the minister, said she would resign.",
        # The predicate is a person's.
        "The club signed Osei in May. The club, which was founded in 1901, said he had "
        "been injured in training.",
        # Someone a reader takes up again two sentences back: a role noun.
        "A nurse told the inquiry about the night shift. The hospital was short of staff. "
        "She said the ward had no doctor.",
        # A given name opens a person's name even when the last word is an institution.
        "Julia Chamber sang her new song.",
        # A place as a surname is no organisation.
        "Top seed Lindsay Davenport booked her place in the last 16.",
        # A ship is still "she".
        "The ferry left Naples at noon. She reached Palermo at dawn.",
        # The woman named in the participle clause may be meant.
        "Founded in 1990 by Vera Kunz, the shop still sells her jam.",
        # A name ending like a participle is no opener.
        "Ted, the new coach, said he was happy with the squad.",
        # A woman in reach may be the one the apposition describes.
        "Mr. Olsen met Vera Kunz on Monday. A former nurse, she joined the firm in 2019.",
        # The object of the "which" clause, its subject right after "which", or a woman
        # named before: someone else.
        "Ms. Lee left in May. The coach praised the bank, which trained her in London.",
        "Turnout rose. The coach said the party, which she leads, won 40 seats.",
        "Ms. Lee joined the bank, which paid her salary.",
        "The coach spoke of a hard season. The draw is a blow for the club, which had hoped "
        "that his best player would stay.",
        # The same words for a person: after a club, after a firm that names someone,
        # after a person.
        "The club signed a new centre. The Serbian giant said he was happy.",
        "Kolvex hired Novak Jovic. The Serbian giant said he was happy.",
        "Boris Brenner won again. The German giant said he was tired.",
        # A cleft's "it" may be about anyone.
        "Lena Voss won the race. It was the first title of her career.",
        # Someone named before the pronoun in the "it" sentence.
        "The club lost again. It sacked Jo Rees on Monday, and she said she was sad.",
    ],
)
def test_binding_okay(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # One person called "he" and then "she" in one sentence: a subject of a later clause.
        (
            "Prices rose in May. The head of the museum, Olaf Brandl, said he had written to "
            "the ministry twice, but that she was still waiting for a reply.",
            "she",
        ),
        (
            "Sales fell. Dirk Haller said he was pleased with the price, but she "
            "warned that the cables could cost more.",
            "she",
        ),
    ],
)
def test_one_person_called_he_and_she(text: str, pronoun: str) -> None:
    assert warned(text) == [("P102", pronoun)]


@pytest.mark.parametrize(
    "text",
    [
        # Two people: she may be the other one.
        "Olaf Brandl met Vera Kunz on Monday. He said he had written twice, but she was "
        "still waiting for a reply.",
        # A group in reach: she may be one of them.
        "The nurses met Olaf Brandl on Monday. He said he had written twice, but she was "
        "still waiting for a reply.",
    ],
)
def test_one_person_called_he_and_she_okay(text: str) -> None:
    assert warned(text) == []


def test_each_rule_is_its_own_predicate() -> None:
    """Ignoring P101 leaves the findings of P102 and P103 as they were."""
    text = (
        "The company said she would cut 500 jobs. Mr. Kim met the press on Monday. She said "
        "the talks had failed. The valve failed. The report says he was replaced."
    )
    every = [(f.code, f.start) for f in lint_text(text, select="P") if f.code != "P101"]
    rest = [(f.code, f.start) for f in lint_text(text, select="P", ignore="P101")]
    assert any(code == "P101" for code, _ in [(f.code, 0) for f in lint_text(text, select="P")])
    assert any(code == "P102" for code, _ in every)
    assert rest == every


@pytest.mark.parametrize(
    "text",
    [
        # The subject of the sentence just before, across a paragraph break.
        "Dr. Anna Keller said the repairs had taken three weeks.\n\nThe hospital thanked "
        "her for the work and extended the contract.",
        # A person of unknown gender as that subject.
        "The new coach said the squad needed a week of rest.\n\nThe club backed her "
        "decision on Friday.",
    ],
)
def test_paragraph_opening_subject_with_a_person_just_before_okay(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # No person near: the subject opening the paragraph.
        "The airline cut its fares on Tuesday.\n\nThe airline reported her losses for the quarter.",
        # The person just before is of the other gender.
        "Tom Rees said the plant would close in May.\n\nThe company praised her workers.",
    ],
)
def test_paragraph_opening_subject_binds_its_possessive(text: str) -> None:
    assert warned(text) == [("P101", "her")]
