"""Punctuation spaced off its word: the ``word ?`` of French typography (T101) and the
spacing a tokeniser leaves in machine translation (T108: ``composer .``, ``do n't``, ``( FTIR
)``, ``$ 560m``). Each finder yields the offsets of what it finds; the rules judge."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.analysis.number_sites import SPACE, SPACES
from checker.patterns import find_per_mark, lazy, per_mark
from checker.text.quote_marks import CLOSING_MARKS, STRAIGHT_MARKS
from checker.thresholds.typography import MAX_LABEL, QUOTE_AHEAD, QUOTE_LOOKBEHIND
from checker.words import typography_words

if TYPE_CHECKING:
    from checker.analysis.untouchable import Guard


# --- T101: French typography -------------------------------------------------------------
# The marks French typography spaces, each found first when a space stands right before it,
# then the spaces before it. One search per mark present (:func:`checker.patterns.per_mark`):
# a search for one literal character skips through the text far faster than a search for
# any of a set of characters.
SPACED_MARKS = "?!;:"
_AFTER_SPACE = per_mark(rf"MARK(?<={SPACE}MARK)", SPACED_MARKS)
# What may stand before the spaces: a word, or a closing quote or bracket.
_BEFORE_SPACED_PUNCT = CLOSING_MARKS + STRAIGHT_MARKS + ")]"
# What may follow ? and ! (a clause ends there), beyond white space and the end.
_AFTER_QUESTION = "?!" + _BEFORE_SPACED_PUNCT
# The ternary operator of code (a ? b : c) written in prose, seen from its ? or its :.
_TERNARY_AFTER_QUESTION = lazy(r"\? \S+ : \S")
_TERNARY_BEFORE_COLON = lazy(r"\S \? \S+$")


def _ends_clause(text: str, position: int) -> bool:
    """A colon or semicolon ends a clause: white space, the end, or a closing quote follows."""
    return position >= len(text) or text[position].isspace() or text[position] in CLOSING_MARKS


def marks_after_space(text: str) -> list[int]:
    """Offsets of the ``? ! ; :`` of ``text`` that follow a space, in order."""
    return [match.start() for match in find_per_mark(_AFTER_SPACE, text)]


def spaced_punctuation(text: str) -> Iterator[tuple[int, int, str]]:
    """(start of the spaces, offset of the mark, mark) for ``word ?`` and the like."""
    for mark in marks_after_space(text):
        start = mark
        while start > 0 and text[start - 1] in SPACES:
            start -= 1
        if start == 0:
            continue
        if mark - start > 1 and text[start:mark].strip(" ") == "":
            continue  # several plain spaces: colons aligned in a list (Director   : Kim)
        before = text[start - 1]
        if not (before.isalnum() or before in _BEFORE_SPACED_PUNCT):
            continue
        punct = text[mark]
        after = text[mark + 1 : mark + 2]
        if punct in "?!":
            if after and not after.isspace() and after not in _AFTER_QUESTION:
                continue
        elif before.isdigit() or not _ends_clause(text, mark + 1):
            continue  # a ratio or a time (3 : 2), an emoticon (:) ;-) :'()
        if punct == "?" and _TERNARY_AFTER_QUESTION.match(text, mark):
            continue
        if punct == ":" and _TERNARY_BEFORE_COLON.search(text, max(0, start - 60), start):
            continue
        yield start, mark, punct


# --- T108: tokenised text ---------------------------------------------------------------
# Tokenised machine translation puts a space before every comma and full stop (``May 7 ,
# 1833``, ``composer .``), splits contractions and possessives (``do n't``, ``baby 's``) and
# pads brackets (``( FTIR )``). Each search starts with the mark it needs, then looks behind.
_TOKEN_SPACES = " \u00a0"
_SPACED_COMMA = lazy(r",(?<=[ \u00a0],)")
_SPACED_STOP = lazy(r"\.(?<=[ \u00a0]\.)")
# What else may stand before a spaced comma or full stop: a closing bracket or quote, a %.
_BEFORE_SPACED_STOP = ")]%" + CLOSING_MARKS + STRAIGHT_MARKS
# What may follow a spaced full stop: white space, the end, a closing quote or bracket.
_AFTER_SPACED_STOP = CLOSING_MARKS + STRAIGHT_MARKS + ")]"
_EMOTICON_EYES = frozenset(":;=-^")
# ``1833 ;`` and ``2004 : the``: after a number, which T101 leaves alone (3 : 2 is a ratio).
# The patterns of T108 that start with one of a few marks are compiled once a mark
# (:func:`checker.patterns.per_mark`): a scan for one character is several times faster.
_SPACED_AFTER_NUMBER = per_mark(r"MARK(?<=\d[ \u00a0]MARK)", ";:")
# A currency symbol spaced from its amount: $ 560m, £ 291m.
_SPACED_CURRENCY = per_mark(r"(?P<symbol>MARK)[ \u00a0](?=\d)", "$£€¥")
# A contraction or a possessive split from its word: it 's, I 'm, they 're, do n't, don 't.
_SPLIT_CONTRACTION = per_mark(
    r"MARK(?:(?<=[ \u00a0]MARK)(?:s|m|re|ve|d|ll|(?<=n[ \u00a0]MARK)t)|(?<=[ \u00a0]nMARK)t)"
    r"(?![\w'’\-])",
    "'’",
    re.IGNORECASE,
)
# A plural possessive split from its word: the players ' wives (but a closing quote: ' best ').
_SPLIT_PLURAL_POSSESSIVE = per_mark(r"MARK(?<=[sz][ \u00a0]MARK)(?=[ \u00a0][^\W\d_$£€¥])", "'’")
# A single mark that may open or close a quotation on its line: standing alone (' best '),
# or before a word that is no contraction ('best'); not one after an s (Elvis ' 18 hits).
_SINGLE_QUOTE_TOKEN = lazy(
    r"(?<![^\s(\[])(?<![sSzZ] )['‘’](?:(?=\s)|(?=[^\W\d_])(?!(?:s|m|re|ve|d|ll|t)(?![\w'’])))",
    re.IGNORECASE,
)
# A single mark ahead that closes a quotation: after a word not ending in s or z, or before
# punctuation or the line end (the boss ' left ' , he said; the boss ' left alone').
_QUOTE_CLOSER_AHEAD = lazy(
    r"(?:(?<=[^\Wsz_])['’](?![^\W_])|(?<=[^\Wsz_][ \u00a0])['’](?![^\W_])"
    r"|[ \u00a0]?['’](?=[ \u00a0]*(?:[^\w\s]|$)))",
    re.MULTILINE,
)
# Words after which 's is not a possessive or a verb: in 's Gravenhage, from 's-Hertogenbosch.
NOT_BEFORE_CONTRACTION = typography_words("before_place_article")
# A bracket padded inside on both sides, around a word: ( FTIR ), [ 1 ], ( see below ).
_PADDED_BRACKETS = lazy(
    r"(?P<open>[(\[])(?P<left>[ \u00a0]+)(?=[\w$£€¥])(?P<inner>[^()\[\]\n]{0,200}?[\w%])"
    r"(?P<right>[ \u00a0]+)(?P<close>[)\]])"
)
_BRACKET_PAIRS = {"(": ")", "[": "]"}
# A list label at a line start: 1 . First item, a . first choice, ( a ) option, [ 1 ] note.
_LINE_START_LABEL = lazy(r"(?:^|\n)[ \t]*(?:[-*+>][ \t]+)?$")
_ROMAN_LABELS = typography_words("roman_label")


def _at_line_start(text: str, start: int) -> bool:
    """Only white space (and a list bullet) between the line start and ``start``."""
    return _LINE_START_LABEL.search(text, max(0, start - 8), start) is not None


def _is_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a short list label at a line start: 1, a, iv."""
    label = text[start:end]
    return len(label) <= MAX_LABEL and (
        label.isdigit() or len(label) == 1 or label.lower() in _ROMAN_LABELS
    )


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return start


