"""Evidence on a pair's text: copied words, sentence ends (checker/analysis/bilingual_text.py)."""

from __future__ import annotations

import pytest

from checker.analysis.bilingual_text import (
    beside_a_name,
    final_mark,
    foreign_word,
    is_sentence_start,
    mention_or_code,
    protected_spans,
    sentence_like,
)
from checker.analysis.tokens import WORD


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Il part.", "."),
        ("« Pourquoi ? »", "?"),
        ("他说「走吧。」", "。"),
        ("No mark", "k"),
        ("", ""),
    ],
)
def test_final_mark_skips_closers(text: str, mark: str) -> None:
    assert final_mark(text) == mark


def test_sentence_like() -> None:
    assert sentence_like("Il a dit qu’il viendrait.", "He said he would come")
    assert not sentence_like("Fichier enregistré.", "File saved")  # a label
    assert not sentence_like("Il vit aux U.S.", "He lives in the U.S")  # an abbreviation
    assert not sentence_like("Les prix et les salaires.", "Prices and Wages of Workers")
    assert not sentence_like(
        "Voir la page https://example.org.", "See the page https://example.org"
    )


def test_foreign_words() -> None:
    assert foreign_word("muet", "fr", "He was muet.")
    assert foreign_word("nicht", "de", "He was nicht tired.")
    assert not foreign_word("régime", "fr", "The régime fell.")  # regime is English
    assert not foreign_word("banlieue", "fr", "In the banlieue.")  # a loanword
    assert not foreign_word("appétit", "fr", "He said bon appétit.")  # in a loan phrase
    assert not foreign_word("muet", "de", "He was muet.")  # not a German word


def locate(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    "text",
    [
        "The word “muet” is old.",
        "The law (loi travail) passed.",
        "The gilets jaunes (yellow vests) marched.",
        "What the French call muet.",
        "See example.org/muet now.",
    ],
)
def test_mentions_glosses_and_code(text: str) -> None:
    word = "muet" if "muet" in text else "gilets" if "gilets" in text else "loi"
    assert mention_or_code(text, *locate(text, word))


def test_a_plain_copied_word_is_no_mention() -> None:
    text = "The regime remained muet on the capture."
    assert not mention_or_code(text, *locate(text, "muet"))


def test_words_beside_a_name() -> None:
    text = "He left the Assemblée nationale and Corriere della Sera."
    tokens = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    values = [t[2] for t in tokens]
    assert beside_a_name(text, tokens, values.index("nationale"))
    assert beside_a_name(text, tokens, values.index("della"))
    assert not beside_a_name(text, tokens, values.index("left"))


def test_protected_spans_cover_urls_and_placeholders() -> None:
    text = "See https://example.org/aide and {fichier}."
    spans = protected_spans(text)
    assert any(s <= text.index("aide") < e for s, e in spans)
    assert any(s <= text.index("fichier") < e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ended. Then", True),
        ("It ended. “Then", True),
        ("He said: 'Then", True),  # a straight mark opens as a curly one does
        ("It ended. „Then", True),
        ("It ended, 'then", False),
        ("The players' Then", False),
    ],
)
def test_a_sentence_starts_after_its_end_and_an_opening_mark(text: str, expected: bool) -> None:
    assert is_sentence_start(text, text.index("hen") - 1) is expected
