"""Safe fixes: apply_fixes, unified diffs, and ``mtlint check --fix / --diff`` end to end."""

from __future__ import annotations

import codecs
import itertools
import os
import re
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import lint_text
from checker.cli import main
from checker.fix import apply_fixes, encode_like, unified_diff
from checker.types import Fix, Severity

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures" / "articles" / "nk-soldiers.txt"
FIXABLE = "Why ? About 11 000 troops, “cannon fodder. » And 50 %.\n"
FIXED = "Why? About 11,000 troops, “cannon fodder.” And 50%.\n"
CLEAN = "The minister said the talks would resume on Monday.\n"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


# --- apply_fixes --------------------------------------------------------------------------


def test_fixes_apply_in_offset_order_whatever_their_order() -> None:
    text = "abcdef"
    fixes = [Fix(4, 5, "E"), Fix(0, 1, "A"), Fix(2, 2, "+")]
    outcome = apply_fixes(text, fixes)
    assert outcome.text == "Ab+cdEf"
    assert outcome.applied == (Fix(0, 1, "A"), Fix(2, 2, "+"), Fix(4, 5, "E"))
    assert outcome.skipped == ()


def test_overlapping_fix_is_skipped_and_the_first_kept() -> None:
    outcome = apply_fixes("abcdef", [Fix(1, 4, "X"), Fix(2, 5, "Y"), Fix(4, 6, "Z")])
    assert outcome.text == "aXZ"
    assert outcome.skipped == (Fix(2, 5, "Y"),)


def test_adjacent_fixes_both_apply() -> None:
    assert apply_fixes("a »", [Fix(1, 2, ""), Fix(2, 3, "”")]).text == "a”"


def test_insertion_and_replacement_at_one_offset_both_apply() -> None:
    outcome = apply_fixes("I was. »", [Fix(0, 0, "“"), Fix(0, 1, "I")])
    assert outcome.text == "“I was. »"
    assert len(outcome.applied) == 2


def test_two_different_insertions_at_one_offset_keep_only_the_first() -> None:
    outcome = apply_fixes("ab", [Fix(1, 1, "x"), Fix(1, 1, "y")])
    assert outcome.text == "axb"
    assert outcome.skipped == (Fix(1, 1, "y"),)


def test_duplicate_fixes_apply_once() -> None:
    assert apply_fixes("ab", [Fix(0, 1, "X"), Fix(0, 1, "X")]).text == "Xb"


@pytest.mark.parametrize("bad", [Fix(-1, 0, "x"), Fix(2, 1, "x"), Fix(0, 9, "x")])
def test_invalid_fixes_are_skipped(bad: Fix) -> None:
    outcome = apply_fixes("abc", [bad])
    assert outcome.text == "abc"
    assert outcome.skipped == (bad,)


SPANS = st.tuples(st.integers(-2, 40), st.integers(0, 12), st.text(max_size=3))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.lists(SPANS, max_size=8))
def test_fixes_never_change_text_outside_their_spans(text: str, raw) -> None:
    fixes = [Fix(start, start + length, replacement) for start, length, replacement in raw]
    outcome = apply_fixes(text, fixes)
    applied = list(outcome.applied)
    # Applied fixes are valid and do not overlap.
    for fix in applied:
        assert 0 <= fix.start <= fix.end <= len(text)
    for first, second in itertools.pairwise(applied):
        assert first.end <= second.start
    # Outside the applied spans, the text is unchanged, piece by piece and in order.
    rebuilt, position = [], 0
    for fix in applied:
        rebuilt += [text[position : fix.start], fix.replacement]
        position = fix.end
    rebuilt.append(text[position:])
    assert outcome.text == "".join(rebuilt)
    # Every fix is either applied or skipped.
    assert set(outcome.applied) | set(outcome.skipped) == set(fixes)


LINTABLE = st.text(
    alphabet=st.sampled_from(list("“”‘’«»„\"' ?!:;%,.0123 abIh\n\u00a0")), max_size=120
)


@settings(max_examples=200, deadline=None)
@given(LINTABLE)
def test_rule_fixes_only_touch_their_own_spans(text: str) -> None:
    findings = lint_text(text, select="Q,T")
    fixes = [f.fix for f in findings if f.fix is not None]
    outcome = apply_fixes(text, fixes)
    position = 0
    for fix in outcome.applied:
        # A fix stays on or next to its finding's own span.
        owners = [f for f in findings if f.fix == fix]
        assert any(f.start - 3 <= fix.start and fix.end <= f.end + 3 for f in owners)
        position = fix.end
    assert position <= len(text)


