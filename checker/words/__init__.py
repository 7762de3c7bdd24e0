"""Word lists, one owner per concept.

Each concept has one data file, ``checker/data/words/<concept>.tsv`` (read by
:mod:`checker.words.loader`; a kind of the concept is a column), and one accessor here that
every consumer calls. Nothing else in ``checker/`` keeps a copy of these lists. To add a list:
write the ``.tsv`` (header ``word`` then one column per kind), document it in
``checker/data/README.md`` and add an accessor below.
"""

from __future__ import annotations

from functools import cache

from checker.words.loader import table, values, words


def reporting_verbs() -> frozenset[str]:
    """Verbs of speech and thought, lower case (``said``, ``added``, ``whispered``)."""
    return words("reporting_verbs")


def present_reporting_verbs() -> frozenset[str]:
    """Present-tense reporting verbs that are no plural noun (``says``, ``tells``; not
    ``claims``): after a name they make it the subject of speech."""
    return words("reporting_verbs", "present")


def inverted_reporting_verbs() -> frozenset[str]:
    """Reporting verbs that take no person as object (``said``; not ``told``)."""
    return words("reporting_verbs", "inverts")


@cache
def name_particles(conjunctions: bool = True) -> frozenset[str]:
    """Lower-case words inside a name (``de``, ``van``, ``bin``, ``del``; ``y`` of
    Ortega y Gasset); without the conjunctions (``et``, ``und``, ``y``) when
    ``conjunctions`` is false, as where two names joined by one must stay two."""
    every = words("name_particles")
    return every if conjunctions else every - words("name_particles", "conjunction")


@cache
def titles() -> dict[str, str | None]:
    """Titles written before a name, as written (``Mr``, ``Mr.``, ``Prime Minister``,
    ``Señora``), each with the gender it states (``female``, ``male``) or None."""
    female = words("titles", "female")
    male = words("titles", "male")
    _columns, rows = table("titles")
    return {
        row[0]: "female" if row[0] in female else "male" if row[0] in male else None for row in rows
    }


@cache
def title_words() -> frozenset[str]:
    """The one-word titles, without an abbreviation's final period (``Mr``, ``President``,
    ``Señora``): what a token before a name is compared with."""
    return frozenset(title.rstrip(".") for title in titles() if " " not in title)


@cache
def honorifics() -> frozenset[str]:
    """The one-word forms of address for anyone, without a final period (``Mr``, ``Ms``,
    ``Dr``, ``Señora``, ``Herr``; no office: not ``President``): a word after one is a name."""
    return frozenset(title.rstrip(".") for title in words("titles", "honorific"))


@cache
def english_honorifics() -> frozenset[str]:
    """The honorifics of English, without a final period (``Mr``, ``Mrs``, ``Ms``, ``Miss``,
    ``Sir``, ``Dr``): a translation writes them for the source's own (``M.``, ``Herr``)."""
    return frozenset(title.rstrip(".") for title in words("titles", "english"))


@cache
def abbreviated_titles() -> frozenset[str]:
    """The titles abbreviated with a period, without it (``Mr``, ``Dr``, ``Sen``, ``Sra``):
    a period after one ends no sentence (``Dr. Müller``)."""
    return frozenset(title[:-1] for title in titles() if title.endswith("."))


@cache
def calendar_words(short: bool = True, feasts: bool = True) -> frozenset[str]:
    """Days, months, their abbreviations and feast days, capitalised (``Monday``,
    ``Sept``, ``Easter``): dates, not names. ``short=False`` leaves out the abbreviations
    (``Sun``, ``Mar``, ``Dec`` are names or words as often); ``feasts=False`` the feasts."""
    every = words("calendar")
    if not short:
        every -= words("calendar", "short")
    if not feasts:
        every -= words("calendar", "feast")
    return every


def calendar_kind(kind: str) -> frozenset[str]:
    """The calendar words of one kind: ``day``, ``month``, ``short`` or ``feast``."""
    return words("calendar", kind)


@cache
def calendar_words_lower() -> frozenset[str]:
    """The days and months and their abbreviations, lower case (``monday``, ``sept``)."""
    return frozenset(word.lower() for word in calendar_words(feasts=False))


@cache
def month_numbers() -> dict[str, int]:
    """Lower-case month names and abbreviations → the month's number (``sept`` → 9): the
    full names in the order of the list, an abbreviation the number of the name it begins."""
    _columns, rows = table("calendar")
    months, short = calendar_kind("month"), calendar_kind("short")
    full = [row[0] for row in rows if row[0] in months and row[0] not in short]
    numbers = {name.lower(): number for number, name in enumerate(full, start=1)}
    for abbreviation in sorted(months & short):
        (number,) = (n for name, n in numbers.items() if name.startswith(abbreviation.lower()))
        numbers[abbreviation.lower()] = number
    return numbers


@cache
def determiners(*kinds: str) -> frozenset[str]:
    """Lower-case determiners of the given kinds (``article``, ``demonstrative``,
    ``possessive``, ``definite``, ``quantifier``, ``numeral``, ``relative``), every kind
    when none is given: the words that open a noun phrase (``the``, ``this``, ``his``)."""
    if not kinds:
        return words("determiners")
    return frozenset().union(*(words("determiners", kind) for kind in kinds))


