"""``mtlint corpus``: lint millions of segments on Dask, on a laptop or on a cluster.

Inputs are JSON Lines, Parquet or TSV files of segment records (``id``, ``text``, optional
``doc_id``, ``source``, ``reference``, ``source_lang``; see :mod:`checker.batch`). The client
plans the work in one light pass over the inputs (it reads only ``doc_id``s) and cuts the
rows into partitions of consecutive rows, never inside a document: records sharing a
``doc_id`` land in one partition, in input order, even when other rows come between them.
Each worker reads its own slices of the files (so on a cluster the inputs must be on storage
the workers can read), builds the Documents and runs the engine through
:func:`checker.batch.lint_numbered`. Partitions come back in order, so the output (Parquet or
JSON Lines, by the output's ending) lists findings by record position then offset, the same
whatever the number of workers or partitions.

Dask, distributed and pyarrow are the optional extra ``mtlint[corpus]``; they are imported
inside functions, so ``mtlint check`` never pays for them.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from checker.batch import COLUMNS, FIELDS, Numbered, as_identifier, lint_numbered
from checker.config import Config

EXTRA_HINT = "pip install 'mtlint[corpus]'"
JSONL_ENDINGS = (".jsonl", ".ndjson")
PARQUET_ENDINGS = (".parquet", ".pq")
TSV_ENDINGS = (".tsv",)
# Rows per partition when --partitions is not given: small enough to balance the load over
# the workers, large enough that scheduling costs nothing next to linting.
MAX_PARTITION_ROWS = 10_000
PARTITIONS_PER_THREAD = 4
_BOM = b"\xef\xbb\xbf"
LOOPBACK = "127.0.0.1"


class CorpusError(Exception):
    """A problem that stops the whole run (exit 2): missing extra, unreadable input..."""


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


@dataclass
class Summary:
    """What a run found: counts by family and severity, segments with findings."""

    segments: int = 0
    partitions: int = 0
    findings: int = 0
    flagged_segments: int = 0
    by_family: Counter = field(default_factory=Counter)
    by_severity: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, rows: Sequence[dict]) -> None:
        self.findings += len(rows)
        self.flagged_segments += len({row["record"] for row in rows})
        self.by_family.update(row["family"] for row in rows)
        self.by_severity.update(row["severity"] for row in rows)

    @property
    def share_flagged(self) -> float:
        return self.flagged_segments / self.segments if self.segments else 0.0

    def to_text(self, output: str) -> str:
        lines = [
            f"{self.segments:,} segments in {self.partitions} partition(s), "
            f"{self.findings:,} finding(s) written to {output}",
            f"segments with findings: {self.flagged_segments:,} ({100 * self.share_flagged:.1f} %)",
        ]
        if self.by_family:
            width = max(len(name) for name in self.by_family)
            lines.append("by family:")
            lines.extend(
                f"  {name:<{width}}  {count:>9,}" for name, count in sorted(self.by_family.items())
            )
        if self.seconds > 0:
            lines.append(
                f"{self.seconds:.1f} s, {self.segments / self.seconds:,.0f} segments/s "
                f"(start-up included)"
            )
        return "\n".join(lines)


# Dependencies -------------------------------------------------------------------------------


def require_extra() -> None:
    """Raise a CorpusError naming the extra when dask, distributed or pyarrow is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as error:
        raise CorpusError(
            f"'mtlint corpus' needs dask, distributed and pyarrow ({error.name} is missing): "
            f"{EXTRA_HINT}"
        ) from None


# Planning -----------------------------------------------------------------------------------


def expand(paths: Sequence[str]) -> list[str]:
    """Files as given; a folder stands for its input files (sorted, not recursive), as a
    Parquet dataset's parts or a day's exports are laid out."""
    files: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        endings = JSONL_ENDINGS + PARQUET_ENDINGS + TSV_ENDINGS
        found = sorted(
            entry.path
            for entry in os.scandir(path)
            if entry.is_file() and Path(entry.name).suffix.lower() in endings
        )
        if not found:
            raise CorpusError(f"{path}: folder holds no .jsonl, .ndjson, .parquet or .tsv file")
        files.extend(found)
    return files


