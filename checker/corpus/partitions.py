"""Planning a corpus run: scan the inputs, cut the rows into partitions, read a partition.

The client plans the work in one light pass over the inputs (:func:`scan` reads only
``doc_id``s) and cuts the rows into partitions of consecutive rows (:func:`cut_points`,
:func:`plan`), never inside a document: records sharing a ``doc_id`` land in one partition,
in input order, even when other rows come between them. A partition is a list of slices of
the input files, with byte offsets for the line-based ones, so each worker reads only its own
rows (:func:`read_slice`) with the readers of :mod:`checker.formats.records`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.corpus.errors import CorpusError
from checker.corpus.records import Numbered, as_identifier
from checker.formats import records as readers


@dataclass(frozen=True, slots=True)
class Input:
    """One input file: its kind, its TSV columns, and how many records it holds."""

    path: str
    kind: str  # "jsonl", "parquet" or "tsv"
    rows: int
    first_position: int
    columns: tuple[str, ...] = ()
    data_start: int = 0  # byte offset of the first data line (after a BOM or a TSV header)
    data_line: int = 1  # its 1-based line number


@dataclass(frozen=True, slots=True)
class Slice:
    """Rows ``[start, stop)`` of one input (row numbers within that input).

    For line-based inputs, ``byte_start``/``byte_stop`` bound the rows and ``line`` is the
    1-based line of the first of them.
    """

    input: Input
    start: int
    stop: int
    byte_start: int = 0
    byte_stop: int = 0
    line: int = 1


@dataclass(frozen=True, slots=True)
class Partition:
    """Consecutive rows of the corpus: one or more slices (a partition may cross files)."""

    slices: tuple[Slice, ...]

    @property
    def rows(self) -> int:
        return sum(s.stop - s.start for s in self.slices)


def expand(paths: Sequence[str]) -> list[str]:
    """Files as given; a folder stands for its input files (sorted, not recursive), as a
    Parquet dataset's parts or a day's exports are laid out."""
    files: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        found = sorted(
            entry.path
            for entry in os.scandir(path)
            if entry.is_file() and Path(entry.name).suffix.lower() in readers.INPUT_ENDINGS
        )
        if not found:
            raise CorpusError(f"{path}: folder holds no .jsonl, .ndjson, .parquet or .tsv file")
        files.extend(found)
    return files


def kind_of(path: str) -> str:
    kind = readers.kind_of(path)
    if kind is None:
        raise CorpusError(f"{path}: unknown input ending (use .jsonl, .ndjson, .parquet or .tsv)")
    return kind


def _scan_lines(path: str, kind: str, position: int, spans: dict[str, list[int]]) -> Input:
    """Count the records of a line-based input; note each document's first and last row."""
    with open(path, "rb") as handle:
        columns, data_start, data_line = readers.data_start(handle, kind)
        rows = 0
        for _, line in readers.lines(handle, data_start):
            if readers.is_blank(line):
                continue
            _note(spans, readers.doc_id_of(line, kind, columns), position + rows)
            rows += 1
    return Input(path, kind, rows, position, columns, data_start, data_line)


def _note(spans: dict[str, list[int]], raw_doc_id: object, position: int) -> None:
    doc_id = as_identifier(raw_doc_id)
    if doc_id is None:
        return
    span = spans.get(doc_id)
    if span is None:
        spans[doc_id] = [position, position]
    else:
        span[1] = position


def _scan_parquet(path: str, position: int, spans: dict[str, list[int]]) -> Input:
    rows = readers.parquet_rows(path)
    for row, raw_doc_id in enumerate(readers.parquet_doc_ids(path), position):
        _note(spans, raw_doc_id, row)
    return Input(path, "parquet", rows, position)


