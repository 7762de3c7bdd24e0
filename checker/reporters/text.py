"""flake8's format with ruff's additions: ``path:line:col: CODE [*] severity: message``.

``[*]`` marks a finding that ``--fix`` repairs; the severity is written out, so a CI log read
without colours still tells an ``info`` line from an ``error``. On a terminal (or with
``FORCE_COLOR``) the code and severity are coloured; ``--no-color``/NO_COLOR turn that off.

``--show-source`` (``--format full``) prints the passage around each finding under it, with a
caret under the span: the whole line when it is short, else a window around the finding cut
at sentence or word boundaries (a paragraph of prose is one long line). ``--statistics``
prints only a count of findings by rule, the most frequent first.
"""

from __future__ import annotations

import re
from typing import TextIO

from checker.reporters import Report
from checker.text.excerpt import window
from checker.types import Finding, Severity

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
FIXABLE = "[*]"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _style(text: str, color: bool, **style: object) -> str:
    if not color:
        return text
    import click

    return click.style(text, **style)


def finding_line(f: Finding, color: bool) -> str:
    """``path:line:col: CODE [*] severity: message``."""
    location = _style(f"{f.path}:{f.line}:{f.column}:", color, bold=True)
    code = _style(f.code, color, fg=_COLORS[f.severity], bold=True)
    severity = _style(f"{f.severity.label}:", color, fg=_COLORS[f.severity])
    marker = f" {FIXABLE}" if f.fix is not None else ""
    return f"{location} {code}{marker} {severity} {f.message}"


def source_view(f: Finding, lines: list[str]) -> list[str]:
    """The lines ``--show-source`` prints under ``f``: gutter, passage, caret, fix."""
    if not 1 <= f.line <= len(lines):
        return []
    line = lines[f.line - 1].replace("\t", " ")
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(line)
    left, right = window(line, start, end)
    shown = line[left:right]
    lead = "…" if left > 0 else ""
    tail = "…" if right < len(line) else ""
    caret_start = len(lead) + max(0, start - left)
    caret = "^" * max(1, min(end, right) - max(start, left))
    number = str(f.line)
    gutter = " " * len(number)
    out = [
        f"{gutter} |",
        f"{number} | {lead}{shown}{tail}".rstrip(),
        f"{gutter} | {' ' * caret_start}{caret} {f.code}",
    ]
    if f.fix is not None:
        if not f.fix.replacement:
            out.append(f"{gutter} = fix: delete")
        else:
            out.append(f"{gutter} = fix: write {f.fix.replacement!r}")
    out.append("")
    return out


def _lines_of(path: str, report: Report, cache: dict[str, list[str]]) -> list[str]:
    if path not in cache:
        text = report.texts.get(path)
        if text is None and not path.startswith("<"):
            from checker.formats import ReaderError, read_text

            try:
                text = read_text(path)
            except ReaderError:
                text = None
        cache[path] = _LINE_BREAK.split(text) if text is not None else []
    return cache[path]


def emit(report: Report, out: TextIO) -> None:
    color = report.color
    if report.statistics:
        fixable = {f.code for f in report.findings if f.fix is not None}
        for code, name, count in report.by_code():
            marker = f"{FIXABLE} " if code in fixable else ""
            out.write(f"{count:<6} {code} {marker}{name}\n")
        return
    cache: dict[str, list[str]] = {}
    for f in report.findings:
        out.write(finding_line(f, color) + "\n")
        if report.show_source and f.family != "input":
            for line in source_view(f, _lines_of(f.path, report, cache)):
                out.write(line + "\n")
    if report.quiet:
        return
    out.write(_style(f"Found {report.totals()}", color, bold=True) + "\n")
    fixable = report.fixable()
    if fixable and report.fixed is None:
        out.write(f"{FIXABLE} {fixable} fixable with the --fix option.\n")
