"""The one excerpt cutter: the line holding a span, and the part of it shown around the span.

Every output that quotes the text around a finding cuts it here: the ``excerpt`` of a finding
(JSON, corpus rows) is the line, or a window of :data:`EXCERPT_WIDTH` characters centred on the
span when the line is long; ``--show-source`` and SARIF's ``contextRegion`` show the line, or a
window of :data:`SOURCE_WIDTH` characters cut at sentence or word boundaries
(:func:`window`). A paragraph of prose is one long line, so both windows matter.
"""

from __future__ import annotations

import bisect

from checker.patterns import lazy

# The widest excerpt of a finding (JSON ``excerpt``), in characters.
EXCERPT_WIDTH = 120
# The widest passage shown by --show-source and SARIF's context, in characters.
SOURCE_WIDTH = 100
# A sentence ends at . ! ? or … (and closing marks), then space, then not a closing mark.
_SENTENCE_END = lazy(r"[.!?…][\"'”’»)\]]*\s+(?=[^\s\"'”’»)\]])")
_BREAKS = "\r\n"


def line_bounds(text: str, offset: int, starts: list[int] | None = None) -> tuple[int, int]:
    """``[start, end)`` of the line holding ``offset``, without its line ending (``\\r\\n``,
    ``\\r`` or ``\\n``). With the text's line ``starts`` (sorted), found by bisection, so that a
    line of megabytes costs no more than a short one; without, by searching the text."""
    if starts is not None:
        index = bisect.bisect_right(starts, offset) - 1
        line_start = starts[index]
        line_end = starts[index + 1] if index + 1 < len(starts) else len(text)
        while line_end > line_start and text[line_end - 1] in _BREAKS:
            line_end -= 1
        return line_start, line_end
    if 0 < offset < len(text) and text[offset] == "\n" and text[offset - 1] == "\r":
        offset -= 1  # the \n of a \r\n ends the line the \r does
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    line_end = len(text)
    for breaker in _BREAKS:
        found = text.find(breaker, offset)
        if found >= 0:
            line_end = min(line_end, found)
    return line_start, line_end


def excerpt(text: str, start: int, end: int, starts: list[int] | None = None) -> str:
    """The line holding ``[start, end)``, or :data:`EXCERPT_WIDTH` characters of it with
    the span centred when the line is longer. Only those characters are copied."""
    line_start, line_end = line_bounds(text, start, starts)
    if line_end - line_start <= EXCERPT_WIDTH:
        return text[line_start:line_end]
    span = min(end - start, EXCERPT_WIDTH)
    left = line_start + max(0, start - line_start - (EXCERPT_WIDTH - span) // 2)
    return text[left : min(left + EXCERPT_WIDTH, line_end)]


def window(line: str, start: int, end: int, width: int = SOURCE_WIDTH) -> tuple[int, int]:
    """The part ``[left, right)`` of ``line`` to show for the span ``[start, end)``.

    A short line is shown whole. Otherwise the window starts at the beginning of the
    sentence holding the span when that is near enough, else at a word some way before
    it, and ends at most ``width`` characters later, at a sentence end or a word break.
    """
    if len(line) <= width:
        return 0, len(line)
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    after = min(len(line) - end, 2 * width // 3)  # room taken by what follows the span
    reach = max(width // 3, width - (end - start) - after)
    left = max(0, start - reach)
    sentence = None
    for match in _SENTENCE_END.finditer(line, left, start):
        sentence = match.end()
    if sentence is not None and sentence <= start:
        left = sentence
    elif left > 0:
        space = line.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(line), left + width)
    if right < len(line):
        stop = None
        for match in _SENTENCE_END.finditer(line, max(end, left), right):
            stop = match.end()
        if stop is None or stop <= end:
            space = line.rfind(" ", max(end, left), right)
            stop = space if space > end else right
        right = max(stop, min(end, left + width))
    return left, right
