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


def kinds(text: str) -> list[tuple[str, str, str, bool]]:
    doc = Document(text)
    return [(v.found, v.expected, v.kind, v.strong) for v in name_variants.name_variants(doc)]


def test_each_kind_of_variant_has_its_key() -> None:
    assert kinds("Mr. Erdoğan met Mr. Erdoğan's aide, then Mr. Erdogan flew home.") == [
        ("Erdogan", "Erdoğan", name_variants.FORM, True)
    ]
    assert kinds("The talks with Xi Jinping and Xi Jinping ended, and then Jinping Xi left.") == [
        ("Jinping Xi", "Xi Jinping", name_variants.ORDER, True)
    ]
    assert kinds("Labour MP Alan Johnson spoke, but Johnso refused.") == [
        ("Johnso", "Johnson", name_variants.FINAL, True)
    ]
    assert kinds("Tennis star Andy Roddick won, and then Rodick lost.") == [
        ("Rodick", "Roddick", name_variants.DOUBLED, True)
    ]


def test_transliterated_scripts_share_the_form_key() -> None:
    assert name_variants.strict_key("Зеленский") == name_variants.strict_key("Zelenskiy")


def test_a_doubled_letter_alone_without_evidence_is_weak() -> None:
    # Neither spelling follows a given name: worth a look only.
    assert kinds("We met Hassan on Monday, and then Hasan on Tuesday.") == [
        ("Hasan", "Hassan", name_variants.DOUBLED, False)
    ]


def test_two_people_and_a_given_name_of_its_own_are_no_variants() -> None:
    assert kinds("Shaun Maloney scored, and Malone, the keeper, was beaten.") == []
    assert kinds("Daniel Ortega met Daniela Ortega, and then Daniel left.") == []
    assert kinds("Paris Hilton stayed at the Hilton Paris, and Paris Hilton left.") == []


def test_one_edit_after_the_same_given_name_is_a_surname_variant() -> None:
    text = "Elliot Spitzer sued. Then Elliot Spitzer left, and Elliot Spitser came back."
    assert kinds(text) == [("Elliot Spitser", "Elliot Spitzer", name_variants.SURNAME, True)]
    # An ending added is no edit of a surname: a plural, a demonym.
    assert kinds("Billy Elliot opened. Billy Elliot won, and two Billy Elliots sang.") == []


def test_a_feminine_surname_is_no_final_letter_variant() -> None:
    assert kinds("Ivan Petrov and his wife Anna Petrova came, and Petrov left.") == []