# --- diffs and encodings ------------------------------------------------------------------


def test_unified_diff_names_both_sides_and_marks_a_missing_final_newline() -> None:
    diff = unified_diff("x.txt", "a\nb", "a\nc")
    assert diff.splitlines() == [
        "--- a/x.txt",
        "+++ b/x.txt",
        "@@ -1,2 +1,2 @@",
        " a",
        "-b",
        "\\ No newline at end of file",
        "+c",
        "\\ No newline at end of file",
    ]


def test_no_change_no_diff() -> None:
    assert unified_diff("x.txt", "same\n", "same\n") == ""


@pytest.mark.parametrize(
    "bom", [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE], ids=str
)
def test_encode_like_keeps_the_encoding(bom: bytes) -> None:
    from checker.formats.decoding import decode

    codec = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}.get(bom, "utf-8")
    original = bom + "“x”".encode(codec)
    data = encode_like("“y”", original)
    assert data.startswith(bom)
    assert decode(data) == "“y”"


# --- mtlint check --fix / --diff ----------------------------------------------------------


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_diff_on_the_seed_article_applies_and_clears_the_quote_findings(workdir: Path) -> None:
    (workdir / "article.txt").write_bytes(ARTICLE.read_bytes())
    before = (workdir / "article.txt").read_bytes()
    result = run("check", "--diff", "article.txt")
    assert result.exit_code == 1
    diff = result.stdout
    assert diff.startswith("--- a/article.txt\n+++ b/article.txt\n")
    assert (workdir / "article.txt").read_bytes() == before  # --diff writes nothing
    added = [line for line in diff.splitlines() if line.startswith("+")][1:]
    assert (
        "+“I saw my colleagues die next to me,” he whispered. "
        "“I was hiding in a shelter when I was injured.”"
    ) in added
    assert any(line.endswith("pleading voice, “I want to live here.”") for line in added)
    assert any(line.endswith("being used as cannon fodder.”") for line in added)
    subprocess.run(["git", "apply", "--unsafe-paths", "-"], input=diff.encode(), check=True)
    patched = (workdir / "article.txt").read_text(encoding="utf-8")
    quote_alarms = [f for f in lint_text(patched, select="Q,T") if f.severity >= Severity.WARNING]
    assert quote_alarms == []
    # --fix on a fresh copy gives the same text as the applied diff.
    (workdir / "copy.txt").write_bytes(ARTICLE.read_bytes())
    fix = run("check", "--fix", "copy.txt")
    assert "Traceback" not in fix.output
    assert (workdir / "copy.txt").read_text(encoding="utf-8") == patched


def test_fix_twice_changes_nothing_more_and_leaves_the_file_alone(workdir: Path) -> None:
    path = workdir / "article.txt"
    path.write_bytes(ARTICLE.read_bytes())
    run("check", "--fix", "article.txt")
    once = path.read_bytes()
    stat_once = os.stat(path)
    os.utime(path, ns=(stat_once.st_atime_ns, stat_once.st_mtime_ns - 10**9))
    old_mtime = os.stat(path).st_mtime_ns
    result = run("check", "--fix", "article.txt")
    assert path.read_bytes() == once
    assert os.stat(path).st_mtime_ns == old_mtime  # not rewritten
    assert os.stat(path).st_ino == stat_once.st_ino
    assert run("check", "--diff", "article.txt").stdout == ""
    # What is left is reported, and still fails the run (the untranslated "muet").
    assert result.exit_code == 1
    assert "Q10" not in result.stdout


def test_fix_reports_what_remains_and_exits_by_it(workdir: Path) -> None:
    (workdir / "a.txt").write_text(FIXABLE, encoding="utf-8")
    result = run("check", "--fix", "--select", "Q,T", "a.txt")
    assert (workdir / "a.txt").read_text(encoding="utf-8") == FIXED
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("in 1 file.")


