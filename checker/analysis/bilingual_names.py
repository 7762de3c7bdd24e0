"""Names of a source segment and their counterparts in its translation (for rule B211).

A source *name span* is a run of capitalised words (particles such as ``de``, ``du``, ``van``
allowed inside) that does not start a sentence. It is *kept* when a run of capitalised words
of the target holds one of its words in some spelling:

- compared without case or accents, transliterated across scripts with ``anyascii``
  (``РИА Новости`` = ``RIA Novosti``), with transliteration slack (``Zelenski`` /
  ``Zelenskyy``, ``Бахрейн`` / ``Bahrain``) and, for languages that decline names, without
  their case endings (``Путина`` = ``Putin``, ``Erdoğan'ın`` = ``Erdogan``);
- acronyms also match a target acronym or name with the same letters in another order
  (``UE`` = ``EU``, ``OTAN`` = ``NATO`` = ``North Atlantic Treaty Organization``) or one of
  the documented equivalents of ``checker/data/acronym_equivalents.txt`` (``ONU`` = ``UN``);
- but not when that target run is another name: one holding a word of another source name
  (``Kim Jong-un`` does not keep ``Kim Yo-jong``), or going on with a different surname
  (``Donald Trump`` does not keep ``Donald Tusk``).

Roman numerals (``XX``, ``XIXe``) and frequent function words of the source language at the
head of a span (``Il``, ``El``, ``La``) are no names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from pathlib import Path

from checker.analysis.lexicon import LANGUAGE_ALIASES, lexicon, word_info
from checker.analysis.names import is_acronym
from checker.analysis.tokens import WORD
from checker.patterns import lazy
from checker.text.fold import fold
from checker.text.quote_marks import CLOSING_MARKS, OPENING_MARKS, STRAIGHT_MARKS
from checker.thresholds.bilingual import (
    FUNCTION_WORD_LENGTH,
    FUNCTION_WORD_MARGIN,
    FUNCTION_WORD_ZIPF,
    LOOSE_NAME_SIMILARITY,
    MIN_SIMILAR_LENGTH,
    NAME_SIMILARITY,
)
from checker.words import (
    calendar_words_lower,
    determiners,
    english_honorifics,
    function_words,
    name_particles,
    title_words,
)
from checker.words.loader import entries

DATA = Path(__file__).resolve().parent.parent / "data"

_OPENERS = OPENING_MARKS + STRAIGHT_MARKS + "([¿¡—–-*•「『"
_CLOSERS = CLOSING_MARKS + STRAIGHT_MARKS + ")]」』"
_SENTENCE_END = ".!?…:。！？"
_ELISION = lazy(r"^(?:[^\W\d_]{1,2}|[Qq]u)['’](?=[^\W\d_])")
_POSSESSIVE = lazy(r"['’]s?$")
# Erdoğan'ın, Putin'e: a case suffix after an apostrophe (Turkish, Finnish abbreviations).
_APOSTROPHE_SUFFIX = lazy(r"(?<=[^\W\d_]{3})['’][^\W\d_A-Z]{1,4}$")
# XX, XIXe, IIe, XXI: centuries and regnal numbers (up to 89), not names.
_ROMAN = lazy(
    r"^(?!L[a-zº°])(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?:e|er|ème|eme|re|º|°)?$"
)


@cache
def english_capitalised() -> frozenset[str]:
    """Capitalised English words (folded) that need no counterpart in the source: the
    pronoun ``I``, the honorifics of English (``Mr``, ``Ms``, ``Sir``:
    :func:`checker.words.english_honorifics`) and the days and months
    (:func:`checker.words.calendar_words_lower`)."""
    honorifics = {fold(title) for title in english_honorifics()}
    return frozenset({"i", *honorifics}) | calendar_words_lower()


# Closed-class English words: at the start of a target sentence they are no name.
ENGLISH_FUNCTION_WORDS = function_words() | determiners() | function_words("leading_adverbial")
# Lower-case words inside an English name: Bank of England, Council on Foreign Relations.
NAME_JOINERS = function_words("name_joiner")
# Languages that decline names (Путина, Tuska, Merkelová, Erdoğan'ın): endings are stripped
# before comparing. Cyrillic and Greek words are treated so whatever the language.
DECLINING = frozenset(
    "ru uk be bg mk sr hr sh bs sl cs sk pl lt lv el fi et hu tr".split()  # noqa: SIM905
)
# Case endings (transliterated), longest first: what may follow a name's stem.
_ENDINGS = tuple(
    sorted(
        """
        a u e y i ie iu ia ja ju ya yu om em ym im oj oy ej ey ov ev ach akh ami ov ova ovoy
        ovym ogo ego omu emu owi iem em ą ę ą ou ovi ovou as is us os ui o ta tä n na nä ssa
        ssä lla llä lle sta stä nak nek nal nel val vel ban ben ın in un ün ı ya ye da de
        """.split(),  # noqa: SIM905
        key=len,
        reverse=True,
    )
)


@cache
def acronym_equivalents() -> dict[str, frozenset[str]]:
    """Source acronym (folded) → its English equivalents (folded), from the data file."""
    table: dict[str, set[str]] = {}
    for line in entries("acronym_equivalents", DATA):
        source, _, english = line.split("#", 1)[0].partition("=")
        for form in source.split():
            table.setdefault(fold(form), set()).update(fold(e) for e in english.split())
    return {k: frozenset(v) for k, v in table.items()}


_SKELETON = (
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("ou", "u"),
    ("j", "i"),
    ("y", "i"),
    ("w", "v"),
)


@lru_cache(maxsize=65536)
def skeleton(folded: str) -> str:
    """A transliteration-neutral spelling: ``bakhreyn`` and ``bahrain`` → ``bahrein``/
    ``bahrain``, doubled letters single (``zelenskyy`` → ``zelenski``)."""
    for old, new in _SKELETON:
        folded = folded.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", folded.replace("-", ""))


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    value: str  # without elided article or possessive
    initial: bool  # first word of a sentence (its capital says nothing)

    @property
    def capitalised(self) -> bool:
        return self.value[:1].isupper()


def words(text: str) -> list[Word]:
    """The words of ``text``, elided articles (``l’``, ``d’``) and possessives removed."""
    result = []
    for match in WORD.finditer(text):
        value = match.group(0)
        start = match.start()
        elision = _ELISION.match(value)
        if elision and value[elision.end() :][:1].isupper():
            start += elision.end()
            value = value[elision.end() :]
        value = _POSSESSIVE.sub("", value) or value
        if value[:1].isupper():
            value = _APOSTROPHE_SUFFIX.sub("", value)
        result.append(Word(start, start + len(value), value, _is_initial(text, start)))
    return result


def _is_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i].isspace() or text[i] in _OPENERS):
        i -= 1
    if i >= 0 and text[i] in _CLOSERS:
        # « Je veux. » Il a dit: a closing quote after a sentence end.
        j = i
        while j >= 0 and (text[j] in _CLOSERS or text[j].isspace()):
            j -= 1
        if j >= 0 and text[j] in _SENTENCE_END:
            return True
    return i < 0 or text[i] in _SENTENCE_END


def similar(a: str, b: str) -> bool:
    """Two folded spellings of one name: Zelensky / Zelenskyy, Choe / Choi, Kiev / Kyiv."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_SIMILAR_LENGTH:
        return False
    a, b = skeleton(a), skeleton(b)
    if a == b:
        return True
    if a[0] != b[0]:
        return False
    return SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


