"""``--statistics`` and ``--quiet`` through the command line, on a real article."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ARTICLE = (
    "He said « I did not know » and left.\n"
    "About 11 000 troops, or 3,5 % of them ? And 2 000 more ?\n"
)
FINDING_LINE = re.compile(r"^\S+:\d+:\d+: [A-Z]\d{3} .+$")


@pytest.fixture()
def article(tmp_path: Path) -> str:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def check(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["check", "--select", "Q,T", *args])
    return result.exit_code, result.stdout.splitlines()


def expected_counts(article: str) -> Counter[str]:
    result = CliRunner().invoke(main, ["check", "--select", "Q,T", "--format", "json", article])
    return Counter(f["code"] for f in json.loads(result.stdout)["findings"])


def test_statistics_print_only_the_counts_by_rule_most_frequent_first(article: str) -> None:
    counts = expected_counts(article)
    assert counts["T101"] == 2 and counts["T103"] == 2
    code, lines = check("--statistics", article)
    assert code == 1
    assert not [line for line in lines if FINDING_LINE.match(line)]
    parsed = [re.fullmatch(r"(\d+) +([A-Z]\d{3}) (?:\[\*\] )?([a-z-]+)", line) for line in lines]
    assert all(parsed), lines
    assert {m.group(2): int(m.group(1)) for m in parsed} == counts
    assert [m.group(2) for m in parsed] == sorted(counts, key=lambda c: (-counts[c], c))


def test_quiet_prints_the_findings_only(article: str) -> None:
    code, lines = check("--quiet", article)
    assert code == 1
    assert lines and all(FINDING_LINE.match(line) for line in lines)
    assert len(lines) == sum(expected_counts(article).values())


def test_quiet_with_statistics_keeps_the_counts(article: str) -> None:
    code, lines = check("--quiet", "--statistics", article)
    assert code == 1
    assert lines == check("--statistics", article)[1]


def test_exit_zero_keeps_the_report_and_exits_0(article: str) -> None:
    code, lines = check(article)
    assert code == 1
    assert check("--exit-zero", article) == (0, lines)


def test_force_color_colours_a_pipe_and_no_color_wins(article: str) -> None:
    runner = CliRunner()
    forced = runner.invoke(main, ["check", article], env={"FORCE_COLOR": "1", "NO_COLOR": None})
    assert "\x1b[" in forced.stdout
    plain = runner.invoke(main, ["check", article], env={"FORCE_COLOR": None, "NO_COLOR": None})
    assert "\x1b[" not in plain.stdout
    both = runner.invoke(main, ["check", article], env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in both.stdout
    option = runner.invoke(main, ["check", "--no-color", article], env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in option.stdout


def test_show_source_and_output_format_full_are_the_same(article: str) -> None:
    code, lines = check("--show-source", article)
    assert code == 1
    assert check("--output-format", "full", article) == (code, lines)
    assert check("--format", "full", article) == (code, lines)
    index = next(i for i, line in enumerate(lines) if " T101 " in line)
    assert lines[index + 2] == "2 | About 11 000 troops, or 3,5 % of them ? And 2 000 more ?"
    assert lines[index + 3].endswith("^ T101")


def test_quiet_on_a_clean_file_prints_nothing(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("A plain English sentence.\n", encoding="utf-8")
    assert check("--quiet", str(clean)) == (0, [])
    code, lines = check(str(clean))
    assert (code, lines) == (0, ["Found 0 findings (0 error, 0 warning, 0 info) in 1 file."])
