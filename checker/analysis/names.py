"""Capitalised name words and name spans, and the keys that group spellings of one name.

A *name word* is a word token that starts with a capital and is not an acronym (``Kang``,
``Jong-un``, ``Dong-A``; not ``NATO``). A *name span* is a run of name words separated by
single spaces, with lower-case particles (``de``, ``van der``, ``bin``) and initials
(``J. K.``) allowed between them; titles (``Mr.``, ``President``) stay in the span and are
marked. Each word records whether its capital proves anything: a word that starts a
sentence, a line or a quotation, or that stands in a heading, is capitalised whatever it is.

Spellings are grouped by keys, never compared pairwise: :func:`strict_key` folds case,
diacritics (other scripts transliterated by ``anyascii``), hyphens and spaces
(``Kim Jong-un`` = ``Kim Jong Un`` = ``Kim Jong-Un``, ``Зеленский`` = ``Zelenskiy``);
:func:`loose_key` also folds doubled letters and transliteration endings
(``Zelensky`` = ``Zelenskyy`` = ``Zelenskiy``, ``Rijkaard`` = ``Rykaard``, ``Yevgeny`` =
``Evgeny``) on words long enough for that to be safe
(``Lee`` and ``Li``, ``Kim`` and ``Kimberly`` stay apart).
"""

from __future__ import annotations

import bisect
import operator
import re
from functools import cache, cached_property, lru_cache
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

from checker.analysis.lexicon import EVERYDAY, is_everyday_english, word_info
from checker.patterns import lazy
from checker.text.quote_marks import OPENING_MARKS, STRAIGHT_MARKS
from checker.text.spans import SpanIndex
from checker.thresholds.name import (
    FOREIGN_WORD_ZIPF,
    LOOSE_MIN_LENGTH,
    MAX_NAME_SYLLABLE,
    MAX_TITLE_LENGTH,
)
from checker.words import name_particles, title_words
from checker.words.loader import DATA as WORDS_DATA
from checker.words.loader import entries

if TYPE_CHECKING:
    from checker.analysis.tokens import Token
    from checker.document import Document

# The plain (one-column) lists of ``checker/data`` itself.
PLAIN_LISTS = WORDS_DATA.parent

_JOINERS = lazy(r"[\s\-‐‑'’.]+")
_DOUBLED = lazy(r"([^aeiou])\1+")
# A doubled letter's replacement: its first group (a C callable; a ``\1`` template costs a
# Python call per substitution).
_FIRST_GROUP = operator.itemgetter(1)
# Transliteration endings of the same sound: -y, -yy, -iy, -ii, -ij, -yi, -i (Dmitry,
# Dmitriy, Dmitri; Zelensky, Zelenskyy, Zelenskiy), as the pattern (?:iy|yi|ij|ii|i|y)$.
_TWO_LETTER_ENDINGS = frozenset({"iy", "yi", "ij", "ii"})
_ONE_LETTER_ENDINGS = frozenset({"i", "y"})
# Dutch ij is written y (or yj) when a name is transliterated back: Rijkaard, Rykaard.
_DUTCH_IJ = lazy(r"ij|yj")
_HYPHENS = "-‐‑"
_TOKEN_VALUE = operator.itemgetter(2)
# What may stand before a word whose capital proves nothing: an opening quote mark (a
# straight one too) or bracket, a colon, a dash or a list bullet.
_OPENERS = frozenset(OPENING_MARKS + STRAIGHT_MARKS + "([{:;—–-•*>|")
_SPACES = " \u00a0"
# What makes the next word initial when it stands just before it: a line break or an opener.
_LINE_STARTERS = _OPENERS | {"\r", "\n"}
_APOSTROPHES = frozenset("'’")
# A short line whose longer words are nearly all capitalised is a title, even when it ends
# with a question mark (a sentence ends with a period).
_TITLE_WORD = lazy(r"[^\W\d_][\w'’-]*")
# Words of one name are separated by one space (a title's or an initial's period is part of
# the title or initial: ``Mr. Zelensky``, ``J. K. Rowling``).
_NAME_GAPS = frozenset({" ", "\u00a0", ""})
# Keys are pure functions of a word or two, and a document repeats its names: memoised.
WORD_CACHE_SIZE = 65536


