"""The shared precision bar: every rule, on correct English prose, finds nothing to warn about.

Each file of fixtures/clean/ (see its README.md) is linted exactly as ``mtlint check`` would
lint it, with every rule selected. Any warning or error is a false alarm. Info findings are
tolerated ("worth a look" is not a claim that the text is wrong).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.runner import lint_file
from checker.types import Severity

CLEAN = Path(__file__).resolve().parent.parent / "fixtures" / "clean"
CORPUS = sorted(p for p in CLEAN.iterdir() if p.is_file() and p.name != "README.md")


def test_corpus_is_there() -> None:
    assert len(CORPUS) >= 10
    assert {p.suffix for p in CORPUS} >= {".txt", ".md"}


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_clean_file_has_no_warning(path: Path) -> None:
    result = lint_file(str(path), Config())
    assert result.error is None, result.error
    alarms = [f for f in result.findings if f.severity >= Severity.WARNING]
    listing = "\n".join(
        f"  {f.path}:{f.line}:{f.column}: {f.code} {f.severity.label} {f.message}"
        f"\n      {f.excerpt}"
        for f in alarms
    )
    assert not alarms, f"{len(alarms)} false alarm(s) on clean English:\n{listing}"
