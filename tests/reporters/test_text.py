"""The text reporter: flake8's shape, a summary line, colour only when asked."""

from __future__ import annotations

import io

from checker.reporters import Report
from checker.reporters.text import emit
from checker.rules.input import UNREADABLE_FILE
from checker.text.excerpt import SOURCE_WIDTH
from checker.types import Finding, Fix, ReadError, Severity


def finding(code: str, severity: Severity, line: int = 3) -> Finding:
    return Finding(
        "a.txt", line, 7, line, 11, code, "some-rule", "quotes", severity,
        "Fluency/Punctuation", "a message", "excerpt",
    )  # fmt: skip


def render(report: Report) -> str:
    out = io.StringIO()
    emit(report, out)
    return out.getvalue()


def test_flake8_shape_with_severity_in_words_and_summary() -> None:
    report = Report([finding("Q101", Severity.ERROR), finding("Q107", Severity.INFO, 4)], files=1)
    assert render(report) == (
        "a.txt:3:7: Q101 error: a message\n"
        "a.txt:4:7: Q107 info: a message\n"
        "Found 2 findings (1 error, 0 warning, 1 info) in 1 file.\n"
    )


def test_fixable_findings_are_marked_and_counted() -> None:
    fixable = finding("Q101", Severity.ERROR)._replace(fix=Fix(6, 7, "”"))
    report = Report([fixable, finding("Q107", Severity.WARNING, 4)], files=1)
    assert render(report) == (
        "a.txt:3:7: Q101 [*] error: a message\n"
        "a.txt:4:7: Q107 warning: a message\n"
        "Found 2 findings (1 error, 1 warning, 0 info) in 1 file.\n"
        "[*] 1 fixable with the --fix option.\n"
    )
    after_fix = render(Report([finding("Q107", Severity.WARNING, 4)], files=1, fixed=3))
    assert after_fix.splitlines()[-1] == (
        "Found 4 findings (3 fixed, 1 remaining: 0 error, 1 warning, 0 info) in 1 file."
    )


def test_quiet_drops_the_summary_and_statistics_count_by_rule() -> None:
    findings = [finding("Q101", Severity.ERROR), finding("Q101", Severity.ERROR, 5)]
    assert render(Report(findings, files=1, quiet=True)).count("\n") == 2
    text = render(Report(findings, files=1, statistics=True, quiet=True))
    assert text.splitlines()[-1] == "2      Q101 some-rule"


def test_statistics_alone_print_only_the_table_most_frequent_first() -> None:
    findings = [
        finding("Q101", Severity.ERROR),
        finding("T101", Severity.WARNING)._replace(fix=Fix(1, 2, "")),
        finding("T101", Severity.WARNING, 5)._replace(fix=Fix(1, 2, "")),
    ]
    assert render(Report(findings, files=1, statistics=True)) == (
        "2      T101 [*] some-rule\n1      Q101 some-rule\n"
    )


def test_colour_only_when_asked_and_unreadable_paths_counted() -> None:
    plain = render(Report([finding("Q101", Severity.ERROR)], files=1))
    assert "\x1b[" not in plain
    coloured = render(Report([finding("Q101", Severity.ERROR)], files=1, color=True))
    assert "\x1b[" in coloured
    assert "error:" in coloured
    errors = render(
        Report([], errors=[ReadError("x.txt", "no such file", UNREADABLE_FILE)], files=0)
    )
    assert errors.strip().endswith("1 path(s) could not be read.")


def test_show_source_prints_the_line_with_a_caret_under_the_span() -> None:
    text = "Title\n\nHe said « yes » and left.\n"
    found = finding("Q104", Severity.ERROR)._replace(line=3, column=9, end_column=10)
    out = render(Report([found], files=1, show_source=True, texts={"a.txt": text}))
    assert out.splitlines()[:4] == [
        "a.txt:3:9: Q104 error: a message",
        "  |",
        "3 | He said « yes » and left.",
        "  |         ^ Q104",
    ]


def test_show_source_on_a_long_line_shows_the_sentence_around_the_finding() -> None:
    before = " ".join(f"Sentence number {n} is here." for n in range(30))
    line = before + " He said « yes » and left. " + before
    column = line.index("«") + 1
    found = finding("Q104", Severity.ERROR)._replace(line=1, column=column, end_column=column + 1)
    out = render(Report([found], files=1, show_source=True, texts={"a.txt": line}))
    shown, caret = out.splitlines()[2:4]
    assert len(shown) <= len("1 | ") + SOURCE_WIDTH + 2
    assert "He said « yes » and left." in shown
    assert shown.startswith("1 | …") and shown.endswith("…")
    assert caret.index("^") == shown.index("«")
