"""Document: the decoded text of one input, with offset → line/column and shared analyses.

Rules read a Document and yield character offsets; only the engine turns offsets into
1-based lines and columns (code points, so astral characters count as one column).

Every analysis a rule may ask for is declared here, as a cached property of
:class:`Document` (the section "The analyses" below): computed on first use, once per
document whatever the rules selected, and gone with the document. Each property imports
its analysis module when first read, so importing this module stays cheap and no analysis
module is imported by a run that does not need it. Rule-side knowledge that several rules of
one family share (a verdict list, a per-document index) goes in :meth:`Document.memo`,
never in a module-level cache.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from checker.patterns import lazy

if TYPE_CHECKING:
    from collections.abc import Callable

    from checker.analysis.broken_names import BrokenName
    from checker.analysis.foreign import LanguageReport
    from checker.analysis.lines import Paragraph
    from checker.analysis.mentions import Mentions
    from checker.analysis.name_variants import Variant
    from checker.analysis.names import NameAnalysis
    from checker.analysis.quotes import QuoteAnalysis
    from checker.analysis.sentences import Sentence
    from checker.analysis.tokens import Token
    from checker.config import Config

_T = TypeVar("_T")

_LONE_CR = lazy(r"\r(?!\n)")
_LINE_CONTENT = lazy(r"[^\r\n]+")


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


class Segment(NamedTuple):
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


class Document:
    """The decoded text of one input and everything known about it.

    ``masked`` spans (code blocks, front matter, suppression comments...) keep their offsets
    but are blanked in :attr:`analysis_text`, which is what analyses and rules read.
    ``segments`` are set by bilingual readers; ``line_map`` maps the document's line numbers
    to the file's when the document text is not the file's text verbatim. Two documents are
    equal only when they are the same object. (A plain class: a dataclass would compile its
    ``__init__`` when this module is imported, on every cold start.)
    """

    def __init__(
        self,
        text: str,
        path: str = "<string>",
        masked: tuple[tuple[int, int], ...] = (),
        segments: tuple[Segment, ...] = (),
        line_map: tuple[int, ...] | None = None,
        source_lang: str | None = None,
        format: str = "text",
        config: Config | None = None,
    ) -> None:
        self.text = text
        self.path = path
        self.masked = masked
        self.segments = segments
        self.line_map = line_map
        self.source_lang = source_lang
        self.format = format
        self.config = config
        self._memos: dict[str, Any] = {}

    def __repr__(self) -> str:
        shown = ("text", "path", "masked", "segments", "line_map", "source_lang", "format")
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"Document({fields})"

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

    # The analyses ----------------------------------------------------------------------
    # Everything a rule may ask about the text, each built on first use and kept while the
    # document lives (``functools.cached_property``). The analysis module is imported
    # inside the property: importing ``checker.document`` imports no analysis, and no
    # analysis module imports back into a half-initialised one. Add a new shared analysis
    # here, never as a module-level cache keyed by document.

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """Paragraphs and headings of the analysis text (``analysis/lines.py``)."""
        from checker.analysis.lines import split_paragraphs

        return split_paragraphs(self.analysis_text, self.format)

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences, within paragraphs (``analysis/sentences.py``)."""
        from checker.analysis.sentences import split_sentences

        return split_sentences(self.analysis_text, self.paragraphs)

    @cached_property
    def tokens(self) -> list[Token]:
        """Word, number and punctuation tokens with offsets (``analysis/tokens.py``)."""
        from checker.analysis.tokens import tokenize

        return tokenize(self.analysis_text)

    @cached_property
    def quotes(self) -> QuoteAnalysis:
        """Quotation marks paired into quotations, per paragraph (``analysis/quotes.py``)."""
        from checker.analysis.quotes import analyze_quotes

        return analyze_quotes(self)

    @cached_property
    def mentions(self) -> Mentions:
        """Mentions of people and things with their gender, and the gendered pronouns
        (``analysis/mentions.py``)."""
        from checker.analysis.mentions import find_mentions

        return find_mentions(self)

    @cached_property
    def names(self) -> NameAnalysis:
        """Capitalised name words and name spans, with lookups by word and by value
        (``analysis/names.py``)."""
        from checker.analysis.names import NameAnalysis

        return NameAnalysis(self)

    @cached_property
    def broken_names(self) -> list[BrokenName]:
        """Names broken by a verb or a space, in document order (``analysis/broken_names.py``)."""
        from checker.analysis.broken_names import collect_broken_names

        return collect_broken_names(self)

    @cached_property
    def name_variants(self) -> list[Variant]:
        """Minority spellings of the document's names, in document order
        (``analysis/name_variants.py``)."""
        from checker.analysis.name_variants import collect_name_variants

        return collect_name_variants(self)

    @cached_property
    def language_report(self) -> LanguageReport:
        """Foreign-language spans, non-Latin script runs and the document's own language
        (``analysis/foreign.py``)."""
        from checker.analysis.foreign import analyze_language

        return analyze_language(self)

    @cached_property
    def length_ratio(self) -> float | None:
        """The target/source length ratio expected for this bilingual document; None when
        lengths cannot be compared (``analysis/lengths.py``)."""
        from checker.analysis.lengths import expected_ratio

        return expected_ratio(self)

    def memo(self, key: str, factory: Callable[[Document], _T]) -> _T:
        """``factory(self)``, computed once per document under ``key``.

        For what one family's rules share that is a judgement, not a fact about the text
        (the pronoun rules' verdicts, the typography rules' guard): the rules keep it here
        rather than in a module-level cache. ``key`` is the owning module's name plus a
        word (``"checker.rules.pronouns:verdicts"``), so families never collide.
        """
        memos = self._memos
        if key not in memos:
            memos[key] = factory(self)
        return memos[key]

    @property
    def settings(self) -> Config:
        """The configuration in force for this document (defaults when none was given)."""
        if self.config is None:
            from checker.config import Config

            self.config = Config()
        return self.config
