"""The one fork-map: work items shared out to forked copies of this process.

Every local parallelism of mtlint goes through here: the files of ``mtlint check``
(:func:`map_in_forks` over the files), the blocks of one long document (the engine), and the
partitions of ``mtlint corpus`` (:func:`imap_in_forks`, a stream of batches). The children
are forked, so they read the document, the rules and the loaded word lists from this
process's memory, and only their results travel back, pickled through a pipe. This process
takes a share itself rather than wait. It costs a few milliseconds where a process pool
costs tens (a pool starts a thread and queues and sends every item and result through them).

What every caller gets:

- **order**: results in item order, whatever the number of processes, so a report is the
  same byte for byte with one process or many;
- **error isolation**: with ``on_error``, an item whose function raises gives
  ``on_error(item, error)`` as its result, in a child as here, and the other items go on;
- **fall-back to serial**: one process, one item, no ``os.fork``, other threads running or a
  daemonic worker: everything is computed here. A share whose child fails (killed, out of
  memory, a result that cannot be pickled) is computed again here: the results are always
  complete.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def can_fork() -> bool:
    """Forking is possible and safe here.

    Not without ``os.fork`` (Windows), not with other threads running (a lock one of them
    holds would stay locked in the child forever), and not in a daemonic multiprocessing
    worker (a Dask worker), which is not meant to have children.
    """
    if not hasattr(os, "fork") or other_threads_running():
        return False
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is None or not multiprocessing.current_process().daemon


def other_threads_running() -> bool:
    return threading.active_count() > 1


def map_in_forks(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    processes: int,
    on_error: Callable[[Item, Exception], Result] | None = None,
) -> list[Result]:
    """``[function(item) for item in items]``, computed by up to ``processes`` processes.

    Item ``i`` goes to share ``i % shares``; share 0 is computed here, the others by one
    forked child each. With ``on_error``, an item that raises gives ``on_error(item, error)``.
    """
    if on_error is not None:
        function = _guarded(function, on_error)
    shares = min(processes, len(items))
    if shares <= 1 or not can_fork():
        return [function(item) for item in items]
    children: dict[int, tuple[int, int]] = {}  # share → (pid, read end of its pipe)
    # The objects made so far (rules, word lists, memos) go to the collector's permanent
    # generation, in the children and here: no collection walks them again, nor writes to
    # their headers, which would copy a child's pages of them.
    gc.freeze()
    try:
        for share in range(1, shares):
            forked = _fork_share(function, items[share::shares])
            if forked is None:
                break  # no more processes: this one takes the shares left
            children[share] = forked
        results: list[Result | None] = [None] * len(items)
        for index, item in enumerate(items):
            if index % shares not in children:
                results[index] = function(item)
        for share in list(children):
            pid, read_end = children.pop(share)
            values = _collect(pid, read_end)
            if values is None:
                values = [function(item) for item in items[share::shares]]
            results[share::shares] = values
        return results  # type: ignore[return-value]
    finally:
        gc.unfreeze()
        for pid, read_end in children.values():  # only after an error here: stop them
            with contextlib.suppress(OSError):
                os.close(read_end)
            with contextlib.suppress(OSError):
                os.kill(pid, _kill_signal())
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)


def imap_in_forks(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    processes: int,
    batch: int,
    on_error: Callable[[Item, Exception], Result] | None = None,
) -> Iterator[Result]:
    """``function(item)`` for each item, in item order, as a stream.

    For a stream too long to hold its results at once (the partitions of a corpus): the first
    item is computed here before any fork, so what it loads (rules, word lists) is in every
    child's memory once; then ``batch`` items at a time go through :func:`map_in_forks`.
    """
    source = iter(items)
    first = list(itertools.islice(source, 1))
    if not first:
        return
    yield from map_in_forks(function, first, 1, on_error)
    while chunk := list(itertools.islice(source, max(1, batch))):
        yield from map_in_forks(function, chunk, processes, on_error)


def _guarded(
    function: Callable[[Item], Result], on_error: Callable[[Item, Exception], Result]
) -> Callable[[Item], Result]:
    def guarded(item: Item) -> Result:
        try:
            return function(item)
        except Exception as error:  # isolated: the caller says what a failed item gives
            return on_error(item, error)

    return guarded


def _fork_share(
    function: Callable[[Item], Result], items: Sequence[Item]
) -> tuple[int, int] | None:
    """Fork a child computing ``function`` on ``items``: its (pid, read end), or None."""
    import pickle  # here, before the fork: a cold start that lints one file needs none

    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: compute, send, and leave without running this process's exit
        status = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as out:
                pickle.dump([function(item) for item in items], out, pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _collect(pid: int, read_end: int) -> list | None:
    """A child's results, or None when it did not finish its share."""
    import pickle

    with os.fdopen(read_end, "rb") as source:
        data = source.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return None
    try:
        return pickle.loads(data)
    except Exception:  # a truncated or corrupt result: the share is computed again
        return None


def _kill_signal() -> int:
    """SIGKILL, imported only when a child must be stopped (not at every cold start)."""
    import signal

    return signal.SIGKILL
