"""Variants of whole person names (facts for rule N103, with :mod:`name_variants`).

The kinds of :class:`Variant` found over the document's attested full names (see
:mod:`checker.analysis.name_variants` for the key of each kind and the minimum-evidence
rule): ``order`` (given and family name swapped, Iberian double surnames swapped),
``final`` (a family name without its last letter), ``surname`` (one edit in a family name
after the same given name) and ``alone`` (a family name alone one edit from an introduced
one). Also the shared vocabulary of the variant analyses: :class:`Variant`, the kinds and
the test for an ordinary word.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from checker.analysis.lexicon import english_parts, is_everyday_english, word_info
from checker.analysis.names import (
    _DOUBLED,
    _FIRST_GROUP,
    WORD_CACHE_SIZE,
    NameAnalysis,
    analyze_names,
    folded_given_name,
    is_name_word,
    is_place,
    stop_words,
    strict_key,
    syllable_name,
)
from checker.analysis.speech_tags import speaks
from checker.document import Document
from checker.patterns import lazy
from checker.thresholds.name import (
    MAX_ALONE_COUNT,
    MAX_ORDER_VARIANT_WORDS,
    MAX_SURNAMES_PER_GIVEN,
    MIN_ALONE_LENGTH,
    MIN_FINAL_STEM,
    MIN_FIRST_WORD_VARIANT,
    MIN_VOWEL_TRANSLITERATION,
    SURNAME_MAX_ZIPF,
)
from checker.words import name_particles, reporting_verbs, title_words

# The kinds of variant (:attr:`Variant.kind`).
FORM = "form"
DOUBLED = "doubled"
ENDING = "ending"
TRANSLITERATION = "transliteration"
FINAL = "final"
ORDER = "order"
PARTICLE = "particle"
VOWEL = "vowel"
SURNAME = "surname"
FAMILY = "family"
FIRST_WORD = "first word"
ALONE = "alone"
_TOKEN_VALUE = operator.itemgetter(2)


class Variant(NamedTuple):
    """``text[start:end] == found``, a spelling of the name the document spells ``expected``.

    ``strong``: the evidence that both spellings are one person's is conclusive (see the
    module's minimum-evidence rule); ``fixable``: ``expected`` is safe to write instead
    (the majority by two votes or more, or configured); ``configured``: ``expected`` comes
    from the user's ``names`` setting.
    """

    start: int
    end: int
    found: str
    expected: str
    kind: str
    strong: bool
    fixable: bool
    configured: bool = False


@lru_cache(maxsize=WORD_CACHE_SIZE)
def ordinary_word(word: str) -> bool:
    """A known English word, a function word or a place: no evidence of a name."""
    if word.casefold() in stop_words() or is_place(word):
        return True
    # A hyphenated word is ordinary when all its parts are (Well-Known; not Sang-soo).
    return english_parts(word, SURNAME_MAX_ZIPF)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def spelling_frequency(spelling: str) -> float:
    """How often text writes ``spelling``'s words: the sum over its words of their highest
    frequency (Zipf) in English or any other language the lexicon knows."""
    total = 0.0
    for word in re.split(r"[\s\-‐‑]+", spelling):
        if word:
            info = word_info(word)
            total += max([info.english, *(freq for _, freq in info.foreign)])
    return total


def known_name(word: str) -> bool:
    """A given name or a proper noun of its own (``Malone`` beside ``Maloney``)."""
    return folded_given_name(word.casefold()) or word_info(word).proper_noun


# ---------------------------------------------------------------------------------------
# Order and final-letter variants: keys over whole full names and over family names


def person_names(doc: Document) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """The attested full names of two or three words (titles cut off), by their words, with
    where each stands."""
    text = doc.analysis_text
    analysis = analyze_names(doc)
    found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for run in analysis.long_runs:
        person = run.tokens[run.person :]
        if not 2 <= len(person) <= MAX_ORDER_VARIANT_WORDS:
            continue
        if text[person[0].start : person[-1].end].count(" ") != len(person) - 1:
            continue  # particles or initials between the words
        words = _without_title_residue(tuple(map(_TOKEN_VALUE, person)))
        if len(words) < len(person):
            person = person[len(person) - len(words) :]
        if _no_given_name(words[0]) and not any(map(syllable_name, words[1:])):
            continue  # Perhaps Robinson: a sentence's first word, no given name (but Park
            # Min-jun: a family name first, before a given name of romanised syllables)
        found.setdefault(words, []).append((person[0].start, person[-1].end))
    _add_article_names(doc, found)
    return found


_TOKEN_START = operator.attrgetter("start")


def _add_article_names(doc: Document, found: dict[tuple[str, ...], list[tuple[int, int]]]) -> None:
    """Add to ``found`` the names of a given name and a family name that opens with a
    lower-case particle joined by a hyphen (``Khalid al-Mansouri``, ``Ahmed el-Sayed``):
    no run of capitals holds them. The given name stands one space before it, capitalised,
    no title, function word or everyday English word."""
    text, tokens = doc.analysis_text, doc.tokens
    particles, titles = name_particles(), title_words()
    hyphen = text.find("-")
    while hyphen >= 0:
        at, hyphen = hyphen, text.find("-", hyphen + 1)
        if not (text[at - 1 : at].islower() and text[at + 1 : at + 2].isupper()):
            continue  # al-Mansouri: a lower-case letter, the hyphen, a capital
        index = bisect.bisect_right(tokens, at, key=_TOKEN_START) - 1
        if index < 1:
            continue
        start, end, value = tokens[index]
        head, _, tail = value.partition("-")
        if head not in particles or not (tail[:1].isupper() and tail[1:].islower()):
            continue
        before = tokens[index - 1]
        first = before.value
        if text[before.end : start] != " " or not (first[:1].isupper() and first[1:].islower()):
            continue
        if first in titles or _no_given_name(first) or is_place(first):
            continue
        found.setdefault((first, value), []).append((before.start, end))


def _without_title_residue(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without the English words of a title left before a given name (``Finance
    Christian Lindner`` after ``the Minister of``: ``Christian Lindner``); two words stay."""
    while (
        len(words) > 2
        and ordinary_word(words[0])
        and not folded_given_name(words[0].casefold())
        and folded_given_name(words[1].casefold())
    ):
        words = words[1:]
    return words


