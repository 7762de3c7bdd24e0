"""Whatever text it is fed, mtlint neither falls over nor slows down (issue 9).

Every rule of every family runs on: random Unicode (control characters, lone surrogates from
``surrogateescape``, combining marks, right-to-left text, emoji) mixed with the fragments the
rules look for; and on hostile inputs of 100,000 quote marks, 100,000-word lines, a megabyte
with no newline. For each: no exception (a rule that raises shows up as E900), every offset
inside the text, and ``--fix`` output equal to the input outside the fixed spans, converging.

Linear time is checked without a clock: the steps (Python lines run, Python and C calls made)
the whole rule set takes on a text 8 times longer must stay within a constant of 8 times the
steps on the shorter one (a quadratic loop over sentences or mentions multiplies them by 64). Regex
backtracking happens inside one C call, so the hostile inputs are also large enough that a
quadratic regex or loop would stall the suite for minutes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import engine, lint_text
from checker.config import Config
from checker.document import Document
from checker.engine import lint
from checker.fix import MAX_PASSES, apply_fixes
from checker.formats import to_documents
from checker.registry import RULES, load_rules
from checker.types import Finding, Hit, Rule, Severity

EXAMPLES = int(os.environ.get("MTLINT_FUZZ_EXAMPLES", "150"))
FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples on every run: CI never goes red by chance
)

# What the rules look for, so random text often reaches deep into their logic.
FRAGMENTS = [
    "The minister said",
    " he ",
    " she ",
    " her ",
    " his ",
    " it ",
    "France",
    "the company",
    "the army",
    "Kim Jong-un",
    "Kim Jong Un",
    "Kang Dong said -wan",
    " -wan",
    "Zelensky",
    "Zelenskyy",
    "Mr.",
    "U.S.",
    "a.m.",
    "Jan. 3",
    "selon lui",
    "muet",
    "cependant",
    "sin embargo",
    "coup d'état",
    "déjà vu",
    "3,5",
    "2,700",
    "11 000",
    "11\u202f000",
    "50 %",
    "1er",
    "19e",
    "18 h 30",
    " ?",
    " !",
    " :",
    " ;",
    "didn’t",
    "soldiers’",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "« ",
    " »",
    "‹",
    "›",
    "„",
    '"',
    "'",
    ".",
    ". ",
    "? ",
    "! ",
    "…",
    ",",
    "—",
    "-",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "# ",
    "<!-- mtlint: disable=Q -->",
    "<!-- mtlint: enable -->",
    "<!-- mtlint: disable-line=L101 -->",
]
SPECIAL = [
    *map(chr, range(0x00, 0x20)),
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",  # control characters and odd line ends
    "\u0301",
    "\u0308",
    "\u20dd",
    "e\u0301",  # combining marks
    "\u200f",
    "\u202e",
    "\u2067",
    "שלום",
    "مرحبا بالعالم",  # right-to-left
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00a0",
    "\u2009",
    "\u202f",  # invisible and spaces
    "👩‍👩‍👧",
    "🇫🇷",
    "❤️",
    "😀",
    "𝐀𝐁",  # emoji, astral
    "\ufffd",
    "Ⅻ",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",  # characters whose case mappings change length
    "Ελληνικά",
    "Русский",
    "中文",
    "한국어",  # other scripts
]
pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(SPECIAL),
    st.characters(),
    st.text(max_size=6),
    st.binary(max_size=8).map(lambda b: b.decode("utf-8", "surrogateescape")),
)
texts = st.lists(pieces, max_size=80).map("".join)
options = st.sampled_from([{}, {"source_lang": "fr"}, {"source_lang": "de"}])


@pytest.fixture(scope="module", autouse=True)
def every_rule() -> None:
    load_rules()


# --- the properties ------------------------------------------------------------------------


def check_findings(text: str, findings: list[Finding]) -> None:
    """No rule crashed; every span and fix lies inside the text; lines and columns agree."""
    crashed = [f.message for f in findings if f.code == "E900"]
    assert not crashed, crashed
    doc = Document(text)
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert (finding.line, finding.column) == doc.line_col(finding.start), finding
        assert (finding.end_line, finding.end_column) == doc.line_col(finding.end), finding
        fix = finding.fix
        if fix is not None:
            assert 0 <= fix.start <= fix.end <= len(text), finding
            assert text[fix.start : fix.end] != fix.replacement, f"fix changes nothing: {finding}"


def check_fixes(text: str, findings: list[Finding], **opts: object) -> None:
    """Fixed text equals the input outside the fixed spans; fixing again converges."""
    outcome = apply_fixes(text, [f.fix for f in findings if f.fix is not None])
    fixed = outcome.text
    if not outcome.applied:
        assert fixed == text
        return
    applied = sorted(outcome.applied, key=lambda f: (f.start, f.end))
    first, last = applied[0], applied[-1]
    assert fixed.startswith(text[: first.start])
    assert fixed.endswith(text[last.end :])
    position, out = 0, 0  # walk the text and the output side by side, fix by fix
    for fix in applied:
        kept = text[position : fix.start]
        assert fixed[out : out + len(kept)] == kept
        out += len(kept)
        assert fixed[out : out + len(fix.replacement)] == fix.replacement
        out += len(fix.replacement)
        position = fix.end
    assert fixed[out:] == text[position:]
    for _ in range(MAX_PASSES):  # what --fix does: re-lint and fix until nothing is left
        findings = lint_text(fixed, **opts)
        check_findings(fixed, findings)
        outcome = apply_fixes(fixed, [f.fix for f in findings if f.fix is not None])
        if not outcome.applied:
            return
        fixed = outcome.text
    pytest.fail(f"fixes still change the text after {MAX_PASSES} passes: {fixed!r}")


@FAST
@given(text=texts, opts=options)
def test_any_text_every_rule(text: str, opts: dict) -> None:
    findings = lint_text(text, **opts)
    check_findings(text, findings)
    check_fixes(text, findings, **opts)


@FAST
@given(text=texts)
def test_any_text_through_the_readers(text: str) -> None:
    """The bytes a file would hold, through decoding and the plain and Markdown readers."""
    config = Config()
    for data in (text.encode("utf-8", "surrogateescape"), text.encode("utf-8", "replace")):
        for name in ("a.txt", "a.md"):
            documents = to_documents(name, data, config)
            if not isinstance(documents, list):
                continue  # not UTF-8, or binary: an E finding, tested in test_cli.py
            for document in documents:
                check_findings(document.text, lint(document, config))


def _as_file_text(text: str) -> str:
    """Text a UTF-8 file can hold and give back unchanged (no NUL, no leading BOM)."""
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
    return text.lstrip("\ufeff")


@settings(FAST, max_examples=max(5, EXAMPLES // 10))
@given(text=texts.map(_as_file_text))
def test_fix_on_a_file_changes_only_the_fixed_spans(text: str) -> None:
    """``mtlint check --fix`` on a real file: the result is what the fixes give, and stable."""
    from click.testing import CliRunner

    from checker.cli import main

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_bytes(text.encode("utf-8"))
        result = CliRunner().invoke(main, ["check", "--fix", "--quiet", str(path)])
        assert result.exit_code in (0, 1), result.output
        after = path.read_bytes().decode("utf-8")
        expected = text
        for _ in range(MAX_PASSES):
            outcome = apply_fixes(expected, [f.fix for f in lint_text(expected) if f.fix])
            if not outcome.applied:
                break
            expected = outcome.text
        assert after == expected
        again = CliRunner().invoke(main, ["check", "--fix", "--quiet", str(path)])
        assert again.exit_code in (0, 1), again.output
        assert path.read_bytes().decode("utf-8") == after


# --- hostile inputs ------------------------------------------------------------------------

N = 100_000  # the sizes issue 9 names: 100,000 quote marks, 100,000-word lines
M = 20_000  # the other shapes: big enough that a quadratic pass takes minutes
SENTENCES = [
    "The minister said on Monday that the talks would resume.",
    "“We did not expect it,” she said, adding that 2,700 people had left.",
    "Kim Jong-un visited the factory, and he praised the workers.",
    "France said it would reopen the border crossing after the vote.",
    "Mr. Novak, who led the U.S. delegation, arrived at 6 a.m. on Jan. 3.",
    "The soldier’s mother did not know where he was.",
]


def prose(size: int, separator: str = " ", sentences: list[str] = SENTENCES) -> str:
    out, total, index = [], 0, 0
    while total < size:
        sentence = sentences[index % len(sentences)]
        out.append(sentence)
        total += len(sentence) + len(separator)
        index += 1
    return separator.join(out)


HOSTILE = {
    "100,000 straight quotes": '"' * N,
    "100,000 curly opening quotes": "“" * N,
    "100,000 mixed quote marks": "“«„‘'\"»”’‹›" * (N // 10),
    "100,000-word line": " ".join(["word"] * N),
    "100,000-word line of names and pronouns": " ".join(["Kim Jong-un said she"] * (N // 4)),
    "no newline at all": prose(200_000),
    "curly closing quotes": "”" * M,
    "curly pairs": "“”" * (M // 2),
    "guillemets": "«" * M,
    "guillemets with spaces": "« " * (M // 2),
    "apostrophes": "'" * M,
    "quoted words": "“word” " * (M // 2),
    "capitalised words": " ".join(["Word"] * M),
    "one sentence a line": prose(M * 5, "\n"),
    "one paragraph a line": prose(M * 5, "\n\n"),
    "no space at all": "word" * M,
    "periods": "." * N,
    "abbreviations": "Mr. " * M,
    "initials": "J. " * M,
    "hyphens": "-" * N,
    "hyphenated chain": "a-" * M,
    "apostrophe chain": "d’" * M,
    "decimal commas": "3,5 " * M,
    "spaced thousands": "11 000 " * M,
    "space before question marks": "word ? " * M,
    "dangling fragments": "Kang Dong said -wan " * (M // 4),
    "open brackets": "(" * N,
    "newlines": "\n" * N,
    "carriage returns": "\r" * N,
    "blank lines with spaces": " \n" * N,
    "combining marks": "e" + "\u0301" * N,
    "right to left": "مرحبا بالعالم " * M,
    "emoji": "👩‍👩‍👧 " * M,
    "control characters": "".join(map(chr, range(32))) * (M // 32),
    "lone surrogates": bytes(range(0x80, 0x100)).decode("utf-8", "surrogateescape") * (M // 128),
    "suppression comments": "<!-- mtlint: disable=Q -->“<!-- mtlint: enable -->" * (M // 50),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input(name: str) -> None:
    text = HOSTILE[name]
    findings = lint_text(text)
    check_findings(text, findings)
    outcome = apply_fixes(text, [f.fix for f in findings if f.fix is not None])
    assert len(outcome.text) >= 0  # applying every fix at once must not fail either


HOSTILE_MARKDOWN = {
    "unclosed comments": "<!-- " * M,
    "comment pairs": "<!-- a -->" * M,
    "unclosed declarations": "<!a" * M,
    "backticks": "`" * N,
    "fences": "```\n" * M,
    "brackets": "[" * N,
    "unclosed links": "[a](" * M,
    "emphasis marks": "*_" * M,
    "empty headings": "# \n" * M,
    "nested quotes": ">" * N + " text",
    "nested lists": "".join("  " * i + "- a\n" for i in range(1000)),
    "tags": "<div>" * M,
    "front matter never closed": "---\n" + "a: b\n" * M,
}


@pytest.mark.parametrize("name", list(HOSTILE_MARKDOWN))
def test_hostile_markdown(name: str) -> None:
    text = HOSTILE_MARKDOWN[name]
    config = Config()
    documents = to_documents("a.md", text.encode("utf-8"), config)
    assert isinstance(documents, list)
    for document in documents:
        check_findings(document.text, lint(document, config))


# --- linear time, without a clock ----------------------------------------------------------

SHAPES = {
    "paragraphs": lambda size: prose(size, "\n\n"),
    "one paragraph": lambda size: prose(size),
    "lines": lambda size: prose(size, "\n"),
    "quotations": lambda size: "“" + prose(size, "” “") + "”",
    "names and pronouns": lambda size: " ".join(
        ["Kim Jong-un arrived. She said he would stay, and Mr. Novak said she left."]
        * (size // 74 + 1)
    ),
    "unclosed quotes": lambda size: prose(size, " “"),
    "foreign words": lambda size: prose(
        size, " ", [*SENTENCES, *SENTENCES, "Selon lui, c’est fini."]
    ),
}
BASE = 5_000
GROWTH = 8
SLACK = 1.5  # linear: ratio ≈ 8 (less with fixed costs); quadratic: → 64


def work(text: str, config: Config | None = None) -> int:
    """Steps taken while linting ``text``: Python lines run plus Python and C calls made.

    Lines catch a quadratic loop that calls nothing; calls catch C work in a loop.
    """
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1  # "call" and "line" (and "return", "exception": a constant factor)
        return tracer

    def profiler(frame, event, arg) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    document = Document(text)
    config = config or Config()
    sys.settrace(tracer)
    sys.setprofile(profiler)
    try:
        lint(document, config)
    finally:
        sys.setprofile(None)
        sys.settrace(None)
    return count


@pytest.mark.parametrize("shape", list(SHAPES))
def test_work_grows_linearly_with_the_input(shape: str) -> None:
    make = SHAPES[shape]
    small, large = make(BASE), make(BASE * GROWTH)
    lint(Document(small), Config())  # imports, data loads and caches, outside the count
    ratio = work(large) / max(1, work(small))
    size_ratio = len(large) / len(small)
    assert ratio <= size_ratio * SLACK, (
        f"{shape}: {ratio:.1f}× the calls for {size_ratio:.1f}× text"
    )


def _quadratic(doc: Document) -> Iterator[Hit]:
    """A deliberately quadratic rule: every sentence against every earlier one."""
    sentences = doc.sentences
    for index, sentence in enumerate(sentences):
        for earlier in sentences[:index]:  # no call in the loop: only lines show it
            if earlier.end > sentence.end:  # never true: only the work counts
                yield Hit(sentence.start, sentence.end)


def test_the_linear_time_check_sees_a_loop_that_calls_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The count is not blind to a quadratic loop of plain comparisons.

    Alone, such a rule breaks the bound. Among the whole rule set (about 1,800 steps a
    sentence) a loop of one step per pair only shows from thousands of sentences on: the
    hostile inputs above, at 20,000 to 100,000 units, are there for those.
    """
    rule = Rule("T990", "test-quadratic", Severity.INFO, "Other/Test", "slow", _quadratic)
    monkeypatch.setitem(RULES, rule.code, rule)
    engine._rules_for.cache_clear()
    try:
        config = Config(select=(rule.code,))
        make = SHAPES["paragraphs"]
        small, large = make(BASE), make(BASE * GROWTH)
        ratio = work(large, config) / work(small, config)
    finally:
        engine._rules_for.cache_clear()
    assert ratio > len(large) / len(small) * SLACK
