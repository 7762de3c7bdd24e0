"""Numbers, times and dates of a text, read as values in every way their locale allows.

Rule B101 compares the quantities of a source segment with those of its English target.
Each :class:`Quantity` holds every *key* its text may mean (``("n", value)`` for a number,
``("time", minutes since midnight)`` for a time of day), so that equal values written in
different conventions meet:

- locale separators: ``11 000`` = ``11.000`` = ``11,000``; ``3,5`` = ``3.5``; the decimal and
  group symbols of the source language come from CLDR (``babel``, loaded lazily), which adds
  the Arabic ``٫``/``٬`` and the Indian ``12,34,567`` grouping where the language uses them;
- scale words: ``2,7 millions`` = ``2.7 million`` = ``2,700,000``; CJK multipliers:
  ``1000万`` = ``10 million``, ``14.6万`` = ``146,000``, ``1億2000万`` = ``120 million``;
- full-width digits and separators (``２０２４``, ``１２．５``);
- dates and times: ``03/01/2024``; ``18 h 30`` = ``18:30`` = ``6:30 p.m.``; ``12 h 00`` =
  ``noon``; ``下午3点`` = ``3 p.m.``; months written out in the target (``7月`` = ``July``);
- decades and centuries: ``années 70`` = ``the 1970s``; ``20世纪90年代`` = ``the 1990s``;
  ``19世纪`` = ``19th century`` = ``the 1800s``;
- English number words in the target: ``three``, ``twenty-one``, ``three hundred``,
  ``a dozen``, ``nineteenth``, ``half``, ``a`` for 1;
- lists that only look like decimals stay lists: the tennis score ``1-6,4-6`` and the vector
  ``[1,1]`` hold separate integers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from checker.patterns import lazy
from checker.words import month_numbers, number_words, scale_words

# A match that is one quantity, for bipartite matching: its kind and its value.
Key = tuple[str, Decimal]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number of the text: ``text`` is at ``start:end`` and may mean any of ``keys``."""

    start: int
    end: int
    text: str
    keys: frozenset[Key]


# ----------------------------------------------------------------------------------------
# Locale conventions (CLDR through babel)
# ----------------------------------------------------------------------------------------

# Separators every reading allows: the spaces, comma, full stop and apostrophes of Europe.
_BASE_GROUP = " \u00a0\u202f\u2009,.'’"


@dataclass(frozen=True, slots=True)
class Convention:
    """A language's number symbols beyond the common ones (from CLDR)."""

    decimal: str = ""  # decimal symbols that are not ``.`` or ``,`` (Arabic ``٫``)
    group: str = ""  # group symbols not in _BASE_GROUP (Arabic ``٬``)
    lakh: bool = False  # groups of two above the thousands: 12,34,567


_COMMON = Convention()
# Digits that name their language when none is known: Arabic-Indic, Persian.
_DIGIT_LANGUAGES = (("\u0660", "\u0669", "ar"), ("\u06f0", "\u06f9", "fa"))


@lru_cache(maxsize=64)
def convention(language: str | None) -> Convention:
    """The number symbols CLDR gives ``language``, in its default and native digits."""
    if not language or language == "en":
        return _COMMON
    try:
        from babel import Locale, UnknownLocaleError
        from babel.numbers import get_decimal_symbol, get_group_symbol
    except ImportError:  # pragma: no cover - babel is a dependency
        return _COMMON
    decimals, groups = set(), set()
    try:
        locale = Locale.parse(language.replace("-", "_"))
        systems = {locale.default_numbering_system, *locale.other_numbering_systems.values()}
        for system in sorted(systems):
            decimals.add(get_decimal_symbol(locale, numbering_system=system))
            groups.add(get_group_symbol(locale, numbering_system=system))
        pattern = locale.decimal_formats[None].pattern
    except (UnknownLocaleError, ValueError, KeyError, AttributeError, TypeError):
        return _COMMON
    return Convention(
        decimal="".join(sorted(d for d in decimals if len(d) == 1 and d not in ".,")),
        group="".join(sorted(g for g in groups if len(g) == 1 and g not in _BASE_GROUP)),
        lakh="#,##,##0" in pattern,
    )


