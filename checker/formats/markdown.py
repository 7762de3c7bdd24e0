"""Markdown reader: the file's text, with everything that is not prose masked.

markdown-it-py parses the block structure and gives each block its line range; inline
constructs (code spans, link targets, autolinks, raw HTML) are then located in the source
lines of their block, in the order the parser produced them. Masked spans keep their
offsets (the Document blanks them in ``analysis_text``), so findings keep their true line
and column in the file.

Masked: front matter, fenced and indented code blocks, inline code, link and image
targets, reference definitions, autolinks and bare URLs, HTML comments and tags (the
whole of ``<script>``, ``<style>``, ``<pre>`` and ``<textarea>`` blocks), and
``<!-- mtlint: ... -->`` suppression comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.document import Document, blanked, line_starts
from checker.formats import ReaderError, resolve_source_lang
from checker.suppress import comment_spans
from checker.text.addresses import url_spans

if TYPE_CHECKING:
    from checker.config import Config

Span = tuple[int, int]

_FRONT_MATTER_OPEN = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n")
# Tags and declarations end before the next "<", so matching one is bounded by that distance.
_HTML_TAG = re.compile(r"<![A-Za-z][^<>]*>|</?[A-Za-z][^<>]*>")
# Constructs with a multi-character closer, found with str.find (linear: once a closer is
# missing, nothing later can close one of that kind, so the search for it stops).
_HTML_CLOSERS = (("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"))
_RAW_HTML_BLOCK = re.compile(r"\s*<(?:script|pre|style|textarea)(?:[\s>]|$)", re.IGNORECASE)
_BACKTICKS = re.compile(r"`+")
_LINK_TEXT_END = re.compile(r"\][(\[]")


def read(text: str, path: str, config: Config) -> list[Document]:
    """One Document for the whole file, ``format="markdown"``, non-prose spans masked."""
    try:
        masked = tuple(sorted(set(mask_spans(text))))
    except ImportError as error:  # pragma: no cover - markdown-it-py is a declared extra
        raise ReaderError(
            "reading Markdown needs markdown-it-py (pip install 'mtlint[markdown]')"
        ) from error
    return [
        Document(
            text=text,
            path=path,
            masked=masked,
            source_lang=resolve_source_lang(config),
            format="markdown",
            config=config,
        )
    ]


def mask_spans(text: str) -> Iterator[Span]:
    """Every span of ``text`` that is Markdown syntax or code rather than prose."""
    from markdown_it import MarkdownIt

    lines = _LineIndex(text)
    yield from comment_spans(text)
    front = front_matter_end(text)
    if front:
        yield (0, front)
        # Blank the front matter but keep its line breaks, so the parser's line numbers
        # stay those of the file.
        parsed = blanked(text[:front]) + text[front:]
    else:
        parsed = text
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    env: dict = {}
    tokens = parser.parse(parsed, env)
    for reference in env.get("references", {}).values():
        if reference.get("map"):
            yield lines.span(*reference["map"])
    cursor = 0
    for token in tokens:
        if token.map is None:
            continue
        start, end = lines.span(*token.map)
        if token.type in ("fence", "code_block"):
            yield (start, end)
        elif token.type == "html_block":
            yield from _html_block(text, start, end)
        elif token.type == "inline":
            cursor = max(cursor, start)
            spans, cursor = _inline_spans(text, token.children or [], cursor, end)
            yield from spans
            yield from ((start + s, start + e) for s, e in url_spans(text[start:end]))


def front_matter_end(text: str) -> int:
    """End offset of a YAML (``---``) or TOML (``+++``) front matter block, or 0."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return 0
    fence = opening.group(1)
    closers = (fence, "...") if fence == "---" else (fence,)
    offset = opening.end()
    while offset < len(text):
        newline = text.find("\n", offset)
        line_end = len(text) if newline < 0 else newline + 1
        if text[offset:line_end].strip() in closers:
            return line_end
        offset = line_end
    return 0  # never closed: not front matter


