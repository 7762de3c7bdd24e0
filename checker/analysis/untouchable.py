"""The typography rules' guard: an offset inside a URL, an e-mail address or `inline code`
(the spans of :func:`checker.text.addresses.untouchable_spans`, found once per text and
asked about by offset), or text that masking changed, is not theirs to report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.text.addresses import untouchable_spans
from checker.text.spans import SpanIndex

if TYPE_CHECKING:
    from checker.document import Document


class Guard:
    """Answers "is this offset inside a URL, an e-mail address or a code span?".

    The spans are found on the first question only: on most texts no rule has a candidate,
    and nothing is spent.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: SpanIndex | None = None

    def skips(self, doc: Document, start: int, end: int) -> bool:
        """What no typography rule reports: ``start`` in a URL, an e-mail address or code,
        or ``start:end`` partly masked (blanked code or comment, not real spaces)."""
        return start in self or doc.text[start:end] != doc.analysis_text[start:end]

    def __contains__(self, position: int) -> bool:
        if self.spans is None:
            self.spans = SpanIndex(untouchable_spans(self.text))
        return position in self.spans
