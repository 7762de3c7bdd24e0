"""Subjects for the mentions analysis: the mention or pronoun that opens each sentence's
main clause, a quotation's speaker and opening subject, and subjects typed by WordNet."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable

from checker.analysis import entities
from checker.analysis.entities import (
    noun_bits,
    wordnet_animal,
    wordnet_nonperson,
    wordnet_thing,
    wordnet_vehicle,
)
from checker.analysis.mention_base import (
    ANIMAL,
    INSTITUTION,
    ORGANISATION,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    REFLEXIVE,
    SUBJECT,
    VESSEL,
    Mention,
    Pronoun,
    pronoun_first,
)
from checker.analysis.mention_sentence import Sentence
from checker.analysis.mention_words import (
    CONJUNCTIONS,
    COPULAS,
    DETERMINERS,
    FUNCTION_NOT_DETERMINERS,
    FUNCTION_WORDS,
    LEADING_ADVERBIAL,
    RELATIVES,
    SUBORDINATORS,
)
from checker.patterns import lazy
from checker.thresholds.pronoun import OPENER_WORDS, QUOTED_CLAUSE_CHARS

_OPENER_STOPS = FUNCTION_NOT_DETERMINERS - {"then", "now"}
_FIRST_SECOND_IN = lazy(r"\b(?:I|me|my|we|us|our|you|your)\b", re.IGNORECASE)
# "The", "A" or "An" opening a sentence, then up to four lower-case words.
_OPENING_PHRASE = lazy(r"\s*([Tt]he|An?|an?|[Ii]ts) ((?:[a-z]+ ?){1,4})")
_START = operator.attrgetter("start")
# A mention that opens with its own determiner.
_DETERMINED = lazy(r"(?:[Tt]he|an?|An?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose) ")
_TOKEN_START = operator.itemgetter(0)


def _ends_phrase(text: str, values: list[str], j: int, end: int) -> bool:
    """The word ``values[j]`` ends a noun phrase: a copula follows it (``The old bridge
    was``), or punctuation ends the run of lower-case words at it (``The old bridge,``,
    with ``end`` where the run ends). Another word after it may make it a verb (``The
    bridge cost about``)."""
    if j + 1 < len(values):
        return values[j + 1] in COPULAS
    return text[end : end + 1] in (",", ".", ";", ":")


def _only_adjectives(between: str) -> bool:
    """Only determiners, adjectives and plural possessors before a subject: ``The young``,
    ``A heavily armed``, ``The metalworkers'``."""
    words = between.split(None, 5)  # (five words and more: no need to split the rest)
    if len(words) > 4:
        return False
    for word in words:
        lower = word.lower().strip(",")
        if lower in DETERMINERS:
            continue
        if lower.endswith(("s’", "s'")) and lower[:-1].isalpha():
            continue  # a plural possessor: "The metalworkers' union"
        if lower in FUNCTION_WORDS or (not lower.isalpha() and "-" not in lower):
            return False
        if word.endswith(","):
            return False
    return True


# A dateline opening a news story: a place in capitals (and a date), then a dash.
_DATELINE = lazy(r"([^\W\d_][\w.'’-]+(?: [^\W\d_][\w.'’-]+){0,3})(?:, [\w ]{1,30})? [—–-] ")


def _after_dateline(s: Sentence) -> int:
    """The token after a dateline opening the sentence (``PARIS — ``), else 0."""
    toks = s.tokens
    start = toks[0].start
    if s.text[start + 1 : start + 2].islower():
        # (the second character is in every match's first word: a lower-case one there
        # means no match or no word in capitals; most sentences stop here, at no search)
        return 0
    match = _DATELINE.match(s.text, start)
    if match is None or not match.group(1).isupper():
        return 0
    return bisect.bisect_left(toks, match.end(), key=_TOKEN_START)


