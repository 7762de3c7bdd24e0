"""Tab-separated files: one way to split a row, two layouts.

Cells are split on tabs and never quoted (``csv.QUOTE_NONE``): prose is full of quotation
marks, and a segment that opens with ``"`` must stay as it is, as in WMT and OPUS TSV files.
A line ends at ``\\n``, ``\\r\\n`` or ``\\r``; blank rows are skipped. Which layout a file has
depends on the command that reads it:

- **Pairs** (``mtlint check pairs.tsv``, this module's :func:`read`):
  ``source<TAB>target[<TAB>reference]``, the layout of parallel corpora and MT evaluation
  sheets, one segment a row. A first row of column names (``source``, ``target``,
  ``reference``, ``src``, ``mt``...) is skipped; a first row that is data is kept.
- **Records** (``mtlint corpus segments.tsv``, read by :mod:`checker.formats.records`): a
  header row names the columns, one of them ``text`` (any of ``id``, ``doc_id``, ``text``,
  ``source``, ``reference``, ``source_lang``, in any order; other columns are ignored).
  Without a header the columns are ``id<TAB>text<TAB>source<TAB>reference``. A corpus reads
  its files as bytes split on ``\\n`` only (so that byte offsets cut it into partitions), each
  line's cells split by :func:`split_row` like the pairs'.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from checker.formats import ReaderError
from checker.formats.bilingual import Unit, build_document

if TYPE_CHECKING:
    from checker.config import Config
    from checker.document import Document

PAIR_HEADER_NAMES = frozenset(
    {"source", "src", "target", "tgt", "translation", "hypothesis", "hyp", "mt", "output"}
    | {"reference", "ref", "references"}
)
# The record columns of a TSV file without a header row.
RECORD_COLUMNS = ("id", "text", "source", "reference")


def split_row(line: str) -> list[str]:
    """The cells of one line, its line break dropped (none for an empty line)."""
    body = line.rstrip("\r\n")
    return body.split("\t") if body else []


def is_blank(cells: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def column_names(cells: Sequence[str]) -> tuple[str, ...]:
    """The cells of a header row as column names: trimmed, case folded."""
    return tuple(cell.strip().casefold() for cell in cells)


def record_header(cells: Sequence[str]) -> tuple[str, ...] | None:
    """The columns a records header row names (one of them ``text``), else None (data)."""
    names = column_names(cells)
    return names if "text" in names else None


def rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(1-based line, cells) of each line of ``text``, blank ones included."""
    for number, line in enumerate(io.StringIO(text, newline=""), 1):
        yield number, split_row(line)


def read(text: str, path: str, config: Config) -> list[Document]:
    """The Document of a pairs TSV file, one segment a row."""
    return build_document(_units(text), path, config, "tsv")


def _units(text: str) -> Iterator[Unit]:
    for line, row in rows(text):
        if is_blank(row):
            continue
        if line == 1 and all(name in PAIR_HEADER_NAMES for name in column_names(row)):
            continue
        if not 2 <= len(row) <= 3:
            raise ReaderError(
                f"line {line}: expected source<TAB>target[<TAB>reference], "
                f"got {len(row)} column{'s' if len(row) != 1 else ''}"
            )
        reference = row[2] if len(row) == 3 else None
        yield Unit(target=row[1], source=row[0], line=line, key=str(line), reference=reference)
