"""Number sites: where in a text a run of digits is followed by what one of the number
rules of the typography family (T102-T107) needs, found in one search for all of them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from checker.patterns import lazy

# The spaces typography tells apart: space, no-break space, narrow no-break space, thin space
# (also the ones a French text puts inside guillemets, which the quote rules strip).
SPACES = " \u00a0\u202f\u2009"
# One of them, as a character class of a pattern.
SPACE = f"[{SPACES}]"

# Every number rule (T102-T107) matches at a run of digits followed by what it needs: a comma
# and a digit (3,5), a dot and three digits (11.000), a space and three digits (11 000), spaces
# and % (50 %), an h (18h30), an ordinal's letters (1er, 2e), º or ª (1º), ° (2°). One search
# finds those runs for all the rules; the possessive \d*+ and the look-behind at the start
# keep it linear on long runs of digits. Each named group sorts a run for the rules reading it:
# comma T102, dot T102 and T107, spaced T103, percent T104, letter iberian degree T105, hour
# T106. A rule's pattern that changes must still match only at its kind's sites (the rules'
# patterns are checked against a whole-text search in tests/rules/test_typography_shared.py).
_NUMBER_SITE_KIND_PATTERNS = (
    ("comma", r",\d"),
    ("dot", r"\.\d{3}"),
    ("spaced", rf"{SPACE}\d{{3}}"),
    ("percent", rf"{SPACE}+[%‰]"),
    ("hour", rf"{SPACE}?h(?:{SPACE}?\d|(?![\w\-]))"),
    ("letter", r"[eèrᵉ]"),
    ("iberian", r"\.?[ºª]"),
    ("degree", r"°"),
)
_NUMBER_SITE_SOURCE = (
    r"\d(?<!\d\d)\d*+(?="
    + "|".join(f"(?P<{kind}>{part})" for kind, part in _NUMBER_SITE_KIND_PATTERNS)
    + ")"
)
_NUMBER_SITE = lazy(_NUMBER_SITE_SOURCE)
# The kinds, read off the parts: no compiling at import (an ASCII text needs only the
# pattern below).
NUMBER_SITE_KINDS = tuple(kind for kind, _ in _NUMBER_SITE_KIND_PATTERNS)
# The same pattern for a text of ASCII characters only (most English texts), where ``\d``
# and ``\w`` mean what they mean in any text: the ASCII classes test a character faster.
_ASCII_NUMBER_SITE = lazy(_NUMBER_SITE_SOURCE, re.ASCII)


def number_sites(text: str) -> dict[str, list[int]]:
    """Where each number rule may match in ``text``, by kind (the named groups above).

    Each list is sorted and holds the offset of the first digit of a run of digits, except
    ``percent``, which holds the offset of its last digit (the one before the spaces).
    """
    sites: dict[str, list[int]] = {kind: [] for kind in NUMBER_SITE_KINDS}
    pattern = _ASCII_NUMBER_SITE if text.isascii() else _NUMBER_SITE
    for match in pattern.finditer(text):
        kind = match.lastgroup
        assert kind is not None
        sites[kind].append(match.end() - 1 if kind == "percent" else match.start())
    return sites


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, trying ``pattern`` only at ``starts``.

    ``starts`` must be sorted and hold every offset where a match of ``pattern`` can start,
    and ``pattern`` must never match the empty string: then the matches are the same, and
    as in ``finditer`` none overlaps the one before.
    """
    resume = 0
    for start in starts:
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is not None:
            resume = match.end()
            yield match
