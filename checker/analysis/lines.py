"""Paragraphs and headings.

A paragraph is a block between blank lines. Text with no blank line at all (one paragraph
a line, as many exported articles are) makes each line a paragraph. A heading is a short
paragraph of one line with no final punctuation (``Pyongyang muet``), or a Markdown
``#`` heading.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checker.text.quote_marks import CLOSING_MARKS, STRAIGHT_MARKS

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"[^\n]+")
_WORDS = re.compile(r"\S+")
_FINAL_PUNCTUATION = frozenset(".!?,;:…)]}*" + CLOSING_MARKS + STRAIGHT_MARKS)
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s")
MAX_HEADING_WORDS = 12


class Paragraph(NamedTuple):
    """``text[start:end]`` with surrounding white space trimmed."""

    start: int
    end: int
    is_heading: bool


def _looks_like_heading(block: str) -> bool:
    if "\n" in block:
        return False
    if _MARKDOWN_HEADING.match(block):
        return True
    if block[-1] in _FINAL_PUNCTUATION:
        return False  # most paragraphs: no need to count their words
    words = _WORDS.findall(block)
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    return any(ch.isalpha() for ch in block)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_paragraphs(text: str, fmt: str = "text") -> list[Paragraph]:
    """Paragraphs of ``text`` in order; headings flagged."""
    if _BLANK_LINE.search(text) or fmt == "markdown":
        bounds: list[tuple[int, int]] = []
        last = 0
        for match in _BLANK_LINE.finditer(text):
            bounds.append((last, match.start()))
            last = match.end()
        bounds.append((last, len(text)))
    else:
        bounds = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    paragraphs = []
    for raw_start, raw_end in bounds:
        start, end = _trimmed(text, raw_start, raw_end)
        if start < end:
            block = text[start:end]
            paragraphs.append(Paragraph(start, end, _looks_like_heading(block)))
    return paragraphs
