"""Salience of a gendered pronoun's candidates (P): a centering model in the manner of
Lappin and Leass, for the pronouns whose people in reach used to silence the rules.

Each candidate in the pronoun's window (its own sentence before it, and the sentences
before) weighs :data:`RECENCY` plus its role (a subject more than an object, an object more
than the complement of a preposition), halved for every sentence back and again for every
paragraph boundary crossed. The pronoun adds its own preference (centering's
backward-looking center): a subject pronoun prefers the previous sentence's subject, or the
subject of its own clause when it follows a conjunction or a speech verb; a possessive
prefers its own clause's subject, then the previous sentence's. A person whom nothing but
the lack of evidence makes compatible (a name of unknown kind, *someone*) weighs half.

The non-person wins when it outweighs every compatible person by a margin, unless someone
who fits is in the pronoun's sentence before it or in the sentence just before, or is a
subject two sentences back in the same paragraph (news English names its people as objects
and appositions as often as subjects, and a reader keeps them). :class:`Ranking` gives
both; the resolution turns them into a verdict. Facts only: no rule codes here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from checker.analysis.mentions import (
    NAME,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    POSSIBLE,
    REFLEXIVE,
    SUBJECT,
    Mention,
    Mentions,
    Pronoun,
)
from checker.patterns import lazy
from checker.thresholds.pronoun import (
    CENTER_BONUS,
    OBJECT_WEIGHT,
    OWN_SUBJECT_BONUS,
    RECENCY,
    SUBJECT_WEIGHT,
)

# A preposition right before a mention: its complement, an oblique (least salient).
_PREPOSITION_BEFORE = lazy(
    r"\b(?:of|to|by|with|for|from|at|in|on|about|against|towards?|among|between|after|"
    r"before|without|under|beside|alongside|near|like|than|via|behind|over|into)\s+$",
)
# Between a subject and a person in apposition to it: "The leader of the party, Jo Rees".
_APPOSITION_GAP = lazy(r",? |(?: (?:of|at|for) [^,;:.!?]{1,50})?, ")
# From a sentence's start to the first mention after its opener's comma, an adjective
# between: "Soon after, nerdy |Peter Parker".
_AFTER_OPENER = lazy(r"[^,;:\"“”]{1,80}, (?:[a-z]+ )?")
_OWNED = (POSSESSIVE, POSSESSIVE_OR_OBJECT, REFLEXIVE)


class Ranking(NamedTuple):
    """The salience of a non-person antecedent against the people who fit the pronoun."""

    thing: float
    person: float  # the most salient compatible person (0 when there is none)
    person_holds: bool  # someone who fits is in the pronoun's sentence or the last

    @property
    def margin(self) -> float:
        return self.thing - self.person


class Salience:
    """Ranks the candidates of one pronoun; built once per document by the resolution."""

    __slots__ = ("found", "kept", "speakers", "text")

    def __init__(
        self,
        found: Mentions,
        text: str,
        speakers: list[Sequence[Mention]],
        kept: dict[int, list[Pronoun]],
    ) -> None:
        self.found = found
        self.text = text
        self.speakers = speakers  # per sentence: animate mentions outside quotations
        self.kept = kept  # per sentence: pronouns that stand for some person

    def rank(self, pronoun: Pronoun, antecedent: Mention, window: list[int]) -> Ranking:
        """The antecedent's salience, the best compatible person's, and whether a
        compatible person is the center."""
        i = pronoun.sentence
        thing = self._weight(antecedent, pronoun) + self._preference(pronoun, antecedent)
        best = 0.0
        holds = False
        for j in window:
            for m in self.speakers[j]:
                if m.plural or not self._fits(m, pronoun.gender):
                    continue
                if m.start >= pronoun.start:
                    # A pronoun looking ahead to its antecedent may look ahead to them too,
                    # but a preposition's complement is too little salient: "In his
                    # absence, the company appointed an interim chief" (not "... used
                    # without the consent of the judge").
                    holds = holds or (antecedent.start > pronoun.start and self._role(m) > 0)
                    continue
                weight = self._weight(m, pronoun) + self._preference(pronoun, m)
                if m.gender is None and m.kind in (NAME, POSSIBLE):
                    weight /= 2  # nothing but the lack of evidence makes it a person
                best = max(best, weight)
                # Anyone who fits in the pronoun's sentence or the last, but a name nothing
                # makes a person's, is the center a reader keeps ("The team, led by Prof.
                # Mori, tested it. She said"): news names people as objects as often.
                holds = holds or self._holds(m, pronoun)
            for p in self.kept.get(j, ()):
                if p.start >= pronoun.start or p.gender != pronoun.gender:
                    continue
                subject = p.case == SUBJECT  # some clause's subject: say its sentence's
                role = SUBJECT_WEIGHT if subject else OBJECT_WEIGHT
                best = max(best, (RECENCY + role) * self._decay(j, i))
                holds = holds or j >= i - 1 or (subject and self._same_paragraph(j, i))
        return Ranking(thing, best, holds)

    def _holds(self, m: Mention, pronoun: Pronoun) -> bool:
        """Whether ``m``, who fits the pronoun, is the center a reader keeps: anyone in the
        pronoun's sentence or the last, or a subject two sentences back in
        the same paragraph, stated to be of the pronoun's gender or a role noun (*A nurse
        told the inquiry ...*)."""
        i, j = pronoun.sentence, m.sentence
        if j >= i - 1:
            return True
        return (
            (m.gender == pronoun.gender or (m.gender is None and m.kind != NAME))
            and self._is_subject(m)
            and self._same_paragraph(j, i)
        )

    def _same_paragraph(self, j: int, i: int) -> bool:
        paragraph_of = self.found.paragraph_of_sentence
        return paragraph_of[j] == paragraph_of[i]

    @staticmethod
    def _fits(m: Mention, gender: str) -> bool:
        return m.gender is None or m.gender == gender

    def _decay(self, j: int, i: int) -> float:
        """Halved for each sentence back, and again for each paragraph boundary crossed."""
        paragraph_of = self.found.paragraph_of_sentence
        return 0.5 ** (i - j + paragraph_of[i] - paragraph_of[j])

    def _weight(self, m: Mention, pronoun: Pronoun) -> float:
        return (RECENCY + self._role(m)) * self._decay(m.sentence, pronoun.sentence)

    def _role(self, m: Mention) -> float:
        if self._is_subject(m):
            return SUBJECT_WEIGHT
        if _PREPOSITION_BEFORE.search(self.text, max(0, m.start - 12), m.start):
            return 0.0
        return OBJECT_WEIGHT

    def _is_subject(self, m: Mention) -> bool:
        """The subject of its sentence, one in apposition to it, or the mention its
        sentence or its opener's comma opens with (a subject the mentions analysis did not
        mark)."""
        start = self.found.sentence_starts[m.sentence]
        if m.subject or not any(c.isalpha() for c in self.text[start : m.start]):
            return True
        if m.sentence not in self.found.subjects and _AFTER_OPENER.fullmatch(
            self.text, start, m.start
        ):
            return True  # "Soon after, nerdy Peter Parker was transformed"
        subject = self.found.subjects.get(m.sentence)
        return (
            subject is not None
            and subject.end <= m.start
            and _APPOSITION_GAP.fullmatch(self.text, subject.end, m.start) is not None
        )

    def _preference(self, pronoun: Pronoun, m: Mention) -> float:
        """Centering: a subject pronoun continues the last sentence's subject (or its own
        clause's, after a conjunction or a speech verb); a possessive prefers its own
        clause's subject, then the last sentence's."""
        i = pronoun.sentence
        if not self._is_subject(m) or m.sentence not in (i, i - 1):
            return 0.0
        own = m.sentence == i
        if pronoun.case == SUBJECT:
            if own:
                return (
                    CENTER_BONUS if pronoun.after_conjunction or pronoun.after_speech_verb else 0.0
                )
            return CENTER_BONUS
        if pronoun.case in _OWNED:
            return OWN_SUBJECT_BONUS if own else OWN_SUBJECT_BONUS / 2
        return 0.0
