"""Mentions of people and non-persons, and gendered pronouns: a small discourse model.

One pass over the word tokens of each sentence finds

- people: names after titles (``Mr. Zelensky``, ``Ukrainian President Volodymyr Zelensky``),
  role nouns (``the soldier``, ``a Korean interpreter``), gendered nouns (``his mother``),
  with gender evidence where the text states it (a gendered title or noun; a later
  ``Mr. Zelensky`` gives ``Volodymyr Zelensky`` his gender; an unambiguous pronoun);
- names of unknown kind (capitalised words found in no gazetteer), which may be people;
- possible people: ``someone``, ``another``, ``one of the prisoners``, nouns shaped like
  agent nouns (``the plumber``), animals;
- non-persons: countries (``Russia``, ``the U.S.``), capitals and cities (``Pyongyang``),
  organisations (``NATO``, ``the Kremlin``, ``Dong-A University``), demonym-based and common
  institution nouns (``the North Korean government``, ``the company``), ships;
- gendered pronouns (she/her/hers/herself, he/him/his/himself) with their case, whether
  they sit inside a quotation, open their clause, or belong to a generic ``he or she``.

The gazetteers are hand-curated data files (``checker/data/gazetteers``); the English and
foreign word lists of :mod:`checker.analysis.lexicon`, when present, tell a sentence-initial
common word (``Lying``) or a source-language leftover (``Según``) from a name. The derived
tables of :mod:`checker.analysis.entities` add given-name genders (US birth counts) and
WordNet noun classes: an agent-shaped noun of which no sense is a person is no possible
person, and a sentence with a pronoun that opens with an organisation or place noun the
gazetteers lack (*The tribunal*) gets it as its subject (``evidence`` ``wordnet``).

Document-level facts: names typed organisations by the document (*X, which*, *X ... its*
as the clause's subject, *the company X*, *X, the ... company*, *the X consortium*, a name
opening with a country); a place that is also a given name (*India*) resolved by *in India*
or the demonym; a named person's gender spread from titles, given names and the majority of
the pronouns bound to the name (``evidence`` ``pronouns``).

Use: ``doc.mentions`` is a :class:`Mentions`; ``.mentions`` and ``.pronouns`` are in text
order, ``.people`` the sure people, ``.names`` every mention holding a proper name (with
``name_start``/``name_end``, ``title``, ``gender`` and ``evidence``), ``.subjects`` the
subject mention of each sentence that has one. Everything is linear in the length of the
text: each token is looked at a bounded number of times.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.analysis import entities
from checker.analysis import gazetteers as gz
from checker.analysis.entities import given_name_gender, noun_bits, wordnet_nonperson, wordnet_thing

if TYPE_CHECKING:
    from checker.analysis.gazetteers import Phrase
    from checker.analysis.tokens import Token
    from checker.document import Document

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
DETERMINERS = frozenset(
    """
    the a an this these those its their our my your his her every each another any no some
    whose one two three four five several many few both
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
CALENDAR_WORDS = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept
    Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
