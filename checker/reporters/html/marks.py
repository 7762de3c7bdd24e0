"""Highlights: a text cut at every finding boundary, each covered piece one ``<mark>``.

Where findings overlap, the text is cut at every boundary and each piece lists all the
findings that cover it (``data-findings``), so every finding stays highlighted and the
tooltip of a piece lists each of them apart. A piece covered by several findings is marked
``multi``; a finding of one character (a ``«``, a lone space) gets a visible marker
(``tiny``; a whitespace piece also ``space``), and one of no character a caret (``point``).
Each finding's first piece is preceded by its anchor ``<span id="f-N">``.

Marks carry no ``title``: the page's one tooltip is built from the findings' list items.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from checker.types import Finding

# (index of the finding in the report, start, end) in the offsets of the text rendered
Span = tuple[int, int, int]


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True, slots=True)
class Piece:
    """``text[start:end]`` covered by ``covering`` (finding indices, most severe first)."""

    start: int
    end: int
    covering: tuple[int, ...]
    starting: tuple[int, ...]  # findings whose first piece this is


def pieces(length: int, spans: Sequence[Span], findings: dict[int, Finding]) -> list[Piece]:
    """Cut ``[0, length)`` at every finding boundary; only covered pieces are returned.

    A zero-length finding becomes a zero-length piece at its offset. Spans are clipped to
    the text.
    """
    clipped = [(i, max(0, min(s, length)), max(0, min(e, length))) for i, s, e in spans]
    boundaries = {0, length}
    starting: dict[int, list[int]] = defaultdict(list)
    empty: dict[int, list[int]] = defaultdict(list)
    ends = {}
    for index, start, end in clipped:
        end = max(start, end)
        boundaries.update((start, end))
        (empty if start == end else starting)[start].append(index)
        ends[index] = end
    points = sorted(boundaries)
    order = {i: (-findings[i].severity, i) for i, _, _ in clipped}
    active: list[int] = []
    seen: set[int] = set()
    result = []
    for left, right in zip(points, [*points[1:], None], strict=True):
        if empty.get(left):
            covering = tuple(sorted(empty[left], key=order.__getitem__))
            result.append(Piece(left, left, covering, covering))
        if right is None:
            break
        active = [i for i in active if ends[i] > left] + starting.get(left, [])
        if active:
            covering = tuple(sorted(active, key=order.__getitem__))
            first = tuple(i for i in covering if i not in seen)
            seen.update(first)
            result.append(Piece(left, right, covering, first))
    return result


def anchors(piece: Piece) -> str:
    return "".join(f'<span class="anchor" id="f-{i}"></span>' for i in piece.starting)


def open_mark(piece: Piece, text: str, findings: dict[int, Finding]) -> str:
    """The opening ``<mark>`` of ``piece`` (``text`` is the piece's own text)."""
    top = findings[piece.covering[0]]
    families = " ".join(dict.fromkeys(findings[i].family for i in piece.covering))
    classes = [f"sev-{top.severity.label}"]
    if len(piece.covering) > 1:
        classes.append("multi")
    if piece.start == piece.end:
        classes.append("point")
    elif len(text) == 1 and any(findings[i].end - findings[i].start <= 1 for i in piece.covering):
        classes.append("tiny")
        if text.isspace():
            classes.append("space")
    attributes = [
        f'class="{" ".join(classes)}"',
        f'data-family="{esc(top.family)}"',
        f'data-families="{esc(families)}"',
        f'data-findings="{" ".join(str(i) for i in piece.covering)}"',
        f'data-severity="{top.severity.label}"',
        f'aria-describedby="{" ".join(f"d-{i}" for i in piece.covering)}"',
        'tabindex="0"',
    ]
    return f"<mark {' '.join(attributes)}>"


def render_plain(
    text: str, spans: Sequence[Span], findings: dict[int, Finding], anchored: bool = True
) -> str:
    """``text`` escaped, with each finding's pieces in ``<mark>`` elements.

    Without ``anchored`` (a segment's source, where a finding only points), no anchors.
    """
    parts = []
    last = 0
    for piece in pieces(len(text), spans, findings):
        parts.append(esc(text[last : piece.start]))
        own = text[piece.start : piece.end]
        anchor = anchors(piece) if anchored else ""
        parts.append(anchor + open_mark(piece, own, findings) + esc(own) + "</mark>")
        last = piece.end
    parts.append(esc(text[last:]))
    return "".join(parts)
