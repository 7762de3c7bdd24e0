"""Kept for compatibility: :func:`lint_records` lives in :mod:`checker.corpus.records`."""

from __future__ import annotations

from checker.corpus.records import (
    COLUMNS,
    FIELDS,
    Numbered,
    as_identifier,
    lint_numbered,
    lint_records,
)

__all__ = ["COLUMNS", "FIELDS", "Numbered", "as_identifier", "lint_numbered", "lint_records"]
