"""Names (family N): person names broken or spelt inconsistently by machine translation.

Machine translation damages names in ways no spell-checker sees: a verb lands inside the
name when the source language's inversion is kept (French *a déclaré Kang Dong-wan* gives
``Kang Dong said -wan``), a hyphenated given name is cut in two (``Kang Dong -wan``), one
person's name is spelt several ways in one document (``Zelensky`` / ``Zelenskyy``), or a
name comes out in lower case. Name words and spans come from
:mod:`checker.analysis.names`; spellings are grouped by normalised keys, never compared
pairwise, so the cost stays linear in the length of the document.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from checker.analysis.lexicon import WordInfo, lexicon, normalize
from checker.analysis.names import (
    NameRun,
    NameSpan,
    NameWord,
    analyze_names,
    is_name_word,
    loose_key,
    name_word_value,
    particles,
    stop_words,
    strict_key,
    titles,
    transliteration_key,
    word_list,
)
from checker.document import Document
from checker.registry import rule
from checker.types import Fix, Hit, Severity

if TYPE_CHECKING:
    from checker.analysis.tokens import Token

# A hyphen after white space, then letters attached to it: `` -wan``, `` -Pierre``. The
# hyphen comes first and the space is checked behind it: the scan stops only at hyphens
# (three times faster than a look-behind at every character), one pattern per hyphen.
_FRAGMENT_PATTERN = (
    r"(?P<hyphen>MARK)(?<=[ \t\u00a0]MARK)"
    r"(?P<fragment>[^\W\d_]+(?:[-‐‑][^\W\d_]+)*)(?![\w'’\-‐‑])"
)


def _by_mark(pattern: str, marks: str, flags: int = 0) -> dict[str, re.Pattern[str]]:
    """``pattern``, whose first character is ``MARK``, compiled once for each of ``marks``.

    A scan for a pattern that starts with one character jumps from one occurrence of that
    character to the next; for a class of non-ASCII characters (``[-‐‑]``) it tests every
    character of the text, ten times slower.
    """
    return {mark: re.compile(pattern.replace("MARK", re.escape(mark)), flags) for mark in marks}


def _find_marked(patterns: dict[str, re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """Every match of :func:`_by_mark` patterns, in order; a mark absent from the text costs
    one search. The patterns must match nothing that holds the start of another match."""
    found = [
        match
        for mark, pattern in patterns.items()
        if mark in text
        for match in pattern.finditer(text)
    ]
    found.sort(key=lambda match: match.start())
    return found


_FRAGMENTS = _by_mark(_FRAGMENT_PATTERN, "-‐‑")
_TOKEN_END = operator.attrgetter("end")
_TOKEN_VALUE = operator.itemgetter(2)
_CLOSING_QUOTES = frozenset("”\"’'»")
_QUOTE_MARKS = frozenset("\"'“”‘’«»`")
# Words that cite a suffix rather than break a name ("adverbs ending in -ly").
_CITING_WORDS = frozenset(
    {"suffix", "suffixes", "ending", "endings", "prefix", "affix", "form", "forms", "letters"}
)
MAX_NAME_WORDS = 4
MAX_FRAGMENT = 12
MAX_NAMES_PER_WORD = 8
# Zipf frequency (log10 uses per billion words) from which a word is everyday English.
EVERYDAY_ZIPF = 5.0
# An ordinary dictionary word at least this frequent is no part of a lower-cased name.
NAME_PART_ZIPF = 4.0
WORD_CACHE_SIZE = 65536


def reporting_verbs() -> frozenset[str]:
    return word_list("reporting_verbs.txt")


def english_suffixes() -> frozenset[str]:
    return word_list("english_suffixes.txt")


# ---------------------------------------------------------------------------------------
# Fragments: N101 (a verb inside the name) and N102 (a fragment split from it)


@dataclass(frozen=True, slots=True)
class BrokenName:
    """One hyphenated fragment after white space, and what it breaks."""

    code: str
    start: int
    end: int
    detail: dict[str, str]
    fix: Fix | None
    severity: Severity
    message: str | None = None


_BROKEN_CACHE: weakref.WeakKeyDictionary[Document, list[BrokenName]] = weakref.WeakKeyDictionary()


def broken_names(doc: Document) -> list[BrokenName]:
    """Every hyphenated fragment of ``doc`` that breaks a name, classified (cached)."""
    found = _BROKEN_CACHE.get(doc)
    if found is None:
        found = list(_find_broken_names(doc))
        _BROKEN_CACHE[doc] = found
    return found


def _broken_hits(doc: Document, code: str) -> Iterator[Hit]:
    """The hits of rule ``code`` (N101 or N102) among the document's broken names."""
    for broken in broken_names(doc):
        if broken.code == code:
            yield Hit(
                broken.start, broken.end, broken.detail, broken.fix, broken.severity, broken.message
            )


