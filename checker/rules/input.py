"""Input findings (family E): files that could not be read, and rules that failed.

The readers and the engine make these findings; a rule scanning text never does. They are
registered so that ``mtlint rules`` and ``mtlint explain`` document them like every code, and
this module is their one owner: the readers, the engine and the suppression logic name them
by the handles at its end (``UNREADABLE_FILE``, ``INTERNAL_ERROR``…), looked up from the
registry by the rule's function, so a code is written only in its decorator.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.document import Document
from checker.registry import code_of, rule
from checker.types import Hit, Severity


@rule("E001", "unreadable-file", Severity.ERROR, category="Other/Input", message="{reason}")
def unreadable_file(doc: Document) -> Iterator[Hit]:
    """A path that could not be read: missing, or no permission to read it.

    The other paths are still linted, and the run exits with code 2. (A folder with nothing
    to lint is not an error: a warning on stderr, exit 0, as ruff and flake8 do.)
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


@rule("E005", "misaligned-source", Severity.ERROR, category="Other/Input", message="{reason}")
def misaligned_source(doc: Document) -> Iterator[Hit]:
    """A line-aligned pair (``--source``) whose two files differ in their number of lines.

    Line *n* of the source must be the source of line *n* of the translation: with one line
    more or less, every later pair would be compared with the wrong sentence, so the file is
    not linted. Bad: a 12-line translation of an 11-line source. Good: 12 lines each.
    """
    return iter(())


@rule(
    "E006",
    "unknown-suppression-code",
    Severity.WARNING,
    category="Other/Input",
    message="suppression comment names {code}, which matches no rule",
)
def unknown_suppression_code(doc: Document) -> Iterator[Hit]:
    """A suppression comment naming a code, prefix or family that matches no rule.

    A misspelt code silences nothing, so the finding it was meant for would come back
    unnoticed. Reported unless ignored (``ignore = ["E006"]``).

    E006: <!-- mtlint: disable-line=Q9 -->
    Okay: <!-- mtlint: disable-line=Q104 -->
    """
    return iter(())


@rule(
    "E007",
    "unused-suppression",
    Severity.INFO,
    category="Other/Input",
    message="suppression comment {comment} silences nothing",
)
def unused_suppression(doc: Document) -> Iterator[Hit]:
    """A suppression comment that silenced no finding in this run (as ruff's RUF100).

    Off by default: select it (``--select E007``) to clean up comments left behind after
    the text was corrected. Only comments naming a rule that ran are reported.

    E007: A sentence with nothing to silence. <!-- mtlint: disable-line -->
    Okay: A sentence without a suppression comment.
    """
    return iter(())


@rule("E008", "unwritable-file", Severity.ERROR, category="Other/Input", message="{reason}")
def unwritable_file(doc: Document) -> Iterator[Hit]:
    """A file whose fixes ``--fix`` could not write: read-only, or in a folder nobody may
    write into.

    The file is left exactly as it was (fixes are written atomically, through a temporary
    file renamed over the original, or not at all); the other files are still fixed, and
    the run exits with code 2.
    """
    return iter(())


@rule("E900", "internal-error", Severity.ERROR, category="Other/Internal", message="{reason}")
def internal_error(doc: Document) -> Iterator[Hit]:
    """A rule raised an exception on this document; the other rules' findings are kept.

    Please report it with the text that triggers it.
    """
    return iter(())


# The handles of the codes above, for the modules that make their findings.
UNREADABLE_FILE = code_of(unreadable_file)
UNDECODABLE_FILE = code_of(undecodable_file)
BINARY_FILE = code_of(binary_file)
BAD_RECORD = code_of(bad_record)
MISALIGNED_SOURCE = code_of(misaligned_source)
UNKNOWN_SUPPRESSION_CODE = code_of(unknown_suppression_code)
UNUSED_SUPPRESSION = code_of(unused_suppression)
UNWRITABLE_FILE = code_of(unwritable_file)
INTERNAL_ERROR = code_of(internal_error)
