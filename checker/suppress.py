"""Suppression comments, borrowed from Vale: prose has no ``#`` comments.

- ``<!-- mtlint: disable-line=L101 -->`` silences those codes on its own line;
- ``<!-- mtlint: disable=L101,quotes -->`` … ``<!-- mtlint: enable -->`` silences a block;
  ``disable`` with no codes silences everything; ``enable=Q1`` re-enables only those.

Codes match by prefix (``Q1`` covers ``Q101``) or family name, as flake8's ``noqa`` does.
"""

from __future__ import annotations

import bisect
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


def apply_comments(doc: Document, findings: list[Finding]) -> list[Finding]:
    """``findings`` without those that a suppression comment in ``doc`` silences."""
    directives = [
        _Directive(m.start(), m.group("action"), _selectors(m.group("codes")))
        for m in COMMENT.finditer(doc.text)
    ]
    if not directives:
        return findings
    starts = doc.line_starts

    def line_index(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    per_line: dict[int, list[tuple[str, ...]]] = {}
    blocks = [d for d in directives if d.action in ("disable", "enable")]
    for d in directives:
        if d.action == "disable-line":
            per_line.setdefault(line_index(d.offset), []).append(d.selectors)
        elif d.action == "disable-next-line":
            per_line.setdefault(line_index(d.offset) + 1, []).append(d.selectors)
    block_offsets = [d.offset for d in blocks]

    def silenced(finding: Finding) -> bool:
        index = line_index(finding.start)
        if any(_matches(finding.code, s) for s in per_line.get(index, ())):
            return True
        disabled = False
        for d in blocks[: bisect.bisect_right(block_offsets, finding.start)]:
            if _matches(finding.code, d.selectors):
                disabled = d.action == "disable"
        return disabled

    return [f for f in findings if f.family == "input" or not silenced(f)]
