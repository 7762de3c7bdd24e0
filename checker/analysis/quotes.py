"""Quote-mark structure: every mark classified, then paired per paragraph with a stack.

Each quote-like character (“ ” ‘ ’ « » ‹ › „ ‚ " ' ″ ′) gets a :class:`Role`: an opening or
closing quotation mark, an apostrophe (``didn’t``, ``soldiers’``, ``’90s``, ``rock ’n’ roll``),
a prime (``6'2"``, ``″``), or nothing (a lone ``‚`` is a comma look-alike). Curly marks mostly
say what they are; straight marks and the right single mark are resolved by their
neighbours (a mark after a space and before a word opens, one after a word and before a space
or punctuation closes) and by what is open at that point.

Closing marks pair with the nearest open mark of the same level (double: “ ” « » „ " ;
single: ‘ ’ ‹ › ‚ '), so nesting (“ ‘ ’ ”) works and an inner mark left open is reported
without losing the outer pair. Open marks left at the end of a paragraph are *continued*
when the next paragraph opens again with the same level: English runs a quotation over
several paragraphs that way. Lines of one paragraph hard-wrapped without blank lines are
joined when a line ends mid-sentence.

Everything here is one pass over the marks plus one backward pass per paragraph: linear in
the length of the text whatever it holds.
"""

from __future__ import annotations

import bisect
import enum
import re
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from checker.patterns import find_per_mark, lazy, per_mark
from checker.text.quote_marks import (
    CLOSING_MARKS,
    DOUBLE_CLOSING_MARKS,
    OPENING_MARKS,
    QUOTE_CHARS,
    STRAIGHT_MARKS,
)
from checker.thresholds.quotes import MAX_NESTED_PAIRS

if TYPE_CHECKING:
    from checker.analysis.lines import Paragraph
    from checker.document import Document

# Each quote-like character found by its own search, and only in a text that holds it: a
# search for one character skips through the text several times faster than one for a set
# of them, and a text holds few of the fourteen (:func:`checker.patterns.per_mark`).
_QUOTE = per_mark("MARK", QUOTE_CHARS)

DOUBLE = "double"
SINGLE = "single"
LEVEL = {
    "“": DOUBLE,
    "”": DOUBLE,
    "«": DOUBLE,
    "»": DOUBLE,
    "„": DOUBLE,
    '"': DOUBLE,
    "″": DOUBLE,
    "‘": SINGLE,
    "’": SINGLE,
    "‹": SINGLE,
    "›": SINGLE,
    "‚": SINGLE,
    "'": SINGLE,
    "′": SINGLE,
}
STRAIGHT = frozenset(STRAIGHT_MARKS)
# The English mark that replaces a mark in each position.
ENGLISH_OPENING = {DOUBLE: "“", SINGLE: "‘"}
ENGLISH_CLOSING = {DOUBLE: "”", SINGLE: "’"}
# Pairs that are correct English.
ENGLISH_PAIRS = frozenset({("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'")})
# A quotation closed with its clause or sentence punctuation, then only spaces: ``,” `` ``?» ``.
_CLOSED_BEFORE = lazy(rf"[,.!?…][{DOUBLE_CLOSING_MARKS}][ \u00a0]*$")


def closed_quotation_before(text: str, offset: int, reach: int) -> bool:
    """Whether a quotation closes (``,”`` ``.”`` ``?»``) right before ``offset``, within
    ``reach`` characters and with only spaces between: the place of a speech tag
    (``“…,” Hansen said``, ``“…,” explained Marco``)."""
    return _CLOSED_BEFORE.search(text[max(0, offset - reach) : offset]) is not None


# Pairs that are correct in another language (French, German, Polish, Swedish...).
FOREIGN_PAIRS = frozenset(
    {
        ("«", "»"),
        ("»", "«"),
        ("‹", "›"),
        ("›", "‹"),
        ("„", "“"),
        ("„", "”"),
        ("‚", "‘"),
        ("‚", "’"),
        ("”", "”"),
        ("»", "»"),
    }
)

