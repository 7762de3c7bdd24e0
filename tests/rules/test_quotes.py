"""Quotation-mark rules (family Q): exact codes, positions, severities and fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import lint_text
from checker.fix import apply_fixes
from checker.types import Severity

ARTICLE = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "nk-soldiers.txt"


def q(text: str, select: str = "Q"):
    return lint_text(text, select=select)


def codes(text: str, select: str = "Q") -> list[tuple[str, int]]:
    """(code, 0-based start) of every finding."""
    return [(f.code, f.start) for f in q(text, select)]


def fixed(text: str, select: str = "Q", passes: int = 5) -> str:
    """``text`` after applying the rules' fixes until nothing changes (like --fix)."""
    for _ in range(passes):
        outcome = apply_fixes(text, [f.fix for f in q(text, select) if f.fix])
        if outcome.text == text:
            break
        text = outcome.text
    return text


# --- the seed article -------------------------------------------------------------------


def test_seed_article_reports_lines_22_23_25_with_a_fix_for_each_guillemet() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    findings = lint_text(text, select="Q,T")
    alarms = [f for f in findings if f.severity >= Severity.WARNING]
    assert sorted({f.line for f in alarms}) == [22, 23, 25]
    guillemets = [f for f in alarms if f.excerpt and text[f.start : f.end] == "»"]
    assert [(f.line, f.code) for f in guillemets] == [(22, "Q101"), (23, "Q101"), (25, "Q102")]
    assert all(f.fix is not None for f in guillemets)
    assert [(f.line, f.code) for f in alarms if f not in guillemets] == [(22, "Q106")]


def test_seed_article_fixes_give_correct_english() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    lines = fixed(text, select="Q,T").splitlines()
    assert lines[21] == (
        "“I saw my colleagues die next to me,” he whispered. "
        "“I was hiding in a shelter when I was injured.”"
    )
    assert lines[22].endswith("he said in a weak but pleading voice, “I want to live here.”")
    assert lines[24].endswith(
        "“It also shows that North Korean troops are being used as cannon fodder.”"
    )
    assert not [f for f in lint_text("\n".join(lines), select="Q") if f.severity > 1]


# --- Q101 unmatched-closing-quote --------------------------------------------------------


def test_stray_guillemet_after_a_closed_quotation_is_deleted() -> None:
    text = "He said, “I want to live here.” »\n"
    (finding,) = q(text)
    assert (finding.code, finding.start, finding.severity) == ("Q101", 32, Severity.ERROR)
    assert finding.message == "closing quotation mark » closes no quotation"
    assert fixed(text) == "He said, “I want to live here.”\n"


def test_unmatched_closer_without_evidence_has_no_fix() -> None:
    (finding,) = q("He said he wanted to live here.”\n")
    assert finding.code == "Q101"
    assert finding.fix is None


def test_unmatched_straight_closer_is_a_warning() -> None:
    (finding,) = q('He said he wanted to live here."\n')
    assert (finding.code, finding.severity) == ("Q101", Severity.WARNING)


def test_a_stray_mark_on_the_next_line_is_not_deleted_with_the_line_break() -> None:
    text = "“One.”\n» two\n"
    findings = [f for f in q(text) if f.code == "Q101"]
    assert [f.fix for f in findings] == [None]


# --- Q102 mixed-quote-pair ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "severity"),
    [
        ("“Cannon fodder. »\n", "“Cannon fodder.”\n", Severity.ERROR),
        ("“Cannon fodder.»\n", "“Cannon fodder.”\n", Severity.ERROR),
        ("‘Cannon fodder. ›\n", "‘Cannon fodder.’\n", Severity.ERROR),
        ('“Cannon fodder."\n', "“Cannon fodder.”\n", Severity.WARNING),
        ('"Cannon fodder.”\n', "“Cannon fodder.”\n", Severity.WARNING),
        ("« Cannon fodder.”\n", "“Cannon fodder.”\n", Severity.ERROR),
        ("a “test of strength“ here\n", "a “test of strength” here\n", Severity.ERROR),
        ('"Cannon fodder. »\n', '"Cannon fodder."\n', Severity.ERROR),
    ],
)
def test_mixed_pairs_get_the_english_partner(text: str, expected: str, severity) -> None:
    findings = q(text)
    assert [(f.code, f.severity) for f in findings if f.code == "Q102"] == [("Q102", severity)]
    assert fixed(text) == expected


def test_mixed_pair_message_names_both_marks() -> None:
    (finding,) = q("“Cannon fodder. »\n")
    assert finding.message == "quotation opened with “ but closed with »"
    assert (finding.start, finding.end) == (16, 17)
    assert (finding.fix.start, finding.fix.end, finding.fix.replacement) == (15, 17, "”")