def _digit_language(text: str) -> str | None:
    for low, high, language in _DIGIT_LANGUAGES:
        if any(low <= ch <= high for ch in text):
            return language
    return None


# ----------------------------------------------------------------------------------------
# Scanning
# ----------------------------------------------------------------------------------------

_NUMBER = lazy(
    r"""
    (?<![\d])
    (?P<int>\d{1,3}(?P<sep>[ \u00a0\u202f\u2009,.'’])\d{3}(?:(?P=sep)\d{3})*(?!\d)|\d+)
    (?:(?P<dec>[.,])(?P<frac>\d+))?
    (?:[ \u00a0\u202f]?(?P<scale>[^\W\d_]+\.?|['’]s\b))?
    """,
    re.VERBOSE,
)
# 12,34,567: the Indian grouping, read only where CLDR says the language uses it.
_LAKH = lazy(r"(?<![\d.,])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])")
# 18 h 30, 18h, 18:30, 6:30 p.m., 6 pm: a time of day (minutes since midnight).
_TIME = lazy(
    r"""
    (?<![\d.,:])
    (?P<hour>[01]?\d|2[0-3])
    (?:
        [ \u00a0\u202f]?[hH](?![^\W\d_])[ \u00a0\u202f]?(?P<hmin>[0-5]\d)?(?!\d)
      | :(?P<min>[0-5]\d)(?!\d|[.,:]\d)(?:[ \u00a0\u202f]?(?P<ampm1>[aApP])\.?[mM]\b\.?)?
      | \.(?P<dmin>[0-5]\d)[ \u00a0\u202f]?(?:(?P<ampm2>[aApP])\.?[mM]\b\.?|(?:Uhr|uur|h)\b)
      | [ \u00a0\u202f]?(?P<ampm3>[aApP])\.?[mM]\b\.?
    )
    """,
    re.VERBOSE,
)
# 下午3点, 15时30分, 午前9時半, 오후 3시 30분: a time of day in Chinese, Japanese or Korean.
_CJK_TIME = lazy(
    r"""
    (?P<part>上午|下午|早上|晚上|凌晨|午前|午後|오전|오후)?[ ]?
    (?P<hour>[01]?\d|2[0-3])[ ]?[时時点點시]
    (?:[ ]?(?:(?P<min>[0-5]?\d)[ ]?[分분]|(?P<half>半|반)))?
    """,
    re.VERBOSE,
)
_PM_PARTS = {"下午", "晚上", "午後", "오후"}
_AM_PARTS = {"上午", "早上", "凌晨", "午前", "오전"}
# 03/01/2024, 3.1.24: a numeric date; day and month may come in either order.
_DATE = lazy(r"(?<![\d.,/])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])")
# 1-6,4-6 or 6-4, 6-3 (scores), [1,1] or {2, 3} (vectors): integers that merely look like
# decimals.
_SCORES = lazy(r"(?<![\d.,])\d+[-–:]\d+(?:,[ ]?\d+[-–:]\d+)+(?!\d|[.,]\d)")
_VECTOR = lazy(r"[\[{]\s*-?\d+(?:\s*,\s*-?\d+)+\s*[\]}]")
_INTEGER = lazy(r"\d+")
# CJK multipliers after digits: 1000万, 14.6万, 3千万, 1億2000万, 2천만.
_CJK_MULTIPLIERS = {
    "十": 1,
    "百": 2,
    "千": 3,
    "万": 4,
    "萬": 4,
    "亿": 8,
    "億": 8,
    "兆": 12,
    "천": 3,
    "만": 4,
    "억": 8,
    "조": 12,
}
_CJK_PIECE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[ ]?[十百千万萬亿億兆천만억조]+"
# 제3조 is "Article 3" in Korean, not 3 trillion.
_CJK_AMOUNT = lazy(rf"(?<![\d.,제第]){_CJK_PIECE}(?:[ ]?{_CJK_PIECE})*(?:\d+(?![\d.]))?")
_CJK_PART = lazy(r"(\d[\d,]*(?:\.\d+)?)[ ]?([十百千万萬亿億兆천만억조]+)")
# 令和5年 (2023), 平成30年 (2018), 民国100年 (2011): years of an era, by the era's year 0.
_ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988, "昭和": 1925, "民国": 1911, "民國": 1911}
_ERA_YEAR = lazy(r"(令和|平成|昭和|民国|民國)[ ]?(\d{1,3}|元)[ ]?年")
# 3割 (30 %), 5成 (50 %): tenths.
_TENTHS = lazy(r"(?<![\d.])(\d{1,2})[割成]")
# 20世纪90年代 (the 1990s), 19世纪 (the 19th century), 90年代 (the '90s).
_CJK_CENTURY_DECADE = lazy(r"(?<!\d)(\d{1,2})[ ]?世[纪紀][ ]?(\d0)[ ]?年代")

