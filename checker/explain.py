"""The text of ``mtlint explain CODE``: a rule's identity, its docstring and examples, and
the thresholds of its family."""

from __future__ import annotations

import inspect

from checker.types import Rule


def explain_rule(rule: Rule, thresholds: bool = False) -> str:
    """Header line, the dedented docstring, then the message template and fixability; with
    ``thresholds`` (``mtlint explain``), then the named cut-offs of the rule's family."""
    header = f"{rule.code} {rule.name} ({rule.family}, {rule.severity.label}, {rule.category})"
    body = inspect.cleandoc(rule.doc) if rule.doc else "(no description)"
    fix = "yes, a safe fix is offered" if rule.fixable else "no"
    text = f"{header}\n\n{body}\n\nMessage: {rule.message}\nFixable: {fix}\n"
    if thresholds:
        from checker.thresholds import describe

        table = describe(rule.family)
        if table:
            text += f"\n{table}\n"
    return text