def kind_of(path: str) -> str:
    ending = Path(path).suffix.lower()
    if ending in JSONL_ENDINGS:
        return "jsonl"
    if ending in PARQUET_ENDINGS:
        return "parquet"
    if ending in TSV_ENDINGS:
        return "tsv"
    raise CorpusError(f"{path}: unknown input ending (use .jsonl, .ndjson, .parquet or .tsv)")


def _is_blank(line: bytes) -> bool:
    return not line.strip()


def _lines(handle: IO[bytes], offset: int) -> Iterator[tuple[int, bytes]]:
    """(byte offset, line) from ``offset`` on; the final line may lack its line break."""
    handle.seek(offset)
    for line in handle:
        yield offset, line
        offset += len(line)


def _jsonl_doc_id(line: bytes) -> str | None:
    if b"doc_id" not in line:
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None  # the worker reports the bad line
    return as_identifier(record.get("doc_id")) if isinstance(record, dict) else None


def _tsv_header(line: bytes) -> tuple[str, ...] | None:
    """The column names of a TSV header line (one naming a ``text`` column), else None."""
    try:
        cells = tuple(c.strip().casefold() for c in line.decode("utf-8").rstrip("\r\n").split("\t"))
    except UnicodeDecodeError:
        return None
    return cells if "text" in cells else None


TSV_DEFAULT_COLUMNS = ("id", "text", "source", "reference")


def _scan_lines(path: str, kind: str, position: int, spans: dict[str, list[int]]) -> Input:
    """Count the records of a line-based input; note each document's first and last row."""
    columns: tuple[str, ...] = ()
    data_start, data_line = 0, 1
    with open(path, "rb") as handle:
        head = handle.read(len(_BOM))
        data_start = len(_BOM) if head == _BOM else 0
        if kind == "tsv":
            for offset, line in _lines(handle, data_start):
                if _is_blank(line):
                    data_line += 1
                    continue
                header = _tsv_header(line)
                columns = header or TSV_DEFAULT_COLUMNS
                if header is not None:
                    data_start, data_line = offset + len(line), data_line + 1
                else:
                    data_start = offset
                break
        doc_column = columns.index("doc_id") if "doc_id" in columns else -1
        rows = 0
        for _, line in _lines(handle, data_start):
            if _is_blank(line):
                continue
            if kind == "jsonl":
                doc_id = _jsonl_doc_id(line)
            elif doc_column >= 0:
                cells = line.rstrip(b"\r\n").split(b"\t")
                raw = cells[doc_column] if doc_column < len(cells) else b""
                doc_id = raw.decode("utf-8", "replace") if raw.strip() else None
            else:
                doc_id = None
            if doc_id is not None:
                _note(spans, doc_id, position + rows)
            rows += 1
    return Input(path, kind, rows, position, columns, data_start, data_line)


def _note(spans: dict[str, list[int]], doc_id: str, position: int) -> None:
    span = spans.get(doc_id)
    if span is None:
        spans[doc_id] = [position, position]
    else:
        span[1] = position


def _scan_parquet(path: str, position: int, spans: dict[str, list[int]]) -> Input:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    rows = parquet.metadata.num_rows
    if "doc_id" in parquet.schema_arrow.names:
        row = position
        for batch in parquet.iter_batches(columns=["doc_id"], batch_size=65_536):
            for value in batch.column(0).to_pylist():
                doc_id = as_identifier(value)
                if doc_id is not None:
                    _note(spans, doc_id, row)
                row += 1
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
        for offset, text in _lines(handle, source.data_start):
            if _is_blank(text):
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
        for offset, record in enumerate(_parquet_rows(part)):
            yield Numbered(position + offset, record, source.path, part.start + offset + 1)
        return
    with open(source.path, "rb") as handle:
        handle.seek(part.byte_start)
        data = handle.read(part.byte_stop - part.byte_start)
    line = part.line
    parse = _jsonl_record if source.kind == "jsonl" else _tsv_record
    # Split exactly as the planning pass iterated the file: on "\n" only.
    for text in data.split(b"\n"):
        if _is_blank(text):
            line += 1
            continue
        record, problem = parse(text, source)
        yield Numbered(position, record, source.path, line, problem)
        position += 1
        line += 1


def _jsonl_record(line: bytes, source: Input) -> tuple[Any, str | None]:
    try:
        return json.loads(line), None
    except UnicodeDecodeError as error:
        return None, f"line is not UTF-8 (byte {error.start})"
    except ValueError as error:
        return None, f"line is not valid JSON: {error}"


