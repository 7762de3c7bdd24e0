"""Source-locale typography rules (family T): what they report, what they leave, their fixes."""

from __future__ import annotations

import html

import pytest

from checker import lint_text
from checker.fix import apply_fixes
from checker.rules.typography import english_ordinal, roman_value
from checker.types import Severity


def t(text: str, select: str = "T"):
    return lint_text(text, select=select)


def alarms(text: str, select: str = "T") -> list[str]:
    """Codes of the warnings and errors."""
    return [f.code for f in t(text, select) if f.severity >= Severity.WARNING]


def fixed(text: str, select: str = "T") -> str:
    return apply_fixes(text, [f.fix for f in t(text, select) if f.fix]).text


# --- T101 space-before-punctuation --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Why did he go ?\n", "Why did he go?\n"),
        ("Incredible !\n", "Incredible!\n"),
        ("He said : no.\n", "He said: no.\n"),
        ("One ; two.\n", "One; two.\n"),
        ("Why\u00a0?\n", "Why?\n"),
        ("Why\u202f?\n", "Why?\n"),
        ("Really ?!\n", "Really?!\n"),
        ("(really ?)\n", "(really?)\n"),
        ("He asked “why ?”\n", "He asked “why?”\n"),
    ],
)
def test_space_before_punctuation_is_removed(text: str, expected: str) -> None:
    assert alarms(text) == ["T101"]
    assert fixed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Why did he go? Nobody knows: the army said nothing; the family waited!\n",
        "Great :) see you ;) soon :-( or :P or :'( or :D\n",
        "The ratio is 3 : 1 and the time 6 : 30.\n",
        "The code a ? b : c is not prose.\n",
        "Visit https://example.com/a ?b=1 for more.\n",
        "The `x ? y` operator.\n",
        "The question mark ( ? ) and “ ? ” are symbols.\n",
        "Line one\n? is a list marker here\n",
        "| a | :--- |\n",
        "Director   : Kim Ji-woon\nProducer   : Lee Jae-won\n",
    ],
)
def test_space_before_punctuation_traps(text: str) -> None:
    assert alarms(text) == []


# --- T102 decimal-comma -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It grew by 3,5 million.\n", "It grew by 3.5 million.\n"),
        ("Inflation was 0,8 in May.\n", "Inflation was 0.8 in May.\n"),
        ("Inflation was 0,8 %.\n", "Inflation was 0.8%.\n"),
        ("It costs €12,50.\n", "It costs €12.50.\n"),
        ("It costs 12,50 euros.\n", "It costs 12.50 euros.\n"),
        ("A 1,5 km walk.\n", "A 1.5 km walk.\n"),
        ("Between 3,5 and 6 million.\n", "Between 3.5 and 6 million.\n"),
        ("It cost 1.250,50 euros.\n", "It cost 1,250.50 euros.\n"),
        ("Fertility is 1,8 children per woman.\n", "Fertility is 1.8 children per woman.\n"),
    ],
)
def test_decimal_comma_with_a_measure_is_fixed(text: str, expected: str) -> None:
    assert "T102" in alarms(text)
    assert fixed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 2,700 were wounded and 11,000 deployed; 1,000,000 people.\n",
        "See pages 3,5 and 7.\n",
        "Verses 12,13 and chapter 4.\n",
        "The herbicide 2,4-D and 1,2-dichloroethane.\n",
        "The point (3,5) is on the curve.\n",
        "In 2019,2020 turnout rose.\n",
        "The list 1,2,3 and 4,5,6.\n",
        "India counts 1,25,000 rupees.\n",
        "Visit https://example.com/?a=3,5 now.\n",
        "He scored 1, 2, 3 goals in 2019, 2020 and 2021.\n",
        "She lost 1-6,4-6 in the final and won 7-5,3-6,6–1 a week later.\n",
        "The vector [1,1], the interval [0,5) and the set {2,3}.\n",
    ],
)
def test_decimal_comma_traps(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It fell by 1-3,5 million.\n",  # a hyphen before, not a run of scores
        "It cost 4-3,5 euros more.\n",
        "The point [3,5 lies out.\n",  # one bracket alone is no pair
    ],
)
def test_decimal_comma_near_scores_and_brackets_is_still_reported(text: str) -> None:
    assert alarms(text) == ["T102"]


