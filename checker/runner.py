"""Running a check over many paths: collect files, read, lint, optionally in processes.

Every path is independent: one that cannot be read becomes a ReadError (and an ``E`` finding)
while the others are linted. Results come back in path order whatever ``jobs`` is, so the
report is the same byte for byte with one process or many.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from checker.config import Config, Settings
from checker.engine import input_finding, lint
from checker.formats import STDIN, read_bytes, to_documents
from checker.pace import rare_garbage_collection
from checker.registry import load_rules
from checker.rules.input import INTERNAL_ERROR
from checker.types import Finding, Hit, ReadError, SlotRecord

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 16


class FileResult(SlotRecord):
    """What linting one path gave. ``text`` and ``data`` are kept only when asked for.

    ``unfixed``: fixes found in a bilingual file, where offsets do not address the file (not
    applied); ``fixed``: fixes applied by --fix (or that --diff shows), over every pass;
    ``bilingual``: a bilingual file's segments, for the HTML report (with keep_text). A
    plain class, not a dataclass, which would compile its methods on every cold start;
    equal results hold equal values, whatever configuration made them.
    """

    UNCOMPARED = frozenset({"config"})

    __slots__ = (
        "bilingual",
        "config",
        "data",
        "error",
        "findings",
        "fixable",
        "fixed",
        "from_stdin",
        "path",
        "text",
        "unfixed",
    )  # fmt: skip

    def __init__(
        self,
        path: str,
        findings: list[Finding] | None = None,
        error: ReadError | None = None,
        text: str | None = None,
        data: bytes | None = None,
        fixable: bool = False,
        unfixed: int = 0,
        fixed: int = 0,
        from_stdin: bool = False,
        config: Config | None = None,
        bilingual: Any = None,
    ) -> None:
        self.path = path
        self.findings = [] if findings is None else findings
        self.error = error
        self.text = text
        self.data = data
        self.fixable = fixable
        self.unfixed = unfixed
        self.fixed = fixed
        self.from_stdin = from_stdin
        self.config = config
        self.bilingual = bilingual

    def __repr__(self) -> str:
        return f"FileResult(path={self.path!r}, findings={self.findings!r}, error={self.error!r})"


def _settings(config: Config | Settings) -> Settings:
    return config if isinstance(config, Settings) else Settings.of(config)


def collect(
    paths: Iterable[str], config: Config | Settings, stdin_name: str | None = None
) -> tuple[list[str], list[ReadError], list[str]]:
    """Files to lint (folders walked, sorted, de-duplicated), failed paths and warnings.

    Each path is selected by its own configuration: a folder's ``exclude``,
    ``extend-exclude`` and ``.gitignore`` files (with ``respect-gitignore``) leave files out
    of the walk; a file given by name is linted unless ``force-exclude`` is on and the
    patterns exclude it (pre-commit passes files by name). A folder with nothing to lint
    is a warning, not an error (as in ruff and flake8). Stdin named by ``--stdin-filename``
    is left out like a file of that name.
    """
    settings = _settings(config)
    files: list[str] = []
    errors: list[ReadError] = []
    warnings: list[str] = []
    for path in paths:
        if path == STDIN:
            own = stdin_config(settings, stdin_name)
            if not (stdin_name and own.force_exclude and own.excluded(stdin_name)):
                files.append(path)
            continue
        if not os.path.isdir(path):
            own = settings.for_path(path)
            if own.force_exclude and os.path.exists(path) and own.excluded(path):
                continue
            files.append(path)  # missing paths are reported when they are read
            continue
        own = settings.for_path(path)
        if own.force_exclude and own.excluded(path, is_dir=True):
            continue
        found = list(_walk(path, settings))
        if not found:
            warnings.append(f"{path}: no file to lint in this folder (see include/exclude)")
        files.extend(found)
    return list(dict.fromkeys(files)), errors, warnings


def _walk(root: str, settings: Settings) -> Iterator[str]:
    """The files to lint under ``root``, sorted, pruning excluded and ignored folders.

    ``root`` was named on the command line: what would leave it out (a pattern naming it,
    a ``.gitignore`` line) does not apply to what it holds; other patterns do.
    """
    ignores = _GitIgnores(root) if settings.for_path(root).respect_gitignore else None
    if ignores is not None and ignores.ignored(root, True):
        ignores = None
    for folder, dirs, names in os.walk(root, followlinks=False, onerror=None):
        config = settings.for_path(folder)
        if ignores is not None and config.respect_gitignore and ".gitignore" in names:
            ignores.add(folder)
        kept = []
        for d in sorted(dirs):
            path = os.path.join(folder, d)
            if config.excluded(path, is_dir=True, inside=root):
                continue
            if ignores is not None and config.respect_gitignore and ignores.ignored(path, True):
                continue
            kept.append(d)
        dirs[:] = kept
        for name in sorted(names):
            if not any(fnmatch.fnmatch(name, p) for p in config.include):
                continue
            path = os.path.join(folder, name)
            if config.excluded(path, inside=root):
                continue
            if ignores is not None and config.respect_gitignore and ignores.ignored(path, False):
                continue
            yield path


class _GitIgnores:
    """The ``.gitignore`` files that apply under a walked folder.

    Those of the folder's parents count up to the top of its git work tree (the folder
    holding ``.git``); outside a work tree, only those from the walked folder down. A deeper
    file's verdict wins, and a negated pattern (``!keep.md``) can re-include a path.
    """

    def __init__(self, root: str) -> None:
        self.specs: dict[str, object] = {}
        self.deepest_first: list[str] = []
        top = os.path.abspath(root)
        chain = [top]
        current = top
        while not os.path.exists(os.path.join(current, ".git")):
            parent = os.path.dirname(current)
            if parent == current:
                chain = [top]  # not in a work tree: the parents' files do not apply
                break
            current = parent
            chain.append(current)
        for folder in chain:
            self.add(folder)

    def add(self, folder: str) -> None:
        folder = os.path.abspath(folder)
        if folder in self.specs:
            return
        try:
            with open(os.path.join(folder, ".gitignore"), encoding="utf-8") as handle:
                lines = handle.read().splitlines()
        except (OSError, UnicodeDecodeError):
            return
        import pathspec

        self.specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines)
        self.deepest_first = sorted(self.specs, key=len, reverse=True)

    def ignored(self, path: str, is_dir: bool) -> bool:
        if not self.specs:
            return False
        absolute = os.path.abspath(path)
        for folder in self.deepest_first:  # the deepest file's verdict wins
            if not absolute.startswith(folder + os.sep):
                continue
            relative = os.path.relpath(absolute, folder).replace(os.sep, "/")
            verdict = self.specs[folder].check_file(relative + "/" if is_dir else relative)
            if verdict.include is not None:
                return verdict.include
        return False


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
        if document.segments:  # offsets into the joined targets, not the file: no fix
            unfixed.extend(found)
            found = [f._replace(fix=None) if f.fix else f for f in found]
        findings.extend(found)
    result = FileResult(
        shown, findings, unfixed=sum(1 for f in unfixed if f.fix), from_stdin=path == STDIN
    )
    result.config = config if keep_text else None  # for --fix to re-lint with
    if keep_text and len(documents) == 1 and not documents[0].segments:
        document = documents[0]
        result.text, result.data, result.fixable = document.text, data, True
    elif keep_text and len(documents) == 1:
        from checker.reporters.html.view import BilingualView

        document = documents[0]
        result.bilingual = BilingualView.of(document.text, document.segments, unfixed)
    return result


def stdin_config(config: Config | Settings, stdin_name: str | None) -> Config:
    """The configuration of stdin: that of ``--stdin-filename``'s folder, else the cwd's."""
    settings = _settings(config)
    return settings.for_path(stdin_name) if stdin_name else settings.base()


def usable_cores() -> int:
    """Cores this process may run on (a container or ``taskset`` may allow fewer than exist)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _lint_task(args: tuple) -> FileResult:
    return lint_file(*args)


