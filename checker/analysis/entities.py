"""Broad entity tables for the mentions analysis: WordNet noun classes and given names.

Both are marisa tries built by ``make data`` (``tools/build_entity_tables.py`` and
``tools/build_name_tables.py``) and memory-mapped on first use (well under a millisecond
each):

- :func:`noun_bits` tells of a lower-case English noun whether some sense of it is a
  person (so it is a non-person only when no sense is: *chair*, *head*, *star* stay
  possible people), an animal, an organisation, a place, and whether its most frequent
  sense is of the body, a feeling or the mind (``his knee``, ``her anger``), and whether
  only a country, a city or a company has it (``her population``), and whether some sense
  is a means of transport (*locomotive*, *airliner*: "she" as for a ship). The hand lists
  of :mod:`checker.analysis.gazetteers` win over it: the mentions analysis asks WordNet only
  about nouns they do not hold.
- :func:`given_name_gender` gives the gender of a given name: the hand list
  (``gazetteers/given_names.txt``) first, then the derived table (US birth counts and the
  multilingual ``nam_dict``, where one sex dominates strongly in every language that uses
  the name; never a name of ``given_names_unsure.txt``). :func:`known_given_name` tells
  a given name of either sex too (Jannik, Carmen). Romanised names that no list holds stay
  unknown.

A missing table (a source checkout before ``make data``) answers nothing: the analysis
then works from the hand lists alone.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from checker.analysis import gazetteers as gz
from checker.analysis.mention_words import singular

DATA = Path(__file__).resolve().parent.parent / "data"

# Bits of :func:`noun_bits` (as written by tools/build_entity_tables.py).
PERSON = 1
ANIMAL = 2
ORGANISATION = 4
PLACE = 8
PERSONAL_POSSESSION = 16  # first sense of the body, a feeling or the mind
INSTITUTIONAL = 32  # only a country, a city or a company has it (population, GDP, subsidiary)
VEHICLE = 64  # a means of transport (locomotive, car, aircraft), which may be "she" as a ship

_GENDERS = {1: "female", 2: "male"}


@cache
def data_trie(name: str):  # -> marisa_trie.RecordTrie | None
    """The ``RecordTrie("B")`` of ``checker/data/<name>``, memory-mapped on first use
    (None when the file is missing)."""
    import marisa_trie

    trie = marisa_trie.RecordTrie("B")
    try:
        trie.mmap(str(DATA / name))
    except OSError:
        return None
    return trie


@lru_cache(maxsize=32768)
def noun_bits(word: str) -> int | None:
    """The class bits of a lower-case noun WordNet knows, else None."""
    trie = data_trie("nouns-wordnet.marisa")
    if trie is None:
        return None
    records = trie.get(word)
    return records[0][0] if records else None


def wordnet_nonperson(word: str) -> bool:
    """A noun of an organisation or a place of which no sense is a person or an animal."""
    bits = noun_bits(word)
    return bits is not None and not bits & (PERSON | ANIMAL) and bool(bits & (ORGANISATION | PLACE))


def wordnet_thing(word: str) -> bool:
    """A noun WordNet knows of which no sense is a person or an animal."""
    bits = noun_bits(word)
    return bits is not None and not bits & (PERSON | ANIMAL)


def wordnet_organisation(word: str) -> bool:
    """A noun of which some sense is an organisation (*directorate*, *tribunal*)."""
    bits = noun_bits(word)
    return bits is not None and bool(bits & ORGANISATION)


def wordnet_place(word: str) -> bool:
    """A noun of which some sense is a place and none an animal (*square*, *outskirts*)."""
    bits = noun_bits(word)
    return bits is not None and bool(bits & PLACE) and not bits & ANIMAL


def wordnet_vehicle(word: str) -> bool:
    """A noun of which some sense is a means of transport (*locomotive*, *airliner*, *yacht*)."""
    bits = noun_bits(word)
    return bits is not None and bool(bits & VEHICLE)


def wordnet_animal(word: str) -> bool:
    """A noun with a sense that is an animal and none that is a person (*mosquito*, *mare*)."""
    bits = noun_bits(word)
    return bits is not None and bool(bits & ANIMAL) and not bits & PERSON


def org_ending(first: str, last: str) -> bool:
    """A capitalised name of several words (``first`` ... ``last``) that its last word types
    as an organisation (*Vienna Chamber Orchestra*, *Alpine Foundation*): WordNet has no
    sense of that word that is a person or an animal, and the first word is no given
    name (*Charlotte Church* is a singer) unless it is also a place's (*Vienna*)."""
    bits = noun_bits(last.lower())
    if bits is None or bits & (PERSON | ANIMAL) or not bits & ORGANISATION:
        return False  # (a place is no sure ending: Lindsay Davenport, Lewis Hamilton)
    return given_name_gender(first) is None or bool(gz.places().candidates(first))


def personal_possession(word: str) -> bool:
    """A noun whose first sense is of the body, a feeling or the mind (knee, anger)."""
    bits = noun_bits(word)
    return bits is not None and bool(bits & PERSONAL_POSSESSION)


def institutional_possession(word: str) -> bool:
    """A lower-case noun, singular or plural, that only a country, a city or a company has
    (``population``, ``gdp``, ``subsidiaries``, ``shareholders``, ``borders``): never a
    person's, whoever is named near ``her`` or ``his`` before it."""
    bits = noun_bits(word)
    one = singular(word) if bits is None else None
    if one is not None:
        bits = noun_bits(one)
    return bits is not None and bool(bits & INSTITUTIONAL)


def _given_record(name: str) -> int | None:
    """The derived table's record of a given name as written (0 either sex, 1, 2), else None."""
    trie = data_trie("given-names.marisa")
    if trie is None:
        return None
    records = trie.get(name)
    return records[0][0] if records else None


@lru_cache(maxsize=32768)
def known_given_name(word: str) -> bool:
    """A lower-case word that is a given name of the hand list or the derived table, of
    either sex (``jannik``, ``carmen``, ``ji-hoon``), in its usual capitals (``Ji-hoon``,
    ``Jean-Pierre``)."""
    if word.capitalize() in gz.given_names():
        return True
    forms = {word.capitalize(), "-".join(part.capitalize() for part in word.split("-"))}
    return any(_given_record(form) is not None for form in forms)


def given_name_gender(name: str) -> str | None:
    """``female`` or ``male`` for a given name borne almost only by one sex, else None."""
    hand = gz.given_names()
    if name in hand:
        return hand[name]
    record = _given_record(name)
    return None if record is None else _GENDERS.get(record)
