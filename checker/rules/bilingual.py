"""Bilingual rules (family B): what only the source can show.

They run on Documents made by the bilingual readers (``--source``, TSV, PO, XLIFF, TMX), whose
``segments`` pair each target line with its source; on plain text they find nothing. Each
hit spans the target segment (or the target number or word at fault), so it points at the
file's real line.

- B1xx numbers: a number of the source missing or changed in the target, read in every
  convention (``checker/analysis/numbers.py``: ``11 000`` = ``11,000``, ``3,5`` = ``3.5``,
  ``1000万`` = ``10 million``, ``18 h 30`` = ``6:30 p.m.``, ``3`` = ``three``).
- B2xx do-not-translate tokens: placeholders and tags, URLs and e-mail addresses, names
  (``checker/analysis/bilingual_names.py``).
- B3xx untranslated: a target copied from the source, still in the source language, or
  holding a word of the source left as it was (``checker/analysis/bilingual_text.py``).
- B4xx length: a target far shorter (omission) or far longer (addition) than its source.
- B5xx punctuation: the final ``?`` (or ``!``, ``.``, ``。``) of the source dropped in the
  target.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.analysis.bilingual_names import (
    DECLINING,
    NameSpan,
    Word,
    covered,
    like_a_run,
    name_spans,
    span_kept,
    target_forms,
    target_runs,
    unexplained_target_runs,
    words,
)
from checker.analysis.bilingual_text import (
    MARK_NAMES,
    PLACEHOLDER,
    SOURCE_MARKS,
    beside_a_name,
    final_mark,
    foreign_word,
    mention_or_code,
    protected_spans,
    sentence_like,
)
from checker.analysis.lengths import size
from checker.analysis.lexicon import (
    FREQUENT,
    LANGUAGE_ALIASES,
    is_english_form,
    language_name,
    word_info,
)
from checker.analysis.names import is_acronym
from checker.analysis.numbers import match_quantities, quantities
from checker.analysis.tokens import WORD
from checker.formats.bilingual import detect_language
from checker.patterns import lazy
from checker.registry import rule
from checker.text.addresses import address_spans
from checker.text.fold import fold
from checker.thresholds.bilingual import (
    ADDITION_RATIO,
    ENGLISH_RARE_ZIPF,
    MAX_NAME_SEGMENT_WORDS,
    MAX_QUANTITIES,
    MIN_COPIED_LENGTH,
    MIN_DETECT_PROBABILITY,
    MIN_SHARED_WORDS,
    MIN_SOURCE_CHARS,
    MIN_UNTRANSLATED_WORDS,
    OMISSION_RATIO,
    SHORT_RATIO,
    SOURCE_WORD_MARGIN,
    TRANSLATED_WORD_ZIPF,
    UNKNOWN_LANGUAGE_MARGIN,
)
from checker.types import Hit, Severity

if TYPE_CHECKING:
    from checker.analysis.lexicon import WordInfo
    from checker.document import Document, Segment


@dataclass(frozen=True, slots=True)
class Pair:
    """A segment with its source and target text (target offsets are the document's)."""

    segment: Segment
    source: str
    target: str

    @property
    def start(self) -> int:
        return self.segment.start

    @property
    def end(self) -> int:
        return self.segment.end


def pairs(doc: Document) -> Iterator[Pair]:
    """The segments of ``doc`` that have a non-empty source."""
    text = doc.text
    for segment in doc.segments:
        if segment.source and segment.source.strip():
            yield Pair(segment, segment.source, text[segment.start : segment.end])


# ----------------------------------------------------------------------------------------
# Numbers
# ----------------------------------------------------------------------------------------


@rule(
    "B101",
    "number-mismatch",
    Severity.WARNING,
    category="Accuracy/Mistranslation",
    message="number {number} of the source is missing from the target",
)
def number_mismatch(doc: Document) -> Iterator[Hit]:
    """A number of the source is missing from the target, or changed.

    Numbers are compared by value in every reading their locale allows
    (``checker/analysis/numbers.py``): ``11 000``, ``11.000`` and ``11,000`` are 11000;
    ``3,5`` is 3.5; ``2,7 millions`` is 2.7 million or 2,700,000; ``1000万`` is 10 million
    and ``14.6万`` 146,000; full-width ``１２．５`` is 12.5; ``7月17日`` is July 17;
    ``années 70`` and ``90年代`` are decades (the 1970s, the 1990s), ``19世纪`` the 19th
    century or the 1800s; ``18 h 30`` is 6:30 p.m., ``12 h 00`` noon, ``下午3点`` 3 p.m.;
    ``3`` may be written ``three``, ``300`` ``three hundred`` and ``1`` ``a``; the
    language's own decimal and group symbols come from CLDR (``٣٫٥``, ``12,34,567``). A
    score (``1-6,4-6``) or a vector (``[1,1]``) holds integers, not decimals. A number
    that became another (one source number and one target number left without a partner)
    is an error (a warning when a time or date is involved); a number simply missing is a
    warning, since a translation may rephrase it.

    Okay: Il y a 11 000 soldats. => There are 11,000 soldiers.
    Okay: 中国有1000万人口。 => China has a population of 10 million.
    B101: Il y a 11 000 soldats. => There are 1,000 soldiers.
    B101: 中国有1000万人口。 => China has a population of 1 million.
    """
    language: str | None = None
    for pair in pairs(doc):
        if not any(ch.isdigit() for ch in pair.source):
            continue
        language = language or doc.source_lang
        source = quantities(pair.source, language=language)
        target = quantities(pair.target, english=True)
        if len(source) > MAX_QUANTITIES or len(target) > MAX_QUANTITIES * 2:
            continue
        missing, extra = match_quantities(source, target)
        extra_digits = [q for q in extra if any(ch.isdigit() for ch in q.text)]
        for quantity in missing:
            if len(missing) == 1 and len(extra_digits) == 1:
                changed = extra_digits[0]
                plain = all(kind == "n" for kind, _ in quantity.keys | changed.keys)
                yield Hit(
                    pair.start + changed.start,
                    pair.start + changed.end,
                    severity=Severity.ERROR if plain else Severity.WARNING,
                    message=(
                        f"number {quantity.text} of the source became {changed.text} in the target"
                    ),
                )
            else:
                yield Hit(pair.start, pair.end, {"number": quantity.text})


# ----------------------------------------------------------------------------------------
# Do-not-translate tokens: placeholders and tags, URLs, names
# ----------------------------------------------------------------------------------------

_HOST = lazy(r"^(?:https?://)?(?:www\.)?([^/:?#]+)", re.IGNORECASE)


@rule(
    "B201",
    "missing-placeholder",
    Severity.ERROR,
    category="Design and markup/Markup tag",
    message="{token} of the source is missing from the target",
)
def missing_placeholder(doc: Document) -> Iterator[Hit]:
    """A placeholder or markup tag of the source is missing from the target.

    Software and web strings carry ``%s``, ``%(name)s``, ``{0}``, ``{name}``, ``<b>`` or
    ``&amp;``, which must reach the target unchanged (in any order): a dropped or translated
    placeholder crashes the program or shows the wrong value.

    Okay: Bonjour {name}, vous avez %d messages. => Hello {name}, you have %d messages.
    B201: Bonjour {name}, vous avez %d messages. => Hello {nom}, you have %d messages.
    """
    for pair in pairs(doc):
        source = Counter(m.group(0) for m in PLACEHOLDER.finditer(pair.source))
        if not source:
            continue
        target = Counter(m.group(0) for m in PLACEHOLDER.finditer(pair.target))
        for token in sorted(source - target):
            yield Hit(pair.start, pair.end, {"token": token})


def _host(url: str) -> str:
    if "@" in url and "://" not in url:
        return url.casefold()
    match = _HOST.match(url)
    return match.group(1).casefold() if match else url.casefold()


@rule(
    "B202",
    "missing-url",
    Severity.WARNING,
    category="Accuracy/Omission",
    message="{url} of the source is missing from the target",
)
def missing_url(doc: Document) -> Iterator[Hit]:
    """A URL or e-mail address of the source is missing from the target.

    A localised address (``/fr/`` → ``/en/``) is fine: a URL counts as kept when the target
    has one on the same host.

    Okay: Voir https://example.org/fr/aide. => See https://example.org/en/help.
    B202: Voir https://example.org/fr/aide. => See the help page.
    """
    for pair in pairs(doc):
        if "@" not in pair.source and "http" not in pair.source and "www." not in pair.source:
            continue
        target_hosts = {_host(pair.target[s:e]) for s, e in address_spans(pair.target)}
        reported: set[str] = set()
        for start, end in address_spans(pair.source):
            url = pair.source[start:end]  # without the punctuation after it
            host = _host(url)
            if host not in target_hosts and host not in reported:
                reported.add(host)
                yield Hit(pair.start, pair.end, {"url": url})


# Names ----------------------------------------------------------------------------------

# Languages that capitalise every noun: a capital there is no sign of a name.
NOUN_CAPITALISING = frozenset({"de", "lb"})
# Names are compared pairwise with fuzzy matching: longer segments (tables, dumps) are
# skipped so that the cost stays linear in the size of the file.
_DECLINING_SCRIPT = lazy(r"[\u0370-\u03ff\u0400-\u052f]")  # Greek, Cyrillic


def _frequencies(word: str, language: str | None) -> tuple[float, float] | None:
    """(Zipf frequency in ``language``, in English) from the shared lexicon, if it is there.

    With no language known, the word's best frequency in any language of the lexicon.
    """
    info = word_info(word)
    if info is None:
        return None
    return _source_zipf(info, language), info.english


def _source_zipf(info: WordInfo, language: str | None) -> float:
    """The word's Zipf frequency in ``language``; with none known, its best in any language."""
    return info.zipf_in(LANGUAGE_ALIASES.get(language, language)) if language else info.best_foreign


def _translatable(span: NameSpan, language: str | None) -> bool | None:
    """Whether the span looks like an exonym or a common word; None when nothing can tell.

    With no language known, the word's best frequency in any language counts, and names
    are frequent somewhere (``morsi`` is Italian for "bites"): it must then also be far
    rarer in English.
    """
    if language == "en":
        return None
    margin = 0.0 if language else UNKNOWN_LANGUAGE_MARGIN
    for word in span.names:
        for part in re.split(r"[-‐]", word.value):
            freqs = _frequencies(part, language) if part else None
            if freqs is None:
                return None
            source_zipf, english_zipf = freqs
            if (
                source_zipf >= TRANSLATED_WORD_ZIPF
                and english_zipf < ENGLISH_RARE_ZIPF
                and source_zipf - english_zipf >= margin
            ):
                return True
    return False


def _made_of_words(span: NameSpan, language: str | None) -> bool:
    """Whether a word of the span is a word of the source language rather than a name."""
    if language == "en":
        return False
    for word in span.names:
        if is_acronym(word.value):
            continue  # found in another order, spelt out or by equivalence, or missing
        for part in re.split(r"[-‐]", word.value):
            info = word_info(part) if part else None
            if info is None:
                return True  # nothing can tell: the benefit of the doubt
            if info.proper_noun:
                continue  # Madrid, Emmanuel: names English knows
            source_zipf = _source_zipf(info, language)
            if (
                source_zipf >= TRANSLATED_WORD_ZIPF
                and source_zipf - info.english >= SOURCE_WORD_MARGIN
            ):
                return True
    return False


@rule(
    "B211",
    "missing-name",
    Severity.WARNING,
    category="Accuracy/Omission",
    message="name {name} of the source is missing from the target",
)
def missing_name(doc: Document) -> Iterator[Hit]:
    """A name (a run of capitalised words, an acronym) of the source is missing in the target.

    Names are kept across translation: a person's name that disappears, or is translated
    word for word, is an error a reader cannot see without the source. Spellings are
    compared without case or accents, across scripts (``РИА Новости`` = ``RIA Novosti``)
    and with transliteration slack (``Zelenski`` / ``Zelensky``, ``Бахрейн`` /
    ``Bahrain``), without case endings in languages that decline names (``Путина`` =
    ``Putin``), hyphenated names part by part; acronyms may be in another order (``UE`` =
    ``EU``), spelt out or a documented equivalent (``ONU`` = ``UN``). A part of another
    name keeps no name (``Kim Jong-un`` does not keep ``Kim Yo-jong``, nor ``Donald
    Trump`` ``Donald Tusk``). Roman numerals (``XXe``) and a leading function word
    (``Il``, ``El``) are no names. A name may also be translated (``Allemagne`` →
    ``Germany``): a new capitalised target word (not a demonym or title) stands for one
    missing name that is made of words of the source language (frequent there, far rarer
    in English) or is loosely like it (``Си Цзиньпина`` → ``Xi Jinping``), never for a
    person's name (``Mohammed Morsi`` → ``Dominika`` is reported). What is left is
    reported: a warning, or info for a name that looks translatable, a lone plain
    capitalised word when the lexicon cannot tell, or an exonym of a language the lexicon
    lacks. Sources in a language that capitalises every noun (German) are not checked.

    Okay: Selon Kang Dong-wan, la Corée du Nord a menti. => Kang Dong-wan says North Korea lied.
    Okay: Встреча прошла в Бахрейне при участии Путина. => The meeting in Bahrain included Putin.
    B211: Selon Kang Dong-wan, la Corée du Nord a menti. => He says North Korea lied.
    B211: Selon Mohammed Morsi, rien n’a changé. => According to Dominika, nothing changed.
    """
    language = doc.source_lang
    if language in NOUN_CAPITALISING:
        return
    for pair in pairs(doc):
        found = _missing_spans(pair, language)
        if found is not None:
            yield from _missing_hits(pair, language, *found)


def _missing_spans(
    pair: Pair, language: str | None
) -> tuple[list[NameSpan], list[Word], list[Word]] | None:
    """The name spans of ``pair``'s source that its target does not keep, with the source
    and target words; None when the pair is not checked (too long, Title Case, no name) or
    nothing is missing."""
    source = words(pair.source)
    if len(source) > MAX_NAME_SEGMENT_WORDS:
        return None
    spans = name_spans(pair.source, source, language)
    if not spans:
        return None
    capitalised = sum(1 for w in source if w.capitalised and not w.initial)
    if capitalised >= 3 and capitalised * 2 >= len(source):
        return None  # Title Case or all capitals: capitals say nothing here
    target = words(pair.target)
    if len(target) > MAX_NAME_SEGMENT_WORDS:
        return None
    forms = target_forms(target)
    runs = target_runs(pair.target, target)
    declining = language in DECLINING or bool(_DECLINING_SCRIPT.search(pair.source))
    all_names = {fold(w.value) for span in spans for w in span.names}
    missing = [
        span for span in spans if not span_kept(span, target, runs, forms, all_names, declining)
    ]
    return (missing, source, target) if missing else None


def _missing_hits(
    pair: Pair,
    language: str | None,
    missing: list[NameSpan],
    source: list[Word],
    target: list[Word],
) -> Iterator[Hit]:
    """A hit for each missing name no new capitalised target word stands for: a warning, or
    info where the name looks translatable or the lexicon cannot tell."""
    unexplained = unexplained_target_runs(target, {fold(w.value) for w in source})
    judged = [(span, _translatable(span, language)) for span in missing]
    # A new capitalised target word may translate a name made of words of the source
    # language (Allemagne → Germany) or spell it another way (Си Цзиньпина → Xi
    # Jinping), not replace a person (Morsi → Dominika).
    excused = [span for span, translatable in judged if translatable]
    excused += [
        span
        for span, translatable in judged
        if translatable is not True and _made_of_words(span, language)
    ]
    excused += [span for span, _ in judged if span not in excused and like_a_run(span, unexplained)]
    excused = excused[: len(unexplained)]
    left = len(unexplained) - len(excused)
    for span, translatable in judged:
        if span in excused:
            continue
        names = span.names
        lone_plain = len(names) == 1 and not (
            is_acronym(names[0].value) or _looks_like_name(names[0].value)
        )
        info = (
            translatable is True
            or (translatable is None and lone_plain)
            or (left > 0 and not covered(language, span))  # an exonym the lexicon lacks
        )
        yield Hit(
            pair.start,
            pair.end,
            {"name": span.text},
            severity=Severity.INFO if info else None,
        )


def _looks_like_name(word: str) -> bool:
    """Inner capitals or hyphenated capitals (Dong-wan, McCain, Al-Assad): name shapes."""
    return "-" in word or any(ch.isupper() for ch in word[1:])


# ----------------------------------------------------------------------------------------
# Untranslated segments
# ----------------------------------------------------------------------------------------


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _is_copy(pair: Pair) -> bool:
    """Whether the target is the source copied unchanged (white space aside)."""
    return _normalised(pair.source) == _normalised(pair.target)


def _pairs_by_copy(doc: Document, copies: bool) -> Iterator[Pair]:
    """The pairs whose target is a copy of the source (``copies``) or not: none when the
    source language is the target language (B301 and B302 then have nothing to find)."""
    if doc.source_lang == doc.settings.target_lang:
        return
    for pair in pairs(doc):
        if _is_copy(pair) == copies:
            yield pair


def _plain_words(text: str) -> list[str]:
    return [w for w in (m.group(0) for m in WORD.finditer(text)) if not w[:1].isupper()]


@rule(
    "B301",
    "copied-source",
    Severity.WARNING,
    category="Accuracy/Untranslated",
    message="the target is a copy of the source",
)
def copied_source(doc: Document) -> Iterator[Hit]:
    """The target is the source copied unchanged: the segment was never translated.

    Reported when the source language is not the target language and the segment has an
    ordinary (lower-case) word that is not a common English word, so names, codes, numbers
    and words both languages share (``%d messages``, ``Menu``) pass; a copy of fewer than
    three words is only worth a look (info).

    Okay: Pyongyang => Pyongyang
    B301: Le pays n'a pas répondu aux informations. => Le pays n'a pas répondu aux informations.
    """
    language = doc.source_lang
    target_lang = doc.settings.target_lang
    for pair in _pairs_by_copy(doc, copies=True):
        plain = [w for w in _plain_words(pair.target) if len(w) >= 3]
        if not plain or all(is_english_form(w, FREQUENT) for w in plain):
            continue
        if language is None:
            ranked = detect_language(pair.target)
            if not ranked or ranked[0][0] == target_lang or ranked[0][1] < MIN_DETECT_PROBABILITY:
                continue
        short = len(WORD.findall(pair.target)) < 3
        yield Hit(pair.start, pair.end, severity=Severity.INFO if short else None)


@rule(
    "B302",
    "untranslated-segment",
    Severity.WARNING,
    category="Accuracy/Untranslated",
    message="the target is still in {language}",
)
def untranslated_segment(doc: Document) -> Iterator[Hit]:
    """The target is (mostly) still in the source language, though not an exact copy.

    A machine translation system that gives up returns its input, lightly changed. A
    target whose lower-case words are mostly the source's words, and which langdetect puts
    in the source language (declared, or detected on the source), is reported.

    Okay: Le pays n'a pas répondu aux informations. => The country has not responded to the reports.
    B302: Le pays n'a pas répondu aux informations. => Le pays n'a pas répondu aux reports.
    """
    declared = doc.source_lang
    target_lang = doc.settings.target_lang
    for pair in _pairs_by_copy(doc, copies=False):  # a copy is B301's case
        target_words = [w.casefold() for w in _plain_words(pair.target)]
        if len(target_words) < MIN_UNTRANSLATED_WORDS:
            continue
        source_words = {w.casefold() for w in _plain_words(pair.source)}
        shared = sum(1 for w in target_words if w in source_words)
        if shared < MIN_SHARED_WORDS * len(target_words):
            continue
        language = declared or _top_language(pair.source)
        if language is None or language == target_lang:
            continue
        ranked = dict(detect_language(pair.target))
        if ranked.get(language, 0.0) < MIN_DETECT_PROBABILITY:
            continue
        yield Hit(pair.start, pair.end, {"language": language_name(language)})


def _top_language(text: str) -> str | None:
    ranked = detect_language(text)
    return ranked[0][0] if ranked and ranked[0][1] >= MIN_DETECT_PROBABILITY else None


@rule(
    "B303",
    "copied-source-word",
    Severity.WARNING,
    category="Accuracy/Untranslated",
    message="“{word}” is copied from the source untranslated",
)
def copied_source_word(doc: Document) -> Iterator[Hit]:
    """A word of the source is copied verbatim into the target but is not English.

    Machine translation leaves a word it does not know as it is: ``Pyongyang muet`` →
    ``Pyongyang muet``. A lower-case target word that also stands in its source segment,
    is a word of the source language (Zipf 3 there) far rarer in English, and is neither
    an English dictionary word (with or without accents: ``résumé``, ``régime``) nor a
    loanword of the lexicon (``banlieue``) is reported. Words next to a capitalised name
    (``Assemblée nationale``, ``Corriere della Sera``), set off by quotation marks,
    italics or brackets, glossed (``gilets jaunes (yellow vests)``) or introduced
    (``the so-called ...``) as the original term, in URLs, code or placeholders pass, as
    do whole segments copied or still in the source language (B301, B302).

    Okay: Le député a quitté l’Assemblée nationale. => The deputy left the Assemblée nationale.
    B303: Le régime est resté muet sur la capture. => The regime remained muet on the capture.
    """
    language = doc.source_lang
    if doc.settings.target_lang != "en" or language == "en":
        return
    for pair in pairs(doc):
        if _is_copy(pair):
            continue  # B301's case
        source_words = set(_plain_words(pair.source))
        if not source_words:
            continue
        target = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(pair.target)]
        plain = [w for _, _, w in target if not w[:1].isupper()]
        if len(plain) >= MIN_UNTRANSLATED_WORDS and sum(
            1 for w in plain if w in source_words
        ) >= MIN_SHARED_WORDS * len(plain):
            continue  # mostly untranslated: B302's case
        protected = protected_spans(pair.target)
        reported: set[str] = set()
        for index, (start, end, word) in enumerate(target):
            if (
                word in reported
                or word not in source_words
                or len(word) < MIN_COPIED_LENGTH
                or any(ch.isupper() for ch in word)
                or any(s <= start < e for s, e in protected)
                or mention_or_code(pair.target, start, end)
                or beside_a_name(pair.target, target, index)
                or not foreign_word(word, language, pair.target)
            ):
                continue
            reported.add(word)
            yield Hit(pair.start + start, pair.start + end, {"word": word})


