"""Suppression: ``<!-- mtlint: ... -->`` comments and per-file ignores, through the engine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from checker import engine
from checker.config import Config
from checker.document import Document
from checker.formats import to_documents
from checker.registry import RULES, load_rules
from checker.suppress import comment_spans
from checker.types import Hit
from stand_in_rules import install_word_rules

SELECT = ("L901", "Q901")


@pytest.fixture(autouse=True)
def word_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """L901 reports ``muet``, Q901 reports ``zorp``: stand-ins for real rules."""
    yield from install_word_rules(monkeypatch)


def lint(text: str, path: str = "a.txt", **options) -> list[tuple[int, str]]:
    config = Config.from_options(select=",".join(SELECT), **options)
    (doc,) = to_documents(path, text.encode("utf-8"), config)
    return [(f.line, f.code) for f in engine.lint(doc, config)]


def test_disable_line_silences_its_own_line_only_and_only_the_codes_named() -> None:
    text = (
        "muet zorp <!-- mtlint: disable-line=L901 -->\n"
        "muet zorp\n"
        "muet <!-- mtlint: disable-line -->\n"
    )
    assert lint(text) == [(1, "Q901"), (2, "L901"), (2, "Q901")]


def test_disable_next_line() -> None:
    text = "<!-- mtlint: disable-next-line=quotes -->\nmuet zorp\nzorp\n"
    assert lint(text) == [(2, "L901"), (3, "Q901")]


def test_blocks_by_prefix_and_family_name_and_selective_enable() -> None:
    text = (
        "muet zorp\n"
        "<!-- mtlint: disable=L9,quotes -->\n"
        "muet zorp\n"
        "<!-- mtlint: enable=Q -->\n"
        "muet zorp\n"
        "<!-- mtlint: enable -->\n"
        "muet zorp\n"
    )
    assert lint(text) == [(1, "L901"), (1, "Q901"), (5, "Q901"), (7, "L901"), (7, "Q901")]


def test_disable_without_codes_silences_everything_until_enable() -> None:
    text = "<!--mtlint:disable-->\nmuet zorp\n<!-- mtlint: enable -->\nmuet\n"
    assert lint(text) == [(4, "L901")]


def test_unknown_codes_in_a_comment_silence_nothing_and_are_reported() -> None:
    text = "muet <!-- mtlint: disable-line=X12,nonsense,Q8 -->\n"
    assert lint(text) == [(1, "L901"), (1, "E006"), (1, "E006"), (1, "E006")]
    assert lint(text, ignore="E006") == [(1, "L901")]
    config = Config.from_options(select=",".join(SELECT))
    (doc,) = to_documents("a.txt", text.encode("utf-8"), config)
    messages = [f.message for f in engine.lint(doc, config) if f.code == "E006"]
    assert messages == [
        f"suppression comment names {code}, which matches no rule"
        for code in ("Q8", "X12", "nonsense")
    ]


def test_a_known_code_beside_an_unknown_one_still_silences() -> None:
    assert lint("muet <!-- mtlint: disable-line=L901,L9999 -->\n") == [(1, "E006")]


def test_unused_suppressions_are_reported_only_when_selected() -> None:
    text = (
        "muet <!-- mtlint: disable-line=L901 -->\n"
        "clean <!-- mtlint: disable-line=L901 -->\n"
        "<!-- mtlint: disable-next-line=Q901 -->\n"
        "zorp\n"
        "<!-- mtlint: disable=L9 -->\n"
        "nothing here\n"
        "<!-- mtlint: enable -->\n"
        "clean <!-- mtlint: disable-line=P -->\n"  # no P rule runs: nothing to tell
    )
    assert lint(text) == []
    config = Config.from_options(select=",".join((*SELECT, "E007")))
    (doc,) = to_documents("a.txt", text.encode("utf-8"), config)
    found = [(f.line, f.code, f.message) for f in engine.lint(doc, config)]
    assert found == [
        (2, "E007", "suppression comment <!-- mtlint: disable-line=L901 --> silences nothing"),
        (5, "E007", "suppression comment <!-- mtlint: disable=L9 --> silences nothing"),
    ]
    below = Config.from_options(select="L901,Q901,E007", min_severity="warning")
    (doc,) = to_documents("a.txt", text.encode("utf-8"), below)
    assert engine.lint(doc, below) == []


def test_comments_are_masked_so_rules_do_not_read_them() -> None:
    text = "Text <!-- mtlint: disable-line=Q901 --> more.\n"
    (start, end) = comment_spans(text)[0]
    assert text[start:end] == "<!-- mtlint: disable-line=Q901 -->"
    (doc,) = to_documents("a.txt", text.encode(), Config())
    assert "mtlint" not in doc.analysis_text
    assert comment_spans("no comment here") == ()


def test_markdown_comments_work_and_examples_in_code_blocks_do_not_act() -> None:
    text = (
        "muet <!-- mtlint: disable-line=L901 -->\n"
        "\n"
        "```\n"
        "<!-- mtlint: disable -->\n"
        "```\n"
        "\n"
        "Write `<!-- mtlint: disable -->` to silence a block.\n"
        "\n"
        "muet zorp\n"
    )
    assert lint(text, path="a.md") == [(9, "L901"), (9, "Q901")]


def test_per_file_ignores_by_glob() -> None:
    ignores = {"drafts/*.md": "L", "*.txt": "Q901"}
    assert lint("muet zorp\n", path="drafts/a.md", per_file_ignores=ignores) == [(1, "Q901")]
    assert lint("muet zorp\n", path="notes/b.txt", per_file_ignores=ignores) == [(1, "L901")]
    assert lint("muet zorp\n", path="other/c.md", per_file_ignores=ignores) == [
        (1, "L901"),
        (1, "Q901"),
    ]


def test_input_findings_are_never_silenced() -> None:
    from checker.suppress import apply_comments

    load_rules("E")
    doc = Document("<!-- mtlint: disable -->\nzorp\n", path="a.txt")
    finding = engine.make_finding(doc, RULES["E900"], Hit(30, 30, {"reason": "x"}))
    assert apply_comments(doc, [finding]) == [finding]


def test_alternating_blocks_over_a_long_document() -> None:
    """Each block is closed by its enable; the state is looked up per code and offset."""
    chunk = "<!-- mtlint: disable=L901 -->\nmuet\n<!-- mtlint: enable -->\nmuet zorp\n"
    findings = lint(chunk * 2000)
    assert len(findings) == 4000
    assert findings[:2] == [(4, "L901"), (4, "Q901")]
