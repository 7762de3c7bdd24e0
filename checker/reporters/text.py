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

from checker.patterns import lazy
from checker.reporters import Report
from checker.types import Finding, Severity

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
FIXABLE = "[*]"
# The widest passage shown by --show-source, in characters.
SOURCE_WIDTH = 100
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A sentence ends at . ! ? or … (and closing marks), then space, then not a closing mark.
_SENTENCE_END = lazy(r"[.!?…][\"'”’»)\]]*\s+(?=[^\s\"'”’»)\]])")


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


def window(line: str, start: int, end: int, width: int = SOURCE_WIDTH) -> tuple[int, int]:
    """The part ``[left, right)`` of ``line`` to show for the span ``[start, end)``.

    A short line is shown whole. Otherwise the window starts at the beginning of the
    sentence holding the span when that is near enough, else at a word some way before
    it, and ends at most ``width`` characters later, at a sentence end or a word break.
    """
    if len(line) <= width:
        return 0, len(line)
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    after = min(len(line) - end, 2 * width // 3)  # room taken by what follows the span
    reach = max(width // 3, width - (end - start) - after)
    left = max(0, start - reach)
    sentence = None
    for match in _SENTENCE_END.finditer(line, left, start):
        sentence = match.end()
    if sentence is not None and sentence <= start:
        left = sentence
    elif left > 0:
        space = line.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(line), left + width)
    if right < len(line):
        stop = None
        for match in _SENTENCE_END.finditer(line, max(end, left), right):
            stop = match.end()
        if stop is None or stop <= end:
            space = line.rfind(" ", max(end, left), right)
            stop = space if space > end else right
        right = max(stop, min(end, left + width))
    return left, right


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
