"""The text reporter: flake8's shape, a summary line, colour only when asked."""

from __future__ import annotations

import io

from checker.reporters import Report
from checker.reporters.text import emit
from checker.types import Finding, ReadError, Severity


def finding(code: str, severity: Severity, line: int = 3) -> Finding:
    return Finding(
        "a.txt", line, 7, line, 11, code, "some-rule", "quotes", severity,
        "Fluency/Punctuation", "a message", "excerpt",
    )  # fmt: skip


def render(report: Report) -> str:
    out = io.StringIO()
    emit(report, out)
    return out.getvalue()


def test_flake8_shape_and_summary() -> None:
    report = Report([finding("Q101", Severity.ERROR), finding("Q107", Severity.INFO, 4)], files=1)
    assert render(report) == (
        "a.txt:3:7: Q101 a message\n"
        "a.txt:4:7: Q107 a message\n"
        "Found 2 findings (1 error, 0 warning, 1 info) in 1 file.\n"
    )


def test_quiet_drops_the_summary_and_statistics_count_by_rule() -> None:
    findings = [finding("Q101", Severity.ERROR), finding("Q101", Severity.ERROR, 5)]
    assert render(Report(findings, files=1, quiet=True)).count("\n") == 2
    text = render(Report(findings, files=1, statistics=True, quiet=True))
    assert text.splitlines()[-1] == "2      Q101 some-rule"


def test_colour_only_when_asked_and_unreadable_paths_counted() -> None:
    plain = render(Report([finding("Q101", Severity.ERROR)], files=1))
    assert "\x1b[" not in plain
    coloured = render(Report([finding("Q101", Severity.ERROR)], files=1, color=True))
    assert "\x1b[" in coloured
    errors = render(Report([], errors=[ReadError("x.txt", "no such file")], files=0))
    assert errors.strip().endswith("1 path(s) could not be read.")
