"""mtlint: a linter for machine-translated English text.

The public API is :func:`lint_text`; the command line lives in :mod:`checker.cli`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from checker.types import Finding


def lint_text(
    text: str, path: str = "<string>", source: str | list[str] | None = None, **options: Any
) -> list[Finding]:
    """Lint ``text`` and return its findings, sorted as the reports show them.

    ``options`` are the configuration keys with underscores (``select``, ``ignore``,
    ``source_lang``, ``allow_words``, ``names``, ``min_severity``...). ``source`` (a text or
    a list of lines, line-aligned with ``text``) turns on the bilingual checks. A ``path``
    ending in ``.md``, ``.po``, ``.xlf``... is read as that format (Markdown code masked...).
    """
    from checker.config import Config
    from checker.engine import lint

    config = Config.from_options(**options)
    if source is not None:
        from checker.formats.aligned import pair_document

        documents = pair_document(text, source, path, config)
    else:
        from checker.formats import text_documents

        documents = text_documents(path, text, config)
        if not isinstance(documents, list):
            from checker.runner import error_finding

            return [error_finding(documents)]
    findings = [f for doc in documents for f in lint(doc, config)]
    return sorted(findings, key=lambda f: f.sort_key)


__all__ = ["__version__", "lint_text"]
