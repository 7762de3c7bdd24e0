"""Running a check over many paths: collect files, read, lint, optionally in processes.

Every path is independent: one that cannot be read becomes a ReadError (and an ``E`` finding)
while the others are linted. Results come back in path order whatever ``jobs`` is, so the
report is the same byte for byte with one process or many.
"""

from __future__ import annotations

import contextlib
import fnmatch
import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from checker.config import Config
from checker.engine import input_finding, lint
from checker.formats import STDIN, read_bytes, to_documents
from checker.registry import load_rules
from checker.types import Finding, Hit, ReadError

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 16


@dataclass
class FileResult:
    """What linting one path gave. ``text`` and ``data`` are kept only when asked for."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: ReadError | None = None
    text: str | None = None
    data: bytes | None = None
    fixable: bool = False
    bilingual: Any = None  # a bilingual file's segments, for the HTML report (keep_text)


def _excluded(name: str, relative: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


def collect(paths: Iterable[str], config: Config) -> tuple[list[str], list[ReadError]]:
    """Files to lint (folders walked, sorted, de-duplicated) and the paths that failed."""
    files: list[str] = []
    errors: list[ReadError] = []
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            files.append(path)  # missing paths are reported when they are read
            continue
        found = list(_walk(path, config))
        if not found:
            errors.append(ReadError(path, "folder holds no file to lint (see include/exclude)"))
        files.extend(found)
    return list(dict.fromkeys(files)), errors


def _walk(root: str, config: Config) -> Iterator[str]:
    for folder, dirs, names in os.walk(root, followlinks=False, onerror=None):
        relative_folder = os.path.relpath(folder, root)
        dirs[:] = sorted(
            d
            for d in dirs
            if not _excluded(d, os.path.normpath(os.path.join(relative_folder, d)), config.exclude)
        )
        for name in sorted(names):
            relative = os.path.normpath(os.path.join(relative_folder, name))
            if _excluded(name, relative, config.exclude):
                continue
            if any(fnmatch.fnmatch(name, p) for p in config.include):
                yield os.path.join(folder, name)


def error_finding(error: ReadError) -> Finding:
    """A ReadError as an ``E`` finding at line 1, column 1."""
    return input_finding(error.path, error.code, Hit(0, 0, {"reason": error.message}))


def _shown(path: str, stdin_name: str | None) -> str:
    """The name a path goes by in the report: ``--stdin-filename`` (or ``<stdin>``) for -."""
    return (stdin_name or "<stdin>") if path == STDIN else path


def lint_file(
    path: str,
    config: Config,
    stdin_bytes: bytes | None = None,
    stdin_name: str | None = None,
    source_path: str | None = None,
    keep_text: bool = False,
    jobs: int = 1,
) -> FileResult:
    """Read and lint one path (a long text may use ``jobs`` processes for its blocks)."""
    shown = _shown(path, stdin_name)
    data = read_bytes(path, stdin_bytes)
    if isinstance(data, ReadError):
        data = ReadError(shown, data.message, data.code)
        return FileResult(shown, [error_finding(data)], error=data)
    name = (stdin_name or path) if path == STDIN else path  # --stdin-filename names stdin only
    documents = to_documents(name, data, config, shown, source_path)
    if isinstance(documents, ReadError):
        return FileResult(shown, [error_finding(documents)], error=documents)
    if not keep_text:
        data = b""  # the decoded text is all that is needed now: free the bytes
    findings: list[Finding] = []
    unfixed: list[Finding] = []  # bilingual findings before their fixes are dropped
    for document in documents:
        found = lint(document, config, jobs)
        if document.segments:
            unfixed.extend(found)  # offsets into the joined targets, not the file: no fix
            found = [replace(f, fix=None) if f.fix else f for f in found]
        findings.extend(found)
    result = FileResult(shown, findings)
    if keep_text and len(documents) == 1 and not documents[0].segments:
        document = documents[0]
        result.text, result.data, result.fixable = document.text, data, path != STDIN
    elif keep_text and len(documents) == 1:
        from checker.reporters.html.view import BilingualView

        document = documents[0]
        result.bilingual = BilingualView.of(document.text, document.segments, unfixed)
    return result


def usable_cores() -> int:
    """Cores this process may run on (a container or ``taskset`` may allow fewer than exist)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _lint_for_pool(args: tuple) -> FileResult:
    try:
        return lint_file(*args)
    except Exception as error:  # a bug must cost one file, never the run
        path = _shown(args[0], args[3])
        failure = ReadError(path, f"internal error: {type(error).__name__}: {error}", "E900")
        return FileResult(path, [error_finding(failure)], error=failure)


def lint_paths(
    files: Sequence[str],
    config: Config,
    jobs: int | None = None,
    stdin_bytes: bytes | None = None,
    stdin_name: str | None = None,
    source_path: str | None = None,
    keep_text: bool = False,
) -> list[FileResult]:
    """Lint every file, in processes when there are many; results in ``files`` order.

    With few files, the files are linted one after the other, and a long one (cut into
    blocks by the engine) shares its blocks out to ``jobs`` processes instead.
    """
    processes = usable_cores() if jobs is None else jobs
    if jobs is None:
        jobs = processes if len(files) >= PARALLEL_THRESHOLD else 1
    tasks = [
        (p, config, stdin_bytes if p == STDIN else None, stdin_name, source_path, keep_text)
        for p in files
    ]  # stdin's bytes travel with its own task only, not to every worker with every file
    with _rare_garbage_collection():
        if jobs <= 1 or len(files) <= 1:
            return [_lint_for_pool((*t, processes)) for t in tasks]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        load_rules()  # import rule modules once, before forking
        context = multiprocessing.get_context("fork")
        chunk = max(1, len(tasks) // (jobs * 8))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            return list(pool.map(_lint_for_pool, tasks, chunksize=chunk))


# The analyses of 1 MB of text hold some 300,000 small container objects; with the default
# threshold (700 allocations) the collector walks them over and over: a quarter of the time
# of the whole rule set. Linting makes no cycles worth collecting at that pace. 100,000
# measured 3 % faster than 20,000 on 10 MB, with the same peak memory.
GC_THRESHOLD = 100_000


@contextlib.contextmanager
def _rare_garbage_collection() -> Iterator[None]:
    """Collect garbage less often while linting (workers forked inside inherit it)."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
