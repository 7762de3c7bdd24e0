"""What a corpus run writes: the finding rows (Parquet or JSON Lines) and the summary.

The rows are those of :mod:`checker.corpus.records` (:data:`~checker.corpus.records.COLUMNS`),
written in partition order as the partitions come back. The output's ending chooses the
format; pyarrow (the extra ``mtlint[corpus]``) is imported only to write Parquet.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from checker.corpus.errors import CorpusError
from checker.corpus.records import COLUMNS
from checker.formats.records import JSONL_ENDINGS, PARQUET_ENDINGS


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


def open_writer_check(output: str) -> None:
    _output_is_parquet(output)
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise CorpusError(f"{output}: no such folder {folder}")
