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
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import weakref
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from checker.analysis.leftovers import (
    ABSENT,
    ADJECTIVE_FIRST_LANGUAGES,
    FUNCTION_WORD,
    GERMAN_NOUN,
    THRESHOLDS,
    function_word,
    german_noun,
    is_english_typo,
    lowercase_condition,
)
from checker.analysis.lexicon import (
    LANGUAGE_ALIASES,
    MEMO_LIMIT,
    Lexicon,
    lexicon,
    normalize,
)
from checker.analysis.scripts import HIGH, LOW, MEDIUM, ScriptRun, may_hold_runs, script_runs
from checker.analysis.tokens import WORD, Token

if TYPE_CHECKING:
    from checker.document import Document


# Token verdicts.
ENGLISH, OTHER, POSSIBLE, STRONG = 0, 1, 2, 3

# A word is strong evidence alone when a language uses it this often (Zipf), English at
# most ENGLISH_CEILING, and the language at least STRONG_MARGIN more than English.
STRONG_ZIPF = 3.3
STRONG_MARGIN = 2.0
ENGLISH_CEILING = 3.5
# With --source-lang the prior is known: weaker evidence for that language suffices.
HINTED_STRONG_ZIPF = 3.0
HINTED_MARGIN = 1.5
# A word joins a neighbouring span when the span's language uses it this often and at
# least POSSIBLE_MARGIN (DICTIONARY_MARGIN for English dictionary words) more than English.
POSSIBLE_ZIPF = 3.0
POSSIBLE_MARGIN = 1.0
DICTIONARY_MARGIN = 2.0
MIN_STRONG_LENGTH = 3
ELIDING_LANGUAGES = frozenset({"fr", "it", "ca"})
BRIDGE_ZIPF = 4.0
SHORT_WORD = 4
# A capitalised word opening its sentence before a comma is a connective (Allerdings,
# Tuttavia) when its language uses it this often and English text hardly ever.
CONNECTIVE_ZIPF = 5.0
CONNECTIVE_ENGLISH = 2.0
# Among the few hundred most frequent words of its language: an opener before any word,
# even a name (Según Pedro Sánchez), unless the text puts it after a capital.
OPENER_BEFORE_NAME_ZIPF = 5.5
# Languages whose surnames are mostly common words (Turkish Güzel, Yıldız, Akşam): their
# top words open a sentence only before a comma, a lower-case word of theirs or an article.
WORD_SURNAME_LANGUAGES = frozenset({"tr"})
SYLLABIC_NAME_LANGUAGES = frozenset({"vi"})
# "Junts, the Catalan separatist party, said...": a capitalised word that a closed apposition
# explains is a name, not a connective left untranslated ("Allerdings, the party said...").
_APPOSITION = re.compile(r",[ \t]+(?:the|a|an|its|their|his|her)[ \t][^,.;:!?\n]{1,80},[ \t]+[a-z]")
# Up to this many distinct pieces holding a strong word are located with str.find (one
# scan of the text each); more are found by splitting every line, which costs about as
# much as 24 scans whatever the text's size.
FIND_PIECES = 24
# A sentence is read at most this many words either side of a span.
MAX_SENTENCE_WORDS = 50
# Spans of one language this many words apart or fewer are merged into one.
MERGE_GAP = 2
RARE_DICTIONARY_ZIPF = 2.5
RARE_DICTIONARY_MARGIN = 3.3
# A word English text uses this often (proto, anders, erdoğan) needs a wider margin.
USED_IN_ENGLISH = 2.5
USED_MARGIN = 3.0
SHORT_MARGIN = 3.5
SHORT_ENGLISH = 2.5
# Languages checked without a hint at the base thresholds; the other Latin-script
# languages of the word lists need more evidence (their short words collide with English
# abbreviations more often, and leftovers from them are rarer).
MAIN_LANGUAGES = frozenset("fr es de it pt nl pl cs ro sv tr id vi".split())  # noqa: SIM905
MINOR_PENALTY = 1.0
# langdetect probability English must reach to veto a multi-word span.
ENGLISH_VETO = 0.5
# A document with at least this many words, most of them not English, is checked whole.
DOCUMENT_MIN_WORDS = 12
DOCUMENT_SAMPLE = 2000
DOCUMENT_CONFIDENCE = 0.9

