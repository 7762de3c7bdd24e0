"""mtlint: a linter for machine-translated English text.

The public API is :func:`lint_text`; the command line lives in :mod:`checker.cli`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from checker.types import Finding


def lint_text(text: str, path: str = "<string>", **options: Any) -> list[Finding]:
    """Lint ``text`` and return its findings, sorted as the reports show them.

    ``options`` are the configuration keys with underscores (``select``, ``ignore``,
    ``source_lang``, ``allow_words``, ``names``, ``min_severity``...).
    """
    from checker.config import Config
    from checker.document import Document
    from checker.engine import lint

    config = Config.from_options(**options)
    return lint(Document(text=text, path=path), config)


__all__ = ["__version__", "lint_text"]