def loosely_similar(a: str, b: str) -> bool:
    """Spellings a transliteration may have drifted apart (Choïgou / Shoigu)."""
    if similar(a, b):
        return True
    return SequenceMatcher(None, skeleton(a), skeleton(b)).ratio() >= LOOSE_NAME_SIMILARITY


def stems(folded: str) -> tuple[str, ...]:
    """``folded`` without each case ending it may carry (a stem of 3 letters or more)."""
    found = [folded]
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            found.append(folded[: -len(ending)])
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A run of capitalised source words (particles allowed inside): a likely name."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.value for w in self.words)

    @property
    def names(self) -> tuple[Word, ...]:
        return tuple(w for w in self.words if w.capitalised)


def is_roman(word: str) -> bool:
    return bool(_ROMAN.match(word))


def name_spans(text: str, source: list[Word], language: str | None = None) -> list[NameSpan]:
    """Capitalised runs of the source, each starting on a word that is not sentence-initial.

    Punctuation ends a run: ``du Pentagone, John Kirby`` holds two names. Roman numerals
    are no names, nor a frequent short function word at the head of a run.
    """
    spans: list[NameSpan] = []
    run: list[Word] = []
    pending: list[Word] = []  # particles after the run, kept if a capital follows

    def close() -> None:
        while run and _function_word(run[0].value, language):
            run.pop(0)
            while run and not run[0].capitalised:
                run.pop(0)
        if run:
            spans.append(NameSpan(tuple(run)))
        run.clear()
        pending.clear()

    previous_end = 0
    for word in source:
        if run and text[previous_end : word.start].strip():
            close()  # punctuation (or an elided article) between the words
        previous_end = word.end
        if (
            word.capitalised
            and len(word.value) >= 2
            and (run or not word.initial)
            and not is_roman(word.value)
        ):
            run.extend(pending)
            pending.clear()
            run.append(word)
        elif run and word.value in name_particles(conjunctions=False):
            pending.append(word)
        else:
            close()
    close()
    return spans


