"""Baselines through the command line: record today's findings, report only new ones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.baseline import BaselineError, Key, keys, load, matched_text
from checker.cli import main
from checker.types import Finding, Severity
from stand_in_rules import install_word_rules

ARTICLE = "A first line.\n\nThe soldier stayed muet for an hour, then zorp.\n"


@pytest.fixture(autouse=True)
def word_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from install_word_rules(monkeypatch)


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", "--select", "L901,Q901", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing to see.\n", encoding="utf-8")
    return tmp_path


def test_write_then_check_reports_nothing_and_exits_0(project: Path) -> None:
    code, out, err = check("--write-baseline", "baseline.json", "docs", "b.txt")
    assert code == 0 and out == ""
    assert "recorded 2 finding(s) in baseline.json" in err
    recorded = json.loads((project / "baseline.json").read_text(encoding="utf-8"))
    assert recorded["tool"] == "mtlint"
    assert [(e["path"], e["code"], e["text"], e["occurrence"]) for e in recorded["findings"]] == [
        ("docs/a.md", "L901", "muet", 0),
        ("docs/a.md", "Q901", "zorp", 0),
    ]
    code, out, _ = check("--baseline", "baseline.json", "docs", "b.txt")
    assert (code, out) == (0, "Found 0 findings (0 error, 0 warning, 0 info) in 2 files.\n")


def test_an_edit_above_or_beside_a_finding_does_not_make_it_new(project: Path) -> None:
    check("--write-baseline", "baseline.json", "docs")
    edited = "# A new title\n\nA new paragraph.\n\n" + ARTICLE.replace("an hour", "two hours")
    (project / "docs" / "a.md").write_text(edited, encoding="utf-8")
    code, out, _ = check("--baseline", "baseline.json", "--quiet", "docs")
    assert (code, out) == (0, "")


def test_a_new_occurrence_and_a_new_mistake_are_reported(project: Path) -> None:
    check("--write-baseline", "baseline.json", "docs")
    edited = ARTICLE + "\nHe was muet again.\n"
    (project / "docs" / "a.md").write_text(edited, encoding="utf-8")
    code, out, _ = check("--baseline", "baseline.json", "--quiet", "docs")
    assert code == 1
    assert out == "docs/a.md:5:8: L901 warning: found muet\n"


def test_the_baseline_works_from_another_working_directory(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check("--write-baseline", "baseline.json", "docs")
    monkeypatch.chdir(project / "docs")
    code, out, _ = check("--baseline", "../baseline.json", "--quiet", "a.md")
    assert (code, out) == (0, "")


def test_without_the_baseline_every_finding_is_reported(project: Path) -> None:
    check("--write-baseline", "baseline.json", "docs")
    code, out, _ = check("--quiet", "docs")
    assert code == 1 and out.count("\n") == 2


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "cannot read"),
        ("not json", "is not an mtlint baseline"),
        ('{"tool": "other", "findings": []}', "is not an mtlint baseline"),
        ('{"tool": "mtlint", "findings": [{"path": "a"}]}', "bad entry"),
    ],
)
def test_a_bad_baseline_is_an_exit_2_error(project: Path, content, message) -> None:
    if content is not None:
        (project / "baseline.json").write_text(content, encoding="utf-8")
    code, _, err = check("--baseline", "baseline.json", "docs")
    assert code == 2
    assert message in err
    if content is not None:
        with pytest.raises(BaselineError):
            load(str(project / "baseline.json"))


def _finding(path: str, start: int, end: int, excerpt: str = "line") -> Finding:
    return Finding(
        path, 1, start + 1, 1, end + 1, "L901", "test-muet", "language", Severity.WARNING,
        "Other/Test", "found", excerpt, start=start, end=end,
    )  # fmt: skip


def test_keys_count_occurrences_per_file_code_and_text(project: Path) -> None:
    text = "muet, muet and muet"
    findings = [_finding("a.txt", 15, 19), _finding("a.txt", 0, 4), _finding("a.txt", 6, 10)]
    keyed = keys(findings, {"a.txt": text}, str(project))
    assert [(k.occurrence, f.start) for k, f in keyed] == [(0, 0), (1, 6), (2, 15)]
    assert keyed[0][0] == Key("a.txt", "L901", "muet", 0)


def test_without_the_text_the_excerpt_stands_for_the_span() -> None:
    finding = _finding("a.txt", 0, 4, excerpt="muet here")
    assert matched_text(finding, None) == "muet here"
    assert matched_text(finding, "muet here") == "muet"
    assert matched_text(_finding("a.txt", 0, 0, excerpt="x"), "muet") == "x"  # empty span