def _no_given_name(word: str) -> bool:
    """A function word or an everyday English word that is no known given name (``Perhaps``;
    not ``John``)."""
    folded = word.casefold()
    if folded in stop_words():
        return True
    return is_everyday_english(folded) and not folded_given_name(folded)


def order_variants(
    doc: Document, names: dict[tuple[str, ...], list[tuple[int, int]]]
) -> Iterator[Variant]:
    """A full name written in another order (``Jinping Xi`` after ``Xi Jinping``; ``Gabriel
    Márquez García`` after ``Gabriel García Márquez``).

    The name written most often, or first, is the expected order. No word may be a place, a
    title or a function word, and at most one an English word (``Paris Hilton`` / ``the
    Hilton Paris``, ``Rose Park`` / ``Park Rose``); both orders must be attested
    mid-sentence.
    """
    analysis = analyze_names(doc)
    by_key: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for words in names:
        by_key.setdefault(tuple(sorted(map(strict_key, words))), []).append(words)
    votes: dict[tuple[str, ...], int] | None = None
    for orders in by_key.values():
        if len(orders) < 2 or not _order_words(orders[0]):
            continue
        attested = [w for w in orders if any(_attested_at(analysis, doc, e) for _, e in names[w])]
        if len(attested) < 2:
            continue
        if votes is None:
            votes = _order_votes(names)
        expected = max(attested, key=lambda w: (votes[w], -names[w][0][0]))
        for words in attested:
            if words == expected:
                continue
            # Two orders of one person's name are a defect whatever the votes; a tie (one
            # each) leaves the right order in doubt: no fix then.
            strong = True
            safe = votes[words] < votes[expected] and votes[expected] >= 2
            for start, end in names[words]:
                found, wanted = " ".join(words), " ".join(expected)
                yield Variant(start, end, found, wanted, ORDER, strong, safe)
    yield from _swapped_family_names(doc, names)


def _order_votes(names: dict[tuple[str, ...], list[tuple[int, int]]]) -> dict[tuple[str, ...], int]:
    """How often the document writes each name, counting it as the end of a longer name
    (``Ortega Salcedo`` in ``Javier Ortega Salcedo``: a vote for that order)."""
    votes = {words: len(occurrences) for words, occurrences in names.items()}
    for words, occurrences in names.items():
        for size in range(2, len(words)):
            tail = words[-size:]
            if tail in votes:
                votes[tail] += len(occurrences)
    return votes


