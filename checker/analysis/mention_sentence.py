"""A sentence's tokens as the mentions scan reads them, and lookups in the quotations of
:attr:`checker.analysis.quotes.QuoteAnalysis.quotations` (the one quotation finder)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from checker.text.spans import SpanIndex

if TYPE_CHECKING:
    from checker.analysis.tokens import Token

# Between two words of one name: a space, or a full stop and at most one space (Mr. Kim, U.S).
GAP_IN_NAME = re.compile(r"(?:\.\s?|\s)")


# Quotations ---------------------------------------------------------------------------------
class QuoteIndex(SpanIndex):
    """The sorted, disjoint quotation spans of a text (a sentence's pronouns are looked at
    before its mentions, so offsets do not come in order), with the two questions a speech
    tag asks."""

    __slots__ = ()

    def meets(self, start: int, end: int) -> bool:
        """A quotation overlaps ``start:end`` (when not, no offset there is inside one)."""
        return self.overlaps(start, end)

    def inside(self, offset: int) -> bool:
        return offset in self

    def ends_just_before(self, offset: int, text: str) -> bool:
        """A quotation closes right before ``offset`` (``,” she said``)."""
        j = bisect.bisect_right(self.spans, (offset, offset)) - 1
        if j < 0:
            return False
        end = self.spans[j][1]
        return end <= offset and not text[end + 1 : offset].strip(" ,\u00a0")

    def starts_soon_after(self, offset: int, text: str) -> bool:
        """A quotation opens within a few characters after ``offset`` (``he said: “``)."""
        j = bisect.bisect_left(self.spans, (offset, offset))
        if j >= len(self.spans):
            return False
        start = self.spans[j][0]
        return start > offset and not text[offset : start - 1].strip(" ,:\u00a0")


class Sentence:
    """The tokens of one sentence with the text between them."""

    __slots__ = ("clause_start", "end", "index", "quoted", "start", "text", "tokens")

    def __init__(
        self, text: str, tokens: list[Token], index: int, start: int, end: int, quoted: bool
    ):
        self.text = text
        self.tokens = tokens
        self.index = index
        self.start = start
        self.end = end
        # A quotation overlaps the sentence: when not, none of its words is quoted.
        self.quoted = quoted
        # The token where the main clause starts, once the subject finder has asked.
        self.clause_start: int | None = None

    def gap(self, k: int) -> str:
        """Text between token k and token k+1 (or the sentence end)."""
        end = self.tokens[k + 1].start if k + 1 < len(self.tokens) else self.end
        return self.text[self.tokens[k].end : end]

    def joined(self, k: int) -> bool:
        """Token k and the next are joined as within a name: one space, or a full stop and
        at most one space (``Mr. Kim``, ``U.S``); :data:`GAP_IN_NAME`, tested in place."""
        toks = self.tokens
        start = toks[k].end
        end = toks[k + 1].start if k + 1 < len(toks) else self.end
        if end == start + 1 and self.text[start] == " ":
            return True  # by far the most frequent gap
        return GAP_IN_NAME.fullmatch(self.text, start, end) is not None

    def lower(self, k: int) -> str:
        return self.tokens[k].value.lower() if 0 <= k < len(self.tokens) else ""
