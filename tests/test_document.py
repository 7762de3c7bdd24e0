"""Document: offsets → 1-based line/column in code points, CRLF, astral characters, masking."""

from __future__ import annotations

import importlib
from functools import cached_property
from pathlib import Path

import pytest

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


# The analyses Document declares ------------------------------------------------------------

TEXT = (
    "Kang Dong said -wan, a soldier, was captured. Kang Dong-wan is 24.\n\n"
    "North Korea has not responded. She denies it, and the régime est muet.\n"
)

# Property → (module, function the property calls): each is built by that call, once.
ANALYSES = {
    "paragraphs": ("checker.analysis.lines", "split_paragraphs"),
    "sentences": ("checker.analysis.sentences", "split_sentences"),
    "tokens": ("checker.analysis.tokens", "tokenize"),
    "quotes": ("checker.analysis.quotes", "analyze_quotes"),
    "mentions": ("checker.analysis.mentions", "find_mentions"),
    "names": ("checker.analysis.names", "NameAnalysis"),
    "broken_names": ("checker.analysis.broken_names", "collect_broken_names"),
    "name_variants": ("checker.analysis.name_variants", "collect_name_variants"),
    "language_report": ("checker.analysis.foreign", "analyze_language"),
    "length_ratio": ("checker.analysis.lengths", "expected_ratio"),
}


def test_every_declared_analysis_is_listed_here() -> None:
    declared = [
        name
        for name, value in vars(Document).items()
        if isinstance(value, cached_property) and name not in ("line_starts", "analysis_text")
    ]
    assert declared == list(ANALYSES)


@pytest.mark.parametrize("name", list(ANALYSES))
def test_each_analysis_is_computed_once_per_document(name: str, monkeypatch) -> None:
    module_name, function_name = ANALYSES[name]
    module = importlib.import_module(module_name)
    original = getattr(module, function_name)
    calls: list[Document] = []

    def counting(doc_or_text, *args):
        calls.append(doc_or_text)
        return original(doc_or_text, *args)

    monkeypatch.setattr(module, function_name, counting)
    doc = Document(TEXT)
    first = getattr(doc, name)
    assert getattr(doc, name) is first
    assert len(calls) == 1
    other = Document(TEXT)
    getattr(other, name)
    assert len(calls) == 2  # per document, never shared between documents


def test_the_analyses_hold_what_their_modules_find() -> None:
    doc = Document(TEXT)
    assert [(b.kind, TEXT[b.start : b.end]) for b in doc.broken_names] == [
        ("verb-inside", "Kang Dong said -wan")
    ]
    assert "Korea" in {w.value for w in doc.names.words}
    assert [(TEXT[s.start : s.end], s.lang) for s in doc.language_report.spans] == [
        ("régime est muet", "fr")
    ]
    assert doc.name_variants == []


def test_the_module_functions_read_the_document_properties() -> None:
    from checker.analysis.broken_names import broken_names
    from checker.analysis.foreign import language_report
    from checker.analysis.name_variants import name_variants
    from checker.analysis.names import analyze_names

    doc = Document(TEXT)
    assert analyze_names(doc) is doc.names
    assert broken_names(doc) is doc.broken_names
    assert name_variants(doc) is doc.name_variants
    assert language_report(doc) is doc.language_report


def test_memo_computes_once_per_key_and_document() -> None:
    doc, other = Document("a"), Document("a")
    calls: list[str] = []

    def factory(d: Document) -> list[str]:
        calls.append(d.text)
        return [d.text]

    first = doc.memo("tests:key", factory)
    assert doc.memo("tests:key", factory) is first
    assert doc.memo("tests:other", factory) is not first
    assert other.memo("tests:key", factory) is not first
    assert len(calls) == 3


def test_no_module_keeps_a_cache_keyed_by_document() -> None:
    checker = Path(importlib.import_module("checker").__file__).parent
    offenders = [
        str(path.relative_to(checker))
        for path in checker.rglob("*.py")
        if "WeakKeyDictionary" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_architecture_lists_every_analysis_a_rule_may_read() -> None:
    # The checkout's docs, wherever the package is installed (a compiled install lives in
    # site-packages, without the docs).
    root = Path(__file__).resolve().parent.parent
    architecture = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [name for name in ANALYSES if f"`doc.{name}`" not in architecture]
    assert missing == []
