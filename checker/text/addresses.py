"""The one finder of URLs, e-mail addresses and inline code: text no prose rule reads.

A URL starts at a scheme (``https://``, any letters before ``://``) or at ``www.`` (not inside
a word) and runs to the first space or quotation mark, angle bracket or backtick; the
punctuation that ends a sentence or closes a bracket after it (``.,;:!?)]}’”'``) is prose,
not part of it, unless ``trailing=True`` keeps it. An e-mail address is a domain after ``@``
(``@example.org``) with the local part before it (letters, digits and ``.+-_``). Inline code
is a run between single backticks on one line.

Markdown masks the URLs (:func:`url_spans`); the typography rules skip all three
(:func:`untouchable_spans`, keeping the trailing punctuation, so that ``www.example.com .``
is not a space before a period); the bilingual rules compare the addresses of source and
target (:func:`address_spans`). Spans are found from literal markers with ``str.find``: a
regular expression with alternatives at its start would be tried at every offset.
"""

from __future__ import annotations

from checker.patterns import lazy

Span = tuple[int, int]

URL_MARKERS = ("://", "www.")
# What ends a URL: a space, or a mark that quotes or brackets it in prose or markup.
_URL_STOPS = frozenset("<>\"'`“”«»")
# Punctuation after a URL that belongs to the sentence around it.
URL_TRAILING = ".,;:!?)]}’”'"
_CODE = lazy(r"`[^`\n]+`")
_EMAIL_DOMAIN = lazy(r"@[\w-]+(?:\.[\w-]+)+")
_EMAIL_LOCAL = frozenset(".+-_")


def url_spans(text: str, trailing: bool = False) -> list[Span]:
    """The URLs of ``text``, in order; ``trailing`` keeps the punctuation after each."""
    spans = []
    for marker in URL_MARKERS:
        found = text.find(marker)
        while found >= 0:
            start, body = found, found + len(marker)
            if marker == "://":
                while start > 0 and text[start - 1].isalpha():
                    start -= 1  # the scheme: https
            end = body
            while end < len(text) and not text[end].isspace() and text[end] not in _URL_STOPS:
                end += 1
            found = text.find(marker, end)
            if marker == "www." and start > 0 and _in_word(text[start - 1]):
                continue  # awww. is no host
            while not trailing and end > body and text[end - 1] in URL_TRAILING:
                end -= 1
            spans.append((start, end))
    spans.sort()
    return _merged(spans)


def email_spans(text: str) -> list[Span]:
    """The e-mail addresses of ``text``, in order."""
    spans = []
    if "@" in text:
        for match in _EMAIL_DOMAIN.finditer(text):
            start = match.start()  # walk back over the local part (stops at the previous @)
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _EMAIL_LOCAL):
                start -= 1
            if start < match.start():
                spans.append((start, match.end()))
    return spans


def code_spans(text: str) -> list[Span]:
    """The inline code of ``text`` (between single backticks on one line), in order."""
    return [m.span() for m in _CODE.finditer(text)] if "`" in text else []


def address_spans(text: str) -> list[Span]:
    """Sorted, disjoint spans of the URLs and e-mail addresses of ``text``."""
    return _merged(sorted(url_spans(text) + email_spans(text)))


def untouchable_spans(text: str) -> list[Span]:
    """Sorted, disjoint spans of the URLs (with their trailing punctuation), e-mail
    addresses and inline code of ``text``: what no typography rule looks into."""
    return _merged(sorted(code_spans(text) + url_spans(text, trailing=True) + email_spans(text)))


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
