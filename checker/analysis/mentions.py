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

The analysis is split by concern, one module each: :mod:`~checker.analysis.mention_base`
(kinds and records), :mod:`~checker.analysis.mention_words` (word lists, word tests, the
run-wide word memos), :mod:`~checker.analysis.mention_sentence` (a sentence's tokens,
quotation lookups), this module (the scan: which words to look at and how), and the readings
the builder mixes in: :mod:`~checker.analysis.mention_pronouns`,
:mod:`~checker.analysis.mention_runs` (capitalised runs), :mod:`~checker.analysis.
mention_nouns` (lower-case nouns), :mod:`~checker.analysis.mention_subjects` (subjects),
:mod:`~checker.analysis.mention_facts` (document-wide facts) and
:mod:`~checker.analysis.mention_identity` (who is who: datelines, surnames that are also
places, organisations named in part or by apposition, stated genders spread by full name,
people who share a surname told apart). Rules import the kinds, word
sets and records from this module (its ``__all__``).

Use: ``doc.mentions`` is a :class:`Mentions`; ``.mentions`` and ``.pronouns`` are in text
order, ``.people`` the sure people, ``.names`` every mention holding a proper name (with
``name_start``/``name_end``, ``title``, ``gender`` and ``evidence``), ``.subjects`` the
subject mention of each sentence that has one. Everything is linear in the length of the
text: each token is looked at a bounded number of times.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from typing import TYPE_CHECKING

from checker.analysis import gazetteers as gz
from checker.analysis.mention_base import (
    ANIMAL,
    ANIMATE_KINDS,
    CITY,
    COUNTRY,
    FEMALE,
    INDEPENDENT,
    INSTITUTION,
    MALE,
    NAME,
    NONPERSON_KINDS,
    OBJECT,
    ORGANISATION,
    PEOPLE_GROUP,
    PERSON,
    PLACE,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    POSSIBLE,
    PRONOUNS,
    REFLEXIVE,
    REGION,
    STRONG_EVIDENCE,
    SUBJECT,
    VESSEL,
    Mention,
    Mentions,
    Pronoun,
)
from checker.analysis.mention_facts import DocumentFacts
from checker.analysis.mention_identity import Identity
from checker.analysis.mention_nouns import CommonNouns
from checker.analysis.mention_pronouns import PronounReader
from checker.analysis.mention_runs import CapitalisedRuns
from checker.analysis.mention_sentence import QuoteIndex, Sentence
from checker.analysis.mention_subjects import SubjectFinder
from checker.analysis.mention_words import (
    AGENT_SUFFIXES,
    APOSTROPHE,
    CONJUNCTIONS,
    DETERMINERS,
    FIRST_SECOND_PERSON,
    FUNCTION_WORDS,
    GENERIC_PRONOUN,
    INDEFINITE_PEOPLE,
    LEADING_ADVERBIAL,
    ONE_OF,
    OPENING_WORDS,
    PRONOUN_FORMS,
    QUANTIFIERS,
    RELATIVES,
    SUBORDINATORS,
    WORD_MEMOS,
    compound_head,
    demonyms_by_letter,
    interesting_words,
    one_word_countries,
    role_firsts,
    worth_a_look,
)
from checker.text.spans import SpanIndex
from checker.words import reporting_verbs

if TYPE_CHECKING:
    from checker.document import Document


# The public face of the analysis: what rules and tests import from here.
__all__ = [
    "ANIMAL",
    "ANIMATE_KINDS",
    "CITY",
    "CONJUNCTIONS",
    "COUNTRY",
    "DETERMINERS",
    "FEMALE",
    "FUNCTION_WORDS",
    "INDEFINITE_PEOPLE",
    "INDEPENDENT",
    "INSTITUTION",
    "LEADING_ADVERBIAL",
    "MALE",
    "NAME",
    "NONPERSON_KINDS",
    "OBJECT",
    "ORGANISATION",
    "PEOPLE_GROUP",
    "PERSON",
    "PLACE",
    "POSSESSIVE",
    "POSSESSIVE_OR_OBJECT",
    "POSSIBLE",
    "PRONOUNS",
    "QUANTIFIERS",
    "REFLEXIVE",
    "REGION",
    "RELATIVES",
    "STRONG_EVIDENCE",
    "SUBJECT",
    "SUBORDINATORS",
    "VESSEL",
    "Mention",
    "Mentions",
    "Pronoun",
    "find_mentions",
]


