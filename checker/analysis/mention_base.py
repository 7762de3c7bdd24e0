"""The vocabulary of the mentions analysis: kinds, genders, pronoun cases, word lists,
the ``Mention``/``Pronoun``/``Mentions`` records, quotation spans and the small word
helpers shared by :mod:`checker.analysis.mentions`, :mod:`checker.analysis.mention_subjects`
and :mod:`checker.analysis.mention_facts`."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from checker.analysis import gazetteers as gz
from checker.analysis.lexicon import is_common_english, is_foreign_word
from checker.text.spans import SpanIndex
from checker.words import (
    adjective_roles,
    determiners,
    function_words,
    name_particles,
    not_agent_nouns,
    plural_people,
    present_reporting_verbs,
)

if TYPE_CHECKING:
    from checker.analysis.gazetteers import Phrase
    from checker.analysis.tokens import Token

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
# Generic "he or she", "his/her", "s/he", "(s)he": in plain words
#     \b(?:s/he|\(s\)he|P\s*(?:/|\bor\b|\band\b)\s*P)\b  (ignoring case)
# with P = (?:he|she|him|her|his|hers|himself|herself). Written here to open with the set of
# characters every match starts with, in both cases (ſ is an s when case is ignored), the
# word boundary then tested behind it: the engine jumps from one such character to the next
# instead of trying the pattern at every position (twice as fast), with the same matches.
_GENERIC = re.compile(
    r"[sShHſ(](?<=\b.)(?i:"
    r"(?<=s)/he"
    r"|(?<=\()s\)he"
    r"|(?:(?<=s)he|(?<=h)(?:e|im|er|is|ers|imself|erself))"  # P less the letter read
    r"\s*(?:/|\bor\b|\band\b)\s*(?:he|she|him|her|his|hers|himself|herself)"
    r")\b"
)
# Lower case and capitalised forms only: HE and HER in capitals are headings or acronyms.
_PRONOUN_FORMS = frozenset([*PRONOUNS, *(p.capitalize() for p in PRONOUNS)])
_APOSTROPHE = re.compile(r"['’]")
_FIRST_SECOND_PERSON = frozenset({"I", "me", "my", "we", "us", "our", "you", "your", "Your"})

# Words -------------------------------------------------------------------------------------
DETERMINERS = determiners()
INDEFINITE_PEOPLE = function_words("indefinite_person")
FUNCTION_WORDS = function_words("function")
# Sentence openers after which the clause's subject comes later (``On Monday, she ...``).
LEADING_ADVERBIAL = function_words("leading_adverbial")
# Words that end a short opener without comma ("Last year the firm", not "In talks with the
# firm").
FUNCTION_NOT_DETERMINERS = FUNCTION_WORDS - DETERMINERS
_OPENER_STOPS = FUNCTION_NOT_DETERMINERS - {"then", "now"}
# Openers that start a subordinate clause: the pronoun after them is not the main subject.
SUBORDINATORS = function_words("subordinator")
CONJUNCTIONS = function_words("conjunction")
_CLAUSE_OPENERS = CONJUNCTIONS | LEADING_ADVERBIAL
RELATIVES = function_words("relative")
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer", "ster")
_NOT_AGENT_ENDINGS = ("ment", "ness", "ity", "ship", "ence", "ance")
_NOT_AGENT = not_agent_nouns()
_OPENING_WORDS = FUNCTION_WORDS | DETERMINERS | LEADING_ADVERBIAL
# Every lower-case word that may continue a capitalised run (de Gaulle, Ministry of Health and
# Welfare).
# A singular role noun right after one of these is a verb: "to coach", "will guard".
_BEFORE_VERBS = function_words("before_verb")
# Role nouns that are far more often adjectives: a person only when they end the phrase.
_ADJECTIVE_ROLES = adjective_roles()
_COPULAS = function_words("copula")
_UNAMBIGUOUS_PRESENT = present_reporting_verbs()
_PLACE_PREPOSITIONS = function_words("place_preposition")
# Universal and negative quantifiers bind a pronoun only inside their own sentence.
QUANTIFIERS = function_words("universal_person")
_PLURAL_PEOPLE = plural_people()
# Between a role noun and its name: ", " or " for Greenpeace, " (a short prepositional phrase).
_APPOSITION_GAP = re.compile(
    r",\s?(?:\d{1,3},\s?)?|\s(?:for|of|at|from|in|with)\s[^,.;:!?]{1,60},\s?"
    r"|,\s?(?:the\s)?[^\W\d_]+(?:[\s-][^\W\d_]+){0,3}['’]s\s"  # Ann Lee, the union's chief
)
# Between a role noun and a name inside its complement: "the Minister of (the) Justice".
_ROLE_COMPLEMENT = re.compile(r"\s(?:for|of|at|from|in|with)\s(?:the\s)?")
# Between a common noun for a thing and its name: "the company Rheinwerk", "the company that
# runs the terminal, Atlântica Portos,".
_THING_NAME_GAP = re.compile(r" |,\s?|\s(?:that|which)\s[^,.;:!?]{1,60},\s?")
_GAP_IN_NAME = re.compile(r"(?:\.\s?|\s)")
# A token's possessive ending (tokens hold no line break: a test of the ending is enough).
_POSSESSIVE_ENDINGS = ("'s", "’s")
_QUOTED_CLAUSE = 200  # characters from a quotation's start within which its opening clause is
_FIRST_SECOND_IN = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b", re.IGNORECASE)
_WHICH_AFTER = re.compile(r",\s?which\b")
_ITS = re.compile(r"\bits\b")
# "The", "A" or "An" opening a sentence, then up to four lower-case words.
_OPENING_PHRASE = re.compile(r"\s*(The|An?) ((?:[a-z]+ ?){1,4})")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"“”]|\b(?:and|but|who|which|that|while|after|when)\b")
_NEXT_LOWER = re.compile(r" ([a-z]+)\b")
STRONG_EVIDENCE = frozenset({"title", "noun", "name"})  # evidence that states a gender outright


# How the scan looks at a candidate word (see ``_Builder._route``).
_PASS = 0  # not at all (a word with an apostrophe that is no pronoun, noun or name)
_PRONOUN = 1  # a gendered pronoun, or a capitalised one opening a name (He Lifeng)
_CAPITAL = 2  # the start of a capitalised run
_LOWER = 3  # a lower-case word that may start a mention
_FIRST_SECOND = 4  # I, me, my, we...: the text speaks in the first or second person
_FIRST_SECOND_CAPITAL = 5  # My, We, You...: that, and the start of a capitalised run
_OPENER = 6  # The, In, When...: a capitalised run, or only a sentence's first word


# What is known of single words depends on nothing but the word and the gazetteers: it is
# kept for all the documents (and blocks) of a run, and forgotten past a limit (a server that
# checks texts for days).
_ROUTES: dict[str, tuple[int, str]] = {}  # a word worth a look: (route, base)
_PASSED: set[str] = set()  # words passed over whatever their context
_NOUN_CLASSES: dict[str, tuple[str, bool] | None] = {}
_ADVERBS: dict[str, bool] = {}
_LOWER_FACTS: dict[str, tuple[str, tuple[str, bool] | None, bool, str | None]] = {}
_PHRASES: dict[str, tuple[list[tuple[str, Phrase]], bool]] = {}
_NOUNS_AFTER: dict[str, bool] = {}
_ALONE: dict[str, tuple[str, Phrase | None]] = {}
_WORD_MEMO_LIMIT = 1 << 19


def _forget_words() -> None:
    memos = (
        _ROUTES,
        _PASSED,
        _NOUN_CLASSES,
        _ADVERBS,
        _LOWER_FACTS,
        _PHRASES,
        _NOUNS_AFTER,
        _ALONE,
    )
    for memo in memos:
        memo.clear()


# Data ---------------------------------------------------------------------------------------
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


# Quotations ---------------------------------------------------------------------------------
_OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’", "‹": "›"}
_CLOSERS = frozenset("”»’›")
_QUOTE_CHARS = re.compile(r'["“”«»„‘’‹›]')


def quotation_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans inside quotation marks, paragraph by paragraph, marks excluded.

    A quotation left open runs to the end of its paragraph (English reopens a quotation
    that continues in the next paragraph). ``’`` closes only an open ``‘`` and only where it
    is not an apostrophe between letters.
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        depth: list[str] = []
        open_at = -1
        for match in _QUOTE_CHARS.finditer(text, p_start, p_end):
            i = match.start()
            ch = match.group()
            if ch == '"':
                if depth and depth[-1] == '"':
                    depth.pop()
                    if not depth:
                        spans.append((open_at, i))
                else:
                    if not depth:
                        open_at = i + 1
                    depth.append('"')
                continue
            closes_low_quote = ch == "“" and depth and depth[-1] == "„"
            apostrophe = ch == "‘" and i > p_start and text[i - 1].isalnum()
            if ch in _OPENERS and not apostrophe and not closes_low_quote:
                if not depth:
                    open_at = i + 1
                depth.append(ch)
                continue
            if ch in _CLOSERS or closes_low_quote:
                if ch == "’":
                    if "‘" not in depth:
                        continue
                    between_letters = (
                        i > p_start and text[i - 1].isalpha() and i + 1 < p_end
                    ) and text[i + 1].isalpha()
                    if between_letters:
                        continue
                    while depth and depth[-1] != "‘":
                        depth.pop()
                if depth:
                    depth.pop()
                    if not depth:
                        spans.append((open_at, i))
        if depth:
            spans.append((open_at, p_end))
    return spans


class _QuoteIndex(SpanIndex):
    """The sorted, disjoint quotation spans of a text (a sentence's pronouns are looked at
    before its mentions, so offsets do not come in order), with the two questions a speech
    tag asks."""

    __slots__ = ()

    def meets(self, start: int, end: int) -> bool:
        """A quotation overlaps ``start:end`` (when not, no offset there is inside one)."""
        return self.overlaps(start, end)

    def inside(self, offset: int) -> bool:
        return offset in self

    def ends_just_before(self, offset: int, text: str) -> bool:
        """A quotation closes right before ``offset`` (``,” she said``)."""
        j = bisect.bisect_right(self.spans, (offset, offset)) - 1
        if j < 0:
            return False
        end = self.spans[j][1]
        return end <= offset and not text[end + 1 : offset].strip(" ,\u00a0")

    def starts_soon_after(self, offset: int, text: str) -> bool:
        """A quotation opens within a few characters after ``offset`` (``he said: “``)."""
        j = bisect.bisect_left(self.spans, (offset, offset))
        if j >= len(self.spans):
            return False
        start = self.spans[j][0]
        return start > offset and not text[offset : start - 1].strip(" ,:\u00a0")


# Helpers ------------------------------------------------------------------------------------
def _singular(word: str) -> str | None:
    """``soldiers`` → ``soldier``, ``agencies`` → ``agency``; None when not plural-shaped."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


