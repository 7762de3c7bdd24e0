"""Salience of a pronoun's candidates (checker/rules/pronoun_salience.py) and the P101
findings it decides in long texts with people around."""

from __future__ import annotations

import pytest
from pronoun_helpers import p_findings, warned

from checker.document import Document
from checker.rules.pronoun_salience import Ranking, Salience


def test_the_margin_is_the_non_person_s_lead() -> None:
    assert Ranking(140.0, 40.0, False).margin == 100.0
    assert Ranking(45.0, 90.0, True).margin == -45.0


def _ranking(text: str, pronoun_text: str, antecedent_text: str) -> Ranking:
    doc = Document(text)
    found = doc.mentions
    pronoun = next(p for p in found.pronouns if p.text == pronoun_text)
    antecedent = next(m for m in found.mentions if m.text == antecedent_text)
    speakers = [
        [m for m in found.mentions if m.sentence == i and m.animate]
        for i in range(len(doc.sentences))
    ]
    window = [j for j in range(pronoun.sentence, max(-1, pronoun.sentence - 3), -1)]
    return Salience(found, doc.analysis_text, speakers, {}).rank(pronoun, antecedent, window)


def test_the_last_sentence_s_subject_outweighs_a_woman_two_sentences_back() -> None:
    text = (
        "The talks with Ms. Ruiz ended on Monday. The central bank published its report. "
        "She warned that inflation could rise."
    )
    ranking = _ranking(text, "She", "The central bank")
    assert not ranking.person_holds
    assert ranking.thing > ranking.person > 0


def test_a_woman_in_the_sentence_before_holds_whatever_her_role() -> None:
    text = "The lab, led by Dr. Maria Lind, tested the coating. She said it worked."
    assert _ranking(text, "She", "The lab").person_holds


def test_a_paragraph_boundary_halves_the_salience_again() -> None:
    one = "Mr. Ruiz left. The bank met. The bank said he would pay."
    two = "Mr. Ruiz left.\n\nThe bank met. The bank said he would pay."
    assert _ranking(two, "he", "The bank").person < _ranking(one, "he", "The bank").person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only a preposition's complement two sentences back: the bank is the center.
        (
            "The talks with Ms. Ruiz ended on Monday. The central bank published its report. "
            "She warned that inflation could rise.",
            [("P101", "She")],
        ),
        # A man who spoke in the paragraph before is out of reach of the opener's subject.
        (
            "Mr. Ruiz spoke first. He admitted that the numbers were provisional.\n\n"
            "The Bank of Spain was more cautious. According to its report, he expects "
            "a larger deficit.",
            [("P101", "he")],
        ),
    ],
)
def test_the_most_salient_non_person_is_reported(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert warned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Anyone who fits in the sentence before holds the pronoun, as object or apposition.
        "The lab, led by Dr. Maria Lind, tested the coating. She said it worked.",
        "Police arrested Ms. Ortiz on Monday. The court granted her bail.",
        # A woman who is the subject two sentences back, in the same paragraph.
        "Ms. Ruiz chairs the board. The bank met on Monday. She said the bank would pay.",
        # A speech tag of the sentence before: the center is that speaker.
        "“We cannot wait,” he said. The group will close his oldest furnace.",
        # A pronoun looking ahead to its antecedent may look ahead to someone else.
        "The talks failed. In his absence, the company appointed an interim chief.",
        # The queen near her country; the leader and his government.
        "The Queen of the Netherlands visited Madrid. She praised the ties with her country.",
        "President Ruiz met the envoys. The talks went well. His government will sign.",
    ],
)
def test_a_person_who_is_the_center_is_not_outweighed(text: str) -> None:
    assert warned(text) == []


def test_a_woman_named_three_sentences_back_makes_it_an_info_at_most() -> None:
    text = (
        "Ms. Ruiz founded the firm in 1998. The firm grew fast. The town gave it a prize. "
        "The firm now employs 40 people. She still bakes the bread herself."
    )
    assert [f.severity.label for f in p_findings(text)] in ([], ["info"], ["info", "info"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A thing WordNet alone types, continued as the subject before, far ahead of the
        # woman named as a complement two sentences back.
        (
            "The exhibition about the painter Maria Lind opened on Friday in Berlin. "
            "The exhibition shows 140 works from three countries. She will stay open "
            "until March.",
            [("P101", "She")],
        ),
        (
            "The old bridge over the river was designed by the engineer Ana Ruiz. "
            "The bridge carries 40,000 cars a day. Her deck was renovated in 2010.",
            [("P101", "Her")],
        ),
    ],
)
def test_a_thing_the_pronoun_continues_outweighs_people_further_back(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert warned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The woman is the subject two sentences back: she is still the center.
        "Ms. Lind opened the exhibition on Friday. The exhibition shows 140 works from "
        "three countries. She will stay in Berlin until March.",
        # The woman is named in the sentence before.
        "The exhibition opened on Friday. The exhibition shows 140 works by Maria Lind. "
        "She painted most of them in Rome.",
        # A thing typed by WordNet alone does not speak: the painter may.
        "The exhibition about the painter Maria Lind opened on Friday in Berlin. "
        "The exhibition shows 140 works from three countries. She said that she was moved.",
        "The report on the painter Maria Lind came out in May. The report has 40 pages. "
        "She criticises the museum.",
    ],
)
def test_a_continued_thing_stays_a_guess_near_a_speaker_or_center(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [("She", []), ("He", [("P101", "He")])],
)
def test_a_means_of_transport_may_be_she_like_a_ship(
    pronoun: str, expected: list[tuple[str, str]]
) -> None:
    # WordNet's conveyances (locomotive, car, aircraft) are typed as vessels: English may
    # call them "she", never "he".
    text = f"The locomotive ran on the line until 1968. {pronoun} is now kept in a museum."
    assert warned(text) == expected
