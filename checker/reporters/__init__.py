"""Reporters: one module per output format, each a function of the whole batch.

``emit(report, out)`` writes the report to the text stream ``out``. Modules are imported only
for the format asked for, so the HTML or SARIF code costs nothing on a plain run.
"""

from __future__ import annotations

import importlib
from collections import Counter
from typing import Any, TextIO

from checker.types import Finding, ReadError, Severity

FORMATS: dict[str, str] = {
    "text": "checker.reporters.text",
    "json": "checker.reporters.json",
    "sarif": "checker.reporters.sarif",
    "github": "checker.reporters.github",
    "html": "checker.reporters.html",
}


class Report:
    """Everything one run reports: its findings, the paths it could not read, the texts.

    ``texts``: path → text, for the HTML report; ``show_source``: the text report shows the
    passage around each finding, with a caret; ``fixed``: with --fix, how many fixes were
    applied; ``bilingual``: path → ``html.BilingualView``. (A plain class: a dataclass
    compiles its methods when this module is imported, on every cold start.)
    """

    def __init__(
        self,
        findings: list[Finding],
        errors: list[ReadError] | None = None,
        files: int = 0,
        color: bool = False,
        statistics: bool = False,
        quiet: bool = False,
        texts: dict[str, str] | None = None,
        show_source: bool = False,
        fixed: int | None = None,
        bilingual: dict[str, Any] | None = None,
    ) -> None:
        self.findings = findings
        self.errors = [] if errors is None else errors
        self.files = files
        self.color = color
        self.statistics = statistics
        self.quiet = quiet
        self.texts = {} if texts is None else texts
        self.show_source = show_source
        self.fixed = fixed
        self.bilingual = {} if bilingual is None else bilingual

    def by_family(self) -> dict[str, int]:
        return dict(sorted(Counter(f.family for f in self.findings).items()))

    def totals(self) -> str:
        """``7 findings (1 error, 5 warning, 1 info) in 2 files.``, then unreadable paths.

        After ``--fix``: ``9 findings (2 fixed, 7 remaining: 1 error, ...) in 2 files.``
        """
        counts = Counter(f.severity for f in self.findings)
        total = len(self.findings)
        noun = "finding" if total == 1 else "findings"
        files = "file" if self.files == 1 else "files"
        parts = ", ".join(f"{counts[s]} {s.label}" for s in reversed(Severity))
        if self.fixed is not None:
            total += self.fixed
            noun = "finding" if total == 1 else "findings"
            remaining = len(self.findings)
            parts = f"{self.fixed} fixed, {remaining} remaining: {parts}"
        line = f"{total} {noun} ({parts}) in {self.files} {files}."
        if self.errors:
            line += f" {len(self.errors)} path(s) could not be read."
        return line

    def by_code(self) -> list[tuple[str, str, int]]:
        """(code, name, count) of every rule found, the most frequent first, then by code."""
        counts = Counter((f.code, f.name) for f in self.findings)
        return [
            (code, name, n)
            for (code, name), n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
        ]

    def fixable(self) -> int:
        """How many findings carry a safe fix."""
        return sum(1 for f in self.findings if f.fix is not None)


def emit(fmt: str, report: Report, out: TextIO) -> None:
    module = importlib.import_module(FORMATS[fmt])
    module.emit(report, out)
