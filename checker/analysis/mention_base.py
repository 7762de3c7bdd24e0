"""The records of the mentions analysis: mention kinds, genders, pronoun cases, and the
``Mention``/``Pronoun``/``Mentions`` records with the small facts read off one record.

The vocabulary the scan reads is in :mod:`checker.analysis.mention_words`, a sentence's
tokens in :mod:`checker.analysis.mention_sentence`."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from checker.analysis import gazetteers as gz

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
@dataclass(slots=True)
class Mention:
    """One mention; ``text[start:end]`` covers its determiner, title and name.

    ``name_start``/``name_end`` delimit the proper name (``Volodymyr Zelensky`` in
    ``Ukrainian President Volodymyr Zelensky``), or are -1. ``gender`` is ``female``,
    ``male`` or None, with ``evidence`` ``title``, ``noun``, ``name`` (another mention of the
    same name had a title) or ``pronoun``.
    """

    start: int
    end: int
    kind: str
    sentence: int
    text: str
    head: str = ""
    plural: bool = False
    gender: str | None = None
    evidence: str | None = None
    title: str | None = None
    name_start: int = -1
    name_end: int = -1
    in_quote: bool = False
    possessive: bool = False
    modifier: bool = False  # a noun modifying another (the company van)
    ambiguous: bool = False  # a place that is also a given name (Jordan)
    subject: bool = False  # opens its sentence's main clause
    # Where the pronoun that gave ``gender`` (evidence ``pronoun``/``pronoun-weak``) starts:
    # that pronoun is no evidence for itself.
    evidence_at: int = -1

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


@dataclass(slots=True)
class Pronoun:
    """A gendered personal pronoun (she, her, hers, herself, he, him, his, himself)."""

    start: int
    end: int
    text: str
    gender: str
    case: str
    sentence: int
    in_quote: bool = False
    generic: bool = False  # he or she, his/her
    opens_clause: bool = False  # the subject (or possessor) at the head of its sentence
    after_relative: bool = False  # which she leads
    after_speech_verb: bool = False  # the ministry said (that) she
    speech_tag: bool = False  # ,” she said
    after_conjunction: bool = False  # the ministry says ..., and he has refused; ...: he
    # Inside a quotation that opens with a non-person subject, a possessive, reflexive or
    # reported pronoun of that clause: “The company has doubled his profits,” he said.
    quote_subject: Mention | None = None
    # The non-person opening the pronoun's own reported or subordinate clause, with no
    # one and no clause break between: "Nagy said that Hungary will protect her farmers".
    # A fact for the resolution (no rule reads it yet): a possessive there may still be
    # the speaker's ("said that the firm had cut his pay").
    clause_subject: Mention | None = None


@dataclass
class Mentions:
    """Everything found, in text order, with per-sentence lookups."""

    mentions: list[Mention] = field(default_factory=list)
    pronouns: list[Pronoun] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    heading_sentences: frozenset[int] = frozenset()
    paragraph_of_sentence: list[int] = field(default_factory=list)
    subjects: dict[int, Mention] = field(default_factory=dict)
    first_or_second_person: bool = False

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
