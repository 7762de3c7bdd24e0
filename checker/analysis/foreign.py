"""Where a document is not in English: foreign word spans, non-Latin runs, foreign documents.

Per-token evidence first (is the word English, how frequent is it in English and in each
other language, is it capitalised, allowed, part of a name), then context: suspect tokens
are grouped with their neighbours that the same language also uses (``selon lui``,
``pour``, ``de``), and multi-word spans are confirmed by langdetect, restricted to the
candidate languages. langdetect is imported only when such a span exists.

Confidence, which the rules turn into severity:

- ``HIGH``: a non-Latin run, a confirmed multi-word span, a heading in the other language;
- ``MEDIUM``: one lower-case word that is frequent in one language and not English;
- ``LOW``: weaker evidence (a capitalised word that may be a name, a cited or italicised
  term, a title in quotes).

The analyser is built of three readings: per-word evidence and the shared constants
(:mod:`checker.analysis.foreign_words`, with the single-word conditions of
:mod:`checker.analysis.leftovers`), names (:mod:`checker.analysis.foreign_names`) and the
surrounding text (:mod:`checker.analysis.foreign_context`); this module holds the pass over
the document, the growing and judging of spans, and the report.
"""

from __future__ import annotations

import bisect
import operator
from collections import Counter
from collections.abc import Iterator, KeysView
from typing import TYPE_CHECKING

from checker.analysis.foreign_context import ContextReading
from checker.analysis.foreign_names import CapitalNeighbours, NameReading
from checker.analysis.foreign_words import (
    _SENTENCE_END,
    _SPACES,
    CONJUNCTIONS,
    ENGLISH,
    FIND_PIECES,
    OTHER,
    POSSIBLE,
    STRONG,
    ForeignSpan,
    WordJudge,
    _allow_index,
    _detector_factory,
    _shared_verdicts,
    detect_language,
    english_lemma_index,
    is_capitalised,
    phrase_key,
)
from checker.analysis.leftovers import (
    FUNCTION_WORD,
)
from checker.analysis.lexicon import (
    LANGUAGE_ALIASES,
    MEMO_LIMIT,
    Lexicon,
    lexicon,
    normalize,
)
from checker.analysis.scripts import HIGH, LOW, MEDIUM, ScriptRun, may_hold_runs
from checker.analysis.tokens import Token
from checker.text.spans import SpanIndex
from checker.thresholds.language import (
    DOCUMENT_CONFIDENCE,
    DOCUMENT_MIN_WORDS,
    DOCUMENT_SAMPLE,
    ENGLISH_GAP_MARGIN,
    ENGLISH_VETO,
    MERGE_GAP,
    POSSIBLE_ZIPF,
)

if TYPE_CHECKING:
    from checker.document import Document

__all__ = [
    "ENGLISH",
    "FIND_PIECES",
    "HIGH",
    "LOW",
    "MEDIUM",
    "OTHER",
    "POSSIBLE",
    "STRONG",
    "CapitalNeighbours",
    "ForeignSpan",
    "LanguageReport",
    "_detector_factory",
    "detect_language",
    "is_capitalised",
    "language_report",
    "phrase_key",
]


class LanguageReport:
    """Everything the language rules report on one document (a plain class: a dataclass
    would compile its methods on every cold start)."""

    __slots__ = ("document_lang", "english_words", "foreign_words", "scripts", "spans")

    def __init__(self) -> None:
        self.spans: list[ForeignSpan] = []
        self.scripts: list[ScriptRun] = []
        self.document_lang: str | None = None
        self.english_words = 0
        self.foreign_words = 0


def language_report(doc: Document) -> LanguageReport:
    """The language analysis of ``doc``: ``doc.language_report``, computed once."""
    return doc.language_report


def analyze_language(doc: Document) -> LanguageReport:
    """The language analysis of ``doc`` (uncached: read ``doc.language_report``)."""
    return _Analyzer(doc).run()


