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
- ``order`` (:mod:`~checker.analysis.person_variants`, the sorted keys of a full name's
  words): the same words in another order: given and family name (``Xi Jinping`` /
  ``Jinping Xi``, ``Park Min-jun`` / ``Min-jun Park``: a given name of romanised syllables
  is no English word, whatever its syllables spell) or two Iberian family names
  (``Gabriel García Márquez`` / ``Gabriel Márquez García``, ``Judge Ortiz Salgado`` after
  ``María Teresa Salgado Ortiz``; the first family name alone, ``Salgado``, is normal
  usage). An order counts its votes at the end of longer names too (``Ortega Salcedo`` in
  ``Javier Ortega Salcedo``); on a tie the later order is reported, with no fix.
- ``particle`` and ``vowel``: within a full name, a changed particle (``van der`` / ``van
  de``) or one inner vowel of one word (``Maier`` / ``Meier``).
- ``surname``: one edit in a family name after the same given name (``Thomas Müller`` /
  ``Thomas Muler``), by ``rapidfuzz``'s Levenshtein distance; an ``s`` added counts when
  the longer name stands for one person (``Giorgia Morettis, the winemaker``), not for a
  plural (``the young Billy Elliots``).
- ``family``: one edit of transliteration (below) in a family name after another given
  name (``Georgios Papadopoulos`` … ``Giorgos Papadopulos``), when the other spelling is
  written at least twice and more often; no known name (``Kline`` / ``Cline``).
- ``first word``: one edit in the first word of two-word names sharing the second
  (``Tiago Rodrigues`` / ``Thiago Rodrigues``, ``Choi Eun-mi`` / ``Choe Eun-mi``); for a
  given name only an inner letter added or dropped or a transliteration edit, not an
  ending (``Paolo`` / ``Paola``) nor another inner letter (``Marco`` / ``Mario``, siblings).
- ``alone``: a family name standing alone (or after a title) that the document never writes
  after a given name, one edit or one swap of two letters (``rapidfuzz``'s optimal string
  alignment distance) from the family name of a full name (``Jussi Huttunen`` …
  ``Huttonen``, ``Oleksandr Tkachenko`` … ``Mr. Tkatchenko``): news introduces a person by
  the full name, so a family name nobody introduced that is one letter from one that was
  is likely that person's, unless it is a word, a place, a known name of its own or
  another form of the name (``Kowalski`` / ``Kowalska``, ``Petrov`` / ``Petrova``,
  ``Williams``). Strong only when the edit is one of transliteration (``k`` / ``c``,
  ``y`` / ``i``, ``v`` / ``w``, ``tch`` / ``ch``, ``ou`` / ``u``), or when the spelling
  alone speaks as a person wherever it stands (``Kemferth replied``, ``“…,” said
  Hurtardo``): any other edit (``Horan`` / ``Horgan``, two rugby players in a team
  sheet) is worth a look.

Minimum evidence, so that two people are not merged: a variant is ``strong`` (a rule may
warn) only when the same given name or the same family name stands with both spellings, or
when a rarer spelling stands against a dominant one that the document writes at least
twice as often and at least twice, or when a family name alone (never introduced) is the
rarer spelling of one introduced with its given name (a known name of its own only when it
speaks after a quotation: ``“…,” Hansen said`` after ``Lars Hanssen``), or when a
spelling alone that speaks as a person wherever it stands is the rarer spelling of a full
name's family name (``“…,” explained Castelluci`` after ``Romeo Castellucci``); otherwise it
is weak (worth a look). A word before a family name is another person's given name only when
it may be one (``Comrade Dabrowski`` is ``Piotr Dąbrowski``). When two spellings tie, the
expected one is the first written, except within full names sharing every other word
(``vowel``, ``particle``, ``surname``), where it is the one more frequent in text of any
language (``Real Sociedad``; ``Real Socieded`` is reported, whichever comes first).
Two spellings that only ever follow different given names belong to two people
(``Sergio García``, ``Jeff Garcia``); names that only look alike (``Kim Jong-un`` /
``Kim Jong-il``, ``Lee`` / ``Li``, ``Paolo`` / ``Paola``) get different keys.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from checker.analysis.lexicon import is_everyday_english
from checker.analysis.names import (
    WORD_CACHE_SIZE,
    NameRun,
    NameSpan,
    analyze_names,
    folded_given_name,
    is_name_word,
    loose_key,
    stop_words,
    strict_key,
    transliteration_key,
)
from checker.analysis.person_variants import (  # re-exported: the kinds of variant
    ALONE,  # noqa: F401
    DOUBLED,
    ENDING,
    FAMILY,  # noqa: F401
    FINAL,  # noqa: F401
    FIRST_WORD,  # noqa: F401
    FORM,
    ORDER,  # noqa: F401
    PARTICLE,
    SURNAME,  # noqa: F401
    TRANSLITERATION,
    VOWEL,
    Variant,
    family_variants,
    final_letter_variants,
    first_word_variants,
    known_name,
    lone_surname_variants,
    order_variants,
    ordinary_word,
    person_names,
    spelling_frequency,
    surname_variants,
)
from checker.analysis.speech_tags import speaks, tags_quotation
from checker.document import Document
from checker.patterns import lazy
from checker.thresholds.name import MIN_VOWEL_VARIANT
from checker.words import name_particles, title_words

