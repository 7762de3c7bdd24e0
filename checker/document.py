"""Document: the decoded text of one input, with offset → line/column and shared analyses.

Rules read a Document and yield character offsets; only the engine turns offsets into
1-based lines and columns (code points, so astral characters count as one column).
Analyses (paragraphs, sentences, tokens, quote structure, mentions) are computed on first
use and cached, so each is built at most once per document whatever the rules selected.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checker.analysis.lines import Paragraph
    from checker.analysis.sentences import Sentence
    from checker.analysis.tokens import Token
    from checker.config import Config

_LONE_CR = re.compile(r"\r(?!\n)")
_LINE_CONTENT = re.compile(r"[^\r\n]+")


def blanked(text: str) -> str:
    """``text`` with every character but line breaks made a space (same length and lines)."""
    return _LINE_CONTENT.sub(lambda run: " " * len(run.group()), text)


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts. ``\\r\\n``, ``\\r`` and ``\\n`` end lines."""
    starts = [0]
    i = 0
    find = text.find
    # Fast path for \n; \r alone is rare and handled below.
    while True:
        j = find("\n", i)
        if j < 0:
            break
        starts.append(j + 1)
        i = j + 1
    if "\r" in text:
        lone_cr = [m.end() for m in _LONE_CR.finditer(text)]
        if lone_cr:
            starts = sorted(set(starts).union(lone_cr))
    return starts


@dataclass(frozen=True, slots=True)
class Segment:
    """One aligned unit of a bilingual file: ``text[start:end]`` is the target.

    ``line`` is the 1-based line of the file where the target text starts, so findings in a
    PO, XLIFF or TMX file point at the file's real line.
    """

    start: int
    end: int
    source: str | None = None
    reference: str | None = None
    line: int = 0
    key: str = ""


@dataclass(eq=False)
class Document:
    """The decoded text of one input and everything known about it.

    ``masked`` spans (code blocks, front matter, suppression comments...) keep their offsets
    but are blanked in :attr:`analysis_text`, which is what analyses and rules read.
    ``segments`` are set by bilingual readers; ``line_map`` maps the document's line numbers
    to the file's when the document text is not the file's text verbatim.
    """

    text: str
    path: str = "<string>"
    masked: tuple[tuple[int, int], ...] = ()
    segments: tuple[Segment, ...] = ()
    line_map: tuple[int, ...] | None = None
    source_lang: str | None = None
    format: str = "text"
    config: Config | None = field(default=None, repr=False)

    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets at which each line starts. ``\\r\\n``, ``\\r`` and ``\\n`` end lines."""
        return line_starts(self.text)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based code-point offset, in the file's numbering."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        line = index + 1
        if self.line_map is not None and index < len(self.line_map):
            line = self.line_map[index]
        return line, offset - self.line_starts[index] + 1

    def line_text(self, offset: int) -> str:
        """The text of the line holding ``offset``, without its line ending."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return self.text[starts[index] : end].rstrip("\r\n")

    @cached_property
    def analysis_text(self) -> str:
        """The text with masked spans blanked (same length, line breaks kept)."""
        if not self.masked:
            return self.text
        parts: list[str] = []
        last = 0
        for start, end in sorted(self.masked):
            start = max(start, last)
            if end <= start:
                continue
            parts.append(self.text[last:start])
            parts.append(blanked(self.text[start:end]))
            last = end
        parts.append(self.text[last:])
        return "".join(parts)

    def is_masked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.masked)

    # Shared analyses, built lazily on first use -------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        from checker.analysis.lines import split_paragraphs

        return split_paragraphs(self.analysis_text, self.format)

    @cached_property
    def sentences(self) -> list[Sentence]:
        from checker.analysis.sentences import split_sentences

        return split_sentences(self.analysis_text, self.paragraphs)

    @cached_property
    def tokens(self) -> list[Token]:
        from checker.analysis.tokens import tokenize

        return tokenize(self.analysis_text)

    @cached_property
    def quotes(self) -> Any:
        from checker.analysis.quotes import analyze_quotes

        return analyze_quotes(self)

    @cached_property
    def mentions(self) -> Any:
        from checker.analysis.mentions import find_mentions

        return find_mentions(self)

    @property
    def settings(self) -> Config:
        """The configuration in force for this document (defaults when none was given)."""
        if self.config is None:
            from checker.config import Config

            self.config = Config()
        return self.config
