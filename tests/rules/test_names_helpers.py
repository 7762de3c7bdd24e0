"""Helpers of the names rules: prefilters and per-document indexes (findings are tested in
test_names.py)."""

from __future__ import annotations

from checker.analysis.names import analyze_names
from checker.document import Document
from checker.rules import names


def test_marked_patterns_find_every_mark_in_order() -> None:
    patterns = names._by_mark(r"MARK(?P<word>[a-z]+)", "-‐‑")
    text = "a ‑one -two ‐three -four"
    found = [match.group() for match in names._find_marked(patterns, text)]
    assert found == ["‑one", "-two", "‐three", "-four"]


def test_fragments_are_found_after_white_space_only() -> None:
    text = "Kang Dong -wan, well-known, and Jean ‐Pierre"
    found = [match.group("fragment") for match in names._find_marked(names._FRAGMENTS, text)]
    assert found == ["wan", "Pierre"]


def test_shared_keys_are_the_keys_of_two_spellings() -> None:
    shared = names._shared_keys({"Zelensky", "Zelenskyy", "Kim", "Jong-un", "Jong Un", "Lee"})
    assert shared == {"zelensky", "jongun"}


def test_name_values_cut_the_possessive_and_skip_acronyms() -> None:
    doc = Document("Zelensky’s aide met NATO and Kim, then Zelensky.")
    values = names._name_values(doc.tokens, analyze_names(doc).capitals)
    assert values == {"Zelensky’s": "Zelensky", "Kim": "Kim", "Zelensky": "Zelensky"}


def test_span_pairs_skip_titles_and_gaps() -> None:
    doc = Document("He met Mr. Kim Jong Un and President Moon Jae-in, Seoul.")
    spans = analyze_names(doc).long_spans
    assert names._span_pairs(doc.text, spans) == [["Kim Jong", "Jong Un"], ["Moon Jae-in"]]


def test_attested_reads_one_token() -> None:
    doc = Document("Kim met Lee in Seoul.")
    attested = [names._attested(doc, index) for index in range(len(doc.tokens))]
    assert attested == [False, False, True, False, True]
