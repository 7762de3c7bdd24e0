"""The one sorted-interval index: is an offset inside one of these spans, does a range meet one.

Quotations, headings, URLs, a generic ``he or she``: many analyses and rules hold spans sorted
by start and ask, for offsets that come in no particular order, which span (if any) holds one.
:class:`SpanIndex` answers by bisection. Spans may overlap: ``overlaps`` then uses the running
maximum of the ends; the questions about one holding span (``at``, ``holds``, ``end_at``)
assume disjoint spans, as every caller's are.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

Span = tuple[int, int]


class SpanIndex:
    """``(start, end)`` spans, sorted by start (``sort=True`` sorts them), end exclusive."""

    __slots__ = ("ends", "reach", "spans", "starts")

    def __init__(self, spans: Iterable[Span], *, sort: bool = False) -> None:
        self.spans: list[Span] = sorted(spans) if sort else list(spans)
        self.starts = [start for start, _ in self.spans]
        self.ends = [end for _, end in self.spans]
        self.reach: list[int] = []  # the largest end among the spans up to each index
        furthest = -1
        for end in self.ends:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def __len__(self) -> int:
        return len(self.spans)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def last_from(self, offset: int) -> int:
        """The index of the last span starting at or before ``offset``, else -1."""
        return bisect.bisect_right(self.starts, offset) - 1

    def at(self, offset: int) -> int:
        """The index of the span holding ``offset`` (``start <= offset < end``), else -1."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index if index >= 0 and offset < self.ends[index] else -1

    def __contains__(self, offset: int) -> bool:
        return self.at(offset) >= 0

    def span_at(self, offset: int) -> Span | None:
        """The span holding ``offset``, else None."""
        index = self.at(offset)
        return self.spans[index] if index >= 0 else None

    def end_at(self, offset: int) -> int:
        """The end of the span holding ``offset``, else -1."""
        index = self.at(offset)
        return self.ends[index] if index >= 0 else -1

    def overlaps(self, start: int, end: int) -> bool:
        """A span overlaps ``[start, end)`` (an empty range: a span strictly around it)."""
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.reach[index] > start

    def overlaps_outside(self, start: int, end: int) -> bool:
        """A span overlaps ``[start, end)`` without lying inside it."""
        before = bisect.bisect_left(self.starts, start) - 1
        if before >= 0 and self.reach[before] > start:
            return True
        inside = bisect.bisect_left(self.starts, end)
        return any(self.ends[i] > end for i in range(before + 1, inside))

    def holds(self, start: int, end: int) -> bool:
        """``[start, end)`` lies inside one span."""
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and end <= self.ends[index]
