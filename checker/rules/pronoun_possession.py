"""Possessives bound by what they possess: ``France will see her GDP grow``.

A possessive *her* or *his* before a noun that only a country, a city or a company has
(WordNet's class of :func:`checker.analysis.entities.institutional_possession`: a
population, a GDP, subsidiaries, shareholders, borders, headquarters) cannot be the
possessive of a person, so the people named near it do not silence it: it stands for the
non-person its clause or the sentence before is about. Nouns a person may have too (*her
team*, *his government*, *her party*, *his plan*, *her record*, *her budget*) decide nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import TypeGuard

from checker.analysis.entities import (
    ORGANISATION,
    PERSON,
    institutional_possession,
    noun_bits,
)
from checker.analysis.entities import PLACE as PLACE_BIT
from checker.analysis.mentions import (
    FUNCTION_WORDS,
    NAME,
    PLACE,
    POSSESSIVE,
    POSSESSIVE_OR_OBJECT,
    Mention,
    Mentions,
    Pronoun,
)
from checker.patterns import lazy

# The possessed noun right after the pronoun, or after "own" or one word WordNet has no
# noun for (an adjective: "its foreign subsidiaries"); lower-case or an acronym (GDP).
_HEAD = lazy(r" ([a-z]+|[A-Z]{2,})(?: ([a-z]+|[A-Z]{2,}))?\b")


def possesses_institution(text: str, pronoun: Pronoun) -> bool:
    """The possessive pronoun's noun is one only a country, a city or a company has."""
    if pronoun.case not in (POSSESSIVE, POSSESSIVE_OR_OBJECT) or pronoun.in_quote:
        return False
    match = _HEAD.match(text, pronoun.end)
    if match is None:
        return False
    first, second = match.group(1).lower(), (match.group(2) or "").lower() or None
    if first in FUNCTION_WORDS:
        return False  # "to give her a role": an object
    if institutional_possession(first) or (
        second is not None and institutional_possession(f"{first} {second}")
    ):
        return True  # "her population", "her budget deficit"
    adjective = first == "own" or noun_bits(first) is None
    return adjective and second is not None and institutional_possession(second)


def institution_before(
    found: Mentions, nonpersons: Sequence[Sequence[Mention]], pronoun: Pronoun
) -> Mention | None:
    """The non-person a possessive of :func:`possesses_institution` stands for when no
    clause binds it: the last singular non-person before it in its sentence (not typed a
    place by a preposition alone), else the subject of the sentence before when it is one."""
    i = pronoun.sentence
    for m in reversed(nonpersons[i]):
        if m.end <= pronoun.start and m.kind != PLACE:
            return m
    subject = found.subjects.get(i - 1) if i > 0 else None
    if subject is not None and subject.nonperson and not subject.plural:
        return subject if subject.kind != PLACE else None
    return None


def institution_of(
    text: str,
    found: Mentions,
    nonpersons: Sequence[Sequence[Mention]],
    pronoun: Pronoun,
    antecedent: Mention | None,
    kept: Mapping[str, int],
) -> Mention | None:
    """The non-person a possessive of :func:`possesses_institution` stands for.

    The salient non-person of its clause (``antecedent``), unless a pronoun of its gender
    comes between them (``The court heard that he moved his headquarters``) or it is
    itself a pronoun's possession (``his country ... his currency``); else, with no pronoun
    of its gender kept before it in its sentence (``She told her shareholders``), its
    sentence's subject when that is a name of unknown kind (``Lyon has seen her
    population grow``: what it has types it) and what it has is no one's (not ``Ortiz
    moved his headquarters``: :func:`_someone_may_hold`), else, with no one as the
    sentence's subject (``Mr. Buffett wrote to his shareholders``), the non-person of
    :func:`institution_before`."""
    if antecedent is not None and not _possessed(antecedent):
        if _gendered_between(found, antecedent.end, pronoun):
            return None
        return antecedent
    if kept.get(pronoun.gender, 0):
        return None
    subject = found.subjects.get(pronoun.sentence)
    if (
        _unknown_name(subject, pronoun)
        and not _gendered_between(found, subject.end, pronoun)
        and not _someone_may_hold(text, pronoun)
    ):
        return subject  # "Lyon has seen her population grow": what it has types the name
    if subject is not None and (subject.animate or subject.ambiguous):
        return None
    return institution_before(found, nonpersons, pronoun)


def _unknown_name(subject: Mention | None, pronoun: Pronoun) -> TypeGuard[Mention]:
    """A singular name of unknown kind and gender, the subject before the pronoun in its
    sentence (``Lyon``, not ``Mr. Buffett`` nor ``Anna Kowalczyk``)."""
    return (
        subject is not None
        and subject.kind == NAME
        and subject.gender is None
        and not subject.plural
        and subject.start < pronoun.start
    )


def _someone_may_hold(text: str, pronoun: Pronoun) -> bool:
    """A possessed word has a sense that is a person, an organisation or a place: a man
    may have those (``his shareholders``, ``his headquarters``, ``his territory``), not
    a measure of a state (``her population``, ``his GDP``, ``her budget deficit``)."""
    match = _HEAD.match(text, pronoun.end)
    if match is None:
        return False
    words = [w.lower() for w in match.groups() if w]
    if len(words) == 2:
        words.append(" ".join(words))
    for word in words:
        bits = noun_bits(word)
        if bits is None and word.endswith("s"):
            bits = noun_bits(word[:-1])
        if bits is not None and bits & (PERSON | ORGANISATION | PLACE_BIT):
            return True
    return False


def _possessed(mention: Mention) -> bool:
    """A mention opening with a possessive pronoun (``his country``)."""
    return mention.text.split(" ", 1)[0].lower() in ("his", "her")


def _gendered_between(found: Mentions, start: int, pronoun: Pronoun) -> bool:
    """A pronoun of ``pronoun``'s gender between ``start`` and it."""
    pronouns = found.pronouns
    k = bisect.bisect_left(pronouns, start, key=lambda p: p.start)
    while k < len(pronouns) and pronouns[k].start < pronoun.start:
        if pronouns[k].gender == pronoun.gender:
            return True
        k += 1
    return False
