"""The ``mtlint`` command's entry point: :func:`run`, and the click group as ``main``.

The group (:mod:`checker.cli_group`) is imported inside :func:`run`, after the garbage
collector is set to the linting pace: importing click and the group makes tens of
thousands of objects that live as long as the process, which the default pace walks over
and over. ``checker.cli.main`` is the group too (imported at first use), for callers in
Python and tests.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from checker.pace import rare_garbage_collection

if TYPE_CHECKING:
    import click


def __getattr__(name: str) -> click.Group:
    """``main``, the ``mtlint`` click group, imported with click at first use."""
    if name == "main":
        from checker.cli_group import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Set by ``check`` when it starts (:func:`end_quickly`): its process may end without
# tearing its objects down.
_quick_exit = False


def end_quickly() -> None:
    """Let :func:`run` end the process at once when the command now running exits."""
    global _quick_exit
    _quick_exit = True


def run() -> None:
    """The installed ``mtlint`` command: :func:`main`, ending at once after ``check``.

    Tearing down the objects of a check (word memos, analyses, findings) took 30 ms of a
    0.5 s run on 1 MB and 7 ms of a 90 ms cold start. ``check`` leaves nothing to clean up
    when it exits (no temporary file, child process or thread; its report is written), so
    its streams are flushed and the process ends there. Other commands (``corpus`` starts
    a Dask cluster) end the ordinary way, as does ``main`` called from Python.
    """
    global _quick_exit
    _quick_exit = False
    # Rare collections for the command's imports and its linting, up to the quick exit:
    # restoring the default pace first would start a collection of everything made since.
    with rare_garbage_collection():
        from checker.cli_group import main

        try:
            main()
        except SystemExit as done:
            if _quick_exit:
                _end_now(done.code)
            raise


def _end_now(code: object) -> None:
    """Flush the standard streams and end the process with ``code``, as ``sys.exit`` would."""
    if code is not None and not isinstance(code, int):
        import click  # imported by the command already

        click.echo(code, err=True)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a reader that went away, a stream closed: nothing to tell
        pass
    os._exit(code if isinstance(code, int) else (0 if code is None else 1))


if __name__ == "__main__":  # pragma: no cover
    run()