def _swapped_family_names(
    doc: Document, names: dict[tuple[str, ...], list[tuple[int, int]]]
) -> Iterator[Variant]:
    """Two family names alone in the other order than a full name of three or four words
    ends with (``Judge Ortiz Salgado`` after ``María Teresa Salgado Ortiz``): an Iberian
    double surname swapped. The first family name alone (``Salgado``) is normal usage."""
    tails: dict[tuple[str, ...], tuple[str, ...]] = {}
    for words in names:
        if len(words) >= 3:
            tails.setdefault(tuple(map(strict_key, words[-2:])), words[-2:])
    if not tails:
        return
    analysis = analyze_names(doc)
    for words, occurrences in names.items():
        if len(words) != 2:
            continue
        expected = tails.get((strict_key(words[1]), strict_key(words[0])))
        if expected is None or not _order_words(expected):
            continue
        if tuple(map(strict_key, words)) in tails:
            continue  # both orders end full names: the order variant of the full names

        if not any(_attested_at(analysis, doc, end) for _, end in occurrences):
            continue
        for start, end in occurrences:
            yield Variant(start, end, " ".join(words), " ".join(expected), ORDER, True, True)


def _order_words(words: tuple[str, ...]) -> bool:
    """Words whose order may vary: no place, title or function word, and at most one word
    of English (``Xi``)."""
    from checker.analysis.gazetteers import name_places

    if any(is_place(w) or w in title_words() or w.casefold() in stop_words() for w in words):
        return False
    if any(w in name_places() for w in words):
        return False  # Paris Hilton, the Hilton Paris: a place as likely as a name
    return sum(ordinary_word(w) and not syllable_name(w) for w in words) <= 1


def _attested_at(analysis: NameAnalysis, doc: Document, end: int) -> bool:
    """The name word ending at ``end`` (a name's last word) is capitalised where only a name
    would be (``Lomax Rachel cited``: ``Rachel`` proves the name)."""
    index = bisect.bisect_left(doc.tokens, end, key=operator.attrgetter("end"))
    word = analysis.word_at(index)
    return word is not None and word.attested


# A last letter that makes another name, not a misspelling: a plural or family (``the
# Williams``, ``William``). A feminine surname (``Anna Petrova``, her husband ``Ivan
# Petrov``) is told apart by its given name.
_PLURAL = frozenset("sS")


def final_letter_variants(
    doc: Document, names: dict[tuple[str, ...], list[tuple[int, int]]]
) -> Iterator[Variant]:
    """A family name without its last letter (``Johnso`` after ``Alan Johnson``).

    The full spelling must stand as the last word of a full name (after a given name); the
    short one alone or after the same given name (``Elliot Spitze``), never after another
    one only (``John Smit``, ``Ian Smith``); neither spelling an English word (``Cour`` de
    cassation beside a ``Court``), no place, given name or known proper noun of its own
    (``Malone`` beside ``Maloney``), and no more often than the full one. A dropped ``s`` is
    no variant (``the Williams`` / ``William``).
    """
    analysis = analyze_names(doc)
    family: dict[str, str] = {}  # strict key of a confirmed family name → its spelling
    givens: dict[str, set[str]] = {}  # strict key of a family name → its given names
    for words in names:
        family.setdefault(strict_key(words[-1]), words[-1])
        givens.setdefault(strict_key(words[-1]), set()).add(strict_key(words[0]))
    if not family:
        return
    by_value = analysis.by_value
    counts = {value: len(by_value.get(value, ())) for value in family.values()}
    shortened: dict[str, str] = {}  # a family name's key without its last letter → the name
    for key, value in family.items():
        shortened.setdefault(key[:-1], value)
    if shortened.keys().isdisjoint(analysis.strict_keys.values()):
        return  # no capital is a family name less its last letter (most documents)
    for raw, key in analysis.strict_keys.items():
        value = analysis.spellings.get(raw, raw)  # Mourinh’s → Mourinh
        if len(key) < MIN_FINAL_STEM or not value.isalpha():
            continue
        indexes = by_value[raw]
        expected = shortened.get(key)
        if expected is None or expected[-1] in _PLURAL or ordinary_word(value):
            continue
        if ordinary_word(expected):
            continue  # Cour (de cassation) / the Court: a foreign word beside an English one
        if len(indexes) > counts[expected] or known_name(value):
            continue  # Malone / Maloney: two names
        if key in givens and givens[key].isdisjoint(givens[strict_key(expected)]):
            continue  # John Smit and Ian Smith: two people
        for index in indexes:
            word = analysis.word_at(index)
            if word is None or word.heading or _next_is_name(doc, index):
                continue
            yield Variant(word.start, word.end, word.value, expected, FINAL, True, True)