@cache
def word_list(name: str) -> frozenset[str]:
    """The plain list ``checker/data/<name>.txt`` as a set (read by the words loader)."""
    return frozenset(entries(name, PLAIN_LISTS))


@cache
def stop_words() -> frozenset[str]:
    return word_list("name_stop_words")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def strict_key(text: str) -> str:
    """``text`` with case, diacritics, hyphens, spaces, apostrophes and periods folded."""
    if text.isascii():  # no diacritic to fold: most names of an English text
        return _JOINERS.sub("", text.lower())
    from anyascii import anyascii  # lazy: most documents have no non-ASCII name

    # Diacritics and letters such as ł, ø, ß folded, other scripts transliterated
    # (Erdoğan → erdogan, Łódź → lodz, Зеленский → zelenskiy).
    return _JOINERS.sub("", anyascii(text).lower())


@lru_cache(maxsize=WORD_CACHE_SIZE)
def loose_key(text: str) -> str:
    """:func:`strict_key` with doubled letters (``ck`` for ``k`` too) and transliteration
    endings also folded, and the Dutch ``ij`` / ``y`` (``Rijkaard``, ``Rykaard``,
    ``Ryjkaard``), a Russian name's opening ``Ye`` / ``E`` (``Yevgeny``, ``Evgeny``) or
    ``Yu`` / ``Ju`` (``Yulia``, ``Julia``) and ``ks`` / ``x`` (``Aleksei``, ``Alexei``).

    Only keys of at least ``LOOSE_MIN_LENGTH`` letters are loosened: on short names a
    doubled letter or a final vowel tells different names apart (Lee, Le, Li).
    """
    key = strict_key(text)
    if len(key) < LOOSE_MIN_LENGTH:
        return key
    if "ck" in key:
        key = key.replace("ck", "k")  # Bronckhorst, Bronkhorst: a doubled k
    return _fold_ending(_DOUBLED.sub(_FIRST_GROUP, _fold_transliteration(key)))


def _fold_ending(key: str) -> str:
    """``key`` with its transliteration ending written ``y``: what
    ``re.sub(r"(?:iy|yi|ij|ii|i|y)$", "y", key)`` makes, by two look-ups at the end instead
    of a regex tried at every position."""
    if key[-2:] in _TWO_LETTER_ENDINGS:
        return key[:-2] + "y"
    if key[-1:] in _ONE_LETTER_ENDINGS:
        return key[:-1] + "y"
    return key


@lru_cache(maxsize=WORD_CACHE_SIZE)
def transliteration_key(text: str) -> str:
    """:func:`strict_key` with only the transliteration spellings folded (Dutch ij / y,
    Russian Ye / E, Yu / Ju, ks / x)."""
    key = strict_key(text)
    return key if len(key) < LOOSE_MIN_LENGTH else _fold_transliteration(key)


def _fold_transliteration(key: str) -> str:
    """A key with the Dutch ij / y, the Russian Ye / E, Yu / Ju and ks / x spellings folded
    (``Yevgeny`` / ``Evgeny``, ``Yulia`` / ``Julia``, ``Aleksei`` / ``Alexei``).

    Each pattern runs only on keys that hold its letters (most names hold no ``j``).
    """
    if key.startswith("ye"):
        key = "e" + key[2:]
    elif key.startswith("ju"):
        key = "yu" + key[2:]  # Ю opening a name: Yulia, Julia; Yuri, Juri
    if "ks" in key:
        key = key.replace("ks", "x")  # кс: Aleksei, Alexei
    return _DUTCH_IJ.sub("y", key) if "j" in key else key


def is_acronym(word: str) -> bool:
    """Two or more letters, all capitals (``NATO``, ``U-S``)."""
    return len(word) > 1 and word.isupper()


def is_name_word(word: str) -> bool:
    """Starts with a capital and is not an acronym (``Kang``, ``Jong-un``; not ``UN``)."""
    return word[:1].isupper() and not is_acronym(word)


