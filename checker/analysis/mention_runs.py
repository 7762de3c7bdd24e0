"""Capitalised runs for the mentions scan: where a run of capitalised words ends, the
titles and gazetteer entries it holds, and what it names (a titled person, a place, an
organisation, a name of unknown kind)."""

from __future__ import annotations

import functools
import operator
from typing import TYPE_CHECKING

from checker.analysis import entities
from checker.analysis import gazetteers as gz
from checker.analysis import mention_base as kinds
from checker.analysis.entities import org_ending
from checker.analysis.lexicon import is_common_english, is_foreign_word
from checker.analysis.mention_base import POSSIBLE, PRONOUNS, Mention
from checker.analysis.mention_sentence import Sentence
from checker.analysis.mention_words import (
    CLAUSE_OPENERS,
    DETERMINERS,
    FUNCTION_WORDS,
    INDEFINITE_PEOPLE,
    OPENING_WORDS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_ENDINGS,
    UNAMBIGUOUS_PRESENT,
    is_capitalised,
    name_connectors,
    singular,
    without_possessive,
)
from checker.words import calendar_words, determiners, name_particles, saint_prefixes

if TYPE_CHECKING:
    from checker.analysis.gazetteers import Phrase

_LABEL = operator.itemgetter(0)  # of a segment of a capitalised run
# Marks before a word that make it the first of a clause or quotation (— – : ( “ ").
_OPENING_MARKS = frozenset('—–:(“"')


def _place_noun(word: str) -> bool:
    """A lower-case noun with a sense that is a place (WordNet) and none that is an
    animal: *square*, *outskirts*, *heart*, *capital*."""
    return word.isalpha() and word.islower() and entities.wordnet_place(word)


# Words that open a noun phrase whose adjectives a proper adjective may follow.
@functools.cache
def _determining() -> frozenset[str]:
    """Possessives and articles but *the*: ``its old Zoroastrian fire temple``."""
    return determiners("possessive", "article") - {"the"}


@functools.cache
def _singular_heads() -> frozenset[str]:
    """The singulars of the plural organisation endings (``Holding`` of ``Holdings``,
    ``Technology`` of ``Technologies``), of five letters or more (not ``New`` of
    ``News``) and no adjective's ending (not ``Olympic``, ``Pharmaceutical``): an ending
    of a name of two words or more."""
    found = set()
    for head in gz.organisation_heads():
        one = singular(head)
        if (
            one is not None
            and len(one) >= 5
            and head[1:].islower()
            and not one.endswith(("ic", "al"))
        ):
            found.add(one)
    return frozenset(found - gz.organisation_heads())