def _next_is_name(doc: Document, index: int) -> bool:
    """``tokens[index]`` is followed, one space on, by a capitalised word (a given name's
    place, not a family name's)."""
    tokens = doc.tokens
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    gap = doc.analysis_text[tokens[index].end : following.start]
    return gap == " " and following.value[:1].isupper()


def _two_word_groups(
    names: Iterable[tuple[str, ...]], key: Callable[[tuple[str, ...]], str | None]
) -> list[list[tuple[str, ...]]]:
    """The names of two words grouped by ``key`` (None leaves a name out), in the order
    they come, at most ``MAX_SURNAMES_PER_GIVEN`` a group: the groups of two or more."""
    by_key: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        value = key(words) if len(words) == 2 else None
        if value is None:
            continue
        group = by_key.setdefault(value, [])
        if len(group) < MAX_SURNAMES_PER_GIVEN:
            group.append(words)
    return [group for group in by_key.values() if len(group) > 1]


def surname_variants(
    doc: Document, names: dict[tuple[str, ...], list[tuple[int, int]]]
) -> Iterator[Variant]:
    """One edit in a family name after the same given name (``Elliot Spitzer`` / ``Elliot
    Spitser``), by ``rapidfuzz``'s Levenshtein distance.

    Only names of two words; family names of five letters or more, unhyphenated, no English
    word or place; an ``s`` added at the end is an edit when the longer name stands for one
    person (``Giorgia Moretti`` / ``Giorgia Morettis, the winemaker``; not ``the young
    Billy Elliots``), any other ending is none (``Sri Lanka`` / ``Sri Lankan``).
    The rarer spelling (counting the family name alone too) is reported, strong
    when the other is written more often or when the edit is one of transliteration
    (``Olena Kovalenko`` / ``Olena Kovalenco``; see :func:`_transliteration_edit`); any
    other tie is worth a look.
    """
    groups = _two_word_groups(
        names,
        lambda words: (
            strict_key(words[0]) if "-" not in words[1] and len(strict_key(words[1])) >= 5 else None
        ),
    )
    if not groups:
        return
    from rapidfuzz.distance import Levenshtein  # lazy: few documents have such a pair

    by_value = analyze_names(doc).by_value

    def family_votes(word: str) -> int:
        return (
            len(by_value.get(word, ()))
            + len(by_value.get(f"{word}’s", ()))
            + len(by_value.get(f"{word}'s", ()))
        )

    for group in groups:
        for a, b in itertools.combinations(group, 2):
            key_a, key_b = strict_key(a[1]), strict_key(b[1])
            if (key_a.startswith(key_b) or key_b.startswith(key_a)) and not _singular_s_added(
                doc, key_a, key_b, names[a if len(key_a) > len(key_b) else b]
            ):
                continue  # an ending added: the young Billy Elliots, Sri Lankan
            if Levenshtein.distance(key_a, key_b, score_cutoff=1) > 1:
                continue
            if ordinary_word(a[1]) or ordinary_word(b[1]):
                continue
            # The family name's votes: as written in full names and alone.
            votes_a, votes_b = family_votes(a[1]), family_votes(b[1])
            # A tie goes to the spelling more frequent in text (any language's).
            order_a = (votes_a, spelling_frequency(a[1]), -names[a][0][0])
            order_b = (votes_b, spelling_frequency(b[1]), -names[b][0][0])
            expected, found = (a, b) if order_a >= order_b else (b, a)
            safe = max(votes_a, votes_b) > min(votes_a, votes_b)
            strong = safe or _transliteration_edit(key_a, key_b)
            for start, end in names[found]:
                yield Variant(
                    start, end, " ".join(found), " ".join(expected), SURNAME, strong, safe
                )


