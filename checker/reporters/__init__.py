"""Reporters: one module per output format, each a function of the whole batch.

``emit(report, out)`` writes the report to the text stream ``out``. Modules are imported only
for the format asked for, so the HTML or SARIF code costs nothing on a plain run.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from checker.types import Finding, ReadError

FORMATS: dict[str, str] = {
    "text": "checker.reporters.text",
    "json": "checker.reporters.json",
    "sarif": "checker.reporters.sarif",
    "github": "checker.reporters.github",
    "html": "checker.reporters.html",
}


@dataclass
class Report:
    """Everything one run reports: its findings, the paths it could not read, the texts."""

    findings: list[Finding]
    errors: list[ReadError] = field(default_factory=list)
    files: int = 0
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    texts: dict[str, str] = field(default_factory=dict)  # path → text, for the HTML report

    def by_family(self) -> dict[str, int]:
        return dict(sorted(Counter(f.family for f in self.findings).items()))

    def by_code(self) -> list[tuple[str, str, int]]:
        counts = Counter((f.code, f.name) for f in self.findings)
        return [(code, name, n) for (code, name), n in sorted(counts.items())]


def emit(fmt: str, report: Report, out: TextIO) -> None:
    module = importlib.import_module(FORMATS[fmt])
    module.emit(report, out)