def spaced_marks(text: str, guard: Guard) -> Iterator[tuple[int, int, str]]:
    """(start of the spaces, end of the mark, mark) of ``word ,`` ``word .`` ``1833 ;``."""
    found = [m.start() for pattern in (_SPACED_COMMA, _SPACED_STOP) for m in pattern.finditer(text)]
    found.extend(m.start() for m in find_per_mark(_SPACED_AFTER_NUMBER, text))
    for mark in sorted(found):
        start = mark
        while start > 0 and text[start - 1] in _TOKEN_SPACES:
            start -= 1
        if start == 0 or mark - start > 2:
            continue  # aligned in a column
        punct = text[mark]
        before = text[start - 1]
        if not (before.isalnum() or (before in _BEFORE_SPACED_STOP and punct in ",.")):
            continue  # a mark after punctuation (. . .)
        if before in ")]" and text[start - 2 : start - 1] in _EMOTICON_EYES:
            continue  # an emoticon: see you :) .
        after = text[mark + 1 : mark + 2]
        if punct == ".":
            if after == "." or text[mark + 1 : mark + 3] == " .":
                continue  # an ellipsis: word ... or word . . .
            if after and not after.isspace() and after not in _AFTER_SPACED_STOP:
                continue  # .NET, .com, .45, .5
        elif after and not after.isspace():
            continue  # 1 ,000; an emoticon (:P)
        if punct == ":":
            following = text[mark + 2 : mark + 3]
            if after != " " or not following.isalpha():
                continue  # 6 : 30, 3 : 2 (a time, a ratio)
        word = _word_start(text, start)
        if punct in ".:" and _at_line_start(text, word) and _is_label(text, word, start):
            continue  # a list label: 1 . First item
        if start - 1 in guard:
            continue  # after a URL or an address: www.example.com .
        yield start, mark + 1, punct