def _tsv_record(line: bytes, source: Input) -> tuple[Any, str | None]:
    try:
        cells = line.decode("utf-8").rstrip("\r\n").split("\t")
    except UnicodeDecodeError as error:
        return None, f"line is not UTF-8 (byte {error.start})"
    columns = source.columns
    if len(cells) > len(columns):
        return None, f"{len(cells)} tab-separated fields, the header names {len(columns)}"
    record: dict[str, Any] = {}
    for name, value in zip(columns, cells, strict=False):
        if name in FIELDS and (value != "" or name in ("id", "text")):
            record[name] = value
    return record, None


def _parquet_rows(part: Slice) -> Iterator[dict]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(part.input.path)
    columns = [name for name in FIELDS if name in parquet.schema_arrow.names]
    metadata = parquet.metadata
    first = 0
    for group in range(metadata.num_row_groups):
        size = metadata.row_group(group).num_rows
        low, high = max(part.start, first), min(part.stop, first + size)
        if low < high:
            table = parquet.read_row_group(group, columns=columns)
            yield from table.slice(low - first, high - low).to_pylist()
        first += size
        if first >= part.stop:
            break


def lint_partition(partitions: Sequence[Partition], config: Config) -> list[dict]:
    """What a Dask task runs: read the partition's slices and lint them as one batch."""
    from checker.runner import _rare_garbage_collection

    items = (item for partition in partitions for s in partition.slices for item in read_slice(s))
    with _rare_garbage_collection():  # as --jobs does: fewer collections, same result
        return lint_numbered(items, config)


# Writing ------------------------------------------------------------------------------------


class _JsonLinesWriter:
    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle

    def write(self, rows: Sequence[dict]) -> None:
        for row in rows:
            self.handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False))
            self.handle.write("\n")

    def close(self) -> None:
        self.handle.close()


class _ParquetWriter:
    def __init__(self, path: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        text, number = pa.string(), pa.int64()
        numbers = {"record", "line", "start", "end", "fix_start", "fix_end"}
        self.schema = pa.schema([(c, number if c in numbers else text) for c in COLUMNS])
        self.pa = pa
        self.writer = pq.ParquetWriter(path, self.schema)

    def write(self, rows: Sequence[dict]) -> None:
        if rows:
            self.writer.write_table(self.pa.Table.from_pylist(list(rows), schema=self.schema))

    def close(self) -> None:
        self.writer.close()


def _output_is_parquet(output: str) -> bool:
    """Whether ``output`` names a Parquet file (else JSON Lines); a CorpusError for neither."""
    ending = Path(output).suffix.lower()
    if ending not in PARQUET_ENDINGS + JSONL_ENDINGS:
        raise CorpusError(f"{output}: unknown output ending (use .parquet, .jsonl or .ndjson)")
    return ending in PARQUET_ENDINGS


def open_writer(output: str, temporary: str) -> Any:
    if _output_is_parquet(output):
        return _ParquetWriter(temporary)
    return _JsonLinesWriter(open(temporary, "w", encoding="utf-8", newline="\n"))


# Running ------------------------------------------------------------------------------------


@dataclass
class Progress:
    """A one-line progress bar on a terminal; silent elsewhere."""

    total_rows: int
    total_partitions: int
    stream: IO[str] | None = None
    started: float = field(default_factory=time.perf_counter)
    rows: int = 0
    done: int = 0
    width: int = 30

    def advance(self, rows: int) -> None:
        self.rows += rows
        self.done += 1
        if self.stream is None:
            return
        share = self.rows / self.total_rows if self.total_rows else 1.0
        filled = round(share * self.width)
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {100 * share:5.1f} % "
            f"{self.done}/{self.total_partitions} partitions, {self.rows / elapsed:,.0f} segments/s"
        )
        self.stream.flush()

    def finish(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()


def local_cluster(workers: int | None = None, processes: bool = True) -> Any:
    """A LocalCluster that listens on loopback only: one thread per worker, no dashboard.

    Scheduler and workers speak TCP on 127.0.0.1 even as threads (the in-process transport
    would give their HTTP endpoints the machine's address), and the scheduler's HTTP endpoint
    takes a free loopback port instead of 8787 on every interface.
    """
    import logging

    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=processes,
        protocol="tcp://",
        host=LOOPBACK,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": f"{LOOPBACK}:0"},
        silence_logs=logging.ERROR,
    )


