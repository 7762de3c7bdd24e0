"""Word tokens with offsets."""

from __future__ import annotations

from checker.analysis.tokens import tokenize


def test_words_keep_inner_apostrophes_and_hyphens_and_skip_numbers() -> None:
    text = "Kang Dong-wan didn’t say 300 words, l'état."
    tokens = tokenize(text)
    assert [t.value for t in tokens] == ["Kang", "Dong-wan", "didn’t", "say", "words", "l'état"]
    for token in tokens:
        assert text[token.start : token.end] == token.value


def test_any_script_is_a_word() -> None:
    assert [t.value for t in tokenize("became common практикой 三聚氰胺")] == [
        "became",
        "common",
        "практикой",
        "三聚氰胺",
    ]
    assert tokenize("Ukraine")[0].is_capitalized