# --- Q103 unclosed-quote -----------------------------------------------------------------


def test_unclosed_quote_is_reported_at_its_opening_mark() -> None:
    assert codes("He said “I was hiding in a shelter.\n") == [("Q103", 8)]


def test_unclosed_straight_single_mark_is_info() -> None:
    (finding,) = q("The 'project was late.\n")
    assert (finding.code, finding.severity) == ("Q103", Severity.INFO)


def test_lone_curly_single_mark_is_info_unless_single_marks_quote() -> None:
    (lone,) = q("He left ‘cause he was tired.\n")
    assert (lone.code, lone.severity) == ("Q103", Severity.INFO)
    british = q("‘Yes,’ he said. He left ‘cause he was tired.\n")
    assert [(f.code, f.severity) for f in british] == [("Q103", Severity.WARNING)]
    nested = q("“He said ‘never, and left,” she said.\n")
    assert [(f.code, f.severity) for f in nested] == [("Q103", Severity.WARNING)]


def test_multi_paragraph_quotation_is_not_unclosed() -> None:
    text = "“First paragraph.\n\n“Second paragraph.\n\n“Last paragraph.”\n"
    assert codes(text) == []


def test_quotation_not_reopened_at_the_next_paragraph_is_unclosed() -> None:
    text = "“First paragraph.\n\nThe narrator speaks.\n"
    assert codes(text) == [("Q103", 0)]


@pytest.mark.parametrize(
    "text",
    [
        '"We are flexible. "We want to be in the best health. "That is all," he said.\n',
        "He said: “We are flexible. “We want to be in the best health.”\n",
        "“Prices fell, said the report’s authors, in May. “Then they rose.”\n",
    ],
)
def test_a_quotation_continued_over_flattened_paragraphs_is_not_unclosed(text: str) -> None:
    assert codes(text) == []


def test_a_flattened_quotation_that_never_closes_is_reported_once() -> None:
    text = '"We are flexible. "We want to be in the best health. The club declined to comment.\n'
    assert codes(text) == [("Q103", text.index('"We want'))]


@pytest.mark.parametrize(
    ("clause", "reported"),
    [
        (", he said.", True),
        (", the spokesman added.", True),
        (", said Anna Berg.", True),
        (", Kim told reporters.", True),
        (", I said.", False),  # the speaker reports herself: still her words
        (", and nobody said anything.", False),  # no reporting clause
        (", as the minister said to me.", False),  # first person
        (", said the chairman of the board of the company.", False),  # too long a clause
    ],
)
def test_a_reporting_clause_before_the_reopening_means_a_dropped_closing_mark(
    clause: str, reported: bool
) -> None:
    text = f"“We stay here{clause} “Nobody will move us.”\n"
    assert codes(text) == ([("Q103", 0)] if reported else [])


# --- Q104 foreign-quote-marks and Q105 space-inside-guillemets ---------------------------


def test_french_guillemets_become_english_quotes() -> None:
    text = "He said: « I want to live here. »\n"
    found = codes(text)
    assert ("Q104", 9) in found and ("Q104", 32) in found
    assert ("Q105", 10) in found and ("Q105", 31) in found
    assert fixed(text) == "He said: “I want to live here.”\n"
    assert fixed(text, select="Q104") == "He said: “I want to live here.”\n"


def test_space_inside_guillemets_alone_removes_the_spaces() -> None:
    text = "He said: «\u00a0I want to live here.\u202f»\n"
    assert fixed(text, select="Q105") == "He said: «I want to live here.»\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said „We stay here.“ and left.\n", "She said “We stay here.” and left.\n"),
        ("She said „We stay here.” and left.\n", "She said “We stay here.” and left.\n"),
        ("The slogan »We can do this« stuck.\n", "The slogan “We can do this” stuck.\n"),
        ("He called it ‹a disaster› and left.\n", "He called it ‘a disaster’ and left.\n"),
        ("She said ”We stay here” and left.\n", "She said “We stay here” and left.\n"),
    ],
)
def test_foreign_pairs_are_fixed(text: str, expected: str) -> None:
    assert {c for c, _ in codes(text)} == {"Q104"}
    assert fixed(text) == expected


# --- Q108 space-inside-quotes -------------------------------------------------------------


def test_french_spaces_inside_curly_quotes_are_removed() -> None:
    text = "He said: \u201c We will not give in \u201d and left.\n"
    findings = q(text)
    assert [(f.code, f.start, f.severity) for f in findings] == [
        ("Q108", 10, Severity.WARNING),
        ("Q108", 30, Severity.WARNING),
    ]
    assert fixed(text) == "He said: \u201cWe will not give in\u201d and left.\n"


