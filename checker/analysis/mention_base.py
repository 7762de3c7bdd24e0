"""The records of the mentions analysis: mention kinds, genders, pronoun cases, and the
``Mention``/``Pronoun``/``Mentions`` records with the small facts read off one record.

The vocabulary the scan reads is in :mod:`checker.analysis.mention_words`, a sentence's
tokens in :mod:`checker.analysis.mention_sentence`."""

from __future__ import annotations

import bisect

from checker.analysis import gazetteers as gz
from checker.types import SlotRecord

# Mention kinds -----------------------------------------------------------------------------
PERSON = "person"  # a person for sure: titled name, role noun, gendered noun
NAME = "name"  # a capitalised name of unknown kind: may be a person
POSSIBLE = "possible-person"  # someone, another, one of..., an agent-shaped noun
ANIMAL = "animal"
COUNTRY = gz.COUNTRY
REGION = gz.REGION
CITY = gz.CITY
ORGANISATION = gz.ORGANISATION
INSTITUTION = "institution"  # a common noun: the company, the North Korean government
VESSEL = "vessel"  # a ship, which English may call "she"
PLACE = "place"  # an unknown name used as a place: near Alès, the Gard
PEOPLE_GROUP = "people"  # a demonym used as a plural noun: Ukrainians

ANIMATE_KINDS = frozenset({PERSON, NAME, POSSIBLE, ANIMAL})
NONPERSON_KINDS = frozenset({COUNTRY, REGION, CITY, ORGANISATION, INSTITUTION, VESSEL, PLACE})

FEMALE = "female"
MALE = "male"

# Pronouns ----------------------------------------------------------------------------------
SUBJECT = "subject"
OBJECT = "object"
POSSESSIVE = "possessive"
POSSESSIVE_OR_OBJECT = "possessive-or-object"  # "her"
INDEPENDENT = "independent"  # "hers", "his" standing alone
REFLEXIVE = "reflexive"
PRONOUNS: dict[str, tuple[str, str]] = {
    "she": (FEMALE, SUBJECT),
    "her": (FEMALE, POSSESSIVE_OR_OBJECT),
    "hers": (FEMALE, INDEPENDENT),
    "herself": (FEMALE, REFLEXIVE),
    "he": (MALE, SUBJECT),
    "him": (MALE, OBJECT),
    "his": (MALE, POSSESSIVE),
    "himself": (MALE, REFLEXIVE),
}
STRONG_EVIDENCE = frozenset({"title", "noun", "name"})  # evidence that states a gender outright


# Records ---------------------------------------------------------------------------------------
class Mention(SlotRecord):
    """One mention; ``text[start:end]`` covers its determiner, title and name.

    ``name_start``/``name_end`` delimit the proper name (``Volodymyr Zelensky`` in
    ``Ukrainian President Volodymyr Zelensky``), or are -1. ``gender`` is ``female``,
    ``male`` or None, with ``evidence`` ``title``, ``noun``, ``name`` (another mention of the
    same name had a title) or ``pronoun``.
    """

    __slots__ = (
        "ambiguous",
        "end",
        "evidence",
        "evidence_at",
        "gender",
        "head",
        "in_quote",
        "kind",
        "modifier",
        "name_end",
        "name_start",
        "plural",
        "possessive",
        "sentence",
        "start",
        "subject",
        "text",
        "title",
    )

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        sentence: int,
        text: str,
        head: str = "",
        plural: bool = False,
        gender: str | None = None,
        evidence: str | None = None,
        title: str | None = None,
        name_start: int = -1,
        name_end: int = -1,
        in_quote: bool = False,
        possessive: bool = False,
        modifier: bool = False,
        ambiguous: bool = False,
        subject: bool = False,
        evidence_at: int = -1,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.sentence = sentence
        self.text = text
        self.head = head
        self.plural = plural
        self.gender = gender
        self.evidence = evidence
        self.title = title
        self.name_start = name_start
        self.name_end = name_end
        self.in_quote = in_quote
        self.possessive = possessive
        self.modifier = modifier  # a noun modifying another (the company van)
        self.ambiguous = ambiguous  # a place that is also a given name (Jordan)
        self.subject = subject  # opens its sentence's main clause
        # Where the pronoun that gave ``gender`` (evidence ``pronoun``/``pronoun-weak``)
        # starts: that pronoun is no evidence for itself.
        self.evidence_at = evidence_at

    @property
    def name(self) -> str | None:
        return None if self.name_start < 0 else self.text_of_name

    @property
    def text_of_name(self) -> str:
        offset = self.name_start - self.start
        return self.text[offset : offset + self.name_end - self.name_start]

    @property
    def animate(self) -> bool:
        """May be a person (or an animal): a possible antecedent of any gendered pronoun."""
        return self.kind in ANIMATE_KINDS or (self.ambiguous and not self.plural)

    @property
    def nonperson(self) -> bool:
        return self.kind in NONPERSON_KINDS and not self.ambiguous


