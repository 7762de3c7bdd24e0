"""Per-word evidence of the language analysis: verdicts, thresholds and shared helpers.

:class:`WordJudge` decides, once per word form and memoised, whether a word is English,
unknown, possible or strong evidence of another language (word frequencies in English and in
other languages, the single-word conditions of :mod:`checker.analysis.leftovers`, letters
only one language uses). The constants of the whole analysis live here, so the context
readers (:mod:`checker.analysis.foreign_context`, :mod:`checker.analysis.foreign_names`) and
the analyser (:mod:`checker.analysis.foreign`) share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from checker.analysis.leftovers import (
    FUNCTION_WORD,
    GERMAN_NOUN,
    english_inflections,
    function_word,
    german_noun,
    is_english_typo,
    lowercase_condition,
)
from checker.analysis.lexicon import MAIN_LANGUAGES, WordInfo, lexicon, normalize
from checker.analysis.tokens import WORD
from checker.patterns import lazy
from checker.text.fold import strip_accents
from checker.text.neighbours import word_before
from checker.text.quote_marks import OPENING_MARKS, QUOTE_MARKS, STRAIGHT_MARKS
from checker.thresholds.language import (
    BRIDGE_ENGLISH_ZIPF,
    BRIDGE_ZIPF,
    DICTIONARY_MARGIN,
    ENGLISH_CEILING,
    HINTED_MARGIN,
    HINTED_STRONG_ZIPF,
    MIN_STRONG_LENGTH,
    MINOR_PENALTY,
    POSSIBLE_MARGIN,
    POSSIBLE_ZIPF,
    RARE_DICTIONARY_MARGIN,
    RARE_DICTIONARY_ZIPF,
    SHORT_ENGLISH,
    SHORT_MARGIN,
    SHORT_WORD,
    STRONG_MARGIN,
    STRONG_ZIPF,
    THRESHOLDS,
    USED_IN_ENGLISH,
    USED_MARGIN,
)
from checker.words import abbreviated_titles

# Token verdicts.
ENGLISH, OTHER, POSSIBLE, STRONG = 0, 1, 2, 3

# Languages that elide an article or a preposition before a vowel (l'accord, dell'anno).
ELIDING_LANGUAGES = frozenset({"fr", "it", "ca"})
# Languages whose surnames are mostly common words (Turkish Güzel, Yıldız, Akşam): their
# top words open a sentence only before a comma, a lower-case word of theirs or an article.
WORD_SURNAME_LANGUAGES = frozenset({"tr"})
SYLLABIC_NAME_LANGUAGES = frozenset({"vi"})
# "Junts, the Catalan separatist party, said...": a capitalised word that a closed apposition
# explains is a name, not a connective left untranslated ("Allerdings, the party said...").
_APPOSITION = lazy(r",[ \t]+(?:the|a|an|its|their|his|her)[ \t][^,.;:!?\n]{1,80},[ \t]+[a-z]")
# Up to this many distinct words (strong words, titles, lone conjunctions) are located with
# str.find (one scan of the text each); more by one pass over the document's tokens.
FIND_PIECES = 24

_ELISION = lazy(
    r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quelqu|dell|dall|nell|sull|all|un|quest)'"
    r"(?P<rest>.+)$"
)
_ELIDED_NAME = lazy(r"^(?:[ldjmnstc]|qu|dell|dall|nell|sull|all)['’](.)", re.IGNORECASE)
_ROLE_GAP = lazy(r",?[ \u00a0]+")
_TITLE_GAP = lazy(r"\.?[ \u00a0]+")
_QUOTE_OPENERS = frozenset(OPENING_MARKS + STRAIGHT_MARKS)
# The word before an opening mark (said „), the two words after a closing one (”, he said).
_WORDS_BEFORE_QUOTE = lazy(r"([^\W\d_]+),?:?[ \u00a0]*$")
_WORDS_AFTER_QUOTE = lazy(r"[,.]?[ \u00a0]+([^\W\d_]+)(?:[ \u00a0]+([^\W\d_]+))?")
_PUNCTUATION = ".,;:!?()[]{}—–-‐…*_/\\`#|<>=+~@$%^&" + QUOTE_MARKS
_POSSESSIVE = lazy(r"'s$")
_SPACES = lazy(r"[ \t\u00a0\u202f]+")
_SENTENCE_END = lazy(r"[.!?…:;]")
_OPENERS = OPENING_MARKS + STRAIGHT_MARKS + "([*_"
# Words before a quoted or plain term that show it is cited, named or glossed on purpose.
_CITATION_CUE = lazy(
    r"(?:\b(?:word|words|term|terms|phrase|expression|slogan|motto|called|dubbed|named|"
    r"titled|entitled|nicknamed|known(?:\s+\w+ly)?\s+as|meaning|means|meant|literally|"
    r"film|movie|book|novel|song|album|newspaper|magazine|daily|weekly|show|series|play|"
    r"opera|poem|painting|headline|banner|sign|label|brand|menu|dish|role\s+of|character|"
    r"characters|played|plays|playing|in\s+French|"
    r"in\s+Spanish|in\s+German|in\s+Italian|in\s+Portuguese|in\s+Dutch|in\s+Polish|"
    r"in\s+Latin|in\s+Czech|in\s+Romanian|in\s+Swedish|in\s+Turkish|in\s+Indonesian|"
    r"in\s+Vietnamese|in\s+Korean|in\s+Japanese|in\s+Chinese|in\s+Russian|"
    r"in\s+Ukrainian|in\s+Arabic)(?:\s+(?:as|is|was|for))?\W{0,3}$)",
    re.IGNORECASE,
)


def _ends_with_citation_cue(before: str) -> bool:
    """``before`` ends with a citing word (the word, called, in French), maybe followed
    by an opening quote, parenthesis or emphasis mark."""
    return _CITATION_CUE.search(before.rstrip(" \"“‘«„'*_(")) is not None


# Before a quotation, words that cite what it holds as a term: what the French call an
# "épisode cévenol", a feeling Germans call "Torschlusspanik", their so-called "furbizia".
_QUOTED_TERM_CUE = lazy(
    r"\b(?:(?:call|calls|calling|called|so-called|term|terms|name|names|named|word|words|"
    r"expression|phrase|concept|notion|known(?:\s+\w+ly)?\s+as)"
    r"(?:\s+(?:it|them|this|that|him|her|what))?(?:\s+(?:a|an|the|their|its|his|her))?"
    # verbs that only name: dubbed the reform "la ley mordaza"
    r"|(?:dub|dubs|dubbed|nickname|nicknames|nicknamed|termed|christened|branded)"
    r"(?:\s+[\w’'-]+){0,3})$",
    re.IGNORECASE,
)
# The end of a quoted term: its closing quote, maybe after a comma or a full stop.
_TERM_CLOSE = lazy(r"[,.;:!?]?[\"“”’»']")  # “ closes „
# A gloss after the term: "juche (self-reliance)", "muet, meaning silent".
_GLOSS_AFTER = lazy(r"^[\"”’»*_]?\s*(?:\(|,\s*(?:meaning|or|literally)\b|—\s*“)")
# After the closing mark of a quotation, words that gloss it in English: lyrics or a motto
# quoted in their language and then translated ("…", translated by the group as "…";
# "…", which means …; "…" (…)). The quotation is cited with its translation, not left over.
_QUOTATION_GLOSS = lazy(
    r"^\W{0,2}\s*(?:\(|(?:which\s+)?(?:means|meaning|literally|roughly)\b|"
    r"(?:which\s+)?(?:translated|translates|translating|rendered)\b[^.?\n\"“”«»]{0,60}?\bas\b)"
)

# Letters that, in a word no list knows, point to one language.
DISTINCTIVE_LETTERS = (
    (frozenset("ăîșşțţ"), "ro"),
    (frozenset("łąęśźżń"), "pl"),
    (frozenset("řěů"), "cs"),
    (frozenset("őű"), "hu"),
    (frozenset("ğı"), "tr"),
    (frozenset("đơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"), "vi"),
    (frozenset("ß"), "de"),
)
# Conjunctions of other languages that, alone between two English words, were left
# untranslated ("prices rose y wages fell"). The one-letter ones and ``en`` (also a
# preposition in three languages) need another leftover of their language in the document
# to reach MEDIUM.
CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "und": ("de",),
    "oder": ("de",),
    "oraz": ("pl",),
    "och": ("sv",),
    "et": ("fr",),
    "ou": ("fr", "pt"),
    "y": ("es",),
    "e": ("it", "pt"),
    "en": ("nl",),
    "i": ("pl", "ca", "sh"),
}
AMBIGUOUS_CONJUNCTIONS = frozenset({"e", "en", "i"})
# wordfreq code → langdetect code.
_LANGDETECT_CODES = {"nb": "no", "sh": "hr", "zh": "zh-cn"}


class ForeignSpan(NamedTuple):
    """``text[start:end]`` is in ``lang``; ``whole`` when it is all of its sentence."""

    start: int
    end: int
    lang: str
    words: int
    confidence: int
    whole: bool = False
    heading: bool = False
    reason: str = ""


def title_period_before(text: str, end: int) -> bool:
    """``text[:end]`` ends with an abbreviated title and its period (``Dr.``, ``Sra.``)."""
    found = word_before(text, end, r"\.")
    return found is not None and found.group(1) in abbreviated_titles()


def is_capitalised(value: str) -> bool:
    """Starts with a capital, after an elided article too (d'Orsay, l'Élysée)."""
    if value[:1].isupper():
        return True
    elision = _ELIDED_NAME.match(value)
    return elision is not None and elision.group(1)[:1].isupper()


@lru_cache(maxsize=1 << 16)
def phrase_key(word: str) -> str:
    """The form allowed words and phrases are matched in: lower case, ``'`` apostrophes,
    no accents (memoised: span checks ask for the same words again and again)."""
    return strip_accents(normalize(word))


@lru_cache(maxsize=32)
def _allow_index(extra: frozenset[str]) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """(allowed single words, first word → allowed phrases), accent-insensitive: the
    hand-kept loanwords and ``extra`` (the WordNet lemmas are :func:`english_lemma_index`)."""
    return _index(
        tuple(phrase_key(w) for w in WORD.findall(e)) for e in lexicon().loanwords | extra
    )


@lru_cache(maxsize=1)
def english_lemma_index() -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """(single words, first word → phrases) of the English lemmas of WordNet that hold a
    foreign-leaning word (stored split and folded: ``tools/build_loanword_table.py``).
    Read at the first word or span that would be judged foreign, not at start-up: a text
    with no candidate never pays for it."""
    return _index(tuple(entry.split()) for entry in lexicon().english_lemmas)


def _index(
    entries: Iterable[tuple[str, ...]],
) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    words: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for parts in entries:
        if len(parts) == 1:
            words.add(parts[0])
        elif parts:
            phrases.setdefault(parts[0], []).append(parts)
    return frozenset(words), phrases


def is_english_lemma(word: str) -> bool:
    """``word`` (normalised) is a WordNet lemma, or a hyphenated spelling of one."""
    words, phrases = english_lemma_index()
    if strip_accents(word) in words:
        return True
    if "-" not in word:
        return False
    parts = tuple(phrase_key(part) for part in word.split("-"))
    return parts in phrases.get(parts[0], ())


class _Connective(NamedTuple):
    """A connective of several words as :meth:`_Analyzer._connective_spans` looks for it."""

    lang: str
    phrase: str
    capitalised: str  # the phrase opening a sentence: Sin embargo
    first: str  # its first word, as is and capitalised
    first_capitalised: str
    rest: frozenset[str]  # its other words
    words: int


@lru_cache(maxsize=32)
def _connectives(extra: frozenset[str]) -> tuple[_Connective, ...]:
    """The lexicon's connectives that no allowed phrase (``extra`` added) holds, in file
    order, parsed once per allow list rather than once per document."""
    _, phrases = _allow_index(extra)
    allowed = {" ".join(parts) for group in phrases.values() for parts in group}
    found = []
    for lang, phrase in lexicon().connectives:
        if strip_accents(phrase) in allowed:
            continue
        words = WORD.findall(phrase)
        first = words[0]
        found.append(
            _Connective(
                lang,
                phrase,
                phrase[:1].upper() + phrase[1:],
                first,
                first[:1].upper() + first[1:],
                frozenset(words[1:]),
                len(phrase.split()),
            )
        )
    return tuple(found)


@lru_cache(maxsize=32)
def _connectives_by_word(extra: frozenset[str]) -> dict[str, tuple[tuple[int, _Connective], ...]]:
    """The :func:`_connectives` (``extra`` allowed), each with its place in file order,
    under one word it needs besides its first (``embargo`` for *sin embargo*): a document
    looks up only those whose word it holds. A connective of one word is filed under ``""``."""
    index: dict[str, list[tuple[int, _Connective]]] = {}
    for place, connective in enumerate(_connectives(extra)):
        key = min(connective.rest) if connective.rest else ""
        index.setdefault(key, []).append((place, connective))
    return {key: tuple(found) for key, found in index.items()}


Verdict = tuple[int, dict[str, float]]


@lru_cache(maxsize=8)
def _shared_verdicts(
    hint: str | None, allow_words: frozenset[str]
) -> tuple[dict[str, Verdict], dict[str, str], set[str]]:
    """The memo of word verdicts for one source-language hint and allow list, of the
    single-word condition (:mod:`checker.analysis.leftovers`) that made a word STRONG, and
    the set of the forms judged ENGLISH (a document's English forms, most of its words, are
    then set aside at C speed).

    A verdict depends on the word, the hint and the allowed words only (the word lists
    are fixed), so the documents of a run, and the blocks of a long file, share one memo
    instead of judging their common words again. Verdicts are never modified.
    """
    return {}, {}, set()


@lru_cache(maxsize=4096)
def detect_language(text: str, candidates: tuple[str, ...] | None) -> tuple[str, float] | None:
    """langdetect's best (language, probability) for ``text``, among ``candidates``.

    Seeded, so the answer is the same on every run; None when langdetect cannot tell.
    """
    from langdetect.lang_detect_exception import LangDetectException

    factory = _detector_factory()
    try:
        detector = factory.create()
        if candidates:
            known = set(factory.get_lang_list())
            priors = {
                _LANGDETECT_CODES.get(c, c): 1.0
                for c in candidates
                if _LANGDETECT_CODES.get(c, c) in known
            }
            if priors:
                detector.set_prior_map(priors)
        detector.append(text)
        best = detector.get_probabilities()
    except LangDetectException:
        return None
    if not best:
        return None
    code = best[0].lang
    reverse = {v: k for k, v in _LANGDETECT_CODES.items()}
    return reverse.get(code, code.split("-")[0]), best[0].prob


@lru_cache(maxsize=1)
def _detector_factory():
    """langdetect's profiles, seeded, loaded lazily (:mod:`checker.analysis.langid`)."""
    from checker.analysis.langid import LazyDetectorFactory

    return LazyDetectorFactory(seed=0)


