"""The text of ``mtlint explain CODE``: a rule's identity, its docstring and examples."""

from __future__ import annotations

import inspect

from checker.types import Rule


def explain_rule(rule: Rule) -> str:
    """Header line, the dedented docstring, then the message template and fixability."""
    header = f"{rule.code} {rule.name} ({rule.family}, {rule.severity.label}, {rule.category})"
    body = inspect.cleandoc(rule.doc) if rule.doc else "(no description)"
    fix = "yes, a safe fix is offered" if rule.fixable else "no"
    return f"{header}\n\n{body}\n\nMessage: {rule.message}\nFixable: {fix}\n"