def test_decimal_comma_without_a_measure_is_reported_without_fix() -> None:
    (finding,) = t("The score was 3,5 overall.\n")
    assert (finding.code, finding.severity, finding.fix) == ("T102", Severity.WARNING, None)
    assert finding.message == "decimal comma in 3,5; English writes 3.5"


@pytest.mark.parametrize("text", ["Options 4,5 and 6 remain.\n", "Pick 12,15 or 18.\n"])
def test_decimal_comma_that_may_start_a_list_is_info(text: str) -> None:
    assert [(f.code, f.severity, f.fix) for f in t(text)] == [("T102", Severity.INFO, None)]


# --- T103 space-grouped-thousands ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 11 000 troops.\n", "About 11,000 troops.\n"),
        ("And 1 250 000 shells.\n", "And 1,250,000 shells.\n"),
        ("Some 11\u00a0000 troops.\n", "Some 11,000 troops.\n"),
        ("Some 11\u202f000 troops.\n", "Some 11,000 troops.\n"),
        ("Some 2 500 people.\n", "Some 2,500 people.\n"),
    ],
)
def test_space_grouped_thousands_are_fixed(text: str, expected: str) -> None:
    assert alarms(text) == ["T103"]
    assert fixed(text) == expected


def test_thin_space_grouping_is_info_si_style() -> None:
    (finding,) = t("A wavelength of 10\u2009000 nm.\n")
    assert (finding.code, finding.severity) == ("T103", Severity.INFO)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 300 soldiers left.\n",
        "On May 12 300 people marched.\n",
        "Call +33 1 234 567 now.\n",
        "Phone: 020 794 600.\n",
        "The ISBN is 978 0 306 40615 7.\n",
        "Pages 12 345 and 346.\n",
        "It was 1 of 3 000? No: 11,000.\n".replace("1 of 3 000", "one of 3,000"),
        "Numbers 4 8 15 16 23 42.\n",
        "Sales by year: 2019 300 400 500.\n",
        "It ordered 10 737-800 planes and 20 320-200 jets.\n",
    ],
)
def test_space_grouped_thousands_traps(text: str) -> None:
    assert alarms(text) == []


# --- T104 space-before-percent ------------------------------------------------------------


def test_space_before_percent() -> None:
    (finding,) = t("Turnout reached 50 % in the capital.\n")
    assert (finding.code, finding.start, finding.end) == ("T104", 18, 20)
    assert finding.message == "space before % (French typography)"
    assert fixed("Turnout reached 50 % and 3.5\u00a0%.\n") == "Turnout reached 50% and 3.5%.\n"


@pytest.mark.parametrize("text", ["It rose 50% (48 per cent).\n", "An URL with 50 %20 in it.\n"])
def test_space_before_percent_traps(text: str) -> None:
    assert alarms(text) == []