class WordJudge:
    """Per-token evidence, memoised per word form (a mixin of the analyser)."""

    def verdict(self, value: str) -> Verdict:
        """(ENGLISH | OTHER | POSSIBLE | STRONG, language → Zipf) of a token, memoised."""
        found = self.verdicts.get(value)
        if found is None:
            found = self._judge(normalize(value))
            if found[0] in (OTHER, POSSIBLE) or (found[0] == STRONG and value[:1].isupper()):
                found = self._leftover(value, found)
            elif found[0] == STRONG and self._is_typo(value):
                found = POSSIBLE, found[1]
            self.verdicts[value] = found
        return found

    def _is_typo(self, value: str) -> bool:
        """A lower-case word no English list holds, rare abroad, one letter short of a
        frequent English word (sucessor): a typo, not a leftover."""
        word = normalize(value)
        info = self.lexicon.lookup(word)
        return (
            value.islower()
            and info.english == 0
            and info.best_foreign < THRESHOLDS.typo_foreign
            and is_english_typo(word)
        )

    def _leftover(self, value: str, found: Verdict) -> Verdict:
        """STRONG when the word meets one of the single-word conditions of
        :mod:`checker.analysis.leftovers` (its name is kept in ``self.reasons``)."""
        word = normalize(value)
        if not word.isalpha() or strip_accents(word) in self.allow_words:
            return found
        info = self.lexicon.lookup(word)
        langs: dict[str, float] | None = None
        tail = self.lexicon.rare(word) if info.english == 0 and not info.foreign else ()
        if value.islower() and found[0] != STRONG:
            condition = lowercase_condition(word, info, tail, hint=self.hint)
            if condition is not None:
                reason, langs = condition
            elif value not in CONJUNCTIONS:  # conjunctions have their own reading
                reason, langs = FUNCTION_WORD, function_word(word, info, hint=self.hint)
        elif value[:1].isupper() and value[1:].islower():
            reason, langs = GERMAN_NOUN, german_noun(word, info, self.hint, tail=tail)
        if not langs:
            return found
        self.reasons[value] = reason
        return STRONG, {**found[1], **langs}

    def _judge(self, word: str) -> Verdict:
        if strip_accents(word) in self.allow_words or (
            "-" in word and self._allowed_hyphenated(word)
        ):
            return ENGLISH, {}
        found = self._judge_by_lexicon(word)
        if found[0] != ENGLISH and is_english_lemma(word):
            return ENGLISH, {}  # only a word that may be foreign asks WordNet's lemmas
        return found

    def _judge_by_lexicon(self, word: str) -> Verdict:
        info = self.lexicon.lookup(word)
        if info.english == 0 and not info.foreign:
            unknown = self._judge_unknown(word)
            if unknown is not None:
                return unknown
        english = info.english
        # --source-lang sharpens: weaker evidence suffices for that language, the others
        # keep their thresholds (a document may quote a third language).
        possible = _possible_languages(info)
        if not possible:
            if info.dictionary or english >= BRIDGE_ENGLISH_ZIPF:
                return ENGLISH, _bridge_languages(info)
            return self._by_letters(word, info.english)
        if _may_be_strong(word, info) and self._strong_languages(word, english, possible):
            return STRONG, possible
        kind, by_letters = self._by_letters(word, english)
        if kind == STRONG and not by_letters.keys().isdisjoint(possible):
            return STRONG, possible
        return POSSIBLE, possible

    def _judge_unknown(self, word: str) -> Verdict | None:
        """A word the lexicon does not hold: judged by its stem (a possessive), its elided
        article, or its hyphenated parts; None when none of them applies."""
        stem = _POSSESSIVE.sub("", word)
        if stem != word:
            return self._judge(stem)
        elision = _ELISION.match(word)
        if elision:
            # An elided article (l'accord, d'après, dell'anno) is French, Italian or
            # Catalan whatever the word after it.
            rest = self.lexicon.lookup(elision.group("rest"))
            if not any(k in ELIDING_LANGUAGES for k, _ in rest.foreign):
                return OTHER, {}
            langs = {k: max(rest.zipf_in(k), POSSIBLE_ZIPF) for k in ELIDING_LANGUAGES}
            return STRONG, langs
        if "-" in word:
            return self._judge_parts(word.split("-"))
        return None

    def _strong_languages(
        self, word: str, english: float, possible: dict[str, float]
    ) -> dict[str, float]:
        """The possible languages in which ``word`` is frequent enough, and far enough above
        its English frequency, to be strong evidence."""
        # Short plain-ASCII words that English uses are often abbreviations (num, len,
        # mak): only a function word far more frequent abroad (een, lui, uit) is strong.
        floor = 0.0
        if len(word) < MIN_STRONG_LENGTH:
            floor = SHORT_MARGIN  # à, è, é: only where the language uses them far more
        elif word.isascii() and len(word) <= SHORT_WORD and english >= SHORT_ENGLISH:
            floor = SHORT_MARGIN
        elif english >= USED_IN_ENGLISH:
            # Seen in English text this often: a name (erdoğan, kabul), a loanword, or
            # a function word far more frequent abroad (lui, une), which alone passes.
            floor = USED_MARGIN
        return {
            lang: z
            for lang, z in possible.items()
            if z >= self._strong_zipf(lang)
            and z - english >= max(floor, self._margin(lang) + self._penalty(lang))
        }

    def _allowed_hyphenated(self, word: str) -> bool:
        """A hyphenated spelling of an allowed phrase (fin-de-siècle, coup-de-grâce)."""
        if "-" not in word:
            return False
        parts = tuple(phrase_key(part) for part in word.split("-"))
        return parts in self.allow_phrases.get(parts[0], ())

    def _by_letters(self, word: str, english: float) -> Verdict:
        """A word no list knows, spelt with letters only one language uses (ă, ł, ř, ő, ğ,
        ơ, ß): rarer inflections (contaminată, zniszczonych) that the lists cut off."""
        if english > 0 or len(word) < MIN_STRONG_LENGTH + 1 or word.isascii():
            return OTHER, {}
        for letters, lang in DISTINCTIVE_LETTERS:
            if not letters.isdisjoint(word):
                return STRONG, {lang: POSSIBLE_ZIPF}
        return OTHER, {}

    def _penalty(self, lang: str) -> float:
        return 0.0 if lang == self.hint or lang in MAIN_LANGUAGES else MINOR_PENALTY

    def _strong_zipf(self, lang: str) -> float:
        return HINTED_STRONG_ZIPF if lang == self.hint else STRONG_ZIPF

    def _margin(self, lang: str) -> float:
        return HINTED_MARGIN if lang == self.hint else STRONG_MARGIN

    def _judge_parts(self, parts: list[str]) -> Verdict:
        """A hyphenated word, part by part: foreign when one part is strong evidence and
        every other part may be of the same language, an English word that language uses
        as much included (politique-spectacle)."""
        verdicts = [self._judge(p) for p in parts if p]
        if any(kind == OTHER or (kind == ENGLISH and not other) for kind, other in verdicts):
            return OTHER, {}
        langs = dict(verdicts[0][1])
        for _, other in verdicts[1:]:
            langs = {k: max(v, other[k]) for k, v in langs.items() if k in other}
        if not langs:
            return OTHER, {}
        return (STRONG if any(k == STRONG for k, _ in verdicts) else POSSIBLE), langs


