"""``mtlint corpus`` on Dask: reach a cluster, run the partitions as tasks, in order.

The distributed backend of :mod:`checker.corpus.driver` (``--scheduler``, or a ``client``
from Python): each partition is one Dask task running
:func:`checker.corpus.driver.lint_partition` on whichever machine the scheduler picks, so the
inputs must be readable by every worker at the same path. On one machine the driver uses the
fork-map instead (:mod:`checker.forked`); :func:`local_cluster` remains for a LocalCluster
started from Python.

Dask, distributed and pyarrow are the optional extra ``mtlint[corpus]``; they are imported
inside functions, so ``mtlint check`` never pays for them.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Iterator, Sequence
from functools import partial
from typing import IO, Any

from checker.config import Config
from checker.corpus.driver import EXTRA_HINT, lint_partition, partition_error, write_in_order
from checker.corpus.errors import CorpusError
from checker.corpus.output import Summary, open_writer_check
from checker.corpus.partitions import Partition, expand, scan

LOOPBACK = "127.0.0.1"


def require_extra() -> None:
    """Raise a CorpusError naming the extra when dask, distributed or pyarrow is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as error:
        raise CorpusError(
            f"'mtlint corpus --scheduler' needs dask, distributed and pyarrow "
            f"({error.name} is missing): {EXTRA_HINT}"
        ) from None


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


def run_on_dask(
    paths: Sequence[str],
    output: str,
    config: Config,
    scheduler: str | None,
    client: Any,
    partitions: int | None,
    progress: IO[str] | None,
) -> Summary:
    """Lint the records of ``paths`` on ``client``, or on a client of ``scheduler``."""
    require_extra()
    started = time.perf_counter()
    open_writer_check(output)
    inputs, blocked = scan(expand(paths))

    def go(on: Any) -> Summary:
        threads = threads_of(on)
        in_order = partial(_in_order, on, config=config, window=max(2, 4 * threads))
        return write_in_order(
            in_order, threads, inputs, blocked, output, partitions, progress, started
        )

    if client is not None:
        return go(client)
    from distributed import Client

    try:
        remote = Client(scheduler, timeout="10s")
    except OSError as error:
        raise CorpusError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    with remote:
        return go(remote)


def threads_of(client: Any) -> int:
    return max(1, sum(client.nthreads().values()))


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
    """A partition's rows, or a CorpusError that says which rows could not be linted."""
    try:
        return future.result()
    except OSError as error:
        raise partition_error(part, str(error), read=True, cluster=True) from None
    except Exception as error:
        raise partition_error(part, f"{type(error).__name__}: {error}", read=False) from None