# --- T105 foreign-ordinal -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the 1er mai.\n", "On the 1st mai.\n"),
        ("The 1re fois.\n", "The 1st fois.\n"),
        ("In the XIXe century.\n", "In the 19th century.\n"),
        ("In the XXe century.\n", "In the 20th century.\n"),
        ("The Ve Republic.\n", "The 5th Republic.\n"),
        ("The 16e arrondissement.\n", "The 16th arrondissement.\n"),
        ("The 3ème round.\n", "The 3rd round.\n"),
        ("She was 2º in the race.\n", "She was 2nd in the race.\n"),
        ("The 1.ª edition.\n", "The 1st edition.\n"),
        ("The 11e century and the 22e round.\n", "The 11th century and the 22nd round.\n"),
        ("Ajax lost the 2e half badly.\n", "Ajax lost the 2nd half badly.\n"),
        ("A vote in the 2e Kamer.\n", "A vote in the 2nd Kamer.\n"),
        ("Bianchi took the 2° place.\n", "Bianchi took the 2nd place.\n"),
        (
            "The Italian rider finished 3°, behind Rossi.\n",
            "The Italian rider finished 3rd, behind Rossi.\n",
        ),
    ],
)
def test_foreign_ordinals_are_fixed(text: str, expected: str) -> None:
    assert set(alarms(text)) == {"T105"}
    assert fixed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He finished 1st, she was 2nd, they were 3rd, in the 19th century.\n",
        "Biology 2e is a textbook and D&D 5e a game.\n",
        "The 49ers and the 76ers played; 2e-5 is small; the color #1e1e1e.\n",
        "Xe is xenon and Ce is cerium; it is 40° outside.\n",
        "Louis XIV and Henry VIII; World War II.\n",
        "The 12e of Campbell Biology is out; the LIVe tour and the XXe brand.\n",
        "We play by the 5e rules; the 2e edition sold well.\n",
        "It was 20° in Rome, 18 °C in Milan, and 3° at night; the 3° was felt.\n",
        "Make a 90° turn, hold the 15° angle and the 30° slope; sail at 12° north.\n",
        "The city lies at 45°N, 9°E; the 12° meridian; it warmed by 2° in a decade.\n",
        "Leaders kept the 2° target; the 2° rise and the 3° drop; the 1.5° limit.\n",
    ],
)
def test_foreign_ordinal_traps(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize(
    ("number", "ordinal"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (101, "101st"),
        (111, "111th"),
    ],
)
def test_english_ordinal(number: int, ordinal: str) -> None:
    assert english_ordinal(number) == ordinal


@pytest.mark.parametrize(("roman", "value"), [("XIX", 19), ("XX", 20), ("IV", 4), ("XC", 90)])
def test_roman_value(roman: str, value: int) -> None:
    assert roman_value(roman) == value


# --- T106 french-time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It starts at 18 h 30.\n", "It starts at 18:30.\n"),
        ("It starts at 18h30.\n", "It starts at 18:30.\n"),
        ("It starts at 9h05.\n", "It starts at 9:05.\n"),
        ("The vote is at 20h.\n", "The vote is at 20:00.\n"),
        ("Open until 18 h.\n", "Open until 18:00.\n"),
        ("Open from 8h to 5pm.\n", "Open from 8:00 to 5pm.\n"),
        ("Open from 9:30 to 18h daily.\n", "Open from 9:30 to 18:00 daily.\n"),
    ],
)
def test_french_times_are_fixed(text: str, expected: str) -> None:
    assert alarms(text) == ["T106"]
    assert fixed(text) == expected


def test_both_bare_hours_of_a_range_are_fixed() -> None:
    text = "Open between 8h and 17h.\n"
    assert alarms(text) == ["T106", "T106"]
    assert fixed(text) == "Open between 8:00 and 17:00.\n"


@pytest.mark.parametrize(
    "text",
    [
        "It starts at 18:30 and ends at 6:00 p.m.\n",
        "A 24h strike and a 48h delay; the run took 2 h 30 min.\n",
        "Reduced to 6h of sleep; the 1H NMR spectrum.\n",
        "Talks resumed after 3h of silence, since 2h this morning.\n",
        "Tags h1 and h264.\n",
        "The run took from 2h to 3h; they slept between 6h and 14h of the night.\n",
        "Output rose from 8 to 17 units, from 2 to 3h of work.\n",
    ],
)
def test_french_time_traps(text: str) -> None:
    assert alarms(text) == []


# --- all rules together -------------------------------------------------------------------


def test_all_typography_fixes_together() -> None:
    text = "Why ? About 11 000 troops, 3,5 million euros, 0,8 %, the XIXe century, at 18 h 30.\n"
    assert fixed(text) == (
        "Why? About 11,000 troops, 3.5 million euros, 0.8%, the 19th century, at 18:30.\n"
    )


def test_masked_code_spans_are_not_typography() -> None:
    from checker.config import Config
    from checker.document import Document
    from checker.engine import lint

    text = "Run `a ; b` then `x` ; and 11 000.\n"
    code_a = (text.index("`a"), text.index("b`") + 2)
    code_x = (text.index("`x`"), text.index("`x`") + 3)
    doc = Document(text=text, masked=(code_a, code_x))
    found = [(f.code, f.start) for f in lint(doc, Config.from_options(select="T"))]
    assert found == [("T103", text.index("11 000"))]