def _find_broken_names(doc: Document) -> Iterator[BrokenName]:
    text = doc.analysis_text
    tokens = doc.tokens
    verbs = reporting_verbs()
    line_starts = doc.line_starts
    for match in _find_marked(_FRAGMENTS, text):
        hyphen = match.start()
        fragment = match.group("fragment")
        if len(fragment) < 2:
            continue
        line_start = line_starts[bisect.bisect_right(line_starts, hyphen) - 1]
        first = hyphen
        while first > line_start and text[first - 1] in " \t\u00a0":
            first -= 1
        if first == line_start:
            continue  # a list bullet: " -item"
        index = bisect.bisect_right(tokens, hyphen, key=_TOKEN_END) - 1
        previous = tokens[index] if index >= 0 else None
        attached = previous is not None and not text[previous.end : hyphen].strip(" \t\u00a0")
        # "said -and then left": a hyphen used as a dash before an everyday word.
        dash = fragment.islower() and _everyday_word(fragment)
        if attached and previous is not None:
            word = previous.value
            name = _name_before(doc, index)
            if dash and name is not None and len(name) < 2:
                continue  # “No,” Kang said -and I agree- that…
            if word.islower() and name is not None:
                if word in verbs:
                    broken = _verb_inside_name(doc, match, index, name, Severity.ERROR)
                    if dash:
                        broken = replace(broken, fix=None, severity=Severity.WARNING)
                    yield broken
                    continue
                if dash:
                    continue
                if (
                    word not in stop_words()
                    and len(word) >= 3
                    and word.isalpha()
                    and all(_attested(doc, i) for i in name)
                ):
                    yield _verb_inside_name(doc, match, index, name, Severity.WARNING)
                    continue
            if _name_body_word(word) and not dash:
                gap_start = previous.end
                yield BrokenName(
                    "N102",
                    gap_start,
                    match.end(),
                    {"fragment": match.group(), "name": word},
                    Fix(gap_start, hyphen, ""),
                    Severity.WARNING,
                    f"name fragment “{match.group()}” split from “{word}”: "
                    f"write “{word}{match.group()}”",
                )
                continue
        if dash or fragment.casefold() in english_suffixes() or not _name_like(fragment):
            continue
        if previous is not None and previous.value.casefold() in _CITING_WORDS:
            continue
        if not any(_attested(doc, i) for i in range(max(0, index - 3), index + 1)):
            continue  # a command-line option (gcc -pedantic) or a code fragment
        split_from = _name_ending_sentence(doc, index, hyphen, fragment)
        if split_from is not None:
            yield BrokenName(
                "N102",
                hyphen,
                match.end(),
                {"fragment": match.group(), "name": split_from},
                None,
                Severity.WARNING,
                f"name fragment “{match.group()}” opens a sentence after “{split_from}”: "
                f"part of the name, cut off by the period",
            )
            continue
        yield BrokenName(
            "N102",
            hyphen,
            match.end(),
            {"fragment": match.group(), "name": ""},
            None,
            Severity.INFO,
            f"hyphenated fragment “{match.group()}” attached to nothing",
        )


# A syllable of a given name, not a word: "-Wan", "-hee" (at most this many letters).
MAX_SYLLABLE = 6


def _name_ending_sentence(doc: Document, index: int, hyphen: int, fragment: str) -> str | None:
    """The name that ends the sentence before a fragment: ``said Kang Dong. -Wan is…``.

    The token before the period is the last word of a name of two words or more, or a
    reporting verb right after such a name (``Kang Dong said. -Wan``); the fragment is a
    syllable, no English word. Returns the name, or None.
    """
    text = doc.analysis_text
    tokens = doc.tokens
    if index < 1 or len(fragment) > MAX_SYLLABLE or _everyday_word(fragment.casefold()):
        return None
    previous = tokens[index]
    if text[previous.end : hyphen].rstrip(" \t\u00a0") != ".":
        return None
    if previous.value in reporting_verbs():
        name = _name_before(doc, index)  # Kang Dong said. -Wan
    else:
        name = _name_before_period(doc, index)  # said Kang Dong. -Wan
    if name is None or len(name) < 2:
        return None
    return text[tokens[name[0]].start : tokens[name[-1]].end]


def _name_before_period(doc: Document, last: int) -> list[int] | None:
    """Indices of the name words ending with ``tokens[last]``, one space apart."""
    if not _name_body_word(doc.tokens[last].value):
        return None
    before = _name_before(doc, last)
    return [*(before or []), last]


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _everyday_word(word: str) -> bool:
    """A frequent English word that is no name (``and``, ``perhaps``; not ``wan``, ``un``)."""
    return _common_english(word, EVERYDAY_ZIPF)


def _word_info(word: str) -> WordInfo:
    """What the lexicon says about ``word`` (lower-cased).

    Read through the lexicon's per-word memo (:meth:`~checker.analysis.lexicon.Lexicon.lookup`),
    which the language rules have mostly filled already: a memo hit is a dict read, a trie
    look-up a few microseconds.
    """
    return lexicon().lookup(normalize(word))


def _english(word: str) -> tuple[float, bool, bool]:
    """(Zipf frequency, dictionary word, known proper noun) of ``word`` in English."""
    info = _word_info(word)
    return info.english, info.dictionary, info.proper_noun


def _common_english(word: str, min_zipf: float = 0.0) -> bool:
    """A dictionary word, no known proper noun, at least ``min_zipf`` frequent in English."""
    zipf, dictionary, proper = _english(word)
    return dictionary and not proper and zipf >= min_zipf


def _name_like(fragment: str) -> bool:
    """A syllable or two of a name: ``wan``, ``Pierre``, ``sun-hee``; not ``Xsubtree``."""
    return len(fragment) <= MAX_FRAGMENT and not any(ch.isupper() for ch in fragment[1:])


def _name_body_word(word: str) -> bool:
    """A name word that is no stop word (``Kang``; not ``The``, ``Then``): a word of a name."""
    return is_name_word(word) and word.casefold() not in stop_words()


def _attested(doc: Document, index: int) -> bool:
    """``tokens[index]`` is a name word whose capital proves a name (mid-sentence, no heading)."""
    word = analyze_names(doc).word_at(index)
    return word is not None and word.attested


