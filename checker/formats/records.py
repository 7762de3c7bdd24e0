"""Segment records from files: JSON Lines, TSV with a header, Parquet.

A record is a mapping with ``id`` and ``text``, and optionally ``doc_id``, ``source``,
``reference`` and ``source_lang`` (:data:`FIELDS`); what the fields mean and how records
become Documents is :mod:`checker.corpus.records`. These readers only turn bytes into
records, and say why a line is not one (bad JSON, not UTF-8, too many cells); they never
judge the fields.

JSON Lines and TSV are line-based: read as bytes, split on ``\\n`` only (a ``\\r`` before it
is dropped), blank lines skipped, a UTF-8 byte order mark at the start ignored. So one pass
can note where rows start and workers can read their own byte ranges. The TSV layout (a
header naming a ``text`` column, or ``id<TAB>text<TAB>source<TAB>reference``) is described
with the other TSV layout in :mod:`checker.formats.tsv`, which splits the rows. Parquet is
read with pyarrow (the optional extra ``mtlint[corpus]``), imported only when needed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from checker.formats.tsv import RECORD_COLUMNS, record_header, split_row

FIELDS = ("id", "text", "doc_id", "source", "reference", "source_lang")
JSONL_ENDINGS = (".jsonl", ".ndjson")
PARQUET_ENDINGS = (".parquet", ".pq")
TSV_ENDINGS = (".tsv",)
INPUT_ENDINGS = JSONL_ENDINGS + PARQUET_ENDINGS + TSV_ENDINGS
BOM = b"\xef\xbb\xbf"
# A parsed line: the record, or None and why the line is not one.
Parsed = tuple[Any, str | None]


def kind_of(path: str) -> str | None:
    """``jsonl``, ``parquet`` or ``tsv`` by the ending of ``path``; None for another ending."""
    ending = Path(path).suffix.lower()
    for kind, endings in (("jsonl", JSONL_ENDINGS), ("parquet", PARQUET_ENDINGS)):
        if ending in endings:
            return kind
    return "tsv" if ending in TSV_ENDINGS else None


# Line-based inputs --------------------------------------------------------------------------


def is_blank(line: bytes) -> bool:
    return not line.strip()


def lines(handle: IO[bytes], offset: int) -> Iterator[tuple[int, bytes]]:
    """(byte offset, line) from ``offset`` on; the final line may lack its line break."""
    handle.seek(offset)
    for line in handle:
        yield offset, line
        offset += len(line)


def data_start(handle: IO[bytes], kind: str) -> tuple[tuple[str, ...], int, int]:
    """The TSV columns, the byte offset and the 1-based line of the first record line.

    Skips a byte order mark, and for TSV the blank lines before the header row and the header
    row itself (without one, the columns are :data:`~checker.formats.tsv.RECORD_COLUMNS`).
    """
    handle.seek(0)
    start = len(BOM) if handle.read(len(BOM)) == BOM else 0
    line_number = 1
    if kind != "tsv":
        return (), start, line_number
    for offset, line in lines(handle, start):
        if is_blank(line):
            line_number += 1
            continue
        header = tsv_header(line)
        if header is None:
            return RECORD_COLUMNS, offset, line_number
        return header, offset + len(line), line_number + 1
    return RECORD_COLUMNS, start, line_number


def tsv_header(line: bytes) -> tuple[str, ...] | None:
    """The column names of a TSV header line (one naming a ``text`` column), else None."""
    try:
        return record_header(split_row(line.decode("utf-8")))
    except UnicodeDecodeError:
        return None


def parse_line(line: bytes, kind: str, columns: Sequence[str]) -> Parsed:
    """The record of one non-blank line of a ``jsonl`` or ``tsv`` input."""
    return jsonl_record(line) if kind == "jsonl" else tsv_record(line, columns)


def jsonl_record(line: bytes) -> Parsed:
    try:
        return json.loads(line), None
    except UnicodeDecodeError as error:
        return None, _not_utf8(error)
    except ValueError as error:
        return None, f"line is not valid JSON: {error}"


def tsv_record(line: bytes, columns: Sequence[str]) -> Parsed:
    """The fields of a TSV line by ``columns``; an empty cell is no field (but ``id``/``text``)."""
    try:
        cells = split_row(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        return None, _not_utf8(error)
    if len(cells) > len(columns):
        return None, f"{len(cells)} tab-separated fields, the header names {len(columns)}"
    record: dict[str, Any] = {}
    for name, value in zip(columns, cells, strict=False):
        if name in FIELDS and (value != "" or name in ("id", "text")):
            record[name] = value
    return record, None


def _not_utf8(error: UnicodeDecodeError) -> str:
    return f"line is not UTF-8 (byte {error.start})"


def doc_id_of(line: bytes, kind: str, columns: Sequence[str]) -> Any:
    """The raw ``doc_id`` of a line as its record will have it (None when it has none).

    A fast path for the planning pass: a JSON line that does not even mention ``doc_id`` is
    not parsed, nor is a TSV line of a file without a ``doc_id`` column.
    """
    mentioned = b"doc_id" in line if kind == "jsonl" else "doc_id" in columns
    if not mentioned:
        return None
    record, _ = parse_line(line, kind, columns)
    return record.get("doc_id") if isinstance(record, dict) else None


# Parquet ------------------------------------------------------------------------------------


def parquet_rows(path: str) -> int:
    """How many records a Parquet file holds (from its metadata)."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def parquet_doc_ids(path: str) -> Iterator[Any]:
    """The raw ``doc_id`` of each row of a Parquet file (nothing without that column)."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    if "doc_id" not in parquet.schema_arrow.names:
        return
    for batch in parquet.iter_batches(columns=["doc_id"], batch_size=65_536):
        yield from batch.column(0).to_pylist()


def parquet_records(path: str, start: int, stop: int) -> Iterator[dict]:
    """Rows ``[start, stop)`` of a Parquet file as records (only the :data:`FIELDS` columns)."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    columns = [name for name in FIELDS if name in parquet.schema_arrow.names]
    metadata = parquet.metadata
    first = 0
    for group in range(metadata.num_row_groups):
        size = metadata.row_group(group).num_rows
        low, high = max(start, first), min(stop, first + size)
        if low < high:
            table = parquet.read_row_group(group, columns=columns)
            yield from table.slice(low - first, high - low).to_pylist()
        first += size
        if first >= stop:
            break
