"""Document: offsets → 1-based line/column in code points, CRLF, astral characters, masking."""

from __future__ import annotations

from checker.document import Document


def test_line_col_is_one_based_and_counts_code_points() -> None:
    doc = Document("ab\ncd😀ef\n")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(3) == (2, 1)
    # The emoji is one code point, so "e" is column 4 of line 2.
    assert doc.text[6] == "e"
    assert doc.line_col(6) == (2, 4)


def test_crlf_counts_one_line_per_crlf_and_cr_alone_ends_a_line() -> None:
    doc = Document("one\r\ntwo\rthree\nfour")
    assert doc.line_starts == [0, 5, 9, 15]
    assert doc.line_col(doc.text.index("two")) == (2, 1)
    assert doc.line_col(doc.text.index("three")) == (3, 1)
    assert doc.line_col(doc.text.index("four")) == (4, 1)
    assert doc.line_text(doc.text.index("two")) == "two"
    assert doc.line_text(0) == "one"


def test_offset_at_end_of_text_is_placed_after_last_character() -> None:
    doc = Document("abc")
    assert doc.line_col(3) == (1, 4)
    assert doc.line_col(99) == (1, 4)


def test_line_map_gives_the_files_line_numbers() -> None:
    doc = Document("first\nsecond\n", line_map=(10, 14, 15))
    assert doc.line_col(doc.text.index("second")) == (14, 1)


def test_masked_spans_are_blanked_with_offsets_and_newlines_kept() -> None:
    text = "keep `code\nhere` keep"
    start, end = text.index("`"), text.rindex("`") + 1
    doc = Document(text, masked=((start, end),))
    assert len(doc.analysis_text) == len(text)
    assert doc.analysis_text == "keep      \n      keep"
    assert doc.is_masked(start, start + 1)
    assert not doc.is_masked(0, 4)


def test_analyses_are_computed_once() -> None:
    doc = Document("One sentence. Another one.")
    assert doc.sentences is doc.sentences
    assert doc.tokens is doc.tokens