def _possible_languages(info: WordInfo) -> dict[str, float]:
    """The languages in which a word is frequent enough, and enough above English, to be
    possibly foreign (most frequent first: the first to fail ends the search)."""
    english = info.english
    possible_margin = DICTIONARY_MARGIN if info.dictionary else POSSIBLE_MARGIN
    possible = {}
    for lang, z in info.foreign:
        if z < POSSIBLE_ZIPF or z - english < possible_margin:
            break
        possible[lang] = z
    return possible


def _bridge_languages(info: WordInfo) -> dict[str, float]:
    """An English word as frequent in another language (per, con, se) may bridge a span of
    that language: "misure per le famiglie"."""
    bridge = {}
    for lang, z in info.foreign:  # most frequent first
        if z < BRIDGE_ZIPF or z < info.english:
            break
        bridge[lang] = z
    return bridge


def _inflected_from_english(word: str) -> float:
    """The English frequency of the word an English inflection of ``word`` comes from
    (``recompenses``, which English lists hold but hardly count, from ``recompense``): a
    rare inflection of an English word is English, whatever another language does with
    the same letters. 0 when no ending fits."""
    lookup = lexicon().lookup
    best = 0.0
    for ending, base_ending in english_inflections():
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            base = lookup(word[: -len(ending)] + base_ending)
            if base.dictionary:
                best = max(best, base.english)
    return best


def _may_be_strong(word: str, info: WordInfo) -> bool:
    """Whether a possible foreign word may be strong evidence: no English dictionary word,
    or one English hardly uses (SCOWL lists obscure words that are plainly foreign in use:
    très, surtout), long enough or not plain ASCII, and rare enough in English."""
    english = info.english
    if info.dictionary:
        english = max(english, _inflected_from_english(word))
    rare_in_english = (
        english < RARE_DICTIONARY_ZIPF
        and info.best_foreign - english >= RARE_DICTIONARY_MARGIN
        and (len(word) >= 5 or not word.isascii())
    )
    return (not info.dictionary or rare_in_english) and (
        (len(word) >= MIN_STRONG_LENGTH and english < ENGLISH_CEILING)
        or (len(word) < MIN_STRONG_LENGTH and not word.isascii())
    )