class NameWord(NamedTuple):
    """A capitalised word: ``text[start:end] == value`` (a possessive ``’s`` left out).

    ``initial`` is true when the capital proves nothing (sentence, line or quotation start);
    ``heading`` when the word stands in a heading, where title case capitalises every word.
    An immutable named tuple, like :class:`~checker.analysis.tokens.Token`: a document has
    tens of thousands, and a tuple is made three times faster than a frozen dataclass.
    """

    start: int
    end: int
    value: str
    initial: bool
    heading: bool

    @property
    def attested(self) -> bool:
        """Capitalised where only a name would be: mid-sentence, outside headings."""
        return not (self.initial or self.heading)

    @property
    def is_title(self) -> bool:
        return self.value in title_words()


class NameSpan(NamedTuple):
    """A run of name words: ``text[start:end]``; ``words`` excludes particles and initials."""

    start: int
    end: int
    words: tuple[NameWord, ...]
    text: str
    # The words after the last title and leading stop words (``Mr. Zelensky`` → Zelensky),
    # found once when the span is made (see :func:`person_start`).
    person_words: tuple[NameWord, ...]

    @property
    def has_title(self) -> bool:
        return any(w.is_title for w in self.words)


def person_start(values: list[str], title_set: frozenset[str], stops: frozenset[str]) -> int:
    """Where a person's name starts among a span's words (their ``values``): after the last
    title, else after the leading stop words (``The``, ``Mr``)."""
    for index in range(len(values) - 1, -1, -1):
        if values[index] in title_set:
            return index + 1
    skip = 0
    while skip < len(values) and values[skip].casefold() in stops:
        skip += 1
    return skip


class NameRun(NamedTuple):
    """A span as the scan finds it, before its words are made (see :meth:`NameAnalysis.span`).

    ``text[start:end]`` is the span; ``tokens`` are its name words (a possessive ``’s`` cut
    off: ``Zelensky’s`` → ``Zelensky``) and ``indexes`` their token indexes;
    ``tokens[person:]`` are the words of the person's name (:func:`person_start`).
    """

    start: int
    end: int
    indexes: tuple[int, ...]
    tokens: tuple[Token, ...]
    person: int


class _Context(NamedTuple):
    """What deciding a capital's ``initial`` and ``heading`` flags needs, read once."""

    text: str
    tokens: list[Token]
    sentence_starts: list[int]
    headings: SpanIndex


class NameAnalysis:
    """The name words and spans of a document, each found when first asked for.

    The rules need little from the tens of thousands of capitals of a long document: the
    spans of two name words or more, most of them only as :class:`NameRun` (their words'
    spellings and offsets), and the words of a few (:meth:`span`, :meth:`word_at`). Only
    the capitalised tokens (:attr:`capitals`) are listed up front; every name word
    (:attr:`words`) and every span (:attr:`spans`) are made only on demand.
    """

    def __init__(self, doc: Document) -> None:
        self._context = _Context(
            doc.analysis_text, doc.tokens, _sentence_starts(doc), SpanIndex(_heading_bounds(doc))
        )
        # The value of every token, in order: read once here, then by each rule that looks
        # for words (a list of strings is read twice as fast as the tokens' tuples).
        self.values: list[str] = list(map(_TOKEN_VALUE, doc.tokens))
        # Indexes of the tokens that start with a capital: only these start or extend a span.
        self.capitals: list[int] = [
            index for index, value in enumerate(self.values) if value[0].isupper()
        ]

    def word_at(self, index: int) -> NameWord | None:
        """The name word of ``tokens[index]``, or None when that token is no name word."""
        return _name_word(self._context, index)

    def span(self, run: NameRun) -> NameSpan:
        """The span of ``run``, its words made with their flags."""
        words = tuple(_name_word(self._context, index) for index in run.indexes)
        text = self._context.text[run.start : run.end]
        return tuple.__new__(NameSpan, (run.start, run.end, words, text, words[run.person :]))

    @cached_property
    def distinct(self) -> set[str]:
        """The distinct token values (the document's vocabulary)."""
        return set(self.values)

    @cached_property
    def by_value(self) -> dict[str, list[int]]:
        """The indexes of the capitalised tokens by value (``Zelensky’s`` apart from
        ``Zelensky``), each list in order."""
        found: dict[str, list[int]] = {}
        values = self.values
        for index in self.capitals:
            found.setdefault(values[index], []).append(index)
        return found

    @cached_property
    def spellings(self) -> dict[str, str]:
        """:func:`name_values` of :attr:`by_value`: each capitalised token value that is a
        name word, with its spelling (a possessive cut off), found once for every analysis."""
        return name_values(self.by_value)

    @cached_property
    def strict_keys(self) -> dict[str, str]:
        """Each capitalised token value (:attr:`by_value`'s keys, in order) with the
        :func:`strict_key` of its spelling (:attr:`spellings`; its own when no name word)."""
        raws = list(self.by_value)
        return dict(zip(raws, map(strict_key, map(self.spellings.get, raws, raws)), strict=True))

    @cached_property
    def words(self) -> tuple[NameWord, ...]:
        """Every name word of the document, in order."""
        found = (_name_word(self._context, index) for index in self.capitals)
        return tuple(word for word in found if word is not None)

    @cached_property
    def spans(self) -> tuple[NameSpan, ...]:
        """Every name span of the document, in order."""
        return tuple(map(self.span, _scan_runs(self._context, self.capitals, single=True)))

    @cached_property
    def long_runs(self) -> tuple[NameRun, ...]:
        """The runs of two name words or more, in order (``Kim Jong-un``, ``Mr. Zelensky``)."""
        return tuple(_scan_runs(self._context, self.capitals, single=False))

    @cached_property
    def long_spans(self) -> tuple[NameSpan, ...]:
        """The spans of two name words or more, in order."""
        return tuple(map(self.span, self.long_runs))