class CapitalisedRuns:
    """Reads a run of capitalised words (a mixin of the mentions builder)."""

    # Capitalised words ------------------------------------------------------------------
    @staticmethod
    def _run_goes_on(s: Sentence, k: int) -> bool:
        """The word after token k may carry its capitalised run on (a capital, a particle)."""
        if k + 1 >= len(s.tokens):
            return False
        after = s.tokens[k + 1].value
        return after[0].isupper() or after in name_connectors()

    def _run_end(self, s: Sentence, k: int) -> int:
        """Index past the run of capitalised tokens (with name particles) starting at k."""
        toks = s.tokens
        if k + 1 >= len(toks):
            return k + 1
        after = toks[k + 1].value  # (as _run_goes_on tests it, without the call)
        if not (after[0].isupper() or after in name_connectors()):
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
                if toks[j - 1].value.endswith(POSSESSIVE_ENDINGS):
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
                    if m == j or m >= len(toks) or not is_capitalised(toks[m].value):
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

    def _last_capital(self, s: Sentence, k: int) -> bool:
        """Tokens from k are one to three capitalised words ending the run (``Climate
        Policy``), none a title or a place: the last part of an institution's name."""
        toks = s.tokens
        for j in range(k, min(len(toks), k + 3)):
            value = toks[j].value
            if not is_capitalised(value):
                return j > k
            if self.titles.candidates(value) or self.places.candidates(value):
                return False
            if j + 1 >= len(toks) or s.gap(j).strip():
                return True
        return k + 3 < len(toks) and not is_capitalised(toks[k + 3].value)

    def _capitalised_run(self, s: Sentence, k: int, found: list[Mention]) -> int:
        toks = s.tokens
        value = toks[k].value
        if (
            value.isupper()
            and len(value) > 1
            and self._alone(value)[0] == "word"
            and not (  # IG Metall, KLM Royal Dutch Airlines: an acronym opening a name
                k + 1 < len(toks)
                and s.gap(k) == " "
                and is_capitalised(toks[k + 1].value)
                and not toks[k + 1].value.isupper()
                and value.lower() not in self.roles  # CEO Tim Cook: a role, then the name
            )
        ):
            return k + 1  # KYIV (a dateline), an unknown acronym: not a person
        if len(value) == 1 and not s.gap(k).startswith("."):
            return k + 1  # the K2 tank, plan B: a letter, not an initial
        if "-" in value:  # (without one, the tail is empty: neither test holds)
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
            or (k == 1 and s.lower(0) in CLAUSE_OPENERS)
            or (before != " " and not _OPENING_MARKS.isdisjoint(before))
        )
        while start < end:
            opener = toks[start].value
            lower = opener.lower()
            if lower not in OPENING_WORDS and not (start == 0 and self._adverb(opener)):
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
        if end - start == 1 and without_possessive(toks[start].value)[0] in calendar_words():
            return end
        if det is None:
            det = self._determiner_before(s, k)
        return self._interpret_run(s, start, end, found, det, at_sentence_start and start == k)

    def _match(self, s: Sentence, k: int, end: int) -> tuple[str, int, object] | None:
        """The longest title or gazetteer entry at token k (label, end index, phrase)."""
        toks = s.tokens
        phrases, people = self._phrases_at(toks[k].value)
        for label, phrase in phrases:
            size = len(phrase.words)
            if k + size > end:
                continue
            if size == 1:
                return label, k + 1, phrase  # its one word is the word it is found by
            words = [without_possessive(t.value)[0] for t in toks[k : k + size]]
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
            bare = without_possessive(value)[0]
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

    def _segments(self, s: Sentence, start: int, end: int) -> list[tuple[str, int, int, object]]:
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
        s: Sentence,
        start: int,
        end: int,
        found: list[Mention],
        det: int | None,
        sentence_initial: bool,
    ) -> int:
        """Read the capitalised run ``start:end`` (after the determiner ``det``, if any):
        append what it names to ``found``; the index of the token to look at next."""
        segments = self._segments(s, start, end)
        first = start if det is None else det
        if "title" in map(_LABEL, segments):
            done = self._titled(s, start, segments, found, first)
            if done is not None:
                return done
        if len(segments) == 1:
            done = self._one_segment(s, segments[0], found, first)
            if done is not None:
                return done
        if self._organisation_run(s, start, end, segments, found, first):
            return end
        if end - start > 1 and s.lower(start) in saint_prefixes():
            # Santa Maria Assunta, São Paulo: a place named after a saint, no person.
            found.append(self._mention(s, first, end, kinds.PLACE, head=s.tokens[end - 1].value))
            return end
        done = self._no_name(s, range(start, end), found, det, sentence_initial)
        if done is not None:
            return done
        mention = self._unknown_name(s, start, end, det)
        if _ends_an_institution_name(s, start, found):
            mention.kind = kinds.ORGANISATION  # the Fund for Peace said: the fund's
        found.append(mention)
        if mention.modifier and det is None and mention.kind == kinds.ORGANISATION:
            return self._with_place_noun(s, mention, end)
        return end

    def _with_place_noun(self, s: Sentence, mention: Mention, end: int) -> int:
        """``Guangdong province``, ``Kuopio city``: a name with no determiner before it and
        a noun of a place after it is that place, the noun its head (the mention grows
        to hold it). The index to look at next."""
        noun = s.tokens[end]
        if not _place_noun(noun.value):
            return end
        mention.end = noun.end
        mention.text = self.text[mention.start : mention.end]
        mention.kind = kinds.REGION
        mention.modifier = False
        mention.head = noun.value
        return end + 1

    def _one_segment(
        self, s: Sentence, segment: tuple[str, int, int, object], found: list[Mention], first: int
    ) -> int | None:
        """A run that is one place, demonym or plural demonym (``Ukrainians``)."""
        label, a, b, phrase = segment
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
            found.append(self._mention(s, first, b, kinds.PEOPLE_GROUP, plural=True))
            return b
        return None

    def _organisation_run(
        self,
        s: Sentence,
        start: int,
        end: int,
        segments: list[tuple[str, int, int, object]],
        found: list[Mention],
        first: int,
    ) -> bool:
        """A run that names an organisation (``Statistics Korea``, ``Ministry of Defence``,
        ``General Motors``): appended to ``found``."""
        toks = s.tokens
        if (
            len(segments) > 1
            and segments[-1][0] == "place"
            and segments[-1][3].kind in (gz.COUNTRY, gz.CITY)
            and segments[-1][3].text not in self.name_places
            and segments[0][0] == "word"
            # Matt Holland: a given name opens a person's name, not a firm's
            and self._given_gender(without_possessive(toks[segments[0][1]].value)[0]) is None
            # the analyst Li Wei: a role noun before names a person
            and not self._role_before(s, start)
        ):
            # Statistics Korea, Radio France, Visit Britain: a name ending in a place.
            found.append(
                self._mention(s, first, end, kinds.ORGANISATION, head=segments[-1][3].text)
            )
            return True
        last = without_possessive(toks[end - 1].value)[0]
        institution_of = end - start > 1 and any(
            toks[x].value == "of" and toks[x - 1].value in self.org_heads
            for x in range(start + 1, end)
        )
        if not (
            institution_of
            or last in self.org_heads
            or (end - start > 1 and last in _singular_heads())  # Koç Holding
            or (end - start > 1 and last.lower() in self.nonperson)
            or (end - start > 1 and org_ending(without_possessive(toks[start].value)[0], last))
        ):
            return False
        mention = self._mention(s, first, end, kinds.ORGANISATION, head=last)
        if end < len(toks) and s.gap(end - 1) == " " and toks[end].value in self.roles:
            mention.modifier = True  # Democratic Party leader Elly Schlein
        found.append(mention)
        return True

    def _no_name(
        self, s: Sentence, run: range, found: list[Mention], det: int | None, initial: bool
    ) -> int | None:
        """A run of tokens that holds no name after all: source words left untranslated, a
        common noun or common word capitalised at the sentence's start (``initial``). The
        index to look at next, or None when the run is a name."""
        toks = s.tokens
        start, end, sentence_initial = run.start, run.stop, initial
        if (
            sentence_initial
            and end - start > 1
            and all(is_foreign_word(t.value.lower()) for t in toks[start:end])
        ):
            return end  # Laut Angaben, Según fuentes: source words left untranslated
        if end - start == 1:
            lower = without_possessive(toks[start].value)[0].lower()
            if self._noun_class(lower) is not None or lower in INDEFINITE_PEOPLE:
                return self._lowercase(s, start, found, det=det)
            if (
                sentence_initial
                and not self._person_context(s, start, end)
                and not self._role_apposed(s, end)
                and not self._thing_apposed(s, end)
                and (lower in FUNCTION_WORDS or is_common_english(lower) or is_foreign_word(lower))
                and (
                    lower in FUNCTION_WORDS
                    or s.index in self.result.heading_sentences  # Parry firm over Gerrard
                    or not self._named_elsewhere(toks[start].value)
                )
            ):
                return end  # Lying in a bed..., Published at...
        return None

    def _unknown_name(self, s: Sentence, start: int, end: int, det: int | None) -> Mention:
        """A name of unknown kind (maybe a person): the whole run, with a leading particle."""
        toks = s.tokens
        name_first = start
        if start > 0 and toks[start - 1].value in name_particles():
            name_first = start - 1
        the = det is not None and det == start - 1 and s.lower(det) == "the"
        mention = self._mention(s, det if the else name_first, end, kinds.NAME)
        mention.name_start = toks[name_first].start
        mention.name_end = self._token_end(toks[end - 1])
        mention.head = without_possessive(toks[end - 1].value)[0]
        mention.possessive = toks[end - 1].value.endswith(POSSESSIVE_ENDINGS)
        if self._person_context(s, start, end):
            mention.kind = kinds.PERSON
        elif end < len(toks) and s.gap(end - 1) == " " and not mention.possessive:
            noun = self._noun_class(toks[end].value.lower())
            if noun is not None and noun[0] == kinds.INSTITUTION:
                mention.kind = kinds.ORGANISATION  # the Kursk region, the Rheinwerk group
                mention.modifier = True
            elif toks[end].value in self.roles:
                mention.modifier = True  # Olympic champion, Chelsea striker: the role's
        if mention.kind == kinds.NAME:
            before = s.lower(name_first - 1)
            owner = s.lower(name_first - 2)
            # the town of Sorriso, the village square of Çamlıhemşin: a noun of a place
            of_place = before == "of" and (owner in self.nonperson or _place_noun(owner))
            # (the preposition right before: "In 2003, C-Murder" is no place)
            adjacent = name_first > 0 and s.gap(name_first - 1) == " "
            if of_place or (before in PLACE_PREPOSITIONS and adjacent and not mention.possessive):
                mention.kind = kinds.PLACE  # near Alès, the town of Sorriso: not a person
            elif the and end - start == 1:
                mention.kind = kinds.PLACE  # the Gard, the South's: a single name after "the"
            elif self._proper_adjective(s, name_first, end):
                mention.modifier = True  # its old Zoroastrian fire temple: no one
        return mention

    def _proper_adjective(self, s: Sentence, first: int, end: int) -> bool:
        """A name of one word between a possessive determiner or an article (and at most
        two lower-case adjectives, no role) and a lower-case noun: ``its old Zoroastrian
        fire temple``, ``a Baroque church``. It qualifies the noun; it is no one."""
        if end - first != 1 or first == 0 or not s.tokens[first - 1].value.islower():
            return False  # (most names follow a capital, a verb's object or nothing)
        if end >= len(s.tokens) or s.gap(end - 1) != " ":
            return False
        after = s.tokens[end].value
        if not after.isalpha() or not after.islower() or entities.noun_bits(after) is None:
            return False
        if after in self.speech_verbs:
            return False
        for k in range(first - 1, max(-1, first - 4), -1):
            word = s.lower(k)
            if word in _determining():
                return True
            if not word.isalpha() or word in FUNCTION_WORDS or word in self.roles:
                return False
            if s.tokens[k].value != word or word in self.gendered:
                return False
        return False

    def _titled(
        self,
        s: Sentence,
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
            last = without_possessive(toks[b - 1].value)[0]
            if last in self.org_heads:
                return None  # General Motors, Justice Department
            mention = self._mention(s, first, b, kinds.PERSON, head=last)
            mention.title = title.text
            mention.name_start = toks[a].start
            mention.name_end = self._token_end(toks[b - 1])
            mention.gender = title.gender
            mention.evidence = "title" if title.gender else None
            mention.possessive = toks[b - 1].value.endswith(POSSESSIVE_ENDINGS)
            found.append(mention)
            return b
        if not after:
            word = title.text.lower().rstrip(".")
            if word in self.roles or word in self.gendered:
                mention = self._mention(s, first, segments[t][2], kinds.PERSON, head=word)
                mention.title = title.text
                mention.gender = title.gender
                mention.evidence = "title" if title.gender else None
                self._set_modifier(s, segments[t][2] - 1, mention)
                found.append(mention)
                return segments[t][2]
        return None

    def _role_apposed(self, s: Sentence, end: int) -> bool:
        """A role noun in apposition after the run: ``Morel, a captain``, ``Reed, the
        former coach``, a name however common the word."""
        if s.gap(end - 1) != ", " or s.lower(end) not in ("a", "an", "the"):
            return False
        return any(s.lower(k) in self.roles for k in range(end + 1, min(end + 4, len(s.tokens))))

    def _role_before(self, s: Sentence, start: int) -> bool:
        """A role noun or gendered noun right before the run (``leader, Kim``)."""
        prev = s.lower(start - 1)
        return (prev in self.roles or prev in self.gendered) and s.gap(start - 1) in (" ", ", ")

    def _thing_apposed(self, s: Sentence, end: int) -> bool:
        """An institution noun in apposition after the run: ``Lumina, a French artificial
        intelligence start-up,``: a name, however common the word."""
        if s.gap(end - 1) != ", " or s.lower(end) not in ("a", "an", "the"):
            return False
        return any(
            s.lower(k) in self.nonperson for k in range(end + 1, min(end + 7, len(s.tokens)))
        )

    def _person_context(self, s: Sentence, start: int, end: int) -> bool:
        """A role noun or gendered noun right before (``leader, Kim``) or a speech verb after."""
        prev = s.lower(start - 1)  # (as _role_before, without the call: runs are many)
        if (prev in self.roles or prev in self.gendered) and s.gap(start - 1) in (" ", ", "):
            return True
        if end < len(s.tokens):
            nxt = s.lower(end)
            # "Gulf states", "the party's reports": plural nouns that look like verbs.
            verb = not nxt.endswith("s") or nxt in UNAMBIGUOUS_PRESENT
            if nxt in self.speech_verbs and verb and s.gap(end - 1) == " ":
                return True
        return False

    def _after_demonym(self, s: Sentence, a: int, b: int, found: list[Mention], first: int) -> int:
        """``North Korean`` then a role noun (person) or an institution noun (non-person)."""
        toks = s.tokens
        j = b
        # Up to two lower-case adjectives: the North Korean state-run news agency.
        limit = min(len(toks), b + 3)
        while j < limit and s.joined(j - 1) and not is_capitalised(toks[j].value):
            word = without_possessive(toks[j].value)[0].lower()
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
            found.append(self._mention(s, first, b, kinds.PERSON, head=toks[a].value))
        return b


def _ends_an_institution_name(s: Sentence, start: int, found: list[Mention]) -> bool:
    """A name right after *of* or *for* (and an optional *the*) that follows an
    institution's name at once (``the Fund for Peace``, ``the Society for the Protection of
    Nature``): the end of that name, not a person, even before a speech verb."""
    k = start - 1
    if k >= 0 and s.lower(k) == "the":
        k -= 1
    if k < 1 or s.lower(k) not in ("of", "for") or not found:
        return False
    last = found[-1]
    return (
        last.kind in kinds.NONPERSON_KINDS
        and last.end == s.tokens[k - 1].end
        and s.gap(k - 1) == " "
        and s.tokens[k - 1].value[:1].isupper()
    )