# Contexts that let a mark open (before it) or close (after it).
_OPENING_CONTEXT = frozenset("([{<—–-/" + OPENING_MARKS + STRAIGHT_MARKS)
_CLOSING_CONTEXT = frozenset(".,;:!?)]}>…—–-/" + CLOSING_MARKS + STRAIGHT_MARKS)
# Elisions that start with an apostrophe: ’90s, ’em, ’til, ’tis, ’twas, rock ’n’ roll, and
# the contractions tokenised text splits from their word (baby 's toy, I 'm here).
_ELISION = lazy(
    r"(?:\d\ds\b|n\b|em\b|til\b|tis\b|twas\b|(?:s|m|re|ve|d|ll)(?=[ \u00a0]))", re.IGNORECASE
)
# ’n’ as in rock ’n’ roll: both marks are apostrophes.
_N_ELISION = per_mark(r"MARK(?<!\wMARK)n[’'‘](?!\w)", "’'‘")  # the mark first: fast
# Feet and inches just before a straight double mark: 6'2" is a height, even in a quotation.
_FEET_INCHES = lazy(r"\d['′]\d{1,2}$")
# A blockquote line with no text: a paragraph break inside a Markdown blockquote.
_BLOCKQUOTE_BREAK = lazy(r"\n[ \t]*(?:>[ \t]*)+\n")
# Line ends after which a hard-wrapped line is a new paragraph, not the same sentence.
_LINE_FINAL = frozenset(".!?…:;" + CLOSING_MARKS + STRAIGHT_MARKS + ")]")
# What ends the sentence before a mark that reopens a flattened quotation (``apart. "It``),
# and what may stand between that end and the spaces (a closed bracket or inner quotation).
_SENTENCE_END = frozenset(".!?…")
_AFTER_SENTENCE_END = frozenset(")]’'")


class Role(enum.Enum):
    OPENING = "opening"
    CLOSING = "closing"
    APOSTROPHE = "apostrophe"
    PRIME = "prime"
    OTHER = "other"


# The roles of a quotation mark proper (apostrophes and primes are none).
_QUOTE_ROLES = (Role.OPENING, Role.CLOSING)


class QuoteMark(NamedTuple):
    """One quote-like character at ``start``, with the role it plays there."""

    start: int
    char: str
    role: Role
    paragraph: int

    @property
    def end(self) -> int:
        return self.start + 1

    @property
    def level(self) -> str:
        return LEVEL[self.char]

    @property
    def is_straight(self) -> bool:
        return self.char in STRAIGHT

    @property
    def is_quote(self) -> bool:
        return self.role in _QUOTE_ROLES


class QuotePair(NamedTuple):
    """An opening mark and the closing mark that closes it; ``depth`` 0 is outermost."""

    opening: QuoteMark
    closing: QuoteMark
    depth: int

    @property
    def chars(self) -> tuple[str, str]:
        return self.opening.char, self.closing.char

    @property
    def is_english(self) -> bool:
        return self.chars in ENGLISH_PAIRS

    @property
    def is_foreign(self) -> bool:
        """A pair that is correct in another language (« », „ “, ‹ ›...), not in English."""
        return self.chars in FOREIGN_PAIRS

    @property
    def is_mixed(self) -> bool:
        """Opened with one family of marks and closed with another (“ … »)."""
        return not self.is_english and not self.is_foreign


