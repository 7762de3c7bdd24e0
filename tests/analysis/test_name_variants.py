"""Name variants (checker.analysis.name_variants): keys, groups and evidence."""

from __future__ import annotations

from checker.analysis import name_variants
from checker.analysis.names import analyze_names
from checker.document import Document


def test_shared_keys_are_the_keys_of_two_spellings() -> None:
    spellings = {"Zelensky", "Zelenskyy", "Kim", "Jong-un", "Jong Un", "Lee"}
    shared = name_variants._shared_keys(spellings)
    assert shared == {"zelensky", "jongun"}


def test_run_pairs_skip_titles_and_gaps() -> None:
    doc = Document("He met Mr. Kim Jong Un and President Moon Jae-in’s aide, Seoul.")
    runs = analyze_names(doc).long_runs
    assert name_variants._run_pairs(doc.text, runs) == [["Kim Jong", "Jong Un"], ["Moon Jae-in"]]
