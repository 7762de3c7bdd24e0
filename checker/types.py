"""The values that flow between stages: rules yield Hits, the engine makes Findings.

Plain immutable records, no I/O, so every stage can be tested on its own. They are named
tuples (a changed copy is ``record._replace(field=value)``): a frozen dataclass compiles its
methods when its module is imported (about 1 ms each on a cold start), a named tuple does
not.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from checker.document import Document


class Severity(enum.IntEnum):
    """How sure a rule is that a hit is a real defect; ordered, so thresholds compare."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {name!r} (choose from {choices})") from None

    @property
    def label(self) -> str:
        return self.name.lower()


FAMILIES: Mapping[str, str] = {
    "L": "language",
    "Q": "quotes",
    "T": "typography",
    "P": "pronoun",
    "N": "name",
    "B": "bilingual",
    "E": "input",
}


class SlotRecord:
    """A mutable record whose fields are its ``__slots__``, compared field by field as a
    dataclass is (a plain class: a dataclass compiles its methods at every import). A
    subclass names in ``UNCOMPARED`` the fields equality ignores."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]
    UNCOMPARED: frozenset[str] = frozenset()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__ if name not in self.UNCOMPARED)


# The detail of a hit that has none: one shared empty mapping, read-only. (A mapping proxy
# does not pickle: a Hit with it cannot cross a process pipe; none does today.)
_NO_DETAIL: Mapping[str, Any] = MappingProxyType({})


class Fix(NamedTuple):
    """Replace ``text[start:end]`` (0-based code-point offsets) with ``replacement``."""

    start: int
    end: int
    replacement: str


class Hit(NamedTuple):
    """What a rule yields: a span of the document and what to say about it.

    ``detail`` fills the rule's message template. ``severity`` and ``message`` override the
    rule's defaults for this one hit (a rule whose confidence varies lowers its severity).
    """

    start: int
    end: int
    detail: Mapping[str, Any] = _NO_DETAIL
    fix: Fix | None = None
    severity: Severity | None = None
    message: str | None = None


RuleCheck = Callable[["Document"], Iterator[Hit]]


class Rule(NamedTuple):
    """A check with a stable identity: ``code`` (``Q102``), ``name`` (``mixed-quote-pair``)."""

    code: str
    name: str
    severity: Severity
    category: str
    message: str
    check: RuleCheck
    doc: str = ""
    fixable: bool = False

    @property
    def family(self) -> str:
        return FAMILIES[self.code[0]]

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.name

    def render(self, detail: Mapping[str, Any]) -> str:
        try:
            return self.message.format(**detail)
        except (KeyError, IndexError, ValueError):
            return self.message


class Finding(NamedTuple):
    """A hit placed in a file: 1-based line and column in code points, end exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    family: str
    severity: Severity
    category: str
    message: str
    excerpt: str
    fix: Fix | None = None
    start: int = 0
    end: int = 0
    # For an E900 "rule failed" finding, the code of the rule that raised (not in reports).
    failed_rule: str | None = None

    @property
    def sort_key(self) -> tuple[str, int, int, str, int, str]:
        return (self.path, self.line, self.column, self.code, self.end, self.message)

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT.md JSON shape of one finding: the one serialiser of a finding.

        ``--format json`` writes it; the rows of ``mtlint corpus`` and ``lint_records`` are
        built from it (:mod:`checker.corpus.records`), placed in their record.
        """
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "family": self.family,
            "severity": self.severity.label,
            "category": self.category,
            "message": self.message,
            "excerpt": self.excerpt,
            "fix": (
                None
                if self.fix is None
                else {
                    "replacement": self.fix.replacement,
                    "start": self.fix.start,
                    "end": self.fix.end,
                }
            ),
        }


class ReadError(NamedTuple):
    """A path that could not be linted, with a one-line reason and its E code (a handle of
    :mod:`checker.rules.input`, such as ``UNREADABLE_FILE``)."""

    path: str
    message: str
    code: str