def run(
    paths: Sequence[str],
    output: str,
    config: Config,
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    workers: int | None = None,
    client: Any = None,
    progress: IO[str] | None = None,
) -> Summary:
    """Lint the records of ``paths`` on Dask and write their findings to ``output``.

    ``client`` reuses a ``distributed.Client``; otherwise one connects to ``scheduler`` or
    starts a LocalCluster of ``workers`` processes, closed at the end.
    """
    require_extra()
    started = time.perf_counter()
    open_writer_check(output)
    inputs, blocked = scan(expand(paths))

    def go(on: Any) -> Summary:
        return _run_on(on, inputs, blocked, output, config, partitions, progress, started)

    if client is not None:
        return go(client)
    from distributed import Client

    if scheduler is not None:
        try:
            remote = Client(scheduler, timeout="10s")
        except OSError as error:
            raise CorpusError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        with remote:
            return go(remote)
    with local_cluster(workers) as cluster, Client(cluster) as local:
        return go(local)


def open_writer_check(output: str) -> None:
    _output_is_parquet(output)
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise CorpusError(f"{output}: no such folder {folder}")


def threads_of(client: Any) -> int:
    return max(1, sum(client.nthreads().values()))


def _run_on(
    client: Any,
    inputs: list[Input],
    blocked: list[tuple[int, int]],
    output: str,
    config: Config,
    partitions: int | None,
    progress: IO[str] | None,
    started: float,
) -> Summary:
    import dask.bag as db

    threads = threads_of(client)
    total = sum(i.rows for i in inputs)
    count = partitions or max(
        threads * PARTITIONS_PER_THREAD, math.ceil(total / MAX_PARTITION_ROWS)
    )
    target = max(1, math.ceil(total / max(1, count)))
    try:
        parts = plan(inputs, cut_points(total, target, blocked))
    except OSError as error:
        raise CorpusError(f"{error.filename}: {error.strerror or error}") from None
    tasks = []
    if parts:
        bag = db.from_sequence(parts, partition_size=1).map_partitions(lint_partition, config)
        tasks = bag.to_delayed()
    summary = Summary(segments=total, partitions=len(parts))
    bar = Progress(total, len(parts), progress)
    temporary = f"{output}.tmp{os.getpid()}"
    writer = open_writer(output, temporary)
    try:
        # A window of partitions in flight: the workers stay busy, and results are written in
        # order as they come, so neither the client nor the workers hold the whole corpus.
        window = max(2, 4 * threads)
        pending: deque = deque()
        queued = iter(zip(tasks, parts, strict=True))
        for task, part in queued:
            pending.append((client.compute(task), part))
            if len(pending) >= window:
                break
        while pending:
            future, part = pending.popleft()
            rows = _result(future, part)
            future.release()
            writer.write(rows)
            summary.add(rows)
            bar.advance(part.rows)
            following = next(queued, None)
            if following is not None:
                pending.append((client.compute(following[0]), following[1]))
        writer.close()
        os.replace(temporary, output)
    except BaseException:
        writer.close()
        if os.path.exists(temporary):
            os.remove(temporary)
        raise
    finally:
        bar.finish()
    summary.seconds = time.perf_counter() - started
    return summary


def _result(future: Any, part: Partition) -> list[dict]:
    """A partition's rows, or a CorpusError that says which rows could not be linted.

    Linting itself never fails a partition (a failing rule or document becomes an E900
    finding); what can is reading the input on a worker, or a worker dying.
    """
    try:
        return future.result()
    except OSError as error:
        where = describe(part)
        raise CorpusError(
            f"a worker could not read {where}: {error}; on a cluster, the inputs must be on "
            f"storage that every worker can read, at the same path"
        ) from None
    except Exception as error:
        raise CorpusError(
            f"linting {describe(part)} failed: {type(error).__name__}: {error}"
        ) from None


def describe(part: Partition) -> str:
    """``rows 1-10,000 of corpus.jsonl`` (1-based, per input), for messages."""
    return ", ".join(f"rows {s.start + 1:,}-{s.stop:,} of {s.input.path}" for s in part.slices)


def progress_stream() -> IO[str] | None:
    """stderr when it is a terminal (the progress bar), else None."""
    return sys.stderr if sys.stderr.isatty() else None