# ----------------------------------------------------------------------------------------
# Length
# ----------------------------------------------------------------------------------------


@rule(
    "B401",
    "possible-omission",
    Severity.WARNING,
    category="Accuracy/Omission",
    message="the target is {percent}% of the expected length of its source: something omitted?",
)
def possible_omission(doc: Document) -> Iterator[Hit]:
    """The target is far shorter than its source: part of it was probably left out.

    Lengths are counted in non-space characters on sources of at least 40. The expected
    ratio is the document's median target/source ratio when it has 8 or more such segments
    (so any language pair calibrates itself), else 1. A target under 40 % of the expected
    length is reported (warning), under half is worth a look (info): on news text from
    French, Spanish and German, correct translations ranged from 48 % to 129 %.

    Okay: Il a été soigné à Kyiv pendant trois longues semaines. => He was treated in Kyiv for three long weeks.
    B401: Il a été soigné à Kyiv pendant trois longues semaines. => He was treated.
    """  # noqa: E501
    yield from _length_hits(doc, omission=True)


@rule(
    "B402",
    "possible-addition",
    Severity.INFO,
    category="Accuracy/Addition",
    message="the target is {percent}% of the expected length of its source: something added?",
)
def possible_addition(doc: Document) -> Iterator[Hit]:
    """The target is far longer than its source: text may have been added or repeated.

    Same measure as B401; reported above twice (``2.0``) the expected length. Info only:
    an explanation added for the reader is often right.

    Okay: Il a été soigné à Kyiv pendant trois longues semaines. => He was treated in Kyiv for three long weeks.
    B402: Il a été soigné à Kyiv pendant trois longues semaines. => He was treated in Kyiv for three long weeks by doctors who came from Lviv, then sent home to rest for many more weeks.
    """  # noqa: E501
    yield from _length_hits(doc, omission=False)


