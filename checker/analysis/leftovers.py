"""Single words left in the source language: the named conditions that make one word alone
evidence of a leftover, and their thresholds (all in :data:`THRESHOLDS`, kept in
``checker/thresholds/language.py``).

Frequencies are Zipf values (log10 of uses per billion words; 0 when a list lacks the
word). Every condition reads one word's evidence (:class:`~checker.analysis.lexicon.WordInfo`,
plus the long tail of :meth:`~checker.analysis.lexicon.Lexicon.rare`); the context guards
(names the document uses elsewhere, titles, possessives, citations, the two English
neighbours of a function word) are applied by :mod:`checker.analysis.foreign`.

- ``absent``: a lower-case word no English list holds (neither wordfreq's English down to
  Zipf 1.5 nor SCOWL), used in a main source language (*verschlüsseln*, *fichero*), or in
  the long tail of one (*konfigurieren*, *erschossenen*). English text hardly ever holds a
  lower-case word that no English list knows.
- ``rare-in-english``: a lower-case word that English text uses rarely (mostly as a name:
  *Guerra*, *Campos*, *Forma*) and one source language uses far more (*guerra*,
  *campos*, *modo*): written in lower case it is no name, so its proper-noun flag does not
  count.
- ``function-word``: a short word among the most frequent of a source language and rare in
  English (*und, que, des, zu, por*); reported only between two lower-case English words.
- ``german-noun``: a capitalised word inside a sentence that English never uses, frequent
  in German and listed in few languages (*Präsident, Behörden, Geschäftsführer,
  Kalifornien, Nordkorea*): German capitalises every noun, so the capital is no sign of a
  name. Names are spread over many languages' lists (Müller, Fischer) or seen in English.

With ``--source-lang`` the thresholds of that language are lowered by ``hint_bonus``; the
other languages keep theirs.
"""

from __future__ import annotations

from functools import cache

from checker.analysis.lexicon import DATA, WordInfo, lexicon
from checker.thresholds.language import THRESHOLDS, Thresholds
from checker.words.loader import entries

# The source languages the conditions look at (the others keep the general rules).
SOURCE_LANGUAGES = frozenset("de es fr it pt nl pl cs".split())  # noqa: SIM905
# Languages whose names capitalise their nouns and put adjectives first: a lower-case word
# of theirs belongs to a name only between two capitals (Alternative für Deutschland),
# never after the last. Not Czech: only the first word of its names is capitalised
# (Česká národní banka).
ADJECTIVE_FIRST_LANGUAGES = frozenset({"de", "nl", "pl"})
ABSENT = "absent"
RARE_IN_ENGLISH = "rare-in-english"
FUNCTION_WORD = "function-word"
GERMAN_NOUN = "german-noun"


def _main_pairs(
    pairs: tuple[tuple[str, float], ...], main: frozenset[str], hint: str | None, bonus: float
) -> list[tuple[str, float]]:
    """The (language, Zipf) pairs of main languages, the hinted one raised by ``bonus``."""
    return [(lang, z + (bonus if lang == hint else 0.0)) for lang, z in pairs if lang in main]


def lowercase_condition(
    word: str,
    info: WordInfo,
    tail: tuple[tuple[str, float], ...],
    main: frozenset[str] = SOURCE_LANGUAGES,
    hint: str | None = None,
    limits: Thresholds = THRESHOLDS,
) -> tuple[str, dict[str, float]] | None:
    """The condition a lower-case ``word`` meets alone, with its languages, or None.

    ``tail`` is the long-tail evidence (asked only when the other lists know nothing).
    """
    if info.dictionary or is_english_derivation(word):
        return None
    bonus = limits.hint_bonus
    pairs = _main_pairs(info.foreign, main, hint, bonus)
    if info.english == 0 and len(word) >= limits.absent_min_length:
        langs = {lang: z for lang, z in pairs if z >= limits.absent_zipf}
        if not pairs:
            tail_pairs = _main_pairs(tail, main, hint, bonus)
            langs = {lang: z for lang, z in tail_pairs if z >= limits.absent_tail_zipf}
        if langs and not (
            max(langs.values()) < limits.typo_foreign and is_english_typo(word, limits)
        ):
            return ABSENT, langs
    if len(word) >= limits.rare_min_length and info.english <= limits.rare_english:
        langs = {
            lang: z
            for lang, z in pairs
            if z >= limits.rare_foreign and z - info.english >= limits.rare_margin
        }
        if langs:
            return RARE_IN_ENGLISH, langs
    return None


