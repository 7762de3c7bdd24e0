"""The word lists of the language family: shape, content, size."""

from __future__ import annotations

import pytest

from checker.analysis.lexicon import (
    ANY,
    DATA,
    EVERYDAY,
    FREQUENT,
    Lexicon,
    english_parts,
    is_common_english,
    is_english_form,
    is_english_word,
    is_everyday_english,
    is_foreign_word,
    language_name,
    lexicon,
    normalize,
    word_info,
)


def test_english_words_have_frequency_and_dictionary_flag():
    info = lexicon().lookup("soldiers")
    assert info.dictionary and info.english > 4
    assert not lexicon().lookup("muet").dictionary


def test_foreign_frequencies_are_ordered_most_frequent_first():
    info = lexicon().lookup("selon")
    assert info.foreign[0][0] == "fr" and info.foreign[0][1] > 5
    zipfs = [z for _, z in lexicon().lookup("lui").foreign]
    assert zipfs == sorted(zipfs, reverse=True)
    assert info.zipf_in("fr") == info.best_foreign
    assert info.zipf_in("vi") == 0.0


def test_proper_nouns_known_to_the_english_dictionary_are_flagged():
    assert lexicon().lookup("pyongyang").proper_noun


def test_unknown_word_has_no_evidence():
    info = lexicon().lookup("zqxjvbw")
    assert (info.english, info.dictionary, info.foreign) == (0.0, False, ())


def test_lookups_are_memoised():
    lx = Lexicon()
    assert lx.lookup("muet") is lx.lookup("muet")


def test_normalize_folds_case_and_apostrophes():
    assert normalize("D’État") == "d'état"


def test_language_names():
    assert language_name("fr") == "French"
    assert language_name("sh") == "Serbo-Croatian"
    assert language_name("xx") == "xx"


def test_loanwords_hold_words_and_phrases_without_comments():
    loanwords = lexicon().loanwords
    assert {"déjà vu", "coup d'état", "realpolitik", "per se"} <= loanwords
    assert not any(entry.startswith("#") for entry in loanwords)


def test_every_listed_language_is_known_and_data_stays_small():
    lx = lexicon()
    assert {"fr", "es", "de", "it", "pt", "nl", "pl", "cs", "ro", "sv", "tr", "id", "vi"} <= set(
        lx.languages
    )
    size = sum(p.stat().st_size for p in DATA.glob("lexicon-*") if "rare" not in p.name)
    assert size < 6_000_000
    assert (DATA / "lexicon-foreign-rare.marisa").stat().st_size < 7_000_000


def test_the_long_tail_holds_rare_foreign_words_and_no_english_word():
    lx = lexicon()
    assert lx.rare("bundesverkehrsministerium")[0][0] == "de"
    assert lx.rare("the") == () and lx.rare("soldiers") == ()
    assert lx.rare("selon") == ()  # in the frequent list, not repeated in the tail


def test_sharp_s_is_looked_up_as_wordfreq_case_folds_it():
    assert lexicon().lookup("große").zipf_in("de") > 5
    assert lexicon().lookup("straße").zipf_in("de") > 4


def test_foreign_titles_map_lower_case_words_to_their_language():
    titles = lexicon().titles
    assert titles["herr"] == ("de",) and titles["mme"] == ("fr",)
    assert titles["ministro"] == ("es", "it", "pt")
    # Established in English, or names of places: never listed.
    assert not {"señor", "madame", "minister", "senator", "presidente"} & titles.keys()
    assert all(word == normalize(word) and " " not in word for word in titles)


def test_foreign_connectives_are_phrases_of_several_words():
    connectives = lexicon().connectives
    assert ("es", "sin embargo") in connectives and ("pt", "no entanto") in connectives
    assert all(len(phrase.split()) >= 2 for _, phrase in connectives)
    assert not {phrase for _, phrase in connectives} & lexicon().loanwords