def family_variants(
    doc: Document, names: dict[tuple[str, ...], list[tuple[int, int]]]
) -> Iterator[Variant]:
    """One edit of transliteration in a family name after another given name (``Georgios
    Papadopoulos`` … ``Giorgos Papadopulos``, ``Olena Kovalenko`` … ``Ihor Kovalenco``):
    whether one person or two relatives, the family name is one and spelt two ways.

    Only names of two words; family names of five letters or more, unhyphenated, no
    English word, place or known name (``Kline`` / ``Cline``, ``Smith`` / ``Smyth`` may be
    two families); the edit one of :func:`_transliteration_edit`. Strong only when the
    document writes the other spelling (in full names and alone) at least twice and more
    often; otherwise nothing is claimed. Candidates are found by shared deletion keys.
    """
    families: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        if len(words) == 2 and "-" not in words[1] and len(strict_key(words[1])) >= 5:
            families.setdefault(strict_key(words[1]), []).append(words)
    if len(families) < 2:
        return
    by_deletion: dict[str, list[str]] = {}
    for key in families:
        for deleted in _deletion_keys(key):
            by_deletion.setdefault(deleted, []).append(key)
    shared = [keys for keys in by_deletion.values() if len(keys) > 1]  # most: one name
    pairs = {(a, b) for keys in shared for a, b in itertools.combinations(sorted(keys), 2)}
    by_value = analyze_names(doc).by_value
    for key_a, key_b in sorted(pairs):
        if not _transliteration_edit(key_a, key_b):
            continue
        spelling_a, spelling_b = families[key_a][0][1], families[key_b][0][1]
        if any(ordinary_word(w) or known_name(w) for w in (spelling_a, spelling_b)):
            continue
        votes_a, votes_b = _family_votes(by_value, spelling_a), _family_votes(by_value, spelling_b)
        if max(votes_a, votes_b) < 2 or votes_a == votes_b:
            continue
        expected, found = (spelling_a, key_b) if votes_a > votes_b else (spelling_b, key_a)
        for words in families[found]:
            for _, end in names[words]:
                yield Variant(end - len(words[1]), end, words[1], expected, FAMILY, True, True)


def _family_votes(by_value: dict[str, list[int]], word: str) -> int:
    """How often the document writes ``word``, in full names and alone, possessives too."""
    return sum(len(by_value.get(form, ())) for form in (word, f"{word}’s", f"{word}'s"))


def first_word_variants(
    doc: Document, names: dict[tuple[str, ...], list[tuple[int, int]]]
) -> Iterator[Variant]:
    """One edit in the first word of two-word names that share their second word: a given
    name before the same family name (``Tiago Rodrigues`` / ``Thiago Rodrigues``), or a
    family name before the same given name of romanised syllables (``Choi Eun-mi`` /
    ``Choe Eun-mi``), by ``rapidfuzz``'s Levenshtein distance.

    Both first words start alike and are no English word or place. A given name's edit
    adds or drops a letter inside it or is one of transliteration (``Eric`` / ``Erik``):
    an ending (``Paolo`` / ``Paola``, ``Daniel`` / ``Daniela``) or another letter inside
    (``Marco`` / ``Mario``) may be a sibling. The rarer spelling is reported (on a tie, the
    one less frequent in text, then the later one); the fix is safe when the other is
    written more often.
    """
    groups = _two_word_groups(
        names, lambda words: strict_key(words[1]) if words[0][1:].islower() else None
    )
    if not groups:
        return
    from rapidfuzz.distance import Levenshtein  # lazy: few documents have such a pair

    for group in groups:
        for a, b in itertools.combinations(group, 2):
            key_a, key_b = strict_key(a[0]), strict_key(b[0])
            one_edit = _first_word_edit(key_a, key_b, syllable_name(a[1])) and (
                Levenshtein.distance(key_a, key_b, score_cutoff=1) <= 1
            )
            vowels_only = not (one_edit or syllable_name(a[1])) and _vowel_transliteration(
                key_a, key_b
            )
            if not (one_edit or vowels_only):
                continue
            if ordinary_word(a[0]) or ordinary_word(b[0]):
                continue
            # A tie goes to the spelling more frequent in text (any language's), as for
            # the vowel kind (Vadim / Vadym), so that both kinds report the same one; a
            # transliteration of vowels (Mohamed / Muhammad) to the first written.
            freq_a = 0.0 if vowels_only else spelling_frequency(a[0])
            freq_b = 0.0 if vowels_only else spelling_frequency(b[0])
            order_a = (len(names[a]), freq_a, -names[a][0][0])
            order_b = (len(names[b]), freq_b, -names[b][0][0])
            expected, found = (a, b) if order_a >= order_b else (b, a)
            safe = len(names[expected]) > len(names[found])
            for start, end in names[found]:
                yield Variant(
                    start, end, " ".join(found), " ".join(expected), FIRST_WORD, True, safe
                )