def _name_before(doc: Document, verb_index: int) -> list[int] | None:
    """Indices of the capitalised words just before the verb, one space apart."""
    text = doc.analysis_text
    tokens = doc.tokens
    indices: list[int] = []
    index = verb_index - 1
    follower = tokens[verb_index]
    while index >= 0 and len(indices) < MAX_NAME_WORDS:
        token = tokens[index]
        if text[token.end : follower.start] not in (" ", "\u00a0"):
            break
        if not _name_body_word(token.value):
            break
        if indices and _is_place(token.value):
            break  # In Seoul Kang Dong said -wan: Seoul is no part of the name
        indices.append(index)
        follower = token
        index -= 1
    indices.reverse()
    return indices or None


def _is_place(word: str) -> bool:
    """A one-word country, region, city, organisation or demonym of the gazetteers."""
    from checker.analysis.gazetteers import places

    return any(len(p.words) == 1 for p in places().candidates(word))


def _verb_inside_name(
    doc: Document, match: re.Match[str], verb_index: int, name: list[int], severity: Severity
) -> BrokenName:
    text = doc.analysis_text
    tokens = doc.tokens
    verb = tokens[verb_index].value
    start = tokens[name[0]].start
    head = text[start : tokens[name[-1]].end]
    full_name = f"{head}{match.group('hyphen')}{match.group('fragment')}"
    before = text[max(0, start - 8) : start].rstrip(" \t\u00a0")
    after_quote = bool(before) and (
        before[-1] in _CLOSING_QUOTES or (before[-1] == "," and before[-2:-1] in _CLOSING_QUOTES)
    )
    if after_quote:
        # “…,” Kang Dong said -wan → “…,” said Kang Dong-wan (the translation's inversion).
        end = match.end()
        replacement = f"{verb} {full_name}"
    else:
        # Jean said -Pierre Dupont → Jean-Pierre Dupont said.
        end = match.end()
        index = bisect.bisect_left(tokens, end, key=lambda t: t.start)
        while (
            index < len(tokens)
            and text[end : tokens[index].start] in (" ", "\u00a0")
            and _name_body_word(tokens[index].value)
        ):
            end = tokens[index].end
            index += 1
        replacement = f"{full_name}{text[match.end() : end]} {verb}"
    return BrokenName(
        "N101",
        start,
        end,
        {"verb": verb, "name": full_name, "replacement": replacement},
        Fix(start, end, replacement),
        severity,
    )


# ---------------------------------------------------------------------------------------
# A given name split from its family name by the verb, without a hyphen: N101

# After a quotation (``,”`` / ``.”`` / ``”,``): a one-word given name, a verb, maybe name
# particles, then one or two capitalised words closed by a comma, a period or the line end.
# The scan starts only at closing quotation marks (see :func:`_by_mark`).
_INVERTED_SPLITS = _by_mark(
    r"MARK(?:(?<=[,.!?…].)|(?<=[”\"»]),)[ \u00a0]+"
    r"(?P<first>[^\W\d_]+) (?P<verb>[a-z]+) "
    r"(?P<particles>(?:[a-z]+ ){0,2})"
    r"(?P<last>[^\W\d_]+(?:[-‐‑][^\W\d_]+)?(?: [^\W\d_]+)?)"
    r"(?=[,.](?!\w)|[ \t\u00a0]*$)",
    '”"»’',
    re.MULTILINE,
)
# Capitalised words that are dates, not names: "Rossi said Monday.", "said Easter".
_CALENDAR_WORDS = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Christmas", "Easter", "Ramadan", "Eid", "Hanukkah",
    "Passover", "Diwali", "Thanksgiving", "Halloween", "Lent", "Advent", "Pentecost",
})  # fmt: skip
# A family name is no English word at least this frequent (``Lopez`` yes, ``Today`` no).
SURNAME_MAX_ZIPF = 3.0


def inverted_reporting_verbs() -> frozenset[str]:
    return word_list("inverted_reporting_verbs.txt")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _family_name_word(word: str) -> bool:
    """A capitalised word that may be a family name: no date, place, title or common word."""
    from checker.analysis.gazetteers import name_places

    if not word[:1].isupper() or word in _CALENDAR_WORDS or word.isupper():
        return False
    if word.casefold() in stop_words() or word.casefold() in titles() or _is_place(word):
        return False
    if word in name_places():  # Paris, Jordan: a place as likely as a person
        return False
    return not any(_common_english(part, SURNAME_MAX_ZIPF) for part in re.split(r"[-‐‑]", word))


# Verbs that follow an apposition when the name is the subject of a reported clause.
_CLAUSE_VERBS = frozenset({
    "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "can",
    "should", "might", "may", "must", "did", "does", "do", "that",
})  # fmt: skip
_APPOSITION = re.compile(r", [^,.;:!?\n]{1,80}?, (?P<word>\w+)")


def _apposition_before_verb(text: str, end: int) -> bool:
    """``Lopez, the lawyer, would``: the comma after the name opens an apposition.

    After the apposition's closing comma, only a function word (``in``, ``on``, ``who``)
    leaves the name in the inverted quotation; any other word may be the verb of a
    reported clause (``Lopez, the coach, agreed``).
    """
    found = _APPOSITION.match(text, end)
    if found is None:
        return False
    word = found.group("word")
    return word in _CLAUSE_VERBS or word not in stop_words()


_AFTER_COMMA = re.compile(r",[ \u00a0]+(?P<word>[^\W\d_]+)")


def _list_follows(text: str, end: int) -> bool:
    """A capitalised word after the name's comma: a list of names, not an apposition."""
    found = _AFTER_COMMA.match(text, end)
    return found is not None and not found.group("word")[:1].islower()


def _known_given_name(word: str) -> bool:
    """A given name of the gazetteer, accents aside (``Maria``, ``María``)."""
    return _folded_given_name(word.casefold())