def _length_hits(doc: Document, omission: bool) -> Iterator[Hit]:
    if not doc.segments:
        return
    expected = doc.length_ratio
    if not expected:
        return
    for pair in pairs(doc):
        source_size = size(pair.source)
        if source_size < MIN_SOURCE_CHARS:
            continue
        relative = size(pair.target) / source_size / expected
        if omission and relative < SHORT_RATIO:
            severity = None if relative < OMISSION_RATIO else Severity.INFO
            yield Hit(pair.start, pair.end, {"percent": round(relative * 100)}, severity=severity)
        elif not omission and relative > ADDITION_RATIO:
            yield Hit(pair.start, pair.end, {"percent": round(relative * 100)})


# ----------------------------------------------------------------------------------------
# Final punctuation
# ----------------------------------------------------------------------------------------


@rule(
    "B501",
    "final-punctuation-dropped",
    Severity.WARNING,
    category="Fluency/Punctuation",
    message="the source ends with {mark} but the target does not",
)
def final_punctuation_dropped(doc: Document) -> Iterator[Hit]:
    """The final punctuation of the source is missing in the target.

    A question that lost its ``?`` reads as a statement; a sentence that lost its final
    ``.``, ``!`` or ``…`` (no final mark left at all) reads as cut off, a common fault of
    machine translation. The sentence ends of other scripts count in the source (``。 ．
    ！ ？ ｡`` of Chinese and Japanese, ``।`` of Hindi, ``؟`` and ``۔`` of Arabic and
    Urdu). ``!`` → ``.`` is an ordinary change of tone and passes, and so do labels,
    headings and list items (fewer than three words, or a target in Title Case), a source
    ending in an abbreviation (``U.S.``, ``Inc.`` kept as ``Inc``) and a target ending in
    a URL or code.

    Okay: Savait-il où il allait ? => Did he know where he was going?
    B501: Savait-il où il allait ? => Did he know where he was going
    B501: 他说他想住在这里。 => He said he wanted to live here
    """
    for pair in pairs(doc):
        source_mark = SOURCE_MARKS.get(final_mark(pair.source))
        if source_mark is None:
            continue
        target_mark = final_mark(pair.target)
        if source_mark == "?":
            if target_mark in ("?", "？", ""):
                continue
        elif not (target_mark.isalnum() or target_mark in "%°"):
            continue  # a final mark is left
        elif not sentence_like(pair.source, pair.target):
            continue
        yield Hit(pair.start, pair.end, {"mark": MARK_NAMES[source_mark]})
