"""P102 judgements of checker/rules/pronoun_contrary.py: a speaker or a speech tag of the
other gender."""

from __future__ import annotations

import pytest

from checker import lint_text
from checker.types import Severity


def warnings(text: str) -> list[tuple[str, str]]:
    """(code, pronoun) of the P findings at warning or error."""
    return [
        (f.code, text[f.start : f.end])
        for f in lint_text(text, select="P")
        if f.code.startswith("P") and f.severity >= Severity.WARNING
    ]


# A person of the pronoun's gender three sentences back, in a long text, is out of the
# speaker's reach: the reported pronoun is the speaker's.
_WOMAN_BEFORE = "A spokeswoman, Joanna Dąbrowska, said the bill would be analysed. It was long. "
_MAN_BEFORE = "A spokesman, Piotr Nowak, said the bill would be analysed. It was long. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a complement and an apposition between the speaker and the speech verb
        (
            _MAN_BEFORE + "The strike went on. A deputy of the opposition party, Dorota Lis, "
            "said that he would vote against the bill.",
            [("P102", "he")],
        ),
        # a speaker named in apposition to a subject that is no mention, by a given name
        (
            _WOMAN_BEFORE + "In Sokołów, the ward is still closed. The head of the county, "
            "Andrzej Mazur, said that she had found two midwives.",
            [("P102", "she")],
        ),
        # a possessive opening the reported clause
        (
            _MAN_BEFORE + "The strike went on. Ms. Wiśniewska said his union would march on "
            "the day of the first reading.",
            [("P102", "his")],
        ),
        # two appositions between the speaker and the speech verb
        (
            _MAN_BEFORE + "The strike went on. Dorota Lis, the chairwoman, who spoke first, "
            "said that he would vote against the bill.",
            [("P102", "he")],
        ),
        # a first predicate before the one that reports
        (
            _MAN_BEFORE + "The plant was closed. The industry minister, Keiko Yamamoto, "
            'called the case "extremely regrettable" and said that his ministry would act.',
            [("P102", "his")],
        ),
        # the person a "who" clause speaks for, in apposition to a subject that is no person
        (
            _MAN_BEFORE + "The plant was closed. The delegation was led by the minister of "
            "irrigation, Amira Osman, who told reporters that his country had suffered floods.",
            [("P102", "his")],
        ),
        # an opening pronoun of the other gender speaks for the woman named before
        (
            _MAN_BEFORE + "The strike went on. Another expert, Claire Vasseur of the "
            "institute, disagreed. She said that his own surveys showed support for the "
            "strikers.",
            [("P102", "his")],
        ),
    ],
)
def test_a_speaker_of_the_other_gender_contradicts_the_reported_pronoun(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert warnings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "told his colleagues": an object of the verb, not the reported clause
        "Mr. Nowak stayed at home. Ms. Wiśniewska told his colleagues to wait.",
        # a man in the sentence before may be meant
        "Mr. Kowalski left the hospital. Ms. Wiśniewska said his plan had failed.",
        # someone of unknown gender in the apposition may be meant
        "The vote was close. A deputy, a friend of Kowalczyk, said that he would resign.",
        # the woman named before is not the one the opening pronoun stands for
        "Claire Vasseur and Mr. Aubry disagreed. He said that his own surveys showed it.",
        # a man met in the first predicate may be meant
        _MAN_BEFORE + "The plant was closed. The industry minister, Keiko Yamamoto, met Mr. "
        "Sato and said that his ministry would act.",
        # the man before the apposition may be meant
        "Mr. Sato praised the minister, Amira Osman, who said that he had done well.",
        # a man two sentences back, the text's topic, may be meant
        "Mr. Diaz resigned on Monday. The party was divided. Its leader, Anna Lis, said that "
        "his decision was brave.",
        # ... even across a paragraph break
        "Mr. Diaz resigned on Monday.\n\nThe party met on Tuesday. Its leader, Anna Lis, said "
        "that his decision was brave.",
        # a man named with the woman an opening pronoun stands for may be meant
        "Ms. Brandt met Mr. Keller on Monday. The talks failed. She said that he had lied.",
        # a man named in a quotation in reach may be meant
        '"Mr. Keller has lied to us," Ms. Brandt said. She said that he would pay.',
        # the speaker is a man: "his" fits
        "The vote was close. A deputy of the opposition party, Marek Lis, said his party "
        "would vote against.",
    ],
)
def test_a_speaker_does_not_contradict_when_someone_else_fits(text: str) -> None:
    assert warnings(text) == []


