"""A Markdown file rendered (markdown-it-py) with its findings still highlighted in place.

Before rendering, every highlighted piece of the source is bracketed by sentinels:
private-use characters that Markdown treats as plain letters and that no text holds
(``OPEN``, the piece's number in ``DIGITS``, ``END``; then ``CLOSE``). After rendering, each
sentinel becomes the piece's ``<mark>``; a mark that would straddle an element boundary
(``*emphasis*`` that begins inside a finding) is closed before the tag and reopened after
it, so the HTML stays well nested. A sentinel that lands inside a tag (an image's alt text)
is dropped. Sentinels never go before a line's block markup (``#``, ``>``, ``-``, ``1.``)
nor after its line break, so the document's structure is parsed as written.

Raw HTML in the file is shown as text (``html`` off), links are not followed and images not
loaded: the page stays self-contained and safe. Front matter is shown as it is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from checker.reporters.html.marks import Piece, Span, anchors, esc, open_mark, pieces, render_plain
from checker.types import Finding

OPEN, END, CLOSE = "\ue000", "\ue001", "\ue002"
DIGITS = "".join(chr(0xE010 + d) for d in range(10))
_TO_DIGIT = str.maketrans(DIGITS, "0123456789")
_FROM_DIGIT = str.maketrans("0123456789", DIGITS)
_SENTINELS = re.compile(f"{OPEN}([{DIGITS}]+){END}|{CLOSE}")
_ANY_SENTINEL = re.compile(f"[{OPEN}{END}{CLOSE}{DIGITS}]")
_TAG = re.compile(r"(<[^>]*>)")
# What opens a line's block: indentation, headings, quotes, list markers (nested ones too).
_BLOCK_PREFIX = re.compile(r"[ \t]*(?:(?:#{1,6}|>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$)[ \t]*)*")


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False})

    def link_open(self, tokens, index, options, env):
        return '<span class="md-link">'

    def link_close(self, tokens, index, options, env):
        return "</span>"

    def image(self, tokens, index, options, env):
        alt = self.renderInlineAsText(tokens[index].children or [], options, env)
        return f'<span class="md-image">[{esc(alt)}]</span>'

    parser.add_render_rule("link_open", link_open)
    parser.add_render_rule("link_close", link_close)
    parser.add_render_rule("image", image)
    return parser


def _opening_place(text: str, offset: int) -> int:
    """Where a sentinel for ``offset`` goes: past the block markup when it starts a line."""
    if offset != 0 and text[offset - 1] != "\n":
        return offset
    prefix = _BLOCK_PREFIX.match(text, offset)
    return prefix.end() if prefix else offset


def _closing_place(text: str, offset: int, floor: int) -> int:
    """Where a closing sentinel goes: before the line break when ``offset`` starts a line."""
    while offset > floor and text[offset - 1] in "\r\n":
        offset -= 1
    return offset


def _with_sentinels(text: str, cut: list[Piece]) -> str:
    inserts: list[tuple[int, int, int, str]] = []  # (offset, piece, open 0 / close 1, it)
    for number, piece in enumerate(cut):
        start = _opening_place(text, piece.start)
        end = max(start, _closing_place(text, piece.end, piece.start))
        inserts.append((start, number, 0, f"{OPEN}{str(number).translate(_FROM_DIGIT)}{END}"))
        inserts.append((end, number, 1, CLOSE))
    parts = []
    last = 0
    for offset, _, _, sentinel in sorted(inserts):
        parts.append(text[last:offset])
        parts.append(sentinel)
        last = offset
    parts.append(text[last:])
    return "".join(parts)


def _marks_for(rendered: str, cut: list[Piece], texts: list[str], findings) -> str:
    """``rendered`` with its sentinels turned into well-nested marks."""
    out: list[str] = []
    current: int | None = None  # the piece whose mark is open
    suspended: int | None = None  # a piece whose mark was closed by a tag, to reopen
    for chunk in _TAG.split(rendered):
        if not chunk:
            continue
        if chunk.startswith("<"):
            if current is not None:
                out.append("</mark>")
                suspended, current = current, None
            out.append(_ANY_SENTINEL.sub("", chunk))
            continue
        position = 0
        for match in _SENTINELS.finditer(chunk):
            plain = chunk[position : match.start()]
            if plain:
                if suspended is not None and not plain.isspace():
                    out.append(_reopen(cut[suspended], texts[suspended], findings))
                    current, suspended = suspended, None
                out.append(plain)
            position = match.end()
            if match.group(1) is None:  # CLOSE
                if current is not None:
                    out.append("</mark>")
                current = suspended = None
                continue
            number = int(match.group(1).translate(_TO_DIGIT))
            if current is not None:
                out.append("</mark>")
            piece = cut[number]
            out.append(anchors(piece) + open_mark(piece, texts[number], findings))
            current, suspended = number, None
        rest = chunk[position:]
        if rest:
            if suspended is not None and not rest.isspace():
                out.append(_reopen(cut[suspended], texts[suspended], findings))
                current, suspended = suspended, None
            out.append(rest)
    if current is not None:
        out.append("</mark>")
    return "".join(out)


def _reopen(piece: Piece, text: str, findings: dict[int, Finding]) -> str:
    return open_mark(piece, text, findings).replace("<mark ", '<mark data-cont="1" ', 1)


def render_markdown(text: str, spans: Sequence[Span], findings: dict[int, Finding]) -> str:
    """``text`` as rendered Markdown, each finding highlighted where it stands."""
    from checker.formats.markdown import front_matter_end

    front = front_matter_end(text)
    parts = []
    if front:
        head = [(i, s, e) for i, s, e in spans if s < front]
        shown = render_plain(text[:front], head, findings)
        parts.append(f'<pre class="front-matter">{shown}</pre>')
    body = text[front:]
    shifted = [(i, s - front, e - front) for i, s, e in spans if e >= front and not s < front]
    if _ANY_SENTINEL.search(body):  # a text that holds our private characters: shown plain
        parts.append(f'<pre class="text">{render_plain(body, shifted, findings)}</pre>')
        return "".join(parts)
    cut = pieces(len(body), shifted, findings)
    texts = [body[p.start : p.end] for p in cut]
    rendered = _parser().render(_with_sentinels(body, cut))
    parts.append(f'<div class="markdown">{_marks_for(rendered, cut, texts, findings)}</div>')
    return "".join(parts)
