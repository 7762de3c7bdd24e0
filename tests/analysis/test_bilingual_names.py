"""Names of a source and their counterparts in the target (checker/analysis/bilingual_names.py)."""

from __future__ import annotations

import pytest

from checker.analysis.bilingual_names import (
    acronym_equivalents,
    is_roman,
    name_spans,
    similar,
    span_kept,
    stems,
    target_forms,
    target_runs,
    unexplained_target_runs,
    words,
)
from checker.text.fold import fold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("zelensky", "zelenskyy"),
        ("bakhreyn", "bahrain"),
        ("kiev", "kyiv"),
        ("zelenskiy", "zelenskyy"),
    ],
)
def test_transliteration_slack(a: str, b: str) -> None:
    assert similar(a, b)


def test_unrelated_names_are_not_similar() -> None:
    assert not similar("tusk", "trump")
    assert not similar("morsi", "dominika")


def test_stems_strip_case_endings() -> None:
    assert "putin" in stems("putina")
    assert "putin" in stems("putinym")
    assert stems("kim") == ("kim",)  # too short to lose anything


@pytest.mark.parametrize("word", ["XX", "XIXe", "IIe", "XXI", "IV"])
def test_roman_numerals(word: str) -> None:
    assert is_roman(word)


@pytest.mark.parametrize("word", ["Xi", "DC", "CIA", "Lviv", "MI"])
def test_not_roman_numerals(word: str) -> None:
    assert not is_roman(word)


def spans(text: str, language: str | None = "fr") -> list[str]:
    return [span.text for span in name_spans(text, words(text), language)]


def test_spans_skip_roman_numerals_and_function_words() -> None:
    assert spans("Au XXe siècle, Louis XIV régnait.") == ["Louis"]
    assert spans("« Je pars. » Il a dit cela à Paris.") == ["Paris"]
    assert spans("Ma — Il Sole ha scritto.", "it") == ["Sole"]


def test_turkish_suffixes_after_an_apostrophe_are_dropped() -> None:
    assert [w.value for w in words("Erdoğan'ın açıklaması")] == ["Erdoğan", "açıklaması"]


def kept(source: str, target: str, declining: bool = False) -> list[bool]:
    found = name_spans(source, words(source), "fr")
    target_words = words(target)
    runs = target_runs(target, target_words)
    forms = target_forms(target_words)
    everything = {fold(w.value) for span in found for w in span.names}
    return [span_kept(s, target_words, runs, forms, everything, declining) for s in found]


def test_a_name_is_kept_in_another_spelling_or_case() -> None:
    assert kept("Selon Volodymyr Zelensky, non.", "President Zelenskyy said no.") == [True]
    assert kept("При участии Путина.", "With Putin.", declining=True) == [True]
    assert kept("При участии Путина.", "With Putin.", declining=False) == [True]  # similar


def test_acronyms_in_another_order_spelt_out_or_equivalent() -> None:
    assert kept("Selon l’UE, non.", "The EU says no.") == [True]
    assert kept("Selon l’OTAN, non.", "The North Atlantic Treaty Organization says no.") == [True]
    assert kept("Selon l’ONU, non.", "The UN says no.") == [True]
    assert kept("Selon l’ONU, non.", "The WHO says no.") == [False]
    assert "un" in acronym_equivalents()["onu"]


def test_a_part_of_another_name_does_not_keep_a_name() -> None:
    assert kept("Selon Kim Jong-un et Kim Yo-jong, non.", "Kim Jong-un says no.") == [True, False]
    assert kept("Le ministre Donald Tusk a parlé.", "Minister Donald Trump spoke.") == [False]
    assert kept("Le ministre Sergueï Choïgou a parlé.", "Minister Sergei Shoigu spoke.") == [True]


def test_english_honorifics_and_i_need_no_counterpart_in_the_source() -> None:
    target = words("Yesterday Sir Keller and I met Mr Vogel in Basel.")
    runs = unexplained_target_runs(target, {"keller", "vogel", "basel"})
    assert runs == []
    # a capitalised word the source does not have is a name the translation changed
    runs = unexplained_target_runs(
        words("Yesterday Sir Keller met Dagmar Vogel."), {"keller", "vogel"}
    )
    assert runs == [["dagmar"]]