_ELISION = re.compile(
    r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quelqu|dell|dall|nell|sull|all|un|quest)'"
    r"(?P<rest>.+)$"
)
_ELIDED_NAME = re.compile(r"^(?:[ldjmnstc]|qu|dell|dall|nell|sull|all)['’](.)", re.IGNORECASE)
# The word just before or after a name, across one run of spaces.
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \u00a0]+$")
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_ROLE_GAP = re.compile(r",?[ \u00a0]+")
_TITLE_GAP = re.compile(r"\.?[ \u00a0]+")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sen|Rep|Gen|Gov|Col|Capt|Lt|Sgt)\.$")
_QUOTE_OPENERS = frozenset("\"“‘«„'")
_QUOTE_CLOSERS = frozenset("\"”’»'")
_CLOSING_QUOTE = re.compile(r"[\"”»\n]")
# After „ (German, Czech, Polish) the closing mark is “ or ”.
_LOW_CLOSING_QUOTE = re.compile(r"[“”\n]")
# The word before an opening mark (said „), the two words after a closing one (”, he said).
_WORDS_BEFORE_QUOTE = re.compile(r"([^\W\d_]+),?:?[ \u00a0]*$")
_WORDS_AFTER_QUOTE = re.compile(r"[,.]?[ \u00a0]+([^\W\d_]+)(?:[ \u00a0]+([^\W\d_]+))?")
MAX_TITLE_WORDS = 10
_PUNCTUATION = ".,;:!?\"“”‘’«»„‹›()[]{}—–-‐…*_/\\'`#|<>=+~@$%^&"
_POSSESSIVE = re.compile(r"'s$")
_SPACES = re.compile(r"[ \t\u00a0\u202f]+")
_SENTENCE_END = re.compile(r"[.!?…:;]")
_OPENERS = "\"“‘«„‹'([*_"
# Words before a quoted or plain term that show it is cited, named or glossed on purpose.
_CITATION_CUE = re.compile(
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
# Citing words are looked for this many characters back, on the span's line.
CUE_WIDTH = 60


def _ends_with_citation_cue(before: str) -> bool:
    """``before`` ends with a citing word (the word, called, in French), maybe followed
    by an opening quote, parenthesis or emphasis mark."""
    return _CITATION_CUE.search(before.rstrip(" \"“‘«„'*_(")) is not None


# Before a quotation, words that cite what it holds as a term: what the French call an
# "épisode cévenol", a feeling Germans call "Torschlusspanik", their so-called "furbizia".
_QUOTED_TERM_CUE = re.compile(
    r"\b(?:(?:call|calls|calling|called|so-called|term|terms|name|names|named|word|words|"
    r"expression|phrase|concept|notion|known(?:\s+\w+ly)?\s+as)"
    r"(?:\s+(?:it|them|this|that|him|her|what))?(?:\s+(?:a|an|the|their|its|his|her))?"
    # verbs that only name: dubbed the reform "la ley mordaza"
    r"|(?:dub|dubs|dubbed|nickname|nicknames|nicknamed|termed|christened|branded)"
    r"(?:\s+[\w’'-]+){0,3})$",
    re.IGNORECASE,
)
# The end of a quoted term: its closing quote, maybe after a comma or a full stop.
_TERM_CLOSE = re.compile(r"[,.;:!?]?[\"“”’»']")  # “ closes „
MAX_TERM_WORDS = 6
# A gloss after the term: "juche (self-reliance)", "muet, meaning silent".
_GLOSS_AFTER = re.compile(r"^[\"”’»*_]?\s*(?:\(|,\s*(?:meaning|or|literally)\b|—\s*“)")

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
# Lower-case words that belong inside names (Ursula von der Leyen, Museo del Prado).
NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "delle",
        "dei",
        "dal",
        "dalla",
        "degli",
        "der",
        "den",
        "des",
        "di",
        "da",
        "das",
        "dos",
        "do",
        "du",
        "van",
        "von",
        "ter",
        "ten",
        "te",
        "zu",
        "la",
        "le",
        "les",
        "lo",
        "los",
        "las",
        "el",
        "al",
        "bin",
        "bint",
        "ibn",
        "y",
        "e",
        "et",
        "und",
        "och",
        "af",
        "av",
        "ben",
        "ap",
    }
)
MAX_PARTICLES = 3  # von der, de la, van den
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
# English words that may stand before a letter or a conjunction-like token in English
# (x and y, vitamin e, where e is, type i): no conjunction is reported after them.
_NOT_BEFORE_CONJUNCTION = frozenset(
    """the a an of to in on at by for from with and or but nor as is was are were be been
    being has have had do does did will would can could should may might must shall if
    where when whence let that this these those than then so not no its his her their our
    my your which who whom whose what whether while about into onto over under between
    per via plus minus times equals say said says i we you he she it they me him them us
    letter letters vitamin type class grade plan section option group category point
    variable constant vector axis exhibit appendix item figure phase stage level size row
    column schedule channel route model series version mode hepatitis generation square
    unit block division league tier word pronounced spelled spelt named called value
    values coordinate coordinates function parameter lowercase uppercase capital small
    big number index vowel sound plot plots graph draw set solve find compute""".split()  # noqa: SIM905
)
# English words that, after the token, show it is a symbol (where e is, y equals).
_NOT_AFTER_CONJUNCTION = frozenset(
    """is are was were equals denotes represents has have had and or of to axis
    coordinate coordinates chromosome value values against versus intercept""".split()  # noqa: SIM905
)
# A heading word must be a common word of the language (not a rare, name-like one).
HEADING_WORD_ZIPF = 3.0
HEADING_CONFIDENCE = 0.5
# English text never uses a word below this Zipf (the English list stops at 1.5): a
# heading of plain vocabulary has such a word, a newspaper's or a place's name seldom.
UNSEEN_ENGLISH = 1.0
# Lower-case words inside a run of capitals that still read as a name (dello, della, am).
NAME_FUNCTION_ZIPF = 5.0
NAME_FUNCTION_LENGTH = 5
# wordfreq code → langdetect code.
_LANGDETECT_CODES = {"nb": "no", "sh": "hr", "zh": "zh-cn"}


@dataclass(frozen=True, slots=True)
class ForeignSpan:
    """``text[start:end]`` is in ``lang``; ``whole`` when it is all of its sentence."""

    start: int
    end: int
    lang: str
    words: int
    confidence: int
    whole: bool = False
    heading: bool = False
    reason: str = ""


@dataclass
class LanguageReport:
    """Everything the language rules report on one document."""

    spans: list[ForeignSpan] = field(default_factory=list)
    scripts: list[ScriptRun] = field(default_factory=list)
    document_lang: str | None = None
    english_words: int = 0
    foreign_words: int = 0


_REPORTS: weakref.WeakKeyDictionary[Document, LanguageReport] = weakref.WeakKeyDictionary()


def language_report(doc: Document) -> LanguageReport:
    """The language analysis of ``doc``, computed once and shared by the L rules."""
    report = _REPORTS.get(doc)
    if report is None:
        report = _Analyzer(doc).run()
        _REPORTS[doc] = report
    return report


def piece_words(text: str) -> dict[str, tuple[list[str], int]]:
    """Each distinct white-space-separated piece of ``text``: its words and its count.

    Splitting and counting are done in C; only a distinct piece that is not a plain word
    once punctuation is trimmed goes through the word regex.
    """
    pieces: dict[str, tuple[list[str], int]] = {}
    for piece, count in Counter(text.split()).items():
        core = piece.strip(_PUNCTUATION)
        pieces[piece] = ([core] if core.isalpha() else WORD.findall(piece), count)
    return pieces


def word_counts(text: str) -> Counter[str]:
    """How often each word (as :data:`WORD` finds them) occurs in ``text``."""
    return _counted(piece_words(text))


def _counted(pieces: dict[str, tuple[list[str], int]]) -> Counter[str]:
    """The word counts of a text from its :func:`piece_words`."""
    words: Counter[str] = Counter()
    for found, count in pieces.values():
        for word in found:
            words[word] += count
    return words


def is_capitalised(value: str) -> bool:
    """Starts with a capital, after an elided article too (d'Orsay, l'Élysée)."""
    if value[:1].isupper():
        return True
    elision = _ELIDED_NAME.match(value)
    return elision is not None and elision.group(1)[:1].isupper()


