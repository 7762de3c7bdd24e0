"""The one accent folding: a word without its diacritics, and a word's comparison form.

:func:`strip_accents` drops the combining marks of a word's compatibility decomposition
(``Ibáñez`` → ``Ibanez``, ``ﬁ`` → ``fi``), case kept: what the allow lists and given-name
lists of the language analyses are matched in. :func:`fold` is the form two spellings of a
name are compared in across languages: case-folded, ``’`` as ``'``, accents stripped, and a
cased script (Cyrillic, Greek, Armenian, Georgian) or Latin with extra letters (ł, ø)
transliterated (``Séoul`` → ``seoul``, ``Путин`` → ``putin``); CJK, Kana and Hangul are kept.
:func:`fold_latin` folds the letters of a lower-case Latin-script word alone, its length
kept (``jiří`` → ``jiri``, ``łukasz`` → ``lukasz``; ``зеленский`` stays): the form a machine
that drops a name's capital often leaves, when it drops the accents too.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Distinct words a process memoises the folded form of.
_FOLD_MEMO = 1 << 16


def strip_accents(word: str) -> str:
    """``word`` without the combining marks of its compatibility decomposition (NFKD)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=_FOLD_MEMO)
def fold(word: str) -> str:
    """Case-, accent- and script-insensitive form: ``Séoul`` → ``seoul``, ``Путин`` →
    ``putin``."""
    plain = strip_accents(word.casefold().replace("’", "'"))
    if plain.isascii():
        return plain
    from anyascii import anyascii

    return anyascii(plain).lower().replace("'", "") if _transliterable(plain) else plain


def _transliterable(word: str) -> bool:
    """A cased script (Cyrillic, Greek, Armenian, Georgian) or Latin with extra letters."""
    return not any("\u2e80" <= ch <= "\ud7ff" for ch in word)  # not CJK, Kana, Hangul


@lru_cache(maxsize=_FOLD_MEMO)
def fold_latin(word: str) -> str:
    """``word`` (lower case) with its Latin letters' diacritics folded (``jiří`` → ``jiri``,
    ``łukasz`` → ``lukasz``), or ``word`` itself when it holds another script or when
    folding would change its length (``straße``)."""
    if word.isascii() or not all(_latin(char) for char in word):
        return word
    from anyascii import anyascii  # lazy: most words are ASCII

    folded = anyascii(word).lower()
    return folded if len(folded) == len(word) else word


def _latin(char: str) -> bool:
    """``char`` is no letter, or a letter of the Latin script."""
    return not char.isalpha() or char.isascii() or unicodedata.name(char, "").startswith("LATIN")