def _html_block(text: str, start: int, end: int) -> Iterator[Span]:
    """Tags and comments of a raw HTML block; text between tags stays prose."""
    block = text[start:end]
    if _RAW_HTML_BLOCK.match(block):
        yield (start, end)
        return
    for piece_start, piece_end in _html_pieces(block):
        yield (start + piece_start, start + piece_end)


def _html_pieces(block: str) -> Iterator[Span]:
    """Comments, processing instructions, CDATA, declarations and tags of ``block``, in order."""
    unclosed: set[str] = set()
    position = 0
    while (opening := block.find("<", position)) >= 0:
        position = opening + 1
        for opener, closer in _HTML_CLOSERS:
            if block.startswith(opener, opening):
                if opener not in unclosed:
                    closing = block.find(closer, opening + len(opener))
                    if closing < 0:
                        unclosed.add(opener)
                    else:
                        position = closing + len(closer)
                        yield (opening, position)
                break
        else:
            tag = _HTML_TAG.match(block, opening)
            if tag is not None:
                position = tag.end()
                yield (opening, position)


def _inline_spans(text: str, children: list, cursor: int, end: int) -> tuple[list[Span], int]:
    """Spans of the inline constructs in ``children``, found in order from ``cursor``."""
    spans: list[Span] = []
    for child in children:
        found: Span | None = None
        if child.type == "code_inline":
            found = _code_span(text, len(child.markup), cursor, end)
        elif child.type == "html_inline":
            index = text.find(child.content, cursor, end)
            found = (index, index + len(child.content)) if index >= 0 else None
        elif child.type == "link_open" and child.markup == "autolink":
            opening = text.find("<", cursor, end)
            closing = text.find(">", opening + 1, end) if opening >= 0 else -1
            found = (opening, closing + 1) if closing >= 0 else None
        elif child.type in ("link_close", "image") and child.markup != "autolink":
            found = _link_target(text, cursor, end)
        if found is not None:
            spans.append(found)
            cursor = found[1]
    return spans, cursor


def _code_span(text: str, width: int, cursor: int, end: int) -> Span | None:
    """The next code span opened and closed by a run of exactly ``width`` backticks."""
    opening = None
    for run in _BACKTICKS.finditer(text, cursor, end):
        if len(run.group()) != width:
            continue
        if opening is None:
            if _escaped(text, run.start()):
                continue
            opening = run.start()
        else:
            return (opening, run.end())
    return None


def _escaped(text: str, index: int) -> bool:
    slashes = 0
    while index - slashes - 1 >= 0 and text[index - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _link_target(text: str, cursor: int, end: int) -> Span | None:
    """After a link's text: its ``(target "title")`` or ``[label]``.

    The first ``](`` or ``][`` from ``cursor`` is taken, so brackets nested in the link
    text do not matter; a shortcut reference (``[label]`` alone) has nothing to mask.
    """
    for bracket in _LINK_TEXT_END.finditer(text, cursor, end):
        index = bracket.start()
        if _escaped(text, index):
            continue
        if text[index + 1] == "(":
            closing = _matching_paren(text, index + 1, end)
        else:
            closing = text.find("]", index + 2, end)
            closing = closing if closing >= 0 else None
        return (index + 1, closing + 1) if closing is not None else None
    return None


def _matching_paren(text: str, opening: int, end: int) -> int | None:
    depth = 0
    in_angle = False
    index = opening
    while index < end:
        ch = text[index]
        if ch == "\\":
            index += 2
            continue
        if ch == "<" and depth == 1 and text[index - 1] == "(":
            in_angle = True
        elif ch == ">" and in_angle:
            in_angle = False
        elif not in_angle:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return index
        index += 1
    return None


class _LineIndex:
    """Line numbers (0-based, as markdown-it's maps) → offsets."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = line_starts(text)  # markdown-it also ends lines at \r\n, \r and \n

    def offset(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else self.length

    def span(self, first: int, last: int) -> Span:
        return (self.offset(first), self.offset(last))