def _bare(value: str) -> tuple[str, bool]:
    """A token without its possessive ``’s``; whether it had one."""
    if value.endswith(_POSSESSIVE_ENDINGS):
        return value[:-2], True
    return value, False


def _is_capitalised(value: str) -> bool:
    return value[:1].isupper()


class _Sentence:
    """The tokens of one sentence with the text between them."""

    __slots__ = ("end", "index", "quoted", "start", "text", "tokens")

    def __init__(
        self, text: str, tokens: list[Token], index: int, start: int, end: int, quoted: bool
    ):
        self.text = text
        self.tokens = tokens
        self.index = index
        self.start = start
        self.end = end
        # A quotation overlaps the sentence: when not, none of its words is quoted.
        self.quoted = quoted

    def gap(self, k: int) -> str:
        """Text between token k and token k+1 (or the sentence end)."""
        end = self.tokens[k + 1].start if k + 1 < len(self.tokens) else self.end
        return self.text[self.tokens[k].end : end]

    def joined(self, k: int) -> bool:
        """Token k and the next are joined as within a name: one space, or a full stop and
        at most one space (``Mr. Kim``, ``U.S``); :data:`_GAP_IN_NAME`, tested in place."""
        toks = self.tokens
        start = toks[k].end
        end = toks[k + 1].start if k + 1 < len(toks) else self.end
        if end == start + 1 and self.text[start] == " ":
            return True  # by far the most frequent gap
        return _GAP_IN_NAME.fullmatch(self.text, start, end) is not None

    def lower(self, k: int) -> str:
        return self.tokens[k].value.lower() if 0 <= k < len(self.tokens) else ""


