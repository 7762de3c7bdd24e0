"""Word tokens with offsets."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

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


@given(st.text(alphabet=st.sampled_from("ab É-’'‐ _2\n.ж北"), max_size=60))
def test_words_are_those_of_the_plain_greedy_pattern(text: str) -> None:
    greedy = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
    expected = [(m.start(), m.end(), m.group()) for m in greedy.finditer(text)]
    assert [tuple(token) for token in tokenize(text)] == expected