def scan(paths: Sequence[str]) -> tuple[list[Input], list[tuple[int, int]]]:
    """The inputs, and the row ranges ``(first, last)`` that no partition cut may split."""
    inputs: list[Input] = []
    spans: dict[str, list[int]] = {}
    position = 0
    for path in paths:
        kind = kind_of(path)
        try:
            if kind == "parquet":
                found = _scan_parquet(path, position, spans)
            else:
                found = _scan_lines(path, kind, position, spans)
        except OSError as error:
            raise CorpusError(f"{path}: {error.strerror or error}") from None
        except Exception as error:  # pyarrow's errors for a file that is not Parquet
            raise CorpusError(f"{path}: cannot read: {error}") from None
        inputs.append(found)
        position += found.rows
    blocked = _merge(sorted((first, last) for first, last in spans.values() if last > first))
    return inputs, blocked


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for first, last in ranges:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def cut_points(total: int, target: int, blocked: list[tuple[int, int]]) -> list[int]:
    """Row positions where partitions start: about every ``target`` rows, never inside a
    blocked range (a document's rows), so a document is never split."""
    cuts = [0] if total else []
    index = 0
    candidate = target
    while candidate < total:
        while index < len(blocked) and blocked[index][1] < candidate:
            index += 1
        if index < len(blocked) and blocked[index][0] < candidate <= blocked[index][1]:
            candidate = blocked[index][1] + 1
            if candidate >= total:
                break
        cuts.append(candidate)
        candidate += target
    return cuts


def plan(inputs: Sequence[Input], cuts: Sequence[int]) -> list[Partition]:
    """Partitions starting at ``cuts``, with byte offsets for the line-based inputs."""
    total = sum(i.rows for i in inputs)
    if not cuts:
        return []
    bounds = list(zip(cuts, [*cuts[1:], total], strict=True))
    # Row positions whose byte offset and line are needed, per input.
    locations: dict[int, dict[int, tuple[int, int]]] = {}
    for number, source in enumerate(inputs):
        if source.kind == "parquet" or not source.rows:
            continue
        end = source.first_position + source.rows
        wanted = {c - source.first_position for c in cuts if source.first_position < c < end}
        locations[number] = _locate(source, wanted)
    partitions = []
    for start, stop in bounds:
        slices = []
        for number, source in enumerate(inputs):
            first, end = source.first_position, source.first_position + source.rows
            low, high = max(start, first), min(stop, end)
            if low >= high:
                continue
            rows = (low - first, high - first)
            if source.kind == "parquet":
                slices.append(Slice(source, *rows))
                continue
            located = locations[number]
            byte_start, line = located[rows[0]]
            byte_stop = located[rows[1]][0]
            slices.append(Slice(source, *rows, byte_start, byte_stop, line))
        partitions.append(Partition(tuple(slices)))
    return partitions


def _locate(source: Input, wanted: set[int]) -> dict[int, tuple[int, int]]:
    """(byte offset, line) of the given rows of a line-based input, plus its start and end."""
    located = {0: (source.data_start, source.data_line)}
    row, line = 0, source.data_line
    with open(source.path, "rb") as handle:
        for offset, text in readers.lines(handle, source.data_start):
            if readers.is_blank(text):
                line += 1
                continue
            if row in wanted:
                located[row] = (offset, line)
            row += 1
            line += 1
        located[source.rows] = (handle.tell(), line)
    return located


# Reading on the workers ---------------------------------------------------------------------


def read_slice(part: Slice) -> Iterator[Numbered]:
    """The records of a slice, each with its corpus position, input path and line."""
    source = part.input
    position = source.first_position + part.start
    if source.kind == "parquet":
        records = readers.parquet_records(source.path, part.start, part.stop)
        for offset, record in enumerate(records):
            yield Numbered(position + offset, record, source.path, part.start + offset + 1)
        return
    with open(source.path, "rb") as handle:
        handle.seek(part.byte_start)
        data = handle.read(part.byte_stop - part.byte_start)
    line = part.line
    # Split exactly as the planning pass iterated the file: on "\n" only.
    for text in data.split(b"\n"):
        if readers.is_blank(text):
            line += 1
            continue
        record, problem = readers.parse_line(text, source.kind, source.columns)
        yield Numbered(position, record, source.path, line, problem)
        position += 1
        line += 1


def describe(part: Partition) -> str:
    """``rows 1-10,000 of corpus.jsonl`` (1-based, per input), for messages."""
    return ", ".join(f"rows {s.start + 1:,}-{s.stop:,} of {s.input.path}" for s in part.slices)
