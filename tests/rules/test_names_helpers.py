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
    values = names._name_values(analyze_names(doc).by_value)
    assert values == {"Zelensky’s": "Zelensky", "Kim": "Kim", "Zelensky": "Zelensky"}


def test_run_pairs_skip_titles_and_gaps() -> None:
    doc = Document("He met Mr. Kim Jong Un and President Moon Jae-in’s aide, Seoul.")
    runs = analyze_names(doc).long_runs
    assert names._run_pairs(doc.text, runs) == [["Kim Jong", "Jong Un"], ["Moon Jae-in"]]


def test_attested_reads_one_token() -> None:
    doc = Document("Kim met Lee in Seoul.")
    attested = [names._attested(doc, index) for index in range(len(doc.tokens))]
    assert attested == [False, False, True, False, True]


def test_known_names_are_made_for_the_lower_case_words_present() -> None:
    doc = Document("Mr. Kim Jong-un met Mr. Moon Jae-in. Later kim jong-un left.")
    assert names._known_names(doc, {"kim", "jong-un"}) == {
        "kim": ["Kim Jong-un"],
        "jong-un": ["Jong-un"],
    }
    assert names._known_names(doc, set()) == {}


def test_hyphenated_given_names_have_a_lower_case_second_syllable() -> None:
    assert names._hyphenated_given("Jong-un") and names._hyphenated_given("So-yeon")
    assert not names._hyphenated_given("Jean-Pierre") and not names._hyphenated_given("Kim")


def test_given_names_among_agrees_with_one_word_at_a_time() -> None:
    words = {"kim", "pierre", "mark", "said", "élodie", "maria", "the", "so-yeon"}
    assert names._given_names_among(words) == {w for w in words if names._given_name(w)}
    assert {"kim", "pierre"} <= names._given_names_among(words)
    assert not {"said", "the"} & names._given_names_among(words)


def test_slot_words_are_role_nouns_and_reporting_verbs() -> None:
    verbs = names.reporting_verbs()
    assert names._slot_word("coach", verbs) and names._slot_word("Minister", verbs)
    assert names._slot_word("said", verbs)
    assert not names._slot_word("driver", verbs)  # a role noun that also names things
    assert not names._slot_word("table", verbs)
