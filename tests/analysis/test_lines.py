"""Paragraphs and headings."""

from __future__ import annotations

from checker.document import Document


def blocks(text: str) -> list[tuple[str, bool]]:
    doc = Document(text)
    return [(text[p.start : p.end], p.is_heading) for p in doc.paragraphs]


def test_text_without_blank_lines_has_one_paragraph_per_line() -> None:
    text = "Pyongyang muet\nNorth Korea has not responded to reports.\n"
    assert blocks(text) == [
        ("Pyongyang muet", True),
        ("North Korea has not responded to reports.", False),
    ]


def test_blank_lines_separate_wrapped_paragraphs() -> None:
    text = "A wrapped paragraph that goes\non to a second line.\n\n  Next one.  \n"
    assert blocks(text) == [
        ("A wrapped paragraph that goes\non to a second line.", False),
        ("Next one.", False),
    ]


def test_headings_are_short_lines_without_final_punctuation() -> None:
    assert blocks("Published at 6:00 a.m.\n")[0][1] is False
    assert blocks("# Title of the piece.\n")[0][1] is True
    long_line = " ".join(["word"] * 20)
    assert blocks(long_line + "\n")[0][1] is False
    assert blocks("“I saw my colleagues die”\n")[0][1] is False
    assert blocks("2024\n")[0][1] is False


def test_empty_and_blank_texts_have_no_paragraphs() -> None:
    assert blocks("") == []
    assert blocks("\n \n\t\n") == []