def _function_word(word: str, language: str | None) -> bool:
    if len(word) > FUNCTION_WORD_LENGTH or is_acronym(word) or language == "en":
        return False
    info = word_info(word)
    zipf = info.zipf_in(language) if language else info.best_foreign
    return zipf >= FUNCTION_WORD_ZIPF and zipf - info.english >= FUNCTION_WORD_MARGIN


# ----------------------------------------------------------------------------------------
# The target side
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TargetRun:
    """Capitalised target words with nothing but spaces (and joiners) between them."""

    words: tuple[str, ...]  # folded


def target_runs(text: str, target: list[Word]) -> list[TargetRun]:
    runs: list[TargetRun] = []
    run: list[str] = []
    previous_end = 0
    for word in target:
        if run and text[previous_end : word.start].strip():
            runs.append(TargetRun(tuple(run)))
            run = []
        previous_end = word.end
        if word.capitalised:
            folded = fold(word.value)
            if not (word.initial and folded in ENGLISH_FUNCTION_WORDS):
                run.append(folded)
        elif run and word.value in NAME_JOINERS:
            continue
        elif run:
            runs.append(TargetRun(tuple(run)))
            run = []
    if run:
        runs.append(TargetRun(tuple(run)))
    return runs


def target_forms(target: list[Word]) -> set[str]:
    """Every folded word of the target and its hyphen-separated parts."""
    forms = set()
    for word in target:
        folded = fold(word.value)
        forms.add(folded)
        forms.update(p for p in re.split(r"[-‐]", folded) if p)
    return forms


def _parts(folded: str) -> list[str]:
    return [p for p in re.split(r"[-‐]", folded) if p]


def word_matches(folded: str, other: str, declining: bool) -> bool:
    """A folded source name word and a folded target word are one name."""
    if folded == other or similar(folded, other):
        return True
    if declining and len(other) >= 3:
        return any(stem == other or similar(stem, other) for stem in stems(folded)[1:])
    return False


def acronym_kept(word: str, target: list[Word], runs: list[TargetRun]) -> bool:
    """An acronym found in another order (UE → EU, OTAN → NATO), spelt out (OTAN → North
    Atlantic Treaty Organization) or as a documented equivalent (ONU → UN)."""
    folded = fold(word).replace(".", "")
    letters = sorted(folded)
    equivalents = acronym_equivalents().get(folded, frozenset())
    for candidate in target:
        if is_acronym(candidate.value):
            other = fold(candidate.value).replace(".", "")
            if other in equivalents or sorted(other) == letters:
                return True
    for run in runs:
        initials = [w[0] for w in run.words if w]
        if len(initials) == len(letters) and sorted(initials) == letters:
            return True
    return False


