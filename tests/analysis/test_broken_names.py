"""Broken names (checker.analysis.broken_names): the fragment scan and its helpers (the
findings are tested in tests/rules/test_names.py)."""

from __future__ import annotations

from checker.analysis import broken_names
from checker.document import Document


def test_marked_patterns_find_every_mark_in_order() -> None:
    patterns = broken_names._by_mark(r"MARK(?P<word>[a-z]+)", "-‐‑")
    text = "a ‑one -two ‐three -four"
    found = [match.group() for match in broken_names._find_marked(patterns, text)]
    assert found == ["‑one", "-two", "‐three", "-four"]


def test_fragments_are_found_after_white_space_only() -> None:
    text = "Kang Dong -wan, well-known, and Jean ‐Pierre"
    matches = broken_names._find_marked(broken_names._FRAGMENTS, text)
    found = [match.group("fragment") for match in matches]
    assert found == ["wan", "Pierre"]


def test_attested_reads_one_token() -> None:
    doc = Document("Kim met Lee in Seoul.")
    attested = [broken_names._attested(doc, index) for index in range(len(doc.tokens))]
    assert attested == [False, False, True, False, True]
