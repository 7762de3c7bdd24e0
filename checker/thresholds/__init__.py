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
from pathlib import Path
from typing import NamedTuple

# Families whose rules have thresholds: the module of each is ``checker.thresholds.<family>``.
FAMILIES = ("language", "quotes", "typography", "pronoun", "name", "bilingual")


class Threshold(NamedTuple):
    """One named cut-off: its name, its value and the comment above it."""

    name: str
    value: int | float
    comment: str


def family_thresholds(family: str) -> list[Threshold]:
    """The thresholds of ``family`` in the order of its module; empty for a family without.

    A module constant is one threshold; a constant holding a record of thresholds (a named
    tuple: ``THRESHOLDS = Thresholds()``) gives one per field, named ``THRESHOLDS.field``.
    """
    if family not in FAMILIES:
        return []
    module = importlib.import_module(f"{__name__}.{family}")
    lines = Path(module.__file__ or "").read_text(encoding="utf-8").splitlines()
    fields: dict[str, list[tuple[str, str]]] = {}  # record class name → (field, comment)
    found: list[Threshold] = []
    for node in ast.parse("\n".join(lines)).body:
        if isinstance(node, ast.ClassDef):
            fields[node.name] = [
                (name, _comment_above(lines, item.lineno))
                for item in node.body
                if (name := _assigned_name(item, upper=False)) is not None
            ]
            continue
        name = _assigned_name(node)
        if name is None:
            continue
        value = getattr(module, name)
        if type(value).__name__ in fields:
            for field, comment in fields[type(value).__name__]:
                found.append(Threshold(f"{name}.{field}", getattr(value, field), comment))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            found.append(Threshold(name, value, _comment_above(lines, node.lineno)))
    return found


def describe(family: str) -> str:
    """The thresholds of ``family`` as ``mtlint explain`` prints them; empty when none."""
    found = family_thresholds(family)
    if not found:
        return ""
    width = max(len(f"{t.name} = {t.value}") for t in found)
    rows = [f"  {f'{t.name} = {t.value}':<{width}}  {t.comment}".rstrip() for t in found]
    head = f"Thresholds of the {family} family (checker/thresholds/{family}.py):"
    return "\n".join([head, *rows])


def _assigned_name(node: ast.stmt, upper: bool = True) -> str | None:
    """The name ``node`` assigns (an upper-case one unless ``upper`` is False), else None."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
    elif isinstance(node, ast.AnnAssign):
        target = node.target
    else:
        return None
    if not isinstance(target, ast.Name) or (upper and not target.id.isupper()):
        return None
    return target.id


def _comment_above(lines: list[str], lineno: int) -> str:
    """The comment line right above line ``lineno`` (1-based), without its ``#``."""
    above = lines[lineno - 2].strip() if lineno >= 2 else ""
    return above.removeprefix("#").strip() if above.startswith("#") else ""
