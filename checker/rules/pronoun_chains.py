"""Pronoun chains (P): a pronoun that continues a pronoun already reported for a non-person.

Machine translation carries the source noun's gender to every pronoun of the same
antecedent: once *the bank* has become *she*, the next *her* and *she* are the same error
(``The bank said she was ready. Her governor ... She also expects ...``). The resolution of
:mod:`checker.rules.pronoun_resolution` judges each pronoun by the people around it, so a
pronoun a few words after a reported one may stay unjudged (or an info) when a person of
the other gender is near, or when its own clause has no subject to bind it.

:func:`extend_chains` reads the verdicts once, in text order: a gendered pronoun whose
previous pronoun of the same gender series (she/her/hers/herself or he/him/his/himself)
was reported as a P101 warning is reported too, with the same antecedent (or the non-person
subject of a sentence in between), when nothing breaks the chain:

- no person who may be of that gender (stated so, or of unknown gender: a role noun, a
  name, *someone*) is mentioned between the two (a surname alone counts, *Berg
  disagreed*, even where no mention was found), nor later in the pronoun's own sentence
  unless it is the pronoun's own possessed noun (*her chairwoman, Petra Hollmann,*) or
  someone new (*a buyer*); a name of unknown kind that nothing (title, given name,
  pronoun) makes a person's is no one (*Citigroup*);
- no named person or role noun who may be of that gender comes just before the reported
  pronoun (in its sentence or the one before): that pronoun may have been theirs;
- no quotation, heading or first- or second-person word lies between them, and they are
  at most :data:`CHAIN_SENTENCES` sentences apart, in one paragraph (or the pronoun opens
  the next paragraph right after the one the chain ended);
- the pronoun is no speech tag, not quoted, not generic, and no person's predicate
  follows it (*she was born*, *his knee*).

An info P101 in a chain becomes a warning; an info P102 or any P103 becomes the P101. A
warning P102 (a stated person of the other gender) is kept as it is.

A P102 warning carries along its own sentence too: a later pronoun of its series there,
with no one who may be of that gender between or after it and no quotation between
(*In 2015, he said that his husband ...*), is the same person and is reported as a P102.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from checker.analysis.mention_base import maybe_a_thing, name_key
from checker.analysis.mentions import (
    ANIMATE_KINDS,
    NAME,
    PERSON,
    POSSIBLE,
    Mention,
    Mentions,
    Pronoun,
)
from checker.document import Document
from checker.patterns import lazy
from checker.rules.pronoun_reach import Judgement, Verdict, _suggestion, mention_starts
from checker.text.spans import SpanIndex
from checker.thresholds.pronoun import CHAIN_SENTENCES
from checker.types import Severity
from checker.words import personal_pronouns

# A capitalised word, as a person's surname is written.
_CAPITALISED = lazy(r"\b[A-Z][^\W\d_]+")
# An indefinite mention: someone new, whom no pronoun before it stands for.
_INDEFINITE = lazy(r"(?:an?|another|any|some) ", re.IGNORECASE)
# Between a possessed person and its appositive name: "her director (for Spain), Jo Lee".
_APPOSITION = lazy(r"(?: (?:for|of|in|at) [^,.;:!?]{1,40})?, ")


@cache
def _speaker() -> re.Pattern[str]:
    """A word of the first or second person (I, me, my, we, us, our, you, your; case kept,
    so that "US" is none): whoever speaks may be the one the pronoun means."""
    words = personal_pronouns(("first", "second"), ("subject", "object", "possessive"))
    return re.compile(r"\b(?:I|" + "|".join(sorted(words - {"i"})) + r")\b")


class _Link(NamedTuple):
    """The last pronoun of one gender series and its verdict (None: a person's)."""

    pronoun: Pronoun
    verdict: Verdict | None


def extend_chains(
    doc: Document, verdicts: list[Verdict], personal: Callable[[Pronoun], bool]
) -> list[Verdict]:
    """The verdicts with every pronoun that continues a reported one reported too.

    ``personal`` tells whether a person's predicate follows a pronoun (*she was born*).
    """
    found = doc.mentions
    if not verdicts or found.first_or_second_person:
        return verdicts
    return _Chains(doc, found, verdicts, personal).run()


class _Chains:
    """One pass over the pronouns in text order (see the module's docstring)."""

    def __init__(
        self,
        doc: Document,
        found: Mentions,
        verdicts: list[Verdict],
        personal: Callable[[Pronoun], bool],
    ) -> None:
        self.text = doc.analysis_text
        self.found = found
        self.verdicts = {v.pronoun.start: v for v in verdicts}
        self.personal = personal
        self.mentions: Sequence[Mention] = found.mentions
        self.mention_starts = mention_starts(doc)
        self.quotations = SpanIndex(doc.quotes.quotations)
        self.people_by_name = _people_by_name(found.mentions)

    def run(self) -> list[Verdict]:
        last: dict[str, _Link] = {}
        for pronoun in self.found.pronouns:
            if pronoun.in_quote or pronoun.generic:
                continue
            verdict = self.verdicts.get(pronoun.start)
            anchor = last.get(pronoun.gender)
            if anchor is not None and self._extends(anchor, pronoun, verdict):
                verdict = self._continued(anchor, pronoun)
                self.verdicts[pronoun.start] = verdict
            elif anchor is not None and self._same_person(anchor, pronoun, verdict):
                reported = anchor.verdict
                assert reported is not None
                verdict = Verdict(
                    Judgement.WRONG_GENDER, pronoun, Severity.WARNING, reported.antecedent
                )
                self.verdicts[pronoun.start] = verdict
            last[pronoun.gender] = _Link(pronoun, verdict)
        return sorted(self.verdicts.values(), key=lambda v: v.pronoun.start)

    def _extends(self, anchor: _Link, pronoun: Pronoun, verdict: Verdict | None) -> bool:
        """Whether ``pronoun`` continues the reported ``anchor`` (and is not reported yet)."""
        reported = anchor.verdict
        if (
            reported is None
            or reported.kind is not Judgement.NON_PERSON
            or reported.severity < Severity.WARNING
            or reported.antecedent is None
        ):
            return False
        if (
            verdict is not None
            and verdict.severity >= Severity.WARNING
            and verdict.kind is not Judgement.UNRESOLVED
        ):
            return False  # reported already, or a stated person of the other gender
        if pronoun.speech_tag or pronoun.sentence in self.found.heading_sentences:
            return False
        return (
            self._near(anchor.pronoun, pronoun)
            and not self._quoted_between(anchor.pronoun.end, pronoun.start)
            and _speaker().search(self.text, anchor.pronoun.end, pronoun.start) is None
            and not self._someone_between(anchor.pronoun, pronoun)
            and not self._named_between(anchor.pronoun.end, pronoun)
            and not self._someone_before(anchor.pronoun, pronoun.gender)
            and not self._someone_after(pronoun)
            and not self.personal(pronoun)
        )

    def _same_person(self, anchor: _Link, pronoun: Pronoun, verdict: Verdict | None) -> bool:
        """A pronoun of the series of a P102 warning later in its sentence, with no one who
        may be of its gender between (``In 2015, he said that his husband``): the same
        person, called by the same wrong gender."""
        reported = anchor.verdict
        if (
            reported is None
            or reported.kind is not Judgement.WRONG_GENDER
            or reported.severity < Severity.WARNING
            or reported.antecedent is None
            or anchor.pronoun.sentence != pronoun.sentence
            or (verdict is not None and verdict.severity >= Severity.WARNING)
            or pronoun.speech_tag
        ):
            return False
        return not (
            self._quoted_between(anchor.pronoun.end, pronoun.start)
            or _speaker().search(self.text, anchor.pronoun.end, pronoun.start) is not None
            or self._someone_between(anchor.pronoun, pronoun)
            or self._named_between(anchor.pronoun.end, pronoun)
            or self._someone_after(pronoun)
        )

    def _near(self, first: Pronoun, pronoun: Pronoun) -> bool:
        """In one paragraph and few sentences apart, or opening the next paragraph right
        after the sentence that ended the one before; no heading between."""
        a, i = first.sentence, pronoun.sentence
        if i - a > CHAIN_SENTENCES:
            return False
        headings = self.found.heading_sentences
        if any(j in headings for j in range(a + 1, i + 1)):
            return False
        paragraph_of = self.found.paragraph_of_sentence
        if paragraph_of[i] == paragraph_of[a]:
            return True
        return (
            i == a + 1
            and paragraph_of[i] == paragraph_of[a] + 1
            and pronoun.opens_clause
            and self.text[self.found.sentence_starts[i] : pronoun.start].strip() == ""
        )

    def _quoted_between(self, start: int, end: int) -> bool:
        """A quotation that ends after ``start`` and opens before ``end``."""
        return self.quotations.overlaps(start, end)

    def _someone_between(self, first: Pronoun, pronoun: Pronoun) -> bool:
        """A person who may be of the pronoun's gender, mentioned from the first pronoun
        (its possessed noun included: *her president*) to this one."""
        lo = bisect.bisect_left(self.mention_starts, first.start)
        hi = bisect.bisect_left(self.mention_starts, pronoun.start)
        return any(_may_be(m, pronoun.gender) for m in self.mentions[lo:hi])

    def _named_between(self, start: int, pronoun: Pronoun) -> bool:
        """A word between that names a person who may be of the pronoun's gender, where
        no mention was found (a surname opening a sentence: *Berg disagreed.*)."""
        if not self.people_by_name:
            return False
        for match in _CAPITALISED.finditer(self.text, start, pronoun.start):
            genders = self.people_by_name.get(match.group())
            if genders is not None and (None in genders or pronoun.gender in genders):
                return True
        return False

    def _someone_before(self, first: Pronoun, gender: str) -> bool:
        """A person who may be of ``gender`` in the first pronoun's sentence before it or in
        the sentence before that: whom the reported pronoun itself might have meant (a
        named person or a role noun; not a vague *another*, *someone*)."""
        starts = self.found.sentence_starts
        i = first.sentence
        paragraph_of = self.found.paragraph_of_sentence
        since = i - 1 if i > 0 and paragraph_of[i - 1] == paragraph_of[i] else i
        lo = bisect.bisect_left(self.mention_starts, starts[since])
        hi = bisect.bisect_left(self.mention_starts, first.start)
        return any(m.kind in (PERSON, NAME) and _may_be(m, gender) for m in self.mentions[lo:hi])

    def _someone_after(self, pronoun: Pronoun) -> bool:
        """A person who may be of the pronoun's gender later in its sentence, other than
        the pronoun's own possessed noun and the name in apposition to it. Someone new
        (*a buyer*, *another*) is no one a pronoun before it looks ahead to."""
        starts = self.found.sentence_starts
        i = pronoun.sentence
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        lo = bisect.bisect_left(self.mention_starts, pronoun.start)
        hi = bisect.bisect_left(self.mention_starts, end)
        own_end = -1
        for mention in self.mentions[lo:hi]:
            if mention.start == pronoun.start:
                own_end = mention.end  # "her chairwoman": the possessed noun
                continue
            if own_end >= 0 and _APPOSITION.fullmatch(self.text, own_end, mention.start):
                own_end = -1  # "her chairwoman, Petra Hollmann": the same person
                continue
            own_end = -1
            new = mention.kind == POSSIBLE or _INDEFINITE.match(mention.text) is not None
            if not new and _may_be(mention, pronoun.gender):
                return True
        return False

    def _continued(self, anchor: _Link, pronoun: Pronoun) -> Verdict:
        """The P101 of a pronoun that continues the chain of ``anchor``."""
        reported = anchor.verdict
        assert reported is not None and reported.antecedent is not None
        antecedent = self._subject_between(anchor.pronoun, pronoun) or reported.antecedent
        suggestion, certain = _suggestion(pronoun, self.text)
        return Verdict(
            Judgement.NON_PERSON,
            pronoun,
            Severity.WARNING,
            antecedent=antecedent,
            suggestion=suggestion,
            certain=certain,
        )

    def _subject_between(self, first: Pronoun, pronoun: Pronoun) -> Mention | None:
        """The last subject mentioned after the first pronoun and before this one, when it
        is a singular non-person: what the chain has moved on to (*The agency ... She*)."""
        lo = bisect.bisect_left(self.mention_starts, first.end)
        hi = bisect.bisect_left(self.mention_starts, pronoun.start)
        for mention in reversed(self.mentions[lo:hi]):
            if mention.subject:
                return mention if mention.nonperson and not mention.plural else None
        return None


def _people_by_name(mentions: Sequence[Mention]) -> dict[str, set[str | None]]:
    """The last word of each named person's name, with the genders it is known by."""
    people: dict[str, set[str | None]] = {}
    for mention in mentions:
        if not _may_be_someone(mention):
            continue
        key = name_key(mention)
        if key is not None:
            people.setdefault(key, set()).add(mention.gender)
    return people


def _may_be(mention: Mention, gender: str) -> bool:
    """A single person (or animal) who may be of ``gender``: stated so, or unknown."""
    if mention.plural or not _may_be_someone(mention):
        return False
    return mention.gender is None or mention.gender == gender


def _may_be_someone(mention: Mention) -> bool:
    """A mention that may be a person (or an animal)."""
    if not mention.animate:
        return False
    if mention.kind not in ANIMATE_KINDS:
        return True  # a place that is also a given name (Jordan)
    if mention.kind != NAME:
        return True
    if mention.text[:4].lower() == "the ":
        return False  # "the Mediterranean Corridor": English names no one so
    # A name of unknown kind that nothing makes a person's, nor any pronoun: Citigroup.
    return mention.gender is not None or not maybe_a_thing(mention)
