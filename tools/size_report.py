"""List the modules of ``checker/`` over the size limits and the functions over theirs.

``python tools/size_report.py`` prints every module longer than ``MODULE_LINES`` lines and
every function (or method) longer than ``FUNCTION_LINES`` lines, with its length; the exit
code is 1 when one of them is not on ``ALLOWED``. ``tests/test_size_limits.py`` runs the same
check. A function's length is its body's, from its first statement (its docstring) to its
last line, comments included: the decorators and the signature (a command-line command's
options can fill thirty lines) are left out.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "checker"

MODULE_LINES = 800
FUNCTION_LINES = 60

#: Modules another piece of work is splitting, or that were outside the split that wrote
#: this check (foreign_words.py with the language analyses): their sizes are reported, not
#: failed. Take a module off when it is split.
ALLOWED: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Oversize:
    """A module or function over its limit."""

    path: str
    name: str  # "" for the module itself
    line: int
    lines: int

    @property
    def allowed(self) -> bool:
        return self.path in ALLOWED

    def __str__(self) -> str:
        what = self.name or "(module)"
        mark = "  [allowed]" if self.allowed else ""
        return f"{self.path}:{self.line}: {what}: {self.lines} lines{mark}"


def _functions(tree: ast.AST, prefix: str = "") -> list[tuple[str, ast.AST]]:
    """Every function and method of ``tree``, with a dotted name."""
    found: list[tuple[str, ast.AST]] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = prefix + node.name
            found.append((name, node))
            found.extend(_functions(node, name + "."))
        elif isinstance(node, ast.ClassDef):
            found.extend(_functions(node, prefix + node.name + "."))
    return found


def oversize(path: Path, root: Path = ROOT) -> list[Oversize]:
    """The parts of one module over the limits."""
    source = path.read_text(encoding="utf-8")
    rel = path.relative_to(root).as_posix()
    found: list[Oversize] = []
    total = len(source.splitlines())
    if total > MODULE_LINES:
        found.append(Oversize(rel, "", 1, total))
    for name, node in _functions(ast.parse(source, filename=rel)):
        length = node.end_lineno - node.body[0].lineno + 1  # type: ignore[attr-defined]
        if length > FUNCTION_LINES:
            found.append(Oversize(rel, name, node.lineno, length))  # type: ignore[attr-defined]
    return found


def report(package: Path = PACKAGE) -> list[Oversize]:
    """Everything over the limits in ``package``, by path and line."""
    found: list[Oversize] = []
    for path in sorted(package.rglob("*.py")):
        found.extend(oversize(path))
    return found


def main() -> int:
    found = report()
    for item in found:
        print(item)
    failing = [item for item in found if not item.allowed]
    print(f"{len(found)} over the limits, {len(failing)} not allowed")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