def span_kept(
    span: NameSpan,
    target: list[Word],
    runs: list[TargetRun],
    forms: set[str],
    others: set[str],
    declining: bool,
) -> bool:
    """Whether a name of the source is in the target (see the module's docstring).

    ``others`` are the folded words of the source's other names, not of this one.
    """
    names = span.names
    own = {fold(w.value) for w in names}
    others = others - own
    for run in runs:
        matched = _matched(names, run, declining)
        if matched and not _another_name(span, run, matched, others, declining):
            return True
    # Lower-case or split spellings (Kang Dong said -wan): the words as a whole.
    every_name = [name for run in runs for name in run.words]
    for word in names:
        if is_acronym(word.value):
            if acronym_kept(word.value, target, runs) or fold(word.value) in forms:
                return True
            continue
        folded = fold(word.value)
        parts = _parts(folded)
        if folded in forms and not any(folded in run.words for run in runs):
            return True  # in lower case only
        if len(parts) > 1 and all(p in forms for p in parts) and folded not in every_name:
            return True
    return False


def _matched(names: tuple[Word, ...], run: TargetRun, declining: bool) -> list[int]:
    """Positions of the run's words that spell one of ``names``."""
    matched: set[int] = set()
    for word in names:
        folded = fold(word.value)
        hits = [i for i, name in enumerate(run.words) if word_matches(folded, name, declining)]
        parts = _parts(folded)
        if not hits and len(parts) > 1:
            # Jong-un = Jong Un: every part of the name among the run's words; Санкт-
            # Петербурга = St Petersburg: a long part like a word of the run.
            found = [i for i, name in enumerate(run.words) if name in parts]
            if {run.words[i] for i in found} >= set(parts):
                hits = found
            else:
                hits = [
                    i
                    for i, name in enumerate(run.words)
                    if any(len(p) > 4 and word_matches(p, name, declining) for p in parts)
                ]
        matched.update(hits)
    return sorted(matched)


def _another_name(
    span: NameSpan, run: TargetRun, matched: list[int], others: set[str], declining: bool
) -> bool:
    """The run holds a word of another source name, or goes on after the matched words
    with a surname unlike this name's."""
    neutral = english_capitalised() | {t.casefold() for t in title_words()}
    for index, name in enumerate(run.words):
        if index in matched or name in neutral:
            continue
        if any(word_matches(other, name, declining) for other in others):
            return True
    last = fold(span.names[-1].value)
    if len(span.names) < 2 or any(word_matches(last, run.words[i], declining) for i in matched):
        return False
    after = [
        name for name in run.words[max(matched) + 1 :] if name not in neutral and len(name) > 1
    ]
    return any(not loosely_similar(last, name) for name in after)


# ----------------------------------------------------------------------------------------
# Names the translation replaced
# ----------------------------------------------------------------------------------------


def unexplained_target_runs(target: list[Word], source_forms: set[str]) -> list[list[str]]:
    """Runs of capitalised target words with no counterpart in the source: translated names
    (folded words)."""
    runs: list[list[str]] = []
    in_run = False
    for word in target:
        folded = fold(word.value)
        explained = (
            not word.capitalised
            or folded in english_capitalised()
            or (word.initial and folded in ENGLISH_FUNCTION_WORDS)
            or common_capitalised(word.value)
            or folded in source_forms
            or any(similar(folded, s) for s in source_forms)
        )
        if not explained:
            if not in_run:
                runs.append([])
            runs[-1].append(folded)
        in_run = not explained or (in_run and folded in NAME_JOINERS)
    return runs


def common_capitalised(word: str) -> bool:
    """A demonym, title or role that English capitalises (German, Chancellor, Minister):
    the translation of a lower-case source word, not of a name."""
    from checker.analysis.gazetteers import demonyms, role_nouns

    return word in demonyms() or word.casefold() in role_nouns() or word in title_words()


def covered(language: str | None, span: NameSpan) -> bool:
    """Whether the lexicon knows the source language's words (it has Latin scripts only)."""
    if language:
        return LANGUAGE_ALIASES.get(language, language) in lexicon().languages
    return any(word_info(w.value).foreign for w in span.names) or all(
        w.value.isascii() for w in span.names
    )


def like_a_run(span: NameSpan, runs: list[list[str]]) -> bool:
    """A word of the span loosely like a word of one of the runs (Си Цзиньпина / Xi
    Jinping, Москве / Moscow): the same name in another transliteration or case."""
    return any(
        loosely_similar(fold(w.value), other)
        for w in span.names
        for run in runs
        for other in run
        if len(other) >= 4
    )
