"""The vocabulary of the mentions analysis: the word lists its scan reads, what it knows of
single words (memoised for the whole run), and the small word tests it is built on."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from checker.analysis import gazetteers as gz
from checker.analysis.mention_base import PRONOUNS
from checker.patterns import lazy
from checker.words import (
    adjective_roles,
    determiners,
    function_words,
    name_particles,
    not_agent_nouns,
    personal_pronouns,
    plural_people,
    present_reporting_verbs,
)

if TYPE_CHECKING:
    from checker.analysis.gazetteers import Phrase

# Generic "he or she", "his/her", "s/he", "(s)he": in plain words
#     \b(?:s/he|\(s\)he|P\s*(?:/|\bor\b|\band\b)\s*P)\b  (ignoring case)
# with P = (?:he|she|him|her|his|hers|himself|herself). Written here to open with the set of
# characters every match starts with, in both cases (ſ is an s when case is ignored), the
# word boundary then tested behind it: the engine jumps from one such character to the next
# instead of trying the pattern at every position (twice as fast), with the same matches.
GENERIC_PRONOUN = lazy(
    r"[sShHſ(](?<=\b.)(?i:"
    r"(?<=s)/he"
    r"|(?<=\()s\)he"
    r"|(?:(?<=s)he|(?<=h)(?:e|im|er|is|ers|imself|erself))"  # P less the letter read
    r"\s*(?:/|\bor\b|\band\b)\s*(?:he|she|him|her|his|hers|himself|herself)"
    r")\b"
)
# Lower case and capitalised forms only: HE and HER in capitals are headings or acronyms.
PRONOUN_FORMS = frozenset([*PRONOUNS, *(p.capitalize() for p in PRONOUNS)])
APOSTROPHE = lazy(r"['’]")
# First- and second-person pronouns and determiners (no independent or reflexive form), as
# written (``I``), and the capitalised ``Your`` (see mentions.py: other capitals apart).
FIRST_SECOND_PERSON = frozenset(
    {
        "I" if word == "i" else word
        for word in personal_pronouns(("first", "second"), ("subject", "object", "possessive"))
    }
    | {"Your"}
)

# Words -------------------------------------------------------------------------------------
DETERMINERS = determiners()
INDEFINITE_PEOPLE = function_words("indefinite_person")
FUNCTION_WORDS = function_words("function")
# Sentence openers after which the clause's subject comes later (``On Monday, she ...``).
LEADING_ADVERBIAL = function_words("leading_adverbial")
# Words that end a short opener without comma ("Last year the firm", not "In talks with the
# firm").
FUNCTION_NOT_DETERMINERS = FUNCTION_WORDS - DETERMINERS
# Openers that start a subordinate clause: the pronoun after them is not the main subject.
SUBORDINATORS = function_words("subordinator")
CONJUNCTIONS = function_words("conjunction")
CLAUSE_OPENERS = CONJUNCTIONS | LEADING_ADVERBIAL
RELATIVES = function_words("relative")
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer", "ster")
_NOT_AGENT_ENDINGS = ("ment", "ness", "ity", "ship", "ence", "ance")
_NOT_AGENT = not_agent_nouns()
OPENING_WORDS = FUNCTION_WORDS | DETERMINERS | LEADING_ADVERBIAL
# A singular role noun right after one of these is a verb: "to coach", "will guard".
BEFORE_VERBS = function_words("before_verb")
# Role nouns that are far more often adjectives: a person only when they end the phrase.
ADJECTIVE_ROLES = adjective_roles()
COPULAS = function_words("copula")
# Adverbs between a copula and its complement: "was not the employer".
PREDICATE_ADVERBS = function_words("predicate_adverb")
UNAMBIGUOUS_PRESENT = present_reporting_verbs()
PLACE_PREPOSITIONS = function_words("place_preposition")
# Words that head a possible person before "of" or after "no", "the", "every".
ONE_OF = function_words("partitive")
# Universal and negative quantifiers bind a pronoun only inside their own sentence.
QUANTIFIERS = function_words("universal_person")
PLURAL_PEOPLE = plural_people()
# A token's possessive ending (tokens hold no line break: a test of the ending is enough).
POSSESSIVE_ENDINGS = ("'s", "’s")


# What is known of single words depends on nothing but the word and the gazetteers: it is
# kept for all the documents (and blocks) of a run, and forgotten past a limit (a server that
# checks texts for days).
WORD_MEMO_LIMIT = 1 << 19


class WordMemos:
    """What the scan has learnt of single words, one memo per question."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str]] = {}  # a word worth a look
        self.passed: set[str] = set()  # words passed over whatever their context
        self.noun_classes: dict[str, tuple[str, bool] | None] = {}
        self.adverbs: dict[str, bool] = {}
        self.lower_facts: dict[str, tuple[str, tuple[str, bool] | None, bool, str | None]] = {}
        self.phrases: dict[str, tuple[list[tuple[str, Phrase]], bool]] = {}
        self.nouns_after: dict[str, bool] = {}
        self.alone: dict[str, tuple[str, Phrase | None]] = {}
        self.words_before: dict[str, int] = {}  # to a determiner's search

    def forget(self) -> None:
        """Empty every memo (the objects stay: builders hold them)."""
        for memo in vars(self).values():
            memo.clear()

    def forget_if_full(self) -> None:
        """Empty every memo once the two largest hold more than :data:`WORD_MEMO_LIMIT` words."""
        if len(self.routes) + len(self.passed) > WORD_MEMO_LIMIT:
            self.forget()


