"""The command line: check/rules/explain, exit codes, JSON report, bad input (issue 2)."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import __version__
from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures" / "articles" / "nk-soldiers.txt"
GOOD = "The minister said the talks would resume on Monday.\n"


def run(*args: str, input: bytes | None = None, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args), input=input)
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(main, list(args), input=input)


def report(*args: str, input: bytes | None = None) -> tuple[int, dict]:
    result = run("check", "--format", "json", *args, input=input)
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"mtlint {__version__}"


def test_clean_file_exits_0_with_a_summary(good: Path) -> None:
    result = run("check", str(good))
    assert result.exit_code == 0
    assert result.output.strip() == "Found 0 findings (0 error, 0 warning, 0 info) in 1 file."


def test_json_report_has_the_contract_shape(good: Path) -> None:
    code, data = report(str(good))
    assert code == 0
    assert data == {
        "tool": "mtlint",
        "version": __version__,
        "findings": [],
        "summary": {"files": 1, "findings": 0, "by_family": {}, "errors": []},
    }


def test_missing_path_is_reported_and_other_files_still_checked(good: Path) -> None:
    code, data = report("missing.txt", str(good))
    assert code == 2
    assert data["summary"]["files"] == 1
    assert data["summary"]["errors"] == [
        {"path": "missing.txt", "message": "no such file or folder"}
    ]
    assert [f["code"] for f in data["findings"]] == ["E001"]
    assert data["findings"][0]["path"] == "missing.txt"


def test_missing_path_in_text_format_is_one_line_without_traceback(good: Path) -> None:
    result = run("check", "missing.txt", str(good))
    assert result.exit_code == 2
    assert "missing.txt:1:1: E001 error: no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_folder_is_walked_for_txt_and_md_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(GOOD, encoding="utf-8")
    code, data = report(str(tmp_path))
    assert code == 0
    assert data["summary"]["files"] == 3


def test_folder_with_nothing_to_lint_is_a_warning_not_an_error(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"PK")
    code, data = report(str(empty), str(good))
    assert code == 0
    assert data["summary"]["files"] == 1
    assert data["summary"]["errors"] == []
    result = run("check", str(empty))
    assert result.exit_code == 0
    assert result.stderr == (
        f"mtlint: warning: {empty}: no file to lint in this folder (see include/exclude)\n"
    )
    assert result.stdout == "Found 0 findings (0 error, 0 warning, 0 info) in 0 files.\n"


def test_empty_file_is_fine(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, data = report(str(empty))
    assert (code, data["findings"], data["summary"]["files"]) == (0, [], 1)


def test_binary_file_is_skipped_with_a_message(tmp_path: Path, good: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary\xff")
    code, data = report(str(binary), str(good))
    assert code == 2
    assert [f["code"] for f in data["findings"]] == ["E003"]
    assert "binary" in data["summary"]["errors"][0]["message"]


def test_latin1_bytes_are_reported_with_the_byte_offset(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le café est fermé.".encode("latin-1"))
    code, data = report(str(latin))
    assert code == 2
    (finding,) = data["findings"]
    assert finding["code"] == "E002"
    assert "byte 0xe9 at offset 6" in finding["message"]


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + GOOD.encode("utf-8"),
        codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_boms_are_decoded(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(encoded)
    code, data = report(str(path))
    assert (code, data["findings"]) == (0, [])


def test_utf8_bom_does_not_shift_columns(tmp_path: Path) -> None:
    text = "Broken «quote».\n"
    with_bom, without = tmp_path / "bom.txt", tmp_path / "plain.txt"
    with_bom.write_bytes(codecs.BOM_UTF8 + text.encode())
    without.write_bytes(text.encode())

    def positions(path: Path) -> list[tuple]:
        return [(f["line"], f["column"], f["code"]) for f in report(str(path))[1]["findings"]]

    # The guillemet is column 8 of the text, BOM or not (the BOM is not a character).
    assert (1, 8, "Q104") in positions(without)
    assert positions(with_bom) == positions(without)


def test_crlf_line_endings_keep_lines_and_columns(tmp_path: Path) -> None:
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    text = ARTICLE.read_text(encoding="utf-8")
    lf.write_bytes(text.encode("utf-8"))
    crlf.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))

    def positions(path: Path) -> list[tuple]:
        return [
            (f["line"], f["column"], f["end_line"], f["end_column"], f["code"])
            for f in report(str(path))[1]["findings"]
        ]

    assert positions(lf) == positions(crlf)


def test_five_megabyte_single_line_is_linted(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    sentence = "The council met again and the talks went on late into the night. "
    path.write_text(sentence * (5_000_000 // len(sentence) + 1), encoding="utf-8")
    code, data = report(str(path))
    assert data["summary"]["files"] == 1
    assert code in (0, 1)


def test_stdin_is_linted_with_its_name(good: Path) -> None:
    code, data = report("-", input=GOOD.encode())
    assert (code, data["summary"]["files"]) == (0, 1)
    code, data = report("--stdin-filename", "piped.txt", "-", input=b"\x00\x00")
    assert code == 2
    assert data["findings"][0]["path"] == "piped.txt"


def test_json_output_is_deterministic_and_sorted(tmp_path: Path) -> None:
    copy = tmp_path / "article.txt"
    copy.write_bytes(ARTICLE.read_bytes())
    first = run("check", "--format", "json", str(copy), str(ARTICLE)).stdout
    second = run("check", "--format", "json", str(ARTICLE), str(copy)).stdout
    assert first == second
    findings = json.loads(first)["findings"]
    keys = [(f["path"], f["line"], f["column"], f["code"]) for f in findings]
    assert keys == sorted(keys)
    for f in findings:
        assert f["line"] >= 1 and f["column"] >= 1
        assert (f["end_line"], f["end_column"]) >= (f["line"], f["column"])


def test_output_file_receives_the_report(tmp_path: Path, good: Path) -> None:
    out = tmp_path / "report.json"
    result = run("check", "--format", "json", "--output", str(out), str(good))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["files"] == 1


def test_bad_configuration_is_exit_2_naming_the_key(tmp_path: Path, good: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("unknown-key = 1\n", encoding="utf-8")
    result = run("check", "--config", str(config), str(good))
    assert result.exit_code == 2
    assert "unknown-key" in result.stderr
    assert "Traceback" not in result.output


def test_bad_option_values_are_usage_errors(good: Path) -> None:
    assert run("check", "--select", "X999", str(good)).exit_code == 2
    assert run("check", "--format", "xml", str(good)).exit_code == 2
    assert run("check").exit_code == 2


def test_rules_and_explain_cover_every_registered_rule() -> None:
    listing = json.loads(run("rules", "--format", "json").stdout)
    codes = [r["code"] for r in listing]
    assert codes == sorted(codes) and "E001" in codes
    for entry in listing:
        result = run("explain", entry["code"])
        assert result.exit_code == 0
        assert result.stdout.startswith(f"{entry['code']} {entry['name']} ({entry['family']}")
    by_name = run("explain", "unreadable-file")
    assert by_name.exit_code == 0 and by_name.stdout.startswith("E001")
    unknown = run("explain", "Z999")
    assert unknown.exit_code == 2 and "unknown rule" in unknown.stderr


def test_explain_shows_the_thresholds_of_the_rules_family() -> None:
    pronoun = run("explain", "P101").stdout
    table = pronoun[pronoun.index("Thresholds of the pronoun family") :].splitlines()
    assert table[1].split()[:3] == ["WINDOW", "=", "2"]
    assert any(line.split()[:3] == ["FAR_REACH", "=", "6"] for line in table)
    names = run("explain", "N101").stdout
    assert "Thresholds of the name family" in names and "SURNAME_MAX_ZIPF = 3.0" in names
    assert "Thresholds of the name family" not in pronoun
    assert "Thresholds" not in run("explain", "E001").stdout  # the input family has none


def test_fail_on_and_min_severity_shape_the_exit_code() -> None:
    # The seed article's only pronoun finding (line 14, She) is a warning.
    assert run("check", str(ARTICLE)).exit_code == 1
    assert run("check", "--select", "P", str(ARTICLE)).exit_code == 1
    assert run("check", "--select", "P", "--fail-on", "error", str(ARTICLE)).exit_code == 0
    code, data = report("--select", "P", "--min-severity", "error", str(ARTICLE))
    assert (code, data["findings"]) == (0, [])
    code, data = report("--select", "P", str(ARTICLE))
    assert [(f["line"], f["severity"]) for f in data["findings"]] == [(14, "warning")]


def test_python_dash_m_checker_is_the_same_program(good: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "check", "--format", "json", str(good)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["summary"]["files"] == 1


# --- the installed command: a quick exit after check ---------------------------------------

TEARDOWN_PROBE = """
import atexit, sys
atexit.register(lambda: sys.stderr.write("torn down\\n"))
sys.argv = ["mtlint", *sys.argv[1:]]
from checker.cli import run
run()
"""


def installed(*args: str) -> subprocess.CompletedProcess[str]:
    """The ``mtlint`` entry point in a real process, with an exit handler that reports."""
    return subprocess.run(
        [sys.executable, "-c", TEARDOWN_PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_check_ends_without_teardown_and_loses_no_output() -> None:
    done = installed("check", "--format", "json", str(ARTICLE))
    assert done.returncode == 1
    assert "torn down" not in done.stderr  # the process ended at once
    in_process = run("check", "--format", "json", str(ARTICLE))
    assert done.stdout == in_process.stdout  # the whole report was flushed


def test_check_errors_keep_their_exit_code_and_message(tmp_path: Path) -> None:
    done = installed("check", str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert "missing.txt" in done.stdout and "torn down" not in done.stderr
    usage = installed("check", "--fix", "--diff", str(ARTICLE))
    assert usage.returncode == 2 and "cannot be used together" in usage.stderr


def test_other_commands_end_the_ordinary_way() -> None:
    done = installed("rules")
    assert done.returncode == 0 and "L101" in done.stdout
    assert "torn down" in done.stderr


LOADED_PROBE = """
import sys
sys.argv = ["mtlint", *sys.argv[1:]]
from checker.cli import main
try:
    main()