def _first_word_edit(a: str, b: str, family_first: bool) -> bool:
    """``a`` and ``b`` (keys, one edit apart) may be one first word: long enough, the same
    first letter, and for a given name an inner letter added or dropped or one edit of
    transliteration (see :func:`first_word_variants`)."""
    if a == b or a[:1] != b[:1] or max(len(a), len(b)) < MIN_FIRST_WORD_VARIANT:
        return False
    if family_first:
        return True
    if len(a) == len(b):
        return _transliteration_edit(a, b)
    return a[-1] == b[-1]


_SOUND_RUNS = lazy(r"[aeiou]+|[^aeiou]+")

# Vowels that transliterations of one vowel of a script that leaves most vowels unwritten
# write for each other (Arabic, Persian: Mohamed / Muhammad, Khalid / Khaled, Karim /
# Kareem, Yusuf / Yousef, Husain / Hussein); not ``a`` / ``i`` nor ``a`` / ``u`` (Hamid /
# Hamad, Hasan / Husain, Karim / Karam are names of their own).
_VOWEL_SPELLINGS = frozenset(
    frozenset(pair)
    for pair in (
        ("a", "e"), ("e", "i"), ("i", "ee"), ("o", "u"), ("u", "ou"), ("u", "oo"),
        ("u", "e"), ("ai", "ei"),
    )
)  # fmt: skip


def _sound_runs(key: str) -> list[str]:
    """``key`` cut into runs of vowels and of consonants, a doubled consonant written once
    (``muhammad`` → ``m u h a m a d``)."""
    return _SOUND_RUNS.findall(_DOUBLED.sub(_FIRST_GROUP, key))


def _vowel_transliteration(a: str, b: str) -> bool:
    """``a`` and ``b`` (keys of given names) differ only in doubled consonants and in vowels
    one transliteration writes for another's (``Mohamed`` / ``Muhammad``, ``Yusuf`` /
    ``Yousef``): one name transliterated twice. Both are long enough and share the first
    and the last letter, so that an ending (``Paolo`` / ``Paola``, ``Daniel`` / ``Daniela``)
    stays two names."""
    if a == b or min(len(a), len(b)) < MIN_VOWEL_TRANSLITERATION:
        return False
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    runs_a, runs_b = _sound_runs(a), _sound_runs(b)
    if len(runs_a) != len(runs_b):
        return False
    return all(
        x == y or frozenset((x, y)) in _VOWEL_SPELLINGS for x, y in zip(runs_a, runs_b, strict=True)
    )


# After a name, what makes it one person: an apposition or a verb in the singular.
_SINGULAR_AFTER = lazy(r",[ \u00a0]+(?:the|a|an)[ \u00a0]|[ \u00a0](?:is|was|has)\b")


def _singular_s_added(
    doc: Document, key_a: str, key_b: str, occurrences: list[tuple[int, int]]
) -> bool:
    """One key is the other with an ``s`` added, and the longer name (at ``occurrences``)
    stands for one person at least once: an apposition (``Giorgia Morettis, the
    winemaker``), a singular verb or a reporting verb after it; not a plural (``the young
    Billy Elliots``, ``all Wayne Rooneys -``) or another ending (``Sri Lankan``)."""
    longer, shorter = (key_a, key_b) if len(key_a) > len(key_b) else (key_b, key_a)
    if len(longer) != len(shorter) + 1 or longer[-1] != "s":
        return False
    text = doc.analysis_text
    verbs = reporting_verbs()
    for _, end in occurrences:
        if _SINGULAR_AFTER.match(text, end):
            return True
        following = text[end : end + 20].split(maxsplit=1)
        if text[end : end + 1] == " " and following and following[0] in verbs:
            return True
    return False


# ---------------------------------------------------------------------------------------
# A family name alone, one edit from a family name introduced with its given name

