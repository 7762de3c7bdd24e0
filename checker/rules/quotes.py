"""Quotation marks (family Q): unbalanced, mismatched or foreign marks, unreopened quotes.

Every rule reads the shared quote structure (:mod:`checker.analysis.quotes`), so a mark is
classified and paired once per document. Fixes replace a mark by its English counterpart
and take the French space next to it along (``fodder. »`` → ``fodder.”``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from checker.analysis.number_sites import SPACES
from checker.analysis.quotes import (
    DOUBLE,
    ENGLISH_CLOSING,
    ENGLISH_OPENING,
    SINGLE,
    STRAIGHT,
    QuoteAnalysis,
    QuoteMark,
    QuotePair,
    Role,
)
from checker.document import Document
from checker.patterns import lazy
from checker.registry import rule
from checker.text.quote_marks import ENGLISH_CURLY, GUILLEMETS
from checker.thresholds.quotes import MAX_CLAUSE_WORDS, MAX_REPORT_WORDS, REPORT_WINDOW
from checker.types import Fix, Hit, Severity
from checker.words import determiners, personal_pronouns, reporting_verbs

_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# First-person words, lower-case or capitalised (but not "US", the country).
_FIRST_PERSON_LOWER = personal_pronouns(("first",))
_FIRST_PERSON = lazy(
    r"\b(?:"
    + "|".join(
        "I" if word == "i" else f"[{word[0].upper()}{word[0]}]{word[1:]}"
        for word in sorted(_FIRST_PERSON_LOWER)
    )
    + r")\b"
)
# Between a closed quotation and the resumed speech: `` he whispered. `` (or ``, said Kim, ``).
_REPORTING_CLAUSE = lazy(r"\s+([^.!?;:\n]{1,60}?)([.,])\s+")
SENTENCE_FINAL = ".!?…"
# A reporting clause that ends the sentence before a reopening mark: ``, he said. “``.
_CLOSING_REPORT = lazy(r",\s+([^,.!?;:\"“”«»\n]{1,50})[.!?]\s*$")
_THIRD_PERSON = personal_pronouns(("third",), ("subject",))


class Resumption(NamedTuple):
    """A quotation resumed without its opening mark, and the pair it resumes."""

    pair: QuotePair
    start: int  # where the resumed speech starts (the opening mark belongs here)
    closer: QuoteMark  # the closing mark that closes nothing


def _partner_closing(pair: QuotePair) -> str:
    return pair.closing.char if pair.is_english else ENGLISH_CLOSING[pair.opening.level]


def _partner_opening(pair: QuotePair) -> str:
    return pair.opening.char if pair.is_english else ENGLISH_OPENING[pair.opening.level]


def _space_before(text: str, position: int) -> int:
    """Start of the horizontal spaces just before ``position`` (``position`` if none)."""
    start = position
    while start > 0 and text[start - 1] in SPACES:
        start -= 1
    return start


def _space_after(text: str, position: int) -> int:
    """End of the horizontal spaces from ``position``."""
    end = position
    while end < len(text) and text[end] in SPACES:
        end += 1
    return end


def _closer_fix(doc: Document, mark: QuoteMark, replacement: str) -> Fix | None:
    """Replace a closing mark, and the spaces a French text puts before it."""
    start = _space_before(doc.text, mark.start)
    if start == 0 or doc.text[start - 1].isspace():
        start = mark.start  # the mark starts a line: keep the indentation
    if start == mark.start and replacement == mark.char:
        return None
    return Fix(start, mark.end, replacement)


def _opener_fix(doc: Document, mark: QuoteMark, replacement: str) -> Fix:
    """Replace an opening mark, and the spaces a French text puts after it."""
    end = _space_after(doc.text, mark.end)
    if end < len(doc.text) and doc.text[end] == "\n":
        end = mark.end
    return Fix(mark.start, end, replacement)


def find_resumptions(doc: Document, analysis: QuoteAnalysis) -> dict[int, Resumption]:
    """Quotations resumed after ``he said.`` without an opening mark, keyed by the closer.

    The evidence: a closing mark that closes nothing, after a closed quotation, a short
    reporting clause (``he whispered.``) and first-person speech. The fix reopens the
    quotation where the speech resumes.
    """
    if not analysis.unmatched:
        return {}  # no closer without its opener (most documents): nothing resumed
    text = doc.analysis_text
    unmatched = {m.start for m in analysis.unmatched}
    outer_pairs = {p.closing.start: p for p in analysis.pairs if p.depth == 0}
    found: dict[int, Resumption] = {}
    last_pair: QuotePair | None = None
    for mark in analysis.marks:
        if not mark.is_quote:
            continue
        if mark.start in outer_pairs:
            last_pair = outer_pairs[mark.start]
            continue
        if (
            mark.start in unmatched
            and mark.level == DOUBLE
            and last_pair is not None
            and last_pair.closing.paragraph == mark.paragraph
        ):
            start = _resumption_start(text, last_pair.closing.end, mark.start)
            if start is not None:
                found[mark.start] = Resumption(last_pair, start, mark)
        last_pair = None
    return found


def _reporting_words(clause: str, max_words: int) -> list[str] | None:
    """The words of ``clause`` if it reports someone else's speech, else None.

    At most ``max_words`` words, one a reporting verb (``said``), none in the first person
    (the speaker's own words, not a report of them).
    """
    words = _WORD.findall(clause)
    if not words or len(words) > max_words:
        return None
    lowered = {w.lower() for w in words}
    if not lowered & reporting_verbs() or lowered & _FIRST_PERSON_LOWER:
        return None
    return words


def _resumption_start(text: str, after_pair: int, closer: int) -> int | None:
    """Where the speech resumes between a closed quotation and an unmatched closer."""
    between = text[after_pair:closer].rstrip()
    if not between or between[-1] not in SENTENCE_FINAL:
        return None
    clause = _REPORTING_CLAUSE.match(between)
    if clause is None:
        return None
    if _reporting_words(clause.group(1), MAX_CLAUSE_WORDS) is None:
        return None
    resumed = between[clause.end() :]
    if not resumed[:1].isupper() or not _FIRST_PERSON.search(resumed):
        return None
    return after_pair + clause.end()


def _closer_dropped(text: str, opener: QuoteMark, reopening: QuoteMark) -> bool:
    """The sentence before ``reopening`` ends with a reporting clause (``, he said.``).

    Then the quotation opened by ``opener`` lost its closing mark before the clause: a
    speaker's own words do not report him in the third person, so the later mark opens a
    new quotation rather than continuing the first one over a flattened paragraph break.
    """
    window = text[max(opener.end, reopening.start - REPORT_WINDOW) : reopening.start]
    clause = _CLOSING_REPORT.search(window)
    if clause is None:
        return False
    words = _reporting_words(clause.group(1), MAX_REPORT_WORDS)
    if words is None:
        return False
    first = words[0].lower()
    return (
        first in reporting_verbs()
        or first in _THIRD_PERSON
        or first in determiners("article", "possessive")
        or words[0][0].isupper()
    )


@rule(
    "Q101",
    "unmatched-closing-quote",
    Severity.ERROR,
    category="Fluency/Punctuation",
    message="closing quotation mark {char} closes no quotation",
    fixable=True,
)
def unmatched_closing_quote(doc: Document) -> Iterator[Hit]:
    """A closing quotation mark with no opening mark before it in its paragraph.

    Machine translation from French often leaves a closing guillemet after a quotation it
    already closed, or after speech whose opening mark it dropped. A stray mark after a
    closed quotation is deleted; one that ends resumed speech becomes ``”`` (see Q106).

    Okay: “I want to live here,” he said.
    Q101: “I want to live here.” »
    Q101: He said he wanted to live here.”
    """
    analysis: QuoteAnalysis = doc.quotes
    if not analysis.unmatched:
        return  # every closer closes something (most documents)
    resumptions = find_resumptions(doc, analysis)
    previous: dict[int, QuoteMark] = {}
    last: QuoteMark | None = None
    for mark in analysis.marks:
        if mark.is_quote:
            previous[mark.start] = last if last and last.paragraph == mark.paragraph else None
            last = mark
    text = doc.text
    for mark in analysis.unmatched:
        fix = None
        before = previous.get(mark.start)
        resumption = resumptions.get(mark.start)
        if resumption is not None:
            fix = _closer_fix(doc, mark, _partner_closing(resumption.pair))
        elif (
            before is not None
            and before.role is Role.CLOSING
            and before.level == mark.level
            and not text[before.end : mark.start].strip()
            and "\n" not in text[before.end : mark.start]
        ):
            fix = Fix(before.end, mark.end, "")  # “…” » : the quotation is already closed
        severity = Severity.WARNING if mark.is_straight else None
        yield Hit(mark.start, mark.end, {"char": mark.char}, fix=fix, severity=severity)


@rule(
    "Q102",
    "mixed-quote-pair",
    Severity.ERROR,
    category="Fluency/Punctuation",
    message="quotation opened with {opening} but closed with {closing}",
    fixable=True,
)
def mixed_quote_pair(doc: Document) -> Iterator[Hit]:
    """A quotation opened with one family of marks and closed with another.

    Machine translation from French often keeps the French closing guillemet after an
    English opening mark. The fix gives the odd mark the English form of its partner.

    Okay: “It also shows that troops are used as cannon fodder.”
    Q102: “It also shows that troops are used as cannon fodder. »
    Q102: “It also shows that troops are used as cannon fodder."
    """
    analysis: QuoteAnalysis = doc.quotes
    for pair in analysis.pairs:
        if not pair.is_mixed:
            continue
        opening, closing = pair.opening, pair.closing
        detail = {"opening": opening.char, "closing": closing.char}
        curly = opening.char in ENGLISH_CURLY or closing.char in ENGLISH_CURLY
        straight_vs_curly = {opening.is_straight, closing.is_straight} == {True, False} and not (
            opening.char in GUILLEMETS or closing.char in GUILLEMETS
        )
        severity = Severity.WARNING if straight_vs_curly else None
        if opening.char == ENGLISH_OPENING[opening.level]:
            fix = _closer_fix(doc, closing, ENGLISH_CLOSING[opening.level])
            yield Hit(closing.start, closing.end, detail, fix=fix, severity=severity)
        elif curly and closing.char == ENGLISH_CLOSING[closing.level]:
            fix = _opener_fix(doc, opening, ENGLISH_OPENING[closing.level])
            yield Hit(opening.start, opening.end, detail, fix=fix, severity=severity)
        elif opening.is_straight:
            fix = _closer_fix(doc, closing, opening.char)  # "… » : close as it opened
            yield Hit(closing.start, closing.end, detail, fix=fix, severity=severity)
        else:
            yield Hit(closing.start, closing.end, detail, severity=severity)


@rule(
    "Q103",
    "unclosed-quote",
    Severity.WARNING,
    category="Fluency/Punctuation",
    message="quotation opened with {char} is never closed",
)
def unclosed_quote(doc: Document) -> Iterator[Hit]:
    """An opening quotation mark that nothing closes before its paragraph ends.

    A quotation running over several paragraphs, with no closing mark at a paragraph's end
    and an opening mark at the next paragraph's start, is correct English and not reported;
    so is the same convention in text whose paragraph breaks were flattened to spaces (a
    mark that reopens the quotation right after a sentence end: ``apart. "It gave``), unless
    that sentence ends with a reporting clause (``, he said. "It``: the first quotation lost
    its closing mark). A single mark left open, outside any quotation, in a text that quotes
    with double marks only is more likely a misdirected apostrophe (‘cause) than a
    quotation: reported as info, as is a straight one.

    Okay: “I was hiding,” he said.
    Okay: “I was hiding in a shelter.\\n\\n“When I woke up, I was in a hospital.”
    Okay: “I was hiding in a shelter. “When I woke up, I was in a hospital.”
    Q103: “I was hiding in a shelter, he said.
    Q103: “I was hiding in a shelter, he said. “When I woke up, I was in a hospital.”
    """
    analysis: QuoteAnalysis = doc.quotes
    quotes_with_single_marks = any(p.opening.level == SINGLE for p in analysis.pairs)
    nested = {m.start for m in analysis.interrupted}
    text = doc.analysis_text
    dropped = [
        opener for opener, again in analysis.reopened if _closer_dropped(text, opener, again)
    ]
    for mark in sorted([*analysis.unclosed, *dropped], key=lambda m: m.start):
        apostrophe_like = mark.char == "'" or (
            mark.level == SINGLE and not quotes_with_single_marks and mark.start not in nested
        )
        severity = Severity.INFO if apostrophe_like else None
        yield Hit(mark.start, mark.end, {"char": mark.char}, severity=severity)


@rule(
    "Q104",
    "foreign-quote-marks",
    Severity.WARNING,
    category="Locale convention/Quotation marks",
    message="{chars} quotation marks are not English; use {english}",
    fixable=True,
)
def foreign_quote_marks(doc: Document) -> Iterator[Hit]:
    """A quotation in another language's marks: « », „ “, ‹ ›, ” ”.

    Correct in French, German, Polish or Swedish, wrong in English, and a sure sign of a
    translation that kept the source's typography. The fix puts English marks in their place
    (and drops the French spaces inside guillemets).

    Okay: He said: “I want to live here.”
    Q104: He said: « I want to live here. »
    Q104: Er sagte: „Ich will hier leben.“
    """
    analysis: QuoteAnalysis = doc.quotes
    for pair in analysis.pairs:
        if not pair.is_foreign:
            continue
        level = pair.opening.level
        opening, closing = ENGLISH_OPENING[level], ENGLISH_CLOSING[level]
        detail = {"chars": f"{pair.opening.char} {pair.closing.char}", "english": opening + closing}
        if pair.opening.char != opening:
            fix = _opener_fix(doc, pair.opening, opening)
            yield Hit(pair.opening.start, pair.opening.end, detail, fix=fix)
        if pair.closing.char != closing:
            fix = _closer_fix(doc, pair.closing, closing)
            yield Hit(pair.closing.start, pair.closing.end, detail, fix=fix)
    # A foreign quotation over several paragraphs: the marks that reopen each paragraph.
    for mark in analysis.continued:
        opening = ENGLISH_OPENING[mark.level]
        if mark.char != opening and not mark.is_straight:
            detail = {"chars": mark.char, "english": opening + ENGLISH_CLOSING[mark.level]}
            yield Hit(mark.start, mark.end, detail, fix=_opener_fix(doc, mark, opening))


@rule(
    "Q105",
    "space-inside-guillemets",
    Severity.WARNING,
    category="Locale convention/Quotation marks",
    message="space inside guillemets (French typography)",
    fixable=True,
)
def space_inside_guillemets(doc: Document) -> Iterator[Hit]:
    """Spaces (often no-break) just inside « » or ‹ ›, as French typography wants.

    English puts no space between a quotation mark and the quoted text.

    Okay: He said: «I want to live here.»
    Q105: He said: « I want to live here. »
    """
    analysis: QuoteAnalysis = doc.quotes
    text = doc.text
    for pair in analysis.pairs:
        if not pair.is_foreign:
            continue
        opening, closing = pair.opening, pair.closing
        if opening.char in GUILLEMETS:
            end = _space_after(text, opening.end)
            if end > opening.end and end < closing.start:
                yield Hit(opening.end, end, fix=Fix(opening.end, end, ""))
        if closing.char in GUILLEMETS:
            start = _space_before(text, closing.start)
            if opening.end < start < closing.start:
                yield Hit(start, closing.start, fix=Fix(start, closing.start, ""))


# Marks next to which a space inside quotes is deliberate: an ellipsis or a dash
# (“ … and then”, “and so — ”).
_DELIBERATE_NEIGHBOURS = frozenset("…-–—")
_ELLIPSIS_DOTS = ".."


def _inner_space_hits(doc: Document, pair: QuotePair) -> list[Hit]:
    """The spaces just inside a curly pair, each with its fix (none when the pair is blank)."""
    text = doc.text
    opening, closing = pair.opening, pair.closing
    end = _space_after(text, opening.end)
    start = _space_before(text, closing.start)
    if end >= start:
        return []  # “ ”: a quoted space, or an empty pair
    hits = []
    if end > opening.end and text[end] not in _DELIBERATE_NEIGHBOURS and text[end] != ".":
        hits.append(Hit(opening.end, end, {"mark": opening.char}, Fix(opening.end, end, "")))
    if (
        start < closing.start
        and text[start - 1] not in _DELIBERATE_NEIGHBOURS
        and not text[:start].endswith(_ELLIPSIS_DOTS)
    ):
        hits.append(
            Hit(start, closing.start, {"mark": closing.char}, Fix(start, closing.start, ""))
        )
    return hits


@rule(
    "Q108",
    "space-inside-quotes",
    Severity.WARNING,
    category="Locale convention/Quotation marks",
    message="space inside the quotation mark {mark} (French typography)",
    fixable=True,
)
def space_inside_quotes(doc: Document) -> Iterator[Hit]:
    """Spaces just inside English curly quotes, kept from French typography: “ We stay ”.

    A translation from French often swaps « » for “ ” but keeps the spaces the guillemets
    had. English never separates a quotation mark from the quoted words. Only curly double
    marks that pair on one line are read (a straight ``"`` next to a space is ambiguous, and
    a line break inside the marks is hard wrapping); a space on both sides is a warning, a
    space on one side alone info (a typing slip more often than French typography). An
    ellipsis or a dash next to the mark (“ … and then”) and a quoted space (“ ”) are left
    alone.

    Okay: He said: “We will not give in.” Type “ ” for a space; “ … and so on,” she said.
    Q108: He said: “ We will not give in. ”
    """
    analysis: QuoteAnalysis = doc.quotes
    text = doc.text
    for pair in analysis.pairs:
        if pair.chars != ("“", "”"):
            continue
        if "\n" in text[pair.opening.end : pair.closing.start]:
            continue
        hits = _inner_space_hits(doc, pair)
        if len(hits) == 1:
            hits[0] = hits[0]._replace(severity=Severity.INFO)
        yield from hits


@rule(
    "Q106",
    "unopened-resumed-quote",
    Severity.WARNING,
    category="Fluency/Punctuation",
    message="quotation resumes after the reporting clause without an opening mark",
    fixable=True,
)
def unopened_resumed_quote(doc: Document) -> Iterator[Hit]:
    """Speech that resumes after ``he said.`` and ends with a closing mark, but never reopens.

    The reader cannot tell where the narrator stops and the speaker starts again. The
    evidence: a closed quotation, a short reporting clause, first-person speech, and a
    closing mark that closes nothing. The fix reopens the quotation.

    Okay: “I saw my colleagues die,” he whispered. “I was hiding in a shelter.”
    Q106: “I saw my colleagues die,” he whispered. I was hiding in a shelter.”
    """
    analysis: QuoteAnalysis = doc.quotes
    for resumption in find_resumptions(doc, analysis).values():
        opening = _partner_opening(resumption.pair)
        end = resumption.closer.start
        yield Hit(
            resumption.start,
            max(resumption.start, _space_before(doc.text, end)),
            fix=Fix(resumption.start, resumption.start, opening),
        )


@rule(
    "Q107",
    "mixed-quote-styles",
    Severity.INFO,
    category="Fluency/Punctuation",
    message="straight and curly quotation marks mixed in one document "
    "({straight} straight, {curly} curly)",
)
def mixed_quote_styles(doc: Document) -> Iterator[Hit]:
    """Straight ("...") and curly (“...”) quotation marks in one document.

    Each style is fine on its own; both in one text usually means pieces from different
    sources or tools. Reported once, at the first mark of the rarer style; marks of foreign
    or mismatched pairs are left to Q102 and Q104.

    Okay: “One,” he said. “Two.”
    Q107: “One,” he said. "Two."
    """
    yield from _judge_quote_styles([(0, len(doc.text), _quote_styles(doc))])


def _quote_styles(doc: Document) -> tuple[int, int | None, int, int | None]:
    """How many straight and curly marks ``doc`` holds, and where the first of each stands."""
    analysis: QuoteAnalysis = doc.quotes
    foreign = {m.start for p in analysis.pairs if not p.is_english for m in (p.opening, p.closing)}
    marks = [m for m in analysis.quotes if m.start not in foreign]
    straight = [m.start for m in marks if m.char in STRAIGHT]
    curly = [m.start for m in marks if m.char in ENGLISH_CURLY]
    return len(straight), min(straight, default=None), len(curly), min(curly, default=None)


def _judge_quote_styles(
    parts: list[tuple[int, int, tuple[int, int | None, int, int | None]]],
) -> Iterator[Hit]:
    """Q107 over the blocks of a document (one block: the whole document)."""
    straight = sum(p[2][0] for p in parts)
    curly = sum(p[2][2] for p in parts)
    if not straight or not curly:
        return
    first = 1 if straight <= curly else 3  # the rarer style's first mark
    start = min(s + facts[first] for s, _, facts in parts if facts[first] is not None)
    yield Hit(start, start + 1, {"straight": straight, "curly": curly})


mixed_quote_styles.per_document = (_quote_styles, _judge_quote_styles)  # type: ignore[attr-defined]
