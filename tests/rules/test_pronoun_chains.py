"""Pronoun chains (checker/rules/pronoun_chains.py): a pronoun that continues one already
reported for a non-person is reported too, unless someone who may be meant breaks the chain."""

from __future__ import annotations

import pytest
from pronoun_helpers import warned_at as reported

from checker import lint_text
from checker.analysis.mentions import FEMALE, MALE, NAME, PERSON, Mention
from checker.document import Document
from checker.rules.pronoun_chains import _may_be_someone, extend_chains
from checker.rules.pronoun_reach import Judgement
from checker.rules.pronouns import resolve
from checker.types import Severity


def words(text: str) -> list[str]:
    return [word for _, word, _ in reported(text)]


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent", "fixed"),
    [
        (  # an info P101 after a reported "He" of the same series becomes a warning
            "The concern explained that his trading arm had suffered in the summer. He also "
            "expects lower revenues in the winter, his finance chief wrote to shareholders.",
            "his finance",
            "the concern",
            "its",
        ),
        (  # the possessed noun and its appositive are the pronoun's own, not antecedents
            "The union warned that the cuts would hit hundreds of workers. She demanded a "
            "social plan. Her chairwoman, Petra Hollmann, said that she would accept no "
            "dismissals.",
            "Her chairwoman",
            "the union",
            "Its",
        ),
        (  # a possessive at the end of a long sentence, after a reported subject pronoun
            "In a note, the firm explained that she will invest another 400 million euros in "
            "cranes. She also promised to hire 300 workers from the region, according to her "
            "director for Spain, Lorenzo Vitale.",
            "her director",
            "the firm",
            "its",
        ),
        (  # a P103 of the same series becomes the P101 of the chain
            "The company said that she wanted to move the production of her vaccines to "
            "Belgium and Ireland, where she already owns two factories.",
            "she already",
            "the company",
            "it",
        ),
    ],
)
def test_a_pronoun_continuing_a_reported_one_is_reported(
    text: str, pronoun: str, antecedent: str, fixed: str
) -> None:
    offset = text.index(pronoun)
    (finding,) = [f for f in lint_text(text, select="P") if f.start == offset and f.code == "P101"]
    assert finding.severity == Severity.WARNING
    assert f"refers to {antecedent}," in finding.message
    assert finding.fix is not None and finding.fix.replacement == fixed


def test_each_pronoun_of_a_long_chain_is_reported_with_the_subject_in_between() -> None:
    text = (
        "Sources at the ministry said that he will study the request within the corridor "
        "plan, whose works are years late. He had already invested two billion euros in the "
        "region, he stressed."
    )
    assert words(text) == ["he", "He", "he"]
    assert {code for code, _, _ in reported(text)} == {"P101"}


def test_a_paragraph_opening_with_the_pronoun_continues_the_chain() -> None:
    text = "The union said she would strike on Monday.\n\nShe also demanded higher pay."
    assert words(text) == ["she", "She"]


@pytest.mark.parametrize(
    ("text", "silent"),
    [
        (  # a woman named between: "she" is hers
            "The company said she would cut 500 jobs. Maria Lopez, a worker at the plant, "
            "said she was afraid.",
            "she was afraid",
        ),
        (  # the brief's trap: the chief executive named in apposition
            "The bank said she would raise rates. Its chief executive, Anna Berg, said she "
            "expected inflation to fall.",
            "she expected",
        ),
        (  # a person of unknown gender, possessed by the reported pronoun, may be meant
            "The bank said she was ready to act. Her representative spoke on Monday. She "
            "also said that rates would rise.",
            "She also",
        ),
        (  # a woman named earlier, taken up by her surname alone where no mention is found
            "Anna Berg joined the bank in 2019 as chief economist.\n\nThe bank said on "
            "Monday that she would raise rates in March. Berg disagreed with the decision. "
            "She said inflation was already falling.",
            "She said",
        ),
        (  # a quotation between
            "The union said she would strike on Monday. “We are ready.” She also demanded "
            "higher pay.",
            "She also",
        ),
        (  # a paragraph break followed by a new subject
            "The union said she would strike on Monday.\n\nThe talks resumed on Tuesday, and "
            "she was present.",
            "she was present",
        ),
        (  # the woman named later in the pronoun's own sentence (cataphora)
            "The bank said she would raise rates. In her speech on Monday, Governor Anna "
            "Berg said inflation was high.",
            "her speech",
        ),
        (  # a person's predicate (a P103 stays one)
            "The agency said she would publish the data on Monday, although she was "
            "arrested in June.",
            "she was arrested",
        ),
        (  # too far: three sentences on
            "The bank said she would raise rates. Prices rose. Exports fell. Imports grew. "
            "She will meet again in May.",
            "She will",
        ),
    ],
)
def test_what_breaks_a_chain(text: str, silent: str) -> None:
    offset = text.index(silent)
    assert offset not in [start for code, _, start in reported(text) if code == "P101"]


def test_a_p103_in_a_chain_becomes_its_p101() -> None:
    text = (
        "The union said on Monday that she would strike. Shares in Nordwerk fell by four "
        "percent. She also demanded higher pay."
    )
    assert reported(text) == [("P101", "she", 30), ("P101", "She", 89)]


def _name(text: str, gender: str | None = None, kind: str = NAME) -> Mention:
    return Mention(0, len(text), kind, 0, text, gender=gender, name_start=0, name_end=len(text))


@pytest.mark.parametrize(
    ("mention", "someone"),
    [
        (_name("Citigroup"), False),  # nothing makes it a person's name
        (_name("Ngozi Eze", gender=FEMALE), True),  # a pronoun made it a woman's
        (_name("the Mediterranean Corridor", gender=MALE), False),
        (_name("Vicent Martí", kind=PERSON), True),  # a person, of unknown gender
    ],
)
def test_who_may_be_someone(mention: Mention, someone: bool) -> None:
    assert _may_be_someone(mention) is someone


def test_a_first_person_text_is_left_alone() -> None:
    doc = Document(
        "I wrote to the bank, and the bank said she would call me. She also sent a letter."
    )
    verdicts = resolve(doc)
    assert extend_chains(doc, list(verdicts), lambda _: False) == list(verdicts)


def test_extend_chains_keeps_text_order_and_reports_non_person() -> None:
    doc = Document(
        "The company said that she wanted to move her vaccines to Belgium, where she owns "
        "two factories."
    )
    verdicts = resolve(doc)
    assert [v.pronoun.start for v in verdicts] == sorted(v.pronoun.start for v in verdicts)
    assert [v.kind for v in verdicts] == [Judgement.NON_PERSON] * 3


def test_a_pronoun_continuing_a_wrong_gender_in_its_sentence_is_reported() -> None:
    text = (
        "Ingrid Solberg recorded forty albums with the orchestra. Solberg died in 2019. "
        "In an interview in 2015, he said that his husband had written the sonatas."
    )
    found = [(f.code, text[f.start : f.end]) for f in lint_text(text, select="P")]
    assert ("P102", "he") in found
    assert ("P102", "his") in found
    # Okay: someone who may be a man comes between.
    other = text.replace("that his husband", "that Peter Lund and his husband")
    found = [(f.code, other[f.start : f.end]) for f in lint_text(other, select="P")]
    assert found == [("P102", "he")]