def test_no_break_spaces_inside_curly_quotes_are_removed() -> None:
    text = "\u201c\u00a0Never.\u202f\u201d\n"
    assert [c for c, _ in codes(text)] == ["Q108", "Q108"]
    assert fixed(text) == "\u201cNever.\u201d\n"


def test_a_space_on_one_side_only_is_info() -> None:
    findings = q("\u201cWe will,\u201d he said. \u201c We must.\u201d\n")
    assert [(f.code, f.start, f.severity) for f in findings] == [("Q108", 21, Severity.INFO)]


@pytest.mark.parametrize(
    "text",
    [
        "Type \u201c \u201d for a space, and \u201c\u201d for nothing.\n",
        "\u201c\u2026 and so on,\u201d she said. \u201cAnd then... \u201d he stopped.\n",
        "\u201cWe stay \u2014 \u201d and the line went dead.\n",
        "He wrote \u201cWe will\nnot give in\u201d on the wall.\n",
        'Straight marks: " We stay " are not read.\n',
    ],
)
def test_deliberate_spaces_inside_curly_quotes_are_left_alone(text: str) -> None:
    assert [f for f in q(text) if f.code == "Q108" and f.severity >= Severity.WARNING] == []


# --- Q106 unopened-resumed-quote ---------------------------------------------------------


def test_resumed_quote_gets_reopened() -> None:
    text = "“I saw them die,” he whispered. I was hiding in a shelter.”\n"
    findings = q(text)
    assert [(f.code, f.start) for f in findings] == [("Q106", 32), ("Q101", 58)]
    resumed = findings[0]
    assert (resumed.fix.start, resumed.fix.end, resumed.fix.replacement) == (32, 32, "“")
    assert resumed.severity == Severity.WARNING
    assert fixed(text) == "“I saw them die,” he whispered. “I was hiding in a shelter.”\n"


def test_resumed_straight_quote_is_reopened_with_a_straight_mark() -> None:
    text = '"We had no food," the soldier said. We ate snow."\n'
    assert fixed(text) == '"We had no food," the soldier said. "We ate snow."\n'


@pytest.mark.parametrize(
    "text",
    [
        # No first-person speech: the narrator may be speaking.
        "“They died,” he whispered. The soldiers were hiding in a shelter.”\n",
        # No reporting verb in the clause.
        "“I saw them die,” he went home. I was hiding in a shelter.”\n",
        # The clause is far too long to be a reporting clause.
        "“I saw them,” he said on the phone to the journalists from the capital city "
        "yesterday morning. I was hiding.”\n",
        # The narrator is the one who speaks in the first person.
        "“Go,” I said. I was hiding in a shelter.”\n",
    ],
)
def test_resumption_needs_all_its_evidence(text: str) -> None:
    assert "Q106" not in {c for c, _ in codes(text)}


def test_resumed_quote_that_is_reopened_is_fine() -> None:
    text = "“I saw them die,” he whispered. “I was hiding in a shelter.”\n"
    assert codes(text) == []


# --- Q107 mixed-quote-styles -------------------------------------------------------------


def test_mixed_styles_reported_once_at_the_rarer_style() -> None:
    text = '“One,” he said. "Two," she said. “Three,” they said.\n'
    findings = q(text)
    assert [(f.code, f.start, f.severity) for f in findings] == [("Q107", 16, Severity.INFO)]
    assert findings[0].message.endswith("(2 straight, 4 curly)")


def test_straight_apostrophes_with_curly_quotes_are_not_mixed_styles() -> None:
    assert codes("“It's fine,” he said. “Don't worry.”\n") == []


# --- robustness --------------------------------------------------------------------------


def test_fixes_never_eat_a_masked_comment() -> None:
    text = "“Cannon fodder.<!-- mtlint: note -->»\n"
    findings = q(text)
    (mixed,) = [f for f in findings if f.code == "Q102"]
    assert mixed.fix.start == text.index("»")


@pytest.mark.parametrize(
    "text",
    ["»", "«", "“", "”", "‘’", " » ", "„", "‚", "\"'", "»\n\n«", "“\n\n“\n\n“"],
)
def test_bare_marks_do_not_crash(text: str) -> None:
    for finding in q(text):
        assert finding.code.startswith("Q")


def test_foreign_pairs_do_not_count_as_curly_style() -> None:
    text = '„We stay“, he said. "Fine," she said.\n'
    assert [c for c, _ in codes(text)] == ["Q104", "Q104"]


def test_foreign_quotation_over_several_paragraphs_is_fixed_everywhere() -> None:
    text = "« First paragraph.\n\n« Second paragraph. »\n"
    assert [c for c, _ in codes(text, "Q104")] == ["Q104", "Q104", "Q104"]
    assert fixed(text) == "“First paragraph.\n\n“Second paragraph.”\n"