def analyze_names(doc: Document) -> NameAnalysis:
    """The name words and spans of ``doc``: ``doc.names``, computed once per document."""
    return doc.names


def _sentence_starts(doc: Document) -> list[int]:
    return [s.start for s in doc.sentences]


def _heading_bounds(doc: Document) -> list[tuple[int, int]]:
    """Headings, and short one-line paragraphs in title case (a headline ending in ``?``)."""
    text = doc.analysis_text
    bounds = []
    for paragraph in doc.paragraphs:
        if paragraph.is_heading or _title_case_line(text[paragraph.start : paragraph.end]):
            bounds.append((paragraph.start, paragraph.end))
    return bounds


def _title_case_line(block: str) -> bool:
    if len(block) > MAX_TITLE_LENGTH or "\n" in block or block.endswith(".") or ". " in block:
        return False
    words = [w for w in _TITLE_WORD.findall(block) if len(w) > 3]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 4 >= len(words) * 3


def name_word_value(token: str) -> str | None:
    """The spelling of the name word ``token`` is, or None when it is no name word.

    A name word starts with a capital, is no acronym and has two letters or more once a
    possessive ``’s`` is cut off (``Zelensky’s`` → ``Zelensky``).
    """
    if token[-2:-1] in _APOSTROPHES and token[-1:] in "sS" and len(token) > 2:
        token = token[:-2]
    if len(token) < 2 or not token[0].isupper() or token.isupper():
        return None
    return token


def name_values(by_value: dict[str, list[int]]) -> dict[str, str]:
    """Each distinct capitalised token (``by_value``'s keys) that is a name word, with its
    name word's spelling (a possessive ``’s`` cut off: ``Zelensky’s`` → ``Zelensky``)."""
    values = {}
    for raw in by_value:
        value = name_word_value(raw)
        if value is not None:
            values[raw] = value
    return values


def _name_word(context: _Context, index: int) -> NameWord | None:
    """The name word of ``tokens[index]`` (:func:`name_word_value`) with its flags, or None
    for no name word."""
    start, end, token = context.tokens[index]
    value = name_word_value(token)
    if value is None:
        return None
    end -= len(token) - len(value)  # a possessive cut off
    # The first token of a sentence: a sentence starts after the token before it.
    sentence_starts = context.sentence_starts
    at = bisect.bisect_right(sentence_starts, start) - 1
    initial = at >= 0 and (index == 0 or sentence_starts[at] > context.tokens[index - 1][0])
    if not initial:
        text = context.text
        i = start - 1
        while i >= 0 and text[i] in _SPACES:
            i -= 1
        initial = i < 0 or text[i] in _LINE_STARTERS
    heading = bool(context.headings) and start in context.headings
    return tuple.__new__(NameWord, (start, end, value, initial, heading))