WORD_MEMOS = WordMemos()


# Word tests ---------------------------------------------------------------------------------
def singular(word: str) -> str | None:
    """``soldiers`` → ``soldier``, ``agencies`` → ``agency``; None when not plural-shaped."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


def without_possessive(value: str) -> tuple[str, bool]:
    """A token without its possessive ``’s``; whether it had one."""
    if value.endswith(POSSESSIVE_ENDINGS):
        return value[:-2], True
    return value, False


def is_capitalised(value: str) -> bool:
    return value[:1].isupper()


@functools.cache
def demonyms_by_letter() -> dict[str, tuple[str, ...]]:
    by_letter: dict[str, list[str]] = {}
    for demonym in gz.demonyms():
        by_letter.setdefault(demonym[:1], []).append(demonym)
    return {letter: tuple(words) for letter, words in by_letter.items()}


@functools.cache
def one_word_countries() -> frozenset[str]:
    """Countries named in one word (France, Japan): a name opening with one is no person."""
    return frozenset(entry for entry in gz.entries("countries") if " " not in entry)


@functools.cache
def role_firsts() -> frozenset[str]:
    """First words of the role nouns of two words and more (prime minister)."""
    return frozenset(role.split()[0] for role in gz.role_nouns() if " " in role)


@functools.cache
def interesting_words() -> frozenset[str]:
    """Lower-case words that may start a mention (nouns of the gazetteers, their plurals)."""
    nouns = (
        gz.role_nouns()
        | frozenset(gz.gendered_nouns())
        | gz.nonperson_nouns()
        | gz.vessel_nouns()
        | gz.animal_nouns()
    )
    words = set(INDEFINITE_PEOPLE) | ONE_OF | set(PLURAL_PEOPLE)
    words |= PRONOUN_FORMS | FIRST_SECOND_PERSON
    for noun in nouns:
        first = noun.split()[0]
        words.add(first)
        words.add(first + "s")
        words.add(first + "es")
        if first.endswith("y"):
            words.add(first[:-1] + "ies")
    return frozenset(words)


def compound_head(word: str) -> str:
    """The first noun of a compound with *-of-* (``mother-of-two``, ``father-of-three``),
    which names the person; any other word unchanged."""
    return word.partition("-of-")[0] if "-of-" in word else word


def worth_a_look(value: str, interesting: frozenset[str]) -> bool:
    """A word that may start a mention or be a pronoun: one worth a closer look."""
    return (
        value in interesting
        or compound_head(value) in interesting
        or value[0].isupper()
        or "’" in value
        or "'" in value
        or (len(value) >= 5 and value.endswith(AGENT_SUFFIXES))
    )


def agent_shaped(word: str) -> bool:
    """Shaped like an agent noun (``plumber``, ``activist``), not a known look-alike (asked
    once per distinct word: by the scan's test of inert words and for the memoised
    lower-case facts)."""
    if len(word) < 5 or word in _NOT_AGENT or word in FUNCTION_WORDS:
        return False
    if word.endswith(_NOT_AGENT_ENDINGS):
        return False
    return word.endswith(AGENT_SUFFIXES)


@functools.cache
def name_connectors() -> frozenset[str]:
    """Lower-case words that continue a run of capitalised words: name particles, of, the, and."""
    return name_particles() | {"of", "the", "and"}
