"""Tab-separated pairs: ``source<TAB>target``, with an optional third column, the reference.

The layout of parallel corpora and of MT evaluation sheets. Fields are not quoted
(``csv.QUOTE_NONE``): prose is full of quotation marks, and a segment that opens with ``"``
must stay as it is, as in WMT and OPUS TSV files. A first row of column names (``source``,
``target``, ``reference``...) is skipped; blank rows are skipped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.formats import ReaderError
from checker.formats.bilingual import Unit, build_document

if TYPE_CHECKING:
    from checker.config import Config
    from checker.document import Document

HEADER_NAMES = frozenset(
    {"source", "src", "target", "tgt", "translation", "hypothesis", "hyp", "mt", "output"}
    | {"reference", "ref", "references"}
)


def read(text: str, path: str, config: Config) -> list[Document]:
    """The Document of a TSV file, one segment a row."""
    return build_document(_units(text), path, config, "tsv")


def _units(text: str) -> Iterator[Unit]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    for index, row in enumerate(reader):
        line = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if index == 0 and all(cell.strip().casefold() in HEADER_NAMES for cell in row):
            continue
        if not 2 <= len(row) <= 3:
            raise ReaderError(
                f"line {line}: expected source<TAB>target[<TAB>reference], "
                f"got {len(row)} column{'s' if len(row) != 1 else ''}"
            )
        reference = row[2] if len(row) == 3 else None
        yield Unit(target=row[1], source=row[0], line=line, key=str(line), reference=reference)
