"""flake8's format: ``path:line:col: CODE message``, then a summary line.

Coloured on a terminal (code by severity), plain otherwise or with ``--no-color``/NO_COLOR.
"""

from __future__ import annotations

from typing import TextIO

from checker.reporters import Report
from checker.types import Severity

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _style(text: str, color: bool, **style: object) -> str:
    if not color:
        return text
    import click

    return click.style(text, **style)


def emit(report: Report, out: TextIO) -> None:
    color = report.color
    for f in report.findings:
        location = _style(f"{f.path}:{f.line}:{f.column}:", color, bold=True)
        code = _style(f.code, color, fg=_COLORS[f.severity], bold=True)
        out.write(f"{location} {code} {f.message}\n")
    if report.statistics:
        for code, name, count in report.by_code():
            out.write(f"{count:<6} {code} {name}\n")
    if report.quiet:
        return
    out.write(_style(f"Found {report.totals()}", color, bold=True) + "\n")
