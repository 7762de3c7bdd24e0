"""Source-locale typography (family T): habits a translation carries over from its source,
and the spacing a tokeniser leaves in machine translation (T108: ``composer .``, ``do n't``).

French puts a (no-break) space before ``? ! : ;`` and ``%``; most of Europe writes ``3,5`` for
three and a half and groups thousands with spaces (``11 000``); French, Italian and Spanish
ordinals read ``1er``, ``XIXe``, ``1º``; French times ``18 h 30``. English writes ``word?``,
``3.5``, ``11,000``, ``50%``, ``1st``, ``19th``, ``18:30``. Each rule offers the English form
as a fix when it is certain, and stays silent when a number could be something else
(``pages 3,5``, ``2,700``, a phone number, ``6:00 a.m.``, ``3:2``, an emoticon, a URL).

What the rules read is found by analyses: number sites (:mod:`checker.analysis.number_sites`),
punctuation spaced off its word (:mod:`checker.analysis.spacing`), URLs, addresses and code
(:mod:`checker.analysis.untouchable`). This module judges.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from checker.analysis.number_sites import SPACE, SPACES, matches_at, number_sites
from checker.analysis.spacing import (
    padded_brackets,
    padded_straight_quotes,
    spaced_currency,
    spaced_marks,
    spaced_punctuation,
    split_contractions,
    tokeniser_escapes,
)
from checker.analysis.untouchable import Guard
from checker.document import Document
from checker.patterns import find_per_mark, lazy, per_mark
from checker.registry import rule
from checker.text.neighbours import ANY_SPACE, word_after, word_before
from checker.thresholds.typography import (
    AFTERNOON_HOUR,
    MAX_DEGREE_ORDINAL,
    MAX_RANGE_START,
    TOKENISED_SHARE,
    WORD_BEFORE_WINDOW,
)
from checker.types import Fix, Hit, Severity
from checker.words import calendar_kind, determiners, plural_people, typography_words


# --- What the rules share: one pass over the numbers, one guard --------------------------
class _Shared:
    """What the typography rules learn about one document, kept while the document lives."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.guard = Guard(text)
        self._sites: dict[str, list[int]] | None = None

    @property
    def sites(self) -> dict[str, list[int]]:
        if self._sites is None:
            self._sites = number_sites(self.text)
        return self._sites


def _shared(doc: Document) -> _Shared:
    """The typography rules' shared knowledge of ``doc``'s analysis text, built once."""
    return doc.memo(f"{__name__}:shared", lambda doc: _Shared(doc.analysis_text))


# --- T101 -------------------------------------------------------------------------------


@rule(
    "T101",
    "space-before-punctuation",
    Severity.WARNING,
    category="Locale convention/Punctuation",
    message="space before {punct} (French typography)",
    fixable=True,
)
def space_before_punctuation(doc: Document) -> Iterator[Hit]:
    """A space (often a no-break space) before ``?``, ``!``, ``:`` or ``;``.

    French typography wants it; English never does, and translations keep it. Emoticons
    (``:)``), ratios and times with spaces (``3 : 2``), URLs and code are left alone.

    Okay: Why did he go? Nobody knows: the army said nothing; the family waited.
    Okay: Great news :) see you at 6 : 30 or so.
    T101: Why did he go ? Nobody knows : the army said nothing.
    """
    text = doc.analysis_text
    guard = _shared(doc).guard
    for start, mark, punct in spaced_punctuation(text):
        if guard.skips(doc, start, mark + 1):
            continue
        yield Hit(start, mark + 1, {"punct": punct}, fix=Fix(start, mark, ""))


# --- T102 -------------------------------------------------------------------------------

