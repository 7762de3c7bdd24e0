from checker.document import line_starts
from checker.text.excerpt import EXCERPT_WIDTH, SOURCE_WIDTH, excerpt, line_bounds, window


def test_line_bounds_agree_with_and_without_line_starts_on_every_line_ending() -> None:
    text = "short\r\nline two\rthird\n\n" + "x" * 30 + "\r\n" + "y" * 10
    starts = line_starts(text)
    for offset in range(len(text) + 1):
        assert line_bounds(text, offset, starts) == line_bounds(text, offset), offset
    assert text[slice(*line_bounds(text, 8))] == "line two"
    assert line_bounds(text, 22) == (22, 22)  # the empty line


def test_excerpt_is_the_short_line_or_a_centred_window_of_a_long_one() -> None:
    assert excerpt("one\ntwo words\nthree", 5, 8) == "two words"
    text = "word " * 200 + "zorp " + "word " * 200
    start = text.index("zorp")
    cut = excerpt(text, start, start + 4)
    assert len(cut) == EXCERPT_WIDTH and "zorp" in cut
    assert cut.index("zorp") in range(EXCERPT_WIDTH // 2 - 4, EXCERPT_WIDTH // 2 + 1)


def test_source_window_keeps_short_lines_whole_and_long_spans_visible() -> None:
    assert window("short line", 2, 4) == (0, 10)
    line = "word " * 100
    left, right = window(line, 250, 260)
    assert left <= 250 and right >= 260 and right - left <= SOURCE_WIDTH


def test_source_window_starts_at_the_sentence_holding_the_span() -> None:
    line = "An opening sentence that runs on for a while. " * 4 + "The finding is here. " * 6
    start = line.index("The finding")
    left, right = window(line, start + 4, start + 11)
    assert left == start and line[left:right].startswith("The finding is here.")