def strip_accents(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def phrase_key(word: str) -> str:
    """The form allowed words and phrases are matched in: lower case, ``'`` apostrophes,
    no accents (memoised: span checks ask for the same words again and again)."""
    return strip_accents(normalize(word))


@lru_cache(maxsize=32)
def _allow_index(extra: frozenset[str]) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """(allowed single words, first word → allowed phrases), accent-insensitive."""
    words: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for entry in lexicon().loanwords | extra:
        parts = tuple(phrase_key(w) for w in WORD.findall(entry))
        if not parts:
            continue
        if len(parts) == 1:
            words.add(parts[0])
        else:
            phrases.setdefault(parts[0], []).append(parts)
    return frozenset(words), phrases


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


Verdict = tuple[int, dict[str, float]]


@lru_cache(maxsize=8)
def _shared_verdicts(
    hint: str | None, allow_words: frozenset[str]
) -> tuple[dict[str, Verdict], dict[str, str]]:
    """The memo of word verdicts for one source-language hint and allow list, and of the
    single-word condition (:mod:`checker.analysis.leftovers`) that made a word STRONG.

    A verdict depends on the word, the hint and the allowed words only (the word lists
    are fixed), so the documents of a run, and the blocks of a long file, share one memo
    instead of judging their common words again. Verdicts are never modified.
    """
    return {}, {}


class _Analyzer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.analysis_text
        self.lexicon: Lexicon = lexicon()
        hint = doc.source_lang or doc.settings.source_lang
        self.hint = LANGUAGE_ALIASES.get(hint, hint) if hint else None
        self.hint_known = self.hint in self.lexicon.languages if self.hint else False
        self.allow_words, self.allow_phrases = _allow_index(doc.settings.allow_set)
        self.verdicts, self.reasons = _shared_verdicts(self.hint, self.allow_words)
        if len(self.verdicts) >= MEMO_LIMIT:
            self.verdicts.clear()  # between documents: a long run keeps no whole vocabulary
            self.reasons.clear()
        self._headings: list[tuple[int, int]] | None = None
        self._capital_neighbours = CapitalNeighbours(self.text)
        self.title_values: set[str] = set()
        self.strong_values: set[str] = set()
        # Every value _line_spans stops at: strong words, titles, conjunctions.
        self.marked_values: set[str] = set()
        self._counts: dict[str, int] = {}
        self.conjunction_values: set[str] = set()
        self._noun_memo: dict[str, bool] = {}

    # Per-token evidence ----------------------------------------------------------------

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
        if strip_accents(word) in self.allow_words:
            return ENGLISH, {}
        info = self.lexicon.lookup(word)
        if info.english == 0 and not info.foreign:
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
        english = info.english
        # --source-lang sharpens: weaker evidence suffices for that language, the others
        # keep their thresholds (a document may quote a third language).
        candidates = list(info.foreign)
        possible_margin = DICTIONARY_MARGIN if info.dictionary else POSSIBLE_MARGIN
        possible = {}
        for lang, z in candidates:  # most frequent first: the first to fail ends the search
            if z < POSSIBLE_ZIPF or z - english < possible_margin:
                break
            possible[lang] = z
        if not possible:
            if info.dictionary or english >= 4.0:
                # An English word as frequent in another language (per, con, se) may
                # bridge a span of that language: "misure per le famiglie".
                bridge = {}
                for lang, z in candidates:  # most frequent first
                    if z < BRIDGE_ZIPF or z < english:
                        break
                    bridge[lang] = z
                return ENGLISH, bridge
            return self._by_letters(word, info.english)
        # SCOWL lists obscure words that are plainly foreign in use (très, surtout): a
        # dictionary word English hardly uses and another language uses far more can be
        # strong evidence too.
        rare_in_english = (
            english < RARE_DICTIONARY_ZIPF
            and info.best_foreign - english >= RARE_DICTIONARY_MARGIN
            and (len(word) >= 5 or not word.isascii())
        )
        if (not info.dictionary or rare_in_english) and (
            (len(word) >= MIN_STRONG_LENGTH and english < ENGLISH_CEILING)
            or (len(word) < MIN_STRONG_LENGTH and not word.isascii())
        ):
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
            strong = {
                lang: z
                for lang, z in possible.items()
                if z >= self._strong_zipf(lang)
                and z - english >= max(floor, self._margin(lang) + self._penalty(lang))
            }
            if strong:
                return STRONG, possible
        kind, by_letters = self._by_letters(word, english)
        if kind == STRONG and not by_letters.keys().isdisjoint(possible):
            return STRONG, possible
        return POSSIBLE, possible

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

    # The pass over the document ----------------------------------------------------------

    def run(self) -> LanguageReport:
        """One C-level pass counts the word forms; each distinct form is judged once; only
        the lines holding a strong foreign word are tokenised and read in context."""
        report = LanguageReport()
        text = self.text
        verdict = self.verdict
        english = foreign = 0
        strong: list[str] = []
        pieces = piece_words(text)
        counts = _counted(pieces)
        for value, count in counts.items():
            kind = verdict(value)[0]
            if kind == ENGLISH:
                english += count
            elif kind >= POSSIBLE:
                # Capitalised words are mostly names: they do not make a document foreign.
                if value[:1].islower():
                    foreign += count
                if kind == STRONG:
                    strong.append(value)
        report.english_words, report.foreign_words = english, foreign
        if may_hold_runs(pieces):
            report.scripts = list(self._script_runs())
        if self._is_foreign_document(report):
            return report
        titles = self.lexicon.titles
        self.title_values = {v for v in counts if normalize(v) in titles}
        self.conjunction_values = {v for v in counts if v in CONJUNCTIONS}
        self.strong_values = set(strong)
        self.marked_values = self.strong_values | self.title_values | self.conjunction_values
        strong_set = self.strong_values | self.title_values
        strong_pieces = {
            piece for piece, (found, _) in pieces.items() if not strong_set.isdisjoint(found)
        }
        # A conjunction is read only where it stands alone between spaces.
        strong_pieces.update(v for v in self.conjunction_values if v in pieces)
        conjunctions: list[tuple[list[Token], int]] = []
        new = tuple.__new__  # as tokens.tokenize builds them: no NamedTuple constructor
        for line_start, line_end in self._lines_with(strong_pieces):
            tokens = [
                new(Token, (m.start(), m.end(), m.group()))
                for m in WORD.finditer(text, line_start, line_end)
            ]
            report.spans.extend(self._line_spans(tokens, conjunctions))
        connectives = self._connective_spans(report.spans, counts)
        if connectives:
            # "No entanto" replaces its strong word "entanto" found alone.
            covering = _Intervals(connectives)
            report.spans = [
                span for span in report.spans if not covering.inside(span.start, span.end)
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

    def _lines_with(self, pieces: set[str]) -> list[tuple[int, int]]:
        """(start, end) of every line holding one of ``pieces`` (white-space separated).

        A few pieces are found with ``str.find`` (C speed); many (a text full of
        leftovers) by splitting each line.
        """
        if not pieces:
            return []
        text = self.text
        if len(pieces) > FIND_PIECES:
            lines = []
            start = 0
            for line in text.split("\n"):
                if not pieces.isdisjoint(line.split()):
                    lines.append((start, start + len(line)))
                start += len(line) + 1
            return lines
        starts: set[int] = set()
        for piece in pieces:
            position = text.find(piece)
            while position >= 0:
                end = position + len(piece)
                if (position == 0 or text[position - 1].isspace()) and (
                    end == len(text) or text[end].isspace()
                ):
                    starts.add(text.rfind("\n", 0, position) + 1)
                position = text.find(piece, end)
        bounds = []
        for start in sorted(starts):
            end = text.find("\n", start)
            bounds.append((start, len(text) if end < 0 else end))
        return bounds

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

    # Spans ---------------------------------------------------------------------------

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
        return [
            len(phrase)
            for phrase in self.allow_phrases.get(keys[offset], ())
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
        reason = self.reasons.get(members[0].value, "") if len(members) == 1 else ""
        if len(members) > 1 and all(self.reasons.get(t.value) == FUNCTION_WORD for t in strong):
            return None  # function words alone do not make a passage (1er mai)
        if reason == FUNCTION_WORD and not self._between_english(tokens, first, symbols=False):
            return None  # a function word counts only between two English words
        whole = self._covers_sentence(tokens, first, last)
        if self._is_cited(start, end, members, deliberate_only=reason == ABSENT):
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

    def _in_name(
        self,
        tokens: list[Token],
        first: int,
        last: int,
        lang: str,
        initial: bool,
        opener: bool,
        reason: str,
    ) -> bool:
        """The span is part of a name: it continues one, is a person's name in lower case,
        or is a run of capitalised words (Il Fatto Quotidiano)."""
        start = tokens[first].start
        return (
            self._continues_name(
                tokens, first, last, initial or self._opens_quotation(start), reason == ABSENT, lang
            )
            or self._lowercase_name(tokens, first, last, lang)
            or self._given_name_person(tokens, first, last)
            or (not opener and self._is_name_run(tokens[first : last + 1], lang))
        )

    def _may_belong(self, value: str, lang: str) -> bool:
        """A word between two spans of ``lang`` that may be of ``lang`` too."""
        if value[:1].isupper():
            return False
        kind, langs = self.verdict(value)
        if kind == OTHER or lang in langs:
            return True
        return self.lexicon.lookup(normalize(value)).zipf_in(lang) >= POSSIBLE_ZIPF

    def _continues_name(
        self,
        tokens: list[Token],
        first: int,
        last: int,
        initial: bool,
        absent: bool = False,
        lang: str = "",
    ) -> bool:
        """Names of institutions often keep lower-case words after a capital mid-sentence:
        the Académie française, Reporters sans frontières, Prawo i Sprawiedliwość. A word
        ``absent`` from English continues only a capital that is no English word; a German
        noun starts no name; no name goes on after a possessive (Axa's); in a language that
        puts adjectives first, a lower-case word belongs to a name only before a capital."""
        if is_capitalised(tokens[first].value) and not initial:
            return not self._is_german_noun(tokens[first].value)
        if first > 0 and self._adjacent(tokens[first - 1], tokens[first]):
            before = tokens[first - 1]
            if not is_capitalised(before.value) or self._is_initial(before.start):
                return False
            if before.value.endswith(("'s", "’s")):
                return False
            if lang in ADJECTIVE_FIRST_LANGUAGES and not self._capital_follows(tokens, first, last):
                return False
            # the Minister verschlüsseln: no name goes on
            return not (absent and self.lexicon.lookup(normalize(before.value)).dictionary)
        return False

    def _name_like(self, tokens: list[Token], index: int) -> bool:
        """A capitalised word, or a particle (de, della, von der) before or after one;
        German nouns are no names here."""
        value = tokens[index].value
        if is_capitalised(value):
            return self._is_initial(tokens[index].start) or not self._is_german_noun(value)
        if normalize(value) not in NAME_PARTICLES:
            return False
        for step in (-1, 1):
            j = index
            while 0 <= j + step < len(tokens) and abs(j - index) < MAX_PARTICLES:
                left, right = sorted((tokens[j], tokens[j + step]))
                if not self._adjacent(left, right):
                    break
                j += step
                if is_capitalised(tokens[j].value):
                    return not self._is_german_noun(tokens[j].value)
                if normalize(tokens[j].value) not in NAME_PARTICLES:
                    break
        return False

    def _in_full_name(self, value: str) -> bool:
        """The word stands beside another capitalised word somewhere in the document
        (Lena Zürcher, Małgorzata Wiśniewska): it is part of a name."""
        before, after = self._capital_neighbours(value)
        return before or after

    def _strong_lowercase(self, strong: list[Token]) -> bool:
        return any(not is_capitalised(t.value) for t in strong)

    def _capitalised_single(self, token: Token, lang: str, initial: bool) -> ForeignSpan | None:
        """A lone capitalised foreign word: a name or a German noun (at most LOW), or a
        sentence connective left untranslated (MEDIUM).

        "Allerdings, the plan...", "Jednak, officials...": a word that opens its sentence,
        is followed by a comma, is among the most frequent words of its language and is
        almost never seen in English text is a connective, not a name (names frequent as
        words abroad, Paz, Rosa, Kurz, are seen in English text). Vietnamese is left out:
        its family names are common syllables (Lý, Hồ).
        """
        if not initial and self.reasons.get(token.value) == GERMAN_NOUN:
            return self._german_noun(token)
        if not initial and lang != "de":
            return None  # inside a sentence, a name (German nouns aside)
        info = self.lexicon.lookup(normalize(token.value))
        if info.proper_noun or info.english >= 2.0 or self._in_full_name(token.value):
            return None
        zipf = self.verdict(token.value)[1].get(lang, 0.0)
        if (
            initial
            and self.text.startswith(",", token.end)
            and _APPOSITION.match(self.text, token.end) is None
            and zipf >= CONNECTIVE_ZIPF
            and info.english < CONNECTIVE_ENGLISH
            and lang not in SYLLABIC_NAME_LANGUAGES
        ):
            return ForeignSpan(token.start, token.end, lang, 1, MEDIUM, reason="connective")
        return ForeignSpan(token.start, token.end, lang, 1, LOW, reason="capitalised")

    def _german_noun(self, token: Token) -> ForeignSpan | None:
        """A German common noun inside an English sentence (the Präsident said): MEDIUM
        unless the document uses it as a name elsewhere (beside another capital), it
        follows a title (Mr, Herr) or takes a possessive 's, or it is cited on purpose."""
        text = self.text
        if self._beside_name(token.value) or text.startswith(("'s", "’s"), token.end):
            return None
        before = _WORD_BEFORE.search(text, max(0, token.start - 40), token.start)
        if before is not None and normalize(before.group(1)) in self._titles():
            return None
        if _TITLE_BEFORE.search(text, max(0, token.start - 8), token.start):
            return None
        if self._is_cited(token.start, token.end, [token], deliberate_only=True):
            return ForeignSpan(token.start, token.end, "de", 1, LOW, reason="cited")
        return ForeignSpan(token.start, token.end, "de", 1, MEDIUM, reason=GERMAN_NOUN)

    def _is_german_noun(self, value: str) -> bool:
        """``value`` meets the german-noun condition and never stands beside a name."""
        found = self._noun_memo.get(value)
        if found is None:
            self.verdict(value)
            found = self.reasons.get(value) == GERMAN_NOUN and not self._beside_name(value)
            self._noun_memo[value] = found
        return found

    def _beside_name(self, value: str) -> bool:
        """Somewhere in the document ``value`` stands beside a capitalised word that may
        be part of a name (Anna Festen, the Sparkassen Cup): neither a German noun nor
        the first word of a sentence; or it opens a sentence without an article before
        an English word, as a name does ("Festen is also shortlisted")."""
        text = self.text
        position = text.find(value)
        while position >= 0:
            end = position + len(value)
            if self._is_initial(position) and self._english_after(end):
                return True
            before = _WORD_BEFORE.search(text, max(0, position - 40), position)
            after = _WORD_AFTER.match(text, end)
            if before is not None and self._may_be_name(before.group(1), before.start(1)):
                return True
            if after is not None and self._may_be_name(after.group(1), after.start(1)):
                return True
            position = text.find(value, end)
        return False

    def _english_after(self, end: int) -> bool:
        """A lower-case English dictionary word follows ``end`` across one space."""
        after = _WORD_AFTER.match(self.text, end)
        if after is None or after.start() != end or not after.group(1).islower():
            return False
        return self.lexicon.lookup(after.group(1)).dictionary

    def _may_be_name(self, value: str, start: int) -> bool:
        if not value[:1].isupper():
            return False
        if self._is_initial(start):  # Lena Zürcher; not The, At
            info = self.lexicon.lookup(normalize(value))
            return info.proper_noun or not info.dictionary
        self.verdict(value)  # judged, so its condition is known
        return self.reasons.get(value) != GERMAN_NOUN

    def _titles(self) -> frozenset[str]:
        """Lower-case titles and roles of English and of other languages (mr, herr)."""
        return _roles() | frozenset(self.lexicon.titles)

    def _is_opener(self, tokens: list[Token], index: int, lang: str) -> bool:
        """``tokens[index]`` opens its sentence and is a preposition or connective of
        ``lang`` left untranslated (Laut, Según, Selon, Volgens, Według), not a name.

        The word must be among the most frequent of its language and almost never seen in
        English text (names frequent as words abroad, Paz, Rosa, Kurz, are), never seen in
        the document beside another capital (a full name), and followed by a comma, a
        lower-case word or a frequent function word of its language (an article).
        Vietnamese is left out: its family names are common syllables (Lý, Hồ).
        """
        token = tokens[index]
        if lang in SYLLABIC_NAME_LANGUAGES:
            return False
        info = self.lexicon.lookup(normalize(token.value))
        if (
            info.proper_noun
            or info.english >= CONNECTIVE_ENGLISH
            or info.zipf_in(lang) < CONNECTIVE_ZIPF
        ):
            return False
        adjacent = index + 1 < len(tokens) and self._adjacent(token, tokens[index + 1])
        if (
            adjacent
            and info.zipf_in(lang) >= OPENER_BEFORE_NAME_ZIPF
            and lang not in WORD_SURNAME_LANGUAGES
            and not self._after_capital(token.value)
        ):
            # Según Pedro Sánchez, Selon the report: a top word of its language, not a name.
            return True
        if self._in_full_name(token.value):
            return False
        if self.text.startswith(",", token.end):
            return _APPOSITION.match(self.text, token.end) is None
        if not adjacent:
            return False
        after = tokens[index + 1].value
        if not is_capitalised(after) and self.verdict(after)[0] >= POSSIBLE:
            return True  # Según fuentes, Selon lui
        # An article or preposition of the language: Laut der, Según El País, Volgens de.
        info = self.lexicon.lookup(normalize(after))
        return info.zipf_in(lang) >= CONNECTIVE_ZIPF and info.zipf_in(lang) > info.english

    def _lowercase_name(self, tokens: list[Token], first: int, last: int, lang: str) -> bool:
        """A person's name written in lower case after a role (coach tomasz wieczorek,
        spokeswoman ingrid van houten): a name defect, not source text. The name's first
        word must read as a name: a known proper noun, or seen in English text (foreign
        common words are not) without being a dictionary or function word; the others
        are particles or words no English dictionary lists."""
        if last - first + 1 > MAX_PARTICLES + 1:
            return False
        start = first
        while start > 0 and first - start < 2 and self._adjacent(tokens[start - 1], tokens[start]):
            word = normalize(tokens[start - 1].value)
            if not tokens[start - 1].value.islower() or not self.lexicon.lookup(word).proper_noun:
                break
            start -= 1  # ingrid, before "van houten"
        if start == 0:
            return False
        role = tokens[start - 1]
        gap = self.text[role.end : tokens[start].start]
        if not _ROLE_GAP.fullmatch(gap) or role.value.lower() not in _roles():
            return False  # coach tomasz wieczorek; the captain, sebastián okonkwo
        for token in tokens[start : last + 1]:
            word = normalize(token.value)
            if not token.value.islower():
                return False
            if (
                token is not tokens[start]
                and word not in NAME_PARTICLES
                and self.lexicon.lookup(word).dictionary
            ):
                return False
        info = self.lexicon.lookup(normalize(tokens[start].value))
        if info.dictionary or info.zipf_in(lang) >= CONNECTIVE_ZIPF:
            return False
        return info.proper_noun or info.english >= RARE_DICTIONARY_ZIPF - 1.0

    def _given_name_person(self, tokens: list[Token], first: int, last: int) -> bool:
        """A person's name, maybe written in lower case, where a name stands: a known given
        name, then one or two words (with particles) that are no common word of any
        language, after a role or "according to" or beside a reporting verb (carlos ibáñez
        said; according to maría lópez). A name defect, not source text."""
        start = first
        if not _is_given_name(tokens[start].value):
            if start == 0 or not self._adjacent(tokens[start - 1], tokens[start]):
                return False
            start -= 1
            if not _is_given_name(tokens[start].value):
                return False
        stop = last + 1  # the name may go on past the span: maría lópez garcía
        while stop < len(tokens) and stop - start < MAX_NAME_WORDS:
            if not self._adjacent(tokens[stop - 1], tokens[stop]):
                break
            if not self._surname_like(tokens[stop].value):
                break
            stop += 1
        rest = tokens[start + 1 : stop]
        surnames = [t for t in rest if normalize(t.value) not in NAME_PARTICLES]
        if not 1 <= len(surnames) <= 2 or len(rest) > MAX_NAME_WORDS - 1:
            return False
        if not all(
            normalize(t.value) in NAME_PARTICLES or self._surname_like(t.value) for t in rest
        ):
            return False
        return self._in_name_position(tokens, start, stop)

    def _surname_like(self, value: str) -> bool:
        """A word that may be a family name: no English dictionary word, no common word of
        any language, and seen as a name (or rare everywhere)."""
        info = self.lexicon.lookup(normalize(value))
        if info.dictionary or info.best_foreign >= CONNECTIVE_ZIPF:
            return False
        return info.proper_noun or info.english >= SURNAME_ENGLISH_ZIPF or info.best_foreign < 4.0

    def _in_name_position(self, tokens: list[Token], start: int, stop: int) -> bool:
        """Tokens ``start``..``stop`` stand where a person's name stands: after a role,
        after "according to", before or after a reporting verb."""
        text = self.text
        verbs = _speech_verbs()
        if stop < len(tokens):
            gap = text[tokens[stop - 1].end : tokens[stop].start]
            if _ROLE_GAP.fullmatch(gap) and tokens[stop].value.lower() in verbs:
                return True  # carlos ibáñez said
            if gap.startswith(",") and self._role_follows(tokens, stop):
                return True  # carlos ibáñez, the mayor, ...
        if start == 0:
            return False
        before = tokens[start - 1]
        gap = text[before.end : tokens[start].start]
        if not _ROLE_GAP.fullmatch(gap):
            return False
        word = before.value.lower()
        if word in verbs or word in _roles():
            return True  # said carlos ibáñez; the minister, joan puig
        return word == "to" and start >= 2 and tokens[start - 2].value.lower() == "according"

    def _role_follows(self, tokens: list[Token], index: int) -> bool:
        """A role in apposition starts at ``index``: (the) mayor, (a) lawyer."""
        word = tokens[index].value.lower()
        if word in _APPOSITION_DETERMINERS and index + 1 < len(tokens):
            word = tokens[index + 1].value.lower()
        return word in _roles()

    def _after_capital(self, value: str) -> bool:
        """``value`` follows a capitalised word somewhere in the text (Anna Laut)."""
        return self._capital_neighbours(value)[0]

    def _is_name_run(self, members: list[Token], lang: str) -> bool:
        """Two capitalised words or more with only short function words between them
        (La Gazzetta dello Sport, Il Fatto Quotidiano): the name of a newspaper or an
        organisation, in English text as much as in its own."""
        capitals = 0
        for token in members:
            if is_capitalised(token.value):
                capitals += 1
                continue
            word = normalize(token.value)
            if len(word) > NAME_FUNCTION_LENGTH or (
                word not in NAME_PARTICLES
                and self.lexicon.lookup(word).zipf_in(lang) < NAME_FUNCTION_ZIPF
            ):
                return False
        return capitals >= 2

    def _foreign_heading(
        self, start: int, lang: str, langs: dict[str, float]
    ) -> ForeignSpan | None:
        """A heading of capitalised words, all common words of ``lang`` (Schwierige
        Verhandlungen): in a heading capitals are no sign of a name. Bylines and names of
        places stay silent: every word must be a frequent word of the language, not a
        known proper noun, and not found again in the rest of the document (a name
        recurs); langdetect must agree."""
        bounds = self._heading_at(start)
        if bounds is None:
            return None
        words = list(WORD.finditer(self.text, *bounds))
        if len(words) < 2:
            return None
        if all(self.lexicon.lookup(normalize(m.group())).english >= UNSEEN_ENGLISH for m in words):
            return None  # names of papers and places are cited in English (Gazeta Wyborcza)
        for match in words:
            value = match.group()
            kind, found = self.verdict(value)
            if kind < POSSIBLE or found.get(lang, 0.0) < HEADING_WORD_ZIPF:
                return None
            if self.lexicon.lookup(normalize(value)).proper_noun:
                return None
            if self._found_outside(value, bounds):
                return None
        first, last = words[0].start(), words[-1].end()
        detected = detect_language(self.text[first:last], self._candidates(lang, langs))
        if detected is None or detected[0] not in langs or detected[1] < HEADING_CONFIDENCE:
            return None
        return ForeignSpan(first, last, detected[0], len(words), HIGH, True, True)

    def _found_outside(self, value: str, bounds: tuple[int, int]) -> bool:
        """``value`` occurs in the text outside ``bounds`` (counts memoised: linear)."""
        total = self._counts.get(value)
        if total is None:
            total = self._counts[value] = self.text.count(value)
        return total > self.text.count(value, *bounds)

    def _title_span(self, tokens: list[Token], index: int) -> ForeignSpan | None:
        """A title or form of address of another language just before a name: "Herr
        Schmidt", "Bürgermeister Krause", "la alcaldesa Gómez" (MEDIUM)."""
        token = tokens[index]
        langs = self.lexicon.titles.get(normalize(token.value), ())
        if self.hint in langs:
            langs = (self.hint,)  # --source-lang: its reading first
        if not langs:
            return None
        lang = langs[0]
        if index + 1 >= len(tokens):
            return None
        name = tokens[index + 1]
        gap = self.text[token.end : name.start]
        if not _TITLE_GAP.fullmatch(gap) or not name.value[:1].isupper():
            return None
        if "." in gap and len(token.value) > SHORT_WORD:
            return None  # a sentence ends after the word
        if index > 0 and self._adjacent(tokens[index - 1], token):
            before = tokens[index - 1].value
            if normalize(before) in NAME_PARTICLES or (
                is_capitalised(before) and not self._is_initial(tokens[index - 1].start)
            ):
                return None  # Trudy Herr, Avenue du Général Leclerc
        if self._is_cited(token.start, name.end, [token, name]):
            return None
        return ForeignSpan(token.start, token.end, lang, 1, MEDIUM, reason="title")

    def _connective_spans(
        self, found: list[ForeignSpan], counts: Counter[str]
    ) -> list[ForeignSpan]:
        """Connectives of several words that look English word by word (Sin embargo, No
        entanto), opening a sentence or between commas (MEDIUM). Only a phrase whose words
        all occur in the text is looked for."""
        text = self.text
        spans: list[ForeignSpan] = []
        taken = _Intervals(found)
        for connective in _connectives(self.doc.settings.allow_set):
            if not connective.rest <= counts.keys():
                continue
            forms = []
            if connective.first_capitalised in counts:
                forms.append((connective.capitalised, True))
            if connective.first in counts:
                forms.append((connective.phrase, False))
            for form, initial in forms:
                position = text.find(form)
                while position >= 0:
                    end = position + len(form)
                    if self._connective_at(position, end, initial) and not (
                        taken.overlaps_outside(position, end)
                    ):
                        spans.append(
                            ForeignSpan(
                                position,
                                end,
                                connective.lang,
                                connective.words,
                                MEDIUM,
                                reason="connective",
                            )
                        )
                    position = text.find(form, end)
        return spans

    def _connective_at(self, start: int, end: int, initial: bool) -> bool:
        text = self.text
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            return False
        following = text[end : end + 2]
        if initial:
            if not self._is_initial(start):
                return False
            if following[:1] == ",":
                return True
            return following[:1] == " " and following[1:2].islower()
        before = text[max(0, start - 2) : start]
        return before == ", " and following[:1] == ","

    def _conjunction_spans(
        self, candidates: list[tuple[list[Token], int]], found: list[ForeignSpan]
    ) -> list[ForeignSpan]:
        """Conjunctions of another language alone between two English words (MEDIUM;
        the ambiguous ones only when the document holds another leftover of their
        language, LOW otherwise)."""
        languages = {span.lang for span in found if span.confidence >= MEDIUM}
        taken = _Intervals(found)
        spans = []
        for tokens, index in candidates:
            token = tokens[index]
            if taken.overlaps(token.start, token.end):
                continue
            langs = CONJUNCTIONS[token.value]
            if self.hint in langs:
                langs = (self.hint,)
            if not self._between_english(tokens, index):
                continue
            known = [lang for lang in langs if lang in languages]
            lang = known[0] if known else langs[0]
            ambiguous = token.value in AMBIGUOUS_CONJUNCTIONS and not (known or lang == self.hint)
            confidence = LOW if ambiguous else MEDIUM
            spans.append(
                ForeignSpan(token.start, token.end, lang, 1, confidence, reason="conjunction")
            )
        return spans

    def _between_english(self, tokens: list[Token], index: int, symbols: bool = True) -> bool:
        """Lower-case English words on both sides across single spaces; with ``symbols``
        (a word that may be a letter), the one before a content word, the one after no
        sign of a symbol (x and y, where e is)."""
        if index == 0 or index + 1 >= len(tokens):
            return False
        before, token, after = tokens[index - 1], tokens[index], tokens[index + 1]
        text = self.text
        if text[before.end : token.start] != " " or text[token.end : after.start] != " ":
            return False
        first = before.value
        if self._is_initial(before.start):
            first = first.lower()  # "Farmers und traders protested"
        for word in (first, after.value):
            if not word.isalpha() or not word.islower() or self.verdict(word)[0] != ENGLISH:
                return False
            if not self.lexicon.lookup(word).dictionary:
                return False
        if symbols and (
            len(before.value) < MIN_STRONG_LENGTH
            or len(after.value) < 2
            or before.value.lower() in _NOT_BEFORE_CONJUNCTION
            or after.value in _NOT_AFTER_CONJUNCTION
        ):
            return False
        start = before.start - 1
        if start >= 0 and text[start] in "-'’\"/":
            return False
        keys = [phrase_key(t.value) for t in tokens[index - 1 : index + 3]]
        # en route, et al
        return not (self._allowed_lengths(keys, 0) or self._allowed_lengths(keys, 1))

    def _candidates(self, lang: str, langs: dict[str, float]) -> tuple[str, ...]:
        first = [self.hint] if self.hint and self.hint != "en" else []
        rest = sorted(k for k in langs if k not in (lang, self.hint))
        return (*first, *([lang] if lang != self.hint else []), *rest, "en")

    # Context -------------------------------------------------------------------------

    def _headings_list(self) -> list[tuple[int, int]]:
        if self._headings is None:
            self._headings = [(p.start, p.end) for p in self.doc.paragraphs if p.is_heading]
        return self._headings

    def _heading_at(self, offset: int) -> tuple[int, int] | None:
        headings = self._headings_list()
        index = bisect.bisect_right(headings, (offset, float("inf"))) - 1
        if index >= 0 and headings[index][0] <= offset < headings[index][1]:
            return headings[index]
        return None

    def _in_heading(self, offset: int) -> bool:
        return self._heading_at(offset) is not None

    def _heading_is_foreign(self, offset: int) -> bool:
        """Every word of the heading is foreign or a name: the heading is not English."""
        bounds = self._heading_at(offset)
        if bounds is None:
            return False
        for match in WORD.finditer(self.text, *bounds):
            kind, _ = self.verdict(match.group())
            if kind >= POSSIBLE:
                continue
            info = self.lexicon.lookup(normalize(match.group()))
            is_name = match.group()[:1].isupper() and (info.proper_noun or not info.dictionary)
            if not is_name:
                return False
        return True

    def _capital_follows(self, tokens: list[Token], first: int, last: int) -> bool:
        """A capitalised word follows ``tokens[first]`` inside the span or just after it
        (Alternative für Deutschland)."""
        if any(is_capitalised(t.value) for t in tokens[first + 1 : last + 1]):
            return True
        return (
            last + 1 < len(tokens)
            and self._adjacent(tokens[last], tokens[last + 1])
            and is_capitalised(tokens[last + 1].value)
        )

    def _opens_quotation(self, offset: int) -> bool:
        """A quote mark stands just before ``offset``: quoted speech starts with a capital."""
        return self.text[offset - 1 : offset] in _QUOTE_OPENERS and offset >= 1

    def _is_initial(self, offset: int) -> bool:
        """The word starts its sentence, line or quotation."""
        i = offset - 1
        text = self.text
        while i >= 0 and (text[i] in " \t\u00a0" or text[i] in _OPENERS):
            i -= 1
        if i >= 0 and text[i] == "." and _TITLE_BEFORE.search(text, max(0, i - 6), i + 1):
            return False  # Mr. Nguyễn, Dr. Müller
        return i < 0 or text[i] in "\n\r.!?…:;—–"

    def _covers_sentence(self, tokens: list[Token], first: int, last: int) -> bool:
        """No English word in the span's sentence outside the span (names do not count).

        At most MAX_SENTENCE_WORDS words are read on each side, so a line with no
        punctuation costs linear time however many spans it holds.
        """
        text = self.text
        for step, stop in (
            (-1, max(-1, first - 1 - MAX_SENTENCE_WORDS)),
            (1, min(len(tokens), last + 1 + MAX_SENTENCE_WORDS)),
        ):
            j = first - 1 if step < 0 else last + 1
            while j != stop:
                left, right = (tokens[j], tokens[j + 1]) if step < 0 else (tokens[j - 1], tokens[j])
                gap = text[left.end : right.start]
                if "\n" in gap or _SENTENCE_END.search(gap):
                    break
                if not self._is_name_or_foreign(tokens[j]):
                    return False
                j += step
            else:
                if 0 <= stop < len(tokens):
                    return False  # a sentence too long to be read whole
        return True

    def _is_name_or_foreign(self, token: Token) -> bool:
        if self.verdict(token.value)[0] >= POSSIBLE:
            return True
        if not is_capitalised(token.value):
            return False
        if not self._is_initial(token.start):
            return True
        info = self.lexicon.lookup(normalize(token.value))
        return info.proper_noun or not info.dictionary

    def _is_cited(
        self, start: int, end: int, members: list[Token], deliberate_only: bool = False
    ) -> bool:
        """Named, cited, glossed or italicised on purpose: a title, a term, a slogan.

        With ``deliberate_only`` (a word absent from English) quote marks alone are no
        sign: a citing word must precede it (the so-called "Mittelstand")."""
        text = self.text
        before = self._line_before(start)
        after = text[end : end + 40]
        stripped = before.rstrip()
        opener = stripped[-1:] if stripped else ""
        if _ends_with_citation_cue(before):
            return True
        if _GLOSS_AFTER.match(after):
            return True
        if opener in "*_" and after[:1] in "*_":
            return True
        if (
            len(members) == 1
            and opener in _QUOTE_OPENERS
            and _TERM_CLOSE.match(after)
            and not deliberate_only
        ):
            return True  # a single quoted word is cited on purpose: said "hayır"
        if opener in _QUOTE_OPENERS and _QUOTED_TERM_CUE.search(stripped[:-1].rstrip()):
            return self._short_quotation(start, end)
        return self._in_title(start, end)

    def _line_before(self, start: int) -> str:
        """The text before ``start`` on its line, at most CUE_WIDTH characters."""
        line_start = self.text.rfind("\n", 0, start) + 1
        return self.text[max(line_start, start - CUE_WIDTH) : start]

    def _short_quotation(self, start: int, end: int) -> bool:
        """The quotation that opens just before ``start`` closes soon after ``end`` (its
        comma or full stop inside the quote marks) and holds a term, not a sentence."""
        text = self.text
        limit = min(len(text), end + 60)
        for i in range(end, limit):
            if text[i] == "\n":
                return False
            if _TERM_CLOSE.match(text, i) and (i + 1 >= len(text) or not text[i + 1].isalpha()):
                inner = text[start:i]
                return len(inner.split()) <= MAX_TERM_WORDS
        return False

    def _in_title(self, start: int, end: int) -> bool:
        """Inside a short quotation that starts with a capital and has no final stop: a
        title (“Cien años de soledad”); quoted speech ends with punctuation inside, or has
        a reporting verb beside it (“...”, he said). The marks do not matter: „…“ and
        “…” are read alike, so converting them (``--fix``) changes nothing."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        opening = -1
        for i in range(start - 1, max(line_start, start - 80) - 1, -1):
            if text[i] in "”»":
                return False
            if text[i] in "“«„":
                opening = i
                break
        if opening < 0:
            straight = text.rfind('"', line_start, start)
            if straight < 0 or text.count('"', line_start, straight) % 2:
                return False
            opening = straight
        closers = _LOW_CLOSING_QUOTE if text[opening] == "„" else _CLOSING_QUOTE
        closing = closers.search(text, end, min(len(text), end + 80))
        if closing is None or closing.group() == "\n":
            return False
        inner = text[opening + 1 : closing.start()].strip()
        if not inner or not inner[0].isupper() or inner[-1] in ".!?…":
            return False
        if self._beside_speech_verb(opening, closing.end()):
            return False
        return len(inner.split()) <= MAX_TITLE_WORDS

    def _beside_speech_verb(self, opening: int, closing: int) -> bool:
        """A reporting verb just before the opening mark or just after the closing one
        (said “…”; “…”, he said): quoted speech, not a title."""
        verbs = _speech_verbs()
        before = _WORDS_BEFORE_QUOTE.search(self.text, max(0, opening - 30), opening)
        if before is not None and before.group(1).lower() in verbs:
            return True
        after = _WORDS_AFTER_QUOTE.match(self.text, closing)
        return after is not None and any(w.lower() in verbs for w in after.groups() if w)

    # Non-Latin scripts --------------------------------------------------------------

    def _script_runs(self):
        """Non-Latin runs; one in parentheses (an original spelling) or after a citing
        word (the word ...) is LOW."""
        for run in script_runs(self.text, self.hint):
            before = self._line_before(run.start)
            if before.endswith("(") or _ends_with_citation_cue(before):
                run = ScriptRun(run.start, run.end, run.script, run.lang, LOW)
            yield run


# Roles that stand before a person's name besides the titles of name_titles.txt.
_EXTRA_ROLES = (
    "treasurer spokesman spokeswoman spokesperson striker midfielder goalkeeper defender "
    "actor actress singer writer author novelist lawyer prosecutor manager colleague "
    "teammate deputy adviser advisor economist analyst activist candidate"
)


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Lower-case roles and titles that precede a person's name (coach, mayor, treasurer)."""
    from checker.analysis.names import titles

    return frozenset({title.lower() for title in titles()} | set(_EXTRA_ROLES.split()))


MAX_NAME_WORDS = 5
_APPOSITION_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her"})
# A family name is seen in English text (López, Ferrer) at least this often (Zipf).
SURNAME_ENGLISH_ZIPF = 2.0


def _is_given_name(value: str) -> bool:
    return strip_accents(value.lower()) in _given_names()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Lower-case, unaccented given names of the gazetteer (maria, carlos)."""
    from checker.analysis.gazetteers import given_names

    return frozenset(strip_accents(name.lower()) for name in given_names())


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """Reporting verbs (said, told, added) from the gazetteer and reporting_verbs.txt."""
    from checker.analysis.gazetteers import speech_verbs
    from checker.analysis.names import word_list

    listed = {verb.lower() for verb in word_list("reporting_verbs.txt")}
    return frozenset(listed | set(speech_verbs()))


class CapitalNeighbours:
    """Whether a capitalised word stands just before, and just after, some occurrence of a
    word form in the text (Anna Laut; Lena Zürcher): a name's neighbours.

    Occurrences are found as ``str.find`` finds them (inside longer words too); one scan
    of the text answers both questions for a form, and stops once both are yes.
    Memoised per form.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._memo: dict[str, tuple[bool, bool]] = {}

    def __call__(self, value: str) -> tuple[bool, bool]:
        """(a capital just before an occurrence, a capital just after one)."""
        found = self._memo.get(value)
        if found is None:
            found = self._memo[value] = self._scan(value)
        return found

    def _scan(self, value: str) -> tuple[bool, bool]:
        text = self.text
        before = after = False
        position = text.find(value)
        while position >= 0 and not (before and after):
            end = position + len(value)
            if not before:
                word = _WORD_BEFORE.search(text, max(0, position - 40), position)
                before = word is not None and word.group(1)[:1].isupper()
            if not after:
                word = _WORD_AFTER.match(text, end)
                after = word is not None and word.group(1)[:1].isupper()
            position = text.find(value, end)
        return before, after


class _Intervals:
    """Spans sorted by start, with the running maximum of their ends: whether a range
    overlaps one of them, or holds one, is answered in logarithmic time."""

    def __init__(self, spans: list[ForeignSpan]) -> None:
        ordered = sorted(spans, key=lambda span: (span.start, span.end))
        self.starts = [span.start for span in ordered]
        self.ends = [span.end for span in ordered]
        self.max_ends: list[int] = []
        reach = -1
        for end in self.ends:
            reach = max(reach, end)
            self.max_ends.append(reach)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.max_ends[index] > start

    def overlaps_outside(self, start: int, end: int) -> bool:
        """A span overlaps ``[start, end)`` without lying inside it."""
        before = bisect.bisect_left(self.starts, start) - 1
        if before >= 0 and self.max_ends[before] > start:
            return True
        inside = bisect.bisect_left(self.starts, end)
        return any(self.ends[i] > end for i in range(before + 1, inside))

    def inside(self, start: int, end: int) -> bool:
        """``[start, end)`` lies inside one of the spans (which do not overlap)."""
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and end <= self.ends[index] and start >= self.starts[index]


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