def _scan_runs(context: _Context, capitals: list[int], *, single: bool) -> list[NameRun]:
    """The spans the capitals ``capitals`` (token indexes, in order) make, as runs.

    Name words one space apart share a span; lower-case particles (``van der``) and
    initials (``J. K.``) may stand between them; a title's period (``Mr.``) is part of the
    title; a possessive ends the span. With ``single`` false, spans of one name word are
    left out, and so is every capital that opens no span and has no capital or particle just
    after it (most of a text's capitals): it makes a span of one word at most.
    """
    text, tokens = context.text, context.tokens
    last_token = len(tokens) - 1
    particle_set, title_set = name_particles(), title_words()
    runs: list[NameRun] = []
    run: list[int] = []  # token indexes of the name words of the open span
    run_tokens: list[Token] = []  # and the words themselves, a possessive cut off
    span_start = -1  # start of the current span (its first word or initial), -1 when none
    run_end = -1  # end of the last word, particle or initial of the current span
    after = 0  # index of the first token not yet read
    for index, following in zip(capitals, [*capitals[1:], -1], strict=False):
        # The lower-case tokens between two capitals matter only while a span is open:
        # particles continue it (``van der``), anything else ends it.
        if span_start >= 0 and after < index:
            run_end = _particles_end(text, tokens, after, index, run_end) if run else -1
            if run_end < 0:
                _close_run(runs, run, run_tokens, span_start, single)
                span_start = -1
        after = index + 1
        if (
            not single
            and span_start < 0
            and following != index + 1
            and (index == last_token or tokens[index + 1][2] not in particle_set)
        ):
            continue
        token, possessive = _without_possessive(tokens[index])
        start, end, value = token
        joined = span_start >= 0 and text[run_end:start] in _NAME_GAPS
        word = len(value) > 1 and not value.isupper()
        if not (word or _is_initial_letter(text, token)):
            _close_run(runs, run, run_tokens, span_start, single)
            span_start = -1
            continue
        if not joined:
            _close_run(runs, run, run_tokens, span_start, single)
            span_start = start
        if not word:  # an initial
            run_end = end + 1
            continue
        run.append(index)
        run_tokens.append(token)
        run_end = end
        if value in title_set and text[end : end + 1] == ".":
            run_end = end + 1
        if possessive:
            _close_run(runs, run, run_tokens, span_start, single)
            span_start = -1
    _close_run(runs, run, run_tokens, span_start, single)
    return runs


def _particles_end(text: str, tokens: list[Token], after: int, index: int, run_end: int) -> int:
    """The end of the open span when the tokens ``after`` to ``index`` (lower case, between
    two capitals) are all particles that continue it (``van der``), else -1 (it ends)."""
    particle_set = name_particles()
    for between in range(after, index):
        start, end, value = tokens[between]
        if value not in particle_set or text[run_end:start] not in _NAME_GAPS:
            return -1
        run_end = end
    return run_end


def _without_possessive(token: Token) -> tuple[Token, bool]:
    """``token`` with a possessive cut off (``Zelensky’s`` → ``Zelensky``; name_word_value's
    test, spelt out for the scan's hot loop), and whether one was."""
    value = token[2]
    if value[-2:-1] in _APOSTROPHES and value[-1:] in "sS" and len(value) > 2:
        # NameRun, Token without their generated __new__: faster
        return tuple.__new__(type(token), (token[0], token[1] - 2, value[:-2])), True
    return token, False


def _close_run(
    runs: list[NameRun], run: list[int], run_tokens: list[Token], span_start: int, single: bool
) -> None:
    """Append the open span's run to ``runs`` (of two name words or more, or one when
    ``single``), and empty the open span."""
    if len(run) > 1 or (run and single):
        title_set, stops = title_words(), stop_words()
        values = list(map(_TOKEN_VALUE, run_tokens))
        person = 0  # no title and no stop word first: the most common case
        if not title_set.isdisjoint(values) or values[0].casefold() in stops:
            person = person_start(values, title_set, stops)
        found = (span_start, run_tokens[-1][1], tuple(run), tuple(run_tokens), person)
        runs.append(tuple.__new__(NameRun, found))
    run.clear()
    run_tokens.clear()


def _is_initial_letter(text: str, token: Token) -> bool:
    return (
        len(token.value) == 1 and token.value.isupper() and text[token.end : token.end + 1] == "."
    )


