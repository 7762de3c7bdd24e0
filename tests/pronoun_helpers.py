"""What the tests of the pronoun family read of a text: its P findings (shared by
tests/rules/test_pronoun*.py) and its mentions analysis (tests/analysis/test_mention*.py)."""

from __future__ import annotations

from checker import lint_text
from checker.analysis.mentions import Mentions, find_mentions
from checker.document import Document
from checker.types import Finding, Severity


def analyse(text: str) -> Mentions:
    """The mentions analysis of ``text``."""
    return find_mentions(Document(text))


def p_findings(text: str, minimum: Severity = Severity.INFO) -> list[Finding]:
    """The P findings of ``text`` at ``minimum`` severity or above, in text order."""
    return [
        f for f in lint_text(text, select="P") if f.code.startswith("P") and f.severity >= minimum
    ]


def warned(text: str) -> list[tuple[str, str]]:
    """(code, pronoun) of every P warning or error."""
    return [(f.code, text[f.start : f.end]) for f in p_findings(text, Severity.WARNING)]


def warned_at(text: str) -> list[tuple[str, str, int]]:
    """(code, pronoun, offset) of every P warning or error."""
    return [(f.code, text[f.start : f.end], f.start) for f in p_findings(text, Severity.WARNING)]


def warned_with_message(text: str) -> list[tuple[str, str, str]]:
    """(code, pronoun, message) of every P warning or error."""
    return [(f.code, text[f.start : f.end], f.message) for f in p_findings(text, Severity.WARNING)]


def with_severity(text: str) -> list[tuple[str, str, Severity]]:
    """(code, pronoun, severity) of every P finding, info included."""
    return [(f.code, text[f.start : f.end], f.severity) for f in p_findings(text)]