# The suffix of a decade (1970s, the '70s), read where a scale word would stand.
_DECADE_SUFFIXES = frozenset({"s", "'s", "’s"})
# Scale words of English and the common source languages, with the powers of ten each may
# mean (billion: 10^9 and 10^12).
_SCALES = scale_words()

# English number words (the target's): cardinals, tens, ordinals and a few quantities
# (dozen, half).
_ENGLISH_TENS = {word: int(value) for word, value in number_words("tens").items()}
_ENGLISH_ORDINALS = {word: int(value) for word, value in number_words("ordinal").items()}
_ENGLISH_NUMBERS: dict[str, Decimal] = {
    word: Decimal(value)
    for kind in ("cardinal", "tens", "ordinal", "quantity")
    for word, value in number_words(kind).items()
}
# Decades written out: the seventies (70, 1970).
_ENGLISH_DECADES = {
    word[:-1] + "ies": value for word, value in _ENGLISH_TENS.items() if word.endswith("y")
}
# Powers that multiply the word before them: three hundred, two thousand, five million.
_ENGLISH_POWERS = {word: Decimal(value).adjusted() for word, value in number_words("power").items()}
# "a soldier" for "1 soldat": 1 is often written as an article.
_ENGLISH_ONE = frozenset(number_words("one"))
_NUMBER_WORD = lazy(r"[A-Za-z]+(?:-[A-Za-z]+)?")
_O_CLOCK = lazy(r"\s*o['’]clock\b", re.IGNORECASE)
# Same-length replacements before scanning (offsets stay the text's).
_FULL_WIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})
_FULL_WIDTH_SEPARATORS = lazy(r"(?<=\d)[．，：](?=\d)")
_HALF_WIDTH = {"．": ".", "，": ",", "：": ":"}


def _decimal(digits: str) -> Decimal:
    return Decimal(int(digits))  # int() reads every Unicode decimal digit


def _number_values(match: re.Match[str]) -> set[Decimal]:
    """Every value the number may have, whichever locale wrote it."""
    whole, sep, dec, frac = (match.group(k) for k in ("int", "sep", "dec", "frac"))
    values: set[Decimal] = set()
    if sep:
        groups = whole.split(sep)
        values.add(_decimal("".join(groups)))
        if sep in ",." and len(groups) == 2:
            # 2,700 is 2700 in English but 2.7 in French; 11.000 is 11000 in German.
            values.add(_decimal(groups[0]) + _decimal(groups[1]) / 1000)
    else:
        values.add(_decimal(whole))
    if dec and frac:
        fraction = _decimal(frac) / Decimal(10) ** len(frac)
        values = {v + fraction for v in values}
        if not sep and len(frac) == 3:
            values.add(_decimal(whole + frac))  # 11.000 or 11,000 as thousands
    return values