class QuoteAnalysis:
    """Every mark of a text, the pairs they form, and the marks left without a partner.

    ``unmatched`` holds closing marks that close nothing; ``unclosed`` opening marks never
    closed (``interrupted`` are those still open when an outer quotation closed);
    ``continued`` opening marks left open at a paragraph end because the next paragraph
    reopens the quotation, or because a mark reopens it after a sentence end in a paragraph
    whose breaks were flattened to spaces (correct English, not reported); ``reopened``
    pairs each of the latter with the mark that reopens it.
    """

    def __init__(self) -> None:
        self.marks: list[QuoteMark] = []
        self.pairs: list[QuotePair] = []
        self.unmatched: list[QuoteMark] = []
        self.unclosed: list[QuoteMark] = []
        self.continued: list[QuoteMark] = []
        self.interrupted: list[QuoteMark] = []
        self.reopened: list[tuple[QuoteMark, QuoteMark]] = []
        # Opening marks still open at the end of their paragraph (of the hard-wrapped lines
        # read as one, which share a stack): their offset → where that text ends.
        self.open_to: dict[int, int] = {}

    @property
    def quotes(self) -> list[QuoteMark]:
        """Marks that open or close a quotation (apostrophes and primes left out)."""
        return [m for m in self.marks if m.role in _QUOTE_ROLES]  # QuoteMark.is_quote

    @property
    def quoted_spans(self) -> list[tuple[int, int]]:
        """(start, end) of each outermost quotation, marks included, in text order."""
        return sorted((p.opening.start, p.closing.end) for p in self.pairs if p.depth == 0)

    @cached_property
    def _pairs_by_opening(self) -> tuple[list[int], list[QuotePair]]:
        ordered = sorted(self.pairs, key=lambda pair: pair.opening.start)
        return [pair.opening.start for pair in ordered], ordered

    def enclosing_pair(self, start: int, end: int, reach: int) -> QuotePair | None:
        """The innermost pair whose marks enclose ``start:end``, its opening mark at most
        ``reach`` characters before ``start`` (pairs nest: the nearest such opening is the
        innermost)."""
        openings, ordered = self._pairs_by_opening
        j = bisect.bisect_left(openings, start) - 1
        while j >= 0 and openings[j] >= start - reach:
            if ordered[j].closing.start >= end:
                return ordered[j]
            j -= 1
        return None

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """(start, end) of what each outermost quotation holds, marks excluded: sorted and
        disjoint, for "is this offset quoted?".

        A pair runs from its opening mark to its closing mark; a quotation continued by a
        mark that reopens it after a sentence end runs to that mark; an opening mark left
        open (unclosed, or continued in the next paragraph) runs to the end of its paragraph
        (of the hard-wrapped lines read as one), as English quotations that go on do. Marks
        left open inside a quotation that closes (``interrupted``) add nothing.
        """
        spans = [(p.opening.start + 1, p.closing.start) for p in self.pairs]
        spans.extend((opener.start + 1, reopening.start) for opener, reopening in self.reopened)
        spans.extend((start + 1, end) for start, end in self.open_to.items())
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged


def analyze_quotes(doc: Document) -> QuoteAnalysis:
    """The quote structure of a document (cached as ``doc.quotes``)."""
    return analyze_text(doc.analysis_text, doc.paragraphs)


def analyze_text(text: str, paragraphs: list[Paragraph] | None = None) -> QuoteAnalysis:
    """The quote structure of ``text``; paragraphs are split here when not given."""
    if paragraphs is None:
        from checker.analysis.lines import split_paragraphs

        paragraphs = split_paragraphs(text)
    analysis = QuoteAnalysis()
    positions = [m.start() for m in find_per_mark(_QUOTE, text)]
    if not positions:
        return analysis
    n_elision = {p for m in find_per_mark(_N_ELISION, text) for p in (m.start(), m.end() - 1)}
    groups = _paragraph_groups(text, paragraphs)
    cursor = 0
    for index, (start, end, first_paragraph) in enumerate(groups):
        while cursor < len(positions) and positions[cursor] < start:
            cursor += 1  # marks outside every paragraph (none: paragraphs cover the text)
        in_group = []
        while cursor < len(positions) and positions[cursor] < end:
            in_group.append(positions[cursor])
            cursor += 1
        if not in_group:
            continue
        next_start = groups[index + 1][0] if index + 1 < len(groups) else None
        _pair_group(text, in_group, start, end, first_paragraph, n_elision, next_start, analysis)
    return analysis


