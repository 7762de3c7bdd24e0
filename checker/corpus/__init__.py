"""``mtlint corpus`` and :func:`lint_records`: lint millions of segments, here or on Dask.

Inputs are JSON Lines, Parquet or TSV files of segment records (``id``, ``text``, optional
``doc_id``, ``source``, ``reference``, ``source_lang``). The package, by stage:

- :mod:`checker.formats.records` reads records from files (the record layouts);
- :mod:`checker.corpus.records`: records → Documents → finding rows (:func:`lint_records`,
  the library entry point, the same readers' Documents and engine as ``mtlint check``);
- :mod:`checker.corpus.partitions`: the planning pass, partitions that never split a
  document, and what a worker reads;
- :mod:`checker.corpus.driver`: the run (plan, lint in order, write, the progress bar) on
  forked processes of this machine (:mod:`checker.forked`, as ``mtlint check``);
- :mod:`checker.corpus.dask_run`: the optional distributed backend (a Dask cluster);
- :mod:`checker.corpus.output`: the Parquet / JSON Lines writers and the summary.

Importing this package imports neither Dask nor pyarrow.
"""

from __future__ import annotations

from checker.corpus.dask_run import local_cluster, require_extra
from checker.corpus.driver import progress_stream, run
from checker.corpus.errors import CorpusError
from checker.corpus.output import Summary
from checker.corpus.records import COLUMNS, FIELDS, Numbered, lint_numbered, lint_records

__all__ = [
    "COLUMNS",
    "FIELDS",
    "CorpusError",
    "Numbered",
    "Summary",
    "lint_numbered",
    "lint_records",
    "local_cluster",
    "progress_stream",
    "require_extra",
    "run",
]