def _split_given_names(doc: Document) -> Iterator[Hit]:
    """``“…,” Maria said Lopez, a lawyer`` → ``said Maria Lopez`` (see :func:`verb_inside_name`).

    Error when the full name ``Maria Lopez`` stands elsewhere in the document, warning when
    only the given name is known; particles (``Ana said de la Cruz``) need the full name.
    """
    text = doc.analysis_text
    verbs = inverted_reporting_verbs()
    candidates = []
    for match in _find_marked(_INVERTED_SPLITS, text):
        first, verb, last = match.group("first", "verb", "last")
        if verb not in verbs or not first[:1].isupper() or not first[1:].islower():
            continue
        particle_words = match.group("particles").split()
        last_words = last.split(" ")
        if any(word not in particles() for word in particle_words) or not all(
            word[:1].isupper() and word not in _CALENDAR_WORDS for word in last_words
        ):
            continue
        if _apposition_before_verb(text, match.end("last")):
            continue  # “…,” Maria said Lopez, the lawyer, would lead: Lopez is the subject
        if _list_follows(text, match.end("last")):
            continue  # “…,” Maria added Lopez, Garcia and Ruiz to the squad: a list
        candidates.append((match, " ".join([first, *particle_words, last])))
    if not candidates:
        return
    known = _full_names(doc, {match.group("first") for match, _ in candidates})
    for match, full_name in candidates:
        first, verb = match.group("first", "verb")
        attested = full_name in known
        if not attested and (
            match.group("particles")
            or not _known_given_name(first)
            or not all(_family_name_word(word) for word in match.group("last").split(" "))
        ):
            continue
        start, end = match.start("first"), match.end("last")
        replacement = f"{verb} {full_name}"
        yield Hit(
            start,
            end,
            {"verb": verb, "name": full_name, "replacement": replacement},
            Fix(start, end, replacement),
            Severity.ERROR if attested else Severity.WARNING,
            f"“{verb}” splits the name “{full_name}”: write “{replacement}”",
        )


# First name, two particles, two family names.
MAX_FULL_NAME_WORDS = 5


def _full_names(doc: Document, firsts: set[str]) -> set[str]:
    """The runs of two to five words, one space apart, that start with one of ``firsts``."""
    text = doc.analysis_text
    tokens = doc.tokens
    found = set()
    by_value = analyze_names(doc).by_value  # ``firsts`` are capitalised
    for index in sorted(index for first in firsts for index in by_value.get(first, ())):
        token = tokens[index]
        if token.start > 0 and text[token.start - 1] in "-‐‑":
            continue
        last = index
        while last + 1 < len(tokens) and last - index < MAX_FULL_NAME_WORDS - 1:
            following = tokens[last + 1]
            if text[tokens[last].end : following.start] != " ":
                break
            last += 1
            found.add(text[token.start : following.end])
    return found


@rule(
    "N101",
    "verb-inside-name",
    Severity.ERROR,
    category="Accuracy/Mistranslation",
    message="“{verb}” inside the name “{name}”: write “{replacement}”",
    fixable=True,
)
def verb_inside_name(doc: Document) -> Iterator[Hit]:
    """A reporting verb inserted inside a person's name, its second half left dangling.

    Translating French *a déclaré Kang Dong-wan*, a machine kept the inversion but cut the
    hyphenated given name around the verb. Readers cannot tell who spoke. The fix moves the
    verb out of the name: after a quotation it keeps the inversion (``said Kang Dong-wan``),
    elsewhere it follows the name (``Jean-Pierre Dupont said``).

    Without a hyphen, the same inversion (French *a déclaré Maria Lopez*, Spanish *dijo
    Carlos Ruiz*) splits a given name from its family name right after a quotation:
    ``“We will appeal,” Maria said Lopez, a lawyer``; the fix is ``said Maria Lopez``. Only
    a verb that takes no person as object counts (``said``, ``added``; not ``told``), and
    the word after it must close the clause (a comma, a period, the line's end), not open
    a reported one (``Maria said Lopez was right``, ``Maria said Lopez, the lawyer,
    would…``). An error when the full name stands elsewhere in the document; a warning
    when the first word is a known given name and the second no date, place or common word.

    Okay: “We will not give in,” said Kang Dong-wan, a specialist at Dong-A University.
    Okay: Jean-Pierre Dupont said the talks had failed.
    Okay: Maria said Lopez was right, and “Sit down,” Anna told Ruiz, her lawyer.
    N101: “We will not give in,” Kang Dong said -wan, a specialist at Dong-A University.
    N101: Jean said -Pierre Dupont that the talks had failed.
    N101: “We will appeal,” Maria said Lopez, a lawyer for the family.
    """
    yield from _broken_hits(doc, "N101")
    yield from _split_given_names(doc)


@rule(
    "N102",
    "split-name-fragment",
    Severity.WARNING,
    category="Fluency/Spelling",
    message="name fragment “{fragment}” split from “{name}”",
    fixable=True,
)
def split_name_fragment(doc: Document) -> Iterator[Hit]:
    """A hyphenated part of a name cut off by a space (``Kang Dong -wan``), or left alone.

    A space before the hyphen of a compound name (``Dong -wan``) detaches the given name's
    second syllable; the fix joins it back (warning). A fragment after punctuation or after
    an ordinary word is attached to nothing: worth a look (info), unless it opens the
    sentence right after a name the period cut (``said Kang Dong. -Wan is``): a warning,
    without a fix. List bullets (a hyphen at
    the start of a line), negative numbers and ranges (``1990 -2000``) and cited suffixes
    (``ending in -ly``) are not fragments.

    Okay: Adverbs often end in -ly, and the suffix -ness makes nouns.
    Okay: Prices rose by -5 percent between 1990 -2000.
    N102: The specialist Kang Dong -wan was not available.
    N102: “No,” said Kang Dong. -Wan is a specialist at Dong-A University.
    """
    yield from _broken_hits(doc, "N102")


