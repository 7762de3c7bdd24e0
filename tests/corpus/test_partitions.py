"""checker.corpus.partitions: the planning pass, cuts that never split a document, slices."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import generate, write_jsonl, write_parquet

from checker import corpus


def test_cut_points_never_split_a_document() -> None:
    blocked = [(3, 6), (9, 14)]
    cuts = corpus.cut_points(20, 4, blocked)
    assert cuts == [0, 7, 15, 19]
    for first, last in blocked:
        assert not any(first < c <= last for c in cuts)
    assert corpus.cut_points(0, 4, []) == []
    assert corpus.cut_points(5, 10, []) == [0]
    assert corpus.cut_points(6, 2, [(1, 5)]) == [0]


def test_partitions_cover_every_row_once(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    records = generate(seed=2, documents=30)
    one = write_jsonl(tmp_path / "a.jsonl", records[:50])
    two = write_parquet(tmp_path / "b.parquet", records[50:])
    inputs, blocked = corpus.scan([str(one), str(two)])
    parts = corpus.plan(inputs, corpus.cut_points(len(records), 9, blocked))
    positions = [item.position for p in parts for s in p.slices for item in corpus.read_slice(s)]
    assert positions == list(range(len(records)))
    read = [item.record for p in parts for s in p.slices for item in corpus.read_slice(s)]
    assert [r["id"] for r in read] == [r["id"] for r in records]
