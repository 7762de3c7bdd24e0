"""``mtlint corpus`` on Dask: start or reach a cluster, run the partitions, write in order.

Each partition (:mod:`checker.corpus.partitions`) is one Dask task that reads its own rows
and lints them with :func:`checker.corpus.records.lint_numbered`. Partitions come back in
order, so the output (:mod:`checker.corpus.output`) lists findings by record position then
offset, the same whatever the number of workers or partitions.

Dask, distributed and pyarrow are the optional extra ``mtlint[corpus]``; they are imported
inside functions, so ``mtlint check`` never pays for them.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
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
LOOPBACK = "127.0.0.1"


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


def lint_partition(partitions: Sequence[Partition], config: Config) -> list[dict]:
    """What a Dask task runs: read the partition's slices and lint them as one batch."""
    from checker.runner import _rare_garbage_collection

    items = (item for partition in partitions for s in partition.slices for item in read_slice(s))
    with _rare_garbage_collection():  # as --jobs does: fewer collections, same result
        return lint_numbered(items, config)


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
    threads = threads_of(client)
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
        for part, rows in _in_order(client, parts, config, window=max(2, 4 * threads)):
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


def _in_order(
    client: Any, parts: list[Partition], config: Config, window: int
) -> Iterator[tuple[Partition, list[dict]]]:
    """Each partition with its rows, in order, linted on the cluster.

    A window of partitions in flight: the workers stay busy, and results are handed on in
    order as they come, so neither the client nor the workers hold the whole corpus.
    """
    if not parts:
        return
    import dask.bag as db

    bag = db.from_sequence(parts, partition_size=1).map_partitions(lint_partition, config)
    queued = iter(zip(bag.to_delayed(), parts, strict=True))
    pending: deque = deque()
    for task, part in queued:
        pending.append((client.compute(task), part))
        if len(pending) >= window:
            break
    while pending:
        future, part = pending.popleft()
        rows = _result(future, part)
        future.release()
        following = next(queued, None)
        if following is not None:
            pending.append((client.compute(following[0]), following[1]))
        yield part, rows


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


def progress_stream() -> IO[str] | None:
    """stderr when it is a terminal (the progress bar), else None."""
    return sys.stderr if sys.stderr.isatty() else None