def test_diff_exit_codes(workdir: Path) -> None:
    (workdir / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (workdir / "a.txt").write_text(FIXABLE, encoding="utf-8")
    clean = run("check", "--diff", "clean.txt")
    assert (clean.exit_code, clean.stdout) == (0, "")
    assert run("check", "--diff", "--select", "Q,T", "a.txt").exit_code == 1
    missing = run("check", "--diff", "a.txt", "missing.txt")
    assert missing.exit_code == 2


def test_fix_and_diff_together_is_a_usage_error(workdir: Path) -> None:
    (workdir / "a.txt").write_text(FIXABLE, encoding="utf-8")
    result = run("check", "--fix", "--diff", "a.txt")
    assert result.exit_code == 2
    assert (workdir / "a.txt").read_text(encoding="utf-8") == FIXABLE


def test_fix_touches_only_files_with_something_to_fix(workdir: Path) -> None:
    (workdir / "docs").mkdir()
    clean, dirty = workdir / "docs" / "clean.txt", workdir / "docs" / "dirty.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    dirty.write_text(FIXABLE, encoding="utf-8")
    inode = os.stat(clean).st_ino
    os.utime(clean, ns=(0, 10**9))
    run("check", "--fix", "--select", "Q,T", "docs")
    assert os.stat(clean).st_mtime_ns == 10**9 and os.stat(clean).st_ino == inode
    assert dirty.read_text(encoding="utf-8") == FIXED
    assert not [p for p in (workdir / "docs").iterdir() if p.name.startswith(".mtlint-")]


def test_fix_keeps_mode_bom_and_line_endings(workdir: Path) -> None:
    path = workdir / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + FIXABLE.replace("\n", "\r\n").encode("utf-8") * 2)
    os.chmod(path, 0o640)
    run("check", "--fix", "--select", "Q,T", "a.txt")
    assert path.read_bytes() == codecs.BOM_UTF8 + FIXED.replace("\n", "\r\n").encode() * 2
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_fix_keeps_utf16(workdir: Path) -> None:
    path = workdir / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + FIXABLE.encode("utf-16-le"))
    run("check", "--fix", "--select", "Q,T", "a.txt")
    assert path.read_bytes() == codecs.BOM_UTF16_LE + FIXED.encode("utf-16-le")


def test_fix_through_a_symlink_replaces_the_target(workdir: Path) -> None:
    target = workdir / "target.txt"
    target.write_text(FIXABLE, encoding="utf-8")
    link = workdir / "link.txt"
    link.symlink_to(target)
    run("check", "--fix", "--select", "Q,T", "link.txt")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == FIXED


def test_fix_respects_select(workdir: Path) -> None:
    path = workdir / "a.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    run("check", "--fix", "--select", "T103", "a.txt")
    assert path.read_text(encoding="utf-8") == FIXABLE.replace("11 000", "11,000")


def test_fix_on_stdin_writes_the_fixed_text_to_stdout_and_the_report_aside(
    workdir: Path,
) -> None:
    text = FIXABLE + "Il est muet.\n"  # a finding without a fix remains
    result = run("check", "--fix", "--select", "Q,T,L", "-", input=text.encode())
    assert "Traceback" not in result.output
    assert result.exit_code == 1
    assert result.stdout == FIXED + "Il est muet.\n"
    assert "T101" not in result.stderr  # fixed
    assert re.search(r"^<stdin>:2:\d+: L\d{3} ", result.stderr, re.MULTILINE)
    assert re.search(r"^Found (\d+) findings \((\d+) fixed, 1 remaining", result.stderr, re.M)
    assert [p.name for p in workdir.iterdir()] == []


def test_fix_on_clean_stdin_echoes_it_unchanged(workdir: Path) -> None:
    result = run("check", "--fix", "-", input=CLEAN.encode())
    assert (result.exit_code, result.stdout) == (0, CLEAN)


def test_diff_on_stdin_prints_the_diff(workdir: Path) -> None:
    result = run("check", "--diff", "-", input="x : « No. »\n".encode())
    assert result.exit_code == 1
    assert result.stdout == ("--- a/<stdin>\n+++ b/<stdin>\n@@ -1 +1 @@\n-x : « No. »\n+x: “No.”\n")
    assert "Would fix 4 findings." in result.stderr


def test_fix_summary_counts_fixed_and_remaining(workdir: Path) -> None:
    (workdir / "a.txt").write_text(FIXABLE + "Il est muet.\n", encoding="utf-8")
    before = run("check", "--select", "Q,T,L", "a.txt")
    total = int(re.search(r"^Found (\d+) findings", before.stdout, re.M).group(1))
    fixable = before.stdout.count(" [*] ")
    assert f"[*] {fixable} fixable with the --fix option." in before.stdout
    result = run("check", "--fix", "--select", "Q,T,L", "a.txt")
    summary = re.search(
        r"^Found (\d+) findings \((\d+) fixed, (\d+) remaining", result.stdout, re.M
    )
    assert summary, result.stdout
    assert (int(summary[1]), int(summary[2]), int(summary[3])) == (total, total - 1, 1)
    assert "fixable with the --fix option" not in result.stdout


