"""The runner: collecting paths, --jobs, and files that cannot be read (issue 9).

Every awkward path (read-only, vanished, a symbolic link loop, a FIFO, no permission) must
become one clean finding while the other paths are still linted, and nothing may hang.
Processes are run with a generous ``timeout``: a guard against a hang, not a timing test.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import engine, formats, runner
from checker.cli import main
from checker.config import Config
from checker.document import Document
from checker.registry import RULES, load_rules
from checker.runner import collect, lint_paths
from checker.types import Fix, Hit, Rule, Severity

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GUARD = 120  # seconds; only a hang gets anywhere near it
GOOD = "The minister said the talks would resume on Monday.\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def zorp(doc: Document) -> Iterator[Hit]:
    """A fake fixable rule: every ``zorp`` becomes ``x``."""
    for token in doc.tokens:
        if token.value == "zorp":
            yield Hit(token.start, token.end, {"word": "zorp"}, Fix(token.start, token.end, "x"))


FAKE = Rule("T991", "test-zorp", Severity.WARNING, "Other/Test", "found {word}", zorp, fixable=True)


@pytest.fixture
def fake_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """T991 registered for this test only (forked workers inherit it)."""
    load_rules()
    monkeypatch.setitem(RULES, FAKE.code, FAKE)
    engine._rules_for.cache_clear()
    yield FAKE.code
    engine._rules_for.cache_clear()


def cli(*args: str, hash_seed: str | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m checker`` in a real process (forks, FIFOs and signals behave for real)."""
    env = dict(os.environ)
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = hash_seed
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        capture_output=True,
        timeout=GUARD,
        cwd=ROOT,
        env=env,
        check=False,
    )


def json_report(done: subprocess.CompletedProcess[bytes]) -> dict:
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    return json.loads(done.stdout)