def function_word(
    word: str,
    info: WordInfo,
    main: frozenset[str] = SOURCE_LANGUAGES,
    hint: str | None = None,
    limits: Thresholds = THRESHOLDS,
) -> dict[str, float] | None:
    """The languages of which ``word`` is a frequent function word rare in English (no
    English dictionary word: *vie*, *par*, *con*, *nous* are English too)."""
    if len(word) > limits.function_max_length or info.english > limits.function_english:
        return None
    if info.dictionary:
        return None
    langs = {
        lang: z
        for lang, z in _main_pairs(info.foreign, main, hint, limits.hint_bonus)
        if z >= limits.function_zipf and z - info.english >= limits.function_margin
    }
    return langs or None


def german_noun(
    word: str,
    info: WordInfo,
    hint: str | None = None,
    limits: Thresholds = THRESHOLDS,
    tail: tuple[tuple[str, float], ...] = (),
) -> dict[str, float] | None:
    """{"de": Zipf} when the capitalised ``word`` (lower-cased here) reads as a German
    common noun: English hardly uses it, German often, few languages list it, and it has
    no ending of a place or a family name. ``tail``: the long-tail evidence of a word the
    other lists lack."""
    if info.english > limits.noun_english or info.dictionary or info.proper_noun:
        return None
    if len(word) < limits.noun_min_length or has_name_ending(word):
        return None
    bonus = limits.hint_bonus if hint == "de" else 0.0
    if not info.foreign:
        german = sum(z for lang, z in tail if lang == "de") + bonus
        if len(word) >= limits.noun_tail_length and german >= limits.noun_tail_zipf:
            return {"de": german}
        return None
    german = info.zipf_in("de") + bonus
    if german < limits.noun_zipf or german < info.best_foreign - limits.noun_spread:
        return None
    if german - info.english < limits.noun_margin:
        return None
    if info.english > 0 and german < limits.noun_seen_zipf:
        return None
    if len(info.foreign) > limits.noun_max_languages:
        return None
    return {"de": german}


def is_english_typo(word: str, limits: Thresholds = THRESHOLDS) -> bool:
    """``word`` is a frequent English word with one letter left out (sucessor)."""
    english = lexicon().english
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(len(word) + 1):
        for letter in letters:
            if english(word[:i] + letter + word[i:])[0] >= limits.typo_english:
                return True
    return False


def is_english_derivation(word: str) -> bool:
    """``word`` is an English word with an English prefix (renationalisation) or in the
    other spelling of a listed word (capitalisations)."""
    english = lexicon().lookup
    prefixes, variants = english_affixes()
    for prefix in prefixes:
        rest = word[len(prefix) :].lstrip("-")
        if word.startswith(prefix) and len(rest) >= 4:
            found = english(rest)
            if found.dictionary or found.english > 0 or is_english_derivation(rest):
                return True
    for ending, other in variants:
        if word.endswith(ending):
            found = english(word[: -len(ending)] + other)
            if found.dictionary or found.english > 0:
                return True
    return False


@cache
def english_affixes() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(prefixes, (ending, other spelling) pairs) of ``checker/data/english_affixes.txt``."""
    table = _affixes()
    return tuple(prefix for prefix, _ in table["prefix"]), table["variant"]


def english_inflections() -> tuple[tuple[str, str], ...]:
    """(inflectional ending, ending of the base form) pairs of
    ``checker/data/english_affixes.txt``, in file order: (``ies``, ``y``), (``es``, ``""``)."""
    return _affixes()["inflection"]


@cache
def _affixes() -> dict[str, tuple[tuple[str, str], ...]]:
    """Kind (``prefix``, ``variant``, ``inflection``) → (text, other text or ``""``) pairs
    of ``checker/data/english_affixes.txt``, in file order."""
    table: dict[str, list[tuple[str, str]]] = {"prefix": [], "variant": [], "inflection": []}
    for line in entries("english_affixes", DATA):
        kind, text, *other = line.split()
        if kind not in table or len(other) > 1:
            raise ValueError(f"english_affixes.txt: bad entry {line!r}")
        table[kind].append((text, other[0] if other else ""))
    return {kind: tuple(pairs) for kind, pairs in table.items()}


def has_name_ending(word: str) -> bool:
    """``word`` (lower case) ends like a place or a family name (-burg, -hausen, -ski)."""
    return word.endswith(name_endings())


@cache
def name_endings() -> tuple[str, ...]:
    """Endings of places and family names (``checker/data/name_endings.txt``)."""
    return tuple(line.split()[1] for line in entries("name_endings", DATA))
