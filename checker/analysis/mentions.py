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

The analysis is split by concern: :mod:`checker.analysis.mention_base` (kinds, word lists,
the records, quotation spans), this module (the sentence scan), :mod:`checker.analysis.
mention_subjects` (subjects) and :mod:`checker.analysis.mention_facts` (document-wide facts).

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
from checker.analysis.entities import wordnet_thing
from checker.analysis.mention_base import (
    _ADJECTIVE_ROLES,
    _ADVERBS,
    _AGENT_SUFFIXES,
    _ALONE,
    _APOSTROPHE,
    _BEFORE_VERBS,
    _CAPITAL,
    _CLAUSE_OPENERS,
    _COPULAS,
    _FIRST_SECOND,
    _FIRST_SECOND_CAPITAL,
    _FIRST_SECOND_PERSON,
    _GENERIC,
    _LABEL,
    _LOWER,
    _LOWER_FACTS,
    _NOUN_CLASSES,
    _NOUNS_AFTER,
    _OPENER,
    _OPENING_WORDS,
    _PASS,
    _PASSED,
    _PHRASES,
    _PLACE_PREPOSITIONS,
    _PLURAL_PEOPLE,
    _POSSESSIVE_ENDINGS,
    _PRONOUN,
    _PRONOUN_FORMS,
    _ROUTES,
    _TOKEN_START,
    _UNAMBIGUOUS_PRESENT,
    _WORD_MEMO_LIMIT,
    _agent_shaped,
    _bare,
    _candidate,
    _common_word,
    _demonyms_by_letter,
    _foreign_word,
    _forget_words,
    _interesting_words,
    _is_capitalised,
    _one_word_countries,
    _QuoteIndex,
    _role_firsts,
    _Sentence,
    _singular,
    name_connectors,
)
from checker.analysis.mention_base import (
    ANIMAL as ANIMAL,
)
from checker.analysis.mention_base import (
    ANIMATE_KINDS as ANIMATE_KINDS,
)
from checker.analysis.mention_base import (
    CITY as CITY,
)
from checker.analysis.mention_base import (
    CONJUNCTIONS as CONJUNCTIONS,
)
from checker.analysis.mention_base import (
    COUNTRY as COUNTRY,
)
from checker.analysis.mention_base import (
    DETERMINERS as DETERMINERS,
)
from checker.analysis.mention_base import (
    FEMALE as FEMALE,
)
from checker.analysis.mention_base import (
    FUNCTION_WORDS as FUNCTION_WORDS,
)
from checker.analysis.mention_base import (
    INDEFINITE_PEOPLE as INDEFINITE_PEOPLE,
)
from checker.analysis.mention_base import (
    INDEPENDENT as INDEPENDENT,
)
from checker.analysis.mention_base import (
    INSTITUTION as INSTITUTION,
)
from checker.analysis.mention_base import (
    LEADING_ADVERBIAL as LEADING_ADVERBIAL,
)
from checker.analysis.mention_base import (
    MALE as MALE,
)
from checker.analysis.mention_base import (
    NAME as NAME,
)
from checker.analysis.mention_base import (
    NONPERSON_KINDS as NONPERSON_KINDS,
)
from checker.analysis.mention_base import (
    OBJECT as OBJECT,
)
from checker.analysis.mention_base import (
    ORGANISATION as ORGANISATION,
)
from checker.analysis.mention_base import (
    PEOPLE_GROUP as PEOPLE_GROUP,
)
from checker.analysis.mention_base import (
    PERSON as PERSON,
)
from checker.analysis.mention_base import (
    PLACE as PLACE,
)
from checker.analysis.mention_base import (
    POSSESSIVE as POSSESSIVE,
)
from checker.analysis.mention_base import (
    POSSESSIVE_OR_OBJECT as POSSESSIVE_OR_OBJECT,
)
from checker.analysis.mention_base import (
    POSSIBLE as POSSIBLE,
)
from checker.analysis.mention_base import (
    PRONOUNS as PRONOUNS,
)
from checker.analysis.mention_base import (
    QUANTIFIERS as QUANTIFIERS,
)
from checker.analysis.mention_base import (
    REFLEXIVE as REFLEXIVE,
)
from checker.analysis.mention_base import (
    REGION as REGION,
)
from checker.analysis.mention_base import (
    RELATIVES as RELATIVES,
)
from checker.analysis.mention_base import (
    SUBJECT as SUBJECT,
)
from checker.analysis.mention_base import (
    SUBORDINATORS as SUBORDINATORS,
)
from checker.analysis.mention_base import (
    VESSEL as VESSEL,
)
from checker.analysis.mention_base import (
    Mention as Mention,
)
from checker.analysis.mention_base import (
    Mentions as Mentions,
)
from checker.analysis.mention_base import (
    Pronoun as Pronoun,
)
from checker.analysis.mention_base import (
    quotation_spans as quotation_spans,
)
from checker.analysis.mention_facts import _DocumentFacts
from checker.analysis.mention_subjects import _Subjects
from checker.text.spans import SpanIndex
from checker.words import calendar_words, name_particles, reporting_verbs

