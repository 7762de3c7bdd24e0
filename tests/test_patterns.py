"""Patterns compiled on first use (checker/patterns.py)."""

from __future__ import annotations

import re

from checker.patterns import find_per_mark, lazy, per_mark


def test_a_lazy_pattern_acts_as_the_compiled_one() -> None:
    pattern = lazy(r"(?P<word>[a-z]+)", re.IGNORECASE)
    assert pattern.findall("One two") == ["One", "two"]
    assert pattern.search("3 Four").group("word") == "Four"


def test_marked_patterns_find_every_mark_in_order() -> None:
    patterns = per_mark(r"MARK(?P<word>[a-z]+)", "-‐‑")
    assert sorted(patterns) == sorted("-‐‑")
    text = "a ‑one -two ‐three -four"
    found = [match.group() for match in find_per_mark(patterns, text)]
    assert found == ["‑one", "-two", "‐three", "-four"]


def test_a_mark_is_escaped_in_its_pattern() -> None:
    patterns = per_mark(r"MARK\d", ".?")
    assert [m.group() for m in find_per_mark(patterns, "a1 .2 ?3 x4")] == [".2", "?3"]