INDEFINITE_PEOPLE = frozenset(
    """
    someone somebody anyone anybody everyone everybody nobody whoever another latter former
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
FUNCTION_WORDS = frozenset(
    """
    the a an of in on at to for with by from into onto over under about after before since
    against between among through across within without toward towards around behind beside
    near along amid upon via per including like despite during until except beyond inside
    outside cannot
    and or but nor so yet as than that which who whom whose what when where while if because
    though although whether is was are were be been being am has had have having will would
    can could may might must shall should do does did not no also still then now just even
    only already again ever never always often once too very more most less least this these
    those it its itself they them their he she him her his we us our you your i me my here
    there said says say told tells asked added according up down out off back away both each
    all any some such other another own same how why
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Sentence openers after which the clause's subject comes later (``On Monday, she ...``).
LEADING_ADVERBIAL = frozenset(
    """
    in on at after before since when while if as because though although despite during
    under over for with without last this earlier later however meanwhile still yet but and
    so then now also instead indeed moreover nevertheless nonetheless separately today
    yesterday tomorrow once by from until unless whereas besides again finally first
    according
    """.split()  # noqa: SIM905
)
# Words that end a short opener without comma ("Last year the firm", not "In talks with the
# firm").
_OPENER_STOPS = FUNCTION_WORDS - DETERMINERS - {"then", "now"}
# Openers that start a subordinate clause: the pronoun after them is not the main subject.
SUBORDINATORS = frozenset(
    """
    when while if as because although though since until unless whereas once before after
    whenever wherever
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
CONJUNCTIONS = frozenset({"and", "but", "yet", "so", "or", "then"})
_CLAUSE_OPENERS = CONJUNCTIONS | LEADING_ADVERBIAL
RELATIVES = frozenset({"which", "who", "whom", "whose", "where"})
NAME_PARTICLES = frozenset(
    """
    de van von der den bin ibn al el da di du la le del dos das ter ten zu
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer", "ster")
_NOT_AGENT_ENDINGS = ("ment", "ness", "ity", "ship", "ence", "ance")
_NOT_AGENT = frozenset(
    """
    other order number water matter letter paper power border center centre summer winter
    longer shorter bigger smaller higher lower larger greater better faster slower older
    younger stronger weaker easier harder wider deeper earlier richer poorer cheaper safer
    closer clearer lesser upper outer inner disaster agree degree coffee guarantee three tree
    knee fee decree referee employee merger cluster barrier chamber container counter cover
    danger finger hammer layer ledger lever marker monitor motor trigger tumor tumour vector
    horror labor labour favor favour flavor flavour humor humour honor honour rumor rumour
    terror elevator refrigerator radiator generator indicator reactor processor detector
    shower tower flower powder ladder rubber silver copper timber lumber gender calendar
    character quarter thunder cancer answer manner dinner banner poster filter
    cylinder bitter sister brother mother father daughter whether ever never however
    later after under over offer member river weather
    plant restaurant variant pollutant implant grant instant pageant elephant
    career register canister roster lobster
    twist wrist list mist fist midst
    committee jubilee
    document instrument government parliament department argument agreement settlement
    apartment compartment statement treatment payment investment equipment environment
    management development movement experiment element segment
    recipient transfer charter interior exterior behavior behaviour tractor anchor vapor
    error floor door color colour factor sector mirror chapter corner
    shelter monster rather together
    former latter further either neither another moment comment event content extent talent
    accident incident percent present current recent different silent violent evident
    ancient urgent frequent decent patent agent
    century ocean motive objective initiative incentive alternative perspective narrative
    archive offensive defensive explosive relative executive detective representative
    computer fever minister
    prisoner printer sweater theater theatre trailer encounter headquarters meter metre liter
    litre corridor doctor mayor major minor
    """.split()  # noqa: SIM905 (the human ones are role nouns already; listed to stay exact)
)
_OPENING_WORDS = FUNCTION_WORDS | DETERMINERS | LEADING_ADVERBIAL
# Every lower-case word that may continue a capitalised run (de Gaulle, Ministry of Health and
# Welfare).
_CONNECTORS = NAME_PARTICLES | {"of", "the", "and"}
# A singular role noun right after one of these is a verb: "to coach", "will guard".
_BEFORE_VERBS = frozenset(
    """
    to will would can could should must may might cannot not never also i you we they he she
    it
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Role nouns that are far more often adjectives: a person only when they end the phrase.
_ADJECTIVE_ROLES = frozenset(
    """
    general principal executive native major private chief senior junior fellow deputy model
    star head veteran rival
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_COPULAS = frozenset(
    ["is", "was", "are", "were", "be", "been", "being", "become", "became", "becomes", "remains"]
)
_UNAMBIGUOUS_PRESENT = frozenset(["says", "tells", "adds", "asks", "insists", "explains"])
_PLACE_PREPOSITIONS = frozenset(
    ["in", "near", "at", "across", "outside", "inside", "around", "into", "throughout", "via"]
)
# Universal and negative quantifiers bind a pronoun only inside their own sentence.
QUANTIFIERS = frozenset({"everyone", "everybody", "anyone", "anybody", "nobody", "whoever"})
_PLURAL_PEOPLE = frozenset(
    ["people", "men", "women", "children", "troops", "police", "staff", "crew"]
)
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
_STRONG = frozenset({"title", "noun", "name"})  # evidence that states a gender outright


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
    for memo in (_ROUTES, _PASSED, _NOUN_CLASSES, _ADVERBS, _LOWER_FACTS, _PHRASES):
        memo.clear()
    for memo in (_NOUNS_AFTER, _ALONE):
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


class _QuoteIndex:
    """Membership tests on sorted, disjoint quotation spans (by bisection: a sentence's
    pronouns are looked at before its mentions, so offsets do not come in order)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]

    def meets(self, start: int, end: int) -> bool:
        """A quotation overlaps ``start:end`` (when not, no offset there is inside one)."""
        j = bisect.bisect_left(self.starts, end) - 1
        return j >= 0 and self.spans[j][1] > start

    def inside(self, offset: int) -> bool:
        j = bisect.bisect_right(self.starts, offset) - 1
        return j >= 0 and offset < self.spans[j][1]

    def end_at(self, offset: int) -> int:
        """The end of the quotation ``offset`` is inside, else -1."""
        j = bisect.bisect_right(self.starts, offset) - 1
        return self.spans[j][1] if j >= 0 and offset < self.spans[j][1] else -1

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


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = _unwrapped(doc)
        self.result = Mentions()
        self.roles = gz.role_nouns()
        self.gendered = gz.gendered_nouns()
        self.nonperson = gz.nonperson_nouns()
        self.vessels = gz.vessel_nouns()
        self.animals = gz.animal_nouns()
        self.org_heads = gz.organisation_heads()
        self.name_places = gz.name_places()
        self.speech_verbs = gz.speech_verbs()
        self.demonyms = gz.demonyms()
        self.places = gz.places()
        self.demonyms_by_letter = _demonyms_by_letter()
        self.titles = gz.titles()
        self.interesting = _interesting_words()
        self.partner: dict[int, Mention] = {}  # a name and its role noun in apposition
        # Pronouns bound to each named person (by the name's last word): [female, male].
        self.votes: dict[str, list[int]] = {}
        self.given_memo: dict[str, str | None] = {}
        self.given = gz.given_names()
        # What is known of single words, shared with the other documents of the run.
        if len(_ROUTES) + len(_PASSED) > _WORD_MEMO_LIMIT:
            _forget_words()
        self.noun_classes = _NOUN_CLASSES
        self.adverbs = _ADVERBS
        self.lower_facts = _LOWER_FACTS
        self.phrases = _PHRASES
        self.nouns_after = _NOUNS_AFTER
        self.alone = _ALONE
        self.routes = _ROUTES
        # First words of the role nouns of two words and more (prime minister).
        self.role_firsts = frozenset(role.split()[0] for role in self.roles if " " in role)

    # Top level --------------------------------------------------------------------------
    def build(self) -> Mentions:
        doc, text, result = self.doc, self.text, self.result
        paragraphs = doc.paragraphs
        sentences = doc.sentences
        tokens = doc.tokens
        quotes = _QuoteIndex(quotation_spans(text, [(p.start, p.end) for p in paragraphs]))
        self.quotes = quotes
        result.sentence_starts = [s.start for s in sentences]
        result.paragraph_of_sentence = [s.paragraph for s in sentences]
        result.heading_sentences = frozenset(
            i for i, s in enumerate(sentences) if paragraphs[s.paragraph].is_heading
        )
        # Generic "he or she": where each starts and ends (in text order, disjoint).
        self.generic_starts: list[int] = []
        self.generic_ends: list[int] = []
        for match in _GENERIC.finditer(text):
            self.generic_starts.append(match.start())
            self.generic_ends.append(match.end())
        # Only words that may start a mention or be a pronoun need a closer look: decided
        # once per distinct word, then found for the whole text in one pass.
        values = list(map(operator.itemgetter(2), tokens))
        routes = self.routes
        unknown = itertools.filterfalse(routes.__contains__, set(values))
        for value in list(itertools.filterfalse(_PASSED.__contains__, unknown)):
            route = (_PASS, value)
            if _candidate(value, self.interesting) and not self._inert(value):
                route = self._route(value)
            if route[0] == _PASS:
                _PASSED.add(value)
            else:
                routes[value] = route
        candidates = list(itertools.compress(range(len(values)), map(routes.__contains__, values)))
        # A sentence's tokens: from the first starting in it, while they end in it. Their
        # starts are bisected from where the sentence before stopped, no further than the
        # sentence's length allows (tokens are at least a character apart), or not at all
        # when the answer is where the bisection would start.
        bisect_left = bisect.bisect_left
        n_tokens = len(tokens)
        n_candidates = len(candidates)
        t = 0
        c = 0
        found: list[Mention] = []  # a sentence's mentions and pronouns, as they are found
        pronouns: list[Pronoun] = []
        for index, sentence in enumerate(sentences):
            first = t
            if t < n_tokens and tokens[t].start < sentence.start:
                first = bisect_left(tokens, sentence.start, t, key=_TOKEN_START)
            most = min(n_tokens, first + (sentence.end - sentence.start + 1) // 2 + 1)
            # The first starting after it (by the tokens' starts: ints compare fastest).
            t = bisect_left(tokens, sentence.end, first, most, key=_TOKEN_START)
            if t > first and tokens[t - 1].end > sentence.end:
                t -= 1  # a word running past the sentence's end is not one of its words
            mine = c
            if c < n_candidates and candidates[c] < first:
                mine = bisect_left(candidates, first, c)
            c = bisect_left(candidates, t, mine, min(n_candidates, mine + t - first))
            if mine == c:
                continue  # no word worth a look: no mention, no pronoun, no subject
            quoted = quotes.meets(sentence.start, sentence.end)
            sent = _Sentence(text, tokens[first:t], index, sentence.start, sentence.end, quoted)
            self._words(sent, candidates[mine:c], first, found, pronouns)
            if found or pronouns:  # else no subject to mark, no quotation subject to find
                self._finish_sentence(sent, found, pronouns)
                found.clear()  # (their items are the result's now: the lists serve again)
                pronouns.clear()
        self._previous_subjects()
        self._link_names()
        self._appositions()
        self._repeated_roles()
        self._pronoun_evidence()
        self._pronoun_majority()
        return result

    # One sentence -----------------------------------------------------------------------
    def _words(
        self,
        s: _Sentence,
        candidates: list[int],
        first: int,
        found: list[Mention],
        pronouns: list[Pronoun],
    ) -> None:
        """Look at the candidate tokens (indices into the text's tokens; the sentence's
        first is ``first``) in order, each as its route says (:meth:`_route`); a look may
        take in the words after it."""
        toks = s.tokens
        routes = self.routes
        k = 0
        for c in candidates:
            c -= first  # an index into the sentence
            if c < k:
                continue  # part of the run or phrase looked at just before
            route, base = routes[toks[c].value]
            k = c + 1
            if route == _LOWER:  # the most frequent route first
                k = self._lowercase(s, c, found)
                continue
            if route == _PRONOUN:
                pronoun = self._pronoun(s, c, base)
                if pronoun is not None:
                    pronouns.append(pronoun)
                    continue
                if not base[0].isupper():
                    continue
                route = _CAPITAL  # He Lifeng, Her Majesty
            if route == _OPENER and c == 0 and not self._run_goes_on(s, 0):
                continue  # "The soldier": a word capitalised as the sentence's first, alone
            if route in (_CAPITAL, _OPENER):
                k = self._capitalised_run(s, c, found)
            else:  # first or second person: I, my, We...
                self._first_or_second(s, toks[c].start)
                if route == _FIRST_SECOND_CAPITAL:
                    k = self._capitalised_run(s, c, found)

    def _route(self, value: str) -> tuple[int, str]:
        """How :meth:`_words` looks at a word, whatever its context: as a pronoun, a
        capitalised run, a lower-case noun, a first or second person word, or not at all;
        with the word without what follows its apostrophe (she’s, company’s)."""
        base = value
        if "’" in value or "'" in value:
            base = _APOSTROPHE.split(value, maxsplit=1)[0]
        if base in _PRONOUN_FORMS:
            return _PRONOUN, base
        if value[0].isupper():
            if value == "I":
                return _FIRST_SECOND, base
            if value in _FIRST_SECOND_PERSON or value in ("My", "We", "You", "Our"):
                return _FIRST_SECOND_CAPITAL, base
            lower = value.lower()
            if (
                lower in _OPENING_WORDS
                and lower not in INDEFINITE_PEOPLE
                and "-" not in value
                and not value.isupper()
            ):
                return _OPENER, base  # its run at a sentence's start holds nothing
            return _CAPITAL, base
        if value in _FIRST_SECOND_PERSON:
            return _FIRST_SECOND, base
        if base in self.interesting or (len(base) >= 5 and base.endswith(_AGENT_SUFFIXES)):
            return _LOWER, base
        return _PASS, base

    def _inert(self, value: str) -> bool:
        """A lower-case word that :meth:`_words` passes over whatever its context: no
        pronoun, no first or second person, and no reading of :meth:`_lowercase` (no
        indefinite, no "one of", no role of two words, no noun we know or agent shape)."""
        if value[0].isupper() or "’" in value or "'" in value:
            return False
        if value in _PRONOUN_FORMS or value in _FIRST_SECOND_PERSON:
            return False
        word = value.lower()
        return (
            word not in INDEFINITE_PEOPLE
            and word not in ("one", "each", "either", "neither")
            and word not in self.role_firsts
            and self._noun_class(word) is None
            and not _agent_shaped(word)
        )

    def _finish_sentence(self, s: _Sentence, found: list[Mention], pronouns: list[Pronoun]) -> None:
        if s.quoted:
            for mention in found:
                mention.in_quote = self.quotes.inside(mention.start)
        self._mark_subject(s, found, pronouns)
        if pronouns and s.index not in self.result.subjects:
            self._common_noun_subject(s, found)
        self.result.mentions.extend(found)
        if pronouns:  # (most sentences have none)
            self._quote_subjects(s, found, pronouns)
            self.result.pronouns.extend(pronouns)

    def _first_or_second(self, s: _Sentence, offset: int) -> None:
        if not self.result.first_or_second_person and not (s.quoted and self.quotes.inside(offset)):
            self.result.first_or_second_person = True

    # Pronouns ---------------------------------------------------------------------------
    def _pronoun(self, s: _Sentence, k: int, base: str) -> Pronoun | None:
        tok = s.tokens[k]
        lower = base.lower()
        gender, case = PRONOUNS[lower]
        nxt = s.tokens[k + 1] if k + 1 < len(s.tokens) else None
        gap = s.gap(k)
        # He Lifeng, Her Majesty, His Holiness: a name or an honorific, not a pronoun.
        if (
            nxt is not None
            and gap == " "
            and _is_capitalised(nxt.value)
            and nxt.value != "I"
            and base[0].isupper()
        ):
            return None
        if case == POSSESSIVE_OR_OBJECT:
            case = self._her_case(s, k)
        elif lower == "his" and (nxt is None or gap.strip(" ")):
            case = INDEPENDENT
        start, end = tok.start, tok.start + len(base)
        pronoun = Pronoun(start, end, self.text[start:end], gender, case, s.index)
        pronoun.in_quote = s.quoted and self.quotes.inside(start)
        pronoun.generic = self._in_generic(start)
        prev = s.lower(k - 1)
        # "said (in a statement) that she": a reported clause, not a relative one.
        reported = prev == "that" and any(
            s.lower(j) in self.speech_verbs and not s.gap(j).strip(" ")
            for j in range(k - 2, max(-1, k - 10), -1)
        )
        # "has not said what she will demand": a reported question.
        reported = reported or (
            prev in ("what", "whether", "if", "how", "why", "when")
            and s.lower(k - 2) in self.speech_verbs | {"said", "say", "know", "explain"}
        )
        pronoun.after_relative = prev in RELATIVES or (prev == "that" and not reported)
        pronoun.after_speech_verb = prev in self.speech_verbs or reported
        # "..., and he has refused", "rejected the demand: he wants": a new main clause.
        clause_break = k > 0 and s.gap(k - 1).strip() in (":", ";")
        pronoun.after_conjunction = case == SUBJECT and (
            prev in ("and", "but", "yet") or clause_break
        )
        if case == SUBJECT and not pronoun.in_quote:
            verb_follows = nxt is not None and nxt.value.lower() in self.speech_verbs
            pronoun.speech_tag = self.quotes.ends_just_before(start, self.text) or (
                verb_follows and self.quotes.starts_soon_after(nxt.end, self.text)
            )
        return pronoun

    def _in_generic(self, offset: int) -> bool:
        """``offset`` is inside a generic ``he or she``: the last one starting at or before
        it (spans are disjoint) ends after it."""
        j = bisect.bisect_right(self.generic_starts, offset)
        return j > 0 and self.generic_ends[j - 1] > offset

    def _her_case(self, s: _Sentence, k: int) -> str:
        """``her`` before a noun is possessive; before punctuation or a function word, object."""
        if k + 1 >= len(s.tokens) or s.gap(k).strip(" "):
            return OBJECT
        nxt = s.lower(k + 1)
        if nxt == "own":
            return POSSESSIVE
        if nxt in FUNCTION_WORDS or nxt.endswith("ly"):
            return OBJECT
        prev = s.lower(k - 1)
        # of her soldiers, in her speech, Her economy: a determiner before a word.
        if k == 0 or (
            prev in FUNCTION_WORDS
            and prev not in ("told", "asked", "to", "for", "with", "by", "from", "than", "as")
        ):
            return POSSESSIVE
        if self._noun_class(_bare(nxt)[0]) is not None:
            return POSSESSIVE  # her troops, her government
        return POSSESSIVE_OR_OBJECT

    # Capitalised words ------------------------------------------------------------------
    @staticmethod
    def _run_goes_on(s: _Sentence, k: int) -> bool:
        """The word after token k may carry its capitalised run on (a capital, a particle)."""
        if k + 1 >= len(s.tokens):
            return False
        after = s.tokens[k + 1].value
        return after[0].isupper() or after in _CONNECTORS

    def _run_end(self, s: _Sentence, k: int) -> int:
        """Index past the run of capitalised tokens (with name particles) starting at k."""
        toks = s.tokens
        if not self._run_goes_on(s, k):
            return k + 1  # the most frequent run: one word
        j = k
        institution_of = False  # the run holds "Ministry of ..."
        while j < len(toks):
            value = toks[j].value
            capitalised = value[0].isupper()  # (a token is never empty)
            if j > k:
                if not capitalised and value not in _CONNECTORS:
                    break  # a lower-case word that joins no name: the run ends here
                if not s.joined(j - 1):
                    break
                if toks[j - 1].value.endswith(_POSSESSIVE_ENDINGS):
                    break
                if not capitalised:
                    # Charles de Gaulle, Ursula von der Leyen: particles between capitals.
                    m = j
                    # Ministry of Defence, Republic of Korea: "of" after an institution word.
                    connectors = NAME_PARTICLES
                    if toks[j - 1].value in self.org_heads:
                        connectors = NAME_PARTICLES | {"of", "the"}
                    elif institution_of and value == "and" and self._last_capital(s, j + 1):
                        connectors = frozenset({"and"})  # Ministry of Health and Welfare
                    while m < len(toks) and toks[m].value in connectors and m - j < 2:
                        m += 1
                    if m == j or m >= len(toks) or not _is_capitalised(toks[m].value):
                        break
                    if not all(s.joined(x) for x in range(j, m)):
                        break
                    institution_of = institution_of or toks[j].value == "of"
                    j = m
                    continue
            elif not capitalised:
                break
            if value == "I" or value.lower() in PRONOUNS:
                break
            j += 1
        return max(j, k + 1)

    def _last_capital(self, s: _Sentence, k: int) -> bool:
        """Tokens from k are one to three capitalised words ending the run (``Climate
        Policy``), none a title or a place: the last part of an institution's name."""
        toks = s.tokens
        for j in range(k, min(len(toks), k + 3)):
            value = toks[j].value
            if not _is_capitalised(value):
                return j > k
            if self.titles.candidates(value) or self.places.candidates(value):
                return False
            if j + 1 >= len(toks) or s.gap(j).strip():
                return True
        return k + 3 < len(toks) and not _is_capitalised(toks[k + 3].value)

    def _capitalised_run(self, s: _Sentence, k: int, found: list[Mention]) -> int:
        toks = s.tokens
        value = toks[k].value
        if (
            value.isupper()
            and len(value) > 1
            and self._alone(value)[0] == "word"
            and not (  # IG Metall, KLM Royal Dutch Airlines: an acronym opening a name
                k + 1 < len(toks)
                and s.gap(k) == " "
                and _is_capitalised(toks[k + 1].value)
                and not toks[k + 1].value.isupper()
                and value.lower() not in self.roles  # CEO Tim Cook: a role, then the name
            )
        ):
            return k + 1  # KYIV (a dateline), an unknown acronym: not a person
        if len(value) == 1 and not s.gap(k).startswith("."):
            return k + 1  # the K2 tank, plan B: a letter, not an initial
        head, _, tail = value.partition("-")
        if tail.islower() and (head in self.demonyms or self.places.candidates(head)):
            return k + 1  # Korean-speaking, Russian-made, Kremlin-backed: adjectives
        end = self._run_end(s, k)
        start = k
        det = None  # a determiner inside the run, else the one before it (found when needed)
        # Words capitalised only because they open the sentence or clause: The, When, Another.
        before = self.text[toks[k - 1].end : toks[k].start] if k else ""
        at_sentence_start = (
            k == 0
            or (k == 1 and s.lower(0) in _CLAUSE_OPENERS)
            or (before != " " and any(mark in before for mark in '—–:(“"'))
        )
        while start < end:
            opener = toks[start].value
            lower = opener.lower()
            if lower not in _OPENING_WORDS and not (start == 0 and self._adverb(opener)):
                break
            if start == k and not at_sentence_start and opener not in ("The", "A"):
                break
            if lower in DETERMINERS:
                det = start
            start += 1
        if start > k:
            word = toks[k].value.lower()
            if word in INDEFINITE_PEOPLE and (word != "another" or self._stands_alone(s, k)):
                found.append(self._mention(s, k, k + 1, POSSIBLE, head=word))
            if start == end:
                return end
        if end - start == 1 and _bare(toks[start].value)[0] in CALENDAR_WORDS:
            return end
        if det is None:
            det = self._determiner_before(s, k)
        return self._interpret_run(s, start, end, found, det, at_sentence_start and start == k)

    def _match(self, s: _Sentence, k: int, end: int) -> tuple[str, int, object] | None:
        """The longest title or gazetteer entry at token k (label, end index, phrase)."""
        toks = s.tokens
        phrases, people = self._phrases_at(toks[k].value)
        for label, phrase in phrases:
            size = len(phrase.words)
            if k + size > end:
                continue
            if size == 1:
                return label, k + 1, phrase  # its one word is the word it is found by
            words = [_bare(t.value)[0] for t in toks[k : k + size]]
            if tuple(words) == phrase.words:
                return label, k + size, phrase
            if (
                phrase.kind == gz.DEMONYM
                and tuple(words[:-1]) == phrase.words[:-1]
                and words[-1] == phrase.words[-1] + "s"  # the North Koreans
            ):
                return "people", k + size, phrase
        if people:
            return "people", k + 1, None
        return None

    def _phrases_at(self, value: str) -> tuple[list[tuple[str, Phrase]], bool]:
        """The titles, then the gazetteer entries, that start with the word ``value``
        (without its ``’s``), longest first, labelled; and whether the word is a plural
        demonym (``Ukrainians``). Memoised per word."""
        known = self.phrases.get(value)
        if known is None:
            bare = _bare(value)[0]
            phrases = [("title", phrase) for phrase in self.titles.candidates(bare)]
            phrases += [("place", phrase) for phrase in self.places.candidates(bare)]
            people = bare.endswith("s") and bare[:-1] in self.demonyms
            known = self.phrases[value] = (phrases, people)
        return known

    def _alone(self, value: str) -> tuple[str, Phrase | None]:
        """What the word ``value`` is as a run of its own (:meth:`_match` up to the next
        word): a title or a place of one word (label and phrase), a plural demonym
        (``people``), else an unknown ``word``. Memoised per word."""
        known = self.alone.get(value)
        if known is None:
            phrases, people = self._phrases_at(value)
            label, phrase = ("people" if people else "word"), None
            for candidate_label, candidate in phrases:
                if len(candidate.words) == 1:
                    label, phrase = candidate_label, candidate
                    break
            known = self.alone[value] = (label, phrase)
        return known

    def _segments(self, s: _Sentence, start: int, end: int) -> list[tuple[str, int, int, object]]:
        """Split a capitalised run into titles, gazetteer entries and unknown words."""
        if end == start + 1:  # the most frequent run: one word
            label, phrase = self._alone(s.tokens[start].value)
            return [(label, start, end, phrase)]
        segments: list[tuple[str, int, int, object]] = []
        k = start
        while k < end:
            match = self._match(s, k, end)
            if match is None:
                if segments and segments[-1][0] == "word":
                    segments[-1] = ("word", segments[-1][1], k + 1, None)
                else:
                    segments.append(("word", k, k + 1, None))
                k += 1
                continue
            label, stop, phrase = match
            segments.append((label, k, stop, phrase))
            k = stop
        return segments

    def _interpret_run(
        self,
        s: _Sentence,
        start: int,
        end: int,
        found: list[Mention],
        det: int | None,
        sentence_initial: bool,
    ) -> int:
        toks = s.tokens
        segments = self._segments(s, start, end)
        first = start if det is None else det
        if "title" in map(_LABEL, segments):
            done = self._titled(s, start, segments, found, first)
            if done is not None:
                return done
        if len(segments) == 1:
            label, a, b, phrase = segments[0]
            if label == "place" and phrase.kind == gz.DEMONYM:
                return self._after_demonym(s, a, b, found, first)
            if label == "place":
                mention = self._mention(s, first, b, phrase.kind, head=phrase.text)
                mention.ambiguous = phrase.text in self.name_places
                self._set_modifier(s, b - 1, mention)
                found.append(mention)
                return b
            if label == "people":
                found.append(self._mention(s, first, b, PEOPLE_GROUP, plural=True))
                return b
        if (
            len(segments) > 1
            and segments[-1][0] == "place"
            and segments[-1][3].kind in (gz.COUNTRY, gz.CITY)
            and segments[-1][3].text not in self.name_places
            and segments[0][0] == "word"
        ):
            # Statistics Korea, Radio France, Visit Britain: a name ending in a place.
            found.append(self._mention(s, first, end, ORGANISATION, head=segments[-1][3].text))
            return end
        last = _bare(toks[end - 1].value)[0]
        institution_of = end - start > 1 and any(
            toks[x].value == "of" and toks[x - 1].value in self.org_heads
            for x in range(start + 1, end)
        )
        if (
            institution_of
            or last in self.org_heads
            or (end - start > 1 and last.lower() in self.nonperson)
        ):
            mention = self._mention(s, first, end, ORGANISATION, head=last)
            if end < len(toks) and s.gap(end - 1) == " " and toks[end].value in self.roles:
                mention.modifier = True  # Democratic Party leader Elly Schlein
            found.append(mention)
            return end
        if (
            sentence_initial
            and end - start > 1
            and all(_foreign_word(t.value.lower()) for t in toks[start:end])
        ):
            return end  # Laut Angaben, Según fuentes: source words left untranslated
        if end - start == 1:
            lower = _bare(toks[start].value)[0].lower()
            if self._noun_class(lower) is not None or lower in INDEFINITE_PEOPLE:
                return self._lowercase(s, start, found, det=det)
            if (
                sentence_initial
                and not self._person_context(s, start, end)
                and (lower in FUNCTION_WORDS or _common_word(lower) or _foreign_word(lower))
            ):
                return end  # Lying in a bed..., Published at...
        # A name of unknown kind (maybe a person): the whole run, with a leading particle.
        name_first = start
        if start > 0 and toks[start - 1].value in NAME_PARTICLES:
            name_first = start - 1
        the = det is not None and det == start - 1 and s.lower(det) == "the"
        mention = self._mention(s, det if the else name_first, end, NAME)
        mention.name_start = toks[name_first].start
        mention.name_end = self._token_end(toks[end - 1])
        mention.head = last
        mention.possessive = toks[end - 1].value.endswith(_POSSESSIVE_ENDINGS)
        if self._person_context(s, start, end):
            mention.kind = PERSON
        elif end < len(toks) and s.gap(end - 1) == " " and not mention.possessive:
            noun = self._noun_class(toks[end].value.lower())
            if noun is not None and noun[0] == INSTITUTION:
                mention.kind = ORGANISATION  # the Kursk region, the Rheinwerk group
                mention.modifier = True
        if mention.kind == NAME:
            before = s.lower(name_first - 1)
            of_place = before == "of" and s.lower(name_first - 2) in self.nonperson
            if of_place or (before in _PLACE_PREPOSITIONS and not mention.possessive):
                mention.kind = PLACE  # near Alès, the town of Sorriso: not a person
            elif the and end - start == 1:
                mention.kind = PLACE  # the Gard, the South's: a single name after "the"
        found.append(mention)
        return end

    def _titled(
        self,
        s: _Sentence,
        start: int,
        segments: list[tuple[str, int, int, object]],
        found: list[Mention],
        first: int,
    ) -> int | None:
        """``[Ukrainian] President Volodymyr Zelensky``, ``Mr. Kim``, or a title alone."""
        toks = s.tokens
        t = [seg[0] for seg in segments].index("title")
        title = segments[t][3]
        after = segments[t + 1 :]
        # Before the title, demonyms (Ukrainian President) or, when a name follows, any
        # capitalised words (Health Minister Anna Nowak, NATO Secretary-General Mark Rutte).
        demonyms_only = all(seg[0] == "place" and seg[3].kind == gz.DEMONYM for seg in segments[:t])
        named = bool(after) and after[0][0] in ("word", "place")
        if not demonyms_only and not (named and t > 0):
            return None
        if named:
            _, a, b, _ = after[0]
            last = _bare(toks[b - 1].value)[0]
            if last in self.org_heads:
                return None  # General Motors, Justice Department
            mention = self._mention(s, first, b, PERSON, head=last)
            mention.title = title.text
            mention.name_start = toks[a].start
            mention.name_end = self._token_end(toks[b - 1])
            mention.gender = title.gender
            mention.evidence = "title" if title.gender else None
            mention.possessive = toks[b - 1].value.endswith(_POSSESSIVE_ENDINGS)
            found.append(mention)
            return b
        if not after:
            word = title.text.lower().rstrip(".")
            if word in self.roles or word in self.gendered:
                mention = self._mention(s, first, segments[t][2], PERSON, head=word)
                mention.title = title.text
                mention.gender = title.gender
                mention.evidence = "title" if title.gender else None
                self._set_modifier(s, segments[t][2] - 1, mention)
                found.append(mention)
                return segments[t][2]
        return None

    def _person_context(self, s: _Sentence, start: int, end: int) -> bool:
        """A role noun or gendered noun right before (``leader, Kim``) or a speech verb after."""
        prev = s.lower(start - 1)
        prev_is_role = prev in self.roles or prev in self.gendered
        if prev_is_role and s.gap(start - 1) in (" ", ", "):
            return True
        if end < len(s.tokens):
            nxt = s.lower(end)
            # "Gulf states", "the party's reports": plural nouns that look like verbs.
            verb = not nxt.endswith("s") or nxt in _UNAMBIGUOUS_PRESENT
            if nxt in self.speech_verbs and verb and s.gap(end - 1) == " ":
                return True
        return False

    def _after_demonym(self, s: _Sentence, a: int, b: int, found: list[Mention], first: int) -> int:
        """``North Korean`` then a role noun (person) or an institution noun (non-person)."""
        toks = s.tokens
        j = b
        # Up to two lower-case adjectives: the North Korean state-run news agency.
        limit = min(len(toks), b + 3)
        while j < limit and s.joined(j - 1) and not _is_capitalised(toks[j].value):
            word = _bare(toks[j].value)[0].lower()
            if self._noun_class(word) is not None:
                return self._lowercase(s, j, found, det=first)
            if word in FUNCTION_WORDS:
                break
            j += 1
        # "a Ukrainian" alone: a person; otherwise an adjective we cannot place.
        det_word = s.lower(first) if first < a else ""
        if det_word in ("a", "an", "the", "one") and (
            b >= len(toks) or not s.joined(b - 1) or s.lower(b) in FUNCTION_WORDS
        ):
            found.append(self._mention(s, first, b, PERSON, head=toks[a].value))
        return b

    # Lower-case words -------------------------------------------------------------------
    def _noun_class(self, word: str) -> tuple[str, bool] | None:
        """(kind, plural) of a common noun we know, else None (memoised per word)."""
        try:
            return self.noun_classes[word]
        except KeyError:
            noun = self.noun_classes[word] = self._classify_noun(word)
            return noun

    def _classify_noun(self, word: str) -> tuple[str, bool] | None:
        for form, plural in ((word, False), (_singular(word), True)):
            if form is None:
                continue
            if form in self.gendered or form in self.roles:
                return PERSON, plural
            if form in self.vessels:
                return VESSEL, plural
            if form in self.nonperson:
                return INSTITUTION, plural
            if form in self.animals:
                return ANIMAL, plural
        if word in _PLURAL_PEOPLE:
            return PERSON, True
        return None

    def _lowercase(self, s: _Sentence, k: int, found: list[Mention], det: int | None = None) -> int:
        toks = s.tokens
        value = toks[k].value
        word, noun, agent, gender = self.lower_facts.get(value) or self._lower_facts(value)
        if word in INDEFINITE_PEOPLE:
            if word in ("latter", "former") and s.lower(k - 1) != "the":
                return k + 1
            if word == "another" and not self._stands_alone(s, k):
                return k + 1  # another election: a determiner
            found.append(self._mention(s, k, k + 1, POSSIBLE, head=word))
            return k + 1
        if word in ("one", "each", "either", "neither") and (
            s.lower(k + 1) == "of" or s.lower(k - 1) in ("no", "the", "every")
        ):
            if s.lower(k + 1) != "of" or not self._of_things(s, k + 2):
                found.append(self._mention(s, k, k + 1, POSSIBLE, head=word))
            return k + 1
        # prime minister, vice president: two-word role nouns.
        if (
            word in self.role_firsts
            and k + 1 < len(toks)
            and f"{word} {s.lower(k + 1)}" in self.roles
        ):
            k2 = k + 1
            head = f"{word} {s.lower(k + 1)}"
            mention = self._mention(
                s,
                det if det is not None else self._determiner_before(s, k),
                k2 + 1,
                PERSON,
                head=head,
            )
            found.append(mention)
            return k2 + 1
        if noun is None and not agent:
            return k + 1  # neither a noun we know nor shaped like one: no mention
        if det is None:
            det = self._determiner_before(s, k)
        if noun is None:
            if wordnet_thing(word) or wordnet_thing(_singular(word) or word):
                return k + 1  # shaped like an agent, but no sense of it is a person
            if det is not None and self._stands_alone(s, k) and not self._predicate(s, k):
                found.append(self._mention(s, det, k + 1, POSSIBLE, head=word))
            return k + 1
        kind, plural = noun
        if kind == PERSON and not plural and det is None and s.lower(k - 1) in _BEFORE_VERBS:
            return k + 1  # "to coach a team", "will guard": verbs
        if word in _ADJECTIVE_ROLES and not self._stands_alone(s, k):
            return k + 1  # "general election", "executive order", "chief concern"
        if kind == PERSON and word not in self.gendered and self._predicate(s, k):
            return k + 1  # "Brazil is the world's largest exporter": the subject again
        if kind in (INSTITUTION, VESSEL) and det is None and not plural:
            return k + 1  # "government spending", "company law": no determiner, no mention
        if word.endswith("ed") and det is None:
            return k + 1  # "accused Seoul" is a verb; "the accused" a person
        mention = self._mention(
            s, det if det is not None else k, k + 1, kind, head=word, plural=plural
        )
        if kind == PERSON and gender and not plural:
            mention.gender = gender
            mention.evidence = "noun"
        self._set_modifier(s, k, mention)
        found.append(mention)
        return k + 1

    def _lower_facts(self, value: str) -> tuple[str, tuple[str, bool] | None, bool, str | None]:
        """A word lower-cased without its ``’s``, its noun class, whether it is shaped like
        an agent noun, and the gender of the gendered noun it is or is the plural of
        (memoised per word: :meth:`_lowercase` looks in the memo first)."""
        word = _bare(value)[0].lower()
        gender = self.gendered.get(word) or self.gendered.get(_singular(word) or "")
        noun = self._noun_class(word)
        facts = self.lower_facts[value] = (word, noun, _agent_shaped(word), gender)
        return facts

    def _adverb(self, value: str) -> bool:
        """An -ly word opening a sentence (``Finally``), not a name (``Italy``, ``Emily``)."""
        known = self.adverbs.get(value)
        if known is None:
            bare = _bare(value)[0]
            known = self.adverbs[value] = (
                bare.lower().endswith("ly")
                and not self.places.candidates(bare)
                and bare not in self.given
            )
        return known

    def _stands_alone(self, s: _Sentence, k: int) -> bool:
        """Token k ends its noun phrase: punctuation, a function word, a verb-like word or a
        capital follows (``a retired plumber.``, ``another said``), not a lower-case word."""
        if k + 1 >= len(s.tokens) or s.gap(k).strip(" "):
            return True
        nxt = s.tokens[k + 1].value
        lower = nxt.lower()
        if _is_capitalised(nxt) or lower in FUNCTION_WORDS or lower in self.speech_verbs:
            return True
        return lower.endswith(("ed", "s")) and not lower.endswith("ss")

    @staticmethod
    def _predicate(s: _Sentence, k: int) -> bool:
        """Token k heads the complement of a copula (``is the largest exporter``)."""
        toks, text = s.tokens, s.text
        for j in range(k - 1, max(-1, k - 6), -1):  # (words before k: each has a next)
            end, after = toks[j].end, toks[j + 1].start
            one_space = after == end + 1 and text[end] == " "  # (the most frequent gap)
            if not one_space and text[end:after].strip(" ’'s"):
                return False
            word = toks[j].value.lower()
            if word in _COPULAS:
                return True
            if word in FUNCTION_WORDS and word not in DETERMINERS:
                return False
        return False

    def _of_things(self, s: _Sentence, k: int) -> bool:
        """``one of the most intensive farming countries``: the noun after "of" is a thing."""
        for j in range(k, min(len(s.tokens), k + 6)):
            noun = self._noun_class(_bare(s.tokens[j].value)[0].lower())
            if noun is not None:
                return noun[0] in NONPERSON_KINDS
        return False

    def _determiner_before(self, s: _Sentence, k: int) -> int | None:
        """Index of a determiner up to three words before k, with only adjectives between."""
        toks, text = s.tokens, s.text
        for j in range(k - 1, max(-1, k - 4), -1):
            before = toks[j]
            value = before.value
            one_space = toks[j + 1].start == before.end + 1 and text[before.end] == " "
            if not one_space and not s.joined(j) and s.gap(j) != "-":
                # "the state-owned company": hyphens are inside tokens; other punctuation stops.
                return None
            lower = value.lower()
            if lower in DETERMINERS:
                return j
            if value.endswith(_POSSESSIVE_ENDINGS):
                return j + 1  # the country's army, Russia's government: after the possessor
            if lower in FUNCTION_WORDS:
                return None
            if _is_capitalised(value) and value not in self.demonyms and j > 0:
                # "the Turin club", "the Kremlin spokesman": a place or name modifying the
                # noun, right after the determiner.
                if s.lower(j - 1) == "the" and s.gap(j - 1) == " " and j == k - 1:
                    return j - 1
                return None
        return None

    def _set_modifier(self, s: _Sentence, k: int, mention: Mention) -> None:
        """Mark a noun followed by another noun (``the company van``) as a modifier."""
        toks = s.tokens
        token = toks[k]
        if token.value.endswith(_POSSESSIVE_ENDINGS):
            mention.possessive = True
            return
        if k + 1 >= len(toks):
            mention.possessive = s.text.startswith(("’ ", "' "), token.end, s.end)
            return
        nxt = toks[k + 1]
        if nxt.start != token.end + 1 or s.text[token.end] != " ":
            # (a gap of one character that is no space is no possessive's "’ ")
            mention.possessive = s.text.startswith(("’ ", "' "), token.end, nxt.start)
            return
        # Only a noun we know makes this one a modifier: the spy agency, the Kremlin
        # spokesman, North Korea specialist. An unknown next word may be a verb (withdrew).
        if self._known_noun_after(nxt.value):
            mention.modifier = True

    def _known_noun_after(self, value: str) -> bool:
        """A lower-case noun we know (its class, or a role): what follows a modifying noun
        (memoised per word)."""
        known = self.nouns_after.get(value)
        if known is None:
            lower = value.lower()
            known = self.nouns_after[value] = not value[0].isupper() and (
                self._noun_class(lower) is not None or lower in self.roles
            )
        return known

    @staticmethod
    def _token_end(token: Token) -> int:
        """Where the token ends, before its possessive ``’s``."""
        return token.end - 2 if token.value.endswith(_POSSESSIVE_ENDINGS) else token.end

    def _mention(
        self,
        s: _Sentence,
        a: int | None,
        b: int,
        kind: str,
        head: str = "",
        plural: bool = False,
    ) -> Mention:
        toks = s.tokens
        last = toks[b - 1]
        start = last.start if a is None else toks[a].start
        end = last.end - 2 if last.value.endswith(_POSSESSIVE_ENDINGS) else last.end
        return Mention(start, end, kind, s.index, self.text[start:end], head, plural)

    # Subjects ---------------------------------------------------------------------------
    def _mark_subject(self, s: _Sentence, found: list[Mention], pronouns: list[Pronoun]) -> None:
        """The mention or pronoun that opens the main clause: ``North Korea has ...``,
        ``On Monday, the ministry said``, ``South Korea’s spy agency told``."""
        toks = s.tokens
        if not toks:
            return
        quoted_first = s.quoted and self.quotes.inside(toks[0].start)
        if quoted_first or self.text[s.start : toks[0].start].strip("(["):
            # A sentence opening with a quotation: its subject is the speaker.
            speaker = self._speaker(s, found)
            if speaker is not None:
                speaker.subject = True
                self.result.subjects[s.index] = speaker
            return
        zone = 0
        first = toks[0].value.lower()
        if first in LEADING_ADVERBIAL or self._adverb(toks[0].value):
            for j in range(min(len(toks), 14)):
                if s.gap(j).startswith(","):
                    zone = j + 1
                    if s.lower(zone) in CONJUNCTIONS or s.lower(zone) in RELATIVES:
                        zone = -1  # "Since then the firm has struggled, and": no opener
                    break
            else:
                zone = 1 if first in CONJUNCTIONS else -1
        since_then = first in ("since", "until") and s.lower(1) in ("then", "now")
        if zone < 0 and (first not in SUBORDINATORS or since_then):
            # "Last year the company doubled", "Since then the firm has": a short opener,
            # no comma, then a non-person noun phrase.
            opener_end = toks[min(len(toks) - 1, 5)].start
            for m in found:
                if m.start > opener_end or m.in_quote:
                    break
                before = self.text[toks[0].end : m.start].lower().split()
                if (
                    m.start > toks[0].start
                    and m.nonperson
                    and not (m.possessive or m.modifier)
                    and 1 <= len(before) <= 2
                    and not any(w in _OPENER_STOPS for w in before)
                    and not any(p.start < m.start for p in pronouns)
                ):
                    m.subject = True
                    self.result.subjects[s.index] = m
                    return
                break
            # "Last year she opened", "In 2019 he founded": a short opener, no comma.
            for pronoun in pronouns:
                if pronoun.start > toks[min(len(toks) - 1, 5)].start:
                    break
                before = self.text[toks[1].start : pronoun.start].lower().split()
                if (
                    pronoun.case == SUBJECT
                    and not pronoun.in_quote
                    and len(before) <= 3
                    and not any(w in FUNCTION_WORDS - DETERMINERS for w in before[1:])
                ):
                    pronoun.opens_clause = True
                break
        if zone < 0 or zone >= len(toks):
            return
        zone_start = toks[zone].start
        if zone == 0 and not s.quoted:
            # Every mention and pronoun starts at one of the sentence's words, none quoted.
            items: list[Mention | Pronoun] = list(found)
            heads = pronouns
        else:
            items = [m for m in found if m.start >= zone_start and not m.in_quote]
            heads = [p for p in pronouns if p.start >= zone_start and not p.in_quote]
        if heads:
            items = sorted(items + heads, key=_pronoun_first)  # "Her director": the pronoun
        else:
            items.sort(key=_START)
        cursor = zone_start
        for item in items:
            between = self.text[cursor : item.start]
            if between.strip() and not _only_adjectives(between):
                return
            if isinstance(item, Pronoun):
                if item.case in (SUBJECT, POSSESSIVE, POSSESSIVE_OR_OBJECT):
                    item.opens_clause = True
                return
            if item.possessive or item.modifier:
                cursor = item.end
                rest = self.text[cursor : cursor + 3]
                cursor += len(rest) - len(rest.lstrip("’'s "))
                continue
            item.subject = True
            self.result.subjects[s.index] = item
            return

    def _common_noun_subject(self, s: _Sentence, found: list[Mention]) -> None:
        """``The tribunal ruled that she``: a sentence with a pronoun that opens with a
        common noun the gazetteers do not hold, an organisation or a place of which WordNet
        knows no sense that is a person or an animal (*tribunal*, *orchestra*,
        *consortium*), gets it as a non-person subject, typed by WordNet alone
        (``evidence`` ``wordnet``). Documents and other things that report on people
        (*the report says he*) are not taken."""
        toks = s.tokens
        if self.text[s.start : toks[0].start].strip() or (
            s.quoted and self.quotes.inside(toks[0].start)
        ):
            return
        mention = self._wordnet_subject(s.index, s.start, s.end, wordnet_nonperson)
        if mention is not None and not any(m.start < mention.end for m in found):
            found.insert(0, mention)
            self.result.subjects[s.index] = mention

    def _wordnet_subject(
        self, index: int, start: int, end: int, fits: Callable[[str], bool]
    ) -> Mention | None:
        """A noun phrase opening the text between ``start`` and ``end`` (``The new
        orchestra``) whose head WordNet knows and ``fits`` accepts, as a subject mention."""
        words = _OPENING_PHRASE.match(self.text, start, end)
        if words is None:
            return None
        values = words.group(2).split()
        offset = words.start(2)
        for k, value in enumerate(values[:3]):
            if noun_bits(value) is None:
                offset += len(value) + 1
                continue  # an adjective: the new tribunal
            after = values[k + 1] if k + 1 < len(values) else ""
            if after and after not in FUNCTION_WORDS and not fits(after):
                # "The pop star": a compound whose head may be a person (or "The euro
                # rose", a verb that is also a noun: either way the head must fit too).
                after_bits = noun_bits(after)
                if after_bits is not None and after_bits & (entities.PERSON | entities.ANIMAL):
                    return None
            if not fits(value):
                return None
            stop = offset + len(value)
            mention = Mention(start, stop, INSTITUTION, index, self.text[start:stop], value)
            mention.subject = True
            mention.evidence = "wordnet"
            return mention
        return None

    def _previous_subjects(self) -> None:
        """A pronoun opening its sentence (``She``, ``Her spire``) after one with no
        subject found that opens with a thing WordNet knows (``The orchestra was founded
        in 1882. She``): that thing becomes the earlier sentence's subject (typed by
        WordNet alone: a guess unless nobody precedes the pronoun)."""
        result = self.result
        starts = result.sentence_starts
        for pronoun in result.pronouns:
            i = pronoun.sentence - 1
            if (
                i < 0
                or not pronoun.opens_clause
                or pronoun.case not in (SUBJECT, POSSESSIVE, POSSESSIVE_OR_OBJECT)
                or pronoun.in_quote
                or i in result.subjects
                or i in result.heading_sentences
            ):
                continue
            mention = self._wordnet_subject(i, starts[i], starts[i + 1], wordnet_thing)
            if mention is None or self.quotes.inside(mention.start):
                continue
            k = bisect.bisect_left(result.mentions, mention.start, key=_START)
            if k < len(result.mentions) and result.mentions[k].start < mention.end:
                continue  # a mention is there already
            result.mentions.insert(k, mention)
            result.subjects[i] = mention

    def _quote_subjects(self, s: _Sentence, found: list[Mention], pronouns: list[Pronoun]) -> None:
        """``“The company has doubled his profits,” he said``: a possessive, reflexive or
        reported pronoun inside a quotation whose clause opens with a non-person and holds
        no one else before it belongs to that non-person."""
        spans = self.quotes.spans
        for pronoun in pronouns:
            if not pronoun.in_quote or pronoun.generic:
                continue
            if pronoun.case not in (POSSESSIVE, REFLEXIVE, POSSESSIVE_OR_OBJECT) and not (
                pronoun.after_speech_verb
            ):
                continue
            j = bisect.bisect_right(self.quotes.starts, pronoun.start) - 1
            quote_start = spans[j][0]
            if pronoun.start - quote_start > _QUOTED_CLAUSE:
                continue  # far into a long quotation: its clause is not the opening one
            k = bisect.bisect_left(found, quote_start, key=lambda m: m.start)
            inside = []
            while k < len(found) and found[k].start < pronoun.start:
                inside.append(found[k])
                k += 1
            if not inside:
                continue
            first = inside[0]
            if (
                self.text[quote_start : first.start].strip()
                or not first.nonperson
                or first.plural
                or first.possessive
                or first.modifier
                or first.kind == VESSEL
                or any(m.animate for m in inside)
                or any(quote_start <= p.start < pronoun.start for p in pronouns)
                or _FIRST_SECOND_IN.search(self.text, quote_start, pronoun.start)
            ):
                continue
            pronoun.quote_subject = first

    def _speaker(self, s: _Sentence, found: list[Mention]) -> Mention | None:
        """The speaker right after an opening quotation: ``“...,” the ministry said`` or
        ``“...,” said the ministry``."""
        toks = s.tokens
        k = 0  # the first word outside quotations
        while k < len(toks):
            quote_end = self.quotes.end_at(toks[k].start)
            if quote_end < 0:
                break
            k = bisect.bisect_left(toks, quote_end, k + 1, key=_TOKEN_START)
        if k == 0 or k >= len(toks):
            return None
        if s.lower(k) in self.speech_verbs:
            k += 1  # inversion: said the ministry
            verb_after = False
        else:
            verb_after = True
        if k >= len(toks):
            return None
        start = toks[k].start
        for m in found:
            if m.start > start:
                break
            if m.start == start and not m.in_quote and not m.possessive and not m.modifier:
                if verb_after:
                    j = k
                    while j < len(toks) and toks[j].start < m.end:
                        j += 1
                    if s.lower(j) not in self.speech_verbs:
                        return None
                return m
        return None

    # Document-wide evidence -------------------------------------------------------------
    def _link_names(self) -> None:
        """Spread what one mention of a name says to the others.

        ``the company Rheinwerk`` or ``Rheinwerk, the chemical company,`` make every
        ``Rheinwerk`` an organisation. A titled mention (``Mr. Zelensky``) gives every mention
        of that name, and of the one full name ending in it, the title's gender; a given name
        borne by one gender (``Angela``) gives weaker evidence the same way.
        """
        mentions = self.result.mentions
        text = self.text
        # Only mentions holding a name can be linked (a few in ten): the loops visit those.
        named_at = [i for i, m in enumerate(mentions) if m.name_start >= 0]
        things: dict[str, str] = {}
        for index in named_at:  # the mention before: "the company Rheinwerk"
            b = mentions[index]
            if index == 0 or not _maybe_a_thing(b):
                continue
            a = mentions[index - 1]
            if (
                a.sentence == b.sentence
                and a.kind in (INSTITUTION, VESSEL)
                and not a.plural
                and _THING_NAME_GAP.fullmatch(text, a.end, b.start)
            ):
                things[b.text_of_name] = ORGANISATION if a.kind == INSTITUTION else VESSEL
        for index in named_at:  # the mention after: "Rheinwerk, the chemical company,"
            a = mentions[index]
            if index + 1 >= len(mentions) or not _maybe_a_thing(a):
                continue
            b = mentions[index + 1]
            head = mentions[index + 2] if index + 2 < len(mentions) else None
            if (
                b.kind in (INSTITUTION, VESSEL)
                and not b.plural
                and not b.modifier  # "Sanna Marin, the party leader,": a person
                # "Ann Lee, the union's president,": the possessor is not what she is.
                and not (
                    b.possessive
                    and head is not None
                    and head.animate
                    and head.sentence == b.sentence
                    and head.start - b.end <= 3
                )
                and text[a.end : b.start] in (", ", ",")
                and b.text.lower().startswith(("the ", "a ", "an "))
            ):
                things[a.text_of_name] = ORGANISATION if b.kind == INSTITUTION else VESSEL
        named = [mentions[index] for index in named_at]
        for m in named:
            # "Real Madrid, which owns ...": people are "who", things "which".
            if _maybe_a_thing(m) and _WHICH_AFTER.match(text, m.end):
                things.setdefault(m.text_of_name, ORGANISATION)
        self._things_by_context(named_at, things)
        self._places_by_context()
        # "Jason Robinson ... Robinson, a former rugby league international,": the surname
        # of a person the text names is that person, whatever an apposition seems to say.
        surnames = set()
        for m in named:
            name = text[m.name_start : m.name_end]
            first, space, _ = name.partition(" ")
            if space and (m.kind == PERSON or self._given_gender(first) is not None):
                surnames.add(name.rpartition(" ")[2])
        full_by_last: dict[str, set[str]] = {}
        for m in named:
            if _maybe_a_thing(m) and m.text_of_name in things and m.text_of_name not in surnames:
                m.kind = things[m.text_of_name]
                continue
            parts = m.text_of_name.split()
            if len(parts) > 1:
                full_by_last.setdefault(parts[-1], set()).add(m.text_of_name)
        self._spread_name_genders([m for m in named if m.kind in (PERSON, NAME)], full_by_last)

    def _spread_name_genders(self, named: list[Mention], full_by_last: dict[str, set[str]]) -> None:
        """A title's gender to every mention of the name and of the one full name ending
        in it (``Mr. Zelensky`` → ``Volodymyr Zelensky``), a given name's (weaker) the same
        way."""
        key_cache: dict[str, set[str]] = {}

        def keys_of(name: str) -> set[str]:
            """The name, and the one longer name it ends (Zelensky, de Vries)."""
            keys = key_cache.get(name)
            if keys is None:
                keys = {name}
                fulls = full_by_last.get(name.split()[-1], ())
                if len(fulls) <= 8:  # many people share it: link none (and stay linear)
                    longer = {f for f in fulls if f != name and f.endswith(" " + name)}
                    if len(longer) == 1:
                        keys |= longer
                key_cache[name] = keys
            return keys

        strong: dict[str, set[str]] = {}
        weak: dict[str, set[str]] = {}
        for m in named:
            name = m.text_of_name
            if m.gender is not None and m.evidence == "title":
                for key in keys_of(name):
                    if self._given_gender(key.split()[0]) not in (None, m.gender):
                        continue  # Mr. Lee is not Sharon Lee
                    strong.setdefault(key, set()).add(m.gender)
            first = name.split()[0]
            if " " in name:
                gender = self._given_gender(first)
                if gender is not None:
                    weak.setdefault(name, set()).add(gender)
        for m in named:
            if m.gender is not None:
                continue
            keys = keys_of(m.text_of_name)
            for table, evidence in ((strong, "name"), (weak, "given-name")):
                if len(keys) == 1:
                    genders = table.get(next(iter(keys)), set())
                else:
                    genders = set().union(*(table.get(key, set()) for key in keys))
                if len(genders) == 1:
                    (m.gender,) = genders
                    m.evidence = evidence
                    m.kind = PERSON
                    break

    def _things_by_context(self, named_at: list[int], things: dict[str, str]) -> None:
        """Names the document itself shows to be organisations.

        - the subject of a clause that refers to itself as *its* (``Cairn raised its
          targets``, ``Sumitomo has withdrawn its offer``), with no other mention between;
        - a name opening with a country (``France Telecom``, ``Japan Airlines``);
        - ``the X consortium``: a name between *the* and an institution noun;
        - another mention of the name typed an organisation where it stands.
        """
        mentions = self.result.mentions
        text = self.text
        for index in named_at:
            m = mentions[index]
            name = text[m.name_start : m.name_end]
            if m.kind == ORGANISATION and not m.ambiguous:
                # "the Rheinwerk consortium": every other "Rheinwerk" too.
                things.setdefault(name, ORGANISATION)
                continue
            if name in things or not _maybe_a_thing(m):
                continue
            if m.subject:
                following = mentions[index + 1] if index + 1 < len(mentions) else None
                limit = m.end + 120
                if following is not None and following.sentence == m.sentence:
                    limit = min(limit, following.start)
                its = _ITS.search(text, m.end, limit)
                if its is not None and not _CLAUSE_BREAK.search(text, m.end, its.start()):
                    things[name] = ORGANISATION
                    continue
            first, space, _ = name.partition(" ")
            if space and not m.ambiguous:
                candidates = self.places.candidates(first)
                if candidates and any(
                    p.kind == gz.COUNTRY and p.words == (first,) for p in candidates
                ):
                    things[name] = ORGANISATION
                    continue
            if text[max(0, m.start - 4) : m.start].lower() == "the ":
                after = _NEXT_LOWER.match(text, m.end)
                if after is not None and after.group(1) in self.nonperson:
                    things[name] = ORGANISATION

    def _places_by_context(self) -> None:
        """A place that is also a given name (``India``, ``Jordan``) is the place all
        through a document that puts it after a place preposition (``in India``) or uses
        its demonym (``Indian firms``), and names no person ending in it (``Michael
        Jordan``)."""
        text = self.text
        ambiguous = [m for m in self.result.mentions if m.ambiguous]
        if not ambiguous:
            return
        people = set()
        for m in self.result.mentions:
            if m.name_start >= 0:
                name = text[m.name_start : m.name_end]
                if " " in name:
                    people.add(name.rpartition(" ")[2])
        places: set[str] = set()
        for m in ambiguous:
            name = m.text
            if name in places or name in people:
                continue
            before = text[max(0, m.start - 12) : m.start].split()
            if before and before[-1].lower() in _PLACE_PREPOSITIONS:
                places.add(name)
                continue
            stem = name[:-1] if name.endswith("a") else name
            if any(
                demonym.startswith(stem) and demonym in text
                for demonym in self.demonyms_by_letter.get(name[:1], ())
            ):
                places.add(name)
        for m in ambiguous:
            if m.text in places:
                m.ambiguous = False

    def _vote(self, person: Mention, gender: str) -> None:
        """One pronoun bound to ``person``: a vote for the gender of that name."""
        key = _name_key(person)
        if key is None and person is not None:
            partner = self.partner.get(id(person))
            key = _name_key(partner) if partner is not None else None
        if key is not None:
            votes = self.votes.setdefault(key, [0, 0])
            votes[gender == MALE] += 1

    def _vote_for_subject(self, pronoun: Pronoun) -> None:
        """A subject pronoun opening its sentence after a sentence whose subject is a named
        person (``Hewitt struggled ... He``) continues that person: a vote."""
        if pronoun.case != SUBJECT or not pronoun.opens_clause or pronoun.in_quote:
            return
        subject = self.result.subjects.get(pronoun.sentence - 1)
        if subject is not None and subject.kind in (PERSON, NAME) and not subject.in_quote:
            self._vote(subject, pronoun.gender)

    def _pronoun_majority(self) -> None:
        """A named person's gender from the pronouns bound to the name: at least two, and
        three times as many of one gender as of the other. Three or more, all of one
        gender, override a given name (``Sasha ... she ... she ... her``); nothing overrides
        a title or a gendered noun."""
        decided: dict[str, tuple[str, bool]] = {}  # gender, and whether unanimous of 3+
        for key, (female, male) in self.votes.items():
            if max(female, male) >= 2 and max(female, male) >= 3 * min(female, male):
                sure = min(female, male) == 0 and max(female, male) >= 3
                decided[key] = (FEMALE if female > male else MALE, sure)
        if not decided:
            return
        text = self.text
        for m in self.result.mentions:
            if m.name_start < 0 or m.plural or m.kind not in (PERSON, NAME):
                continue
            key = text[m.name_start : m.name_end].rpartition(" ")[2]
            if key not in decided:
                continue
            gender, sure = decided[key]
            if m.evidence in _STRONG or (m.evidence == "given-name" and not sure):
                continue
            if m.kind == NAME and (key in self.org_heads or _common_word(key.lower())):
                continue  # the Hopman Cup, the US Open: not a person's name
            m.gender = gender
            m.evidence = "pronouns"
            m.kind = PERSON

    def _given_gender(self, word: str) -> str | None:
        """The gender of a given name (hand list, then birth counts), not of a place's
        name (``China Aviation Oil``, ``Georgia``)."""
        try:
            return self.given_memo[word]
        except KeyError:
            gender = None if self.places.candidates(word) else given_name_gender(word)
            self.given_memo[word] = gender
            return gender

    def _appositions(self) -> None:
        """``Mrs. Okafor, the new mayor,``, ``the leader, Kim Jong-un`` and ``a lawyer for
        Greenpeace, Femke Visser``: one person, so the role noun takes the name's stated
        gender and the other way round."""
        mentions = self.result.mentions
        text = self.text
        for index, a in enumerate(mentions):
            if a.kind not in (PERSON, NAME) or a.plural:
                continue
            # The next person mention of the sentence, at most three mentions on.
            complement: list[Mention] = []  # "Justice" of "the Minister of Justice, ..."
            for b in mentions[index + 1 : index + 4]:
                if b.sentence != a.sentence:
                    break
                if b.kind not in (PERSON, NAME, POSSIBLE) or b.plural:
                    continue
                if PERSON not in (a.kind, b.kind):
                    break
                # "spokesman Dmitry Peskov", "the party's leader Elly Schlein": a role as title.
                as_title = a.kind == PERSON and a.name_start < 0 and text[a.end : b.start] == " "
                if not as_title and _APPOSITION_GAP.fullmatch(text, a.end, b.start) is None:
                    if (
                        b.kind == NAME
                        and a.name_start < 0
                        and _ROLE_COMPLEMENT.fullmatch(text, a.end, b.start) is not None
                    ):
                        complement.append(b)
                        continue
                    break
                if complement and b.name_start < 0:
                    break
                for name in complement:  # a name inside a role: no one to refer to
                    name.kind = ORGANISATION
                if (a.name_start >= 0) != (b.name_start >= 0):  # a name and a role noun
                    self.partner[id(a)] = b
                    self.partner[id(b)] = a
                    for source, target in ((a, b), (b, a)):
                        strong = source.evidence in ("title", "noun", "name")
                        weak = source.evidence == "given-name"
                        if source.gender and (strong or weak) and target.gender is None:
                            target.gender = source.gender
                            target.evidence = "name" if strong else "given-name"
                            target.kind = PERSON
                break

    def _repeated_roles(self) -> None:
        """``The minister, Anna Nowak, ... The minister said``: a definite role noun that
        repeats the role of a person of known gender a few sentences before is that person
        (``Health Minister Anna Nowak ... the minister`` too). Two people of different
        genders in that role leave it open."""
        last: dict[str, tuple[Mention | None, int]] = {}
        for m in self.result.mentions:
            if m.kind != PERSON or m.plural or m.in_quote:
                continue
            keys = []
            if m.name_start < 0 and m.head:
                keys.append(m.head.split()[-1])
            if m.title:
                keys.append(m.title.split()[-1].lower().rstrip("."))
            if m.gender is None:
                if m.name_start >= 0 or not m.text.lower().startswith("the ") or not keys:
                    continue
                source, sentence = last.get(keys[0], (None, -9))
                if source is not None and m.sentence - sentence <= 3:
                    m.gender = source.gender
                    m.evidence = "name" if source.evidence in _STRONG else "given-name"
                continue
            if m.evidence not in _STRONG and m.evidence != "given-name":
                continue
            for key in keys:
                previous, _ = last.get(key, (None, -9))
                conflict = key in last and (previous is None or previous.gender != m.gender)
                last[key] = (None if conflict else m, m.sentence)

    def _pronoun_evidence(self) -> None:
        """A pronoun whose sentence (up to it) and the sentence before hold exactly one
        animate singular mention, and nothing else that could be its antecedent, gives
        that mention its gender (``A young soldier says he ...``)."""
        mentions = self.result.mentions
        starts = list(map(_START, mentions))
        # Mentions are found in text order, all but a few whose determiner reaches back
        # before the mention just found ("the former chancellor" after "former"). In order,
        # the mentions before a pronoun are found by bisection; else they are those up to
        # the first that is not before it.
        in_order = all(map(operator.le, starts, itertools.islice(starts, 1, None)))
        m_index = 0
        for pronoun in self.result.pronouns:
            if in_order:
                stop = bisect.bisect_left(starts, pronoun.start, m_index)
            else:
                stop = m_index
                while stop < len(mentions) and starts[stop] < pronoun.start:
                    stop += 1
            m_index = stop
            if pronoun.in_quote or pronoun.generic:
                continue
            subject = self.result.subjects.get(pronoun.sentence)
            if (
                subject is not None
                and subject.nonperson
                and subject.start < pronoun.start
                and not pronoun.opens_clause
            ):
                continue  # "The ministry said she": the ministry's, whatever its gender
            # The last twelve mentions before the pronoun, of its sentence and the one before
            # (mentions come sentence by sentence: those are the last twelve, less those of
            # the sentences before).
            before = pronoun.sentence - 1
            recent = [m for m in mentions[max(0, stop - 12) : stop] if m.sentence >= before]
            candidates = [
                m for m in recent if (m.animate or m.ambiguous) and not m.plural and not m.modifier
            ]
            # "Maria Rossi, a climate scientist": one person.
            candidates = [
                m
                for m in candidates
                if m.name_start >= 0 or not any(c is self.partner.get(id(m)) for c in candidates)
            ]
            if len(candidates) != 1 or any(m.kind == PEOPLE_GROUP for m in recent):
                self._vote_for_subject(pronoun)
                continue
            only = candidates[0]
            self._vote(only, pronoun.gender)
            # A speech tag, a sentence's subject or a reported subject (says he) is telling;
            # a pronoun elsewhere less so.
            telling = pronoun.speech_tag or pronoun.opens_clause or pronoun.after_speech_verb
            evidence = "pronoun" if telling else "pronoun-weak"
            for person in (only, self.partner.get(id(only))):
                if person is not None and person.gender is None and person.kind in (PERSON, NAME):
                    person.gender = pronoun.gender
                    person.evidence = evidence


@functools.cache
def _demonyms_by_letter() -> dict[str, tuple[str, ...]]:
    by_letter: dict[str, list[str]] = {}
    for demonym in gz.demonyms():
        by_letter.setdefault(demonym[:1], []).append(demonym)
    return {letter: tuple(words) for letter, words in by_letter.items()}


def _name_key(mention: Mention) -> str | None:
    """What every mention of one named person shares: the last word of the name."""
    if mention.name_start < 0 or mention.plural:
        return None
    return mention.text_of_name.rpartition(" ")[2]


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


@functools.lru_cache(maxsize=65536)
def _common_word(word: str) -> bool:
    """A dictionary word of English that is not a known proper noun (from the L lexicon)."""
    try:
        from checker.analysis.lexicon import lexicon, normalize

        _, dictionary, proper = lexicon().english(normalize(word))
    except Exception:  # the lexicon is optional evidence: no lexicon, no answer
        return False
    return dictionary and not proper


@functools.lru_cache(maxsize=65536)
def _foreign_word(word: str) -> bool:
    """A frequent word of another language that English text hardly uses: a leftover of the
    source (``Según``, ``Laut``), not a name (names are frequent in English text too)."""
    try:
        from checker.analysis.lexicon import lexicon, normalize

        found = lexicon()
        word = normalize(word)
        english, _, proper = found.english(word)
        foreign = found.foreign(word)
    except Exception:  # the lexicon is optional evidence: no lexicon, no answer
        return False
    return not proper and english < 2.0 and any(zipf >= 4.0 for _, zipf in foreign)


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


def _unwrapped(doc: Document) -> str:
    """``doc.analysis_text`` with the line breaks inside paragraphs (hard-wrapped prose) made
    spaces, so that ``the\nMadrid club`` reads as ``the Madrid club``; offsets unchanged."""
    text = doc.analysis_text
    if "\n" not in text:
        return text
    parts: list[str] = []
    done = 0
    for paragraph in doc.paragraphs:
        if "\n" in text[paragraph.start : paragraph.end]:
            parts.append(text[done : paragraph.start])
            parts.append(text[paragraph.start : paragraph.end].replace("\n", " "))
            done = paragraph.end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def find_mentions(doc: Document) -> Mentions:
    """The mentions and gendered pronouns of ``doc`` (``doc.mentions`` caches this)."""
    return _Builder(doc).build()