_TOKEN_VALUE = operator.itemgetter(2)


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
    people = person_names(doc)
    # The family names after each given name (Julia → Roberts, Yulia → Tymoshenko).
    followers: dict[str, set[str]] = {}
    for words in people:
        followers.setdefault(words[0], set()).add(strict_key(words[-1]))
    for key, forms in groups.items():
        wanted = configured.get(key)
        if len(forms) < 2 and (wanted is None or wanted in forms):
            continue
        found.extend(_group_variants(doc.analysis_text, forms, wanted, followers))
    # A full-name variant over a word already reported adds nothing, unless it is strong
    # and what is reported there is weak (worth a look).
    extra = [
        *_full_name_variants(doc),
        *order_variants(doc, people),
        *final_letter_variants(doc, people),
        *surname_variants(doc, people),
        *family_variants(doc, people),
        *first_word_variants(doc, people),
        *lone_surname_variants(doc, people),
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


class _Form:
    """One spelling of a name in the document, with where it stands.

    ``givens`` holds the keys of the given names seen before it (``Sergio`` for ``García``):
    two spellings that only ever follow different given names belong to two people.
    """

    __slots__ = (
        "attested",
        "count",
        "first",
        "full_name",
        "givens",
        "is_pair",
        "occurrences",
        "text",
    )

    def __init__(self, text: str, is_pair: bool, first: int) -> None:
        self.text = text
        self.is_pair = is_pair
        self.first = first
        self.count = 0
        self.attested = 0
        self.full_name = False  # keyed with the next word of its name (a given name)
        self.givens: set[str] = set()
        self.occurrences: list[tuple[int, int]] = []


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
    spellings = analysis.spellings
    runs = analysis.long_runs
    pairs = _run_pairs(doc.analysis_text, runs)
    shared = _shared_keys({*spellings.values(), *(pair for found in pairs for pair in found)})
    bases = shared | {key.partition(" ")[0] for key in configured}
    if not bases:
        return []  # every name spelt one way (most documents): no unit may be kept

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
    keys = list(map(loose_key, spellings))  # one key a spelling: a key twice is shared
    if len(set(keys)) == len(keys):
        return set()  # every key once (most documents)
    return {key for key, count in Counter(keys).items() if count > 1}


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
        # An English word that is no known given name (an honorific of another language,
        # a nickname) is no evidence of another person.
        if (
            before is not None
            and before.value.casefold() not in stops
            and (not ordinary_word(before.value) or folded_given_name(before.value.casefold()))
        ):
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
                # at a sentence start, the second word proves the pair (Jean Marc Roy)
                (before.attested or word.attested) and not (word.heading or before.heading),
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


_ENDING = lazy(r"(?:iy|yy|yi|ij|ii|i|y)$")


def _strip_ending(key: str) -> str:
    return _ENDING.sub("", key)


_VOWELS = lazy(r"[aeiouy]")


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
        yield from _full_name_group(forms, parts)


def _full_name_group(
    forms: dict[str, _Form], parts: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
) -> Iterator[Variant]:
    """The particle and vowel variants of one group of full names (see
    :func:`_full_name_variants`). Both share every other word, the evidence of one name;
    on a tie the spelling more frequent in text (any language's) is expected, so that the
    one no text writes is reported (``Real Socieded`` / ``Real Sociedad``), whichever
    comes first."""
    attested = {t: f for t, f in forms.items() if f.attested}
    if len(attested) < 2:
        return
    expected = max(
        attested,
        key=lambda t: (attested[t].count, spelling_frequency(t), -attested[t].first),
    )
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


def _confirmed_alone(text: str, form: _Form, reference: _Form | None) -> bool:
    """A family name alone (``Rodick``) against the spelling the document gives after a
    given name (``Andy Roddick``): the rarer spelling of a confirmed family name, unless it is
    a word, a place or a given name, or a known name of its own (``Scot``, ``Life``,
    ``Philips``) that never speaks as a person (``“…,” Hansen said`` after ``Lars
    Hanssen``; not ``Philips said its profits rose``)."""
    return (
        reference is not None
        and bool(reference.givens)
        and not form.givens
        and form.count <= reference.count
        and not ordinary_word(form.text)
        and not ordinary_word(reference.text)
        and not folded_given_name(form.text.casefold())
        and (
            not known_name(form.text)
            or any(tags_quotation(text, start, end) for start, end in form.occurrences)
        )
    )


def _letters(word: str) -> str:
    """``word``'s letters in lower case, diacritics kept (``I'm`` and ``Im``: ``im``)."""
    return "".join(ch for ch in word.casefold() if ch.isalpha())


def _two_people(form: _Form, reference: _Form | None, followers: dict[str, set[str]]) -> bool:
    """The two spellings only ever follow different given names (``Sergio García``, ``Jeff
    Garcia``), or only ever precede different family names (``Julia Roberts``, ``Yulia
    Tymoshenko``): two people."""
    if reference is None:
        return False
    if form.givens and reference.givens and form.givens.isdisjoint(reference.givens):
        return True
    after, reference_after = followers.get(form.text), followers.get(reference.text)
    return bool(after and reference_after and after.isdisjoint(reference_after))


def _speaks_for_family(
    text: str, form: _Form, reference: _Form | None, followers: dict[str, set[str]]
) -> bool:
    """A spelling alone (``Castelluci``) that speaks as a person wherever it stands, against
    a more frequent spelling that is a full name's family name (``Romeo Castellucci``):
    that person's name, even when no word before it is a known given name."""
    return (
        reference is not None
        and not form.givens
        and reference.count > form.count
        and any(strict_key(reference.text) in families for families in followers.values())
        and all(speaks(text, start, end) for start, end in form.occurrences)
    )


def _unattested_variant(
    form: _Form, reference: _Form | None, expected: str, decided_by_user: bool
) -> bool:
    """An unattested capital (a sentence's first word) proves no name, but its letters are
    the name's: it is a variant when its letters differ (``Wojcik.`` / ``Wójcik``) and it is
    no word of English (not for case alone, a heading's title case). A rare English word
    (``Muller``) that only folds a diacritic of a family name introduced with its given
    name (``Anna Müller``) is the name."""
    if _letters(form.text) == _letters(expected):
        return False
    if decided_by_user:
        return True
    if form.is_pair:
        return False
    if not ordinary_word(form.text):
        return True
    return (
        reference is not None
        and bool(reference.givens)
        and strict_key(form.text) == strict_key(expected)
        and not is_everyday_english(form.text.casefold())
    )


def _group_variants(
    document_text: str,
    forms: dict[str, _Form],
    wanted: str | None,
    followers: dict[str, set[str]],
) -> Iterator[Variant]:
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
        reference = forms.get(expected)
        if text not in attested and not _unattested_variant(
            form, reference, expected, decided_by_user
        ):
            continue
        if not decided_by_user and _two_people(form, reference, followers):
            continue  # Sergio García and Jeff Garcia: two people
        difference = _difference(text, expected)
        # The same given name before, or the same family name after, makes one person:
        # Mikhail Kasyanov / Mikhail Kassyanov, Yevgeny Primakov / Evgeny Primakov.
        same_person = (
            form.full_name
            or (reference is not None and not form.givens.isdisjoint(reference.givens))
            or _confirmed_alone(document_text, form, reference)
            or _speaks_for_family(document_text, form, reference, followers)
        )
        strong = not (
            (difference == DOUBLED and not same_person)
            or (difference == ENDING and min(len(text), len(expected)) < 6)
            or (difference == TRANSLITERATION and not same_person)
        )
        safe = decided_by_user or (votes[expected] >= 2 and votes[expected] > votes.get(text, 0))
        for start, end in form.occurrences:
            yield Variant(start, end, text, expected, difference, strong, safe, decided_by_user)
