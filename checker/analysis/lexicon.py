"""Word evidence for the language family: English and foreign word frequencies.

The data (``checker/data/lexicon-*.marisa``, built by ``tools/build_wordlists.py`` from
wordfreq and SCOWL) is memory-mapped, so opening it costs about a millisecond and almost no
memory; the foreign trie is opened only when a word is not plainly English, and the long
tail (``lexicon-foreign-rare.marisa``: rarer words and inflections of the main source
languages, none of them English) only for a word that neither of the others knows
(:meth:`Lexicon.rare`). Lookups are memoised per word form, since a text repeats its words.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from checker.patterns import lazy
from checker.words.loader import entries

DATA = Path(__file__).resolve().parent.parent / "data"
FLAG_DICTIONARY = 1
FLAG_PROPER_NOUN = 2
# The main source languages: checked at the base thresholds without a hint (the other
# Latin-script languages of the word lists need more evidence), and the languages whose long
# tail lexicon-foreign-rare.marisa holds.
MAIN_LANGUAGES = frozenset("fr es de it pt nl pl cs ro sv tr id vi".split())  # noqa: SIM905

LANGUAGE_NAMES = {
    "ar": "Arabic",
    "be": "Belarusian",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "ca": "Catalan",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "hy": "Armenian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ka": "Georgian",
    "kk": "Kazakh",
    "ko": "Korean",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mk": "Macedonian",
    "mr": "Marathi",
    "ms": "Malay",
    "nb": "Norwegian",
    "ne": "Nepali",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sh": "Serbo-Croatian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sr": "Serbian",
    "sv": "Swedish",
    "ta": "Tamil",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "yi": "Yiddish",
    "zh": "Chinese",
    "zh-cn": "Chinese",
    "zh-tw": "Chinese",
}
# ISO 639-1 codes that the word lists file under another code.
LANGUAGE_ALIASES = {"no": "nb", "hr": "sh", "sr": "sh", "bs": "sh"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


class WordInfo(NamedTuple):
    """What the word lists say about one lower-cased word form.

    ``english`` and the values of ``foreign`` are Zipf frequencies (log10 of uses per
    billion words: 7 for ``the``, 3 for a word seen once per million, 0 when unlisted);
    ``foreign`` is ordered most frequent first.
    """

    english: float
    dictionary: bool
    proper_noun: bool
    foreign: tuple[tuple[str, float], ...]

    @property
    def best_foreign(self) -> float:
        return self.foreign[0][1] if self.foreign else 0.0

    def zipf_in(self, lang: str) -> float:
        for code, zipf in self.foreign:
            if code == lang:
                return zipf
        return 0.0


_NO_FOREIGN: tuple[tuple[str, float], ...] = ()


class Lexicon:
    """The memory-mapped word lists and the curated allow list (loanwords, set phrases)."""

    def __init__(self, data: Path = DATA) -> None:
        self.data = data

    @cached_property
    def _english(self):
        import marisa_trie

        trie = marisa_trie.RecordTrie("BB")
        trie.mmap(str(self.data / "lexicon-en.marisa"))
        return trie

    @cached_property
    def _foreign(self):
        import marisa_trie

        trie = marisa_trie.BytesTrie()
        trie.mmap(str(self.data / "lexicon-foreign.marisa"))
        return trie

    @cached_property
    def _rare(self):
        import marisa_trie

        trie = marisa_trie.BytesTrie()
        trie.mmap(str(self.data / "lexicon-foreign-rare.marisa"))
        return trie

    @cached_property
    def languages(self) -> tuple[str, ...]:
        return entries("lexicon-languages", self.data)

    @cached_property
    def loanwords(self) -> frozenset[str]:
        """Foreign words and phrases at home in English (lower case, ``'`` apostrophes)."""
        return frozenset(normalize(entry) for entry in entries("loanwords", self.data))

    @cached_property
    def english_lemmas(self) -> frozenset[str]:
        """English lemmas of WordNet that hold a word the foreign lexicon knows better
        (joie de vivre, hors d'oeuvres; accents folded), built by
        ``tools/build_loanword_table.py``: allowed like the loanwords."""
        return frozenset(entries("loanwords-wordnet", self.data))

    @cached_property
    def titles(self) -> dict[str, tuple[str, ...]]:
        """Forms of address and titles of other languages (herr, mme, ministro) → their
        languages, in file order."""
        titles: dict[str, tuple[str, ...]] = {}
        for lang, word in _language_entries(self.data, "foreign_titles"):
            titles[word] = (*titles.get(word, ()), lang)
        return titles

    @cached_property
    def connectives(self) -> tuple[tuple[str, str], ...]:
        """(language, phrase) of connectives of several words (sin embargo, no entanto)."""
        return tuple(_language_entries(self.data, "foreign_connectives"))

    @cached_property
    def _cache(self) -> dict[str, WordInfo]:
        return {}

    def english(self, word: str) -> tuple[float, bool, bool]:
        """(English Zipf frequency, is a dictionary word, is a known proper noun)."""
        found = self._english.get(word)
        if not found:
            return 0.0, False, False
        zipf, flags = found[0]
        return zipf / 10, bool(flags & FLAG_DICTIONARY), bool(flags & FLAG_PROPER_NOUN)

    def foreign(self, word: str) -> tuple[tuple[str, float], ...]:
        """(language, Zipf) pairs of the frequent foreign words, most frequent first."""
        return self._pairs(self._foreign, word)

    def rare(self, word: str) -> tuple[tuple[str, float], ...]:
        """(language, Zipf) pairs of the long tail (Zipf 1.5 to 2.5 in the main source
        languages: *Geschäftsführerin*, *zniszczonych*) for a word that neither the English
        nor the frequent foreign list holds; empty for any other word."""
        return self._pairs(self._rare, word)

    def _pairs(self, trie, word: str) -> tuple[tuple[str, float], ...]:
        found = trie.get(word)
        if not found and "ß" in word:
            # wordfreq case-folds its keys, and case folding turns ß into ss (große).
            found = trie.get(word.replace("ß", "ss"))
        if not found:
            return _NO_FOREIGN
        # Each two bytes (language number, Zipf × 10), read as one native 16-bit number, are
        # decoded once per process: a word's entry is then decoded at C speed.
        return tuple(map(self._pair_of, memoryview(found[0]).cast("H")))

    @cached_property
    def _pair_of(self) -> Callable[[int], tuple[str, float]]:
        """A (language, Zipf) pair from its two bytes read as a native 16-bit number."""
        return _PairTable(self.languages).__getitem__

    def lookup(self, word: str) -> WordInfo:
        """Evidence for a lower-cased word form (``’`` folded to ``'``), memoised.

        The memo is emptied when it reaches :data:`MEMO_LIMIT` words, so a long run (a
        corpus of millions of segments) does not hold its whole vocabulary.
        """
        cache = self._cache
        info = cache.get(word)
        if info is None:
            if len(cache) >= MEMO_LIMIT:
                cache.clear()
            # english() and foreign() inlined: this runs for every new word of a process.
            found = self._english.get(word)
            if found:
                zipf, flags = found[0]
                english = zipf / 10
                dictionary = bool(flags & FLAG_DICTIONARY)
                proper = bool(flags & FLAG_PROPER_NOUN)
            else:
                english, dictionary, proper = 0.0, False, False
            info = WordInfo(english, dictionary, proper, self._pairs(self._foreign, word))
            cache[word] = info
        return info


class _PairTable(dict[int, tuple[str, float]]):
    """Two bytes of a foreign entry (language number, Zipf × 10), read as one native 16-bit
    number → the (language, Zipf) pair they encode, decoded on first use."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        super().__init__()
        self.languages = languages

    def __missing__(self, key: int) -> tuple[str, float]:
        lang, zipf = key.to_bytes(2, sys.byteorder)
        pair = self[key] = (self.languages[lang], zipf / 10)
        return pair


# Distinct words a process keeps evidence for before starting afresh (news text has some
# tens of thousands; a corpus run may see millions).
MEMO_LIMIT = 200_000


def _language_entries(folder: Path, name: str) -> list[tuple[str, str]]:
    """The ``language rest`` entries of the curated list ``<folder>/<name>.txt``."""
    found = []
    for entry in entries(name, folder):
        lang, rest = entry.split(None, 1)
        found.append((lang, normalize(" ".join(rest.split()))))
    return found


def normalize(word: str) -> str:
    """The form the word lists use: lower case, typographic apostrophes folded to ``'``."""
    return word.replace("’", "'").lower()


@cache
def lexicon() -> Lexicon:
    """The shared lexicon of the process (opened lazily, once)."""
    return Lexicon()


# The one lexicon API of the other modules --------------------------------------------------
# Named frequency levels of an English word (Zipf: log10 of uses per billion words).
ANY = 0.0  # listed at all
SELDOM = 2.0  # once per hundred million words
FREQUENT = 3.0  # once per million words
COMMON = 4.0  # ten times per million words
EVERYDAY = 5.0  # the words of every page: and, perhaps, people
# Distinct words whose everyday-ness a process memoises.
_EVERYDAY_MEMO = 1 << 16


def word_info(word: str) -> WordInfo:
    """What the word lists say about ``word`` (any case, any apostrophe), memoised.

    The lexicon is shipped with the package: data that cannot be opened is an error at
    first use, never an empty answer (as for the word lists of :mod:`checker.words`).
    """
    return lexicon().lookup(normalize(word))


def is_common_english(word: str, level: float = ANY) -> bool:
    """``word`` is an English dictionary word, no known proper noun, at least ``level``
    frequent (:data:`ANY`, :data:`FREQUENT`, :data:`EVERYDAY` or a family's threshold)."""
    info = word_info(word)
    return info.dictionary and not info.proper_noun and info.english >= level


def is_english_word(word: str, level: float = FREQUENT) -> bool:
    """A word of English: in the dictionary, or at least ``level`` frequent in English text
    (a name, an abbreviation, a loan), its lower case alone proving nothing (``rose``)."""
    info = word_info(word)
    return info.dictionary or info.english >= level


def is_foreign_word(word: str) -> bool:
    """A common word of another language (:data:`COMMON` there) that English text hardly
    uses (below :data:`SELDOM`) and that is no known name: a leftover of the source
    (``Según``, ``Laut``; names are frequent in English text too)."""
    info = word_info(word)
    return not info.proper_noun and info.english < SELDOM and info.best_foreign >= COMMON


def is_english_form(word: str, level: float = FREQUENT) -> bool:
    """Any form English text uses at least ``level`` frequently, dictionary word or not,
    names and abbreviations included (``ok``, ``wifi``, ``paris``): a word that needs no
    translation, as opposed to an English word that is no name (:func:`is_common_english`)."""
    return word_info(word).english >= level


@lru_cache(maxsize=_EVERYDAY_MEMO)
def is_everyday_english(word: str) -> bool:
    """A frequent English word that is no name (``and``, ``perhaps``; not ``wan``, ``un``)."""
    return is_common_english(word, EVERYDAY)


_HYPHENS = lazy(r"[-‐‑]")


def english_parts(word: str, level: float, every: bool = True) -> bool:
    """All the hyphen-separated parts of ``word`` (any one, when ``every`` is false) are
    :func:`is_common_english` at ``level``: ``well-known`` both ways, ``so-yeon`` neither
    (a compound of English words is English; one of a name is not)."""
    parts = (is_common_english(part, level) for part in _HYPHENS.split(word) if part)
    return all(parts) if every else any(parts)
