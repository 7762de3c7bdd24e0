"""The one error of ``mtlint corpus``."""

from __future__ import annotations


class CorpusError(Exception):
    """A problem that stops the whole run (exit 2): missing extra, unreadable input..."""
