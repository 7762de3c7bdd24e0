"""Input findings (family E): files that could not be read, and rules that failed.

The readers and the engine make these findings; a rule scanning text never does. They are
registered so that ``mtlint rules`` and ``mtlint explain`` document them like every code.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.document import Document
from checker.registry import rule
from checker.types import Hit, Severity


@rule("E001", "unreadable-file", Severity.ERROR, category="Other/Input", message="{reason}")
def unreadable_file(doc: Document) -> Iterator[Hit]:
    """A path that could not be read: missing, a folder with nothing to lint, no permission.

    The other paths are still linted, and the run exits with code 2.
    """
    return iter(())


@rule("E002", "undecodable-file", Severity.ERROR, category="Other/Input", message="{reason}")
def undecodable_file(doc: Document) -> Iterator[Hit]:
    """A file that is neither UTF-8 (with or without BOM) nor UTF-16 with a BOM.

    mtlint does not guess encodings: a silent guess would report nonsense offsets. The
    message gives the byte offset of the first byte that is not UTF-8.
    """
    return iter(())


@rule("E003", "binary-file", Severity.ERROR, category="Other/Input", message="{reason}")
def binary_file(doc: Document) -> Iterator[Hit]:
    """A binary file (it holds NUL bytes); skipped."""
    return iter(())


@rule("E004", "bad-record", Severity.ERROR, category="Other/Input", message="{reason}")
def bad_record(doc: Document) -> Iterator[Hit]:
    """A corpus record that cannot be linted: no id, no text, a field of the wrong type.

    ``mtlint corpus`` and ``checker.batch.lint_records`` report it against the record (its
    position, and its id when it has one) instead of dropping it; the others are linted.
    """
    return iter(())


@rule("E900", "internal-error", Severity.ERROR, category="Other/Internal", message="{reason}")
def internal_error(doc: Document) -> Iterator[Hit]:
    """A rule raised an exception on this document; the other rules' findings are kept.

    Please report it with the text that triggers it.
    """
    return iter(())