# How the scan looks at a candidate word (see ``MentionBuilder._route``).
_PASS = 0  # not at all (a word with an apostrophe that is no pronoun, noun or name)
_PRONOUN = 1  # a gendered pronoun, or a capitalised one opening a name (He Lifeng)
_CAPITAL = 2  # the start of a capitalised run
_LOWER = 3  # a lower-case word that may start a mention
_FIRST_SECOND = 4  # I, me, my, we...: the text speaks in the first or second person
_FIRST_SECOND_CAPITAL = 5  # My, We, You...: that, and the start of a capitalised run
_OPENER = 6  # The, In, When...: a capitalised run, or only a sentence's first word

_TOKEN_START = operator.itemgetter(0)


class MentionBuilder(
    PronounReader, CapitalisedRuns, CommonNouns, SubjectFinder, DocumentFacts, Identity
):
    """One document's scan: the sentence loop and how each word is routed; the readings
    are the mixins'."""

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
        self.speech_verbs = reporting_verbs()
        self.demonyms = gz.demonyms()
        self.places = gz.places()
        self.demonyms_by_letter = demonyms_by_letter()
        self.countries = one_word_countries()
        self.titles = gz.title_phrases()
        self.interesting = interesting_words()
        self.generic: SpanIndex | None = None  # (see _generic)
        self.partner: dict[int, Mention] = {}  # a name and its role noun in apposition
        # Pronouns bound to each named person (by the name's last word): [female, male].
        self.votes: dict[str, list[int]] = {}
        # The full names of the text by their last word (see _link_names).
        self.full_by_last: dict[str, set[str]] = {}
        self.named: list[Mention] = []
        # Words of the names found so far (up to which mention): Identity._named_elsewhere.
        self.name_words: set[str] = set()
        self.name_words_upto = 0
        # Last words of the organisations' names found so far (see SubjectFinder).
        self.org_endings: set[str] = set()
        self.org_endings_upto = 0
        self.given_memo: dict[str, str | None] = {}
        self.ambiguous: list[Mention] = []  # places that are also given names, as found
        self.given = gz.given_names()
        # What is known of single words, shared with the other documents of the run.
        WORD_MEMOS.forget_if_full()
        self.noun_classes = WORD_MEMOS.noun_classes
        self.adverbs = WORD_MEMOS.adverbs
        self.lower_facts = WORD_MEMOS.lower_facts
        self.phrases = WORD_MEMOS.phrases
        self.nouns_after = WORD_MEMOS.nouns_after
        self.alone = WORD_MEMOS.alone
        self.routes = WORD_MEMOS.routes
        self.passed = WORD_MEMOS.passed
        self.words_before = WORD_MEMOS.words_before
        self.role_firsts = role_firsts()

    # Top level --------------------------------------------------------------------------
    def build(self) -> Mentions:
        doc, result = self.doc, self.result
        paragraphs = doc.paragraphs
        sentences = doc.sentences
        self.quotes = QuoteIndex(doc.quotes.quotations)  # the one quotation finder's
        result.sentence_starts = [s.start for s in sentences]
        result.paragraph_of_sentence = [s.paragraph for s in sentences]
        headings = {i for i, paragraph in enumerate(paragraphs) if paragraph.is_heading}
        result.heading_sentences = frozenset(
            itertools.compress(
                itertools.count(), map(headings.__contains__, result.paragraph_of_sentence)
            )
        )
        self._scan_sentences(self._candidates())
        self._previous_subjects()
        self._dateline_places()
        self._surnames_not_places()
        self._link_names()
        self._organisation_first_words()
        self._organisation_appositions()
        self._appositions()
        self._place_given_names()
        self._repeated_roles()
        self._spread_stated_genders()
        self._spread_to_spelling_variants()
        self._pronoun_evidence()
        self._pronoun_majority()
        return result

    def _generic(self) -> SpanIndex:
        """Generic "he or she": where each starts and ends (in text order, disjoint); found
        at the first pronoun (a text without one is not searched)."""
        if self.generic is None:
            spans = (match.span() for match in GENERIC_PRONOUN.finditer(self.text))
            self.generic = SpanIndex(spans)
        return self.generic

    def _candidates(self) -> list[int]:
        """Indices of the tokens worth a closer look (that may start a mention or be a
        pronoun): decided once per distinct word, then found for the whole text in one pass."""
        values = list(map(operator.itemgetter(2), self.doc.tokens))
        routes, passed = self.routes, self.passed
        unknown = itertools.filterfalse(routes.__contains__, set(values))
        for value in list(itertools.filterfalse(passed.__contains__, unknown)):
            route = (_PASS, value)
            if worth_a_look(value, self.interesting) and not self._inert(value):
                route = self._route(value)
            if route[0] == _PASS:
                passed.add(value)
            else:
                routes[value] = route
        return list(itertools.compress(range(len(values)), map(routes.__contains__, values)))

    def _scan_sentences(self, candidates: list[int]) -> None:
        """Each sentence with a candidate word, read word by word (:meth:`_words`).

        A sentence's tokens: from the first starting in it, while they end in it. Their
        starts are bisected from where the sentence before stopped, no further than the
        sentence's length allows (tokens are at least a character apart), or not at all
        when the answer is where the bisection would start."""
        text, tokens = self.text, self.doc.tokens
        bisect_left = bisect.bisect_left
        n_tokens = len(tokens)
        n_candidates = len(candidates)
        t = 0
        c = 0
        found: list[Mention] = []  # a sentence's mentions and pronouns, as they are found
        pronouns: list[Pronoun] = []
        for index, sentence in enumerate(self.doc.sentences):
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
            quoted = self.quotes.meets(sentence.start, sentence.end)
            sent = Sentence(text, tokens[first:t], index, sentence.start, sentence.end, quoted)
            self._words(sent, candidates[mine:c], first, found, pronouns)
            if found or pronouns:  # else no subject to mark, no quotation subject to find
                self._finish_sentence(sent, found, pronouns)
                found.clear()  # (their items are the result's now: the lists serve again)
                pronouns.clear()

    # One sentence -----------------------------------------------------------------------
    def _words(
        self,
        s: Sentence,
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
            base = APOSTROPHE.split(value, maxsplit=1)[0]
        if base in PRONOUN_FORMS:
            return _PRONOUN, base
        if value[0].isupper():
            if value == "I":
                return _FIRST_SECOND, base
            if value in FIRST_SECOND_PERSON or value in ("My", "We", "You", "Our"):
                return _FIRST_SECOND_CAPITAL, base
            lower = value.lower()
            if (
                lower in OPENING_WORDS
                and lower not in INDEFINITE_PEOPLE
                and "-" not in value
                and not value.isupper()
            ):
                return _OPENER, base  # its run at a sentence's start holds nothing
            return _CAPITAL, base
        if value in FIRST_SECOND_PERSON:
            return _FIRST_SECOND, base
        if (
            base in self.interesting
            or compound_head(base) in self.interesting
            or (len(base) >= 5 and base.endswith(AGENT_SUFFIXES))
        ):
            return _LOWER, base
        return _PASS, base

    def _inert(self, value: str) -> bool:
        """A lower-case word that :meth:`_words` passes over whatever its context: no
        pronoun, no first or second person, and no reading of :meth:`_lowercase` (no
        indefinite, no "one of", no role of two words, no noun we know, no agent noun)."""
        if value[0].isupper() or "’" in value or "'" in value:
            return False
        if value in PRONOUN_FORMS or value in FIRST_SECOND_PERSON:
            return False
        word = compound_head(value.lower())
        return (
            word not in INDEFINITE_PEOPLE
            and word not in ONE_OF
            and word not in self.role_firsts
            and self._noun_class(word) is None
            and not self._agent_noun(word)  # (as _lowercase reads it: an agent, no thing)
        )

    def _finish_sentence(self, s: Sentence, found: list[Mention], pronouns: list[Pronoun]) -> None:
        if len(found) > 1:
            _drop_prefixes(found)
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

    def _first_or_second(self, s: Sentence, offset: int) -> None:
        if not self.result.first_or_second_person and not (s.quoted and self.quotes.inside(offset)):
            self.result.first_or_second_person = True


def _drop_prefixes(found: list[Mention]) -> None:
    """Drop a person of unknown gender that only begins a longer mention read at the same
    offset (``The secretary`` of ``The secretary general``, ``the member`` of ``the member
    states``, ``The spy`` of ``The spy agency``): the longer phrase is the mention, its
    first words are no one else."""
    if len({m.start for m in found}) == len(found):
        return  # (the most frequent case: no two start together)
    longest: dict[int, int] = {}
    for m in found:
        longest[m.start] = max(longest.get(m.start, m.end), m.end)
    found[:] = [
        m
        for m in found
        if not (m.end < longest[m.start] and m.gender is None and m.kind in ANIMATE_KINDS)
    ]


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
    return MentionBuilder(doc).build()
