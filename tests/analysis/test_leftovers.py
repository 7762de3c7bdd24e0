"""The single-word conditions of the language family (checker/analysis/leftovers.py)."""

from __future__ import annotations

from checker.analysis.leftovers import (
    ABSENT,
    RARE_IN_ENGLISH,
    english_affixes,
    english_inflections,
    function_word,
    german_noun,
    has_name_ending,
    is_english_derivation,
    is_english_typo,
    lowercase_condition,
)
from checker.analysis.lexicon import lexicon
from checker.thresholds.language import THRESHOLDS


def _lower(word: str, **options):
    lx = lexicon()
    info = lx.lookup(word)
    tail = lx.rare(word) if info.english == 0 and not info.foreign else ()
    return lowercase_condition(word, info, tail, **options)


def test_a_word_no_english_list_holds_is_absent():
    reason, langs = _lower("verschlüsseln")
    assert reason == ABSENT and "de" in langs
    reason, langs = _lower("erschossenen")  # only the long tail knows it
    assert reason == ABSENT and set(langs) == {"de"}


def test_a_word_english_uses_as_a_name_counts_in_lower_case():
    reason, langs = _lower("guerra")
    assert reason == RARE_IN_ENGLISH and {"es", "it", "pt"} <= set(langs)
    assert _lower("soldiers") is None  # English
    assert _lower("zqxjvbw") is None  # no evidence


def test_thresholds_decide():
    stricter = THRESHOLDS._replace(rare_foreign=9.0, absent_zipf=9.0, absent_tail_zipf=9.0)
    assert _lower("guerra", limits=stricter) is None
    assert _lower("verschlüsseln", limits=stricter) is None


def test_source_lang_lowers_the_thresholds_of_its_language_only():
    strict = THRESHOLDS._replace(rare_foreign=5.0)
    assert _lower("campos", limits=strict) is None
    assert _lower("campos", limits=strict, hint="pt") is not None
    assert _lower("campos", limits=strict, hint="de") is None


def test_function_words_are_frequent_abroad_and_no_english_words():
    lx = lexicon()
    assert set(function_word("und", lx.lookup("und"))) == {"de"}
    assert "es" in function_word("que", lx.lookup("que"))
    assert function_word("vie", lx.lookup("vie")) is None  # English: vie for
    assert function_word("the", lx.lookup("the")) is None


def test_german_nouns_and_names():
    lx = lexicon()
    for word in ("präsident", "behörden", "geschäftsführer", "kalifornien", "nordkorea"):
        assert german_noun(word, lx.lookup(word)) == {"de": lx.lookup(word).zipf_in("de")}
    for name in ("müller", "fischer", "schneider"):  # seen in English, in many languages
        assert german_noun(name, lx.lookup(name)) is None
    assert german_noun("regensburg", lx.lookup("regensburg")) is None  # a place ending


def test_name_endings_english_derivations_and_typos():
    assert has_name_ending("oldenburg") and has_name_ending("kowalski")
    assert not has_name_ending("regierung")
    assert is_english_derivation("renationalisation")
    assert is_english_derivation("capitalisations")
    assert not is_english_derivation("verschlüsseln")
    assert is_english_typo("sucessor")
    assert not is_english_typo("fichero")


def test_affix_kinds_are_read_apart():
    prefixes, variants = english_affixes()
    assert "non" in prefixes and ("isation", "ization") in variants
    inflections = english_inflections()
    # an ending with no base ending (farms -> farm) and one that replaces it (-ies -> -y)
    assert ("s", "") in inflections and ("ies", "y") in inflections
    assert not {text for text, _ in inflections} & set(prefixes)