def test_a_capitalised_pronoun_after_a_closed_quotation_opens_a_new_sentence() -> None:
    text = (
        'The secretary general of the League, Ahmed Mansour, said the plan was "a historic '
        'step." She provides for a regional fund.'
    )
    assert warnings(text) == [("P102", "She")]
    # A speech tag after the quotation is the speaker, who may be a woman named after it.
    text = '"We will win," she said. Ms. Lee, a nurse, has worked there for years.'
    assert warnings(text) == []


def test_a_speech_tag_contradicts_a_speaker_named_by_a_given_name() -> None:
    text = (
        _WOMAN_BEFORE + "The factories were closed. A professor at the university, Marek Lis, "
        'said the problem was structural. "Factories have long relied on the pride of the '
        'workers," she said.'
    )
    assert warnings(text) == [("P102", "she")]
    # A woman named in reach may be the speaker.
    text = (
        "A professor, Marek Lis, spoke after Ms. Lee. "
        '"Factories have long relied on the pride of the workers," she said.'
    )
    assert warnings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Residents gathered outside the town hall, where Mr. Lee spoke. "We lost everything," '
        "she said.",
        'Mr. Lee met the nurses on Monday. "Nobody listens to us," she said.',
    ],
)
def test_one_of_a_group_may_be_the_speaker_of_a_speech_tag(text: str) -> None:
    assert warnings(text) == []


def test_according_to_continues_the_speaker_before() -> None:
    text = (
        "The mayor, Ali Demir, declined to comment. "
        "The engineer Mehmet Yildiz left the company last year. Yildiz told our paper that "
        "the figures were wrong. According to her, the dams would be empty in summer."
    )
    assert ("P102", "her") in warnings(text)
    # Okay: the speaker is a woman.
    assert not warnings(text.replace("Mehmet", "Ayse"))


def test_a_given_name_confirmed_by_a_pronoun_of_its_sentence_is_no_guess() -> None:
    text = (
        "In Ankara, the deputy minister Selin Aydin defended the plan. Aydin spoke on "
        "television. She said that she understood the worry, but that he had to think "
        "of the whole country."
    )
    assert ("P102", "he") in warnings(text)
    # Okay: a man in reach may be meant.
    assert not warnings(text.replace("Aydin spoke", "Aydin met Mr. Kaya. She spoke"))


def test_siblings_sharing_a_surname_are_two_people() -> None:
    text = (
        "Prices fell in May. Gabor Kovacs said he had sold the wheat, "
        "but Istvan Kovacs said she would keep the corn."
    )
    assert ("P102", "she") not in warnings(text)
    # One person named twice: he and then she is reported.
    one = (
        "Prices fell in May. Gabor Kovacs said he had sold the wheat, but she would keep the corn."
    )
    assert ("P102", "she") in warnings(one)


def test_according_to_a_possessive_is_no_continuation() -> None:
    text = (
        "The mayor, Ali Demir, declined to comment. "
        "The engineer Mehmet Yildiz left the company last year. Yildiz told our paper that "
        "the figures were wrong. According to her lawyer, the dams would be empty in summer."
    )
    assert ("P102", "her") not in warnings(text)


