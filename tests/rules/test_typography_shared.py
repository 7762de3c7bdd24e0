"""What the typography rules share or find in one pass: number sites, spaced marks, matches_at."""

from __future__ import annotations

import random
import re

import pytest

from checker.analysis import number_sites as number_sites_module
from checker.analysis.number_sites import NUMBER_SITE_KINDS, SPACES, matches_at, number_sites
from checker.analysis.spacing import marks_after_space
from checker.document import Document
from checker.rules import typography

# Each rule's pattern and the kind of site it is tried at.
PATTERNS_AND_KINDS = [
    (typography._NUMBER_WITH_COMMA, "comma"),
    (typography._DOT_THOUSANDS_COMMA, "dot"),
    (typography._SPACE_GROUPED, "spaced"),
    (typography._SPACE_PERCENT, "percent"),
    (typography._FRENCH_ORDINAL, "letter"),
    (typography._IBERIAN_ORDINAL, "iberian"),
    (typography._DEGREE_ORDINAL, "degree"),
    (typography._H_TIME, "hour"),
    (typography._DOT_GROUPED, "dot"),
]

SAMPLES = [
    "About 11 000 troops, 1 250 000 shells and 11\u202f000 more; 2019 300 400.",
    "It grew by 3,5 million, or 0,8 %, to 1.250,5 euros; 2,700 and 1,2,3 (3,5) 2,4-D.",
    "11.000 soldiers, 1.250.000 shells, version 2.100.300, 192.168.1.10 and 2.718.",
    "Turnout: 50 %, 48\u00a0%, 3 ‰, 7  %; 50% stays.",
    "The 1er mai, la 1re, 2e round, 3èmes, 4eme, 5ᵉ, 1ᵉʳ, 49ers, 2e-5.",
    "The 2º floor, 1.ª vez, 3ª, 20° in Rome, 2° place, 20 °C, 45°.",
    "At 18 h 30, 18h30, 20h, 8h-9h, 2 h 30 min, 24h strike, 5 hours, 12h\u00a005.",
    "1,2.3 4 5,6e7h8°9º0ª 12.345,678 1 234,5 99h99 x1,5 .5,5 '3,5 ’3,5",
    "0" * 50 + ",5 " + "9" * 40 + " 000 " + "1" * 30 + "e",
]


def finditer_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def site_spans(pattern: re.Pattern[str], text: str, kind: str) -> list[tuple[int, int]]:
    return [match.span() for match in matches_at(pattern, text, number_sites(text)[kind])]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize(("pattern", "kind"), PATTERNS_AND_KINDS)
def test_sites_give_the_matches_of_a_whole_text_search(pattern, kind, text):
    assert site_spans(pattern, text, kind) == finditer_spans(pattern, text)


@pytest.mark.parametrize(("pattern", "kind"), PATTERNS_AND_KINDS)
def test_sites_give_the_matches_on_random_number_soup(pattern, kind):
    alphabet = "0123456789" * 3 + ",.,. \u00a0\u202f\u2009%‰heèrᵉºª°'’:-+/xIVe\n"
    generator = random.Random(7)
    for _ in range(400):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 40)))
        assert site_spans(pattern, text, kind) == finditer_spans(pattern, text), text


def test_number_sites_sorts_runs_by_what_follows_them():
    text = "3,5 and 11.000 and 11 000 and 50 % at 18h30, the 2e, 1º and 2° place; 3.5 or 2019"
    sites = number_sites(text)
    assert set(sites) == set(NUMBER_SITE_KINDS)
    assert sites["comma"] == [text.index("3,5")]
    assert sites["dot"] == [text.index("11.000")]
    assert sites["spaced"] == [text.index("11 000")]
    assert sites["percent"] == [text.index("0 %")]  # the last digit, before the spaces
    assert sites["hour"] == [text.index("18h")]
    assert sites["letter"] == [text.index("2e")]
    assert sites["iberian"] == [text.index("1º")]
    assert sites["degree"] == [text.index("2°")]


def test_number_sites_of_a_text_without_numbers_are_empty():
    assert number_sites("No numbers here, only words.") == {kind: [] for kind in NUMBER_SITE_KINDS}
    assert number_sites("1" * 100_000) == {kind: [] for kind in NUMBER_SITE_KINDS}


def test_matches_at_does_not_overlap_the_match_before():
    pattern = re.compile(r"\d\d")
    assert [m.group() for m in matches_at(pattern, "12345", [0, 1, 2, 3])] == ["12", "34"]


def test_shared_knowledge_is_built_once_per_document():
    doc = Document(text="About 11 000 troops, see https://example.org/3,5.")
    shared = typography._shared(doc)
    assert typography._shared(doc) is shared
    assert shared.sites is shared.sites
    assert typography._shared(Document(text=doc.text)) is not shared


@pytest.mark.parametrize(
    "text",
    ["Why ? No : yes ; so !", "a?b: c\u00a0;d\u202f!e\u2009?", "  ?? ::\n; !", "", "no marks"],
)
def test_marks_after_space_are_the_marks_right_after_a_space(text):
    expected = [i for i, char in enumerate(text) if char in "?!;:" and i and text[i - 1] in SPACES]
    assert marks_after_space(text) == expected


def test_number_sites_of_an_ascii_text_are_those_of_the_unicode_pattern():
    alphabet = "0123456789" * 3 + ",., %hera_x-+/\n"
    generator = random.Random(11)
    for _ in range(400):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 40)))
        # The same text with a non-ASCII character after it: read by the Unicode pattern.
        wide = number_sites(text + "\u00a0é")
        assert number_sites(text) == wide, text


def test_number_sites_find_other_scripts_digits_in_a_text_that_is_not_ascii():
    assert number_sites("It grew by ٣,٥ million.")["comma"] == [11]
    assert number_sites("It grew by 3,5 million.")["comma"] == [11]


def test_attached_marks_are_counted_as_word_character_then_mark():
    alphabet = "ab1_ ,.,.\n'é"
    generator = random.Random(5)
    for _ in range(400):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 30)))
        start = generator.randint(0, len(text))
        end = generator.randint(start, len(text))
        expected = len(re.findall(r"\w[,.]", text[start:end]))
        assert typography._attached_count(text, start, end) == expected, (text, start, end)


def test_number_site_kinds_are_the_named_groups_of_the_pattern_in_order():
    # The kinds are read off the pattern's parts so that importing compiles nothing.
    compiled = re.compile(number_sites_module._NUMBER_SITE_SOURCE)
    assert tuple(compiled.groupindex) == NUMBER_SITE_KINDS
    assert len(NUMBER_SITE_KINDS) == 8
