"""Line-aligned pairs: ``mtlint check --source src.txt out.txt``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import lint_text
from checker.cli import main
from checker.config import Config
from checker.formats import ReaderError
from checker.formats.aligned import pair_document, read, split_lines


def test_each_line_is_a_segment_with_its_source(tmp_path: Path) -> None:
    source = tmp_path / "src.txt"
    source.write_text("Bonjour.\n\nIl y a 3 soldats.\n", encoding="utf-8")
    (doc,) = read("Hello.\n\nThere are 3 soldiers.\n", "out.txt", Config(), str(source))
    assert doc.text == "Hello.\nThere are 3 soldiers.\n"
    assert [(s.line, s.source) for s in doc.segments] == [
        (1, "Bonjour."),
        (3, "Il y a 3 soldats."),
    ]
    assert doc.line_col(doc.segments[1].start) == (3, 1)
    assert doc.format == "aligned"


def test_crlf_and_a_missing_final_newline_change_nothing() -> None:
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\nb\n") == split_lines("a\nb") == ["a", "b"]
    assert split_lines("") == []
    assert split_lines("a\n\n") == ["a", ""]


def test_line_counts_must_match() -> None:
    with pytest.raises(ReaderError, match=r"2 lines but the source src\.txt has 3"):
        pair_document("a\nb\n", "x\ny\nz\n", "out.txt", Config(), "src.txt")


def test_a_missing_source_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match=r"source .*nope.txt: no such file"):
        read("Hello.\n", "out.txt", Config(), str(tmp_path / "nope.txt"))


def test_lint_text_takes_a_source_as_text_or_lines() -> None:
    as_text = lint_text("There are 1,000 soldiers.\n", source="Il y a 11 000 soldats.\n")
    as_lines = lint_text("There are 1,000 soldiers.\n", source=["Il y a 11 000 soldats."])
    assert [(f.line, f.column, f.code) for f in as_text] == [(1, 11, "B101")]
    assert as_lines == as_text


def test_cli_check_with_source(tmp_path: Path) -> None:
    source = tmp_path / "src.txt"
    target = tmp_path / "out.txt"
    source.write_text("Bonjour.\nIl y a 11 000 soldats.\n", encoding="utf-8")
    target.write_text("Hello.\nThere are 1,000 soldiers.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--source", str(source), str(target)])
    assert result.exit_code == 1
    assert f"{target}:2:11: B101 error: number 11 000 of the source became 1,000" in result.output


def test_cli_mismatched_lines_exit_2_with_one_line(tmp_path: Path) -> None:
    source = tmp_path / "src.txt"
    target = tmp_path / "out.txt"
    source.write_text("Un.\nDeux.\n", encoding="utf-8")
    target.write_text("One.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--source", str(source), str(target)])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if ":1:1: E" in line]
    assert errors == [
        f"{target}:1:1: E005 error: 1 lines but the source {source} has 2; "
        f"line-aligned files must have the same number of lines"
    ]


def test_fixes_are_never_applied_to_a_bilingual_document(tmp_path: Path) -> None:
    source = tmp_path / "src.txt"
    target = tmp_path / "out.txt"
    source.write_text("Il a 3,5 ans.\n", encoding="utf-8")
    target.write_text("He is 3,5 years old.\n", encoding="utf-8")
    CliRunner().invoke(main, ["check", "--fix", "--source", str(source), str(target)])
    assert target.read_text(encoding="utf-8") == "He is 3,5 years old.\n"


def test_findings_of_bilingual_documents_carry_no_fix(tmp_path: Path) -> None:
    source = tmp_path / "src.txt"
    target = tmp_path / "out.txt"
    source.write_text("Il a 3,5 ans.\n", encoding="utf-8")
    target.write_text("He is 3,5 years old.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--format", "json", "--source", str(source), str(target)]
    )
    findings = json.loads(result.output)["findings"]
    assert findings and all(f["fix"] is None for f in findings)


def test_mismatched_lines_have_their_own_documented_code() -> None:
    from checker.registry import load_rules

    rule = load_rules("E")["E005"]
    assert rule.name == "misaligned-source"
    assert "--source" in rule.doc