def test_the_lookup_memo_starts_afresh_at_its_limit(monkeypatch):
    from checker.analysis import lexicon as module

    monkeypatch.setattr(module, "MEMO_LIMIT", 3)
    words = Lexicon()
    first = [words.lookup(w) for w in ("soldiers", "selon", "muet", "water", "lui")]
    assert len(words._cache) <= 3
    assert [words.lookup(w) for w in ("soldiers", "selon", "muet", "water", "lui")] == first


@pytest.mark.parametrize(
    ("word", "every", "expected"),
    [
        ("well-known", True, True),
        ("Well‐Known", True, True),  # any hyphen character splits
        ("house-Jiwon", True, False),
        ("house-Jiwon", False, True),
        ("Ji-hoon", False, False),
    ],
)
def test_english_parts(word: str, every: bool, expected: bool) -> None:
    assert english_parts(word, 4.0, every=every) is expected


def test_common_english_is_a_dictionary_word_no_name_at_the_level_asked() -> None:
    assert is_common_english("soldiers", ANY) and is_common_english("soldiers", FREQUENT)
    assert is_common_english("The") and is_everyday_english("the")
    assert not is_common_english("soldiers", EVERYDAY)
    assert not is_common_english("muet")  # French, not in the English dictionary
    assert not is_everyday_english("wan")


def test_word_info_folds_case_and_apostrophes() -> None:
    assert word_info("Don’t") == lexicon().lookup("don't")


def test_an_english_form_may_be_a_name_or_no_dictionary_word() -> None:
    assert is_english_form("ok") and not is_common_english("ok", FREQUENT)  # a proper noun too
    assert is_english_form("wifi") and not is_common_english("wifi")  # no dictionary word
    assert not is_english_form("selon") and is_english_form("selon", 1.5)


def test_an_english_word_is_in_the_dictionary_or_frequent() -> None:
    assert is_english_word("soldiers") and is_english_word("wifi")  # frequent, no dictionary
    assert not is_english_word("muet") and not is_english_word("selon")


def test_a_foreign_word_is_common_abroad_and_seldom_in_english() -> None:
    assert is_foreign_word("según") and is_foreign_word("selon")
    assert not is_foreign_word("soldiers") and not is_foreign_word("paris")


def test_entries_decode_as_byte_pairs_of_language_and_zipf():
    lx = Lexicon()
    for word in ("selon", "lui", "the", "muet", "de"):
        raw = lx._foreign.get(word)[0]
        pairs = tuple((lx.languages[raw[i]], raw[i + 1] / 10) for i in range(0, len(raw), 2))
        assert lx.foreign(word) == pairs and len(pairs) >= 1
    # the pairs are shared between words: decoded once per process
    assert lx.foreign("lui")[0] is lx.foreign("lui")[0]


def test_curated_lists_are_read_through_the_one_loader(tmp_path) -> None:
    (tmp_path / "lexicon-languages.txt").write_text("# codes\nfr\n\nde\n", encoding="utf-8")
    (tmp_path / "loanwords.txt").write_text("# French\nDéjà Vu\n\n  fiancée \n", encoding="utf-8")
    (tmp_path / "foreign_titles.txt").write_text(
        "# language title\nde Herr\nfr M.\nde  Frau\n", encoding="utf-8"
    )
    lx = Lexicon(data=tmp_path)
    assert lx.languages == ("fr", "de")
    assert lx.loanwords == frozenset({"déjà vu", "fiancée"})
    assert lx.titles == {"herr": ("de",), "m.": ("fr",), "frau": ("de",)}


def test_english_lemmas_hold_wordnet_phrases_and_no_foreign_function_words():
    lemmas = lexicon().english_lemmas
    assert {"eminence grise", "hors d'oeuvre", "hors d'oeuvres", "chef-d'oeuvre"} <= lemmas
    # abbreviations that are frequent foreign words, and words far more frequent abroad
    assert lemmas.isdisjoint({"la", "de", "es", "und", "camas", "tardive"})
