"""Applying safe fixes: in memory, as a unified diff, or atomically in place.

Fixes are applied in offset order; a fix that overlaps one already taken is left for the
user (its finding stays in the report). Writing goes to a temporary file in the same folder,
renamed over the original with its mode kept, so a crash never leaves half a file. A file
with nothing to fix is never touched.
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass

from checker.types import Finding, Fix

# --fix re-lints after each pass; fixes that unlock others converge well within this.
MAX_PASSES = 10


@dataclass(frozen=True)
class FixResult:
    """The fixed text, the fixes applied and those skipped because they overlapped."""

    text: str
    applied: tuple[Fix, ...]
    skipped: tuple[Fix, ...]


def apply_fixes(text: str, fixes: Iterable[Fix]) -> FixResult:
    """``text`` with every non-overlapping fix applied (earliest first)."""
    ordered = sorted(set(fixes), key=lambda f: (f.start, f.end, f.replacement))
    applied: list[Fix] = []
    skipped: list[Fix] = []
    last_end = -1
    for fix in ordered:
        if fix.start < max(last_end, 0) or fix.start > fix.end or fix.end > len(text):
            skipped.append(fix)
            continue
        if applied and fix.start == fix.end == last_end == applied[-1].start == applied[-1].end:
            skipped.append(fix)  # two insertions at one point: order would be a guess
            continue
        applied.append(fix)
        last_end = fix.end
    parts: list[str] = []
    position = 0
    for fix in applied:
        parts.append(text[position : fix.start])
        parts.append(fix.replacement)
        position = fix.end
    parts.append(text[position:])
    return FixResult("".join(parts), tuple(applied), tuple(skipped))


def fixes_of(findings: Iterable[Finding]) -> list[Fix]:
    return [f.fix for f in findings if f.fix is not None]


def unified_diff(path: str, before: str, after: str) -> str:
    """A ``git apply``-able unified diff from ``before`` to ``after``."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith(("\n", "\r")):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def encode_like(text: str, original: bytes) -> bytes:
    """``text`` encoded as ``original`` was (UTF-8, UTF-8 with BOM, or UTF-16 with BOM)."""
    import codecs

    if original.startswith(codecs.BOM_UTF8):
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if original.startswith(codecs.BOM_UTF16_LE):
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if original.startswith(codecs.BOM_UTF16_BE):
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode("utf-8")


def write_atomically(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data``: temporary file in the same folder, then rename."""
    path = os.path.realpath(path)  # through a symlink, replace its target, not the link
    folder = os.path.dirname(path)
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if not mode & 0o222 or not os.access(path, os.W_OK):  # read-only: respected, even by root
        raise PermissionError(errno.EACCES, "the file is read-only", path)
    handle, temporary = tempfile.mkstemp(prefix=".mtlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _relint(path: str, text: str, config) -> list[Finding]:
    from checker.engine import lint
    from checker.formats import text_documents

    documents = text_documents(path, text, config)
    if not isinstance(documents, list):
        return []
    return [f for d in documents for f in lint(d, config)]


def fix_results(results, config, write: bool) -> str:
    """Fix every fixable file of ``results``; return the unified diff of all of them.

    Fixes are applied and the text re-linted until no fix is left (at most
    ``MAX_PASSES`` times), so running ``--fix`` twice changes nothing more. With ``write``
    the file is replaced atomically (stdin's result only takes the fixed text, for the
    caller to print) and its result holds the findings that remain. Each result's
    ``fixed`` counts the fixes applied to it.
    """
    diffs = []
    for result in results:
        if not result.fixable or result.text is None or result.data is None:
            continue
        if not fixes_of(result.findings):
            continue
        original = text = result.text
        findings = result.findings
        applied = 0
        for _ in range(MAX_PASSES):
            outcome = apply_fixes(text, fixes_of(findings))
            if not outcome.applied or outcome.text == text:
                break
            text = outcome.text
            applied += len(outcome.applied)
            findings = _relint(result.path, text, result.config or config)
        if text == original:
            continue
        diffs.append(unified_diff(result.path, original, text))
        result.fixed = applied
        if write and result.from_stdin:  # the CLI writes it to stdout
            result.text, result.findings = text, findings
        elif write:
            data = encode_like(text, result.data)
            try:
                write_atomically(result.path, data)
            except OSError as error:  # a folder or file we may not write: report, go on
                _report_unwritable(result, error)
                continue
            result.text, result.data, result.findings = text, data, findings
    return "".join(diffs)


def _report_unwritable(result, error: OSError) -> None:
    from checker.rules.input import UNWRITABLE_FILE
    from checker.runner import error_finding
    from checker.types import ReadError

    message = f"cannot write the fixes: {error.strerror or error}"
    failure = ReadError(result.path, message, UNWRITABLE_FILE)
    result.error = failure
    result.findings = [*result.findings, error_finding(failure)]