@pytest.mark.parametrize(
    "text",
    ["1" * 5000 + ",", "1 " * 3000 + "1111", "1 111" * 2000 + "1", " ?" * 3000, "1,2" * 3000],
)
def test_long_adversarial_runs_finish(text: str) -> None:
    for finding in t(text):
        assert finding.code.startswith("T")


# --- T107 dot-grouped-thousands -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 11.000 soldiers.\n", "About 11,000 soldiers.\n"),
        ("And 1.250.000 shells.\n", "And 1,250,000 shells.\n"),
        ("Some 2.500.000 euros.\n", "Some 2,500,000 euros.\n"),
        ("Nearly 300.000 people.\n", "Nearly 300,000 people.\n"),
        ("Some 12.500 visitors came.\n", "Some 12,500 visitors came.\n"),
        ("And 1.500 people left.\n", "And 1,500 people left.\n"),
        ("Only 2.350 households.\n", "Only 2,350 households.\n"),
    ],
)
def test_dot_grouped_thousands_are_fixed(text: str, expected: str) -> None:
    assert alarms(text) == ["T107"]
    assert fixed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He hit 1.000 for the series; e is about 2.718 and phi 1.618.\n",
        "Update to version 2.100.300 or release 3.000.\n",
        "The host 192.168.100.200 and v1.000.000 answered.\n",
        "It cost 1.250,50 euros.\n",
        "She ran 9.580 seconds and scored 14.750 points; 2.125 inches; 1.375 miles.\n",
        "It weighed 12.500 kg; a 3.125 ratio; the 1.250 class.\n",
    ],
)
def test_dot_grouped_thousands_traps(text: str) -> None:
    assert "T107" not in alarms(text)


# --- T108 tokenised-punctuation -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Born on May 7 , 1833 , he died .\n", "Born on May 7, 1833, he died.\n"),
        ("I do n't know ; he ca n't either .\n", "I don't know; he can't either.\n"),
        ("I don 't know , and it won 't work .\n", "I don't know, and it won't work.\n"),
        ("The baby 's toy , they 're sure .\n", "The baby's toy, they're sure.\n"),
        ("I 'm here , we 've seen it , you 'll see .\n", "I'm here, we've seen it, you'll see.\n"),
        ("The players ' wives came , I 'd say .\n", "The players' wives came, I'd say.\n"),
        ("Infrared ( FTIR ) tests [ 1 ] .\n", "Infrared (FTIR) tests [1].\n"),
        ("It cost $ 560m ( £ 291m ) , a record .\n", "It cost $560m (£291m), a record.\n"),
        ("In 1833 ; then Mr . Smith left .\n", "In 1833; then Mr. Smith left.\n"),
        ("He said “ no ” , then left .\n", "He said “no”, then left.\n"),
        ('It was " very good " , he said .\n', 'It was "very good", he said.\n'),
        ('He said : " We stay . "\n', 'He said: "We stay."\n'),
        ("A &quot;historic&quot; day for the country&apos;s farms.\n", None),
        ("A well @-@ known and 1 @,@ 000 strong band.\n", None),
    ],
)
def test_tokenised_punctuation_is_detokenised(text: str, expected: str) -> None:
    assert set(alarms(text, select="T108")) == {"T108"}
    detokenised = expected or html.unescape(text).replace(" @", "").replace("@ ", "")
    assert fixed(text, select="T,Q108") == detokenised


@pytest.mark.parametrize(
    "text",
    [
        "He waited ... and waited . . . and left.\n",
        "The .NET team, the .com boom, a .45 calibre gun, .5 mm and 0 .5 ratio.\n",
        "1 . Introduction\n2 . Method\na . first\n",
        "( a ) first choice\n( ) second choice\n[ 1 ] a note\n",
        "Great :) see you ;) soon ( ^_^ ) and ( : and :P.\n",
        "See you soon :) . Or later ;-) , or never :] .\n",
        "The code `f( a , b )` and `x .y` are code.\n",
        "See www.example.com . Or write to kim@example.org .\n",
        "It was the ' 90s; rock 'n' roll; in 's-Hertogenbosch and in 's Gravenhage.\n",
        "The ratio was 3 : 2 at 6 : 30 and 1 ,000 people.\n",
        "He said 'sorry' and the boys' bikes were the ' best ' ones.\n",
        "Director   ,  Kim\n",
        "The (in particular) aside.\n",  # attached inside: no padding
        'He is 6 " tall and 5 " wide, the " best " said " one.\n',  # odd marks: unsure
        'She said "yes" and "no", then " maybe" and "perhaps ".\n',  # one side only
        'A 12" record and a 7" single.\n',  # inch marks
    ],
)
def test_tokenised_punctuation_traps(text: str) -> None:
    assert alarms(text, select="T108") == []


