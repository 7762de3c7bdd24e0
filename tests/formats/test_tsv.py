"""TSV pairs: source<TAB>target, optional reference, header row, real line numbers."""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.formats import ReaderError, to_documents
from checker.formats.tsv import read, record_header, split_row


def test_rows_become_segments_with_their_lines() -> None:
    text = 'source\ttarget\tref\nBonjour.\tHello.\tHi.\n\n“Oui”, dit-il.\t"Yes," he said.\n'
    (doc,) = read(text, "pairs.tsv", Config())
    assert doc.text == 'Hello.\n"Yes," he said.\n'
    assert [(s.line, s.source, s.reference) for s in doc.segments] == [
        (2, "Bonjour.", "Hi."),
        (4, "“Oui”, dit-il.", None),
    ]
    assert doc.format == "tsv"


def test_a_first_row_that_is_data_is_kept() -> None:
    (doc,) = read("Source\tCible\nUn.\tOne.\n", "pairs.tsv", Config())
    assert [s.source for s in doc.segments] == ["Source", "Un."]


def test_quotes_are_not_field_delimiters() -> None:
    (doc,) = read('"Non\t"No\n', "pairs.tsv", Config())
    assert doc.segments[0].source == '"Non'
    assert doc.text == '"No\n'


@pytest.mark.parametrize("row", ["only one column", "a\tb\tc\td"])
def test_a_row_with_the_wrong_number_of_columns_is_an_error(row: str) -> None:
    with pytest.raises(ReaderError, match="line 2: expected source<TAB>target"):
        read(f"Un.\tOne.\n{row}\n", "pairs.tsv", Config())


def test_read_through_the_reader_table() -> None:
    docs = to_documents("pairs.tsv", b"Un.\tOne.\n", Config())
    assert docs[0].segments[0].source == "Un."
    error = to_documents("pairs.tsv", b"lonely\n", Config())
    assert error.message.startswith("line 1: expected")


def test_a_lone_carriage_return_ends_a_row() -> None:
    (doc,) = read("Un.\tOne.\rDeux.\tTwo.\r\nTrois.\tThree.", "pairs.tsv", Config())
    assert [(s.line, s.source) for s in doc.segments] == [(1, "Un."), (2, "Deux."), (3, "Trois.")]


def test_a_very_long_cell_is_read() -> None:
    target = "Hello world. " * 12_000  # longer than the csv module's field size limit
    (doc,) = read(f"Bonjour.\t{target}\n", "pairs.tsv", Config())
    assert doc.segments[0].source == "Bonjour." and len(doc.text) == len(target) + 1


def test_one_splitter_for_both_layouts() -> None:
    assert split_row('"Non\t"No\t\r\n') == ['"Non', '"No', ""]
    assert split_row("\n") == []
    assert record_header(split_row(" ID \tText\tdoc_id\n")) == ("id", "text", "doc_id")
    assert record_header(split_row("source\ttarget\n")) is None  # a pairs header, not records