def _scaled(values: set[Decimal], scale: str | None) -> set[Decimal]:
    if not scale:
        return values
    folded = scale.rstrip(".").casefold()
    if folded in _DECADE_SUFFIXES:
        # 1970s, the '70s: the decade (1970, 70); 1800s: also the century (19th).
        decades = {v % 100 for v in values if v >= 1000 and v % 10 == 0}
        centuries = {v // 100 + 1 for v in values if v >= 1000 and v % 100 == 0}
        return values | decades | centuries
    powers = _SCALES.get(folded)
    if powers is None:
        return values
    return values | {v * Decimal(10) ** p for v in values for p in powers}


def _time_keys(hour: int, minute: int | None, ampm: str) -> set[Key]:
    if hour > 12:
        hours = [hour]
    elif ampm:
        hours = [hour % 12 + (12 if ampm == "p" else 0)]
    else:
        hours = [hour, (hour + 12) % 24]
    keys = {("time", Decimal(h * 60 + (minute or 0))) for h in hours}
    if minute is None:
        keys.add(("n", Decimal(hour)))  # "48 h" may be a duration, "6 pm" plain 6
    return keys


def _western_time_keys(match: re.Match[str]) -> set[Key]:
    hour = int(match.group("hour"))
    minutes = match.group("hmin") or match.group("min") or match.group("dmin")
    ampm = (match.group("ampm1") or match.group("ampm2") or match.group("ampm3") or "").lower()
    if ampm and (hour == 0 or hour > 12):
        return set()
    return _time_keys(hour, int(minutes) if minutes else None, ampm)


def _cjk_time_keys(match: re.Match[str]) -> set[Key]:
    part = match.group("part")
    ampm = "p" if part in _PM_PARTS else "a" if part in _AM_PARTS else ""
    minute = 30 if match.group("half") else int(match.group("min")) if match.group("min") else None
    return _time_keys(int(match.group("hour")), minute, ampm)


def _cjk_amount(text: str) -> Decimal | None:
    """1000万 → 10^7; 1億2000万 → 1.2 × 10^8; 3千万 → 3 × 10^7."""
    total = Decimal(0)
    end = 0
    for part in _CJK_PART.finditer(text):
        try:
            value = Decimal(part.group(1).replace(",", ""))
        except InvalidOperation:
            return None
        power = sum(_CJK_MULTIPLIERS[ch] for ch in part.group(2))
        total += value * Decimal(10) ** power
        end = part.end()
    rest = text[end:].strip()
    if rest.isdigit():
        total += _decimal(rest)
    return total


def scannable(text: str) -> str:
    """``text`` with full-width digits and separators made ASCII, offsets unchanged."""
    text = text.translate(_FULL_WIDTH)
    if "．" in text or "，" in text or "：" in text:
        text = _FULL_WIDTH_SEPARATORS.sub(lambda m: _HALF_WIDTH[m.group(0)], text)
    return text


def _localised(text: str, convention: Convention) -> str:
    """The language's own decimal and group symbols as ``.`` and ``,`` (same length)."""
    if convention.decimal:
        text = re.sub(rf"(?<=\d)[{re.escape(convention.decimal)}](?=\d)", ".", text)
    if convention.group:
        text = re.sub(rf"(?<=\d)[{re.escape(convention.group)}](?=\d\d)", ",", text)
    return text


class _Found:
    """The quantities found so far in one text, and the spans they take."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.quantities: list[Quantity] = []
        self.taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.taken)

    def add(self, start: int, end: int, keys: set[Key]) -> None:
        self.taken.append((start, end))
        self.quantities.append(Quantity(start, end, self.original[start:end], frozenset(keys)))

    def integers(self, match: re.Match[str]) -> None:
        """Each integer of ``match`` on its own (a score, a vector), the span taken whole."""
        self.taken.append(match.span())
        for number in _INTEGER.finditer(match.group(0)):
            start = match.start() + number.start()
            end = match.start() + number.end()
            keys = frozenset({("n", _decimal(number[0]))})
            self.quantities.append(Quantity(start, end, self.original[start:end], keys))


def quantities(text: str, english: bool = False, language: str | None = None) -> list[Quantity]:
    """The numbers, times and dates of ``text``; with ``english``, its number words too.

    ``language`` (of a source) brings its CLDR number symbols.
    """
    original = text
    text = scannable(text)
    if not language and not text.isascii():
        language = _digit_language(text)
    rules = convention(language)
    if rules is not _COMMON:
        text = _localised(text, rules)
    found = _Found(original)
    for match in _SCORES.finditer(text):
        found.integers(match)
    for match in _VECTOR.finditer(text):
        if found.free(*match.span()):
            found.integers(match)
    if rules.lakh:
        for match in _LAKH.finditer(text):
            if found.free(*match.span()):
                found.add(*match.span(), {("n", _decimal(match.group(0).replace(",", "")))})
    if not text.isascii():
        _cjk_quantities(text, found.free, found.add)
    _dates_and_times(text, found)
    for match in _NUMBER.finditer(text):
        _add_number(match, found)
    if english:
        found.quantities.extend(english_number_words(original, found.free))
    found.quantities.sort(key=lambda q: (q.start, q.end))
    return found.quantities


def _dates_and_times(text: str, found: _Found) -> None:
    """Numeric dates (day, month, and a two-digit year read in both centuries) and times."""
    for match in _DATE.finditer(text):
        if not found.free(*match.span()):
            continue
        day, month, year = match.group(1), match.group(3), match.group(4)
        found.add(match.start(1), match.end(3), {("n", _decimal(day)), ("n", _decimal(month))})
        year_keys = {("n", _decimal(year))}
        if len(year) == 2:
            year_keys |= {("n", _decimal("19" + year)), ("n", _decimal("20" + year))}
        found.add(match.start(4), match.end(4), year_keys)
    for match in _TIME.finditer(text):
        if found.free(*match.span()) and (keys := _western_time_keys(match)):
            found.add(*match.span(), keys)


def _add_number(match: re.Match[str], found: _Found) -> None:
    """A number with its scale (3.5 million), also read as a time where it can be one."""
    end = match.end("frac") if match.group("frac") else match.end("int")
    if not found.free(match.start(), end):
        return
    scale = match.group("scale")
    folded = scale.rstrip(".").casefold() if scale else ""
    if folded in _SCALES or folded in _DECADE_SUFFIXES:
        # A full stop after a word (million.) ends the sentence; after Mio. or bn. it
        # is the abbreviation's.
        end = match.end("scale") - (scale.endswith(".") and len(scale) > 5)
    values = _scaled(_number_values(match), scale)
    keys: set[Key] = {("n", v.normalize()) for v in values}
    whole, frac = match.group("int"), match.group("frac")
    if (
        match.group("dec") == "."
        and whole.isdigit()
        and frac
        and len(frac) == 2
        and int(whole) <= 23
        and int(frac) <= 59
    ):
        keys |= _time_keys(int(whole), int(frac), "")  # alle 18.30: a time
    found.add(match.start(), end, keys)


def _cjk_quantities(text: str, free, add) -> None:
    for match in _ERA_YEAR.finditer(text):
        number = 1 if match.group(2) == "元" else int(match.group(2))
        year = _ERA_YEAR_ZERO[match.group(1)] + number
        add(match.start(), match.end(), {("n", Decimal(year)), ("n", Decimal(number))})
    for match in _TENTHS.finditer(text):
        tenths = int(match.group(1))
        add(*match.span(), {("n", Decimal(tenths)), ("n", Decimal(tenths * 10))})
    for match in _CJK_CENTURY_DECADE.finditer(text):
        century, decade = int(match.group(1)), int(match.group(2))
        year = (century - 1) * 100 + decade
        add(*match.span(), {("n", Decimal(year)), ("n", Decimal(decade))})
    for match in _CJK_AMOUNT.finditer(text):
        if not free(*match.span()):
            continue
        value = _cjk_amount(match.group(0).rstrip())
        if value is not None:
            add(match.start(), match.start() + len(match.group(0).rstrip()), {("n", value)})
    for match in _CJK_TIME.finditer(text):
        if free(*match.span()) and (keys := _cjk_time_keys(match)):
            add(match.start(), match.end(), keys)


def english_number_words(text: str, free=lambda start, end: True) -> Iterator[Quantity]:
    """English number words, months, noon and midnight, decades written out, o'clock."""
    matches = list(_NUMBER_WORD.finditer(text))
    skip = -1
    for index, match in enumerate(matches):
        if index <= skip or not free(*match.span()):
            continue
        raw = match.group(0)
        word = raw.lower()
        value = _word_value(word)
        keys: set[Key] = set()
        end = match.end()
        if value is not None:
            # three hundred, two thousand, five million: one quantity.
            following = matches[index + 1] if index + 1 < len(matches) else None
            power = following and _ENGLISH_POWERS.get(following.group(0).lower())
            if power and not text[end : following.start()].strip() and word not in _ENGLISH_POWERS:
                value *= Decimal(10) ** power
                end = following.end()
                skip = index + 1
            keys.add(("n", value))
            if word in _ENGLISH_POWERS:
                keys.add(("n", Decimal(1)))  # "a hundred"
            if value == value.to_integral_value() and value <= 12 and word in _ENGLISH_NUMBERS:
                clock = _O_CLOCK.match(text, end)
                if clock:
                    keys |= _time_keys(int(value), 0, "")
                    end = clock.end()
        elif word in _ENGLISH_ONE:
            keys.add(("n", Decimal(1)))
        elif word in _ENGLISH_DECADES:
            decade = _ENGLISH_DECADES[word]
            keys |= {("n", Decimal(decade)), ("n", Decimal(1900 + decade))}
        elif word in ("noon", "midday"):
            keys.add(("time", Decimal(720)))
        elif word == "midnight":
            keys.add(("time", Decimal(0)))
        elif word in month_numbers() and raw[0].isupper():
            keys.add(("n", Decimal(month_numbers()[word])))
        if keys:
            yield Quantity(match.start(), end, text[match.start() : end], frozenset(keys))


def _word_value(word: str) -> Decimal | None:
    if word in _ENGLISH_NUMBERS:
        return _ENGLISH_NUMBERS[word]
    if word in _ENGLISH_POWERS:
        return Decimal(10) ** _ENGLISH_POWERS[word]
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in _ENGLISH_TENS:
            if unit in _ENGLISH_NUMBERS and _ENGLISH_NUMBERS[unit] < 10:
                return _ENGLISH_TENS[tens] + _ENGLISH_NUMBERS[unit]
            if unit in _ENGLISH_ORDINALS and _ENGLISH_ORDINALS[unit] < 10:
                return Decimal(_ENGLISH_TENS[tens] + _ENGLISH_ORDINALS[unit])
    return None


def match_quantities(
    source: list[Quantity], target: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Source and target quantities left unmatched by a maximum bipartite matching."""
    partner: dict[int, int] = {}  # target index -> source index

    def augment(i: int, seen: set[int]) -> bool:
        for j, candidate in enumerate(target):
            if j in seen or not (source[i].keys & candidate.keys):
                continue
            seen.add(j)
            if j not in partner or augment(partner[j], seen):
                partner[j] = i
                return True
        return False

    matched = {i for i in range(len(source)) if augment(i, set())}
    unmatched_source = [q for i, q in enumerate(source) if i not in matched]
    unmatched_target = [q for j, q in enumerate(target) if j not in partner]
    return unmatched_source, unmatched_target
