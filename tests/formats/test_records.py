"""checker.formats.records: JSON Lines, TSV and Parquet lines → records, or why not."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from checker.formats import records
from checker.formats.tsv import RECORD_COLUMNS


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.jsonl", "jsonl"),
        ("a.NDJSON", "jsonl"),
        ("a.parquet", "parquet"),
        ("a.pq", "parquet"),
        ("a.tsv", "tsv"),
        ("a.csv", None),
        ("a", None),
    ],
)
def test_the_ending_gives_the_kind(name: str, kind: str | None) -> None:
    assert records.kind_of(name) == kind


def test_a_json_line_is_a_record_or_says_why_not() -> None:
    assert records.jsonl_record(b'{"id": 1, "text": "Hi."}\n') == ({"id": 1, "text": "Hi."}, None)
    record, problem = records.jsonl_record(b"{not json}")
    assert record is None and problem.startswith("line is not valid JSON: ")
    assert records.jsonl_record(b'{"text": "caf\xe9"}') == (None, "line is not UTF-8 (byte 13)")


def test_tsv_cells_are_named_by_the_columns() -> None:
    columns = ("id", "doc_id", "text", "notes", "source")
    line = b'7\t\t"Oui", he said.\tignored\tSource.\r\n'
    record, problem = records.tsv_record(line, columns)
    assert problem is None
    # An empty optional cell is no field; an unknown column is dropped.
    assert record == {"id": "7", "text": '"Oui", he said.', "source": "Source."}
    assert records.tsv_record(b"\t\n", ("id", "text")) == ({"id": "", "text": ""}, None)


def test_a_tsv_line_with_more_cells_than_columns_is_no_record() -> None:
    assert records.tsv_record(b"1\ttwo\tthree\n", ("id", "text")) == (
        None,
        "3 tab-separated fields, the header names 2",
    )
    assert records.tsv_record(b"1\t\xff\n", ("id", "text")) == (None, "line is not UTF-8 (byte 2)")


def test_data_starts_after_the_bom_blank_lines_and_header() -> None:
    data = "\ufeff\n  \nID\tText\tdoc_id\n1\tHi.\td\n".encode()
    columns, start, line = records.data_start(io.BytesIO(data), "tsv")
    assert columns == ("id", "text", "doc_id")
    assert data[start:] == b"1\tHi.\td\n" and line == 4


def test_without_a_header_the_tsv_columns_are_the_default_ones() -> None:
    data = b"\n1\tHi.\n"
    columns, start, line = records.data_start(io.BytesIO(data), "tsv")
    assert (columns, data[start:], line) == (RECORD_COLUMNS, b"1\tHi.\n", 2)
    bom = b"\xef\xbb\xbf" + b'{"id": 1}\n'
    assert records.data_start(io.BytesIO(bom), "jsonl") == ((), 3, 1)


def test_the_doc_id_of_a_line_is_the_one_its_record_will_have() -> None:
    assert records.doc_id_of(b'{"id": 1, "doc_id": 5}', "jsonl", ()) == 5
    assert records.doc_id_of(b'{"id": 1}', "jsonl", ()) is None
    assert records.doc_id_of(b'["doc_id"]', "jsonl", ()) is None
    columns = ("id", "text", "doc_id")
    assert records.doc_id_of(b"1\tHi.\tart-1\n", "tsv", columns) == "art-1"
    assert records.doc_id_of(b"1\tHi.\t\n", "tsv", columns) is None
    assert records.doc_id_of(b"1\tHi.\tart-1\textra\n", "tsv", columns) is None  # no record
    assert records.doc_id_of(b"1\tHi.\n", "tsv", RECORD_COLUMNS) is None


def test_parquet_rows_are_read_across_row_groups(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "r.parquet"
    table = pa.table(
        {
            "id": [str(i) for i in range(10)],
            "text": [f"Text {i}." for i in range(10)],
            "doc_id": ["a", "a", None, "b", "b", None, None, "c", "c", "c"],
            "score": list(range(10)),
        }
    )
    pq.write_table(table, path, row_group_size=3)
    assert records.parquet_rows(str(path)) == 10
    rows = list(records.parquet_records(str(path), 2, 8))
    assert [r["id"] for r in rows] == ["2", "3", "4", "5", "6", "7"]
    assert set(rows[0]) == {"id", "text", "doc_id"}  # only the record fields
    assert list(records.parquet_doc_ids(str(path))) == table.column("doc_id").to_pylist()
