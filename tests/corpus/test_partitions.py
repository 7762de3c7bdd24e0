"""checker.corpus.partitions: the planning pass, cuts that never split a document, slices."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import generate, write_jsonl, write_parquet

from checker.corpus.partitions import cut_points, plan, read_slice, scan


def test_cut_points_never_split_a_document() -> None:
    blocked = [(3, 6), (9, 14)]
    cuts = cut_points(20, 4, blocked)
    assert cuts == [0, 7, 15, 19]
    for first, last in blocked:
        assert not any(first < c <= last for c in cuts)
    assert cut_points(0, 4, []) == []
    assert cut_points(5, 10, []) == [0]
    assert cut_points(6, 2, [(1, 5)]) == [0]


def test_partitions_cover_every_row_once(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    records = generate(seed=2, documents=30)
    one = write_jsonl(tmp_path / "a.jsonl", records[:50])
    two = write_parquet(tmp_path / "b.parquet", records[50:])
    inputs, blocked = scan([str(one), str(two)])
    parts = plan(inputs, cut_points(len(records), 9, blocked))
    positions = [item.position for p in parts for s in p.slices for item in read_slice(s)]
    assert positions == list(range(len(records)))
    read = [item.record for p in parts for s in p.slices for item in read_slice(s)]
    assert [r["id"] for r in read] == [r["id"] for r in records]


def test_a_tsv_document_is_never_split_and_lines_count_the_header(tmp_path: Path) -> None:
    source = tmp_path / "c.tsv"
    rows = [f"{i}\t{'art' if i in (1, 4) else ''}\tText {i}." for i in range(7)]
    source.write_text("\ufeffid\tdoc_id\ttext\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    inputs, blocked = scan([str(source)])
    assert (inputs[0].rows, inputs[0].columns, blocked) == (7, ("id", "doc_id", "text"), [(1, 4)])
    parts = plan(inputs, cut_points(7, 2, blocked))
    assert [[s.start for s in p.slices] for p in parts] == [[0], [5]]
    read = [item for p in parts for s in p.slices for item in read_slice(s)]
    assert [(item.position, item.line, item.record["id"]) for item in read] == [
        (i, i + 3, str(i)) for i in range(7)
    ]
    assert read[4].record == {"id": "4", "doc_id": "art", "text": "Text 4."}
