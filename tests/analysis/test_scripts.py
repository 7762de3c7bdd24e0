"""Non-Latin script runs: where they are, which script, which language."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checker.analysis.scripts import HIGH, may_hold_runs, script_language, script_runs


def runs(text: str, hint: str | None = None):
    return [
        (text[r.start : r.end], r.script, r.lang, r.confidence) for r in script_runs(text, hint)
    ]


def test_runs_cover_words_and_the_spaces_between_them():
    assert runs("He said 우리는 준비되어 있다 today.") == [
        ("우리는 준비되어 있다", "HANGUL", "ko", HIGH)
    ]


def test_latin_text_symbols_and_punctuation_give_no_run():
    assert runs("Café “déjà vu” — 3.14 π, 2 μm, ² ³, Ⅻ, ﬁ, ℃.") == []
    assert runs("plain ASCII") == []


def test_greek_words_are_runs_but_letters_alone_are_symbols():
    assert runs("He answered ναι, then Δ.") == [("ναι", "GREEK", "el", HIGH)]


def test_japanese_is_told_from_chinese_by_its_kana():
    assert runs("北京 and 東京です")[0][2] == "zh"
    assert runs("北京 and 東京です")[1][1:3] == ("HIRAGANA", "ja")


def test_letters_and_hints_name_the_language():
    assert script_language("їжак", "CYRILLIC") == "uk"
    assert script_language("путь", "CYRILLIC") == "ru"
    assert script_language("путь", "CYRILLIC", hint="bg") == "bg"
    assert script_language("پدر", "ARABIC") == "fa"
    assert script_language("ქართული", "GEORGIAN") == "ka"
    assert script_language("ꦗꦮ", "JAVANESE") is None


@given(st.text(alphabet=st.sampled_from("ab é ł—“\n\u1680\u3000Жπ北ー"), max_size=40))
def test_text_that_may_hold_no_run_has_none(text):
    if not may_hold_runs(text):
        assert list(script_runs(text)) == []


def test_may_hold_runs_looks_at_characters_beyond_latin():
    assert may_hold_runs("the word практикой, here")
    assert may_hold_runs("€5 and ½ then 東")
    assert not may_hold_runs("the évidente Łódź “quoted” — €5, ½, ™")
    assert not may_hold_runs("plain ASCII")


def test_no_character_skipped_before_compiling_is_in_a_non_latin_block() -> None:
    """may_hold_runs skips such characters without the (costly) block test."""
    import sys

    from checker.analysis.scripts import _beyond, _non_latin_block

    every = map(chr, range(sys.maxunicode + 1))
    skipped = "".join(ch for ch in every if _beyond().search(ch) is None)
    assert "“" in skipped and "é" in skipped and "Ж" not in skipped
    assert _non_latin_block().search(skipped) is None