def test_the_subject_after_an_opener_continues_the_subject_before() -> None:
    text = (
        "Ingrid Solberg recorded forty albums with the orchestra. Solberg died in 2019. "
        "In an interview in 2015, he said that his husband had written the sonatas for her."
    )
    # The main clause's subject after the opener's comma cannot mean "his husband", named
    # later in its own clause: it goes on with Solberg.
    assert ("P102", "he") in warnings(text)
    # Okay: the pronoun fits her.
    assert not warnings(text.replace("he said that his", "she said that her"))
    # Okay: a man's name, with his wife.
    man = text.replace("Ingrid", "Lars").replace("husband", "wife").replace("for her", "for him")
    assert not warnings(man)
    # Okay: a man named before the pronoun in its own clause's opener may be meant.
    met = text.replace("In an interview", "Asked about Peter Lund in an interview")
    assert ("P102", "he") not in warnings(met)


def test_one_of_a_group_after_a_copula_is_no_one_else() -> None:
    text = (
        "The shipyard grew fast last year. Ms Park, 47, is one of the few women to run "
        "a yard of this size. Investors see him as a likely successor to the chairman."
    )
    assert ("P102", "him") in warnings(text)
    # Okay: one of a group named as an object may be meant.
    other = text.replace("is one of the few women to run", "hired one of the welders for")
    assert ("P102", "him") not in warnings(other)


def test_a_mother_of_two_is_a_woman_in_reach() -> None:
    text = 'Describing Mr Reyes as "a good person", the mother-of-two said she was hopeful.'
    assert not warnings(text)
    # The compound states a gender: the father-of-two is no "she".
    assert ("P102", "she") in warnings(text.replace("mother", "father"))


_NEW_PARAGRAPH = (
    "The union will bargain over pay in March. Its leader said the talks would be tough. "
    "Okada, 52, started as a welder in Nagoya.{sep}Ms Mori is married and has "
    "two sons. In an interview in 2021, he said that his husband had raised the boys."
)


def test_a_paragraph_opening_with_a_woman_sets_the_topic_for_the_subject_after_an_opener() -> None:
    assert ("P102", "he") in warnings(_NEW_PARAGRAPH.format(sep="\n\n"))
    # Okay: in one paragraph, Yamada (of unknown gender) may still be meant.
    assert ("P102", "he") not in warnings(_NEW_PARAGRAPH.format(sep=" "))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive in its subject's own clause, another man in reach
        (
            "The Prime Minister of New Zealand, Helen Carter, met Kenji Watanabe. Watanabe "
            "praised the deal. The Prime Minister and his entourage visited a factory.",
            [("P102", "his")],
        ),
        (
            "The biologist Maria Lind presented the study. The researcher has given twenty "
            "years of his career to this question.",
            [("P102", "his")],
        ),
        # a relative clause between commas after the subject
        (
            "The coordinator of the project, the chemist Ana Costa, spoke on Monday. The "
            "researcher, who studied in Lyon and Oslo, has devoted ten years of his life to it.",
            [("P102", "his")],
        ),
        # a possessive inside a relative clause on the subject
        (
            "The Minister of Health, Elisabeth Svensson, visited the ward. Svensson, who "
            "must present his budget in April, gave no figure.",
            [("P102", "his")],
        ),
        # Okay: someone between the subject and the possessive may own it
        (
            "Ms. Lind met Mr. Holm. Ms. Lind, who replaced Mr. Holm after his illness, spoke.",
            [],
        ),
        (
            "Ms. Lind met Mr. Holm. Ms. Lind thanked Mr. Holm for his support.",
            [],
        ),
        # Okay: an infinitive's possessive may be anyone's; a new, indefinite subject too
        (
            "Mr. Bond plays cards. Ms. Lind arrives to take his eye off the game.",
            [],
        ),
        (
            "Mr. Bond plays cards. A woman sits down and takes his money.",
            [],
        ),
    ],
)
def test_a_possessive_bound_in_its_subjects_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert warnings(text) == expected
