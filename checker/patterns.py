"""Regular expressions compiled on first use, so a module's import does not compile them all.

Compiling a pattern is pure Python in the ``re`` module: the 45 patterns of the typography
rules took 80 M instructions to compile, a seventh of a whole ``mtlint check`` on one
paragraph, though one paragraph uses fewer than half of them. :func:`lazy` returns an
object that compiles its pattern the first time one of its attributes is read and then
holds the compiled pattern's methods as its own attributes: a call after the first costs
what a call on the compiled pattern does.

Use it for a module's constant patterns; a pattern passed to ``re.sub`` or similar by
value, rather than called through its methods, must stay a real compiled pattern.
"""

from __future__ import annotations

import re
from typing import Any

# What a compiled pattern offers; all of it is copied on the first use.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Compiled:
    """A :class:`LazyPattern` once compiled: the compiled pattern's methods are its own.

    No ``__getattr__`` here, so the interpreter's fast path for instance attributes serves
    every later call.
    """

    _source: tuple[str, int]

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]!r})"


class LazyPattern(_Compiled):
    """``re.compile(pattern, flags)``, compiled when first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached for a name not in the instance: the first use.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        self.__dict__.update({attr: getattr(compiled, attr) for attr in _ATTRIBUTES})
        self.__class__ = _Compiled
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles itself on first use (typed as the compiled pattern it acts as)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


def per_mark(pattern: str, marks: str, flags: int = 0) -> dict[str, re.Pattern[str]]:
    """``pattern``, whose first character is ``MARK``, compiled (lazily) once for each of
    ``marks``: read all of them with :func:`find_per_mark`.

    A scan for a pattern that starts with one character jumps from one occurrence of that
    character to the next; for a class of non-ASCII characters (``[-‐‑]``) it tests every
    character of the text, ten times slower.
    """
    return {mark: lazy(pattern.replace("MARK", re.escape(mark)), flags) for mark in marks}


def find_per_mark(
    patterns: dict[str, re.Pattern[str]], text: str, start: int = 0, end: int | None = None
) -> list[re.Match[str]]:
    """Every match of :func:`per_mark` patterns in ``text[start:end]``, in order; a mark
    absent from it costs one search. The patterns must match nothing that holds the start
    of another match."""
    end = len(text) if end is None else end
    found = [
        match
        for mark, pattern in patterns.items()
        if text.find(mark, start, end) != -1
        for match in pattern.finditer(text, start, end)
    ]
    found.sort(key=lambda match: match.start())
    return found