def function_words(kind: str = "function") -> frozenset[str]:
    """English function words of one kind, lower case: ``function`` (articles, prepositions,
    conjunctions, auxiliaries, pronouns...), ``leading_adverbial``, ``subordinator``,
    ``conjunction``, ``relative``, ``indefinite_person``, ``universal_person``, ``copula``,
    ``place_preposition``, ``before_verb``, ``partitive``, ``clause_start``, ``auxiliary``,
    ``phrase_preposition``, ``title_minor``, ``name_joiner``, ``predicate_adverb`` (described in
    ``function_words.tsv``)."""
    return words("function_words", kind)


@cache
def personal_pronouns(persons: tuple[str, ...] = (), cases: tuple[str, ...] = ()) -> frozenset[str]:
    """Lower-case English personal pronouns (``i`` for *I*) of any of ``persons``
    (``first``, ``second``, ``third``) and of any of ``cases`` (``subject``, ``object``,
    ``possessive``, ``independent``, ``reflexive``), every one when a tuple is empty
    (``pronouns.tsv``)."""
    found = words("pronouns")
    for kinds in (persons, cases):
        if kinds:
            found &= frozenset().union(*(words("pronouns", kind) for kind in kinds))
    return found


def abbreviations(kind: str | None = None) -> frozenset[str]:
    """Abbreviations written with a final period, lower case, without it (``mr``, ``etc``,
    ``u.s``); of kind ``sentence_final`` (``etc``, ``inc``), those that often end a
    sentence (``abbreviations.tsv``)."""
    return words("abbreviations", kind)


def symbol_neighbours(kind: str) -> frozenset[str]:
    """English words that, ``before`` or ``after`` a one-letter token, make it a letter or a
    symbol rather than a conjunction of another language (``vitamin e``, ``y equals``)."""
    return words("symbol_neighbours", kind)


def thing_roles() -> frozenset[str]:
    """Role nouns that also name things (``driver``, ``host``, ``model``)."""
    return words("thing_roles")


def make_reporting(kind: str) -> frozenset[str]:
    """The words of the reporting phrases of *make* (``made known that``): kind ``make``
    (its forms) or ``complement`` (``known``, ``clear``, ``public``)."""
    return words("make_reporting", kind)


def word_part_nouns() -> frozenset[str]:
    """Nouns that cite a part of a word (``suffix``, ``ending``, ``prefix``): a hyphenated
    fragment after one is quoted (``ending in -ly``), no name broken off."""
    return words("word_part_nouns")


def saint_prefixes() -> frozenset[str]:
    """Lower-case saint prefixes of other languages that open a place's name (``santa``,
    ``são``, ``sankt``): ``Santa Maria Assunta`` names no person."""
    return words("saint_prefixes")


def not_agent_nouns() -> frozenset[str]:
    """Nouns of agent shape that denote no person (``water``, ``border``, ``computer``)."""
    return words("not_agent_nouns")


def generic_roles() -> frozenset[str]:
    """Generic role nouns that may take up a named person's more specific role."""
    return words("generic_roles")


def adjective_roles() -> frozenset[str]:
    """Role nouns far more often adjectives (``general``, ``chief``, ``senior``)."""
    return words("adjective_roles")


def plural_people() -> frozenset[str]:
    """Plural nouns of people without a singular in -s (``people``, ``women``, ``police``)."""
    return words("plural_people")


def typography_words(kind: str) -> frozenset[str]:
    """Words beside a number, a mark or a label that tell the typography rules how to read
    it, of one kind, lower case: ``list_word`` (pages 3,5), ``label`` (room 12), ``range_opener``,
    ``ordinal_context`` (19e siècle), ``ordinal_determiner`` (Dutch de 2e), ``ordinal_noun``,
    ``rank_verb``, ``time_preposition``, ``version_word``, ``counted_plural``,
    ``measure_noun``, ``before_place_article`` (in 's Gravenhage), ``roman_label``
    (described in ``typography.tsv``)."""
    return words("typography", kind)


def number_words(kind: str) -> dict[str, str]:
    """English number words of one kind, lower case, each with its value as written in the
    list (parse it with ``Decimal``): ``cardinal`` (``three``: 3), ``tens`` (``twenty``),
    ``ordinal`` (``third``: 3), ``quantity`` (``dozen``: 12, ``half``: 0.5), ``power``
    (``million``: 1000000) and ``one`` (``a``, ``single``: 1)."""
    return values("number_words", "value", kind)


@cache
def scale_words() -> dict[str, tuple[int, ...]]:
    """Scale words after a number, of English and the common source languages, lower case
    without a final period (``million``, ``millones``, ``mio``, ``bn``), each with the powers
    of ten it may mean (``billion``: 9 and 12)."""
    return {
        word: tuple(int(power) for power in cell.split())
        for word, cell in values("scale_words", "powers").items()
    }
