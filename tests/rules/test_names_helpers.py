"""Helpers of the names rules: prefilters and per-document indexes (findings are tested in
test_names.py)."""

from __future__ import annotations

from checker.rules import names


def test_slot_words_are_role_nouns_and_reporting_verbs() -> None:
    verbs = names.reporting_verbs()
    assert names._slot_word("coach", verbs) and names._slot_word("Minister", verbs)
    assert names._slot_word("said", verbs)
    assert not names._slot_word("driver", verbs)  # a role noun that also names things
    assert not names._slot_word("table", verbs)
