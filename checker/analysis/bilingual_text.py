"""Evidence on a source–target pair's text for the bilingual rules (family B).

- what must pass through translation untouched: placeholders and tags, URLs and e-mail
  addresses (rules B201, B202, and spans a copied word may stand in);
- words copied from the source that are not English (rule B303): a word of the source
  language, far rarer in English, that no name, gloss, mention, loanword or code explains;
- sentence ends of the source's scripts and what makes a pair a sentence rather than a label,
  a heading or code (rule B501).
"""

from __future__ import annotations

import re
from functools import cache

from checker.analysis.lexicon import FREQUENT, is_english_word, lexicon, normalize, word_info
from checker.analysis.tokens import WORD
from checker.patterns import lazy
from checker.text.addresses import address_spans
from checker.text.fold import fold
from checker.text.quote_marks import CLOSING_MARKS, OPENING_MARKS, QUOTE_MARKS, STRAIGHT_MARKS
from checker.thresholds.bilingual import (
    COPIED_MARGIN,
    COPIED_SOURCE_ZIPF,
    MIN_SENTENCE_WORDS,
    MIN_UNSPACED_LETTERS,
)
from checker.words import function_words, name_particles

# Placeholders and tags of software strings, which must reach the target unchanged.
PLACEHOLDER = lazy(
    r"""
      (?<![\d%])%(?:\d+\$|\([\w.-]+\))?[-+\#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?
          (?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGcrsaAp@](?![A-Za-z])   # printf: %s %1$d %(n)s
    | [%$]\{[\w.-]+\}                                             # %{name} ${name}
    | \{\{\s*[\w.|-]+\s*\}\}                                      # {{ name }}
    | \{[\w.-]*(?:[:!][^{}\s]*)?\}                                # {0} {name} {0:N2} {}
    | </?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*/?>
    | &(?:[A-Za-z][A-Za-z0-9]{1,30}|\#\d{1,7}|\#[xX][0-9A-Fa-f]{1,6});   # &amp; &#160;
    """,
    re.VERBOSE,
)
# Scripts written without spaces between words (Thai, Lao, Myanmar, Kana, Han, Hangul).
UNSPACED_SCRIPT = lazy(r"[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# Copied words ----------------------------------------------------------------------------

# ... and this much more frequent there than in English, whose word lists hold some noise
# of every language (``und`` 3.9, ``les`` 4.1).
_MENTION_MARKS = QUOTE_MARKS + "*_`"
_CODE_NEIGHBOURS = frozenset("_/\\@#$%{}<>=|~^")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses, placeholders and tags of ``text``."""
    spans = address_spans(text)
    spans += [m.span() for m in PLACEHOLDER.finditer(text)]
    return spans


# The original term glossed (gilets jaunes (yellow vests), the labour law (loi travail)) or
# introduced as such (the so-called gilets jaunes): meant, not left over.
_GLOSS_AFTER = lazy(r"(?:[ \u00a0][^\W\d_]+){0,3}[ \u00a0]?\(")
_NAMED_BEFORE = lazy(
    r"(?:so-called|known as|call|called|dubbed|term|word)\s+(?:[^\W\d_]+\s+){0,2}$"
)


def mention_or_code(text: str, start: int, end: int) -> bool:
    if _GLOSS_AFTER.match(text, end) or _NAMED_BEFORE.search(text, 0, start):
        return True
    opened = text.rfind("(", 0, start)
    if opened >= 0 and text.rfind(")", 0, start) < opened and ")" in text[end:]:
        return True  # (loi travail)
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if (before in _MENTION_MARKS and before) or (after in _MENTION_MARKS and after not in "'’"):
        return True  # “muet”, *muet*: the word itself is meant
    if before in _CODE_NEIGHBOURS or after in _CODE_NEIGHBOURS or before == ".":
        return True
    return after == "." and end + 1 < len(text) and text[end + 1].isalnum()


def beside_a_name(text: str, target: list[tuple[int, int, str]], index: int) -> bool:
    """Part of a name: right after a capitalised word that does not open a sentence
    (Assemblée nationale), or a particle right before a capitalised word (della Sera)."""
    word_start, word_end, word = target[index]
    if index > 0:
        start, end, previous = target[index - 1]
        if (
            previous[:1].isupper()
            and not text[end:word_start].strip()
            and not is_sentence_start(text, start)
        ):
            return True
    if index + 1 < len(target) and word in name_particles(conjunctions=False):
        start, _, following = target[index + 1]
        return following[:1].isupper() and not text[word_end:start].strip()
    return False


# What may stand between a sentence end and the word opening the next: an opening mark.
_BEFORE_SENTENCE = " \t([" + OPENING_MARKS + STRAIGHT_MARKS


def is_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(_BEFORE_SENTENCE)
    return not before or before[-1] in ".!?…:"


def foreign_word(word: str, language: str | None, target: str) -> bool:
    """A word of the source language, not English, not a loanword."""
    info = word_info(word)
    if info.dictionary:
        return False
    source_zipf = info.zipf_in(language) if language else info.best_foreign
    if source_zipf < COPIED_SOURCE_ZIPF or source_zipf - info.english < COPIED_MARGIN:
        return False
    plain = fold(word)
    if plain != word.lower() and is_english_word(plain, FREQUENT):
        return False  # resume / résumé, regime / régime
    loanwords = lexicon().loanwords
    key = normalize(word)
    if key in loanwords:
        return False
    lowered = normalize(target)
    return not any(key in phrase.split() and phrase in lowered for phrase in loan_phrases())


@cache
def loan_phrases() -> tuple[str, ...]:
    return tuple(phrase for phrase in lexicon().loanwords if " " in phrase)


# Sentence ends ---------------------------------------------------------------------------

CLOSERS = CLOSING_MARKS + STRAIGHT_MARKS + ")]}*」』）》〉】〕］｝"
# Sentence ends of the source's scripts (Latin, CJK full and half width, Devanagari, Arabic,
# Urdu, Armenian, Ethiopic, Greek), by the mark they stand for.
SOURCE_MARKS = {
    "?": "?",
    "？": "?",
    "؟": "?",
    "\u037e": "?",  # the Greek question mark
    "!": "!",
    "！": "!",
    ".": ".",
    "。": ".",
    "．": ".",
    "｡": ".",
    "।": ".",
    "॥": ".",
    "۔": ".",
    "։": ".",
    "።": ".",
    "…": "…",
    "⋯": "…",
}
MARK_NAMES = {
    "?": "a question mark",
    "!": "an exclamation mark",
    ".": "a full stop",
    "…": "an ellipsis",
}
# Characters of a last token that make it a URL, a path, an address or code.
_CODE_CHARS = frozenset("/@{}<>_=\\#")


def final_mark(text: str) -> str:
    """The last character that is not space, a closing quote or a bracket."""
    index = len(text) - 1
    while index >= 0 and (text[index] in CLOSERS or text[index].isspace()):
        index -= 1
    return text[index] if index >= 0 else ""


_TITLE_JOINERS = function_words("title_minor")


def sentence_like(source: str, target: str) -> bool:
    """Both sides are sentences, not labels, headings, abbreviations or code."""
    target_words = WORD.findall(target)
    if len(target_words) < MIN_SENTENCE_WORDS:
        return False
    source_words = WORD.findall(source)
    unspaced = len(UNSPACED_SCRIPT.findall(source))
    if len(source_words) < MIN_SENTENCE_WORDS and unspaced < MIN_UNSPACED_LETTERS:
        return False
    stripped = source.rstrip(CLOSERS + " \t")
    if stripped.endswith("."):
        last = stripped.split()[-1][:-1]
        if re.fullmatch(r"(?:[^\W\d_]+\.)+[^\W\d_]*", last):
            return False  # U.S., z.B.: the full stop is an abbreviation's
        if len(last) <= 4 and last == target_words[-1]:
            return False  # Apple Inc. → Apple Inc
    last_target = target.split()[-1]
    if set(last_target) & _CODE_CHARS or PLACEHOLDER.search(last_target):
        return False
    # A target in Title Case (every word capitalised but short joiners) is a heading.
    content = [w for w in target_words[1:] if w.casefold() not in _TITLE_JOINERS]
    return len(content) < 2 or not all(w[:1].isupper() for w in content)
