"""``mtlint corpus``: plan the partitions, lint them in order, write the rows.

Each partition (:mod:`checker.corpus.partitions`) is linted by :func:`lint_partition`, which
reads its own rows and lints them with :func:`checker.corpus.records.lint_numbered`. Where it
runs is the backend's business:

- on this machine (the default), the partitions go through the one fork-map of mtlint
  (:func:`checker.forked.imap_in_forks`, as the files of ``mtlint check`` do): ``workers``
  forked copies of this process, a batch of partitions at a time, nothing to install;
- on a Dask cluster (``--scheduler``, or a ``client`` from Python):
  :mod:`checker.corpus.dask_run`, the optional extra ``mtlint[corpus]``.

Partitions come back in order either way, so the output (:mod:`checker.corpus.output`) lists
findings by record position then offset, the same whatever the backend, the number of
workers or partitions.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import IO, Any

from checker.config import Config
from checker.corpus.errors import CorpusError
from checker.corpus.output import Summary, open_writer, open_writer_check
from checker.corpus.partitions import (
    Input,
    Partition,
    cut_points,
    describe,
    expand,
    plan,
    read_slice,
    scan,
)
from checker.corpus.records import lint_numbered

EXTRA_HINT = "pip install 'mtlint[corpus]'"
# Rows per partition when --partitions is not given: small enough to balance the load over
# the workers, large enough that scheduling costs nothing next to linting.
MAX_PARTITION_ROWS = 10_000
PARTITIONS_PER_THREAD = 4

# Partitions in order with their rows, from a backend.
InOrder = Callable[[list[Partition]], Iterator[tuple[Partition, list[dict]]]]


def lint_partition(partitions: Sequence[Partition], config: Config) -> list[dict]:
    """What a worker runs: read the partitions' slices and lint them as one batch."""
    from checker.pace import rare_garbage_collection

    items = (item for partition in partitions for s in partition.slices for item in read_slice(s))
    with rare_garbage_collection():  # as --jobs does: fewer collections, same result
        return lint_numbered(items, config)


def partition_error(part: Partition, reason: str, read: bool, cluster: bool = False) -> CorpusError:
    """The error of a partition that could not be linted: which rows, and why.

    Linting itself never fails a partition (a failing rule or document becomes an E900
    finding); what can is reading the input (``read``), or on a cluster a worker dying.
    """
    where = describe(part)
    if not read:
        return CorpusError(f"linting {where} failed: {reason}")
    hint = (
        "; on a cluster, the inputs must be on storage that every worker can read, at the same path"
    )
    return CorpusError(f"a worker could not read {where}: {reason}{hint if cluster else ''}")


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
    """Lint the records of ``paths`` and write their findings to ``output``.

    On ``workers`` forked processes of this machine (default: one per usable core), or on
    Dask: ``client`` reuses a ``distributed.Client``, ``scheduler`` connects to one.
    """
    if client is not None or scheduler is not None:
        from checker.corpus.dask_run import run_on_dask

        return run_on_dask(paths, output, config, scheduler, client, partitions, progress)
    from checker.runner import usable_cores

    started = time.perf_counter()
    open_writer_check(output)
    processes = workers or usable_cores()
    try:
        inputs, blocked = scan(expand(paths))
        in_order = partial(in_forks, config=config, processes=processes)
        return write_in_order(
            in_order, processes, inputs, blocked, output, partitions, progress, started
        )
    except ImportError as error:  # pyarrow, for a Parquet input or output
        raise CorpusError(f"{error.name or error} is missing: {EXTRA_HINT}") from None


@dataclass(frozen=True, slots=True)
class _Failed:
    """A partition that could not be linted in a forked worker (the error, as text)."""

    error: str
    read: bool  # the input could not be read


def in_forks(
    parts: list[Partition], config: Config, processes: int
) -> Iterator[tuple[Partition, list[dict]]]:
    """Each partition with its rows, in order, linted by forked copies of this process.

    A batch of ``processes`` partitions at a time, so this process holds the rows of one
    batch only; the first partition is linted here first (it loads what the others share).
    """
    from checker.forked import imap_in_forks

    def failed(_part: Partition, error: Exception) -> _Failed:
        read = isinstance(error, OSError)
        return _Failed(str(error) if read else f"{type(error).__name__}: {error}", read)

    def lint(part: Partition) -> list[dict]:
        return lint_partition([part], config)

    results = imap_in_forks(lint, parts, processes, processes, failed)
    for part, rows in zip(parts, results, strict=True):
        if isinstance(rows, _Failed):
            raise partition_error(part, rows.error, rows.read)
        yield part, rows


def write_in_order(
    in_order: InOrder,
    threads: int,
    inputs: list[Input],
    blocked: list[tuple[int, int]],
    output: str,
    partitions: int | None,
    progress: IO[str] | None,
    started: float,
) -> Summary:
    """Cut the rows into partitions, take their rows from ``in_order`` and write them."""
    total = sum(i.rows for i in inputs)
    count = partitions or max(
        threads * PARTITIONS_PER_THREAD, math.ceil(total / MAX_PARTITION_ROWS)
    )
    parts = _plan(inputs, blocked, total, count)
    summary = Summary(segments=total, partitions=len(parts))
    bar = Progress(total, len(parts), progress)
    temporary = f"{output}.tmp{os.getpid()}"
    writer = open_writer(output, temporary)
    try:
        for part, rows in in_order(parts):
            writer.write(rows)
            summary.add(rows)
            bar.advance(part.rows)
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


def _plan(
    inputs: list[Input], blocked: list[tuple[int, int]], total: int, count: int
) -> list[Partition]:
    """About ``count`` partitions of the ``total`` rows, no document split."""
    target = max(1, math.ceil(total / max(1, count)))
    try:
        return plan(inputs, cut_points(total, target, blocked))
    except OSError as error:
        raise CorpusError(f"{error.filename}: {error.strerror or error}") from None


def progress_stream() -> IO[str] | None:
    """stderr when it is a terminal (the progress bar), else None."""
    return sys.stderr if sys.stderr.isatty() else None
