import pytest

from checker.text.neighbours import ANY_SPACE, token_before, word_after, word_before


def test_word_before_crosses_spaces_on_one_line_only_by_default() -> None:
    text = "the Mayor Anna"
    found = word_before(text, text.index("Anna"))
    assert found is not None and found.group(1) == "Mayor" and found.start(1) == 4
    assert word_before("the Mayor\nAnna", 10) is None
    found = word_before("the Mayor\nAnna", 10, ANY_SPACE)
    assert found is not None and found.group(1) == "Mayor"


def test_word_before_is_letters_only_and_whole() -> None:
    assert word_before("page 12 3,5", 8) is None  # a number, not a word
    assert word_before("x" * 60 + " y", 62) is None  # cut by the window
    found = word_before("pp. 3,5", 4, r"\.?\s*")
    assert found is not None and found.group(1) == "pp"
    assert word_before("Anna", 0) is None


def test_word_after_takes_the_given_gap() -> None:
    found = word_after("she said", 3)
    assert found is not None and found.group(1) == "said" and found.start(1) == 4
    assert word_after("she  said", 3, " ") is None
    assert word_after("she\nsaid", 3) is None
    assert word_after("she\nsaid", 3, ANY_SPACE) is not None
    assert word_after("she 42", 3) is None


@pytest.mark.parametrize(
    ("text", "end", "word"),
    [
        ("He met Mr. Kim", 9, "Mr"),
        ("in the U.S. today", 11, "U.S."),
        ("O’Neill-Smith. Then", 13, "O’Neill-Smith"),
        ("snake_case. Then", 10, "snake_case"),
        ("“Now.", 4, "Now"),
        ("the end. ", 7, "end"),
        ("  . x", 2, ""),
        ("x" * 50, 50, "x" * 40),
    ],
)
def test_the_token_before_a_period_is_found_backwards(text: str, end: int, word: str) -> None:
    assert token_before(text, end) == word