# Each pattern starts with the character it needs (a digit...) and looks behind it only then:
# much faster than a look-behind tried at every offset.
_NUMBER_WITH_COMMA = lazy(r"(?P<int>\d(?<![\w.,'’]\d)\d*),(?P<frac>\d+)(?![\d,]|\.\d)")
_DOT_THOUSANDS_COMMA = lazy(r"(?P<int>\d(?<![\w.,]\d)\d{0,2}(?:\.\d{3})+),(?P<frac>\d+)(?![\w,.])")
# Scores or ranges written without spaces, one after the other: 1-6,4-6 (tennis sets).
_SCORE_BEFORE = lazy(r"\d[-–]$")
_SCORE_AFTER = lazy(r"[-–]\d")
# Units and magnitudes that make a number a measure: 3,5 million, 0,8 %, 1,5 km.
UNITS = (
    "%|‰|per ?cent|percent|percentage points?|points?|million|millions|billion|billions|"
    "trillion|trillions|thousand|bn|mn|m|km|cm|mm|kg|g|mg|t|l|ml|ha|km²|m²|m³|°|°C|°F|"
    "degrees?|euros?|€|dollars?|\\$|pounds?|£|yen|¥|francs?|roubles?|rubles?|yuan|won|"
    "pesos?|lire|times|hours?|minutes?|seconds?|days?|weeks?|months?|years?|metres?|"
    "meters?|kilometres?|kilometers?|miles?|tonnes?|tons?|hectares?|litres?|liters?|"
    "kilos?|kilograms?|grams?|inches|feet|acres?|kW|MW|GW|kWh|MWh|GWh|TWh|mph|km/h|"
    "children|stars?"
)
_UNIT_AFTER = lazy(rf"{SPACE}?(?:{UNITS})(?![^\W\d_])", re.IGNORECASE)
# A range whose second number carries the unit: between 3,5 and 6 million.
_RANGE_UNIT_AFTER = lazy(
    rf"\s+(?:and|to|or|-|–)\s+\d+(?:[.,]\d+)?{SPACE}?(?:{UNITS})(?![^\W\d_])", re.IGNORECASE
)
_CURRENCY_BEFORE = lazy(r"(?:[€$£¥]|\b(?:EUR|USD|GBP|CHF))\s?$")
# Words after which "3,5" is a list of two numbers (pages 3,5), not a decimal.
LIST_WORDS = typography_words("list_word")


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` in lower case (``pages 3,5``, ``No. 12 300``), or ""."""
    found = word_before(text, start, r"\.?\s*", WORD_BEFORE_WINDOW)
    return found.group(1).lower() if found is not None else ""


# Words that open a range: of decimals (between 3,5 and 6), of times (from 8h to 5pm).
RANGE_OPENERS = typography_words("range_opener")


def _decimal_comma_evidence(text: str, start: int, end: int) -> bool:
    """True when the number is surely a decimal: a unit follows or a currency precedes."""
    if _UNIT_AFTER.match(text, end) or _RANGE_UNIT_AFTER.match(text, end):
        return True
    return _CURRENCY_BEFORE.search(text, max(0, start - 5), start) is not None


@rule(
    "T102",
    "decimal-comma",
    Severity.WARNING,
    category="Locale convention/Number format",
    message="decimal comma in {number}; English writes {english}",
    fixable=True,
)
def decimal_comma(doc: Document) -> Iterator[Hit]:
    """A decimal comma (``3,5 million``, ``0,8 %``): English uses a decimal point.

    In English ``3,5`` is not a number at all, and ``2,700`` is two thousand seven hundred:
    a comma followed by exactly three digits is a thousands separator and is never reported.
    A measure (a unit or magnitude after it, a currency before it, a leading zero, a range
    ``between 3,5 and 6``) makes the decimal certain and the fix safe. Without one, ``3,5``
    is still reported (English lists put a space after the comma) but with no fix, and as
    info when it may start a list (``4,5 and 6``); list nouns (``pages 3,5``), chemical
    names (``2,4-D``), tennis sets (``1-6,4-6``) and bracketed pairs (a vector ``[1,1]``,
    a point ``(3,5)``) are left alone.

    Okay: About 2,700 soldiers and 11,000 troops; see pages 3,5 and 1,2-dichloroethane.
    Okay: She lost 1-6,4-6 to the champion; the vector [1,1] is a diagonal.
    T102: The economy grew by 3,5 million euros, or 0,8 %.
    """
    text = doc.analysis_text
    shared = _shared(doc)
    guard, sites = shared.guard, shared.sites
    for match in matches_at(_DOT_THOUSANDS_COMMA, text, sites["dot"]):
        if guard.skips(doc, *match.span()):
            continue
        whole = match.group("int").replace(".", ",")
        english = f"{whole}.{match.group('frac')}"
        yield Hit(
            match.start(),
            match.end(),
            {"number": match.group(), "english": english},
            fix=Fix(match.start(), match.end(), english),
        )
    for match in matches_at(_NUMBER_WITH_COMMA, text, sites["comma"]):
        start, end = match.span()
        if len(match.group("frac")) == 3 or guard.skips(doc, start, end):
            continue
        if not _other_comma_number(text, match):
            hit = _decimal_comma_hit(text, match)
            if hit is not None:
                yield hit


def _other_comma_number(text: str, match: re.Match[str]) -> bool:
    """``3,5`` is something else than a decimal here: a pair, tennis sets, a chemical name,
    two years, the tail of a dotted number."""
    integer, fraction = match.group("int"), match.group("frac")
    start, end = match.span()
    if start and text[start - 1] in "([{" and text[end : end + 1] in (")", "]", "}"):
        return True  # a pair, a vector or an interval: (3,5), [1,1], [0,5)
    if _SCORE_BEFORE.search(text, max(0, start - 2), start) and _SCORE_AFTER.match(text, end):
        return True  # tennis sets or a run of ranges: 1-6,4-6
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return True  # a chemical name: 2,4-D, 1,2-dichloroethane
    if len(integer) == 4 and len(fraction) == 4:
        return True  # two years: 2019,2020
    # 1.250,5 is handled by the dotted pattern
    return text[start - 1 : start] == "." and start >= 2 and text[start - 2].isdigit()


def _decimal_comma_hit(text: str, match: re.Match[str]) -> Hit | None:
    """The hit for a decimal comma: with a fix when the context makes it sure, as info when
    it may start a list, none after a list word or where it reads as thousands."""
    integer, fraction = match.group("int"), match.group("frac")
    start, end = match.span()
    comma = start + len(integer)
    english = f"{integer}.{fraction}"
    detail = {"number": match.group(), "english": english}
    before_word = _word_before(text, start)
    if before_word in LIST_WORDS:
        return None
    after = word_after(text, end, ANY_SPACE)
    after_word = after.group(1).lower() if after is not None else ""
    sure = (
        _decimal_comma_evidence(text, start, end)
        or (integer == "0" and len(fraction) <= 3)
        or (before_word in RANGE_OPENERS and after_word in ("and", "to"))
    )
    if sure:
        return Hit(start, end, detail, fix=Fix(comma, comma + 1, "."))
    if len(fraction) > 2 or integer.startswith("0"):
        return None
    if len(integer) <= 3 and after_word not in ("and", "or") and text[end : end + 1] != ",":
        return Hit(start, end, detail)  # no list reads "3,5" without a space: no fix, though
    return Hit(start, end, detail, severity=Severity.INFO)  # 4,5 and 6: maybe a list


# --- T103 -------------------------------------------------------------------------------

_SPACE_GROUPED = lazy(
    rf"(?P<head>[1-9](?<![\w.,+\-/:][1-9])\d{{0,2}})(?P<groups>(?:{SPACE}\d{{3}})+)"
    rf"(?![\w]|[.,]\d|[-–]\d)"
)
# Words after which a number is a label, so a following number is another one.
# Besides the months (checker.words.calendar_words: January, Jan, Sept).
_LABEL_WORDS = typography_words("label")


@cache
def label_words() -> frozenset[str]:
    """Lower-case words after which a number is a label: the months and ``_LABEL_WORDS``."""
    return _LABEL_WORDS | frozenset(word.lower() for word in calendar_kind("month"))


_NUMBER_BEFORE = lazy(r"\d[ \t]$")
_NUMBER_AFTER = lazy(r"[ \t]\d")
_PHONE_CONTEXT = lazy(
    r"(?:\+\d+|\(\d+\)|\b(?:phone|tel|telephone|fax|call|mobile|dial)\b)[^\n]{0,12}$",
    re.IGNORECASE,
)


@rule(
    "T103",
    "space-grouped-thousands",
    Severity.WARNING,
    category="Locale convention/Number format",
    message="thousands grouped with spaces in {number}; English writes {english}",
    fixable=True,
)
def space_grouped_thousands(doc: Document) -> Iterator[Hit]:
    """Thousands separated by a space or a (narrow) no-break space: ``11 000``.

    French and most European styles group digits with spaces; English news style uses
    commas. Read as English, ``11 000`` looks like two numbers. Phone numbers, dates
    (``May 12 300 people``), model numbers (``10 737-800 jets``) and numbers that start
    with 0 are left alone.

    Okay: About 11,000 troops; in 2019 300 people left; call +33 1 234 567.
    T103: About 11 000 troops and 1 250 000 shells.
    """
    text = doc.analysis_text
    shared = _shared(doc)
    guard = shared.guard
    for match in matches_at(_SPACE_GROUPED, text, shared.sites["spaced"]):
        start, end = match.span()
        if guard.skips(doc, start, end):
            continue
        before = text[max(0, start - 30) : start]
        if _PHONE_CONTEXT.search(before):
            continue
        if _word_before(text, start) in label_words():
            continue
        if _NUMBER_BEFORE.search(before) or _NUMBER_AFTER.match(text, end):
            continue  # a run of numbers (a table row, a list): 2019 300 400
        digits = re.split(SPACE, match.group())
        english = ",".join(digits)
        severity = Severity.INFO if "\u2009" in match.group() else None  # SI style
        yield Hit(
            start,
            end,
            {"number": match.group(), "english": english},
            fix=Fix(start, end, english),
            severity=severity,
        )


# --- T104 -------------------------------------------------------------------------------

_SPACE_PERCENT = lazy(rf"\d(?P<space>{SPACE}+)(?P<sign>[%‰])(?![\w])")


@rule(
    "T104",
    "space-before-percent",
    Severity.WARNING,
    category="Locale convention/Number format",
    message="space before {sign} (French typography)",
    fixable=True,
)
def space_before_percent(doc: Document) -> Iterator[Hit]:
    """A space between a number and ``%``: ``50 %`` is French, ``50%`` English.

    Okay: Turnout rose to 50% (from 48 per cent).
    T104: Turnout rose to 50 %.
    """
    text = doc.analysis_text
    shared = _shared(doc)
    guard = shared.guard
    for match in matches_at(_SPACE_PERCENT, text, shared.sites["percent"]):
        start, end = match.span("space")
        if guard.skips(doc, start, match.end()):
            continue
        yield Hit(
            start,
            match.end(),
            {"sign": match.group("sign")},
            fix=Fix(start, end, ""),
        )


# --- T105 -------------------------------------------------------------------------------

_ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_FRENCH_ORDINAL = lazy(
    r"(?P<number>\d(?<![\w.,]\d)\d*)(?P<suffix>ers?|res?|ères?|èmes?|emes?|es?|ᵉʳ|ᵉ)"
    r"(?![\w\-+]|\.\d)"
)
# One pattern per first letter (checker.patterns.per_mark: a search for one letter is faster
# than one for a set of them); a match starts only at a numeral's first letter, so none
# holds the start of another.
_ROMAN_ORDINAL = per_mark(
    r"(?P<roman>MARK(?<![\w.]MARK)[IVXLC]*)(?P<suffix>er|e|ème|ᵉ)(?!\w)", "IVXLC"
)
_VALID_ROMAN = lazy(_ROMAN)
_IBERIAN_ORDINAL = lazy(r"(?P<number>\d(?<![\w.,]\d)\d*)(?P<suffix>\.?[ºª])")
# Words around a bare "19e" that make it a French ordinal rather than a name (D&D 5e).
ORDINAL_CONTEXT_AFTER = typography_words("ordinal_context")
# Words before a bare "2e" or "2°" that make it an ordinal: the 2e round, the 2° place (the
# definite determiners, and Dutch de and het: de 2e ronde).
ORDINAL_DETERMINERS = determiners("definite") | typography_words("ordinal_determiner")
# Nouns that an ordinal commonly counts: after a determiner, "the 2e round" and "the 2°
# place" are ordinals (Dutch 2e, Italian 2°); anything else (the 5e rules, the 2° rise,
# a 45° angle) may be an edition, a temperature or an angle.
ORDINAL_NOUNS = typography_words("ordinal_noun")
# Verbs after which a bare "3°" is a rank: he finished 3°.
RANK_VERBS = typography_words("rank_verb")
# A number and a degree sign (no space) then a letter or the end of a phrase: 2° posto.
_DEGREE_ORDINAL = lazy(r"(?P<number>\d(?<![\w.,\-+]\d)\d?)°(?![\w°'′\"″]|\.\d)")
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
# French writes 1er / 1re (premier, première) only for one: 49ers and 76ers are English.
_FIRST_ONLY = frozenset({"er", "ers", "re", "res", "ère", "ères", "ᵉʳ"})
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def english_ordinal(number: int) -> str:
    """``1`` → ``1st``, ``12`` → ``12th``, ``22`` → ``22nd``."""
    if 11 <= number % 100 <= 13:
        return f"{number}th"
    return f"{number}{_SUFFIXES.get(number % 10, 'th')}"


def roman_value(roman: str) -> int:
    total = 0
    for index, char in enumerate(roman):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[roman[index + 1]] if index + 1 < len(roman) else 0
        total += -value if value < following else value
    return total


def _words_around(text: str, start: int, end: int) -> tuple[str, str]:
    before = word_before(text, start, ANY_SPACE, 20)
    after = word_after(text, end, ANY_SPACE)
    return (
        before.group(1).lower() if before else "",
        after.group(1).lower() if after else "",
    )


@rule(
    "T105",
    "foreign-ordinal",
    Severity.WARNING,
    category="Locale convention/Number format",
    message="{ordinal} is a {language} ordinal; English writes {english}",
    fixable=True,
)
def foreign_ordinal(doc: Document) -> Iterator[Hit]:
    """An ordinal written the French, Italian or Spanish way: ``1er``, ``2e``, ``XIXe``, ``1º``.

    English writes ``1st``, ``2nd``, ``19th``. A bare ``5e`` is reported only in a context
    that makes it an ordinal (``the 19e century``, Dutch ``the 2e round``: a determiner
    before, a noun after), since English uses ``2e`` for editions. Italian's degree-sign
    ordinal (``the 2° place``, ``finished 3°``) is reported only for small numbers in an
    ordinal's place, never for temperatures, angles or coordinates.

    Okay: On 1st May, in the 19th century, Biology 2e and D&D 5e were not sold; 2e-5 is small.
    Okay: It was 20° in Rome and 20 °C in Milan; a 45° angle, the 30° slope, 12° north.
    T105: On the 1er mai, in the XIXe siècle, the 2º floor.
    T105: He took the 2° place in the 2e round and finished 3°.
    """
    text = doc.analysis_text
    shared = _shared(doc)
    guard, sites = shared.guard, shared.sites
    for match in matches_at(_FRENCH_ORDINAL, text, sites["letter"]):
        start, end = match.span()
        if guard.skips(doc, start, end):
            continue
        suffix = match.group("suffix")
        if suffix in _FIRST_ONLY and match.group("number") != "1":
            continue
        if suffix in ("e", "es"):
            before, after = _words_around(text, start, end)
            if after not in ORDINAL_CONTEXT_AFTER and not (
                before in ORDINAL_DETERMINERS and after in ORDINAL_NOUNS
            ):
                continue  # Biology 2e, the 12e (editions), D&D 5e
        english = english_ordinal(int(match.group("number")))
        detail = {"ordinal": match.group(), "language": "French", "english": english}
        yield Hit(start, end, detail, fix=Fix(start, end, english))
    for match in find_per_mark(_ROMAN_ORDINAL, text):
        start, end = match.span()
        roman = match.group("roman")
        if not _VALID_ROMAN.fullmatch(roman) or guard.skips(doc, start, end):
            continue
        _, after = _words_around(text, start, end)
        if after not in ORDINAL_CONTEXT_AFTER:
            continue  # a bare Roman numeral and e (the XXe brand): a name, not an ordinal
        if len(roman) < 2 and roman not in "IVX":
            continue  # Xe is xenon, and French "Ce siècle" is "this century"
        english = english_ordinal(roman_value(roman))
        detail = {"ordinal": match.group(), "language": "French", "english": english}
        yield Hit(start, end, detail, fix=Fix(start, end, english))
    for match in matches_at(_IBERIAN_ORDINAL, text, sites["iberian"]):
        start, end = match.span()
        if guard.skips(doc, start, end):
            continue
        english = english_ordinal(int(match.group("number")))
        detail = {"ordinal": match.group(), "language": "Spanish or Italian", "english": english}
        yield Hit(start, end, detail, fix=Fix(start, end, english))
    yield from _degree_ordinals(doc, text, guard, sites["degree"])


def _degree_ordinals(doc: Document, text: str, guard: Guard, starts: list[int]) -> Iterator[Hit]:
    """``the 2° place``, ``he finished 3°``: Italian writes ordinals with a degree sign.

    A degree sign is a temperature, an angle or a coordinate far more often, so only small
    numbers in an ordinal's place count: after ``the`` (or a possessive) and before a noun
    that ordinals count (place, round, term), or alone after a ranking verb.
    """
    for match in matches_at(_DEGREE_ORDINAL, text, starts):
        start, end = match.span()
        number = int(match.group("number"))
        if not 0 < number <= MAX_DEGREE_ORDINAL:
            continue
        if text[end : end + 1] in ("C", "F", "K") or guard.skips(doc, start, end):
            continue
        before, after = _words_around(text, start, end)
        if before in ORDINAL_DETERMINERS:
            if text[end : end + 1] not in SPACES or after not in ORDINAL_NOUNS:
                continue  # the 20° heat, a 45° angle, the 2° rise: a degree
        elif before not in RANK_VERBS or text[end : end + 1].isalnum():
            continue
        english = english_ordinal(number)
        detail = {"ordinal": match.group(), "language": "Italian", "english": english}
        message = f"{match.group()} is an Italian ordinal; English writes {english}"
        yield Hit(start, end, detail, fix=Fix(start, end, english), message=message)


# --- T106 -------------------------------------------------------------------------------

# An hour written with h, and its minutes when there are some: 18 h 30, 18h30, 20h.
_H_TIME = lazy(
    rf"(?P<hour>\d(?<![\w.,:]\d)\d?){SPACE}?h(?:{SPACE}?(?P<minute>[0-5]\d)(?!\d))?"
    rf"(?![\w\-])"
)
_MINUTES_AFTER = lazy(rf"{SPACE}?min")
_DIGIT_AFTER = lazy(rf"{SPACE}\d")
# Words before a bare hour that make it a time of day: at 20h, until 18 h.
TIME_PREPOSITIONS = typography_words("time_preposition")
_RANGE_LINK = rf"{SPACE}*(?:to|and|until|till|-|–){SPACE}*"
# A clock time (9:00, 5pm, 5 p.m.) or a bare hour (17h) as the other end of the range.
_OTHER_END = (
    rf"(?P<other>\d{{1,2}})(?:(?P<clock>[:.h]\d\d|{SPACE}?[ap]\.?m\b\.?)|{SPACE}?h(?![\w\-]))"
)
_RANGE_END_AFTER = lazy(_RANGE_LINK + _OTHER_END, re.IGNORECASE)
_RANGE_START_BEFORE = lazy(rf"\b(?:from|between){SPACE}+{_OTHER_END}{_RANGE_LINK}$", re.IGNORECASE)
_OF_AFTER = lazy(rf"{SPACE}+of\b")


def _in_time_range(text: str, start: int, end: int, before: str, hour: int) -> bool:
    """``8h`` opens or closes a range of times: from 8h to 5pm, between 8h and 17h."""
    other = None
    if before in RANGE_OPENERS:  # from 8h to 5pm, between 8h and 17h
        other = _RANGE_END_AFTER.match(text, end)
        range_end = other.end() if other is not None else end
    if other is None:
        other = _RANGE_START_BEFORE.search(text, max(0, start - MAX_RANGE_START), start)
        range_end = end
    if other is None:
        return False
    if other.group("clock"):
        return True  # the other end is a clock time: 5pm, 9:00
    return max(hour, int(other.group("other"))) >= AFTERNOON_HOUR and not _OF_AFTER.match(
        text, range_end
    )


@rule(
    "T106",
    "french-time",
    Severity.WARNING,
    category="Locale convention/Time format",
    message="time written {time}; English writes {english}",
    fixable=True,
)
def french_time(doc: Document) -> Iterator[Hit]:
    """A 24-hour time written with ``h`` (``18 h 30``, ``18h30``, ``at 20 h``), as in French.

    English writes ``18:30`` (or ``6:30 p.m.``). A bare hour (``20h``) is a time after
    ``at`` or ``until``, or in a range of times (``from 8h to 5pm``, ``between 8h and 17h``);
    durations (``2 h 30 min``, ``a 24h strike``, ``from 2h to 3h of sleep`` is rare enough)
    are otherwise left alone.

    Okay: The meeting starts at 18:30 and ends at 6:00 p.m.; a 24h strike, 2 h 30 min.
    Okay: The race lasted between 2 and 3 hours; it grew from 8 to 12 units.
    T106: The meeting starts at 18 h 30 and the vote at 20h.
    T106: Shops open from 8h to 5pm, and offices between 8h and 17h.
    """
    text = doc.analysis_text
    shared = _shared(doc)
    guard = shared.guard
    for match in matches_at(_H_TIME, text, shared.sites["hour"]):
        start, end = match.span()
        hour, minute = match.group("hour"), match.group("minute")
        if int(hour) > 23 or guard.skips(doc, start, end):
            continue
        if minute is not None:
            if _MINUTES_AFTER.match(text, end):
                continue  # a duration: 2 h 30 min
        else:
            before, _ = _words_around(text, start, end)
            if (
                before not in TIME_PREPOSITIONS
                and not _in_time_range(text, start, end, before, int(hour))
            ) or _DIGIT_AFTER.match(text, end):
                continue  # a duration (a 24h strike) or a count
            minute = "00"
        english = f"{hour}:{minute}"
        yield Hit(
            start, end, {"time": match.group(), "english": english}, fix=Fix(start, end, english)
        )


# --- T107 -------------------------------------------------------------------------------

_DOT_GROUPED = lazy(
    r"(?P<head>[1-9](?<![\w.,][1-9])\d{0,2})(?P<groups>(?:\.\d{3})+)(?![\w]|[.,]\d)"
)
# Words before a dotted number that make it a version or a reference, not a quantity.
VERSION_WORDS = typography_words("version_word")
# Plural nouns that count people or things: "12.500 visitors" has no decimal reading.
IRREGULAR_PLURALS = plural_people() | typography_words("counted_plural")
_COUNTED_NOUN = lazy(r"[ \u00a0]([a-z]+)\b")
# A measure, a score or a rate, where three decimals make sense: 12.500 seconds, 9.850 points.
MEASURE_NOUNS = typography_words("measure_noun")


def _counted_noun_after(text: str, end: int) -> bool:
    """A plural count noun right after the number: ``12.500 visitors``, ``2.300 people``."""
    match = _COUNTED_NOUN.match(text, end)
    if match is None:
        return False
    noun = match.group(1)
    if noun in IRREGULAR_PLURALS:
        return True
    return (
        len(noun) > 3
        and noun.endswith("s")
        and not noun.endswith(("ss", "us", "is"))
        and noun not in MEASURE_NOUNS
        and _UNIT_AFTER.match(text, end) is None
    )


@rule(
    "T107",
    "dot-grouped-thousands",
    Severity.WARNING,
    category="Locale convention/Number format",
    message="thousands grouped with dots in {number}; English writes {english}",
    fixable=True,
)
def dot_grouped_thousands(doc: Document) -> Iterator[Hit]:
    """Thousands separated by dots (``11.000``, ``1.250.000``), as German, Spanish or Italian do.

    In English the dot is the decimal point: ``11.000`` reads as eleven. Two dot groups or
    more (``1.250.000``) cannot be a decimal; one group of zeros (``11.000``) is a thousands
    group in practice, and so is any single group before a plural count noun (``12.500
    visitors``: nobody counts visitors in thousandths). ``2.718``, ``1.000`` (a batting
    average), measures and scores (``9.580 seconds``, ``14.500 points``), versions (``version
    2.100.300``) and IP addresses are left alone.

    Okay: He hit 1.000 in May; e is 2.718; she ran 9.580 seconds; version 2.100.300.
    T107: About 11.000 soldiers, 12.500 visitors and 1.250.000 shells.
    """
    text = doc.analysis_text
    shared = _shared(doc)
    guard = shared.guard
    for match in matches_at(_DOT_GROUPED, text, shared.sites["dot"]):
        start, end = match.span()
        head, groups = match.group("head"), match.group("groups")[1:].split(".")
        if (
            len(groups) == 1
            and (groups[0] != "000" or head == "1")
            and not _counted_noun_after(text, end)
        ):
            continue  # a decimal: 2.718, 1.000 (but 12.500 visitors, 1.500 people are counts)
        if len(groups) == 3 and all(int(part) <= 255 for part in [head, *groups]):
            continue  # an IP address
        if guard.skips(doc, start, end):
            continue
        if _word_before(text, start) in VERSION_WORDS:
            continue
        english = ",".join([head, *groups])
        detail = {"number": match.group(), "english": english}
        yield Hit(start, end, detail, fix=Fix(start, end, english))


# --- T108 -------------------------------------------------------------------------------

# Full stops and commas attached to a word: what clean text has instead of the spaced ones.
# One pattern per mark, starting with it (checker.patterns.per_mark: a search for a comma
# skips through a text far faster than one for any word character), counted by
# :func:`_attached_count`.
_ATTACHED_PUNCT = per_mark(r"MARK(?<=\wMARK)", ",.")
# The kinds of sign: a spaced mark, a split contraction (sure alone), a side of a bracket.
_MARK, _CONTRACTION, _BRACKET = "mark", "contraction", "bracket"
# Formats whose text writes character entities on purpose.
_MARKUP_FORMATS = frozenset({"markdown", "html"})


@rule(
    "T108",
    "tokenised-punctuation",
    Severity.WARNING,
    category="Fluency/Punctuation",
    message="{what} (tokenised text)",
    fixable=True,
)
def tokenised_punctuation(doc: Document) -> Iterator[Hit]:
    """Punctuation spaced off as a tokeniser leaves it: ``composer .``, ``do n't``, ``( FTIR )``.

    Machine translation often comes back tokenised: a space before every comma and full
    stop (``May 7 , 1833``), contractions and possessives split from their word (``do
    n't``, ``baby 's``, ``they 're``, ``players '``), spaces inside brackets (``( FTIR )``),
    after a currency sign (``$ 560m``), inside straight quotation marks (``" very good "``)
    and before ``;`` after a number (``1833 ;``), and it leaves the escapes it protects
    characters with (``&quot;``, ``&apos;``, ``well @-@ known``; not in Markdown, which
    writes entities on purpose). English attaches them all; the fix joins them again. A
    space before ``? ! : ;`` after a word is T101's (French typography looks the same):
    each rule can be selected alone, and no span is reported by both. Ellipses (``word
    ...``), ``.NET``, ``.45``, list labels (``1 . First``), URLs, code, emoticons and
    quotations like ``' 90s`` are left alone. A lone spaced comma or full stop in a
    paragraph that otherwise attaches them is a typing slip more than tokenisation: info.

    Okay: He didn't go ... nobody did. The .NET team's ' 90s hit cost .45 dollars (FTIR).
    Okay: ( a ) first choice; see www.example.com . The ratio was 3 : 2 at 6 : 30.
    T108: The composer , born on May 7 , 1833 , died in Vienna .
    T108: I do n't know why the baby 's toy ( a rattle ) is here .
    T108: He called it a " historic " day for the country&apos;s farmers .
    """
    text = doc.analysis_text
    guard = _shared(doc).guard
    hits: list[tuple[Hit, str]] = []  # each hit and its kind of sign
    for start, end, punct in spaced_marks(text, guard):
        if guard.skips(doc, start, end):
            continue
        detail = {"what": f"space before {punct}"}
        hits.append((Hit(start, end, detail, fix=Fix(start, end - 1, "")), _MARK))
    for start, end, symbol in spaced_currency(text):
        if guard.skips(doc, start, end):
            continue
        detail = {"what": f"space after {symbol}"}
        hits.append((Hit(start, end, detail, fix=Fix(start + 1, end, "")), _MARK))
    for start, end, piece in split_contractions(text):
        if guard.skips(doc, start, end):
            continue
        detail = {"what": f"{piece} split from its word"}
        hits.append((Hit(start, end, detail, fix=Fix(start, end - len(piece), "")), _CONTRACTION))
    for open_at, inner_start, inner_end, close_at in padded_brackets(text):
        if guard.skips(doc, open_at, close_at + 1):
            continue
        detail = {"what": "space inside brackets"}
        hits.append(
            (Hit(open_at, inner_start, detail, Fix(open_at + 1, inner_start, "")), _BRACKET)
        )
        hits.append((Hit(inner_end, close_at + 1, detail, Fix(inner_end, close_at, "")), _BRACKET))
    hits.extend(_padded_quote_hits(doc, text, guard))
    hits.extend(_escape_hits(doc, text, guard))
    if not hits:
        return
    hits.sort(key=lambda item: item[0].start)
    weak = _lone_signs(doc, text, hits)
    for index, (hit, _) in enumerate(hits):
        yield hit._replace(severity=Severity.INFO) if index in weak else hit


def _padded_quote_hits(doc: Document, text: str, guard: Guard) -> Iterator[tuple[Hit, str]]:
    """Both sides of ``" very good "``, as the two sides of a padded bracket."""
    detail = {"what": "space inside quotation marks"}
    for open_at, inner_start, inner_end, close_at in padded_straight_quotes(text):
        if guard.skips(doc, open_at, close_at + 1):
            continue
        yield Hit(open_at, inner_start, detail, Fix(open_at + 1, inner_start, "")), _BRACKET
        yield Hit(inner_end, close_at + 1, detail, Fix(inner_end, close_at, "")), _BRACKET


def _escape_hits(doc: Document, text: str, guard: Guard) -> Iterator[tuple[Hit, str]]:
    """``&quot;`` and ``well @-@ known`` in text that is not markup (Markdown and HTML
    write entities on purpose); nobody types them, so each is a sure sign."""
    if doc.format in _MARKUP_FORMATS:
        return
    for start, end, escape, meant in tokeniser_escapes(text):
        if guard.skips(doc, start, end):
            continue
        detail = {"what": f"{escape} left for {meant}"}
        yield Hit(start, end, detail, fix=Fix(start, end, meant)), _CONTRACTION


def _lone_signs(doc: Document, text: str, hits: list[tuple[Hit, str]]) -> set[int]:
    """Indices of the hits that stand alone in clean-looking text: typing slips, not tokens.

    Tokenised text spaces nearly every comma and full stop; a person's slip spaces one among
    many attached ones. A hit is alone when the document and its paragraph both attach most
    of their commas and full stops to their words, and no other sign shares its paragraph
    (the two sides of one bracket pair count as one sign). A split contraction is never
    alone, nor is anything in its paragraph: nobody types ``do n't``.
    """
    weights = [0.5 if kind == _BRACKET else 1.0 for _, kind in hits]
    if sum(weights) >= TOKENISED_SHARE * (sum(weights) + _attached_count(text, 0, len(text))):
        return set()
    paragraphs = doc.paragraphs
    starts = [paragraph.start for paragraph in paragraphs]
    paragraph_of = [bisect.bisect_right(starts, hit.start) - 1 for hit, _ in hits]
    signs: dict[int, float] = {}
    sure: set[int] = set()
    for index, (_, kind) in enumerate(hits):
        paragraph = paragraph_of[index]
        signs[paragraph] = signs.get(paragraph, 0.0) + weights[index]
        if kind == _CONTRACTION:
            sure.add(paragraph)
    lone = set()
    for paragraph, count in signs.items():
        if paragraph in sure or count >= 2:
            continue
        span = (
            (paragraphs[paragraph].start, paragraphs[paragraph].end) if paragraph >= 0 else (0, 0)
        )
        attached = _attached_count(text, *span)
        if count < TOKENISED_SHARE * (count + attached):
            lone.add(paragraph)
    return {index for index, paragraph in enumerate(paragraph_of) if paragraph in lone}


def _attached_count(text: str, start: int, end: int) -> int:
    """How many commas and full stops of ``text[start:end]`` stand right after a word
    character there (``\\w[,.]`` matches; a mark is searched from ``start + 1``, so that
    its word character lies inside too)."""
    return sum(len(pattern.findall(text, start + 1, end)) for pattern in _ATTACHED_PUNCT.values())