# ---------------------------------------------------------------------------------------
# Spelling variants: N103


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
    spellings = _name_values(analysis.by_value)
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


def _name_values(by_value: dict[str, list[int]]) -> dict[str, str]:
    """Each distinct capitalised token (``by_value``'s keys) that is a name word, with its
    name word's spelling (a possessive ``’s`` cut off: ``Zelensky’s`` → ``Zelensky``)."""
    values = {}
    for raw in by_value:
        value = name_word_value(raw)
        if value is not None:
            values[raw] = value
    return values


def _run_pairs(text: str, runs: tuple[NameRun, ...]) -> list[list[str]]:
    """The pairs of each run (see :func:`_span_units`): two name words one space apart,
    the first no title (``Jong Un`` in ``Mr. Kim Jong Un``)."""
    title_set = titles()
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
    title_set = titles()
    stops = stop_words()
    words = span.words
    last = len(words) - 1
    keys = [loose_key(word.value) for word in words]
    for index, word in enumerate(words):
        before = words[index - 1] if index > 0 else None
        if before is not None and before.value in title_set:
            before = None
        given = keys[index - 1] if before is not None else None
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
            if index > 1 and words[index - 2].value not in title_set:
                earlier = keys[index - 2]
            yield (
                loose_key(pair),
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
        return "form"  # case, hyphen, space or diacritics
    if _strip_ending(a) == _strip_ending(b):
        return "ending"
    if transliteration_key(found) == transliteration_key(expected):
        return "transliteration"
    return "doubled"


_ENDING = re.compile(r"(?:iy|yy|yi|ij|ii|i|y)$")


def _strip_ending(key: str) -> str:
    return _ENDING.sub("", key)


@rule(
    "N103",
    "inconsistent-name-spelling",
    Severity.WARNING,
    category="Fluency/Inconsistency",
    message="“{found}” is spelt “{expected}” elsewhere in the document",
    fixable=True,
)
def inconsistent_name_spelling(doc: Document) -> Iterator[Hit]:
    """One name spelt several ways in one document (``Zelensky`` / ``Zelenskyy``).

    Machine translation transliterates a name afresh in each sentence, so one person becomes
    ``Kim Jong-un``, ``Kim Jong Un`` and ``Kim Jong-Un``, or ``Zelensky`` and ``Zelenskyy``.
    Spellings are grouped by a key that folds case, hyphens, spaces, diacritics, and, on
    longer names, doubled letters and transliteration endings (-y, -yy, -iy, -i). Each
    minority spelling is reported with the majority one; the user's ``names`` setting wins
    over the vote. Names that only look alike (``Kim Jong-un`` / ``Kim Jong-il``, ``Lee`` /
    ``Li``) have different keys. Only capitals that prove a name count: a word at the start
    of a sentence or in a title-case heading is capitalised anyway. Dutch ``ij`` / ``y``
    (``Rijkaard`` / ``Ryjkaard``) and a Russian name's ``Ye`` / ``E`` (``Yevgeny`` /
    ``Evgeny``) are folded too. A doubled-letter or such a transliteration difference alone
    (``Hassan`` / ``Hasan``) is only worth a look (info); within one full name, after the
    same given name or before the same family name (``Mikhail Kasyanov`` / ``Mikhail
    Kassyanov``, ``Yelena Volkova`` / ``Elena Volkova``), it is a warning. Full names are also
    compared as a whole: a changed particle (``van der`` / ``van de Meulen``) or one inner
    vowel of one word (``Thomas Maier`` / ``Thomas Meier``) is a variant, but not a changed
    ending (``Paolo`` / ``Paola``) or a hyphenated given name (``Jong-un`` / ``Jong-il``).
    Two spellings that only ever follow different given names belong to two people
    (``Sergio García``, ``Jeff Garcia``).

    Okay: Kim Jong-un met his sister. Kim Jong-il, his father, died in 2011.
    N103: Mr. Zelensky spoke first, and then Mr. Zelenskyy answered the questions.
    N103: Yevgeny Primakov arrived on Monday, and Evgeny Primakov left on Tuesday.
    """
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

    hits: list[Hit] = []
    for key, forms in groups.items():
        wanted = configured.get(key)
        if len(forms) < 2 and (wanted is None or wanted in forms):
            continue
        hits.extend(_variant_hits(forms, wanted))
    # A full-name variant over a word already reported adds nothing.
    covered = sorted((h.start, h.end) for h in hits)
    starts = [start for start, _ in covered]
    longest = max((end - start for start, end in covered), default=0)
    for hit in _full_name_variants(doc):
        first = bisect.bisect_left(starts, hit.start - longest)
        last = bisect.bisect_left(starts, hit.end)
        if not any(hit.start < end for _, end in covered[first:last]):
            hits.append(hit)
    hits.sort(key=lambda h: (h.start, h.end))
    yield from hits


_VOWELS = re.compile(r"[aeiouy]")
MIN_VOWEL_VARIANT = 5


def _full_name_variants(doc: Document) -> Iterator[Hit]:
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
            for start, end in form.occurrences:
                yield Hit(
                    start,
                    end,
                    {"found": form_text, "expected": expected},
                    Fix(start, end, expected) if safe else None,
                )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _vowel_key(word: str) -> str:
    """:func:`strict_key` with every vowel blanked (``Maier``, ``Meier`` → ``m**r``)."""
    return _VOWELS.sub("*", strict_key(word))


def _particles_of(name: str) -> tuple[str, ...]:
    particle_set = particles()
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


def _variant_hits(forms: dict[str, _Form], wanted: str | None) -> Iterator[Hit]:
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
        if len(attested) < 2 or all(form.is_pair for form in attested.values()):
            return
        expected = max(attested, key=lambda t: (votes[t], -attested[t].first))
        decided_by_user = False
    else:
        expected = wanted
        decided_by_user = True
    for text, form in forms.items():
        if text == expected:
            continue
        # An unattested capital is reported only when the user named the spelling, and never
        # for case alone (a heading's title case).
        if text not in attested and (not decided_by_user or text.casefold() == expected.casefold()):
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
        same_person = form.full_name or (
            reference is not None and not form.givens.isdisjoint(reference.givens)
        )
        severity = Severity.WARNING
        if (
            (difference == "doubled" and not same_person)
            or (difference == "ending" and min(len(text), len(expected)) < 6)
            or (difference == "transliteration" and not same_person)
        ):
            severity = Severity.INFO
        safe = decided_by_user or (votes[expected] >= 2 and votes[expected] > votes.get(text, 0))
        for start, end in form.occurrences:
            detail = {"found": text, "expected": expected}
            message = None
            if decided_by_user:
                message = f"“{text}”: the configured spelling of this name is “{expected}”"
            yield Hit(
                start,
                end,
                detail,
                Fix(start, end, expected) if safe else None,
                None if severity == Severity.WARNING else severity,
                message,
            )


# ---------------------------------------------------------------------------------------
# Lower-cased names: N104


def _person_evidence(span: NameSpan, words: tuple[NameWord, ...]) -> bool:
    """A title before the name (``Mr.``, ``President``) or a ``Jong-un``-style given name."""
    if span.has_title:
        return True
    for word in words:
        head, _, tail = word.value.partition("-")
        if tail and head[:1].isupper() and tail[:1].islower():
            return True
    return False


def _common_words(run: str) -> bool:
    """Every word of ``run`` is an ordinary English word (``electric company``)."""
    return all(_common_english(part) for part in re.split(r"[\s\-‐‑]+", run) if part)


def _known_names(doc: Document, present: set[str]) -> dict[str, list[str]]:
    """Names proved capitalised, by their first word in lower case, longest first.

    Only the names whose first word stands in ``present`` (the lower-case words of the
    document, the only ones looked up) are made: the words of the other spans are never
    made. At most ``MAX_NAMES_PER_WORD`` names (the first seen) per first word keep the
    scan linear whatever the text.
    """
    known: dict[str, list[str]] = {}

    def add(first: str, name: str) -> None:
        names = known.setdefault(first.casefold(), [])
        if name not in names and len(names) < MAX_NAMES_PER_WORD:
            names.append(name)

    for name in doc.settings.names:
        add(name.split()[0], name)
    text = doc.analysis_text
    analysis = analyze_names(doc)
    # The name words also written in lower case: a name none of whose words is one cannot
    # be looked up.
    twins = {
        word for word in _name_values(analysis.by_value).values() if word.casefold() in present
    }
    for run in analysis.long_runs if twins else ():  # a name of one word is no full name
        person = run.tokens[run.person :]
        if not 2 <= len(person) <= MAX_NAME_WORDS:
            continue
        if twins.isdisjoint(map(_TOKEN_VALUE, person)):
            continue
        span = analysis.span(run)
        words = span.person_words
        if not all(w.attested for w in words[1:]):
            continue
        if not _person_evidence(span, words) and any(_everyday(w.value) for w in words):
            continue  # White House, Supreme Court: their words are everyday words
        add(words[0].value, text[words[0].start : words[-1].end])
        for word in words:
            if _hyphenated_given(word.value):
                add(word.value, word.value)
    for names in known.values():
        names.sort(key=len, reverse=True)
    return known


def _hyphenated_given(word: str) -> bool:
    """A given name of two syllables, the second in lower case (``Jong-un``, ``So-yeon``)."""
    _, _, tail = word.partition("-")
    return bool(tail) and tail[:1].islower()


def _matches(text: str, start: int, name: str) -> bool:
    """``text`` holds ``name`` in lower case at ``start``, as whole words, not common words."""
    end = start + len(name)
    found = text[start:end]
    if found.casefold() != name.casefold() or not found.islower():
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "-‐‑"):
        return False
    if text[start - 1 : start] in _QUOTE_MARKS and text[end : end + 1] in _QUOTE_MARKS:
        return False  # 'nyasa tonga' quoted as a string: a citation, not a use
    return not _common_words(found)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _everyday(word: str) -> bool:
    """An ordinary English word, frequent enough that its lower case proves nothing."""
    return any(_common_english(part, NAME_PART_ZIPF) for part in word.split("-"))


