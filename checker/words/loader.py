"""The one loader of ``checker/data/words/``: a list is a file, a kind is a column.

A word list of ``checker/data/words/<name>.tsv`` is a table: comment lines start with ``#``,
the first other line names the columns (tab-separated, ``word`` first), and each further
line is one entry. A column other than ``word`` is a kind of the concept: ``x`` marks an
entry of that kind, ``-`` one that is not; or one of the ``VALUE_COLUMNS``, which holds a
value (a number word's value, a scale word's powers of ten) that :func:`values` reads. A list or a
column that does not exist is an error raised at first use (a packaging fault, never
silently an empty list).

A plain list (one entry a line, no columns: the gazetteers of ``checker/data/gazetteers/``)
is read by :func:`entries`, with the same comment and blank-line rules.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "words"
# The folder of the plain (one-column) lists.
GAZETTEERS = DATA.parent / "gazetteers"
YES = "x"
NO = "-"
# The columns that hold a value of each entry rather than a kind (x or -).
VALUE_COLUMNS = frozenset({"value", "powers"})


@cache
def table(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The columns and rows of ``checker/data/words/<name>.tsv``, in file order."""
    path = DATA / f"{name}.tsv"
    lines = _content_lines(path)
    if not lines:
        raise ValueError(f"{path}: no header line")
    columns = tuple(lines[0].split("\t"))
    if columns[0] != "word":
        raise ValueError(f"{path}: the first column must be 'word', not {columns[0]!r}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if len(cells) != len(columns):
            raise ValueError(f"{path}: entry {number} has {len(cells)} cells, not {len(columns)}")
        rows.append(cells)
    return columns, tuple(rows)


@cache
def words(name: str, kind: str | None = None) -> frozenset[str]:
    """The entries of list ``name``; with ``kind``, only those marked in that column."""
    columns, rows = table(name)
    if kind is None:
        return frozenset(row[0] for row in rows)
    if kind not in columns[1:]:
        raise KeyError(f"word list {name!r} has no column {kind!r} (columns: {columns[1:]})")
    index = columns.index(kind)
    return frozenset(row[0] for row in rows if row[index] == YES)


@cache
def values(name: str, column: str, kind: str | None = None) -> dict[str, str]:
    """Each entry of list ``name`` (with ``kind``, only those of that kind) with its cell in
    the value column ``column``, in file order."""
    columns, rows = table(name)
    if column not in VALUE_COLUMNS or column not in columns:
        raise KeyError(f"word list {name!r} has no value column {column!r} (columns: {columns})")
    index = columns.index(column)
    chosen = words(name, kind) if kind is not None else None
    return {row[0]: row[index] for row in rows if chosen is None or row[0] in chosen}


@cache
def entries(name: str, folder: Path = GAZETTEERS) -> tuple[str, ...]:
    """The entries of the plain list ``<folder>/<name>.txt``, stripped, in file order."""
    return tuple(line.strip() for line in _content_lines(folder / f"{name}.txt"))


def _content_lines(path: Path) -> list[str]:
    """The lines of ``path`` that are neither blank nor a ``#`` comment, as written."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