if TYPE_CHECKING:
    from checker.analysis.gazetteers import Phrase
    from checker.analysis.tokens import Token
    from checker.document import Document


class _Builder(_Subjects, _DocumentFacts):
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
        self.demonyms_by_letter = _demonyms_by_letter()
        self.countries = _one_word_countries()
        self.titles = gz.title_phrases()
        self.interesting = _interesting_words()
        self.partner: dict[int, Mention] = {}  # a name and its role noun in apposition
        # Pronouns bound to each named person (by the name's last word): [female, male].
        self.votes: dict[str, list[int]] = {}
        self.given_memo: dict[str, str | None] = {}
        self.ambiguous: list[Mention] = []  # places that are also given names, as found
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
        self.role_firsts = _role_firsts()

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
        self.generic = SpanIndex(match.span() for match in _GENERIC.finditer(text))
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
        pronoun.generic = start in self.generic
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
        return after[0].isupper() or after in name_connectors()

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
                if not capitalised and value not in name_connectors():
                    break  # a lower-case word that joins no name: the run ends here
                if not s.joined(j - 1):
                    break
                if toks[j - 1].value.endswith(_POSSESSIVE_ENDINGS):
                    break
                if not capitalised:
                    # Charles de Gaulle, Ursula von der Leyen: particles between capitals.
                    m = j
                    # Ministry of Defence, Republic of Korea: "of" after an institution word.
                    connectors = name_particles()
                    if toks[j - 1].value in self.org_heads:
                        connectors = name_particles() | {"of", "the"}
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
        if tail.isalpha() and tail.islower() and len(tail) > 2 and head[1:].islower():
            return k + 1  # Scandal-hit, Cash-strapped, Loss-making: a compound, no name
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
        if end - start == 1 and _bare(toks[start].value)[0] in calendar_words():
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
                if phrase.text in self.name_places:
                    mention.ambiguous = True
                    self.ambiguous.append(mention)
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
            # Matt Holland: a given name opens a person's name, not a firm's
            and self._given_gender(_bare(toks[segments[0][1]].value)[0]) is None
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
        if start > 0 and toks[start - 1].value in name_particles():
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
            elif toks[end].value in self.roles:
                mention.modifier = True  # Olympic champion, Chelsea striker: the role's
        if mention.kind == NAME:
            before = s.lower(name_first - 1)
            of_place = before == "of" and s.lower(name_first - 2) in self.nonperson
            # (the preposition right before: "In 2003, C-Murder" is no place)
            adjacent = name_first > 0 and s.gap(name_first - 1) == " "
            if of_place or (before in _PLACE_PREPOSITIONS and adjacent and not mention.possessive):
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
        # Shaped like an agent noun, unless WordNet knows no sense of it that is a person.
        agent = _agent_shaped(word) and not (
            wordnet_thing(word) or wordnet_thing(_singular(word) or word)
        )
        facts = self.lower_facts[value] = (word, noun, agent, gender)
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
