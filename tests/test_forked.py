"""Sharing work out to forked processes (checker/forked.py): same results, in order, always."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from checker import forked
from checker.forked import can_fork, imap_in_forks, map_in_forks

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork"),
    pytest.mark.usefixtures("fork_allowed"),  # each test here decides about threads itself
]
PARENT = os.getpid()


def square(item: int) -> int:
    return item * item


@pytest.mark.parametrize("processes", [1, 2, 3, 8])
@pytest.mark.parametrize("count", [0, 1, 2, 7])
def test_results_are_the_plain_map_in_item_order(processes: int, count: int) -> None:
    items = list(range(count))
    assert map_in_forks(square, items, processes) == [square(i) for i in items]


def test_shares_run_in_other_processes_round_robin() -> None:
    pids = map_in_forks(lambda _: os.getpid(), list(range(6)), 3)
    assert pids[0] == pids[3] == PARENT  # share 0 is this process's
    assert pids[1] == pids[4] != PARENT
    assert pids[2] == pids[5] not in (PARENT, pids[1])


def _die_in_a_child(item: int) -> int:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return item + 1


def _unpicklable_in_a_child(item: int) -> object:
    if os.getpid() != PARENT:
        return lambda: item  # cannot be pickled: the child fails to send it
    return item


@pytest.mark.parametrize("function", [_die_in_a_child, _unpicklable_in_a_child])
def test_a_failed_child_share_is_computed_here(function) -> None:
    items = list(range(5))
    assert map_in_forks(function, items, 2) == [function(i) for i in items]


def test_no_fork_possible_means_everything_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> int:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    assert map_in_forks(lambda _: os.getpid(), [1, 2, 3], 3) == [PARENT] * 3


def test_no_fork_while_other_threads_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real thread count
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert forked.other_threads_running()
        assert not can_fork()
        assert map_in_forks(lambda _: os.getpid(), [1, 2], 2) == [PARENT, PARENT]
    finally:
        stop.set()
        thread.join()


def _report_can_fork(queue) -> None:
    queue.put(can_fork())


def test_a_daemonic_worker_does_not_fork() -> None:
    """A daemonic process (a Dask worker) may not have children."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    worker = context.Process(target=_report_can_fork, args=(queue,), daemon=True)
    worker.start()
    answer = queue.get(timeout=30)
    worker.join(timeout=30)
    assert answer is False


def test_an_error_here_stops_the_children(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    fork_share = forked._fork_share

    def recording(function, items):
        child = fork_share(function, items)
        if child is not None:
            started.append(child[0])
        return child

    def slow_in_child_broken_here(item: int) -> int:
        if os.getpid() != PARENT:
            time.sleep(60)
            return item
        raise ValueError("broken here")

    monkeypatch.setattr(forked, "_fork_share", recording)
    with pytest.raises(ValueError, match="broken here"):
        map_in_forks(slow_in_child_broken_here, [1, 2], 2)
    (pid,) = started
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: killed, not left running


def _odd_fails(item: int) -> int:
    if item % 2:
        raise ValueError(f"odd {item}")
    return item


@pytest.mark.parametrize("processes", [1, 3])
def test_on_error_isolates_the_failing_items(processes: int) -> None:
    items = list(range(7))
    results = map_in_forks(_odd_fails, items, processes, lambda i, e: f"{i}: {e}")
    assert results == [0, "1: odd 1", 2, "3: odd 3", 4, "5: odd 5", 6]


def test_without_on_error_the_error_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="odd 1"):
        map_in_forks(_odd_fails, [0, 1, 2], 2)


@pytest.mark.parametrize("batch", [1, 2, 5, 100])
def test_imap_streams_in_item_order(batch: int) -> None:
    items = iter(range(11))  # any iterable, read batch by batch
    assert list(imap_in_forks(square, items, 3, batch)) == [square(i) for i in range(11)]
    assert list(imap_in_forks(square, [], 3, batch)) == []


def test_imap_computes_the_first_item_here_then_shares_out() -> None:
    pids = list(imap_in_forks(lambda _: os.getpid(), range(5), 2, 4))
    assert pids[0] == PARENT  # before any fork: what it loads, every child shares
    assert pids[1] == pids[3] == PARENT  # share 0 of the batch 1..4
    assert pids[2] == pids[4] != PARENT


def test_imap_isolates_errors_too() -> None:
    results = list(imap_in_forks(_odd_fails, range(4), 2, 2, lambda i, e: -i))
    assert results == [0, -1, 2, -3]
