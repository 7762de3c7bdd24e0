"""Spans no typography rule looks into: URLs, e-mail addresses and `inline code`, found
once per text and asked about by offset (:class:`Guard`)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from checker.patterns import lazy

if TYPE_CHECKING:
    from checker.document import Document

_CODE = lazy(r"`[^`\n]+`")
_EMAIL_DOMAIN = lazy(r"@[\w-]+(?:\.[\w-]+)+")
_EMAIL_LOCAL = frozenset(".+-_")
URL_MARKERS = ("://", "www.")


def untouchable_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint (start, end) of the URLs, e-mail addresses and `code` of ``text``.

    Found from literal markers (``://``, ``www.``, ``@``, a backtick) with ``str.find``:
    a regular expression with alternatives at its start is tried at every offset.
    """
    spans = [m.span() for m in _CODE.finditer(text)] if "`" in text else []
    for marker in URL_MARKERS:
        found = text.find(marker)
        while found >= 0:
            start = found
            while start > 0 and text[start - 1].isalpha():
                start -= 1  # the scheme: https
            end = found + len(marker)
            while end < len(text) and not text[end].isspace():
                end += 1
            spans.append((start, end))
            found = text.find(marker, end)
    if "@" in text:
        for match in _EMAIL_DOMAIN.finditer(text):
            start = match.start()  # walk back over the local part (stops at the previous @)
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _EMAIL_LOCAL):
                start -= 1
            if start < match.start():
                spans.append((start, match.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class Guard:
    """Answers "is this offset inside a URL, an e-mail address or a code span?".

    The spans are found on the first question only: on most texts no rule has a candidate,
    and nothing is spent.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] | None = None
        self.starts: list[int] = []

    def skips(self, doc: Document, start: int, end: int) -> bool:
        """What no typography rule reports: ``start`` in a URL, an e-mail address or code,
        or ``start:end`` partly masked (blanked code or comment, not real spaces)."""
        return start in self or doc.text[start:end] != doc.analysis_text[start:end]

    def __contains__(self, position: int) -> bool:
        if self.spans is None:
            self.spans = untouchable_spans(self.text)
            self.starts = [start for start, _ in self.spans]
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.spans[index][1]
