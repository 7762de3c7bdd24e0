"""Suppression comments, borrowed from Vale: prose has no ``#`` comments.

- ``<!-- mtlint: disable-line=L101 -->`` silences those codes on its own line;
- ``<!-- mtlint: disable-next-line=L101 -->`` silences them on the line after it;
- ``<!-- mtlint: disable=L101,quotes -->`` … ``<!-- mtlint: enable -->`` silences a block;
  ``disable`` with no codes silences everything; ``enable=Q1`` re-enables only those.

Codes match by prefix (``Q1`` covers ``Q101``) or family name, as flake8's ``noqa`` does.
A comment naming a code that matches no rule is reported as ``E006`` (unless ignored); a
comment that silenced nothing as ``E007``, when that rule is selected by name (off by
default, as ruff's ``RUF100``).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from checker.document import Document
from checker.patterns import lazy
from checker.registry import normalize_selector
from checker.rules.input import UNKNOWN_SUPPRESSION_CODE, UNUSED_SUPPRESSION
from checker.types import Finding, Hit

COMMENT = lazy(
    r"<!--\s*mtlint:\s*(?P<action>disable-line|disable-next-line|disable|enable)"
    r"(?:\s*=\s*(?P<codes>[\w\s,]*?))?\s*-->"
)


@dataclass(frozen=True, slots=True)
class _Directive:
    offset: int
    action: str
    selectors: tuple[str, ...]  # ("",) means every code
    end: int = 0
    unknown: tuple[str, ...] = ()  # codes named that match no rule
    comment: str = ""


def comment_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of suppression comments, masked so that no rule reads them as prose."""
    if "mtlint:" not in text:
        return ()
    return tuple(m.span() for m in COMMENT.finditer(text))


def _selectors(raw: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The selectors a comment names, and those of its codes that match no rule."""
    if not raw or not raw.strip():
        return ("",), ()
    from checker.registry import unknown_selectors

    selectors = []
    unknown = []
    for item in raw.split(","):
        if item.strip():
            try:
                selector = normalize_selector(item)
            except ValueError:
                unknown.append(item.strip())  # an unknown code in a comment silences nothing
                continue
            if unknown_selectors([selector]):
                unknown.append(item.strip())
            else:
                selectors.append(selector)
    return tuple(selectors), tuple(unknown)


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
        selectors, unknown = _selectors(match.group("codes"))
        comment = " ".join(match.group().removeprefix("<!--").removesuffix("-->").split())
        directives.append(
            _Directive(offset, match.group("action"), selectors, match.end(), unknown, comment)
        )
    return directives


class _Blocks:
    """``disable`` / ``enable`` state along the document, computed once per code."""

    def __init__(self, directives: list[_Directive]) -> None:
        self.directives = [d for d in directives if d.action in ("disable", "enable")]
        self.offsets = [d.offset for d in self.directives]
        self._states: dict[str, list[_Directive | None]] = {}

    def disabled_by(self, code: str, offset: int) -> _Directive | None:
        """The ``disable`` comment that silences ``code`` at ``offset``, if any."""
        if not self.directives:
            return None
        states = self._states.get(code)
        if states is None:
            states, disabling = [], None
            for d in self.directives:
                if _matches(code, d.selectors):
                    disabling = d if d.action == "disable" else None
                states.append(disabling)
            self._states[code] = states
        index = bisect.bisect_right(self.offsets, offset) - 1
        return states[index] if index >= 0 else None


def apply_comments(doc: Document, findings: list[Finding]) -> list[Finding]:
    """``findings`` without those that a suppression comment in ``doc`` silences.

    ``disable-line`` covers the line holding the comment, ``disable-next-line`` the line
    after it; a block runs from ``disable`` to the next ``enable`` that matches the code.
    Input (``E``) findings are never silenced. Comments naming unknown codes (``E006``)
    and, when selected, comments that silenced nothing (``E007``) are added.
    """
    directives = _directives(doc)
    if not directives:
        return findings
    starts = doc.line_starts

    def line_index(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    per_line: dict[int, list[_Directive]] = {}
    for d in directives:
        if d.action == "disable-line":
            per_line.setdefault(line_index(d.offset), []).append(d)
        elif d.action == "disable-next-line":
            per_line.setdefault(line_index(d.offset) + 1, []).append(d)
    blocks = _Blocks(directives)
    used: set[int] = set()  # offsets of the comments that silenced something

    def silenced(finding: Finding) -> bool:
        on_line = [
            d
            for d in per_line.get(line_index(finding.start), ())
            if _matches(finding.code, d.selectors)
        ]
        used.update(d.offset for d in on_line)
        if on_line:
            return True
        disabling = blocks.disabled_by(finding.code, finding.start)
        if disabling is not None:
            used.add(disabling.offset)
            return True
        return False

    kept = [f for f in findings if f.family == "input" or not silenced(f)]
    return kept + _comment_findings(doc, directives, used)


def _comment_findings(doc: Document, directives: list[_Directive], used: set[int]) -> list[Finding]:
    """E006 for each unknown code named, E007 for each comment that silenced nothing."""
    from checker.config import Config
    from checker.registry import RULES, is_selected, load_rules

    config = doc.config or Config()
    report_unknown = is_selected(UNKNOWN_SUPPRESSION_CODE, (*config.select, "E"), config.ignore)
    explicit = [s for s in config.select if s and UNUSED_SUPPRESSION.startswith(s)]
    report_unused = bool(explicit) and is_selected(UNUSED_SUPPRESSION, explicit, config.ignore)
    if not report_unknown and not report_unused:
        return []
    load_rules("E")
    from checker.engine import make_finding, rules_for

    ran: list[str] | None = None
    out = []
    for d in directives:
        if report_unknown:
            for code in d.unknown:
                out.append(
                    make_finding(
                        doc, RULES[UNKNOWN_SUPPRESSION_CODE], Hit(d.offset, d.end, {"code": code})
                    )
                )
        if not report_unused or d.action == "enable" or d.offset in used or not d.selectors:
            continue
        if ran is None:
            ran = [r.code for r in rules_for(config, doc.path, bilingual=bool(doc.segments))]
        if any(_matches(code, d.selectors) for code in ran):
            hit = Hit(d.offset, d.end, {"comment": f"<!-- {d.comment} -->"})
            out.append(make_finding(doc, RULES[UNUSED_SUPPRESSION], hit))
    return [f for f in out if f.severity >= config.min_severity]
