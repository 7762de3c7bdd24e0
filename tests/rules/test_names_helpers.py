"""Helpers of the names rules: prefilters and per-document indexes (findings are tested in
test_names.py)."""

from __future__ import annotations

from checker.rules import names


def test_given_names_among_agrees_with_one_word_at_a_time() -> None:
    words = {"kim", "pierre", "mark", "said", "élodie", "maria", "the", "so-yeon"}
    assert names._given_names_among(words) == {w for w in words if names.given_name(w)}
    assert {"kim", "pierre"} <= names._given_names_among(words)
    assert not {"said", "the"} & names._given_names_among(words)


def test_given_names_among_asks_each_word_once_and_answers_the_same_later() -> None:
    first = names._given_names_among({"pierre", "table", "holger"})
    assert "table" in names._ASKED and "holger" in names._ASKED
    # A later document with some of the same words: the same answers, its own words only.
    later = names._given_names_among({"holger", "table", "chair"})
    assert later == {w for w in {"holger", "table", "chair"} if names.given_name(w)}
    assert later == first & {"holger", "table"}


def test_slot_words_are_role_nouns_and_reporting_verbs() -> None:
    verbs = names.reporting_verbs()
    assert names._slot_word("coach", verbs) and names._slot_word("Minister", verbs)
    assert names._slot_word("said", verbs)
    assert not names._slot_word("driver", verbs)  # a role noun that also names things
    assert not names._slot_word("table", verbs)
