"""Lower-case words for the mentions scan: common nouns that name people, institutions,
ships or animals, with the determiner before them; and the mention records it makes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.analysis import entities
from checker.analysis.entities import noun_bits, wordnet_thing
from checker.analysis.mention_base import (
    ANIMAL,
    INSTITUTION,
    NONPERSON_KINDS,
    PERSON,
    POSSIBLE,
    VESSEL,
    Mention,
)
from checker.analysis.mention_sentence import Sentence
from checker.analysis.mention_words import (
    ADJECTIVE_ROLES,
    BEFORE_VERBS,
    COPULAS,
    DETERMINERS,
    FUNCTION_WORDS,
    INDEFINITE_PEOPLE,
    ONE_OF,
    PLURAL_PEOPLE,
    POSSESSIVE_ENDINGS,
    PREDICATE_ADVERBS,
    agent_shaped,
    compound_head,
    is_capitalised,
    singular,
    without_possessive,
)

if TYPE_CHECKING:
    from checker.analysis.tokens import Token


# What a word before a noun is to ``_determiner_before`` (``_word_before``).
_DETERMINER, _POSSESSOR, _FUNCTION, _MODIFIER, _ADJECTIVE = range(5)


class CommonNouns:
    """Reads lower-case nouns and makes mention records (a mixin of the mentions builder)."""

    def _noun_class(self, word: str) -> tuple[str, bool] | None:
        """(kind, plural) of a common noun we know, else None (memoised per word)."""
        try:
            return self.noun_classes[word]
        except KeyError:
            noun = self.noun_classes[word] = self._classify_noun(word)
            return noun

    def _classify_noun(self, word: str) -> tuple[str, bool] | None:
        for form, plural in ((word, False), (singular(word), True)):
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
        if word in PLURAL_PEOPLE:
            return PERSON, True
        return None

    def _lowercase(self, s: Sentence, k: int, found: list[Mention], det: int | None = None) -> int:
        """Read the lower-case word at token k (after the determiner ``det``, if known):
        append the mention it heads to ``found``; the index of the token to look at next."""
        value = s.tokens[k].value
        word, noun, agent, gender = self.lower_facts.get(value) or self._lower_facts(value)
        if self._someone(s, k, word, found):
            return k + 1
        if self._two_word_role(s, k, word, found, det):
            return k + 2
        if noun is None and not agent:
            return k + 1  # neither a noun we know nor shaped like one: no mention
        if det is None:
            det = self._determiner_before(s, k)
        if noun is None:
            if det is not None and self._stands_alone(s, k) and not self._predicate(s, k):
                found.append(self._mention(s, det, k + 1, POSSIBLE, head=word))
            return k + 1
        kind, plural = noun
        if self._no_mention(s, k, word, noun, det):
            return k + 1
        if kind == PERSON and not plural and _as_a_role(s, det, found):
            return k + 1  # "a daughter, who works as a doctor": her role, no one new
        mention = self._mention(
            s, det if det is not None else k, k + 1, kind, head=word, plural=plural
        )
        if kind == PERSON and gender and not plural:
            mention.gender = gender
            mention.evidence = "noun"
        self._set_modifier(s, k, mention)
        found.append(mention)
        return k + 1

    def _someone(self, s: Sentence, k: int, word: str, found: list[Mention]) -> bool:
        """An indefinite (``someone``, ``the latter``) or ``one of``, ``each of``: a possible
        person appended to ``found`` where it is one. Whether the word was read."""
        if word in INDEFINITE_PEOPLE:
            if word in ("latter", "former") and s.lower(k - 1) != "the":
                return True
            if word == "another" and not self._stands_alone(s, k):
                return True  # another election: a determiner
            found.append(self._mention(s, k, k + 1, POSSIBLE, head=word))
            return True
        if word in ONE_OF and (s.lower(k + 1) == "of" or s.lower(k - 1) in ("no", "the", "every")):
            if self._predicate(s, k):
                return True  # "Lee is one of the few women": the subject again, no one new
            if s.lower(k + 1) != "of" or not self._of_things(s, k + 2):
                found.append(self._mention(s, k, k + 1, POSSIBLE, head=word))
            return True
        return False

    def _two_word_role(
        self, s: Sentence, k: int, word: str, found: list[Mention], det: int | None
    ) -> bool:
        """``prime minister``, ``vice president``: a role noun of two words, appended."""
        if word not in self.role_firsts or k + 1 >= len(s.tokens):
            return False
        head = f"{word} {s.lower(k + 1)}"
        if head not in self.roles:
            return False
        first = det if det is not None else self._determiner_before(s, k)
        found.append(self._mention(s, first, k + 2, PERSON, head=head))
        return True

    def _no_mention(
        self, s: Sentence, k: int, word: str, noun: tuple[str, bool], det: int | None
    ) -> bool:
        """A noun we know that heads no mention here: a verb, an adjective, a predicate, a
        bare institution noun."""
        kind, plural = noun
        if kind == PERSON and not plural and det is None and s.lower(k - 1) in BEFORE_VERBS:
            return True  # "to coach a team", "will guard": verbs
        if word in ADJECTIVE_ROLES and not self._stands_alone(s, k):
            return True  # "general election", "executive order", "chief concern"
        if kind == PERSON and word not in self.gendered and self._predicate(s, k):
            return True  # "Brazil is the world's largest exporter": the subject again
        if kind in (INSTITUTION, VESSEL) and det is None and not plural:
            return True  # "government spending", "company law": no determiner, no mention
        return word.endswith("ed") and det is None  # "accused Seoul" is a verb

    def _lower_facts(self, value: str) -> tuple[str, tuple[str, bool] | None, bool, str | None]:
        """A word lower-cased without its ``’s``, its noun class, whether it is shaped like
        an agent noun, and the gender of the gendered noun it is or is the plural of
        (memoised per word: :meth:`_lowercase` looks in the memo first)."""
        word = compound_head(without_possessive(value)[0].lower())  # mother-of-two: mother
        gender = self.gendered.get(word) or self.gendered.get(singular(word) or "")
        noun = self._noun_class(word)
        agent = self._agent_noun(word)
        facts = self.lower_facts[value] = (word, noun, agent, gender)
        return facts

    @staticmethod
    def _agent_noun(word: str) -> bool:
        """Shaped like an agent noun, unless WordNet knows no sense of it that is a person
        (``word`` lower-cased, without its ``’s``)."""
        return agent_shaped(word) and not (
            wordnet_thing(word) or wordnet_thing(singular(word) or word)
        )

    def _adverb(self, value: str) -> bool:
        """An -ly word opening a sentence (``Finally``), not a name (``Italy``, ``Emily``)."""
        known = self.adverbs.get(value)
        if known is None:
            bare = without_possessive(value)[0]
            known = self.adverbs[value] = (
                bare.lower().endswith("ly")
                and not self.places.candidates(bare)
                and bare not in self.given
            )
        return known

    def _stands_alone(self, s: Sentence, k: int) -> bool:
        """Token k ends its noun phrase: punctuation, a function word, a verb-like word or a
        capital follows (``a retired plumber.``, ``another said``), not a lower-case word."""
        if k + 1 >= len(s.tokens) or s.gap(k).strip(" "):
            return True
        nxt = s.tokens[k + 1].value
        lower = nxt.lower()
        if is_capitalised(nxt) or lower in FUNCTION_WORDS or lower in self.speech_verbs:
            return True
        return lower.endswith(("ed", "s")) and not lower.endswith("ss")

    @staticmethod
    def _predicate(s: Sentence, k: int) -> bool:
        """Token k heads the complement of a copula (``is the largest exporter``, ``was
        not the employer``)."""
        toks, text = s.tokens, s.text
        for j in range(k - 1, max(-1, k - 6), -1):  # (words before k: each has a next)
            end, after = toks[j].end, toks[j + 1].start
            one_space = after == end + 1 and text[end] == " "  # (the most frequent gap)
            if not one_space and text[end:after].strip(" ’'s"):
                return False
            word = toks[j].value.lower()
            if word in COPULAS:
                return True
            if word in FUNCTION_WORDS and word not in DETERMINERS | PREDICATE_ADVERBS:
                return False
        return False

    def _of_things(self, s: Sentence, k: int) -> bool:
        """``one of the most intensive farming countries``, ``one of his mills``: the noun
        after "of" is a thing (a noun we know, or a plural WordNet knows no person or
        animal by)."""
        for j in range(k, min(len(s.tokens), k + 6)):
            word = without_possessive(s.tokens[j].value)[0].lower()
            noun = self._noun_class(word)
            if noun is not None:
                return noun[0] in NONPERSON_KINDS
            one = singular(word) if word.isalpha() else None
            bits = noun_bits(one) if one is not None else None
            if bits is not None:
                return not bits & (entities.PERSON | entities.ANIMAL)
        return False

    def _determiner_before(self, s: Sentence, k: int) -> int | None:
        """Index of a determiner up to three words before k, with only adjectives between."""
        toks, text = s.tokens, s.text
        words_before = self.words_before
        for j in range(k - 1, max(-1, k - 4), -1):
            before = toks[j]
            value = before.value
            if toks[j + 1].start != before.end + 1 or text[before.end] != " ":  # no one space
                if value.endswith("s") and s.gap(j) in ("’ ", "' "):
                    return j + 1  # the metalworkers' union: after the plural possessor
                if not s.joined(j) and s.gap(j) != "-":
                    # "the state-owned company": hyphens are inside tokens; other punctuation
                    # stops.
                    return None
            role = words_before.get(value)
            if role is None:
                role = words_before[value] = self._word_before(value)
            if role == _DETERMINER:
                return j
            if role == _POSSESSOR:
                return j + 1  # the country's army, Russia's government: after the possessor
            if role == _FUNCTION:
                return None
            if role == _MODIFIER and j > 0:
                # "the Turin club", "the Kremlin spokesman": a place or name modifying the
                # noun, right after the determiner.
                if s.lower(j - 1) == "the" and s.gap(j - 1) == " " and j == k - 1:
                    return j - 1
                return None
        return None

    def _word_before(self, value: str) -> int:
        """What the word ``value`` is to :meth:`_determiner_before`, whatever its context
        (memoised per word): a determiner, a possessor, another function word, a capitalised
        word that may modify the noun (no demonym), or an adjective."""
        lower = value.lower()
        if lower in DETERMINERS:
            return _DETERMINER
        if value.endswith(POSSESSIVE_ENDINGS):
            return _POSSESSOR
        if lower in FUNCTION_WORDS:
            return _FUNCTION
        if is_capitalised(value) and value not in self.demonyms:
            return _MODIFIER
        return _ADJECTIVE

    def _set_modifier(self, s: Sentence, k: int, mention: Mention) -> None:
        """Mark a noun followed by another noun (``the company van``) as a modifier."""
        toks = s.tokens
        token = toks[k]
        if token.value.endswith(POSSESSIVE_ENDINGS):
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
        return token.end - 2 if token.value.endswith(POSSESSIVE_ENDINGS) else token.end

    def _mention(
        self,
        s: Sentence,
        a: int | None,
        b: int,
        kind: str,
        head: str = "",
        plural: bool = False,
    ) -> Mention:
        toks = s.tokens
        last = toks[b - 1]
        start = last.start if a is None else toks[a].start
        end = last.end - 2 if last.value.endswith(POSSESSIVE_ENDINGS) else last.end
        return Mention(start, end, kind, s.index, self.text[start:end], head, plural)


def _as_a_role(s: Sentence, det: int | None, found: list[Mention]) -> bool:
    """A role noun after *as a* or *as an* (``works as a doctor``, ``began as a worker``)
    when the sentence has named a person before it: that person's role, no one new."""
    if det is None or det < 1 or s.lower(det) not in ("a", "an") or s.lower(det - 1) != "as":
        return False
    return any(m.kind == PERSON or m.name_start >= 0 for m in found)
