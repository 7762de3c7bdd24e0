"""The numeric cut-offs of the rule families, one module per family.

Every word-frequency level, distance, count and ratio that decides whether a family's rules
report something is named in ``checker/thresholds/<family>.py``, each with a one-line comment
just above it saying what it cuts; the analyses and rules import it from there, never keep a
copy. ``mtlint explain CODE`` lists the thresholds of the rule's family
(:func:`family_thresholds`), read from that module's source so the comment shown is the
comment kept.
"""

from __future__ import annotations

import ast
import importlib
from dataclasses import dataclass
from pathlib import Path

# Families whose rules have thresholds: the module of each is ``checker.thresholds.<family>``.
FAMILIES = ("language", "quotes", "typography", "pronoun", "name", "bilingual")


@dataclass(frozen=True, slots=True)
class Threshold:
    """One named cut-off: its name, its value and the comment above it."""

    name: str
    value: int | float
    comment: str


def family_thresholds(family: str) -> list[Threshold]:
    """The thresholds of ``family`` in the order of its module; empty for a family without."""
    if family not in FAMILIES:
        return []
    module = importlib.import_module(f"{__name__}.{family}")
    path = Path(module.__file__ or "")
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Threshold] = []
    for node in ast.parse("\n".join(lines)).body:
        target = _assigned_name(node)
        if target is None:
            continue
        value = getattr(module, target)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        found.append(Threshold(target, value, _comment_above(lines, node.lineno)))
    return found


def _assigned_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
    elif isinstance(node, ast.AnnAssign):
        target = node.target
    else:
        return None
    return target.id if isinstance(target, ast.Name) and target.id.isupper() else None


def _comment_above(lines: list[str], lineno: int) -> str:
    """The comment line right above line ``lineno`` (1-based), without its ``#``."""
    above = lines[lineno - 2].strip() if lineno >= 2 else ""
    return above.removeprefix("#").strip() if above.startswith("#") else ""