def codes_by_path(report: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in report["findings"]:
        found.setdefault(finding["path"], []).append(finding["code"])
    return found


def write(path: Path, text: str = GOOD) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- collect -----------------------------------------------------------------------------


def test_collect_walks_folders_sorted_deduplicated_and_excludes(tmp_path: Path) -> None:
    write(tmp_path / "b.txt")
    write(tmp_path / "a.md")
    write(tmp_path / "sub" / "c.txt")
    write(tmp_path / "node_modules" / "skip.txt")
    write(tmp_path / ".git" / "skip.txt")
    write(tmp_path / "code.py", "print(1)\n")
    files, errors, _ = collect([str(tmp_path), str(tmp_path / "b.txt")], Config())
    assert errors == []
    assert files == [str(tmp_path / n) for n in ("a.md", "b.txt", "sub/c.txt")]


def test_collect_keeps_missing_and_special_paths_for_the_reader(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    files, errors, _ = collect([missing, "-"], Config())
    assert (files, errors) == ([missing, "-"], [])


def test_a_folder_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt")
    os.symlink("..", tmp_path / "d" / "up")  # d/up/d/up/... if it were followed
    os.symlink(".", tmp_path / "d" / "self")
    files, errors, _ = collect([str(tmp_path / "d")], Config())
    assert (files, errors) == ([str(tmp_path / "d" / "a.txt")], [])


# --- --jobs ------------------------------------------------------------------------------


def _mixed_tree(root: Path, count: int = 40) -> list[str]:
    """Files with defects and without, plus awkward ones, in a fixed order."""
    lines = [
        "The zorp said the talks would resume on Monday.",
        "“It was cold », he said ? Growth reached 3,5 % in 2019.",
        "She said the zorp had been moved to the 1er of May.",
        GOOD.strip(),
    ]
    for index in range(count):
        text = "\n\n".join(lines[(index + k) % len(lines)] for k in range(index % 5 + 1))
        write(root / f"f{index:03d}.txt", text + "\n")
    (root / "latin1.txt").write_bytes("caf\xe9 zorp\n".encode("latin-1"))
    (root / "binary.txt").write_bytes(b"\x00\x01zorp")
    write(root / "empty.txt", "")
    files, _, _ = collect([str(root)], Config())
    return [*files, str(root / "missing.txt")]


def test_jobs_2_gives_the_same_results_as_jobs_1(tmp_path: Path, fake_rule: str) -> None:
    files = _mixed_tree(tmp_path)
    config = Config(select=("", fake_rule))
    serial = lint_paths(files, config, jobs=1, keep_text=True)
    parallel = lint_paths(files, config, jobs=2, keep_text=True)
    assert [r.path for r in parallel] == files
    assert parallel == serial
    assert any(f.code == fake_rule for r in serial for f in r.findings)
    assert any(r.error is not None for r in serial)


def test_many_files_use_processes_by_default(
    tmp_path: Path, fake_rule: str, monkeypatch: pytest.MonkeyPatch, fork_allowed: None
) -> None:
    from checker import forked

    shares: list[tuple[int, int]] = []  # (files shared out, processes) of each forking call
    real = forked.map_in_forks

    def counting(function, items, processes, on_error=None):
        if processes > 1:
            shares.append((len(items), processes))
        return real(function, items, processes, on_error)

    monkeypatch.setattr(forked, "map_in_forks", counting)
    monkeypatch.setattr(runner, "usable_cores", lambda: 2)
    files = _mixed_tree(tmp_path, count=runner.PARALLEL_THRESHOLD + 4)
    config = Config(select=("", fake_rule))
    default = lint_paths(files, config)
    # the first file is linted before forking (it loads what the others share), the rest
    # are shared out to two processes
    assert shares == [(len(files) - 1, 2)]
    assert default == lint_paths(files, config, jobs=1)
    shares.clear()
    lint_paths(files[:3], config)  # a few files: no other process
    assert shares == []


def test_files_shared_out_are_linted_once_each_in_order(
    tmp_path: Path, fake_rule: str, fork_allowed: None
) -> None:
    """Forked processes each take a share; the results come back whole and in order."""
    files = _mixed_tree(tmp_path, count=runner.PARALLEL_THRESHOLD + 4)
    config = Config(select=("", fake_rule))
    parallel = lint_paths(files, config, jobs=3, keep_text=True)
    assert [r.path for r in parallel] == files
    assert parallel == lint_paths(files, config, jobs=1, keep_text=True)


def test_usable_cores_follow_the_affinity_mask() -> None:
    """A process allowed one core (taskset, a container) starts one worker, not one a core."""
    taskset = shutil.which("taskset")
    if not hasattr(os, "sched_getaffinity") or taskset is None:
        pytest.skip("needs Linux affinity masks and taskset")
    assert runner.usable_cores() == len(os.sched_getaffinity(0))
    code = "from checker.runner import usable_cores; print(usable_cores())"
    done = subprocess.run(
        [taskset, "-c", "0", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=GUARD,
        check=True,
    )
    assert done.stdout.strip() == "1"


def assert_same_outputs(
    outputs: dict[str, subprocess.CompletedProcess[bytes]],
    reference: subprocess.CompletedProcess[bytes],
) -> None:
    """Every run (keyed by its --jobs) gave the reference's exit code, stdout and stderr."""
    for jobs, done in outputs.items():
        assert (done.returncode, done.stdout, done.stderr) == (
            reference.returncode,
            reference.stdout,
            reference.stderr,
        ), f"--jobs {jobs} differs"


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_cli_output_is_byte_for_byte_the_same_with_any_jobs(tmp_path: Path, fmt: str) -> None:
    _mixed_tree(tmp_path / "tree")
    shutil.copytree(FIXTURES, tmp_path / "fixtures")
    args = ["check", "--format", fmt, "--no-color", str(tmp_path)]
    # Each run with its own hash seed too: set order must never leak into a report.
    outputs = {jobs: cli(*args, "--jobs", jobs, hash_seed=jobs) for jobs in ("1", "2", "3")}
    outputs["default"] = cli(*args, hash_seed="random")
    reference = outputs["1"]
    assert reference.returncode == 2  # the missing/binary/latin-1 files
    assert b"Traceback" not in reference.stderr
    assert_same_outputs(outputs, reference)


def test_one_long_file_gives_the_same_report_with_any_jobs(tmp_path: Path) -> None:
    """A file long enough for blocks shares them out to processes; the report is unchanged."""
    articles = sorted((FIXTURES / "articles").glob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in articles)
    repeats = engine.BLOCK_CHARS * 3 // len(text) + 1
    long_file = write(tmp_path / "long.txt", "\n\n".join([text] * repeats))
    args = ["check", "--format", "json", str(long_file)]
    outputs = {jobs: cli(*args, "--jobs", jobs) for jobs in ("1", "2")}
    outputs["default"] = cli(*args)
    reference = outputs["1"]
    assert reference.returncode == 1 and json_report(reference)["findings"]
    assert_same_outputs(outputs, reference)


def test_cli_on_many_paths_reports_each_bad_one_and_lints_the_rest(tmp_path: Path) -> None:
    good = [str(write(tmp_path / f"g{i:03d}.txt")) for i in range(150)]
    missing = [str(tmp_path / f"missing{i}.txt") for i in range(5)]
    paths = [p for pair in zip(good[:5], missing, strict=True) for p in pair] + good[5:]
    for jobs in ("1", "2"):
        done = cli("check", "--format", "json", "--jobs", jobs, *paths)
        report = json_report(done)
        assert done.returncode == 2
        assert report["summary"]["files"] == len(good)
        assert sorted(e["path"] for e in report["summary"]["errors"]) == sorted(missing)
        assert codes_by_path(report) == {p: ["E001"] for p in missing}


# --- awkward files -----------------------------------------------------------------------


def test_a_fifo_is_reported_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(tmp_path / "pipe.txt")  # nobody ever writes: opening it for reading would block
    (tmp_path / "walked").mkdir()
    os.mkfifo(tmp_path / "walked" / "pipe.txt")
    good = write(tmp_path / "walked" / "good.txt")
    done = cli("check", "--format", "json", str(tmp_path / "pipe.txt"), str(tmp_path / "walked"))
    report = json_report(done)
    assert done.returncode == 2
    assert codes_by_path(report) == {
        str(tmp_path / "pipe.txt"): ["E001"],
        str(tmp_path / "walked" / "pipe.txt"): ["E001"],
    }
    assert {e["message"] for e in report["summary"]["errors"]} == {"not a regular file"}
    assert report["summary"]["files"] == 1  # good.txt
    assert str(good) not in codes_by_path(report)


def test_read_bytes_of_a_fifo_returns_at_once(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code = (
        "import sys; from checker.formats import read_bytes; print(read_bytes(sys.argv[1]).message)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(fifo)], capture_output=True, timeout=GUARD, check=True
    )
    assert done.stdout.decode().strip() == "not a regular file"


def test_symlink_loops_and_broken_links_are_reported(tmp_path: Path) -> None:
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    good = write(tmp_path / "good.txt")
    done = cli("check", "--format", "json", str(tmp_path))
    report = json_report(done)
    assert done.returncode == 2
    messages = {e["path"]: e["message"] for e in report["summary"]["errors"]}
    assert messages == {
        str(tmp_path / "a.txt"): "symbolic link loop",
        str(tmp_path / "b.txt"): "symbolic link loop",
        str(tmp_path / "broken.txt"): "broken symbolic link (its target does not exist)",
    }
    assert report["summary"]["files"] == 1
    assert str(good) not in codes_by_path(report)


def test_a_file_that_vanishes_after_listing_is_reported(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / name)
    files, _, _ = collect([str(tmp_path)], Config())
    (tmp_path / "b.txt").unlink()
    for jobs in (1, 2):
        results = lint_paths(files, Config(), jobs=jobs)
        assert [r.path for r in results] == files
        assert [r.error.message if r.error else None for r in results] == [
            None,
            "no such file or folder",
            None,
        ]
        assert [f.code for f in results[1].findings] == ["E001"]


def test_a_file_that_vanishes_between_check_and_open_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gone.txt"  # isfile says yes (it existed a moment ago), open fails
    monkeypatch.setattr(formats.os.path, "isfile", lambda p: True)
    monkeypatch.setattr(formats.os.path, "getsize", lambda p: 10)
    result = runner.lint_file(str(path), Config())
    assert result.error is not None and result.error.code == "E001"
    assert result.error.message == "No such file or directory"


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = write(tmp_path / "secret.txt")
    other = write(tmp_path / "other.txt")
    real_open = open

    def guarded_open(file, *args, **kwargs):  # as root, chmod 000 would not stop a read
        if str(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(formats, "open", guarded_open, raising=False)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["summary"]["errors"] == [{"path": str(secret), "message": "Permission denied"}]
    assert report["summary"]["files"] == 1
    assert str(other) not in codes_by_path(report)


@pytest.mark.skipif(IS_ROOT, reason="root reads a chmod 000 file; the mocked test covers it")
def test_a_chmod_000_file_is_reported(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.txt")
    secret.chmod(0)
    try:
        report = json_report(cli("check", "--format", "json", str(secret)))
    finally:
        secret.chmod(0o644)
    assert report["summary"]["errors"] == [{"path": str(secret), "message": "Permission denied"}]


def test_a_regular_file_that_fails_to_read_is_reported() -> None:
    if not os.path.isfile("/proc/self/mem"):
        pytest.skip("no /proc/self/mem")
    # A regular file whose read fails with EIO, even for root.
    report = json_report(cli("check", "--format", "json", "/proc/self/mem"))
    assert report["summary"]["errors"] == [
        {"path": "/proc/self/mem", "message": "Input/output error"}
    ]


def test_a_read_only_file_is_linted(tmp_path: Path) -> None:
    path = write(tmp_path / "ro.txt")
    path.chmod(0o444)
    report = json_report(cli("check", "--format", "json", str(path)))
    assert report["summary"] == {"files": 1, "findings": 0, "by_family": {}, "errors": []}


def test_fix_leaves_a_read_only_file_alone_and_says_so(tmp_path: Path, fake_rule: str) -> None:
    read_only = write(tmp_path / "a.txt", "a zorp here\n")
    read_only.chmod(0o444)
    writable = write(tmp_path / "b.txt", "another zorp\n")
    result = CliRunner().invoke(
        main, ["check", "--select", fake_rule, "--fix", "--format", "json", str(tmp_path)]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["summary"]["errors"] == [
        {"path": str(read_only), "message": "cannot write the fixes: the file is read-only"}
    ]
    codes = [f["code"] for f in report["findings"] if f["path"] == str(read_only)]
    assert "E008" in codes and "E001" not in codes  # a write failure, not a read failure
    assert read_only.read_text(encoding="utf-8") == "a zorp here\n"
    assert stat.S_IMODE(read_only.stat().st_mode) == 0o444
    assert writable.read_text(encoding="utf-8") == "another x\n"


@contextlib.contextmanager
def immutable(folder: Path) -> Iterator[None]:
    """``chattr +i``: a folder nobody may write into, root included (ext4 and friends)."""
    chattr = shutil.which("chattr")
    if chattr is None or not IS_ROOT:
        pytest.skip("needs chattr as root to make a folder unwritable for root")
    done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr +i not supported here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_fix_in_an_unwritable_folder_is_reported_and_other_files_fixed(
    tmp_path: Path, fake_rule: str
) -> None:
    locked = write(tmp_path / "locked" / "a.txt", "a zorp here\n")
    writable = write(tmp_path / "open" / "b.txt", "another zorp\n")
    with immutable(locked.parent):
        result = CliRunner().invoke(
            main, ["check", "--select", fake_rule, "--fix", "--format", "json", str(tmp_path)]
        )
    assert result.exit_code == 2, result.output
    report = json.loads(result.stdout)
    (error,) = report["summary"]["errors"]
    assert error["path"] == str(locked)
    assert error["message"].startswith("cannot write the fixes: ")
    assert locked.read_text(encoding="utf-8") == "a zorp here\n"
    assert writable.read_text(encoding="utf-8") == "another x\n"
    assert list(locked.parent.iterdir()) == [locked]  # no temporary file left behind


def test_stdin_filename_names_stdin_only(tmp_path: Path, fake_rule: str) -> None:
    """``--stdin-filename notes.md`` must not make the other files Markdown too."""
    fenced = "Text.\n\n```\nzorp\n```\n"
    plain = write(tmp_path / "plain.txt", fenced)  # plain text: the fence is prose
    args = ["check", "--select", fake_rule, "--format", "json", "--stdin-filename", "notes.md"]
    result = CliRunner().invoke(main, [*args, "-", str(plain)], input=fenced.encode("utf-8"))
    report = json.loads(result.stdout)
    # stdin is Markdown (the fenced block is code, masked); plain.txt is not.
    assert codes_by_path(report) == {str(plain): [fake_rule]}


def test_stdin_bytes_go_to_the_stdin_task_only(tmp_path: Path, monkeypatch) -> None:
    seen: list[tuple[str, bytes | None]] = []
    real = runner.lint_file

    def spy(path, config, stdin_bytes=None, *rest):
        seen.append((path, stdin_bytes))
        return real(path, config, stdin_bytes, *rest)

    monkeypatch.setattr(runner, "lint_file", spy)
    files = [str(write(tmp_path / f"{i}.txt")) for i in range(3)]
    lint_paths(["-", *files], Config(), jobs=1, stdin_bytes=b"From stdin.\n")
    assert seen == [("-", b"From stdin.\n")] + [(f, None) for f in files]


# --- file selection stays light ----------------------------------------------------------


def test_pathspec_is_imported_only_when_a_pattern_needs_it(tmp_path: Path) -> None:
    """Bare-name excludes (the defaults, ``drafts``) and files named with --force-exclude
    need no library; a glob or a .gitignore loads pathspec."""
    write(tmp_path / "a.txt")
    write(tmp_path / "node_modules" / "b.txt")
    probe = (
        "import sys\n"
        "from checker.config import Settings\n"
        "from checker.runner import collect\n"
        "settings = Settings(None, {'extend_exclude': sys.argv[1] or None,"
        " 'force_exclude': True})\n"
        "files, _, _ = collect(sys.argv[2:], settings)\n"
        "print(len(files), 'pathspec' in sys.modules)\n"
    )

    def run_probe(pattern: str, *paths: str) -> str:
        command = [sys.executable, "-c", probe, pattern, *paths]
        result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert run_probe("", ".") == "1 False"
    assert run_probe("drafts", "a.txt", "node_modules/b.txt") == "1 False"
    assert run_probe("*.txt", ".") == "0 True"
    write(tmp_path / ".gitignore", "a.txt\n")
    assert run_probe("", ".") == "0 True"