def _failed_task(args: tuple, error: Exception) -> FileResult:
    """A file whose linting raised: an ``E900`` finding (a bug costs one file, not the run)."""
    path = _shown(args[0], args[3])
    failure = ReadError(path, f"internal error: {type(error).__name__}: {error}", INTERNAL_ERROR)
    return FileResult(path, [error_finding(failure)], error=failure)


def lint_paths(
    files: Sequence[str],
    config: Config | Settings,
    jobs: int | None = None,
    stdin_bytes: bytes | None = None,
    stdin_name: str | None = None,
    source_path: str | None = None,
    keep_text: bool = False,
) -> list[FileResult]:
    """Lint every file, in processes when there are many; results in ``files`` order.

    ``config`` is one Config for every file, or Settings giving each file its own.

    With many files, they are shared out to ``jobs`` processes forked from this one
    (:func:`checker.forked.map_in_forks`: only the results travel, pickled). With few, the
    files are linted one after the other, and a long one (cut into blocks by the engine)
    shares its blocks out to ``jobs`` processes instead.
    """
    processes = usable_cores() if jobs is None else jobs
    if jobs is None:
        jobs = processes if len(files) >= PARALLEL_THRESHOLD else 1
    settings = _settings(config)
    tasks = [
        (
            p,
            stdin_config(settings, stdin_name) if p == STDIN else settings.for_path(p),
            stdin_bytes if p == STDIN else None,
            stdin_name,
            source_path,
            keep_text,
        )
        for p in files
    ]  # stdin's bytes travel with its own task only, not to every worker with every file
    from checker.forked import imap_in_forks, map_in_forks

    with rare_garbage_collection():
        if jobs <= 1 or len(files) <= 1:  # one by one; a long file may share out its blocks
            return map_in_forks(_lint_task, [(*t, processes) for t in tasks], 1, _failed_task)
        # The rule modules are imported and the first file is linted here, before forking:
        # the word lists and memos they load are then in every process's memory once, not
        # loaded again by each. This process takes a share of the rest itself.
        load_rules()
        every = [(*t, 1) for t in tasks]
        return list(imap_in_forks(_lint_task, every, jobs, len(every), _failed_task))