@pytest.mark.parametrize(
    "text",
    [
        "The boss ' left books alone' , he said .\n",  # closed after a word that is no plural
        "Film row over Pirates ' cannibals'\n",  # closed at the line end
        "They called it the ' greats ' , all of them .\n",  # a mark before: this one closes
        "It's ' orrible , he said .\n",  # the s of a contraction, then an opening mark
    ],
)
def test_a_quoted_word_after_an_s_is_not_a_split_possessive(text: str) -> None:
    marks = [f for f in t(text, select="T108") if text[f.start : f.end].strip() in "'’"]
    assert marks == []


def test_t101_and_t108_never_report_the_same_span() -> None:
    text = "The trial ended ; why ? In 1833 ; he said : no , not here .\n"
    t101 = {(f.start, f.end) for f in t(text, select="T101")}
    t108 = {(f.start, f.end) for f in t(text, select="T108")}
    assert t101 and t108 and not t101 & t108
    assert fixed(text) == "The trial ended; why? In 1833; he said: no, not here.\n"


def test_escapes_in_markdown_are_markup_not_tokenisation() -> None:
    text = "A &quot;historic&quot; day.\n"
    assert [f.code for f in t(text, select="T108")] == ["T108", "T108"]
    assert [f.code for f in lint_text(text, path="page.md", select="T108")] == []


def test_a_lone_slip_in_clean_text_is_info() -> None:
    clean = "The minister spoke on Monday. She said the plan, which was late, would pass. " * 3
    text = clean + "It was signed by the chairman of the board .\n"
    (finding,) = t(text, select="T108")
    assert (finding.code, finding.severity) == ("T108", Severity.INFO)


def test_two_slips_in_one_paragraph_are_warnings() -> None:
    clean = "The minister spoke on Monday. She said the plan, which was late, would pass. " * 3
    text = clean + "It was signed by the chairman , and by the board .\n"
    assert [f.severity for f in t(text, select="T108")] == [Severity.WARNING] * 2


def test_a_split_contraction_is_a_warning_even_alone() -> None:
    clean = "The minister spoke on Monday. She said the plan, which was late, would pass. " * 3
    text = clean + "It was not the board 's plan.\n"
    assert [(f.code, f.severity) for f in t(text)] == [("T108", Severity.WARNING)]


def test_a_short_tokenised_segment_is_a_warning() -> None:
    assert [f.severity for f in t("He was born in 1833 .\n", select="T108")] == [Severity.WARNING]


def test_a_tokenised_segment_among_clean_segments_is_a_warning() -> None:
    clean = "The minister spoke on Monday, and the plan, which was late, would pass.\n" * 40
    text = clean + "He was born in 1833 .\n" + clean + "The talks ( in Geneva ) ended.\n"
    found = [(f.line, f.severity) for f in t(text, select="T108")]
    assert found == [(41, Severity.WARNING), (82, Severity.WARNING), (82, Severity.WARNING)]


def test_tokenised_markdown_keeps_its_code_and_checkboxes() -> None:
    text = "- [ ] open task\n- [x] done\n\nRun `f( a , b )` now , please .\n"
    found = [(f.code, f.start) for f in lint_text(text, path="notes.md", select="T108")]
    assert found == [("T108", text.index(" , please")), ("T108", text.index(" .\n"))]


@pytest.mark.parametrize(
    "text",
    [" ," * 3000, "( a " * 2000, "s ' a " * 3000, "a n 't " * 2000, " " * 5000 + ",", "[ " * 3000],
)
def test_tokenised_punctuation_on_adversarial_runs_finishes(text: str) -> None:
    for finding in t(text, select="T108"):
        assert finding.code == "T108"