def _name_slot(tokens: list[Token], index: int, text: str, verbs: frozenset[str]) -> bool:
    """Cheap test: a reporting verb just before or a few words after, or a comma before."""
    if index > 0 and tokens[index - 1].value in verbs:
        return True
    start = tokens[index].start
    if text[max(0, start - 2) : start] == ", ":
        return True
    return any(tokens[j].value in verbs for j in range(index + 2, min(index + 4, len(tokens))))


def _given_name(word: str) -> bool:
    """A given name by the gazetteer or the lexicon (``kim``, ``pierre``; not ``mark``)."""
    return word in _gazetteer_given_names() or _lexicon_given_name(word)


def _given_names_among(words: set[str]) -> set[str]:
    """The given names (:func:`_given_name`) among ``words``: the gazetteer's by one set
    intersection, the lexicon asked only about the others."""
    found = words & _gazetteer_given_names()
    found.update(word for word in words - found if _lexicon_given_name(word))
    return found


@cache
def _gazetteer_given_names() -> frozenset[str]:
    """The gazetteer's given names, case-folded."""
    from checker.analysis.gazetteers import given_names

    return frozenset(name.casefold() for name in given_names())


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _lexicon_given_name(word: str) -> bool:
    """A proper noun to the lexicon, and no everyday English word."""
    zipf, dictionary, proper = _english(word)
    return proper and not (dictionary and zipf >= EVERYDAY_ZIPF)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _name_part(word: str) -> bool:
    """A lower-case word that may belong to a name: no function word, no everyday word."""

    if word in stop_words() or not word.replace("-", "").isalpha():
        return False
    # A hyphenated word is an everyday compound only when all its parts are everyday
    # words (well-known); so-yeon is a given name.
    return not all(_common_english(part, NAME_PART_ZIPF) for part in word.split("-"))


