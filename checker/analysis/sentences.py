"""Sentences inside paragraphs, by one regular-expression pass per paragraph.

A boundary is final punctuation, optional closing quotes or brackets, white space, then an
opening quote, bracket, capital letter or digit. It is not a boundary after an abbreviation
(``Mr.``, ``U.S.``, ``Jan.``), an initial (``J. K. Rowling``) or inside a number (``3.5``).
syntok was measured at 1.7 MB/s on news text, too slow for the 2 MB/s the whole rule set
must reach, so this splitter is hand-written for the news register it has to handle.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from checker.patterns import find_per_mark, lazy, per_mark
from checker.text.neighbours import token_before
from checker.words import abbreviations, calendar_words

if TYPE_CHECKING:
    from checker.analysis.lines import Paragraph

# Period-final words after which a capital does not start a new sentence.
ABBREVIATIONS = abbreviations()
# Abbreviations that often end a sentence: a boundary when a capital follows.
SENTENCE_FINAL_ABBREVIATIONS = abbreviations("sentence_final")
# The first word of a text (a day or a month after "a.m.": checker.words.calendar_words).
_FIRST_WORD = lazy(r"[^\W\d_]+")

# Linear on any input: a match starts only at the first mark of a run, and the possessive
# quantifiers never backtrack (on 100,000 periods the plain pattern was quadratic). The
# pattern starts with the mark itself and only then looks behind it (the mark and the
# character before it are not both marks): the search skips from mark to mark, four times
# faster than trying a look-behind at every offset. One pattern per final mark
# (:func:`checker.patterns.per_mark`), searched only in a text that holds it: a search for
# one character is several times faster than one for a set of them, and most texts hold
# no ``…`` and few ``?`` or ``!``. No match holds the start of another (one starts only at
# the first mark of a run), so the matches of the four are those of one pattern for all.
_FINAL_MARKS = ".!?…"
_BOUNDARY = per_mark(
    r"""
    (?P<end>MARK(?<![.!?…]{2})[.!?…]*+["”’»)\]]*+)    # final punctuation and closers
    (?P<gap>\s++)
    (?=["“‘«(\[¿¡]*+[\d\w])         # an opener, then a letter or digit
    """,
    _FINAL_MARKS,
    re.VERBOSE,
)


class Sentence(NamedTuple):
    """``text[start:end]``; ``paragraph`` is the index of its paragraph."""

    start: int
    end: int
    paragraph: int


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    end_mark = match.group("end")
    nxt = text[match.end() : match.end() + 40].lstrip('"“‘«([¿¡')
    if not nxt:
        return False
    starts_upper = nxt[0].isupper() or nxt[0].isdigit()
    if end_mark[0] != ".":
        # ?, ! and … end a sentence before a capital; before a lower-case word they are
        # part of a quotation ("Why?" she asked).
        return starts_upper
    if not starts_upper:
        return False
    before = token_before(text, match.start())
    if not before:
        return True
    word = before.lower().rstrip(".")
    if word.endswith(("a.m", "p.m")):
        first = _FIRST_WORD.match(nxt)
        return first is None or first.group() not in calendar_words(feasts=False)
    if word in SENTENCE_FINAL_ABBREVIATIONS:
        return True
    if word in ABBREVIATIONS:
        return False
    # An initial (J. K. Rowling) or a dotted acronym (D.C.-based is handled above).
    return not (len(word) == 1 and word.isalpha() and before[:1].isupper())


def split_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """Sentences of every paragraph, in order."""
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        start = paragraph.start
        for match in find_per_mark(_BOUNDARY, text, paragraph.start, paragraph.end):
            if _is_boundary(text, match):
                sentences.append(Sentence(start, match.start("gap"), index))
                start = match.end()
        if start < paragraph.end:
            sentences.append(Sentence(start, paragraph.end, index))
    return sentences