except SystemExit:
    pass
print(sorted(m for m in sys.modules if m.startswith("checker.cli")), file=sys.stderr)
"""


def test_commands_are_imported_when_they_run(good: Path) -> None:
    def loaded(*args: str) -> str:
        probe = [sys.executable, "-c", LOADED_PROBE, *args]
        return subprocess.run(probe, capture_output=True, text=True, check=False).stderr

    check_run, rules_run = loaded("check", str(good)), loaded("rules")
    assert "'checker.cli_check'" in check_run and "'checker.cli_commands'" not in check_run
    assert "'checker.cli_commands'" in rules_run and "'checker.cli_check'" not in rules_run
    assert "'checker.cli_check'" not in loaded("--version")
    listed = run("--help").stdout
    assert all(f"  {c} " in listed for c in ("check", "corpus", "explain", "rules", "score"))
    assert run("nosuch").exit_code == 2


def test_the_entry_point_imports_click_only_when_it_runs() -> None:
    # run() sets the collector's pace first, then imports the group (and click) under it
    probe = "import sys, gc, checker.cli; print('click' in sys.modules, gc.get_threshold()[0])"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    from checker.pace import GC_THRESHOLD

    click_loaded, threshold = done.stdout.split()
    assert click_loaded == "False" and int(threshold) < GC_THRESHOLD  # the default pace
    import checker.cli

    assert checker.cli.main.name == "main" and "check" in checker.cli.main.list_commands(None)
    with pytest.raises(AttributeError):
        checker.cli.nosuch  # noqa: B018


def test_rules_prints_no_restructuredtext_markup() -> None:
    result = run("rules")
    assert result.exit_code == 0
    assert "``" not in result.stdout and "*" not in result.stdout
    t101 = next(line for line in result.stdout.splitlines() if line.startswith("T101"))
    assert t101.endswith("A space (often a no-break space) before '?', '!', ':' or ';'.")