# Feminine and plural endings: a different form of the name, not a misspelling (Kowalski /
# Kowalska, Petrov / Petrova, Novak / Novakova, Williams / William).
_FORM_ENDINGS = lazy(r"(?:a|s|ova|eva|ina|aya)$")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _deletion_keys(key: str) -> frozenset[str]:
    """``key`` and ``key`` without each one of its letters: two keys one edit (or one swap
    of two letters) apart share one of them. Memoised: a family name recurs."""
    return frozenset([key, *(key[:index] + key[index + 1 :] for index in range(len(key)))])


def lone_surname_variants(
    doc: Document, names: dict[tuple[str, ...], list[tuple[int, int]]]
) -> Iterator[Variant]:
    """A family name alone, never introduced, one edit from an introduced family name
    (kind ``alone``, see the module's docstring).

    The introduced name (the expected spelling) is the last word of a full name of two or
    three words whose first word may be a given name (a known one, or no English word or
    place). The spelling alone stands mid-sentence (or after a title, or with a
    possessive) at most twice, never next to another capitalised word, and is no English
    word, place, given name or known proper noun. Candidates are found by shared deletion
    keys (one dictionary look-up per letter), then checked by ``rapidfuzz``.
    """
    introduced, counts = _introduced_families(names)
    if not introduced:
        return
    analysis = analyze_names(doc)
    candidates = _lone_candidates(analysis, introduced)
    if not candidates:
        return  # no capital of an introduced family name's shape (most documents)
    # Only the introduced keys of a candidate's shape can be one edit from it.
    near = {(key[0], len(key) + step) for _, _, key in candidates for step in (-1, 0, 1)}
    by_deletion: dict[str, list[str]] = {}
    for key in (key for key in introduced if (key[0], len(key)) in near):
        for deleted in _deletion_keys(key):
            by_deletion.setdefault(deleted, []).append(key)
    for raw, value, key in candidates:
        deleted = _deletion_keys(key)
        if by_deletion.keys().isdisjoint(deleted):
            continue  # one set test (in C): no introduced name one edit away (most)
        matches = {m for d in deleted for m in by_deletion.get(d, ())}
        indexes = analysis.by_value[raw]
        expected = _closest_family(key, matches, introduced)
        if expected is None or _other_form(value, expected):
            continue
        if ordinary_word(value) or known_name(value) or ordinary_word(expected):
            continue
        alone = _alone_at(doc, analysis, indexes)
        if not alone or len(indexes) > MAX_ALONE_COUNT:
            continue
        strong = _transliteration_edit(key, strict_key(expected)) or all(
            speaks(doc.analysis_text, start, end) or _attributed(doc.analysis_text, start, end)
            for start, end in alone
        )
        safe = strong and counts[expected] >= 2 and counts[expected] > len(indexes)
        for start, end in alone:
            yield Variant(start, end, value, expected, ALONE, strong, safe)


def _lone_candidates(
    analysis: NameAnalysis, introduced: dict[str, str]
) -> list[tuple[str, str, str]]:
    """The capitalised token values (in order) that may be an ``introduced`` family name
    misspelt, with spelling and strict key: letters, only the first a capital, no introduced
    name, of the shape of one (its first letter, its length ±1; tested by loops in C)."""
    shapes = {(key[0], len(key) + step) for key in introduced for step in (-1, 0, 1)}
    keys = analysis.strict_keys
    firsts = map(operator.getitem, keys.values(), itertools.repeat(slice(0, 1)))
    shaped = zip(firsts, map(len, keys.values()), strict=True)
    found = []
    for raw in itertools.compress(keys, map(shapes.__contains__, shaped)):
        value = analysis.spellings.get(raw, raw)  # name_word_value(raw) or raw
        alpha = len(value) >= MIN_ALONE_LENGTH and value[1:].islower() and value.isalpha()
        if alpha and keys[raw] not in introduced:
            found.append((raw, value, keys[raw]))
    return found


_ACCORDING_TO = lazy(r"\b[Aa]ccording to $")


