"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message``; warnings
become ``::warning`` and info ``::notice``. GitHub reads ``%``, carriage returns and line
feeds as escapes in the message, and also ``:`` and ``,`` in property values, so those are
percent-encoded.
"""

from __future__ import annotations

import os
from typing import TextIO

from checker.reporters import Report
from checker.types import Finding, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A message: ``%``, ``\\r`` and ``\\n`` percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: as a message, and ``:`` and ``,`` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workspace_path(path: str) -> str:
    """The path as GitHub matches it to the checkout: ``/`` separators, no leading ``./``
    (as in the SARIF report's artifact URIs)."""
    return path.replace(os.sep, "/").removeprefix("./")


def annotation(finding: Finding) -> str:
    properties = {
        "file": workspace_path(finding.path),
        "line": finding.line,
        "col": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "title": f"{finding.code} {finding.name}",
    }
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(finding.message)}"


def emit(report: Report, out: TextIO) -> None:
    for finding in report.findings:
        out.write(annotation(finding) + "\n")