def _unknown_name(doc: Document, index: int) -> tuple[int, str] | None:
    """A lower-case full name that no capitalised spelling introduced (``said kim so-yeon,``).

    It starts with a given name, has two or three words none of which is an everyday word,
    and stands where names stand: after or before a reporting verb, or between commas.
    Returns the end offset and the capitalised name.
    """
    text = doc.analysis_text
    tokens = doc.tokens
    if not _name_part(tokens[index].value):
        return None
    last = index
    while (
        last + 1 < len(tokens)
        and last - index < 2
        and text[tokens[last].end : tokens[last + 1].start] == " "
        and tokens[last + 1].value.islower()
        and _name_part(tokens[last + 1].value)
    ):
        last += 1
    if last == index:
        return None
    start, end = tokens[index].start, tokens[last].end
    verbs = reporting_verbs()
    before = text[max(0, start - 2) : start]
    after = text[end : end + 1]
    verb_before = index > 0 and tokens[index - 1].value in verbs and before.endswith(" ")
    verb_after = (
        last + 1 < len(tokens)
        and tokens[last + 1].value in verbs
        and text[end : tokens[last + 1].start] in (" ", ", ")
    )
    between_commas = before == ", " and after == ","
    if not ((verb_before and after in (",", ".", ";")) or verb_after or between_commas):
        return None
    name = " ".join(word[:1].upper() + word[1:] for word in text[start:end].split(" "))
    return end, name


# Role nouns that also name things (a graphics driver, a web host, a fashion model): a
# lower-case run after them is no evidence of a person.
_THING_ROLES = frozenset({
    "driver", "host", "model", "client", "native", "general", "guide", "star", "speaker",
    "peer", "principal", "chief", "guard", "patron", "pupil", "member", "person",
    "individual", "relative", "troop",
})  # fmt: skip
# A foreign word at least this frequent in its language is a common word, not a name
# (German Wirtschaft, French semaine); given names and surnames stay below it.
FOREIGN_COMMON_ZIPF = 5.0
# An English word this frequent is known to English readers, dictionary or not.
ENGLISH_KNOWN_ZIPF = 3.5
MAX_ROLE_NAME_WORDS = 3


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _foreign_name_word(word: str) -> bool:
    """A lower-case word that reads as a name: no English word, no common foreign word.

    ``kowalska``, ``marchand``, ``élodie``, ``vries``; not ``class``, ``general``, ``für``,
    ``semaine``.
    """
    if word in stop_words() or not word.replace("-", "").isalpha() or len(word) < 2:
        return False
    for part in word.split("-"):
        info = _word_info(part)
        if info.dictionary and not info.proper_noun:
            return False
        if info.english >= ENGLISH_KNOWN_ZIPF and not info.proper_noun:
            return False
        if any(freq >= FOREIGN_COMMON_ZIPF for _, freq in info.foreign):
            return False
    return True


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _folded_given_name(word: str) -> bool:
    """A given name of the gazetteer, accents aside (``maría`` → Maria, ``jürgen``)."""
    given = _gazetteer_given_names()
    return word in given or strict_key(word) in given


@cache
def _slot_roles() -> frozenset[str]:
    """The role nouns that open a name slot: all but those that also name things."""
    from checker.analysis.gazetteers import role_nouns

    return role_nouns() - _THING_ROLES


def _name_after_role(doc: Document, index: int) -> tuple[int, str] | None:
    """A lower-case full name right after a role noun or verb: ``coach jürgen baumann``.

    Two or three words (particles such as ``de`` or ``van der`` between them), the first a
    known given name or a word of no language's common vocabulary, the others words of no
    language's common vocabulary: ``the minister anna kowalska``, ``chairman pieter de
    vries``; not ``coach class``, ``director general``, ``the minister für wirtschaft``.
    """
    text = doc.analysis_text
    tokens = doc.tokens
    first = tokens[index].value
    if not (_folded_given_name(first) or _foreign_name_word(first)):
        return None
    particle_set = particles()
    last = index
    words = 1
    position = index + 1
    while position < len(tokens) and words < MAX_ROLE_NAME_WORDS:
        token = tokens[position]
        if text[tokens[position - 1].end : token.start] != " " or not token.value.islower():
            break
        if token.value in particle_set:
            position += 1
            continue
        if not _foreign_name_word(token.value):
            break
        last = position
        words += 1
        position += 1
    if words < 2:
        return None
    start, end = tokens[index].start, tokens[last].end
    if end < len(text) and (text[end].isalnum() or text[end] in "-‐‑'’"):
        return None
    name = " ".join(
        word if word in particle_set else word[:1].upper() + word[1:]
        for word in text[start:end].split(" ")
    )
    return end, name


def _slot_word(word: str, verbs: frozenset[str]) -> bool:
    """``word`` may open a name slot (:func:`_name_slot_before`): a role noun or a verb."""
    return word.casefold() in _slot_roles() or word in verbs


