"""Syntactic bindings of a gendered pronoun to its own clause's subject, for the P rules.

Facts about one pronoun and the text around it, read from the mentions analysis: no rule
codes, no severities. :mod:`checker.rules.pronoun_resolution` asks them before it lets the
people near a pronoun silence a finding.
"""

from __future__ import annotations

from typing import NamedTuple

from checker.analysis import gazetteers as gz
from checker.analysis.entities import ORGANISATION, noun_bits
from checker.analysis.mentions import ORGANISATION as ORGANISATION_KIND
from checker.analysis.mentions import POSSIBLE, Mention, Mentions, Pronoun
from checker.patterns import lazy
from checker.words import make_reporting

# An auxiliary or adverb between a subject and its reporting verb ("has said", "also told").
AUXILIARY_OR_ADVERB = "(?:has|had|have|also|then|now|later|earlier|again)"
# The tail of a subject's relative clause before the speech verb that reports the pronoun:
# ``, said``, ``, has said that``, ``, also told``.
_SPEECH_TAIL = lazy(
    r", (?:" + AUXILIARY_OR_ADVERB + r" )?([a-z]+)"
    r"(?: (?:it )?(" + "|".join(sorted(make_reporting("complement"))) + r"))? (?:that )?"
)
# A relative clause after the subject and an optional name in apposition (the regulator
# URE, which ...).
_RELATIVE_OPEN = lazy(r"(?: [A-Z][\w.&’'-]*){0,3}, (?:who|whose|which) ")
# What a relative clause between commas never holds: a quotation or a sentence's end.
_NOT_IN_CLAUSE = lazy(r"[“”\"«»;:!?]")
RELATIVE_LIMIT = 200  # characters of a relative clause between a subject and its verb


class RelativeSpeaker(NamedTuple):
    """``The league, whose president ..., said she``: the subject reports the pronoun;
    the people named between ``clause_start`` and ``clause_end`` are inside its relative
    clause, not the speaker."""

    subject: Mention
    clause_start: int
    clause_end: int


def relative_speaker(
    text: str, pronoun: Pronoun, subject: Mention | None, speech_verbs: frozenset[str]
) -> RelativeSpeaker | None:
    """The clause's subject, when a relative clause between commas separates it from the
    speech verb right before the pronoun (``The ministry, which ..., said that he``)."""
    if subject is None or not pronoun.after_speech_verb or subject.sentence != pronoun.sentence:
        return None
    if subject.end >= pronoun.start or pronoun.start - subject.end > RELATIVE_LIMIT:
        return None
    between = text[subject.end : pronoun.start]
    opening = _RELATIVE_OPEN.match(between)
    if opening is None or _NOT_IN_CLAUSE.search(between):
        return None
    comma = between.rfind(", ")
    if comma <= 0:
        return None
    tail = _SPEECH_TAIL.fullmatch(between, comma)
    if tail is None:
        return None
    verb, made = tail.group(1), tail.group(2)
    # "made known that", "has made it clear that": a reporting phrase of *make*.
    if not (verb in make_reporting("make") if made else verb in speech_verbs):
        return None
    return RelativeSpeaker(subject, subject.end + opening.start(), subject.end + comma)


def stated_inside(mentions: list[Mention], start: int, end: int, gender: str) -> bool:
    """Someone stated to be of ``gender`` is named between ``start`` and ``end``."""
    return any(start <= m.start < end and m.gender == gender for m in mentions)


# A squad or shirt number after a team's name: "the Ulster number 7", "the Lakers' No. 23".
_SQUAD_NUMBER = lazy(r"(?:’s|'s|’|')? (?:number|No\.?|no\.) ?\d{1,2}\b")
# What follows a team's name before a squad number (a cheap test before the pattern).
_SQUAD_STARTS = (" number ", " No", " no.", "’s ", "'s ", "’ ", "' ")


def squad_number(text: str, mention: Mention) -> bool:
    """The mention names a team whose numbered player the phrase is: a person."""
    return (
        text.startswith(_SQUAD_STARTS, mention.end)
        and _SQUAD_NUMBER.match(text, mention.end) is not None
    )


def own_part(text: str, subject: Mention, pronoun: Pronoun) -> bool:
    """``The federation, for his part, ...``: the idiom's possessive is the subject's."""
    return text[subject.end : pronoun.start] == ", for " and text[
        pronoun.end : pronoun.end + 6
    ] in (" part,", " part ")


# The "gender" of a subject in apposition to a non-person: no person at all.
NEUTER = "neuter"


# Between a subject and a noun phrase in apposition to it: "Kang, a welder and the mother".
_APPOSITION = lazy(r", | and ")


# A sentence opening with "it" as a subject that a verb follows (It must hire, It has
# lost), not a cleft or a dummy subject (It is ... that, It was reported, It seems).
_IT_OPENING = lazy(
    r"It (?!(?:is|was|has been|had been|will be|would be|seems|seemed|appears|remains)\b)"
    r"[a-z]+\b[^“”\"]*$"
)


# Between a role noun and the name in apposition to it: "the manager, Jo", "the head of the
# museum, Jo", "whose president Jo".
_ROLE_NAME = lazy(r" |(?: (?:of|at) [^,;:.!?]{1,40})?, ")


def epithets(found: Mentions) -> frozenset[int]:
    """The starts of subjects that describe the organisation the sentence before is about
    by its nationality and a noun WordNet also gives an organisation's sense (*Siemens cut
    its forecast. The German giant said ...*): no person, though the noun may name one. The
    sentence before names the firm as its subject and no one who might be meant."""
    demonyms = gz.demonyms()
    starts = []
    for i, subject in found.subjects.items():
        if subject.kind != POSSIBLE or subject.plural or subject.gender is not None:
            continue
        words = subject.text.split()
        if len(words) != 3 or words[0] not in ("The", "the") or words[1] not in demonyms:
            continue
        bits = noun_bits(words[2].lower())
        before = found.subjects.get(i - 1)
        if (
            bits is not None
            and bits & ORGANISATION
            and before is not None
            and before.kind == ORGANISATION_KIND
            and before.name_start >= 0
            and not before.plural
            and not any(m.animate for m in found.mentions if m.sentence == i - 1)
        ):
            starts.append(subject.start)
    return frozenset(starts)
