"""Baselines: record today's findings, then report only the new ones.

``mtlint check --write-baseline FILE`` records every finding; ``--baseline FILE`` drops the
findings recorded there. A finding is known by its file, its code, the text it points at
and its rank among the findings with that same file, code and text, never by its line:
an edit above a finding (a paragraph added, a line removed) does not make it new, while a
second occurrence of a known mistake is new. Paths are stored relative to the baseline's
folder, so the file works from any working directory.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from checker import __version__
from checker.types import Finding

FORMAT_VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be read or written."""


@dataclass(frozen=True, slots=True)
class Key:
    path: str
    code: str
    text: str
    occurrence: int


def matched_text(finding: Finding, text: str | None) -> str:
    """What the finding points at: its span of the file's text, else its excerpt."""
    if text is not None and 0 <= finding.start <= finding.end <= len(text):
        span = text[finding.start : finding.end]
        if span.strip():
            return span
    return finding.excerpt


def _relative(path: str, root: str) -> str:
    if path.startswith("<") and path.endswith(">"):  # <stdin>, <string>
        return path
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")


def keys(
    findings: Iterable[Finding], texts: Mapping[str, str], root: str
) -> list[tuple[Key, Finding]]:
    """Each finding with its key; occurrences are counted in report order."""
    seen: Counter[tuple[str, str, str]] = Counter()
    keyed = []
    for finding in sorted(findings, key=lambda f: (f.path, f.start, f.sort_key)):
        identity = (
            _relative(finding.path, root),
            finding.code,
            matched_text(finding, texts.get(finding.path)),
        )
        keyed.append((Key(*identity, seen[identity]), finding))
        seen[identity] += 1
    return keyed


def _root(baseline_path: str) -> str:
    return os.path.dirname(os.path.abspath(baseline_path))


def write(baseline_path: str, findings: Iterable[Finding], texts: Mapping[str, str]) -> int:
    """Record ``findings`` in ``baseline_path``; return how many were recorded."""
    entries = [
        {
            "path": key.path,
            "code": key.code,
            "text": key.text,
            "occurrence": key.occurrence,
            "line": finding.line,
            "message": finding.message,
        }
        for key, finding in keys(findings, texts, _root(baseline_path))
    ]
    entries.sort(key=lambda e: (e["path"], e["line"], e["code"], e["occurrence"]))
    payload = {
        "tool": "mtlint",
        "version": __version__,
        "baseline": FORMAT_VERSION,
        "findings": entries,
    }
    try:
        with open(baseline_path, "w", encoding="utf-8", newline="\n") as out:
            json.dump(payload, out, ensure_ascii=False, indent=2)
            out.write("\n")
    except OSError as error:
        raise BaselineError(f"cannot write {baseline_path}: {error.strerror or error}") from None
    return len(entries)


def load(baseline_path: str) -> set[Key]:
    """The keys recorded in ``baseline_path``."""
    try:
        with open(baseline_path, encoding="utf-8") as handle:
            payload = json.load(handle)
    except OSError as error:
        raise BaselineError(f"cannot read {baseline_path}: {error.strerror or error}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BaselineError(f"{baseline_path} is not an mtlint baseline: {error}") from None
    if not isinstance(payload, dict) or payload.get("tool") != "mtlint":
        raise BaselineError(f"{baseline_path} is not an mtlint baseline")
    entries = payload.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(f"{baseline_path} is not an mtlint baseline")
    try:
        return {Key(e["path"], e["code"], e["text"], int(e["occurrence"])) for e in entries}
    except (KeyError, TypeError, ValueError) as error:
        raise BaselineError(f"{baseline_path}: bad entry ({error})") from None


def new_findings(
    findings: list[Finding], texts: Mapping[str, str], baseline_path: str
) -> list[Finding]:
    """``findings`` less those recorded in the baseline, in their original order."""
    known = load(baseline_path)
    old = {id(f) for key, f in keys(findings, texts, _root(baseline_path)) if key in known}
    return [f for f in findings if id(f) not in old]