def _name_slot_before(doc: Document, index: int, verbs: frozenset[str]) -> str | None:
    """What makes ``tokens[index]`` start a name: the role noun or verb just before it.

    Returns the punctuation the name must be followed by: ``""`` for anything (``coach
    jürgen baumann resigned``), ``","`` for an apposition (``the envoy, jürgen baumann,
    said``), ``",.;"`` after a reporting verb (``said jürgen baumann, the coach``); None
    when the token stands in no name slot.
    """
    tokens = doc.tokens
    if index < 1:
        return None
    before = tokens[index - 1].value
    gap = doc.analysis_text[tokens[index - 1].end : tokens[index].start]
    # Minister anna kowalska: a title opening the sentence
    if before.casefold() in _slot_roles():
        if gap == " ":
            return ""
        if gap == ", ":
            return ","
    if before in verbs and gap == " ":
        return ",.;"
    return None


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _role_name_start(word: str) -> bool:
    """A lower-case word that :func:`_name_after_role` may take as a name's first word."""
    return word.islower() and (_folded_given_name(word) or _foreign_name_word(word))


def _lowercase_candidates(
    values: list[str],
    distinct: set[str],
    lower: set[str],
    known: dict[str, list[str]],
    verbs: frozenset[str],
) -> list[int]:
    """Indices of the lower-case tokens that may start a lower-cased name, in order.

    A known name's first word, a given name, or any word right after a role noun or a
    reporting verb; each distinct word (``distinct``: every token value of ``values``;
    ``lower``: those in lower case) is tested once, so the cost per token is one set
    look-up.
    """
    starts = {word for word in lower if word in known} | _given_names_among(lower)
    # After a role noun or verb, only a word that may open a name (:func:`_name_after_role`).
    roles = _slot_roles()
    slots = (distinct & verbs) | {word for word in distinct if word.casefold() in roles}
    found = set()
    last = len(values) - 1
    either = starts | slots
    for index in [i for i, value in enumerate(values) if value in either]:
        value = values[index]
        if value in starts:
            found.add(index)
        if value in slots and index < last and _role_name_start(values[index + 1]):
            found.add(index + 1)
    return sorted(found)


@rule(
    "N104",
    "lowercase-name",
    Severity.WARNING,
    category="Fluency/Spelling",
    message="name “{found}” written in lower case; elsewhere “{expected}”",
    fixable=True,
)
def lowercase_name(doc: Document) -> Iterator[Hit]:
    """A person's name written in lower case (``kim jong-un``).

    Machine translation sometimes loses the capitals of a name it did not recognise. Two
    kinds are reported: a name capitalised elsewhere in the document and known to be a
    person's (a title before it, a ``Jong-un``-style given name, or the ``names`` setting);
    and a full name of two or three words, starting with a known given name and holding no
    everyday English word, where names stand (after or before a reporting verb, or between
    commas: ``said kim so-yeon, a professor``); and a full name of two or three words right
    after a role noun, in apposition or after a reporting verb (``coach jürgen baumann``,
    ``the envoy, élodie marchand,``, ``chairman pieter de vries``), whose first word is a
    known given name or, like every other word, belongs to no language's common vocabulary
    (the lexicon's English and foreign frequencies). Common words that are also names
    (``rose``, ``park``, ``white house``, ``said grace``), common nouns after a role noun
    (``coach class``, ``director general``) and foreign phrases (``the minister für
    wirtschaft``) are left alone. A hyphenated name found that way gets no fix (``Dong-wan``
    or ``Kowalska-Nowak``?).

    Okay: Kim Jong-un spoke. The white house on the hill belongs to Mr. Will White.
    N104: North Korea's leader, Kim Jong-un, spoke. Later, kim jong-un left.
    N104: “It is not over,” said pierre vidal, a professor at the university.
    N104: The club said coach jürgen baumann had resigned.
    """
    text = doc.analysis_text
    tokens = doc.tokens
    analysis = analyze_names(doc)
    distinct = analysis.distinct
    lower = {word for word in distinct if word.islower()}
    known = _known_names(doc, lower)
    verbs = reporting_verbs()
    covered = 0  # end of the last reported name: its later words are not names again
    for index in _lowercase_candidates(analysis.values, distinct, lower, known, verbs):
        start, _, value = tokens[index]
        if start < covered:
            continue
        before = tokens[index - 1].value if index > 0 else ""
        expected = None
        for name in known.get(value, ()):
            if _matches(text, start, name):
                expected = name
                break
        if expected is not None:
            end = start + len(expected)
            found = text[start:end]
            yield Hit(start, end, {"found": found, "expected": expected}, Fix(start, end, expected))
            covered = end
            continue
        unknown = None
        certain = True
        # Only a word after a role noun or a reporting verb can stand in a name slot.
        if index > 0 and _slot_word(before, verbs):
            followers = _name_slot_before(doc, index, verbs)
            if followers is not None:
                unknown = _name_after_role(doc, index)
                if unknown and followers and text[unknown[0] : unknown[0] + 1] not in followers:
                    unknown = None  # said élodie marchand in Paris: no clause ends there
                # Kowalska-Nowak or Dong-wan: the case after a hyphen is not certain.
                certain = unknown is None or "-" not in unknown[1]
        if unknown is None and _given_name(value) and _name_slot(tokens, index, text, verbs):
            unknown = _unknown_name(doc, index)
        if unknown is not None:
            end, name = unknown
            message = f"name “{text[start:end]}” written in lower case"
            yield Hit(
                start,
                end,
                {"found": text[start:end], "expected": name},
                Fix(start, end, name) if certain else None,
                message=message,
            )
            covered = end
