"""Suppression comments, borrowed from Vale: prose has no ``#`` comments.

- ``<!-- mtlint: disable-line=L101 -->`` silences those codes on its own line;
- ``<!-- mtlint: disable-next-line=L101 -->`` silences them on the line after it;
- ``<!-- mtlint: disable=L101,quotes -->`` … ``<!-- mtlint: enable -->`` silences a block;
  ``disable`` with no codes silences everything; ``enable=Q1`` re-enables only those.

Codes match by prefix (``Q1`` covers ``Q101``) or family name, as flake8's ``noqa`` does.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from checker.document import Document
from checker.registry import normalize_selector
from checker.types import Finding

COMMENT = re.compile(
    r"<!--\s*mtlint:\s*(?P<action>disable-line|disable-next-line|disable|enable)"
    r"(?:\s*=\s*(?P<codes>[\w\s,]*?))?\s*-->"
)


@dataclass(frozen=True, slots=True)
class _Directive:
    offset: int
    action: str
    selectors: tuple[str, ...]  # ("",) means every code


def comment_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of suppression comments, masked so that no rule reads them as prose."""
    if "mtlint:" not in text:
        return ()
    return tuple(m.span() for m in COMMENT.finditer(text))


def _selectors(raw: str | None) -> tuple[str, ...]:
    if not raw or not raw.strip():
        return ("",)
    selectors = []
    for item in raw.split(","):
        if item.strip():
            try:
                selectors.append(normalize_selector(item))
            except ValueError:
                continue  # an unknown code in a comment silences nothing
    return tuple(selectors)


def _matches(code: str, selectors: tuple[str, ...]) -> bool:
    return any(code.startswith(s) for s in selectors)


def _directives(doc: Document) -> list[_Directive]:
    """The comments of ``doc`` that act: not those shown inside code or front matter.

    A comment lies inside another masked span (a fenced code block, inline code, front
    matter, a ``<script>`` block) when that span starts before it; such a comment is an
    example in the text, not an instruction.
    """
    spans = sorted(doc.masked)
    span_starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end so far
    directives = []
    for match in COMMENT.finditer(doc.text):
        offset = match.start()
        before = bisect.bisect_left(span_starts, offset)  # spans that start before the comment
        if before and reach[before - 1] > offset:
            continue
        directives.append(
            _Directive(offset, match.group("action"), _selectors(match.group("codes")))
        )
    return directives


class _Blocks:
    """``disable`` / ``enable`` state along the document, computed once per code."""

    def __init__(self, directives: list[_Directive]) -> None:
        self.directives = [d for d in directives if d.action in ("disable", "enable")]
        self.offsets = [d.offset for d in self.directives]
        self._states: dict[str, list[bool]] = {}

    def disabled(self, code: str, offset: int) -> bool:
        if not self.directives:
            return False
        states = self._states.get(code)
        if states is None:
            states, disabled = [], False
            for d in self.directives:
                if _matches(code, d.selectors):
                    disabled = d.action == "disable"
                states.append(disabled)
            self._states[code] = states
        index = bisect.bisect_right(self.offsets, offset) - 1
        return index >= 0 and states[index]


def apply_comments(doc: Document, findings: list[Finding]) -> list[Finding]:
    """``findings`` without those that a suppression comment in ``doc`` silences.

    ``disable-line`` covers the line holding the comment, ``disable-next-line`` the line
    after it; a block runs from ``disable`` to the next ``enable`` that matches the code.
    Input (``E``) findings are never silenced.
    """
    directives = _directives(doc)
    if not directives:
        return findings
    starts = doc.line_starts

    def line_index(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    per_line: dict[int, list[tuple[str, ...]]] = {}
    for d in directives:
        if d.action == "disable-line":
            per_line.setdefault(line_index(d.offset), []).append(d.selectors)
        elif d.action == "disable-next-line":
            per_line.setdefault(line_index(d.offset) + 1, []).append(d.selectors)
    blocks = _Blocks(directives)

    def silenced(finding: Finding) -> bool:
        line_selectors = per_line.get(line_index(finding.start), ())
        if any(_matches(finding.code, s) for s in line_selectors):
            return True
        return blocks.disabled(finding.code, finding.start)

    return [f for f in findings if f.family == "input" or not silenced(f)]
