"""Name variants: one name spelt several ways in one document (facts for rule N103).

Machine translation transliterates a name afresh in each sentence, so one person becomes
``Kim Jong-un``, ``Kim Jong Un`` and ``Kim Jong-Un``, or ``Zelensky`` and ``Zelenskyy``.
Spellings are grouped by keys, never compared pairwise, so the cost stays linear in the
length of the document. Each kind of variant has its own key (the ``kind`` of a
:class:`Variant`):

- ``form`` (:func:`~checker.analysis.names.strict_key`): case, hyphens, spaces and
  diacritics folded, and other scripts transliterated by ``anyascii`` (``Erdoğan`` /
  ``Erdogan``, ``Kim Jong-un`` / ``Kim Jong Un``, ``Jean-Pierre`` / ``Jean Pierre``).
- ``doubled`` (:func:`~checker.analysis.names.loose_key`): doubled consonants folded
  (``Roddick`` / ``Rodick``).
- ``ending``: transliteration endings (``Zelensky`` / ``Zelenskyy`` / ``Zelenskiy``).
- ``transliteration``: Dutch ``ij`` / ``y`` and a Russian ``Ye`` / ``E`` (``Yevgeny`` /
  ``Evgeny``).
- ``final``: a family name without its last letter (``Scholz`` / ``Schol``).
- ``order``: the same words in another order: given and family name (``Xi Jinping`` /
  ``Jinping Xi``) or two Iberian family names (``Gabriel García Márquez`` / ``Gabriel
  Márquez García``, ``Judge Ortiz Salgado`` after ``María Teresa Salgado Ortiz``; the
  first family name alone, ``Salgado``, is normal usage).
- ``particle`` and ``vowel``: within a full name, a changed particle (``van der`` / ``van
  de``) or one inner vowel of one word (``Maier`` / ``Meier``).
- ``surname``: one edit in a family name after the same given name (``Thomas Müller`` /
  ``Thomas Muler``), by ``rapidfuzz``'s Levenshtein distance.
- ``alone``: a family name standing alone (or after a title) that the document never writes
  after a given name, one edit or one swap of two letters (``rapidfuzz``'s optimal string
  alignment distance) from the family name of a full name (``Jussi Huttunen`` …
  ``Huttonen``, ``Oleksandr Tkachenko`` … ``Mr. Tkatchenko``): news introduces a person by
  the full name, so a family name nobody introduced that is one letter from one that was
  is likely that person's, unless it is a word, a place, a known name of its own or
  another form of the name (``Kowalski`` / ``Kowalska``, ``Petrov`` / ``Petrova``,
  ``Williams``). Strong only when the edit is one of transliteration (``k`` / ``c``,
  ``y`` / ``i``, ``v`` / ``w``, ``tch`` / ``ch``, ``ou`` / ``u``): any other edit
  (``Horan`` / ``Horgan``, two rugby players) is worth a look.

Minimum evidence, so that two people are not merged: a variant is ``strong`` (a rule may
warn) only when the same given name or the same family name stands with both spellings, or
when a rarer spelling stands against a dominant one that the document writes at least
twice as often and at least twice; otherwise it is weak (worth a look). Two spellings that
only ever follow different given names belong to two people (``Sergio García``, ``Jeff
Garcia``); names that only look alike (``Kim Jong-un`` / ``Kim Jong-il``, ``Lee`` / ``Li``,
``Paolo`` / ``Paola``) get different keys.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from checker.analysis.lexicon import english_parts, is_everyday_english, word_info
from checker.analysis.names import (
    NameAnalysis,
    NameRun,
    NameSpan,
    analyze_names,
    folded_given_name,
    is_name_word,
    is_place,
    loose_key,
    name_values,
    name_word_value,
    stop_words,
    strict_key,
    transliteration_key,
)
from checker.document import Document
from checker.thresholds.name import (
    MAX_ALONE_COUNT,
    MAX_ORDER_VARIANT_WORDS,
    MAX_SURNAMES_PER_GIVEN,
    MIN_ALONE_LENGTH,
    MIN_FINAL_STEM,
    MIN_VOWEL_VARIANT,
    SURNAME_MAX_ZIPF,
)
from checker.words import name_particles, title_words

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
ALONE = "alone"
_TOKEN_VALUE = operator.itemgetter(2)
WORD_CACHE_SIZE = 65536


@dataclass(frozen=True, slots=True)
class Variant:
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


def name_variants(doc: Document) -> list[Variant]:
    """Every minority spelling of a name of ``doc``: ``doc.name_variants`` (cached)."""
    return doc.name_variants


def collect_name_variants(doc: Document) -> list[Variant]:
    """Every minority spelling of a name of ``doc``, in document order (uncached: read
    ``doc.name_variants``)."""
    configured = _configured_spellings(doc)
    groups: dict[str, dict[str, _Form]] = {}
    for key, start, end, text, attested, is_pair, given in _units(doc, configured):
        forms = groups.get(key)
        if forms is None:
            forms = groups[key] = {}
        form = forms.get(text)
        if form is None:
            form = forms[text] = _Form(text, is_pair, start)
        form.count += 1
        form.attested += attested
        form.occurrences.append((start, end))
        if given is not None:
            form.givens.add(given)
        if not form.full_name and " " in key:
            form.full_name = True

    found: list[Variant] = []
    for key, forms in groups.items():
        wanted = configured.get(key)
        if len(forms) < 2 and (wanted is None or wanted in forms):
            continue
        found.extend(_group_variants(forms, wanted))
    # A full-name variant over a word already reported adds nothing, unless it is strong
    # and what is reported there is weak (worth a look).
    people = _person_names(doc)
    extra = [
        *_full_name_variants(doc),
        *_order_variants(doc, people),
        *_final_letter_variants(doc, people),
        *_surname_variants(doc, people),
        *_lone_surname_variants(doc, people),
    ]
    if extra:
        extra.sort(key=lambda v: (v.start, v.end))
        found = _merge_variants(found, extra)
    found.sort(key=lambda v: (v.start, v.end))
    return found


def _merge_variants(found: list[Variant], extra: list[Variant]) -> list[Variant]:
    """``found`` with each of ``extra`` (in order) that overlaps none of them, or that is
    strong where only weak variants overlap it (they are dropped)."""
    kept = sorted(found, key=lambda v: (v.start, v.end))
    longest = max((v.end - v.start for v in kept), default=0)
    for variant in extra:
        starts = [v.start for v in kept]
        first = bisect.bisect_left(starts, variant.start - longest)
        last = bisect.bisect_left(starts, variant.end)
        overlapping = [v for v in kept[first:last] if variant.start < v.end]
        if overlapping and (not variant.strong or any(v.strong for v in overlapping)):
            continue
        for old in overlapping:
            kept.remove(old)
        bisect.insort(kept, variant, key=lambda v: (v.start, v.end))
        longest = max(longest, variant.end - variant.start)
    return kept


@dataclass
class _Form:
    """One spelling of a name in the document, with where it stands.

    ``givens`` holds the keys of the given names seen before it (``Sergio`` for ``García``):
    two spellings that only ever follow different given names belong to two people.
    """

    text: str
    is_pair: bool
    first: int
    count: int = 0
    attested: int = 0
    full_name: bool = False  # keyed with the next word of its name (a given name)
    givens: set[str] = field(default_factory=set)
    occurrences: list[tuple[int, int]] = field(default_factory=list)


# One spelling occurrence: (key, start, end, text, attested, is_pair, given). A plain
# tuple: a document has tens of thousands, and a named tuple costs twice as much to make.
_Unit = tuple[str, int, int, str, bool, bool, str | None]


def _units(doc: Document, configured: dict[str, str]) -> list[_Unit]:
    """The name words and pairs whose spelling may be reported, in document order.

    A unit's group (its key) can hold two spellings only when two different spellings of
    the document share its loose key (a word keyed with the next word of its name starts
    with its own loose key), or when the user configured the key. Every other unit is left
    out: most names are spelt one way, and their words are never made.
    """
    analysis = analyze_names(doc)
    spellings = name_values(analysis.by_value)
    runs = analysis.long_runs
    pairs = _run_pairs(doc.analysis_text, runs)
    shared = _shared_keys({*spellings.values(), *(pair for found in pairs for pair in found)})
    bases = shared | {key.partition(" ")[0] for key in configured}

    def kept(unit: _Unit) -> bool:
        return loose_key(unit[3]) in shared or unit[0] in configured

    # The spellings of words and pairs whose units may be kept.
    wanted = {raw for raw, value in spellings.items() if loose_key(value) in bases}
    wanted_words = {spellings[raw] for raw in wanted}
    wanted_pairs = {pair for found in pairs for pair in found if loose_key(pair) in bases}
    found: list[tuple[int, list[_Unit]]] = []
    in_long_runs = set()  # token indexes of their words
    for run, run_pairs in zip(runs, pairs, strict=True):
        in_long_runs.update(run.indexes)
        if not (
            wanted_words.isdisjoint(map(_TOKEN_VALUE, run.tokens))
            and wanted_pairs.isdisjoint(run_pairs)
        ):
            units = _span_units(doc, analysis.span(run))
            found.append((run.start, [unit for unit in units if kept(unit)]))
    for index in (index for raw in wanted for index in analysis.by_value[raw]):
        word = analysis.word_at(index)
        if word is None or index in in_long_runs:
            continue
        unit = (loose_key(word.value), word.start, word.end, word.value, word.attested, False, None)
        if kept(unit):
            found.append((word.start, [unit]))
    found.sort(key=operator.itemgetter(0))  # spans never overlap: document order
    return [unit for _, units in found for unit in units]


def _run_pairs(text: str, runs: tuple[NameRun, ...]) -> list[list[str]]:
    """The pairs of each run (see :func:`_span_units`): two name words one space apart,
    the first no title (``Jong Un`` in ``Mr. Kim Jong Un``)."""
    title_set = title_words()
    found = []
    for run in runs:
        pairs = []
        before = run.tokens[0]
        for word in run.tokens[1:]:
            if before.value not in title_set and text[before.end : word.start] == " ":
                pairs.append(text[before.start : word.end])
            before = word
        found.append(pairs)
    return found


def _shared_keys(spellings: set[str]) -> set[str]:
    """The loose keys that two spellings or more of ``spellings`` share."""
    first: dict[str, str] = {}
    shared = set()
    for spelling in spellings:
        key = loose_key(spelling)
        if first.setdefault(key, spelling) != spelling:
            shared.add(key)
    return shared


def _span_units(doc: Document, span: NameSpan) -> Iterator[_Unit]:
    """Every word of a span of two name words or more, and every two of its words one space
    apart (``Jong Un``).

    A pair is what a hyphenated name becomes when its hyphen is lost: ``Jong-un`` and
    ``Jong Un`` share a key. A word followed by another word of its name is keyed with that
    word too, so ``José Mourinho`` and ``Jose Altuve`` do not make ``José`` a variant.
    """
    text = doc.analysis_text
    title_set = title_words()
    stops = stop_words()
    words = span.words
    last = len(words) - 1
    keys = [loose_key(word.value) for word in words]
    for index, word in enumerate(words):
        before = words[index - 1] if index > 0 else None
        if before is not None and before.value in title_set:
            before = None
        given = None
        if before is not None and before.value.casefold() not in stops:
            given = keys[index - 1]
        key = keys[index]
        attested = word.attested
        if index < last:
            key = f"{key} {keys[index + 1]}"
            # Theo Marchand at a sentence start: the name after it proves it a name.
            attested = attested or (
                words[index + 1].attested and word.value.casefold() not in stops
            )
        yield (key, word.start, word.end, word.value, attested, False, given)
        if before is not None and text[before.end : word.start] == " ":
            pair = text[before.start : word.end]
            earlier = None
            if index > 1 and words[index - 2].value.casefold() not in stops:
                earlier = keys[index - 2]
            if index > 1 and words[index - 2].value in title_set:
                earlier = None
            # Jean Pierre Raffarin: keyed with the family name, as Jean-Pierre is.
            pair_key = loose_key(pair)
            if index < last:
                pair_key = f"{pair_key} {keys[index + 1]}"
            yield (
                pair_key,
                before.start,
                word.end,
                pair,
                before.attested and not word.heading,
                True,
                earlier,
            )


def _configured_spellings(doc: Document) -> dict[str, str]:
    """The user's known spellings (``names``), by loose key of each word and word pair.

    Lower-case particles (``de`` in ``Charles de Gaulle``) are left out: ``Robert De Niro``
    is no misspelling of them.
    """
    preferred: dict[str, str] = {}
    for name in doc.settings.names:
        words = [word for word in name.split() if is_name_word(word)]
        for word in words:
            preferred.setdefault(loose_key(word), word)
        for first, second in itertools.pairwise(words):
            preferred.setdefault(loose_key(f"{first} {second}"), f"{first} {second}")
            preferred.setdefault(f"{loose_key(first)} {loose_key(second)}", first)
    return preferred


def _difference(found: str, expected: str) -> str:
    """What separates two spellings of one key: ``form``, ``ending``, ``transliteration``
    (Dutch ij / y, Russian Ye / E) or ``doubled``."""
    a, b = strict_key(found), strict_key(expected)
    if a == b:
        return FORM  # case, hyphen, space or diacritics
    if _strip_ending(a) == _strip_ending(b):
        return ENDING
    if transliteration_key(found) == transliteration_key(expected):
        return TRANSLITERATION
    return DOUBLED


_ENDING = re.compile(r"(?:iy|yy|yi|ij|ii|i|y)$")


def _strip_ending(key: str) -> str:
    return _ENDING.sub("", key)


_VOWELS = re.compile(r"[aeiouy]")


def _full_name_variants(doc: Document) -> Iterator[Variant]:
    """Full names that differ only in a particle (``van der`` / ``van de Meulen``) or in one
    vowel of one unhyphenated word (``Thomas Maier`` / ``Thomas Meier``).

    Full names (two words or more after any title) are grouped by a key that drops particles
    and blanks vowels, so the groups stay small; each minority form is compared with the
    majority form of its group only.
    """
    text = doc.analysis_text
    analysis = analyze_names(doc)
    # Full names by spelling, in document order; their words are made only for the groups
    # that hold two spellings.
    by_text: dict[str, list[NameRun]] = {}
    for run in analysis.long_runs:  # full names have two words or more
        if len(run.tokens) - run.person < 2:
            continue
        first, last = run.tokens[run.person], run.tokens[-1]
        by_text.setdefault(text[first.start : last.end], []).append(run)
    by_key: dict[str, list[str]] = {}
    for form_text, runs in by_text.items():
        names = tuple(map(_TOKEN_VALUE, runs[0].tokens[runs[0].person :]))
        by_key.setdefault(" ".join(map(_vowel_key, names)), []).append(form_text)
    groups: dict[str, dict[str, _Form]] = {}
    parts: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for key, form_texts in by_key.items():
        if len(form_texts) < 2:
            continue
        forms = groups[key] = {}
        for form_text in form_texts:
            for run in by_text[form_text]:
                words = analysis.span(run).person_words
                form = forms.get(form_text)
                if form is None:
                    form = forms[form_text] = _Form(form_text, False, words[0].start)
                    parts[form_text] = (tuple(w.value for w in words), _particles_of(form_text))
                form.count += 1
                form.attested += words[-1].attested
                form.occurrences.append((words[0].start, words[-1].end))
    for forms in groups.values():
        attested = {t: f for t, f in forms.items() if f.attested}
        if len(attested) < 2:
            continue
        expected = max(attested, key=lambda t: (attested[t].count, -attested[t].first))
        want_names, want_particles = parts[expected]
        for form_text, form in attested.items():
            if form_text == expected:
                continue
            names, particles_ = parts[form_text]
            if not (
                (names == want_names and particles_ != want_particles)
                or (particles_ == want_particles and _one_vowel_apart(names, want_names))
            ):
                continue
            count = attested[expected].count
            safe = count >= 2 and count > form.count
            kind = PARTICLE if names == want_names else VOWEL
            for start, end in form.occurrences:
                yield Variant(start, end, form_text, expected, kind, True, safe)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _vowel_key(word: str) -> str:
    """:func:`strict_key` with every vowel blanked (``Maier``, ``Meier`` → ``m**r``)."""
    return _VOWELS.sub("*", strict_key(word))


def _particles_of(name: str) -> tuple[str, ...]:
    particle_set = name_particles()
    return tuple(word for word in name.split() if word in particle_set)


def _one_vowel_apart(names: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """The same words but one, a long unhyphenated word with one inner vowel changed."""
    different = [(a, b) for a, b in zip(names, others, strict=True) if a != b]
    if len(different) != 1:
        return False
    a, b = (strict_key(w) for w in different[0])
    if "-" in different[0][0] or "-" in different[0][1] or len(a) < MIN_VOWEL_VARIANT:
        return False
    if len(a) != len(b) or a[-1] != b[-1]:
        return False  # Paolo / Paola, Mario / Maria: the ending tells two people apart
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _confirmed_alone(form: _Form, reference: _Form | None) -> bool:
    """A family name alone (``Rodick``) against the spelling the document gives after a
    given name (``Andy Roddick``): the rarer spelling of a confirmed family name, unless it is
    a word, a place or a known name of its own (``Scot``, ``Life``, ``Philips``)."""
    return (
        reference is not None
        and bool(reference.givens)
        and not form.givens
        and form.count <= reference.count
        and not _ordinary_word(form.text)
        and not _ordinary_word(reference.text)
        and not _known_name(form.text)
    )


def _letters(word: str) -> str:
    """``word``'s letters in lower case, diacritics kept (``I'm`` and ``Im``: ``im``)."""
    return "".join(ch for ch in word.casefold() if ch.isalpha())


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _ordinary_word(word: str) -> bool:
    """A known English word, a function word or a place: no evidence of a name."""
    if word.casefold() in stop_words() or is_place(word):
        return True
    # A hyphenated word is ordinary when all its parts are (Well-Known; not Sang-soo).
    return english_parts(word, SURNAME_MAX_ZIPF)


def _group_variants(forms: dict[str, _Form], wanted: str | None) -> Iterator[Variant]:
    """The minority spellings of one key's group, each against the majority spelling (or
    the configured one, ``wanted``)."""
    # Two words stand for one only when the other spelling hyphenates them (Jong Un,
    # Jong-un): against a closed compound they are usually an identifier (Sorted Dict,
    # SortedDict) or two names.
    hyphenated = [text for text, form in forms.items() if not form.is_pair and "-" in text]
    if not hyphenated and not (wanted and "-" in wanted):
        forms = {text: form for text, form in forms.items() if not form.is_pair}
    # A capital at a sentence start or in a heading proves nothing: such spellings count only
    # as votes for the attested spelling they match (case aside, for title-case headings).
    attested = {text: form for text, form in forms.items() if form.attested}
    by_casefold = {text.casefold(): form for text, form in attested.items()}
    votes = {text: form.count for text, form in attested.items()}
    for text, form in forms.items():
        if text not in attested and text.casefold() in by_casefold:
            target = by_casefold[text.casefold()].text
            votes[target] += form.count
    if wanted is None:
        if not attested or all(form.is_pair for form in attested.values()):
            return
        expected = max(attested, key=lambda t: (votes[t], -attested[t].first))
        decided_by_user = False
    else:
        expected = wanted
        decided_by_user = True
    for text, form in forms.items():
        if text == expected:
            continue
        # An unattested capital (a sentence's first word) proves no name, but its letters
        # are the name's: it is reported when its letters differ (Wojcik. / Wójcik) and it
        # is no word of English (not for case alone, a heading's title case).
        if text not in attested and (
            _letters(text) == _letters(expected)
            or not (decided_by_user or (not form.is_pair and not _ordinary_word(text)))
        ):
            continue
        reference = forms.get(expected)
        if (
            not decided_by_user
            and reference is not None
            and form.givens
            and reference.givens
            and form.givens.isdisjoint(reference.givens)
        ):
            continue  # Sergio García and Jeff Garcia: two people
        difference = _difference(text, expected)
        # The same given name before, or the same family name after, makes one person:
        # Mikhail Kasyanov / Mikhail Kassyanov, Yevgeny Primakov / Evgeny Primakov.
        same_person = (
            form.full_name
            or (reference is not None and not form.givens.isdisjoint(reference.givens))
            or _confirmed_alone(form, reference)
        )
        strong = not (
            (difference == DOUBLED and not same_person)
            or (difference == ENDING and min(len(text), len(expected)) < 6)
            or (difference == TRANSLITERATION and not same_person)
        )
        safe = decided_by_user or (votes[expected] >= 2 and votes[expected] > votes.get(text, 0))
        for start, end in form.occurrences:
            yield Variant(start, end, text, expected, difference, strong, safe, decided_by_user)


# ---------------------------------------------------------------------------------------
# Order and final-letter variants: keys over whole full names and over family names


def _person_names(doc: Document) -> dict[tuple[str, ...], list[tuple[int, int]]]:
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
        words = tuple(map(_TOKEN_VALUE, person))
        if _no_given_name(words[0]):
            continue  # Perhaps Robinson: a sentence's first word, no given name
        found.setdefault(words, []).append((person[0].start, person[-1].end))
    return found


def _no_given_name(word: str) -> bool:
    """A function word or an everyday English word that is no known given name (``Perhaps``;
    not ``John``)."""
    folded = word.casefold()
    if folded in stop_words():
        return True
    return is_everyday_english(folded) and not folded_given_name(folded)


def _order_variants(
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
    for orders in by_key.values():
        if len(orders) < 2 or not _order_words(orders[0]):
            continue
        attested = [w for w in orders if any(_attested_at(analysis, doc, e) for _, e in names[w])]
        if len(attested) < 2:
            continue
        expected = max(attested, key=lambda w: (len(names[w]), -names[w][0][0]))
        for words in attested:
            if words == expected or len(names[words]) > len(names[expected]):
                continue
            strong = len(names[words]) <= len(names[expected])
            safe = len(names[expected]) >= 2
            for start, end in names[words]:
                found, wanted = " ".join(words), " ".join(expected)
                yield Variant(start, end, found, wanted, ORDER, strong, safe)
    yield from _swapped_family_names(doc, names)


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
    return sum(map(_ordinary_word, words)) <= 1


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


def _final_letter_variants(
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
    for raw, indexes in by_value.items():
        value = name_word_value(raw) or raw  # Mourinh’s → Mourinh
        key = strict_key(value)
        if len(key) < MIN_FINAL_STEM or not value.isalpha():
            continue
        expected = shortened.get(key)
        if expected is None or expected[-1] in _PLURAL or _ordinary_word(value):
            continue
        if _ordinary_word(expected):
            continue  # Cour (de cassation) / the Court: a foreign word beside an English one
        if len(indexes) > counts[expected] or _known_name(value):
            continue  # Malone / Maloney: two names
        if key in givens and givens[key].isdisjoint(givens[strict_key(expected)]):
            continue  # John Smit and Ian Smith: two people
        for index in indexes:
            word = analysis.word_at(index)
            if word is None or not word.attested or _next_is_name(doc, index):
                continue
            yield Variant(word.start, word.end, word.value, expected, FINAL, True, True)


def _known_name(word: str) -> bool:
    """A given name or a proper noun of its own (``Malone`` beside ``Maloney``)."""
    return folded_given_name(word.casefold()) or word_info(word).proper_noun


def _next_is_name(doc: Document, index: int) -> bool:
    """``tokens[index]`` is followed, one space on, by a capitalised word (a given name's
    place, not a family name's)."""
    tokens = doc.tokens
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    gap = doc.analysis_text[tokens[index].end : following.start]
    return gap == " " and following.value[:1].isupper()


def _surname_variants(
    doc: Document, names: dict[tuple[str, ...], list[tuple[int, int]]]
) -> Iterator[Variant]:
    """One edit in a family name after the same given name (``Elliot Spitzer`` / ``Elliot
    Spitser``), by ``rapidfuzz``'s Levenshtein distance.

    Only names of two words; family names of five letters or more, unhyphenated, no English
    word or place, and not one the other with an ending added (``Billy Elliots``, ``Sri
    Lankan``). The rarer spelling (counting the family name alone too) is reported, strong
    when the other is written more often or when the edit is one of transliteration
    (``Olena Kovalenko`` / ``Olena Kovalenco``; see :func:`_transliteration_edit`); any
    other tie is worth a look.
    """
    by_given: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        if len(words) == 2 and "-" not in words[1] and len(strict_key(words[1])) >= 5:
            group = by_given.setdefault(strict_key(words[0]), [])
            if len(group) < MAX_SURNAMES_PER_GIVEN:
                group.append(words)
    groups = [group for group in by_given.values() if len(group) > 1]
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
            if key_a.startswith(key_b) or key_b.startswith(key_a):
                continue  # an ending added: Billy Elliots, Sri Lankan (see the final letter)
            if Levenshtein.distance(key_a, key_b, score_cutoff=1) > 1:
                continue
            if _ordinary_word(a[1]) or _ordinary_word(b[1]):
                continue
            # The family name's votes: as written in full names and alone.
            votes_a, votes_b = family_votes(a[1]), family_votes(b[1])
            expected, found = (
                (a, b) if (votes_a, -names[a][0][0]) >= (votes_b, -names[b][0][0]) else (b, a)
            )
            safe = max(votes_a, votes_b) > min(votes_a, votes_b)
            strong = safe or _transliteration_edit(key_a, key_b)
            for start, end in names[found]:
                yield Variant(
                    start, end, " ".join(found), " ".join(expected), SURNAME, strong, safe
                )


# ---------------------------------------------------------------------------------------
# A family name alone, one edit from a family name introduced with its given name

# Feminine and plural endings: a different form of the name, not a misspelling (Kowalski /
# Kowalska, Petrov / Petrova, Novak / Novakova, Williams / William).
_FORM_ENDINGS = re.compile(r"(?:a|s|ova|eva|ina|aya)$")


def _deletion_keys(key: str) -> Iterator[str]:
    """``key`` and ``key`` without each one of its letters: two keys one edit (or one swap
    of two letters) apart share one of them."""
    yield key
    for index in range(len(key)):
        yield key[:index] + key[index + 1 :]


def _lone_surname_variants(
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
    introduced: dict[str, str] = {}  # strict key → the family name's spelling
    counts: dict[str, int] = {}
    for words, occurrences in names.items():
        family = words[-1]
        key = strict_key(family)
        if len(key) < MIN_ALONE_LENGTH or not family[1:].islower() or "-" in family:
            continue
        first = words[0]
        if not (folded_given_name(first.casefold()) or not _ordinary_word(first)):
            continue
        introduced.setdefault(key, family)
        counts[family] = counts.get(family, 0) + len(occurrences)
    if not introduced:
        return
    by_deletion: dict[str, list[str]] = {}
    for key in introduced:
        for deleted in set(_deletion_keys(key)):
            by_deletion.setdefault(deleted, []).append(key)
    analysis = analyze_names(doc)
    title_set = title_words()
    text = doc.analysis_text
    tokens = doc.tokens
    # A spelling one edit from an introduced one starts with the same letter (checked by
    # _closest_family) and is at most one letter longer or shorter: a cheap first filter.
    shapes = {(key[0], len(key) + step) for key in introduced for step in (-1, 0, 1)}
    for raw, indexes in analysis.by_value.items():
        value = name_word_value(raw) or raw
        if len(value) < MIN_ALONE_LENGTH or not value[1:].islower() or not value.isalpha():
            continue
        if value.isascii() and (value[0].lower(), len(value)) not in shapes:
            continue  # most capitals: no key made
        key = strict_key(value)
        if (key[:1], len(key)) not in shapes or key in introduced:
            continue
        matches = {m for d in set(_deletion_keys(key)) for m in by_deletion.get(d, ())}
        if not matches:
            continue
        expected = _closest_family(key, matches, introduced)
        if expected is None or _other_form(value, expected):
            continue
        if _ordinary_word(value) or _known_name(value) or _ordinary_word(expected):
            continue
        alone = []
        for index in indexes:
            word = analysis.word_at(index)
            if word is None or word.heading:
                continue
            previous = tokens[index - 1] if index else None
            titled = previous is not None and previous.value in title_set
            if not _stands_alone(text, tokens, index, titled):
                alone = []
                break  # introduced with a given name, or part of a longer name
            alone.append((word.start, word.end))  # its letters count at a sentence start
        if not alone or len(indexes) > MAX_ALONE_COUNT:
            continue
        strong = _transliteration_edit(key, strict_key(expected))
        safe = strong and counts[expected] >= 2 and counts[expected] > len(indexes)
        for start, end in alone:
            yield Variant(start, end, value, expected, ALONE, strong, safe)


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
    """``tokens[index]`` has no capitalised word one space before it (but a title) or after
    it: no given name, no longer name (``Huttonen`` alone; not ``Jussi Huttonen``)."""
    if index > 0 and not titled:
        previous = tokens[index - 1]
        if text[previous.end : tokens[index].start] == " " and is_name_word(previous.value):
            return previous.value.casefold() in stop_words()
    if index + 1 < len(tokens):
        following = tokens[index + 1]
        gap = text[tokens[index].end : following.start]
        if gap == " " and is_name_word(following.value):
            return following.value.casefold() in stop_words()
    return True