def _attributed(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the source of a report, as a person who speaks: ``according
    to`` right before it and a comma or period right after it (``According to Huttonen,
    the talks…``)."""
    return text[end : end + 1] in (",", ".") and (
        _ACCORDING_TO.search(text, max(0, start - 13), start) is not None
    )


def _introduced_families(
    names: dict[tuple[str, ...], list[tuple[int, int]]],
) -> tuple[dict[str, str], dict[str, int]]:
    """The family names introduced after a word that may be a given name (a known one, or
    no English word or place), by strict key, and how often each full name stands."""
    introduced: dict[str, str] = {}  # strict key → the family name's spelling
    counts: dict[str, int] = {}
    for words, occurrences in names.items():
        family = words[-1]
        key = strict_key(family)
        if len(key) < MIN_ALONE_LENGTH or not family[1:].islower() or "-" in family:
            continue
        first = words[0]
        if not (folded_given_name(first.casefold()) or not ordinary_word(first)):
            continue
        introduced.setdefault(key, family)
        counts[family] = counts.get(family, 0) + len(occurrences)
    return introduced, counts


def _alone_at(doc: Document, analysis: NameAnalysis, indexes: list[int]) -> list[tuple[int, int]]:
    """Where the spelling at ``indexes`` stands alone (headings aside), or nothing when it
    once stands with a given name or in a longer name."""
    text = doc.analysis_text
    tokens = doc.tokens
    title_set = title_words()
    alone = []
    for index in indexes:
        word = analysis.word_at(index)
        if word is None or word.heading:
            continue
        previous = tokens[index - 1] if index else None
        titled = previous is not None and previous.value in title_set
        if not _stands_alone(text, tokens, index, titled):
            return []  # introduced with a given name, or part of a longer name
        alone.append((word.start, word.end))  # its letters count at a sentence start
    return alone


# Letters that one transliteration writes for another's (Kovalenko / Kovalenco, Soloviov /
# Solovyov, Tkachenko / Tkatchenko, Papadopoulos / Papadopulos, Wojcik / Vojcik, Nikolayev
# / Nikolaev): the
# spelling alone differs from the introduced one by one of these, in either direction.
_TRANSLITERATION_EDITS = (
    ("k", "c"), ("ck", "k"), ("y", "i"), ("v", "w"), ("tch", "ch"), ("ou", "u"), ("yev", "ev"),
    ("yov", "ov"),
)  # fmt: skip


def _transliteration_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` (keys) differ by one transliteration edit (``_TRANSLITERATION_EDITS``)
    and nothing else: a strong sign of one name transliterated twice, where any other
    edit (``Horan`` / ``Horgan``) may be two people or a typing slip (worth a look)."""
    for x, y in _TRANSLITERATION_EDITS:
        for one, other in ((x, y), (y, x)):
            start = a.find(one)
            while start >= 0:
                if a[:start] + other + a[start + len(one) :] == b:
                    return True
                start = a.find(one, start + 1)
    return False


def _closest_family(key: str, matches: set[str], introduced: dict[str, str]) -> str | None:
    """The one introduced family name one edit or swap from ``key``, or None (none, or two:
    ``Hansen`` and ``Hanson`` both one letter from ``Hanssen``)."""
    from rapidfuzz.distance import OSA  # lazy: few documents have such a pair

    found = [m for m in sorted(matches) if m[0] == key[0] and OSA.distance(key, m) == 1]
    return introduced[found[0]] if len(found) == 1 else None


def _other_form(value: str, expected: str) -> bool:
    """A feminine, plural or other ending of the same name (``Kowalska`` / ``Kowalski``,
    ``Petrova`` / ``Petrov``, ``Williams`` / ``William``), not a misspelling."""
    a, b = strict_key(value), strict_key(expected)
    stem = 0
    while stem < min(len(a), len(b)) and a[stem] == b[stem]:
        stem += 1
    return (
        stem >= len(a) - 2
        and stem >= len(b) - 2
        and bool(_FORM_ENDINGS.search(a) or _FORM_ENDINGS.search(b))
    )


def _stands_alone(text: str, tokens: list, index: int, titled: bool) -> bool:
    """``tokens[index]`` has no capitalised word one space before it (but a title or a
    name's particle: ``Al Suweidi``, ``Van Dyk``) or after it: no given name, no longer
    name (``Huttonen`` alone; not ``Jussi Huttonen``)."""
    if index > 0 and not titled:
        previous = tokens[index - 1]
        if text[previous.end : tokens[index].start] == " " and is_name_word(previous.value):
            word = previous.value.casefold()
            return word in stop_words() or word in name_particles()
    if index + 1 < len(tokens):
        following = tokens[index + 1]
        gap = text[tokens[index].end : following.start]
        if gap == " " and is_name_word(following.value):
            return following.value.casefold() in stop_words()
    return True
