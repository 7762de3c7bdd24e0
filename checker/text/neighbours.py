"""The one definition of "the word before" and "the word after" an offset.

A word here is a run of letters (``[^\\W\\d_]``: no digits, no underscore). What may stand
between the word and the offset is the ``gap``, a regular-expression fragment: by default
:data:`SPACES`, one or more spaces or no-break spaces on the same line; a caller that must
cross line breaks passes :data:`ANY_SPACE`, one that takes exactly one space passes ``" "``,
one that allows an abbreviation's period ``r"\\.?\\s*"``. Both functions return the match
(the word is group 1, with its offsets), or None.

:func:`token_before` is the other question sentence splitting asks: the run of word
characters and ``_.’'-`` (``U.S``, ``O’Neill``, ``e.g``) that ends exactly at an offset.
"""

from __future__ import annotations

import re

# One or more spaces or no-break spaces, on one line.
SPACES = "[ \u00a0]+"
# One or more white-space characters, line breaks included.
ANY_SPACE = r"\s+"
# How far back the word before an offset is looked for, in characters.
WINDOW = 40
_LETTERS = r"[^\W\d_]+"
_BEFORE: dict[str, re.Pattern[str]] = {}
_AFTER: dict[str, re.Pattern[str]] = {}
# Characters of a token before a period besides letters and digits (``U.S``, ``O’Neill``).
_TOKEN_PUNCTUATION = "_.’'-"


def word_before(
    text: str, offset: int, gap: str = SPACES, window: int = WINDOW
) -> re.Match[str] | None:
    """The word that ends where ``gap`` ends at ``offset`` (a whole word: none when the
    window of ``window`` characters cuts it)."""
    pattern = _BEFORE.get(gap)
    if pattern is None:
        pattern = _BEFORE[gap] = re.compile(rf"(?<![^\W\d_])({_LETTERS}){gap}$")
    return pattern.search(text, max(0, offset - window), offset)


def word_after(text: str, offset: int, gap: str = SPACES) -> re.Match[str] | None:
    """The word that starts where ``gap``, from ``offset`` on, ends."""
    pattern = _AFTER.get(gap)
    if pattern is None:
        pattern = _AFTER[gap] = re.compile(rf"{gap}({_LETTERS})")
    return pattern.match(text, offset)


def token_before(text: str, end: int, limit: int = WINDOW) -> str:
    """The run of letters, digits and ``_.’'-`` that ends at ``end`` (at most ``limit``
    characters; empty when there is none).

    A backward walk over a few characters: a regular expression anchored with ``$`` would
    be tried from every offset of the window.
    """
    start, low = end, max(0, end - limit)
    while start > low and (text[start - 1].isalnum() or text[start - 1] in _TOKEN_PUNCTUATION):
        start -= 1  # str.isalnum is exactly the \w of re, less the underscore
    return text[start:end]