def test_fix_on_a_bilingual_file_says_in_one_line_that_it_does_not_apply(workdir: Path) -> None:
    (workdir / "pairs.tsv").write_text("source\ttarget\nPourquoi ?\tWhy ?\n", encoding="utf-8")
    result = run("check", "--fix", "--select", "T", "pairs.tsv")
    assert "T101" in result.stdout
    (line,) = [s for s in result.stderr.splitlines() if "bilingual" in s]
    assert line.startswith("mtlint: --fix leaves 1 fix(es) in bilingual files alone")
    assert (workdir / "pairs.tsv").read_text(encoding="utf-8").endswith("Why ?\n")


def test_diff_of_a_markdown_file_leaves_code_alone(workdir: Path) -> None:
    text = "# Title\n\nWhy ? See `a ? b : c`.\n\n```\nx = 11 000 ;\n```\n"
    (workdir / "a.md").write_text(text, encoding="utf-8")
    result = run("check", "--diff", "--select", "Q,T", "a.md")
    changed = [line for line in result.stdout.splitlines() if line.startswith(("-", "+"))]
    assert changed[2:] == ["-Why ? See `a ? b : c`.", "+Why? See `a ? b : c`."]


@settings(max_examples=60, deadline=None)
@given(LINTABLE)
def test_fix_results_converge_and_a_second_run_changes_nothing(text: str) -> None:
    import tempfile

    from checker.config import Config
    from checker.fix import fix_results
    from checker.runner import lint_file

    config = Config.from_options(select="Q,T")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "a.txt")
        with open(path, "wb") as handle:
            handle.write(text.encode("utf-8"))
        first = lint_file(path, config, keep_text=True)
        fix_results([first], config, write=True)
        once = Path(path).read_bytes()
        second = lint_file(path, config, keep_text=True)
        assert fix_results([second], config, write=True) == ""
        assert Path(path).read_bytes() == once


def test_overlapping_fixes_of_two_rules_converge_in_one_run(workdir: Path) -> None:
    path = workdir / "a.txt"
    path.write_text("He said: « I want to live here. »\n", encoding="utf-8")
    result = run("check", "--fix", "--select", "Q", "a.txt")
    assert path.read_text(encoding="utf-8") == "He said: “I want to live here.”\n"
    assert result.exit_code == 0


def test_fix_applies_only_the_findings_reported(workdir: Path) -> None:
    path = workdir / "a.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    run("check", "--fix", "--select", "Q,T", "--min-severity", "error", "a.txt")
    # Only the error (the mixed pair) is fixed; the typography warnings stay.
    assert path.read_text(encoding="utf-8") == FIXABLE.replace("fodder. »", "fodder.”")


def test_diff_of_several_files_applies_as_one_patch(workdir: Path) -> None:
    (workdir / "a.txt").write_text(FIXABLE, encoding="utf-8")
    (workdir / "b.txt").write_text("Turnout was 50 %.\n", encoding="utf-8")
    (workdir / "c.txt").write_text(CLEAN, encoding="utf-8")
    diff = run("check", "--diff", "--select", "Q,T", "a.txt", "b.txt", "c.txt").stdout
    assert diff.count("--- a/") == 2
    subprocess.run(["git", "apply", "-"], input=diff.encode(), check=True)
    assert (workdir / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (workdir / "b.txt").read_text(encoding="utf-8") == "Turnout was 50%.\n"
    assert (workdir / "c.txt").read_text(encoding="utf-8") == CLEAN


def test_excluded_stdin_filename_is_passed_through_by_fix(workdir: Path) -> None:
    (workdir / ".mtlint.toml").write_text(
        'extend-exclude = ["drafts"]\nforce-exclude = true\n', encoding="utf-8"
    )
    args = ("check", "--fix", "--stdin-filename", "drafts/a.txt", "-")
    result = run(*args, input=FIXABLE.encode())
    assert (result.exit_code, result.stdout) == (0, FIXABLE)
    result = run("check", "--stdin-filename", "drafts/a.txt", "-", input=FIXABLE.encode())
    assert result.exit_code == 0 and "T101" not in result.stdout
    result = run("check", "--stdin-filename", "docs/a.txt", "-", input=FIXABLE.encode())
    assert result.exit_code == 1 and "T101" in result.stdout