class SubjectFinder:
    """Subjects of sentences and of quotations (a mixin of the mentions builder)."""

    # Subjects ---------------------------------------------------------------------------
    def _mark_subject(self, s: Sentence, found: list[Mention], pronouns: list[Pronoun]) -> None:
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
        zone = self._clause_start(s, found)
        first = toks[0].value.lower()
        since_then = first in ("since", "until") and s.lower(1) in ("then", "now")
        short_opener = zone < 0 and (first not in SUBORDINATORS or since_then)
        if short_opener and self._after_short_opener(s, found, pronouns):
            return
        if 0 <= zone < len(toks):
            self._subject_from(s, zone, found, pronouns)

    def _clause_start(self, s: Sentence, found: list[Mention]) -> int:
        """The token where the main clause starts: 0, the word after a dateline
        (``TOULOUSE — The airline``), after a leading adverbial's or a participle clause's
        comma (``On Monday, the ministry``, ``Founded in 1890, the club``), or -1 when no
        comma ends the opener. Computed once per sentence (kept on it)."""
        if s.clause_start is None:
            s.clause_start = self._find_clause_start(s, found)
        return s.clause_start

    def _find_clause_start(self, s: Sentence, found: list[Mention]) -> int:
        """:meth:`_clause_start`, computed."""
        toks = s.tokens
        zone = _after_dateline(s)
        if zone:
            return zone
        if self._participle_opener(s, found):
            return next(j + 1 for j in range(min(len(toks), 14)) if "," in s.gap(j))
        first = toks[0].value.lower()
        if not (first in LEADING_ADVERBIAL or self._adverb(toks[0].value)):
            return 0
        text, n = s.text, len(toks)
        for j in range(min(n, OPENER_WORDS)):
            # (s.gap(j).startswith(","), tested in place)
            if text.startswith(",", toks[j].end, toks[j + 1].start if j + 1 < n else s.end):
                zone = j + 1
                if s.lower(zone) in CONJUNCTIONS or s.lower(zone) in RELATIVES:
                    return -1  # "Since then the firm has struggled, and": no opener
                return zone
        return 1 if first in CONJUNCTIONS else -1

    def _participle_opener(self, s: Sentence, found: list[Mention]) -> bool:
        """The sentence opens with a participle clause and a comma within its first words
        (``Founded in 1890,``, ``Facing heavy losses,``): not a name (``Ted``, ``Sterling``),
        nor a mention's first word."""
        toks = s.tokens
        word = toks[0].value
        if not word.endswith(("ed", "ing")) or word.endswith("thing"):
            return False  # (Nothing happened, she said: no participle)
        if found and found[0].start == toks[0].start:
            return False
        if word in self.given or self.places.candidates(word):
            return False
        return any("," in s.gap(j) for j in range(min(len(toks), 14)))

    def _after_short_opener(
        self, s: Sentence, found: list[Mention], pronouns: list[Pronoun]
    ) -> bool:
        """A short opener, no comma, then the subject: "Last year the company doubled",
        "Since then the firm has" (a non-person noun phrase, marked: True), "In 2019 he
        founded" (a pronoun that opens the clause)."""
        toks = s.tokens
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
                return True
            break
        for pronoun in pronouns:
            if pronoun.start > opener_end:
                break
            before = self.text[toks[1].start : pronoun.start].lower().split()
            if (
                pronoun.case == SUBJECT
                and not pronoun.in_quote
                and len(before) <= 3
                and FUNCTION_NOT_DETERMINERS.isdisjoint(before[1:])
            ):
                pronoun.opens_clause = True
            break
        return False

    def _subject_from(
        self, s: Sentence, zone: int, found: list[Mention], pronouns: list[Pronoun]
    ) -> None:
        """The first mention or pronoun from token ``zone``, with only determiners,
        adjectives and possessors before it, is the subject."""
        zone_start = s.tokens[zone].start
        if zone == 0 and not s.quoted:
            # Every mention and pronoun starts at one of the sentence's words, none quoted.
            items: list[Mention | Pronoun] = list(found)
            heads = pronouns
        else:
            items = [m for m in found if m.start >= zone_start and not m.in_quote]
            heads = [p for p in pronouns if p.start >= zone_start and not p.in_quote]
        if heads:
            items = sorted(items + heads, key=pronoun_first)  # "Her director": the pronoun
        else:
            items.sort(key=_START)
        cursor = zone_start
        for item in items:
            between = self.text[cursor : item.start]
            if between.strip() and (
                not _only_adjectives(between)
                # "The cancellation hits hardest the local skier": adjectives come after
                # a determiner, never before one.
                or (isinstance(item, Mention) and _DETERMINED.match(item.text) is not None)
            ):
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

    def _common_noun_subject(self, s: Sentence, found: list[Mention]) -> None:
        """``The tribunal ruled that she``: a sentence with a pronoun whose main clause
        (after a dateline or a leading adverbial) opens with a
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
        zone = self._clause_start(s, found)
        begin = toks[zone].start if 0 < zone < len(toks) else s.start
        mention = self._wordnet_subject(s.index, begin, s.end, self._nonperson_noun)
        if mention is not None and not wordnet_nonperson(mention.head):
            mention.evidence = None  # typed by the text's own organisation, not a guess
        if mention is not None and not any(begin <= m.start < mention.end for m in found):
            # After an opener (``On Monday, the tribunal ruled``), in text order.
            at = sum(1 for m in found if m.start < mention.start)
            found.insert(at, mention)
            self.result.subjects[s.index] = mention

    def _nonperson_noun(self, word: str) -> bool:
        """A noun of an organisation or place by WordNet, or the last word of an
        organisation's name the text has given (``the holding`` after ``Karadeniz Enerji
        Holding``)."""
        if wordnet_nonperson(word):
            return True
        mentions = self.result.mentions
        for m in mentions[self.org_endings_upto :]:
            if m.kind == ORGANISATION and m.head and " " in m.text:
                self.org_endings.add(m.head.lower())
        self.org_endings_upto = len(mentions)
        return word in self.org_endings

    def _wordnet_subject(
        self,
        index: int,
        start: int,
        end: int,
        fits: Callable[[str], bool],
        kind: str = INSTITUTION,
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
                if after and fits(after) and not noun_bits(value) & entities.PERSON:
                    # "The pharmaceutical laboratory": a noun before the head modifies it.
                    offset += len(value) + 1
                    continue
                return None
            if after and fits(after) and _ends_phrase(self.text, values, k + 1, words.end(2)):
                # "The old bridge, built in 1967", "The old bridge was": the last noun of
                # the phrase is its head.
                offset += len(value) + 1
                value = after
            stop = offset + len(value)
            if kind == INSTITUTION and wordnet_vehicle(value):
                kind = VESSEL  # "The locomotive ran until 1968. She is now in a museum."
            mention = Mention(start, stop, kind, index, self.text[start:stop], value)
            mention.subject = True
            mention.evidence = "wordnet"
            return mention
        return None

    def _previous_subjects(self) -> None:
        """A pronoun opening its sentence (``She``, ``Her spire``), or in a sentence that
        opens with *It* (``It must hire welders, and he``), after one with no subject found
        that opens with a thing WordNet knows (``The orchestra was founded in 1882. She``):
        that thing becomes the earlier sentence's subject (typed by WordNet alone: a guess
        unless nobody precedes the pronoun)."""
        result = self.result
        starts = result.sentence_starts
        for pronoun in result.pronouns:
            i = pronoun.sentence - 1
            if (
                i < 0
                or not (pronoun.opens_clause or self.text.startswith("It ", starts[i + 1]))
                or pronoun.case not in (SUBJECT, POSSESSIVE, POSSESSIVE_OR_OBJECT)
                or pronoun.in_quote
                or i in result.subjects
                or i in result.heading_sentences
            ):
                continue
            if self._pronoun_of_gender(pronoun.gender, starts[i], starts[i + 1]):
                continue  # "The memoir ends with news reaching her office. She recalls"
            mention = self._wordnet_subject(i, starts[i], starts[i + 1], wordnet_thing)
            if mention is None:
                # "The mosquito spreads dengue. She lays": an animal, who may be "she".
                mention = self._wordnet_subject(i, starts[i], starts[i + 1], wordnet_animal, ANIMAL)
                if mention is not None:
                    mention.evidence = None
            if mention is None or self.quotes.inside(mention.start):
                continue
            k = bisect.bisect_left(result.mentions, mention.start, key=_START)
            if k < len(result.mentions) and result.mentions[k].start < mention.end:
                continue  # a mention is there already
            result.mentions.insert(k, mention)
            result.subjects[i] = mention

    def _pronoun_of_gender(self, gender: str, start: int, end: int) -> bool:
        """A pronoun of ``gender`` outside quotations between ``start`` and ``end``: the
        sentence already speaks of someone of that gender, whom the next pronoun may
        continue rather than a thing WordNet types."""
        pronouns = self.result.pronouns
        k = bisect.bisect_left(pronouns, start, key=_START)
        while k < len(pronouns) and pronouns[k].start < end:
            p = pronouns[k]
            if p.gender == gender and not p.in_quote and not p.generic:
                return True
            k += 1
        return False

    def _quote_subjects(self, s: Sentence, found: list[Mention], pronouns: list[Pronoun]) -> None:
        """``“The company has doubled his profits,” he said``: a possessive, reflexive or
        reported pronoun, or a subject after *and*, *but* (``“The government arrived with a
        good balance, but she did not explain it”``) inside a quotation whose clause opens
        with a non-person and holds no one else before it belongs to that non-person."""
        spans = self.quotes.spans
        for pronoun in pronouns:
            if not pronoun.in_quote or pronoun.generic:
                continue
            if pronoun.case not in (POSSESSIVE, REFLEXIVE, POSSESSIVE_OR_OBJECT) and not (
                pronoun.after_speech_verb or pronoun.after_conjunction
            ):
                continue
            j = self.quotes.last_from(pronoun.start)
            quote_start = spans[j][0]
            if pronoun.start - quote_start > QUOTED_CLAUSE_CHARS:
                continue  # far into a long quotation: its clause is not the opening one
            k = bisect.bisect_left(found, quote_start, key=lambda m: m.start)
            inside = []
            while k < len(found) and found[k].start < pronoun.start:
                inside.append(found[k])
                k += 1
            if not inside:
                continue
            # The longest mention at the quotation's start: "The state government", not
            # "The state" it begins with.
            first = max((m for m in inside if m.start == inside[0].start), key=lambda m: m.end)
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

    def _speaker(self, s: Sentence, found: list[Mention]) -> Mention | None:
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