class Pronoun(SlotRecord):
    """A gendered personal pronoun (she, her, hers, herself, he, him, his, himself)."""

    __slots__ = (
        "after_conjunction",
        "after_relative",
        "after_speech_verb",
        "case",
        "end",
        "gender",
        "generic",
        "in_quote",
        "opens_clause",
        "quote_subject",
        "sentence",
        "speech_tag",
        "start",
        "text",
    )

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        gender: str,
        case: str,
        sentence: int,
        in_quote: bool = False,
        generic: bool = False,
        opens_clause: bool = False,
        after_relative: bool = False,
        after_speech_verb: bool = False,
        speech_tag: bool = False,
        after_conjunction: bool = False,
        quote_subject: Mention | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.gender = gender
        self.case = case
        self.sentence = sentence
        self.in_quote = in_quote
        self.generic = generic  # he or she, his/her
        self.opens_clause = opens_clause  # the subject (or possessor) heading its sentence
        self.after_relative = after_relative  # which she leads
        self.after_speech_verb = after_speech_verb  # the ministry said (that) she
        self.speech_tag = speech_tag  # ,” she said
        # the ministry says ..., and he has refused; ...: he
        self.after_conjunction = after_conjunction
        # Inside a quotation that opens with a non-person subject, a possessive, reflexive
        # or reported pronoun of that clause: “The company has doubled his profits,” he said.
        self.quote_subject = quote_subject


class Mentions:
    """Everything found, in text order, with per-sentence lookups."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.pronouns: list[Pronoun] = []
        self.sentence_starts: list[int] = []
        self.heading_sentences: frozenset[int] = frozenset()
        self.paragraph_of_sentence: list[int] = []
        self.subjects: dict[int, Mention] = {}
        self.first_or_second_person = False

    @property
    def people(self) -> list[Mention]:
        """Sure people: titled names, role nouns, gendered nouns."""
        return [m for m in self.mentions if m.kind == PERSON]

    @property
    def names(self) -> list[Mention]:
        """Mentions holding a proper name (people and names of unknown kind)."""
        return [m for m in self.mentions if m.name_start >= 0]

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)


def name_key(mention: Mention) -> str | None:
    """What every mention of one named person shares: the last word of the name."""
    if mention.name_start < 0 or mention.plural:
        return None
    return mention.text_of_name.rpartition(" ")[2]


def pronoun_first(item: Mention | Pronoun) -> tuple[int, bool]:
    """Text order, a pronoun before a mention starting where it does (``Her director``)."""
    return item.start, isinstance(item, Mention)


def maybe_a_thing(mention: Mention) -> bool:
    """A name with nothing that makes it a person (no title, no stated gender)."""
    if mention.name_start < 0 or mention.title is not None or mention.evidence is not None:
        return False
    return mention.kind in (NAME, PERSON)