# ---------------------------------------------------------------------------------------
# What the word lists and the lexicon say about a word, as the name analyses ask it


def english_suffixes() -> frozenset[str]:
    """Suffixes cited with a hyphen (``ending in -ly``): no name fragments."""
    return word_list("english_suffixes")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_place(word: str) -> bool:
    """A one-word country, region, city, organisation or demonym of the gazetteers."""
    from checker.analysis.gazetteers import places

    return any(len(p.words) == 1 for p in places().candidates(word))


@cache
def gazetteer_given_names() -> frozenset[str]:
    """The gazetteer's given names, case-folded."""
    from checker.analysis.gazetteers import given_names

    return frozenset(name.casefold() for name in given_names())


@lru_cache(maxsize=WORD_CACHE_SIZE)
def folded_given_name(word: str) -> bool:
    """A given name of the gazetteer, accents aside (``maría`` → Maria, ``jürgen``)."""
    given = gazetteer_given_names()
    return word in given or strict_key(word) in given


@lru_cache(maxsize=WORD_CACHE_SIZE)
def table_given_name(word: str) -> bool:
    """A lower-case given name of the derived multilingual table, of either sex (``holger``,
    ``zuzanna``, ``ji-hoon``), that is no English dictionary word (``said``, ``ray``), no
    frequent word of another language (``secondo``, ``paz``) and no particle of a name
    (``dal`` of ``dal Maso``)."""
    from checker.analysis.entities import known_given_name
    from checker.analysis.lexicon import is_common_english

    if word in name_particles() or is_common_english(word):
        return False
    return word_info(word).best_foreign < FOREIGN_WORD_ZIPF and known_given_name(word)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def lexicon_given_name(word: str) -> bool:
    """A proper noun to the lexicon, and no everyday English word."""
    info = word_info(word)
    return info.proper_noun and not (info.dictionary and info.english >= EVERYDAY)


def given_name(word: str) -> bool:
    """A given name by the gazetteer, the lexicon or the derived table (``kim``, ``pierre``,
    ``holger``; not ``mark``)."""
    return word in gazetteer_given_names() or lexicon_given_name(word) or table_given_name(word)


# A romanised given name of hyphenated syllables (``Min-jun``, ``Ji-hoon``): every part of
# at most ``MAX_NAME_SYLLABLE`` letters, the first capitalised, the others in lower case.
_SYLLABLE_NAME = lazy(
    rf"[A-Z][a-z]{{0,{MAX_NAME_SYLLABLE - 1}}}(?:[-‐‑][a-z]{{1,{MAX_NAME_SYLLABLE}}})+"
)


def syllable_name(word: str) -> bool:
    """``Min-jun``, ``Sung-chul``: a given name of romanised syllables, whatever rarer
    English words its syllables spell (``min``, ``jun``); not ``Well-Known``, ``Fly-half``
    or ``Sit-in`` (a part is a function word or an everyday word)."""
    if _SYLLABLE_NAME.fullmatch(word) is None:
        return False
    parts = re.split(r"[-‐‑]", word.casefold())
    return not any(part in stop_words() or is_everyday_english(part) for part in parts)


# The lower-case words :func:`given_names_among` has asked the lexicon about, and those of
# them it found given names: the next document asks only about its new words.
_ASKED: set[str] = set()
_LEXICON_GIVEN: set[str] = set()


def given_names_among(words: set[str]) -> set[str]:
    """The given names (:func:`given_name`) among ``words``: the gazetteer's by one set
    intersection, the lexicon asked only about the others, each word once a process."""
    found = words & gazetteer_given_names()
    new = words - found - _ASKED
    if len(_ASKED) + len(new) > WORD_CACHE_SIZE:
        _ASKED.clear()  # bounded memory on a huge vocabulary
        _LEXICON_GIVEN.clear()
        new = words - found
    _ASKED.update(new)
    _LEXICON_GIVEN.update(
        word for word in new if lexicon_given_name(word) or table_given_name(word)
    )
    found |= words & _LEXICON_GIVEN
    return found


def indexes_in(values: list[str], wanted: set[str] | frozenset[str]) -> list[int]:
    """The indexes of the ``values`` that ``wanted`` holds, in order (a loop in C)."""
    return list(compress(range(len(values)), map(wanted.__contains__, values)))