_VALUE = operator.itemgetter(2)  # Token.value, at C speed
_START = operator.itemgetter(0)  # Token.start
# Each word form checked for being a title of another language (herr, mme), with the
# answer: a process-wide memo, emptied at MEMO_LIMIT like the verdicts. A document's forms
# are mostly checked already; a set difference and a filter (C speed) find the few new ones
# and the titles. (``set.difference`` with a dict iterates over the document's forms; a
# ``dict_keys`` operand would be iterated whole, the memo at every document.)
_TITLE_MEMO: dict[str, bool] = {}
# The forms of the memo that are titles (few): a document's titles are its forms that are
# in this set, found by an intersection that iterates the smaller side (C speed).
_TITLE_FORMS: set[str] = set()


def _title_values(values: KeysView[str]) -> set[str]:
    """The word forms of ``values`` that are titles of another language."""
    if len(_TITLE_MEMO) >= MEMO_LIMIT:
        _TITLE_MEMO.clear()
        _TITLE_FORMS.clear()
    new = set(values).difference(_TITLE_MEMO)
    if new:
        titles = lexicon().titles
        for value in new:
            is_title = _TITLE_MEMO[value] = normalize(value) in titles
            if is_title:
                _TITLE_FORMS.add(value)
    return values & _TITLE_FORMS


def _places(text: str, word: str) -> Iterator[int]:
    """Every offset of ``word`` in ``text`` (as a substring)."""
    position = text.find(word)
    while position >= 0:
        yield position
        position = text.find(word, position + len(word))


def _token_at(tokens: list[Token], start: int, value: str) -> bool:
    """Whether the token ``value`` starts at ``start`` (found by bisection)."""
    index = bisect.bisect_left(tokens, start, key=_START)
    return index < len(tokens) and tokens[index].start == start and tokens[index].value == value