def _paragraph_groups(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int, int]]:
    """(start, end, index of first paragraph) of the spans that share one stack.

    A paragraph that is one line of a hard-wrapped block (a single line break before the
    next one, and no sentence-final character at its end) runs on into the next one; a
    Markdown heading never does. Joining only lets a quotation span the line break: a
    mark left open is still reported at the end of the joined block. A Markdown blockquote
    line holding only ``>`` separates paragraphs of the quoted text.
    """
    groups: list[tuple[int, int, int]] = []
    current: tuple[int, int, int] | None = None
    for index, paragraph in enumerate(paragraphs):
        if current is not None:
            gap = text[current[1] : paragraph.start]
            wrapped = gap.count("\n") == 1 and text[current[1] - 1] not in _LINE_FINAL
            if wrapped and text[paragraphs[index - 1].start] != "#":
                current = (current[0], paragraph.end, current[2])
                continue
            groups.append(current)
        current = (paragraph.start, paragraph.end, index)
    if current is not None:
        groups.append(current)
    if ">" not in text:
        return groups
    split: list[tuple[int, int, int]] = []
    for start, end, index in groups:
        for gap in _BLOCKQUOTE_BREAK.finditer(text, start, end):
            split.append((start, gap.start(), index))
            start = gap.end()
        split.append((start, end, index))
    return split


def _flanks(text: str, position: int, start: int, end: int) -> tuple[bool, bool]:
    """(can open, can close) from the characters on each side of the mark."""
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    space_before = before.isspace() or before in _OPENING_CONTEXT
    space_after = after.isspace() or after in _CLOSING_CONTEXT
    can_open = space_before and not after.isspace()
    can_close = space_after and not before.isspace()
    return can_open, can_close


class _Stack:
    """Open marks, with per-level indices so a closer finds its opener in amortised O(1)."""

    def __init__(self) -> None:
        self.items: list[QuoteMark] = []
        self.by_level: dict[str, list[int]] = {DOUBLE: [], SINGLE: []}

    def push(self, mark: QuoteMark) -> None:
        self.by_level[mark.level].append(len(self.items))
        self.items.append(mark)

    def top(self, level: str) -> QuoteMark | None:
        indices = self.by_level[level]
        return self.items[indices[-1]] if indices else None

    def close(self, level: str) -> tuple[QuoteMark, int, list[QuoteMark]]:
        """Pop the nearest opener of ``level``; return it, its depth and the marks above it."""
        index = self.by_level[level][-1]
        above = self.items[index + 1 :]
        opener = self.items[index]
        del self.items[index:]
        for lvl in (DOUBLE, SINGLE):
            indices = self.by_level[lvl]
            while indices and indices[-1] >= index:
                indices.pop()
        return opener, index, above


def _later_single_closer(text: str, positions: list[int], start: int, end: int) -> list[bool]:
    """For each mark: does a single closing-like mark follow before the next single opener?

    Lets ``the soldiers’ families’`` tell a plural possessive from the quotation's end.
    """
    result = [False] * len(positions)
    seen_closer = False
    for i in range(len(positions) - 1, -1, -1):
        result[i] = seen_closer
        position = positions[i]
        char = text[position]
        if LEVEL[char] != SINGLE:
            continue
        if char in "‘‹‚":
            seen_closer = False
            continue
        can_open, can_close = _flanks(text, position, start, end)
        if char == "'" and can_open and not can_close:
            seen_closer = False
        elif char in "’'›" and can_close and not can_open:
            seen_closer = True
    return result


