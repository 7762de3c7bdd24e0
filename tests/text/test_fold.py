from checker.text.fold import fold, fold_latin, strip_accents


def test_fold_transliterates_cased_scripts() -> None:
    assert fold("Séoul") == "seoul"
    assert fold("Путин") == "putin"
    assert fold("Львов") == "lvov"  # the soft sign leaves no apostrophe
    assert fold("Łódź") == "lodz"
    assert fold("北京") == "北京"  # no cased script: left alone


def test_strip_accents_keeps_case_and_drops_marks_only() -> None:
    assert strip_accents("Ibáñez") == "Ibanez"
    assert strip_accents("Ærø") == "Ærø"  # letters of their own, not accented ones
    assert strip_accents("plain") == "plain"
    assert strip_accents("ﬁancée") == "fiancee"  # a compatibility ligature decomposed


def test_fold_latin_folds_latin_letters_only_and_keeps_the_length() -> None:
    assert fold_latin("jiří") == "jiri"
    assert fold_latin("łukasz") == "lukasz"  # a letter of its own, folded all the same
    assert fold_latin("öztürk’s") == "ozturk's"  # the apostrophe goes plain too
    assert fold_latin("зеленский") == "зеленский"  # another script keeps its own form
    assert fold_latin("straße") == "straße"  # folding would change the length
    assert fold_latin("plain") == "plain"
