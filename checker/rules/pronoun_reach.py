"""Reach of the pronoun rules (P): per-sentence summaries of who may be meant, verdicts,
and the neuter forms a P101 fix offers. See :mod:`checker.rules.pronouns`."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from enum import Enum
from types import MappingProxyType
from typing import NamedTuple

from checker.analysis.mention_base import STRONG_EVIDENCE
from checker.analysis.mentions import (
    ANIMATE_KINDS,
    FEMALE,
    FUNCTION_WORDS,
    NAME,
    OBJECT,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    QUANTIFIERS,
    REFLEXIVE,
    SUBJECT,
    Mention,
    Mentions,
    Pronoun,
)
from checker.document import Document
from checker.patterns import lazy
from checker.rules.pronoun_bindings import AUXILIARY_OR_ADVERB, squad_number
from checker.text.neighbours import word_after
from checker.types import Severity, SlotRecord

# A speech tag or a sentence-opening pronoun that had only this person to refer to
# ("“We must act,” she said") is evidence of a gender; another pronoun only makes the
# person no antecedent for the other gender.
GENDER_EVIDENCE = STRONG_EVIDENCE | {"given-name", "pronoun", "pronouns"}
COMPATIBILITY_EVIDENCE = GENDER_EVIDENCE | {"pronoun-weak"}

_WORD = lazy(r"[^\W\d_]+")
# The word after a pronoun (None before punctuation), and emphatic reflexives.
# Between a speaker and a reported pronoun: "’s"-less, an optional auxiliary or adverb,
# the verb, an optional "that".
_REPORTING_GAP = lazy(r" (?:(?:" + AUXILIARY_OR_ADVERB + r"|today|yesterday) )?([a-z]+) (?:that )?")
_EMPHATIC = lazy(r",? (?:her|him)self\b")
_EMPHATIC_BEFORE = lazy(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]im),? $")
_NEUTER = {SUBJECT: "it", OBJECT: "it", POSSESSIVE: "its", REFLEXIVE: "itself"}


class Judgement(Enum):
    """What the resolution found wrong with one pronoun; each P rule reports one kind."""

    NON_PERSON = "non-person"  # bound to a country, a body, a thing (P101)
    WRONG_GENDER = "wrong-gender"  # contradicts every person it may stand for (P102)
    UNRESOLVED = "unresolved"  # no person before it at all (P103)


class Reach(NamedTuple):
    """Where one pronoun may look: its sentences, their summaries, the pronouns kept."""

    window: list[int]  # the pronoun's sentence and the ones before it in reach
    summaries: list[_Summary]
    kept: list[Mapping[str, int]]  # per sentence: pronouns not reported, by gender


class Verdict(NamedTuple):
    """What the resolution says about one pronoun."""

    kind: Judgement
    pronoun: Pronoun
    severity: Severity
    antecedent: Mention | None = None
    suggestion: str = ""
    certain: bool = False  # the suggestion is the only right form
    # Bound by its possessed noun alone ("her GDP"), not by the discourse: no chain anchor.
    by_possession: bool = False


class _Summary(SlotRecord):
    """Animate mentions of one sentence, by what they allow."""

    __slots__ = (
        "contrary",
        "female",
        "male",
        "plural",
        "quantifiers",
        "running",
        "starts",
        "topical",
        "unknown",
        "weak_female",
        "weak_male",
    )

    def __init__(self) -> None:
        self.female = 0  # singular, female by stated evidence (title, noun, given name)
        self.male = 0
        self.weak_female = 0  # ... of which only by a given name
        self.weak_male = 0
        self.unknown = 0  # singular animate without gender evidence
        # Named people and subjects, whom a reader takes up again: (female, male, unknown).
        self.topical: tuple[int, int, int] = (0, 0, 0)
        self.plural = 0  # plural people
        self.quantifiers = 0  # everyone, nobody: antecedents inside their own sentence only
        # People with gender evidence (title, noun, name).
        self.contrary: list[Mention] | None = None
        # Singular animate mentions in text order, with running (female, male, unknown)
        # counts.
        self.starts: list[int] = []
        self.running: list[tuple[int, int, int]] = []

    def add(self, start: int, female: int, male: int, unknown: int) -> None:
        last = self.running[-1] if self.running else (0, 0, 0)
        self.starts.append(start)
        self.running.append((last[0] + female, last[1] + male, last[2] + unknown))

    def compatible_before(self, gender: str, offset: int) -> int:
        """Compatible singular mentions starting before ``offset``."""
        k = bisect.bisect_left(self.starts, offset)
        if not k:
            return 0
        female, male, unknown = self.running[k - 1]
        return unknown + (female if gender == FEMALE else male)

    def compatible(self, gender: str) -> int:
        return self.unknown + (self.female if gender == FEMALE else self.male)

    def prominent(self, gender: str) -> int:
        """Compatible people a reader would take up again: named, subjects, or gendered."""
        return self.topical[2] + (self.female if gender == FEMALE else self.male)

    def topic(self, gender: str) -> int:
        """Compatible named people and subjects: the people the text is about."""
        female, male, unknown = self.topical
        return unknown + (female if gender == FEMALE else male)

    def gendered(self, gender: str) -> int:
        """People stated to be of ``gender`` (singular)."""
        return self.female if gender == FEMALE else self.male


# What every sentence without an animate mention shares: read, never written.
_NO_ONE = _Summary()
# The pronouns kept in a sentence that has none (read-only: a real dict replaces it).
_NO_PRONOUNS: Mapping[str, int] = MappingProxyType({})


def _summaries(
    found: Mentions, count: int, text: str, skip: frozenset[int] = frozenset()
) -> list[_Summary]:
    """One summary per sentence; sentences without animate mentions (most of a long text
    about things) all share the empty :data:`_NO_ONE`. A team named as a subject before a
    squad number (*The Ulster number 7 kicked*) counts as the player, a person of unknown
    gender. The mentions starting at ``skip`` are no one (epithets of a firm)."""
    summaries = [_NO_ONE] * count
    players = frozenset(
        m.start
        for m in found.subjects.values()
        if m.nonperson and not m.plural and squad_number(text, m)
    )
    for m in found.mentions:
        animate = m.kind in ANIMATE_KINDS or (m.ambiguous and not m.plural)  # (m.animate)
        player = not animate and bool(players) and m.start in players
        if not (animate or player) or (m.modifier and m.kind == NAME):
            continue  # "Olympic champion X": the name qualifies the role, X is the person
        if skip and m.start in skip:
            continue
        summary = summaries[m.sentence]
        if summary is _NO_ONE:
            summary = summaries[m.sentence] = _Summary()
        gendered = not player and m.gender is not None and m.evidence in COMPATIBILITY_EVIDENCE
        if m.head in QUANTIFIERS:
            summary.quantifiers += 1
            summary.add(m.start, 0, 0, 1)
            continue
        if m.plural:
            summary.plural += 1
        elif gendered and m.gender == FEMALE:
            summary.female += 1
            summary.weak_female += m.evidence not in STRONG_EVIDENCE
            summary.add(m.start, 1, 0, 0)
        elif gendered:
            summary.male += 1
            summary.weak_male += m.evidence not in STRONG_EVIDENCE
            summary.add(m.start, 0, 1, 0)
        else:
            summary.unknown += 1
            summary.add(m.start, 0, 0, 1)
        if not m.plural and (m.subject or m.name_start >= 0):
            female, male, unknown = summary.topical
            summary.topical = (
                female + (gendered and m.gender == FEMALE),
                male + (gendered and m.gender != FEMALE),
                unknown + (not gendered),
            )
        if gendered and not m.plural and m.evidence in GENDER_EVIDENCE:
            summary.contrary = [*(summary.contrary or []), m][-4:]
    return summaries


def mention_starts(doc: Document) -> list[int]:
    """The starts of the document's mentions, in text order (for bisections): made once
    per document, for every pronoun module that asks."""
    return doc.memo(f"{__name__}:mention_starts", _mention_starts)


def _mention_starts(doc: Document) -> list[int]:
    return [m.start for m in doc.mentions.mentions]


def _append(per_sentence: list[Sequence[Mention]], sentence: int, mention: Mention) -> None:
    """Add ``mention`` to its sentence's list, made when the sentence gets its first."""
    mentions = per_sentence[sentence]
    if mentions:
        mentions.append(mention)  # type: ignore[attr-defined]  (a list once not empty)
    else:
        per_sentence[sentence] = [mention]