@functools.cache
def _demonyms_by_letter() -> dict[str, tuple[str, ...]]:
    by_letter: dict[str, list[str]] = {}
    for demonym in gz.demonyms():
        by_letter.setdefault(demonym[:1], []).append(demonym)
    return {letter: tuple(words) for letter, words in by_letter.items()}


@functools.cache
def _one_word_countries() -> frozenset[str]:
    """Countries named in one word (France, Japan): a name opening with one is no person."""
    return frozenset(entry for entry in gz.entries("countries") if " " not in entry)


def _name_key(mention: Mention) -> str | None:
    """What every mention of one named person shares: the last word of the name."""
    if mention.name_start < 0 or mention.plural:
        return None
    return mention.text_of_name.rpartition(" ")[2]


@functools.cache
def _role_firsts() -> frozenset[str]:
    """First words of the role nouns of two words and more (prime minister)."""
    return frozenset(role.split()[0] for role in gz.role_nouns() if " " in role)


@functools.cache
def _interesting_words() -> frozenset[str]:
    """Lower-case words that may start a mention (nouns of the gazetteers, their plurals)."""
    nouns = (
        gz.role_nouns()
        | frozenset(gz.gendered_nouns())
        | gz.nonperson_nouns()
        | gz.vessel_nouns()
        | gz.animal_nouns()
    )
    words = set(INDEFINITE_PEOPLE) | {"one", "each", "either", "neither"} | set(_PLURAL_PEOPLE)
    words |= _PRONOUN_FORMS | _FIRST_SECOND_PERSON
    for noun in nouns:
        first = noun.split()[0]
        words.add(first)
        words.add(first + "s")
        words.add(first + "es")
        if first.endswith("y"):
            words.add(first[:-1] + "ies")
    return frozenset(words)