def _pair_group(
    text: str,
    positions: list[int],
    start: int,
    end: int,
    paragraph: int,
    n_elision: set[int],
    next_start: int | None,
    analysis: QuoteAnalysis,
) -> None:
    stack = _Stack()
    later_closer = _later_single_closer(text, positions, start, end)
    # (opener, reopening, its depth, how many pairs were made before the reopening)
    flattened: list[tuple[QuoteMark, QuoteMark, int, int]] = []
    for i, position in enumerate(positions):
        char = text[position]
        role = _role(text, position, start, end, char, stack, n_elision, later_closer[i])
        mark = tuple.__new__(QuoteMark, (position, char, role, paragraph))  # no generated __new__
        analysis.marks.append(mark)
        if role is Role.OPENING:
            top = stack.top(mark.level)
            if (
                top is not None
                and stack.items[-1] is top
                and top.char == char
                and _after_sentence_end(text, position)
            ):
                _, depth, _ = stack.close(mark.level)  # apart. "It gave: a flattened break
                flattened.append((top, mark, depth, len(analysis.pairs)))
            stack.push(mark)
        elif role is Role.CLOSING:
            if stack.top(mark.level) is None:
                if not _nest_after_all(flattened, mark, stack, analysis):
                    analysis.unmatched.append(mark)
                continue
            opener, depth, above = stack.close(mark.level)
            analysis.unclosed.extend(above)
            analysis.interrupted.extend(above)
            analysis.pairs.append(QuotePair(opener, mark, depth))
    for opener, reopening, _, _ in flattened:
        analysis.continued.append(opener)
        analysis.reopened.append((opener, reopening))
    if not stack.items:
        return
    reopening = _leading_openers(text, next_start) if next_start is not None else ""
    for depth, opener in enumerate(stack.items):
        analysis.open_to[opener.start] = end
        if depth < len(reopening) and LEVEL[reopening[depth]] == opener.level:
            analysis.continued.append(opener)
        else:
            analysis.unclosed.append(opener)


def _nest_after_all(
    flattened: list[tuple[QuoteMark, QuoteMark, int, int]],
    closer: QuoteMark,
    stack: _Stack,
    analysis: QuoteAnalysis,
) -> bool:
    """Read the last reopening as a nested quotation when a closer is left over for it.

    ``“He said. “No” is the answer.”``: the closer at the end has nothing open only because
    ``“No`` was taken for a continuation. Pair the first mark with that closer (one level
    out from the pairs inside it) and tell the caller the closer is not stray. Only a few
    pairs may lie inside (real quotations nest two or three deep): the work stays linear.
    """
    if not flattened:
        return False
    opener, _, depth, first_inside = flattened[-1]
    if (
        opener.level != closer.level
        or len(stack.items) != depth
        or len(analysis.pairs) - first_inside > MAX_NESTED_PAIRS
    ):
        return False
    flattened.pop()
    for index in range(first_inside, len(analysis.pairs)):
        pair = analysis.pairs[index]
        if pair.opening.start > opener.start:
            analysis.pairs[index] = QuotePair(pair.opening, pair.closing, pair.depth + 1)
    analysis.pairs.append(QuotePair(opener, closer, depth))
    return True


def _after_sentence_end(text: str, position: int) -> bool:
    """A space, then a sentence end before it: where a flattened paragraph starts.

    ``apart. "It``, ``apart? “It``, ``apart.) "It``; not ``word "It`` nor ``apart."It``.
    """
    before = position
    while before > 0 and text[before - 1] in " \t\u00a0":
        before -= 1
    if before == position or before == 0:
        return False
    if text[before - 1] in _AFTER_SENTENCE_END and before > 1:
        before -= 1
    return text[before - 1] in _SENTENCE_END


def _leading_openers(text: str, position: int) -> str:
    """The opening quote marks that start the paragraph at ``position``."""
    marks = []
    while position < len(text) and (text[position] == ">" or text[position].isspace()):
        position += 1  # a Markdown blockquote's marker
    while position < len(text) and text[position] in "“‘«‹„\"'":
        marks.append(text[position])
        position += 1
    return "".join(marks)


class _Around(NamedTuple):
    """What decides a mark's role: its neighbours, and the open mark of its level."""

    text: str
    position: int
    start: int  # of the paragraph (the text that shares the stack)
    end: int
    before: str
    after: str
    can_open: bool
    can_close: bool
    top: QuoteMark | None
    later_closer: bool

    @property
    def inner(self) -> bool:
        return self.before.isalnum() and self.after.isalnum()


# The marks that are apostrophes (or a prime) inside a word (:func:`_single_closer_role`).
_INNER_MARKS = "'’"


