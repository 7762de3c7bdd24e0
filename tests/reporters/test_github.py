"""GitHub Actions annotations: one workflow command per finding, escaped as GitHub reads them."""

from __future__ import annotations

import io
import re

from click.testing import CliRunner

from checker.cli import main
from checker.reporters import Report
from checker.reporters.github import annotation, emit, escape_data, escape_property
from checker.types import Finding, Severity


def finding(severity: Severity, message: str = "a message", path: str = "a.md") -> Finding:
    return Finding(
        path, 3, 7, 4, 2, "Q101", "unmatched-closing-quote", "quotes", severity,
        "Fluency/Punctuation", message, "excerpt",
    )  # fmt: skip


def test_one_command_per_finding_with_its_level() -> None:
    out = io.StringIO()
    findings = [finding(Severity.ERROR), finding(Severity.WARNING), finding(Severity.INFO)]
    emit(Report(findings, files=1), out)
    assert out.getvalue() == (
        "::error file=a.md,line=3,col=7,endLine=4,endColumn=2,"
        "title=Q101 unmatched-closing-quote::a message\n"
        "::warning file=a.md,line=3,col=7,endLine=4,endColumn=2,"
        "title=Q101 unmatched-closing-quote::a message\n"
        "::notice file=a.md,line=3,col=7,endLine=4,endColumn=2,"
        "title=Q101 unmatched-closing-quote::a message\n"
    )


def test_message_escapes_percent_and_line_breaks_only() -> None:
    assert escape_data("50 % done\r\nnext: a, b") == "50 %25 done%0D%0Anext: a, b"
    line = annotation(finding(Severity.ERROR, "use 50%: not 50 %,\nplease"))
    assert line.endswith("::use 50%25: not 50 %25,%0Aplease")


def test_property_values_also_escape_colon_and_comma() -> None:
    assert escape_property("C:\\docs\\a,b.md") == "C%3A\\docs\\a%2Cb.md"
    assert escape_property("100%\n") == "100%25%0A"
    line = annotation(finding(Severity.WARNING, path="dir,x/a:b.md"))
    assert line.startswith("::warning file=dir%2Cx/a%3Ab.md,line=3,")
    # exactly one unescaped '::' separates the properties from the message
    assert line.count("::") == 2


def test_no_findings_no_output() -> None:
    out = io.StringIO()
    emit(Report([], files=3), out)
    assert out.getvalue() == ""


def test_the_command_line_writes_annotations_for_a_real_article(tmp_path) -> None:
    path = tmp_path / "article.md"
    path.write_text("# Title\n\nHe said « I do not know » and left.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "Q", "--format", "github", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines, result.output
    pattern = re.compile(
        r"::(error|warning|notice) file=[^,]+,line=3,col=\d+,endLine=3,endColumn=\d+,"
        r"title=Q\d{3} [a-z-]+::.+"
    )
    assert all(pattern.fullmatch(line) for line in lines), lines
    assert any("title=Q104 foreign-quote-marks" in line for line in lines)


def test_paths_lose_a_leading_dot_slash_as_in_sarif() -> None:
    from checker.reporters.github import workspace_path
    from checker.reporters.sarif import artifact_uri

    assert workspace_path("./docs/a.md") == "docs/a.md" == artifact_uri("./docs/a.md")
    assert workspace_path("docs/a.md") == "docs/a.md"


def test_a_walked_folder_gives_paths_without_dot_slash(tmp_path, monkeypatch) -> None:
    (tmp_path / "a.md").write_text("He said « yes ».\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--format", "github", "."])
    assert result.stdout and all(
        line.split(" ", 1)[1].startswith("file=a.md,") for line in result.stdout.splitlines()
    )