def spaced_currency(text: str) -> Iterator[tuple[int, int, str]]:
    """(symbol, end of the spaces, symbol) of ``$ 560m`` and ``£ 291m``."""
    for match in find_per_mark(_SPACED_CURRENCY, text):
        start = match.start()
        before = text[start - 1 : start]
        if before and not (before.isspace() or before in "([" or before.isupper()):
            continue  # US$ 5 is spaced too; 5$ 5 is something else
        yield start, match.end(), match.group("symbol")


def split_contractions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start of the spaces, end, contraction) of ``it 's``, ``do n't``, ``players '``."""
    for match in find_per_mark(_SPLIT_CONTRACTION, text):
        piece_start = match.start()
        if text[piece_start - 1] in "nN":
            piece_start -= 1  # do n't: the n goes with the apostrophe (don 't: with the do)
        start = piece_start
        while start > 0 and text[start - 1] in _TOKEN_SPACES:
            start -= 1
        if start == 0 or piece_start - start > 1 or not text[start - 1].isalnum():
            continue  # ' 90s, a quotation opening: 'sorry'
        word = text[_word_start(text, start) : start]
        if word.lower() in NOT_BEFORE_CONTRACTION:
            continue  # in 's Gravenhage
        yield start, match.end(), text[piece_start : match.end()]
    quote_tokens: list[int] | None = None
    for match in find_per_mark(_SPLIT_PLURAL_POSSESSIVE, text):
        mark = match.start()
        if quote_tokens is None:
            quote_tokens = [token.start() for token in _SINGLE_QUOTE_TOKEN.finditer(text)]
        window = max(0, mark - QUOTE_LOOKBEHIND)
        line_start = max(text.rfind("\n", window, mark) + 1, window)
        before = bisect.bisect_left(quote_tokens, mark) - bisect.bisect_left(
            quote_tokens, line_start
        )
        if before % 2:
            continue  # it closes a quotation: the ' best ' way
        if text[_word_start(text, mark - 1) - 1 : _word_start(text, mark - 1)] in "'’":
            continue  # It's ' orrible: the s of a contraction, then an opening mark
        closer = _QUOTE_CLOSER_AHEAD.search(text, mark + 1, min(len(text), mark + QUOTE_AHEAD))
        if closer is not None and "\n" not in text[mark : closer.start()]:
            continue  # the boss ' left ' : it opens a quotation
        yield mark - 1, mark + 1, text[mark]