def _role(
    text: str,
    position: int,
    start: int,
    end: int,
    char: str,
    stack: _Stack,
    n_elision: set[int],
    later_closer: bool,
) -> Role:
    """What the mark at ``position`` does, given its neighbours and what is open."""
    if char in "″′":
        return Role.PRIME
    if position in n_elision:
        return Role.APOSTROPHE
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    if char in _INNER_MARKS and before.isalnum() and after.isalnum():
        # Inside a word (most marks: don't, BBC’s), whatever is open: decided
        # without reading the stack.
        return (
            Role.PRIME if char == "'" and before.isdigit() and after.isdigit() else Role.APOSTROPHE
        )
    can_open, can_close = _flanks(text, position, start, end)
    top = stack.top(LEVEL[char])
    around = _Around(
        text, position, start, end, before, after, can_open, can_close, top, later_closer
    )
    if char in "“«„‹":
        return _left_mark_role(char, around)
    if char == "‚":
        return Role.OPENING if can_open and not can_close else Role.OTHER
    if char in "”»›":
        return _right_mark_role(char, around)
    if char == "‘":
        return _left_single_role(around)
    if char == '"':
        return _straight_double_role(around)
    return _single_closer_role(char, around)


def _left_mark_role(char: str, around: _Around) -> Role:
    """“ « „ ‹: opening, but for the marks that close in German and Danish."""
    top = around.top
    # German „…“, Danish »…« and ›…‹ close with what English and French open with.
    if char == "“" and top is not None and top.char == "„":
        return Role.CLOSING
    if char in "«‹" and top is not None and top.char in "»›":
        return Role.CLOSING
    if char in "“‹«" and around.can_close and not around.can_open and top is not None:
        return Role.CLOSING  # a misdirected closer: “word“
    return Role.OPENING


def _right_mark_role(char: str, around: _Around) -> Role:
    """” » ›: closing, but for inches and the marks that open in Swedish and German."""
    text, position, top = around.text, around.position, around.top
    if (
        char == "”"
        and around.before.isdigit()
        and (top is None or _FEET_INCHES.search(text, max(around.start, position - 4), position))
    ):
        return Role.PRIME  # a 12” pizza, 5’11” (smart quotes turn inches curly)
    if around.can_open and not around.can_close and top is None:
        return Role.OPENING  # ”…” (Swedish) or »…« (German, Danish)
    return Role.CLOSING


def _left_single_role(around: _Around) -> Role:
    """‘: opening, or an apostrophe typed with the wrong mark, or the close of ‚."""
    top = around.top
    if top is not None and top.char == "‚":
        return Role.CLOSING
    if around.inner:
        return Role.APOSTROPHE  # don‘t, with the wrong mark
    if around.can_open and _ELISION.match(around.text, around.position + 1):
        return Role.APOSTROPHE  # ‘90s, with the wrong mark
    if around.can_close and not around.can_open and top is not None:
        return Role.CLOSING
    return Role.OPENING


def _straight_double_role(around: _Around) -> Role:
    """A straight double mark: inches after a digit, else opening or closing by its sides
    and what is open."""
    text, position, top = around.text, around.position, around.top
    if around.before.isdigit() and (
        top is None
        or top.char != '"'
        or _FEET_INCHES.search(text, max(around.start, position - 4), position)
    ):
        return Role.PRIME  # 6'2", a 12" record
    if around.can_open and not around.can_close:
        return Role.OPENING
    if around.can_close and not around.can_open:
        return Role.CLOSING
    return Role.CLOSING if top is not None and top.char == '"' else Role.OPENING


def _single_closer_role(char: str, around: _Around) -> Role:
    """’ and ': apostrophe, prime or closing single mark (' may open too)."""
    before, after = around.before, around.after
    if around.can_open and not around.can_close:
        if char == "’" or _ELISION.match(around.text, around.position + 1):
            return Role.APOSTROPHE  # ’90s, ’em, ’til
        return Role.OPENING
    if around.top is None:
        if char == "'" and before.isdigit():
            return Role.PRIME  # a 40' container
        return Role.APOSTROPHE  # soldiers’, goin’
    if before in "sSzZ" and after.isspace() and around.later_closer:
        position = around.position
        nxt = around.text[position + 2] if position + 2 < around.end else ""
        if nxt.isalnum():
            return Role.APOSTROPHE  # ‘the soldiers’ families’: the quotation ends later
    return Role.CLOSING
