"""Hand-curated gazetteers (``checker/data/gazetteers/*.txt``), loaded lazily and once.

Each file is plain text, one entry a line, ``#`` starting a comment line, read by the one
word-list loader (:func:`checker.words.loader.entries`). Proper-name
lists (countries, capitals, organisations, demonyms, titles) are matched case-sensitively
on word tokens, so ``WHO`` is not ``who`` and ``U.S.`` matches the tokens ``U`` ``S``.
Common-noun lists are lower case and looked up by word.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from checker.analysis.tokens import WORD
from checker.words import titles
from checker.words.loader import GAZETTEERS, entries

# The derived table of the world's large cities (tools/build_name_tables.py), beside the
# hand gazetteers.
DERIVED = GAZETTEERS.parent

# Kinds of proper-name entries.
COUNTRY = "country"
REGION = "region"
CITY = "city"
ORGANISATION = "organisation"
DEMONYM = "demonym"
TITLE = "title"


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(entries(name))


class Phrase(NamedTuple):
    """A gazetteer entry as word tokens, with its kind and (for titles) gender."""

    words: tuple[str, ...]
    kind: str
    text: str
    gender: str | None = None


class PhraseTable:
    """Entries keyed by their first word; :meth:`candidates` gives the longest first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[Phrase]] = {}

    def add(self, phrase: Phrase) -> None:
        if not phrase.words:
            return
        bucket = self._by_first.get(phrase.words[0])
        if bucket is None:  # most first words: one entry
            self._by_first[phrase.words[0]] = [phrase]
        elif all(p.words != phrase.words or p.kind != phrase.kind for p in bucket):
            bucket.append(phrase)
            bucket.sort(key=lambda p: -len(p.words))

    def candidates(self, first_word: str) -> list[Phrase]:
        return self._by_first.get(first_word, [])


def _words(entry: str) -> tuple[str, ...]:
    return tuple(m.group() for m in WORD.finditer(entry))


@cache
def places() -> PhraseTable:
    """Countries, capitals and cities (the hand list, then GeoNames' large cities),
    organisations and demonyms by first word."""
    table = PhraseTable()
    for name, kind, folder in (
        ("countries", COUNTRY, GAZETTEERS),
        ("regions", REGION, GAZETTEERS),
        ("capitals", CITY, GAZETTEERS),
        ("cities", CITY, DERIVED),
        ("organisations", ORGANISATION, GAZETTEERS),
        ("demonyms", DEMONYM, GAZETTEERS),
    ):
        for entry in entries(name, folder):
            if entry.isalpha():  # one word of letters (most entries): its own token
                table.add(Phrase((entry,), kind, entry))
                continue
            words = _words(entry)
            # An entry whose letters the tokenizer does not cover whole (G7) cannot match.
            if "".join(words) == "".join(ch for ch in entry if ch.isalpha() or ch in "'’-"):
                table.add(Phrase(words, kind, entry))
    return table


@cache
def title_phrases() -> PhraseTable:
    """Titles written before names (``Mr.``, ``Prime Minister``), with stated gender."""
    table = PhraseTable()
    for text, gender in titles().items():
        table.add(Phrase(_words(text), TITLE, text, gender))
    return table


def _genders(name: str) -> dict[str, str]:
    """Entries of the form ``word gender`` as a mapping (the last one of a word wins)."""
    return dict(entry.rpartition(" ")[::2] for entry in entries(name))


@cache
def gendered_nouns() -> dict[str, str]:
    """``mother`` → ``female``, ``son`` → ``male``."""
    return _genders("gendered_nouns")


@cache
def given_names() -> dict[str, str]:
    """``Angela`` → ``female``: given names borne almost only by one gender."""
    return _genders("given_names")


def demonyms() -> frozenset[str]:
    return word_set("demonyms")


def role_nouns() -> frozenset[str]:
    return word_set("role_nouns")


def nonperson_nouns() -> frozenset[str]:
    return word_set("nonperson_nouns")


def vessel_nouns() -> frozenset[str]:
    return word_set("vessel_nouns")


def animal_nouns() -> frozenset[str]:
    return word_set("animal_nouns")


def organisation_heads() -> frozenset[str]:
    return word_set("organisation_heads")


def name_places() -> frozenset[str]:
    return word_set("name_places")


def personal_predicates() -> frozenset[str]:
    """Words after a pronoun that only a person fits (retired, injury, wife)."""
    return word_set("personal_predicates")
