"""Predicates only a non-person can have: ``The treaty ... She was ratified by parliament``.

A verb's selectional restrictions, read from WordNet's generic sentence frames
(``checker/data/verbs-wordnet.marisa``, built by ``tools/build_verb_frames.py``): a verb no
sense of which takes a person as its object (*ratify*, *devalue*, *enact*, *build*) cannot
have a person as its passive subject (``he was ratified``, ``she will be built``), and a
verb no sense of which has a person as its subject (*erode*, *capsize*: ``she eroded by
two metres``) cannot have one as the subject of a clause without an object (a verb of
several frames may have a person as its subject and an object machine translation puts
late: ``she founded in 2010 a company``). Only the restricted reading counts: a verb any
sense of which allows a person (*erupt*: ``she erupted in anger``; *flow*; *list*: ``he
was listed as missing``) decides nothing, and neither does a participle before *as*, *like*
or *to* (``he was built like a boxer``, ``she was alleged to have``), where it describes
rather than tells what was done.

The fact decides against the people in reach, as a possessive of what only a state has does
(:mod:`checker.rules.pronoun_possession`): such a *she* or *he* stands for the non-person
that syntax or salience names. Facts only: no rule codes here.
"""

from __future__ import annotations

from functools import cache

from checker.analysis.entities import data_trie
from checker.analysis.mentions import SUBJECT, Pronoun
from checker.patterns import lazy
from checker.words import function_words

# Bits of the table (as written by tools/build_verb_frames.py).
NO_PERSON_OBJECT = 1  # no sense takes a person as its object: a passive subject is none
NO_PERSON_ALONE = 2  # no sense has a person as its subject, some a thing without an object

# The words after a subject pronoun, up to its verb and the word after it.
_WORDS = lazy(r"[a-z]+|[.,;:!?]")
# The passive's auxiliaries besides the finite ones of function_words.tsv: "is to be built".
_BE = frozenset({"be", "been", "being"})
_TO = "to"
# After a participle: a comparison, a role or an infinitive (he was built like a boxer,
# listed as missing, alleged to have): a description, not what was done to him.
_DESCRIBING = frozenset({"as", "like", "to"})
# A preposition after a verb with no object: "depreciated against the yuan".
_PREPOSITION = lazy(
    r"(?:in|on|at|into|onto|from|by|for|with|against|over|under|through|across|after|before|"
    r"during|since|until|within|near|towards?|between|among|to|below|above|beyond)"
)
_CLAUSE_END = frozenset(".,;:!?")
_REACH = 8  # words read after the pronoun


def verb_bits(form: str) -> int:
    """The bits of a lower-case verb form (0 when WordNet's frames restrict nothing)."""
    trie = data_trie("verbs-wordnet.marisa")
    if trie is None:
        return 0
    found = trie.get(form)
    return found[0][0] if found else 0


@cache
def _finite_be() -> frozenset[str]:
    """is, are, was, were: the auxiliaries that are copulas too."""
    return function_words("auxiliary") & function_words("copula")


def _auxiliary(word: str, k: int) -> bool:
    """An auxiliary of the verb group, ``k`` words in: "will", "has been", "is to be"."""
    return word in function_words("auxiliary") or (k > 0 and (word in _BE or word == _TO))


def _adverb(word: str) -> bool:
    return word.endswith("ly") or word in function_words("predicate_adverb")


def nonperson_predicate(text: str, pronoun: Pronoun, end: int) -> bool:
    """The subject pronoun's predicate (up to ``end``, its sentence's end) is one no
    person can have: a passive of a verb that takes no person as object, or a verb that
    takes no person as subject, before a preposition or the clause's end."""
    if pronoun.case != SUBJECT or pronoun.in_quote:
        return False
    words = [m.group() for m in _WORDS.finditer(text, pronoun.end, min(end, pronoun.end + 90))]
    words = [w for w in words[:_REACH] if not _adverb(w)]
    k = 0
    while k < len(words) and _auxiliary(words[k], k):
        k += 1
    if words[k + 1 : k + 3] == [_TO, "be"]:
        k += 3  # "is expected to be built", "has yet to be ratified": the infinitive's verb
    if k == len(words) - 1 or k >= len(words):
        return False  # the clause ends before a verb and a word after it
    verb, after = words[k], words[k + 1]
    if k:  # a passive: "was ratified", "is to be built", "is due to be built"
        passive = words[k - 1] in _BE or words[k - 1] in _finite_be()
        return passive and bool(verb_bits(verb) & NO_PERSON_OBJECT) and after not in _DESCRIBING
    alone = after in _CLAUSE_END or _PREPOSITION.fullmatch(after) is not None
    return alone and bool(verb_bits(verb) & NO_PERSON_ALONE)