def padded_brackets(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(open, inner start, inner end, close) of ``( FTIR )`` and ``[ 1 ]``."""
    if not ("\u00a0" in text or ("(" in text and "( " in text) or ("[" in text and "[ " in text)):
        return  # str's search for a literal is faster than the pattern's; for one character
        # (a bracket first: most texts have none) faster still
    for match in _PADDED_BRACKETS.finditer(text):
        if _BRACKET_PAIRS[match.group("open")] != match.group("close"):
            continue
        open_at = match.start()
        inner_start, inner_end = match.span("inner")
        if _at_line_start(text, open_at) and _is_label(text, inner_start, inner_end):
            continue  # ( a ) first choice, [ 1 ] a note
        yield open_at, inner_start, inner_end, match.end() - 1


# A straight double mark padded inside on both sides, as tokenisers leave quotations:
# " very good " (clean text: "very good"). Marks are paired in order on their line.
_STRAIGHT_DOUBLE = '"'
_DOUBLE_OR_LINE_END = lazy('["\\n]')
# A straight double mark at the text or a line start or after a space, a space after it:
# where a padded quotation may open (a search starting with the mark: several times faster
# than str's search for ' " ', whose last character is everywhere).
_PADDED_OPENING = lazy('"(?<![^ \\n]")(?= )')


def padded_straight_quotes(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(open, inner start, inner end, close) of ``" very good "``: a pair of straight
    double marks on one line, each with a space on its inner side and a word (or a spaced
    final mark) inside. A line with an odd number of marks is not read: its pairing is
    unsure (an inch mark, a quotation going on)."""
    if _PADDED_OPENING.search(text) is None:
        return  # no mark opens a padded quotation: one scan for the mark, no pairing
    marks: list[int] = []  # the marks of the current line
    for match in _DOUBLE_OR_LINE_END.finditer(text + "\n"):
        if match.group() == _STRAIGHT_DOUBLE:
            marks.append(match.start())
            continue
        if marks and len(marks) % 2 == 0:
            for open_at, close_at in zip(marks[::2], marks[1::2], strict=True):
                padded = _padded_inside(text, open_at, close_at)
                if padded is not None:
                    yield open_at, padded[0], padded[1], close_at
        marks = []


def _padded_inside(text: str, open_at: int, close_at: int) -> tuple[int, int] | None:
    """(inner start, inner end) when both marks are spaced off what they enclose, the
    opening mark stands after a space or the line start, and the inside is words."""
    inner_start, inner_end = open_at + 1, close_at
    while inner_start < close_at and text[inner_start] in _TOKEN_SPACES:
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in _TOKEN_SPACES:
        inner_end -= 1
    if inner_start - open_at != 2 or close_at - inner_end != 1:
        return None  # not one space on each side: aligned text, or no padding
    before = text[open_at - 1 : open_at]
    if before and not (before.isspace() or before in "([:—–-"):
        return None  # 6" tall: a mark after a number or a word is no opening
    if not (
        text[inner_start].isalnum()
        and (text[inner_end - 1].isalnum() or text[inner_end - 1] in ".,!?")
    ):
        return None
    return inner_start, inner_end


# Escapes a tokeniser (Moses) writes for the characters it protects, left in the output:
# &quot; &apos; &#91; &#93; &#124; (and &#39; &#34;), and the @-@ of a split hyphen (well
# @-@ known). &amp; &lt; &gt; are left alone: any HTML escaping writes them, not only a
# tokeniser, and scraped text keeps them for other reasons.
# Two patterns, each searched only in a text holding its character (most texts hold neither):
# the first starts with a literal character, which a search skips to fast.
_TOKENISER_ESCAPES = {
    "&": lazy(r"&(?:quot|apos|#39|#34|#91|#93|#124);"),
    "@": lazy(r"[ \u00a0]@[-,.]@[ \u00a0]"),
}
_ESCAPED = {
    "&quot;": '"',
    "&apos;": "'",
    "&#39;": "'",
    "&#34;": '"',
    "&#91;": "[",
    "&#93;": "]",
    "&#124;": "|",
}


def tokeniser_escapes(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, escape, what it stands for) of ``&quot;``, ``&apos;`` and ``well @-@
    known``: a tokeniser's escapes that a detokeniser would have undone."""
    for match in find_per_mark(_TOKENISER_ESCAPES, text):  # neither holds the other's start
        escape = match.group()
        if escape[0] == "&":
            yield match.start(), match.end(), escape, _ESCAPED[escape]
        else:
            yield match.start(), match.end(), escape.strip(), escape.strip()[1]