def _candidate(value: str, interesting: frozenset[str]) -> bool:
    """A word that may start a mention or be a pronoun: one worth a closer look."""
    return (
        value in interesting
        or value[0].isupper()
        or "’" in value
        or "'" in value
        or (len(value) >= 5 and value.endswith(_AGENT_SUFFIXES))
    )


_START = operator.attrgetter("start")
_TOKEN_START = operator.itemgetter(0)
_LABEL = operator.itemgetter(0)  # of a segment of a capitalised run


def _pronoun_first(item: Mention | Pronoun) -> tuple[int, bool]:
    """Text order, a pronoun before a mention starting where it does (``Her director``)."""
    return item.start, isinstance(item, Mention)


def _maybe_a_thing(mention: Mention) -> bool:
    """A name with nothing that makes it a person (no title, no stated gender)."""
    if mention.name_start < 0 or mention.title is not None or mention.evidence is not None:
        return False
    return mention.kind in (NAME, PERSON)


def _agent_shaped(word: str) -> bool:
    """Shaped like an agent noun (``plumber``, ``activist``), not a known look-alike (asked
    once per distinct word: by :meth:`_Builder._inert` and for the memoised lower-case facts)."""
    if len(word) < 5 or word in _NOT_AGENT or word in FUNCTION_WORDS:
        return False
    if word.endswith(_NOT_AGENT_ENDINGS):
        return False
    return word.endswith(_AGENT_SUFFIXES)


def _common_word(word: str) -> bool:
    """A dictionary word of English that is not a known proper noun (the lexicon API)."""
    return is_common_english(word)


def _foreign_word(word: str) -> bool:
    """A leftover of the source language (the lexicon API's :func:`is_foreign_word`)."""
    return is_foreign_word(word)


def _only_adjectives(between: str) -> bool:
    """Only determiners and adjectives before a subject: ``The young``, ``A heavily armed``."""
    words = between.split(None, 5)  # (five words and more: no need to split the rest)
    if len(words) > 4:
        return False
    for word in words:
        lower = word.lower().strip(",")
        if lower in DETERMINERS:
            continue
        if lower in FUNCTION_WORDS or (not lower.isalpha() and "-" not in lower):
            return False
        if word.endswith(","):
            return False
    return True


@cache
def name_connectors() -> frozenset[str]:
    """Lower-case words that continue a run of capitalised words: name particles, of, the, and."""
    return name_particles() | {"of", "the", "and"}