class _Analyzer(WordJudge, NameReading, ContextReading):
    """The language analysis of one document: per-word evidence, then context."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.analysis_text
        self.lexicon: Lexicon = lexicon()
        hint = doc.source_lang if doc.source_lang != doc.settings.target_lang else None
        self.hint = LANGUAGE_ALIASES.get(hint, hint) if hint else None
        self.hint_known = self.hint in self.lexicon.languages if self.hint else False
        self.allow_words, self.allow_phrases = _allow_index(doc.settings.allow_set)
        shared = _shared_verdicts(self.hint, self.allow_words)
        self.verdicts, self.reasons, self.english_forms = shared
        if len(self.verdicts) >= MEMO_LIMIT:
            self.verdicts.clear()  # between documents: a long run keeps no whole vocabulary
            self.reasons.clear()
            self.english_forms.clear()
        self._headings: SpanIndex | None = None
        self._capital_neighbours = CapitalNeighbours(self.text)
        self.title_values: set[str] = set()
        self.strong_values: set[str] = set()
        # Every value _line_spans stops at: strong words, titles, conjunctions.
        self.marked_values: set[str] = set()
        self._counts: dict[str, int] = {}
        self.conjunction_values: set[str] = set()
        self._noun_memo: dict[str, bool] = {}

    def run(self) -> LanguageReport:
        """The document's tokens give the word counts; each distinct form is judged once;
        only the lines holding a strong foreign word are read in context."""
        report = LanguageReport()
        text = self.text
        verdict = self.verdict
        other = foreign = 0
        strong: list[str] = []
        counts = Counter(map(_VALUE, self.doc.tokens))
        english_forms = self.english_forms
        # set.difference iterates the document's forms only (``keys() - set`` may iterate
        # the whole process-wide set); the order of the forms does not matter here.
        for value in set(counts).difference(english_forms):
            kind = verdict(value)[0]
            if kind == ENGLISH:
                english_forms.add(value)
                continue
            count = counts[value]
            other += count
            if kind >= POSSIBLE:
                # Capitalised words are mostly names: they do not make a document foreign.
                if value[:1].islower():
                    foreign += count
                if kind == STRONG:
                    strong.append(value)
        report.english_words, report.foreign_words = len(self.doc.tokens) - other, foreign
        if may_hold_runs(text):
            report.scripts = list(self._script_runs())
        if self._is_foreign_document(report):
            return report
        self.title_values = _title_values(counts.keys())
        self.conjunction_values = CONJUNCTIONS.keys() & counts.keys()
        self.strong_values = set(strong)
        self.marked_values = self.strong_values | self.title_values | self.conjunction_values
        conjunctions: list[tuple[list[Token], int]] = []
        lines = self._lines_with(self.strong_values | self.title_values, self.conjunction_values)
        for tokens in lines:
            report.spans.extend(self._line_spans(tokens, conjunctions))
        connectives = self._connective_spans(report.spans, counts)
        if connectives:
            # "No entanto" replaces its strong word "entanto" found alone.
            covering = SpanIndex(((s.start, s.end) for s in connectives), sort=True)
            report.spans = [
                span for span in report.spans if not covering.holds(span.start, span.end)
            ]
            report.spans.extend(connectives)
        report.spans.extend(self._conjunction_spans(conjunctions, report.spans))
        report.spans.sort(key=lambda span: (span.start, span.end))
        return report

    def _line_spans(
        self, tokens: list[Token], conjunctions: list[tuple[list[Token], int]]
    ) -> list[ForeignSpan]:
        """The spans of one line: strong words grown into spans, titles before names;
        conjunctions are kept in ``conjunctions`` for a later look at the whole document."""
        marked = self.marked_values
        consumed = -1
        found_here: list[tuple[int, int, ForeignSpan]] = []
        for index, token in enumerate(tokens):
            if index <= consumed or token.value not in marked:
                continue
            if token.value in self.strong_values:
                grown = self._span_around(tokens, index, consumed + 1)
                if grown is None:
                    continue
                first, last, found = grown
                if found is None or found.confidence < MEDIUM:
                    title = self._title_span(tokens, index)
                    if title is not None:
                        found, first, last = title, index, index
                consumed = last
                if found is not None:
                    found_here.append((first, last, found))
            elif token.value in self.title_values:
                title = self._title_span(tokens, index)
                if title is not None:
                    consumed = index
                    found_here.append((index, index, title))
            elif token.value in self.conjunction_values:
                conjunctions.append((tokens, index))
        return self._merged(tokens, found_here)

    def _merged(
        self, tokens: list[Token], spans: list[tuple[int, int, ForeignSpan]]
    ) -> list[ForeignSpan]:
        """Spans of one language in one sentence, at most MERGE_GAP words apart, are one
        passage: "Le ministère a indiqué que..." is not two leftovers but one."""
        merged: list[tuple[int, int, ForeignSpan]] = []
        for first, last, span in spans:
            if merged:
                p_first, p_last, previous = merged[-1]
                gap = self.text[tokens[p_last].end : tokens[first].start]
                if (
                    previous.lang == span.lang
                    and first - p_last - 1 <= MERGE_GAP
                    and "\n" not in gap
                    and not _SENTENCE_END.search(gap)
                    and min(previous.confidence, span.confidence) >= MEDIUM
                    and all(
                        self._may_belong(token.value, span.lang)
                        for token in tokens[p_last + 1 : first]
                    )
                ):
                    whole = self._covers_sentence(tokens, p_first, last)
                    merged[-1] = (
                        p_first,
                        last,
                        ForeignSpan(
                            previous.start,
                            span.end,
                            span.lang,
                            last - p_first + 1,
                            HIGH,
                            whole,
                            previous.heading,
                        ),
                    )
                    continue
            merged.append((first, last, span))
        return [span for _, _, span in merged]

    def _lines_with(self, words: set[str], alone: set[str]) -> list[list[Token]]:
        """The tokens of every line holding one of ``words``, or one of ``alone`` standing
        alone between white space (a conjunction), in order.

        A few words are found with ``str.find`` (C speed), each place checked against the
        tokens; many (a text full of leftovers) by one pass over the tokens.
        """
        if not words and not alone:
            return []
        text = self.text
        tokens = self.doc.tokens
        if len(words) + len(alone) > FIND_PIECES:
            places = [
                token.start
                for token in tokens
                if token.value in words or (token.value in alone and self._alone(token))
            ]
        else:
            places = [
                p for word in words for p in _places(text, word) if _token_at(tokens, p, word)
            ]
            places.extend(
                p for word in alone for p in _places(text, word) if self._alone_at(p, len(word))
            )
        starts = sorted({text.rfind("\n", 0, place) + 1 for place in places})
        lines = []
        for start in starts:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            first = bisect.bisect_left(tokens, start, key=_START)
            last = bisect.bisect_left(tokens, end, lo=first, key=_START)
            lines.append(tokens[first:last])
        return lines

    def _alone(self, token: Token) -> bool:
        return self._alone_at(token.start, token.end - token.start)

    def _alone_at(self, start: int, length: int) -> bool:
        """``text[start:start + length]`` stands between white space (or the text's ends)."""
        text = self.text
        end = start + length
        return (start == 0 or text[start - 1].isspace()) and (
            end == len(text) or text[end].isspace()
        )

    def _is_foreign_document(self, report: LanguageReport) -> bool:
        letters = len(self.text)
        script_chars = sum(run.end - run.start for run in report.scripts)
        mostly_other_script = letters > 0 and script_chars * 2 > letters
        counted = report.foreign_words + report.english_words
        if not mostly_other_script and (
            counted < DOCUMENT_MIN_WORDS or report.foreign_words <= report.english_words
        ):
            return False
        sample = self.text[:DOCUMENT_SAMPLE]
        lang = detect_language(sample, None)
        if lang is None or lang[0] == "en" or lang[1] < DOCUMENT_CONFIDENCE:
            return False
        report.document_lang = lang[0]
        return True

    def _adjacent(self, left: Token, right: Token) -> bool:
        gap = self.text[left.end : right.start]
        return not gap or _SPACES.fullmatch(gap) is not None

    def _span_around(
        self, tokens: list[Token], index: int, floor: int = 0
    ) -> tuple[int, int, ForeignSpan | None] | None:
        """The span grown around the strong word ``tokens[index]``, never left of
        ``floor`` (where the previous span ended), with its verdict."""
        langs = dict(self.verdict(tokens[index].value)[1])
        first = last = index
        while True:
            step = self._extend(tokens, first, -1, langs)
            if step is None or step[0] < floor:
                break
            first, langs = step
        while True:
            step = self._extend(tokens, last, 1, langs)
            if step is None:
                break
            last, langs = step
        verdict = self.verdict
        members = tokens[first : last + 1]
        strong = [t for t in members if verdict(t.value)[0] == STRONG]
        if self._allowed(tokens, first, last, strong):
            return first, last, None
        lang = max(
            langs,
            key=lambda code: (sum(verdict(t.value)[1].get(code, 0.0) for t in members), code),
        )
        return first, last, self._judge_span(tokens, first, last, strong, lang, langs)

    def _extend(
        self, tokens: list[Token], edge: int, direction: int, langs: dict[str, float]
    ) -> tuple[int, dict[str, float]] | None:
        """The span's new edge and languages after taking the next word, or None.

        A word the lists do not know (a rare inflection: ``reprendront``), or an English
        word the span's language uses as much (``per``), is taken only when the word after
        it continues the span.
        """
        for width in (1, 2):
            nxt = edge + direction * width
            if not 0 <= nxt < len(tokens):
                return None
            left, right = (
                (tokens[nxt - 1], tokens[nxt]) if direction > 0 else (tokens[nxt], tokens[nxt + 1])
            )
            if not self._adjacent(left, right):
                return None
            kind, other = self.verdict(tokens[nxt].value)
            bridge = kind == OTHER or (kind == ENGLISH and any(k in other for k in langs))
            if width == 1 and bridge and tokens[nxt].value[:1].islower():
                continue
            if kind < POSSIBLE:
                return None
            shared = {k: v for k, v in langs.items() if k in other}
            return (nxt, shared) if shared else None
        return None

    def _allowed(self, tokens: list[Token], first: int, last: int, strong: list[Token]) -> bool:
        """True when every strong word of the span lies in an allowed phrase."""
        covered: set[int] = set()
        lo = max(0, first - 4)
        keys = [phrase_key(t.value) for t in tokens[lo : last + 5]]
        for offset in range(len(keys)):
            for length in self._allowed_lengths(keys, offset):
                covered.update(range(lo + offset, lo + offset + length))
        positions = {t.start for t in strong}
        return bool(covered) and all(
            i in covered for i in range(first, last + 1) if tokens[i].start in positions
        )

    def _allowed_lengths(self, keys: list[str], offset: int) -> list[int]:
        """The lengths of the allowed phrases that start at ``keys[offset]`` (``keys``:
        the :func:`phrase_key` of consecutive words)."""
        key = keys[offset]
        lemmas = english_lemma_index()[1].get(key, ())
        return [
            len(phrase)
            for phrase in (*self.allow_phrases.get(key, ()), *lemmas)
            if tuple(keys[offset : offset + len(phrase)]) == phrase
        ]

    def _judge_span(
        self,
        tokens: list[Token],
        first: int,
        last: int,
        strong: list[Token],
        lang: str,
        langs: dict[str, float],
    ) -> ForeignSpan | None:
        members = tokens[first : last + 1]
        start, end = members[0].start, members[-1].end
        heading = self._in_heading(start)
        initial = self._is_initial(members[0].start)
        # Names, with their particles: Le Monde, Champs-Élysées, Côte d'Ivoire, Piero della
        # Francesca, Lula da Silva. A lone capitalised word is at most LOW.
        opener = initial and not heading and self._is_opener(tokens, first, lang)
        if (
            len(members) == 1
            and not (initial or heading)
            and self._is_german_noun(members[0].value)
        ):
            return self._german_noun(members[0])
        if all(self._name_like(tokens, i) for i in range(first, last + 1)):
            if heading:
                return self._foreign_heading(start, lang, langs)
            if opener and len(members) >= 2 and not is_capitalised(members[1].value):
                pass  # "Laut der Polizei": a preposition and its phrase, not a name
            elif opener:
                token = members[0]
                return ForeignSpan(token.start, token.end, lang, 1, MEDIUM, reason="opener")
            elif len(members) == 1:
                return self._capitalised_single(members[0], lang, initial)
            else:
                return None
        if self._lowercased_name(members):
            return ForeignSpan(start, end, lang, len(members), LOW, reason="name")
        reason = self.reasons.get(members[0].value, "") if len(members) == 1 else ""
        if len(members) > 1 and all(self.reasons.get(t.value) == FUNCTION_WORD for t in strong):
            return None  # function words alone do not make a passage (1er mai)
        if reason == FUNCTION_WORD and not self._between_english(tokens, first, symbols=False):
            return None  # a function word counts only between two English words
        whole = self._covers_sentence(tokens, first, last)
        deliberate = self._cited_on_purpose_only(reason, members)
        if self._is_cited(start, end, members, deliberate_only=deliberate):
            return ForeignSpan(start, end, lang, len(members), LOW, whole, heading, "cited")
        if not heading and self._in_name(tokens, first, last, lang, initial, opener, reason):
            return ForeignSpan(start, end, lang, len(members), LOW, whole, heading, "name")
        if len(members) >= 2:
            detected = detect_language(self.text[start:end], self._candidates(lang, langs))
            if detected is not None and detected[0] == "en" and detected[1] >= ENGLISH_VETO:
                confidence = MEDIUM if opener or self._strong_lowercase(strong) else LOW
            else:
                if detected is not None and detected[0] in langs:
                    lang = detected[0]
                confidence = HIGH
            return ForeignSpan(start, end, lang, len(members), confidence, whole, heading)
        token = members[0]
        if not self._strong_lowercase(strong) and not (heading or initial):
            return None
        if heading and (whole or self._heading_is_foreign(start)):
            return ForeignSpan(start, end, lang, 1, HIGH, True, True)
        if token.value[:1].isupper():
            return ForeignSpan(start, end, lang, 1, LOW, whole, heading, "capitalised")
        return ForeignSpan(start, end, lang, 1, MEDIUM, whole, heading, reason)

    def _may_belong(self, value: str, lang: str) -> bool:
        """A word between two spans of ``lang`` that may be of ``lang`` too."""
        if value[:1].isupper():
            return False
        kind, langs = self.verdict(value)
        if kind == OTHER or lang in langs:
            return True
        info = self.lexicon.lookup(normalize(value))
        # a word far more English (of, the) joins no two leftovers: the Landkreis of Harz
        zipf = info.zipf_in(lang)
        return zipf >= POSSIBLE_ZIPF and info.english - zipf <= ENGLISH_GAP_MARGIN

    def _strong_lowercase(self, strong: list[Token]) -> bool:
        return any(not is_capitalised(t.value) for t in strong)