def _named_last(people: list[Mention]) -> Mention:
    """The last of ``people`` to name them (``Laura Bianchi`` over ``the chief executive``,
    her apposition), else the last one."""
    last = people[-1]
    for m in reversed(people):
        if m.sentence != last.sentence:
            break
        if m.name_start >= 0:
            return m
    return last


def _guessed_type(mention: Mention) -> bool:
    """A non-person typed by WordNet alone (``The tribunal``): enough for a pronoun that
    syntax binds to it, only an info otherwise."""
    return mention.evidence == "wordnet"


def _case_like(word: str, model: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


def _suggestion(pronoun: Pronoun, text: str) -> tuple[str, bool]:
    """The neuter form and whether it is certain.

    ``her`` before a word that is no function word (``her steel industry``) is ``its``,
    before punctuation or a function word ``it``, so that ``She ... her`` becomes
    ``It ... its`` whole. An emphatic reflexive and its subject (``She herself``) have no
    sure fix: ``It itself`` is not English.
    """
    case = pronoun.case
    if _EMPHATIC.match(text, pronoun.end) or (
        case == REFLEXIVE and _EMPHATIC_BEFORE.search(text, 0, pronoun.start)
    ):
        return _case_like(_NEUTER.get(case, "its"), pronoun.text), False
    if case in _NEUTER:
        return _case_like(_NEUTER[case], pronoun.text), True
    if case == POSSESSIVE_OR_OBJECT:
        after = word_after(text, pronoun.end, " ")
        if after is None or after.group(1).lower() in FUNCTION_WORDS:
            return _case_like("it", pronoun.text), True
        if after.group(1).islower() and not after.group(1).endswith("ly"):
            return _case_like("its", pronoun.text), True
        return _case_like("it", pronoun.text) + "” or “" + _case_like("its", pronoun.text), False
    return _case_like("its", pronoun.text), False  # hers, his standing alone: rephrase
